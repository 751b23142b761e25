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
from .database import Connection, checkpoint_all, errors_translated


@dataclass(frozen=True)
class Compaction:
    size_before: int  # bytes of vault.db + its log before
    size_after: int
    merge_seconds: float
    vacuum_seconds: float
    busy: bool  # the last checkpoint kept finding a reader: the file's old pages are not all overwritten yet


def _size(db_path: Path) -> int:
    total = 0
    for name in (db_path.name, db_path.name + "-wal"):
        with contextlib.suppress(FileNotFoundError):
            total += (db_path.parent / name).stat().st_size
    return total


CHECKPOINT_TRIES = 50  # a reader of another connection (a page refreshing) ends within moments: wait for it
CHECKPOINT_PAUSE = 0.2


def _checkpoint(conn: Connection, tries: int = 1) -> bool:
    """True when every page was moved and the log truncated (tried `tries` times, a pause between)."""
    for attempt in range(tries):
        if checkpoint_all(conn, "TRUNCATE"):
            return True
        if attempt + 1 < tries:
            time.sleep(CHECKPOINT_PAUSE)
    return False


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
    _checkpoint(conn, CHECKPOINT_TRIES)
    with errors_translated():
        conn.execute("VACUUM")
    # Until this checkpoint the file's old pages are still there (VACUUM's clean ones are in the log).
    ok = _checkpoint(conn, CHECKPOINT_TRIES)
    done = time.perf_counter()
    return Compaction(before, _size(db_path), merged - start, done - merged, not ok)
