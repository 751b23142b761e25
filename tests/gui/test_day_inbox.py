"""Issue 15, item 9: what needs a counselor is on her dashboard: a closure returned to her with the
supervisor's comment ("Returned to me"), a case newly assigned to her, a follow-up due today, a measure ending
within 14 days. The supervisor's Approve… shows the request's summary and checklist, and a request put
forward again after a return is marked as such."""

from __future__ import annotations

from datetime import date, timedelta

from gui_support import (
    COUNSELOR,
    COUNSELOR_NAME,
    DEMO_COUNSELOR,
    DEMO_PASSWORD,
    PASSWORD,
    SUPERVISOR,
    SUPERVISOR_NAME,
    WORKER_TIMEOUT,
    click,
    click_tab,
    sign_in,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kadin_danisma.domain import records as r
from kadin_danisma.gui.case.closure_dialogs import DecisionDialog
from kadin_danisma.services import cases, closure, followups, measures, vault_service

TODAY = date.today()
COMMENT = "Güvenlik planı yeni adrese göre gözden geçirilmeli."
SUMMARY = "Boşanma davası açıldı, güvenlik planı hazır."


def rows_of(tree) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[tree.topLevelItem(i).text(j) for j in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())]


def setup(folder) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Through the services: her returned closure, a case given to her, a follow-up due, a measure ending."""
    ayse = vault_service.unlock(folder, COUNSELOR, PASSWORD)
    selin = vault_service.unlock(folder, SUPERVISOR, PASSWORD)
    other = vault_service.unlock(folder, DEMO_COUNSELOR, DEMO_PASSWORD)
    try:
        day = (TODAY - timedelta(days=30)).isoformat()
        returned = cases.create_case(ayse, r.Client("Dönen Dosya Hanım"), r.Intake(day, violence_types=["verbal"]))
        cases.finish_intake(ayse, returned)
        closure.request_closure(ayse, returned, r.ClosureRequest("goals_met", checklist=["needs_met"], summary=SUMMARY))
        closure.decide(selin, returned, False, COMMENT)
        given = cases.create_case(other, r.Client("Devredilen Hanım"), r.Intake(day, violence_types=["verbal"]))
        cases.finish_intake(other, given)
        cases.assign(selin, given, [DEMO_COUNSELOR, COUNSELOR])
        followups.add_follow_up(ayse, returned, r.FollowUp(TODAY.isoformat(), "Bugünkü arama"))
        measures.save_measure(ayse, returned, r.Measure("no_contact", "family_judge", day, day,
                                                       (TODAY + timedelta(days=9)).isoformat()))
        numbers = {"returned": cases.open_case(ayse, returned).case_number,
                   "given": cases.open_case(selin, given).case_number}
    finally:
        for s in (ayse, selin, other):
            s.lock()
    return numbers


def test_inbox_returned_to_me_and_the_resubmitted_request(qtbot, make_window, case_vault) -> None:
    numbers = setup(case_vault.folder)
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    board = window.workspace.dashboard
    qtbot.waitUntil(lambda: board.board is not None and not board.loading, timeout=WORKER_TIMEOUT)
    click_tab(qtbot, window, board)

    inbox = rows_of(board.inbox)
    kinds = {(row[0], row[2]) for row in inbox}
    assert (numbers["returned"], "Closure returned") in kinds
    assert (numbers["given"], "Newly assigned to you") in kinds
    assert (numbers["returned"], "Follow-up due") in kinds
    assert (numbers["returned"], "Measure ends soon") in kinds
    returned_row = next(row for row in inbox if row[2] == "Closure returned")
    assert COMMENT in returned_row[4] and SUPERVISOR_NAME in returned_row[4]
    given_row = next(row for row in inbox if row[2] == "Newly assigned to you")
    assert SUPERVISOR_NAME in given_row[4]
    mine = rows_of(board.returned)
    assert [(row[0], row[2], row[4]) for row in mine] == [(numbers["returned"], SUPERVISOR_NAME, COMMENT)]
    assert board.boxes["dashReturned"].title() == "Returned to me (1)"

    # Enter on the returned row opens the case on its closure tab, with the comment in sight.
    tree = board.returned
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    workspace = window.workspace
    qtbot.waitUntil(lambda: len(workspace.case_views) == 1, timeout=5000)
    view = next(iter(workspace.case_views.values()))
    qtbot.waitUntil(lambda: view.data is not None, timeout=WORKER_TIMEOUT)
    assert view.tabs.currentWidget() is view.closure_tab and COMMENT in view.closure_tab.returned.text()

    # She opens the assigned case: it is no longer new.
    given_id = cases.find_case_id(window.session, numbers["given"])
    given_view = workspace.open_case(given_id)
    qtbot.waitUntil(lambda: given_view.data is not None, timeout=WORKER_TIMEOUT)
    with qtbot.waitSignal(board.loaded, timeout=WORKER_TIMEOUT):
        board.refresh()
    assert (numbers["given"], "Newly assigned to you") not in {(row[0], row[2]) for row in rows_of(board.inbox)}

    # She puts it forward again; the supervisor sees it marked, and reads it before approving.
    case_id = cases.find_case_id(window.session, numbers["returned"])
    again = r.ClosureRequest("goals_met", checklist=["needs_met", "safety_plan_reviewed"], summary=SUMMARY)
    closure.request_closure(window.session, case_id, again)
    window.lock()
    sign_in(qtbot, window, SUPERVISOR, PASSWORD)
    page = window.workspace.reviews
    with qtbot.waitSignal(page.loaded, timeout=WORKER_TIMEOUT):
        click_tab(qtbot, window, page)
    row = next(i for i, x in enumerate(rows_of(page.rows)) if x[0] == numbers["returned"])
    assert rows_of(page.rows)[row][5] == "resubmitted after a return"
    page.rows.setCurrentItem(page.rows.topLevelItem(row))
    click(qtbot, page.approve_button)
    dialog = page.dialog
    assert isinstance(dialog, DecisionDialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=WORKER_TIMEOUT)
    assert dialog.resubmitted.isVisible() and COMMENT in dialog.resubmitted.text()
    assert dialog.summary.toPlainText() == SUMMARY
    details = dialog.findChild(QLabel, "decisionDetails").text()
    assert "Checked: Identified needs have been met; Safety plan reviewed together" in details
    assert "Not checked:" in details and COUNSELOR_NAME in details
    dialog.reject()
