"""Packages on a center server (issue 17): a package's content is built and merged on the server as in a vault,
and its bookkeeping and conflicts are case rows: a colleague reads none of another counselor's (row-level
security, tried with psql). Sealed packages: a supervisor sends them to a shelter laptop's vault and imports
its answer; a counselor is refused with one reason; the keys reach a supervisor's login only; a vault moved
onto a server keeps its identity and partners. Synthetic data only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import kd_support
import pytest
import seal_support
import server_support
from package_support import CENTER_ID, LAPTOP_ID, new_case

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import PackageRefused, PermissionDenied
from kadin_danisma.services import (
    appointments,
    calendar_setup,
    cases,
    directory,
    notes,
    package_admin,
    package_conflicts,
    package_content,
    packages,
    referrals,
    risk,
    shelters,
)
from kadin_danisma.services.package_state import value_hash
from kadin_danisma.services.record_loader import load_record


def test_package_rows_and_conflicts_are_behind_row_level_security(server_team: Any) -> None:
    ayse = server_team.login("ayse")
    case_id, number = new_case(ayse)
    with ayse.write() as conn:
        payload = package_content.build(ayse, conn, LAPTOP_ID, [number], sequence=1, acked=0)
    payload = json.loads(json.dumps(payload))
    assert payload["withheld_notes"] == 1 and "whole" in payload["cases"][0]
    # the laptop changed the child's school while the center changed it too: a conflict, on the server
    conn = ayse.connection()
    child = conn.execute("SELECT uuid, school FROM children WHERE case_id = ?", (case_id,)).fetchone()
    with ayse.write() as wconn:
        wconn.execute("UPDATE children SET school = 'Merkez Okulu' WHERE case_id = ?", (case_id,))
    record = next(x for x in payload["cases"][0]["records"] if x["t"] == "children")
    incoming = {**record, "f": {**record["f"], "school": "Konukevi Okulu"},
                "b": {k: value_hash(v) for k, v in record["f"].items()}}
    back = {**payload, "cases": [{"uuid": payload["cases"][0]["uuid"], "case_number": number, "records": [incoming]}]}
    with ayse.write() as wconn:
        summary = package_content.apply(ayse, wconn, CENTER_ID, back, sequence=1, acked=1)
    assert summary.conflicts == 1 and child[1] == "Atatürk İlkokulu"
    [c] = package_conflicts.list_open(ayse, case_id)
    assert (c.local_value, c.incoming_value) == ("Merkez Okulu", "Konukevi Okulu")
    for table in ("package_base", "package_conflicts"):
        assert int(server_team.psql("ayse", f"SELECT count(*) FROM kd.{table}").stdout.strip()) > 0, table
        assert server_team.psql("zeynep", f"SELECT count(*) FROM kd.{table}").stdout.strip() == "0", table
    package_conflicts.resolve(ayse, case_id, c.id, "incoming")
    assert conn.execute("SELECT school FROM children WHERE case_id = ?", (case_id,)).fetchone()[0] == "Konukevi Okulu"


# -- sealed packages on a server: supervisors hold the keys (issue 17, vault/pg/package_security.py) ---------

def laptop_vault(template: Path, folder: Path) -> kd_support.Team:
    return seal_support.vault_copy(template, folder)


def pair_both(server_team: Any, laptop: kd_support.Team) -> tuple[str, str]:
    """The server's admin and the laptop's pair each other; returns (server's id, laptop's id)."""
    server_card = packages.own_card(server_team.login("selin"))  # the first supervisor makes the keys
    packages.pair(laptop.login(kd_support.ADMIN), server_card, server_card.fingerprint)
    laptop_card = packages.own_card(laptop.login(kd_support.ADMIN))
    admin = server_team.login("bilgi")
    assert packages.own_card(admin) == server_card  # the card once the keys exist; no private key needed
    packages.pair(admin, laptop_card, laptop_card.fingerprint)
    return server_card.partner_id, laptop_card.partner_id


def test_a_supervisor_on_a_server_exchanges_packages_with_a_shelter_laptop(
        server_team: Any, _team_template: Path, tmp_path: Path) -> None:
    laptop = laptop_vault(_team_template, tmp_path / "laptop")
    try:
        server_id, laptop_id = pair_both(server_team, laptop)
        ayse, selin = server_team.login("ayse"), server_team.login("selin")
        case_id, number = new_case(ayse)
        new_case(server_team.login("zeynep"), "Başka Kadın Test")
        out = tmp_path / packages.suggested_name(1)
        sent = packages.export_package(selin, laptop_id, [number], out)
        assert sent.sequence == 1
        at_laptop = laptop.login("zeynep")
        packages.import_package(at_laptop, out)
        lid = cases.find_case_id(at_laptop, number)
        notes.add_note(at_laptop, lid, r.Note("phone_call", "2026-11-20", "Konukevinde görüşüldü."))
        kid = load_record(at_laptop.connection(), lid).children[0]
        kid.school = "Konukevi Okulu"
        cases.save_child(at_laptop, lid, kid)
        risk.add_assessment(at_laptop, lid, r.RiskAssessment("2026-11-20", [], "high", "Konukevinde yeniden."))
        back = tmp_path / "back.kdpkg"
        packages.export_package(at_laptop, server_id, [number], back)

        # the preview changes nothing (its transaction can never commit); the import does, in sequence
        before = load_record(ayse.connection(), case_id)
        seen = packages.preview_package(selin, back)
        assert (seen.summary.records_added, seen.summary.fields_changed, seen.summary.conflicts) == (2, 1, 1)
        assert load_record(ayse.connection(), case_id) == before
        got = packages.import_package(selin, back)
        assert (got.sequence, got.summary.records_added, got.summary.conflicts) == (1, 2, 1)
        record = load_record(ayse.connection(), case_id)
        assert [n.body for n in record.notes][-1] == "Konukevinde görüşüldü."
        assert record.children[0].school == "Konukevi Okulu"
        # the risk level is a safety field: it waits for her counselor, who takes it (her own write)
        [waiting] = package_conflicts.list_open(ayse, case_id)
        assert (waiting.field, waiting.kind, waiting.incoming_value) == ("risk_level", "safety", "high")
        assert record.risk_level != "high"
        package_conflicts.resolve(ayse, case_id, waiting.id, "incoming")
        assert load_record(ayse.connection(), case_id).risk_level == "high"
        # her colleague sees none of it (row-level security), the partner's state moved on
        assert server_team.psql("zeynep", f"SELECT count(*) FROM kd.notes WHERE case_id = {case_id}").stdout.strip() \
            == "0"
        assert server_team.psql("zeynep", f"SELECT count(*) FROM kd.children WHERE case_id = {case_id}"
                                ).stdout.strip() == "0"
        state = next(p for p in packages.partners(ayse) if p.partner_id == laptop_id)
        assert (state.out_sequence, state.in_sequence, state.acked) == (1, 1, 1)
        # the import's audit entry was written by the database, with the sequence
        entries = kd_support.raw(selin).execute(
            "SELECT user_id, target, details FROM audit_log WHERE action = 'package_import'").fetchall()
        assert [(json.loads(d)["sequence"], t) for _, t, d in entries] == [(1, f"partner:{laptop_id[:16]}")]
        # the same package again is a replay
        with pytest.raises(PackageRefused) as again:
            packages.import_package(selin, back)
        assert again.value.code == "package_replayed"
    finally:
        laptop.close()


def test_casework_from_a_shelter_laptop_reaches_a_server(server_team: Any, _team_template: Path,
                                                         tmp_path: Path) -> None:
    """A placement ended, a referral to an institution the server lacks and an appointment in a room it lacks,
    made at the laptop, arrive through a supervisor's import: the gate lets the import add the directory
    entries (public fields only), and her counselor sees them."""
    laptop = laptop_vault(_team_template, tmp_path / "laptop")
    try:
        server_id, laptop_id = pair_both(server_team, laptop)
        ayse, selin = server_team.login("ayse"), server_team.login("selin")
        home = shelters.save_shelter(server_team.login("bilgi"), r.Shelter(
            "Umut Konukevi", "kadin_konukevi", 10, "Ankara", 12, True, "Gizli Sokak 9", "0312 111 22 33", "Hanım"))
        case_id, number = new_case(ayse)
        child = load_record(ayse.connection(), case_id).children[0].id
        assert child is not None
        shelters.place(ayse, case_id, home, [child], on="2026-11-06")
        packages.export_package(selin, laptop_id, [number], tmp_path / "1.kdpkg")
        at_laptop = laptop.login("zeynep")
        packages.import_package(at_laptop, tmp_path / "1.kdpkg")
        lid = cases.find_case_id(at_laptop, number)
        placement = load_record(at_laptop.connection(), lid).placements[0].id
        assert placement is not None
        shelters.end_placement(at_laptop, lid, placement, "independent_living", on="2026-11-20")
        laptop_admin = laptop.login(kd_support.ADMIN)
        bar = directory.save_institution(laptop_admin, r.Institution("Keçiören Barosu", "bar_legal_aid",
                                                                     city="Ankara", phone="0312 999 00 00"))
        referrals.create_referral(at_laptop, lid, bar, "Boşanma için avukat")
        calendar_setup.save_room(laptop_admin, r.Room("Konukevi Odası"))
        appointments.book(at_laptop, lid, r.Appointment("2026-12-02T14:00", "2026-12-02T15:00", "psychological",
                                                        counselors=["zeynep"], room="Konukevi Odası"))
        packages.export_package(at_laptop, server_id, [number], tmp_path / "2.kdpkg")
        got = packages.import_package(selin, tmp_path / "2.kdpkg")
        assert (got.summary.records_added, got.summary.fields_changed, got.summary.conflicts) == (3, 3, 0)
        record = load_record(ayse.connection(), case_id)
        assert [(p.status, p.ended_on, p.exit_reason) for p in record.placements] == [
            ("ended", "2026-11-20", "independent_living")]
        assert [(x.institution, x.status) for x in record.referrals] == [("Keçiören Barosu", "draft")]
        assert [(x.room, x.counselors) for x in record.appointments] == [("Konukevi Odası", ["zeynep"])]
        conn = kd_support.raw(ayse)
        assert conn.execute("SELECT active FROM rooms WHERE name = 'Konukevi Odası'").fetchone() == (0,)
        assert conn.execute("SELECT address, phone FROM shelters").fetchall() == [("Gizli Sokak 9", "0312 111 22 33")]
        # outside an import the supervisor adds no directory entry (an admin's job)
        done = server_team.psql("selin", "INSERT INTO kd.rooms (name) VALUES ('Elle Oda')")
        assert done.returncode != 0
    finally:
        laptop.close()


def test_a_counselor_on_a_server_is_refused_with_one_reason(server_team: Any, _team_template: Path,
                                                            tmp_path: Path) -> None:
    ayse = server_team.login("ayse")
    with pytest.raises(PackageRefused) as early:  # no keys yet: a supervisor makes them on first use
        packages.own_card(server_team.login("bilgi"))
    assert early.value.code == "package_keys_not_made"
    laptop = laptop_vault(_team_template, tmp_path / "laptop")
    try:
        _, laptop_id = pair_both(server_team, laptop)
        assert packages.own_card(ayse).partner_id  # the card is public
        _, number = new_case(ayse)
        for attempt in (lambda: packages.export_package(ayse, laptop_id, [number], tmp_path / "x.kdpkg"),
                        lambda: packages.import_package(ayse, tmp_path / "x.kdpkg"),
                        lambda: packages.preview_package(ayse, tmp_path / "x.kdpkg")):
            with pytest.raises(PackageRefused) as refused:
                attempt()
            assert refused.value.code == "packages_supervisors_on_server"
        assert not (tmp_path / "x.kdpkg").exists()
        with pytest.raises(PermissionDenied):
            packages.pair(ayse, packages.own_card(laptop.login(kd_support.ADMIN)), "x")
        store = ["--server", server_team.dsn]
        done = kd_support.run_cli(["package", "export", *store, "--user", "ayse", "--to", laptop_id[:16], "--case",
                                   number, "--out", str(tmp_path / "y.kdpkg")], kd_support.PASSWORD + "\n")
        assert done.returncode != 0 and "a supervisor sends and imports packages" in done.stderr
        assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
        done = kd_support.run_cli(["package", "export", *store, "--user", "selin", "--to", laptop_id[:16], "--case",
                                   number, "--out", str(tmp_path / "y.kdpkg")], kd_support.PASSWORD + "\n")
        assert done.returncode == 0, done.stderr
        got = kd_support.run_cli(["package", "import", "--vault", str(laptop.folder), "--user", "zeynep",
                                  str(tmp_path / "y.kdpkg")], kd_support.PASSWORD + "\n")
        assert got.returncode == 0, got.stderr
        shown = kd_support.run_cli(["identity", *store, "--user", "ayse"], kd_support.PASSWORD + "\n")
        assert shown.returncode == 0 and "fingerprint" in shown.stdout
    finally:
        laptop.close()


def test_the_import_gate_covers_what_a_merge_writes() -> None:
    """Every table a package's merge writes is behind the supervisors' import gate, and of the case row only
    what travels (a test, since vault/pg may not import the services' registry)."""
    from kadin_danisma.services.package_registry import REGISTRY
    from kadin_danisma.vault.pg.package_security import CASE_COLUMNS, IMPORT_WRITES

    assert set(REGISTRY) <= set(IMPORT_WRITES)
    assert {"package_conflicts", "search_index"} <= set(IMPORT_WRITES)
    assert set(REGISTRY["cases"].fields) <= set(CASE_COLUMNS)
    assert not {"status", "closed_on", "anonymized_on", "counselor_id"} & set(CASE_COLUMNS)


def test_only_a_supervisors_login_reaches_the_keys_with_psql(server_team: Any, _team_template: Path,
                                                             tmp_path: Path) -> None:
    laptop = laptop_vault(_team_template, tmp_path / "laptop")
    try:
        _, laptop_id = pair_both(server_team, laptop)
    finally:
        laptop.close()
    case_id, _ = new_case(server_team.login("ayse"))
    keys = kd_support.raw(server_team.login("selin")).execute(
        "SELECT x25519_private, ed25519_private FROM kd_private.package_keys").fetchone()

    def refused(user: str, sql: str, says: str = "") -> None:
        done = server_team.psql(user, sql)
        assert done.returncode != 0, (user, sql, done.stdout)
        assert says in done.stderr, done.stderr
        assert keys[0] not in done.stdout + done.stderr and keys[1] not in done.stdout + done.stderr

    begin = f"SELECT kd.package_import_begin('{laptop_id}', 1, '{'a' * 64}', 0, false)"
    for user in ("ayse", "bilgi"):  # a counselor, an admin
        refused(user, "SELECT * FROM kd_private.package_keys", "permission denied")
        refused(user, "SELECT * FROM kd.package_keys()", "a supervisor sends and imports packages")
        refused(user, begin, "a supervisor sends and imports packages")
        refused(user, "SELECT kd.package_identity_create(repeat('a', 64), repeat('a', 64), repeat('a', 64),"
                      " repeat('a', 64))", "a supervisor sends and imports packages")
        refused(user, "UPDATE kd.package_partners SET in_sequence = 7", "permission denied")
        refused(user, "UPDATE kd.package_partners SET out_sequence = 7", "permission denied")
    refused("ayse", "UPDATE kd.package_partners SET center = 'x'", "permission denied")
    refused("ayse", f"INSERT INTO kd.package_partners (partner_id, center, x25519_public, ed25519_public,"
                    f" paired_at) VALUES ('{'b' * 64}', 'x', 'x', 'x', 'x')", "permission denied")
    assert server_team.psql("ayse", "SELECT count(*) FROM kd.package_identity").stdout.strip() == "1"  # the card
    # a supervisor: the keys, yes; the in-sequence, only through the function; case rows, only inside an import
    assert server_team.psql("selin", "SELECT * FROM kd.package_keys()").stdout.strip() == f"{keys[0]}|{keys[1]}"
    refused("selin", "UPDATE kd.package_partners SET in_sequence = 7", "permission denied")
    refused("selin", "UPDATE kd.package_partners SET center = 'x'", "permission denied")
    refused("selin", f"INSERT INTO kd.notes (case_id, note_type, note_date, body, author_name, created_at,"
                     f" updated_at, uuid) VALUES ({case_id}, 'phone_call', '2026-01-01', 'x', 'x', 'x', 'x',"
                     " 'u-1')", "only inside a package import")
    refused("selin", f"UPDATE kd.notes SET body = 'x' WHERE case_id = {case_id}", "only inside a package import")
    refused("selin", f"DELETE FROM kd.children WHERE case_id = {case_id}", "only inside a package import")
    refused("selin", f"BEGIN; {begin}; UPDATE kd.cases SET status = 'closed' WHERE id = {case_id}; COMMIT;",
            "permission denied")  # not even inside an import: the case row's workflow is the functions'
    body = f"SELECT body FROM kd.notes WHERE case_id = {case_id}"
    before = server_team.psql("selin", body).stdout
    refused("selin", f"BEGIN; SELECT kd.package_import_begin('{laptop_id}', 0, '', 0, true);"
                     f" UPDATE kd.notes SET body = 'değişti' WHERE case_id = {case_id}; COMMIT;",
            "a package preview is never saved")
    assert server_team.psql("selin", body).stdout == before
    # What a supervisor's login can do by hand: write inside an import she opens, which uses up the partner's
    # next number and is in the audit log (the partner's real package 1 is then refused as a replay).
    done = server_team.psql("selin", f"BEGIN; {begin}; UPDATE kd.notes SET body = 'değişti' WHERE case_id ="
                                     f" {case_id}; COMMIT;")
    assert done.returncode == 0, done.stderr
    audit = server_team.psql("bilgi", "SELECT target FROM kd.audit_log WHERE action = 'package_import'")
    assert audit.stdout.strip() == f"partner:{laptop_id[:16]}"
    assert server_team.psql("selin", "SELECT in_sequence FROM kd.package_partners").stdout.strip() == "1"


def test_package_administration_on_a_server(server_team: Any, _team_template: Path, tmp_path: Path) -> None:
    """Supervisors resend and replace the keys, admins remove and pair again, both read what was sent."""
    laptop = laptop_vault(_team_template, tmp_path / "laptop")
    try:
        server_id, laptop_id = pair_both(server_team, laptop)
        ayse, selin, bilgi = (server_team.login(u) for u in ("ayse", "selin", "bilgi"))
        _, number = new_case(ayse)
        packages.export_package(selin, laptop_id, [number], tmp_path / "1.kdpkg")
        packages.export_package(selin, laptop_id, [number], tmp_path / "2.kdpkg")
        # package 1 was lost on the way: a supervisor writes it again, the laptop imports it
        with pytest.raises(PackageRefused) as refused:
            package_admin.resend(ayse, laptop_id, 1, tmp_path / "x.kdpkg")
        assert refused.value.code == "packages_supervisors_on_server" and not (tmp_path / "x.kdpkg").exists()
        again = package_admin.resend(selin, laptop_id, 1, tmp_path / "1b.kdpkg")
        assert (again.exported.sequence, again.replaced) == (1, (1, 2))
        got = packages.import_package(laptop.login("zeynep"), tmp_path / "1b.kdpkg")
        assert got.sequence == 1 and cases.find_case_id(laptop.login("zeynep"), number)
        # what was sent: supervisors and admins read it (it names cases), a counselor is told who sends
        for reader in (selin, bilgi):
            sent = package_admin.sent_packages(reader, laptop_id)
            assert [(x.sequence, x.superseded_at is None) for x in sent] == [(1, True), (2, False), (1, False)]
        with pytest.raises(PackageRefused) as refused:
            package_admin.sent_packages(ayse, laptop_id)
        assert refused.value.code == "packages_supervisors_on_server"
        assert server_team.psql("ayse", "SELECT count(*) FROM kd.package_sent").stdout.strip() == "0"
        assert server_team.psql("bilgi", "SELECT count(*) FROM kd.package_sent").stdout.strip() == "3"
        for user in ("ayse", "bilgi"):
            done = server_team.psql(user, "UPDATE kd.package_sent SET superseded_at = NULL")
            assert done.returncode != 0 and "permission denied" in done.stderr, (user, done.stdout)
        # an admin removes the laptop: through the server's function only
        for user in ("ayse", "selin", "bilgi"):
            done = server_team.psql(user, "UPDATE kd.package_partners SET removed_at = 'x'")
            assert done.returncode != 0 and "permission denied" in done.stderr, (user, done.stdout)
        for user in ("ayse", "selin"):
            done = server_team.psql(user, f"SELECT kd.package_partner_remove('{laptop_id}')")
            assert done.returncode != 0 and "only an admin removes a partner" in done.stderr, user
        removed = package_admin.remove_partner(bilgi, laptop_id)
        assert removed.removed and laptop_id not in {p.partner_id for p in packages.partners(selin)}
        with pytest.raises(PackageRefused) as refused:
            packages.export_package(selin, laptop_id, [number], tmp_path / "3.kdpkg")
        assert refused.value.code == "partner_removed"
        # paired again: both directions start at 0, the next package goes whole and imports as number 1
        laptop_card = packages.own_card(laptop.login(kd_support.ADMIN))
        back = packages.pair(bilgi, laptop_card, laptop_card.fingerprint)
        assert not back.removed and (back.out_sequence, back.in_sequence, back.acked) == (0, 0, 0)
        assert all(x.superseded_at is not None for x in package_admin.sent_packages(bilgi, laptop_id))
        assert packages.export_package(selin, laptop_id, [number], tmp_path / "n1.kdpkg").sequence == 1
        # new keys for the center: a supervisor's (an admin must never hold them), through one function
        card = packages.own_card(selin)
        with pytest.raises(PackageRefused) as refused:
            package_admin.rotate_identity(bilgi)
        assert refused.value.code == "package_rotate_supervisors_on_server" and packages.own_card(selin) == card
        for user in ("ayse", "bilgi"):
            done = server_team.psql(user, "SELECT kd.package_identity_rotate(repeat('a', 64), repeat('a', 64),"
                                          " repeat('a', 64), repeat('a', 64))")
            assert done.returncode != 0 and "a supervisor sends and imports packages" in done.stderr, user
        rotated = package_admin.rotate_identity(selin)
        new_card = packages.own_card(bilgi)
        assert new_card != card and rotated.fingerprint == new_card.fingerprint and rotated.old_id == server_id[:16]
        [state] = packages.partners(bilgi)
        assert (state.out_sequence, state.in_sequence, state.acked) == (0, 0, 0)
        entry = kd_support.raw(selin).execute(
            "SELECT details FROM audit_log WHERE action = 'package_identity_rotate'").fetchone()
        assert json.loads(entry[0]) == {"old": server_id[:16], "new": new_card.partner_id[:16], "partners": 1}
        # the laptop removes the old card and pairs the new one; the next package from the center imports
        at_laptop = laptop.login(kd_support.ADMIN)
        package_admin.remove_partner(at_laptop, server_id)
        packages.pair(at_laptop, new_card, new_card.fingerprint)
        assert packages.export_package(selin, laptop_id, [number], tmp_path / "r1.kdpkg").sequence == 1
        assert packages.import_package(laptop.login("zeynep"), tmp_path / "r1.kdpkg").sequence == 1
    finally:
        laptop.close()


def test_a_paired_vault_moved_onto_a_server_keeps_its_identity_and_partners(_team_template: Path,
                                                                            tmp_path: Path) -> None:
    from kadin_danisma.domain.roles import Role
    from kadin_danisma.services import server_account, server_service, users, vault_service

    folder = tmp_path / "center"
    made = vault_service.create_vault(folder, "Taşınan Merkez", "tasima_admin", "Taşıma Admin", kd_support.PASSWORD)
    users.add_user(made.session, "tasima_sup", "Taşıma Süpervizör", frozenset({Role.SUPERVISOR}), kd_support.PASSWORD)
    users.add_user(made.session, "tasima_cns", "Taşıma Danışman", frozenset({Role.COUNSELOR}), kd_support.PASSWORD)
    with made.session.write() as conn:
        conn.execute("UPDATE users SET must_change_password = 0")
    made.session.lock()
    center = kd_support.Team(folder)
    laptop = laptop_vault(_team_template, tmp_path / "laptop")
    try:
        card = packages.own_card(center.login("tasima_admin"))
        packages.pair(laptop.login(kd_support.ADMIN), card, card.fingerprint)
        laptop_card = packages.own_card(laptop.login(kd_support.ADMIN))
        packages.pair(center.login("tasima_admin"), laptop_card, laptop_card.fingerprint)
        number = seal_support.make_case(center, "tasima_cns")
        packages.export_package(center.login("tasima_cns"), laptop_card.partner_id, [number], tmp_path / "1.kdpkg")
        at_laptop = laptop.login("zeynep")
        packages.import_package(at_laptop, tmp_path / "1.kdpkg")
        notes.add_note(at_laptop, cases.find_case_id(at_laptop, number),
                       r.Note("phone_call", "2026-11-21", "Taşınmadan önce yazıldı."))
        packages.export_package(at_laptop, card.partner_id, [number], tmp_path / "back.kdpkg")  # before the move
        partners_before = packages.partners(center.login("tasima_admin"))
        sent_before = package_admin.sent_packages(center.login("tasima_admin"), laptop_card.partner_id)
        assert len(sent_before) == 1
    finally:
        center.close()
        laptop.close()

    with server_support.empty_database() as (h, db):
        moved = server_service.migrate(folder, h.cluster.superuser_dsn(db), "tasima_admin", kd_support.PASSWORD)
        dsn = h.cluster.dsn(db)
        first = server_service.login(dsn, "tasima_sup", moved.one_time_passwords["tasima_sup"])
        server_account.change_own_password(first, "Yeni-Parola-2026")
        first.lock()
        sup = server_service.login(dsn, "tasima_sup", "Yeni-Parola-2026")
        admin = server_service.login(dsn, "tasima_admin", kd_support.PASSWORD)
        try:
            assert packages.own_card(admin) == card  # same keys, same fingerprint, no supervisor needed
            assert packages.partners(sup) == partners_before  # pairing and the state of both directions
            assert package_admin.sent_packages(admin, laptop_card.partner_id) == sent_before  # what was sent
            got = packages.import_package(sup, tmp_path / "back.kdpkg")  # made before the move: in sequence
            assert (got.sequence, got.summary.records_added) == (1, 1)
            case_id = cases.find_case_id(sup, number)
            assert [n.body for n in load_record(sup.connection(), case_id).notes][-1] == "Taşınmadan önce yazıldı."
            raw = kd_support.raw(sup)
            assert raw.execute("SELECT count(*) FROM kd_private.package_keys").fetchone()[0] == 1
            assert "x25519_private" not in {c for (c,) in raw.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'kd'"
                " AND table_name = 'package_identity'")}
        finally:
            sup.lock()
            admin.lock()
