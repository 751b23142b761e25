"""Referrals, placements, consents and appointments in later packages (issue 17): a center and a shelter
laptop exchange payloads through package_content.build/apply (tests/unit/package_support.py) with changes on
both sides. Directory records travel by name; a shelter's address never travels; closure requests and
consent overrides stay in the vault that made them. Synthetic data only."""

from __future__ import annotations

import json
from typing import Any

import kd_support
import pytest
from package_support import Link, case_id_of, new_case

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import ImportInvalid
from kadin_danisma.services import (
    appointments,
    calendar_setup,
    cases,
    closure,
    consents,
    directory,
    package_conflicts,
    package_content,
    referrals,
    shelters,
)
from kadin_danisma.services.package_check import check_case
from kadin_danisma.services.record_loader import load_record

ADDRESS, PHONE, CONTACT = "Gizli Sokak No 9 Keçiören", "0312 111 22 33", "Sorumlu Hanım Yetkili"
SHELTER = "Umut Konukevi"
OVERRIDE = "Çocuk risk altında: acil paylaşım GEREKÇE-77"


def setup_center(center: kd_support.Team) -> dict[str, int]:
    admin = center.login(kd_support.ADMIN)
    out = {
        "shelter": shelters.save_shelter(admin, r.Shelter(SHELTER, "kadin_konukevi", 10, "Ankara", 12, True, ADDRESS,
                                                          PHONE, CONTACT)),
        "sonim": directory.save_institution(admin, r.Institution("Çankaya ŞÖNİM", "sonim", city="Ankara")),
        "bar": directory.save_institution(admin, r.Institution("Ankara Barosu", "bar_legal_aid", city="Ankara")),
    }
    calendar_setup.save_room(admin, r.Room("Görüşme Odası 1"))
    calendar_setup.save_interpreter(admin, r.Interpreter("Leyla Tercüman", ["ara"]))
    return out


def placed_case(center: kd_support.Team, laptop: kd_support.Team) -> tuple[Any, Any, str, Link, dict[str, int]]:
    """A case placed with her child at the shelter, with a referral and a consent, sent whole to the laptop and
    acknowledged by a package back."""
    ids = setup_center(center)
    a, b = center.login("ayse"), laptop.login("ayse")
    case_id, number = new_case(a)
    child = load_record(a.connection(), case_id).children[0].id
    assert child is not None
    shelters.place(a, case_id, ids["shelter"], [child], on="2026-11-06")
    consents.record_consent(a, case_id, r.Consent("share_with_institution", "2026-11-05"), ids["sonim"])
    rid = referrals.create_referral(a, case_id, ids["sonim"], "Psikolojik destek")
    referrals.change_status(a, case_id, rid, "sent", on="2026-11-06")
    link = Link()
    link.send(a, "center", b, [number])
    link.send(b, "laptop", a, [number])
    return a, b, number, link, ids


def record(session: Any, number: str) -> r.CaseRecord:
    return load_record(session.connection(), case_id_of(session, number))


def uuids(session: Any, number: str, table: str) -> list[str]:
    case_id = case_id_of(session, number)
    where = {"referral_events": "referral_id IN (SELECT id FROM referrals WHERE case_id = ?)",
             "consents": "client_id = (SELECT client_id FROM cases WHERE id = ?)"}.get(table, "case_id = ?")
    return sorted(u for (u,) in session.connection().execute(f"SELECT uuid FROM {table} WHERE {where}", (case_id,)))


def counts(session: Any) -> dict[str, int]:
    conn = session.connection()
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
             if not str(n).startswith("search_fts") and n != "audit_log"]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


# -- the first package -------------------------------------------------------------------------------------

