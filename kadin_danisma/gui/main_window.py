"""The one main window: first-run wizard, unlock screen or the unlocked workspace, and locking.

Locking (Ctrl+L, the Lock button, or the idle timer) never waits for anything: open dialogs are closed,
the workspace is scrubbed and destroyed, the session writes its lock event and closes the database.
The window title never carries case data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QWidget

from ..services import settings, vault_service
from ..services.session import Session
from .app import current_language, switch_language
from .idle import IdleWatcher
from .setup_wizard import FirstRunWizard
from .unlock_page import UnlockPage
from .workspace import RecoveryWorkspace, Workspace


class MainWindow(QMainWindow):
    def __init__(self, vault_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_folder = vault_folder
        self.setWindowTitle(self.tr("Kadın Danışma"))
        self.resize(980, 680)
        self.session: Session | None = None
        self.workspace: Workspace | RecoveryWorkspace | None = None
        self.wizard: FirstRunWizard | None = None
        # Tests shorten the idle timeout through this (milliseconds); None means the vault setting.
        self.idle_override_ms: int | None = None

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.unlock_page = self._make_unlock_page()

        self.idle = IdleWatcher(self)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.idle)
        self.idle.idle.connect(self.lock)
        # Ctrl+L from any window; queued, so the dialog that had the key press is not destroyed under it.
        self.idle.lock_key.connect(self.lock, Qt.ConnectionType.QueuedConnection)

        if vault_service.vault_exists(vault_folder):
            self.stack.setCurrentWidget(self.unlock_page)
            self.unlock_page.reset()
        else:
            self.wizard = FirstRunWizard(vault_folder)
            self.stack.addWidget(self.wizard)
            self.stack.setCurrentWidget(self.wizard)
            self.wizard.finished_setup.connect(self._setup_done)
            self.wizard.cancelled.connect(self.close)

    def _make_unlock_page(self) -> UnlockPage:
        page = UnlockPage(self.vault_folder)
        page.set_language(current_language())
        self.stack.addWidget(page)
        page.unlocked.connect(self.open_session)
        page.recovery_unlocked.connect(self.open_recovery)
        page.language_chosen.connect(self.change_language)
        return page

    def change_language(self, code: str) -> None:
        """Switch the interface language from the unlock screen: the screen is rebuilt in the new language."""
        switch_language(code)
        old = self.unlock_page
        username = old.username.text()
        self.unlock_page = self._make_unlock_page()
        self.unlock_page.username.setText(username)
        self.setWindowTitle(self.tr("Kadın Danışma"))
        if self.stack.currentWidget() is old:
            self.stack.setCurrentWidget(self.unlock_page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.unlock_page.language.setFocus()

    # -- sessions ------------------------------------------------------------------------------------
    def _setup_done(self, session: Session) -> None:
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None
        self.open_session(session)

    def open_session(self, session: Session) -> None:
        self.session = session
        workspace = Workspace(session)
        workspace.settings_changed.connect(self._apply_idle)
        self._show_workspace(workspace)
        self._apply_idle()

    def open_recovery(self, session: Session) -> None:
        self.session = session
        self._show_workspace(RecoveryWorkspace(session))
        self._apply_idle()

    def _show_workspace(self, workspace: Workspace | RecoveryWorkspace) -> None:
        self.workspace = workspace
        workspace.lock_requested.connect(self.lock)
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)

    def _apply_idle(self) -> None:
        if self.session is None or not self.session.is_open:
            return
        if self.idle_override_ms is not None:
            self.idle.start(self.idle_override_ms)
            return
        minutes = settings.idle_lock_minutes(self.session) if not self.session.is_recovery else 2
        self.idle.start(minutes * 60_000)

    @property
    def is_locked(self) -> bool:
        return self.session is None

    def lock(self) -> None:
        """Lock now, whatever is open."""
        if self.session is None:
            return
        session, self.session = self.session, None  # first, so a dialog closing below cannot re-enter
        self.idle.stop()
        # Close every dialog first: a modal must never keep the data on screen.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            workspace.scrub()
            self.stack.removeWidget(workspace)
            workspace.hide()
            workspace.deleteLater()
        session.lock()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.reset(self.tr("Locked."))
        # The scrubbed workspace is deleted when control returns to the event loop (deleting it here could
        # pull a widget out from under the handler that asked for the lock).

    def closeEvent(self, event: object) -> None:
        self.lock()
        if self.wizard is not None and self.wizard.session is not None:
            self.wizard.session.lock()  # closed between creating the vault and finishing the wizard
        super().closeEvent(event)  # type: ignore[arg-type]
