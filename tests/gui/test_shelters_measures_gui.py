"""Shelters and protective measures from the GUI: the registry page (occupancy at a glance, contact details
only in an audited details view for the roles that need them), placing a woman from her case (a full shelter
asks for an override with a reason), ending and transferring a placement, and Law 6284 measures with their
violations (bad input refused inline, a measure ending within 14 days highlighted and on the dashboard)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from gui_support import (
    ADMIN,
    COUNSELOR,
    DEMO_COUNSELOR,
    PASSWORD,
    SUPERVISOR,
    WORKER_TIMEOUT,
    click,
    click_tab,
    save_and_close,
    show_case,
    sign_in,
    tick,
    type_into,
    type_text,
    unnamed_inputs,
    wait_reloaded,
    widget_texts,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QWidget,
)
from shiboken6 import Shiboken

from kadin_danisma.domain import records as r
from kadin_danisma.gui.admin.shelters_page import ShelterDetailsDialog, ShelterDialog, SheltersPage
from kadin_danisma.gui.case.placements_tab import ConfirmDialog, OverrideDialog, PlaceDialog, ShelterChoiceDialog
from kadin_danisma.gui.case.rules import in_shelter
from kadin_danisma.gui.case.view import CaseView
from kadin_danisma.gui.session.context import Context
from kadin_danisma.gui.workspace.case_rows import CASE_ID_ROLE
from kadin_danisma.gui.workspace.dashboard import DashboardPage
from kadin_danisma.services import cases, shelters, vault_service
from kadin_danisma.services.session import Session
from kadin_danisma.vault.case_queries import CaseFilter

OpenAs = Callable[..., tuple[Session, Context]]
TEST_SHELTER = "Deneme Konukevi"
ADDRESS, PHONE, CONTACT = "Gizli Sokak No 7, Keçiören", "0312 555 01 99", "Hatice Yıldırım"


def show_page(qtbot, ctx: Context) -> SheltersPage:
    page = SheltersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitSignal(page.loaded, timeout=WORKER_TIMEOUT):
        page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=WORKER_TIMEOUT)
    return page


def refreshed(qtbot, page: SheltersPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=WORKER_TIMEOUT):
        click(qtbot, page.refresh_button)




def unplaced_cases(session: Session, count: int) -> list[int]:
    """Her open or active cases in which she is not in a shelter now, and no child would go with her (a
    shelter's capacity counts persons: these tests place one woman in one place)."""
    found = []
    for summary in cases.list_cases(session, CaseFilter(statuses=("open", "active"))):
        record = cases.open_case(session, summary.id)
        if DEMO_COUNSELOR in summary.counselors and not in_shelter(record) \
                and not any(child.accompanying for child in record.children):
            found.append(summary.id)
            if len(found) == count:
                break
    assert len(found) == count
    return found


def add_test_shelter(case_vault, capacity: int = 1) -> int:
    session = vault_service.unlock(case_vault.folder, ADMIN, PASSWORD)
    try:
        return shelters.save_shelter(session, r.Shelter(TEST_SHELTER, "kadin_konukevi", capacity, "Ankara", 12,
                                                        True, ADDRESS, PHONE, CONTACT))
    finally:
        session.lock()



def page_texts(page: QWidget) -> list[str]:
    return [t for w in [page, *page.findChildren(QWidget)] for t in widget_texts(w)]


# -- the registry -----------------------------------------------------------------------------------------
def test_admin_adds_a_shelter_and_contacts_never_show_in_the_list(qtbot, open_as) -> None:
    session, ctx = open_as(ADMIN, PASSWORD)
    page = show_page(qtbot, ctx)
    before = page.table.rowCount()
    assert before > 0 and page.add_button is not None and page.details_button is not None
    click(qtbot, page.add_button)
    dialog = page.dialog
    assert isinstance(dialog, ShelterDialog)
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: "Name:" in dialog.error.text(), timeout=WORKER_TIMEOUT)
    assert dialog.isVisible() and dialog.name.property("invalid"), "an empty name is refused inline"
    type_into(qtbot, dialog.name, TEST_SHELTER)
    type_into(qtbot, dialog.city, "Ankara")
    dialog.capacity.setValue(4)
    dialog.boys_age_limit.setValue(12)
    type_into(qtbot, dialog.phone, PHONE)
    type_into(qtbot, dialog.contact_person, CONTACT)
    qtbot.mouseClick(dialog.address, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.address, ADDRESS)
    with qtbot.waitSignal(page.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, dialog)
    assert page.table.rowCount() == before + 1
    row = page.row_of(TEST_SHELTER)
    assert row is not None and (row.capacity, row.occupied, row.free) == (4, 0, 4)

    # Contact details of every shelter: never anywhere in the list page.
    secrets = [shelters.shelter_details(session, s.shelter_id) for s in shelters.list_shelters(session)]
    shown = "\n".join(page_texts(page))
    for s in secrets:
        for secret in (s.address, s.phone, s.contact_person):
            assert not secret or secret not in shown, "contact details in the registry list"
    page.grab().save("/tmp/shelters_registry.png")

    # The details view (an audited read) shows them.
    def views() -> int:
        return int(session.connection().execute(
            "SELECT count(*) FROM audit_log WHERE action = 'shelter_contact_view' AND target = ?",
            (f"shelter:{row.shelter_id}",)).fetchone()[0])

    seen = views()
    assert page.select_shelter(TEST_SHELTER)
    click(qtbot, page.details_button)
    details = page.dialog
    assert isinstance(details, ShelterDetailsDialog)
    qtbot.waitUntil(lambda: details.shelter is not None, timeout=WORKER_TIMEOUT)
    texts = "\n".join(page_texts(details))
    assert PHONE in texts and CONTACT in texts and ADDRESS in texts
    details.grab().save("/tmp/shelter_details.png")
    assert views() == seen + 1, "reading contact details is audited"
    details.reject()

    # Editing keeps the contacts and changes the capacity.
    assert page.select_shelter(TEST_SHELTER)
    click(qtbot, page.edit_button)
    editor = page.dialog
    assert isinstance(editor, ShelterDialog)
    qtbot.waitUntil(lambda: editor.name.text() == TEST_SHELTER, timeout=WORKER_TIMEOUT)
    editor.capacity.setValue(6)
    with qtbot.waitSignal(page.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, editor)
    row = page.row_of(TEST_SHELTER)
    assert row is not None and row.capacity == 6
    assert shelters.shelter_details(session, row.shelter_id).phone == PHONE


