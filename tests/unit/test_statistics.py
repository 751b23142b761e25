"""Statistics reports (issue 18): counts checked against an independent count over a synthetic center, who may
see what, the audit, snapshots of closed periods (unchanged after their cases are deleted), progress and
cancel. Outputs and the command line are in test_statistics_outputs.py."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import kd_support
import pytest
import stat_support

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import InvalidPeriod, PermissionDenied, ReportCancelled
from kadin_danisma.domain.suppression import CellState
from kadin_danisma.services import cases, settings, shelters, statistics
from kadin_danisma.services.session import Session
from kadin_danisma.services.statistics import Report, ReportRequest

YEAR = date.today().year - 1
FIRST, LAST = f"{YEAR}-01-01", f"{YEAR}-12-31"


@pytest.fixture
def center(team: kd_support.Team) -> tuple[kd_support.Team, list[dict[str, Any]]]:
    """The team's vault with the synthetic center imported; province İzmir; k = 1 (nothing hidden)."""
    _, made = stat_support.build(YEAR)
    admin = team.login("koordinator")
    shelters.save_shelter(admin, r.Shelter(stat_support.SHELTER, "kadin_konukevi", 20))
    stat_support.load(admin, made)
    settings.set_province(admin, "35")
    settings.set_stats_min_cell(admin, 1)
    return team, made


def values(report: Report, key: str) -> dict[str, int]:
    """row code -> shown count of a one-column table (total row left out)."""
    t = report.table(key)
    out = {}
    for axis, row in zip(t.rows, t.cells, strict=True):
        if axis.code != "total":
            assert row[0].state is CellState.SHOWN
            out[axis.code] = row[0].value
    return out


def nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in counts.items() if v}


def grid_values(report: Report, key: str) -> dict[tuple[str, str], int]:
    t = report.table(key)
    return {(a.code, c.code): cell.value for a, row in zip(t.rows, t.cells, strict=True)
            for c, cell in zip(t.columns, row, strict=True)
            if a.code != "total" and c.code != "total" and cell.value}


def run(session: Any, kind: str = "activity", first: str = FIRST, last: str = LAST, lang: str = "tr") -> Report:
    return statistics.run_report(session, ReportRequest(kind, date.fromisoformat(first), date.fromisoformat(last),
                                                        lang))


def test_counts_match_an_independent_count(center: tuple[kd_support.Team, list[dict[str, Any]]]) -> None:
    team, made = center
    want = stat_support.expected(made, FIRST, LAST)
    report = run(team.login("selin"))
    assert report.source == "snapshot" and report.scope == "center"
    summary = values(report, "summary")
    for key in ("women_served", "women_applied", "applications", "children_seen", "women_in_shelter", "violations"):
        assert summary[key] == want[key], key
    assert summary["sessions"] == sum(want["sessions"].values())
    assert summary["referrals_sent"] == sum(want["referrals"].values())
    assert summary["measures"] == sum(want["measures"].values())
    assert summary["cases_closed"] == sum(want["closures"].values())
    assert (report.excluded_cases, report.excluded_women) == (want["excluded_cases"], want["excluded_women"])
    assert values(report, "applicants") == {"first_time": want["women_applied"] - want["returning"],
                                           "returning": want["returning"]}
    assert nonzero(values(report, "channel")) == want["channel"]
    assert nonzero(values(report, "district")) == want["district"]
    assert nonzero(values(report, "age")) == want["age"]
    assert nonzero(values(report, "nationality")) == want["nationality"]
    assert nonzero(values(report, "disability")) == want["disability"]
    assert nonzero(values(report, "violence")) == want["violence"]
    assert nonzero(values(report, "sessions")) == want["sessions"]
    assert nonzero(values(report, "child_sessions")) == want["child_sessions"]
    assert nonzero(values(report, "interpreter")) == want["interpreter"]
    assert grid_values(report, "referrals") == want["referrals"]
    assert grid_values(report, "measures") == want["measures"]
    assert nonzero(values(report, "closures")) == want["closures"]
    gbv = run(team.login("selin"), "gbvims")
    incidents = gbv.table("gbv_type_age")
    by_type = {a.code: row[-1].value for a, row in zip(incidents.rows, incidents.cells, strict=True)
               if a.code != "total" and row[-1].value}
    assert by_type == want["gbv_types"]
    assert nonzero(values(gbv, "gbv_perpetrator_count")) == want["gbv_perpetrators"]
    assert nonzero(values(gbv, "gbv_report_delay")) == want["gbv_delay"]
    assert values(gbv, "gbv_summary")["incidents"] == want["applications"]


