"""A whole case through the services: intake, notes, risk, safety plan, referrals, shelter, measures,
follow-up, closure review (returned, then approved), the frozen closed case, reopening and withdrawal.

Synthetic people only. Dates are relative to today because the services refuse future dates.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import kd_support
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.case_states import InvalidTransition
from kadin_danisma.domain.errors import (
    CapacityExceeded,
    CaseReadOnly,
    ConsentMissing,
    InvalidInput,
    PermissionDenied,
    PlacementOpen,
    ReasonRequired,
    UserFacingError,
)
from kadin_danisma.services import (
    cases,
    closure,
    consents,
    directory,
    followups,
    history,
    measures,
    notes,
    referrals,
    risk,
    shelters,
    vault_service,
)

# The service suite: every test here runs on a vault and on a center server (issue 16).
pytestmark = pytest.mark.both_stores

TODAY = date.today()
CLIENT_NAME = "Işık Şahin"
BREAK_GLASS_REASON = "Ayşe izinli, acil telefon görüşmesi için dosyaya bakıyorum"


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


def ahead(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


def audit_rows(session: Any, action: str | None = None) -> list[tuple[int, str, str | None, dict[str, Any]]]:
    found = kd_support.raw(session).execute("SELECT id, action, target, details FROM audit_log ORDER BY id").fetchall()
    out = [(int(i), str(a), t, json.loads(d)) for i, a, t, d in found]
    return [x for x in out if action is None or x[1] == action]


def last_audit_id(session: Any) -> int:
    return int(kd_support.raw(session).execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0])


def snapshot(session: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the search index by row count): to prove that nothing changed."""
    conn = kd_support.raw(session)
    names = kd_support.table_names(session)
    out: dict[str, list[tuple[Any, ...]]] = {}
    for name in names:
        if name.startswith("search_fts"):
            out[name] = [conn.execute(f"SELECT count(*) FROM {name}").fetchone()]
        else:
            out[name] = sorted((tuple(x) for x in conn.execute(f"SELECT * FROM {name}")), key=repr)
    return out


def raises(cls: type[UserFacingError], fn: Callable[[], object]) -> UserFacingError:
    """The call fails with exactly this error class (not a subclass or a parent)."""
    with pytest.raises(UserFacingError) as info:
        fn()
    assert type(info.value) is cls, f"expected {cls.__name__}, got {type(info.value).__name__}: {info.value}"
    return info.value


def institution_id(session: Any, words: str) -> int:
    found = directory.search_institutions(session, words)
    assert len(found) == 1, [i.name for i in found]
    assert found[0].id is not None
    return found[0].id


def client() -> r.Client:
    return r.Client(
        CLIENT_NAME, birth_year=1991, nationality="Suriye", migrant_status="temporary_protection",
        languages=["ara", "tur"], interpreter_language="ara", marital_status="married", education="primary",
        employment="homemaker",
        safe_contact=r.SafeContact(safe_phone="0555 000 11 22", safe_contact_times="Hafta içi 10:00-12:00",
                                   never_call_home=True, code_word="papatya",
                                   safe_contact_notes="Eşi evdeyken asla aramayın"),
    )


def note(body: str, note_type: str = "psychosocial_session", **kw: Any) -> r.Note:
    return r.Note(note_type, ago(kw.pop("days_ago", 3)), body, **kw)


