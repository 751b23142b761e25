"""kill -9 while a counselor saves notes (services.notes.add_note, the note editor's path): every
acknowledged note is there with its exact text, indexed for search and audited; nothing half-written is
visible; the vault passes every check; no plaintext anywhere on disk."""

from __future__ import annotations

import sys
import time
import uuid

import kd_support
import killing
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.services import cases, search, vault_service

sys.path.insert(0, str(killing.HELPERS))
from fault_support import scale
from note_child import body

COUNSELOR = "ayse"


@pytest.mark.faults
def test_kill_during_note_saves(team: kd_support.Team, fault_log, isolated_env: kd_support.Env) -> None:
    iterations = scale(6, 40)
    seed, rng = killing.seeded("kill during note saves")
    token = uuid.uuid4().hex[:8]
    ayse = team.login(COUNSELOR)
    case_id = cases.create_case(ayse, r.Client(full_name="Deneme Nurten Aksoy"),
                                r.Intake("2026-03-01", "walk_in", violence_types=["psychological"]))
    cases.finish_intake(ayse, case_id)
    ayse.lock()
    folder = team.folder
    keys = killing.keys_of(folder, COUNSELOR)

    acked: dict[int, int] = {}  # i -> note id
    in_flights: set[int] = set()  # saves under way at a kill: each may or may not have committed
    seen: dict[int, str] = {}  # every note found so far: once there, it stays
    next_i, kills_after_acks, rows_verified, in_flight_seen = 0, 0, 0, 0
    for iteration in range(iterations):
        context = f"seed {seed}, iteration {iteration}"
        proc = killing.spawn("note_child.py", [folder, COUNSELOR, case_id, next_i, token], kd_support.PASSWORD + "\n")
        killing.wait_for(proc, "ready")
        time.sleep(rng.uniform(0.0, 0.25))
        out, _ = killing.kill(proc)
        new = [tuple(map(int, line.split())) for line in out.splitlines()]
        assert [i for i, _ in new] == list(range(next_i, next_i + len(new))), context
        kills_after_acks += bool(new)
        acked.update(new)
        in_flight = next_i + len(new)  # may or may not have committed
        in_flights.add(in_flight)
        next_i = in_flight + 1

        conn = killing.open_checked(folder, keys, context)
        try:
            present = dict(conn.execute("SELECT id, body FROM notes WHERE case_id = ?", (case_id,)).fetchall())
            missing = sorted(i for i, nid in acked.items() if nid not in present)
            assert missing == [], f"acknowledged notes lost: {missing[:10]} ({context})"
            for i, nid in acked.items():
                assert present[nid] == body(token, i), f"note {i} changed ({context})"
            rows_verified += len(acked)
            # Nothing half-written: every note is one of ours, whole, indexed and audited in its transaction.
            expected = {body(token, i) for i in acked} | {body(token, i) for i in in_flights}
            assert set(present.values()) <= expected, context
            assert all(present.get(nid) == text for nid, text in seen.items()), context
            in_flight_seen += body(token, in_flight) in present.values()
            seen = dict(present)
            audited = {int(x) for (x,) in conn.execute(
                "SELECT json_extract(details, '$.id') FROM audit_log WHERE action = 'note_add'")}
            assert audited == set(present), f"notes and their audit entries differ ({context})"
            for nid, text in present.items():
                word = text.split()[0]
                assert killing.fts_has(conn, (1 << 41) - nid, word), f"note {nid} not indexed ({context})"
            conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
        finally:
            conn.close()
        killing.assert_nothing_left(folder, isolated_env.scan_roots, token, context)

    session = vault_service.unlock(folder, COUNSELOR, kd_support.PASSWORD)
    try:
        assert vault_service.verify_session(session).ok
        record = cases.open_case(session, case_id)
        assert {n.id for n in record.notes} >= set(acked.values())
        some = next(iter(acked))
        assert [h.id for h in search.search(session, f"nt{some}q{token}")] == [case_id]
    finally:
        session.lock()
    assert len(acked) >= iterations, "too few saves acknowledged: the loop did not exercise the case"
    assert kills_after_acks >= iterations // 2
    fault_log.record("kill -9: note saves", iterations=iterations, faults=iterations, rows_verified=rows_verified,
                     note=f"{len(acked)} notes acknowledged, {in_flight_seen} in-flight saves found committed "
                          f"(seed {seed})")