def test_the_first_package_gives_the_new_kinds_the_senders_uuids(sides: Any) -> None:
    a, b, number, link, _ = placed_case(*sides)
    for table in ("referrals", "referral_events", "placements", "consents"):
        assert uuids(b, number, table) == uuids(a, number, table) != [], table
    # nothing differs: the next packages carry no record either way
    assert link.build(a, "center", [number])["cases"][0]["records"] == []
    assert link.build(b, "laptop", [number])["cases"][0]["records"] == []
    got = record(b, number)
    assert [(p.shelter, p.status, p.children) for p in got.placements] == [(SHELTER, "placed", ["Deniz"])]
    assert [(x.institution, x.status, len(x.events)) for x in got.referrals] == [("Çankaya ŞÖNİM", "sent", 2)]
    assert b.connection().execute("SELECT address, phone, contact_person FROM shelters").fetchall() == [("", "", "")]


# -- placements --------------------------------------------------------------------------------------------

def test_a_placement_ended_at_the_shelter_travels_back(sides: Any) -> None:
    a, b, number, link, _ = placed_case(*sides)
    placement = record(b, number).placements[0]
    assert placement.id is not None
    shelters.end_placement(b, case_id_of(b, number), placement.id, "independent_living", on="2026-11-20")
    summary = link.send(b, "laptop", a, [number])
    assert (summary.fields_changed, summary.conflicts) == (3, 0)
    for side in (a, b):
        [p] = record(side, number).placements
        assert (p.status, p.ended_on, p.exit_reason, p.children) == ("ended", "2026-11-20", "independent_living",
                                                                    ["Deniz"])
    for secret in (ADDRESS, PHONE, CONTACT):
        assert secret not in link.last["text"]
    # the center's occupancy counts her out again
    assert shelters.list_shelters(a)[0].women == 0


def test_a_child_who_joins_her_at_the_shelter_travels_with_the_placement(sides: Any) -> None:
    a, b, number, link, _ = placed_case(*sides)
    bid = case_id_of(b, number)
    cases.save_child(b, bid, r.Child("Ela", 2021, "female", True))
    ela = next(c.id for c in record(b, number).children if c.name == "Ela")
    placement = record(b, number).placements[0].id
    with b.write() as conn:  # the app has no "add a child to a placement" yet: the link is written directly
        conn.execute("INSERT INTO placement_children (placement_id, child_id) VALUES (?, ?)", (placement, ela))
    summary = link.send(b, "laptop", a, [number])
    assert (summary.records_added, summary.fields_changed, summary.conflicts) == (1, 1, 0)
    assert sorted(record(a, number).placements[0].children) == ["Deniz", "Ela"]
    assert shelters.list_shelters(a)[0].children == 2
    assert link.build(a, "center", [number])["cases"][0]["records"] == []  # nothing echoes back


def test_children_added_to_the_placement_on_both_sides_are_a_conflict_shown_by_name(sides: Any) -> None:
    a, b, number, link, _ = placed_case(*sides)
    for side, name in ((a, "Can"), (b, "Ela")):
        cid = case_id_of(side, number)
        cases.save_child(side, cid, r.Child(name, 2021, "female", True))
        kid = next(c.id for c in record(side, number).children if c.name == name)
        with side.write() as conn:  # the app has no "add a child to a placement" yet: the link is written directly
            conn.execute("INSERT INTO placement_children (placement_id, child_id) VALUES (?, ?)",
                         (record(side, number).placements[0].id, kid))
    summary = link.send(b, "laptop", a, [number])
    assert (summary.records_added, summary.conflicts) == (1, 1)  # Ela arrives; who is with her is disputed
    [c] = package_conflicts.list_open(a, case_id_of(a, number))
    assert (c.table, c.field, c.local_value, c.incoming_value, c.typable) == (
        "placements", "children", ["Can", "Deniz"], ["Deniz", "Ela"], False)
    assert sorted(record(a, number).placements[0].children) == ["Can", "Deniz"]  # nothing overwritten
    package_conflicts.resolve(a, case_id_of(a, number), c.id, "incoming")
    assert sorted(record(a, number).placements[0].children) == ["Deniz", "Ela"]


