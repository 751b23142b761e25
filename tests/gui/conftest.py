"""Fixtures for the GUI tests (pytest-qt, offscreen).

- Fast key derivation (the production floor, no upward calibration) and the offscreen platform, set at import.
- HOME and the XDG folders point into the test's temp dir, so QSettings never writes into the real home.
- Any blocking modal (exec(), the static QMessageBox / QFileDialog helpers) fails the test: the app must
  open every dialog through widgets.open_modal() (non-blocking), or a lock could be held up by it.
- A vault made through the service layer, so most tests start at the unlock screen in a fraction of a second.
- Every window is locked and every worker finished at the end of each test.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ["KADIN_DANISMA_SKIP_KDF_CALIBRATION"] = "1"
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# QSettings computes its default paths once per process: make the very first computation point at a
# throw-away folder too (the per-test fixture below then moves it into each test's tmp_path).
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="kd-gui-home-"))
os.environ["HOME"] = str(_SESSION_HOME)
os.environ["XDG_CONFIG_HOME"] = str(_SESSION_HOME / ".config")
os.environ["XDG_DATA_HOME"] = str(_SESSION_HOME / ".local" / "share")
os.environ["XDG_CACHE_HOME"] = str(_SESSION_HOME / ".cache")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from kadin_danisma.gui.app import make_app  # noqa: E402
from kadin_danisma.gui.main_window import MainWindow  # noqa: E402
from kadin_danisma.gui.workers import wait_for_workers  # noqa: E402
from kadin_danisma.services import vault_service  # noqa: E402

from gui_support import ADMIN, ADMIN_NAME, CENTER, PASSWORD  # noqa: E402



# -- environment ------------------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME and XDG folders inside tmp_path; QSettings' user-scope files go there as well."""
    home = tmp_path / "home"
    config = home / ".config"
    data = home / ".local" / "share"
    for folder in (config, data, home / ".cache"):
        folder.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(home / "system-config"))
    return home


def _blocked(name: str) -> Callable[..., object]:
    def fail(*_args: object, **_kwargs: object) -> object:
        raise AssertionError(
            f"{name} opens a blocking modal (nested event loop); use widgets.open_modal() so a lock is never "
            "held up by a dialog")

    return fail


@pytest.fixture(autouse=True)
def no_blocking_modals(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test in which the app opens a blocking (exec-style) modal or a static dialog helper."""
    monkeypatch.setattr(QDialog, "exec", _blocked("QDialog.exec"))
    monkeypatch.setattr(QDialog, "exec_", _blocked("QDialog.exec_"), raising=False)
    monkeypatch.setattr(QMessageBox, "exec", _blocked("QMessageBox.exec"))
    monkeypatch.setattr(QMessageBox, "exec_", _blocked("QMessageBox.exec_"), raising=False)
    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(_blocked(f"QMessageBox.{name}")))
    for name in ("getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(_blocked(f"QFileDialog.{name}")))
    monkeypatch.setattr(QFileDialog, "exec", _blocked("QFileDialog.exec"))


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    made = make_app()
    assert made is qapp
    yield made
    assert made.layoutDirection() == Qt.LayoutDirection.LeftToRight, "a test left the layout right-to-left"


# -- vaults -----------------------------------------------------------------------------------------------
@dataclass
class VaultInfo:
    folder: Path
    recovery_key: str
    center: str = CENTER
    admin: str = ADMIN
    admin_name: str = ADMIN_NAME
    password: str = PASSWORD


@pytest.fixture
def vault(tmp_path: Path) -> VaultInfo:
    """A fresh, locked vault: admin 'koordinator' with PASSWORD."""
    folder = tmp_path / "vault"
    created = vault_service.create_vault(folder, CENTER, ADMIN, ADMIN_NAME, PASSWORD)
    created.session.lock()
    return VaultInfo(folder, created.recovery_key)


def add_user_directly(info: VaultInfo, username: str, display: str, password: str, roles: frozenset) -> None:
    """Add a user through the services (as an admin), leaving the vault locked."""
    from kadin_danisma.services import users

    session = vault_service.unlock(info.folder, info.admin, info.password)
    try:
        users.add_user(session, username, display, roles, password)
    finally:
        session.lock()


# -- windows ----------------------------------------------------------------------------------------------
@pytest.fixture
def make_window(qtbot, app: QApplication) -> Iterator[Callable[[Path], MainWindow]]:  # noqa: ANN001
    """Build MainWindows on a folder; each is locked, its workers finished, and closed at the end."""
    windows: list[MainWindow] = []

    def make(folder: Path) -> MainWindow:
        window = MainWindow(folder)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.lock()
        wizard = window.wizard
        if wizard is not None and wizard.session is not None:
            wizard.session.lock()
    assert wait_for_workers(30000), "workers still running 30 s after the test"
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(make_window: Callable[[Path], MainWindow], vault: VaultInfo) -> MainWindow:
    """A main window on the fixture vault, at the unlock screen."""
    return make_window(vault.folder)


