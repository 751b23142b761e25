"""KVKK from the GUI (issue 19), as a person does it: in a case, a counselor records a woman's request (the
deadline shows in the tab and on the dashboard, and goes when answered), gives her her record as a PDF, places
a legal hold that a supervisor lifts; on the KVKK page the coordinator proposes the destruction, cannot approve
it herself, a supervisor approves it in her own window, the record is saved as a PDF, the Vault tab marks the
backup made before; a supervisor saves the access review; the page fits 1366×768."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pdf_reading
from gui_support import (
    ADMIN,
    COUNSELOR,
    PASSWORD,
    SUPERVISOR,
    WORKER_TIMEOUT,
    choose,
    click,
    click_tab,
    flush_deletes,
    is_gone,
    save_and_close,
    show_case,
    sign_in,
    type_text,
    visible_dialogs,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kadin_danisma.domain import records as r
from kadin_danisma.gui.admin.retention_dialogs import ApproveDialog, DoneDialog, ProposeDialog
from kadin_danisma.gui.admin.retention_page import RetentionPage
from kadin_danisma.gui.case.kvkk_dialogs import AnswerDialog, LiftHoldDialog, PlaceHoldDialog, RecordRequestDialog
from kadin_danisma.services import backups, cases, closure, vault_service

NAME = "Menekşe Kanaryadağ"
WORDS = "Eski telefon numaramın düzeltilmesini istiyorum"
HOLD = "Ağır ceza davası sürüyor, savcılık saklanmasını istedi"


def her_case(folder: Path, *, closed_years_ago: int | None = None) -> int:
    """A case of 'ayse' made through the services; with `closed_years_ago`, closed by 'selin' and moved that
    far into the past (the services write today's closing day)."""
    ayse = vault_service.unlock(folder, COUNSELOR, PASSWORD)
    try:
        case_id = cases.create_case(ayse, r.Client(full_name=NAME), r.Intake(
            (date.today() - timedelta(days=30)).isoformat(), "walk_in", violence_types=["physical"]))
        cases.finish_intake(ayse, case_id)
        if closed_years_ago is not None:
            closure.request_closure(ayse, case_id, r.ClosureRequest("goals_met", checklist=["needs_met"],
                                                                    summary="Güvende, iş buldu."))
    finally:
        ayse.lock()
    if closed_years_ago is not None:
        selin = vault_service.unlock(folder, SUPERVISOR, PASSWORD)
        try:
            closure.decide(selin, case_id, True)
        finally:
            selin.lock()
        from kadin_danisma.vault import database
        from kadin_danisma.vault.vault import Vault

        vault, _ = Vault.unlock_with_password(folder, ADMIN, PASSWORD, open_db=False)
        conn = database.connect(vault.db_path, vault._key)
        old = date.today().replace(year=date.today().year - closed_years_ago).isoformat()
        conn.execute("UPDATE cases SET closed_on = ?, opened_on = ? WHERE id = ?", (old, old, case_id))
        conn.close()
        vault.close()
    return case_id


def kvkk_tab(qtbot, view):  # type: ignore[no-untyped-def]
    tab = view.kvkk_tab
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded and not tab.loading, timeout=WORKER_TIMEOUT)
    return tab


def test_a_request_with_its_deadline_then_answered(qtbot, open_as, case_vault) -> None:
    case_id = her_case(case_vault.folder)
    _session, ctx = open_as(COUNSELOR, PASSWORD)
    view = show_case(qtbot, ctx, case_id)
    # no access letter: K and V belong to "New intake" and "Violence and risk"; Ctrl+Tab reaches it
    assert view.tabs.tabText(view.tabs.indexOf(view.kvkk_tab)) == "KVKK"
    assert not view.kvkk_tab.server_note.isVisibleTo(view)  # a vault: nothing refused
    tab = kvkk_tab(qtbot, view)
    assert tab.requests_summary.text() == "No requests from her."
    click(qtbot, tab.record_button)
    dialog = tab.dialog
    assert isinstance(dialog, RecordRequestDialog)
    choose(qtbot, dialog.kind, "correction")
    dialog.received.setText((date.today() - timedelta(days=2)).isoformat())
    qtbot.mouseClick(dialog.details, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.details, WORDS)
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.request_table.rowCount() == 1 and not tab.loading, timeout=WORKER_TIMEOUT)
    row = [tab.request_table.item(0, c).text() for c in range(5)]
    assert row[0] == "correction" and row[2].endswith("28 days left") and row[3] == "waiting for an answer"
    assert row[4] == WORDS
    assert "nearest deadline is in 28 days" in tab.requests_summary.text()

    from kadin_danisma.gui.workspace.dashboard import DashboardPage

    board = DashboardPage(ctx)
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: board.board is not None, timeout=WORKER_TIMEOUT)
    item = board.requests.topLevelItem(0)
    assert board.requests.topLevelItemCount() == 1 and item.text(2) == "correction" and "in 28 days" in item.text(3)
    assert board.boxes["dashRequests"].title().endswith("(1)")

    tab.request_table.selectRow(0)
    click(qtbot, tab.answer_button)
    answer = tab.dialog
    assert isinstance(answer, AnswerDialog)
    choose(qtbot, answer.outcome, "answered: corrected")
    assert not answer.basis.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, answer)
    qtbot.waitUntil(lambda: tab.request_table.item(0, 3).text() == "answered: corrected", timeout=WORKER_TIMEOUT)
    assert tab.requests_summary.text() == "Every request answered."
    board.refresh()
    qtbot.waitUntil(lambda: board.boxes["dashRequests"].title().endswith("(0)"), timeout=WORKER_TIMEOUT)
    assert board.requests.topLevelItemCount() == 0