def test_supervisor_sees_occupancy_but_no_contact_details(qtbot, open_as, case_vault) -> None:
    add_test_shelter(case_vault)
    _session, ctx = open_as(SUPERVISOR, PASSWORD)
    page = show_page(qtbot, ctx)
    assert page.row_of(TEST_SHELTER) is not None
    assert page.details_button is None and page.add_button is None and page.edit_button is None
    assert page.select_shelter(TEST_SHELTER)
    assert page.show_details() is None
    shown = "\n".join(page_texts(page))
    assert PHONE not in shown and CONTACT not in shown and ADDRESS not in shown


def test_workspace_tabs_by_role(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    workspace = window.workspace
    assert workspace is not None and workspace.shelters_page is not None
    click_tab(qtbot, window, workspace.shelters_page)
    page = workspace.shelters_page
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=WORKER_TIMEOUT)
    assert page.details_button is not None, "counselors place women: they may see contact details"
    assert page.add_button is None, "only admins manage the registry"
    window.grab().save("/tmp/shelters_workspace.png")


# -- placements ---------------------------------------------------------------------------------------------
def place_from_case(qtbot, view: CaseView, shelter_id: int) -> PlaceDialog:
    view.tabs.setCurrentWidget(view.placements_tab)
    button = view.placements_tab.place_button
    assert button is not None
    click(qtbot, button)
    dialog = view.placements_tab.dialog
    assert isinstance(dialog, PlaceDialog)
    qtbot.waitUntil(lambda: dialog.shelter.count() > 0, timeout=WORKER_TIMEOUT)
    dialog.choose(shelter_id)
    return dialog


