"""What each partner holds of our travelling records (issue 17): the common revision a merge starts from.

Per partner and record uuid, `base` is a hash of every field's value both sides last agreed on: set when a
package from the partner is merged (the partner holds what it sent) and when the partner acknowledges a
package of ours (`pending`, what that package carried, becomes the base). A package carries the changes
since the base, so a package that was lost is simply sent again in the next one. Hashes, not values: no
second copy of her details. Rows go with the case when it is destroyed (vault/destruction.py).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..vault.port import Connection, errors_translated

DELETED = "deleted"  # `pending` of a record whose deletion was sent


def value_hash(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def hashes(values: dict[str, Any]) -> dict[str, str]:
    return {name: value_hash(value) for name, value in values.items()}


@dataclass
class Known:
    table: str
    base: dict[str, str] | None
    pending: dict[str, str] | None


def _load(text: Any) -> dict[str, str] | None:
    if text is None or text == DELETED:
        return None
    value = json.loads(str(text))
    return value if isinstance(value, dict) else None


def promote(conn: Connection, partner_id: str, acked: int) -> None:
    """The partner has imported our packages up to `acked`: what they carried is now the common base."""
    with errors_translated():
        conn.execute("DELETE FROM package_base WHERE partner_id = ? AND pending = ? AND pending_seq <= ?",
                     (partner_id, DELETED, acked))
        conn.execute("UPDATE package_base SET base = pending, pending = NULL, pending_seq = NULL"
                     " WHERE partner_id = ? AND pending_seq <= ?", (partner_id, acked))


def known(conn: Connection, partner_id: str, case_id: int, also: Sequence[str] = ()) -> dict[str, Known]:
    """What the partner holds of one case's records; `also`: records of hers that may be known under another
    of her cases (a consent hangs under the woman: its row names the case it first travelled with)."""
    with errors_translated():
        found = conn.execute("SELECT record_uuid, table_name, base, pending FROM package_base"
                             " WHERE partner_id = ? AND case_id = ?", (partner_id, case_id)).fetchall()
        for start in range(0, len(also), 500):
            part = also[start:start + 500]
            found += conn.execute("SELECT record_uuid, table_name, base, pending FROM package_base WHERE"
                                  f" partner_id = ? AND record_uuid IN ({', '.join('?' for _ in part)})",
                                  (partner_id, *part)).fetchall()
    return {str(u): Known(str(t), _load(b), _load(p)) for u, t, b, p in found}


def sent(conn: Connection, partner_id: str, case_id: int, table: str, uuid: str, values: dict[str, str] | None,
         sequence: int) -> None:
    """Note what package `sequence` carried of one record (None: its deletion)."""
    pending = DELETED if values is None else json.dumps(values, sort_keys=True)
    with errors_translated():
        updated = conn.execute("UPDATE package_base SET pending = ?, pending_seq = ? WHERE partner_id = ?"
                               " AND record_uuid = ?", (pending, sequence, partner_id, uuid)).rowcount
        if not updated:
            conn.execute("INSERT INTO package_base (partner_id, record_uuid, table_name, case_id, pending,"
                         " pending_seq) VALUES (?, ?, ?, ?, ?, ?)",
                         (partner_id, uuid, table, case_id, pending, sequence))


def received(conn: Connection, partner_id: str, case_id: int, table: str, uuid: str,
             values: dict[str, str]) -> None:
    """The partner holds these field values (hashes) of one record: merged into the base."""
    with errors_translated():
        row = conn.execute("SELECT base FROM package_base WHERE partner_id = ? AND record_uuid = ?",
                           (partner_id, uuid)).fetchone()
        if row is None:
            conn.execute("INSERT INTO package_base (partner_id, record_uuid, table_name, case_id, base)"
                         " VALUES (?, ?, ?, ?, ?)", (partner_id, uuid, table, case_id,
                                                     json.dumps(values, sort_keys=True)))
            return
        base = _load(row[0]) or {}
        base.update(values)
        conn.execute("UPDATE package_base SET base = ? WHERE partner_id = ? AND record_uuid = ?",
                     (json.dumps(base, sort_keys=True), partner_id, uuid))


def forget(conn: Connection, partner_id: str, uuid: str) -> None:
    with errors_translated():
        conn.execute("DELETE FROM package_base WHERE partner_id = ? AND record_uuid = ?", (partner_id, uuid))


def known_anywhere(conn: Connection, uuid: str) -> bool:
    """Whether a record of this uuid was ever here (it went to or came from some partner)."""
    with errors_translated():
        return conn.execute("SELECT 1 FROM package_base WHERE record_uuid = ? LIMIT 1", (uuid,)).fetchone() is not None
