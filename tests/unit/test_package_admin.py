"""Repairing and ending package exchanges (issue 17): sending again from a lost package, removing a partner,
re-pairing, rotating this vault's identity, and the record of packages written (services/package_admin.py)
between a center and a shelter laptop with the real content. Synthetic data only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import kd_support
import pytest
import seal_support as ps

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import PackageRefused, PairingRefused, PermissionDenied
from kadin_danisma.services import cases, notes, package_admin, package_conflicts, packages
from kadin_danisma.services.record_loader import load_record
from kadin_danisma.vault import destruction


def case_id(session: Any, number: str) -> int:
    return cases.find_case_id(session, number)


def note_bodies(session: Any, number: str) -> set[str]:
    return {n.body for n in load_record(session.connection(), case_id(session, number)).notes}


def refused(code: str, work: Any) -> PackageRefused:
    with pytest.raises(PackageRefused) as caught:
        work()
    assert caught.value.code == code, caught.value
    return caught.value


def audit(session: Any, action: str) -> list[tuple[str, dict[str, Any]]]:
    return [(str(t), json.loads(d)) for t, d in session.connection().execute(
        "SELECT target, details FROM audit_log WHERE action = ? ORDER BY id", (action,)).fetchall()]


def partner(session: Any, partner_id: str) -> Any:
    return next(p for p in packages.partners(session, removed=True) if p.partner_id == partner_id)


def test_a_lost_package_is_written_again_and_carries_what_came_after(
        center: kd_support.Team, shelter: kd_support.Team, tmp_path: Path) -> None:
    ps.pair(shelter, center)
    shelter_id = ps.pair(center, shelter)
    first, second = ps.make_case(center), ps.make_case(center, name="Ayla Deneme", body="İkinci dosyanın notu.")
    a, s = center.login("ayse"), shelter.login("zeynep")
    p1, p2, p3 = (tmp_path / f"{k}.kdpkg" for k in (1, 2, 3))
    packages.export_package(a, shelter_id, [first], p1)
    notes.add_note(a, case_id(a, first), r.Note("phone_call", "2026-01-07", "Paket iki ile gitti."))
    packages.export_package(a, shelter_id, [first, second], p2)
    notes.add_note(a, case_id(a, second), r.Note("phone_call", "2026-01-08", "Paket üç ile gitti."))
    packages.export_package(a, shelter_id, [second], p3)
    packages.import_package(s, p1)
    p2.unlink()  # lost on the way
    assert refused("package_out_of_order", lambda: packages.import_package(s, p3)).details["expected"] == 2

    assert [(x.sequence, x.superseded_at) for x in package_admin.sent_packages(a, shelter_id)] == [
        (3, None), (2, None), (1, None)]
    again = tmp_path / "2-again.kdpkg"
    done = package_admin.resend(a, shelter_id, 2, again)
    assert (done.exported.sequence, done.replaced, done.exported.cases) == (2, (2, 3), 2)
    listed = package_admin.sent_packages(a, shelter_id)
    assert [(x.sequence, x.superseded_at is None) for x in listed] == [(2, True), (3, False), (2, False), (1, True)]
    assert len(listed[0].case_uuids) == 2 and listed[0].sent_by == "Ayşe Danışman"

    packages.import_package(s, again)
    assert {"Paket iki ile gitti."} <= note_bodies(s, first)
    assert {"Paket üç ile gitti.", "İkinci dosyanın notu."} <= note_bodies(s, second)
    # the old file 3 chains to the lost 2: refused, never half-imported
    refused("package_chain_broken", lambda: packages.import_package(s, p3))
    # the chain goes on from the new 2
    notes.add_note(a, case_id(a, first), r.Note("phone_call", "2026-01-09", "Sonra yazıldı."))
    p4 = tmp_path / "4.kdpkg"
    assert packages.export_package(a, shelter_id, [first], p4).sequence == 3
    packages.import_package(s, p4)
    assert "Sonra yazıldı." in note_bodies(s, first)
    assert len(note_bodies(s, first)) == len(note_bodies(a, first))  # nothing came twice
    assert package_conflicts.list_open(s, case_id(s, first)) == []

    [(target, details)] = audit(a, "package_resend")
    assert target == f"partner:{shelter_id[:16]}" and details == {"from": 2, "sequence": 2}


def test_resent_from_a_package_the_partner_had_says_so_and_the_next_number_works(
        center: kd_support.Team, shelter: kd_support.Team, tmp_path: Path) -> None:
    ps.pair(shelter, center)
    shelter_id = ps.pair(center, shelter)
    number = ps.make_case(center)
    a, s = center.login("ayse"), shelter.login("zeynep")
    cid = case_id(a, number)
    files = []
    for k in (1, 2, 3):
        notes.add_note(a, cid, r.Note("phone_call", "2026-01-07", f"Not {k}."))
        files.append(tmp_path / f"{k}.kdpkg")
        packages.export_package(a, shelter_id, [number], files[-1])
    packages.import_package(s, files[0])
    packages.import_package(s, files[1])  # 3 is the one lost; the center thinks it was 2
    wrong = tmp_path / "2-again.kdpkg"
    package_admin.resend(a, shelter_id, 2, wrong)
    caught = refused("package_replayed", lambda: packages.import_package(s, wrong))
    assert (caught.details["sequence"], caught.details["expected"]) == (2, 3)
    assert "already imported (the next is 3)" in str(caught)
    # sent again from 3, as the shelter's screen said: chained to the 2 the shelter holds
    right = tmp_path / "3-again.kdpkg"
    done = package_admin.resend(a, shelter_id, 3, right)
    assert done.exported.sequence == 3
    packages.import_package(s, right)
    assert {"Not 1.", "Not 2.", "Not 3."} <= note_bodies(s, number)
    assert package_conflicts.list_open(s, case_id(s, number)) == []
    later = tmp_path / "4.kdpkg"
    notes.add_note(a, cid, r.Note("phone_call", "2026-01-08", "Not 4."))
    packages.export_package(a, shelter_id, [number], later)
    packages.import_package(s, later)
    assert len(note_bodies(s, number)) == len(note_bodies(a, number))


def test_what_cannot_be_sent_again_is_refused_clearly(
        center: kd_support.Team, shelter: kd_support.Team, tmp_path: Path) -> None:
    center_id = ps.pair(shelter, center)
    shelter_id = ps.pair(center, shelter)
    number = ps.make_case(center)
    a, s = center.login("ayse"), shelter.login("zeynep")
    out = tmp_path / "again.kdpkg"
    with pytest.raises(PermissionDenied):
        package_admin.resend(center.login("bilgi"), shelter_id, 1, out)  # an admin only: writes no package
    with pytest.raises(PairingRefused):
        package_admin.resend(a, "ab" * 32, 1, out)
    refused("resend_out_of_range", lambda: package_admin.resend(a, shelter_id, 1, out))  # nothing written yet
    for k in (1, 2, 3):
        packages.export_package(a, shelter_id, [number], tmp_path / f"{k}.kdpkg")
    refused("resend_out_of_range", lambda: package_admin.resend(a, shelter_id, 0, out))
    refused("resend_out_of_range", lambda: package_admin.resend(a, shelter_id, 5, out))
    caught = refused("resend_out_of_range", lambda: package_admin.resend(a, shelter_id, 4, out))  # the next one
    assert (caught.details["first"], caught.details["last"]) == (1, 3)
    # the shelter imports 1 and answers: its package acknowledges 1
    packages.import_package(s, tmp_path / "1.kdpkg")
    packages.export_package(s, center_id, [number], tmp_path / "back.kdpkg")
    packages.import_package(a, tmp_path / "back.kdpkg")
    caught = refused("resend_acknowledged", lambda: package_admin.resend(a, shelter_id, 1, out))
    assert caught.details["acked"] == 1
    assert not out.exists()
    # packages 1-3 written before this version kept a record, 4 and 5 after: only 4's hash is known
    with a.write() as conn:
        conn.execute("DELETE FROM package_sent")
    for k in (4, 5):
        packages.export_package(a, shelter_id, [number], tmp_path / f"{k}.kdpkg")
    caught = refused("resend_no_record", lambda: package_admin.resend(a, shelter_id, 3, out))
    assert "package 2 was written before this version kept a record; send again from 5" in str(caught)
    assert caught.details["first"] == 5
    assert package_admin.resend(a, shelter_id, 5, out).exported.sequence == 5
    assert not audit(a, "package_resend")[0][1].keys() - {"from", "sequence"}


def test_a_removed_partner_gets_and_gives_nothing_until_paired_again(
        center: kd_support.Team, shelter: kd_support.Team, tmp_path: Path) -> None:
    center_id = ps.pair(shelter, center)
    shelter_id = ps.pair(center, shelter)
    number = ps.make_case(center)
    a, s, admin = center.login("ayse"), shelter.login("zeynep"), center.login(kd_support.ADMIN)
    packages.export_package(a, shelter_id, [number], tmp_path / "1.kdpkg")
    packages.import_package(s, tmp_path / "1.kdpkg")
    sid = case_id(s, number)
    notes.add_note(s, sid, r.Note("phone_call", "2026-01-07", "Konukevinden."))
    packages.export_package(s, center_id, [number], tmp_path / "from-shelter.kdpkg")
    # a conflict from it waits for a person
    kid = r.Child("Deniz", 2018, "male", True, "Okul A")
    cases.save_child(a, case_id(a, number), kid)

    with pytest.raises(PermissionDenied):
        package_admin.remove_partner(a, shelter_id)
    with pytest.raises(PairingRefused):
        package_admin.remove_partner(admin, "cd" * 32)
    gone = package_admin.remove_partner(admin, shelter_id)
    assert gone.removed and gone.removed_at
    refused("partner_removed", lambda: package_admin.remove_partner(admin, shelter_id))
    assert shelter_id not in [p.partner_id for p in packages.partners(a)]  # gone from the pickers
    assert partner(a, shelter_id).removed  # kept for the record
    assert a.connection().execute("SELECT count(*) FROM package_base WHERE partner_id = ?",
                                  (shelter_id,)).fetchone()[0] == 0
    refused("partner_removed", lambda: packages.export_package(a, shelter_id, [number], tmp_path / "x.kdpkg"))
    assert not (tmp_path / "x.kdpkg").exists()
    refused("partner_removed", lambda: packages.import_package(a, tmp_path / "from-shelter.kdpkg"))
    refused("partner_removed", lambda: packages.preview_package(a, tmp_path / "from-shelter.kdpkg"))
    [(target, details)] = audit(admin, "package_partner_remove")
    assert target == f"partner:{shelter_id[:16]}" and details == {}

    # paired again: both directions start at 0 on both sides (the shelter removes and pairs the center too)
    again = packages.pair(admin, packages.own_card(shelter.login(kd_support.ADMIN)),
                          packages.own_card(shelter.login(kd_support.ADMIN)).fingerprint)
    assert (again.removed, again.out_sequence, again.in_sequence, again.acked) == (False, 0, 0, 0)
    package_admin.remove_partner(shelter.login(kd_support.ADMIN), center_id)
    ps.pair(shelter, center)
    done = packages.export_package(a, shelter_id, [number], tmp_path / "new-1.kdpkg")
    assert done.sequence == 1
    got = packages.import_package(s, tmp_path / "new-1.kdpkg")  # whole again; merged by uuid, nothing doubled
    assert got.summary.cases_new == 0
    assert [c for c in cases.list_cases(s) if c.case_number == number] != []
    assert len(note_bodies(s, number)) == len(note_bodies(a, number)) + 1  # the shelter's own note stays


def test_a_new_identity_across_two_vaults(center: kd_support.Team, shelter: kd_support.Team, tmp_path: Path) -> None:
    center_id = ps.pair(shelter, center)
    shelter_id = ps.pair(center, shelter)
    number = ps.make_case(center)
    a, s = center.login("ayse"), shelter.login("zeynep")
    admin, shelter_admin = center.login(kd_support.ADMIN), shelter.login(kd_support.ADMIN)
    packages.export_package(a, shelter_id, [number], tmp_path / "1.kdpkg")
    packages.import_package(s, tmp_path / "1.kdpkg")
    notes.add_note(s, case_id(s, number), r.Note("phone_call", "2026-01-07", "Yolda kalan paket."))
    packages.export_package(s, center_id, [number], tmp_path / "in-flight.kdpkg")  # to the old keys

    with pytest.raises(PermissionDenied):
        package_admin.rotate_identity(a)
    old_card = packages.own_card(admin)
    done = package_admin.rotate_identity(admin)
    new_card = packages.own_card(admin)
    assert new_card.partner_id != old_card.partner_id and new_card.fingerprint == done.fingerprint
    assert (done.old_id, done.new_id) == (old_card.partner_id[:16], new_card.partner_id[:16])
    assert [p.partner_id for p in done.partners] == [shelter_id]
    state = partner(a, shelter_id)
    assert (state.out_sequence, state.out_hash, state.in_sequence, state.in_hash, state.acked) == (0, "", 0, "", 0)
    assert a.connection().execute("SELECT count(*) FROM package_base").fetchone()[0] == 0
    [(_, details)] = audit(admin, "package_identity_rotate")
    assert details == {"old": old_card.partner_id[:16], "new": new_card.partner_id[:16], "partners": 1}
    # a package sealed to the old keys cannot be opened any more
    refused("package_not_for_us", lambda: packages.import_package(a, tmp_path / "in-flight.kdpkg"))

    notes.add_note(a, case_id(a, number), r.Note("phone_call", "2026-01-08", "Yeni anahtarla."))
    fresh = tmp_path / "new-1.kdpkg"
    assert packages.export_package(a, shelter_id, [number], fresh).sequence == 1
    refused("package_unpaired", lambda: packages.import_package(s, fresh))  # before the shelter re-pairs
    package_admin.remove_partner(shelter_admin, center_id)
    packages.pair(shelter_admin, new_card, new_card.fingerprint)
    got = packages.import_package(s, fresh)
    assert (got.summary.cases_new, got.summary.records_added) == (0, 1)
    assert "Yeni anahtarla." in note_bodies(s, number)
    assert len([c for c in cases.list_cases(s) if c.case_number == number]) == 1
    # and back, to the new identity
    packages.export_package(s, new_card.partner_id, [number], tmp_path / "back.kdpkg")
    packages.import_package(a, tmp_path / "back.kdpkg")
    assert "Yolda kalan paket." in note_bodies(a, number)


def test_a_destroyed_case_leaves_the_record_of_packages(
        center: kd_support.Team, shelter: kd_support.Team, tmp_path: Path) -> None:
    shelter_id = ps.pair(center, shelter)
    kept, gone = ps.make_case(center), ps.make_case(center, name="Silinecek Deneme")
    a = center.login("ayse")
    packages.export_package(a, shelter_id, [kept, gone], tmp_path / "1.kdpkg")
    conn = a.connection()
    uuid_of = {n: str(conn.execute("SELECT uuid FROM cases WHERE case_number = ?", (n,)).fetchone()[0])
               for n in (kept, gone)}
    client = int(conn.execute("SELECT client_id FROM cases WHERE case_number = ?", (gone,)).fetchone()[0])
    with a.write() as wconn:
        destruction.destroy_clients(wconn, [client], "delete", "2036-01-01")
    [row] = package_admin.sent_packages(a, shelter_id)
    assert row.case_uuids == (uuid_of[kept],)
    text = " ".join(str(x) for x in conn.execute("SELECT * FROM package_sent").fetchone())
    assert uuid_of[gone] not in text
