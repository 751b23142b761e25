"""A case's field-level history (schema level 4), and the keyed hashes the audit log keeps in its place.

The audit log is append-only and hash-chained, so whatever it holds can never be destroyed: it must hold
no personal data. When a field of a case changes, the values before and after go into
`case_field_history`, a table of the case (a KVKK destruction of the case removes its rows), and the audit
entry keeps the field's name and, for each side, `HMAC(K_values, [salt, case, entity, id, field, side,
value])`, truncated to 128 bits. `K_values = HKDF(data key, "kadin-danisma/audit-values/v1")`, apart from
the chain's key. The random salt lives in the history row only: while the row exists the change is
provable (`verify` recomputes every hash), and once it is destroyed no one, not even a holder of the key,
can test a guessed name against the log.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .audit import derive_subkey, now_iso
from .database import Connection, errors_translated

VALUES_PURPOSE = b"audit-values/v1"
HASH_HEX = 32  # 128 bits

HISTORY_V4 = """
CREATE TABLE case_field_history (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    audit_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    entity TEXT NOT NULL,
    entity_id INTEGER,
    field TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    salt TEXT NOT NULL
);
CREATE INDEX case_field_history_case ON case_field_history(case_id, audit_id);
CREATE INDEX case_field_history_audit ON case_field_history(audit_id);
CREATE TRIGGER case_field_history_no_update BEFORE UPDATE ON case_field_history
    BEGIN SELECT RAISE(ABORT, 'the field history is never edited'); END;
"""


def values_key(data_key: bytes | bytearray) -> bytes:
    return derive_subkey(data_key, VALUES_PURPOSE)


def encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def value_hash(key: bytes, salt: str, case_id: int, entity: str, entity_id: int | None, name: str, side: str,
               encoded: str) -> str:
    payload = json.dumps([salt, case_id, entity, entity_id, name, side, encoded], ensure_ascii=False,
                         separators=(",", ":")).encode("utf-8")
    return hmac.new(key, payload, hashlib.sha256).hexdigest()[:HASH_HEX]


@dataclass
class Pending:
    """Field changes of one audit entry: the hashes go into its details, the rows are stored once the entry
    has its id (`store`)."""

    case_id: int
    entity: str
    entity_id: int | None
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # (field, old, new, salt)
    hashes: dict[str, list[str]] = field(default_factory=dict)

    @property
    def fields(self) -> list[str]:
        return sorted(self.hashes)


def prepare(key: bytes, case_id: int, entity: str, entity_id: int | None,
            diff: Mapping[str, tuple[Any, Any] | list[Any]]) -> Pending:
    pending = Pending(case_id, entity, entity_id)
    for name, (old, new) in sorted(diff.items()):
        salt = secrets.token_hex(16)
        old_text, new_text = encode(old), encode(new)
        pending.rows.append((name, old_text, new_text, salt))
        pending.hashes[name] = [value_hash(key, salt, case_id, entity, entity_id, name, "old", old_text),
                                value_hash(key, salt, case_id, entity, entity_id, name, "new", new_text)]
    return pending


def store(conn: Connection, pending: Pending, audit_id: int, user_id: int | None, at: str | None = None) -> None:
    when = at or now_iso()
    with errors_translated():
        conn.executemany(
            "INSERT INTO case_field_history (case_id, audit_id, at, user_id, entity, entity_id, field, old_value,"
            " new_value, salt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(pending.case_id, audit_id, when, user_id, pending.entity, pending.entity_id, name, old, new, salt)
             for name, old, new, salt in pending.rows])


@dataclass(frozen=True)
class Change:
    audit_id: int
    entity: str
    entity_id: int | None
    field: str
    old: Any
    new: Any


def for_entries(conn: Connection, case_id: int, audit_ids: Iterable[int]) -> dict[int, list[Change]]:
    """The recorded changes of a case, by the audit entry that records them."""
    wanted = sorted(set(audit_ids))
    out: dict[int, list[Change]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        with errors_translated():
            found = conn.execute(
                "SELECT audit_id, entity, entity_id, field, old_value, new_value FROM case_field_history"
                f" WHERE case_id = ? AND audit_id IN ({marks}) ORDER BY id", (case_id, *chunk)).fetchall()
        for audit_id, entity, entity_id, name, old, new in found:
            out.setdefault(int(audit_id), []).append(
                Change(int(audit_id), str(entity), entity_id, str(name), json.loads(old), json.loads(new)))
    return out


def problems(conn: Connection, key: bytes, limit: int = 5) -> tuple[int, list[str]]:
    """Every history row checked against the hashes its audit entry holds: (rows checked, problems). A row
    whose value was changed, or that belongs to no entry naming its field, is reported by its id."""
    found: list[str] = []
    checked = bad = 0
    with errors_translated():
        cursor = conn.execute(
            "SELECT h.id, h.case_id, h.entity, h.entity_id, h.field, h.old_value, h.new_value, h.salt, a.details,"
            " a.target FROM case_field_history h LEFT JOIN audit_log a ON a.id = h.audit_id ORDER BY h.id")
        for row_id, case_id, entity, entity_id, name, old, new, salt, details, target in cursor:
            checked += 1
            hashes = json.loads(details).get("hashes", {}) if details else {}
            want = hashes.get(name) if isinstance(hashes, dict) and target == f"case:{case_id}" else None
            have = [value_hash(key, salt, case_id, entity, entity_id, name, "old", old),
                    value_hash(key, salt, case_id, entity, entity_id, name, "new", new)]
            ok = isinstance(want, list) and len(want) == 2 and all(
                hmac.compare_digest(str(w), h) for w, h in zip(want, have, strict=True))
            if not ok:
                bad += 1
                if len(found) < limit:
                    found.append(f"field history row {row_id} does not match its audit entry")
    if bad > len(found):
        found.append(f"{bad} rows in all")
    return checked, found
