"""The support records of a case (issue 21, part A) through the services, on a vault and on a center server:
aid with its municipal rule (the committee decision for cash and rent, a setting), employment support, court
cases with their hearings; bad input refused with every problem named and nothing saved; a supervisor reads
and never writes, a colleague without the case sees nothing (on a server: not even through SQL); no free text
in the audit log; a stale edit refused; the records travel in the interchange format. Synthetic data only."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

import kd_support
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import (
    EditConflict,
    ImportInvalid,
    InvalidInput,
    NotFound,
    PermissionDenied,
    ReasonRequired,
)
from kadin_danisma.services import cases, dashboard, interchange, measures, support

pytestmark = pytest.mark.both_stores

TODAY = date.today()
COURT = "Gölbaşı 2. Aile Mahkemesi"
DETAIL = "Sarıçiçek Kadın Dayanışma Derneği"
COMMITTEE = "YK-2026/118"


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


def ahead(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


@pytest.fixture
def work(team: kd_support.Team) -> dict[str, Any]:
    ayse = team.login("ayse")
    case_id = cases.create_case(ayse, r.Client("Deneme Yardımlı"), r.Intake(ago(30), "walk_in"))
    return {"team": team, "ayse": ayse, "case": case_id}


def problems(error: InvalidInput) -> set[str]:
    return {str(path) for path, _ in error.details["problems"]}  # type: ignore[union-attr]


def refused_paths(call: Any) -> set[str]:
    with pytest.raises(InvalidInput) as caught:
        call()
    return problems(caught.value)


def cash(**kw: Any) -> r.Aid:
    values: dict[str, Any] = {"kind": "cash", "source": "municipal_unit", "requested_on": ago(10),
                              "amount_kurus": 150_000}
    values.update(kw)
    return r.Aid(**values)


def test_aid_is_saved_read_back_and_edited(work: dict[str, Any]) -> None:
    ayse, case_id = work["ayse"], work["case"]
    food = support.save_aid(ayse, case_id, r.Aid("food", "sydv", ago(9), "delivered", quantity=3,
                                                 delivered_on=ago(2), source_detail=DETAIL))
    money = support.save_aid(ayse, case_id, cash(status="approved", decided_on=ago(5), inquiry_report_on=ago(7),
                                                 committee_decision_no=COMMITTEE))
    record = cases.open_case(ayse, case_id)
    assert [(a.kind, a.status, a.quantity, a.amount_kurus) for a in record.aid] == [
        ("cash", "approved", None, 150_000), ("food", "delivered", 3, None)]  # by request date
    got = {a.id: a for a in record.aid}
    assert got[food].source_detail == DETAIL and got[food].recorded_by == "ayse"
    assert got[money].committee_decision_no == COMMITTEE
    # delivered later: the same row, a new version
    delivered = got[money]
    delivered.status, delivered.delivered_on = "delivered", ago(1)
    support.save_aid(ayse, case_id, delivered)
    again = {a.id: a for a in cases.open_case(ayse, case_id).aid}[money]
    assert again.status == "delivered" and again.delivered_on == ago(1)
    assert (again.row_version or 0) == (delivered.row_version or 0) + 1


def test_bad_aid_is_refused_with_each_problem_named(work: dict[str, Any]) -> None:
    ayse, case_id = work["ayse"], work["case"]
    # a negative or zero amount, money on goods, a quantity on cash
    assert "$.aid.amount_kurus" in refused_paths(lambda: support.save_aid(ayse, case_id, cash(amount_kurus=-5)))
    assert "$.aid.amount_kurus" in refused_paths(lambda: support.save_aid(ayse, case_id, cash(amount_kurus=None)))
    assert "$.aid.amount_kurus" in refused_paths(lambda: support.save_aid(
        ayse, case_id, r.Aid("food", "ngo", ago(1), amount_kurus=100)))
    assert "$.aid.quantity" in refused_paths(lambda: support.save_aid(ayse, case_id, cash(quantity=2)))
    assert "$.aid.quantity" in refused_paths(lambda: support.save_aid(
        ayse, case_id, r.Aid("food", "ngo", ago(1), quantity=-1)))
    # refused without a reason; a reason on an aid not refused
    assert "$.aid.refusal_reason" in refused_paths(lambda: support.save_aid(ayse, case_id, cash(status="refused")))
    assert "$.aid.refusal_reason" in refused_paths(lambda: support.save_aid(
        ayse, case_id, cash(refusal_reason="not_eligible")))
    # cash approved without the committee's decision or the social inquiry report
    assert {"$.aid.committee_decision_no", "$.aid.inquiry_report_on"} <= refused_paths(
        lambda: support.save_aid(ayse, case_id, cash(status="approved")))
    # delivered without a date, a delivery before the request, a request in the future, an unknown kind
    assert "$.aid.delivered_on" in refused_paths(lambda: support.save_aid(
        ayse, case_id, r.Aid("food", "ngo", ago(1), "delivered", quantity=1)))
    assert "$.aid.delivered_on" in refused_paths(lambda: support.save_aid(
        ayse, case_id, r.Aid("food", "ngo", ago(1), "delivered", quantity=1, delivered_on=ago(3))))
    assert "$.aid.requested_on" in refused_paths(lambda: support.save_aid(ayse, case_id, cash(requested_on=ahead(1))))
    assert "$.aid.kind" in refused_paths(lambda: support.save_aid(
        ayse, case_id, r.Aid("yacht", "ngo", ago(1), quantity=1)))
    assert cases.open_case(ayse, case_id).aid == []  # nothing of it was saved
    # a refusal with its reason is fine, and needs no committee decision
    support.save_aid(ayse, case_id, cash(status="refused", refusal_reason="income_above_limit", decided_on=ago(1)))


def test_the_committee_rule_is_the_municipalitys_setting(work: dict[str, Any]) -> None:
    team, ayse, case_id = work["team"], work["ayse"], work["case"]
    admin = team.login(kd_support.ADMIN)
    support.set_committee_kinds(admin, ["cash", "food"])
    delivered_food = r.Aid("food", "municipal_unit", ago(3), "delivered", quantity=2, delivered_on=ago(1))
    assert "$.aid.committee_decision_no" in refused_paths(lambda: support.save_aid(ayse, case_id, delivered_food))
    assert "$.aid.committee_decision_no" in refused_paths(lambda: support.save_aid(
        ayse, case_id, cash(status="approved")))  # cash still needs it
    rent = r.Aid("rent", "municipal_unit", ago(3), "approved", amount_kurus=800_000)
    support.save_aid(ayse, case_id, rent)  # rent no longer needs it
    with pytest.raises(InvalidInput):
        support.set_committee_kinds(admin, ["yacht"])
    with pytest.raises(PermissionDenied):
        support.set_committee_kinds(ayse, [])
    support.set_committee_kinds(admin, [])
    support.save_aid(ayse, case_id, delivered_food)


def test_employment_support_and_its_outcome(work: dict[str, Any]) -> None:
    ayse, case_id = work["ayse"], work["case"]
    course = r.Employment("vocational_course", "Halk Eğitim Merkezi", ago(60))
    course_id = support.save_employment(ayse, case_id, course)
    assert "$.employment.outcome_on" in refused_paths(lambda: support.save_employment(
        ayse, case_id, r.Employment("job_placement", "İŞKUR", ago(5), "placed")))
    assert "$.employment.institution" in refused_paths(lambda: support.save_employment(
        ayse, case_id, r.Employment("iskur_registration", "  ", ago(5))))
    assert "$.employment.outcome_on" in refused_paths(lambda: support.save_employment(
        ayse, case_id, r.Employment("job_placement", "İŞKUR", ago(5), "placed", ago(9))))
    saved = cases.open_case(ayse, case_id).employment[0]
    saved.outcome, saved.outcome_on = "completed", ago(1)
    support.save_employment(ayse, case_id, saved)
    assert [(e.id, e.outcome, e.outcome_on) for e in cases.open_case(ayse, case_id).employment] == [
        (course_id, "completed", ago(1))]


def test_court_cases_with_hearings(work: dict[str, Any]) -> None:
    ayse, case_id = work["ayse"], work["case"]
    divorce = r.CourtCase("divorce", COURT, "2026/311 Esas", "bar_legal_aid", "ongoing", opened_on=ago(40),
                          hearings=[r.Hearing(ago(10), "10:30"), r.Hearing(ahead(20), "14:00", "tanıklar")])
    court_id = support.save_court_case(ayse, case_id, divorce)
    saved = cases.open_case(ayse, case_id).court_cases[0]
    assert [(h.hearing_on, h.hearing_time) for h in saved.hearings] == [(ago(10), "10:30"), (ahead(20), "14:00")]
    # the next hearing is moved, the past one stays, one is added; the same hearing twice is refused
    saved.hearings[1].hearing_on = ahead(27)
    saved.hearings.append(r.Hearing(ahead(60)))
    support.save_court_case(ayse, case_id, saved)
    again = cases.open_case(ayse, case_id).court_cases[0]
    assert [h.hearing_on for h in again.hearings] == [ago(10), ahead(27), ahead(60)]
    assert again.hearings[0].id == saved.hearings[0].id  # kept, not replaced
    again.hearings = again.hearings[:2]
    support.save_court_case(ayse, case_id, again)
    assert len(cases.open_case(ayse, case_id).court_cases[0].hearings) == 2
    twice = r.CourtCase("custody", COURT, hearings=[r.Hearing(ahead(3), "09:00"), r.Hearing(ahead(3), "09:00")])
    assert "$.court_case.hearings" in refused_paths(lambda: support.save_court_case(ayse, case_id, twice))
    # decided needs the outcome; an outcome before a decision is refused; a bad time
    assert "$.court_case.outcome" in refused_paths(lambda: support.save_court_case(
        ayse, case_id, r.CourtCase("alimony", COURT, status="decided")))
    assert "$.court_case.outcome" in refused_paths(lambda: support.save_court_case(
        ayse, case_id, r.CourtCase("alimony", COURT, status="ongoing", outcome="granted")))
    assert "$.court_case.hearings[0].hearing_time" in refused_paths(lambda: support.save_court_case(
        ayse, case_id, r.CourtCase("alimony", COURT, hearings=[r.Hearing(ahead(1), "25:00")])))
    assert [k.id for k in cases.open_case(ayse, case_id).court_cases] == [court_id]


def test_a_stale_edit_is_refused(work: dict[str, Any]) -> None:
    ayse, case_id = work["ayse"], work["case"]
    support.save_aid(ayse, case_id, r.Aid("hygiene", "ngo", ago(3), quantity=1))
    first = cases.open_case(ayse, case_id).aid[0]
    second = cases.open_case(ayse, case_id).aid[0]
    first.quantity = 2
    support.save_aid(ayse, case_id, first)
    second.quantity = 5
    with pytest.raises(EditConflict):
        support.save_aid(ayse, case_id, second)
    assert cases.open_case(ayse, case_id).aid[0].quantity == 2


def test_a_supervisor_reads_and_a_colleague_sees_nothing(work: dict[str, Any], store_kind: str) -> None:
    team, ayse, case_id = work["team"], work["ayse"], work["case"]
    support.save_aid(ayse, case_id, cash(status="requested"))
    support.save_employment(ayse, case_id, r.Employment("iskur_registration", "İŞKUR Çankaya", ago(3)))
    support.save_court_case(ayse, case_id, r.CourtCase("criminal_complaint", "Ankara Cumhuriyet Başsavcılığı",
                                                       hearings=[r.Hearing(ahead(5))]))
    selin = team.login("selin")
    seen = cases.open_case(selin, case_id)
    assert (len(seen.aid), len(seen.employment), len(seen.court_cases)) == (1, 1, 1)
    for call in (lambda s: support.save_aid(s, case_id, cash()),
                 lambda s: support.save_employment(s, case_id, r.Employment("other", "Bir kurum", ago(1))),
                 lambda s: support.save_court_case(s, case_id, r.CourtCase("other", COURT))):
        with pytest.raises(PermissionDenied):
            call(selin)
        with pytest.raises((PermissionDenied, ReasonRequired)):
            call(team.login("zeynep"))
    assert (len(seen.aid), len(seen.employment), len(seen.court_cases)) == (1, 1, 1)
    if store_kind == "server":  # row-level security: her rows are not there for another counselor, even by SQL
        conn = team.login("zeynep").connection()
        for table in ("aid_records", "employment_supports", "court_cases", "court_hearings"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        assert team.login("ayse").connection().execute("SELECT count(*) FROM court_hearings").fetchone()[0] == 1


def test_the_audit_log_holds_codes_and_no_words(work: dict[str, Any]) -> None:
    ayse, case_id = work["ayse"], work["case"]
    support.save_aid(ayse, case_id, cash(status="approved", inquiry_report_on=ago(5), committee_decision_no=COMMITTEE,
                                         source_detail=DETAIL, notes="Fıstıkçışahap notu"))
    support.save_court_case(ayse, case_id, r.CourtCase("divorce", COURT, "2026/999", notes="Kırlangıçyuva",
                                                       hearings=[r.Hearing(ahead(4), note="Gelinciktarla")]))
    saved = cases.open_case(ayse, case_id).court_cases[0]
    saved.court = "Başka Aile Mahkemesi"
    support.save_court_case(ayse, case_id, saved)
    text = "\n".join(str(d) for (d,) in kd_support.raw(ayse).execute("SELECT details FROM audit_log"))
    for words in (COURT, DETAIL, COMMITTEE, "Fıstıkçışahap", "Kırlangıçyuva", "Gelinciktarla", "2026/999",
                  "Başka Aile"):
        assert words not in text, words
    actions = [str(a) for (a,) in kd_support.raw(ayse).execute("SELECT action FROM audit_log ORDER BY id")]
    assert {"aid_add", "court_case_add", "court_hearings", "case_update"} <= set(actions)


def test_support_records_travel_in_the_interchange_format(work: dict[str, Any]) -> None:
    team, ayse, case_id = work["team"], work["ayse"], work["case"]
    support.save_aid(ayse, case_id, cash(status="delivered", inquiry_report_on=ago(8), committee_decision_no=COMMITTEE,
                                         delivered_on=ago(2)))
    support.save_aid(ayse, case_id, r.Aid("clothing", "ngo", ago(4), "refused", quantity=2,
                                          refusal_reason="duplicate_support", decided_on=ago(3)))
    support.save_employment(ayse, case_id, r.Employment("job_placement", "Tekstil Atölyesi", ago(20), "placed",
                                                        ago(2)))
    support.save_court_case(ayse, case_id, r.CourtCase("custody", COURT, "2026/7", "own", "decided", "granted",
                                                       ago(90), ago(3), hearings=[r.Hearing(ago(30), "11:15")]))
    doc = interchange.export_case(ayse, case_id)
    exported = doc["cases"][0]
    assert [a["kind"] for a in exported["aid"]] == ["cash", "clothing"]
    assert "id" not in exported["aid"][0] and "row_version" not in exported["court_cases"][0]
    # into another vault's hands: a new case number, the same records
    exported["case_number"] = "AKTARIM-1"
    exported["client"]["client_code"] = ""
    text = json.dumps(doc, ensure_ascii=False)
    imported = interchange.import_document(team.login("zeynep"), interchange.load_json(text))[0]
    back = cases.open_case(team.login("zeynep"), imported)
    original = cases.open_case(ayse, case_id)

    def plain(items: list[Any]) -> list[Any]:
        out = []
        for x in items:
            d = {k: v for k, v in vars(x).items() if k not in ("id", "row_version", "hearings")}
            if hasattr(x, "hearings"):
                d["hearings"] = [(h.hearing_on, h.hearing_time, h.note) for h in x.hearings]
            out.append(d)
        return out

    for name in ("aid", "employment", "court_cases"):
        assert plain(getattr(back, name)) == plain(getattr(original, name)), name
    # a broken record in a file is named by its path, and nothing is imported
    exported["case_number"] = "AKTARIM-2"
    exported["aid"][1]["refusal_reason"] = None
    with pytest.raises(ImportInvalid) as caught:
        interchange.import_document(team.login("zeynep"), interchange.load_json(json.dumps(doc)))
    assert "$.cases[0].aid[1].refusal_reason" in {path for path, _ in caught.value.problems}
    with pytest.raises(NotFound):  # the broken file left no case behind
        cases.find_case_id(team.login("zeynep"), "AKTARIM-2")


def moment(hours_ago: float) -> str:
    return (datetime.now() - timedelta(hours=hours_ago)).strftime("%Y-%m-%dT%H:%M")


def test_law_6284_deadlines_and_hearings_on_the_dashboard(work: dict[str, Any]) -> None:
    ayse, case_id = work["ayse"], work["case"]
    # a police chief's measure decided three days ago and never confirmed by a judge: 48 hours overdue
    late = measures.save_measure(ayse, case_id, r.Measure("removal_from_home", "police_chief", ago(3), ago(3),
                                                          decided_at=moment(72), electronic_monitoring=True))
    # a request made two hours ago: its decision is due in 22 hours
    measures.save_measure(ayse, case_id, r.Measure("no_approach", "family_judge", ago(0), ago(0), status="requested",
                                                   requested_at=moment(2), identity_confidential=True))
    # a judge's own measure needs no confirmation; a confirmed one is settled
    measures.save_measure(ayse, case_id, r.Measure("no_contact", "family_judge", ago(1), ago(1), decided_at=moment(30)))
    measures.save_measure(ayse, case_id, r.Measure("no_threats", "governor", ago(4), ago(4), decided_at=moment(96),
                                                   judge_confirmed_at=moment(60)))
    support.save_court_case(ayse, case_id, r.CourtCase("divorce", COURT, hearings=[
        r.Hearing(ago(2)), r.Hearing(ahead(5), "10:00"), r.Hearing(ahead(40))]))
    board = dashboard.dashboard(ayse)
    due = [(d.measure_type, d.deadline.kind, d.deadline.overdue) for d in board.deadlines]
    assert due == [("removal_from_home", "confirmation", True), ("no_approach", "decision", False)]
    assert not board.deadlines[1].deadline.soon(datetime.now())  # 22 hours left: not yet within 12
    assert board.deadlines[1].deadline.soon(datetime.now() + timedelta(hours=11))
    assert [(h.hearing_on, h.hearing_time, h.kind) for h in board.hearings] == [(ahead(5), "10:00", "divorce")]
    record = cases.open_case(ayse, case_id)
    flags = {m.measure_type: (m.electronic_monitoring, m.identity_confidential) for m in record.measures}
    assert flags["removal_from_home"] == (True, False) and flags["no_approach"] == (False, True)
    # confirmed now: off the list
    confirmed = next(m for m in record.measures if m.id == late)
    confirmed.judge_confirmed_at = moment(0)
    measures.save_measure(ayse, case_id, confirmed)
    assert [d.measure_type for d in dashboard.dashboard(ayse).deadlines] == ["no_approach"]
    # a colleague's dashboard does not show her case's deadlines or hearings
    zeynep = work["team"].login("zeynep")
    other = dashboard.dashboard(zeynep)
    assert other.deadlines == [] and other.hearings == []


def test_bad_deadline_times_are_refused(work: dict[str, Any]) -> None:
    ayse, case_id = work["ayse"], work["case"]
    base: dict[str, Any] = {"measure_type": "no_contact", "authority": "police_chief", "decision_date": ago(1),
                            "start_date": ago(1)}
    for extra, path in (({"decided_at": "2026-13-01T10:00"}, "decided_at"),
                        ({"decided_at": (datetime.now() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")},
                         "decided_at"),
                        ({"requested_at": moment(5), "decided_at": moment(10)}, "decided_at"),
                        ({"decided_at": moment(10), "judge_confirmed_at": moment(20)}, "judge_confirmed_at"),
                        ({"status": "requested"}, "requested_at"),
                        ({"status": "requested", "requested_at": moment(3), "decided_at": moment(1)}, "decided_at")):
        assert f"$.measure.{path}" in refused_paths(lambda e=extra: measures.save_measure(  # type: ignore[misc]
            ayse, case_id, r.Measure(**{**base, **e}))), extra
    judge = {**base, "authority": "family_judge", "judge_confirmed_at": moment(1)}
    assert "$.measure.judge_confirmed_at" in refused_paths(lambda: measures.save_measure(
        ayse, case_id, r.Measure(**judge)))
    assert cases.open_case(ayse, case_id).measures == []


def test_on_a_server_psql_shows_her_support_records_to_no_one_who_may_not_see_them(server_team: Any) -> None:
    """Raw psql as each login: a colleague and an admin read none of her aid, employment or court rows; a
    supervisor reads them and writes none."""
    ayse = server_team.login("ayse")
    case_id = cases.create_case(ayse, r.Client("Psql Deneme"), r.Intake(ago(5), "walk_in"))
    support.save_aid(ayse, case_id, r.Aid("food", "ngo", ago(2), quantity=1, source_detail=DETAIL))
    support.save_employment(ayse, case_id, r.Employment("other", "Bir Kurum", ago(2)))
    support.save_court_case(ayse, case_id, r.CourtCase("other", COURT, hearings=[r.Hearing(ahead(3))]))

    def run(user: str, sql: str) -> Any:
        return server_team.psql(user, sql)

    tables = ("aid_records", "employment_supports", "court_cases", "court_hearings")
    for user in ("zeynep", "bilgi"):
        for table in tables:
            got = run(user, f"SELECT count(*) FROM kd.{table}")
            assert got.returncode == 0 and got.stdout.strip() == "0", (user, table, got.stderr)
        refused = run(user, f"INSERT INTO kd.aid_records (uuid, case_id, kind, source, status, requested_on)"
                            f" VALUES ('00000000-0000-4000-8000-000000000001', {case_id}, 'food', 'ngo',"
                            f" 'requested', '{ago(1)}')")
        assert refused.returncode != 0, user
    for table in tables:
        assert run("selin", f"SELECT count(*) FROM kd.{table}").stdout.strip() == "1", table
    assert DETAIL in run("selin", "SELECT source_detail FROM kd.aid_records").stdout
    for sql in (f"UPDATE kd.aid_records SET quantity = 9 WHERE case_id = {case_id} RETURNING id",
                "DELETE FROM kd.court_hearings RETURNING id"):
        got = run("selin", sql)
        assert got.returncode != 0 or got.stdout.strip() == "", sql
