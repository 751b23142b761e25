"""The case list page: the lazy model (Qt's model testers, paging), filters and sorting against the service,
privacy mode (a masked name never reaches any role), who sees which cases, and the keyboard."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from gui_support import (
    DEMO_COUNSELOR,
    DEMO_PASSWORD,
    PASSWORD,
    SUPERVISOR,
    WORKER_TIMEOUT,
    click,
    widget_texts,
)
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from screen_checks import accessible_name

from kadin_danisma.domain.errors import VaultLocked
from kadin_danisma.gui.base.lines import isolate
from kadin_danisma.gui.base.messages import error_text
from kadin_danisma.gui.base.workers import wait_for_workers
from kadin_danisma.gui.session.context import Context
from kadin_danisma.gui.session.privacy import MASK
from kadin_danisma.gui.workspace import case_list
from kadin_danisma.gui.workspace.case_list import COLUMNS, CaseListModel, column_of
from kadin_danisma.gui.workspace.case_list_page import CaseListPage
from kadin_danisma.services import cases
from kadin_danisma.services.session import Session
from kadin_danisma.vault.case_queries import CaseFilter, CaseSummary

CASE_ID_ROLE = CaseListModel.CASE_ID_ROLE
CLIENT = column_of("client")
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
RISK_RANK = {"very_high": 3, "high": 2, "medium": 1, "low": 0}

OpenSession = Callable[..., tuple[Session, Context]]


@pytest.fixture
def make_page(open_as: OpenSession, qtbot) -> Callable[..., CaseListPage]:
    def make(username: str = SUPERVISOR, password: str = PASSWORD) -> CaseListPage:
        _session, ctx = open_as(username, password)
        page = CaseListPage(ctx)
        qtbot.addWidget(page)
        page.resize(1100, 600)
        wait_idle(qtbot, page.model)
        return page

    return make


def wait_idle(qtbot, model: CaseListModel) -> None:
    qtbot.waitUntil(lambda: not model.busy, timeout=WORKER_TIMEOUT)


def service_list(session: Session, f: CaseFilter | None = None, sort: str = "opened_on",
                 descending: bool = True) -> list[CaseSummary]:
    return cases.list_cases(session, f or CaseFilter(), sort, descending, 0, 100_000)


def shown_ids(model: CaseListModel) -> list[int]:
    return [model.data(model.index(r, 0), CASE_ID_ROLE) for r in range(model.rowCount())]


def show(qtbot, page: CaseListPage) -> None:
    with qtbot.waitExposed(page):
        page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=5000)


# -- the model --------------------------------------------------------------------------------------------
def test_model_passes_the_model_tester_while_paging(open_as: OpenSession, qtbot, qtmodeltester,
                                                    monkeypatch) -> None:
    monkeypatch.setattr(case_list, "PAGE_SIZE", 25)
    session, ctx = open_as(SUPERVISOR, PASSWORD)
    model = CaseListModel(ctx)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex()), "nothing before reload()"
    with qtbot.waitSignal(model.loaded, timeout=WORKER_TIMEOUT):
        model.reload()
    assert (model.rowCount(), model.total) == (25, 60)
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0
    # The tester stays connected: every later insertion, reset and dataChanged is checked as it happens.
    qtmodeltester.check(model, force_py=True)
    wait_idle(qtbot, model)  # the tester itself asked for more
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        wait_idle(qtbot, model)
    assert model.rowCount() == 60 and not model.canFetchMore(QModelIndex())
    assert shown_ids(model) == [c.id for c in service_list(session)]
    ctx.privacy.toggle()
    ctx.privacy.reveal(model.rows[0].id)
    with qtbot.waitSignal(model.loaded, timeout=WORKER_TIMEOUT):
        model.sort(column_of("risk"), Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(model.loaded, timeout=WORKER_TIMEOUT):
        model.set_filter(CaseFilter(statuses=("closed",)))
    model.clear()
    assert model.rowCount() == 0
    assert model.data(QModelIndex()) is None and model.data(model.index(99, 0)) is None
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))] == [
        "Case", "Client", "Client code", "Status", "Risk", "Opened", "Counselor", "Flags"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_model_passes_qt_s_own_model_tester(open_as: OpenSession, qtbot, qtmodeltester, monkeypatch) -> None:
    monkeypatch.setattr(case_list, "PAGE_SIZE", 25)
    _session, ctx = open_as(SUPERVISOR, PASSWORD)
    model = CaseListModel(ctx)
    with qtbot.waitSignal(model.loaded, timeout=WORKER_TIMEOUT):
        model.reload()
    qtmodeltester.check(model, force_py=False)  # QAbstractItemModelTester (C++) where available
    wait_idle(qtbot, model)
    model.fetchMore(QModelIndex())
    wait_idle(qtbot, model)
    assert model.rowCount() == 60
    ctx.privacy.toggle()


def test_pages_are_fetched_as_the_view_scrolls(make_page, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(case_list, "PAGE_SIZE", 20)
    page = make_page()
    model = page.model
    # One page at first (the view may already have asked for a second one to fill its height).
    assert model.rowCount() in (20, 40) and model.total == 60
    assert page.count_label.text() == "60 cases"
    show(qtbot, page)
    while model.rowCount() < 60:
        before = model.rowCount()
        page.table.scrollToBottom()  # the view asks the model for more when it reaches the end
        qtbot.waitUntil(lambda n=before: model.rowCount() == n + 20, timeout=WORKER_TIMEOUT)
        wait_idle(qtbot, model)
    assert not model.canFetchMore(QModelIndex())
    assert shown_ids(model) == [c.id for c in service_list(page.ctx.session)]
    assert len(set(shown_ids(model))) == 60


def test_a_result_arriving_after_the_filter_changed_is_dropped(open_as: OpenSession, qtbot) -> None:
    session, ctx = open_as(SUPERVISOR, PASSWORD)
    model = CaseListModel(ctx)
    loads: list[int] = []
    model.loaded.connect(lambda: loads.append(model.rowCount()))
    closed = service_list(session, CaseFilter(statuses=("closed",)))
    assert 0 < len(closed) < 60
    model.set_filter(CaseFilter())  # both workers run; the first result must not win
    model.set_filter(CaseFilter(statuses=("closed",)))
    assert wait_for_workers(WORKER_TIMEOUT)
    qtbot.waitUntil(lambda: not model.busy, timeout=WORKER_TIMEOUT)
    QCoreApplication.processEvents()
    assert loads == [len(closed)]
    assert shown_ids(model) == [c.id for c in closed]


def test_an_error_is_shown_translated(make_page, qtbot) -> None:
    page = make_page()
    page.ctx.session.lock()
    page.refresh()
    wait_idle(qtbot, page.model)
    assert page.count_label.text() == error_text(VaultLocked("the vault is locked"))
    assert page.model.rowCount() == 0


# -- filters ----------------------------------------------------------------------------------------------
def test_every_filter_gives_exactly_the_service_s_rows(make_page, qtbot) -> None:
    page = make_page()
    session, model = page.ctx.session, page.model
    assert page.counselor is not None, "a supervisor can filter by counselor"
    non_empty = 0
    for combo in page.filter_combos():
        assert combo.currentIndex() == 0 and combo.itemText(0) == "Any"
        for i in range(1, combo.count()):
            with qtbot.waitSignal(model.loaded, timeout=WORKER_TIMEOUT):
                combo.setCurrentIndex(i)
            f = page.current_filter()
            expected = [c.id for c in service_list(session, f)]
            assert shown_ids(model) == expected, (combo.objectName(), combo.itemText(i))
            assert model.total == len(expected)
            non_empty += bool(expected)
        with qtbot.waitSignal(model.loaded, timeout=WORKER_TIMEOUT):
            combo.setCurrentIndex(0)
        assert model.total == 60
    assert non_empty >= 10, "the demo data should exercise the filters"
    # Each filter field reaches the query.
    f = page.current_filter()
    assert f == CaseFilter()


def test_combined_filters_and_clear(make_page, qtbot) -> None:
    page = make_page()
    show(qtbot, page)
    session, model = page.ctx.session, page.model
    with qtbot.waitSignal(model.loaded, timeout=WORKER_TIMEOUT):
        page.shelter.setCurrentIndex(page.shelter.findData(False))
    with qtbot.waitSignal(model.loaded, timeout=WORKER_TIMEOUT):
        page.measure.setCurrentIndex(page.measure.findData(True))
    f = page.current_filter()
    assert (f.in_shelter, f.active_measure) == (False, True)
    expected = [c.id for c in service_list(session, f)]
    assert shown_ids(model) == expected
    assert all(c.active_measure and not c.in_shelter for c in model.rows)
    with qtbot.waitSignal(model.loaded, timeout=WORKER_TIMEOUT):
        click(qtbot, page.clear_button)
    assert all(c.currentIndex() == 0 for c in page.filter_combos())
    assert model.total == 60 and page.count_label.text() == "60 cases"


def test_counselor_filter_for_supervisors(make_page, qtbot) -> None:
    page = make_page()
    assert page.counselor is not None
    index = next(i for i in range(page.counselor.count()) if f"({DEMO_COUNSELOR})" in page.counselor.itemText(i))
    with qtbot.waitSignal(page.model.loaded, timeout=WORKER_TIMEOUT):
        page.counselor.setCurrentIndex(index)
    assert 0 < page.model.total < 60
    assert all(DEMO_COUNSELOR in c.counselors for c in page.model.rows)


# -- who sees what ----------------------------------------------------------------------------------------
def test_a_supervisor_sees_all_60_cases(make_page) -> None:
    page = make_page()
    assert page.model.total == 60 and page.model.rowCount() == 60
    assert page.count_label.text() == "60 cases"


def test_a_counselor_sees_only_her_own_cases(make_page) -> None:
    page = make_page(DEMO_COUNSELOR, DEMO_PASSWORD)
    model = page.model
    assert 0 < model.total < 60
    assert all(DEMO_COUNSELOR in c.counselors for c in model.rows)
    assert shown_ids(model) == [c.id for c in service_list(page.ctx.session)]
    assert page.counselor is None, "her list holds only her cases: no counselor filter"


# -- sorting ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["risk", "case_number", "opened_on", "client_code", "status"])
def test_sorting_re_queries_in_the_right_order(make_page, qtbot, name: str) -> None:
    page = make_page()
    session, model = page.ctx.session, page.model
    column = column_of(name)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        if (model.sort_key, model.descending) != (name, order == Qt.SortOrder.DescendingOrder):
            with qtbot.waitSignal(model.loaded, timeout=WORKER_TIMEOUT):
                page.table.sortByColumn(column, order)
        descending = order == Qt.SortOrder.DescendingOrder
        assert shown_ids(model) == [c.id for c in service_list(session, sort=name, descending=descending)]
        keys = {
            "risk": lambda c: RISK_RANK.get(c.risk_level or "", -1),
            "case_number": lambda c: c.case_number,
            "opened_on": lambda c: c.opened_on,
            "client_code": lambda c: c.client_code,
            "status": lambda c: c.status,
        }
        values = [keys[name](c) for c in model.rows]
        assert values == sorted(values, reverse=descending)


def test_columns_without_a_sql_sort_are_not_sortable(make_page, qtbot) -> None:
    page = make_page()
    model, header = page.model, page.table.horizontalHeader()
    before = shown_ids(model)
    for name in ("client", "counselors", "flags"):
        column = column_of(name)
        assert not model.is_sortable(column)
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        assert not model.busy, "no query for an unsortable column"
        assert header.sortIndicatorSection() == column_of("opened_on")
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert shown_ids(model) == before


# -- privacy ----------------------------------------------------------------------------------------------
def _texts(model: CaseListModel, row: int) -> list[str]:
    return [str(model.data(model.index(row, c), role)) for c in range(model.columnCount()) for role in ROLES]


def test_names_are_masked_in_every_role(make_page) -> None:
    page = make_page()
    model = page.model
    assert page.ctx.privacy.masked and page.privacy_button.isChecked()
    for row, case in enumerate(model.rows):
        assert model.data(model.index(row, CLIENT)) == MASK
        assert model.data(model.index(row, CLIENT), Qt.ItemDataRole.AccessibleTextRole) == "name hidden"
        assert not any(case.client_name in text for text in _texts(model, row)), row
    names = [c.client_name for c in model.rows]
    assert not any(name in text for text in widget_texts(page.table) for name in names)


def test_space_reveals_the_selected_row_only_and_moving_masks_it_again(make_page, qtbot) -> None:
    page = make_page()
    model, table = page.model, page.table
    show(qtbot, page)
    table.setFocus()
    table.selectRow(3)
    assert page.show_name_button.isEnabled()
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert page.ctx.privacy.revealed == model.rows[3].id
    for row, case in enumerate(model.rows):
        shown = model.data(model.index(row, CLIENT))
        assert shown == (isolate(case.client_name) if row == 3 else MASK), row
        if row != 3:
            assert not any(case.client_name in text for text in _texts(model, row))
    assert model.data(model.index(3, CLIENT), Qt.ItemDataRole.ToolTipRole) is None
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert page.selected_case_id() == model.rows[4].id
    assert page.ctx.privacy.revealed is None
    assert all(model.data(model.index(r, CLIENT)) == MASK for r in range(model.rowCount()))
    # The button does the same; pressing it again hides the name again.
    click(qtbot, page.show_name_button)
    assert model.data(model.index(4, CLIENT)) == isolate(model.rows[4].client_name)
    click(qtbot, page.show_name_button)
    assert model.data(model.index(4, CLIENT)) == MASK


def test_toggling_privacy_unmasks_without_a_reset(make_page, qtbot) -> None:
    page = make_page()
    show(qtbot, page)
    model = page.model
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.dataChanged, timeout=1000) as changed:
        page.toggle_privacy()
    top_left, bottom_right = changed.args[0], changed.args[1]
    assert (top_left.row(), top_left.column()) == (0, CLIENT)
    assert (bottom_right.row(), bottom_right.column()) == (model.rowCount() - 1, CLIENT)
    assert not page.ctx.privacy.masked and not page.privacy_button.isChecked()
    assert not page.show_name_button.isEnabled()
    assert [model.data(model.index(r, CLIENT)) for r in range(model.rowCount())] == [
        isolate(c.client_name) for c in model.rows]
    click(qtbot, page.privacy_button)  # and back on from the page's own button
    assert page.ctx.privacy.masked
    assert all(model.data(model.index(r, CLIENT)) == MASK for r in range(model.rowCount()))
    assert resets == []


def test_reloading_masks_a_revealed_row(make_page, qtbot) -> None:
    page = make_page()
    page.table.selectRow(0)
    page.reveal_selected()
    assert page.ctx.privacy.revealed is not None
    with qtbot.waitSignal(page.model.loaded, timeout=WORKER_TIMEOUT):
        page.refresh()
    assert page.ctx.privacy.revealed is None
    assert page.selected_case_id() == page.model.rows[0].id, "the selection survives a refresh"


def test_scrub_leaves_nothing(make_page) -> None:
    page = make_page()
    page.toggle_privacy()
    names = [c.client_name for c in page.model.rows]
    page.scrub()
    assert page.model.rowCount() == 0 and page.count_label.text() == ""
    assert not any(name in text for text in widget_texts(page.table) for name in names)


# -- keyboard and accessibility ---------------------------------------------------------------------------
def test_enter_and_double_click_open_the_selected_case(make_page, qtbot) -> None:
    page = make_page()
    model, table = page.model, page.table
    show(qtbot, page)
    table.setFocus()
    table.selectRow(2)
    with qtbot.waitSignal(page.case_activated, timeout=1000) as activated:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert activated.args == [model.rows[2].id]
    table.selectRow(5)
    with qtbot.waitSignal(page.case_activated, timeout=1000) as activated:
        qtbot.keyClick(table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert activated.args == [model.rows[5].id]
    rect = table.visualRect(model.index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.case_activated, timeout=1000) as activated:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [model.rows[1].id]


def test_tab_from_the_first_filter_reaches_the_table(make_page, qtbot) -> None:
    page = make_page()
    show(qtbot, page)
    page.status.setFocus()
    qtbot.waitUntil(page.status.hasFocus, timeout=1000)
    visited: list[QWidget] = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        if page.table.hasFocus():
            break
    assert page.table.hasFocus(), [w.objectName() for w in visited]
    assert visited == [*page.filter_combos()[1:], page.clear_button, page.table]
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)  # Tab leaves the table rather than walking its cells
    assert page.privacy_button.hasFocus(), "on to the privacy button (Show name is off: no row selected)"
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert page.show_name_button.hasFocus()


def test_every_input_is_named_and_labelled(make_page) -> None:
    page = make_page()
    for widget in [*page.filter_combos(), page.clear_button, page.table, page.show_name_button,
                   page.privacy_button]:
        assert accessible_name(widget), widget.objectName()  # as a screen reader gets it (a button: its text)
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    assert set(page.filter_combos()) <= buddies
    for label in page.findChildren(QLabel):
        if label.buddy() is not None:
            assert "&" in label.text(), label.text()
    table = page.table
    assert table.selectionBehavior() == table.SelectionBehavior.SelectRows
    assert table.selectionMode() == table.SelectionMode.SingleSelection
    assert table.isSortingEnabled()
