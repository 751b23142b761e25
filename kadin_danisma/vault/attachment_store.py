"""An attachment's bytes inside the encrypted database, in chunks of 1 MiB (`attachment_chunks`).

Chunks keep one row small enough that writing a file, reading it back and saving a copy out never asks
SQLite for one 20 MB value, and a save a chunk at a time holds one chunk in Python's memory besides what the
caller keeps. The bytes never touch a file outside the vault on the way: no temporary folder, no cache.
Deleting the attachment row deletes its chunks (ON DELETE CASCADE); `secure_delete` overwrites the pages.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from .port import Connection, errors_translated

CHUNK = 1024 * 1024


def pieces(data: bytes | memoryview, size: int = CHUNK) -> Iterator[memoryview]:
    view = memoryview(data)
    for start in range(0, len(view), size):
        yield view[start:start + size]


def write(conn: Connection, attachment_id: int, chunks: Iterable[bytes | memoryview]) -> tuple[int, str]:
    """Store the chunks in order (inside the caller's transaction); returns (size, SHA-256 hex)."""
    digest = hashlib.sha256()
    size = 0
    with errors_translated():
        for seq, chunk in enumerate(chunks):
            digest.update(chunk)
            size += len(chunk)
            conn.execute("INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)",
                         (attachment_id, seq, bytes(chunk)))
    return size, digest.hexdigest()


def stream(conn: Connection, attachment_id: int) -> Iterator[bytes]:
    """The stored bytes, one chunk at a time, in order."""
    with errors_translated():
        cursor = conn.execute("SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq",
                              (attachment_id,))
        for (data,) in cursor:
            yield bytes(data)


def read(conn: Connection, attachment_id: int) -> bytes:
    """The whole file, for showing it (a viewer needs it whole; at most 20 MB)."""
    return b"".join(stream(conn, attachment_id))


def total_size(conn: Connection) -> tuple[int, int]:
    """(number of attachments, bytes stored), from the attachment rows alone (no chunk is read); through the
    view attachment_totals, which on a server counts the files of cases the reader may not open too."""
    with errors_translated():
        row = conn.execute("SELECT files, bytes FROM attachment_totals").fetchone()
    return int(row[0]), int(row[1])
