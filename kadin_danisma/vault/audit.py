"""The append-only, hash-chained audit log.

Each row's hash is an HMAC (keyed from the data key, so only an unlocked vault can extend or forge the
chain) over its id, time, user, action, target, details and the previous row's hash. Triggers refuse
UPDATE and DELETE; someone who drops them with the key still breaks the chain, and `verify` names the
first broken row. Details carry ids and codes, never case content.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .port import GENESIS, ChainHead, ChainReport, Connection, errors_translated

__all__ = ["GENESIS", "ChainHead", "ChainReport", "append", "audit_key", "derive_subkey", "hash_at", "head",
           "now_iso", "verify"]


def derive_subkey(data_key: bytes | bytearray, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"kadin-danisma/" + purpose).derive(
        bytes(data_key)
    )


def audit_key(data_key: bytes | bytearray) -> bytes:
    return derive_subkey(data_key, b"audit-chain/v1")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _entry_hash(
    key: bytes, entry_id: int, at: str, user_id: int | None, action: str, target: str | None, details: str,
    prev_hash: str,
) -> str:
    payload = json.dumps(
        [entry_id, at, user_id, action, target, details, prev_hash], ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def head(conn: Connection) -> ChainHead:
    with errors_translated():
        row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return ChainHead(int(row[0]), str(row[1])) if row else ChainHead(0, GENESIS)


def hash_at(conn: Connection, entry_id: int) -> str | None:
    """The stored hash of one entry (None if there is no such entry)."""
    with errors_translated():
        row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (entry_id,)).fetchone()
    return str(row[0]) if row else None


def append(
    conn: Connection, key: bytes, user_id: int | None, action: str, target: str | None = None,
    details: dict[str, object] | None = None,
) -> int:
    """Append one entry. Call inside the caller's transaction, so the entry and the change commit together."""
    last = head(conn)
    entry_id = last.entry_id + 1
    at = now_iso()
    details_text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = _entry_hash(key, entry_id, at, user_id, action, target, details_text, last.hash)
    with errors_translated():
        conn.execute(
            "INSERT INTO audit_log (id, at, user_id, action, target, details, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (entry_id, at, user_id, action, target, details_text, last.hash, digest),
        )
    return entry_id


def verify(conn: Connection, key: bytes) -> ChainReport:
    """Recompute the whole chain; reports the first row whose link or content does not match."""
    prev = GENESIS
    expected_id = 1
    count = 0
    last = ChainHead(0, GENESIS)
    with errors_translated():
        rows = conn.execute(
            "SELECT id, at, user_id, action, target, details, prev_hash, hash FROM audit_log ORDER BY id"
        )
        for entry_id, at, user_id, action, target, details, prev_hash, digest in rows:
            if entry_id != expected_id:
                return ChainReport(False, count, last, expected_id, f"entry {expected_id} is missing")
            if prev_hash != prev:
                return ChainReport(False, count, last, entry_id, f"entry {entry_id} does not link to the previous one")
            want = _entry_hash(key, entry_id, at, user_id, action, target, details, prev_hash)
            if not hmac.compare_digest(want, str(digest)):
                return ChainReport(False, count, last, entry_id, f"entry {entry_id} was altered")
            prev = str(digest)
            last = ChainHead(entry_id, prev)
            expected_id += 1
            count += 1
    return ChainReport(True, count, last)