def test_access_is_answered_with_her_record(qtbot, open_as, case_vault, tmp_path: Path) -> None:
    case_id = her_case(case_vault.folder)
    _session, ctx = open_as(COUNSELOR, PASSWORD)
    view = show_case(qtbot, ctx, case_id)
    tab = kvkk_tab(qtbot, view)
    click(qtbot, tab.record_button)
    dialog = tab.dialog
    choose(qtbot, dialog.kind, "access to her record")
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.request_table.rowCount() == 1 and not tab.loading, timeout=WORKER_TIMEOUT)
    tab.request_table.selectRow(0)
    click(qtbot, tab.answer_button)
    target = tmp_path / "kaydi.pdf"
    assert tab.file_dialog is not None
    tab.file_dialog.selectFile(str(target))
    tab.file_dialog.accept()
    qtbot.waitUntil(lambda: tab.request_table.item(0, 3).text() == "answered: her record given",
                    timeout=WORKER_TIMEOUT)
    assert NAME in pdf_reading.norm(pdf_reading.text(target.read_bytes()))
    assert view.status.text() == f"Her record was saved as {target.name} and the request answered."


def test_legal_hold_placed_by_her_counselor_lifted_by_a_supervisor(qtbot, open_as, case_vault) -> None:
    case_id = her_case(case_vault.folder)
    _s, ctx = open_as(COUNSELOR, PASSWORD)
    view = show_case(qtbot, ctx, case_id)
    tab = kvkk_tab(qtbot, view)
    assert tab.hold_state.text().startswith("Not on legal hold") and not tab.lift_button.isVisible()
    click(qtbot, tab.place_button)
    dialog = tab.dialog
    assert isinstance(dialog, PlaceHoldDialog)
    assert not dialog.ok_button().isEnabled()  # a reason first
    type_text(qtbot, dialog.reason, HOLD)
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        click(qtbot, dialog.ok_button())
        qtbot.waitUntil(lambda: is_gone(dialog), timeout=WORKER_TIMEOUT)
    assert "On legal hold" in view.flags_label.text()
    qtbot.waitUntil(lambda: tab.hold_state.text().startswith("ON LEGAL HOLD"), timeout=WORKER_TIMEOUT)
    assert tab.hold_table.item(0, 2).text() == HOLD and not tab.place_button.isEnabled()

    _s2, sup = open_as(SUPERVISOR, PASSWORD)
    sview = show_case(qtbot, sup, case_id)
    stab = kvkk_tab(qtbot, sview)
    click(qtbot, stab.lift_button)
    lift = stab.dialog
    assert isinstance(lift, LiftHoldDialog)
    type_text(qtbot, lift.reason, "Dava kesinleşti, saklamaya gerek yok")
    with qtbot.waitSignal(sview.loaded, timeout=WORKER_TIMEOUT):
        click(qtbot, lift.ok_button())
    qtbot.waitUntil(lambda: stab.hold_state.text().startswith("Not on legal hold"), timeout=WORKER_TIMEOUT)
    assert "On legal hold" not in sview.flags_label.text()


def retention_page(qtbot, window) -> RetentionPage:  # type: ignore[no-untyped-def]
    page = window.workspace.retention_page
    assert page is not None
    click_tab(qtbot, window, page)
    qtbot.waitUntil(lambda: page.data is not None and not page.reads.busy, timeout=WORKER_TIMEOUT)
    return page


