"""What a package carries and how it is merged (issue 17, part 2): two vaults exchanging payloads through
package_content.build/apply (the sealed file is part 1's), with changes on both sides. Synthetic data only."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import kd_support
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from package_support import CODE_WORD, SAFE_PHONE, Link, case_id_of, new_case

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import ImportInvalid, InvalidInput, PermissionDenied
from kadin_danisma.domain.roles import Role
from kadin_danisma.services import (
    cases,
    measures,
    notes,
    package_conflicts,
    package_content,
    shelters,
    users,
    vault_service,
)
from kadin_danisma.services.record_loader import load_record


def _team(template: Path, folder: Path) -> kd_support.Team:
    shutil.copytree(template, folder)
    return kd_support.Team(folder)


@pytest.fixture
def center(_team_template: Path, tmp_path: Path) -> Iterator[kd_support.Team]:
    t = _team(_team_template, tmp_path / "center")
    yield t
    t.close()


@pytest.fixture
def laptop(_team_template: Path, tmp_path: Path) -> Iterator[kd_support.Team]:
    t = _team(_team_template, tmp_path / "laptop")
    yield t
    t.close()


def counts(session: Any) -> dict[str, int]:
    conn = session.connection()
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
             if not str(n).startswith("search_fts") and n != "audit_log"]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def record(session: Any, number: str) -> r.CaseRecord:
    return load_record(session.connection(), case_id_of(session, number))


def child_school(session: Any, number: str) -> str:
    return record(session, number).children[0].school


def set_school(session: Any, number: str, school: str) -> None:
    child = record(session, number).children[0]
    child.school = school
    cases.save_child(session, case_id_of(session, number), child)


def set_intake(session: Any, number: str, **changes: Any) -> None:
    intake = record(session, number).intake
    assert intake is not None
    for key, value in changes.items():
        setattr(intake, key, value)
    cases.set_intake(session, case_id_of(session, number), intake)


def set_client(session: Any, number: str, **changes: Any) -> None:
    client = record(session, number).client
    for key, value in changes.items():
        if hasattr(client.safe_contact, key):
            setattr(client.safe_contact, key, value)
        else:
            setattr(client, key, value)
    cases.update_client(session, case_id_of(session, number), client)


def shared(center: Any, laptop: Any) -> tuple[Any, Any, str, Link]:
    """A case made at the center and sent whole to the laptop (acknowledged by a package back)."""
    a, b = center.login("ayse"), laptop.login("ayse")
    _, number = new_case(a)
    link = Link()
    link.send(a, "center", b, [number])
    link.send(b, "laptop", a, [number])  # carries the laptop's acknowledgement, and nothing changed
    return a, b, number, link


# -- the first package and the round trip --------------------------------------------------------------

def test_first_package_carries_the_case_whole_without_never_export_notes(center: Any, laptop: Any) -> None:
    a, b = center.login("ayse"), laptop.login("ayse")
    _, number = new_case(a)
    link = Link()
    payload = link.build(a, "center", [number])
    assert "whole" in payload["cases"][0]
    assert payload["withheld_notes"] == 1
    assert "Gizli not" not in link.last["text"]
    assert '"id"' not in link.last["text"].replace('"uuid"', "")  # no local id travels
    summary = link.apply(b, payload)
    assert (summary.cases_new, summary.cases_updated, summary.conflicts, summary.notes_withheld) == (1, 0, 0, 1)
    got = record(b, number)
    assert [n.body for n in got.notes] == ["İlk görüşme: güvenli ev ihtiyacı."]
    assert got.client.safe_contact.code_word == CODE_WORD
    assert got.children[0].school == "Atatürk İlkokulu"
    # the uuids are the sender's: later packages find the same records
    uuids = {t: sorted(u for (u,) in a.connection().execute(f"SELECT uuid FROM {t}")) for t in ("notes", "children")}
    for table in ("children",):
        assert sorted(u for (u,) in b.connection().execute(f"SELECT uuid FROM {table}")) == uuids[table]
    # the importer holds the case, as an import assigns it
    assert b.connection().execute("SELECT count(*) FROM case_counselors cc JOIN users u ON u.id = cc.user_id"
                                  " WHERE u.username = 'ayse'").fetchone()[0] == 1


def test_round_trip_with_changes_on_both_sides(center: Any, laptop: Any) -> None:
    a, b, number, link = shared(center, laptop)
    # the shelter: a note, the child's school; the center: the intake's frequency, a violation
    notes.add_note(b, case_id_of(b, number), r.Note("psychosocial_session", "2026-11-20", "Konukevinde görüşme."))
    set_school(b, number, "Cumhuriyet Ortaokulu")
    set_intake(a, number, frequency="haftada bir")
    mid = record(a, number).measures[0].id
    assert mid is not None
    measures.add_violation(a, case_id_of(a, number), mid, r.Violation("2026-11-21", "kapıya geldi", "155"))

    to_center = link.send(b, "laptop", a, [number])
    assert (to_center.records_added, to_center.fields_changed, to_center.conflicts) == (1, 1, 0)
    to_laptop = link.send(a, "center", b, [number])
    assert (to_laptop.records_added, to_laptop.fields_changed, to_laptop.conflicts) == (1, 1, 0)
    for side in (a, b):
        rec = record(side, number)
        assert child_school(side, number) == "Cumhuriyet Ortaokulu"
        assert rec.intake is not None and rec.intake.frequency == "haftada bir"
        assert "Konukevinde görüşme." in [n.body for n in rec.notes]
        assert [v.description for v in rec.measures[0].violations] == ["kapıya geldi"]
    # nothing echoes back: the next packages carry no change
    assert link.build(b, "laptop", [number])["cases"][0]["records"] == []


# -- the conflict matrix ---------------------------------------------------------------------------------

def test_same_field_changed_on_both_sides_is_a_conflict_with_both_values(center: Any, laptop: Any) -> None:
    a, b, number, link = shared(center, laptop)
    set_school(a, number, "Merkez Okulu")
    set_school(b, number, "Konukevi Okulu")
    summary = link.send(b, "laptop", a, [number])
    assert (summary.conflicts, summary.fields_changed) == (1, 0)
    assert child_school(a, number) == "Merkez Okulu"  # nothing overwritten
    [conflict] = package_conflicts.list_open(a, case_id_of(a, number))
    assert (conflict.table, conflict.field, conflict.kind) == ("children", "school", "both_changed")
    assert (conflict.local_value, conflict.incoming_value) == ("Merkez Okulu", "Konukevi Okulu")
    assert conflict.local_by == "ayse" and conflict.incoming_by == "ayse" and conflict.incoming_at
    # the center's package leaves the disputed field out; the laptop finds its own conflict the other way
    back = link.send(a, "center", b, [number])
    assert back.conflicts == 0 and child_school(b, number) == "Konukevi Okulu"
    # resolved at the center (a typed value); it travels and is applied on the laptop
    package_conflicts.resolve(a, case_id_of(a, number), conflict.id, "typed", "İkisi de değil Okulu")
    assert package_conflicts.list_open(a, case_id_of(a, number)) == []
    final = link.send(a, "center", b, [number])
    assert final.fields_changed == 1 and child_school(b, number) == "İkisi de değil Okulu"
    audit = a.connection().execute("SELECT details FROM audit_log WHERE action = 'package_conflict_resolve'"
                                   ).fetchone()[0]
    assert "school" in audit and "Okulu" not in audit  # field names only, never values


def test_different_fields_both_apply(center: Any, laptop: Any) -> None:
    a, b, number, link = shared(center, laptop)
    set_client(a, number, income="asgari ücret")
    set_client(b, number, disability_needs="tekerlekli sandalye")
    assert link.send(b, "laptop", a, [number]).conflicts == 0
    assert link.send(a, "center", b, [number]).conflicts == 0
    for side in (a, b):
        client = record(side, number).client
        assert (client.income, client.disability_needs) == ("asgari ücret", "tekerlekli sandalye")


def test_append_only_records_from_both_sides_all_arrive(center: Any, laptop: Any) -> None:
    a, b, number, link = shared(center, laptop)
    notes.add_note(a, case_id_of(a, number), r.Note("psychosocial_session", "2026-11-22", "Merkezde not."))
    notes.add_note(b, case_id_of(b, number), r.Note("psychosocial_session", "2026-11-22", "Konukevinde not."))
    link.send(b, "laptop", a, [number])
    link.send(a, "center", b, [number])
    link.send(b, "laptop", a, [number])  # again: nothing is added twice
    shared_notes = ["İlk görüşme: güvenli ev ihtiyacı.", "Merkezde not.", "Konukevinde not."]
    assert sorted(n.body for n in record(b, number).notes) == sorted(shared_notes)
    kept_here = "Gizli not: yalnız merkezde kalır."
    assert sorted(n.body for n in record(a, number).notes) == sorted([*shared_notes, kept_here])
    # a note from the other side belongs to no user here: nobody gains a note to edit
    assert b.connection().execute("SELECT author_id, author_name FROM notes WHERE body = 'Merkezde not.'"
                                  ).fetchone() == (None, "ayse")


def test_a_safety_field_is_never_merged_automatically(center: Any, laptop: Any) -> None:
    a, b, number, link = shared(center, laptop)
    set_client(b, number, code_word="Yeni-Kelime", safe_phone="0555 999 99 99")
    summary = link.send(b, "laptop", a, [number])
    assert summary.conflicts == 2 and summary.fields_changed == 0
    client = record(a, number).client
    assert (client.safe_contact.code_word, client.safe_contact.safe_phone) == (CODE_WORD, SAFE_PHONE)
    kinds = {(c.field, c.kind) for c in package_conflicts.list_open(a, case_id_of(a, number))}
    assert kinds == {("code_word", "safety"), ("safe_phone", "safety")}


def test_a_child_deleted_on_one_side_and_changed_on_the_other(center: Any, laptop: Any) -> None:
    a, b, number, link = shared(center, laptop)
    set_school(b, number, "Yeni Okul")
    # the app has no "remove child" yet: the center's removal is written as the row going
    with a.write() as conn:
        conn.execute("DELETE FROM children WHERE case_id = ?", (case_id_of(a, number),))
    here = link.send(b, "laptop", a, [number])
    assert here.conflicts == 1 and record(a, number).children == []
    [c] = package_conflicts.list_open(a, case_id_of(a, number))
    assert (c.kind, c.field) == ("deleted_here", "*")
    # while the center's removal is disputed there, it does not travel: the laptop keeps the child
    there = link.send(a, "center", b, [number])
    assert there.conflicts == 0 and child_school(b, number) == "Yeni Okul"
    # the center brings the child back as the laptop has it
    package_conflicts.resolve(a, case_id_of(a, number), c.id, "incoming")
    assert child_school(a, number) == "Yeni Okul"


def test_a_child_deleted_on_one_side_and_unchanged_on_the_other_goes(center: Any, laptop: Any) -> None:
    a, b, number, link = shared(center, laptop)
    with a.write() as conn:
        conn.execute("DELETE FROM children WHERE case_id = ?", (case_id_of(a, number),))
    summary = link.send(a, "center", b, [number])
    assert summary.conflicts == 0 and record(b, number).children == []


# -- the rules of import -----------------------------------------------------------------------------------

def test_a_supervisor_step_or_a_bad_value_is_refused_with_nothing_written(center: Any, laptop: Any) -> None:
    a, b, number, link = shared(center, laptop)
    notes.add_note(a, case_id_of(a, number), r.Note("psychosocial_session", "2026-11-22", "Yeni not."))
    payload = link.build(a, "center", [number])
    before = counts(b)
    forged = json.loads(json.dumps(payload))
    forged["cases"][0]["records"].append({
        "t": "case_status_history", "u": "0f0f0f0f-0000-4000-8000-000000000001", "by": "selin", "at": None,
        "f": {"at": "2026-11-23T10:00:00", "from_status": "closure_requested", "to_status": "closed",
              "event": "approve_closure", "comment": ""}})
    with pytest.raises(ImportInvalid) as refused:
        link.apply(b, forged)
    assert any("supervisor" in text for _, text in refused.value.problems)
    assert counts(b) == before
    bad = json.loads(json.dumps(payload))
    bad["cases"][0]["records"][0]["f"] = {"note_type": "no-such-type", "note_date": "2026-13-45",
                                          "body": "x", "duration_minutes": None, "interpreter_present": 0,
                                          "interpreter_language": None, "interpreter_name": "",
                                          "never_export": 0, "child_id": None, "version": 1}
    bad["cases"][0]["records"][0]["t"] = "notes"
    with pytest.raises(ImportInvalid):
        link.apply(b, bad)
    assert counts(b) == before
    for broken in ({"format": "x"}, {**payload, "cases": [{"uuid": "NOT", "records": []}]},
                   {**payload, "cases": [{**payload["cases"][0], "records": [{"t": "audit_log", "u": "x"}]}]}):
        with pytest.raises(ImportInvalid):
            link.apply(b, broken)
    assert counts(b) == before


def test_a_whole_case_breaking_import_rules_is_refused(center: Any, laptop: Any) -> None:
    a, b = center.login("ayse"), laptop.login("ayse")
    _, number = new_case(a)
    link = Link()
    payload = link.build(a, "center", [number])
    payload["cases"][0]["whole"]["status"] = "closed"
    before = counts(b)
    with pytest.raises(ImportInvalid):
        link.apply(b, payload)
    assert counts(b) == before


def test_preview_says_what_apply_does_and_writes_nothing(center: Any, laptop: Any) -> None:
    a, b, number, link = shared(center, laptop)
    set_school(a, number, "Merkez Okulu")
    set_school(b, number, "Konukevi Okulu")
    notes.add_note(b, case_id_of(b, number), r.Note("psychosocial_session", "2026-11-22", "Not."))
    payload = link.build(b, "laptop", [number])
    before = counts(a)
    seen = package_content.preview(a, "1" * 64, payload)
    assert counts(a) == before
    assert link.apply(a, payload) == seen
    assert (seen.conflicts, seen.records_added, seen.cases_updated) == (1, 1, 1)


# -- what never travels; a shelter laptop ------------------------------------------------------------------

def place(center: Any, session: Any, number: str, shelter_id: int) -> None:
    shelters.place(session, case_id_of(session, number), shelter_id)


def test_a_shelter_package_holds_its_residents_only_and_no_address(center: Any, tmp_path: Path) -> None:
    admin = center.login("koordinator")
    umut = shelters.save_shelter(admin, r.Shelter("Umut Konukevi", "kadin_konukevi", 10, "Ankara", 12, True,
                                                  "Gizli Sokak No 9", "0312 111 22 33", "Sorumlu Hanım"))
    other = shelters.save_shelter(admin, r.Shelter("Başka Konukevi", "kadin_konukevi", 10, "İzmir"))
    a = center.login("ayse")
    residents = [new_case(a, f"Sakin {i} Test")[1] for i in range(3)]
    elsewhere = new_case(a, "Başka Yerde Test")[1]
    for number in residents:
        place(center, a, number, umut)
    place(center, a, elsewhere, other)
    new_case(a, "Yerleşmemiş Test")
    numbers = package_content.shelter_case_numbers(a, "Umut Konukevi")
    assert numbers == sorted(residents)
    link = Link()
    payload = link.build(a, "center", numbers)
    for secret in ("Gizli Sokak No 9", "0312 111 22 33", "Sorumlu Hanım", "Başka Konukevi", "Gizli not"):
        assert secret not in link.last["text"]
    # a laptop vault made for the shelter holds these cases and nothing else
    made = vault_service.create_vault(tmp_path / "laptop", kd_support.CENTER, kd_support.ADMIN,
                                      kd_support.ADMIN_NAME, kd_support.PASSWORD)
    users.add_user(made.session, "ayse", "Ayşe", frozenset({Role.COUNSELOR}), kd_support.PASSWORD)
    made.session.lock()
    kd_support.clear_must_change(tmp_path / "laptop")
    fresh = vault_service.unlock(tmp_path / "laptop", "ayse", kd_support.PASSWORD)
    link.apply(fresh, payload)
    conn = fresh.connection()
    assert sorted(n for (n,) in conn.execute("SELECT case_number FROM cases")) == sorted(residents)
    assert conn.execute("SELECT name, address, phone, contact_person FROM shelters").fetchall() == [
        ("Umut Konukevi", "", "", "")]
    fresh.lock()


def test_a_child_deleted_on_one_side_and_changed_on_the_other_the_other_way(center: Any, laptop: Any) -> None:
    """The removal reaches the side that changed the child first: there it is a conflict, nothing goes."""
    a, b, number, link = shared(center, laptop)
    set_school(b, number, "Yeni Okul")
    with a.write() as conn:
        conn.execute("DELETE FROM children WHERE case_id = ?", (case_id_of(a, number),))
    there = link.send(a, "center", b, [number])
    assert there.conflicts == 1 and child_school(b, number) == "Yeni Okul"
    [c] = package_conflicts.list_open(b, case_id_of(b, number))
    assert (c.kind, c.field, c.local_value["school"], c.incoming_value) == ("deleted_there", "*", "Yeni Okul", None)


def test_a_resolution_is_checked_as_an_edit_and_loses_nothing_when_refused(center: Any, laptop: Any) -> None:
    a, b, number, link = shared(center, laptop)
    set_school(a, number, "Merkez Okulu")
    set_school(b, number, "Konukevi Okulu")
    link.send(b, "laptop", a, [number])
    [c] = package_conflicts.list_open(a, case_id_of(a, number))
    with pytest.raises(InvalidInput):
        package_conflicts.resolve(a, case_id_of(a, number), c.id, "typed", "Okul\x00" + "x" * 5000)
    assert child_school(a, number) == "Merkez Okulu"
    assert [x.id for x in package_conflicts.list_open(a, case_id_of(a, number))] == [c.id]
    # a colleague who may not edit the case cannot decide it
    with pytest.raises(PermissionDenied):
        package_conflicts.resolve(center.login("zeynep"), case_id_of(a, number), c.id, "local")


JSONISH = st.recursive(st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.text(max_size=30),
                       lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                  max_size=3), max_leaves=6)


def test_a_malformed_package_is_a_clear_refusal_with_nothing_written(center: Any, laptop: Any) -> None:
    """Any value anywhere in a record replaced by any JSON: the package is applied or refused as ImportInvalid
    (never another error), and a refusal writes nothing."""
    a, b, number, link = shared(center, laptop)
    notes.add_note(a, case_id_of(a, number), r.Note("psychosocial_session", "2026-11-22", "Yeni not."))
    set_school(a, number, "Yeni Okul")
    good = link.build(a, "center", [number])

    @settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.data())
    def run(data: st.DataObject) -> None:
        payload = json.loads(json.dumps(good))
        records = payload["cases"][0]["records"]
        rec = data.draw(st.sampled_from(records))
        key = data.draw(st.sampled_from([*sorted(rec), "f", "f", "f"]))
        if key == "f" and isinstance(rec.get("f"), dict) and rec["f"]:
            rec["f"][data.draw(st.sampled_from(sorted(rec["f"])))] = data.draw(JSONISH)
        else:
            rec[key] = data.draw(JSONISH)
        before = counts(b)
        try:
            with b.write() as conn:
                package_content.apply(b, conn, "c" * 64, payload, sequence=9, acked=0)
        except ImportInvalid:
            assert counts(b) == before

    run()
