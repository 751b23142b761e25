"""The workspace around the cases: the dashboard, the global search box, privacy mode across every list
(F9), text size (Ctrl+plus / Ctrl+minus), and the DEMO marking of a demo vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import (
    DEMO_COUNSELOR,
    DEMO_PASSWORD,
    SUPERVISOR,
    WORKER_TIMEOUT,
    sign_in,
    texts_containing,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kadin_danisma.gui.base.preferences import apply_font_size, forget_preference, preference
from kadin_danisma.gui.session.privacy import MASK
from kadin_danisma.gui.workspace.case_rows import CASE_ID_ROLE
from kadin_danisma.services import dashboard, search
from kadin_danisma.vault.case_queries import CaseSummary


def signed_in(qtbot, make_window, folder: Path, username: str = DEMO_COUNSELOR, password: str = DEMO_PASSWORD):
    window = make_window(folder)
    sign_in(qtbot, window, username, password)
    board = window.workspace.dashboard
    qtbot.waitUntil(lambda: board.board is not None, timeout=WORKER_TIMEOUT)
    return window


def test_dashboard_lists_her_work_and_each_row_opens_the_case(qtbot, make_window, case_vault) -> None:
    window = signed_in(qtbot, make_window, case_vault.folder)
    workspace = window.workspace
    assert workspace.tabs.currentWidget() is workspace.dashboard, "the dashboard is the first screen"
    expected = dashboard.dashboard(window.session)
    page = workspace.dashboard
    rows = page.my_cases
    assert rows.topLevelItemCount() == len(expected.my_open_cases) > 0
    shown = [int(rows.topLevelItem(i).data(0, CASE_ID_ROLE)) for i in range(rows.topLevelItemCount())]
    assert shown == [c.id for c in expected.my_open_cases]
    assert page.high_risk.topLevelItemCount() == len(expected.high_risk)
    assert page.follow_ups.topLevelItemCount() == len(expected.follow_ups)
    assert page.measures.topLevelItemCount() == len(expected.measures_expiring)
    assert not page.show_closures, "closures waiting are for supervisors"
    # Names are masked (privacy mode is on by default).
    assert {rows.topLevelItem(i).text(1) for i in range(rows.topLevelItemCount())} == {MASK}
    # Keyboard: into the list, Enter opens the first case in its own tab.
    rows.setFocus()
    rows.setCurrentItem(rows.topLevelItem(0))
    qtbot.keyClick(rows, Qt.Key.Key_Return)
    first = expected.my_open_cases[0]
    qtbot.waitUntil(lambda: first.id in workspace.case_views, timeout=WORKER_TIMEOUT)
    view = workspace.case_views[first.id]
    qtbot.waitUntil(lambda: view.data is not None, timeout=WORKER_TIMEOUT)
    assert workspace.tabs.currentWidget() is view
    assert workspace.tabs.tabText(workspace.tabs.currentIndex()) == first.case_number
    qtbot.keyClick(view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert first.id not in workspace.case_views and workspace.tabs.count() == workspace.fixed_tabs


def test_supervisor_dashboard_shows_closures_waiting(qtbot, make_window, case_vault) -> None:
    from gui_support import PASSWORD

    window = signed_in(qtbot, make_window, case_vault.folder, SUPERVISOR, PASSWORD)
    page = window.workspace.dashboard
    expected = dashboard.dashboard(window.session)
    assert page.show_closures
    assert page.closures.topLevelItemCount() == len(expected.closures_waiting)
    assert window.workspace.new_intake_button is None, "supervisors do not record intakes"
    assert not [t for _w, t in texts_containing("intake") if "&" in t or "…" in t]


def search_for(qtbot, window, text: str) -> list[str]:
    box = window.workspace.search
    qtbot.keyClick(window.workspace, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert box.hasFocus() or not window.isActiveWindow()
    shown: list[int] = []
    box.results_shown.connect(shown.append)
    type_text(qtbot, box, text)
    qtbot.waitUntil(lambda: bool(shown) and box.results.isVisible(), timeout=WORKER_TIMEOUT)
    listing = box.results.list
    return [listing.item(i).text() for i in range(listing.count())]


def test_search_as_you_type_finds_her_cases_and_opens_one(qtbot, make_window, case_vault) -> None:
    window = signed_in(qtbot, make_window, case_vault.folder)
    session = window.session
    mine: list[CaseSummary] = window.workspace.dashboard.board.my_open_cases
    target = mine[0]
    query = target.client_name.split()[0][:4]
    expected = search.search(session, query, 30, audit=False)
    assert target.id in {c.id for c in expected}
    texts = search_for(qtbot, window, query)
    assert len(texts) == len(expected)
    assert [t.split(" · ")[0] for t in texts] == [c.case_number for c in expected]
    assert all(MASK in t for t in texts), "names stay masked in the results while privacy mode is on"
    assert not texts_containing(target.client_name), "the name is not on screen in privacy mode"
    # Down into the list, pick the target, Enter opens it.
    box = window.workspace.search
    qtbot.keyClick(box, Qt.Key.Key_Down)
    listing = box.results.list
    assert listing.hasFocus() or not window.isActiveWindow()
    listing.setCurrentRow([c.id for c in expected].index(target.id))
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: target.id in window.workspace.case_views, timeout=WORKER_TIMEOUT)
    assert not box.results.isVisible()


def test_a_late_answer_to_an_old_query_is_not_shown(qtbot, make_window, case_vault) -> None:
    window = signed_in(qtbot, make_window, case_vault.folder)
    box = window.workspace.search
    box.setText("zzzzqqq")  # matches nothing
    box._run()  # first query: its worker is running…
    box.setText("KDM")  # …when she types on; the newest query wins
    box._run()
    qtbot.waitUntil(lambda: box.results.isVisible() and box.results.list.count() > 0, timeout=WORKER_TIMEOUT)
    qtbot.wait(200)
    assert box.results.list.count() > 0, "the empty answer to the older query did not replace the newer one"


def test_f9_toggles_privacy_in_every_list(qtbot, make_window, case_vault) -> None:
    window = signed_in(qtbot, make_window, case_vault.folder)
    workspace = window.workspace
    board = workspace.dashboard.board
    name = board.my_open_cases[0].client_name
    search_for(qtbot, window, board.my_open_cases[0].case_number)
    assert not texts_containing(name)
    qtbot.keyClick(workspace.search, Qt.Key.Key_F9)
    assert not workspace.ctx.privacy.masked and not workspace.privacy_button.isChecked()
    shown = [t for _w, t in texts_containing(name)]
    assert len(shown) >= 2, "names appear in the dashboard and the search results"
    qtbot.keyClick(workspace.search, Qt.Key.Key_F9)
    assert workspace.ctx.privacy.masked and not texts_containing(name)


@pytest.fixture
def default_font(app: QApplication):
    yield
    apply_font_size(None)
    forget_preference("ui/font_size")


def test_text_size_follows_the_setting_and_is_remembered(qtbot, make_window, case_vault, default_font) -> None:
    window = signed_in(qtbot, make_window, case_vault.folder)
    app = QApplication.instance()
    base = app.font().pointSizeF()
    label = window.workspace.findChild(QLabel, "topUser")
    height = label.sizeHint().height()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    bigger = app.font().pointSizeF()
    assert bigger > base
    assert float(preference("ui/font_size")) == bigger
    qtbot.waitUntil(lambda: label.sizeHint().height() > height, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert base < app.font().pointSizeF() < bigger
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert app.font().pointSizeF() == base and preference("ui/font_size") is None


def test_a_demo_vault_is_marked_demo_on_every_screen(qtbot, app, tmp_path: Path) -> None:
    from kadin_danisma.gui.demo_mode import _create
    from kadin_danisma.gui.main_window import MainWindow

    folder = tmp_path / "demo" / "vault"
    _create(folder, 12)
    window = MainWindow(folder, demo=True)
    qtbot.addWidget(window)
    window.show()
    banner = window.findChild(QLabel, "demoBanner")
    assert "DEMO" in window.windowTitle() and banner.isVisible() and "DEMO" in banner.text()
    assert window.unlock_page.username.text() == DEMO_COUNSELOR
    sign_in(qtbot, window, DEMO_COUNSELOR, DEMO_PASSWORD)
    qtbot.waitUntil(lambda: window.workspace.dashboard.board is not None, timeout=WORKER_TIMEOUT)
    assert banner.isVisible() and window.workspace.dashboard.my_cases.topLevelItemCount() > 0
    window.lock()