def test_one_woman_three_cases_once_no_consent_out_outside_period_out(
        center: tuple[kd_support.Team, list[dict[str, Any]]]) -> None:
    """The three rules of issue 18, each seen on its own: changing one woman changes each count by one."""
    team, made = center
    session = team.login("selin")
    base_report = run(session, first=f"{YEAR}-01-01", last=f"{YEAR}-12-30")
    base = values(base_report, "summary")
    mother = [c for c in made if c["client"]["client_code"] == stat_support.MOTHER_OF_THREE]
    assert len(mother) == 3 and all(c["opened_on"].startswith(str(YEAR)) for c in mother)
    # she has three applications but is one woman
    assert base["applications"] - base["women_applied"] >= 2
    # a new, separate woman without consent changes nothing but the left-out count
    ayse = team.login("ayse")
    from kadin_danisma.domain import records as r

    new = cases.create_case(ayse, r.Client(full_name="Rızasız Kadın"),
                            r.Intake(f"{YEAR}-05-05", "phone", violence_types=["physical"]))
    cases.finish_intake(ayse, new)
    after = run(session, first=f"{YEAR}-01-01", last=f"{YEAR}-12-30")
    assert values(after, "summary") == base
    assert after.excluded_cases == base_report.excluded_cases + 1
    # outside the period: a case opened the year before and closed then is in neither count
    old = [c for c in made if c["client"]["client_code"].startswith("DN-OLD")]
    assert old and all(c["closed_on"] < FIRST for c in old)
    assert values(run(session, first=f"{YEAR - 1}-01-01", last=f"{YEAR - 1}-12-31"), "summary")["women_applied"] \
        >= len(old)


def test_counselor_sees_her_caseload_supervisor_and_coordinator_the_center(
        center: tuple[kd_support.Team, list[dict[str, Any]]]) -> None:
    team, made = center
    mine = [c for c in made if c["counselors"] == ["ayse"]]
    want = stat_support.expected(mine, FIRST, LAST)
    ayse = run(team.login("ayse"))
    assert ayse.scope == "caseload" and ayse.source == "live" and ayse.scope_name == "Ayşe Danışman"
    assert values(ayse, "summary")["applications"] == want["applications"]
    assert values(ayse, "summary")["sessions"] == sum(want["sessions"].values())
    center_report = run(team.login("selin"))
    assert values(center_report, "summary")["applications"] > want["applications"]
    assert run(team.login("bilgi")).scope == "center"  # the coordinator (admin only) sees the center
    assert run(team.login("deniz")).scope == "center"  # counselor and supervisor: the wider view
    recovery = Session(team.login("selin").vault, None)  # unlocked with the recovery key: no person
    with pytest.raises(PermissionDenied):
        run(recovery)


def test_every_run_is_audited_without_figures(center: tuple[kd_support.Team, list[dict[str, Any]]]) -> None:
    team, _ = center
    session = team.login("selin")
    run(session, "gbvims", f"{YEAR}-03-05", f"{YEAR}-04-20")
    rows = session.connection().execute(
        "SELECT user_id, details FROM audit_log WHERE action = 'statistics_report' ORDER BY id").fetchall()
    assert rows
    user_id, details = rows[-1]
    assert user_id == session.user.id
    assert json.loads(details) == {"kind": "gbvims", "first": f"{YEAR}-03-05", "last": f"{YEAR}-04-20",
                                   "scope": "center", "source": "live"}


def test_bad_periods_are_refused() -> None:
    today = date.today()
    for start, end in ((today, today - timedelta(days=1)), (today, today + timedelta(days=1)),
                       (date(1880, 1, 1), date(1890, 1, 1)), (date(1990, 1, 1), today)):
        with pytest.raises(InvalidPeriod):
            statistics.check_request(ReportRequest("activity", start, end))
    with pytest.raises(InvalidPeriod):
        statistics.check_request(ReportRequest("census", today, today))
    with pytest.raises(InvalidPeriod):
        statistics.check_request(ReportRequest("activity", today, today, "de"))


def test_small_counts_are_hidden_and_no_hidden_value_reaches_the_report(
        center: tuple[kd_support.Team, list[dict[str, Any]]]) -> None:
    team, _ = center
    settings.set_stats_min_cell(team.login("koordinator"), 5)
    report = run(team.login("selin"))
    assert report.k == 5
    hidden = 0
    for t in report.tables:
        for row in t.cells:
            for cell in row:
                if cell.state is CellState.SHOWN:
                    assert cell.value is not None and cell.value >= 5
                else:
                    hidden += 1
                    assert cell.value is None
                    assert cell.text(5) in ("<5", "×")
    assert hidden
    assert any(c.state is CellState.COMPLEMENTARY for t in report.tables for row in t.cells for c in row)


