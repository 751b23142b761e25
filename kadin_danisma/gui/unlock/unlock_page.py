"""The unlock screen: user name and password, or the recovery-key path (typed in checked groups).

Key derivation runs in a worker; the screen says plainly when a password is wrong, when attempts are
throttled, and never whether a user name exists. "Sign in to" chooses this computer's vault or the center
server (its address remembered on this computer, base/preferences "store/server"); a server has no
recovery key (an admin resets passwords there).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import recovery_code
from ..base.messages import error_text
from ..base.scaling import set_width_in_chars
from ..base.styles import set_error
from ..base.widgets import heading, open_modal, password_field, plain_label, set_mono_font
from ..base.workers import run_in_worker

if TYPE_CHECKING:
    from types import ModuleType

    from ...services.session import Session


def _vault_service() -> ModuleType:
    """Imported in the unlock worker, not at start-up: it loads SQLCipher and cryptography (see startup.py)."""
    from ...services import vault_service

    return vault_service


def _server_service() -> ModuleType:
    from ...services import server_service

    return server_service


class UnlockPage(QWidget):
    unlocked = Signal(object)  # Session
    recovery_unlocked = Signal(object)  # Session (recovery: reset a password, nothing else)
    language_chosen = Signal(str)

    def __init__(self, vault_folder: Path, parent: QWidget | None = None, server: str = "") -> None:
        super().__init__(parent)
        self.vault_folder = vault_folder
        self.busy = False
        self.server_address = server

        title = heading(self.tr("Kadın Danışma"))
        subtitle = plain_label(self.tr("The vault is locked. Sign in to continue."))

        self.stack = QStackedWidget()
        self.stack.addWidget(self._password_form())
        self.stack.addWidget(self._recovery_form())

        self.status = plain_label("")
        self.status.setObjectName("unlockStatus")
        self.status.setAccessibleDescription(self.tr("Unlock status"))
        set_error(self.status, True)

        # Language names in their own language, so anyone can find hers.
        self.language = QComboBox()
        self.language.setAccessibleName("Dil / Language")
        self.language.addItem("Türkçe", "tr")
        self.language.addItem("English", "en")
        language_row = QHBoxLayout()
        self.about_button = QPushButton(self.tr("A&bout…"))
        self.about_button.setAccessibleName(self.tr("About Kadın Danışma: version, licences, data location"))
        self.about_button.clicked.connect(self._about)
        language_row.addWidget(self.about_button)
        language_row.addStretch(1)
        language_label = QLabel("Dil / Language:")
        language_label.setBuddy(self.language)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        self.language.currentIndexChanged.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))

        box = QVBoxLayout()
        box.addLayout(language_row)
        box.addStretch(1)
        box.addWidget(title)
        box.addWidget(subtitle)
        box.addSpacing(12)
        box.addWidget(self.stack)
        box.addWidget(self.status)
        box.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        holder = QWidget()
        holder.setLayout(box)
        set_width_in_chars(holder, 80, at_most=True)
        set_width_in_chars(holder, 52, at_least=True)
        outer.addWidget(holder, 3)
        outer.addStretch(1)

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, index))
        self.language.blockSignals(False)

    # -- password --------------------------------------------------------------------------------
    def _password_form(self) -> QWidget:
        page = QWidget()
        self.where = QComboBox()
        self.where.setAccessibleName(self.tr("Sign in to"))
        self.where.addItem(self.tr("This computer's vault"), "vault")
        self.where.addItem(self.tr("The center server"), "server")
        self.server_field = QLineEdit(self.server_address)
        self.server_field.setAccessibleName(self.tr("Center server address"))
        self.server_field.setPlaceholderText("host=… dbname=kadin_danisma sslrootcert=…")
        self.server_label = QLabel(self.tr("Ser&ver address:"))
        self.server_label.setBuddy(self.server_field)
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.password = password_field(self.tr("Password"))
        self.unlock_button = QPushButton(self.tr("Un&lock"))
        self.unlock_button.setDefault(True)
        self.use_recovery = QPushButton(self.tr("Use the &recovery key…"))
        form = QFormLayout()
        form.addRow(self.tr("Sign &in to:"), self.where)
        form.addRow(self.server_label, self.server_field)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_recovery)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.username.returnPressed.connect(self.password.setFocus)
        self.use_recovery.clicked.connect(lambda: self.show_recovery(True))
        self.where.currentIndexChanged.connect(lambda _i: self._where_changed())
        self.where.setCurrentIndex(1 if self.server_address else 0)
        self._where_changed()
        return page

    @property
    def on_server(self) -> bool:
        return bool(self.where.currentData() == "server")

    def _where_changed(self) -> None:
        self.server_label.setVisible(self.on_server)
        self.server_field.setVisible(self.on_server)
        self.use_recovery.setVisible(not self.on_server)  # a server has no recovery key

    def try_unlock(self) -> None:
        if self.busy:
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.status.setText(self.tr("Enter your user name and password."))
            return
        self._set_busy(True, self.tr("Unlocking… (deriving the key takes a moment)"))
        if self.on_server:
            address = self.server_field.text().strip()
            if not address:
                self._set_busy(False, self.tr("Enter the center server's address (the IT person gives it)."))
                return
            run_in_worker(self, lambda: _server_service().login(address, username, password),
                          self._unlocked, self._failed)
            return
        folder = self.vault_folder
        run_in_worker(self, lambda: _vault_service().unlock(folder, username, password),
                      self._unlocked, self._failed)

    def _unlocked(self, session: Session) -> None:
        self._set_busy(False, "")
        self.password.clear()
        if self.on_server:  # this workstation's server, asked for at the next start
            from ..base.preferences import set_preference

            self.server_address = self.server_field.text().strip()
            set_preference("store/server", self.server_address)
        self.unlocked.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False, error_text(exc))
        self.password.clear()
        self.password.setFocus()

    # -- recovery key ------------------------------------------------------------------------------
    def _recovery_form(self) -> QWidget:
        page = QWidget()
        intro = plain_label(self.tr(
            "Type the 48-digit recovery key printed when the vault was created. Each group of six digits "
            "is checked as you type."))
        self.recovery_input = QLineEdit()
        self.recovery_input.setAccessibleName(self.tr("Recovery key"))
        self.recovery_input.setPlaceholderText("000000-000000-000000-000000-000000-000000-000000-000000")
        set_mono_font(self.recovery_input)
        self.recovery_feedback = plain_label("")
        self.recovery_feedback.setObjectName("recoveryFeedback")
        self.recovery_button = QPushButton(self.tr("Unlock with recovery &key"))
        self.recovery_button.setEnabled(False)
        back = QPushButton(self.tr("Back to pass&word"))
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.recovery_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.recovery_input)
        layout.addWidget(self.recovery_feedback)
        layout.addLayout(buttons)
        self.recovery_input.textChanged.connect(self._check_groups)
        self.recovery_input.returnPressed.connect(self.try_recovery)
        self.recovery_button.clicked.connect(self.try_recovery)
        back.clicked.connect(lambda: self.show_recovery(False))
        return page

    def show_recovery(self, on: bool) -> None:
        self.status.clear()
        self.recovery_input.clear()
        self.stack.setCurrentIndex(1 if on else 0)
        (self.recovery_input if on else self.username).setFocus()

    def _check_groups(self) -> None:
        text = self.recovery_input.text()
        groups = recovery_code.split_groups(text)
        wrong = [i + 1 for i, g in enumerate(groups) if len(g) == 6 and not recovery_code.group_is_valid(g)]
        complete = not recovery_code.invalid_groups(text)
        if wrong:
            self.recovery_feedback.setText(
                self.tr("Group %1 is not right: check it.").replace("%1", ", ".join(map(str, wrong))))
        elif complete:
            self.recovery_feedback.setText(self.tr("All eight groups look right."))
        else:
            self.recovery_feedback.setText(
                self.tr("%1 of 8 groups typed.").replace("%1", str(sum(1 for g in groups if len(g) == 6))))
        self.recovery_button.setEnabled(complete and not self.busy)

    def try_recovery(self) -> None:
        text = self.recovery_input.text()
        if self.busy or recovery_code.invalid_groups(text):
            return
        self._set_busy(True, self.tr("Checking the recovery key…"))
        folder = self.vault_folder
        run_in_worker(self, lambda: _vault_service().unlock_with_recovery(folder, text),
                      self._recovered, self._recovery_failed)

    def _recovered(self, session: Session) -> None:
        self._set_busy(False, "")
        self.recovery_input.clear()
        self.stack.setCurrentIndex(0)
        self.recovery_unlocked.emit(session)

    def _recovery_failed(self, exc: BaseException) -> None:
        self._set_busy(False, error_text(exc))

    # -- shared ------------------------------------------------------------------------------------
    def set_busy(self, busy: bool, message: str) -> None:
        """Busy with something the window runs (a rekey signing her in again): the form waits."""
        self._set_busy(busy, message)

    def _set_busy(self, busy: bool, message: str) -> None:
        self.busy = busy
        self.status.setText(message)
        self.unlock_button.setEnabled(not busy)
        self.where.setEnabled(not busy)
        self.server_field.setEnabled(not busy)
        self.username.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.recovery_button.setEnabled(not busy and not recovery_code.invalid_groups(self.recovery_input.text()))
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _about(self) -> None:
        from .about_dialog import AboutDialog  # loaded when asked for, not in the cold start

        open_modal(AboutDialog(self.vault_folder, self))

    def reset(self, message: str = "") -> None:
        """Back to a clean sign-in form (after a lock)."""
        self.password.clear()
        self.recovery_input.clear()
        self.stack.setCurrentIndex(0)
        self.status.setText(message)
        (self.password if self.username.text() else self.username).setFocus()
