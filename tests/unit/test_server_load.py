"""Many workstations on one server (issue 16): several processes writing cases, status changes, notes and
intakes at once lose nothing and keep one verifying audit chain; a client killed (kill -9) or frozen
(SIGSTOP) in the middle of a transaction leaves nothing half-written and holds the others up no longer
than the configured timeouts; an immediate server stop and restart under load loses no acknowledged commit.

Every child prints an acknowledgement only after its COMMIT returned; afterwards the test reads the
database as the superuser and checks each one."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import kd_support
import killing
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.services import cases, notes
from kadin_danisma.vault.pg.address import Timeouts

HELPERS = Path(__file__).parent / "helpers"
WRITERS = ("ayse", "zeynep", "deniz", "ayse")


def start(team: Any, user: str, mode: str, tag: str, *extra: object) -> Any:
    proc = killing.spawn("server_writer.py", [team.dsn, user, mode, tag, *extra], kd_support.PASSWORD + "\n",
                         helpers=HELPERS)
    killing.wait_for(proc, "ready")
    return proc


def finish(proc: Any, timeout: float = 240) -> list[str]:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err[-3000:]
    return [line for line in out.splitlines() if line and line != "done"]


def check_acknowledged(team: Any, acks: list[str]) -> int:
    """Every acknowledged commit is in the database, as acknowledged; the chain verifies. Returns the count."""
    conn = kd_support.raw(team.login("selin"))
    for line in acks:
        kind, ident, *rest = line.split(" ", 2)
        if kind == "case":
            assert conn.execute("SELECT 1 FROM cases WHERE id = ?", (int(ident),)).fetchone(), line
        elif kind == "status":
            status = conn.execute("SELECT status FROM cases WHERE id = ?", (int(ident),)).fetchone()[0]
            assert status in ("open", "active"), line
        elif kind == "note":
            body = conn.execute("SELECT body FROM notes WHERE id = ?", (int(ident),)).fetchone()
            assert body is not None and body[0] == rest[0], line
        elif kind == "intake":
            got = conn.execute("SELECT referred_by FROM intakes WHERE case_id = ?", (int(ident),)).fetchone()[0]
            assert got.split("-")[0] == rest[0].split("-")[0] and int(got.split("-")[1]) >= int(rest[0].split("-")[1])
    ok, entries, problem = conn.execute("SELECT ok, entries, problem FROM kd_private.verify_chain()").fetchone()
    assert ok, problem
    head = conn.execute("SELECT id FROM audit_head").fetchone()[0]
    assert head == entries == conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    # Nothing half-written: every note has its audit entry and its search entry.
    orphans = conn.execute(
        "SELECT count(*) FROM notes n WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'note_add'"
        " AND a.target = 'case:' || n.case_id AND (a.details::jsonb ->> 'id')::bigint = n.id)"
        " OR NOT EXISTS (SELECT 1 FROM search_index s WHERE s.kind = 1 AND s.ref_id = n.id)").fetchone()[0]
    assert orphans == 0
    return len(acks)


def test_several_workstations_writing_at_once_lose_nothing(server_team: Any, fault_log: Any) -> None:
    started = time.perf_counter()
    procs = [start(server_team, user, "cycle", f"w{i}", 8) for i, user in enumerate(WRITERS)]
    acks = [line for p in procs for line in finish(p)]
    seconds = time.perf_counter() - started
    assert len(acks) == len(WRITERS) * 8 * 4
    n = check_acknowledged(server_team, acks)
    fault_log.record("server: concurrent writers", iterations=len(WRITERS), faults=0, rows_verified=n,
                     note=f"{len(WRITERS)} processes, {n} acknowledged commits in {seconds:.1f} s, chain verified")


def test_a_client_killed_mid_transaction_leaves_nothing_and_blocks_no_one(server_team: Any) -> None:
    holder = start(server_team, "zeynep", "hold", "kill")
    held_case = int(killing.wait_for(holder, "holding").split()[1])
    killing.kill(holder)
    ayse = server_team.login("ayse")
    cid = cases.create_case(ayse, r.Client(full_name="Sonraki Yazan"))
    began = time.perf_counter()
    notes.add_note(ayse, cid, r.Note("phone_call", "2026-03-03", "öldürülenden sonra"))
    waited = time.perf_counter() - began
    assert waited < 2.0, f"the next writer waited {waited:.2f} s for a dead client's locks"
    conn = kd_support.raw(ayse)
    assert conn.execute("SELECT count(*) FROM notes WHERE body LIKE 'yarım kalan%'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM notes WHERE case_id = ?", (held_case,)).fetchone()[0] == 0
    assert conn.execute("SELECT ok FROM kd_private.verify_chain()").fetchone()[0]


def test_a_stopped_client_holds_others_up_no_longer_than_the_timeouts(server_team: Any) -> None:
    idle_ms, lock_ms = 1500, 6000
    holder = start(server_team, "zeynep", "hold", "stop", 1, idle_ms, lock_ms)
    killing.wait_for(holder, "holding")
    os.kill(holder.pid, signal.SIGSTOP)
    try:
        ayse = server_team.login("ayse", timeouts=Timeouts(idle_in_transaction_ms=idle_ms, lock_ms=lock_ms))
        cid = cases.create_case(ayse, r.Client(full_name="Donmuşu Bekleyen"))  # waits for the audit head
        began = time.perf_counter()
        notes.add_note(ayse, cid, r.Note("phone_call", "2026-03-03", "donmuş istemciden sonra"))
        waited = time.perf_counter() - began
        assert waited < (idle_ms + 1500) / 1000, f"held up {waited:.2f} s by a stopped client"
        conn = kd_support.raw(ayse)
        assert conn.execute("SELECT count(*) FROM notes WHERE body LIKE 'yarım kalan%'").fetchone()[0] == 0
    finally:
        os.kill(holder.pid, signal.SIGCONT)
        holder.kill()
        holder.communicate(timeout=30)


def test_an_immediate_server_stop_under_load_loses_no_acknowledged_commit(server_team: Any, fault_log: Any) -> None:
    procs = [start(server_team, user, "cycle", f"r{i}", 12) for i, user in enumerate(WRITERS[:3])]
    time.sleep(1.0)
    cluster = server_team.harness.cluster
    began = time.perf_counter()
    cluster.stop("immediate")
    time.sleep(0.5)
    cluster.pg_ctl_start()
    restart = time.perf_counter() - began
    acks = [line for p in procs for line in finish(p)]
    assert len([a for a in acks if a.startswith("note ")]) == 3 * 12
    n = check_acknowledged(server_team, acks)
    fault_log.record("server: immediate stop under load", iterations=1, faults=1, rows_verified=n,
                     note=f"3 writers, stop -m immediate and start in {restart:.2f} s; {n} acknowledged commits "
                          "all present, chain verified")


@pytest.mark.parametrize("mode", ["fast"])
def test_sessions_come_back_after_a_restart(server_team: Any, mode: str) -> None:
    """A signed-in workstation is told the server is gone (within the connect timeout), then works again once
    it is back, without signing in again."""
    from kadin_danisma.domain.errors import ServerUnavailable

    ayse = server_team.login("ayse", timeouts=Timeouts(connect_s=3))
    cid = cases.create_case(ayse, r.Client(full_name="Yeniden Bağlanan"))
    cluster = server_team.harness.cluster
    cluster.stop(mode)
    try:
        began = time.perf_counter()
        with pytest.raises(ServerUnavailable):
            notes.add_note(ayse, cid, r.Note("phone_call", "2026-03-03", "sunucu kapalıyken"))
        assert time.perf_counter() - began < 3 + 2
    finally:
        cluster.pg_ctl_start()
    notes.add_note(ayse, cid, r.Note("phone_call", "2026-03-03", "sunucu açıldıktan sonra"))
    bodies = [n.body for n in cases.open_case(ayse, cid).notes]
    assert bodies == ["sunucu açıldıktan sonra"]
