"""The case list page: filters above, the case table (its model is case_list.CaseListModel), the count and
the privacy controls below. Enter opens the selected case; Space shows or hides one row's name while
privacy mode is on."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.roles import Role
from ...services import users
from ...vault.case_queries import CaseFilter
from ..base.scaling import follow
from ..base.tables import prepare_view
from ..base.widgets import buddy, plain_label
from ..session.context import Context
from .case_list import DEFAULT_SORT, CaseListModel, column_of


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
        self.clear_button.setAccessibleDescription(self.tr("Clear all filters"))

        bar = QGridLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        # Mnemonics chosen around the workspace's own (Cases, Dashboard, Lock, Privacy, intake, my password…).
        first_row: list[tuple[str, QComboBox | None]] = [
            (self.tr("S&tatus:"), self.status), (self.tr("&Risk:"), self.risk),
            (self.tr("Couns&elor:"), self.counselor)]
        second_row: list[tuple[str, QComboBox | None]] = [
            (self.tr("Interpreter lan&guage:"), self.language), (self.tr("In s&helter:"), self.shelter),
            (self.tr("&Active measure:"), self.measure)]
        for row, items in enumerate((first_row, second_row)):
            for i, (text, combo) in enumerate(items):
                if combo is None:
                    continue
                bar.addWidget(buddy(text, combo), row, 2 * i)
                bar.addWidget(combo, row, 2 * i + 1)
        bar.addWidget(self.clear_button, 1, 6)
        for column in (1, 3, 5):
            bar.setColumnStretch(column, 1)

        self.table = QTableView()
        prepare_view(self.table, self.tr("Cases"), "caseTable")
        self.table.setAccessibleDescription(self.tr(
            "Enter opens the selected case. Space shows or hides the client's name in privacy mode."))
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        # Uniform row heights: the view never measures rows, however many are fetched (one line of text high,
        # at whatever text size).
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        follow(self.table, lambda t: self._fit_rows(), "rows")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The indicator first: enabling sorting sorts by the indicator's column at once.
        header.setSortIndicator(column_of(DEFAULT_SORT), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)

        self.count_label = plain_label("")
        self.count_label.setObjectName("caseCount")
        self.count_label.setAccessibleDescription(self.tr("Number of cases"))
        self.show_name_button = QPushButton(self.tr("Show &name"))
        self.show_name_button.setObjectName("showName")
        self.show_name_button.setAccessibleDescription(self.tr("Show the selected client's name"))
        self.show_name_button.setToolTip(self.tr("Show or hide the name of the selected row only (Space)"))
        self.privacy_button = QPushButton(self.tr("Privac&y mode"))
        self.privacy_button.setObjectName("privacyMode")
        self.privacy_button.setCheckable(True)
        self.privacy_button.setChecked(ctx.privacy.masked)
        self.privacy_button.setAccessibleName(self.tr("Privacy mode: hide client names"))
        self.privacy_button.setToolTip(self.tr("Hide client names in every list (F9)"))
        bottom = QHBoxLayout()
        self.bottom_row = bottom
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

    def add_action(self, button: QPushButton) -> None:
        """A workspace action that brings cases in (Import package…), at the end of the row under the list and
        of the keyboard order."""
        self.bottom_row.addWidget(button)
        QWidget.setTabOrder(self.privacy_button, button)

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
            self._sized = True  # once (and when the text size changes): her own column widths are kept
            follow(self.table, lambda t: self._fit_columns(), "columns")
        if self._reselect is not None:
            self.select_case(self._reselect)
            self._reselect = None
        self._update_count()

    def _fit_rows(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)

    def _fit_columns(self) -> None:
        # Widths from the rows on screen only: Qt's default looks at 1,000 rows (13,000 data() calls,
        # 225 ms of the unlock on a 50,000-case vault), most of them pages not even loaded yet.
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.resizeColumnsToContents()
        client = column_of("client")
        self.table.setColumnWidth(client, max(self.table.columnWidth(client),
                                              self.table.fontMetrics().horizontalAdvance("M" * 14)))

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