def test_case_from_intake_to_supervisor_approved_closure(team: Any) -> None:
    admin, ayse, zeynep = team.login("koordinator"), team.login("ayse"), team.login("zeynep")
    selin, deniz = team.login("selin"), team.login("deniz")

    # -- shelters from the registry (admin) ------------------------------------------------------
    small = shelters.save_shelter(admin, r.Shelter("Güneş Kadın Konukevi", "kadin_konukevi", 1, city="Ankara",
                                                   boys_age_limit=12, address="Gizli adres 1"))
    roomy = shelters.save_shelter(admin, r.Shelter("Umut Kadın Konukevi", "kadin_konukevi", 4, city="Ankara"))

    # -- intake: a draft with client, intake, a child and a perpetrator ----------------------------
    daughter = r.Child("Elif Şahin", birth_year=TODAY.year - 6, sex="female", accompanying=True,
                       concerns=["witnessed_violence"])
    husband = r.Perpetrator("husband", name="Kemal Şahin", sex="male", lives_with_client=True, weapon_access=True)
    cid = cases.create_case(ayse, client(), r.Intake(ago(12), channel="walk_in"), [daughter], [husband])
    record = cases.open_case(ayse, cid)
    assert record.status == "draft"
    assert re.fullmatch(rf"KDM-{ago(12)[:4]}-\d{{6}}", record.case_number)
    assert record.counselors == ["ayse"]
    assert record.client.full_name == CLIENT_NAME
    assert record.client.interpreter_language == "ara"
    assert record.client.languages == ["ara", "tur"]
    assert record.client.safe_contact == client().safe_contact
    assert re.fullmatch(r"DN-[2-9A-HJKMNP-Z]{7}", record.client.client_code)
    assert [c.name for c in record.children] == ["Elif Şahin"]
    assert [(p.relationship, p.weapon_access) for p in record.perpetrators] == [("husband", True)]
    assert [(h.from_status, h.to_status, h.event) for h in record.status_history] == [(None, "draft", "create")]

    # finishing needs a violence type or her request in her own words
    exc = raises(InvalidInput, lambda: cases.finish_intake(ayse, cid))
    assert CLIENT_NAME not in str(exc)
    cases.set_intake(ayse, cid, r.Intake(ago(12), channel="walk_in", presenting_request="Boşanmak istiyorum",
                                         violence_types=["physical", "psychological", "economic"],
                                         last_incident=ago(13), prior_police=True,
                                         immediate_needs=["shelter", "legal", "interpreter"]))
    son = cases.save_child(ayse, cid, r.Child("Can Şahin", birth_year=TODAY.year - 14, sex="male",
                                              accompanying=True))
    cases.finish_intake(ayse, cid)
    record = cases.open_case(ayse, cid)
    assert record.status == "open"
    assert record.intake is not None and record.intake.violence_types == ["physical", "psychological", "economic"]
    assert [c.name for c in record.children] == ["Elif Şahin", "Can Şahin"]
    raises(InvalidTransition, lambda: cases.finish_intake(ayse, cid))

    # -- notes: the first one makes the case active; edits keep history -------------------------
    first_body = "İlk görüşme Arapça tercümanla yapıldı. Eşinden korkuyor."
    n1 = notes.add_note(ayse, cid, note(first_body, duration_minutes=60, interpreter_present=True,
                                        interpreter_language="ara", interpreter_name="Tercüman Leyla"))
    assert cases.open_case(ayse, cid).status == "active"
    n2 = notes.add_note(ayse, cid, note("Boşanma ve nafaka hakları anlatıldı.", "legal_counseling", days_ago=2))
    edited = note("İlk görüşme Arapça tercümanla yapıldı. Eşinden ve kayınbiraderinden korkuyor.",
                  duration_minutes=75, interpreter_present=True, interpreter_language="ara",
                  interpreter_name="Tercüman Leyla")
    assert notes.edit_note(ayse, cid, n1, edited) == 2
    assert notes.edit_note(ayse, cid, n1, edited) == 2  # unchanged content: no new version
    raises(ReasonRequired, lambda: notes.edit_note(zeynep, cid, n1, note("Başkasının notu")))
    cases.open_case(zeynep, cid, reason=BREAK_GLASS_REASON)
    raises(PermissionDenied, lambda: notes.edit_note(zeynep, cid, n1, note("Başkasının notu")))
    record = cases.open_case(ayse, cid)
    by_id = {n.id: n for n in record.notes}
    assert by_id[n1].body == edited.body and by_id[n1].version == 2 and by_id[n1].duration_minutes == 75
    assert by_id[n1].interpreter_present and by_id[n1].interpreter_language == "ara"
    assert by_id[n1].author == "Ayşe Danışman"
    assert [(v.version, v.body, v.duration_minutes, v.replaced_by) for v in by_id[n1].revisions] == [
        (1, first_body, 60, "ayse")]
    assert by_id[n2].version == 1 and by_id[n2].revisions == []
    assert [h.event for h in record.status_history] == ["create", "finish_intake", "activate"]

    # -- risk: suggestion, a different level needs a reason, the case follows the latest --------
    lethal = ["threats_to_kill", "weapon_access", "escalation"]
    assert risk.suggest(ayse, lethal) == "very_high"
    assert risk.suggest(ayse, ["pregnancy"]) == "low"
    exc = raises(InvalidInput, lambda: risk.add_assessment(ayse, cid, r.RiskAssessment(ago(10), lethal, "high")))
    assert [p for p, _ in exc.details["problems"]] == ["$.assessment.reason"]
    assert cases.open_case(ayse, cid).risk_assessments == []
    risk.add_assessment(ayse, cid, r.RiskAssessment(ago(10), lethal, "high",
                                                    reason="Silah kolluğa teslim edildi"))
    record = cases.open_case(ayse, cid)
    assert record.risk_level == "high"
    assert [(a.suggested_level, a.level, a.assessor) for a in record.risk_assessments] == [
        ("very_high", "high", "Ayşe Danışman")]
    risk.add_assessment(ayse, cid, r.RiskAssessment(ago(2), ["pregnancy"], "low"))
    assert cases.open_case(ayse, cid).risk_level == "low"
    # a back-dated assessment recorded later does not replace the most recent one
    risk.add_assessment(ayse, cid, r.RiskAssessment(ago(5), ["stalking"], "high", reason="Takip sürüyor"))
    record = cases.open_case(ayse, cid)
    assert record.risk_level == "low"
    assert [a.level for a in record.risk_assessments] == ["high", "low", "high"]

    # -- safety plan ------------------------------------------------------------------------------
    risk.save_safety_plan(ayse, cid, r.SafetyPlan(ago(2), ["emergency_bag", "safe_place", "emergency_numbers"],
                                                  "Komşusu Ayten Hanım'a anahtar bırakıldı"))
    plans = cases.open_case(ayse, cid).safety_plans
    assert [(p.items, p.reviewer) for p in plans] == [(["emergency_bag", "safe_place", "emergency_numbers"],
                                                       "Ayşe Danışman")]

    # -- referrals: consent, supervisor override, lifecycle ------------------------------------------
    bar = institution_id(ayse, "baro adli yardım")
    rid = referrals.create_referral(ayse, cid, bar, "Boşanma davası için avukat", "Adli yardım")
    raises(ConsentMissing, lambda: referrals.change_status(ayse, cid, rid, "sent"))
    assert cases.open_case(ayse, cid).referrals[0].status == "draft"
    raises(PermissionDenied, lambda: referrals.override_consent(ayse, cid, rid, "Çocuk risk altında, acil"))
    raises(InvalidInput, lambda: referrals.override_consent(selin, cid, rid, "acil"))
    referrals.override_consent(selin, cid, rid, "Çocuk risk altında, acil hukuki destek gerekiyor")
    overrides = [x for x in audit_rows(selin, "referral_consent_override") if x[2] == f"case:{cid}"]
    assert len(overrides) == 1
    assert overrides[0][3]["id"] == rid
    # the reason is the case's (its history); the log keeps its length and a keyed hash
    assert "reason" not in overrides[0][3] and overrides[0][3]["reason_length"] == 48
    assert [e.details["reason"] for e in history.case_history(selin, cid)
            if e.action == "referral_consent_override"] == ["Çocuk risk altında, acil hukuki destek gerekiyor"]
    referrals.change_status(ayse, cid, rid, "sent")
    raises(InvalidTransition, lambda: referrals.change_status(ayse, cid, rid, "completed"))
    raises(InvalidTransition, lambda: referrals.change_status(ayse, cid, rid, "draft"))
    exc = raises(InvalidInput, lambda: referrals.change_status(ayse, cid, rid, "rejected"))
    assert [p for p, _ in exc.details["problems"]] == ["$.comment"]
    referrals.change_status(ayse, cid, rid, "rejected", comment="Gelir durumu adli yardım sınırının üstünde")
    raises(InvalidTransition, lambda: referrals.change_status(ayse, cid, rid, "accepted"))
    sent = cases.open_case(ayse, cid).referrals[0]
    assert (sent.institution, sent.status, sent.sent_on, sent.responded_on) == (
        "Baro Adli Yardım Bürosu", "rejected", ahead(0), ahead(0))
    assert sent.rejection_reason == "Gelir durumu adli yardım sınırının üstünde"
    assert sent.consent_override_reason == "Çocuk risk altında, acil hukuki destek gerekiyor"
    assert [(e.from_status, e.to_status) for e in sent.events] == [(None, "draft"), ("draft", "sent"),
                                                                   ("sent", "rejected")]

    # with her consent recorded, sending is allowed without an override
    hospital = institution_id(ayse, "devlet hastanesi")
    consent_id = consents.record_consent(ayse, cid, r.Consent("share_with_institution", ago(1), version="2026-1"),
                                         institution_id=hospital)
    rid2 = referrals.create_referral(ayse, cid, hospital, "Darp raporu ve tedavi")
    referrals.change_status(ayse, cid, rid2, "sent")
    referrals.change_status(ayse, cid, rid2, "accepted")
    referrals.change_status(ayse, cid, rid2, "completed", comment="Rapor alındı")
    # once she withdraws it, a new referral to the same institution is refused again
    consents.withdraw_consent(ayse, cid, consent_id)
    rid3 = referrals.create_referral(ayse, cid, hospital, "Kontrol muayenesi")
    raises(ConsentMissing, lambda: referrals.change_status(ayse, cid, rid3, "sent"))
    referrals.change_status(ayse, cid, rid3, "withdrawn")
    record = cases.open_case(ayse, cid)
    assert [(x.status, x.outcome, x.consent_override_reason) for x in record.referrals] == [
        ("rejected", "", "Çocuk risk altında, acil hukuki destek gerekiyor"),
        ("completed", "Rapor alındı", ""),
        ("withdrawn", "", ""),
    ]
    assert [(c.kind, c.institution, c.withdrawn_on) for c in record.consents] == [
        ("share_with_institution", "Devlet Hastanesi", ahead(0))]

    # -- shelter: capacity, override, occupancy, age flag, transfer ---------------------------------
    other = cases.create_case(ayse, r.Client("Derya Aksoy"), r.Intake(ago(4), violence_types=["physical"]))
    other_pid = shelters.place(ayse, other, small)
    assert {o.name: (o.occupied, o.free) for o in shelters.occupancy(ayse.connection())} == {
        "Güneş Kadın Konukevi": (1, 0), "Umut Kadın Konukevi": (0, 4)}
    kids = [c.id for c in cases.open_case(ayse, cid).children]
    before = last_audit_id(ayse)
    full = raises(CapacityExceeded, lambda: shelters.place(ayse, cid, small, kids))
    assert isinstance(full, CapacityExceeded) and (full.capacity, full.occupied) == (1, 1)
    assert last_audit_id(ayse) == before
    assert cases.open_case(ayse, cid).placements == []
    raises(CapacityExceeded, lambda: shelters.place(ayse, cid, small, kids, capacity_override_reason="acil"))
    pid = shelters.place(ayse, cid, small, kids, capacity_override_reason="Gece acil kabul, başka yer yok")
    placed = cases.open_case(ayse, cid).placements
    assert [(p.shelter, p.status, p.children, p.age_flag, p.capacity_override_reason) for p in placed] == [
        ("Güneş Kadın Konukevi", "placed", ["Elif Şahin", "Can Şahin"], True, "Gece acil kabul, başka yer yok")]
    entry = [x for x in audit_rows(ayse, "placement") if x[3]["id"] == pid]
    assert len(entry) == 1 and entry[0][2] == f"case:{cid}"
    assert entry[0][3]["over_capacity"] is True and entry[0][3]["boys_over_age_limit"] == 1
    # Capacity counts persons: she and her two children are three places, beside the other woman's one.
    guenes = {o.name: o for o in shelters.occupancy(ayse.connection())}["Güneş Kadın Konukevi"]
    assert (guenes.women, guenes.children, guenes.occupied) == (2, 2, 4)
    raises(InvalidInput, lambda: shelters.place(ayse, cid, roomy, kids))  # already placed: transfer instead
    shelters.end_placement(ayse, other, other_pid, "returned_home")
    raises(InvalidTransition, lambda: shelters.end_placement(ayse, other, other_pid, "returned_home"))
    assert {o.name: o.occupied for o in shelters.occupancy(ayse.connection())}["Güneş Kadın Konukevi"] == 3
    # one step: a transfer that fails half-way (ending the old placement refuses a future date) leaves
    # her placed exactly where she was, never in two shelters or none
    raises(InvalidInput, lambda: shelters.transfer(ayse, cid, pid, roomy, on=ahead(1)))
    assert [(p.id, p.status) for p in cases.open_case(ayse, cid).placements] == [(pid, "placed")]
    assert {o.name: o.occupied for o in shelters.occupancy(ayse.connection())}["Umut Kadın Konukevi"] == 0
    new_pid = shelters.transfer(ayse, cid, pid, roomy)
    placements = {p.id: p for p in cases.open_case(ayse, cid).placements}
    assert (placements[pid].status, placements[pid].exit_reason, placements[pid].ended_on) == (
        "ended", "transferred", ahead(0))
    moved = placements[new_pid]
    assert (moved.shelter, moved.status, moved.children, moved.transferred_from, moved.age_flag) == (
        "Umut Kadın Konukevi", "placed", ["Elif Şahin", "Can Şahin"], pid, False)
    assert {o.name: (o.occupied, o.free) for o in shelters.occupancy(ayse.connection())} == {
        "Güneş Kadın Konukevi": (0, 1), "Umut Kadın Konukevi": (3, 1)}

    # -- Law 6284 measure with a violation, a follow-up ---------------------------------------------
    mid = measures.save_measure(ayse, cid, r.Measure("no_approach", "family_judge", ago(20), ago(20), ahead(40),
                                                     court_file_no="2026/481 D.İş"))
    measures.add_violation(ayse, cid, mid, r.Violation(ago(3), "Evin önüne geldi", "155 Polis İmdat"))
    raises(InvalidInput, lambda: measures.save_measure(
        ayse, cid, r.Measure("no_approach", "family_judge", ago(20), ago(20), ago(25))))  # ends before start
    followups.add_follow_up(ayse, cid, r.FollowUp(ahead(7), "Telefonla durumu sorulacak"))
    record = cases.open_case(ayse, cid)
    assert [(m.measure_type, m.end_date, [(v.violation_date, v.reported_to) for v in m.violations])
            for m in record.measures] == [("no_approach", ahead(40), [(ago(3), "155 Polis İmdat")])]
    assert [(f.due_on, f.done_on) for f in record.follow_ups] == [(ahead(7), None)]

    # -- closure: request, nobody approves their own, returned with a comment ------------------------
    cases.assign(selin, cid, ["ayse", "deniz"])
    request = r.ClosureRequest("goals_met", checklist=["needs_met", "safety_plan_reviewed", "told_can_return"],
                               summary="Konukevinde güvende, dava açıldı, çocuklar okula devam ediyor.")
    raises(PermissionDenied, lambda: closure.request_closure(zeynep, cid, request))  # break-glass cannot close
    closure.request_closure(ayse, cid, request)
    assert cases.open_case(ayse, cid).status == "closure_requested"
    raises(CaseReadOnly, lambda: notes.add_note(ayse, cid, note("İnceleme sırasında not")))
    raises(InvalidInput, lambda: closure.request_closure(ayse, cid, request))
    assert cid in closure.review_queue(selin)
    assert cid not in closure.review_queue(deniz)  # she is assigned to it
    assert closure.review_queue(ayse) == []
    items = closure.review_items(selin)
    mine = [x for x in items if x.case.id == cid]
    assert len(mine) == 1 and (mine[0].reason, mine[0].case.status) == ("goals_met", "closure_requested")
    assert mine[0].requested_by == ayse.user.display_name and mine[0].requested_at
    assert [x.case.id for x in items] == closure.review_queue(selin)
    assert cid not in [x.case.id for x in closure.review_items(deniz)]
    assert closure.review_items(ayse) == []
    raises(PermissionDenied, lambda: closure.decide(ayse, cid, True))
    raises(PermissionDenied, lambda: closure.decide(deniz, cid, True))
    raises(PermissionDenied, lambda: closure.decide(zeynep, cid, True))
    raises(InvalidInput, lambda: closure.decide(selin, cid, False))  # a return needs a comment
    assert cases.open_case(ayse, cid).status == "closure_requested"
    comment = "Güvenlik planı eşin tahliyesinden sonra yeniden gözden geçirilmeli"
    closure.decide(selin, cid, False, comment)
    record = cases.open_case(ayse, cid)
    assert record.status == "active"
    assert [(q.status, q.requested_by, q.decided_by, q.comment) for q in record.closure_requests] == [
        ("returned", "ayse", "selin", comment)]
    last = record.status_history[-1]
    assert (last.from_status, last.to_status, last.event, last.comment, last.by) == (
        "closure_requested", "active", "return_closure", comment, "selin")
    assert cid not in closure.review_queue(selin)
    notes.add_note(ayse, cid, note("Güvenlik planı yeniden gözden geçirildi.", days_ago=1))

    # -- request again; approved → closed -------------------------------------------------------------
    closure.request_closure(ayse, cid, request)
    # She is still in the shelter: closing needs the supervisor's reason, and ends nothing by itself.
    raises(PlacementOpen, lambda: closure.decide(selin, cid, True))
    raises(InvalidInput, lambda: closure.decide(selin, cid, True, placement_override="kalıyor"))  # too short
    assert cases.open_case(ayse, cid).status == "closure_requested"
    stays = "Konukevinde kalmaya devam ediyor; takibi ŞÖNİM üstlendi"
    closure.decide(selin, cid, True, placement_override=stays)
    record = cases.open_case(ayse, cid)
    assert [p.status for p in record.placements if p.id == new_pid] == ["placed"]
    assert record.closure_requests[-1].placement_override == stays
    assert [x[3].get("placement_override") for x in audit_rows(ayse, "closure_decision")][-1] == [new_pid]
    assert (record.status, record.closed_on) == ("closed", ahead(0))
    assert [(q.status, q.decided_by) for q in record.closure_requests] == [("returned", "selin"),
                                                                            ("approved", "selin")]
    assert record.status_history[-1].event == "approve_closure"
    decisions = [x[3]["decision"] for x in audit_rows(ayse, "closure_decision") if x[2] == f"case:{cid}"]
    assert decisions == ["returned", "approved"]
    raises(InvalidInput, lambda: closure.decide(selin, cid, True))  # nothing waiting any more

    # -- a closed case is read-only for every editing service ------------------------------------------
    frozen = snapshot(admin)
    attempts: dict[str, Callable[[], object]] = {
        "add_note": lambda: notes.add_note(ayse, cid, note("Kapalı dosyaya not")),
        "edit_note": lambda: notes.edit_note(ayse, cid, n2, note("Değişti", "legal_counseling")),
        "update_client": lambda: cases.update_client(ayse, cid, r.Client("Işık Yılmaz")),
        "set_intake": lambda: cases.set_intake(ayse, cid, r.Intake(ago(12), violence_types=["verbal"])),
        "save_child": lambda: cases.save_child(ayse, cid, r.Child("Deniz Şahin", birth_year=TODAY.year - 2)),
        "update_child": lambda: cases.save_child(ayse, cid, r.Child("Can Ş.", id=son)),
        "save_perpetrator": lambda: cases.save_perpetrator(ayse, cid, r.Perpetrator("brother")),
        "finish_intake": lambda: cases.finish_intake(ayse, cid),
        "add_assessment": lambda: risk.add_assessment(ayse, cid, r.RiskAssessment(ago(0), [], "low")),
        "save_safety_plan": lambda: risk.save_safety_plan(ayse, cid, r.SafetyPlan(ago(0), ["safe_place"])),
        "create_referral": lambda: referrals.create_referral(ayse, cid, hospital, "Yeni yönlendirme"),
        "change_status": lambda: referrals.change_status(ayse, cid, rid3, "sent"),
        "record_consent": lambda: consents.record_consent(ayse, cid, r.Consent("anonymous_statistics", ago(0))),
        "withdraw_consent": lambda: consents.withdraw_consent(ayse, cid, consent_id),
        "place": lambda: shelters.place(ayse, cid, small),
        "end_placement": lambda: shelters.end_placement(ayse, cid, new_pid, "returned_home"),
        "transfer": lambda: shelters.transfer(ayse, cid, new_pid, small, capacity_override_reason="x" * 20),
        "save_measure": lambda: measures.save_measure(ayse, cid, r.Measure("no_contact", "family_judge", ago(1),
                                                                            ago(1))),
        "add_violation": lambda: measures.add_violation(ayse, cid, mid, r.Violation(ago(0), "Mesaj attı")),
        "add_follow_up": lambda: followups.add_follow_up(ayse, cid, r.FollowUp(ahead(3))),
    }
    wrong = {}
    for name, attempt in attempts.items():
        try:
            attempt()
        except UserFacingError as exc:
            if type(exc) is not CaseReadOnly:
                wrong[name] = f"{type(exc).__name__}: {exc}"
        else:
            wrong[name] = "allowed"
    assert wrong == {}
    assert snapshot(admin) == frozen
    assert cases.open_case(ayse, cid).status == "closed"  # still readable

    # -- a supervisor reopens it (with a reason); it can be edited again -----------------------------
    raises(PermissionDenied, lambda: closure.reopen(ayse, cid, "Yeni şiddet olayı bildirildi"))
    raises(InvalidInput, lambda: closure.reopen(selin, cid, "yeniden"))
    closure.reopen(selin, cid, "Yeni şiddet olayı bildirildi, danışan tekrar başvurdu")
    record = cases.open_case(ayse, cid)
    assert (record.status, record.closed_on) == ("active", None)
    last = record.status_history[-1]
    assert (last.from_status, last.to_status, last.event, last.comment, last.by) == (
        "closed", "active", "reopen", "Yeni şiddet olayı bildirildi, danışan tekrar başvurdu", "selin")
    notes.add_note(ayse, cid, note("Yeniden başvurdu; eşi tahliye kararını ihlal etti.", days_ago=0))
    assert len(cases.open_case(ayse, cid).notes) == 4

    # -- withdrawing a pending request ---------------------------------------------------------------
    closure.request_closure(ayse, cid, request)
    raises(PermissionDenied, lambda: closure.withdraw_request(zeynep, cid))
    closure.withdraw_request(ayse, cid)
    raises(InvalidInput, lambda: closure.withdraw_request(ayse, cid))
    record = cases.open_case(ayse, cid)
    assert record.status == "active"
    assert [q.status for q in record.closure_requests] == ["returned", "approved", "withdrawn"]
    assert record.status_history[-1].event == "withdraw_request"
    assert cid not in closure.review_queue(selin)

    assert vault_service.verify_session(admin).ok


