"""Right-to-left layouts and the Turkish translation."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_support import click, click_tab, sign_in, the_dialog, wait_overview
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

import kadin_danisma
from kadin_danisma.gui.admin.account_dialogs import AddUserDialog
from kadin_danisma.gui.base.preferences import install_translations

ROOT = Path(__file__).resolve().parents[2]
QM = Path(kadin_danisma.__file__).parent / "translations" / "kadin_danisma_tr.qm"
TS = ROOT / "translations" / "kadin_danisma_tr.ts"


@pytest.fixture
def rtl(app: QApplication) -> Iterator[None]:
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def turkish_qm() -> Path:
    """The compiled Turkish catalogue; normally built by `make translations`, built here if missing."""
    if not QM.exists():
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        QM.parent.mkdir(exist_ok=True)
        done = subprocess.run([str(lrelease), str(TS), "-qm", str(QM)], capture_output=True, text=True,
                              check=False)
        assert done.returncode == 0 and QM.exists(), f"pyside6-lrelease failed: {done.stdout}{done.stderr}"
    return QM


@pytest.fixture
def turkish(app: QApplication, turkish_qm: Path) -> Iterator[None]:
    translators = install_translations(app, "tr")
    assert translators, "the Turkish catalogue did not load"
    yield
    install_translations(app, "en")  # removes the translators it installed (the app fixture restores QLocale)


def x_in(widget: QWidget, ancestor: QWidget) -> int:
    return widget.mapTo(ancestor, QPoint(0, 0)).x()


def test_unlock_page_and_workspace_right_to_left(qtbot, rtl, make_window, vault) -> None:
    window = make_window(vault.folder)
    page = window.unlock_page
    assert window.isRightToLeft() and page.isRightToLeft() and page.username.isRightToLeft()
    # Mirrored: "Unlock" sits at the left end of its row, the recovery-key button at the right.
    assert x_in(page.unlock_button, page) < x_in(page.use_recovery, page)

    sign_in(qtbot, window)
    wait_overview(qtbot, window)
    workspace = window.workspace
    for widget in (workspace, workspace.tabs, workspace.overview, workspace.users_page, workspace.settings_page):
        assert widget.isRightToLeft(), type(widget).__name__
    # The lock button is at the far left in a mirrored layout.
    assert x_in(workspace.lock_button, workspace) < x_in(workspace.change_password_button, workspace)

    click_tab(qtbot, window, window.workspace.users_page)
    click(qtbot, workspace.users_page.add_button)
    dialog = the_dialog(qtbot, AddUserDialog)
    assert dialog.isRightToLeft() and dialog.pair.first.isRightToLeft()


def test_first_run_wizard_right_to_left(qtbot, rtl, make_window, tmp_path: Path) -> None:
    window = make_window(tmp_path / "bos")
    wizard = window.wizard
    assert wizard is not None and wizard.isRightToLeft()
    assert wizard.center_page.center.isRightToLeft()


def test_turkish_translation(qtbot, turkish, make_window, vault) -> None:
    window = make_window(vault.folder)
    page = window.unlock_page
    text = page.unlock_button.text()
    assert text and text != "&Unlock", text
    assert page.use_recovery.text() != "Use the &recovery key…"
    # The workspace builds in Turkish as well, and the window title carries no vault data.
    sign_in(qtbot, window)
    assert window.workspace.lock_button.text() != "&Lock (Ctrl+L)"
    assert "Çankaya" not in window.windowTitle()


def test_language_switch_on_the_unlock_screen(qtbot, turkish_qm, make_window, vault, private_home: Path) -> None:
    window = make_window(vault.folder)
    page = window.unlock_page
    assert page.language.currentData() == "en"
    qtbot.keyClicks(page.username, "koordinator")
    # Choose Türkçe with the keyboard: the screen is rebuilt in Turkish, the user name kept.
    page.language.setFocus()
    qtbot.keyClick(page.language, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: window.unlock_page is not page, timeout=2000)
    turkish_page = window.unlock_page
    assert window.stack.currentWidget() is turkish_page
    assert turkish_page.language.currentData() == "tr"
    assert turkish_page.unlock_button.text() != "&Unlock"
    assert turkish_page.username.text() == "koordinator"
    # The choice is remembered for this computer only, inside the (test) home folder.
    settings_files = [p for p in private_home.rglob("*") if p.is_file()]
    assert settings_files, "the language choice was not saved"
    assert all("koordinator" not in p.read_text("utf-8", "replace") for p in settings_files)
    sign_in(qtbot, window)
    assert not window.is_locked