def test_a_placement_a_transfer_names_is_not_deleted(sides: Any) -> None:
    a, b, number, link, _ = placed_case(*sides)
    admin = sides[0].login(kd_support.ADMIN)
    other = shelters.save_shelter(admin, r.Shelter("Başka Konukevi", "kadin_konukevi", 5, "İzmir", None, False,
                                                   "İkinci Gizli Adres", "0232 999 88 77"))
    first = record(a, number).placements[0].id
    assert first is not None
    shelters.transfer(a, case_id_of(a, number), first, other, on="2026-11-21")
    summary = link.send(a, "center", b, [number])
    assert (summary.records_added, summary.conflicts) == (1, 0)
    got = record(b, number).placements
    assert [(p.shelter, p.status) for p in got] == [(SHELTER, "ended"), ("Başka Konukevi", "placed")]
    assert got[1].transferred_from == got[0].id and got[1].children == ["Deniz"]
    assert "İkinci Gizli Adres" not in link.last["text"] and "0232 999 88 77" not in link.last["text"]
    # a forged deletion of the placement the transfer came from: a conflict, nothing deleted
    payload = link.build(a, "center", [number])
    old = uuids(a, number, "placements")
    gone = next(u for u in old if u == a.connection().execute("SELECT uuid FROM placements WHERE id = ?",
                                                               (first,)).fetchone()[0])
    payload["cases"][0]["records"].append({"t": "placements", "u": gone, "d": True, "b": {}})
    assert link.apply(b, payload).conflicts == 1
    assert len(record(b, number).placements) == 2


# -- referrals -----------------------------------------------------------------------------------------------

def test_a_new_referral_made_at_the_center_reaches_the_shelter(sides: Any) -> None:
    a, b, number, link, ids = placed_case(*sides)
    cid = case_id_of(a, number)
    consents.record_consent(a, cid, r.Consent("share_with_institution", "2026-11-20"), ids["bar"])
    rid = referrals.create_referral(a, cid, ids["bar"], "Boşanma davası için avukat", "adli yardım")
    referrals.change_status(a, cid, rid, "sent", on="2026-11-21")
    assert "Ankara Barosu" not in {i for (i,) in b.connection().execute("SELECT name FROM institutions")}
    summary = link.send(a, "center", b, [number])
    assert summary.conflicts == 0 and dict(summary.added_by_kind) == {"consents": 1, "referral_events": 2,
                                                                      "referrals": 1}
    got = next(x for x in record(b, number).referrals if x.institution == "Ankara Barosu")
    assert (got.status, got.sent_on, got.requested_service, [e.to_status for e in got.events]) == (
        "sent", "2026-11-21", "adli yardım", ["draft", "sent"])
    assert got.events[0].by == "ayse"  # a name: no user of the shelter's vault
    assert b.connection().execute("SELECT count(*) FROM referral_events WHERE by_name = 'ayse' AND user_id IS NULL"
                                  ).fetchone()[0] >= 2
    assert b.connection().execute("SELECT institution_type, city FROM institutions WHERE name = 'Ankara Barosu'"
                                  ).fetchone() == ("bar_legal_aid", "Ankara")
    for secret in (ADDRESS, PHONE, CONTACT):
        assert secret not in link.last["text"]
    assert uuids(b, number, "referrals") == uuids(a, number, "referrals")


