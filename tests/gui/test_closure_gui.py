"""Closure and supervision from the GUI: the counselor's closure request (with bad input first), the
supervisor's review queue in the real main window (approve → the case is closed and read-only for
everyone), a return with a comment that the counselor sees in her case, a supervisor's reopen, the
case-summary PDF written where chosen, and the controls nobody should have (a counselor never approves,
not even through the service; break-glass access cannot close a case)."""

from __future__ import annotations

import pdf_reading
import pytest
from gui_support import (
    DEMO_COUNSELOR,
    DEMO_PASSWORD,
    PASSWORD,
    SUPERVISOR,
    WORKER_TIMEOUT,
    click,
    click_tab,
    flush_deletes,
    save_and_close,
    show_case,
    sign_in,
    the_dialog,
    tick,
    type_text,
    visible_dialogs,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import PermissionDenied
from kadin_danisma.gui.case.closure_dialogs import ClosureRequestDialog, DecisionDialog, ReopenDialog
from kadin_danisma.gui.case.view import CaseView
from kadin_danisma.gui.workspace.review_page import ReviewPage
from kadin_danisma.services import cases, closure
from kadin_danisma.services.session import Session
from kadin_danisma.vault.case_queries import CaseFilter

COUNSELOR_ONLY = "ayse"  # a counselor with no cases of her own in the demo vault
SUMMARY = "Güvenlik planı birlikte gözden geçirildi; dava açıldı, kadın iş buldu."
COMMENT = "Çocukların okul kaydı tamamlanmadan kapatmayalım."
REOPEN = "Yeni şiddet olayı bildirildi, danışan tekrar başvurdu."


def reload(qtbot, view: CaseView) -> None:
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        view.reload()


def wait_loaded(qtbot, view: CaseView) -> None:
    qtbot.waitUntil(lambda: view.data is not None and not view.loading, timeout=WORKER_TIMEOUT)


def my_case(session: Session, status: str = "active") -> int:
    found = [c for c in cases.list_cases(session, CaseFilter(statuses=(status,))) if DEMO_COUNSELOR in c.counselors]
    assert found, f"no {status} case of {DEMO_COUNSELOR}"
    return found[0].id




def buttons(view: QWidget) -> set[str]:
    """The names of the closure controls that exist and are shown."""
    flush_deletes()
    return {b.objectName() for b in view.findChildren(QAbstractButton) if b.objectName() and b.isVisible()}


CLOSURE_CONTROLS = {"requestClosureButton", "reopenCaseButton", "approveClosureButton", "returnClosureButton",
                    "cancelClosureButton"}


def request_through_dialog(qtbot, view: CaseView) -> None:
    """Header button → dialog; Save with no summary fails inline; then reason, two ticks, summary, Save."""
    assert view.closure_header.request_button is not None
    click(qtbot, view.closure_header.request_button)
    dialog = view.closure_tab.dialog
    assert isinstance(dialog, ClosureRequestDialog) and dialog.isVisible()
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORKER_TIMEOUT)
    assert dialog.isVisible(), "an empty summary must not be accepted"
    assert "Closing summary: is required" in dialog.error.text()
    assert dialog.summary.property("invalid") is True
    dialog.reason.setFocus()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Home)  # the first reason: goals met
    tick(qtbot, dialog.checklist.boxes["needs_met"])
    tick(qtbot, dialog.checklist.boxes["safety_plan_reviewed"])
    qtbot.mouseClick(dialog.summary, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.summary, SUMMARY)
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, dialog)


