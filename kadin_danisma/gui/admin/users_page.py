"""User management for admins: a table model of staff accounts and the add / reset / roles / hand over cases /
disable actions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.roles import Role
from ...services import users
from ...services.session import Session
from ...vault.repositories import UserRow
from ..base.labels import roles_text
from ..base.messages import error_text
from ..base.scaling import follow
from ..base.tables import fit_columns, prepare_view
from ..base.widgets import open_modal, plain_label, show_message
from .account_dialogs import AddUserDialog, ResetPasswordDialog
from .people_dialogs import HandoverDialog, RolesDialog

if TYPE_CHECKING:
    from .rekey_dialog import RekeyDialog

_Index = QModelIndex | QPersistentModelIndex


class UsersModel(QAbstractTableModel):
    """Staff accounts, one row each; the user name of a row is at USERNAME_ROLE."""

    COLUMNS = ("username", "display_name", "roles", "status")
    USERNAME_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[UserRow] = []

    def set_rows(self, rows: list[UserRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("User name"), self.tr("Full name"), self.tr("Roles"), self.tr("Status"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = self.COLUMNS[index.column()]
            if column == "username":
                return row.username
            if column == "display_name":
                return row.display_name
            if column == "roles":
                return roles_text(row.roles)
            if row.disabled:
                return self.tr("disabled")
            return self.tr("must change password") if row.must_change_password else self.tr("active")
        if role == self.USERNAME_ROLE:
            return row.username
        return None


class UsersPage(QWidget):
    changed = Signal()
    rekey_requested = Signal(str)  # her password, confirmed: the main window signs out, rekeys, signs in

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = UsersModel(self)
        self.table = QTableView()
        prepare_view(self.table, self.tr("Users"), "usersTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        follow(self.table, lambda _t: fit_columns(self.table), "columns")
        self.model.modelReset.connect(lambda: fit_columns(self.table))
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.roles_button = QPushButton(self.tr("Change roles…"))
        self.roles_button.setObjectName("changeRolesButton")
        self.handover_button = QPushButton(self.tr("&Hand over her cases…"))
        self.handover_button.setObjectName("handoverButton")
        self.disable_button = QPushButton(self.tr("&Disable user…"))
        self.rekey_button = QPushButton(self.tr("Change the vault &key…"))
        self.rekey_button.setObjectName("rekeyButton")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.roles_button, self.handover_button, self.disable_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.rekey_button)
        self.status = plain_label("")
        self.status.setObjectName("usersStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Each user has her own password. Disabling a user removes her key: her password no longer opens "
            "the vault. Every change here is recorded in the audit log.")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        if session.on_server:  # a server has no vault key: a disabled login cannot sign in any more
            self.rekey_button.hide()
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.roles_button.clicked.connect(lambda: self.change_roles())
        self.handover_button.clicked.connect(lambda: self.hand_over())
        self.disable_button.clicked.connect(self.disable_user)
        self.rekey_button.clicked.connect(lambda: self.change_key())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.model.set_rows(users.list_users(self.session))
        except Exception as exc:
            self.status.setText(error_text(exc))
        self._update_buttons()

    def selected_username(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(self.model.data(rows[0], UsersModel.USERNAME_ROLE)) if rows else None

    def select_user(self, username: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.username == username:
                self.table.selectRow(i)

    def selected_user(self) -> UserRow | None:
        name = self.selected_username()
        return next((row for row in self.model.rows if row.username == name), None)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        has = user is not None
        me = self.session.user is not None and user is not None and user.id == self.session.user.id
        self.reset_button.setEnabled(has)
        self.disable_button.setEnabled(has)
        # Her own roles are changed by another administrator (the service refuses it as well).
        self.roles_button.setEnabled(has and not me)
        self.roles_button.setToolTip(self.tr("Your own roles are changed by another administrator.") if me else "")
        self.handover_button.setEnabled(user is not None and Role.COUNSELOR in user.roles)

    def _after_change(self, message: str) -> None:
        self.status.setText(message)
        self.refresh()
        self.changed.emit()

    def add_user(self) -> None:
        dialog = AddUserDialog(self, self.session)
        dialog.accepted.connect(lambda: self._after_change(self.tr("User added.")))
        open_modal(dialog)

    def reset_password(self) -> None:
        username = self.selected_username()
        if username is None:
            return
        dialog = ResetPasswordDialog(self, self.session, username)
        dialog.accepted.connect(lambda: self._after_change(self.tr("Password reset for %1.").replace("%1", username)))
        open_modal(dialog)

    def change_roles(self) -> RolesDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        dialog = RolesDialog(self, self.session, user)
        dialog.accepted.connect(lambda: self._after_change(self.tr("Roles of %1 saved.").replace("%1", user.username)))
        open_modal(dialog)
        return dialog

    def hand_over(self) -> HandoverDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        dialog = HandoverDialog(self, self.session, user.username)
        dialog.accepted.connect(lambda: self._after_change(self.tr("%1 case(s) handed over.").replace(
            "%1", str(dialog.result_value))))
        open_modal(dialog)
        return dialog

    def disable_user(self) -> None:
        username = self.selected_username()
        if username is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Disable user"), "",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Disable %1? Her password will no longer open the vault.").replace("%1", username))
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button: int) -> None:
            if button != QMessageBox.StandardButton.Yes:
                return
            try:
                users.disable_user(self.session, username)
            except Exception as exc:
                show_message(self, self.tr("Disable user"), error_text(exc), error=True)
                return
            self._after_change(self.tr("%1 was disabled.").replace("%1", username))
            if not self.session.on_server:
                self.change_key(after_disable=username)

        box.finished.connect(lambda _r: answered(box.result()))
        open_modal(box)

    def change_key(self, after_disable: str | None = None) -> RekeyDialog:
        """Offer a rekey (after disabling someone, it says why); her confirmed password goes to the window."""
        from .rekey_dialog import RekeyDialog  # loaded when asked for

        dialog = RekeyDialog(self, self.session, after_disable=after_disable)
        dialog.confirmed.connect(self.rekey_requested)
        open_modal(dialog)
        return dialog
