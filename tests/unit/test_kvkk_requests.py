"""A woman's own requests (KVKK art. 11, issue 19): recorded with a 30-day deadline that appears on the dashboard
and disappears when answered; access answered with her record as a PDF; erasure through the destruction path
(approved by a supervisor other than the proposer), refused on legal hold or with a named legal duty; every
step audited without her words; legal holds placed and lifted with reasons."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import kd_support
import pdf_reading
import pytest
import retention_support as rs

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import InvalidInput, NotFound, PermissionDenied, SelfApproval
from kadin_danisma.services import cases, dashboard, data_requests, destruction, legal_hold, search

WORDS = "Kasımpatı sokağındaki eski adresimin silinmesini istiyorum"


def new_case(team: kd_support.Team, name: str = rs.NAME) -> int:
    ayse = team.login("ayse")
    case_id = cases.create_case(ayse, r.Client(full_name=name, safe_contact=r.SafeContact(safe_phone=rs.PHONE)),
                                r.Intake(date.today().isoformat(), "walk_in", violence_types=["physical"]))
    cases.finish_intake(ayse, case_id)
    return case_id


def audit(team: kd_support.Team, action: str) -> list[dict[str, Any]]:
    vault, conn = kd_support.raw_connection(team.folder)
    try:
        return [json.loads(d) for (d,) in conn.execute("SELECT details FROM audit_log WHERE action = ? ORDER BY id",
                                                       (action,))]
    finally:
        conn.close()
        vault.close()


def test_the_deadline_appears_and_disappears(team: kd_support.Team) -> None:
    case_id = new_case(team)
    ayse = team.login("ayse")
    assert dashboard.dashboard(ayse).requests_due == []
    received = (date.today() - timedelta(days=3)).isoformat()
    request_id = data_requests.record_request(ayse, case_id, "correction", received, WORDS)
    board = dashboard.dashboard(ayse)
    assert [(q.request.id, q.request.kind, q.request.due_on, q.request.days_left()) for q in board.requests_due] == [
        (request_id, "correction", (date.today() + timedelta(days=27)).isoformat(), 27)]
    assert board.totals["requests_due"] == 1
    # a supervisor sees it too; another counselor does not
    assert [q.request.id for q in dashboard.dashboard(team.login("selin")).requests_due] == [request_id]
    assert dashboard.dashboard(team.login("zeynep")).requests_due == []
    data_requests.answer_request(ayse, request_id, "corrected")
    assert dashboard.dashboard(ayse).requests_due == []
    assert dashboard.dashboard(team.login("selin")).requests_due == []
    answered = data_requests.case_requests(ayse, case_id)[0]
    assert (answered.status, answered.outcome, answered.answered_by) == ("answered", "corrected", "ayse")
    with pytest.raises(InvalidInput) as again:
        data_requests.answer_request(ayse, request_id, "corrected")
    assert again.value.code == "request_answered"
    # the log has the steps, never her words
    logged = audit(team, "data_request")
    assert logged == [{"id": request_id, "kind": "correction", "received_on": received,
                       "due_on": answered.due_on, "details_length": len(WORDS)}]
    assert audit(team, "data_request_answered")[0]["outcome"] == "corrected"


def test_bad_requests_are_refused(team: kd_support.Team) -> None:
    case_id = new_case(team)
    ayse = team.login("ayse")
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    with pytest.raises(InvalidInput) as bad:
        data_requests.record_request(ayse, case_id, "forget-me", tomorrow)
    assert {p for p, _ in bad.value.details["problems"]} == {"$.kind", "$.received_on"}
    with pytest.raises(PermissionDenied):  # not her case
        data_requests.record_request(team.login("zeynep"), case_id, "access", date.today().isoformat())
    with pytest.raises(PermissionDenied):  # an admin sees no case
        data_requests.record_request(team.login("bilgi"), case_id, "access", date.today().isoformat())
    request_id = data_requests.record_request(ayse, case_id, "objection", date.today().isoformat())
    with pytest.raises(InvalidInput):
        data_requests.answer_request(ayse, request_id, "corrected")  # not an answer to an objection
    data_requests.answer_request(ayse, request_id, "objection_refused")


def test_access_is_answered_with_her_record(team: kd_support.Team, tmp_path: Path) -> None:
    case_id = new_case(team)
    ayse = team.login("ayse")
    request_id = data_requests.record_request(ayse, case_id, "access", date.today().isoformat())
    out = tmp_path / "kayit.pdf"
    size = data_requests.answer_access(ayse, request_id, out)
    assert size == out.stat().st_size > 0
    assert rs.NAME in pdf_reading.norm(pdf_reading.text(out.read_bytes()))
    assert dashboard.dashboard(ayse).requests_due == []
    assert audit(team, "export_pdf")[-1]["kind"] == "record"
    assert data_requests.case_requests(ayse, case_id)[0].outcome == "record_given"


def test_erasure_goes_through_the_destruction_and_another_supervisor(team: kd_support.Team) -> None:
    case_id = new_case(team)
    ayse = team.login("ayse")
    request_id = data_requests.record_request(ayse, case_id, "erasure", date.today().isoformat(), WORDS)
    step = data_requests.request_erasure(ayse, request_id)
    assert not step.refused_for_hold and step.cycle_id is not None
    waiting = dashboard.dashboard(ayse).requests_due
    # still counting down
    assert [(q.request.id, q.request.status) for q in waiting] == [(request_id, "in_destruction")]
    deniz = team.login("deniz")  # a supervisor who did not propose it
    outcome = destruction.approve(deniz, step.cycle_id)
    assert (outcome.record["method"], outcome.record["origin"], outcome.record["cases"]) == ("delete", "request", 1)
    assert outcome.record["legal_basis"] == ["kvkk_7", "kvkk_11", "regulation_request"]
    with pytest.raises(NotFound):
        cases.open_case(team.login("selin"), case_id)
    assert search.search(team.login("selin"), "Xylofonya") == []
    assert dashboard.dashboard(team.login("selin")).requests_due == []  # gone with her
    assert {"id": request_id, "outcome": "erased", "cycle": step.cycle_id}.items() <= \
        audit(team, "data_request_answered")[-1].items()
    team.close()
    vault, conn = kd_support.raw_connection(team.folder)
    try:
        assert rs.table_hits(conn, (rs.NAME, rs.PHONE, WORDS), ()) == []
    finally:
        conn.close()
        vault.close()


def test_the_proposer_of_an_erasure_cannot_approve_it(team: kd_support.Team) -> None:
    case_id = new_case(team)
    selin = team.login("selin")
    request_id = data_requests.record_request(selin, case_id, "erasure", date.today().isoformat())
    step = data_requests.request_erasure(selin, request_id)
    assert step.cycle_id is not None
    with pytest.raises(SelfApproval):
        destruction.approve(selin, step.cycle_id)
    # cancelled: the request is open again, her record whole
    destruction.cancel(selin, step.cycle_id)
    assert [q.status for q in data_requests.case_requests(selin, case_id)] == ["open"]
    assert cases.open_case(selin, case_id).client.full_name == rs.NAME


def test_erasure_on_legal_hold_is_refused_with_the_reason(team: kd_support.Team) -> None:
    case_id = new_case(team)
    ayse = team.login("ayse")
    legal_hold.place_hold(ayse, case_id, "Boşanma davası sürüyor, mahkeme istedi")
    request_id = data_requests.record_request(ayse, case_id, "erasure", date.today().isoformat())
    step = data_requests.request_erasure(ayse, request_id)
    assert step.refused_for_hold and step.cycle_id is None
    answered = data_requests.case_requests(ayse, case_id)[0]
    assert (answered.status, answered.outcome) == ("answered", "refused_legal_hold")
    assert cases.open_case(ayse, case_id).client.full_name == rs.NAME
    assert dashboard.dashboard(ayse).requests_due == []


def test_erasure_refused_for_a_legal_duty_names_it(team: kd_support.Team) -> None:
    case_id = new_case(team)
    ayse = team.login("ayse")
    request_id = data_requests.record_request(ayse, case_id, "erasure", date.today().isoformat())
    with pytest.raises(InvalidInput):
        data_requests.answer_request(ayse, request_id, "refused_duty")  # which duty?
    with pytest.raises(InvalidInput) as no_hold:
        data_requests.answer_request(ayse, request_id, "refused_legal_hold")
    assert no_hold.value.code == "no_hold"
    data_requests.answer_request(ayse, request_id, "refused_duty", "active_protective_measure")
    answered = data_requests.case_requests(ayse, case_id)[0]
    assert (answered.outcome, answered.duty_basis) == ("refused_duty", "active_protective_measure")
    assert audit(team, "data_request_answered")[-1]["basis"] == "active_protective_measure"


def test_legal_hold_place_and_lift(team: kd_support.Team) -> None:
    case_id = new_case(team)
    ayse, zeynep, selin = team.login("ayse"), team.login("zeynep"), team.login("selin")
    reason = "Savcılık soruşturması: dosya saklanmalı"
    with pytest.raises(PermissionDenied):
        legal_hold.place_hold(zeynep, case_id, reason)  # not her case
    with pytest.raises(InvalidInput) as short:
        legal_hold.place_hold(ayse, case_id, "kısa")
    assert short.value.code == "reason_invalid"
    legal_hold.place_hold(ayse, case_id, reason)
    with pytest.raises(InvalidInput) as twice:
        legal_hold.place_hold(selin, case_id, reason)
    assert twice.value.code == "hold_exists"
    with pytest.raises(PermissionDenied):
        legal_hold.lift_hold(ayse, case_id, "Dava bitti, kaldırılabilir")  # only a supervisor lifts
    view = legal_hold.case_holds(ayse, case_id)
    assert view.active is not None and view.active.reason == reason and view.may_place and not view.may_lift
    legal_hold.lift_hold(selin, case_id, "Dava bitti, kaldırılabilir")
    view = legal_hold.case_holds(selin, case_id)
    assert view.active is None and view.holds[0].lift_reason == "Dava bitti, kaldırılabilir"
    assert cases.case_view_data(ayse, case_id).legal_hold is False
    logged = audit(team, "legal_hold_placed") + audit(team, "legal_hold_lifted")
    assert [e["reason_length"] for e in logged] == [len(reason), len("Dava bitti, kaldırılabilir")]
    assert all(reason not in json.dumps(e, ensure_ascii=False) for e in logged)
