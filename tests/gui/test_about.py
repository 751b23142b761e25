"""The About dialog: reachable from the unlock page and the workspace, by keyboard; shows the version, the
licence, this computer's vault folder and every third-party licence as plain text; works right to left."""

from __future__ import annotations

from pathlib import Path

from gui_support import click, is_gone, sign_in, the_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QWidget

from kadin_danisma import __version__
from kadin_danisma.gui.unlock.about_dialog import COMPONENTS, AboutDialog, license_text
from kadin_danisma.services.paths import default_vault_dir

ROOT = Path(__file__).resolve().parents[2]


def _labels(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_every_component_has_its_licence_text_and_is_listed_in_the_notice() -> None:
    notice = (ROOT / "THIRD_PARTY_LICENSES.md").read_text("utf-8")
    for component in COMPONENTS:
        text = license_text(component)
        assert len(text) > 500, component.name
        first_word = component.name.split(",")[0].split(" (")[0]
        assert first_word in notice, f"{component.name} missing from THIRD_PARTY_LICENSES.md"
    app_text = license_text(COMPONENTS[0])
    assert "GNU GENERAL PUBLIC LICENSE" in app_text and "Version 3" in app_text
    assert app_text == (ROOT / "LICENSE").read_text("utf-8")


def test_about_from_the_unlock_page_by_keyboard(qtbot, window) -> None:
    page = window.unlock_page
    assert page.about_button.accessibleName()
    page.about_button.setFocus()
    qtbot.keyClick(page.about_button, Qt.Key.Key_Space)
    dialog = the_dialog(qtbot, AboutDialog)
    texts = _labels(dialog)
    assert __version__ in texts
    assert "GPL-3.0-or-later" in texts
    assert str(window.unlock_page.vault_folder) in dialog.location.text()
    assert str(default_vault_dir()) in dialog.location.text()  # a --vault folder differs from the default
    # the list has focus; moving through it shows each licence, as plain text
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.components, timeout=3000)
    assert dialog.components.count() == len(COMPONENTS)
    for row, component in enumerate(COMPONENTS):
        qtbot.keyClick(dialog.components, Qt.Key.Key_Down if row else Qt.Key.Key_Home)
        assert dialog.components.currentRow() == row
        assert dialog.text.toPlainText() == license_text(component)
    assert isinstance(dialog.text, QPlainTextEdit) and dialog.text.isReadOnly()
    for widget in (dialog.components, dialog.text):
        assert widget.accessibleName()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=3000)


def test_about_from_the_workspace(qtbot, window) -> None:
    sign_in(qtbot, window)
    workspace = window.workspace
    click(qtbot, workspace.about_button)
    dialog = the_dialog(qtbot, AboutDialog)
    assert str(window.unlock_page.vault_folder) in dialog.location.text()
    dialog.reject()
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=3000)


def test_labels_are_plain_text_and_rtl_layout(qtbot, app, tmp_path: Path) -> None:
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = AboutDialog(tmp_path / "vault")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # licence files are English: read left to right even in a right-to-left interface
        assert dialog.text.layoutDirection() == Qt.LayoutDirection.LeftToRight
        for label in dialog.findChildren(QLabel):
            if label.text():
                assert label.textFormat() == Qt.TextFormat.PlainText or label.buddy() is not None, label.text()
        # the folder is isolated so its slashes do not reorder in a right-to-left line
        assert f"\u2068{tmp_path / 'vault'}\u2069" in dialog.location.text()
        dialog.grab().save("/tmp/kd-about-rtl.png")
        dialog.close()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