def test_no_one_reviews_a_closure_of_their_own(team: Any) -> None:
    admin, ayse, selin, deniz = (team.login(n) for n in ("koordinator", "ayse", "selin", "deniz"))
    cid = cases.create_case(deniz, r.Client("فاطمة الحسن", interpreter_language="ara"),
                            r.Intake(ago(30), presenting_request="Kalacak yer arıyorum"))
    cases.finish_intake(deniz, cid)
    notes.add_note(deniz, cid, note("Arapça tercümanla görüşüldü.", interpreter_present=True,
                                    interpreter_language="ara"))
    closure.request_closure(deniz, cid, r.ClosureRequest("referred_elsewhere", ["told_can_return"],
                                                         summary="Başka ile taşındı, oradaki merkeze yönlendirildi."))
    # assigned to the case: she cannot decide, it is not in her queue
    raises(PermissionDenied, lambda: closure.decide(deniz, cid, True))
    assert cid not in closure.review_queue(deniz)
    # no longer assigned, but she asked for it: still not hers to decide
    cases.assign(selin, cid, ["ayse"])
    assert cases.open_case(ayse, cid).counselors == ["ayse"]
    raises(PermissionDenied, lambda: closure.decide(deniz, cid, True))
    raises(PermissionDenied, lambda: closure.decide(deniz, cid, False, "Geri gönderiyorum"))
    assert cid not in closure.review_queue(deniz)
    assert closure.review_queue(selin) == [cid]
    assert closure.review_queue(admin) == [cid]
    assert cases.open_case(selin, cid).status == "closure_requested"
    closure.decide(admin, cid, True)
    record = cases.open_case(selin, cid)
    assert record.status == "closed"
    assert [(q.requested_by, q.decided_by, q.status) for q in record.closure_requests] == [
        ("deniz", "koordinator", "approved")]


def test_consent_override_cannot_change_a_closed_case(team: Any) -> None:
    """A closed case is frozen for supervisors too: overriding consent on one of its draft referrals
    changes the referral, so it must be refused like every other change."""
    ayse, selin = team.login("ayse"), team.login("selin")
    cid = cases.create_case(ayse, r.Client("Gül Yıldırım"), r.Intake(ago(40), violence_types=["verbal"]))
    cases.finish_intake(ayse, cid)
    rid = referrals.create_referral(ayse, cid, institution_id(ayse, "İŞKUR"), "İş arıyor")
    closure.request_closure(ayse, cid, r.ClosureRequest("goals_met", ["needs_met"], summary="İş buldu."))
    closure.decide(selin, cid, True)
    assert cases.open_case(selin, cid).status == "closed"
    before = snapshot(selin)
    raises(CaseReadOnly, lambda: referrals.override_consent(selin, cid, rid, "Kapalı dosyada rıza istisnası"))
    assert snapshot(selin) == before
