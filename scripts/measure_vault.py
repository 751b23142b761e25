"""Measure what the foundation issue asks for: calibrated KDF parameters, unlock time, and the size
overhead of encryption (the same content exported to a plain SQLite file in the same run).

Usage: python scripts/measure_vault.py [--rows N]   (synthetic data only; runs in a temp folder)
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from kadin_danisma.services import settings, vault_service
from kadin_danisma.vault import kdf
from kadin_danisma.vault.files import DB_NAME

PASSWORD = "Guclu-Parola-2026"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20000, help="audit entries to write")
    args = parser.parse_args()
    os.environ.pop(kdf.SKIP_CALIBRATION_ENV, None)
    work = Path(tempfile.mkdtemp(prefix="kd-measure-"))
    start = time.perf_counter()
    params = kdf.calibrate()
    calib_s = time.perf_counter() - start
    created = vault_service.create_vault(work / "v", "Ölçüm Merkezi", "koordinator", "K", PASSWORD, params)
    session = created.session
    for i in range(args.rows // 2):
        settings.set_idle_lock_minutes(session, 1 + i % 60)  # each change writes a setting and an audit row
    session.lock()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        s = vault_service.unlock(work / "v", "koordinator", PASSWORD)
        times.append(time.perf_counter() - start)
        s.lock()
    s = vault_service.unlock(work / "v", "koordinator", PASSWORD)
    conn = s.connection()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    plain = work / "plain.db"
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    s.lock()
    enc_size = (work / "v" / DB_NAME).stat().st_size
    plain_size = plain.stat().st_size
    print(f"calibrated Argon2id: m={params.memory_kib // 1024} MiB, t={params.iterations}, p={params.lanes} "
          f"(calibration took {calib_s:.2f} s)")
    print(f"unlock (KDF + open + audit write), 5 runs: median {statistics.median(times) * 1000:.0f} ms, "
          f"worst {max(times) * 1000:.0f} ms")
    print(f"database: encrypted {enc_size / 1024:.0f} KiB vs plain SQLite {plain_size / 1024:.0f} KiB "
          f"(overhead {100 * (enc_size - plain_size) / plain_size:+.1f} %)")


if __name__ == "__main__":
    main()
