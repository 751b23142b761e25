"""Run by test_drafts_gui in a process of its own, which the test then kills with SIGKILL: sign in to the
vault given on the command line as a counselor, half fill a new intake by keyboard, wait for the draft
autosave, say "SAVED" and wait to be killed. (Not a test module: pytest collects only test_*.py.)

Arguments: vault folder, user name, password, then the values to type: full name, birth year, child's name.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["KADIN_DANISMA_SKIP_KDF_CALIBRATION"] = "1"

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kadin_danisma.gui.app import make_app
from kadin_danisma.gui.intake.form import IntakePage
from kadin_danisma.gui.main_window import MainWindow

AUTOSAVE_MS = 300
DEADLINE_S = 20


def wait_for(app: QApplication, condition, what: str) -> None:
    end = time.monotonic() + DEADLINE_S
    while not condition():
        if time.monotonic() > end:
            print(f"TIMEOUT {what}", flush=True)
            os._exit(3)
        app.processEvents()
        time.sleep(0.005)


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
            key = Qt.Key.Key_unknown if not ch.isascii() else Qt.Key(ord(ch.upper()))
            QTest.sendKeyEvent(action, widget, key, ch, Qt.KeyboardModifier.NoModifier)


def main() -> None:
    folder, username, password, full_name, birth_year, child = sys.argv[1:7]
    app = make_app()
    window = MainWindow(Path(folder))
    window.autosave_override_ms = AUTOSAVE_MS
    window.idle_override_ms = 600_000
    window.show()
    page = window.unlock_page
    type_text(page.username, username)
    type_text(page.password, password)
    QTest.keyClick(page.password, Qt.Key.Key_Return)
    wait_for(app, lambda: window.workspace is not None, "sign-in")
    workspace = window.workspace
    button = workspace.new_intake_button
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    intake = workspace.tabs.currentWidget()
    assert isinstance(intake, IntakePage)
    saved: list[int] = []
    workspace.ctx.drafts.saved.connect(saved.append)
    type_text(intake.full_name, full_name)
    type_text(intake.birth_year, birth_year)
    QTest.keyClick(intake.violence_types.boxes["economic"], Qt.Key.Key_Space)
    QTest.mouseClick(intake.child_list.add_button, Qt.MouseButton.LeftButton)
    type_text(intake.child_list.editor.name, child)
    typed = intake.draft_state()
    saved.clear()
    wait_for(app, lambda: bool(saved), "autosave")
    assert typed is not None and intake.draft_state() == typed
    print("SAVED", flush=True)
    while True:  # killed here, never locked, never closed
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    main()
