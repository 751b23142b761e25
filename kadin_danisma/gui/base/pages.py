"""Pages that scroll and rows that wrap rather than grow: a window never asks for more than the screen has,
whatever the text size.

Qt sizes a window to the largest minimum of everything in it: a tab widget is as large as its largest page,
a dialog as its whole form. At a large text size (or after a note and a closure request added two lines to a
case) the window then needed more than a 1366×768 laptop shows, and its bottom was cut off by the screen.
Here a page or a dialog's body sits in a scroll area that asks for its content's natural size when there is
room and scrolls when there is not:
- `PageTabs` is a tab widget whose pages each scroll (the workspace's tabs); the pages themselves are added,
  found and removed as usual (`addTab(page)`, `widget(i)`, `indexOf(page)`, `currentWidget()`);
- `ScrollArea` is the scroll area itself (the dialog base puts every dialog's body in one);
- `FlowLayout` is a row of widgets that wraps onto more rows when it runs out of width (the top bar, a case's
  header, the buttons of a tab).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QStyle,
    QTabWidget,
    QWidget,
)
from shiboken6 import Shiboken


class ScrollArea(QScrollArea):
    """A frameless scroll area whose content fills it. It asks for the content's own size (Qt's asks for at
    most 36 × 24 lines, so a dialog opened smaller than its form), bounded by the screen, and needs no more
    than a few lines itself: what does not fit scrolls."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(content)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        wanted = content.sizeHint().expandedTo(content.minimumSizeHint())
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else QSize(1366, 740)
        # Room for a scroll bar in case the other direction scrolls; never more than 90 % of the screen.
        return QSize(wanted.width() + bar, wanted.height()).boundedTo(room * 0.9)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        return QSize(12 * line, 4 * line)


class PageTabs(QTabWidget):
    """A tab widget whose every page scrolls when the window is smaller than the page needs."""

    def addTab(self, page: QWidget, *label: Any) -> int:
        return super().addTab(self._wrap(page), *label)

    def insertTab(self, index: int, page: QWidget, *label: Any) -> int:
        return super().insertTab(index, self._wrap(page), *label)

    def widget(self, index: int) -> QWidget:
        holder = super().widget(index)
        page = holder.widget() if isinstance(holder, _PageScroll) else holder
        return page  # type: ignore[return-value]  # None past the end, as QTabWidget's own

    def currentWidget(self) -> QWidget:
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:
        for index in range(self.count()):
            if self.widget(index) is page:
                return index
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)

    def removeTab(self, index: int) -> None:
        holder = super().widget(index)
        super().removeTab(index)
        if isinstance(holder, _PageScroll):
            holder.deleteLater()  # with the page in it, unless its owner took it back first

    def _wrap(self, page: QWidget) -> QWidget:
        return _PageScroll(page)


class _PageScroll(ScrollArea):
    """The scroll area around one page of PageTabs (its size is the page's business, not the screen's)."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.setObjectName(f"{page.objectName() or type(page).__name__}Scroll")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def sizeHint(self) -> QSize:
        content = self.widget()
        return content.sizeHint() if content is not None else super().sizeHint()


class FlowLayout(QLayout):
    """A row of widgets that wraps onto further rows when the width runs out (the top bar, a case's header, a
    tab's buttons at a large text size), instead of making the window wider than the screen. Within a row the
    widgets that expand horizontally (a search field, a title) share the space left over, so at an ordinary
    size it looks like an ordinary row; right-to-left layouts run from the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    # -- the QLayout interface --------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        self._prune()
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        self._prune()
        return self._items[index] if 0 <= index < len(self._items) else None

    def _prune(self) -> None:
        # An item Qt has deleted behind the layout's back (seen when a case's buttons are taken away and made
        # again as its state changes: test_closure_gui) must not be laid out again; Python still holds it.
        if any(not Shiboken.isValid(i) for i in self._items):
            self._items = [i for i in self._items if Shiboken.isValid(i)]

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._gap() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest single widget: anything wider wraps."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing ------------------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        self._prune()
        return [i for i in self._items if not i.isEmpty()]

    def _gap(self) -> int:
        gap = self.spacing()
        if gap >= 0:
            return gap
        parent = self.parentWidget()
        style = parent.style() if parent is not None else QApplication.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = min(item.sizeHint().width(), max(area.width(), item.minimumSize().width()))
            if rows[-1] and used + gap + width > area.width():
                rows.append([])
                used = 0
            used += (gap if rows[-1] else 0) + width
            rows[-1].append(item)
        y = area.y()
        for row in rows:
            if not row:
                continue
            widths = [min(i.sizeHint().width(), max(area.width(), i.minimumSize().width())) for i in row]
            height = max(i.sizeHint().height() for i in row)
            spare = area.width() - sum(widths) - gap * (len(row) - 1)
            growing = [k for k, i in enumerate(row) if i.expandingDirections() & Qt.Orientation.Horizontal]
            if spare > 0 and growing:
                for k in growing:
                    widths[k] += spare // len(growing)
            if apply:
                x = area.x()
                for item, width in zip(row, widths, strict=True):
                    cell = QRect(x, y, width, height)
                    visual = QStyle.visualRect(self._direction(), area, cell)
                    item.setGeometry(visual)
                    x += width + gap
            y += height + gap
        bottom = y - gap if y > area.y() else area.y()
        return bottom - rect.y() + margins.bottom()

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else QApplication.layoutDirection()
