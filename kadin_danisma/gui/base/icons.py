"""The app icon (drawn by scripts/make_icons.py, shipped as PNGs in resources/icons/) as a QIcon.

Every PNG size is added, so the title bar, the task bar and the Alt+Tab switcher each get a sharp one
instead of a scaled copy.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon

ICON_NAME = "kadin-danisma"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources.files("kadin_danisma").joinpath("resources/icons")
    for size in ICON_SIZES:
        icon.addFile(str(folder.joinpath(f"{ICON_NAME}-{size}.png")))
    return icon
