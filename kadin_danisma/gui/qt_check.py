"""The Qt part of `kadin-danisma self-check`: are Qt's translations, plugins and the app's icon usable here?

It runs headless (a QGuiApplication on the offscreen platform, asked for explicitly so that a machine
without a display does not abort), and only when the CLI finds PySide6 importable. The checks matter most in
the packaged bundle, where a missing plugin or catalogue would otherwise only show as a broken window.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from ..services.self_check import Check
from .base.icons import ICON_SIZES, app_icon
from .base.preferences import LANGUAGES

# The platform plugin that draws windows on this system (file stems as Qt names them).
_NATIVE_PLATFORMS = {"win32": ("qwindows",), "darwin": ("qcocoa",)}
_LINUX_PLATFORMS = ("qxcb", "qwayland")
_keep: list[QApplication] = []  # the application made here lives until the process ends


def _plugin_names(folder: Path) -> set[str]:
    names = set()
    for path in folder.glob("*"):
        stem = path.name.split(".")[0]
        names.add(stem[3:] if stem.startswith("lib") and sys.platform != "win32" else stem)
    return names


def checks() -> Iterator[Check]:
    # Our catalogue and Qt's own (standard buttons), for every language besides English.
    for language in LANGUAGES:
        if language == "en":
            continue
        ours = QTranslator()
        qm = resources.files("kadin_danisma").joinpath(f"translations/kadin_danisma_{language}.qm")
        qt = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        loaded_ours = ours.load(str(qm))
        loaded_qt = qt.load(f"qtbase_{language}", qt_dir)
        yield Check(f"qt_translations.{language}", loaded_ours and loaded_qt,
                    f"kadin_danisma_{language}.qm {'loaded' if loaded_ours else 'MISSING'}, "
                    f"qtbase_{language}.qm {'loaded' if loaded_qt else 'MISSING'}")

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    present = _plugin_names(plugins)
    wanted = (*_NATIVE_PLATFORMS.get(sys.platform, _LINUX_PLATFORMS), "qoffscreen")
    missing = [name for name in wanted if name not in present]
    yield Check("qt_platform_plugins", not missing,
                f"missing: {', '.join(missing)}" if missing else ", ".join(wanted) + " present")

    # A GUI application on the offscreen platform: proves Qt's GUI and widget libraries load, and the icon.
    if QGuiApplication.instance() is None:
        # A QApplication (not only QGuiApplication): it loads QtWidgets too, and a later make_app() in the
        # same process (tests) can reuse it.
        _keep.append(QApplication([sys.argv[0] if sys.argv else "kadin-danisma", "-platform", "offscreen"]))
    icon: QIcon = app_icon()
    sizes = sorted({s.width() for s in icon.availableSizes()})
    ok = not icon.isNull() and all(s in sizes for s in ICON_SIZES)
    yield Check("qt_gui", ok, f"{QGuiApplication.platformName()} platform started; app icon at {sizes} px")
