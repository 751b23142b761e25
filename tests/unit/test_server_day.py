"""A counselor's day on a center server (issue 15 in server mode), where the services alone are not the rule.
Handing a leaving counselor's cases over: the admin who does it reads none of those cases there, so the server
counts, checks, moves and audits them (kd.case_hand_over); the precise refusals keep their codes; a counselor
cannot call it by hand. Closing a case while she is in a shelter: a counselor cannot approve her own closure
or write the supervisor's stated reason with psql. (The services' own paths run on both stores:
test_workflow.py, test_case_services.py.)"""

from __future__ import annotations

from typing import Any

import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import InvalidInput, NotFound, PermissionDenied
from kadin_danisma.services import assignments, cases, closure


@pytest.fixture
def caseload(server_team: Any) -> tuple[Any, list[int]]:
    ayse = server_team.login("ayse")
    ids = []
    for i in range(2):
        cid = cases.create_case(ayse, r.Client(full_name=f"Devredilen Kadın {i}"),
                                r.Intake("2026-02-01", "walk_in", violence_types=["economic"]))
        cases.finish_intake(ayse, cid)
        ids.append(cid)
    return server_team, ids


def test_an_admin_hands_her_open_cases_over_without_reading_them(caseload: tuple[Any, list[int]]) -> None:
    team, ids = caseload
    bilgi = team.login("bilgi")
    before = {c.username: c.open_cases for c in assignments.counselors(bilgi)}
    assert before["ayse"] == 2 and before["zeynep"] == 0
    assert bilgi.connection().execute("SELECT count(*) FROM cases").fetchone()[0] == 0  # she reads none
    assert assignments.hand_over(bilgi, "ayse", "zeynep") == 2
    after = {c.username: c.open_cases for c in assignments.counselors(bilgi)}
    assert after["ayse"] == 0 and after["zeynep"] == 2
    zeynep = team.login("zeynep")
    assert {cases.open_case(zeynep, cid).client.full_name for cid in ids} == {"Devredilen Kadın 0",
                                                                              "Devredilen Kadın 1"}
    assert team.psql("ayse", "SELECT count(*) FROM kd.cases").stdout.strip() == "0"
    log = team.login("selin").connection().execute(
        "SELECT action, target, details FROM audit_log WHERE action IN ('case_assign', 'case_handover')"
        " ORDER BY id").fetchall()
    assert [a for a, _, _ in log] == ["case_assign", "case_assign", "case_handover"]
    assert {t for _, t, _ in log[:2]} == {f"case:{cid}" for cid in ids} and '"via": "handover"' in log[0][2]


def test_refusals_keep_their_codes_and_a_counselor_cannot_call_it(caseload: tuple[Any, list[int]]) -> None:
    team, ids = caseload
    bilgi = team.login("bilgi")
    with pytest.raises(NotFound) as unknown:
        assignments.hand_over(bilgi, "ayse", "zeynep", "YOK-0000")
    assert unknown.value.code == "no_such_case"
    number = team.login("ayse").connection().execute("SELECT case_number FROM cases WHERE id = ?",
                                                      (ids[0],)).fetchone()[0]
    with pytest.raises(InvalidInput) as not_hers:
        assignments.hand_over(bilgi, "zeynep", "ayse", number)
    assert not_hers.value.code == "not_her_case"
    assert assignments.hand_over(bilgi, "ayse", "zeynep", number) == 1
    with pytest.raises(PermissionDenied):
        assignments.counselors(team.login("ayse"))
    by_hand = team.psql("ayse", "SELECT kd.case_hand_over((SELECT id FROM kd.users WHERE username = 'zeynep'),"
                                " (SELECT kd.me()), '')")
    assert by_hand.returncode != 0 and "permission" in by_hand.stderr


def test_a_counselor_cannot_approve_her_own_closure_by_hand(caseload: tuple[Any, list[int]]) -> None:
    team, ids = caseload
    closure.request_closure(team.login("ayse"), ids[0], r.ClosureRequest("goals_met", ["needs_met"],
                                                                         summary="İş buldu."))
    for change in ("status = 'approved'", "placement_override = 'kendi gerekçem, on karakter'"):
        by_hand = team.psql("ayse", f"UPDATE kd.closure_requests SET {change} WHERE case_id = {ids[0]}")
        assert by_hand.returncode != 0 and "row-level security" in by_hand.stderr, change
    withdrawn = team.psql("ayse", f"UPDATE kd.closure_requests SET status = 'withdrawn' WHERE case_id = {ids[0]}"
                                  " RETURNING id")
    assert withdrawn.returncode == 0 and withdrawn.stdout.strip(), withdrawn.stderr