def test_past_period_is_unchanged_after_its_cases_are_deleted(
        center: tuple[kd_support.Team, list[dict[str, Any]]]) -> None:
    team, made = center
    session = team.login("selin")
    month = f"{YEAR}-02-01", f"{YEAR}-02-28" if YEAR % 4 else f"{YEAR}-02-29"
    before_year = run(session)
    before_month = run(session, first=month[0], last=month[1])
    live_before = run(session, first=f"{YEAR}-02-01", last=f"{YEAR}-03-10")
    session.lock()
    kd_support_delete_cases(team, [c["case_number"] for c in made if c["opened_on"] < f"{YEAR}-07-01"])
    session = team.login("selin")
    after_year = run(session)
    after_month = run(session, first=month[0], last=month[1])
    assert after_year.tables == before_year.tables and after_year.fixed_at == before_year.fixed_at
    assert after_month.tables == before_month.tables
    # the deletion did happen: a range that is not a closed month, quarter or year is counted again
    live_after = run(session, first=f"{YEAR}-02-01", last=f"{YEAR}-03-10")
    assert values(live_after, "summary")["applications"] < values(live_before, "summary")["applications"]


def kd_support_delete_cases(team: kd_support.Team, numbers: list[str]) -> None:
    """Delete whole cases with every row that hangs on them (the KVKK destruction will do this properly)."""
    vault, conn = kd_support.raw_connection(team.folder)
    try:
        conn.execute("BEGIN")
        ids = [r[0] for r in conn.execute(
            f"SELECT id FROM cases WHERE case_number IN ({','.join('?' * len(numbers))})", numbers)]
        marks = ",".join("?" * len(ids))
        clients = [r[0] for r in conn.execute(f"SELECT DISTINCT client_id FROM cases WHERE id IN ({marks})", ids)]
        for sql in (
            "DELETE FROM measure_violations WHERE measure_id IN (SELECT id FROM measures WHERE case_id IN ({m}))",
            "DELETE FROM referral_events WHERE referral_id IN (SELECT id FROM referrals WHERE case_id IN ({m}))",
            "DELETE FROM placement_children WHERE placement_id IN (SELECT id FROM placements WHERE case_id IN ({m}))",
            "DELETE FROM note_revisions WHERE note_id IN (SELECT id FROM notes WHERE case_id IN ({m}))",
        ):
            conn.execute(sql.format(m=marks), ids)
        for table in ("measures", "referrals", "placements", "notes", "children", "perpetrators", "intakes",
                      "risk_assessments", "safety_plans", "follow_ups", "closure_requests", "case_status_history",
                      "case_counselors"):
            conn.execute(f"DELETE FROM {table} WHERE case_id IN ({marks})", ids)
        conn.execute(f"DELETE FROM cases WHERE id IN ({marks})", ids)
        cmarks = ",".join("?" * len(clients))
        conn.execute(f"DELETE FROM consents WHERE client_id IN ({cmarks}) AND client_id NOT IN "
                     "(SELECT client_id FROM cases)", clients)
        conn.execute(f"DELETE FROM clients WHERE id IN ({cmarks}) AND id NOT IN (SELECT client_id FROM cases)",
                     clients)
        conn.execute("COMMIT")
    finally:
        conn.close()
        vault.close()


def test_closed_periods_are_fixed_once_and_rerun_the_same(
        center: tuple[kd_support.Team, list[dict[str, Any]]]) -> None:
    team, _ = center
    session = team.login("selin")
    due = statistics.due_periods(session)
    assert ("activity", statistics.Period.month(YEAR, 3)) in due
    assert ("gbvims", statistics.Period.year(YEAR)) in due
    steps: list[tuple[int, int]] = []
    stored = statistics.close_due_periods(session, progress=lambda d, t: steps.append((d, t)))
    assert stored == len(due) and statistics.due_periods(session) == []
    assert steps[-1] == (len(due), len(due)) and [d for d, _ in steps] == sorted(d for d, _ in steps)
    # a month fixed from the whole year's facts says what a run of the month alone says
    march = run(session, first=f"{YEAR}-03-01", last=f"{YEAR}-03-31")
    live_march = statistics.run_report(team.login("ayse"), ReportRequest(
        "activity", date(YEAR, 3, 1), date(YEAR, 3, 31)))
    assert march.source == "snapshot" and live_march.source == "live"
    # a case of March recorded now is a late entry: stated, not added
    ayse = team.login("ayse")
    from kadin_danisma.domain import records as r

    late = cases.create_case(ayse, r.Client(full_name="Geç Kayıt"),
                             r.Intake(f"{YEAR}-03-15", "phone", violence_types=["physical"]))
    cases.finish_intake(ayse, late)
    again = run(session, first=f"{YEAR}-03-01", last=f"{YEAR}-03-31")
    assert again.tables == march.tables and again.late_entries == 1
    n = session.connection().execute("SELECT count(*) FROM audit_log WHERE action = 'statistics_snapshot'")
    assert n.fetchone()[0] == stored
    with pytest.raises(Exception, match="never changed"):
        session.connection().execute("DELETE FROM stat_snapshots")


