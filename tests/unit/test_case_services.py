"""The case services one by one: every read and change is audited (field names and keyed hashes in the log,
the values before and after in the case's own field history), refused
calls leave nothing behind, bad input is refused without echoing case content, text is stored exactly as
typed, and the vocabulary, directory and dashboard services do what the counselor relies on."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import kd_support
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import (
    InvalidInput,
    NotFound,
    PermissionDenied,
    ReasonRequired,
    UserFacingError,
)
from kadin_danisma.domain.vocabularies import Kind
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
    vault_service,
    vocab,
)

# The service suite: every test here runs on a vault and on a center server (issue 16).
pytestmark = pytest.mark.both_stores

TODAY = date.today()
NAME = "Işık Şahin"


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


def ahead(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


def entries_after(session: Any, after: int) -> list[tuple[str, str | None, dict[str, Any]]]:
    found = kd_support.raw(session).execute(
        "SELECT action, target, details FROM audit_log WHERE id > ? ORDER BY id", (after,)).fetchall()
    return [(str(a), t, json.loads(d)) for a, t, d in found]


def field_changes(session: Any, case_id: int, entity: str) -> list[dict[str, list[Any]]]:
    """The field-level changes the history tab shows for one kind of record, oldest first."""
    return [e.details["changes"] for e in reversed(history.case_history(session, case_id))
            if e.action == "case_update" and e.details.get("entity") == entity and "changes" in e.details]


def assert_proof_only(details: dict[str, Any], fields: list[str], *values: str) -> None:
    """An audit entry names the changed fields and holds a 128-bit keyed hash of each side, no value."""
    assert "changes" not in details and details["fields"] == fields
    assert sorted(details["hashes"]) == fields
    assert all(len(h) == 32 and set(h) <= set("0123456789abcdef") for pair in details["hashes"].values()
               for h in pair)
    for value in values:
        assert value not in json.dumps(details, ensure_ascii=False), value


def last_id(session: Any) -> int:
    return int(kd_support.raw(session).execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0])


def count(session: Any, table: str) -> int:
    return int(kd_support.raw(session).execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def institution(session: Any, words: str) -> int:
    found = directory.search_institutions(session, words)
    assert len(found) == 1 and found[0].id is not None, [i.name for i in found]
    return found[0].id


def note(body: str = "Görüşme yapıldı.", note_type: str = "phone_call", on: str | None = None,
         **kw: Any) -> r.Note:
    return r.Note(note_type, on or ago(1), body, **kw)


def an_active_case(session: Any, name: str = NAME, **client: Any) -> int:
    cid = cases.create_case(session, r.Client(name, **client), r.Intake(ago(30), violence_types=["physical"]))
    cases.finish_intake(session, cid)
    notes.add_note(session, cid, note("İlk görüşme."))
    return cid


# -- audit ---------------------------------------------------------------------------------------------

def test_every_read_and_change_leaves_an_audit_entry(team: Any) -> None:
    admin, ayse, selin, zeynep = (team.login(n) for n in ("koordinator", "ayse", "selin", "zeynep"))
    small = shelters.save_shelter(admin, r.Shelter("Güneş Kadın Konukevi", "kadin_konukevi", 3))
    roomy = shelters.save_shelter(admin, r.Shelter("Umut Kadın Konukevi", "kadin_konukevi", 3))
    hospital = institution(ayse, "devlet hastanesi")
    bar = institution(ayse, "baro adli")

    mark = last_id(ayse)
    cid = cases.create_case(
        ayse,
        r.Client(NAME, nationality="Suriye", interpreter_language="ara",
                 safe_contact=r.SafeContact(safe_phone="0555 000 11 22", never_call_home=True)),
        r.Intake(ago(30), channel="walk_in", presenting_request="Evden ayrılmak istiyorum"),
        [r.Child("Elif Şahin", birth_year=TODAY.year - 7, sex="female")],
        [r.Perpetrator("husband")],
    )
    target = f"case:{cid}"
    created = entries_after(ayse, mark)
    assert [(a, t) for a, t, _ in created] == [("case_create", target)]
    assert created[0][2]["children"] == 1 and created[0][2]["perpetrators"] == 1
    assert NAME not in json.dumps(created, ensure_ascii=False)

    # open_case: one case_view entry, with the relation
    mark = last_id(ayse)
    cases.open_case(ayse, cid)
    cases.open_case(selin, cid)
    assert entries_after(ayse, mark) == [("case_view", target, {"relation": "assigned"}),
                                         ("case_view", target, {"relation": "unassigned"})]

    # update_client: exactly the fields that changed; the log keeps their names and hashes, the case its values
    mark = last_id(ayse)
    diff = cases.update_client(ayse, cid, r.Client(
        NAME, nationality="Irak", interpreter_language="ara",
        safe_contact=r.SafeContact(safe_phone="0532 999 88 77", never_call_home=True, code_word="lale")))
    assert diff == {"nationality": ["Suriye", "Irak"], "safe_phone": ["0555 000 11 22", "0532 999 88 77"],
                    "code_word": ["", "lale"]}
    updates = [e for e in entries_after(ayse, mark) if e[0] == "case_update"]
    assert len(updates) == 1 and updates[0][1] == target
    assert updates[0][2]["entity"] == "client"
    assert_proof_only(updates[0][2], ["code_word", "nationality", "safe_phone"], "Suriye", "Irak", "0555 000 11 22",
                      "0532 999 88 77", "lale")
    assert field_changes(ayse, cid, "client") == [{"nationality": ["Suriye", "Irak"],
                                                   "safe_phone": ["0555 000 11 22", "0532 999 88 77"],
                                                   "code_word": ["", "lale"]}]
    mark = last_id(ayse)
    assert cases.update_client(ayse, cid, cases.open_case(ayse, cid).client) == {}
    # no change, no update entry (the history read above and this open are logged)
    assert [e[0] for e in entries_after(ayse, mark)] == ["case_view"]

    # long free text is recorded by length only
    mark = last_id(ayse)
    cases.set_intake(ayse, cid, r.Intake(ago(30), channel="phone", presenting_request="Boşanmak ve çocuklarla "
                                         "güvenli bir yere gitmek istiyorum", violence_types=["physical"]))
    (entry,) = [e for e in entries_after(ayse, mark) if e[0] == "case_update"]
    assert entry[2]["entity"] == "intake"
    assert_proof_only(entry[2], ["channel", "presenting_request", "violence_types"], "walk_in", "Boşanmak")
    (intake_change,) = field_changes(ayse, cid, "intake")
    assert intake_change["channel"] == ["walk_in", "phone"]
    assert intake_change["presenting_request"] == ["<24 characters>", "<56 characters>"]
    assert intake_change["violence_types"] == ["[]", '["physical"]']

    secret_body = "Gizli ayrıntı: kayınbiraderi de tehdit ediyor."
    steps: list[tuple[str, str, Callable[[], object]]] = []  # (name, the action expected, the call)
    ids: dict[str, int] = {}

    def keep(key: str, fn: Callable[[], int]) -> Callable[[], int]:
        def run() -> int:
            ids[key] = fn()
            return ids[key]
        return run

    steps += [
        ("save_child (new)", "case_update", keep("child", lambda: cases.save_child(
            ayse, cid, r.Child("Can Şahin", birth_year=TODAY.year - 13, sex="male")))),
        ("save_child (update)", "case_update", lambda: cases.save_child(
            ayse, cid, r.Child("Can Şahin", birth_year=TODAY.year - 13, sex="male", school="Atatürk Ortaokulu",
                               id=ids["child"]))),
        ("save_perpetrator (new)", "case_update", keep("perp", lambda: cases.save_perpetrator(
            ayse, cid, r.Perpetrator("in_law", name="Ahmet Şahin")))),
        ("save_perpetrator (update)", "case_update", lambda: cases.save_perpetrator(
            ayse, cid, r.Perpetrator("in_law", name="Ahmet Şahin", weapon_access=True, id=ids["perp"]))),
        ("finish_intake", "case_status", lambda: cases.finish_intake(ayse, cid)),
        ("add_note", "note_add", keep("note", lambda: notes.add_note(ayse, cid, note("Kısa not.")))),
        ("edit_note", "case_update", lambda: notes.edit_note(ayse, cid, ids["note"], note(secret_body))),
        ("add_assessment", "risk_assessment", lambda: risk.add_assessment(
            ayse, cid, r.RiskAssessment(ago(2), ["escalation", "stalking"], "high"))),
        ("save_safety_plan", "safety_plan", lambda: risk.save_safety_plan(
            ayse, cid, r.SafetyPlan(ago(2), ["trusted_person"], "Kız kardeşi Sevgi"))),
        ("record_consent", "consent_record", keep("consent", lambda: consents.record_consent(
            ayse, cid, r.Consent("share_with_institution", ago(2), version="v3"), hospital))),
        ("create_referral", "referral_create", keep("ref", lambda: referrals.create_referral(
            ayse, cid, hospital, "Darp raporu"))),
        ("change_status", "referral_status", lambda: referrals.change_status(ayse, cid, ids["ref"], "sent")),
        ("withdraw_consent", "consent_withdraw", lambda: consents.withdraw_consent(ayse, cid, ids["consent"])),
        ("create_referral (bar)", "referral_create", keep("bar", lambda: referrals.create_referral(
            ayse, cid, bar, "Avukat"))),
        ("override_consent", "referral_consent_override", lambda: referrals.override_consent(
            selin, cid, ids["bar"], "Çocuklar risk altında; acil adli yardım")),
        ("place (request)", "placement", keep("req", lambda: shelters.place(
            ayse, cid, small, [ids["child"]], requested_only=True))),
        ("confirm", "placement_status", lambda: shelters.confirm(ayse, cid, ids["req"])),
        ("transfer", "placement", keep("moved", lambda: shelters.transfer(ayse, cid, ids["req"], roomy))),
        ("end_placement", "placement_status", lambda: shelters.end_placement(
            ayse, cid, ids["moved"], "independent_living")),
        ("save_measure (new)", "measure_add", keep("measure", lambda: measures.save_measure(
            ayse, cid, r.Measure("removal_from_home", "family_judge", ago(9), ago(9), ahead(30))))),
        ("save_measure (update)", "case_update", lambda: measures.save_measure(
            ayse, cid, r.Measure("removal_from_home", "family_judge", ago(9), ago(9), ahead(60),
                                 id=ids["measure"]))),
        ("add_violation", "measure_violation", lambda: measures.add_violation(
            ayse, cid, ids["measure"], r.Violation(ago(1), "Eve geldi"))),
        ("add_follow_up", "follow_up_add", keep("fu", lambda: followups.add_follow_up(
            ayse, cid, r.FollowUp(ahead(5), "Arama")))),
        ("mark_done", "follow_up_settle", lambda: followups.mark_done(ayse, cid, ids["fu"])),
        ("assign", "case_assign", lambda: cases.assign(selin, cid, ["ayse", "zeynep"])),
        ("request_closure", "closure_request", lambda: closure.request_closure(
            ayse, cid, r.ClosureRequest("goals_met", ["needs_met"], summary="Tamamlandı."))),
        ("withdraw_request", "case_status", lambda: closure.withdraw_request(ayse, cid)),
        ("request_closure again", "closure_request", lambda: closure.request_closure(
            ayse, cid, r.ClosureRequest("moved_away", [], summary="Taşındı."))),
        ("decide", "closure_decision", lambda: closure.decide(selin, cid, True)),
        ("reopen", "case_status", lambda: closure.reopen(selin, cid, "Yeniden başvurdu, yeni olay")),
        ("export_case", "case_export", lambda: interchange.export_case(ayse, cid)),
    ]
    missing = []
    for name, action, call in steps:
        mark = last_id(ayse)
        call()
        new = entries_after(ayse, mark)
        if not any(a == action and t == target for a, t, _ in new):
            missing.append(f"{name}: {[(a, t) for a, t, _ in new]}")
    assert missing == []

    everything = entries_after(ayse, 0)
    (edit,) = field_changes(ayse, cid, "note")
    assert edit["body"] == [f"<{len('Kısa not.')} characters>", f"<{len(secret_body)} characters>"]
    assert edit["version"] == [1, 2]
    for value in (secret_body, "Atatürk Ortaokulu", "Ahmet Şahin", "Çocuklar risk altında", "Yeniden başvurdu"):
        assert value not in json.dumps(entries_after(ayse, 0), ensure_ascii=False), value
    assert field_changes(ayse, cid, "child") == [{"school": ["", "Atatürk Ortaokulu"]}]
    assert field_changes(ayse, cid, "measure") == [{"end_date": [ahead(30), ahead(60)]}]
    (override,) = [e for e in history.case_history(selin, cid) if e.action == "referral_consent_override"]
    assert override.details == {"id": ids["bar"], "reason": "Çocuklar risk altında; acil adli yardım"}
    (assignment,) = [d for a, _, d in everything if a == "case_assign"]
    assert assignment["before"] == [str(ayse.user_id)]
    assert assignment["after"] == sorted([str(ayse.user_id), str(zeynep.user_id)])
    statuses = [(d["before"], d["after"]) for a, t, d in everything if a == "case_status" and t == target]
    assert statuses == [("draft", "open"), ("open", "active"), ("active", "closure_requested"),
                        ("closure_requested", "active"), ("active", "closure_requested"),
                        ("closure_requested", "closed"), ("closed", "active")]

    # a refused call writes nothing: neither the change nor an audit entry
    outsider = team.login("deniz")  # counselor and supervisor, not assigned: reads, may not write
    mark, notes_before = last_id(ayse), count(ayse, "notes")
    with pytest.raises(ReasonRequired):
        notes.add_note(outsider, cid, note())
    with pytest.raises(InvalidInput):
        notes.add_note(ayse, cid, note(note_type="no_such_type"))
    with pytest.raises(PermissionDenied):
        cases.assign(ayse, cid, ["ayse"])
    with pytest.raises(InvalidInput):
        cases.assign(selin, cid, ["nobody_by_this_name"])
    with pytest.raises(PermissionDenied):
        closure.request_closure(outsider, cid, r.ClosureRequest("goals_met", [], summary="Bitti."))
    assert entries_after(ayse, mark) == []
    assert count(ayse, "notes") == notes_before

    report = vault_service.verify_session(admin)
    assert report.ok, report


# -- bad input -------------------------------------------------------------------------------------------

def problems(exc: UserFacingError) -> dict[str, str]:
    return dict(exc.details["problems"])  # type: ignore[arg-type]


def test_bad_input_is_refused_and_never_echoes_the_client(team: Any) -> None:
    ayse, zeynep = team.login("ayse"), team.login("zeynep")
    cid = an_active_case(ayse, migrant_status="refugee")
    mid = measures.save_measure(ayse, cid, r.Measure("no_contact", "governor", ago(5), ago(5)))
    seen: list[UserFacingError] = []

    def refused(cls: type[UserFacingError], fn: Callable[[], object]) -> UserFacingError:
        with pytest.raises(UserFacingError) as info:
            fn()
        assert type(info.value) is cls, f"{type(info.value).__name__}: {info.value}"
        seen.append(info.value)
        return info.value

    tomorrow = ahead(1)
    before = (count(ayse, "notes"), count(ayse, "cases"), last_id(ayse))
    # invalid codes (her name typed where a code belongs must not come back in the message)
    assert problems(refused(InvalidInput, lambda: notes.add_note(ayse, cid, note(note_type=NAME)))) == {
        "$.note.note_type": "is not a known note type code"}
    assert "$.intake.violence_types[1]" in problems(refused(InvalidInput, lambda: cases.set_intake(
        ayse, cid, r.Intake(ago(3), violence_types=["physical", NAME]))))
    assert "$.client.migrant_status" in problems(refused(InvalidInput, lambda: cases.update_client(
        ayse, cid, r.Client(NAME, migrant_status="Mülteci"))))  # a label, not a code
    assert "$.assessment.level" in problems(refused(InvalidInput, lambda: risk.add_assessment(
        ayse, cid, r.RiskAssessment(ago(1), [], "yüksek", reason="x"))))
    assert "$.assessment.indicators[0]" in problems(refused(InvalidInput, lambda: risk.add_assessment(
        ayse, cid, r.RiskAssessment(ago(1), ["silah"], "low"))))
    assert "$.exit_reason" in problems(refused(InvalidInput, lambda: shelters.end_placement(
        ayse, cid, 1, "kaçtı")))
    # dates: impossible, in the future, wrongly written
    assert problems(refused(InvalidInput, lambda: notes.add_note(ayse, cid, note(on="2026-13-40")))) == {
        "$.note.note_date": "is not a real date"}
    assert problems(refused(InvalidInput, lambda: notes.add_note(ayse, cid, note(on=tomorrow)))) == {
        "$.note.note_date": "is in the future"}
    assert problems(refused(InvalidInput, lambda: notes.add_note(ayse, cid, note(on="23.11.2026")))) == {
        "$.note.note_date": "must be a date written YYYY-MM-DD"}
    assert problems(refused(InvalidInput, lambda: cases.set_intake(ayse, cid, r.Intake("2025-02-29")))) == {
        "$.intake.intake_date": "is not a real date"}
    assert "$.intake.last_incident" in problems(refused(InvalidInput, lambda: cases.set_intake(
        ayse, cid, r.Intake(ago(1), violence_types=["verbal"], last_incident=tomorrow))))
    assert "$.violation.violation_date" in problems(refused(InvalidInput, lambda: measures.add_violation(
        ayse, cid, mid, r.Violation(tomorrow))))
    assert "$.withdrawn_on" in problems(refused(InvalidInput, lambda: consents.withdraw_consent(
        ayse, cid, 1, on="2026-13-40")))
    assert "$.on" in problems(refused(InvalidInput, lambda: referrals.change_status(
        ayse, cid, 1, "sent", on=tomorrow)))
    assert "$.child.birth_year" in problems(refused(InvalidInput, lambda: cases.save_child(
        ayse, cid, r.Child("Can Şahin", birth_year=TODAY.year + 1))))
    # several problems are reported at once
    both = problems(refused(InvalidInput, lambda: notes.add_note(
        ayse, cid, r.Note("nope", "2026-13-40", "", duration_minutes=0, interpreter_name="Tercüman"))))
    assert set(both) == {"$.note.note_type", "$.note.note_date", "$.note.body", "$.note.duration_minutes",
                         "$.note.interpreter_present"}
    # an empty name: nothing is created
    assert problems(refused(InvalidInput, lambda: cases.create_case(ayse, r.Client("")))) == {
        "$.client.full_name": "is required"}
    assert problems(refused(InvalidInput, lambda: cases.create_case(ayse, r.Client(" \t\n ")))) == {
        "$.client.full_name": "is required"}
    assert "$.client.full_name" in problems(refused(InvalidInput, lambda: cases.update_client(
        ayse, cid, r.Client(""))))
    assert (count(ayse, "notes"), count(ayse, "cases"), last_id(ayse)) == before
    assert cases.open_case(ayse, cid).client.full_name == NAME

    # unknown ids: NotFound (also for someone who could not open the case anyway)
    refused(NotFound, lambda: cases.open_case(ayse, 999_999))
    refused(NotFound, lambda: cases.open_case(zeynep, 999_999))
    refused(NotFound, lambda: notes.add_note(ayse, 999_999, note()))
    refused(NotFound, lambda: cases.update_client(ayse, 999_999, r.Client(NAME)))
    refused(NotFound, lambda: notes.edit_note(ayse, cid, 999_999, note()))
    refused(NotFound, lambda: measures.add_violation(ayse, cid, 999_999, r.Violation(ago(1))))
    refused(NotFound, lambda: referrals.change_status(ayse, cid, 999_999, "sent"))
    refused(NotFound, lambda: referrals.create_referral(ayse, cid, 999_999, "Yok"))
    refused(NotFound, lambda: shelters.place(ayse, cid, 999_999))
    refused(NotFound, lambda: cases.find_case_id(ayse, "KDM-1999-000001"))
    # a record of another case is not reachable through this one
    other = an_active_case(ayse, "Derya Aksoy")
    other_note = cases.open_case(ayse, other).notes[0].id
    assert other_note is not None
    refused(NotFound, lambda: notes.edit_note(ayse, cid, other_note, note()))
    refused(NotFound, lambda: cases.save_child(ayse, cid, r.Child("X", id=999_999)))
    assert cases.find_case_id(ayse, cases.open_case(ayse, cid).case_number) == cid

    leaks = [f"{type(e).__name__}: {e}" for e in seen if NAME in str(e) or NAME in str(e.details)]
    assert leaks == []
    assert len(seen) >= 30


def test_note_text_is_stored_exactly_as_typed(team: Any) -> None:
    ayse = team.login("ayse")
    cid = an_active_case(ayse)
    odd = ("Kontrol\x00karakterleri\x07\x08\x1b[31m\x7f\r\n\tsatır sonu\u2028ayraç\u2029"
           "\u202eRTL override\u202c \u202dLTR\u202c \u2066izole\u2069 \u200fفاطمة\u200e \u200bZW\ufeffBOM "
           "e\u0301 ﷽ 🙂")
    big = ("Uzun görüşme notu: Işık Hanım anlattı; فاطمة الحسن tercüman eşliğinde. Çocuklar okulda. " * 11_700)
    big = big[:1_048_576] + " sonkelimezümrüt"
    assert len(big) > 1_000_000
    odd_id = notes.add_note(ayse, cid, note(odd))
    big_id = notes.add_note(ayse, cid, note(big, "psychosocial_session", duration_minutes=180))
    by_id = {n.id: n for n in cases.open_case(ayse, cid).notes}
    assert by_id[odd_id].body == odd
    assert by_id[big_id].body == big
    assert [x.id for x in search.search(ayse, "sonkelimezumrut")] == [cid]
    # an edit keeps the old text, also exactly
    notes.edit_note(ayse, cid, odd_id, note(odd + " (düzeltildi)"))
    edited = {n.id: n for n in cases.open_case(ayse, cid).notes}[odd_id]
    assert edited.body == odd + " (düzeltildi)"
    assert [v.body for v in edited.revisions] == [odd]
    # the note is too long only beyond the documented limit
    with pytest.raises(InvalidInput) as info:
        notes.add_note(ayse, cid, note("x" * 2_000_001))
    assert problems(info.value) == {"$.note.body": "is longer than 2000000 characters"}


def test_assigning_a_case_to_someone_who_is_not_a_counselor_is_refused(team: Any) -> None:
    """assign() promises "at least one existing counselor"; an admin-only or supervisor-only account can
    never open or edit the case, so assigning only them would orphan it."""
    ayse, selin = team.login("ayse"), team.login("selin")
    cid = an_active_case(ayse)
    for names in (["bilgi"], ["selin"], ["koordinator"]):
        with pytest.raises(InvalidInput):
            cases.assign(selin, cid, names)
    assert cases.open_case(selin, cid).counselors == ["ayse"]


# -- vocabulary, directory ----------------------------------------------------------------------------------

def test_admin_extends_a_vocabulary_and_the_new_code_is_accepted(team: Any) -> None:
    admin, ayse = team.login("koordinator"), team.login("ayse")
    cid = an_active_case(ayse)
    group = note("Akran destek grubuna katıldı.", note_type="peer_support_group")
    with pytest.raises(InvalidInput):
        notes.add_note(ayse, cid, group)
    with pytest.raises(PermissionDenied):
        vocab.add_term(ayse, Kind.NOTE_TYPE, "peer_support_group", "Akran destek grubu", "Peer support group")
    with pytest.raises(PermissionDenied):
        vocab.set_active(ayse, Kind.NOTE_TYPE, "home_visit", False)
    with pytest.raises(InvalidInput):
        vocab.add_term(admin, Kind.NOTE_TYPE, "Akran Grubu", "Akran destek grubu", "Peer support group")
    with pytest.raises(InvalidInput):
        vocab.add_term(admin, Kind.NOTE_TYPE, "home_visit", "Ev ziyareti", "Home visit")  # exists
    term = vocab.add_term(admin, Kind.NOTE_TYPE, " Peer_Support_Group ", "Akran  destek grubu", "Peer support group")
    assert (term.code, term.tr, term.builtin, term.active) == ("peer_support_group", "Akran destek grubu", False, True)
    codes = [t.code for t in vocab.list_terms(ayse, Kind.NOTE_TYPE)]
    assert codes[-1] == "peer_support_group" and "home_visit" in codes
    nid = notes.add_note(ayse, cid, group)
    assert {n.id: n.note_type for n in cases.open_case(ayse, cid).notes}[nid] == "peer_support_group"
    # retired: no longer offered, the note that uses it stays valid
    vocab.set_active(admin, Kind.NOTE_TYPE, "peer_support_group", False)
    assert "peer_support_group" not in [t.code for t in vocab.list_terms(ayse, Kind.NOTE_TYPE)]
    assert {n.id: n.note_type for n in cases.open_case(ayse, cid).notes}[nid] == "peer_support_group"
    actions = [(a, t) for a, t, _ in entries_after(admin, 0) if a.startswith("vocab_")]
    assert actions == [("vocab_add", "note_type:peer_support_group"), ("vocab_retire", "note_type:peer_support_group")]


def test_directory_is_edited_by_admins_and_searched_folded(team: Any) -> None:
    admin, ayse = team.login("koordinator"), team.login("ayse")
    mine = r.Institution("Çankaya ŞÖNİM", "sonim", city="Ankara", district="Çankaya", phone="0312 000 00 00")
    with pytest.raises(PermissionDenied):
        directory.save_institution(ayse, mine)
    with pytest.raises(InvalidInput):
        directory.save_institution(admin, r.Institution("Yeni Kurum", "belediye"))
    with pytest.raises(InvalidInput):
        directory.save_institution(admin, r.Institution("  ", "ngo"))
    iid = directory.save_institution(admin, mine)
    with pytest.raises(InvalidInput):
        directory.save_institution(admin, r.Institution("Çankaya ŞÖNİM", "sonim", city="Ankara"))
    names = {i.name for i in directory.search_institutions(ayse, "sonim")}
    assert names == {"Çankaya ŞÖNİM", "Şiddet Önleme ve İzleme Merkezi (ŞÖNİM)"}
    assert [i.id for i in directory.search_institutions(ayse, "CANKAYA sönim")] == [iid]
    assert [i.id for i in directory.search_institutions(ayse, "", city="ANKARA")] == [iid]
    assert {i.name for i in directory.search_institutions(ayse, "", institution_type="sonim")} == names
    assert directory.search_institutions(ayse, "sonim kecioren") == []
    # an edit by the admin, audited by field name (a directory entry has no case history to keep values in)
    mine.id, mine.phone = iid, "0312 111 11 11"
    assert directory.save_institution(admin, mine) == iid
    assert [i.phone for i in directory.search_institutions(ayse, "çankaya")] == ["0312 111 11 11"]
    found = [(a, t, d) for a, t, d in entries_after(admin, 0) if a.startswith("institution_")]
    assert [(a, t) for a, t, _ in found] == [("institution_add", f"institution:{iid}"),
                                             ("institution_update", f"institution:{iid}")]
    assert found[1][2] == {"entity": "institution", "id": iid, "fields": ["phone"]}
    # the new institution can be referred to
    cid = an_active_case(ayse)
    rid = referrals.create_referral(ayse, cid, iid, "Koruma kararı takibi")
    assert [x.institution for x in cases.open_case(ayse, cid).referrals if x.id == rid] == ["Çankaya ŞÖNİM"]


# -- dashboard ----------------------------------------------------------------------------------------------

def test_dashboard_lists_what_needs_attention(team: Any) -> None:
    admin, ayse, zeynep, selin, deniz = (team.login(n) for n in ("koordinator", "ayse", "zeynep", "selin", "deniz"))
    shelter = shelters.save_shelter(admin, r.Shelter("Güneş Kadın Konukevi", "kadin_konukevi", 3, city="Bursa"))
    full = shelters.save_shelter(admin, r.Shelter("Umut Kadın Konukevi", "kadin_konukevi", 1, city="Bursa"))

    active = an_active_case(ayse, NAME)
    risk.add_assessment(ayse, active, r.RiskAssessment(ago(1), ["escalation", "stalking"], "high"))
    shelters.place(ayse, active, shelter)
    overdue = followups.add_follow_up(ayse, active, r.FollowUp(ago(3), "Gecikmiş arama"))
    followups.add_follow_up(ayse, active, r.FollowUp(ahead(2), "Yaklaşan arama"))
    followups.add_follow_up(ayse, active, r.FollowUp(ahead(30), "Uzak tarih"))
    done = followups.add_follow_up(ayse, active, r.FollowUp(ago(10), "Yapıldı"))
    followups.mark_done(ayse, active, done)
    measures.save_measure(ayse, active, r.Measure("no_approach", "family_judge", ago(170), ago(170), ahead(10)))
    measures.save_measure(ayse, active, r.Measure("no_contact", "family_judge", ago(170), ago(170), ahead(20)))
    measures.save_measure(ayse, active, r.Measure("removal_from_home", "family_judge", ago(170), ago(170),
                                                  ahead(5), status="lifted"))
    measures.save_measure(ayse, active, r.Measure("no_threats", "police_chief", ago(30), ago(30), ago(1)))

    draft = cases.create_case(ayse, r.Client("Derya Aksoy"))
    waiting = an_active_case(ayse, "Gül Yıldırım")
    risk.add_assessment(ayse, waiting, r.RiskAssessment(ago(1), ["pregnancy"], "low"))
    closed = an_active_case(ayse, "Sevgi Kaya")
    risk.add_assessment(ayse, closed, r.RiskAssessment(ago(1), ["threats_to_kill", "strangulation"], "very_high"))
    followups.add_follow_up(ayse, closed, r.FollowUp(ago(2), "Kapalı dosyada"))
    for cid in (closed, waiting):
        closure.request_closure(ayse, cid, r.ClosureRequest("goals_met", ["needs_met"], summary="Bitti."))
    closure.decide(selin, closed, True)

    theirs = an_active_case(zeynep, "Zehra Demir")
    risk.add_assessment(zeynep, theirs, r.RiskAssessment(ago(1), ["threats_to_kill", "weapon_access"], "very_high"))
    followups.add_follow_up(zeynep, theirs, r.FollowUp(ago(1), "Zeynep'in araması"))
    measures.save_measure(zeynep, theirs, r.Measure("no_contact", "family_judge", ago(9), ago(9), ahead(3)))
    shelters.place(zeynep, theirs, full)

    mark = last_id(ayse)
    board = dashboard.dashboard(ayse, today=TODAY)
    assert [(a, d) for a, _, d in entries_after(ayse, mark)] == [("dashboard", {"cases": 3})]
    assert {c.id for c in board.my_open_cases} == {active, draft, waiting}
    assert {c.id: c.status for c in board.my_open_cases} == {active: "active", draft: "draft",
                                                            waiting: "closure_requested"}
    mine = {c.id: c for c in board.my_open_cases}[active]
    assert (mine.client_name, mine.risk_level, mine.in_shelter, mine.active_measure, mine.counselors) == (
        NAME, "high", True, True, ("ayse",))
    assert [(f.case.id, f.due_on, f.purpose, f.overdue) for f in board.follow_ups] == [
        (active, ago(3), "Gecikmiş arama", True), (active, ahead(2), "Yaklaşan arama", False)]
    assert [(m.case.id, m.measure_type, m.end_date, m.days_left) for m in board.measures_expiring] == [
        (active, "no_approach", ahead(10), 10)]
    assert [c.id for c in board.high_risk] == [active]
    assert [(o.name, o.capacity, o.occupied, o.free) for o in board.occupancy] == [
        ("Güneş Kadın Konukevi", 3, 1, 2), ("Umut Kadın Konukevi", 1, 1, 0)]
    assert board.closures_waiting == []

    # another day: the 20-day order comes into the window, the near follow-up becomes overdue
    later = dashboard.dashboard(ayse, today=TODAY + timedelta(days=15))
    assert [(m.measure_type, m.days_left) for m in later.measures_expiring] == [("no_contact", 5)]
    assert [(f.due_on, f.overdue) for f in later.follow_ups] == [(ago(3), True), (ahead(2), True)]
    # done follow-ups leave the list
    followups.mark_done(ayse, active, overdue)
    assert [f.due_on for f in dashboard.dashboard(ayse, today=TODAY).follow_ups] == [ahead(2)]

    # zeynep sees only her own case
    hers = dashboard.dashboard(zeynep, today=TODAY)
    assert [c.id for c in hers.my_open_cases] == [theirs]
    assert [f.case.id for f in hers.follow_ups] == [theirs]
    assert [(m.case.id, m.days_left) for m in hers.measures_expiring] == [(theirs, 3)]
    assert [c.id for c in hers.high_risk] == [theirs]

    # selin (supervisor): the whole center, and the closures waiting for her
    center = dashboard.dashboard(selin, today=TODAY)
    assert [c.id for c in center.closures_waiting] == [waiting]
    assert {c.id for c in center.my_open_cases} == {active, draft, waiting, theirs}
    assert {c.id for c in center.high_risk} == {active, theirs}
    assert [c.id for c in dashboard.dashboard(deniz, today=TODAY).closures_waiting] == [waiting]
    assert dashboard.dashboard(deniz, today=TODAY).my_open_cases == []
