"""kill -9 during a schema migration: a vault at schema level 2 (made by creating a current one and taking
the row-version level (schema_versions.LEVEL) and levels 7, 6, 5, 4 and 3 back off: the row versions and
uuids, level 7's tables (appointments, attachments), level 6's columns (address, follow-up outcomes, the
closure override), the statistics level, the field history and by-name columns, the drafts table and the
case-list index)
with 20,000 cases and 3,000 audit entries in the old form (a client's name and code word before and after,
written into the log), so that both steps have real work to do (building an index; redacting and chaining
the log again, a Python step), is upgraded by vault/migrations.migrate in a child that is killed at a
random moment inside the upgrade. Afterwards the vault is at one level from 2 to the latest and never in
between, passes every check (from level 4: no old value left in the log, the chain intact), and opening it the normal
way migrates it and keeps every row, the history still showing the old values."""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path
from typing import Any

import kd_support
import killing
import legacy_audit as legacy
import legacy_calendar
import legacy_center
import legacy_day
import legacy_package_admin
import legacy_package_server
import legacy_packages
import legacy_partners
import legacy_retention
import legacy_stats
import legacy_support
import pytest
from fault_support import scale

from kadin_danisma.domain import records as r
from kadin_danisma.services import cases, history, notes, vault_service
from kadin_danisma.vault import audit, database, migrations
from kadin_danisma.vault.schema_history import Keys
from kadin_danisma.vault.schema_versions import LEVEL as VERSIONS_LEVEL
from kadin_danisma.vault.upgrade import UPGRADE_DIR

COUNSELOR = "ayse"
EXTRA_CASES = 20_000
OLD_ENTRIES = 3_000
LEVEL3_OBJECTS = {"drafts", "drafts_case", "cases_opened"}
LEVELS = {2: set(), 3: LEVEL3_OBJECTS, 4: LEVEL3_OBJECTS | legacy.ALL_LEVEL4}
LEVELS[5] = LEVELS[4] | legacy_stats.ALL_LEVEL5
LEVELS[6] = LEVELS[5] | legacy_day.ALL_LEVEL6
LEVELS[7] = LEVELS[6] | set(legacy_calendar.LEVEL7_TABLES)
LEVELS[VERSIONS_LEVEL] = LEVELS[VERSIONS_LEVEL - 1] | kd_support.ALL_VERSIONS
LEVELS[legacy_retention.RETENTION_LEVEL] = LEVELS[legacy_retention.PREVIOUS_LEVEL] | legacy_retention.ALL_RETENTION
LEVELS[legacy_partners.PARTNERS_LEVEL] = LEVELS[legacy_partners.PREVIOUS_LEVEL] | legacy_partners.ALL_PARTNERS
LEVELS[legacy_packages.PACKAGE_LEVEL] = LEVELS[legacy_packages.PREVIOUS_LEVEL] | legacy_packages.PACKAGE_OBJECTS
LEVELS[legacy_center.CENTER_LEVEL] = LEVELS[legacy_center.PREVIOUS_LEVEL] | legacy_center.ALL_CENTER
LEVELS[legacy_support.SUPPORT_LEVEL] = LEVELS[legacy_support.PREVIOUS_LEVEL] | legacy_support.ALL_SUPPORT
LEVELS[legacy_package_admin.PACKAGE_ADMIN_LEVEL] = (LEVELS[legacy_package_admin.PREVIOUS_LEVEL]
                                                 | legacy_package_admin.ALL_PACKAGE_ADMIN)
LEVELS[legacy_package_server.PACKAGE_SERVER_LEVEL] = (LEVELS[legacy_package_server.PREVIOUS_LEVEL]
                                                      | legacy_package_server.ALL_PACKAGE_SERVER)
LATEST = max(LEVELS)
OLD_NAME, CODE_WORD = "Göç Öncesi ESKİAD", "KODKELİME"


