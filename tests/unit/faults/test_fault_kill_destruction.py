"""kill -9 during a KVKK destruction (issue 19): a supervisor approves a proposed destruction of many women
(anonymized in some runs, deleted in others) and is killed at a random moment, aimed mostly inside the
destruction's transaction and the compaction after it. After every kill: every page authenticates, the audit
chain holds, and every woman is either whole (each of her rows as it was) or destroyed (every trace as the
method leaves it), never half; all of them alike, since it is one transaction. A destruction that committed
before the kill gets its compaction finished at the next chance, after which her words are on no page."""

from __future__ import annotations

import hashlib
import shutil
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import kd_support
import killing
import pytest
import retention_support as rs
import sqlcipher_pages
import stat_support

from kadin_danisma.domain import records as r
from kadin_danisma.services import destruction, retention_policy, shelters, statistics, vault_service
from kadin_danisma.services.retention_policy import Policy

sys.path.insert(0, str(killing.HELPERS))
from fault_support import scale

# Every row of a woman, by table: how to find them from her client id.
OWNED = {
    "clients": "SELECT * FROM clients WHERE id = :c",
    "cases": "SELECT * FROM cases WHERE client_id = :c",
    "consents": "SELECT * FROM consents WHERE client_id = :c",
    "notes": "SELECT * FROM notes WHERE case_id IN (SELECT id FROM cases WHERE client_id = :c)",
    "note_revisions": "SELECT * FROM note_revisions WHERE note_id IN (SELECT n.id FROM notes n JOIN cases x"
                      " ON x.id = n.case_id WHERE x.client_id = :c)",
    "children": "SELECT * FROM children WHERE case_id IN (SELECT id FROM cases WHERE client_id = :c)",
    "perpetrators": "SELECT * FROM perpetrators WHERE case_id IN (SELECT id FROM cases WHERE client_id = :c)",
    "intakes": "SELECT * FROM intakes WHERE case_id IN (SELECT id FROM cases WHERE client_id = :c)",
    "referrals": "SELECT * FROM referrals WHERE case_id IN (SELECT id FROM cases WHERE client_id = :c)",
    "measures": "SELECT * FROM measures WHERE case_id IN (SELECT id FROM cases WHERE client_id = :c)",
    "placements": "SELECT * FROM placements WHERE case_id IN (SELECT id FROM cases WHERE client_id = :c)",
    "field_history": "SELECT * FROM case_field_history WHERE case_id IN (SELECT id FROM cases WHERE client_id = :c)",
    "drafts": "SELECT * FROM drafts WHERE case_id IN (SELECT id FROM cases WHERE client_id = :c)",
    "closure_requests": "SELECT * FROM closure_requests WHERE case_id IN (SELECT id FROM cases WHERE client_id = :c)",
}


def fingerprint(conn: Any, client_id: int) -> dict[str, str]:
    """A digest of each table's rows of hers (empty tables left out)."""
    out = {}
    for table, sql in OWNED.items():
        found = sorted(repr(row) for row in conn.execute(sql, {"c": client_id}))
        if found:
            out[table] = hashlib.sha256("\n".join(found).encode()).hexdigest()
    return out


def destroyed(conn: Any, client_id: int, method: str) -> bool:
    """Every trace gone as the method leaves it: nothing at all (delete), or her rows emptied (anonymize)."""
    if method == "delete":
        return fingerprint(conn, client_id) == {}
    row = conn.execute("SELECT full_name, safe_phone, code_word FROM clients WHERE id = ?", (client_id,)).fetchone()
    cases = conn.execute("SELECT COUNT(*), SUM(anonymized_on IS NULL) FROM cases WHERE client_id = ?",
                         (client_id,)).fetchone()
    texts = conn.execute("SELECT COUNT(*) FROM notes WHERE body <> '' AND case_id IN (SELECT id FROM cases WHERE"
                         " client_id = ?)", (client_id,)).fetchone()[0]
    gone = [OWNED[t] for t in ("note_revisions", "field_history", "drafts")]
    leftovers = sum(len(conn.execute(sql, {"c": client_id}).fetchall()) for sql in gone)
    return row == ("", "", "") and cases[0] > 0 and not cases[1] and texts == 0 and leftovers == 0


