"""Everything shown while unlocked. It is created at unlock and destroyed whole at lock, so no widget
holding vault data outlives the session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.roles import Role
from ..services import users
from ..services.session import Session
from .dialogs import ChangePasswordDialog, ResetPasswordDialog
from .overview_page import OverviewPage
from .settings_page import SettingsPage
from .unlock_page import heading
from .users_page import UsersPage
from .widgets import open_modal, plain_label


def _banner(text: str, name: str) -> QLabel:
    label = plain_label(text)
    label.setObjectName(name)
    label.setStyleSheet("background: #fff4ce; color: #3d2b00; padding: 8px; border: 1px solid #c9a227;")
    return label


class Workspace(QWidget):
    lock_requested = Signal()
    settings_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        user = session.user
        assert user is not None
        self.change_password_button = QPushButton(self.tr("Change &my password…"))
        self.lock_button = QPushButton(self.tr("&Lock (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock the vault"))
        top = QHBoxLayout()
        who = plain_label(user.display_name)
        who.setObjectName("topUser")
        top.addWidget(who, 1)
        top.addWidget(self.change_password_button)
        top.addWidget(self.lock_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if session.failed_attempts_report:
            layout.addWidget(_banner(self.tr(
                "%1 failed sign-in attempt(s) on your account since your last sign-in. If that was not you, "
                "tell your administrator.").replace("%1", str(session.failed_attempts_report)), "failedBanner"))
        self.tabs = QTabWidget()
        self.overview = OverviewPage(session)
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.users_page: UsersPage | None = None
        self.settings_page: SettingsPage | None = None
        if session.has(Role.ADMIN):
            self.users_page = UsersPage(session)
            self.settings_page = SettingsPage(session)
            self.tabs.addTab(self.users_page, self.tr("&Users"))
            self.tabs.addTab(self.settings_page, self.tr("&Settings"))
            self.users_page.changed.connect(self.overview.refresh)
            self.settings_page.saved.connect(self.overview.refresh)
            self.settings_page.saved.connect(self.settings_changed)
        layout.addWidget(self.tabs)
        self.lock_button.clicked.connect(self.lock_requested)
        self.change_password_button.clicked.connect(lambda: self.change_password(forced=False))
        if user.must_change_password:
            self.change_password(forced=True)

    def change_password(self, forced: bool) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self, self.session, forced=forced)
        if forced:
            # She may not work with an admin-known password: cancelling locks again.
            dialog.rejected.connect(self.lock_requested)
        return open_modal(dialog)  # type: ignore[return-value]

    def scrub(self) -> None:
        """Blank every text-bearing child now, before the deferred deletion gets to them."""
        for edit in self.findChildren(QLineEdit):
            edit.clear()
        for text in self.findChildren(QTextEdit):
            text.clear()
        for label in self.findChildren(QLabel):
            label.clear()
        if self.users_page is not None:
            self.users_page.model.clear()


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
        layout.addWidget(_banner(self.tr(
            "The recovery key only lets you set a new password for a user. Choose the account, set a password, "
            "then sign in with it. This is recorded in the audit log."), "recoveryBanner"))
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
