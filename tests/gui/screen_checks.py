"""What every screen and dialog must get right for keyboard, screen-reader and large-text users, as checks
that look at one window's widgets (used with screen_walk.py, which brings each screen and dialog up).

Each check returns a list of problems as readable lines (empty: fine), so one walk reports them all.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

# The laptop of the issue: 1366×768, less a panel: the whole window, its title bar included, fits 1366×740.
SCREEN = QSize(1366, 740)
TITLE_BAR = 32  # what a window manager adds above the window (openbox, GNOME, Windows: 30–32 px)
BUDGET = QSize(SCREEN.width(), SCREEN.height() - TITLE_BAR)
DIRECTION_MARKS = "\u200e\u200f\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"


def plain(text: str) -> str:
    """Text as shown: the mnemonic marker removed ('&&' is a literal '&')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.window() is window


def _widgets(window: QWidget) -> list[QWidget]:
    return [window, *(w for w in window.findChildren(QWidget) if _shown(w, window))]


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = plain(widget.text())[:40]
    return f"{type(widget).__name__}#{widget.objectName()} {text!r}"


# -- mnemonics -----------------------------------------------------------------------------------------------
def mnemonic_texts(window: QWidget) -> list[tuple[str, str]]:
    """(text, where) of everything with an Alt letter shown in the window now: buttons, labels pointing at a
    field, group boxes, tabs."""
    found: list[tuple[str, str]] = []
    for widget in _widgets(window):
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            found.append((widget.text(), describe(widget)))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), f"QGroupBox {plain(widget.title())!r}"))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    found.append((widget.tabText(i), f"tab {plain(widget.tabText(i))!r}"))
    return found


def duplicate_mnemonics(window: QWidget) -> list[str]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for text, where in mnemonic_texts(window):
        key = QKeySequence.mnemonic(text).toString()
        if key:
            by_key[key].append(where)
    return [f"{key}: {', '.join(places)}" for key, places in sorted(by_key.items()) if len(places) > 1]


# -- what a screen reader reads -----------------------------------------------------------------------------
def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


_SHORTCUT = re.compile(r"\s*\((?:Ctrl|Alt|Shift|F\d)[^)]*\)$")


def fold(text: str) -> str:
    """Case-folded the Turkish way for the dotted capital İ (Python would give i + a combining dot)."""
    return text.replace("İ", "i").casefold()


def button_core(text: str) -> str:
    """What a button says, without its mnemonic, a trailing "…" and a key in brackets ("Lock (Ctrl+L)")."""
    return _SHORTCUT.sub("", plain(text)).rstrip("…").strip()


def unread_texts(window: QWidget) -> list[str]:
    """Texts a screen reader would not read as shown: a label whose accessible name replaces its text (status
    lines, banners, counts, the recovery key), a button whose name does not contain its visible words."""
    problems = []
    for widget in _widgets(window):
        if isinstance(widget, QLabel):
            shown = plain(widget.text()) if widget.buddy() is not None else widget.text()
            if not shown.strip(DIRECTION_MARKS + " \n"):
                continue
            name = accessible_name(widget)
            if widget.accessibleName() not in ("", shown) or shown.strip() not in name:
                problems.append(f"{describe(widget)} is read as {name[:60]!r}")
        elif isinstance(widget, QAbstractButton) and any(ch.isalnum() for ch in widget.text()):
            core, name = button_core(widget.text()), accessible_name(widget)
            if fold(core) not in fold(name):
                problems.append(f"{describe(widget)} is read as {name[:60]!r}")
    return problems


# -- keyboard ------------------------------------------------------------------------------------------------
def focus_traps(window: QWidget) -> list[str]:
    """Widgets Tab cannot leave: a table walking its cells, a text box typing a tab character."""
    traps = []
    for widget in _widgets(window):
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            traps.append(f"Tab walks the cells of {describe(widget)}")
        if (isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly()
                and not widget.tabChangesFocus()):
            traps.append(f"Tab types a tab character in {describe(widget)}")
    return traps


_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton,
           QAbstractItemView)


def is_field(widget: QWidget) -> bool:
    """Something she types into, chooses in or reads in (not a push button)."""
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
        return False  # announced through its owner
    return isinstance(widget, _FIELDS)


