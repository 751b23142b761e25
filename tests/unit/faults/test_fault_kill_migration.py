"""kill -9 during a schema migration: a vault at schema level 2 (made by creating a current one and taking
the later levels back off: row versions and uuids, the drafts table and the case-list index) with 20,000
cases, so that the steps have real work to do (building an index, giving every row a uuid), is upgraded by
vault/migrations.migrate in a child that is killed at a random moment inside the upgrade. Afterwards the
vault is at one level or the next and never in between, passes every check, and opening it the normal way
migrates it and keeps every row (compared on the columns level 2 had)."""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path
from typing import Any

import kd_support
import killing
import pytest
from fault_support import scale

from kadin_danisma.domain import records as r
from kadin_danisma.services import cases, notes, vault_service
from kadin_danisma.vault import database, migrations
from kadin_danisma.vault.schema_versions import LEVEL as VERSIONS_LEVEL
from kadin_danisma.vault.upgrade import UPGRADE_DIR

COUNSELOR = "ayse"
EXTRA_CASES = 20_000
LEVEL3_OBJECTS = {"drafts", "drafts_case", "cases_opened"}


LEVEL2_COLUMNS: dict[str, list[str]] = {}


def table_digests(conn: Any) -> dict[str, tuple[int, str]]:
    """(row count, SHA-256 of every row in rowid order) per table, the audit log and FTS shadows apart; only
    the columns each table had at level 2 (the first call, on the level-2 vault, notes them)."""
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
             if n not in ("audit_log", "drafts") and not n.startswith(("search_fts", "sqlite_"))]
    out = {}
    for table in names:
        if table not in LEVEL2_COLUMNS:
            LEVEL2_COLUMNS[table] = [n for (n,) in conn.execute(f"SELECT name FROM pragma_table_info('{table}')")]
        listed = ", ".join(f'"{c}"' for c in LEVEL2_COLUMNS[table])
        digest = hashlib.sha256()
        count = 0
        order = "rowid" if conn.execute(f"SELECT * FROM pragma_table_info('{table}') WHERE pk > 0").fetchone() \
            is None else ", ".join(
                n for (n,) in conn.execute(f"SELECT name FROM pragma_table_info('{table}') WHERE pk > 0 ORDER BY pk"))
        for row in conn.execute(f'SELECT {listed} FROM "{table}" ORDER BY {order}'):
            digest.update(repr(row).encode("utf-8"))
            count += 1
        out[table] = (count, digest.hexdigest())
    return out


def level3_objects(conn: Any) -> set[str]:
    return {n for (n,) in conn.execute("SELECT name FROM sqlite_schema")} & LEVEL3_OBJECTS


def consistent_level(conn: Any) -> int:
    """The schema level, checked against what is really there (level 3's objects, level 4's uuids)."""
    level = migrations.schema_version(conn)
    has_uuid = conn.execute("SELECT 1 FROM pragma_table_info('notes') WHERE name = 'uuid'").fetchone() is not None
    assert (level3_objects(conn) == LEVEL3_OBJECTS) == (level >= 3), f"level {level} without its objects"
    assert has_uuid == (level >= VERSIONS_LEVEL), f"level {level} with{'' if has_uuid else 'out'} row uuids"
    return level


