"""Adding a file to a case, correcting what is said about it, and taking it off.

Adding: she chooses the file (the one file chooser); it is read in a worker by the service, which refuses it
by its size before reading (over 20 MB) and by its content (only PDF, JPEG, PNG); a picture is shown so she
can turn it upright (quarter turns), a PDF says how many pages it has. What she chose stays in memory only,
and is dropped when the dialog closes. The service cleans a picture (no EXIF, no GPS) before storing it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QTransform
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...domain import attachment_rules as rules
from ...domain import records as r
from ...services import attachments
from ...services.attachments import Attachment, Details
from ..base.files import attachment_filter, choose_open_file
from ..base.forms import CodeCombo, DateField, VocabCombo
from ..base.labels import day_text, size_text
from ..base.messages import error_text
from ..base.reason_dialog import StatedReasonDialog
from ..base.widgets import plain_label, set_visible
from ..base.workers import run_in_worker
from ..session.context import Context
from .data import iso_today
from .tab import CaseDialog

PREVIEW = 260  # pixels: enough to see which way is up


class AttachmentDialog(CaseDialog):
    """Add a file (existing None: choose it first) or correct what is said about one."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, record: r.CaseRecord,
                 existing: Attachment | None = None) -> None:
        title = self.tr("Add an attachment") if existing is None else self.tr("Attachment details")
        super().__init__(ctx, case_id, parent, title)
        self.setObjectName("attachmentDialog")
        self.existing = existing
        self.data: bytes | None = None
        self.turns = 0
        self.image: QImage | None = None
        self.choose_button = QPushButton(self.tr("C&hoose the file…"))
        self.choose_button.setObjectName("chooseFileButton")
        self.file_label = plain_label(self.tr("No file chosen yet."))
        self.file_label.setObjectName("chosenFile")
        self.preview = QLabel()
        self.preview.setObjectName("attachmentPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Preview of the picture"))
        self.left_button = QPushButton(self.tr("Turn &left"))
        self.right_button = QPushButton(self.tr("Turn ri&ght"))
        turn_row = QHBoxLayout()
        turn_row.addWidget(self.left_button)
        turn_row.addWidget(self.right_button)
        turn_row.addStretch(1)
        self.doc_type = VocabCombo(ctx.labels, "attachment_type", name=self.tr("Type of document"))
        self.doc_date = DateField(name=self.tr("Date of the document"), required=True, value=iso_today())
        self.doc_title = QLineEdit()
        self.doc_title.setMaxLength(200)
        self.doc_title.setAccessibleName(self.tr("Short title"))
        self.link = CodeCombo(self.link_choices(record), self.tr("— not linked —"), name=self.tr("Belongs to"))
        self.never_export = QCheckBox(self.tr("Ne&ver let this file leave the vault (no copy, no letter)"))
        form = QFormLayout()
        if existing is None:
            form.addRow(self.choose_button, self.file_label)
        form.addRow(self.tr("&Type:"), self.doc_type)
        form.addRow(self.tr("&Date:"), self.doc_date)
        form.addRow(self.tr("T&itle:"), self.doc_title)
        form.addRow(self.tr("&Belongs to:"), self.link)
        form.addRow("", self.never_export)
        self.lay_out(self.preview, turn_row, form)
        self.fields = {"doc_type": (self.doc_type, self.tr("Type")), "doc_date": (self.doc_date, self.tr("Date")),
                       "title": (self.doc_title, self.tr("Title")), "measure_id": (self.link, self.tr("Belongs to")),
                       "referral_id": (self.link, self.tr("Belongs to")),
                       "note_id": (self.link, self.tr("Belongs to"))}
        for widget in (self.preview, self.left_button, self.right_button):
            set_visible(widget, False)
        self.choose_button.clicked.connect(self.choose)
        self.left_button.clicked.connect(lambda: self.turn(-1))
        self.right_button.clicked.connect(lambda: self.turn(1))
        if existing is not None:
            d = existing.details
            self.doc_type.set_value(d.doc_type)
            self.doc_date.set_value(d.doc_date)
            self.doc_title.setText(d.title)
            linked = next((f"{k.split('_')[0]}:{getattr(d, k)}" for k in attachments.LINKS if getattr(d, k)), None)
            self.link.set_value(linked)
            self.never_export.setChecked(d.never_export)
        else:
            self.ok_button().setEnabled(False)
            self.ok_button().setText(self.tr("&Add"))

    def link_choices(self, record: r.CaseRecord) -> list[tuple[str, str]]:
        """("measure:12", "Protective measure: …, 01.03.2026") for the records of the case a file can belong to."""
        labels = self.ctx.labels
        out = [(f"measure:{m.id}", self.tr("Protective measure: %1, %2").replace(
            "%1", labels.label("measure_type", m.measure_type)).replace("%2", day_text(m.decision_date)))
            for m in record.measures]
        out += [(f"referral:{x.id}", self.tr("Referral: %1, %2").replace("%1", x.institution).replace(
            "%2", day_text(x.created_on))) for x in record.referrals]
        out += [(f"note:{n.id}", self.tr("Note: %1, %2").replace(
            "%1", labels.label("note_type", n.note_type)).replace("%2", day_text(n.note_date)))
            for n in sorted(record.notes, key=lambda n: n.note_date, reverse=True)[:50]]
        return out

    # -- the file --------------------------------------------------------------------------------------
    def choose(self) -> None:
        choose_open_file(self, self.tr("Choose the file to attach"), attachment_filter(), self.read)

    def read(self, path: Path) -> None:
        """Read and check the file in a worker (too large or not a PDF/JPEG/PNG: refused at once)."""
        self.say(self.tr("Reading the file…"))
        self.ok_button().setEnabled(False)
        run_in_worker(self, lambda: self._load(path), lambda found: self._loaded(path, found), self._unreadable)

    @staticmethod
    def _load(path: Path) -> tuple[bytes, str, int | None, QImage | None]:
        data = attachments.read_checked(path)
        kind = rules.media_type(data[:rules.SNIFF_BYTES])
        if kind == rules.PDF:
            pages = attachments.open_pdf(data)
            try:
                return data, kind, pages.count, None
            finally:
                pages.close()
        image = QImage.fromData(data)
        return data, kind, None, (None if image.isNull() else image)

    def _loaded(self, path: Path, found: tuple[bytes, str, int | None, QImage | None]) -> None:
        self.data, kind, pages, self.image = found
        self.turns = 0
        size = size_text(len(self.data))
        if kind == rules.PDF:
            self.file_label.setText(self.tr("%1: PDF, %2 page(s), %3").replace("%1", path.name).replace(
                "%2", str(pages)).replace("%3", size))
        else:
            self.file_label.setText(self.tr("%1: picture, %2 (location and camera details are removed when it "
                                            "is stored)").replace("%1", path.name).replace("%2", size))
        for widget in (self.preview, self.left_button, self.right_button):
            set_visible(widget, self.image is not None)
        self._show_preview()
        self.say("")
        self.ok_button().setEnabled(True)

    def _unreadable(self, exc: BaseException) -> None:
        self.data = None
        self.say(error_text(exc))
        self.file_label.setText(self.tr("No file chosen yet."))

    def turn(self, step: int) -> None:
        self.turns = (self.turns + step) % 4
        self._show_preview()

    def _show_preview(self) -> None:
        if self.image is None:
            self.preview.clear()
            return
        turned = self.image.transformed(QTransform().rotate(90 * self.turns))
        self.preview.setPixmap(QPixmap.fromImage(turned.scaled(
            PREVIEW, PREVIEW, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)))
        self.preview.setAccessibleDescription(self.tr("Turned %1 degrees").replace("%1", str(90 * self.turns)))

    # -- saving ----------------------------------------------------------------------------------------
    def details(self) -> Details:
        self.doc_date.normalise()
        kind, _, value = (self.link.value() or "").partition(":")
        linked = int(value) if value.isdigit() else None
        return Details(self.doc_type.value() or "", self.doc_date.value() or "", self.doc_title.text().strip(),
                       linked if kind == "measure" else None, linked if kind == "referral" else None,
                       linked if kind == "note" else None, self.never_export.isChecked())

    def submit(self) -> None:
        session, case_id, details = self.ctx.session, self.case_id, self.details()
        if self.existing is not None:
            aid = self.existing.id
            self.run(lambda: attachments.update(session, aid, details))
            return
        data, turns = self.data, self.turns
        if data is None:
            self.say(self.tr("Choose the file first."))
            return
        self.run(lambda: attachments.add(session, case_id, data, details, turns))

    def done(self, result: int) -> None:
        self.data = None  # the bytes she chose stay nowhere once the dialog is closed
        self.image = None
        self.preview.clear()
        super().done(result)


class RemoveAttachmentDialog(StatedReasonDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, self.tr("Take the file off the case"), self.tr(
            "The file is removed from the vault for good (a backup made earlier still holds it). Say why: the "
            "reason is kept in the audit log by its length only."), self.tr("Why the file is taken off"),
            self.tr("&Take it off"))
        self.setObjectName("removeAttachmentDialog")
