"""Dialogs over user accounts: add a user, reset or change a password, show a new recovery key (and save
its printable sheet), plus the non-blocking file and folder choosers the admin pages use.

Each runs its slow work (key derivation) in a worker and reports errors inline; none blocks a lock.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import passwords
from ..domain.roles import Role
from ..services import exports, users, vault_service
from ..services.session import Session
from .messages import error_text, folder_warning_text
from .widgets import PasswordPair, mono_font, open_modal, password_field, plain_label
from .workers import run_in_worker


def role_label(role: Role) -> str:
    return {
        Role.COUNSELOR: QCoreApplication.translate("Roles", "counselor"),
        Role.SUPERVISOR: QCoreApplication.translate("Roles", "supervisor"),
        Role.ADMIN: QCoreApplication.translate("Roles", "admin"),
    }[role]


def _forget_file_dialog_history() -> None:
    QSettings("QtProject").remove("FileDialog")  # no history of where files went (P24)


def choose_save_file(parent: QWidget, title: str, suggested: Path, name_filter: str,
                     on_chosen: Callable[[Path], None]) -> QFileDialog:
    """Ask where to save a file with Qt's own (non-native, non-blocking) dialog; `on_chosen` gets the path."""
    dialog = QFileDialog(parent, title, str(suggested), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(str(suggested))

    def chosen(path: str) -> None:
        _forget_file_dialog_history()
        if path:
            on_chosen(Path(path))

    dialog.fileSelected.connect(chosen)
    dialog.rejected.connect(_forget_file_dialog_history)
    open_modal(dialog)
    return dialog


def choose_folder(parent: QWidget, title: str, start: str, on_chosen: Callable[[Path], None]) -> QFileDialog:
    """Ask for a folder (non-native, non-blocking); `on_chosen` gets it."""
    dialog = QFileDialog(parent, title, start or str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    dialog.setFileMode(QFileDialog.FileMode.Directory)

    def chosen(path: str) -> None:
        _forget_file_dialog_history()
        if path:
            on_chosen(Path(path))

    dialog.fileSelected.connect(chosen)
    dialog.rejected.connect(_forget_file_dialog_history)
    open_modal(dialog)
    return dialog


class _WorkerDialog(QDialog):
    """OK runs the action in a worker; errors show inline and keep what was typed."""

    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.error = plain_label("")
        self.error.setObjectName("dialogError")
        self.error.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.result_value: Any = None

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _run(self, fn: Callable[[], Any]) -> None:
        self.ok_button().setEnabled(False)
        self.error.setText(self.tr("Working…"))
        run_in_worker(self, fn, self._done, self._failed)

    def _done(self, value: Any) -> None:
        self.result_value = value
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.ok_button().setEnabled(True)

    def _submit(self) -> None:
        raise NotImplementedError


class AddUserDialog(_WorkerDialog):
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        chain = [self.username, self.display_name, *self.role_boxes.values(), self.pair.first, self.pair.second]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.username.textChanged.connect(lambda t: self.pair.set_username(t.strip().lower()))
        for w in (self.pair,):
            w.changed.connect(self._validate)
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

    def _submit(self) -> None:
        session, name, display = self.session, self.username.text(), self.display_name.text()
        roles, password = self._roles(), self.pair.password()
        self._run(lambda: users.add_user(session, name, display, roles, password))


class ResetPasswordDialog(_WorkerDialog):
    """Admin reset (or, with the recovery key, any user's): a one-time password she must change."""

    def __init__(self, parent: QWidget, session: Session, username: str) -> None:
        super().__init__(parent, self.tr("Reset password"))
        self.session = session
        self.username = username
        intro = plain_label(self.tr("New password for %1. She must change it at her next sign-in.").replace(
            "%1", username) if not session.is_recovery else
            self.tr("New password for %1.").replace("%1", username))
        self.pair = PasswordPair(self, username)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pair)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.pair.changed.connect(lambda: self.ok_button().setEnabled(self.pair.is_acceptable()))
        self.ok_button().setEnabled(False)

    def _submit(self) -> None:
        session, username, password = self.session, self.username, self.pair.password()
        must_change = not session.is_recovery
        self._run(lambda: users.reset_password(session, username, password, must_change=must_change))


class ChangePasswordDialog(_WorkerDialog):
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
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.current, self.pair.first)
        QWidget.setTabOrder(self.pair.first, self.pair.second)
        self.pair.changed.connect(self._validate)
        self.current.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        self.ok_button().setEnabled(bool(self.current.text()) and self.pair.is_acceptable())

    def _submit(self) -> None:
        session, old, new = self.session, self.current.text(), self.pair.password()
        self._run(lambda: users.change_own_password(session, old, new))

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        self.current.clear()
        self.current.setFocus()


