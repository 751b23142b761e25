"""Issue 15, item 4: a case does not close silently while she is still in a shelter. The closure request and
the supervisor's decision list the active placement, the measure in force and the open referral; the
supervisor approves only with a stated reason (audited), and closing ends none of them."""

from __future__ import annotations

import json
from datetime import date, timedelta

from gui_support import (
    PASSWORD,
    SUPERVISOR,
    WORKER_TIMEOUT,
    click,
    press_save,
    save_and_close,
    show_case,
    tick,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kadin_danisma.domain import records as r
from kadin_danisma.gui.case.closure_dialogs import ClosureRequestDialog, DecisionDialog
from kadin_danisma.services import cases, closure, directory, measures, referrals, shelters, vault_service

DAY = (date.today() - timedelta(days=10)).isoformat()
SHELTER = "Kapanış Konukevi"
OVERRIDE = "Konukevinde kalıyor; ŞÖNİM takibi üstlendi, merkezle işi bitti."


def placed_case(session, admin) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    case_id = cases.create_case(session, r.Client("Sevim Er"), r.Intake(DAY, violence_types=["physical"]))
    cases.finish_intake(session, case_id)
    shelter = shelters.save_shelter(admin, r.Shelter(SHELTER, "kadin_konukevi", 10, "Ankara"))
    pid = shelters.place(session, case_id, shelter, on=DAY)
    measures.save_measure(session, case_id, r.Measure("no_approach", "family_judge", DAY, DAY,
                                                      (date.today() + timedelta(days=60)).isoformat()))
    bar = directory.search_institutions(session, "baro")[0]
    referrals.create_referral(session, case_id, bar.id, "Adli yardım", "Avukat")
    return case_id, pid


def test_closing_while_in_a_shelter_needs_the_supervisors_reason(qtbot, open_as, case_vault) -> None:
    session, ctx = open_as()
    admin = vault_service.unlock(case_vault.folder, "koordinator", PASSWORD)
    try:
        case_id, pid = placed_case(session, admin)
    finally:
        admin.lock()
    view = show_case(qtbot, ctx, case_id)

    # Her request shows what is still open, and what that means.
    click(qtbot, view.closure_header.request_button)
    request = view.closure_tab.dialog
    assert isinstance(request, ClosureRequestDialog)
    listed = request.findChild(QLabel, "openItemsList").text()
    assert f"In a shelter: \u2068{SHELTER}\u2069" in listed
    assert "Protective measure in force: No approaching the protected person" in listed
    assert "Open referral:" in listed
    assert request.findChild(QLabel, "placementWarning").isVisible()
    request.reason.setFocus()
    qtbot.keyClick(request.reason, Qt.Key.Key_Home)
    tick(qtbot, request.checklist.boxes["needs_met"])
    qtbot.mouseClick(request.summary, Qt.MouseButton.LeftButton)
    type_text(qtbot, request.summary, "Hedefler tamamlandı.")
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, request)

    # The supervisor: Approve asks why the case closes while she stays in the shelter.
    sup_session, sup_ctx = open_as(SUPERVISOR, PASSWORD)
    sup_view = show_case(qtbot, sup_ctx, case_id)
    sup_view.tabs.setCurrentWidget(sup_view.closure_tab)
    click(qtbot, sup_view.closure_tab.approve_button)
    decision = sup_view.closure_tab.dialog
    assert isinstance(decision, DecisionDialog)
    qtbot.waitUntil(lambda: decision.ready, timeout=WORKER_TIMEOUT)
    assert f"In a shelter: \u2068{SHELTER}\u2069" in decision.findChild(QLabel, "openItemsList").text()
    assert decision.override.isVisible() and decision.summary.toPlainText() == "Hedefler tamamlandı."
    press_save(qtbot, decision)
    assert decision.isVisible()
    assert "Reason for closing during the placement: at least 10 characters." in decision.error.text()
    assert cases.open_case(sup_session, case_id).status == "closure_requested"
    qtbot.mouseClick(decision.override, Qt.MouseButton.LeftButton)
    type_text(qtbot, decision.override, OVERRIDE)
    with qtbot.waitSignal(sup_view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, decision)

    # Closed, and nothing ended silently: she is still placed, the measure is in force, the referral open.
    record = cases.open_case(sup_session, case_id)
    assert record.status == "closed"
    assert [(p.id, p.status) for p in record.placements] == [(pid, "placed")]
    assert [m.status for m in record.measures] == ["active"]
    assert [x.status for x in record.referrals] == ["draft"]
    assert record.closure_requests[-1].placement_override == OVERRIDE
    entry = sup_session.connection().execute(
        "SELECT details FROM audit_log WHERE action = 'closure_decision' ORDER BY id DESC").fetchone()
    assert json.loads(entry[0])["placement_override"] == [pid]
    assert OVERRIDE not in entry[0], "the reason stays with the case, the log says that it was given"
    assert OVERRIDE in sup_view.closure_tab.state.text()


def test_once_she_has_left_the_shelter_no_reason_is_asked(qtbot, open_as, case_vault) -> None:
    session, _ctx = open_as()
    admin = vault_service.unlock(case_vault.folder, "koordinator", PASSWORD)
    try:
        case_id, pid = placed_case(session, admin)
    finally:
        admin.lock()
    shelters.end_placement(session, case_id, pid, "independent_living")
    closure.request_closure(session, case_id, r.ClosureRequest("goals_met", checklist=["needs_met"], summary="Tamam."))
    _sup, sup_ctx = open_as(SUPERVISOR, PASSWORD)
    sup_view = show_case(qtbot, sup_ctx, case_id)
    sup_view.tabs.setCurrentWidget(sup_view.closure_tab)
    click(qtbot, sup_view.closure_tab.approve_button)
    decision = sup_view.closure_tab.dialog
    qtbot.waitUntil(lambda: decision.ready, timeout=WORKER_TIMEOUT)
    assert not decision.override.isVisible()
    assert "In a shelter" not in decision.findChild(QLabel, "openItemsList").text()
    with qtbot.waitSignal(sup_view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, decision)
    assert cases.open_case(session, case_id).status == "closed"