def test_placement_beyond_capacity_override_end_and_transfer(qtbot, open_as, case_vault) -> None:
    sid = add_test_shelter(case_vault, capacity=1)
    session, ctx = open_as()
    page = show_page(qtbot, ctx)
    assert page.row_of(TEST_SHELTER).free == 1  # type: ignore[union-attr]
    first_id, second_id = unplaced_cases(session, 2)

    # She is placed; the registry counts her.
    first = show_case(qtbot, ctx, first_id)
    dialog = place_from_case(qtbot, first, sid)
    assert "full" not in dialog.hint.text()
    dialog.grab().save("/tmp/place_dialog.png")
    save_and_close(qtbot, dialog)
    wait_reloaded(qtbot, first)
    assert first.placements_tab.current() is not None
    assert "In shelter" in first.flags_label.text()
    refreshed(qtbot, page)
    assert (page.row_of(TEST_SHELTER).occupied, page.row_of(TEST_SHELTER).free) == (1, 0)  # type: ignore[union-attr]

    # The shelter is full: the next placement asks for an override with a reason.
    second = show_case(qtbot, ctx, second_id)
    dialog = place_from_case(qtbot, second, sid)
    assert "full" in dialog.hint.text()
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: dialog.override_dialog is not None and dialog.override_dialog.isVisible(),
                    timeout=WORKER_TIMEOUT)
    override = dialog.override_dialog
    assert isinstance(override, OverrideDialog)
    override.grab().save("/tmp/override_dialog.png")
    type_into(qtbot, override.reason, "kısa")
    assert not override.ok_button().isEnabled(), "a short reason is refused"
    type_into(qtbot, override.reason, "Konukevi bu gece için ek yatak verdi")
    click(qtbot, override.ok_button())
    qtbot.waitUntil(lambda: not Shiboken.isValid(dialog) or not dialog.isVisible(), timeout=WORKER_TIMEOUT)
    wait_reloaded(qtbot, second)
    placed = second.placements_tab.current()
    assert placed is not None and placed.capacity_override_reason == "Konukevi bu gece için ek yatak verdi"
    refreshed(qtbot, page)
    assert page.row_of(TEST_SHELTER).occupied == 2  # type: ignore[union-attr]
    assert "full" in page.table.item(page.registry.index(page.row_of(TEST_SHELTER)), 7).text()  # type: ignore[arg-type]

    # Ending the first placement (an exit reason is required) frees a place.
    first.tabs.setCurrentWidget(first.placements_tab)
    assert first.placements_tab.end_button is not None
    click(qtbot, first.placements_tab.end_button)
    ending = first.placements_tab.dialog
    assert ending is not None
    click(qtbot, ending.save_button())
    qtbot.waitUntil(lambda: "Exit reason" in ending.error.text(), timeout=WORKER_TIMEOUT)
    assert ending.isVisible()
    ending.exit_reason.set_value("returned_home")  # type: ignore[attr-defined]
    save_and_close(qtbot, ending)
    wait_reloaded(qtbot, first)
    assert first.placements_tab.current() is None
    assert first.placements_tab.table.item(0, 5).text() == "Returned home"
    refreshed(qtbot, page)
    assert page.row_of(TEST_SHELTER).occupied == 1  # type: ignore[union-attr]

    # A transfer moves her to a shelter with room, and frees this one.
    second.tabs.setCurrentWidget(second.placements_tab)
    assert second.placements_tab.transfer_button is not None
    click(qtbot, second.placements_tab.transfer_button)
    moving = second.placements_tab.dialog
    assert isinstance(moving, ShelterChoiceDialog)
    qtbot.waitUntil(lambda: moving.shelter.count() > 0, timeout=WORKER_TIMEOUT)
    assert all(s.name != TEST_SHELTER for s in moving.registry), "not to the shelter she is in"
    room = next(s for s in moving.registry if s.free > 0)
    moving.choose(room.shelter_id)
    save_and_close(qtbot, moving)
    wait_reloaded(qtbot, second)
    now = second.placements_tab.current()
    assert now is not None and now.shelter == room.name and now.transferred_from == placed.id
    refreshed(qtbot, page)
    assert page.row_of(TEST_SHELTER).occupied == 0  # type: ignore[union-attr]
    assert page.row_of(room.name).occupied == room.occupied + 1  # type: ignore[union-attr]
    second.grab().save("/tmp/placements_tab.png")


def test_a_request_is_confirmed_with_an_override_when_the_shelter_is_full(qtbot, open_as, case_vault) -> None:
    sid = add_test_shelter(case_vault, capacity=0)
    session, ctx = open_as()
    (case_id,) = unplaced_cases(session, 1)
    shelters.place(session, case_id, sid, requested_only=True)
    view = show_case(qtbot, ctx, case_id)
    tab = view.placements_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.waiting() is not None and tab.current() is None
    assert tab.place_button is not None and not tab.place_button.isEnabled(), "one request at a time"
    assert tab.confirm_button is not None
    click(qtbot, tab.confirm_button)
    dialog = tab.dialog
    assert isinstance(dialog, ConfirmDialog)
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: dialog.override_dialog is not None and dialog.override_dialog.isVisible(),
                    timeout=WORKER_TIMEOUT)
    override = dialog.override_dialog
    assert override is not None
    override.reject()
    assert dialog.isVisible() and "full" in dialog.error.text(), "cancelling the override places nobody"
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: dialog.override_dialog is not override and dialog.override_dialog is not None
                    and dialog.override_dialog.isVisible(), timeout=WORKER_TIMEOUT)
    override = dialog.override_dialog
    type_into(qtbot, override.reason, "Acil durum, valilik onayı var")  # type: ignore[union-attr]
    click(qtbot, override.ok_button())  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not Shiboken.isValid(dialog) or not dialog.isVisible(), timeout=WORKER_TIMEOUT)
    wait_reloaded(qtbot, view)
    placed = tab.current()
    assert placed is not None and placed.shelter == TEST_SHELTER
    assert placed.capacity_override_reason == "Acil durum, valilik onayı var"


