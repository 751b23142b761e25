"""`make bench`, retention (issue 19): a KVKK destruction of 1,000 cases in the bench vault, its vacuum, and the
vault file before and after.

On a work copy of the bench vault: the policy is set so that old cases are due (keep one year), the
coordinator ("demo") proposes the queue, and the proposal is narrowed (here, by SQL: the bench's only
shortcut) to the women holding the 1,000 oldest-ended cases. A supervisor then approves it in a child process
of its own (its peak memory is the approval's, VACUUM's temporary copy included), which reports the time of
each stage: the statistics of every closed period fixed first (done once in a vault's life: later cycles find
them fixed), the destruction's transaction, the search index merge, the VACUUM (with its checkpoints), and the
size of vault.db before and after. The baseline, in the same run: a plain copy of vault.db flushed to disk
(what rewriting the whole file costs at the least).

A second cycle on the same copy (another 1,000 cases, statistics already fixed) shows the cost of a
destruction in a vault that has had one before. Synthetic data only.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CASES = 1000


def _peak_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def child(folder: str, user: str, password: str, cycle_id: str) -> int:
    """Approve one cycle and print the stages' times, the sizes and the peak memory as JSON."""
    from kadin_danisma.services import destruction, vault_service

    session = vault_service.unlock(Path(folder), user, password)
    marks: dict[str, float] = {}

    def progress(stage: str) -> None:
        marks[stage] = time.perf_counter()

    start = time.perf_counter()
    try:
        outcome = destruction.approve(session, int(cycle_id), progress=progress)
    finally:
        session.lock()
    end = time.perf_counter()
    c = outcome.compaction
    assert c is not None
    rec = outcome.record
    print(json.dumps({
        "statistics": marks["destroying"] - marks["statistics"], "destroy": marks["compacting"] - marks["destroying"],
        "compact": end - marks["compacting"], "merge": c.merge_seconds, "vacuum": c.vacuum_seconds,
        "total": end - start, "size_before": c.size_before, "size_after": c.size_after, "busy": c.busy,
        "cases": rec["cases"], "women": rec["women"], "snapshots": rec["snapshots_fixed"], "peak_kib": _peak_kib(),
    }))
    return 0


def _narrow(folder: Path, user: str, password: str, cycle_id: int, cases: int) -> int:
    """Keep in the cycle only the women holding the `cases` oldest-ended cases (bench only); returns the cases."""
    from kadin_danisma.vault import database
    from kadin_danisma.vault.vault import Vault

    vault, _ = Vault.unlock_with_password(folder, user, password, open_db=False)
    conn = database.connect(vault.db_path, vault._key)
    try:
        women = conn.execute(
            "SELECT i.target_id, COUNT(c.id), MAX(c.closed_on) FROM destruction_items i JOIN cases c"
            " ON c.client_id = i.target_id WHERE i.cycle_id = ? AND i.kind = 'client' GROUP BY i.target_id"
            " ORDER BY 3, 1", (cycle_id,)).fetchall()
        kept, total = [], 0
        for client_id, n, _ended in women:
            if total >= cases:
                break
            kept.append(int(client_id))
            total += int(n)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM destruction_items WHERE cycle_id = ? AND kind <> 'client'", (cycle_id,))
        conn.execute("CREATE TEMP TABLE keep (id INTEGER PRIMARY KEY)")
        conn.executemany("INSERT INTO keep VALUES (?)", [(k,) for k in kept])
        conn.execute("DELETE FROM destruction_items WHERE cycle_id = ? AND target_id NOT IN (SELECT id FROM keep)",
                     (cycle_id,))
        conn.execute("COMMIT")
        return total
    finally:
        conn.close()
        vault.close()