def test_cancel_stops_and_keeps_what_was_stored(center: tuple[kd_support.Team, list[dict[str, Any]]]) -> None:
    team, _ = center
    session = team.login("selin")
    total = len(statistics.due_periods(session))
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 4

    with pytest.raises(ReportCancelled):
        statistics.close_due_periods(session, cancel=cancel)
    left = len(statistics.due_periods(session))
    assert 0 < left < total
    with pytest.raises(ReportCancelled):
        statistics.run_report(session, ReportRequest("activity", date(YEAR, 5, 1), date(YEAR, 5, 9)),
                              cancel=lambda: True)
    assert statistics.close_due_periods(session) == left


def test_returning_woman_through_the_service(team: kd_support.Team) -> None:
    from kadin_danisma.domain import records as r

    ayse = team.login("ayse")
    first = cases.create_case(ayse, r.Client(full_name="Döndü Geri"), r.Intake(f"{YEAR}-01-10", "walk_in"))
    second = cases.create_returning_case(ayse, first, r.Intake(f"{YEAR}-06-10", "phone"))
    conn = ayse.connection()
    owners = {conn.execute("SELECT client_id FROM cases WHERE id = ?", (i,)).fetchone()[0] for i in (first, second)}
    assert len(owners) == 1
    zeynep = team.login("zeynep")
    with pytest.raises(PermissionDenied):  # not her case: break-glass rules apply
        cases.create_returning_case(zeynep, first)


def test_a_session_with_a_child_names_one_of_her_children(team: kd_support.Team) -> None:
    from kadin_danisma.domain import records as r
    from kadin_danisma.domain.errors import InvalidInput
    from kadin_danisma.services import notes

    ayse = team.login("ayse")
    case_id = cases.create_case(ayse, r.Client(full_name="Anne Kadın"), r.Intake(f"{YEAR}-02-01", "walk_in"),
                                [r.Child("Minik Kız", YEAR - 6, "female")])
    note_id = notes.add_note(ayse, case_id, r.Note("psychosocial_session", f"{YEAR}-02-02", "oyun terapisi",
                                                   child="Minik Kız"))
    with pytest.raises(InvalidInput):
        notes.add_note(ayse, case_id, r.Note("psychosocial_session", f"{YEAR}-02-02", "x", child="Başka Çocuk"))
    assert cases.open_case(ayse, case_id).notes[0].child == "Minik Kız"
    notes.edit_note(ayse, case_id, note_id, r.Note("psychosocial_session", f"{YEAR}-02-02", "oyun terapisi (2)",
                                                   child="Minik Kız"))
    note = cases.open_case(ayse, case_id).notes[0]
    assert (note.child, note.version) == ("Minik Kız", 2)


def test_the_closures_of_a_period_are_read_case_by_case_not_through_every_approved_request(
        vault: tuple[Any, str]) -> None:
    """At 50,000 cases a year's report took 102 s in this one statement when SQLite, having no statistics,
    looked the approved requests up by the status index (all of them, once per closed case)."""
    from kadin_danisma.services import vault_service
    from kadin_danisma.vault import stat_queries

    session = vault_service.unlock(vault[0], kd_support.ADMIN, kd_support.PASSWORD)
    try:
        conn = session.connection()
        seen: list[str] = []
        conn.set_trace_callback(seen.append)
        try:
            stat_queries.load_facts(conn, FIRST, LAST)
        finally:
            conn.set_trace_callback(None)
        closures = [sql for sql in seen if "closure_requests cr" in sql]
        assert len(closures) == 1
        plan = " | ".join(str(row[-1]) for row in conn.execute("EXPLAIN QUERY PLAN " + closures[0]).fetchall())
        assert "closure_requests_case" in plan and "closure_requests_status" not in plan, plan
    finally:
        session.lock()
