"""The case list: every case the person may see, a page at a time, with filters, sorting and privacy mode.

A centre can hold 50,000 cases, so the model never loads them all: it counts the matches and fetches pages
of PAGE_SIZE rows as the view scrolls (canFetchMore / fetchMore). Every query runs in a worker, the first
page as well as later ones: sorting by date, risk or client code makes SQLite sort every matching row
(a temporary B-tree, with the flag sub-queries computed for each), which takes tens of milliseconds on
5,000 cases and about ten times that on 50,000 — too long for the GUI thread. A generation counter drops
results that arrive after the filter or the sort changed.

Client names are masked unless privacy mode is off or the row is revealed (Privacy); a masked name never
reaches the display, tooltip or accessible text. Each page read is audited by the service.
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.roles import Role
from ...services import cases, users
from ...vault.case_queries import SORT_COLUMNS, CaseFilter, CaseSummary
from ..base.messages import error_text
from ..base.widgets import isolate, plain_label
from ..base.workers import run_in_worker
from ..session.context import Context

_Index = QModelIndex | QPersistentModelIndex

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
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


def day(iso: str) -> str:
    """A date as the interface shows it (day.month.year, as the dashboard does)."""
    try:
        return date.fromisoformat(iso[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return iso


class CaseListModel(QAbstractTableModel):
    """Case summaries, fetched lazily page by page in workers. Call reload() (or set_filter) to start."""

    loaded = Signal()  # the count and the first page of a (re)load are in
    total_changed = Signal(int)
    failed = Signal(str)  # a translated message

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[CaseSummary] = []
        self.total = 0
        self._ids: set[int] = set()
        self._filter = CaseFilter()
        self._sort = DEFAULT_SORT
        self._descending = True
        self._generation = 0
        self._loading = False
        self._fetching = False
        ctx.privacy.changed.connect(self._privacy_changed)

    # -- state ---------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._loading or self._fetching

    @property
    def loading(self) -> bool:
        """The count and first page are being computed (rows may still show the previous result)."""
        return self._loading

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
        self._generation += 1
        self.beginResetModel()
        self.rows, self._ids, self.total = [], set(), 0
        self._loading = self._fetching = False
        self.endResetModel()

    def _query_filter(self) -> CaseFilter:
        # A fresh copy per call: the service adds its permission filter to the object it is given.
        return dataclasses.replace(self._filter)

    # -- loading -------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Count and fetch the first page in a worker; the rows shown are replaced when they arrive."""
        self._generation += 1
        generation = self._generation
        self._loading = True
        self._fetching = False
        session, sort, descending = self.ctx.session, self._sort, self._descending
        count_filter, page_filter = self._query_filter(), self._query_filter()

        def work() -> tuple[int, list[CaseSummary]]:
            total = cases.count_cases(session, count_filter)
            return total, cases.list_cases(session, page_filter, sort, descending, 0, PAGE_SIZE)

        run_in_worker(self, work, lambda result: self._first_page(generation, result),
                      lambda exc: self._failed(generation, exc))

    def _first_page(self, generation: int, result: tuple[int, list[CaseSummary]]) -> None:
        if generation != self._generation:
            return  # the filter or sort changed meanwhile
        total, page = result
        self.beginResetModel()
        self.rows = list(page)
        self._ids = {c.id for c in page}
        self.total = len(page) if len(page) < PAGE_SIZE else max(total, len(page))
        self._loading = False
        self.endResetModel()
        self.total_changed.emit(self.total)
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if self._loading:
            self.beginResetModel()
            self.rows, self._ids, self.total = [], set(), 0
            self._loading = False
            self.endResetModel()
        else:
            self.total = len(self.rows)  # stop asking for more pages
        self._fetching = False
        self.total_changed.emit(self.total)
        self.failed.emit(error_text(exc))

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's default argument
        return not parent.isValid() and not self.busy and len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation
        session, f, sort, descending = self.ctx.session, self._query_filter(), self._sort, self._descending
        offset = len(self.rows)
        run_in_worker(self, lambda: cases.list_cases(session, f, sort, descending, offset, PAGE_SIZE),
                      lambda page: self._next_page(generation, page), lambda exc: self._failed(generation, exc))

    def _next_page(self, generation: int, page: list[CaseSummary]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
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
            return day(case.opened_on)
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


class CaseListPage(QWidget):
    """Filters above, the case table, the count and the privacy controls below."""

    case_activated = Signal(int)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._sized = False
        self._reselect: int | None = None
        self.model = CaseListModel(ctx, self)
        labels = ctx.labels

        self.status = self._combo("statusFilter", self.tr("Status filter"), labels.choices("case_status"))
        self.risk = self._combo("riskFilter", self.tr("Risk filter"), labels.choices("risk_level"))
        self.counselor: QComboBox | None = None
        if ctx.session.has(Role.SUPERVISOR):  # a counselor's list holds only her own cases anyway
            self.counselor = self._combo("counselorFilter", self.tr("Counselor filter"), self._counselors())
        self.language = self._combo("languageFilter", self.tr("Interpreter language filter"),
                                    labels.choices("interpreter_language"))
        yes_no = [(True, self.tr("Yes")), (False, self.tr("No"))]
        self.shelter = self._combo("shelterFilter", self.tr("In a shelter filter"), yes_no)
        self.measure = self._combo("measureFilter", self.tr("Active measure filter"), yes_no)
        self.clear_button = QPushButton(self.tr("Clear &filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))

        bar = QGridLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        # Mnemonics chosen around the workspace's own (Cases, Dashboard, Lock, Privacy, intake, my password…).
        first_row: list[tuple[str, QComboBox | None]] = [
            (self.tr("S&tatus:"), self.status), (self.tr("Ris&k:"), self.risk),
            (self.tr("Couns&elor:"), self.counselor)]
        second_row: list[tuple[str, QComboBox | None]] = [
            (self.tr("Interpreter lan&guage:"), self.language), (self.tr("In s&helter:"), self.shelter),
            (self.tr("&Active measure:"), self.measure)]
        for row, items in enumerate((first_row, second_row)):
            for i, (text, combo) in enumerate(items):
                if combo is None:
                    continue
                label = QLabel(text)
                label.setBuddy(combo)
                bar.addWidget(label, row, 2 * i)
                bar.addWidget(combo, row, 2 * i + 1)
        bar.addWidget(self.clear_button, 1, 6)
        for column in (1, 3, 5):
            bar.setColumnStretch(column, 1)

        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setAccessibleDescription(self.tr(
            "Enter opens the selected case. Space shows or hides the client's name in privacy mode."))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table instead of walking its cells
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Uniform row heights: the view never measures rows, however many are fetched.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The indicator first: enabling sorting sorts by the indicator's column at once.
        header.setSortIndicator(column_of(DEFAULT_SORT), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)

        self.count_label = plain_label("")
        self.count_label.setObjectName("caseCount")
        self.count_label.setAccessibleName(self.tr("Number of cases"))
        self.show_name_button = QPushButton(self.tr("Show &name"))
        self.show_name_button.setObjectName("showName")
        self.show_name_button.setAccessibleName(self.tr("Show the selected client's name"))
        self.show_name_button.setToolTip(self.tr("Show or hide the name of the selected row only (Space)"))
        self.privacy_button = QPushButton(self.tr("Privac&y mode"))
        self.privacy_button.setObjectName("privacyMode")
        self.privacy_button.setCheckable(True)
        self.privacy_button.setChecked(ctx.privacy.masked)
        self.privacy_button.setAccessibleName(self.tr("Privacy mode: hide client names"))
        self.privacy_button.setToolTip(self.tr("Hide client names in every list (F9)"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.show_name_button)
        bottom.addWidget(self.privacy_button)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        chain: list[QWidget] = [*self.filter_combos(), self.clear_button, self.table, self.show_name_button,
                                self.privacy_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

        for combo in self.filter_combos():
            combo.currentIndexChanged.connect(self._apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.privacy_button.toggled.connect(ctx.privacy.set_masked)
        self.show_name_button.clicked.connect(self.reveal_selected)
        ctx.privacy.changed.connect(self._privacy_changed)
        self.table.doubleClicked.connect(self._activate_index)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self.model.loaded.connect(self._loaded)
        self.model.total_changed.connect(lambda _n: self._update_count())
        self.model.failed.connect(self.count_label.setText)
        self._update_buttons()
        self.refresh()

    # -- building ------------------------------------------------------------------------------------------
    def _combo(self, name: str, accessible: str, items: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(self.tr("Any"), None)
        for value, text in items:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _counselors(self) -> list[tuple[Any, str]]:
        try:
            staff = users.list_users(self.ctx.session)
        except Exception:
            return []  # the filter just offers "Any"; the list itself reports any real problem
        found = [u for u in staff if Role.COUNSELOR in u.roles]
        found.sort(key=lambda u: (u.disabled, u.display_name.casefold()))
        return [(u.id, f"{u.display_name} ({u.username})" + (self.tr(" (disabled)") if u.disabled else ""))
                for u in found]

    def filter_combos(self) -> list[QComboBox]:
        combos = [self.status, self.risk, self.counselor, self.language, self.shelter, self.measure]
        return [c for c in combos if c is not None]

    # -- filters -------------------------------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        status, risk = self.status.currentData(), self.risk.currentData()
        return CaseFilter(
            statuses=(status,) if status else (),
            risk_levels=(risk,) if risk else (),
            counselor_id=self.counselor.currentData() if self.counselor is not None else None,
            interpreter_language=self.language.currentData(),
            in_shelter=self.shelter.currentData(),
            active_measure=self.measure.currentData(),
        )

    def filters_active(self) -> bool:
        return any(c.currentIndex() > 0 for c in self.filter_combos())

    def _apply_filters(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_count()

    def clear_filters(self) -> None:
        if not self.filters_active():
            return
        for combo in self.filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._apply_filters()

    def refresh(self) -> None:
        """Load the list again (after a case was added or changed elsewhere)."""
        self.model.reload()
        self._update_count()

    def scrub(self) -> None:
        """At lock: no case data left in the model or on the labels, and late results are dropped."""
        self._reselect = None
        self.model.clear()
        self.count_label.clear()

    # -- sorting -------------------------------------------------------------------------------------------
    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):
            # The model ignored it; put the arrow back on the column the list is really sorted by.
            order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(self.model.sort_column(), order)
        else:
            self._update_count()

    # -- selection, activation, privacy --------------------------------------------------------------------
    def selected_case_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_id(rows[0].row()) if rows else None

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def toggle_privacy(self) -> None:
        self.ctx.privacy.toggle()

    def reveal_selected(self) -> None:
        """Show the selected row's name (privacy mode stays on for every other row); again to hide it."""
        case_id = self.selected_case_id()
        privacy = self.ctx.privacy
        if case_id is None or not privacy.masked:
            return
        privacy.reveal(None if privacy.revealed == case_id else case_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers == Qt.KeyboardModifier.NoModifier:
                self._activate_index(self.table.currentIndex())
                return True
            if key == Qt.Key.Key_Space and modifiers == Qt.KeyboardModifier.NoModifier:
                current = self.table.currentIndex()
                if current.isValid():
                    if self.selected_case_id() != self.model.case_id(current.row()):
                        self.table.selectRow(current.row())
                    self.reveal_selected()
                return True
        return super().eventFilter(watched, event)

    def _activate_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        case_id = self.model.case_id(index.row()) if index.isValid() else None
        if case_id is not None:
            self.case_activated.emit(case_id)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        revealed = self.ctx.privacy.revealed
        if revealed is not None and revealed != self.selected_case_id():
            self.ctx.privacy.reveal(None)  # the revealed name is masked again once the selection moves on
        self._update_buttons()

    def _privacy_changed(self) -> None:
        self.privacy_button.blockSignals(True)
        self.privacy_button.setChecked(self.ctx.privacy.masked)
        self.privacy_button.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.show_name_button.setEnabled(self.ctx.privacy.masked and self.selected_case_id() is not None)

    # -- model events --------------------------------------------------------------------------------------
    def _remember_selection(self) -> None:
        self._reselect = self.selected_case_id()

    def _after_reset(self) -> None:
        if self.ctx.privacy.revealed is not None:
            self.ctx.privacy.reveal(None)
        self._update_buttons()

    def _loaded(self) -> None:
        if not self._sized and self.model.rows:
            self._sized = True  # once: later the person's own column widths are kept
            # Widths from the rows on screen only: Qt's default looks at 1,000 rows (13,000 data() calls,
            # 225 ms of the unlock on a 50,000-case vault), most of them pages not even loaded yet.
            self.table.horizontalHeader().setResizeContentsPrecision(0)
            self.table.resizeColumnsToContents()
            client = column_of("client")
            self.table.setColumnWidth(client, max(self.table.columnWidth(client),
                                                  self.fontMetrics().horizontalAdvance("M" * 14)))
        if self._reselect is not None:
            self.select_case(self._reselect)
            self._reselect = None
        self._update_count()

    def _update_count(self) -> None:
        if self.model.loading:
            self.count_label.setText(self.tr("Loading cases…"))
            return
        total = self.model.total
        if total == 0:
            self.count_label.setText(self.tr("No cases match these filters.") if self.filters_active()
                                     else self.tr("No cases."))
        elif total == 1:
            self.count_label.setText(self.tr("1 case"))
        else:
            self.count_label.setText(self.tr("%1 cases").replace("%1", QLocale().toString(total)))