def test_a_referral_changed_on_both_sides(sides: Any) -> None:
    """Each side records an answer: both events arrive on both sides (never twice); the status differs, so it
    is a conflict with both values until a person decides."""
    a, b, number, link, _ = placed_case(*sides)
    ra, rb = record(a, number).referrals[0].id, record(b, number).referrals[0].id
    assert ra is not None and rb is not None
    referrals.change_status(a, case_id_of(a, number), ra, "accepted", on="2026-11-22", comment="randevu verildi")
    referrals.change_status(b, case_id_of(b, number), rb, "rejected", on="2026-11-22", comment="kapasite yok")
    to_center = link.send(b, "laptop", a, [number])
    assert (to_center.records_added, to_center.conflicts) == (1, 1)
    [c] = package_conflicts.list_open(a, case_id_of(a, number))
    assert (c.table, c.field, c.local_value, c.incoming_value) == ("referrals", "status", "accepted", "rejected")
    link.send(a, "center", b, [number])
    link.send(b, "laptop", a, [number])
    for side in (a, b):
        events = [e.to_status for e in record(side, number).referrals[0].events]
        assert sorted(events) == ["accepted", "draft", "rejected", "sent"], events
    package_conflicts.resolve(a, case_id_of(a, number), c.id, "local")
    link.send(a, "center", b, [number])
    assert record(b, number).referrals[0].status in ("accepted", "rejected")  # the laptop's own conflict decides


def test_a_consent_override_stays_where_it_was_made(sides: Any) -> None:
    center, laptop = sides
    ids = setup_center(center)
    a, b = center.login("ayse"), laptop.login("ayse")
    case_id, number = new_case(a)
    rid = referrals.create_referral(a, case_id, ids["bar"], "Acil hukuki destek")
    referrals.override_consent(center.login("selin"), case_id, rid, OVERRIDE)
    referrals.change_status(a, case_id, rid, "sent", on="2026-11-06")
    link = Link()
    summary = link.send(a, "center", b, [number])
    assert summary.cases_new == 1
    assert "GEREKÇE-77" not in link.last["text"]
    [got] = record(b, number).referrals
    assert (got.status, got.consent_override_reason) == ("sent", "")
    # a referral sent without her consent and without an override here passes the import's checks
    with b.write() as conn:
        check_case(conn, case_id_of(b, number), "$")
    # its answer, recorded at the center, arrives and is checked there the same way
    referrals.change_status(a, case_id, rid, "accepted", on="2026-11-07")
    assert link.send(a, "center", b, [number]).fields_changed >= 2
    assert record(b, number).referrals[0].status == "accepted"
    assert a.connection().execute("SELECT consent_override_reason FROM referrals").fetchone()[0] == OVERRIDE


# -- consents --------------------------------------------------------------------------------------------

def test_a_consent_withdrawn_at_the_shelter_reaches_the_center(sides: Any) -> None:
    a, b, number, link, _ = placed_case(*sides)
    consent = record(b, number).consents[0]
    assert consent.id is not None
    consents.withdraw_consent(b, case_id_of(b, number), consent.id, on="2026-11-23")
    summary = link.send(b, "laptop", a, [number])
    assert (summary.fields_changed, summary.conflicts) == (1, 0)
    assert [x.withdrawn_on for x in record(a, number).consents] == ["2026-11-23"]
    assert not consents.may_share(a.connection(), int(a.connection().execute(
        "SELECT client_id FROM cases WHERE case_number = ?", (number,)).fetchone()[0]),
        int(a.connection().execute("SELECT id FROM institutions WHERE name = 'Çankaya ŞÖNİM'").fetchone()[0]))


