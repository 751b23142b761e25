"""Issue 17 whole: sealed packages (part 1) carrying the real content and merge (part 2) between a center and a
shelter laptop, through the services the CLI and the GUI drive. The round trip with changes on both sides and
a conflict, the acknowledgements that make later packages small, and no client name, phone or note text in
the package bytes. Synthetic data only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import kd_support
import pytest
import seal_support as ps

from kadin_danisma.domain import records as r
from kadin_danisma.services import cases, notes, package_conflicts, packages
from kadin_danisma.services.record_loader import load_record


@pytest.fixture
def center(_team_template: Path, tmp_path: Path) -> Iterator[kd_support.Team]:
    t = ps.vault_copy(_team_template, tmp_path / "center")
    yield t
    t.close()


@pytest.fixture
def shelter(_team_template: Path, tmp_path: Path) -> Iterator[kd_support.Team]:
    t = ps.vault_copy(_team_template, tmp_path / "shelter")
    yield t
    t.close()


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
