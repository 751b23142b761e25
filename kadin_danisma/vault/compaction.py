"""After a destruction: leave no page of the vault file holding what was destroyed (SQLCipher adapter only).

Every connection runs with `secure_delete = ON`, so SQLite overwrites deleted cells and freed pages with
zeros as it frees them; a destruction still ends with this, so that nothing depends on that alone:

1. the search index merged into one segment (`search_index.merge_all`): a contentless FTS5 table only marks a
   deleted row, its words stay in the index's pages until a merge rewrites them;
2. `wal_checkpoint(TRUNCATE)`: every committed page moved into the database file, the log cut to nothing;
3. `VACUUM`: the whole database rewritten into fresh pages (the file shrinks; no free page is left over);
4. `wal_checkpoint(TRUNCATE)` again, for the pages VACUUM wrote through the log.

VACUUM builds its copy in the temporary store, which this app keeps in memory (`temp_store = MEMORY`: no
temporary file holds a decrypted page), so it needs about the database's size in memory for a moment
(measured in docs/bench). Other connections must not be inside a read: the app runs this from one worker
while the page that asked for it waits; a checkpoint that still finds a reader says so (`busy`).

A center server (PostgreSQL, issue 16) has no such step here: its deleted rows become dead tuples that
autovacuum reclaims, and the IT person's `VACUUM FULL` rewrites the tables (docs/server.md); disk encryption
of its volumes covers the freed blocks.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from pathlib import Path

from . import search_index
from .database import Connection, errors_translated


@dataclass(frozen=True)
class Compaction:
    size_before: int  # bytes of vault.db + its log before
    size_after: int
    merge_seconds: float
    vacuum_seconds: float
    busy: bool  # a checkpoint found a reader and could not move every page (the log is not empty)


def _size(db_path: Path) -> int:
    total = 0
    for name in (db_path.name, db_path.name + "-wal"):
        with contextlib.suppress(FileNotFoundError):
            total += (db_path.parent / name).stat().st_size
    return total


def _checkpoint(conn: Connection) -> bool:
    """True when every page was moved and the log truncated."""
    with errors_translated():
        busy, _log, _moved = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return int(busy) == 0


def compact(conn: Connection, db_path: Path) -> Compaction:
    """Run the steps above on `conn` (not inside a transaction)."""
    if conn.in_transaction:
        raise RuntimeError("compact() needs a connection outside any transaction")
    before = _size(db_path)
    start = time.perf_counter()
    with errors_translated():
        conn.execute("BEGIN IMMEDIATE")
        try:
            search_index.merge_all(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    merged = time.perf_counter()
    ok = _checkpoint(conn)
    with errors_translated():
        conn.execute("VACUUM")
    ok = _checkpoint(conn) and ok
    done = time.perf_counter()
    return Compaction(before, _size(db_path), merged - start, done - merged, not ok)