def test_boys_over_the_age_limit_are_warned_and_flagged(qtbot, open_as, case_vault) -> None:
    sid = add_test_shelter(case_vault, capacity=5)  # boys up to 12
    session, ctx = open_as()
    (case_id,) = unplaced_cases(session, 1)
    view = show_case(qtbot, ctx, case_id)
    view.tabs.setCurrentWidget(view.children_tab)
    assert view.children_tab.add_button is not None
    click(qtbot, view.children_tab.add_button)
    child = view.children_tab.dialog
    assert child is not None
    type_into(qtbot, child.name, "Emir")
    child.sex.setCurrentIndex(child.sex.findData("male"))
    child.birth_year.setValue(date.today().year - 15)
    save_and_close(qtbot, child)
    wait_reloaded(qtbot, view)
    dialog = place_from_case(qtbot, view, sid)
    boy = next(box for box in dialog.child_boxes.values() if "Emir" in box.text())
    if not boy.isChecked():
        tick(qtbot, boy)
    assert "Boys older than this shelter's limit (12)" in dialog.hint.text()
    save_and_close(qtbot, dialog)
    wait_reloaded(qtbot, view)
    placed = view.placements_tab.current()
    assert placed is not None and placed.age_flag and "Emir" in placed.children
    assert "Boy over the age limit" in view.placements_tab.table.item(len(view.record.placements) - 1, 7).text()  # type: ignore[union-attr]


