"""The one place for colours: the palette and the focus indicator of every widget, the style sheet of error
texts and of fields marked invalid, and the styles of banners and risk badges.

The app draws with Qt's Fusion style on every platform, with the light palette below set explicitly (a dark
or high-contrast desktop theme is not followed, so the contrast figures hold everywhere; they are computed in
tests/gui/test_contrast.py). Fusion's own choices fail WCAG: white on its selection blue is 3.7:1, its
placeholder text 3.9:1, and its focus frame changes by 2.3:1 (a half-transparent frame for check boxes, tabs and
table cells: 1.6:1). Here the selection is darker (6.5:1), the placeholder 5.9:1, and `AppStyle` draws the
focus frame of check boxes, tabs and cells as a solid ring (FOCUS_RING) that stands out 3:1 or more from every
background it can be drawn on, the selected row included; the frame of a focused field or button, which
Fusion derives from the selection colour, changes by 3.8:1.

Error texts and marked fields are styled by a dynamic property that the one style sheet (`STYLE_SHEET`)
selects on: `set_error(label, True)` turns a message red and bold, `set_invalid(field, True)` draws the red
frame. The sheet is set on the widget itself, not on the application: an application style sheet stops
QApplication.setFont from reaching the widgets, and the text size setting relies on it. Every colour pair
passes WCAG AA contrast (4.5:1) on its background, and no colour is ever the only signal: the text says what
is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionTab,
    QStyleOptionViewItem,
    QWidget,
)

from .lines import language_direction, whole_line

# -- the palette ---------------------------------------------------------------------------------------------
WINDOW, BASE, ALTERNATE_BASE, TEXT = "#efefef", "#ffffff", "#f7f7f7", "#000000"
HIGHLIGHT, HIGHLIGHTED_TEXT = "#1c5fa8", "#ffffff"  # a selected row: 6.5:1
PLACEHOLDER = "#646464"  # 5.9:1 on white, 5.5:1 on the alternate rows
LINK = "#0b4f9c"
CHART_BAR = "#2f6db5"  # a report's bars: 5.2:1 on white (WCAG 1.4.11 asks 3:1 of graphics)
DISABLED_TEXT = "#8a8a8a"  # disabled controls are exempt from the contrast rule, but still readable
FOCUS_RING = "#000000"  # 3.3:1 or more against every colour above, the selection included
FOCUS_RING_WIDTH = 2

_ROLES = QPalette.ColorRole
_COLOURS = {
    _ROLES.Window: WINDOW, _ROLES.WindowText: TEXT, _ROLES.Base: BASE, _ROLES.AlternateBase: ALTERNATE_BASE,
    _ROLES.Text: TEXT, _ROLES.Button: WINDOW, _ROLES.ButtonText: TEXT, _ROLES.BrightText: "#ffffff",
    _ROLES.Light: "#ffffff", _ROLES.Midlight: "#cacaca", _ROLES.Mid: "#b8b8b8", _ROLES.Dark: "#9f9f9f",
    _ROLES.Shadow: "#767676", _ROLES.Highlight: HIGHLIGHT, _ROLES.HighlightedText: HIGHLIGHTED_TEXT,
    _ROLES.Accent: HIGHLIGHT, _ROLES.Link: LINK, _ROLES.LinkVisited: "#5c2d91", _ROLES.ToolTipBase: "#ffffdc",
    _ROLES.ToolTipText: TEXT, _ROLES.PlaceholderText: PLACEHOLDER,
}
_DISABLED = {_ROLES.WindowText: DISABLED_TEXT, _ROLES.Text: DISABLED_TEXT, _ROLES.ButtonText: DISABLED_TEXT,
             _ROLES.Base: WINDOW, _ROLES.Highlight: "#919191", _ROLES.PlaceholderText: DISABLED_TEXT}


def app_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


class AppStyle(QProxyStyle):
    """Fusion, with the focus frame of check boxes, radio buttons, tabs, list items and table cells drawn as a
    solid ring. Only that frame is drawn here: every other call goes straight to Fusion. (Each call passing
    through Python costs: a full paint of a dense window takes 2–3 ms more (40–70 %), measured with 150
    widgets and a 200-cell table.)"""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        if element != QStyle.PrimitiveElement.PE_FrameFocusRect:
            super().drawPrimitive(element, option, painter, widget)
            return
        if not option.state & QStyle.StateFlag.State_KeyboardFocusChange:
            return  # as Fusion: no ring after a mouse click, only when she moves with the keyboard
        draw_focus_ring(painter, option.rect)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
                    widget: QWidget | None = None) -> None:
        if (element == QStyle.ControlElement.CE_ItemViewItem and isinstance(option, QStyleOptionViewItem)
                and _mirrored(option.direction) and option.text):
            cell = QStyleOptionViewItem(option)
            cell.text = whole_line(option.text)
            super().drawControl(element, cell, painter, widget)
            return
        # A tab's focus frame is drawn inside Qt's common style without going through this proxy: the label
        # is drawn without it, and the ring here.
        focus = QStyle.StateFlag.State_HasFocus
        if (element != QStyle.ControlElement.CE_TabBarTabLabel or not option.state & focus
                or not isinstance(option, QStyleOptionTab)):
            super().drawControl(element, option, painter, widget)
            return
        plain = QStyleOptionTab(option)
        plain.state = option.state & ~focus
        super().drawControl(element, plain, painter, widget)
        if option.state & QStyle.StateFlag.State_KeyboardFocusChange:
            frame = self.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, widget)
            draw_focus_ring(painter, option.rect.adjusted(frame + 1, frame, -frame - 1, -frame))

    def drawItemText(self, painter: QPainter, rect: QRect, flags: int, palette: QPalette | Qt.GlobalColor | QColor,
                     enabled: bool, text: str, role: QPalette.ColorRole = QPalette.ColorRole.NoRole) -> None:
        # Buttons, tabs, headers and group titles are drawn in the layout's direction: Turkish words in a
        # mirrored layout (--rtl) would read "…Hakkında". They are isolated in the language's direction.
        if text and _mirrored(painter.layoutDirection()):
            text = whole_line(text)
        super().drawItemText(painter, rect, flags, palette, enabled, text, role)


def _mirrored(direction: Qt.LayoutDirection) -> bool:
    """Drawn right to left in a language that reads left to right (or the other way round)."""
    return direction == Qt.LayoutDirection.RightToLeft and language_direction() != direction


def draw_focus_ring(painter: QPainter, rect: QRect) -> None:
    painter.save()
    pen = QPen(QColor(FOCUS_RING))
    pen.setWidth(FOCUS_RING_WIDTH)
    pen.setJoinStyle(pen.joinStyle().MiterJoin)
    painter.setPen(pen)
    painter.setBrush(QColor(0, 0, 0, 0))
    painter.drawRect(rect.adjusted(0, 0, -1, -1))  # the pen straddles the frame: a pixel out, a pixel in
    painter.restore()


def apply_style(app: QApplication) -> None:
    """Fusion with the focus ring, and the palette above, for the whole app (once; later calls do nothing)."""
    if isinstance(app.style(), AppStyle):
        return
    style = AppStyle(QStyleFactory.create("Fusion"))
    _kept.append(style)  # the Python half holds the override: it must live as long as the app uses it
    app.setStyle(style)
    app.setPalette(app_palette())


_kept: list[AppStyle] = []


def luminance(colour: str | QColor) -> float:
    """WCAG relative luminance."""
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(first: str | QColor, second: str | QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    a, b = luminance(first), luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)

ERROR_COLOR = "#9b1c1c"  # text: 7.6:1 on white
INVALID_COLOR = "#b3261e"  # the frame of a field with a problem
INVALID_BACKGROUND = "#fde7e9"
ROLE = "kdRole"  # values: "error", "strong"
INVALID = "invalid"

# Spin boxes are not in the list: a style sheet border would replace their native arrows (see set_invalid).
_FIELDS = ("QLineEdit", "QPlainTextEdit", "QTextEdit", "QComboBox", "QListView", "QGroupBox", "QCheckBox",
           ".QWidget")
STYLE_SHEET = "\n".join([
    f'QLabel[{ROLE}="error"] {{ color: {ERROR_COLOR}; font-weight: bold; }}',
    f'QLabel[{ROLE}="strong"] {{ font-weight: bold; }}',
    ", ".join(f'{kind}[{INVALID}="true"]' for kind in _FIELDS)
    + f" {{ border: 2px solid {INVALID_COLOR}; border-radius: 3px; }}",
])

# Banners: background, text and border; the text on each passes AA contrast.
BANNER_STYLES = {
    "warning": "background: #fff4ce; color: #3d2b00; padding: 6px; border: 1px solid #c9a227;",
    "danger": "background: #fde7e9; color: #5c0a0a; padding: 6px; border: 2px solid #b3261e;",
    "info": "background: #e8f0fe; color: #0b2a5b; padding: 6px; border: 1px solid #5b7fc7;",
    "done": "background: #e6f4ea; color: #0f3d1f; padding: 6px; border: 1px solid #5b9b6b;",
    "demo": "background: #7a1f1f; color: #ffffff; font-weight: bold; padding: 6px;",
}
# The notes timeline (a QTextDocument, drawn with formats rather than style sheets).
NOTE_MARKER = ("#3d2b00", "#ffffff")  # background and text of the "never export" marker
NOTE_MUTED, NOTE_BORDER, NOTE_LINK = "#404040", "#9e9e9e", "#0b4f9c"
WARNING_ROW = (QColor("#fff4ce"), QColor("#3d2b00"))  # a table row that needs attention soon
DANGER_ROW = (QColor("#fde7e9"), QColor("#5c0a0a"))  # a table row that is at its limit
MUTED_ROW = (QColor("#e3e3e3"), QColor("#404040"))  # a table row kept for the record only (a removed partner)

# Background, text and border for each risk level: the text always names the level, so the colour is never
# the only signal.
RISK_STYLES = {
    "low": ("#e6f4ea", "#1e4620", "#2e7d32"),
    "medium": ("#fff4ce", "#3d2b00", "#c9a227"),
    "high": ("#fde7e9", "#7a1010", "#c62828"),
    "very_high": ("#7a1010", "#ffffff", "#4a0000"),
    None: ("#eeeeee", "#303030", "#9e9e9e"),
}


def risk_style(level: str | None) -> str:
    bg, fg, border = RISK_STYLES.get(level, RISK_STYLES[None])
    return (f"background: {bg}; color: {fg}; border: 2px solid {border}; border-radius: 4px;"
            " padding: 2px 8px; font-weight: bold;")


def _restyle(widget: QWidget) -> None:
    """The one style sheet while the widget has a role or a mark, none otherwise (setting it repolishes)."""
    wanted = STYLE_SHEET if widget.property(ROLE) or widget.property(INVALID) else ""
    if widget.styleSheet() != wanted:
        widget.setStyleSheet(wanted)
    else:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def set_role(widget: QWidget, role: str) -> None:
    """"error" (red, bold), "strong" (bold) or "" (plain)."""
    if (widget.property(ROLE) or "") != role:
        widget.setProperty(ROLE, role)
        _restyle(widget)


def set_error(widget: QWidget, error: bool) -> None:
    set_role(widget, "error" if error else "")


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """The red frame of a field with a problem (the caller says what the problem is, in words)."""
    if bool(widget.property(INVALID)) == invalid:
        return
    widget.setProperty(INVALID, invalid)
    if isinstance(widget, QAbstractSpinBox):
        # Tinted through the palette (Fusion draws the frame from the window colour), arrows left alone.
        palette = QPalette()
        if invalid:
            palette = widget.palette()
            palette.setColor(QPalette.ColorRole.Base, QColor(INVALID_BACKGROUND))
            palette.setColor(QPalette.ColorRole.Window, QColor(INVALID_COLOR))
        widget.setPalette(palette)
        return
    _restyle(widget)
