"""A center server as an earlier release left it, kept as a `pg_dump` (schema and rows) so `server upgrade`
is tested against what is really out there, not against a server this release made and then took apart.

The snapshot of the first server release (level upgrade.FIRST_SERVER_LEVEL) holds a 12-case demo vault
moved onto a server with that release's `server migrate`. It was written by running this module with that
release checked out (`python tests/unit/server_snapshot.py`, PostgreSQL installed); it must never be
rewritten by a later release, which is the point. Logins are cluster-wide, not in a dump: the test makes
the demo admin's login again, as the IT person restoring on a new machine does (`pg_dumpall --globals-only`).
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST_LEVEL = 9
SNAPSHOT = HERE / "snapshots" / f"server_level{FIRST_LEVEL}.sql.gz"
CASES = 12


def _tool(cluster: object, name: str, *args: str, stdin: str | None = None) -> str:
    c = cluster
    env = {**os.environ, "PGPASSWORD": c.password, "PGHOST": str(c.socket_dir), "PGPORT": str(c.port),  # type: ignore[attr-defined]
           "PGUSER": "postgres"}
    cmd = [str(c.bindir / name), *args]  # type: ignore[attr-defined]
    done = subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=env, timeout=300, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{name} failed: {done.stderr[-2000:]}")
    return done.stdout


def _clean(text: str) -> str:
    """Without what differs between two dumps of the same thing: psql meta-commands of newer pg_dump
    (`\\restrict` keys are random per dump) and comment lines."""
    return "\n".join(line for line in text.splitlines()
                     if not line.startswith(("\\restrict", "\\unrestrict", "--")) and line.strip()) + "\n"


def dump(cluster: object, db: str, *, schema_only: bool) -> str:
    args = ["--no-comments", "--dbname", db] + (["--schema-only"] if schema_only else [])
    return _clean(_tool(cluster, "pg_dump", *args))


def restore(cluster: object, db: str) -> None:
    """The snapshot into an empty database, as the test cluster's superuser; stops at the first error."""
    text = gzip.decompress(SNAPSHOT.read_bytes()).decode("utf-8")
    _tool(cluster, "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "--dbname", db, stdin=text)


def _write() -> None:
    """Make the snapshot with the release checked out here (see the module docstring)."""
    import tempfile

    import server_support

    from kadin_danisma.services import demo, server_service
    from kadin_danisma.vault import migrations

    assert migrations.LATEST == FIRST_LEVEL, "the snapshot is made by the release at that level only"
    with tempfile.TemporaryDirectory() as tmp, server_support.empty_database() as (h, db):
        session, _ = demo.create_demo_vault(Path(tmp) / "vault", n_cases=CASES, seed=3)
        session.lock()
        server_service.migrate(Path(tmp) / "vault", h.cluster.superuser_dsn(db), demo.DEMO_ADMIN, demo.DEMO_PASSWORD)
        text = dump(h.cluster, db, schema_only=False)
        server_support.close_superuser(db)
    SNAPSHOT.parent.mkdir(exist_ok=True)
    SNAPSHOT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"wrote {SNAPSHOT} ({SNAPSHOT.stat().st_size} bytes)")
    server_support.shutdown()


if __name__ == "__main__":
    sys.path[:0] = [str(HERE), str(HERE.parent)]
    os.environ.setdefault("KADIN_DANISMA_SKIP_KDF_CALIBRATION", "1")
    _write()
