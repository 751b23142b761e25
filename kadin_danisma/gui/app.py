"""Starting the GUI: the command-line options, the QApplication with its icon, this computer's language and
text size (base/preferences.py), then the main window (or the demo)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .. import __version__
from ..services.paths import APP_NAME, default_vault_dir
from .base.icons import app_icon
from .base.preferences import (
    LANGUAGES,
    apply_font_size,
    install_translations,
    preference,
    set_preference,
    stored_font_size,
)
from .base.styles import apply_style


def _args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kadin-danisma", description="Kadın Danışma (GUI)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--vault", type=Path, help="vault folder (default: the platform data folder)")
    where.add_argument("--server", metavar="DSN", help="sign in to the center server at this address "
                                                        "(remembered on this computer; docs/server.md)")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default: Turkish)")
    parser.add_argument("--rtl", action="store_true", help="right-to-left layout (for checking layouts)")
    parser.add_argument("--demo", action="store_true",
                        help="open a throwaway vault of synthetic cases (deleted when the app closes)")
    parser.add_argument("--demo-cases", type=int, default=300, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("Kadın Danışma")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())  # every window and dialog inherits it
    apply_style(app)  # Fusion, the palette and the focus ring (base/styles.py): the same contrast everywhere
    app.setDesktopFileName("kadin-danisma")  # Wayland shows the icon of the .desktop file with this name
    return app


def run_gui(argv: list[str]) -> int:
    args = _args(argv)
    app = make_app()
    from .interrupts import install

    install(app)  # Ctrl+C, SIGTERM, SIGHUP: lock, then end with 128 + the signal's number
    language = args.lang or str(preference("ui/language", "tr"))
    if language not in LANGUAGES:
        language = "tr"
    if args.lang:
        set_preference("ui/language", args.lang)
    install_translations(app, language)
    apply_font_size(stored_font_size() or None)
    if args.rtl:
        from PySide6.QtCore import Qt

        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    from .main_window import MainWindow

    if args.demo:
        from .demo_mode import run_demo

        return run_demo(app, args.demo_cases)
    server = "" if args.vault else str(args.server or preference("store/server", "") or "")
    window = MainWindow(args.vault or default_vault_dir(), server=server)
    window.show()
    return int(app.exec())
