"""The attachments tab: the papers kept for the case (a 6284 decision, an injury report, a police record, a
signed consent form, an ID copy…), newest document first, each with its type, date, size, who added it and
whether it may ever leave the vault. A file is viewed inside the app (attachment_viewer.py); adding one,
correcting its details or taking it off goes through attachment_dialogs.py.

The list is read in a worker when the tab is shown (and after every change): a case opens without reading
anything about its files, and never a byte of them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from ...services import attachments
from ...services.attachments import Attachment
from ..base.labels import day_text, size_text
from ..base.messages import error_text
from ..base.styles import WARNING_ROW
from ..base.tables import fill_table, sync_button, tint_rows
from ..base.widgets import open_modal
from ..base.workers import Latest, run_in_worker
from .attachment_dialogs import AttachmentDialog, RemoveAttachmentDialog
from .attachment_viewer import AttachmentViewer
from .data import CaseData
from .tab import CaseTab


class AttachmentsTab(CaseTab):
    def build(self) -> None:
        self.data: CaseData | None = None
        self.items: list[Attachment] = []
        self.dialog = None
        self.viewer: AttachmentViewer | None = None
        self.add_button: QPushButton | None = None
        self.details_button: QPushButton | None = None
        self.remove_button: QPushButton | None = None
        layout = self.list_layout("attachmentsSummary", [
            self.tr("Date"), self.tr("Type"), self.tr("Title"), self.tr("File"), self.tr("Added by"),
            self.tr("Leaving the vault")], self.tr("Attachments"))
        self.view_button = QPushButton(self.tr("Vie&w"))
        self.view_button.setObjectName("viewAttachmentButton")
        self.view_button.clicked.connect(self.view_selected)
        self.bar.addWidget(self.view_button)
        layout.addWidget(self.table, 1)
        self.table.itemDoubleClicked.connect(lambda _item: self.view_selected())
        self.loading = Latest(self)

    def fill(self, data: CaseData) -> None:
        self.data = data
        editable = data.editable
        self.add_button = sync_button(self.add_button, editable, self.bar, self.tr("Atta&ch a file…"),
                                      "addAttachmentButton", self.add)
        self.details_button = sync_button(self.details_button, editable, self.bar, self.tr("&Details…"),
                                          "attachmentDetailsButton", self.edit_selected)
        self.remove_button = sync_button(self.remove_button, editable, self.bar, self.tr("Take &off…"),
                                         "removeAttachmentButton", self.remove_selected)
        self.summary.setText(self.tr("Loading…"))
        session, case_id = self.view.ctx.session, self.view.case_id
        self.loading.ask(lambda: attachments.list_attachments(session, case_id), self._listed,
                         lambda exc: self.summary.setText(error_text(exc)))

    def _listed(self, items: list[Attachment]) -> None:
        self.items = items
        labels = self.view.ctx.labels
        total = sum(a.size for a in items)
        self.summary.setText(self.tr("%1 file(s), %2").replace("%1", str(len(items))).replace(
            "%2", size_text(total)) if items else self.tr("No attachments yet."))
        rows = []
        for a in items:
            what = (self.tr("PDF, %1 page(s), %2").replace("%1", str(a.pages or 0)) if a.pages is not None
                    else self.tr("picture, %2")).replace("%2", size_text(a.size))
            rows.append([day_text(a.details.doc_date), labels.label("attachment_type", a.details.doc_type),
                         a.details.title, what, a.added_by,
                         self.tr("NEVER EXPORT") if a.details.never_export else self.tr("may be copied (logged)")])
        fill_table(self.table, rows, [a.id for a in items])
        tint_rows(self.table, [i for i, a in enumerate(items) if a.details.never_export], WARNING_ROW)
        self._selected()

    def _attachment(self) -> Attachment | None:
        return self.chosen(self.items)

    def _selected(self) -> None:
        chosen = self._attachment() is not None
        for button in (self.view_button, self.details_button, self.remove_button):
            if button is not None:
                button.setEnabled(chosen)

    # -- actions ---------------------------------------------------------------------------------------
    def view_selected(self) -> AttachmentViewer | None:
        found = self._attachment()
        if found is None:
            return None
        self.viewer = AttachmentViewer(self.view.ctx, found, self)
        open_modal(self.viewer)
        return self.viewer

    def add(self) -> AttachmentDialog | None:
        if not self.view.editable or self.data is None:
            return None
        return self.open_dialog(AttachmentDialog(self.view.ctx, self.view.case_id, self, self.data.record),
                                self.tr("File attached."))

    def edit_selected(self) -> AttachmentDialog | None:
        found = self._attachment()
        if not self.view.editable or self.data is None or found is None:
            return None
        return self.open_dialog(AttachmentDialog(self.view.ctx, self.view.case_id, self, self.data.record, found),
                                self.tr("Details saved."))

    def remove_selected(self) -> RemoveAttachmentDialog | None:
        found = self._attachment()
        if not self.view.editable or found is None:
            return None
        dialog = RemoveAttachmentDialog(self)
        session, aid = self.view.ctx.session, found.id

        def confirmed() -> None:
            run_in_worker(self, lambda: attachments.remove(session, aid, dialog.text()),
                          lambda _none: self.view.saved(self.tr("The file was taken off.")),
                          lambda exc: self.view.set_status(error_text(exc)))

        dialog.accepted.connect(confirmed)
        open_modal(dialog)
        return dialog