@pytest.fixture
def prepared(team: kd_support.Team, tmp_path: Path) -> tuple[Path, int, list[int]]:
    """Template vaults (one per method): a center of 140 women whose cases all closed twelve years ago, and the
    canary; statistics already fixed; a destruction proposed by the coordinator (cycle 1 in each). Returns
    (the folder holding the two templates, the cycle id, ids of the women it destroys)."""
    year = date.today().year - 12
    _, made = stat_support.build(year, seed=11, women=140)
    admin = team.login("koordinator")
    shelters.save_shelter(admin, r.Shelter(stat_support.SHELTER, "kadin_konukevi", 20))
    stat_support.load(admin, made)
    admin.lock()
    rs.make_canary(team)
    vault, conn = kd_support.raw_connection(team.folder)
    conn.execute("UPDATE cases SET status = 'closed', closed_on = opened_on WHERE status <> 'closed'")
    conn.close()
    vault.close()
    admin = team.login("koordinator")
    statistics.close_due_periods(admin)
    team.close()
    templates = tmp_path / "templates"
    for method in ("delete", "anonymize"):
        shutil.copytree(team.folder, templates / method)
        session = vault_service.unlock(templates / method, "koordinator", kd_support.PASSWORD)
        try:
            retention_policy.set_policy(session, Policy(method=method))
            assert destruction.propose(session) == 1
        finally:
            session.lock()
    vault, conn = kd_support.raw_connection(templates / "delete")
    try:
        due = [int(t) for (t,) in conn.execute("SELECT target_id FROM destruction_items WHERE kind = 'client'")]
    finally:
        conn.close()
        vault.close()
    return templates, 1, due


@pytest.mark.faults
def test_kill_during_destruction(prepared: tuple[Path, int, list[int]], tmp_path: Path, fault_log,
                                 isolated_env: kd_support.Env) -> None:
    template, cycle_id, due = prepared
    assert len(due) > 100
    iterations = scale(6, 40)
    seed, rng = killing.seeded("kill during destruction")
    keys = killing.keys_of(template / "delete")
    outcomes = {"whole": 0, "destroyed": 0}
    stages: dict[str, int] = {}
    rows_verified = 0
    for iteration in range(iterations):
        method = ("delete", "anonymize")[iteration % 2]
        context = f"seed {seed}, iteration {iteration}, {method}"
        folder = tmp_path / f"run{iteration}"
        shutil.copytree(template / method, folder)
        conn = killing.open_checked(folder, keys, context)
        before = {c: fingerprint(conn, c) for c in due}
        conn.close()
        proc = killing.spawn("destroy_child.py", [folder, "selin", cycle_id], kd_support.PASSWORD + "\n")
        killing.wait_for(proc, "ready")
        # mostly inside the transaction or the compaction: wait for the destruction to start, then a little
        line = killing.wait_for(proc, "stage")
        while "destroying" not in line:
            line = killing.wait_for(proc, "stage")
        time.sleep(rng.choice((0.0, rng.uniform(0.0, 0.4), rng.uniform(0.0, 2.5))))
        out, _ = killing.kill(proc)
        last = (["stage destroying"] + [x for x in out.splitlines() if x])[-1]
        stages[last] = stages.get(last, 0) + 1

        conn = killing.open_checked(folder, keys, context)
        try:
            states = set()
            for client_id in due:
                now = fingerprint(conn, client_id)
                if now == before[client_id]:
                    states.add("whole")
                else:
                    assert destroyed(conn, client_id, method), f"woman {client_id} half destroyed ({context})"
                    states.add("destroyed")
                rows_verified += len(before[client_id])
            assert len(states) == 1, f"some women whole, some destroyed: {states} ({context})"
            state = states.pop()
            outcomes[state] += 1
            status, _compacted = conn.execute("SELECT status, compacted_at FROM destruction_cycles WHERE id = ?",
                                             (cycle_id,)).fetchone()
            assert status == ("done" if state == "destroyed" else "proposed"), context
            records = conn.execute("SELECT COUNT(*) FROM destruction_records").fetchone()[0]
            assert records == (1 if state == "destroyed" else 0), context
        finally:
            conn.close()
        assert killing.stray_files(folder) == [], context
        if state == "destroyed":
            session = vault_service.unlock(folder, "selin", kd_support.PASSWORD)
            try:
                destruction.finish_compaction(session)
                assert destruction.reminder(session).pending_compaction == []
            finally:
                session.lock()
            key = sqlcipher_pages.data_key(folder, kd_support.ADMIN, kd_support.PASSWORD)
            assert sqlcipher_pages.find(folder / "vault.db", key, rs.page_needles()) == [], context
        shutil.rmtree(folder)
    assert (outcomes["whole"] and outcomes["destroyed"]) or iterations < 6, outcomes
    fault_log.record("kill -9: destruction", iterations=iterations, faults=iterations, rows_verified=rows_verified,
                     note=f"{len(due)} women per cycle; after the kill: {outcomes}; last stage seen {stages} "
                          f"(seed {seed})")
