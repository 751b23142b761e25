"""kill -9 while interchange files are imported: an import is all-or-nothing, so after every kill each
document's cases are all there (with every row: client, safe contact, intake, child, perpetrator, notes)
or none is; every acknowledged import is complete; the vault passes every check."""

from __future__ import annotations

import json
import sys
import time
import uuid
from typing import Any

import kd_support
import killing
import pytest

from kadin_danisma.services import search, vault_service

sys.path.insert(0, str(killing.HELPERS))
from fault_support import scale
from import_child import record

COUNSELOR = "ayse"
CASES = 4  # per document


def check_batch(conn: Any, batch: int, token: str, context: str) -> int:
    """The cases of one document: none, or all of them whole. Returns the rows checked (0 if none)."""
    found = conn.execute(
        "SELECT c.id, c.case_number, c.status, k.full_name, k.client_code, k.safe_phone, k.code_word "
        "FROM cases c JOIN clients k ON k.id = c.client_id WHERE c.case_number GLOB ? ORDER BY c.case_number",
        (f"IMP-{batch:05d}-*",)).fetchall()
    if not found:
        return 0
    assert len(found) == CASES, f"document {batch}: {len(found)} of {CASES} cases imported ({context})"
    rows = 0
    for k, (case_id, number, status, name, code, phone, word) in enumerate(found):
        want = record(batch, k, token)
        assert (number, status, name, code, phone, word) == (
            want.case_number, want.status, want.client.full_name, want.client.client_code,
            want.client.safe_contact.safe_phone, want.client.safe_contact.code_word), context
        intake = conn.execute("SELECT presenting_request, violence_types FROM intakes WHERE case_id = ?",
                              (case_id,)).fetchall()
        assert want.intake is not None
        assert [(i[0], sorted(json.loads(i[1]))) for i in intake] == [
            (want.intake.presenting_request, sorted(want.intake.violence_types))], context
        children = [x for (x,) in conn.execute("SELECT name FROM children WHERE case_id = ?", (case_id,))]
        assert children == [c.name for c in want.children], context
        perps = [x for (x,) in conn.execute("SELECT name FROM perpetrators WHERE case_id = ?", (case_id,))]
        assert perps == [p.name for p in want.perpetrators], context
        bodies = [x for (x,) in conn.execute("SELECT body FROM notes WHERE case_id = ? ORDER BY id", (case_id,))]
        assert bodies == [n.body for n in want.notes], context
        counselors = [x for (x,) in conn.execute(
            "SELECT u.username FROM case_counselors cc JOIN users u ON u.id = cc.user_id WHERE cc.case_id = ?",
            (case_id,))]
        assert counselors == [COUNSELOR], context
        assert killing.fts_has(conn, (1 << 40) - case_id, f"{batch:05d}"), f"case {number} not indexed ({context})"
        rows += 5 + len(bodies)
    return rows


@pytest.mark.faults
def test_kill_during_imports(team: kd_support.Team, fault_log, isolated_env: kd_support.Env) -> None:
    iterations = scale(5, 30)
    seed, rng = killing.seeded("kill during imports")
    token = uuid.uuid4().hex[:8]
    folder = team.folder
    keys = killing.keys_of(folder, COUNSELOR)
    acked: set[int] = set()
    started: set[int] = set()
    complete_in_flight = 0
    next_batch, kills_after_acks, rows_verified = 0, 0, 0
    for iteration in range(iterations):
        context = f"seed {seed}, iteration {iteration}"
        proc = killing.spawn("import_child.py", [folder, COUNSELOR, next_batch, CASES, token],
                             kd_support.PASSWORD + "\n")
        killing.wait_for(proc, "ready")
        time.sleep(rng.uniform(0.0, 0.6))
        out, _ = killing.kill(proc)
        batches = [int(line.split()[0]) for line in out.splitlines()]
        assert batches == list(range(next_batch, next_batch + len(batches))), context
        assert all(len(line.split()) == CASES + 1 for line in out.splitlines()), context
        kills_after_acks += bool(batches)
        acked.update(batches)
        in_flight = next_batch + len(batches)
        started.update(batches)
        started.add(in_flight)
        next_batch = in_flight + 1

        conn = killing.open_checked(folder, keys, context)
        try:
            whole = 0
            for batch in sorted(started):
                checked = check_batch(conn, batch, token, context)
                if batch in acked:
                    assert checked, f"acknowledged import {batch} lost ({context})"
                whole += bool(checked)
                rows_verified += checked
            complete_in_flight += bool(check_batch(conn, in_flight, token, context))
            imports = conn.execute("SELECT details FROM audit_log WHERE action = 'import'").fetchall()
            assert [json.loads(d) for (d,) in imports] == [{"cases": CASES}] * whole, context
            assert conn.execute("SELECT count(*) FROM cases WHERE case_number GLOB 'IMP-*'").fetchone()[0] == \
                whole * CASES, context
            conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
        finally:
            conn.close()
        killing.assert_nothing_left(folder, isolated_env.scan_roots, token, context)

    session = vault_service.unlock(folder, COUNSELOR, kd_support.PASSWORD)
    try:
        assert vault_service.verify_session(session).ok
        batch = min(acked)
        hits = search.search(session, f"imp{batch}x0q{token}")
        assert [h.case_number for h in hits] == [f"IMP-{batch:05d}-00"]
    finally:
        session.lock()
    assert len(acked) >= iterations // 2, "too few imports acknowledged: the loop did not exercise the case"
    assert kills_after_acks >= iterations // 3
    fault_log.record("kill -9: imports", iterations=iterations, faults=iterations, rows_verified=rows_verified,
                     note=f"{len(acked)} imports of {CASES} cases acknowledged, {complete_in_flight} in-flight "
                          f"imports found whole, the others absent (seed {seed})")