class VerifyBackupDialog(_WorkerDialog):
    """Open a backup file with a password, as a restore would, and run every check on it."""

    def __init__(self, parent: QWidget, path: Path, username: str) -> None:
        super().__init__(parent, self.tr("Verify the backup"))
        self.path = path
        self.username = username
        intro = plain_label(self.tr("Checking %1 opens it the way a restore would. Type your password.").replace(
            "%1", path.name))
        self.password = password_field(self.tr("Your password"))
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.password.textChanged.connect(lambda t: self.ok_button().setEnabled(bool(t)))
        self.ok_button().setEnabled(False)

    def _submit(self) -> None:
        path, username, password = self.path, self.username, self.password.text()
        self._run(lambda: vault_service.verify_backup(path, username, password))
        self.error.setText(self.tr("Checking the backup…"))

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        self.password.clear()
        self.password.setFocus()


class RecoveryKeyDialog(QDialog):
    """Shows a newly generated recovery key once; with a session, its printable sheet can be saved as a PDF
    (only where the admin chooses; the key itself is never written anywhere else)."""

    def __init__(self, parent: QWidget, key: str, session: Session | None = None, lang: str = "tr") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.key = key
        self.session = session
        self.lang = lang
        label = QLabel(key)
        label.setObjectName("recoveryKey")
        label.setAccessibleName(self.tr("Recovery key"))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFont(mono_font(1.3))
        text = plain_label(self.tr("The old recovery key no longer works. Write this one down now; it is not "
                                   "shown again. Keep it locked away from this computer."))
        self.status = plain_label("")
        self.status.setObjectName("sheetStatus")
        self.sheet_button = QPushButton(self.tr("&Save the sheet as PDF…"))
        self.sheet_button.setAccessibleName(self.tr("Save the recovery sheet as a PDF file"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        row = QHBoxLayout()
        row.addWidget(self.sheet_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.sheet_button.setVisible(session is not None)
        self.sheet_button.clicked.connect(lambda: self.save_sheet())

    def save_sheet(self, path: Path | None = None) -> None:
        """Build the sheet and write it to `path` (None: ask where, with a file dialog)."""
        if path is None:
            choose_save_file(self, self.tr("Save the recovery sheet"), Path.home() / "kurtarma-anahtari.pdf",
                             self.tr("PDF files (*.pdf)"), self.save_sheet)
            return
        session, key, lang, target = self.session, self.key, self.lang, path
        assert session is not None
        self.sheet_button.setEnabled(False)
        self.status.setText(self.tr("Writing the sheet…"))

        def work() -> Path:
            # force: Qt's save dialog already asked before replacing a file.
            exports.save_pdf(target, exports.recovery_sheet_pdf(session, key, lang), force=True)
            return target

        run_in_worker(self, work, self._sheet_saved, self._sheet_failed)

    def _sheet_saved(self, path: Path) -> None:
        self.sheet_button.setEnabled(True)
        warning = folder_warning_text(path)
        self.status.setText(self.tr("Sheet saved as %1. Print it, then delete the file.").replace("%1", path.name)
                            + (" " + warning if warning else ""))

    def _sheet_failed(self, exc: BaseException) -> None:
        self.sheet_button.setEnabled(True)
        self.status.setText(error_text(exc))
