"""kill -9 while packages are imported (issue 17): the sequence is checked and recorded and the payload applied
in one transaction, so after every kill the partner's recorded sequence k means packages 1..k are in whole
(every row the stand-in payload writes: one per case and one per 2 KB of filler) and nothing of k+1 is;
every acknowledged import is in; the vault passes every check; the next run goes on from k+1."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path
from typing import Any

import kd_support
import killing
import pytest

sys.path.insert(0, str(killing.HELPERS))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import package_standin
import seal_support as ps
from fault_support import scale

from kadin_danisma.services import packages

PACKAGES = 30
FILLER = 600_000  # 293 rows of 2 KB per package
ROWS = 1 + -(-FILLER // package_standin.FILLER_ROW)  # one case and the filler chunks


def sequences(conn: Any, prefix: str, context: str) -> list[int]:
    """The packages whose rows are in; each must be whole."""
    found: dict[int, int] = {}
    for (key,) in conn.execute("SELECT key FROM settings WHERE key GLOB ?", (f"standin:{prefix}:*",)):
        seq = int(key.split(":")[2])
        found[seq] = found.get(seq, 0) + 1
    assert all(n == ROWS for n in found.values()), f"half a package: {found} ({context})"
    return sorted(found)


@pytest.mark.faults
def test_kill_during_package_imports(_team_template: Path, tmp_path: Path, fault_log: Any,
                                     isolated_env: kd_support.Env, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, package_standin.MODULE, package_standin)
    monkeypatch.setitem(package_standin.FILLER, "text", "ğüşıöç filler " * (FILLER // 14 + 1))
    center = ps.vault_copy(_team_template, tmp_path / "center")
    shelter = ps.vault_copy(_team_template, tmp_path / "shelter")
    try:
        center_id, shelter_id = ps.pair(shelter, center), ps.pair(center, shelter)
        number = ps.make_case(center)
        files = [tmp_path / f"p{k}.kdpkg" for k in range(1, PACKAGES + 1)]
        ayse = center.login("ayse")
        for f in files:
            packages.export_package(ayse, shelter_id, [number], f)
    finally:
        center.close()
        shelter.close()
    shutil.rmtree(center.folder)
    folder = shelter.folder
    keys = killing.keys_of(folder, "zeynep")
    seed, rng = killing.seeded("kill during package imports")
    acked: set[int] = set()
    kills, mid_way = 0, 0
    for iteration in range(scale(8, 40)):
        context = f"seed {seed}, iteration {iteration}"
        proc = killing.spawn("package_import_child.py", [folder, "zeynep", *files], kd_support.PASSWORD + "\n")
        killing.wait_for(proc, "ready")
        time.sleep(rng.uniform(0.0, 0.5))
        out, _ = killing.kill(proc)
        kills += 1
        acked.update(int(x) for x in out.split())
        conn = killing.open_checked(folder, keys, context)
        try:
            done = sequences(conn, center_id[:8], context)
            state = conn.execute("SELECT in_sequence FROM package_partners WHERE partner_id = ?",
                                 (center_id,)).fetchone()[0]
            assert done == list(range(1, state + 1)), context
            assert acked <= set(done), f"an acknowledged import was lost ({context})"
            imports = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'package_import'").fetchone()[0]
            assert imports == state, context
        finally:
            conn.close()
        mid_way += 0 < state < PACKAGES
        if state == PACKAGES:
            break
    assert len(acked) >= 2 and mid_way >= 1, "the loop did not exercise imports"
    fault_log.record("kill -9: package imports", iterations=kills, faults=kills, rows_verified=len(acked) * ROWS,
                     note=f"{len(acked)} package imports acknowledged, each whole (seed {seed})")
