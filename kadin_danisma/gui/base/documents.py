"""One document (the case summary, her full record, a recovery sheet) saved as a PDF or printed, from the same
buttons everywhere: "Export as PDF…" (the one file chooser, then the one file writer, services/exports),
"Print…" (Qt's print dialog, rendered in memory: base/printing) and, where the document has one, "Archive
copy (PDF/A)…" for a municipality's archive. The service builds the document in a worker and audits it as
exported or as printed; a line under the buttons says how it went.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ...services import exports
from ...services.exports import Purpose
from .files import choose_save_file, pdf_filter
from .lines import isolate, ui_line
from .messages import error_text, folder_warning_text
from .pages import FlowLayout
from .printing import PrintJob, print_document
from .widgets import plain_label
from .workers import run_in_worker


class DocumentActions(QWidget):
    """`build(purpose)` gives the PDF (called in a worker). `title` names the document in the print queue and
    the dialogs; `file_name` is the neutral name the save dialog suggests (nothing about her in it)."""

    finished = Signal()  # a save or a print ended (either way): the line says how

    def __init__(self, title: str, file_name: str, build: Callable[[Purpose], bytes], *, save_text: str = "",
                 print_text: str = "", name: str = "", build_archive: Callable[[], bytes] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.title = title
        self.file_name = file_name
        self.build = build
        self.busy = False
        self.print_job: PrintJob | None = None
        # No mnemonics by default: two documents can share one screen, and the main window's letters are taken.
        self.save_button = QPushButton(save_text or translate("DocumentActions", "Export as PDF…"))
        self.print_button = QPushButton(print_text or translate("DocumentActions", "Print…"))
        if name:
            self.setObjectName(name)
            self.save_button.setObjectName(f"{name}Save")
            self.print_button.setObjectName(f"{name}Print")
        # Read as shown, with the document's name as the description: two documents' buttons can share a screen.
        self.save_button.setAccessibleDescription(
            translate("DocumentActions", "Save %1 as a PDF file").replace("%1", title))
        self.print_button.setAccessibleDescription(translate("DocumentActions", "Print %1").replace("%1", title))
        self.build_archive = build_archive
        self.archive_button: QPushButton | None = None
        self.status = plain_label("")
        self.status.setObjectName(f"{name}Status" if name else "documentStatus")
        row = FlowLayout()  # onto a second row at a large text size
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        if build_archive is not None:
            self.archive_button = QPushButton(translate("DocumentActions", "Archive copy (PDF/A)…"))
            self.archive_button.setObjectName(f"{name}Archive")
            self.archive_button.setAccessibleDescription(
                translate("DocumentActions", "Export %1 as an archive copy (PDF/A)").replace("%1", title))
            self.archive_button.clicked.connect(lambda: self.save(archive=True))
            row.addWidget(self.archive_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.status)
        self.status.hide()
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button.clicked.connect(lambda: self.print_())

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.save_button, self.print_button, self.archive_button):
            if button is not None:
                button.setEnabled(not busy)

    # -- saving -----------------------------------------------------------------------------------------
    def save(self, path: Path | None = None, archive: bool = False) -> None:
        """Ask where (None) or write to `path`; `archive`: the archive copy (PDF/A, never a password)."""
        if self.busy:
            return
        if path is None:
            name = self.file_name.replace(".pdf", "-archive.pdf") if archive else self.file_name
            choose_save_file(self, QCoreApplication.translate("DocumentActions", "Save %1").replace("%1", self.title),
                             name, pdf_filter(), lambda chosen: self.save(chosen, archive), suffix="pdf")
            return
        self._set_busy(True)
        self._say(QCoreApplication.translate("DocumentActions", "Building the PDF…"))
        build, target = self.build, path
        build_archive = self.build_archive if archive else None

        def work() -> Path:
            # force: the file chooser asked before replacing a file.
            exports.save_pdf(target, build_archive() if build_archive is not None else build("export"), force=True)
            return target

        run_in_worker(self, work, self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        self._set_busy(False)
        warning = folder_warning_text(path)
        self._say(ui_line(QCoreApplication.translate("DocumentActions", "Saved: %1").replace("%1", isolate(str(path))))
                  + (" " + warning if warning else ""))
        self.finished.emit()

    # -- printing ---------------------------------------------------------------------------------------
    def print_(self) -> PrintJob | None:
        if self.busy:
            return None
        build = self.build
        self.print_job = print_document(self, self.title, lambda: build("print"), self._printed, self._failed)
        self.print_job.dialog.accepted.connect(self._printing)
        return self.print_job

    def _printing(self) -> None:
        self._set_busy(True)
        self._say(QCoreApplication.translate("DocumentActions", "Printing…"))

    def _printed(self, pages: int) -> None:
        self._set_busy(False)
        self._say(QCoreApplication.translate("DocumentActions", "Sent to the printer: %1 page(s).").replace(
            "%1", str(pages)))
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._say(QCoreApplication.translate("DocumentActions", "Not done: %1").replace("%1", error_text(exc)))
        self.finished.emit()
