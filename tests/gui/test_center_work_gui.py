"""Issue 21 part B driven as a person would: the group activities page (record an activity with its
participants, edit it, a support group's named attendance refused without her consent), the contacts page (a
name-looking note stopped once, then saved when she confirms; a contact turned into an intake, which links
it to the new case), and follow-ups on a closed case under a supervisor's allowance. Screenshots of the two
pages go to KD_SCREENSHOTS when it is set."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from gui_support import (
    DEMO_COUNSELOR,
    DEMO_PASSWORD,
    PASSWORD,
    SUPERVISOR,
    WORKER_TIMEOUT,
    choose,
    click,
    click_tab,
    is_gone,
    press_save,
    save_and_close,
    show_case,
    sign_in,
    type_into,
    type_text,
    visible_dialogs,
)
from PySide6.QtCore import Qt

from kadin_danisma.gui.case.followups_tab import AllowFollowUpsDialog, PlanFollowUpDialog
from kadin_danisma.gui.intake.form import IntakePage
from kadin_danisma.gui.workspace.activities_page import ActivitiesPage
from kadin_danisma.gui.workspace.activity_dialogs import ActivityDialog, AttendanceDialog
from kadin_danisma.gui.workspace.contacts_page import ContactDialog
from kadin_danisma.services import cases, followups, followups_after, group_activities, info_contacts
from kadin_danisma.vault.case_queries import CaseFilter


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    folder = os.environ.get("KD_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def newest_dialog(kind: type):  # type: ignore[no-untyped-def]
    found = [d for d in visible_dialogs() if isinstance(d, kind)]
    assert found, f"no {kind.__name__} is open"
    return found[-1]


def test_activities_page_records_edits_and_refuses_a_name_without_consent(qtbot, open_as) -> None:
    session, ctx = open_as()
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: not page.model.pages.busy, timeout=WORKER_TIMEOUT)
    before = page.model.rowCount()
    click(qtbot, page.add_button)
    dialog = newest_dialog(ActivityDialog)
    choose(qtbot, dialog.kind, "Support group")
    type_into(qtbot, dialog.place, "Merkez toplantı salonu")
    type_into(qtbot, dialog.facilitator_name, "Psk. Dış Uzman")
    type_into(qtbot, dialog.topic, "Şiddetin etkileri ve güçlenme")
    # keyboard only: the participant boxes take typed numbers
    women_30 = dialog.participants.spins[("female", "30_44")]
    women_30.setFocus()
    qtbot.keyClick(women_30, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, women_30, "7")
    shot(dialog, "activity-dialog")
    save_and_close(qtbot, dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=WORKER_TIMEOUT)
    assert page.status.text() == "Activity recorded."
    row = page.model.rows[0]
    assert (row.kind, row.total, row.facilitator) == ("support_group", 7, "Psk. Dış Uzman")
    shot(page, "activities-page")

    # edit: the dialog opens with what was saved; a negative number cannot even be typed (range 0…)
    page.table.selectRow(0)
    click(qtbot, page.edit_button)
    qtbot.waitUntil(lambda: any(isinstance(d, ActivityDialog) for d in visible_dialogs()), timeout=WORKER_TIMEOUT)
    edit = newest_dialog(ActivityDialog)
    assert edit.participants.spins[("female", "30_44")].value() == 7
    assert edit.participants.spins[("female", "30_44")].minimum() == 0
    edit.participants.spins[("male", "18_29")].setValue(2)
    save_and_close(qtbot, edit)
    qtbot.waitUntil(lambda: page.model.rows and page.model.rows[0].total == 9, timeout=WORKER_TIMEOUT)

    # a woman's name on the attendance: refused without her consent, with the reason shown
    mine = [c for c in cases.list_cases(session, CaseFilter(statuses=("active",))) if DEMO_COUNSELOR in c.counselors]
    page.table.selectRow(0)
    click(qtbot, page.attendance_button)
    attendance = newest_dialog(AttendanceDialog)
    type_into(qtbot, attendance.case_number, mine[0].case_number)
    click(qtbot, attendance.add_button)
    qtbot.waitUntil(lambda: attendance.status.text() != "", timeout=WORKER_TIMEOUT)
    assert "consent" in attendance.status.text()
    assert attendance.names.count() == 0
    assert group_activities.attendees(session, row.id) == []
    attendance.reject()


def test_contacts_page_warns_about_a_name_and_turns_a_contact_into_an_intake(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, DEMO_COUNSELOR, DEMO_PASSWORD)
    workspace = window.workspace
    page = workspace.contacts_page
    assert page is not None and workspace.activities_page is not None
    click_tab(qtbot, window, page)
    qtbot.waitUntil(lambda: not page.model.pages.busy and bool(page.institutions), timeout=WORKER_TIMEOUT)
    before = info_contacts.count_contacts(window.session)
    click(qtbot, page.add_button)
    dialog = newest_dialog(ContactDialog)
    choose(qtbot, dialog.channel, "Phone call")
    choose(qtbot, dialog.topic, "Shelter and housing")
    choose(qtbot, dialog.referred, page.institutions[0].name)
    dialog.notes.setFocus()
    type_text(qtbot, dialog.notes, "Arayan Ayşe Demir, konukevi sordu.")
    press_save(qtbot, dialog)
    assert not is_gone(dialog), "a name-looking note is stopped once"
    assert dialog.confirmed and dialog.error.text(), "the warning is shown and the next press confirms"
    assert info_contacts.count_contacts(window.session) == before
    shot(dialog, "contact-dialog-warning")
    # she takes the name out and saves (typing undoes the confirmation)
    dialog.notes.set_text("Konukevi koşullarını sordu; baro adli yardım önerildi.")
    save_and_close(qtbot, dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1 and page.status.text() != "", timeout=WORKER_TIMEOUT)
    assert info_contacts.count_contacts(window.session) == before + 1
    shot(page, "contacts-page")

    # turn it into an intake: the form starts with the channel; saving the intake links the contact
    page.table.selectRow(0)
    contact_id = page.model.key_at(0)
    assert page.intake_button is not None
    click(qtbot, page.intake_button)
    qtbot.waitUntil(lambda: isinstance(workspace.tabs.currentWidget(), IntakePage), timeout=WORKER_TIMEOUT)
    intake = workspace.tabs.currentWidget()
    assert intake.channel.value() == "phone"
    type_into(qtbot, intake.client_fields.full_name if hasattr(intake, "client_fields") else intake.full_name,
              "Bilgi Alan Kadın")
    click(qtbot, intake.save_button)
    qtbot.waitUntil(lambda: info_contacts.get_contact(window.session, contact_id).case_id is not None,
                    timeout=WORKER_TIMEOUT)
    case_id = info_contacts.get_contact(window.session, contact_id).case_id
    entries = window.session.connection().execute(
        "SELECT details FROM audit_log WHERE action = 'contact_to_intake' AND target = ?", (f"case:{case_id}",)
    ).fetchall()
    assert len(entries) == 1 and "Bilgi" not in entries[0][0]


def test_follow_up_on_a_closed_case_under_an_allowance(qtbot, open_as) -> None:
    session, ctx = open_as()
    selin, selin_ctx = open_as(SUPERVISOR, PASSWORD)
    closed = [c for c in cases.list_cases(session, CaseFilter(statuses=("closed",))) if DEMO_COUNSELOR in c.counselors]
    assert closed, "the demo vault has closed cases of hers"
    # one the demo gave no allowance yet
    cid = next(c.id for c in closed if not followups_after.allowances(selin, c.id))
    # her view of the closed case: no way to plan a follow-up
    view = show_case(qtbot, ctx, cid)
    view.tabs.setCurrentWidget(view.followups_tab)
    assert view.followups_tab.plan_button is None or not view.followups_tab.plan_button.isVisible()
    # the supervisor allows two, until a day she types
    boss = show_case(qtbot, selin_ctx, cid)
    tab = boss.followups_tab
    boss.tabs.setCurrentWidget(tab)
    click(qtbot, tab.allow_button)
    dialog = newest_dialog(AllowFollowUpsDialog)
    until = date.today() + timedelta(days=200)
    type_into(qtbot, dialog.until_on, until.strftime("%d.%m.%Y"))
    shot(dialog, "allow-follow-ups-dialog")
    save_and_close(qtbot, dialog)
    [allowance] = followups_after.allowances(selin, cid)
    assert (allowance.until_on, allowance.max_count) == (until.isoformat(), 2)
    # her view again: she plans one; the case stays closed
    view = show_case(qtbot, ctx, cid)
    tab = view.followups_tab
    view.tabs.setCurrentWidget(tab)
    click(qtbot, tab.plan_button)
    plan = newest_dialog(PlanFollowUpDialog)
    soon = date.today() + timedelta(days=90)
    type_into(qtbot, plan.due_on, soon.strftime("%d.%m.%Y"))
    type_into(qtbot, plan.purpose, "Çıkıştan üç ay sonra arama")
    save_and_close(qtbot, plan)
    qtbot.waitUntil(lambda: any(f.status == "planned" for f in tab.items), timeout=WORKER_TIMEOUT)
    assert tab.done_button is not None and tab.plan_button is not None and tab.plan_button.isEnabled()
    record = cases.open_case(session, cid)
    assert record.status == "closed"
    assert [f.purpose for f in record.follow_ups if f.due_on == soon.isoformat()] == ["Çıkıştan üç ay sonra arama"]
    assert not view.editable, "everything else stays read-only"
    shot(view, "closed-case-follow-ups")
    assert followups  # the same calls as on an open case
