"""Issue 17 whole: sealed packages (part 1) carrying the real content and merge (part 2) between a center and a
shelter laptop, through the services the CLI and the GUI drive. The round trip with changes on both sides and
a conflict, the acknowledgements that make later packages small, and no client name, phone or note text in
the package bytes. Synthetic data only."""

from __future__ import annotations

import json
from pathlib import Path

import kd_support
import seal_support as ps

from kadin_danisma.domain import records as r
from kadin_danisma.services import cases, notes, package_conflicts, packages, shelters
from kadin_danisma.services.record_loader import load_record


def case_id(session: object, number: str) -> int:
    return cases.find_case_id(session, number)  # type: ignore[arg-type]


def test_a_case_goes_to_the_shelter_and_back_sealed_with_changes_on_both_sides(
        center: kd_support.Team, shelter: kd_support.Team, tmp_path: Path) -> None:
    center_id, shelter_id = ps.pair(shelter, center), ps.pair(center, shelter)
    number = ps.make_case(center)
    a, s = center.login("ayse"), shelter.login("zeynep")
    cid = case_id(a, number)
    cases.save_child(a, cid, r.Child("Deniz", 2018, "male", True, "Eski Okul"))
    notes.add_note(a, cid, r.Note("phone_call", "2026-01-07", "GIZLIKALIR yalnız merkezde.", never_export=True))

    first = tmp_path / "1.kdpkg"
    packages.export_package(a, shelter_id, [number], first)
    data = first.read_bytes()
    for secret in (ps.NAME, ps.PHONE, ps.NOTE, "ZUMRUTANKA", "GIZLIKALIR", "Eski Okul"):
        assert secret.encode("utf-8") not in data, secret
    seen = packages.preview_package(s, first)
    assert (seen.summary.cases_new, seen.summary.notes_withheld) == (1, 1)
    packages.import_package(s, first)
    sid = case_id(s, number)
    assert [n.body for n in load_record(s.connection(), sid).notes] == [ps.NOTE]

    # both sides work: a note and the child's school at the shelter, the school and a note at the center
    notes.add_note(s, sid, r.Note("phone_call", "2026-01-08", "Konukevinde görüşüldü."))
    kid = load_record(s.connection(), sid).children[0]
    kid.school = "Konukevi Okulu"
    cases.save_child(s, sid, kid)
    kid = load_record(a.connection(), cid).children[0]
    kid.school = "Merkez Okulu"
    cases.save_child(a, cid, kid)
    notes.add_note(a, cid, r.Note("phone_call", "2026-01-09", "Merkezde görüşüldü."))

    back = tmp_path / "2.kdpkg"
    packages.export_package(s, center_id, [number], back)
    got = packages.import_package(a, back)
    assert (got.summary.records_added, got.summary.conflicts) == (1, 1)
    assert load_record(a.connection(), cid).children[0].school == "Merkez Okulu"
    [conflict] = package_conflicts.list_open(a, cid)
    package_conflicts.resolve(a, cid, conflict.id, "incoming")

    again = tmp_path / "3.kdpkg"
    packages.export_package(a, shelter_id, [number], again)
    packages.import_package(s, again)
    for session, this in ((a, cid), (s, sid)):
        rec = load_record(session.connection(), this)
        assert rec.children[0].school == "Konukevi Okulu"
        assert {"Konukevinde görüşüldü.", "Merkezde görüşüldü."} <= {n.body for n in rec.notes}
    assert "GIZLIKALIR" not in {n.body for n in load_record(s.connection(), sid).notes}
    # everything acknowledged both ways: a later package of the case carries no record
    last = tmp_path / "4.kdpkg"
    packages.export_package(s, center_id, [number], last)
    assert packages.import_package(a, last).summary.records_added == 0
    assert package_conflicts.list_open(s, sid) == []  # the center's "Merkez Okulu" never left it


SHELTER, ADDRESS, PHONE, CONTACT = "Umut Konukevi", "Gizli Sokak No 9 Keçiören", "0312 111 22 33", "Sorumlu Hanım"
LAPTOP_ADDRESS = "Arka Kapı Sokağı 4"  # the shelter laptop's own entry for itself, with its own address


def test_a_placement_ended_at_the_shelter_reaches_the_center_sealed(
        center: kd_support.Team, shelter: kd_support.Team, tmp_path: Path) -> None:
    """The center places her and sends the case to the shelter laptop; the shelter ends the placement and sends
    the case back; the center sees it ended. Neither side's shelter address or phone is in any package, and her
    name is in no package's bytes (nor in the later package's content at all)."""
    center_id, shelter_id = ps.pair(shelter, center), ps.pair(center, shelter)
    here = shelters.save_shelter(center.login(kd_support.ADMIN), r.Shelter(
        SHELTER, "kadin_konukevi", 10, "Ankara", 12, True, ADDRESS, PHONE, CONTACT))
    shelters.save_shelter(shelter.login(kd_support.ADMIN), r.Shelter(
        SHELTER, "kadin_konukevi", 10, "Ankara", 12, True, LAPTOP_ADDRESS, PHONE, CONTACT))
    number = ps.make_case(center)
    a, s = center.login("ayse"), shelter.login("zeynep")
    cid = case_id(a, number)
    cases.save_child(a, cid, r.Child("Deniz", 2018, "male", True))
    child = load_record(a.connection(), cid).children[0].id
    assert child is not None
    shelters.place(a, cid, here, [child], on="2026-11-06")

    def sent(path: Path, by: object, to: str, receiver: object) -> str:
        packages.export_package(by, to, [number], path)  # type: ignore[arg-type]
        data = path.read_bytes()
        text = json.dumps(packages.open_package(receiver, path).payload, ensure_ascii=False)  # type: ignore[arg-type]
        for secret in (ps.NAME, ps.PHONE, ADDRESS, LAPTOP_ADDRESS, PHONE, CONTACT):
            assert secret.encode("utf-8") not in data, secret
            if secret not in (ps.NAME, ps.PHONE):  # her name and phone travel sealed with her whole case
                assert secret not in text, secret
        return text

    sent(tmp_path / "1.kdpkg", a, shelter_id, s)
    packages.import_package(s, tmp_path / "1.kdpkg")
    sid = case_id(s, number)
    [placement] = load_record(s.connection(), sid).placements
    assert (placement.shelter, placement.status, placement.children) == (SHELTER, "placed", ["Deniz"])
    assert placement.id is not None
    shelters.end_placement(s, sid, placement.id, "independent_living", on="2026-11-20")

    text = sent(tmp_path / "2.kdpkg", s, center_id, a)
    assert ps.NAME not in text and "Deniz" not in text  # a later package carries what changed, not who she is
    assert f'"name": "{SHELTER}"' in text  # the shelter it names travels beside it, public fields only
    got = packages.import_package(a, tmp_path / "2.kdpkg")
    assert (got.summary.fields_changed, got.summary.conflicts) == (3, 0)
    [ended] = load_record(a.connection(), cid).placements
    assert (ended.status, ended.ended_on, ended.exit_reason, ended.children) == (
        "ended", "2026-11-20", "independent_living", ["Deniz"])
    assert shelters.list_shelters(a)[0].women == 0
    # each side keeps its own address for the shelter; neither was overwritten by the other
    for team, address in ((center, ADDRESS), (shelter, LAPTOP_ADDRESS)):
        conn = team.login(kd_support.ADMIN).connection()
        assert conn.execute("SELECT address FROM shelters").fetchall() == [(address,)]