def make_level2(team: kd_support.Team, keys: killing.Keys) -> None:
    """Real case work through the services, 20,000 bulk cases, then the schema taken back to level 2."""
    ayse = team.login(COUNSELOR)
    for k in range(5):
        case_id = cases.create_case(ayse, r.Client(full_name=f"Göç Öncesi Elif {k}"),
                                    r.Intake("2026-01-10", "walk_in", violence_types=["economic"]))
        notes.add_note(ayse, case_id, r.Note("phone_call", "2026-01-11", f"göç öncesi not {k} ğüşıöç"))
    ayse.lock()
    conn = database.connect(team.folder / "vault.db", keys.data)
    try:
        with database.transaction(conn):
            conn.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO clients (client_code, full_name, created_at, updated_at) "
                "SELECT printf('TOPLU-%06d', i), printf('Toplu Danışan %d', i), '2026-01-01', '2026-01-01' FROM n",
                (EXTRA_CASES,))
            conn.execute(
                "INSERT INTO cases (case_number, client_id, status, opened_on, created_at, updated_at) "
                "SELECT 'TOPLU-' || id, id, 'active', printf('2025-%02d-%02d', 1 + id % 12, 1 + id % 28), "
                "'2026-01-01', '2026-01-01' FROM clients WHERE client_code GLOB 'TOPLU-*'")
            kd_support.take_back_to_level2(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert level3_objects(conn) == set() and migrations.schema_version(conn) == 2
        assert integrity_ok(conn)
    finally:
        conn.close()


def integrity_ok(conn: Any) -> bool:
    return database.integrity_problems(conn) == []


@pytest.mark.faults
def test_kill_during_migration(team: kd_support.Team, tmp_path: Path, fault_log) -> None:
    iterations = scale(4, 16)
    seed, rng = killing.seeded("kill during a migration")
    keys = killing.keys_of(team.folder, COUNSELOR)
    make_level2(team, keys)
    template = tmp_path / "level2"
    shutil.copytree(team.folder, template)
    conn = database.connect(template / "vault.db", keys.data)
    try:
        before = table_digests(conn)
        audit_before = conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    finally:
        conn.close()

    # How long the step takes in a child, from "go" to "migrated", to aim the kills inside it.
    probe = tmp_path / "probe"
    shutil.copytree(template, probe)
    proc = killing.spawn("migrate_child.py", [probe, COUNSELOR], kd_support.PASSWORD + "\n")
    killing.wait_for(proc, "ready")
    assert proc.stdin is not None
    started = time.perf_counter()
    proc.stdin.write("go\n")
    proc.stdin.flush()
    assert killing.wait_for(proc, "migrated").split() == ["migrated", str(migrations.LATEST - 2)]
    duration = time.perf_counter() - started
    killing.kill(proc)
    conn = database.connect(probe / "vault.db", keys.data)
    try:
        assert consistent_level(conn) == migrations.LATEST
    finally:
        conn.close()

    outcomes = {"old level": 0, "new level": 0, "between": 0}
    rows_verified = 0
    for iteration in range(iterations):
        context = f"seed {seed}, iteration {iteration}, step takes {duration * 1000:.0f} ms"
        folder = tmp_path / f"kill-{iteration}"
        shutil.copytree(template, folder)
        proc = killing.spawn("migrate_child.py", [folder, COUNSELOR], kd_support.PASSWORD + "\n")
        killing.wait_for(proc, "ready")
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
        time.sleep(rng.uniform(0.0, duration * 1.1))
        out, _ = killing.kill(proc)

        conn = database.connect(folder / "vault.db", keys.data)
        try:
            level = consistent_level(conn)
            if "migrated" in out:
                assert level == migrations.LATEST, context
            outcomes["old level" if level == 2 else "new level" if level == migrations.LATEST else "between"] += 1
            assert integrity_ok(conn), context
            assert table_digests(conn) == before, f"rows changed by the interrupted migration ({context})"
        finally:
            conn.close()
        assert killing.stray_files(folder) == [], context

        # Opening it the normal way backs it up (if still at level 2), finishes the upgrade, keeps every row.
        session = vault_service.unlock(folder, COUNSELOR, kd_support.PASSWORD)
        saved = sorted((folder / UPGRADE_DIR).glob("*.kdbak"))
        assert [p.name.split("-")[1] for p in saved] == ([str(level)] if level < migrations.LATEST else []), context
        try:
            conn = session.connection()
            assert consistent_level(conn) == migrations.LATEST, context
            assert vault_service.verify_session(session).ok, context
            assert table_digests(conn) == before, context
            assert conn.execute(f"SELECT * FROM audit_log ORDER BY id LIMIT {len(audit_before)}").fetchall() == \
                audit_before, context
            rows_verified += sum(n for n, _ in before.values()) + len(audit_before)
            assert len(cases.list_cases(session)) >= 5
        finally:
            session.lock()
        shutil.rmtree(folder)
    assert outcomes["old level"] + outcomes["between"] >= 1, f"no kill landed before the last step: {outcomes}"
    fault_log.record(f"kill -9: migration 2 → {migrations.LATEST}", iterations=iterations, faults=iterations,
                     rows_verified=rows_verified,
                     note=f"{outcomes['old level']} kills left level 2, {outcomes['between']} a level between, "
                          f"{outcomes['new level']} level {migrations.LATEST} "
                          f"(step ≈ {duration * 1000:.0f} ms on {EXTRA_CASES} cases; seed {seed})")