# -- protective measures --------------------------------------------------------------------------------------
def test_measure_input_is_checked_inline_and_violations_are_recorded(qtbot, open_as) -> None:
    session, ctx = open_as()
    (case_id,) = unplaced_cases(session, 1)
    view = show_case(qtbot, ctx, case_id)
    tab = view.measures_tab
    view.tabs.setCurrentWidget(tab)
    count = tab.table.rowCount()
    assert tab.add_button is not None
    click(qtbot, tab.add_button)
    dialog = tab.dialog
    assert dialog is not None
    # No authority chosen: refused inline, nothing sent.
    click(qtbot, dialog.save_button())
    assert "Authority: is required" in dialog.error.text() and dialog.isVisible()
    assert dialog.authority.property("invalid")  # type: ignore[attr-defined]
    dialog.authority.set_value("family_judge")  # type: ignore[attr-defined]
    # An end before the start: refused inline by the service, the field marked, the typing kept.
    start = date.today() - timedelta(days=3)
    dialog.decision_date.set_value(start.isoformat())  # type: ignore[attr-defined]
    dialog.start_date.set_value(start.isoformat())  # type: ignore[attr-defined]
    type_into(qtbot, dialog.end_date, (start - timedelta(days=1)).strftime("%d.%m.%Y"))  # type: ignore[attr-defined]
    type_into(qtbot, dialog.court_file_no, "2026/123 D.İş")  # type: ignore[attr-defined]
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: "Ends: is before the start" in dialog.error.text(), timeout=WORKER_TIMEOUT)
    assert dialog.isVisible() and dialog.end_date.property("invalid")  # type: ignore[attr-defined]
    assert dialog.court_file_no.text() == "2026/123 D.İş"  # type: ignore[attr-defined]
    dialog.grab().save("/tmp/measure_dialog_error.png")
    type_into(qtbot, dialog.end_date, "")  # type: ignore[attr-defined]
    # Typed the Turkish way: rewritten to YYYY-MM-DD.
    end = start + timedelta(days=180)
    type_into(qtbot, dialog.end_date, end.strftime("%d.%m.%Y"))  # type: ignore[attr-defined]
    save_and_close(qtbot, dialog)
    wait_reloaded(qtbot, view)
    assert tab.table.rowCount() == count + 1
    added = next(m for m in view.record.measures if m.court_file_no == "2026/123 D.İş")  # type: ignore[union-attr]
    assert (added.authority, added.end_date) == ("family_judge", end.isoformat())
    assert not tab.expiring_within(14)

    # A violation of it.
    tab.table.selectRow([m.id for m in view.record.measures].index(added.id))  # type: ignore[union-attr]
    assert tab.violation_button is not None
    click(qtbot, tab.violation_button)
    violation = tab.dialog
    assert violation is not None
    qtbot.mouseClick(violation.description, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    type_text(qtbot, violation.description, "Evin önüne geldi")  # type: ignore[attr-defined]
    type_into(qtbot, violation.reported_to, "155 Polis")  # type: ignore[attr-defined]
    save_and_close(qtbot, violation)
    wait_reloaded(qtbot, view)
    tab.table.selectRow([m.id for m in view.record.measures].index(added.id))  # type: ignore[union-attr]
    assert tab.violations.rowCount() == 1 and tab.violations.item(0, 1).text() == "155 Polis"
    row = [m.id for m in view.record.measures].index(added.id)  # type: ignore[union-attr]
    assert tab.table.item(row, 7).text() == "1"


def test_measure_ending_soon_is_highlighted_and_on_the_dashboard(qtbot, open_as) -> None:
    session, ctx = open_as()
    (case_id,) = unplaced_cases(session, 1)
    view = show_case(qtbot, ctx, case_id)
    number = view.record.case_number  # type: ignore[union-attr]
    board = DashboardPage(ctx)
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: board.board is not None, timeout=WORKER_TIMEOUT)
    on_board = [board.measures.topLevelItem(i).data(0, CASE_ID_ROLE) for i in range(board.measures.topLevelItemCount())]
    already = on_board.count(case_id)

    tab = view.measures_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.add_button is not None
    click(qtbot, tab.add_button)
    dialog = tab.dialog
    assert dialog is not None
    dialog.measure_type.set_value("no_approach")  # type: ignore[attr-defined]
    dialog.authority.set_value("governor")  # type: ignore[attr-defined]
    start = date.today() - timedelta(days=20)
    dialog.decision_date.set_value(start.isoformat())  # type: ignore[attr-defined]
    dialog.start_date.set_value(start.isoformat())  # type: ignore[attr-defined]
    ends = date.today() + timedelta(days=10)
    type_into(qtbot, dialog.end_date, ends.strftime("%d.%m.%Y"))  # type: ignore[attr-defined]
    save_and_close(qtbot, dialog)
    wait_reloaded(qtbot, view)
    soon = tab.expiring_within(14)
    assert [m.end_date for m in soon if m.end_date == ends.isoformat()]
    assert tab.expiring.isVisible() and ends.strftime("%d.%m.%Y") in tab.expiring.text()
    view.grab().save("/tmp/measures_tab.png")

    with qtbot.waitSignal(board.loaded, timeout=WORKER_TIMEOUT):
        board.refresh()
    rows = [board.measures.topLevelItem(i) for i in range(board.measures.topLevelItemCount())]
    mine = [item for item in rows if item.data(0, CASE_ID_ROLE) == case_id]
    assert len(mine) == already + 1
    assert any(item.text(0) == number and "in 10 days" in item.text(3) for item in mine)


def test_every_input_is_named(qtbot, open_as, case_vault) -> None:
    sid = add_test_shelter(case_vault, capacity=3)
    session, ctx = open_as()
    (case_id,) = unplaced_cases(session, 1)
    shelters.place(session, case_id, sid)
    shelters.place(session, unplaced_cases(session, 1)[0], sid, requested_only=True)
    view = show_case(qtbot, ctx, case_id)
    assert unnamed_inputs(view.placements_tab) == [] and unnamed_inputs(view.measures_tab) == []
    tab = view.placements_tab
    for opener in (tab.end_selected, tab.transfer_selected):
        dialog = opener()
        assert dialog is not None and unnamed_inputs(dialog) == []
        dialog.close()
    measure = view.measures_tab.add()
    assert measure is not None and unnamed_inputs(measure) == []
    measure.close()
    _admin, admin_ctx = open_as(ADMIN, PASSWORD)
    page = show_page(qtbot, admin_ctx)
    assert unnamed_inputs(page) == []
    editor = page.add_shelter()
    assert editor is not None and unnamed_inputs(editor) == []
    editor.close()
    assert page.select_shelter(TEST_SHELTER)
    details = page.show_details()
    assert details is not None
    qtbot.waitUntil(lambda: details.shelter is not None, timeout=WORKER_TIMEOUT)
    assert unnamed_inputs(details) == []
    details.close()
