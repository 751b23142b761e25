"""A list of center-wide records (group activities, contacts that are not cases) as a Qt model fetched a page
at a time in workers, newest first: a center records thousands of calls a year, so the page never loads them
all. The page gives how to count, how to read one page, a row's key and its cells; the model does the rest
(as the case list's model does for cases, without its filters and sorting)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QTableView

from ..base.messages import error_text
from ..base.workers import Latest

_Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class PagedModel(QAbstractTableModel):
    loaded = Signal()
    failed = Signal(str)

    def __init__(self, headers: Sequence[str], count: Callable[[], int], page: Callable[[int, int], list[Any]],
                 key: Callable[[Any], int], cells: Callable[[Any], Sequence[str]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self._count, self._page, self._key, self._cells = count, page, key, cells
        self.rows: list[Any] = []
        self.total = 0
        self.resetting = False  # between a reload's reset and the selection put back: not a choice of hers
        self.pages = Latest(self)

    def reload(self) -> None:
        """Count and read the first page again (the page keeps its selection: `keep_selection`)."""
        count, page = self._count, self._page

        def work() -> tuple[int, list[Any]]:
            return count(), page(0, PAGE_SIZE)

        self.pages.ask(work, self._first_page, self._failed)

    def _first_page(self, result: tuple[int, list[Any]]) -> None:
        total, rows = result
        self.beginResetModel()
        self.rows = list(rows)
        self.total = max(total, len(rows)) if len(rows) == PAGE_SIZE else len(rows)
        self.endResetModel()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.total = len(self.rows)
        self.failed.emit(error_text(exc))

    def clear(self) -> None:
        self.pages.drop()
        self.beginResetModel()
        self.rows, self.total = [], 0
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's default argument
        return not parent.isValid() and not self.pages.busy and len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page, offset = self._page, len(self.rows)
        self.pages.ask(lambda: page(offset, PAGE_SIZE), self._next_page, self._failed)

    def _next_page(self, rows: list[Any]) -> None:
        seen = {self._key(x) for x in self.rows}
        fresh = [x for x in rows if self._key(x) not in seen]  # a row added meanwhile shifts the offsets
        if fresh:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self.rows.extend(fresh)
            self.endInsertRows()
        if len(rows) < PAGE_SIZE:
            self.total = len(self.rows)

    def keep_selection(self, view: QTableView) -> None:
        """Select again, after each reload, the row that was selected before it (by key), so the buttons that act
        on it stay enabled and the focus can go back to the one that opened a dialog."""
        wanted: list[int | None] = [None]

        def before() -> None:
            self.resetting = True
            rows = view.selectionModel().selectedRows() if view.selectionModel() else []
            wanted[0] = self.key_at(rows[0].row()) if rows else None

        def after() -> None:
            row = self.row_of(wanted[0]) if wanted[0] is not None else None
            if row is not None:
                # through the selection model: QTableView.selectRow picks its column at the viewport's edge,
                # which right to left, before the columns are laid out again, is no column at all
                flags = QItemSelectionModel.SelectionFlag
                view.selectionModel().setCurrentIndex(self.index(row, 0),
                                                      flags.ClearAndSelect | flags.Rows)
            self.resetting = False

        self.modelAboutToBeReset.connect(before)
        self.modelReset.connect(after)

    def key_at(self, row: int) -> int | None:
        return self._key(self.rows[row]) if 0 <= row < len(self.rows) else None

    def row_of(self, key: int) -> int | None:
        return next((i for i, x in enumerate(self.rows) if self._key(x) == key), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == KEY_ROLE:
            return self._key(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            cells = self._cells(row)
            return cells[index.column()] if 0 <= index.column() < len(cells) else None
        return None
