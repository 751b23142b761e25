"""The referral letter: she ticks what goes into it, sees its first page as it will be, optionally sets a PDF
password, picks the language, and saves it where she chooses or prints it. The PDF is built in a worker by
services.exports (which also audits the export or the print by field keys, never values); nothing but the
chosen file is written, and printing writes nothing at all (base/printing.py renders it in memory).

The fields offered come from services.exports.letter_choices with the minimum necessary pre-ticked; the
shelter, children and notes are unticked unless she ticks them, and notes marked "never export" are never
offered. Each note is listed with its type, date, author and first line, newest first, so the right one is
ticked. Without her consent to share with the institution (or a supervisor's override) the dialog says so
at once, before any file is chosen. The case's files are offered unticked (never one marked never to
leave the vault); a ticked one is listed in the letter and embedded in its PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain import records as r
from ...domain.errors import ConsentMissing
from ...services import attachments, exports
from ...services.attachments import Attachment
from ...services.exports import FieldChoice
from ...services.session import Session
from ..base.dialogs import Dialog
from ..base.files import choose_save_file, pdf_filter
from ..base.labels import day_text
from ..base.lines import isolate, ui_line
from ..base.messages import error_text, folder_warning_text
from ..base.printing import PrintJob, first_page, print_document
from ..base.scaling import set_height_in_lines
from ..base.widgets import password_field, plain_label, set_visible, strong_label
from ..base.workers import Latest
from ..session.context import Context

MIN_PDF_PASSWORD = 8
PREVIEW_WIDTH = 380  # pixels: the page is legible at a glance, and scrolls at large text sizes
PREVIEW_DELAY_MS = 300  # after the last tick, so ticking five boxes builds one preview


def build_letter(session: Session, case_id: int, referral_id: int, fields: list[str], lang: str,
                 password: str | None, path: Path, archive: bool = False, files: tuple[int, ...] = ()) -> Path:
    """Runs in a worker: the PDF (audited by the service), written only at `path`."""
    pdf = exports.referral_letter_pdf(session, case_id, referral_id, fields, lang, password, archive=archive,
                                      attachments=files)
    exports.save_pdf(path, pdf, force=True)  # the save dialog asked before replacing a file
    return path


def preview_image(session: Session, case_id: int, referral_id: int, fields: list[str], lang: str,
                  files: tuple[int, ...] = ()) -> QImage:
    """Runs in a worker: the letter's first page as it would be saved (nothing written, nothing logged)."""
    pdf = exports.referral_letter_pdf(session, case_id, referral_id, fields, lang, attachments=files,
                                      purpose="preview")
    return first_page(pdf, PREVIEW_WIDTH)