def _cycle(folder: Path, password: str) -> tuple[int, int, float]:
    """Propose as the coordinator and narrow it: (cycle id, cases in it, seconds the proposal took)."""
    from kadin_danisma.services import demo, destruction, retention_policy, vault_service

    admin = vault_service.unlock(folder, demo.DEMO_ADMIN, password)
    try:
        retention_policy.set_policy(admin, retention_policy.Policy(keep_years=1, safe_contact_years=1,
                                                                   shelter_contact_years=1))
        t0 = time.perf_counter()
        cycle_id = destruction.propose(admin)
        took = time.perf_counter() - t0
    finally:
        admin.lock()
    return cycle_id, _narrow(folder, demo.DEMO_ADMIN, password, cycle_id, CASES), took


def _approve(folder: Path, password: str, cycle_id: int) -> dict[str, Any]:
    from kadin_danisma.services import demo

    out = subprocess.run([sys.executable, __file__, "--child", str(folder), demo.SUPERVISOR, password, str(cycle_id)],
                         check=True, capture_output=True, text=True, env=dict(os.environ))
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _plain_copy(db: Path, target: Path) -> float:
    t0 = time.perf_counter()
    shutil.copy(db, target)
    with target.open("rb+") as fh:
        os.fsync(fh.fileno())
    took = time.perf_counter() - t0
    target.unlink()
    return took


def figures(folder: Path, password: str, reps: int, figure: Callable[..., Any],
            verdict: Callable[[bool], str]) -> list[Any]:
    from kadin_danisma.services import demo, vault_service

    t0 = time.perf_counter()
    vault_service.unlock(folder, demo.DEMO_ADMIN, password).lock()  # upgrades an older bench vault first
    upgrade = time.perf_counter() - t0
    db = folder / "vault.db"
    runs = []
    copies = []
    for _ in range(2):
        cycle_id, cases, propose_took = _cycle(folder, password)
        copies.append(_plain_copy(db, folder.parent / "plain-copy.db"))
        result = _approve(folder, password, cycle_id)
        result.update(cycle=cycle_id, narrowed_to=cases, propose=propose_took)
        runs.append(result)
        print(f"  destruction {cycle_id}: {json.dumps(result)}", flush=True)
    first, second = runs
    mib = 2**20
    out = []
    f = figure(f"destroy {first['cases']} cases (approval to end: statistics fixed, transaction, compaction)",
               [first["total"]], "plain copy of vault.db, flushed", [copies[0]], unit="ms",
               note=f"first cycle in this vault: fixing {first['snapshots']} statistics snapshots took "
                    f"{first['statistics']:.1f} s, the destruction's transaction {first['destroy']:.1f} s "
                    f"({first['women']} women), the index merge {first['merge']:.1f} s, VACUUM with its "
                    f"checkpoints {first['vacuum']:.1f} s; vault.db {first['size_before'] / mib:.0f} MiB -> "
                    f"{first['size_after'] / mib:.0f} MiB; peak memory of the approving process "
                    f"{first['peak_kib'] / 1024:.0f} MiB; opening the copy (schema upgrade of the cached vault "
                    f"included) {upgrade:.1f} s; proposing the queue {first['propose']:.1f} s")
    out.append(f)
    g = figure(f"destroy {second['cases']} more cases (second cycle: statistics already fixed)",
               [second["total"]], "plain copy of vault.db, flushed", [copies[1]], unit="ms",
               note=f"transaction {second['destroy']:.1f} s ({second['women']} women), index merge "
                    f"{second['merge']:.1f} s, VACUUM {second['vacuum']:.1f} s; vault.db "
                    f"{second['size_before'] / mib:.0f} MiB -> {second['size_after'] / mib:.0f} MiB; peak memory "
                    f"{second['peak_kib'] / 1024:.0f} MiB")
    out.append(g)
    v = figure("VACUUM with its checkpoints (second cycle)", [second["vacuum"]], "plain copy of vault.db, flushed",
               [copies[1]], unit="ms")
    out.append(v)
    return out


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        sys.exit(child(*sys.argv[2:6]))
    raise SystemExit("run through scripts/bench.py (BENCH_ONLY=retention)")