# -- request → approve in the review queue → closed ------------------------------------------------------
def test_request_then_approve_in_the_review_queue_closes_the_case(qtbot, open_as, make_window, case_vault) -> None:
    session, ctx = open_as()
    case_id = my_case(session)
    view = show_case(qtbot, ctx, case_id)
    number = view.header_number.text()
    assert view.editable and buttons(view) & CLOSURE_CONTROLS == {"requestClosureButton"}
    request_through_dialog(qtbot, view)

    record = cases.open_case(session, case_id)
    assert record.status == "closure_requested"
    q = record.closure_requests[-1]
    assert (q.status, q.reason, q.checklist, q.summary) == (
        "pending", "goals_met", ["needs_met", "safety_plan_reviewed"], SUMMARY)
    assert not view.editable and view.read_only_banner.text() == "Read-only: this case is under closure review."
    view.tabs.setCurrentWidget(view.closure_tab)
    tab = view.closure_tab
    assert tab.request_box.isVisible() and tab.request_summary.toPlainText() == SUMMARY
    assert "Reason: Goals met" in tab.request_details.text()
    assert "Not checked:" in tab.request_details.text()
    # Her own request: she may take it back, never approve it — and the service refuses too.
    assert buttons(view) & CLOSURE_CONTROLS == {"cancelClosureButton"}
    assert tab.decide(True) is None
    with pytest.raises(PermissionDenied):
        closure.decide(session, case_id, True)
    assert closure.review_queue(session) == []

    # The supervisor, in the real window: the Review queue tab lists it.
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, SUPERVISOR, PASSWORD)
    workspace = window.workspace
    page = workspace.reviews
    assert isinstance(page, ReviewPage)
    with qtbot.waitSignal(page.loaded, timeout=WORKER_TIMEOUT):
        click_tab(qtbot, window, page)
    rows = page.rows
    numbers = [rows.topLevelItem(i).text(0) for i in range(rows.topLevelItemCount())]
    assert number in numbers
    row = rows.topLevelItem(numbers.index(number))
    assert row.text(2) == session.user.display_name and row.text(4) == "Goals met"
    assert row.text(1) != cases.open_case(session, case_id).client.full_name, "privacy mode masks the name"
    # By keyboard: Enter on the row opens the whole case, read-only, on its closure tab.
    rows.setFocus()
    rows.setCurrentItem(row)
    qtbot.keyClick(rows, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case_id in workspace.case_views, timeout=5000)
    sup_view = workspace.case_views[case_id]
    wait_loaded(qtbot, sup_view)
    assert workspace.tabs.currentWidget() is sup_view and sup_view.tabs.currentWidget() is sup_view.closure_tab
    assert not sup_view.editable and sup_view.closure_tab.request_summary.toPlainText() == SUMMARY
    assert buttons(sup_view) & CLOSURE_CONTROLS == {"approveClosureButton", "returnClosureButton"}
    # Back to the queue (read again when shown); Approve there.
    with qtbot.waitSignal(page.loaded, timeout=WORKER_TIMEOUT):
        click_tab(qtbot, window, page)
    numbers = [rows.topLevelItem(i).text(0) for i in range(rows.topLevelItemCount())]
    rows.setFocus()
    rows.setCurrentItem(rows.topLevelItem(numbers.index(number)))
    assert page.selected_case_id() == case_id
    click(qtbot, page.approve_button)
    dialog = page.dialog
    assert isinstance(dialog, DecisionDialog) and dialog.approve and dialog.case_id == case_id
    # Before deciding she reads the request: its summary and checklist, and what is still open.
    qtbot.waitUntil(lambda: dialog.ready, timeout=WORKER_TIMEOUT)
    assert dialog.summary.toPlainText() == SUMMARY
    assert "Checked: " in dialog.details.text() and "Not checked:" in dialog.details.text()
    assert not dialog.resubmitted.isVisible() and not dialog.override.isVisible()
    with qtbot.waitSignal(page.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, dialog)
    assert page.message.text() == "Closure approved: the case is closed."
    assert number not in [rows.topLevelItem(i).text(0) for i in range(rows.topLevelItemCount())]
    assert cases.open_case(session, case_id).status == "closed"

    # Her open review view followed the decision: read-only, closed, the approval in the history.
    workspace.open_case(case_id)
    wait_loaded(qtbot, sup_view)
    assert not sup_view.editable and sup_view.header_status.text() == "Status: Closed"
    assert buttons(sup_view) & CLOSURE_CONTROLS == {"reopenCaseButton"}
    history = sup_view.closure_tab.table
    assert history.item(0, 3).text() == "Approved" and history.item(0, 4).text() == "Selin Kurt"

    # Her view, loaded again: closed, read-only, nothing to request or edit.
    reload(qtbot, view)
    assert not view.editable and view.header_status.text() == "Status: Closed"
    assert view.read_only_banner.text() == "Read-only: this case is closed."
    assert buttons(view) & CLOSURE_CONTROLS == set()
    assert view.notes_tab.new_note_button is None and view.open_note_editor() is None
    assert view.closure_tab.state.text().startswith("This case is closed")


