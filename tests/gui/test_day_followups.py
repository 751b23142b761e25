"""Issue 15, item 2: follow-ups are planned, done, rescheduled and cancelled, each with what came of it, from
the case and from the dashboard; a settled one leaves the dashboard's lists."""

from __future__ import annotations

import json
from datetime import date, timedelta

from gui_support import (
    DEMO_COUNSELOR,
    DEMO_PASSWORD,
    WORKER_TIMEOUT,
    click,
    click_tab,
    press_save,
    save_and_close,
    show_case,
    sign_in,
    type_into,
    type_text,
)
from PySide6.QtCore import Qt

from kadin_danisma.domain import records as r
from kadin_danisma.gui.case.followups_tab import PlanFollowUpDialog, SettleFollowUpDialog
from kadin_danisma.services import cases, followups
from kadin_danisma.vault.case_queries import CaseFilter

TODAY = date.today()


def dotted(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def my_active_case(session) -> int:  # type: ignore[no-untyped-def]
    found = [c for c in cases.list_cases(session, CaseFilter(statuses=("active",))) if DEMO_COUNSELOR in c.counselors]
    return found[0].id


def actions(session, case_id: int) -> list[tuple[str, dict]]:  # type: ignore[no-untyped-def]
    rows = session.connection().execute(
        "SELECT action, details FROM audit_log WHERE target = ? AND action LIKE 'follow_up%' ORDER BY id",
        (f"case:{case_id}",)).fetchall()
    return [(a, json.loads(d)) for a, d in rows]


def row_of(table, purpose: str) -> int:  # type: ignore[no-untyped-def]
    return next(i for i in range(table.rowCount()) if table.item(i, 1).text() == purpose)


def test_plan_done_reschedule_cancel_from_the_case(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = my_active_case(session)
    view = show_case(qtbot, ctx, case_id)
    tab = view.followups_tab
    view.tabs.setCurrentWidget(tab)

    # Planned for next week, the date typed as it is shown.
    click(qtbot, tab.plan_button)
    plan = tab.dialog
    assert isinstance(plan, PlanFollowUpDialog)
    type_into(qtbot, plan.due_on, dotted(TODAY + timedelta(days=7)))
    type_into(qtbot, plan.purpose, "Koruma kararı sonrası arama")
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, plan)
    row = row_of(tab.table, "Koruma kararı sonrası arama")
    assert [tab.table.item(row, j).text() for j in (0, 2)] == [dotted(TODAY + timedelta(days=7)), "planned"]

    # Done: what came of it is required.
    tab.table.selectRow(row)
    click(qtbot, tab.done_button)
    done = tab.dialog
    assert isinstance(done, SettleFollowUpDialog) and done.step == "done"
    press_save(qtbot, done)
    assert done.isVisible() and "Outcome: is required" in done.error.text()
    qtbot.mouseClick(done.outcome, Qt.MouseButton.LeftButton)
    type_text(qtbot, done.outcome, "Arandı; güvende, karar tebliğ edildi.")
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, done)
    row = row_of(tab.table, "Koruma kararı sonrası arama")
    assert [tab.table.item(row, j).text() for j in (2, 3, 5)] == [
        "done", dotted(TODAY), "Arandı; güvende, karar tebliğ edildi."]
    assert not tab.done_button.isEnabled(), "a settled follow-up is settled once"

    # Rescheduled: the old one says why, a new one is planned with the same purpose.
    fid = followups.add_follow_up(session, case_id, r.FollowUp(TODAY.isoformat(), "Okul kaydı"))
    view.reload()
    qtbot.waitUntil(lambda: not view.loading, timeout=WORKER_TIMEOUT)
    assert tab.select(fid)
    click(qtbot, tab.reschedule_button)
    move = tab.dialog
    assert isinstance(move, SettleFollowUpDialog) and move.new_due is not None
    type_into(qtbot, move.new_due, dotted(TODAY + timedelta(days=3)))
    qtbot.mouseClick(move.outcome, Qt.MouseButton.LeftButton)
    type_text(qtbot, move.outcome, "Okul müdürü izinde")
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, move)
    record = cases.open_case(session, case_id)
    old = next(f for f in record.follow_ups if f.id == fid)
    new = next(f for f in record.follow_ups if f.purpose == "Okul kaydı" and f.id != fid)
    assert (old.status, old.outcome, old.done_on) == ("rescheduled", "Okul müdürü izinde", TODAY.isoformat())
    assert (new.status, new.due_on) == ("planned", (TODAY + timedelta(days=3)).isoformat())

    # Cancelled, with why.
    assert tab.select(new.id)
    click(qtbot, tab.cancel_button)
    cancel = tab.dialog
    assert isinstance(cancel, SettleFollowUpDialog) and cancel.step == "cancelled"
    qtbot.mouseClick(cancel.outcome, Qt.MouseButton.LeftButton)
    type_text(qtbot, cancel.outcome, "Kendisi okulu aradı")
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, cancel)
    assert next(f for f in cases.open_case(session, case_id).follow_ups if f.id == new.id).status == "cancelled"
    steps = [(a, d.get("status")) for a, d in actions(session, case_id)]
    assert steps[-5:] == [("follow_up_add", None), ("follow_up_settle", "done"), ("follow_up_add", None),
                          ("follow_up_reschedule", None), ("follow_up_settle", "cancelled")]
    assert all("Arandı" not in json.dumps(d) for _, d in actions(session, case_id)), "outcomes stay out of the log"


