"""The Partners page's actions on a partner and on this vault's identity (issue 17), kept out of the page itself:
"Packages sent…" (whoever sees the page; writing again from one: whoever holds the keys), "Remove partner…"
(admins) and "New keys for this vault…" (admins in a vault, supervisors on a center server, as the service
decides: the buttons are not there for anyone else). Removed partners stay in the
list, greyed and marked, for the record. After new keys, a notice on the page says what every partner must do
and stays until she leaves the page's session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QWidget

from ...domain.roles import Role
from ...services.package_admin import Rotated
from ...vault.package_store import Partner
from ..base.dialogs import Dialog
from ..base.labels import when_text
from ..base.lines import compose, isolate
from ..base.styles import MUTED_ROW
from ..base.tables import select_key, selected_key, tint_rows
from ..base.widgets import banner, open_modal, set_visible
from ..session.context import Context
from .partner_dialogs import RemovePartnerDialog, RotateIdentityDialog
from .sent_packages_dialog import SentPackagesDialog


def partner_cell(partner: Partner) -> str:
    """The first cell of a partner's row: its center, and "removed" with the day when it was removed."""
    if partner.removed_at is None:
        return partner.center
    return compose(QCoreApplication.translate("PartnersPage", "%1 (removed on %2)"), partner.center,
                   when_text(partner.removed_at))


class PartnerActions(QObject):
    """Owns the buttons and the dialogs; the page places the buttons and the notice, refreshes its table on
    `changed` and calls `shown` after every refresh. (No reference back to the page but Qt's parent: a cycle
    of wrappers could be collected on a worker's thread.)"""

    changed = Signal()  # the partners or this vault's card changed: the page loads them again

    def __init__(self, ctx: Context, page: QWidget, table: QTableWidget, status: QLabel) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.table = table
        self.status = status
        self.partners: list[Partner] = []
        self.chosen_id = ""
        self.dialog: Dialog | None = None
        session = ctx.session
        self.admin = session.has(Role.ADMIN)
        # New keys: the admin's in a vault, a supervisor's on a server (only her login may hold the keys there).
        self.may_rotate = session.has(Role.SUPERVISOR) if session.on_server else self.admin
        self.sent_button = QPushButton(self.tr("Packages s&ent…"))
        self.sent_button.setObjectName("sentPackagesButton")
        self.remove_button = QPushButton(self.tr("&Remove partner…"))
        self.remove_button.setObjectName("removePartnerButton")
        self.rotate_button = QPushButton(self.tr("&New keys for the center…") if session.on_server
                                         else self.tr("&New keys for this vault…"))
        self.rotate_button.setObjectName("rotateIdentityButton")
        self.notice = banner("rotateNotice", "warning")
        self.notice.setVisible(False)
        set_visible(self.remove_button, self.admin)
        set_visible(self.rotate_button, self.may_rotate)
        self.sent_button.clicked.connect(lambda: self.show_sent())
        self.remove_button.clicked.connect(lambda: self.remove())
        self.rotate_button.clicked.connect(lambda: self.rotate())
        table.itemSelectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(lambda _index: self.show_sent())
        self._selection_changed()

    def shown(self, partners: list[Partner]) -> None:
        """The table was filled with these partners (in this order): the one chosen before stays chosen (else
        the first), so the buttons under the list can be used at once."""
        before = self.chosen_id if self.partners else ""
        self.partners = partners
        tint_rows(self.table, [i for i, p in enumerate(partners) if p.removed], MUTED_ROW)
        if partners and not (before and select_key(self.table, before)):
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> Partner | None:
        key = selected_key(self.table)
        return next((p for p in self.partners if p.partner_id == key), None)

    def _selection_changed(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.chosen_id = chosen.partner_id
        self.sent_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None and not chosen.removed)

    def page(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def _open(self, dialog: Dialog) -> Dialog:
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def show_sent(self) -> SentPackagesDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        dialog = SentPackagesDialog(self.ctx, chosen, self.page())
        dialog.written.connect(self.changed)
        self._open(dialog)
        return dialog

    def remove(self) -> RemovePartnerDialog | None:
        chosen = self.selected()
        if chosen is None or chosen.removed or not self.admin:
            return None
        dialog = RemovePartnerDialog(self.ctx, chosen, self.page())
        dialog.accepted.connect(lambda: self._removed(chosen))
        self._open(dialog)
        return dialog

    def _removed(self, partner: Partner) -> None:
        self.status.setText(compose(self.tr(
            "%1 was removed: nothing is sent to it or accepted from it. Pairing its card again starts both "
            "directions over."), partner.center))
        self.changed.emit()

    def rotate(self) -> RotateIdentityDialog | None:
        if not self.may_rotate:
            return None
        dialog = RotateIdentityDialog(self.ctx, [p for p in self.partners if not p.removed], self.page())
        dialog.accepted.connect(lambda: self._rotated(dialog.result_value))
        self._open(dialog)
        return dialog

    def _rotated(self, done: object) -> None:
        if not isinstance(done, Rotated):
            return
        lines = [compose(self.tr("This vault has new keys. Its new fingerprint: %1."), done.fingerprint)]
        if done.partners:
            lines.append(compose(self.tr("Tell each partner on a number you already know: %1."),
                                 ", ".join(isolate(p.center) for p in done.partners)))
            lines.append(self.tr(
                "Each must remove this vault's old card, pair the new one (save the card above and give it to "
                "them) and check the new fingerprint with you. Packages still on the way, made for the old keys, "
                "cannot be opened any more; once paired again, the next package each way carries its cases "
                "whole."))
        else:
            lines.append(self.tr("No partner is paired, so no one needs to be told."))
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(True)
        self.status.setText("")
        self.changed.emit()