def first_field(window: QWidget) -> QWidget | None:
    """The first field along the Tab chain from the window's start."""
    widget = window.nextInFocusChain()
    for _ in range(500):
        if widget is window:
            return None
        if (is_field(widget) and widget.window() is window and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & widget.focusPolicy().TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_on_open(window: QWidget) -> list[str]:
    """A dialog opens with the focus on its first field (never on its Close or OK button). A question without
    fields (disable this user?) starts on its safe answer, which is Qt's choice and fine."""
    focus = QApplication.focusWidget()
    if focus is None or focus.window() is not window:
        return [f"the focus is outside the dialog ({describe(focus) if focus else 'nowhere'})"]
    owner = focus.parentWidget() if isinstance(focus.parentWidget(), QAbstractSpinBox | QComboBox) else focus
    first = first_field(window)
    if first is not None and owner is not first:
        return [f"the focus is on {describe(owner)}, not on the first field {describe(first)}"]
    return []


# -- size ----------------------------------------------------------------------------------------------------
def minimum_size(window: QWidget) -> QSize:
    return window.minimumSizeHint().expandedTo(window.minimumSize())


def too_big(window: QWidget, budget: QSize = BUDGET) -> list[str]:
    size = minimum_size(window)
    if size.width() <= budget.width() and size.height() <= budget.height():
        return []
    return [f"needs at least {size.width()}×{size.height()} (fits {budget.width()}×{budget.height()})"]


# -- large text: nothing cut -----------------------------------------------------------------------------
def _fits(view: QAbstractItemView, index, width: int, wraps: bool) -> bool:  # type: ignore[no-untyped-def]
    """The cell's text fits: on one line (or its own lines), or wrapped within the row's height."""
    text = index.data()
    if not isinstance(text, str) or not text:
        return True
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    if not wraps:
        return max(metrics.horizontalAdvance(line) for line in text.split("\n")) + margin <= width
    needed = metrics.boundingRect(QRect(0, 0, max(1, width - margin), 100_000),
                                  int(Qt.TextFlag.TextWordWrap), text).height()
    return needed <= view.visualRect(index).height()


def cut_texts(window: QWidget, rows: int = 12) -> list[str]:
    """Texts shown cut short: a table cell or header narrower than its text ("KDM-…"), a label or button
    narrower than its one line of text."""
    problems = []
    for widget in _widgets(window):
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            wraps = widget.wordWrap()
            for column in range(model.columnCount()):
                if header.isSectionHidden(column):
                    continue
                width = header.sectionSize(column)
                title = model.headerData(column, Qt.Orientation.Horizontal)
                last = column == header.count() - 1 and header.stretchLastSection()
                if isinstance(title, str) and header.fontMetrics().horizontalAdvance(title) + 8 > width and not last:
                    problems.append(f"{describe(widget)}: the header {title!r} is cut ({width} px)")
                if last and not wraps:
                    continue  # stretched to the view's edge: scrolling shows the rest
                for row in range(min(rows, model.rowCount())):
                    index = model.index(row, column)
                    if not _fits(widget, index, width, wraps):
                        problems.append(f"{describe(widget)}: {index.data()!r} is cut ({width} px)")
                        break
        elif isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and "\n" not in widget.text():
            needed = widget.fontMetrics().horizontalAdvance(plain(widget.text()))
            if widget.contentsRect().width() + 1 < needed:
                problems.append(f"{describe(widget)} is cut ({widget.width()} of {needed} px)")
        elif (isinstance(widget, QAbstractButton) and widget.text()
              and widget.width() + 1 < widget.sizeHint().width()):
            problems.append(f"{describe(widget)} is cut ({widget.width()} of {widget.sizeHint().width()} px)")
    return problems


# -- right to left ---------------------------------------------------------------------------------------
_OPENERS, _PDI = "\u2066\u2067\u2068", "\u2069"


def _classes_outside_isolates(line: str) -> list[str]:
    """Bidi classes of the characters not inside an isolate (a value put into the line)."""
    depth, found = 0, []
    for ch in line:
        if ch in _OPENERS:
            depth += 1
        elif ch == _PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            found.append(unicodedata.bidirectional(ch))
    return found


def lines_reading_wrong(window: QWidget) -> list[str]:
    """Label lines that would not read left to right (Turkish and English) in a right-to-left layout: a line whose
    first strong letter outside an isolate is right-to-left (a mark RLM, an Arabic name at its start), or one
    mixing Turkish words with right-to-left letters that are not isolated (the name pulls the punctuation
    around it to its side)."""
    problems = []
    for widget in _widgets(window):
        if not isinstance(widget, QLabel) or not widget.text():
            continue
        for line in widget.text().split("\n"):
            classes = [c for c in _classes_outside_isolates(line) if c in ("L", "R", "AL")]
            if not classes:
                continue
            if classes[0] != "L":
                problems.append(f"{describe(widget)}: {line[:50]!r} reads right to left")
            elif "R" in classes or "AL" in classes:
                problems.append(f"{describe(widget)}: {line[:50]!r} has a right-to-left value not isolated")
    return problems
