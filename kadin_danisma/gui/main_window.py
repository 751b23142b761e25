"""The one main window: first-run wizard, unlock screen or the unlocked workspace, and locking.

Locking (Ctrl+L, the Lock button, or the idle timer) waits for nothing a person started: what is being
typed is kept as an encrypted draft, open dialogs are closed, the workspace is scrubbed and destroyed,
running vault reads are interrupted (they end within milliseconds), and the session writes its lock event
and closes the database.
The window title never carries case data.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ..services.paths import vault_exists
from .base.idle import IdleWatcher
from .base.preferences import current_language, step_font_size, switch_language
from .base.widgets import banner
from .base.workers import run_in_worker, wait_for_workers
from .startup import preload_in_background
from .unlock.unlock_page import UnlockPage

if TYPE_CHECKING:
    from ..services.session import Session
    from .admin.recovery_page import RecoveryWorkspace
    from .unlock.older_copy_page import OlderCopyPage
    from .unlock.setup_wizard import FirstRunWizard
    from .workspace.workspace import Workspace

PRELOAD_AFTER_MS = 50  # after the first paint, so the import thread does not hold the GIL during it
LOCK_WAIT_MS = 3000  # the most a lock waits for interrupted workers (a key derivation in a dialog)


class MainWindow(QMainWindow):
    def __init__(self, vault_folder: Path, parent: QWidget | None = None, demo: bool = False,
                 server: str = "") -> None:
        super().__init__(parent)
        self.vault_folder = vault_folder
        self.server = server  # this workstation's center server, if it has one: the unlock screen starts there
        self.demo = demo
        self.setWindowTitle(self._title())
        self.resize(980, 680)
        self.session: Session | None = None
        self.workspace: Workspace | RecoveryWorkspace | OlderCopyPage | None = None
        self.wizard: FirstRunWizard | None = None
        # Tests shorten the idle timeout through this (milliseconds); None means the vault setting.
        self.idle_override_ms: int | None = None
        # Tests shorten the draft autosave interval through this (milliseconds); None means the default.
        self.autosave_override_ms: int | None = None

        self.stack = QStackedWidget()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if demo:
            column.addWidget(self._demo_banner())
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.unlock_page = self._make_unlock_page()
        self._font_shortcuts()

        self.idle = IdleWatcher(self)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.idle)
        self.idle.idle.connect(self.lock)
        # Ctrl+L from any window; queued, so the dialog that had the key press is not destroyed under it.
        self.idle.lock_key.connect(self.lock, Qt.ConnectionType.QueuedConnection)

        if server or vault_exists(vault_folder):
            self.stack.setCurrentWidget(self.unlock_page)
            self.unlock_page.reset()
            # The window is drawn before SQLCipher, the services and the workspace are loaded: they load in
            # a thread while she types her password (most of a cold start, see gui/startup.py).
            QTimer.singleShot(PRELOAD_AFTER_MS, preload_in_background)
        else:
            from .unlock.setup_wizard import FirstRunWizard

            self.wizard = FirstRunWizard(vault_folder)
            self.stack.addWidget(self.wizard)
            self.stack.setCurrentWidget(self.wizard)
            self.wizard.finished_setup.connect(self._setup_done)
            self.wizard.cancelled.connect(self.close)

    def _title(self) -> str:
        return self.tr("Kadın Danışma — DEMO") if self.demo else self.tr("Kadın Danışma")

    def _demo_banner(self) -> QLabel:
        from ..services.demo import DEMO_PASSWORD  # the generator loads only in demo mode

        label = banner("demoBanner", "demo", self.tr(
            "DEMO — synthetic cases only, deleted when the app closes. Sign in as danisman1 (counselor), "
            "supervizor (supervisor) or demo (admin); password: %1").replace("%1", DEMO_PASSWORD))
        label.setAccessibleDescription(self.tr("Demo mode"))
        return label

    def _font_shortcuts(self) -> None:
        for keys, step in ((("Ctrl++", "Ctrl+="), 1), (("Ctrl+-",), -1), (("Ctrl+0",), 0)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
                shortcut.activated.connect(lambda s=step: step_font_size(s))

    def _make_unlock_page(self) -> UnlockPage:
        page = UnlockPage(self.vault_folder, server=self.server)
        if self.demo:
            page.username.setText("danisman1")  # a demo counselor (services/demo.py)
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
        self.server = old.server_field.text().strip() if old.on_server else ""
        self.unlock_page = self._make_unlock_page()
        self.unlock_page.username.setText(username)
        self.setWindowTitle(self._title())
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
        if self._warn_older_copy(session, self.open_session):
            return
        from .workspace.workspace import Workspace

        self.session = session
        workspace = Workspace(session, autosave_ms=self.autosave_override_ms)
        workspace.settings_changed.connect(self._apply_idle)
        workspace.rekey_requested.connect(self.rekey)
        self._show_workspace(workspace)
        self._apply_idle()

    def open_recovery(self, session: Session) -> None:
        if self._warn_older_copy(session, self.open_recovery):
            return
        from .admin.recovery_page import RecoveryWorkspace

        self.session = session
        self._show_workspace(RecoveryWorkspace(session))
        self._apply_idle()

    def _warn_older_copy(self, session: Session, then: Callable[[Session], None]) -> bool:
        """If the unlock found an older copy of the vault than this computer last saw, show that first (in
        place of a workspace, so Lock and the idle timer work as usual); `then` runs once she goes on."""
        if session.older_copy is None:
            return False
        from .unlock.older_copy_page import OlderCopyPage

        self.session = session
        page = OlderCopyPage(session, session.older_copy)
        page.accepted.connect(functools.partial(self._older_copy_accepted, page, then))
        self._show_workspace(page)
        self._apply_idle()
        return True

    def _older_copy_accepted(self, page: OlderCopyPage, then: Callable[[Session], None], session: Session) -> None:
        if self.workspace is not page or self.session is not session:
            return  # locked meanwhile
        self.workspace = None
        self.stack.removeWidget(page)
        page.deleteLater()
        then(session)

    def _show_workspace(self, workspace: Workspace | RecoveryWorkspace | OlderCopyPage) -> None:
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
        from ..services import settings

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
        from .workspace.workspace import Workspace  # loaded already: a session is open

        if isinstance(self.workspace, Workspace):
            # What is being typed (in the workspace or in an open dialog) is kept, encrypted, before
            # anything is closed; it is offered back at the next unlock.
            with contextlib.suppress(Exception):
                self.workspace.keep_drafts()
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
        # Workers may be reading the vault: stop their statements, let them end (milliseconds once
        # interrupted), and only then close the connections under them.
        session.interrupt()
        wait_for_workers(LOCK_WAIT_MS)
        session.lock()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.reset(self.tr("Locked."))
        # The scrubbed workspace is deleted when control returns to the event loop (deleting it here could
        # pull a widget out from under the handler that asked for the lock).

    def rekey(self, password: str) -> None:
        """Change the vault's key (an admin asked, on the Users page): sign out, so no page holds the vault
        open, then sign in again and rekey in one worker; she comes back to her workspace on the new key,
        with the new recovery key (and any one-time passwords) shown once."""
        if self.session is None or self.session.user is None:
            return
        username = self.session.user.username
        self.lock()
        self.unlock_page.set_busy(True, self.tr("Changing the vault key… Do not close the app."))
        from ..services import rekey  # loaded when asked for

        run_in_worker(self.unlock_page, lambda: rekey.rekey_signed_in_again(self.vault_folder, username, password),
                      self._rekeyed, self._rekey_failed)

    def _rekeyed(self, run: object) -> None:
        from ..services.rekey import RekeyRun
        from .admin.rekey_dialog import RekeyResultDialog
        from .base.messages import error_text
        from .base.widgets import open_modal, show_message

        assert isinstance(run, RekeyRun)
        self.unlock_page.set_busy(False, "")
        self.open_session(run.session)
        if run.outcome is not None:
            open_modal(RekeyResultDialog(self, run.outcome, run.session, current_language()))
        elif run.error is not None:
            show_message(self, self.tr("Change the vault key"), error_text(run.error), error=True)

    def _rekey_failed(self, exc: BaseException) -> None:
        from .base.messages import error_text

        self.unlock_page.set_busy(False, error_text(exc))

    def closeEvent(self, event: object) -> None:
        self.lock()
        if self.wizard is not None and self.wizard.session is not None:
            self.wizard.session.lock()  # closed between creating the vault and finishing the wizard
        super().closeEvent(event)  # type: ignore[arg-type]
