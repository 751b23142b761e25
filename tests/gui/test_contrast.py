"""Contrast (WCAG 2.2): text 4.5:1 against its background, the focus indicator 3:1 against what is around it
and against the same place unfocused. Figures are computed from the palette and the styles (base/styles.py),
and the focus indicator is also measured on rendered pixels, as a person would see it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kadin_danisma.gui.base import styles
from kadin_danisma.gui.base.styles import contrast
from kadin_danisma.gui.base.tables import fill_table, make_table

ROLE = QPalette.ColorRole
TEXT_MINIMUM, FOCUS_MINIMUM = 4.5, 3.0


def colour(palette: QPalette, role: QPalette.ColorRole, group=QPalette.ColorGroup.Active) -> QColor:
    return palette.color(group, role)


def test_the_app_draws_with_the_accessible_palette(app) -> None:
    assert isinstance(app.style(), styles.AppStyle)
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        assert colour(palette, ROLE.Highlight, group) == QColor(styles.HIGHLIGHT)
        assert colour(palette, ROLE.PlaceholderText, group) == QColor(styles.PLACEHOLDER)


@pytest.mark.parametrize("group", [QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive])
def test_text_on_the_palette(group) -> None:
    palette = styles.app_palette()
    pairs = {
        "selected row": (ROLE.HighlightedText, ROLE.Highlight),
        "text": (ROLE.Text, ROLE.Base),
        "text on alternate rows": (ROLE.Text, ROLE.AlternateBase),
        "placeholder": (ROLE.PlaceholderText, ROLE.Base),
        "placeholder on alternate rows": (ROLE.PlaceholderText, ROLE.AlternateBase),
        "window text": (ROLE.WindowText, ROLE.Window),
        "button text": (ROLE.ButtonText, ROLE.Button),
        "link": (ROLE.Link, ROLE.Base),
        "tool tip": (ROLE.ToolTipText, ROLE.ToolTipBase),
    }
    low = {name: round(contrast(colour(palette, fg, group), colour(palette, bg, group)), 2)
           for name, (fg, bg) in pairs.items()}
    assert all(ratio >= TEXT_MINIMUM for ratio in low.values()), low
    assert low["selected row"] >= 6.0 and low["placeholder"] >= 5.5, low


def _style_colours(style: str) -> tuple[str, str]:
    background = re.search(r"background:\s*(#[0-9a-f]{6})", style)
    text = re.search(r"(?<!-)color:\s*(#[0-9a-f]{6})", style)
    assert background and text, style
    return background.group(1), text.group(1)


def test_banners_badges_rows_and_messages() -> None:
    pairs: dict[str, tuple[str, str]] = {}
    for kind, style in styles.BANNER_STYLES.items():
        pairs[f"banner {kind}"] = _style_colours(style)
    for level, (bg, fg, _border) in styles.RISK_STYLES.items():
        pairs[f"risk {level}"] = (bg, fg)
    pairs["warning row"] = (styles.WARNING_ROW[0].name(), styles.WARNING_ROW[1].name())
    pairs["danger row"] = (styles.DANGER_ROW[0].name(), styles.DANGER_ROW[1].name())
    pairs["muted row"] = (styles.MUTED_ROW[0].name(), styles.MUTED_ROW[1].name())
    pairs["error text on a window"] = (styles.WINDOW, styles.ERROR_COLOR)
    pairs["error text in a field"] = (styles.BASE, styles.ERROR_COLOR)
    pairs["note marker"] = styles.NOTE_MARKER
    pairs["muted note text"] = (styles.BASE, styles.NOTE_MUTED)
    pairs["note link"] = (styles.BASE, styles.NOTE_LINK)
    low = {name: round(contrast(bg, fg), 2) for name, (bg, fg) in pairs.items()}
    assert all(ratio >= TEXT_MINIMUM for ratio in low.values()), low


def test_focus_indicator_colours() -> None:
    """The ring (check boxes, tabs, cells) against every background it can be drawn on; the frame of a focused
    field or button (Fusion draws it in the selection colour darkened by 125 %) against its unfocused frame
    (the window colour darkened by 140 %) and the window around it."""
    palette = styles.app_palette()
    backgrounds = {name: colour(palette, role) for name, role in (
        ("window", ROLE.Window), ("field", ROLE.Base), ("alternate row", ROLE.AlternateBase),
        ("selected row", ROLE.Highlight), ("button", ROLE.Button))}
    ring = {name: round(contrast(styles.FOCUS_RING, bg), 2) for name, bg in backgrounds.items()}
    assert all(ratio >= FOCUS_MINIMUM for ratio in ring.values()), ring
    focused_frame = QColor(styles.HIGHLIGHT).darker(125)
    unfocused_frame = QColor(styles.WINDOW).darker(140)
    frame = {"change": contrast(focused_frame, unfocused_frame), "window": contrast(focused_frame, styles.WINDOW),
             "field": contrast(focused_frame, styles.BASE)}
    assert all(ratio >= FOCUS_MINIMUM for ratio in frame.values()), frame


# -- measured on the screen ----------------------------------------------------------------------------------
def _changed(before: QImage, after: QImage) -> list[float]:
    """Per-pixel contrast between the unfocused and the focused picture, for every pixel that changed."""
    assert before.size() == after.size()
    ratios = []
    for y in range(before.height()):
        for x in range(before.width()):
            a, b = before.pixelColor(x, y), after.pixelColor(x, y)
            if a != b:
                ratios.append(contrast(a, b))
    return ratios


def _focus_change(qtbot, widget: QWidget, target: QWidget | None = None) -> tuple[float, int, int]:
    """(strongest change, pixels changing by 3:1 or more, the target's shorter side) when the keyboard focus
    comes to `target`."""
    target = target or widget
    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    decoy = QLineEdit()
    column.addWidget(decoy)
    column.addWidget(widget)
    holder.resize(360, 240)
    with qtbot.waitExposed(holder):
        holder.show()
    holder.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is holder, timeout=5000)
    decoy.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(decoy.hasFocus, timeout=2000)
    before = widget.grab().toImage()
    qtbot.keyClick(decoy, Qt.Key.Key_Tab)  # as she moves with the keyboard
    qtbot.waitUntil(target.hasFocus, timeout=2000)
    after = widget.grab().toImage()
    ratios = _changed(before, after)
    side = min(target.width(), target.height())
    return (max(ratios) if ratios else 1.0), sum(1 for r in ratios if r >= FOCUS_MINIMUM), side


def _table() -> QWidget:
    table = make_table(["Case", "Client"], "Cases")
    fill_table(table, [["KDM-2025-0001", "A"], ["KDM-2025-0002", "B"]], keys=[1, 2])
    table.setCurrentCell(0, 0)
    return table


def _tabs() -> QWidget:
    tabs = QTabWidget()
    for name in ("Notes", "Children"):
        tabs.addTab(QWidget(), name)
    return tabs


@pytest.mark.parametrize("make", [
    QLineEdit, lambda: QPushButton("Save"), lambda: QCheckBox("Never call her at home"), _table, _tabs,
], ids=["field", "button", "check box", "table cell", "tab"])
def test_focus_indicator_on_screen(qtbot, app, make) -> None:
    widget = make()
    target = widget.tabBar() if isinstance(widget, QTabWidget) else widget
    strongest, strong_pixels, side = _focus_change(qtbot, widget, target)
    assert strongest >= FOCUS_MINIMUM, f"the focus changes the picture by {strongest:.2f}:1 at most"
    # A ring, not a speck: at least a line of pixels as long as the shorter side of the widget.
    assert strong_pixels >= side, (strong_pixels, side)
