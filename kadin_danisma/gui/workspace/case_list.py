"""The case list: every case the person may see, a page at a time, with filters, sorting and privacy mode.

A centre can hold 50,000 cases, so the model never loads them all: it counts the matches and fetches pages
of PAGE_SIZE rows as the view scrolls (canFetchMore / fetchMore). Every query runs in a worker, the first
page as well as later ones: sorting by date, risk or client code makes SQLite sort every matching row
(a temporary B-tree, with the flag sub-queries computed for each), which takes tens of milliseconds on
5,000 cases and about ten times that on 50,000 — too long for the GUI thread. Every read goes through one
workers.Latest, so a result that arrives after the filter or the sort changed is dropped.

Client names are masked unless privacy mode is off or the row is revealed (Privacy); a masked name never
reaches the display, tooltip or accessible text. Each page read is audited by the service.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from ...services import cases
from ...vault.case_queries import SORT_COLUMNS, CaseFilter, CaseSummary
from ..base.labels import day_text
from ..base.lines import isolate
from ..base.messages import error_text
from ..base.workers import Latest
from ..session.context import Context
from .case_rows import CASE_ID_ROLE

_Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200

COLUMNS = ("case_number", "client", "client_code", "status", "risk", "opened_on", "counselors", "flags")
# Column -> services.cases sort key; a column missing here has no SQL sort and is not sortable.
SORT_KEYS = {
    "case_number": "case_number", "client_code": "client_code", "status": "status", "risk": "risk",
    "opened_on": "opened_on",
}
assert set(SORT_KEYS.values()) <= set(SORT_COLUMNS)
DEFAULT_SORT = "opened_on"


def column_of(name: str) -> int:
    return COLUMNS.index(name)


class CaseListModel(QAbstractTableModel):
    """Case summaries, fetched lazily page by page in workers. Call reload() (or set_filter) to start."""

    loaded = Signal()  # the count and the first page of a (re)load are in
    total_changed = Signal(int)
    failed = Signal(str)  # a translated message
    CASE_ID_ROLE = CASE_ID_ROLE  # the case's id, on every cell

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[CaseSummary] = []
        self.total = 0
        self._ids: set[int] = set()
        self._filter = CaseFilter()
        self._sort = DEFAULT_SORT
        self._descending = True
        self.pages = Latest(self)  # a reload supersedes the pages still on their way
        self._first = False  # the awaited answer is a (re)load's count and first page
        ctx.privacy.changed.connect(self._privacy_changed)

    # -- state ---------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.pages.busy

    @property
    def loading(self) -> bool:
        """The count and first page are being computed (rows may still show the previous result)."""
        return self.pages.busy and self._first

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def filter(self) -> CaseFilter:
        return dataclasses.replace(self._filter)

    def set_filter(self, f: CaseFilter) -> None:
        self._filter = dataclasses.replace(f)
        self.reload()

    def case_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def row_of(self, case_id: int) -> int | None:
        for i, case in enumerate(self.rows):
            if case.id == case_id:
                return i
        return None

    def clear(self) -> None:
        """Forget every row and drop any result still on its way (at lock)."""
        self.pages.drop()
        self._first = False
        self.beginResetModel()
        self.rows, self._ids, self.total = [], set(), 0
        self.endResetModel()

    def _query_filter(self) -> CaseFilter:
        # A fresh copy per call: the service adds its permission filter to the object it is given.
        return dataclasses.replace(self._filter)

    # -- loading -------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Count and fetch the first page in a worker; the rows shown are replaced when they arrive."""
        self._first = True
        session, sort, descending = self.ctx.session, self._sort, self._descending
        count_filter, page_filter = self._query_filter(), self._query_filter()

        def work() -> tuple[int, list[CaseSummary]]:
            total = cases.count_cases(session, count_filter)
            return total, cases.list_cases(session, page_filter, sort, descending, 0, PAGE_SIZE)

        self.pages.ask(work, self._first_page, self._failed)

    def _first_page(self, result: tuple[int, list[CaseSummary]]) -> None:
        total, page = result
        self.beginResetModel()
        self.rows = list(page)
        self._ids = {c.id for c in page}
        self.total = len(page) if len(page) < PAGE_SIZE else max(total, len(page))
        self._first = False
        self.endResetModel()
        self.total_changed.emit(self.total)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        if self._first:
            self._first = False
            self.beginResetModel()
            self.rows, self._ids, self.total = [], set(), 0
            self.endResetModel()
        else:
            self.total = len(self.rows)  # stop asking for more pages
        self.total_changed.emit(self.total)
        self.failed.emit(error_text(exc))

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's default argument
        return not parent.isValid() and not self.busy and len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        session, f, sort, descending = self.ctx.session, self._query_filter(), self._sort, self._descending
        offset = len(self.rows)
        self.pages.ask(lambda: cases.list_cases(session, f, sort, descending, offset, PAGE_SIZE), self._next_page,
                       self._failed)

    def _next_page(self, page: list[CaseSummary]) -> None:
        # Cases added or removed between pages shift the offsets: never show one case twice.
        fresh = [c for c in page if c.id not in self._ids]
        if fresh:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self.rows.extend(fresh)
            self._ids.update(c.id for c in fresh)
            self.endInsertRows()
        if len(page) < PAGE_SIZE or len(self.rows) > self.total:
            self.total = len(self.rows)
            self.total_changed.emit(self.total)

    # -- sorting -------------------------------------------------------------------------------------------
    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column] in SORT_KEYS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.is_sortable(column):
            return
        key, descending = SORT_KEYS[COLUMNS[column]], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        self.reload()

    def sort_column(self) -> int:
        return next(i for i, name in enumerate(COLUMNS) if SORT_KEYS.get(name) == self._sort)

    # -- Qt model ------------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Case"), self.tr("Client"), self.tr("Client code"), self.tr("Status"), self.tr("Risk"),
                    self.tr("Opened"), self.tr("Counselor"), self.tr("Flags"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and not self.is_sortable(section):
            return self.tr("This column cannot be sorted.")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < len(COLUMNS):
            return None
        case = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == CASE_ID_ROLE:
            return case.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(case, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(case, column)
        if role == Qt.ItemDataRole.FontRole and column == "risk" and case.high_risk:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, case: CaseSummary, column: str) -> str:
        labels = self.ctx.labels
        if column == "case_number":
            return case.case_number
        if column == "client":
            # The name on its own is user text: isolated, so an Arabic name keeps its own direction.
            return self.ctx.privacy.name(case) if self.ctx.privacy.hides(case.id) else isolate(case.client_name)
        if column == "client_code":
            return case.client_code
        if column == "status":
            return labels.label("case_status", case.status)
        if column == "risk":
            return labels.label("risk_level", case.risk_level) if case.risk_level else "—"
        if column == "opened_on":
            return day_text(case.opened_on)
        if column == "counselors":
            return ", ".join(case.counselors)
        return " · ".join(self._flags(case, short=True))

    def _accessible(self, case: CaseSummary, column: str) -> str:
        if column == "client" and self.ctx.privacy.hides(case.id):
            return self.tr("name hidden")
        if column == "risk" and not case.risk_level:
            return self.tr("not assessed")
        if column == "flags":
            return ", ".join(self._flags(case, short=False)) or self.tr("no flags")
        return self._display(case, column)

    def _tooltip(self, case: CaseSummary, column: str) -> str | None:
        if column == "client":
            # Never the name: a tooltip pops up for anyone looking at the screen.
            if self.ctx.privacy.hides(case.id):
                return self.tr("Name hidden (privacy mode). Select the row and press Space to show it.")
            return None
        if column == "flags":
            return "\n".join(self._flags(case, short=False)) or None
        if column == "counselors" and case.counselors:
            return ", ".join(case.counselors)
        return None

    def _flags(self, case: CaseSummary, short: bool) -> list[str]:
        parts: list[str] = []
        if case.interpreter_language:
            language = self.ctx.labels.label("interpreter_language", case.interpreter_language)
            parts.append(language if short else self.tr("Interpreter: %1").replace("%1", language))
        if case.in_shelter:
            parts.append(self.tr("shelter") if short else self.tr("In a shelter"))
        if case.active_measure:
            parts.append(self.tr("measure") if short else self.tr("Active protective measure"))
        return parts

    def _privacy_changed(self) -> None:
        if self.rows:
            column = column_of("client")
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                                   Qt.ItemDataRole.ToolTipRole])
