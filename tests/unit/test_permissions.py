"""The permission matrix: the pure table (domain.permissions.decide) against an expected table written out
here, the same rules seen through the services for every member of the team, break-glass, the admin who
sees no case content, and the supervisor who cannot change case content through any service."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import kd_support
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import (
    CaseReadOnly,
    InvalidInput,
    PermissionDenied,
    ReasonRequired,
    UserFacingError,
)
from kadin_danisma.domain.permissions import Action, Decision, Relation, decide
from kadin_danisma.domain.roles import Role
from kadin_danisma.services import (
    cases,
    closure,
    consents,
    dashboard,
    directory,
    followups,
    history,
    interchange,
    measures,
    notes,
    referrals,
    risk,
    search,
    shelters,
)

# The service suite: every test here runs on a vault and on a center server (issue 16).
pytestmark = pytest.mark.both_stores

TODAY = date.today()
CLIENT_NAME = "Işık Şahin"
REASON = "Ayşe hastanede, danışan acil olarak aradı"


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


# -- (a) the pure table ----------------------------------------------------------------------------------

# Each cell gives the decision for the relations none / assigned / unassigned / break_glass, in that order:
# A = allow, R = needs a stated reason (break-glass), D = deny. Columns are role sets: C counselor,
# S supervisor, A admin, combinations of them, and "-" nobody.
EXPECTED = """
action                -     C     S     A     CS    AS    CA    CSA
case_create           DDDD  ADDD  DDDD  DDDD  ADDD  DDDD  ADDD  ADDD
case_read             DDDD  DARA  DAAA  DDDD  DAAA  DAAA  DARA  DAAA
case_edit             DDDD  DARA  DDDD  DDDD  DARA  DDDD  DARA  DARA
case_assign           DDDD  DDDD  DAAA  DDDD  DAAA  DAAA  DDDD  DAAA
closure_request       DDDD  DADD  DDDD  DDDD  DADD  DDDD  DADD  DADD
closure_decide        DDDD  DDDD  DAAA  DDDD  DAAA  DAAA  DDDD  DAAA
case_reopen           DDDD  DDDD  DAAA  DDDD  DAAA  DAAA  DDDD  DAAA
consent_override      DDDD  DDDD  DAAA  DDDD  DAAA  DAAA  DDDD  DAAA
access_log            DDDD  DDDD  DAAA  DDDD  DAAA  DAAA  DDDD  DAAA
case_export           DDDD  DADD  DAAA  DDDD  DAAA  DAAA  DADD  DAAA
case_import           DDDD  ADDD  DDDD  DDDD  ADDD  DDDD  ADDD  ADDD
search                DDDD  ADDD  ADDD  DDDD  ADDD  ADDD  ADDD  ADDD
dashboard             DDDD  ADDD  ADDD  DDDD  ADDD  ADDD  ADDD  ADDD
directory_manage      DDDD  DDDD  DDDD  ADDD  DDDD  ADDD  ADDD  ADDD
shelter_manage        DDDD  DDDD  DDDD  ADDD  DDDD  ADDD  ADDD  ADDD
shelter_contact_view  DDDD  ADDD  DDDD  ADDD  ADDD  ADDD  ADDD  ADDD
vocab_manage          DDDD  DDDD  DDDD  ADDD  DDDD  ADDD  ADDD  ADDD
users_manage          DDDD  DDDD  DDDD  ADDD  DDDD  ADDD  ADDD  ADDD
settings_manage       DDDD  DDDD  DDDD  ADDD  DDDD  ADDD  ADDD  ADDD
calendar_manage       DDDD  DDDD  DDDD  ADDD  DDDD  ADDD  ADDD  ADDD
statistics_center     DDDD  DDDD  ADDD  ADDD  ADDD  ADDD  ADDD  ADDD
statistics_own        DDDD  ADDD  DDDD  DDDD  ADDD  DDDD  ADDD  ADDD
retention_manage      DDDD  DDDD  ADDD  ADDD  ADDD  ADDD  ADDD  ADDD
retention_approve     DDDD  DDDD  ADDD  DDDD  ADDD  ADDD  DDDD  ADDD
legal_hold_place      DDDD  DADD  DAAA  DDDD  DAAA  DAAA  DADD  DAAA
legal_hold_lift       DDDD  DDDD  DAAA  DDDD  DAAA  DAAA  DDDD  DAAA
data_request          DDDD  DADD  DAAA  DDDD  DAAA  DAAA  DADD  DAAA
access_review         DDDD  DDDD  ADDD  DDDD  ADDD  ADDD  DDDD  ADDD
center_work           DDDD  ADDD  ADDD  DDDD  ADDD  ADDD  ADDD  ADDD
follow_up_allow       DDDD  DDDD  DAAA  DDDD  DAAA  DAAA  DDDD  DAAA
follow_up_after_closure DDDD  DADD  DDDD  DDDD  DADD  DDDD  DADD  DADD
"""
RELATION_ORDER = (Relation.NONE, Relation.ASSIGNED, Relation.UNASSIGNED, Relation.BREAK_GLASS)
LETTER = {"A": Decision.ALLOW, "R": Decision.NEEDS_REASON, "D": Decision.DENY}
ROLE_LETTER = {"C": Role.COUNSELOR, "S": Role.SUPERVISOR, "A": Role.ADMIN}


def expected_table() -> dict[tuple[frozenset[Role], Action, Relation], Decision]:
    lines = [line.split() for line in EXPECTED.strip().splitlines()]
    header, body = lines[0][1:], lines[1:]
    table = {}
    for action_code, *cells in body:
        assert len(cells) == len(header), action_code
        for column, cell in zip(header, cells, strict=True):
            roles = frozenset() if column == "-" else frozenset(ROLE_LETTER[x] for x in column)
            for relation, letter in zip(RELATION_ORDER, cell, strict=True):
                table[(roles, Action(action_code), relation)] = LETTER[letter]
    return table


def test_expected_table_covers_every_action_and_role_set() -> None:
    table = expected_table()
    role_sets = {frozenset(c) for n in range(4) for c in itertools.combinations(list(Role), n)}
    assert {k[0] for k in table} == role_sets
    assert {k[1] for k in table} == set(Action)
    assert len(table) == len(role_sets) * len(Action) * len(Relation) == 8 * 31 * 4


@pytest.mark.parametrize("roles", sorted({k[0] for k in expected_table()}, key=lambda s: sorted(s)),
                         ids=lambda s: "+".join(sorted(s)) or "nobody")
def test_decide_matches_the_expected_table(roles: frozenset[Role]) -> None:
    table = expected_table()
    wrong = []
    for action, relation in itertools.product(Action, Relation):
        want = table[(roles, action, relation)]
        # order and repetition of the roles do not matter
        for given in (sorted(roles), sorted(roles, reverse=True), [*roles, *roles]):
            got = decide(given, action, relation)
            if got is not want:
                wrong.append(f"{action.value}/{relation.value}: {got.name} != {want.name}")
    assert wrong == []


def test_decide_defaults_to_no_relation() -> None:
    assert decide([Role.COUNSELOR], Action.SEARCH) is Decision.ALLOW
    assert decide([Role.COUNSELOR], Action.CASE_READ) is Decision.DENY
    assert decide([], Action.SEARCH) is Decision.DENY


# -- shared set-up for the behavioural tests ---------------------------------------------------------------

def audit_count(session: Any) -> int:
    return int(kd_support.raw(session).execute("SELECT count(*) FROM audit_log").fetchone()[0])


def audit_rows(session: Any, action: str) -> list[tuple[int | None, str | None, dict[str, Any]]]:
    found = kd_support.raw(session).execute(
        "SELECT user_id, target, details FROM audit_log WHERE action = ? ORDER BY id", (action,)).fetchall()
    return [(u, t, json.loads(d)) for u, t, d in found]


def snapshot(session: Any) -> dict[str, Any]:
    """Row count of every table, and every row of the ordinary tables: to prove nothing changed."""
    conn = kd_support.raw(session)
    names = kd_support.table_names(session)
    out: dict[str, Any] = {}
    for name in names:
        out[f"count:{name}"] = conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        if not name.startswith("search_fts"):
            out[name] = sorted((tuple(x) for x in conn.execute(f"SELECT * FROM {name}")), key=repr)
    return out


def outcome(fn: Callable[[], object]) -> type[UserFacingError] | None:
    try:
        fn()
    except UserFacingError as exc:
        return type(exc)
    return None


def note(body: str = "Telefonla görüşüldü.") -> r.Note:
    return r.Note("phone_call", ago(1), body)


def closure_request() -> r.ClosureRequest:
    return r.ClosureRequest("goals_met", ["needs_met", "told_can_return"], summary="Hedeflere ulaşıldı.")


def ayses_case(ayse: Any) -> int:
    cid = cases.create_case(ayse, r.Client(CLIENT_NAME, interpreter_language="kmr"),
                            r.Intake(ago(20), channel="phone", violence_types=["physical", "verbal"]))
    cases.finish_intake(ayse, cid)
    notes.add_note(ayse, cid, note("İlk görüşme."))
    return cid


USERS = ("koordinator", "ayse", "zeynep", "selin", "bilgi", "deniz")
OK = None
PD = PermissionDenied
RR = ReasonRequired
# What each member of the team gets on a case assigned to ayse (nobody has stated a reason yet).
BEHAVIOUR: dict[str, tuple[type[UserFacingError] | None, ...]] = {
    #                   koordinator ayse  zeynep selin bilgi deniz
    "read":             (OK,        OK,   RR,    OK,   PD,   OK),
    "edit content":     (PD,        OK,   RR,    PD,   PD,   RR),
    "assign":           (OK,        PD,   PD,    OK,   PD,   OK),
    "closure request":  (PD,        OK,   PD,    PD,   PD,   PD),
    "closure decide":   (OK,        PD,   PD,    OK,   PD,   OK),
    "reopen":           (OK,        PD,   PD,    OK,   PD,   OK),
    "consent override": (OK,        PD,   PD,    OK,   PD,   OK),
    "export":           (OK,        OK,   PD,    OK,   PD,   OK),
}


def test_case_actions_for_every_member_of_the_team(team: Any) -> None:
    s = {name: team.login(name) for name in USERS}
    ayse, selin = s["ayse"], s["selin"]
    cid = ayses_case(ayse)
    hospital = directory.search_institutions(ayse, "devlet hastanesi")[0].id
    assert hospital is not None
    rid = referrals.create_referral(ayse, cid, hospital, "Darp raporu")

    def status() -> str:
        return str(ayse.connection().execute("SELECT status FROM cases WHERE id = ?", (cid,)).fetchone()[0])

    def ensure(wanted: str) -> None:
        if wanted == "active" and status() == "closure_requested":
            closure.withdraw_request(ayse, cid)
        if wanted == "active" and status() == "closed":
            closure.reopen(selin, cid, "Test için yeniden açılıyor")
        if wanted in ("closure_requested", "closed") and status() == "active":
            closure.request_closure(ayse, cid, closure_request())
        if wanted == "closed" and status() == "closure_requested":
            closure.decide(selin, cid, True)
        assert status() == wanted

    # action -> (state needed, the call, a check after an allowed call)
    actions: dict[str, tuple[str, Callable[[Any], object], Callable[[object], bool]]] = {
        "read": ("active", lambda x: cases.open_case(x, cid),
                 lambda rec: isinstance(rec, r.CaseRecord) and rec.client.full_name == CLIENT_NAME),
        "edit content": ("active", lambda x: notes.add_note(x, cid, note()), lambda nid: isinstance(nid, int)),
        "assign": ("active", lambda x: cases.assign(x, cid, ["ayse"]),
                   lambda _: cases.open_case(selin, cid).counselors == ["ayse"]),
        "closure request": ("active", lambda x: closure.request_closure(x, cid, closure_request()),
                            lambda _: status() == "closure_requested"),
        "closure decide": ("closure_requested", lambda x: closure.decide(x, cid, False, "Eksikler var"),
                           lambda _: status() == "active"),
        "reopen": ("closed", lambda x: closure.reopen(x, cid, "Yeni başvuru, dosya yeniden açılıyor"),
                   lambda _: status() == "active"),
        "consent override": ("active", lambda x: referrals.override_consent(x, cid, rid, "Çocuğun güvenliği için"),
                             lambda _: cases.open_case(selin, cid).referrals[0].consent_override_reason != ""),
        "export": ("active", lambda x: interchange.export_case(x, cid),
                   lambda doc: isinstance(doc, dict) and len(doc["cases"]) == 1),
    }
    assert set(actions) == set(BEHAVIOUR)
    wrong = []
    for action, expected in BEHAVIOUR.items():
        wanted, call, check = actions[action]
        for user, want in zip(USERS, expected, strict=True):
            ensure(wanted)
            before = audit_count(ayse)
            try:
                result = call(s[user])
            except UserFacingError as exc:
                if type(exc) is not want:
                    wrong.append(f"{user} {action}: {type(exc).__name__} ({exc}), expected {want}")
                elif audit_count(ayse) != before:
                    wrong.append(f"{user} {action}: refused but audited")
                continue
            if want is not OK:
                wrong.append(f"{user} {action}: allowed, expected {want.__name__}")
            elif not check(result):
                wrong.append(f"{user} {action}: allowed but without effect")
            elif audit_count(ayse) == before:
                wrong.append(f"{user} {action}: allowed but not audited")
    assert wrong == []


def test_break_glass_and_the_admin_who_sees_no_cases(team: Any) -> None:
    ayse, zeynep, bilgi, selin = (team.login(n) for n in ("ayse", "zeynep", "bilgi", "selin"))
    cid = ayses_case(ayse)
    zid = cases.create_case(zeynep, r.Client("Derya Aksoy"))

    # counselors see only their own cases in lists and search; supervisors see all
    assert [c.id for c in cases.list_cases(zeynep)] == [zid]
    assert cases.count_cases(zeynep) == 1
    assert search.search(zeynep, "Işık") == []
    assert [c.id for c in search.search(ayse, "isik sahin")] == [cid]
    assert {c.id for c in cases.list_cases(selin)} == {cid, zid}

    # zeynep: a reason is required, then the case opens and the reason is audited
    before = audit_count(ayse)
    with pytest.raises(ReasonRequired):
        cases.open_case(zeynep, cid)
    with pytest.raises(InvalidInput):
        cases.open_case(zeynep, cid, reason="  bakmam   ")
    assert audit_count(ayse) == before
    record = cases.open_case(zeynep, cid, reason=f"  {REASON}  ")
    assert record.client.full_name == CLIENT_NAME
    uid = zeynep.user_id
    # the reason is the case's (its history, for supervisors); the log keeps its length and a keyed hash
    ((by, target, details),) = audit_rows(ayse, "break_glass")
    assert (by, target, details["reason_length"], sorted(details)) == (uid, f"case:{cid}", len(REASON),
                                                                      ["hashes", "reason_length"])
    assert [e.details for e in history.access_log(selin, cid) if e.action == "break_glass"] == [
        {"reason": REASON}]
    assert audit_rows(ayse, "case_view")[-1] == (uid, f"case:{cid}", {"relation": "break_glass"})
    # the grant lasts for the session: she may read and write (covering for ayse), not close or export
    cases.open_case(zeynep, cid)
    notes.add_note(zeynep, cid, note("Ayşe Hanım yerine arandı; güvende olduğunu söyledi."))
    with pytest.raises(PermissionDenied) as refused:
        closure.request_closure(zeynep, cid, closure_request())
    assert type(refused.value) is PermissionDenied
    with pytest.raises(PermissionDenied) as refused:
        interchange.export_case(zeynep, cid)
    assert type(refused.value) is PermissionDenied
    assert [n.author for n in cases.open_case(ayse, cid).notes] == ["Ayşe Danışman", "Zeynep Danışman"]
    # forgotten at lock: a new session needs a reason again
    zeynep.lock()
    with pytest.raises(ReasonRequired):
        cases.open_case(team.login("zeynep"), cid)

    # bilgi (admin only): no case read, list, search or dashboard, with or without a reason
    before = audit_count(ayse)
    attempts: dict[str, Callable[[], object]] = {
        "open_case": lambda: cases.open_case(bilgi, cid),
        "open_case with reason": lambda: cases.open_case(bilgi, cid, reason=REASON),
        "list_cases": lambda: cases.list_cases(bilgi),
        "count_cases": lambda: cases.count_cases(bilgi),
        "search": lambda: search.search(bilgi, "Işık"),
        "dashboard": lambda: dashboard.dashboard(bilgi),
        "review_queue": lambda: closure.review_queue(bilgi),
        "export_case": lambda: interchange.export_case(bilgi, cid),
        "add_note": lambda: notes.add_note(bilgi, cid, note()),
        "create_case": lambda: cases.create_case(bilgi, r.Client("Yeni Danışan")),
    }
    got = {name: outcome(fn) for name, fn in attempts.items()}
    assert got == dict.fromkeys(attempts, PermissionDenied)
    assert audit_count(ayse) == before
    assert bilgi.break_glass == {}


def test_a_supervisor_cannot_change_case_content_through_any_service(team: Any) -> None:
    admin, ayse, selin = team.login("koordinator"), team.login("ayse"), team.login("selin")
    shelter = shelters.save_shelter(admin, r.Shelter("Güneş Kadın Konukevi", "kadin_konukevi", 5, city="İzmir"))
    other = shelters.save_shelter(admin, r.Shelter("Umut Kadın Konukevi", "kadin_konukevi", 5, city="İzmir"))
    cid = ayses_case(ayse)
    nid = notes.add_note(ayse, cid, note("Ayrıntılı görüşme notu."))
    child = cases.save_child(ayse, cid, r.Child("Elif Şahin", birth_year=TODAY.year - 5, sex="female"))
    hospital = directory.search_institutions(ayse, "devlet hastanesi")[0].id
    assert hospital is not None
    consent = consents.record_consent(ayse, cid, r.Consent("share_with_institution", ago(2)), hospital)
    rid = referrals.create_referral(ayse, cid, hospital, "Darp raporu")
    pid = shelters.place(ayse, cid, shelter, [child])
    mid = measures.save_measure(ayse, cid, r.Measure("no_contact", "family_judge", ago(10), ago(10), ago(-30)))
    fid = followups.add_follow_up(ayse, cid, r.FollowUp(ago(-5), "Arama"))

    calls: dict[str, Callable[[Any], object]] = {
        "create_case": lambda x: cases.create_case(x, r.Client("Yeni Danışan")),
        "update_client": lambda x: cases.update_client(x, cid, r.Client("Işık Yılmaz")),
        "set_intake": lambda x: cases.set_intake(x, cid, r.Intake(ago(20), violence_types=["sexual"])),
        "save_child (new)": lambda x: cases.save_child(x, cid, r.Child("Can Şahin")),
        "save_child (update)": lambda x: cases.save_child(x, cid, r.Child("Elif Ş.", id=child)),
        "save_perpetrator": lambda x: cases.save_perpetrator(x, cid, r.Perpetrator("husband")),
        "finish_intake": lambda x: cases.finish_intake(x, cid),
        "add_note": lambda x: notes.add_note(x, cid, note("Süpervizör notu")),
        "edit_note": lambda x: notes.edit_note(x, cid, nid, note("Değiştirilmiş not")),
        "add_assessment": lambda x: risk.add_assessment(x, cid, r.RiskAssessment(ago(0), ["pregnancy"], "low")),
        "save_safety_plan": lambda x: risk.save_safety_plan(x, cid, r.SafetyPlan(ago(0), ["safe_place"])),
        "create_referral": lambda x: referrals.create_referral(x, cid, hospital, "Yeni"),
        "change_status": lambda x: referrals.change_status(x, cid, rid, "sent"),
        "record_consent": lambda x: consents.record_consent(x, cid, r.Consent("anonymous_statistics", ago(0))),
        "withdraw_consent": lambda x: consents.withdraw_consent(x, cid, consent),
        "place": lambda x: shelters.place(x, cid, other, transferred_from=pid),
        "end_placement": lambda x: shelters.end_placement(x, cid, pid, "returned_home"),
        "transfer": lambda x: shelters.transfer(x, cid, pid, other),
        "save_measure": lambda x: measures.save_measure(x, cid, r.Measure("no_approach", "governor", ago(1),
                                                                          ago(1))),
        "add_violation": lambda x: measures.add_violation(x, cid, mid, r.Violation(ago(0), "Aradı")),
        "add_follow_up": lambda x: followups.add_follow_up(x, cid, r.FollowUp(ago(-3))),
        "mark_done": lambda x: followups.mark_done(x, cid, fid),
        "request_closure": lambda x: closure.request_closure(x, cid, closure_request()),
        "withdraw_request": lambda x: closure.withdraw_request(x, cid),
    }
    for who in (selin, admin):
        for granted in (False, True):
            if granted:  # a stated reason does not give a supervisor the right to edit either
                cases.open_case(who, cid, reason=REASON)
            before = snapshot(ayse)
            got = {name: outcome(lambda call=call, who=who: call(who)) for name, call in calls.items()}
            assert got == dict.fromkeys(calls, PermissionDenied), (who.user.username, granted)
            assert snapshot(ayse) == before, (who.user.username, granted)
    # the same calls are not refused for other reasons: ayse may make each of the ones checked above
    assert outcome(lambda: notes.edit_note(ayse, cid, nid, note("Değiştirilmiş not"))) is None
    assert outcome(lambda: cases.update_client(ayse, cid, r.Client(CLIENT_NAME, nationality="TC"))) is None
    assert outcome(lambda: referrals.change_status(ayse, cid, rid, "sent")) is None
    assert outcome(lambda: shelters.transfer(ayse, cid, pid, other)) is None
    assert outcome(lambda: closure.request_closure(ayse, cid, closure_request())) is None
    assert outcome(lambda: notes.add_note(ayse, cid, note())) is CaseReadOnly
