"""Everything that must follow the text size when she changes it (Ctrl++, Ctrl+-, Ctrl+0, the settings page),
in one place.

QApplication.setFont reaches every widget whose font was left alone, but not:
- a widget with a style sheet (banners, badges, marked fields): Qt resolves its font once, when the sheet is
  set, so the sheet is set again;
- a font made from a size (a heading 1.3 times the text, the recovery key): it is made again from the new size;
- sizes computed from the text at construction (column widths, a list as wide as its longest entry, a text box
  three lines high): the widget registers how to compute them (`follow`), and that is run again.
`text_size_changed` does all three, after the application font changed (preferences.apply_font_size).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QPlainTextEdit, QTextEdit, QWidget

_FOLLOWS = "kdFollowsTextSize"
_HOOK = "_kd_text_size_hook"


def follow(widget: QWidget, fit: Callable[[QWidget], object], what: str = "") -> None:
    """Run `fit(widget)` now and again whenever the text size changes; a later `fit` for the same `what`
    (font, height, width, columns) replaces the earlier one."""
    hooks: dict[str, Callable[[QWidget], object]] | None = getattr(widget, _HOOK, None)
    if hooks is None:
        hooks = {}
        setattr(widget, _HOOK, hooks)
    hooks[what] = fit
    widget.setProperty(_FOLLOWS, True)
    fit(widget)


def scaled_font(scale: float = 1.0, *, bold: bool = False, family: str = "",
                monospace: bool = False) -> QFont:
    """The interface font `scale` times as large (a heading), bold, or in another family."""
    font = QFont(QApplication.font())
    if family:
        font.setFamily(family)
    if monospace:
        font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def set_scaled_font(widget: QWidget, scale: float = 1.0, *, bold: bool = False, family: str = "",
                    monospace: bool = False) -> None:
    """Give the widget a font in proportion to the interface text, kept in proportion when the size changes."""
    follow(widget, lambda w: w.setFont(scaled_font(scale, bold=bold, family=family, monospace=monospace)), "font")


def text_size_changed() -> None:
    """The application font changed: refresh what does not follow on its own (see the module's docstring)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
    followers = [w for w in app.allWidgets() if w.property(_FOLLOWS)]
    for what in ("font", None):  # fonts first: the other sizes are measured in them
        for widget in followers:
            for key, fit in dict(getattr(widget, _HOOK, {})).items():
                if (key == "font") == (what == "font"):
                    fit(widget)


def _lines_height(widget: QWidget, lines: float) -> int:
    extra = 2 * widget.frameWidth() if isinstance(widget, QFrame) else 0
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        extra += 2 * int(widget.document().documentMargin())
    margins = widget.contentsMargins()
    return int(widget.fontMetrics().lineSpacing() * lines) + extra + margins.top() + margins.bottom()


def set_height_in_lines(widget: QWidget, lines: float, *, at_most: bool = False, at_least: bool = False,
                        exactly: bool = False) -> None:
    """A height of `lines` lines of text (a notes box three lines high), kept when the text size changes."""
    def fit(w: QWidget) -> None:
        height = _lines_height(w, lines)
        if at_most:
            w.setMaximumHeight(height)
        if at_least:
            w.setMinimumHeight(height)
        if exactly:
            w.setFixedHeight(height)

    follow(widget, fit, "height")


def set_width_in_chars(widget: QWidget, chars: float, *, at_most: bool = False, at_least: bool = False) -> None:
    """A width of `chars` average characters, kept when the text size changes."""
    def fit(w: QWidget) -> None:
        width = int(w.fontMetrics().averageCharWidth() * chars)
        if at_most:
            w.setMaximumWidth(width)
        if at_least:
            w.setMinimumWidth(width)

    follow(widget, fit, "width")
