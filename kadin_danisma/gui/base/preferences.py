"""This computer's preferences: the interface language (Turkish by default, or English) and the text size.

They live in QSettings under a whitelist of non-identifying keys (`SETTINGS_WHITELIST`); every read and write
goes through `preference` / `set_preference`, which refuse any other key, so nothing about cases, users or the
vault's content can be written there.
"""

from __future__ import annotations

import math
from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from ...services.paths import APP_NAME
from .scaling import text_size_changed

LANGUAGES = ("tr", "en")
# store/server: this workstation's center server address (host, database, CA file; never a user or password).
SETTINGS_WHITELIST = frozenset({"ui/language", "ui/font_size", "store/server"})
FONT_SIZES = (9, 10, 11, 12, 13, 14, 16, 18, 20, 24)  # points; the default is the platform's own size


def _settings(key: str) -> QSettings:
    if key not in SETTINGS_WHITELIST:
        raise ValueError(f"not a per-computer preference: {key}")
    return QSettings(APP_NAME, APP_NAME)


def preference(key: str, default: object = None) -> object:
    """A whitelisted preference of this computer (the default when it was never set)."""
    return _settings(key).value(key, default)


def set_preference(key: str, value: object) -> None:
    _settings(key).setValue(key, value)


def forget_preference(key: str) -> None:
    _settings(key).remove(key)


def stored_font_size() -> float:
    """The text size chosen on this computer in points, 0 for the platform's own."""
    try:
        size = float(str(preference("ui/font_size", 0) or 0))
    except (TypeError, ValueError):
        return 0.0
    return size if math.isfinite(size) else 0.0  # "nan" or "inf" in the settings file: the platform's size


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
    set_preference("ui/language", language)


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
    if font.pointSizeF() == size:
        return size
    font.setPointSizeF(size)
    app.setFont(font)
    text_size_changed()
    return size


def step_font_size(direction: int) -> float:
    """One step larger (+1) or smaller (-1), or back to the default (0); remembered for this computer."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return 0.0
    if direction == 0:
        forget_preference("ui/font_size")
        return apply_font_size(None)
    current = app.font().pointSizeF()
    if direction > 0:
        bigger = [s for s in FONT_SIZES if s > current + 0.1]
        target = bigger[0] if bigger else FONT_SIZES[-1]
    else:
        smaller = [s for s in FONT_SIZES if s < current - 0.1]
        target = smaller[-1] if smaller else FONT_SIZES[0]
    set_preference("ui/font_size", target)
    return apply_font_size(target)


def current_language() -> str:
    return "tr" if any(_installed) else "en"