def test_two_people_destroy_and_the_record_is_saved(qtbot, make_window, case_vault, tmp_path: Path) -> None:
    case_id = her_case(case_vault.folder, closed_years_ago=12)
    admin = vault_service.unlock(case_vault.folder, ADMIN, PASSWORD)
    backups.backup_now(admin, tmp_path / "onceki.kdbackup")
    admin.lock()

    window = make_window(case_vault.folder)
    window.resize(1366, 768)
    sign_in(qtbot, window, ADMIN, PASSWORD)
    page = retention_page(qtbot, window)
    assert page.queue_table.rowCount() == 1 and page.queue_table.item(0, 1).text().startswith("KDM-")
    assert "Due now: 1 women (1 cases)" in page.queue_summary.text()
    assert NAME not in page.queue_summary.text()
    click(qtbot, page.propose_button)
    dialog = page.dialog
    assert isinstance(dialog, ProposeDialog)
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: is_gone(dialog) and page.cycle_table.rowCount() == 1, timeout=WORKER_TIMEOUT)
    page.cycle_table.selectRow(0)
    assert not page.approve_button.isEnabled()  # she proposed it
    assert page.approve_button.toolTip() == "You proposed it: another supervisor approves it."
    window.lock()

    other = make_window(case_vault.folder)
    sign_in(qtbot, other, SUPERVISOR, PASSWORD)
    spage = retention_page(qtbot, other)
    spage.cycle_table.selectRow(0)
    click(qtbot, spage.approve_button)
    qtbot.waitUntil(lambda: isinstance(spage.dialog, ApproveDialog), timeout=WORKER_TIMEOUT)
    approve = spage.dialog
    assert approve.findChild(type(spage.status), "approveWarning").text().startswith("This cannot be undone.")
    click(qtbot, approve.ok_button())
    qtbot.waitUntil(lambda: bool(visible_dialogs(DoneDialog)), timeout=60000)
    done = visible_dialogs(DoneDialog)[0]
    done.reject()
    qtbot.waitUntil(lambda: spage.record_table.rowCount() == 1 and spage.cycle_table.rowCount() == 0,
                    timeout=WORKER_TIMEOUT)
    assert spage.status.text() == "Destruction done."
    assert spage.record_table.item(0, 2).text() == "anonymize" and spage.record_table.item(0, 4).text() == "1"
    spage.record_table.selectRow(0)
    click(qtbot, spage.record_pdf_button)
    target = tmp_path / "tutanak.pdf"
    spage.file_dialog.selectFile(str(target))
    spage.file_dialog.accept()
    qtbot.waitUntil(lambda: spage.status.text() == "Record saved as tutanak.pdf.", timeout=WORKER_TIMEOUT)
    text = pdf_reading.norm(pdf_reading.text(target.read_bytes()))
    assert "Record of Destruction of Personal Data" in text and NAME not in text

    overview = other.workspace.overview
    click_tab(qtbot, other, overview)
    qtbot.waitUntil(lambda: "onceki.kdbackup" in overview.backup_list.text(), timeout=WORKER_TIMEOUT)
    assert "BEFORE the last destruction: it still holds what was destroyed" in overview.backup_list.text()
    session = other.session
    from kadin_danisma.domain.errors import NotFound

    try:
        cases.open_case(session, case_id)
        raise AssertionError("the anonymized case opened")
    except NotFound as exc:
        assert exc.code == "case_anonymized"


def test_access_review_saved_as_csv(qtbot, make_window, case_vault, tmp_path: Path) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, SUPERVISOR, PASSWORD)
    page = retention_page(qtbot, window)
    box = page.review_box
    assert box is not None
    box.first.setText("bad")
    click(qtbot, box.csv_button)
    assert box.status.text() == "Give the period as two dates, YYYY-MM-DD." and box.first.property("invalid")
    box.first.setText((date.today() - timedelta(days=30)).isoformat())
    click(qtbot, box.csv_button)
    target = tmp_path / "denetim.csv"
    box.file_dialog.selectFile(str(target))
    box.file_dialog.accept()
    qtbot.waitUntil(lambda: box.status.text() == "Access review saved as denetim.csv.", timeout=WORKER_TIMEOUT)
    assert target.read_text("utf-8-sig").startswith("part,user,case")


def test_a_counselor_has_no_kvkk_page_and_the_admin_edits_the_policy(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    assert window.workspace.retention_page is None
    window.lock()
    window = make_window(case_vault.folder)
    window.resize(1366, 768)
    sign_in(qtbot, window, ADMIN, PASSWORD)
    page = retention_page(qtbot, window)
    assert page.keep.value() == 10 and page.method.value() == "anonymize"
    page.safe.setValue(20)  # longer than the record itself
    click(qtbot, page.save_policy_button)
    qtbot.waitUntil(lambda: page.save_policy_button.isEnabled(), timeout=WORKER_TIMEOUT)
    assert page.safe.property("invalid") is True and "whole years" in page.policy_status.text()
    page.safe.setValue(1)
    choose(qtbot, page.method, "delete")
    click(qtbot, page.save_policy_button)
    qtbot.waitUntil(lambda: page.policy_status.text() == "Policy saved.", timeout=WORKER_TIMEOUT)
    qtbot.waitUntil(lambda: not page.reads.busy, timeout=WORKER_TIMEOUT)
    assert page.method.value() == "delete" and page.safe.value() == 1
    # the page fits the small screen: its scroll area needs no horizontal bar at 1366×768
    flush_deletes()
    QApplication.processEvents()
    from PySide6.QtWidgets import QScrollArea

    scroll = page.findChild(QScrollArea)
    assert scroll is not None and not scroll.horizontalScrollBar().isVisible()