# -- returned with a comment -----------------------------------------------------------------------------
def test_returned_closure_comes_back_with_the_comment(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = my_case(session)
    closure.request_closure(session, case_id, r.ClosureRequest("client_request", checklist=["needs_met"],
                                                               summary=SUMMARY))
    _sup_session, sup_ctx = open_as(SUPERVISOR, PASSWORD)
    sup_view = show_case(qtbot, sup_ctx, case_id)
    assert not sup_view.editable
    sup_view.tabs.setCurrentWidget(sup_view.closure_tab)
    tab = sup_view.closure_tab
    assert tab.request_summary.toPlainText() == SUMMARY
    assert buttons(sup_view) & CLOSURE_CONTROLS == {"approveClosureButton", "returnClosureButton"}
    click(qtbot, tab.return_button)
    dialog = tab.dialog
    assert isinstance(dialog, DecisionDialog) and not dialog.approve
    qtbot.waitUntil(lambda: dialog.ready, timeout=WORKER_TIMEOUT)
    # No comment: refused inline, nothing sent.
    click(qtbot, dialog.save_button())
    assert dialog.isVisible() and dialog.error.text() == "Comment: say why the closure is returned."
    assert dialog.comment.property("invalid") is True
    qtbot.mouseClick(dialog.comment, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.comment, COMMENT)
    with qtbot.waitSignal(sup_view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, dialog)
    assert sup_view.status.text() == "Closure returned to the counselor."
    assert buttons(sup_view) & CLOSURE_CONTROLS == set()

    view = show_case(qtbot, ctx, case_id)
    assert view.editable and view.header_status.text() == "Status: Active"
    view.tabs.setCurrentWidget(view.closure_tab)
    returned = view.closure_tab.returned
    assert returned.isVisible() and COMMENT in returned.text() and "Selin Kurt" in returned.text()
    history = view.closure_tab.table
    assert [history.item(0, j).text() for j in (3, 4, 6)] == ["Returned", "Selin Kurt", COMMENT]
    # She can put it forward again; the comment then gives way to the new request.
    assert buttons(view) & CLOSURE_CONTROLS == {"requestClosureButton"}
    request_through_dialog(qtbot, view)
    assert not view.closure_tab.returned.isVisible() and view.closure_tab.request_box.isVisible()
    # …and cancel it: active and editable again.
    click(qtbot, view.closure_tab.cancel_button)
    cancel = view.closure_tab.dialog
    assert cancel is not None
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, cancel)
    assert view.editable and cases.open_case(session, case_id).status == "active"
    assert view.closure_tab.table.item(0, 3).text() == "Withdrawn"