def test_done_from_the_dashboard_takes_it_off_the_lists(qtbot, make_window, case_vault, open_as) -> None:
    session, _ctx = open_as()
    case_id = my_active_case(session)
    fid = followups.add_follow_up(session, case_id, r.FollowUp((TODAY - timedelta(days=1)).isoformat(),
                                                               "Dünkü arama yapılmadı"))
    number = cases.open_case(session, case_id).case_number
    session.lock()

    window = make_window(case_vault.folder)
    sign_in(qtbot, window, DEMO_COUNSELOR, DEMO_PASSWORD)
    board = window.workspace.dashboard
    qtbot.waitUntil(lambda: board.board is not None and not board.loading, timeout=WORKER_TIMEOUT)
    click_tab(qtbot, window, board)
    listed = board.follow_ups
    rows = [listed.topLevelItem(i) for i in range(listed.topLevelItemCount())]
    mine = next(item for item in rows if item.text(0) == number and item.text(3) == "Dünkü arama yapılmadı")
    assert mine.text(2).startswith("OVERDUE")
    # It is in her inbox too, as a follow-up due.
    inbox = [board.inbox.topLevelItem(i) for i in range(board.inbox.topLevelItemCount())]
    assert any(i.text(0) == number and i.text(2) == "Follow-up due" for i in inbox)
    listed.setFocus()
    listed.setCurrentItem(mine)
    click(qtbot, board.follow_up_buttons.buttons["done"])
    dialog = board.dialog
    assert isinstance(dialog, SettleFollowUpDialog) and dialog.case_id == case_id
    assert number in dialog.findChild(type(dialog.error), "followUpShown").text()
    qtbot.mouseClick(dialog.outcome, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.outcome, "Bugün arandı, görüşme ayarlandı.")
    with qtbot.waitSignal(board.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, dialog)
    qtbot.waitUntil(lambda: not board.loading, timeout=WORKER_TIMEOUT)
    assert not [i for i in range(listed.topLevelItemCount())
                if listed.topLevelItem(i).text(3) == "Dünkü arama yapılmadı"]
    assert not [i for i in range(board.inbox.topLevelItemCount())
                if board.inbox.topLevelItem(i).text(4) == "Dünkü arama yapılmadı"]
    settled = next(f for f in cases.open_case(window.session, case_id).follow_ups if f.id == fid)
    assert (settled.status, settled.outcome) == ("done", "Bugün arandı, görüşme ayarlandı.")