def test_her_two_cases_in_one_package_carry_her_consent_once(sides: Any) -> None:
    center, laptop = sides
    ids = setup_center(center)
    a, b = center.login("ayse"), laptop.login("ayse")
    first, number = new_case(a)
    cases.finish_intake(a, first)
    second = cases.create_returning_case(a, first, r.Intake("2026-11-10", violence_types=["economic"]))
    again = str(a.connection().execute("SELECT case_number FROM cases WHERE id = ?", (second,)).fetchone()[0])
    consents.record_consent(a, first, r.Consent("share_with_institution", "2026-11-05"), ids["sonim"])
    link = Link()
    summary = link.send(a, "center", b, [number, again])
    assert summary.cases_new == 2
    assert b.connection().execute("SELECT count(*) FROM consents").fetchone()[0] == 1
    assert b.connection().execute("SELECT count(DISTINCT client_id) FROM cases").fetchone()[0] == 1
    assert uuids(b, number, "consents") == uuids(a, number, "consents")
    # withdrawn at the center, sent with both cases: changed once, no conflict, no second copy
    consent = record(a, again).consents[0]
    assert consent.id is not None
    consents.withdraw_consent(a, second, consent.id, on="2026-11-24")
    payload = link.build(a, "center", [again, number])
    carried = [rec for entry in payload["cases"] for rec in entry["records"] if rec["t"] == "consents"]
    assert len(carried) == 1
    summary = link.apply(b, payload)
    assert (summary.fields_changed, summary.conflicts) == (1, 0)
    assert [x.withdrawn_on for x in record(b, number).consents] == ["2026-11-24"]
    link.send(b, "laptop", a, [number])  # the acknowledgement
    # later, only the other case goes: her consent is known under the first, nothing travels again
    assert link.build(a, "center", [again])["cases"][0]["records"] == []


# -- appointments ----------------------------------------------------------------------------------------

def test_an_appointment_moved_at_the_center_arrives_moved_without_clashing_there(sides: Any) -> None:
    center, laptop = sides
    setup_center(center)
    a, b = center.login("ayse"), laptop.login("ayse")
    case_id, number = new_case(a)
    booked = r.Appointment("2026-12-01T10:00", "2026-12-01T11:00", "psychological", counselors=["ayse"],
                           room="Görüşme Odası 1", interpreter_language="ara", interpreter="Leyla Tercüman")
    aid = appointments.book(a, case_id, booked)
    link = Link()
    link.send(a, "center", b, [number])
    link.send(b, "laptop", a, [number])
    assert uuids(b, number, "appointments") == uuids(a, number, "appointments")
    moved = r.Appointment("2026-12-02T14:00", "2026-12-02T15:00", "psychological", counselors=["ayse"],
                          room="Görüşme Odası 1", interpreter_language="ara", interpreter="Leyla Tercüman")
    appointments.reschedule(a, aid, moved)
    summary = link.send(a, "center", b, [number])
    assert (summary.fields_changed, summary.conflicts) == (2, 0)
    [got] = record(b, number).appointments
    assert (got.starts_at, got.ends_at, got.room, got.interpreter, got.counselors) == (
        "2026-12-02T14:00", "2026-12-02T15:00", "Görüşme Odası 1", "Leyla Tercüman", ["ayse"])
    conn = b.connection()
    # at the shelter: the center's room and interpreter are retired names, the counselor a name only
    assert conn.execute("SELECT active FROM rooms WHERE name = 'Görüşme Odası 1'").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM appointment_counselors").fetchone()[0] == 0
    # the shelter's own booking at that hour, with its own room and the same user name, clashes with nothing
    admin = laptop.login(kd_support.ADMIN)
    calendar_setup.save_room(admin, r.Room("Konukevi Odası"))
    own = r.Appointment("2026-12-02T14:00", "2026-12-02T15:00", "psychological", counselors=["ayse"],
                        room="Konukevi Odası")
    assert appointments.clashes(b, case_id_of(b, number), own) == []
    appointments.book(b, case_id_of(b, number), own)
    # and nothing of the shelter's booking breaks the next exchange
    back = link.send(b, "laptop", a, [number])
    assert (back.records_added, back.conflicts) == (1, 0)
    assert sorted(x.room for x in record(a, number).appointments) == ["Görüşme Odası 1", "Konukevi Odası"]
    assert a.connection().execute("SELECT active FROM rooms WHERE name = 'Konukevi Odası'").fetchone() == (0,)


