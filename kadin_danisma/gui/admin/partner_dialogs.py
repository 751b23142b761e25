"""The two confirmations of the Partners page that end something (issue 17, admins): removing a partner, named,
with what that means; and giving this vault new package keys, confirmed by typing her password (as changing
the vault's key is, rekey_dialog.py: a walk-up at an unlocked screen cannot do it), with what every partner
must then do. The work runs in the dialog's worker (services/package_admin.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QWidget

from ...services import package_admin, users
from ...vault.package_store import Partner
from ..base.dialogs import Buttons, Dialog
from ..base.lines import compose, isolate
from ..base.widgets import password_field, plain_label, strong_label
from ..session.context import Context


class RemovePartnerDialog(Dialog):
    def __init__(self, ctx: Context, partner: Partner, parent: QWidget) -> None:
        super().__init__(parent, self.tr("Remove a partner"), working=self.tr("Removing…"))
        self.setObjectName("removePartnerDialog")
        self.ctx = ctx
        self.partner = partner
        question = strong_label(compose(self.tr("Remove %1?"), partner.center), "removeQuestion")
        what = plain_label(compose(self.tr(
            "Nothing is sent to %1 any more and no package from it is accepted. It stays in the list, marked "
            "removed, for the record; conflicts from it that are still open stay for a person to decide."),
            partner.center))
        what.setObjectName("removeWhat")
        again = plain_label(self.tr(
            "Pairing its card again later starts both directions over: package numbers start again at 1 and the "
            "first package to it carries its cases whole."))
        self.lay_out(question, what, again)
        self.ok_button().setText(self.tr("&Remove the partner"))
        self.ok_button().setObjectName("removePartnerButton")
        # Enter alone does not remove: the safe answer is the default one.
        self.ok_button().setDefault(False)
        self.ok_button().setAutoDefault(False)
        cancel = self.buttons.button(Buttons.Cancel)
        cancel.setDefault(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def submit(self) -> None:
        session, pid = self.ctx.session, self.partner.partner_id
        self.run(lambda: package_admin.remove_partner(session, pid))


class RotateIdentityDialog(Dialog):
    """What new keys mean for every partner, and her password (checked before anything changes)."""

    def __init__(self, ctx: Context, partners: list[Partner], parent: QWidget) -> None:
        title = self.tr("New keys for the center") if ctx.session.on_server else self.tr("New keys for this vault")
        super().__init__(parent, title, working=self.tr("Making new keys…"))
        self.setObjectName("rotateIdentityDialog")
        self.ctx = ctx
        lead = plain_label(self.tr(
            "Make new keys when a laptop or a copy of this vault may be in someone else's hands: packages made "
            "for the old keys can then no longer be opened, by anyone."))
        what = strong_label(self.tr(
            "The old keys are destroyed; this cannot be undone. Packages still on the way to this vault cannot "
            "be opened any more. Every partner must remove this vault's old card and pair the new one, after "
            "checking the new fingerprint with you on the phone. The next package to each partner carries its "
            "cases whole (nothing is duplicated; fields that differ become conflicts for a person)."),
            "rotateWarning")
        names = ", ".join(isolate(p.center) for p in partners)
        who = plain_label(compose(self.tr("Partners to tell: %1."), names) if partners else
                          self.tr("No partner is paired yet, so no one needs to be told."))
        who.setObjectName("rotatePartners")
        self.password = password_field(self.tr("Your password"))
        form = QFormLayout()
        form.addRow(self.tr("Type &your password to confirm:"), self.password)
        self.lay_out(lead, what, who, form)
        self.ok_button().setText(self.tr("&Make new keys"))
        self.ok_button().setObjectName("rotateButton")
        self.ok_button().setEnabled(False)
        self.password.textChanged.connect(lambda t: self.ok_button().setEnabled(bool(t) and not self.busy))
        self.fields = {"password": (self.password, self.tr("Your password"))}
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 75)

    def submit(self) -> None:
        session, password = self.ctx.session, self.password.text()
        if not password:
            return

        def work() -> package_admin.Rotated:
            users.confirm_password(session, password)  # a wrong one changes nothing
            return package_admin.rotate_identity(session)

        self.run(work)

    def saved(self, value: Any) -> None:
        self.password.clear()

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        self.password.clear()
        self.password.setFocus()