# -- reopen and the case-summary PDF ---------------------------------------------------------------------
def test_supervisor_reopens_and_exports_the_summary(qtbot, open_as, tmp_path) -> None:
    session, ctx = open_as()
    case_id = my_case(session, "closed")
    view = show_case(qtbot, ctx, case_id)
    assert not view.editable and buttons(view) & CLOSURE_CONTROLS == set()
    number = view.header_number.text()

    _sup_session, sup_ctx = open_as(SUPERVISOR, PASSWORD)
    sup_view = show_case(qtbot, sup_ctx, case_id)
    # The case-summary PDF, saved where she chooses.
    sup_view.tabs.setCurrentWidget(sup_view.closure_tab)
    tab = sup_view.closure_tab
    actions = tab.summary_actions
    click(qtbot, actions.save_button)
    chooser = the_dialog(qtbot, QFileDialog)
    assert chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    target = tmp_path / "out" / "ozet.pdf"
    target.parent.mkdir()
    chooser.selectFile(str(target))
    chooser.accept()
    qtbot.waitUntil(lambda: not actions.busy, timeout=WORKER_TIMEOUT)
    assert actions.status.text().endswith(str(target) + "\u2069"), actions.status.text()
    text = pdf_reading.text(target)
    assert number in text
    assert list(target.parent.iterdir()) == [target], "no temporary file left beside it"
    assert pdf_reading.tagging(target).pdfa_part is None
    # An archive copy for the municipality's document archive: PDF/A-2a as well as PDF/UA-1.
    assert actions.archive_button is not None
    click(qtbot, actions.archive_button)
    chooser = the_dialog(qtbot, QFileDialog)
    archive = tmp_path / "out" / "arsiv.pdf"
    chooser.selectFile(str(archive))
    chooser.accept()
    qtbot.waitUntil(lambda: not actions.busy, timeout=WORKER_TIMEOUT)
    assert actions.status.text().endswith(str(archive) + "\u2069"), actions.status.text()
    tags = pdf_reading.tagging(archive)
    assert (tags.pdfa_part, tags.pdfa_conformance, tags.pdfua_part) == ("2", "A", "1")
    assert number in pdf_reading.text(archive)

    # Reopen: a short reason is refused inline, then the case is active again.
    assert sup_view.closure_header.reopen_button is not None
    click(qtbot, sup_view.closure_header.reopen_button)
    dialog = tab.dialog
    assert isinstance(dialog, ReopenDialog)
    qtbot.mouseClick(dialog.reason, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.reason, "yeniden")
    click(qtbot, dialog.save_button())
    assert dialog.isVisible() and dialog.error.text() == "Reason: at least 10 characters."
    dialog.reason.clear()
    type_text(qtbot, dialog.reason, REOPEN)
    with qtbot.waitSignal(sup_view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, dialog)
    assert sup_view.status.text() == "Case reopened: it is active again."
    assert buttons(sup_view) & CLOSURE_CONTROLS == set() and not sup_view.editable  # a supervisor only reads
    assert REOPEN in tab.state.text()

    reload(qtbot, view)
    assert view.editable and view.header_status.text() == "Status: Active"
    assert not view.read_only_banner.isVisible() and view.notes_tab.new_note_button is not None
    assert buttons(view) & CLOSURE_CONTROLS == {"requestClosureButton"}


def test_existing_file_is_replaced_only_when_she_says_so(qtbot, open_as, tmp_path) -> None:
    session, ctx = open_as()
    view = show_case(qtbot, ctx, my_case(session))
    tab = view.closure_tab
    view.tabs.setCurrentWidget(tab)
    target = tmp_path / "ozet.pdf"
    target.write_bytes(b"earlier")
    actions = tab.summary_actions
    click(qtbot, actions.save_button)
    chooser = the_dialog(qtbot, QFileDialog)
    chooser.selectFile(str(target))
    chooser.accept()
    box = next(d for d in visible_dialogs(QMessageBox))
    click(qtbot, box.button(QMessageBox.StandardButton.No))
    qtbot.wait(50)
    assert target.read_bytes() == b"earlier" and not actions.busy
    click(qtbot, actions.save_button)
    chooser = the_dialog(qtbot, QFileDialog)
    chooser.selectFile(str(target))
    chooser.accept()
    box = next(d for d in visible_dialogs(QMessageBox))
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: "Saved: " in actions.status.text(), timeout=WORKER_TIMEOUT)
    assert target.read_bytes().startswith(b"%PDF-")


# -- who gets no closure controls -------------------------------------------------------------------------
def test_break_glass_cannot_close_and_counselors_have_no_queue(qtbot, open_as, make_window, case_vault) -> None:
    session, _ctx = open_as()
    case_id = my_case(session)
    _other, other_ctx = open_as(COUNSELOR_ONLY, PASSWORD)
    reason = "Danışman1 izinde; kadın acil görüşme istedi"
    view = show_case(qtbot, other_ctx, case_id, reason=reason)
    assert view.break_glass_banner.isVisible() and reason in view.break_glass_banner.text()
    assert view.editable, "covering for a colleague she may write"
    view.tabs.setCurrentWidget(view.closure_tab)
    assert buttons(view) & CLOSURE_CONTROLS == set() and not view.closure_tab.summary_box.isVisible()
    assert view.closure_tab.request_closure() is None

    window = make_window(case_vault.folder)
    sign_in(qtbot, window, DEMO_COUNSELOR, DEMO_PASSWORD)
    assert window.workspace.reviews is None
    assert not window.workspace.findChildren(ReviewPage)