class LetterDialog(Dialog):
    def __init__(self, ctx: Context, case_id: int, referral: r.Referral, parent: QWidget) -> None:
        super().__init__(parent, self.tr("Referral letter"), working=self.tr("Creating the letter…"))
        assert referral.id is not None
        self.ctx = ctx
        self.case_id = case_id
        self.referral = referral
        self.referral_id: int = referral.id
        self.setObjectName("letterDialog")
        self.path: Path | None = None
        self.saved_path: Path | None = None
        self.choices = Latest(self)
        self.previews = Latest(self)
        self.consent_missing = False
        self.build_when_chosen = False
        self.file_dialog: QFileDialog | None = None
        self.print_job: PrintJob | None = None
        self.boxes: dict[str, QCheckBox] = {}
        self.details: list[QLabel] = []
        self.found: list[FieldChoice] = []
        self.ticks: dict[str, bool] = {}  # her own choices, kept when the language changes

        intro = plain_label(ui_line(self.tr(
            "A letter to %1. Tick only what this institution needs to know: the minimum is ticked already.").replace(
            "%1", isolate(referral.institution))))
        self.language = QComboBox()
        self.language.setObjectName("letterLanguage")
        self.language.setAccessibleName(self.tr("Language of the letter"))
        self.language.addItem(self.tr("Turkish"), "tr")
        self.language.addItem(self.tr("English"), "en")

        self.fields_box = QGroupBox(self.tr("What goes into the letter"))
        self.fields_layout = QVBoxLayout(self.fields_box)
        self.fields_status = plain_label(self.tr("Loading…"))
        self.fields_layout.addWidget(self.fields_status)
        # The case's files: none goes with the letter unless she ticks it (never one marked never to leave).
        self.files_box = QGroupBox(self.tr("Files to attach (none unless ticked)"))
        self.files_layout = QVBoxLayout(self.files_box)
        self.file_boxes: dict[int, QCheckBox] = {}
        holder = QWidget()
        both = QVBoxLayout(holder)
        both.setContentsMargins(0, 0, 0, 0)
        both.addWidget(self.fields_box)
        both.addWidget(self.files_box)
        set_visible(self.files_box, False)
        fields_scroll = QScrollArea()
        fields_scroll.setWidgetResizable(True)
        fields_scroll.setWidget(holder)
        set_height_in_lines(fields_scroll, 9, at_least=True)

        self.preview = QLabel()
        self.preview.setObjectName("letterPreview")
        self.preview.setAccessibleName(self.tr("The letter's first page"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        preview_scroll = QScrollArea()
        preview_scroll.setWidgetResizable(True)
        preview_scroll.setWidget(self.preview)
        self.preview_status = plain_label(self.tr("Building the preview…"))
        self.preview_status.setObjectName("letterPreviewStatus")
        preview_box = QGroupBox(self.tr("First page, as it will be"))
        preview_column = QVBoxLayout(preview_box)
        preview_column.addWidget(self.preview_status)
        preview_column.addWidget(preview_scroll, 1)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.update_preview)

        self.password = password_field(self.tr("PDF password (optional)"))
        self.password.setObjectName("letterPassword")
        self.repeat = password_field(self.tr("Repeat the PDF password"))
        self.repeat.setObjectName("letterPasswordRepeat")
        self.archive = QCheckBox(self.tr("&Archive copy (PDF/A, without a password)"))
        self.archive.setObjectName("letterArchive")
        self.archive.setAccessibleDescription(
            self.tr("Archive copy: PDF/A for the document archive, without a password"))
        self.archive.toggled.connect(self._archive_toggled)
        self.path_label = plain_label(self.tr("Not chosen yet."))
        self.path_label.setObjectName("letterPath")
        self.choose_button = QPushButton(self.tr("C&hoose the file…"))
        self.choose_button.setObjectName("letterChooseFile")
        self.choose_button.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_label, 1)
        path_row.addWidget(self.choose_button)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("PDF &password:"), self.password)
        form.addRow(self.tr("&Repeat password:"), self.repeat)
        form.addRow("", self.archive)
        form.addRow(self.tr("Save to:"), path_row)
        hint = plain_label(self.tr("With a password, the institution needs it to open the letter: tell it to them "
                                   "another way (by phone), never in the same e-mail."))
        left = QVBoxLayout()
        left.addWidget(fields_scroll, 1)
        left.addLayout(form)
        left.addWidget(hint)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(preview_box, 2)

        self.done_label = strong_label("", "letterDone")
        self.open_button = QPushButton(self.tr("&Open the letter"))
        self.open_button.setObjectName("letterOpenButton")
        self.open_button.clicked.connect(self.open_letter)

        self.create_button = self.ok_button()
        self.create_button.setText(self.tr("&Create the PDF"))
        self.create_button.setObjectName("letterCreateButton")
        self.create_button.setDefault(True)
        self.print_button = self.buttons.addButton(self.tr("Pr&int…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("letterPrintButton")
        self.print_button.setAccessibleName(self.tr("Print the letter"))
        self.print_button.clicked.connect(lambda: self.print_letter())
        done_rows = QVBoxLayout()
        done_rows.addWidget(self.done_label)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        done_rows.addLayout(open_row)
        self.lay_out(intro, (body, 1), after=done_rows)
        set_visible(self.open_button, False)
        set_visible(self.done_label, False)
        self.resize(980, 640)
        self.language.currentIndexChanged.connect(lambda _i: self.load_choices())
        self.load_choices()

    # -- the fields ---------------------------------------------------------------------------------------
    def lang(self) -> str:
        return str(self.language.currentData() or "tr")

    @property
    def loading(self) -> bool:
        return self.choices.busy

    @property
    def previewing(self) -> bool:
        return self.previews.busy or self.preview_timer.isActive()

    def _usable(self, usable: bool) -> None:
        for widget in (self.create_button, self.print_button, self.choose_button):
            widget.setEnabled(usable and not self.busy)

    def load_choices(self) -> None:
        for key, box in self.boxes.items():
            self.ticks[key] = box.isChecked()
        self._usable(False)
        session, case_id, rid, lang = self.ctx.session, self.case_id, self.referral_id, self.lang()
        self.choices.ask(lambda: (exports.letter_choices(session, case_id, rid, lang),
                                  attachments.letter_choices(session, case_id)), self._all_choices,
                         self._choices_failed)

    def _all_choices(self, found: tuple[list[FieldChoice], list[Attachment]]) -> None:
        self._choices(found[0])
        self._file_choices(found[1])

    def _file_choices(self, files: list[Attachment]) -> None:
        ticked = {key for key, box in self.file_boxes.items() if box.isChecked()}
        for box in self.file_boxes.values():
            box.setParent(None)
            box.deleteLater()
        self.file_boxes = {}
        labels = self.ctx.labels
        for a in files:
            text = ", ".join(x for x in (labels.label("attachment_type", a.details.doc_type), a.details.title,
                                         day_text(a.details.doc_date)) if x)
            box = QCheckBox(text)
            box.setObjectName(f"letterFile:{a.id}")
            box.setAccessibleName(self.tr("Attach to the letter: %1").replace("%1", text))
            box.setChecked(a.id in ticked)
            box.toggled.connect(lambda _on: self.preview_timer.start())
            self.files_layout.addWidget(box)
            set_visible(box, True)
            self.file_boxes[a.id] = box
        set_visible(self.files_box, bool(files))

    def chosen_files(self) -> tuple[int, ...]:
        return tuple(key for key, box in self.file_boxes.items() if box.isChecked())

    def _choices(self, found: list[FieldChoice]) -> None:
        for widget in [*self.boxes.values(), *self.details]:
            widget.setParent(None)
            widget.deleteLater()
        self.boxes, self.details, self.found = {}, [], found
        at = self.fields_layout.count() - 1  # before the stretch
        for choice in found:
            box = QCheckBox(choice.label)
            box.setObjectName(f"letterField:{choice.key}")
            spoken = f"{choice.label} — {choice.detail}" if choice.detail else choice.label
            box.setAccessibleName(self.tr("Include in the letter: %1").replace("%1", spoken))
            box.setChecked(self.ticks.get(choice.key, choice.ticked))
            box.toggled.connect(lambda _on: self.preview_timer.start())
            self.fields_layout.insertWidget(at, box)
            at += 1
            set_visible(box, True)
            self.boxes[choice.key] = box
            if choice.detail:  # a note: who wrote it and how it begins, under its box
                detail = plain_label(ui_line(isolate(choice.detail)))
                detail.setObjectName(f"letterDetail:{choice.key}")
                detail.setContentsMargins(24, 0, 0, 4)
                self.fields_layout.insertWidget(at, detail)
                at += 1
                set_visible(detail, True)
                self.details.append(detail)
        self.fields_status.setText("" if found else self.tr("Nothing about her can go into this letter."))
        set_visible(self.fields_status, not found)
        self._usable(True)
        self.update_preview()

    def _choices_failed(self, exc: BaseException) -> None:
        self.fields_status.setText("")
        self.preview_status.setText("")
        self.consent_missing = isinstance(exc, ConsentMissing)
        self.say(error_text(exc))
        self._usable(False)  # no letter to make: nothing to save, print or choose a file for

    def chosen_fields(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    # -- the preview --------------------------------------------------------------------------------------
    def update_preview(self) -> None:
        self.preview_timer.stop()
        if self.consent_missing:
            return
        self.preview_status.setText(self.tr("Building the preview…"))
        session, case_id, rid, lang = self.ctx.session, self.case_id, self.referral_id, self.lang()
        fields, files = self.chosen_fields(), self.chosen_files()
        self.previews.ask(lambda: preview_image(session, case_id, rid, fields, lang, files), self._previewed,
                          lambda exc: self.preview_status.setText(error_text(exc)))

    def _previewed(self, image: QImage) -> None:
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview.setMinimumSize(image.width(), image.height())
        ticked = [box.text() for box in self.boxes.values() if box.isChecked()]
        self.preview.setAccessibleDescription(self.tr("The letter carries: %1").replace(
            "%1", "; ".join(ticked) or self.tr("the reason and the requested service only")))
        self.preview_status.setText(self.tr("Updated as you tick."))

    # -- where to save ------------------------------------------------------------------------------------
    def choose_path(self) -> QFileDialog | None:
        """The one file chooser; its choice arrives through set_path. Replacing a file is said inline (set_path),
        and the suggested name is neutral: nothing about her in the file name."""
        if self.consent_missing:
            return None
        self.file_dialog = choose_save_file(self, self.tr("Save the letter as"),
                                            self.path or self.tr("referral-letter.pdf"), pdf_filter(), self.set_path,
                                            suffix="pdf", ask_to_replace=False)
        self.file_dialog.setObjectName("letterFileDialog")
        self.file_dialog.finished.connect(self._file_dialog_closed)
        return self.file_dialog

    def _file_dialog_closed(self) -> None:
        self.file_dialog = None
        if self.path is None:
            self.build_when_chosen = False

    def set_path(self, path: Path) -> None:
        self.path = path
        text = str(path)
        if path.exists():
            text += "\n" + self.tr("A file with this name exists and will be replaced.")
        self.path_label.setText(ui_line(isolate(text)))
        if self.build_when_chosen:
            self.build_when_chosen = False
            self.make_pdf()

    def _archive_toggled(self, on: bool) -> None:
        """PDF/A forbids encryption: an archive copy is for the center's own archive, never sent out."""
        for field in (self.password, self.repeat):
            if on:
                field.clear()
            field.setEnabled(not on)

    # -- building -----------------------------------------------------------------------------------------
    def problems(self) -> list[str]:
        found = []
        password, repeat = self.password.text(), self.repeat.text()
        if password and len(password) < MIN_PDF_PASSWORD:
            found.append(self.tr("PDF password: at least %1 characters, or leave it empty.").replace(
                "%1", str(MIN_PDF_PASSWORD)))
        if password != repeat:
            found.append(self.tr("PDF password: the two entries differ."))
        return found

    def submit(self) -> None:
        self.make_pdf()

    def make_pdf(self) -> None:
        if self.busy or self.loading or self.consent_missing:
            return
        problems = self.problems()
        if problems:
            self.say("\n".join(problems))
            self.password.setFocus()
            return
        if self.path is None:
            self.say(self.tr("Choose where to save the letter."))
            self.build_when_chosen = True
            self.choose_path()
            return
        session, case_id, rid, lang = self.ctx.session, self.case_id, self.referral_id, self.lang()
        fields, password, path = self.chosen_fields(), self.password.text() or None, self.path
        archive, files = self.archive.isChecked(), self.chosen_files()
        self.run(lambda: build_letter(session, case_id, rid, fields, lang, password, path, archive, files),
                 self._built)

    def _built(self, path: Path) -> None:
        self.saved_path = path
        self.password.clear()
        self.repeat.clear()
        self.say("")
        warning = folder_warning_text(path)
        self.done_label.setText(ui_line(self.tr("The letter was saved: %1").replace("%1", isolate(str(path))))
                                + (" " + warning if warning else ""))
        set_visible(self.done_label, True)
        set_visible(self.open_button, True)
        set_visible(self.create_button, False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.open_button.setFocus()

    def open_letter(self) -> bool:
        if self.saved_path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))

    # -- printing -----------------------------------------------------------------------------------------
    def print_letter(self) -> PrintJob | None:
        """Qt's print dialog; the letter with the ticked fields goes to the printer (no password: it is paper)."""
        if self.busy or self.loading or self.consent_missing:
            return None
        session, case_id, rid, lang, fields = self.ctx.session, self.case_id, self.referral_id, self.lang(), \
            self.chosen_fields()
        self.print_job = print_document(
            self, self.tr("Referral letter"),
            lambda: exports.referral_letter_pdf(session, case_id, rid, fields, lang, purpose="print"),
            lambda pages: self.say(self.tr("Sent to the printer: %1 page(s).").replace("%1", str(pages))),
            lambda exc: self.say(self.tr("Not printed: %1").replace("%1", error_text(exc))))
        self.print_job.dialog.accepted.connect(lambda: self.say(self.tr("Printing…")))
        return self.print_job