def table_digests(conn: Any, columns: dict[str, list[str]] | None = None) -> dict[str, tuple[int, str]]:
    """(row count, SHA-256 of every row in rowid order) per table of level 2, over its level-2 columns (the
    audit log and FTS shadows apart): what a migration must never change."""
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
             if n not in ("audit_log", "drafts", "case_field_history", "stat_snapshots")
             and not n.startswith(("search_fts", "sqlite_"))]
    out = {}
    for table in names:
        if columns is not None and table not in columns:
            continue  # a table a later level added (empty): nothing of level 2 to compare
        digest = hashlib.sha256()
        count = 0
        order = "rowid" if conn.execute(f"SELECT * FROM pragma_table_info('{table}') WHERE pk > 0").fetchone() \
            is None else ", ".join(
                n for (n,) in conn.execute(f"SELECT name FROM pragma_table_info('{table}') WHERE pk > 0 ORDER BY pk"))
        wanted = ", ".join(f'"{c}"' for c in columns[table]) if columns else "*"
        for row in conn.execute(f'SELECT {wanted} FROM "{table}" ORDER BY {order}'):
            digest.update(repr(row).encode("utf-8"))
            count += 1
        out[table] = (count, digest.hexdigest())
    return out


def level2_columns(conn: Any) -> dict[str, list[str]]:
    return {t: [c for (_, c, *_rest) in conn.execute(f"PRAGMA table_info('{t}')")]
            for (t,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}


def schema_objects(conn: Any) -> set[str]:
    return ({n for (n,) in conn.execute("SELECT name FROM sqlite_schema")} & LEVEL3_OBJECTS) | \
        legacy.level4_objects(conn) | legacy_stats.level5_objects(conn) | legacy_day.level6_objects(conn) \
        | legacy_calendar.level7_objects(conn) | kd_support.versions_objects(conn) \
        | legacy_retention.retention_objects(conn) | legacy_partners.partners_objects(conn) \
        | legacy_packages.package_objects(conn) | legacy_center.center_objects(conn) \
        | legacy_support.support_objects(conn) | legacy_package_admin.package_admin_objects(conn)


def old_values_in_log(conn: Any) -> int:
    return int(conn.execute("SELECT count(*) FROM audit_log WHERE details LIKE ? OR details LIKE ?",
                            (f"%{CODE_WORD}%", f"%{OLD_NAME}%")).fetchone()[0])


def make_level2(team: kd_support.Team, keys: killing.Keys) -> None:
    """Real case work through the services, 20,000 bulk cases, then the schema taken back to level 2."""
    ayse = team.login(COUNSELOR)
    made = []
    for k in range(5):
        case_id = cases.create_case(ayse, r.Client(full_name=f"{OLD_NAME} {k}"),
                                    r.Intake("2026-01-10", "walk_in", violence_types=["economic"]))
        notes.add_note(ayse, case_id, r.Note("phone_call", "2026-01-11", f"göç öncesi not {k} ğüşıöç"))
        made.append(case_id)
    # Client edits as the level-3 app logged them: the values in the log.
    with ayse.write() as wconn:
        for n in range(OLD_ENTRIES):
            legacy.old_client_edit(wconn, ayse.vault.audit_key, ayse.user_id or 0, made[n % 5], {
                "code_word": [f"{CODE_WORD}-{n - 5}" if n >= 5 else "", f"{CODE_WORD}-{n}"]})
    ayse.lock()
    conn = database.connect(team.folder / "vault.db", keys.data)
    try:
        with database.transaction(conn):
            legacy_package_server.take_back(conn)
            legacy_package_admin.take_back(conn)
            legacy_support.take_back(conn)
            legacy_center.take_back(conn)
            legacy_packages.take_back(conn)
            legacy_partners.take_back(conn)
            legacy_retention.take_back(conn)
            legacy_calendar.take_back_to_level6(conn)
            legacy_day.take_back_to_level5(conn)
            legacy_stats.take_back_to_level4(conn)
            legacy.take_back_to_level3(conn)
            conn.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO clients (client_code, full_name, created_at, updated_at) "
                "SELECT printf('TOPLU-%06d', i), printf('Toplu Danışan %d', i), '2026-01-01', '2026-01-01' FROM n",
                (EXTRA_CASES,))
            conn.execute(
                "INSERT INTO cases (case_number, client_id, status, opened_on, created_at, updated_at) "
                "SELECT 'TOPLU-' || id, id, 'active', printf('2025-%02d-%02d', 1 + id % 12, 1 + id % 28), "
                "'2026-01-01', '2026-01-01' FROM clients WHERE client_code GLOB 'TOPLU-*'")
            conn.execute("DROP TABLE drafts")
            conn.execute("DROP INDEX cases_opened")
            conn.execute("PRAGMA user_version = 2")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert schema_objects(conn) == set() and migrations.schema_version(conn) == 2
        assert old_values_in_log(conn) == OLD_ENTRIES
        assert integrity_ok(conn)
    finally:
        conn.close()


