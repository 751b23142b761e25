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

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QPlainTextEdit, QTextEdit, QWidget
from shiboken6 import Shiboken

_FOLLOWS = "kdFollowsTextSize"
_HOOK = "_kd_text_size_hook"


class _Refit(QObject):
    """Runs a widget's sizes again when its own font has changed. Qt gives a hidden widget (a tab not shown) its
    new font only when it is next shown, so measuring it at the moment of the change would use the old one."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and isinstance(watched, QWidget):
            # After the widget itself has taken the change in (this filter sees the event first).
            QTimer.singleShot(0, lambda: _run_if_alive(watched))
        return False


_refit = _Refit()


def _run_if_alive(widget: QWidget) -> None:
    if Shiboken.isValid(widget):
        _run(widget, fonts=False)


def _run(widget: QWidget, *, fonts: bool) -> None:
    for key, fit in dict(getattr(widget, _HOOK, {})).items():
        if (key == "font") == fonts:
            fit(widget)


def follow(widget: QWidget, fit: Callable[[QWidget], object], what: str = "") -> None:
    """Run `fit(widget)` now and again whenever the text size changes; a later `fit` for the same `what`
    (font, height, width, columns) replaces the earlier one. A "font" fit sets the widget's font (from the
    interface's); the others measure the widget's text, whenever its font has changed."""
    hooks: dict[str, Callable[[QWidget], object]] | None = getattr(widget, _HOOK, None)
    if hooks is None:
        hooks = {}
        setattr(widget, _HOOK, hooks)
        widget.installEventFilter(_refit)
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
    for widget in followers:  # fonts first: the other sizes are measured in them
        _run(widget, fonts=True)
    for widget in followers:
        if widget.isVisible():  # a hidden one is measured when its font arrives (_Refit)
            _run(widget, fonts=False)


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
