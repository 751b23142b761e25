"""The one place for colours: the style sheet of error texts and of fields marked invalid, and the styles of
banners and risk badges.

Error texts and marked fields are styled by a dynamic property that the one style sheet (`STYLE_SHEET`)
selects on: `set_error(label, True)` turns a message red and bold, `set_invalid(field, True)` draws the red
frame. The sheet is set on the widget itself, not on the application: an application style sheet stops
QApplication.setFont from reaching the widgets, and the text size setting relies on it. Every colour pair
passes WCAG AA contrast (4.5:1) on its background, and no colour is ever the only signal: the text says what
is wrong.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

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