def integrity_ok(conn: Any) -> bool:
    return database.integrity_problems(conn) == []


@pytest.mark.faults
def test_kill_during_migration(team: kd_support.Team, tmp_path: Path, fault_log) -> None:
    iterations = scale(6, 16)
    seed, rng = killing.seeded("kill during a migration")
    keys = killing.keys_of(team.folder, COUNSELOR)
    make_level2(team, keys)
    template = tmp_path / "level2"
    shutil.copytree(team.folder, template)
    conn = database.connect(template / "vault.db", keys.data)
    try:
        columns = level2_columns(conn)
        before = table_digests(conn, columns)
        audit_before = conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
        case_ids = [int(x[0]) for x in conn.execute("SELECT id FROM cases ORDER BY id LIMIT 5")]
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
    assert killing.wait_for(proc, "migrated").split() == ["migrated", str(LATEST - 2)]
    duration = time.perf_counter() - started
    killing.kill(proc)
    conn = database.connect(probe / "vault.db", keys.data)
    try:
        assert migrations.schema_version(conn) == migrations.LATEST == LATEST \
            == legacy_package_server.PACKAGE_SERVER_LEVEL
        assert schema_objects(conn) == LEVELS[LATEST]
        assert old_values_in_log(conn) == 0
    finally:
        conn.close()

    # The level-3 step alone (an index on 20,000 cases) is short beside the level-4 one (the log rewritten):
    # half the kills aim inside it, half inside the rest, so every outcome is seen.
    first = tmp_path / "first-step"
    shutil.copytree(template, first)
    conn = database.connect(first / "vault.db", keys.data)
    try:
        started = time.perf_counter()
        conn.executescript(f"BEGIN IMMEDIATE;\n{migrations.MIGRATIONS[2][1]}\nPRAGMA user_version = 3;\nCOMMIT;")
        step3 = time.perf_counter() - started
        # The level-4 step too (its timing only: any value-hash key does), so that kills can aim at the level-3
        # state however long the later levels take.
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        step4_fn = migrations.MIGRATIONS[3][1]
        assert callable(step4_fn)
        step4_fn(conn, Keys(keys.audit, bytes(32)))
        conn.execute("COMMIT")
        step4 = time.perf_counter() - started
    finally:
        conn.close()
    shutil.rmtree(first)

    outcomes = dict.fromkeys(LEVELS, 0)
    rows_verified = 0

    def aim(iteration: int) -> float:
        if iteration >= iterations:  # a loaded machine's kills all missed a step: aim again, closer, at it
            if outcomes[2] == 0:
                return rng.uniform(0.0, step3 * 0.5 ** (iteration - iterations + 1))
            return rng.uniform(step3, step3 + step4)
        if iteration % 2 == 0:  # inside the level-3 step
            return rng.uniform(0.0, step3)
        if iteration % 4 == 1:  # around the level-4 step, so that some kills leave level 3
            return rng.uniform(step3 * 1.5, (step3 + step4) * 1.2)
        return rng.uniform(step3 * 1.5, duration)  # anywhere in the later levels

    iteration = 0
    while iteration < iterations or (iteration < iterations + 8 and not (outcomes[2] and outcomes[3])):
        context = f"seed {seed}, iteration {iteration}, step takes {duration * 1000:.0f} ms"
        folder = tmp_path / f"kill-{iteration}"
        shutil.copytree(template, folder)
        proc = killing.spawn("migrate_child.py", [folder, COUNSELOR], kd_support.PASSWORD + "\n")
        killing.wait_for(proc, "ready")
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
        time.sleep(aim(iteration))
        out, _ = killing.kill(proc)

        conn = database.connect(folder / "vault.db", keys.data)
        try:
            level = migrations.schema_version(conn)
            objects = schema_objects(conn)
            assert level in LEVELS and objects == LEVELS[level], f"half a migration: {level} {objects} ({context})"
            if "migrated" in out:
                assert level == LATEST, context
            outcomes[level] += 1
            assert integrity_ok(conn), context
            assert audit.verify(conn, keys.audit).ok, context
            assert table_digests(conn, columns) == before, f"rows changed by the interrupted migration ({context})"
            # The log is redacted all at once or not at all.
            assert old_values_in_log(conn) == (0 if level >= 4 else OLD_ENTRIES), context
        finally:
            conn.close()
        assert killing.stray_files(folder) == [], context

        # Opening it the normal way backs it up (if still at level 2), finishes the upgrade, keeps every row.
        session = vault_service.unlock(folder, COUNSELOR, kd_support.PASSWORD)
        saved = sorted((folder / UPGRADE_DIR).glob("*.kdbak"))
        assert [p.name.split("-")[1] for p in saved] == ([str(level)] if level < LATEST else []), context
        try:
            conn = session.connection()
            assert migrations.schema_version(conn) == LATEST and schema_objects(conn) == LEVELS[LATEST], context
            assert vault_service.verify_session(session, accept_older=True).ok, context
            assert table_digests(conn, columns) == before, context
            # Every entry is still there, in order, with its time, author, action and target; only the values
            # left the details, into the cases' history, which still shows all of them.
            assert [row[:5] for row in conn.execute(
                f"SELECT * FROM audit_log ORDER BY id LIMIT {len(audit_before)}")] == \
                [row[:5] for row in audit_before], context
            assert old_values_in_log(conn) == 0, context
            shown = [c for cid in case_ids for e in history.case_history(session, cid) if e.action == "case_update"
                     for c in [e.details["changes"]["code_word"][1]]]
            assert sorted(shown) == sorted(f"{CODE_WORD}-{n}" for n in range(OLD_ENTRIES)), context
            rows_verified += sum(n for n, _ in before.values()) + len(audit_before)
            assert len(cases.list_cases(session)) >= 5
        finally:
            session.lock()
        shutil.rmtree(folder)
        iteration += 1
    assert outcomes[2] >= 1 and outcomes[3] >= 1, f"no kill landed inside one of the steps: {outcomes}"
    fault_log.record(f"kill -9: migration 2 → {LATEST}", iterations=iteration, faults=iteration,
                     rows_verified=rows_verified,
                     note=f"{outcomes[2]} kills left level 2, {outcomes[3]} level 3, {outcomes[4]} level 4, "
                          + "".join(f"{outcomes[n]} level {n}, " for n in sorted(outcomes) if n > 4)
                          + f"(both steps ≈ {duration * 1000:.0f} ms, level 3 alone ≈ {step3 * 1000:.0f} ms, on "
                          f"{EXTRA_CASES} cases and {OLD_ENTRIES} "
                          f"old-form audit entries; seed {seed})")
