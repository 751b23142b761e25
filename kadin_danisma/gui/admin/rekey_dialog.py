"""Changing the vault's key (issue 14 §4), for an admin: the dialog that explains it and takes her password,
and the one that shows the new recovery key and any one-time passwords afterwards.

The rekey itself runs in the main window (`MainWindow.rekey`): she is signed out first, so that no page of
the app holds the vault open, and signed in again on the new key by the same worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ...services import users
from ...services.rekey import RekeyOutcome
from ...services.session import Session
from ..base.dialogs import Dialog
from ..base.widgets import password_field, plain_label, set_mono_font
from .account_dialogs import RecoveryKeyDialog


class RekeyDialog(Dialog):
    """What a rekey does and does not do, and her password (checked before anything happens)."""

    confirmed = Signal(str)  # her password: the main window signs her out and back in with it

    def __init__(self, parent: QWidget, session: Session, *, after_disable: str | None = None) -> None:
        super().__init__(parent, self.tr("Change the vault key"))
        self.session = session
        lead = (self.tr("%1 is disabled: her password no longer opens the vault. A copy of the vault folder made "
                        "before today still would, until the vault's key is changed.").replace("%1", after_disable)
                if after_disable else
                self.tr("Change the vault's key after someone leaves, or if a password or the recovery key may "
                        "have been seen by someone else."))
        text = plain_label(self.tr(
            "The whole vault is encrypted again with a new key. Everyone keeps her password; accounts that have "
            "not signed in since this version was installed get a one-time password, shown to you. A new "
            "recovery key is shown; the old one stops working. Backups made before keep the old key: store or "
            "destroy them accordingly.\n\nEveryone else must close the app first. You are signed out and back "
            "in; this takes a few seconds for a large vault."))
        self.password = password_field(self.tr("Your password"))
        form = QFormLayout()
        form.addRow(self.tr("&Your password:"), self.password)
        self.lay_out(plain_label(lead), text, form)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)  # the explanation reads as a paragraph
        self.ok_button().setText(self.tr("C&hange the key"))
        self.ok_button().setEnabled(False)
        self.password.textChanged.connect(lambda t: self.ok_button().setEnabled(bool(t)))

    def submit(self) -> None:
        session, password = self.session, self.password.text()
        self.run(lambda: users.confirm_password(session, password), self._confirmed)

    def _confirmed(self, _value: Any) -> None:
        password = self.password.text()
        self.password.clear()
        self.accept()  # closed first: the window then signs her out, which closes every dialog
        self.confirmed.emit(password)

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        self.password.clear()
        self.password.setFocus()


class RekeyResultDialog(RecoveryKeyDialog):
    """The new recovery key (with its printable sheet) and the one-time passwords, shown once."""

    def __init__(self, parent: QWidget, outcome: RekeyOutcome, session: Session, lang: str = "tr") -> None:
        super().__init__(parent, outcome.recovery_key, session, lang)
        self.setWindowTitle(self.tr("The vault key was changed"))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        summary = plain_label(self.tr("The vault is now encrypted with a new key. %1 account(s) keep their "
                                      "password.").replace("%1", str(len(outcome.rewrapped))))
        summary.setObjectName("rekeySummary")
        layout.insertWidget(0, summary)
        self.one_time: QLabel | None = None
        if outcome.one_time_passwords:
            lines = "\n".join(f"{name}   {pw}" for name, pw in sorted(outcome.one_time_passwords.items()))
            intro = plain_label(self.tr("One-time passwords (give each to her in person; she chooses her own at "
                                        "her next sign-in):"))
            self.one_time = QLabel(lines)
            self.one_time.setObjectName("oneTimePasswords")
            self.one_time.setAccessibleName(self.tr("One-time passwords"))
            self.one_time.setTextFormat(Qt.TextFormat.PlainText)
            self.one_time.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            set_mono_font(self.one_time, 1.1)
            at = layout.indexOf(self.error)  # above the message line and the button
            layout.insertWidget(at, intro)
            layout.insertWidget(at + 1, self.one_time)
