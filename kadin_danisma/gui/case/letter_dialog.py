"""The referral letter: she ticks what goes into it, optionally sets a PDF password, picks the language and
where to save it; the PDF is built and written in a worker (services.exports, which also audits the export
by field keys, never values), then offered to open with the system viewer.

The fields offered come from services.exports.letter_choices with the minimum necessary pre-ticked; the
shelter, children and notes are unticked unless she ticks them, and notes marked "never export" are never
offered. The chosen file is the only place the letter is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain import records as r
from ...services import exports
from ...services.exports import FieldChoice
from ...services.session import Session
from ..base.dialogs import Dialog
from ..base.files import choose_save_file, pdf_filter
from ..base.messages import error_text
from ..base.widgets import isolate, password_field, plain_label, set_visible, strong_label, ui_line
from ..base.workers import Latest
from ..session.context import Context

MIN_PDF_PASSWORD = 8


def build_letter(session: Session, case_id: int, referral_id: int, fields: list[str], lang: str,
                 password: str | None, path: Path, archive: bool = False) -> Path:
    """Runs in a worker: the PDF (audited by the service), written only at `path`."""
    pdf = exports.referral_letter_pdf(session, case_id, referral_id, fields, lang, password, archive=archive)
    exports.save_pdf(path, pdf)
    return path


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
        self.build_when_chosen = False
        self.file_dialog: QFileDialog | None = None
        self.boxes: dict[str, QCheckBox] = {}
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
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields_box)
        scroll.setMinimumHeight(200)

        self.password = password_field(self.tr("PDF password (optional)"))
        self.password.setObjectName("letterPassword")
        self.repeat = password_field(self.tr("Repeat the PDF password"))
        self.repeat.setObjectName("letterPasswordRepeat")
        self.archive = QCheckBox(self.tr("&Archive copy (PDF/A, without a password)"))
        self.archive.setObjectName("letterArchive")
        self.archive.setAccessibleName(self.tr("Archive copy: PDF/A for the document archive, without a password"))
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

        self.done_label = strong_label("", "letterDone")
        self.open_button = QPushButton(self.tr("&Open the letter"))
        self.open_button.setObjectName("letterOpenButton")
        self.open_button.clicked.connect(self.open_letter)

        self.create_button = self.ok_button()
        self.create_button.setText(self.tr("&Create the PDF"))
        self.create_button.setObjectName("letterCreateButton")
        self.create_button.setDefault(True)
        done_rows = QVBoxLayout()
        done_rows.addWidget(self.done_label)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        done_rows.addLayout(open_row)
        self.lay_out(intro, (scroll, 1), form, hint, after=done_rows)
        set_visible(self.open_button, False)
        set_visible(self.done_label, False)
        self.resize(640, 620)
        self.language.currentIndexChanged.connect(lambda _i: self.load_choices())
        self.load_choices()

    # -- the fields ---------------------------------------------------------------------------------------
    def lang(self) -> str:
        return str(self.language.currentData() or "tr")

    @property
    def loading(self) -> bool:
        return self.choices.busy

    def load_choices(self) -> None:
        for key, box in self.boxes.items():
            self.ticks[key] = box.isChecked()
        self.create_button.setEnabled(False)
        session, case_id, rid, lang = self.ctx.session, self.case_id, self.referral_id, self.lang()
        self.choices.ask(lambda: exports.letter_choices(session, case_id, rid, lang), self._choices,
                         self._choices_failed)

    def _choices(self, found: list[FieldChoice]) -> None:
        for box in self.boxes.values():
            box.setParent(None)
            box.deleteLater()
        self.boxes = {}
        for choice in found:
            box = QCheckBox(choice.label)
            box.setObjectName(f"letterField:{choice.key}")
            box.setAccessibleName(self.tr("Include in the letter: %1").replace("%1", choice.label))
            box.setChecked(self.ticks.get(choice.key, choice.ticked))
            self.fields_layout.addWidget(box)
            set_visible(box, True)
            self.boxes[choice.key] = box
        self.fields_status.setText("" if found else self.tr("Nothing about her can go into this letter."))
        set_visible(self.fields_status, not found)
        self.create_button.setEnabled(not self.busy)

    def _choices_failed(self, exc: BaseException) -> None:
        self.fields_status.setText("")
        self.say(error_text(exc))

    def chosen_fields(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    # -- where to save ------------------------------------------------------------------------------------
    def choose_path(self) -> QFileDialog:
        """The one file chooser; its choice arrives through set_path. Replacing a file is said inline (set_path),
        and the suggested name is neutral: nothing about her in the file name."""
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
        if self.busy or self.loading:
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
        archive = self.archive.isChecked()
        self.run(lambda: build_letter(session, case_id, rid, fields, lang, password, path, archive), self._built)

    def _built(self, path: Path) -> None:
        self.saved_path = path
        self.password.clear()
        self.repeat.clear()
        self.say("")
        self.done_label.setText(ui_line(self.tr("The letter was saved: %1").replace("%1", isolate(str(path)))))
        set_visible(self.done_label, True)
        set_visible(self.open_button, True)
        set_visible(self.create_button, False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.open_button.setFocus()

    def open_letter(self) -> bool:
        if self.saved_path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))