def test_an_appointment_deleted_on_one_side_goes_on_the_other(sides: Any) -> None:
    center, laptop = sides
    setup_center(center)
    a, b = center.login("ayse"), laptop.login("ayse")
    case_id, number = new_case(a)
    aid = appointments.book(a, case_id, r.Appointment("2026-12-01T10:00", "2026-12-01T11:00", "psychological",
                                                      counselors=["ayse"], room="Görüşme Odası 1"))
    link = Link()
    link.send(a, "center", b, [number])
    link.send(b, "laptop", a, [number])
    with a.write() as conn:  # the app has no "delete appointment": the row goes, with its counselors
        conn.execute("DELETE FROM appointment_counselors WHERE appointment_id = ?", (aid,))
        conn.execute("DELETE FROM appointments WHERE id = ?", (aid,))
    summary = link.send(a, "center", b, [number])
    assert summary.conflicts == 0 and record(b, number).appointments == []


def test_an_institution_renamed_at_the_center_arrives_as_a_new_entry(sides: Any) -> None:
    """A name is what travels: the records naming a renamed entry change, and the partner, which cannot know the
    two names are one place, gets an entry of the new name beside its old one (nothing of the case is lost)."""
    a, b, number, link, ids = placed_case(*sides)
    admin = sides[0].login(kd_support.ADMIN)
    directory.save_institution(admin, r.Institution("Çankaya ŞÖNİM Merkezi", "sonim", city="Ankara",
                                                    id=ids["sonim"]))
    summary = link.send(a, "center", b, [number])
    assert (summary.fields_changed, summary.conflicts) == (2, 0)  # the referral's and the consent's institution
    got = record(b, number)
    assert [x.institution for x in got.referrals + got.consents] == ["Çankaya ŞÖNİM Merkezi"] * 2
    names = {n for (n,) in b.connection().execute("SELECT name FROM institutions")}
    assert {"Çankaya ŞÖNİM", "Çankaya ŞÖNİM Merkezi"} <= names
    assert link.send(b, "laptop", a, [number]).fields_changed == 0  # nothing echoes back


# -- what does not travel; what is refused ---------------------------------------------------------------------

def test_a_closure_request_does_not_reach_the_other_side(sides: Any) -> None:
    a, b, number, link, _ = placed_case(*sides)
    cid = case_id_of(a, number)
    cases.finish_intake(a, cid)
    closure.request_closure(a, cid, r.ClosureRequest("goals_met", checklist=["needs_met"], summary="Güvende."))
    payload = link.build(a, "center", [number])
    assert "closure_requests" not in {rec["t"] for rec in payload["cases"][0]["records"]}
    assert "Güvende." not in link.last["text"]
    link.apply(b, payload)
    assert record(b, number).closure_requests == []
    assert "closure_requests" not in package_content.REGISTRY


def test_a_name_the_receiver_lacks_and_the_package_does_not_carry_is_refused(sides: Any) -> None:
    a, b, number, link, ids = placed_case(*sides)
    cid = case_id_of(a, number)
    referrals.create_referral(a, cid, ids["bar"], "Hukuki destek")
    payload = link.build(a, "center", [number])
    assert [x["name"] for x in payload["institutions"]] == ["Ankara Barosu"]
    forged = json.loads(json.dumps(payload))
    forged["institutions"] = []
    before = counts(b)
    with pytest.raises(ImportInvalid) as refused:
        link.apply(b, forged)
    [(path, text)] = refused.value.problems
    index = next(j for j, rec in enumerate(payload["cases"][0]["records"]) if rec["t"] == "referrals")
    assert path == f"$.cases[0].records[{index}].f.institution_id" and "institution" in text
    assert counts(b) == before
    # a shelter entry with its address is refused by the import's own parser, nothing written
    forged = json.loads(json.dumps(payload))
    forged["institutions"][0]["nonsense"] = 1
    with pytest.raises(ImportInvalid) as refused:
        link.apply(b, forged)
    assert refused.value.problems[0][0].startswith("$.institutions[0]")
    assert counts(b) == before
    assert link.apply(b, payload).records_added == 2  # the referral and its first event
