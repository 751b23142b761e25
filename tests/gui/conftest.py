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
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

os.environ["KADIN_DANISMA_SKIP_KDF_CALIBRATION"] = "1"
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from gui_support import (
    ADMIN,
    ADMIN_NAME,
    CENTER,
    COUNSELOR,
    COUNSELOR_NAME,
    PASSWORD,
    SUPERVISOR,
    SUPERVISOR_NAME,
)
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
)
from shiboken6 import Shiboken

from kadin_danisma.gui.app import make_app
from kadin_danisma.gui.base.preferences import current_language, install_translations
from kadin_danisma.gui.base.workers import wait_for_workers
from kadin_danisma.gui.main_window import MainWindow
from kadin_danisma.services import vault_service


# -- environment ------------------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME and XDG folders inside tmp_path; QSettings' files go there as well (QSettings caches its
    default folders on first use, so they are also set explicitly with QSettings.setPath)."""
    home = tmp_path / "home"
    config = home / ".config"
    data = home / ".local" / "share"
    for folder in (config, data, home / ".cache"):
        folder.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))  # the seen-vaults note
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
    locale = QLocale()
    yield made
    assert made.layoutDirection() == Qt.LayoutDirection.LeftToRight, "a test left the layout right-to-left"
    if current_language() != "en":  # a test switched the language: back to the English source strings
        install_translations(made, "en")
    QLocale.setDefault(locale)


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


@pytest.fixture(scope="session")
def _case_vault_template(tmp_path_factory: pytest.TempPathFactory) -> VaultInfo:
    """Made once per test run: the admin, counselor 'ayse' and supervisor 'selin' (password PASSWORD, no
    forced change), and 60 synthetic demo cases owned by the demo counselors (danisman1, …)."""
    from kadin_danisma.domain.roles import Role
    from kadin_danisma.services import demo, statistics, users
    from kadin_danisma.vault import repositories

    folder = tmp_path_factory.mktemp("case-vault") / "vault"
    created = vault_service.create_vault(folder, CENTER, ADMIN, ADMIN_NAME, PASSWORD, demo=True)
    session = created.session
    try:
        users.add_user(session, COUNSELOR, COUNSELOR_NAME, frozenset({Role.COUNSELOR}), PASSWORD)
        users.add_user(session, SUPERVISOR, SUPERVISOR_NAME, frozenset({Role.SUPERVISOR}), PASSWORD)
        demo.generate(session, 60, seed=7)
        # Past periods' figures fixed now, as the app does after every unlock (reports/closing.py): the tests
        # that sign in then start from a vault in use, with nothing left to fix in the background.
        statistics.close_due_periods(session)
        with session.write() as conn:
            for user in repositories.list_users(conn):
                repositories.update_user(conn, user.id, must_change_password=0)
    finally:
        session.lock()
    return VaultInfo(folder, created.recovery_key)


@pytest.fixture
def case_vault(_case_vault_template: VaultInfo, tmp_path: Path) -> VaultInfo:
    """A private copy of the case vault, locked."""
    import shutil

    folder = tmp_path / "case-vault"
    shutil.copytree(_case_vault_template.folder, folder)
    return VaultInfo(folder, _case_vault_template.recovery_key)


@pytest.fixture
def open_as(case_vault: VaultInfo, app: QApplication, qtbot) -> Iterator[Callable[..., tuple]]:
    """open_as(username=danisman1, password=DEMO_PASSWORD) -> (session, context) on the case vault, for
    testing pages and case views without a main window; everything is locked at the end."""
    from gui_support import DEMO_COUNSELOR, DEMO_PASSWORD, flush_deletes
    from PySide6.QtWidgets import QWidget

    from kadin_danisma.gui.session.context import Context

    opened: list[tuple] = []
    holders: list[QWidget] = []  # own the contexts' objects until the sessions are locked

    def open_session(username: str = DEMO_COUNSELOR, password: str = DEMO_PASSWORD) -> tuple:
        session = vault_service.unlock(case_vault.folder, username, password)
        holder = QWidget()
        holders.append(holder)
        ctx = Context.create(session, holder, autosave_ms=3_600_000)  # tests flush drafts by hand
        opened.append((session, ctx))
        return session, ctx

    yield open_session
    assert wait_for_workers(30000)
    QCoreApplication.processEvents()
    for session, ctx in opened:
        ctx.drafts.stop()
        session.lock()
    for holder in holders:
        holder.deleteLater()
    flush_deletes()


# -- windows ----------------------------------------------------------------------------------------------
@pytest.fixture
def make_window(qtbot, app: QApplication) -> Iterator[Callable[..., MainWindow]]:
    """Build MainWindows on a folder; each is locked, its workers finished, and closed at the end."""
    windows: list[MainWindow] = []

    def make(folder: Path, server: str = "") -> MainWindow:
        window = MainWindow(folder, server=server)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        # Keyboard tests need the window active, as it is when a person starts the app.
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if not Shiboken.isValid(window):
            continue
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




# -- the synthetic center of the statistics tests (issue 18) ------------------------------------------------
YEAR = date.today().year - 1  # its closed year


@pytest.fixture(scope="session")
def _stat_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    """The synthetic center of year YEAR: counselors 'ayse' and 'zeynep', supervisor 'selin', the admin;
    province İzmir, k = 3 (the default); past periods fixed as the app does after unlock."""
    sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
    import stat_support  # tests/unit's synthetic center, counted independently there

    from kadin_danisma.domain import records as r
    from kadin_danisma.domain.roles import Role
    from kadin_danisma.services import settings, shelters, statistics, users
    from kadin_danisma.vault import repositories

    folder = tmp_path_factory.mktemp("stat-vault") / "vault"
    session = vault_service.create_vault(folder, CENTER, ADMIN, ADMIN_NAME, PASSWORD).session
    try:
        users.add_user(session, COUNSELOR, COUNSELOR_NAME, frozenset({Role.COUNSELOR}), PASSWORD)
        users.add_user(session, "zeynep", "Zeynep Danışman", frozenset({Role.COUNSELOR}), PASSWORD)
        users.add_user(session, SUPERVISOR, SUPERVISOR_NAME, frozenset({Role.SUPERVISOR}), PASSWORD)
        shelters.save_shelter(session, r.Shelter(stat_support.SHELTER, "kadin_konukevi", 20))
        _, made = stat_support.build(YEAR)
        stat_support.load(session, made)
        settings.set_province(session, "35")
        statistics.close_due_periods(session)
        with session.write() as conn:
            for user in repositories.list_users(conn):
                repositories.update_user(conn, user.id, must_change_password=0)
    finally:
        session.lock()
    return folder, made


@pytest.fixture
def stat_vault(_stat_template: tuple[Path, list[dict[str, Any]]], tmp_path: Path) -> tuple[Path, list[dict[str, Any]]]:
    folder = tmp_path / "stat-vault"
    shutil.copytree(_stat_template[0], folder)
    return folder, _stat_template[1]
