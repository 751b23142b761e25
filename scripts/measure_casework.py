"""Measure case work at scale (issue 3's note): time to generate N demo cases, vault size, and search
latency (median and worst of 20 typical queries, each run 5 times) against the raw FTS5 query on the
same data. Synthetic data only.

    KADIN_DANISMA_SKIP_KDF_CALIBRATION=1 .venv/bin/python scripts/measure_casework.py --cases 50000 --keep /tmp/kd50k
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kadin_danisma.services import demo, search
from kadin_danisma.vault import search_index

QUERIES = (
    "yılmaz", "yilmaz", "şahin", "sahin", "ayşe", "ayse yil", "öztürk", "isik", "fatma", "فاطمة", "مريم",
    "زهرا", "احمدی", "Անահիտ", "Պետրոսյան", "KDM-20", "DN-", "görüşme", "koruma kararı", "rojîn",
)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=50_000)
    ap.add_argument("--keep", type=Path, help="folder for the vault (kept); default: a temporary folder")
    ap.add_argument("--reuse", action="store_true", help="reuse the vault in --keep if it exists")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp()) / "vault"
    from kadin_danisma.services import vault_service

    if args.reuse and folder.exists():
        session = vault_service.unlock(folder, "demo", demo.DEMO_PASSWORD)
        print(f"reusing {folder}")
    else:
        t0 = time.perf_counter()
        session, report = demo.create_demo_vault(folder, args.cases)
        took = time.perf_counter() - t0
        print(f"generated {report.cases} cases, {report.notes} notes in {took:.1f} s "
              f"({report.cases / took:.0f} cases/s)")
    session.vault.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"vault folder size: {folder_size(folder) / 2**20:.1f} MiB")
    conn = session.connection()
    ours: list[float] = []
    raw: list[float] = []
    for q in QUERIES:
        expression = search_index.match_expression(q)
        for _ in range(5):
            t = time.perf_counter()
            found = search.search(session, q, audit=False)
            ours.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            if expression:
                conn.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 50", (expression,)).fetchall()
            raw.append((time.perf_counter() - t) * 1000)
        print(f"  {q!r:>16}: {len(found):3d} results, {statistics.median(ours[-5:]):6.1f} ms "
              f"(raw FTS5 {statistics.median(raw[-5:]):6.1f} ms)")
    print(f"search (supervisor, all cases): median {statistics.median(ours):.1f} ms, worst {max(ours):.1f} ms; "
          f"raw FTS5 median {statistics.median(raw):.1f} ms, worst {max(raw):.1f} ms; "
          f"ratio of medians {statistics.median(ours) / max(statistics.median(raw), 0.001):.1f}")
    session.lock()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("KADIN_DANISMA_SKIP_KDF_CALIBRATION", "1")
    sys.exit(main())
