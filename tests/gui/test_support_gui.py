"""Aid, employment support and court cases from the case view (issue 21, part A), driven as a counselor would:
cash refused inline until the committee's decision is given, then shown with its lira and changed to
delivered; employment support entered with the keyboard alone; a court case with two hearings, the next one
named; a supervisor sees all of it and gets no control to change it. Screenshots go to the test's folder."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from gui_support import (
    PASSWORD,
    SUPERVISOR,
    WORKER_TIMEOUT,
    choose,
    click,
    is_gone,
    save_and_close,
    show_case,
    type_into,
    type_text,
    unnamed_inputs,
    wait_reloaded,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from kadin_danisma.domain import records as r
from kadin_danisma.services import cases, support
from kadin_danisma.vault.case_queries import CaseFilter

TODAY = date.today()


def dotted(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).strftime("%d.%m.%Y")


def her_case(session) -> int:  # type: ignore[no-untyped-def]
    """An active case of the demo counselor's (a fresh one: the demo's own aid rows are not in the way)."""
    summary = cases.list_cases(session, CaseFilter(statuses=("active",)))[0]
    record = cases.open_case(session, summary.id)
    return cases.create_case(session, r.Client(f"{record.client.full_name} Destek"),
                             r.Intake(TODAY.isoformat(), "walk_in"))


def test_aid_is_recorded_with_its_rule_and_delivered(qtbot, open_as, tmp_path: Path) -> None:
    session, ctx = open_as()
    case_id = her_case(session)
    view = show_case(qtbot, ctx, case_id)
    tab = view.aid_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.summary.text() == "No aid recorded."
    assert tab.add_button is not None
    click(qtbot, tab.add_button)
    dialog = tab.dialog
    assert dialog is not None and unnamed_inputs(dialog) == []
    choose(qtbot, dialog.kind, "Cash")  # type: ignore[attr-defined]
    assert dialog.amount.isVisible() and not dialog.quantity.isVisible()  # type: ignore[attr-defined]
    choose(qtbot, dialog.source, "Municipal unit")  # type: ignore[attr-defined]
    choose(qtbot, dialog.status, "Approved")  # type: ignore[attr-defined]
    type_into(qtbot, dialog.amount, "1.500,5")  # type: ignore[attr-defined]
    type_into(qtbot, dialog.requested_on, dotted(6))  # type: ignore[attr-defined]
    # approved cash without the committee's decision: refused, the field marked, nothing saved
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: "Committee decision no.: is required" in dialog.error.text(), timeout=WORKER_TIMEOUT)
    assert dialog.isVisible() and dialog.committee_decision_no.property("invalid")  # type: ignore[attr-defined]
    assert "Social inquiry report: is required" in dialog.error.text()
    type_into(qtbot, dialog.committee_decision_no, "YK-2026/41")  # type: ignore[attr-defined]
    type_into(qtbot, dialog.inquiry_report_on, dotted(5))  # type: ignore[attr-defined]
    dialog.grab().save(str(tmp_path / "aid-dialog.png"))
    save_and_close(qtbot, dialog)
    wait_reloaded(qtbot, view)
    assert tab.table.rowCount() == 1
    assert [tab.table.item(0, j).text() for j in (0, 1, 3, 6)] == ["Cash", "1.500,50 TL", "Approved", "YK-2026/41"]
    saved = view.record.aid[0]  # type: ignore[union-attr]
    assert (saved.amount_kurus, saved.inquiry_report_on) == (150_050, (TODAY - timedelta(days=5)).isoformat())

    # delivered: chosen from the list, Enter opens it, the delivery date asked for
    tab.table.selectRow(0)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    edit = tab.dialog
    assert edit is not None and edit is not dialog and edit.isVisible()
    choose(qtbot, edit.status, "Delivered")  # type: ignore[attr-defined]
    click(qtbot, edit.save_button())
    qtbot.waitUntil(lambda: "Delivered on: is required" in edit.error.text(), timeout=WORKER_TIMEOUT)
    type_into(qtbot, edit.delivered_on, dotted(1))  # type: ignore[attr-defined]
    save_and_close(qtbot, edit)
    wait_reloaded(qtbot, view)
    assert tab.table.item(0, 3).text() == "Delivered" and tab.table.item(0, 5).text() == dotted(1)
    assert "cash and rent delivered: 1.500,50 TL" in tab.summary.text()

    # food counts pieces, and a refusal needs its reason
    click(qtbot, tab.add_button)
    food = tab.dialog
    assert food is not None
    choose(qtbot, food.kind, "Food")  # type: ignore[attr-defined]
    assert food.quantity.isVisible() and not food.amount.isVisible()  # type: ignore[attr-defined]
    choose(qtbot, food.source, "Non-governmental organisation")  # type: ignore[attr-defined]
    choose(qtbot, food.status, "Refused")  # type: ignore[attr-defined]
    assert food.refusal_reason.isVisible()  # type: ignore[attr-defined]
    food.quantity.setValue(2)  # type: ignore[attr-defined]
    click(qtbot, food.save_button())
    qtbot.waitUntil(lambda: "Reason for refusal: is required" in food.error.text(), timeout=WORKER_TIMEOUT)
    choose(qtbot, food.refusal_reason, "Budget or stock exhausted")  # type: ignore[attr-defined]
    save_and_close(qtbot, food)
    wait_reloaded(qtbot, view)
    assert tab.table.rowCount() == 2
    assert "Refused: Budget or stock exhausted" in [tab.table.item(i, 3).text() for i in range(2)]
    view.grab().save(str(tmp_path / "case-aid.png"))


def test_employment_support_with_the_keyboard_alone(qtbot, open_as, tmp_path: Path) -> None:
    session, ctx = open_as()
    case_id = her_case(session)
    view = show_case(qtbot, ctx, case_id)
    tab = view.employment_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.add_button is not None
    tab.add_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(tab.add_button, Qt.Key.Key_Space)
    dialog = tab.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind, timeout=WORKER_TIMEOUT)  # type: ignore
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert dialog.kind.value() == "iskur_registration"  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.institution  # type: ignore[attr-defined]
    type_text(qtbot, dialog.institution, "İŞKUR Keçiören Hizmet Merkezi")  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.start_on  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.start_on, Qt.Key.Key_Down)  # type: ignore[attr-defined]  # yesterday
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert dialog.outcome.value() == "completed"  # type: ignore[attr-defined]
    # completed without the day it ended: refused, the field named and focused
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Outcome on: is required" in dialog.error.text(), timeout=WORKER_TIMEOUT)
    assert QApplication.focusWidget() is dialog.outcome_on  # type: ignore[attr-defined]
    type_text(qtbot, dialog.outcome_on, dotted(0))  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.outcome_on, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=WORKER_TIMEOUT)
    wait_reloaded(qtbot, view)
    assert [tab.table.item(0, j).text() for j in range(5)] == [
        "İŞKUR registration", "İŞKUR Keçiören Hizmet Merkezi", dotted(1), "Completed", dotted(0)]
    view.grab().save(str(tmp_path / "case-employment.png"))


def test_a_court_case_with_its_hearings(qtbot, open_as, tmp_path: Path) -> None:
    session, ctx = open_as()
    case_id = her_case(session)
    view = show_case(qtbot, ctx, case_id)
    tab = view.court_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.add_button is not None
    click(qtbot, tab.add_button)
    dialog = tab.dialog
    assert dialog is not None and unnamed_inputs(dialog) == []
    choose(qtbot, dialog.kind, "Divorce")  # type: ignore[attr-defined]
    type_into(qtbot, dialog.court, "Ankara 4. Aile Mahkemesi")  # type: ignore[attr-defined]
    type_into(qtbot, dialog.file_no, "2026/512 Esas")  # type: ignore[attr-defined]
    ahead = (TODAY + timedelta(days=12)).strftime("%d.%m.%Y")
    later = (TODAY + timedelta(days=75)).strftime("%d.%m.%Y")
    for day, time in ((later, ""), (ahead, "9:30"), (dotted(20), "14:00")):
        type_into(qtbot, dialog.hearing_on, day)  # type: ignore[attr-defined]
        if time:
            type_into(qtbot, dialog.hearing_time, time)  # type: ignore[attr-defined]
        click(qtbot, dialog.add_hearing_button)  # type: ignore[attr-defined]
    table = dialog.hearing_table  # type: ignore[attr-defined]
    assert [(table.item(i, 0).text(), table.item(i, 1).text()) for i in range(table.rowCount())] == [
        (dotted(20), "14:00"), (ahead, "09:30"), (later, "—")]
    # a hearing time that is no time: refused by the service, nothing saved
    type_into(qtbot, dialog.hearing_on, later)  # type: ignore[attr-defined]
    type_into(qtbot, dialog.hearing_time, "25:00")  # type: ignore[attr-defined]
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: "must be a time written HH:MM" in dialog.error.text(), timeout=WORKER_TIMEOUT)
    table.selectRow(3)
    click(qtbot, dialog.remove_hearing_button)  # type: ignore[attr-defined]
    dialog.grab().save(str(tmp_path / "court-dialog.png"))
    save_and_close(qtbot, dialog)
    wait_reloaded(qtbot, view)
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 6).text() == f"{ahead} 09:30"
    assert f"next hearing: {ahead} 09:30 (Divorce)" in tab.summary.text()
    tab.table.selectRow(0)
    assert [tab.hearings.item(i, 0).text() for i in range(tab.hearings.rowCount())] == [
        f"{dotted(20)} (held)", ahead, later]  # the past one is marked as held; the next one is named above
    view.grab().save(str(tmp_path / "case-court.png"))


def test_a_supervisor_reads_the_support_records_and_changes_none(qtbot, open_as) -> None:
    session, _ctx = open_as()
    case_id = her_case(session)
    support.save_aid(session, case_id, r.Aid("hygiene", "ngo", TODAY.isoformat(), quantity=4))
    support.save_employment(session, case_id, r.Employment("vocational_course", "Halk Eğitim", TODAY.isoformat()))
    hearing = r.Hearing((TODAY + timedelta(days=3)).isoformat())
    support.save_court_case(session, case_id, r.CourtCase("alimony", "Ankara 2. Aile Mahkemesi", hearings=[hearing]))
    _sup, sup_ctx = open_as(SUPERVISOR, PASSWORD)
    view = show_case(qtbot, sup_ctx, case_id)
    for tab in (view.aid_tab, view.employment_tab, view.court_tab):
        view.tabs.setCurrentWidget(tab)
        assert tab.table.rowCount() == 1
        assert tab.add_button is None and tab.edit_button is None
        assert tab.add() is None


def test_the_history_tells_what_changed_in_words(qtbot, open_as) -> None:
    from kadin_danisma.gui.case.history_lines import HistoryLines
    from kadin_danisma.services import history

    session, ctx = open_as()
    case_id = her_case(session)
    support.save_aid(session, case_id, r.Aid("rent", "municipal_unit", TODAY.isoformat(), amount_kurus=400_000))
    aid = cases.open_case(session, case_id).aid[0]
    aid.status, aid.amount_kurus = "refused", 450_000
    aid.refusal_reason, aid.decided_on = "income_above_limit", TODAY.isoformat()
    support.save_aid(session, case_id, aid)
    hearing = r.Hearing((TODAY + timedelta(days=9)).isoformat())
    support.save_court_case(session, case_id, r.CourtCase("custody", "Ankara 1. Aile Mahkemesi", hearings=[hearing]))
    lines = HistoryLines(ctx.labels, history.history_names(session, case_id))
    said = [lines.line(e) for e in history.case_history(session, case_id)]
    assert "Recorded aid: Rent (Requested)." in said
    changed = next(x for x in said if x.startswith("Changed an aid item"))
    for part in ("status from Requested to Refused", "amount from 4.000,00 TL to 4.500,00 TL",
                 "reason for refusal from nothing to Income above the limit"):
        assert part in changed, changed
    assert "Recorded a court case: Custody." in said
    assert "Changed the hearings of a court case (1 added or moved, 0 removed)." in said


def test_hearings_are_on_the_calendar_for_those_who_may_read_the_case(qtbot, open_as) -> None:
    from gui_support import WORKER_TIMEOUT as WAIT

    from kadin_danisma.gui.workspace.calendar_page import CalendarPage

    session, ctx = open_as()
    case_id = her_case(session)
    day = TODAY + timedelta(days=2)
    support.save_court_case(session, case_id, r.CourtCase("divorce", "Ankara 6. Aile Mahkemesi",
                                                          hearings=[r.Hearing(day.isoformat(), "11:15")]))
    number = cases.open_case(session, case_id).case_number
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.show()
    page.day.set_value(day.isoformat())
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.refresh()
    assert page.hearings.isVisible()
    assert f"{day.strftime('%d.%m.%Y')} 11:15 {number} (Divorce, Ankara 6. Aile Mahkemesi)" in page.hearings.text()
    assert "Destek" not in page.hearings.text()  # never her name
    # a colleague's calendar: not her case, no hearing
    _other, other_ctx = open_as("danisman2")
    other = CalendarPage(other_ctx)
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.loaded, timeout=WAIT):
        other.show()
    other.view_kind.setCurrentIndex(0)
    other.day.set_value(day.isoformat())
    with qtbot.waitSignal(other.loaded, timeout=WAIT):
        other.refresh()
    # (her own cases' hearings from the demo data may be listed that day: compare whole case numbers)
    assert number not in other.hearings.text().split()


def test_a_police_chiefs_measure_counts_down_to_its_confirmation(qtbot, open_as) -> None:
    """Entered in the measures tab with its decision time: the tab and the dashboard say the judge's
    confirmation is overdue; the court hearing in three days is on the dashboard too."""
    from datetime import datetime

    from kadin_danisma.gui.workspace.case_rows import CASE_ID_ROLE
    from kadin_danisma.gui.workspace.dashboard import DashboardPage

    session, ctx = open_as()
    case_id = her_case(session)
    view = show_case(qtbot, ctx, case_id)
    tab = view.measures_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.add_button is not None
    click(qtbot, tab.add_button)
    dialog = tab.dialog
    assert dialog is not None
    dialog.measure_type.set_value("removal_from_home")  # type: ignore[attr-defined]
    dialog.authority.set_value("police_chief")  # type: ignore[attr-defined]
    decided = datetime.now() - timedelta(hours=50)
    dialog.decision_date.set_value(decided.date().isoformat())  # type: ignore[attr-defined]
    dialog.start_date.set_value(decided.date().isoformat())  # type: ignore[attr-defined]
    type_into(qtbot, dialog.decided_at, "31.02.2026 10:00")  # type: ignore[attr-defined]
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: "Decided at: is not a real day and time" in dialog.error.text(), timeout=WORKER_TIMEOUT)
    type_into(qtbot, dialog.decided_at, decided.strftime("%d.%m.%Y %H:%M"))  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.electronic_monitoring, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    save_and_close(qtbot, dialog)
    wait_reloaded(qtbot, view)
    due = (decided + timedelta(hours=48)).strftime("%d.%m.%Y %H:%M")
    assert tab.deadlines.isVisible() and f"Judge's confirmation due {due} (OVERDUE)" in tab.deadlines.text()
    assert tab.table.item(0, 9).text() == "electronic monitoring"
    support.save_court_case(session, case_id, r.CourtCase("divorce", "Ankara 5. Aile Mahkemesi", hearings=[
        r.Hearing((TODAY + timedelta(days=3)).isoformat(), "09:00")]))
    board = DashboardPage(ctx)
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: board.board is not None, timeout=WORKER_TIMEOUT)

    def mine(rows):  # type: ignore[no-untyped-def]
        return [rows.topLevelItem(i) for i in range(rows.topLevelItemCount())
                if rows.topLevelItem(i).data(0, CASE_ID_ROLE) == case_id]

    (deadline,) = mine(board.deadlines)
    assert deadline.text(2) == "Removal from the shared home" and deadline.text(3).startswith("OVERDUE")
    (hearing,) = mine(board.hearings)
    assert hearing.text(2) == f"{(TODAY + timedelta(days=3)).strftime('%d.%m.%Y')} 09:00"
    assert hearing.text(3) == "Divorce"


def test_an_admin_sets_which_aid_needs_the_committee(qtbot, open_as) -> None:
    from gui_support import ADMIN, save_settings, tick

    from kadin_danisma.domain.errors import InvalidInput
    from kadin_danisma.gui.admin.settings_page import SettingsPage

    admin, _ctx = open_as(ADMIN, PASSWORD)
    page = SettingsPage(admin)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    assert sorted(page.aid_committee.values()) == ["cash", "rent"]  # the default rule
    food = next(box for box in page.aid_committee.findChildren(QCheckBox) if box.text() == "Food")
    tick(qtbot, food)
    save_settings(qtbot, page)
    assert page.status.text() == "Settings saved.", page.status.text()
    assert support.committee_kinds(admin.connection()) == frozenset({"cash", "food", "rent"})
    session, _ = open_as()
    case_id = her_case(session)
    with pytest.raises(InvalidInput, match="committee_decision_no"):
        support.save_aid(session, case_id, r.Aid("food", "municipal_unit", TODAY.isoformat(), "delivered", quantity=1,
                                                 delivered_on=TODAY.isoformat()))
