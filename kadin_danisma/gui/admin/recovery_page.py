"""After unlocking with the recovery key: give a user (usually an admin) a new password, then lock. Nothing
else is possible in such a session (services.session: a recovery session has no user)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from ...domain.roles import Role
from ...services import users
from ...services.session import Session
from ..base.widgets import banner, heading, open_modal, plain_label
from .account_dialogs import ResetPasswordDialog


class RecoveryWorkspace(QWidget):
    """After unlocking with the recovery key: give a user (usually an admin) a new password, then lock."""

    lock_requested = Signal()
    settings_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Users"))
        for row in users.list_users(session):
            if not row.disabled:
                label = f"{row.username} — {row.display_name}" + (" (admin)" if Role.ADMIN in row.roles else "")
                self.list.addItem(label)
                self.list.item(self.list.count() - 1).setData(Qt.ItemDataRole.UserRole, row.username)
        self.reset_button = QPushButton(self.tr("Set a &new password…"))
        self.lock_button = QPushButton(self.tr("&Lock"))
        self.status = plain_label("")
        self.status.setObjectName("recoveryStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.lock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Unlocked with the recovery key"), 1.3))
        layout.addWidget(banner("recoveryBanner", "warning", self.tr(
            "The recovery key only lets you set a new password for a user. Choose the account, set a password, "
            "then sign in with it. This is recorded in the audit log.")))
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.reset_button.clicked.connect(self.reset_selected)
        self.lock_button.clicked.connect(self.lock_requested)

    def reset_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        username = str(item.data(Qt.ItemDataRole.UserRole))
        dialog = ResetPasswordDialog(self, self.session, username)

        def done() -> None:
            self.status.setText(self.tr("New password set for %1. Lock, then sign in with it.").replace(
                "%1", username))

        dialog.accepted.connect(done)
        open_modal(dialog)

    def scrub(self) -> None:
        self.list.clear()
