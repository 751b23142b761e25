"""`kadin-danisma --demo`: a throwaway vault of synthetic cases in a temporary folder, clearly marked DEMO
on every screen, deleted when the app closes. For training and trying the app; never for real cases.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from ..services import demo
from .base.workers import run_in_worker


def _create(folder: Path, n_cases: int) -> None:
    session, _report = demo.create_demo_vault(folder, n_cases)
    session.lock()


def run_demo(app: QApplication, n_cases: int = 300) -> int:
    # A throwaway vault: the KDF floor is enough, and saves a second of calibration.
    os.environ.setdefault("KADIN_DANISMA_SKIP_KDF_CALIBRATION", "1")
    folder = Path(tempfile.mkdtemp(prefix="kadin-danisma-demo-")) / "vault"
    splash = QLabel(app.translate("Demo", "Creating a demo vault with synthetic cases…"))
    splash.setTextFormat(Qt.TextFormat.PlainText)
    splash.setAlignment(Qt.AlignmentFlag.AlignCenter)
    splash.setWindowTitle(app.translate("Demo", "Kadın Danışma — DEMO"))
    splash.resize(480, 160)
    splash.show()
    windows: list[object] = []

    def ready(_result: object) -> None:
        from .main_window import MainWindow

        window = MainWindow(folder, demo=True)
        windows.append(window)
        window.show()
        splash.close()

    def failed(exc: BaseException) -> None:
        splash.setText(app.translate("Demo", "The demo vault could not be created (%1).").replace(
            "%1", type(exc).__name__))

    run_in_worker(splash, lambda: _create(folder, n_cases), ready, failed)
    try:
        return int(app.exec())
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(folder.parent)
