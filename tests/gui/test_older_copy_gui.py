"""An older copy of the vault folder put back: after the password, the app says so (with the date this
computer last saw the vault) before any workspace; Lock goes back to the unlock screen and notes nothing,
Continue opens the workspace and the next sign-in has no warning."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from gui_support import ADMIN, PASSWORD, WORKER_TIMEOUT, click, read_name, sign_in, submit_unlock
from PySide6.QtCore import Qt

from kadin_danisma.gui.unlock.older_copy_page import OlderCopyPage
from kadin_danisma.gui.workspace.workspace import Workspace


def sign_in_to_warning(qtbot, window) -> OlderCopyPage:  # type: ignore[no-untyped-def]
    submit_unlock(qtbot, window, ADMIN, PASSWORD)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=WORKER_TIMEOUT)
    page = window.workspace
    assert isinstance(page, OlderCopyPage), type(page)
    assert window.stack.currentWidget() is page
    return page


def test_an_older_copy_is_announced_before_the_workspace(qtbot, window, vault, tmp_path: Path) -> None:
    live = vault.folder
    sign_in(qtbot, window)
    window.lock()
    old = tmp_path / "old-copy"
    shutil.copytree(live, old)
    sign_in(qtbot, window)  # work after the copy was taken (the sign-in and lock are audited)
    assert isinstance(window.workspace, Workspace)
    window.lock()
    # Put the old copy back in place of the current folder.
    live.rename(tmp_path / "aside")
    shutil.copytree(old, live)

    page = sign_in_to_warning(qtbot, window)
    when = date.today().strftime("%d.%m.%Y")
    assert when in page.message.text() and "older than the one this computer last opened" in page.message.text()
    assert page.message.textFormat() == Qt.TextFormat.PlainText
    assert page.lock_button.hasFocus(), "the safe choice has the keyboard focus"
    for button in (page.lock_button, page.continue_button):
        assert read_name(button) and button.isVisible() and button.isEnabled()
    window.resize(900, 560)
    qtbot.wait(50)
    window.grab().save("/tmp/older-copy-warning.png")

    click(qtbot, page.lock_button)
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    assert window.stack.currentWidget() is window.unlock_page and window.workspace is None

    # Locking noted nothing: the warning comes back; this time she goes on, by keyboard.
    page = sign_in_to_warning(qtbot, window)
    session = window.session
    page.continue_button.setFocus()
    qtbot.keyClick(page.continue_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(window.workspace, Workspace), timeout=WORKER_TIMEOUT)
    assert window.stack.currentWidget() is window.workspace and window.session is session
    assert session.older_copy is None
    window.lock()

    sign_in(qtbot, window)
    assert isinstance(window.workspace, Workspace), "accepted once: no warning at the next sign-in"
    window.lock()


def test_a_lock_while_the_warning_is_shown_closes_the_vault(qtbot, window, vault, tmp_path: Path) -> None:
    live = vault.folder
    sign_in(qtbot, window)
    window.lock()
    shutil.copytree(live, tmp_path / "old")
    sign_in(qtbot, window)
    window.lock()
    shutil.rmtree(live)
    shutil.copytree(tmp_path / "old", live)
    page = sign_in_to_warning(qtbot, window)
    session = window.session
    qtbot.keyClick(page.lock_button, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L, anywhere
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    assert not session.is_open
    assert window.stack.currentWidget() is window.unlock_page
