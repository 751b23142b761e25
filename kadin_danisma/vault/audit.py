"""The append-only, hash-chained audit log.

Each row's hash is an HMAC (keyed from the data key, so only an unlocked vault can extend or forge the
chain) over its id, time, user, action, target, details and the previous row's hash. Triggers refuse
UPDATE and DELETE; someone who drops them with the key still breaks the chain, and `verify` names the
first broken row. Details carry ids, codes, field names and keyed hashes, never case content: a value
that changed is kept in the case's own field history (vault/field_history.py), which a destruction of the
case removes with it, while the log keeps proof that the change happened.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .port import GENESIS, ChainHead, ChainReport, Connection, errors_translated

__all__ = ["GENESIS", "NO_DELETE_TRIGGER", "NO_UPDATE_TRIGGER", "ChainHead", "ChainReport", "append", "audit_key",
           "derive_subkey", "hash_at", "head", "now_iso", "verify"]
NO_UPDATE_TRIGGER = """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"""
NO_DELETE_TRIGGER = """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"""


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
    text = details_text(details)
    digest = _entry_hash(key, entry_id, at, user_id, action, target, text, last.hash)
    with errors_translated():
        conn.execute(
            "INSERT INTO audit_log (id, at, user_id, action, target, details, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (entry_id, at, user_id, action, target, text, last.hash, digest),
        )
    return entry_id


def details_text(details: dict[str, object] | None) -> str:
    """The canonical JSON an entry's details are stored (and hashed) as."""
    return json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def rewrite(conn: Connection, key: bytes, new_details: dict[int, str]) -> int:
    """Replace the details of some entries and chain every entry from the first of them onwards again;
    returns the number of entries re-hashed. Only a schema migration does this, inside its transaction,
    with the append-only triggers dropped around it (vault/schema_history.py)."""
    if not new_details:
        return 0
    first = min(new_details)
    with errors_translated():
        prev_row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", (first - 1,)).fetchone()
        prev = str(prev_row[0]) if prev_row else GENESIS
        found = conn.execute("SELECT id, at, user_id, action, target, details FROM audit_log WHERE id >= ?"
                             " ORDER BY id", (first,)).fetchall()
        count = 0
        for entry_id, at, user_id, action, target, details in found:
            text = new_details.get(entry_id, details)
            digest = _entry_hash(key, entry_id, at, user_id, action, target, text, prev)
            conn.execute("UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE id = ?",
                         (text, prev, digest, entry_id))
            prev = digest
            count += 1
    return count


OLD_TAIL = 32  # how many of the last hashes before a rewrite its `log_redacted` entry keeps


def old_tail(conn: Connection, first_rewritten: int) -> dict[str, str]:
    """The hashes of the last OLD_TAIL entries a rewrite is about to change (id as text -> hash): where this
    computer's note or a backup most likely points."""
    with errors_translated():
        found = conn.execute("SELECT id, hash FROM audit_log WHERE id >= ? ORDER BY id DESC LIMIT ?",
                             (first_rewritten, OLD_TAIL)).fetchall()
    return {str(entry_id): str(digest) for entry_id, digest in found}


@dataclass(frozen=True)
class Redaction:
    """A `log_redacted` entry: the head before the rewrite, the first entry rewritten, the last old hashes."""

    old_head: ChainHead
    from_id: int
    old_hashes: dict[int, str]


def redaction_after(conn: Connection, entry_id: int) -> Redaction | None:
    """The first rewrite (`log_redacted`) made after entry `entry_id`, if any: a state noted before it (on
    this computer, in a backup) names hashes the log no longer has."""
    with errors_translated():
        row = conn.execute("SELECT details FROM audit_log WHERE action = 'log_redacted' AND id > ? ORDER BY id"
                           " LIMIT 1", (entry_id,)).fetchone()
    if row is None:
        return None
    details = json.loads(row[0])
    old = details.get("old_head", {})
    hashes = {int(k): str(v) for k, v in details.get("old_hashes", {}).items() if str(k).isdigit()}
    return Redaction(ChainHead(int(old.get("id", 0)), str(old.get("hash", ""))), int(details.get("from_id", 0)),
                     hashes)


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
