"""Run by test_signal_lock in a process of its own: the real `run_gui` (which installs the signal handling)
on the vault given on the command line, signed in by keyboard as the given user, with a new intake half
typed; then "READY" on stdout, and the event loop waits for the test's signal. (Not a test module.)

Arguments: vault folder, user name, password, a name to type into the intake.
"""

from __future__ import annotations

import os
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["KADIN_DANISMA_SKIP_KDF_CALIBRATION"] = "1"

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kadin_danisma.gui.app import make_app, run_gui
from kadin_danisma.gui.main_window import MainWindow

DEADLINE_S = 30


def main() -> int:
    folder, username, password, name = sys.argv[1:5]
    make_app()  # run_gui uses this application; the timer below needs it first
    started = time.monotonic()

    def window() -> MainWindow | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        return found[0] if found else None

    def step(state: str) -> None:
        if time.monotonic() - started > DEADLINE_S:
            print(f"TIMEOUT {state}", flush=True)
            os._exit(3)
        w = window()
        if state == "unlock" and w is not None:
            QTest.keyClicks(w.unlock_page.username, username)
            QTest.keyClicks(w.unlock_page.password, password)
            QTest.keyClick(w.unlock_page.password, Qt.Key.Key_Return)
            state = "workspace"
        elif state == "workspace" and w is not None and w.workspace is not None:
            QTest.mouseClick(w.workspace.new_intake_button, Qt.MouseButton.LeftButton)
            QTest.keyClicks(w.workspace.tabs.currentWidget().full_name, name)
            print("READY", flush=True)
            return
        QTimer.singleShot(20, lambda: step(state))

    QTimer.singleShot(0, lambda: step("unlock"))
    return run_gui(["--vault", folder, "--lang", "en"])


if __name__ == "__main__":
    sys.exit(main())
