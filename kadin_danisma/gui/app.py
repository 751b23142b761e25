"""Starting the GUI: the QApplication, Turkish (default) or English translations, the main window.

Per-machine preferences live in QSettings under a whitelist of non-identifying keys; nothing about
cases, users or the vault's content is ever written there.
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..services.paths import APP_NAME, default_vault_dir
from .icons import app_icon

LANGUAGES = ("tr", "en")
SETTINGS_WHITELIST = frozenset({"ui/language", "ui/font_size"})
FONT_SIZES = (9, 10, 11, 12, 13, 14, 16, 18, 20, 24)  # points; the default is the platform's own size


def preferences() -> QSettings:
    return QSettings(APP_NAME, APP_NAME)


_installed: list[QTranslator] = []


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own strings (standard buttons) for the language; English needs none.
    Translators installed by an earlier call are removed first, so the language can change at run time."""
    while _installed:
        app.removeTranslator(_installed.pop())
    translators = _installed
    QLocale.setDefault(QLocale(QLocale.Language.Turkish if language == "tr" else QLocale.Language.English))
    if language == "en":
        return translators
    ours = QTranslator(app)
    qm = resources.files("kadin_danisma").joinpath(f"translations/kadin_danisma_{language}.qm")
    if ours.load(str(qm)):
        app.installTranslator(ours)
        translators.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for base in ("qtbase", "qt"):
        qt = QTranslator(app)
        if qt.load(f"{base}_{language}", qt_dir):
            app.installTranslator(qt)
            translators.append(qt)
            break
    return translators


def switch_language(language: str) -> None:
    """Install the language now and remember it for this computer (a whitelisted, non-identifying key)."""
    app = QApplication.instance()
    if language not in LANGUAGES or not isinstance(app, QApplication):
        return
    install_translations(app, language)
    preferences().setValue("ui/language", language)


def _base_point_size(app: QApplication) -> float:
    base = app.property("kdBaseFontSize")
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty("kdBaseFontSize", base)
    return float(base)


def apply_font_size(points: float | None) -> float:
    """Set the interface text size for the whole app (None: the platform default); returns it. Every
    layout is built from font metrics, so the windows grow with it."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return 0.0
    base = _base_point_size(app)
    size = float(points) if points else base
    size = min(max(size, FONT_SIZES[0]), FONT_SIZES[-1]) if points else base
    font = app.font()
    font.setPointSizeF(size)
    app.setFont(font)
    return size


def step_font_size(direction: int) -> float:
    """One step larger (+1) or smaller (-1), or back to the default (0); remembered for this computer."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return 0.0
    if direction == 0:
        preferences().remove("ui/font_size")
        return apply_font_size(None)
    current = app.font().pointSizeF()
    if direction > 0:
        bigger = [s for s in FONT_SIZES if s > current + 0.1]
        target = bigger[0] if bigger else FONT_SIZES[-1]
    else:
        smaller = [s for s in FONT_SIZES if s < current - 0.1]
        target = smaller[-1] if smaller else FONT_SIZES[0]
    preferences().setValue("ui/font_size", target)
    return apply_font_size(target)


def current_language() -> str:
    return "tr" if any(_installed) else "en"


def _args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kadin-danisma", description="Kadın Danışma (GUI)")
    parser.add_argument("--vault", type=Path, help="vault folder (default: the platform data folder)")
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
    app.setDesktopFileName("kadin-danisma")  # Wayland shows the icon of the .desktop file with this name
    return app


def run_gui(argv: list[str]) -> int:
    args = _args(argv)
    app = make_app()
    prefs = preferences()
    language = args.lang or str(prefs.value("ui/language", "tr"))
    if language not in LANGUAGES:
        language = "tr"
    if args.lang:
        prefs.setValue("ui/language", args.lang)
    install_translations(app, language)
    try:
        font_size = float(str(prefs.value("ui/font_size", 0) or 0))
    except (TypeError, ValueError):
        font_size = 0.0
    apply_font_size(font_size or None)
    if args.rtl:
        from PySide6.QtCore import Qt

        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    from .main_window import MainWindow

    if args.demo:
        from .demo_mode import run_demo

        return run_demo(app, args.demo_cases)
    window = MainWindow(args.vault or default_vault_dir())
    window.show()
    return int(app.exec())
