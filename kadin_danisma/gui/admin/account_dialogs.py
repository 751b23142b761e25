"""Dialogs over user accounts: add a user, reset or change a password, verify a backup with one's password,
show a new recovery key (and save its printable sheet).

Each runs its slow work (key derivation) in a worker through the dialog base and reports errors inline;
none blocks a lock.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...domain import passwords
from ...domain.roles import Role
from ...services import exports, users, vault_service
from ...services.exports import Purpose
from ...services.session import Session
from ..base.dialogs import Dialog
from ..base.documents import DocumentActions
from ..base.labels import role_label
from ..base.widgets import PasswordPair, password_field, plain_label, set_mono_font


class AddUserDialog(Dialog):
    def __init__(self, parent: QWidget, session: Session) -> None:
        super().__init__(parent, self.tr("Add a user"))
        self.session = session
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Full name"))
        self.role_boxes = {role: QCheckBox(role_label(role)) for role in (Role.COUNSELOR, Role.SUPERVISOR, Role.ADMIN)}
        self.role_boxes[Role.COUNSELOR].setChecked(True)
        roles = QHBoxLayout()
        for box in self.role_boxes.values():
            roles.addWidget(box)
        self.pair = PasswordPair(self)
        note = plain_label(self.tr("She will be asked to choose her own password at her first sign-in."))
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("Roles:"), roles)
        self.lay_out(form, self.pair, note)
        chain = [self.username, self.display_name, *self.role_boxes.values(), self.pair.first, self.pair.second]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.username.textChanged.connect(lambda t: self.pair.set_username(t.strip().lower()))
        self.pair.changed.connect(self._validate)
        self.username.textChanged.connect(self._validate)
        for box in self.role_boxes.values():
            box.toggled.connect(self._validate)
        self._validate()

    def _roles(self) -> frozenset[Role]:
        return frozenset(r for r, box in self.role_boxes.items() if box.isChecked())

    def _validate(self) -> None:
        name = self.username.text().strip().lower()
        ok = bool(name) and passwords.username_problem(name) is None and bool(self._roles()) \
            and self.pair.is_acceptable()
        self.ok_button().setEnabled(ok)

    def submit(self) -> None:
        session, name, display = self.session, self.username.text(), self.display_name.text()
        roles, password = self._roles(), self.pair.password()
        self.run(lambda: users.add_user(session, name, display, roles, password))


class ResetPasswordDialog(Dialog):
    """Admin reset (or, with the recovery key, any user's): a one-time password she must change."""

    def __init__(self, parent: QWidget, session: Session, username: str) -> None:
        super().__init__(parent, self.tr("Reset password"))
        self.session = session
        self.username = username
        intro = plain_label(self.tr("New password for %1. She must change it at her next sign-in.").replace(
            "%1", username) if not session.is_recovery else
            self.tr("New password for %1.").replace("%1", username))
        self.pair = PasswordPair(self, username)
        self.lay_out(intro, self.pair)
        self.pair.changed.connect(lambda: self.ok_button().setEnabled(self.pair.is_acceptable()))
        self.ok_button().setEnabled(False)

    def submit(self) -> None:
        session, username, password = self.session, self.username, self.pair.password()
        must_change = not session.is_recovery
        self.run(lambda: users.reset_password(session, username, password, must_change=must_change))


class ChangePasswordDialog(Dialog):
    def __init__(self, parent: QWidget, session: Session, *, forced: bool = False) -> None:
        super().__init__(parent, self.tr("Change my password"))
        self.session = session
        username = session.user.username if session.user else ""
        self.current = password_field(self.tr("Current password"))
        self.pair = PasswordPair(self, username)
        intro = plain_label(self.tr(
            "An administrator set your password. Choose your own now; only you will know it.") if forced else
            self.tr("Changing your password does not touch the data; only your key slot is rewritten."))
        form = QFormLayout()
        form.addRow(self.tr("&Current password:"), self.current)
        self.lay_out(intro, form, self.pair)
        QWidget.setTabOrder(self.current, self.pair.first)
        QWidget.setTabOrder(self.pair.first, self.pair.second)
        self.pair.changed.connect(self._validate)
        self.current.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        self.ok_button().setEnabled(bool(self.current.text()) and self.pair.is_acceptable())

    def submit(self) -> None:
        session, old, new = self.session, self.current.text(), self.pair.password()
        self.run(lambda: users.change_own_password(session, old, new))

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        self.current.clear()
        self.current.setFocus()


class VerifyBackupDialog(Dialog):
    """Open a backup file with a password, as a restore would, and run every check on it."""

    def __init__(self, parent: QWidget, path: Path, username: str) -> None:
        super().__init__(parent, self.tr("Verify the backup"), working=self.tr("Checking the backup…"))
        self.path = path
        self.username = username
        intro = plain_label(self.tr("Checking %1 opens it the way a restore would. Type your password.").replace(
            "%1", path.name))
        self.password = password_field(self.tr("Your password"))
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        self.lay_out(intro, form)
        self.password.textChanged.connect(lambda t: self.ok_button().setEnabled(bool(t)))
        self.ok_button().setEnabled(False)

    def submit(self) -> None:
        path, username, password = self.path, self.username, self.password.text()
        self.run(lambda: vault_service.verify_backup(path, username, password))

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        self.password.clear()
        self.password.setFocus()


class RecoveryKeyDialog(Dialog):
    """Shows a newly generated recovery key once; with a session, its printable sheet can be printed or saved
    as a PDF (only where the admin chooses; the key itself is never written anywhere else)."""

    def __init__(self, parent: QWidget, key: str, session: Session | None = None, lang: str = "tr") -> None:
        super().__init__(parent, self.tr("New recovery key"), cancel=False)
        self.key = key
        self.session = session
        self.lang = lang
        label = QLabel(key)
        label.setObjectName("recoveryKey")
        label.setAccessibleDescription(self.tr("Recovery key"))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_mono_font(label, 1.3)
        text = plain_label(self.tr("The old recovery key no longer works. Write this one down now; it is not "
                                   "shown again. Keep it locked away from this computer."))
        self.sheet = DocumentActions(self.tr("the recovery sheet"), self.tr("recovery-key.pdf"), self._sheet,
                                     save_text=self.tr("&Save the sheet as PDF…"),
                                     print_text=self.tr("&Print the sheet…"), name="recoverySheet")
        self.status = self.sheet.status
        self.lay_out(text, label, self.sheet)
        self.sheet.setVisible(session is not None)

    def _sheet(self, purpose: Purpose) -> bytes:
        assert self.session is not None
        return exports.recovery_sheet_pdf(self.session, self.key, self.lang, purpose=purpose)
