"""Reading and writing the package tables (schema_partners.py, schema_package_admin.py; on a center server
schema_package_server.py): the vault's own key pair, its paired partners with the state of each direction,
and the record of packages written. Called inside the services' transactions only.

Where a server keeps them differently, the statement differs here and nowhere else: its private keys come
from kd.package_keys() (a supervisor's login only, pg/package_security.py), its public keys from their own
table, a new identity is made by kd.package_identity_create(), and an import's in-sequence moves on through
kd.package_import_begin(), which also opens the supervisor's import gate."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from .audit import now_iso
from .package_seal import Keys
from .port import Connection


@dataclass(frozen=True)
class Partner:
    partner_id: str
    center: str
    x25519_public: bytes
    ed25519_public: bytes
    paired_at: str
    out_sequence: int
    out_hash: str
    in_sequence: int
    in_hash: str
    acked: int
    last_in_at: str | None
    last_out_at: str | None
    removed_at: str | None = None

    @property
    def removed(self) -> bool:
        return self.removed_at is not None


@dataclass(frozen=True)
class Sent:
    """One package written to a partner (package_sent)."""

    sequence: int
    file_hash: str
    previous: str
    sent_at: str
    sent_by: str  # the user's display name ('' if unknown)
    case_uuids: tuple[str, ...]
    superseded_at: str | None


_PARTNER_COLUMNS = ("partner_id, center, x25519_public, ed25519_public, paired_at, out_sequence, out_hash,"
                    " in_sequence, in_hash, acked, last_in_at, last_out_at, removed_at")


@dataclass(frozen=True)
class PublicIdentity:
    """The public half of the identity (what the card shows, and what pairing compares)."""

    x25519_public: bytes
    ed25519_public: bytes

    @property
    def own_id(self) -> str:
        return hashlib.sha256(self.ed25519_public).hexdigest()


def _server(conn: Connection) -> bool:
    return bool(conn.dialect.name == "postgresql")


def identity(conn: Connection) -> Keys | None:
    """The private keys (on a server: a supervisor's login only; anyone else's call raises)."""
    sql = ("SELECT x25519_private, ed25519_private FROM kd.package_keys()" if _server(conn) else
           "SELECT x25519_private, ed25519_private FROM package_identity WHERE id = 1")
    row = conn.execute(sql).fetchone()
    return Keys(bytes.fromhex(row[0]), bytes.fromhex(row[1])) if row else None


def public_identity(conn: Connection) -> PublicIdentity | None:
    """The public keys, readable by every member of staff."""
    if not _server(conn):
        keys = identity(conn)
        return None if keys is None else PublicIdentity(keys.x25519_public, keys.ed25519_public)
    row = conn.execute("SELECT x25519_public, ed25519_public FROM package_identity WHERE id = 1").fetchone()
    return PublicIdentity(bytes.fromhex(row[0]), bytes.fromhex(row[1])) if row else None


def create_identity(conn: Connection, keys: Keys, user_id: int | None) -> bool:
    """Store a new identity; False when one was made meanwhile (a colleague's, on a server: read it)."""
    if _server(conn):
        made = conn.execute("SELECT kd.package_identity_create(?, ?, ?, ?)", (
            keys.x25519_private.hex(), keys.ed25519_private.hex(), keys.x25519_public.hex(),
            keys.ed25519_public.hex())).fetchone()
        return bool(made[0])
    conn.execute("INSERT INTO package_identity (id, x25519_private, ed25519_private, created_at, created_by)"
                 " VALUES (1, ?, ?, ?, ?)", (keys.x25519_private.hex(), keys.ed25519_private.hex(), now_iso(),
                                             user_id))
    return True


def _partner(row: tuple[object, ...]) -> Partner:
    return Partner(str(row[0]), str(row[1]), bytes.fromhex(str(row[2])), bytes.fromhex(str(row[3])), str(row[4]),
                   int(row[5]), str(row[6]), int(row[7]), str(row[8]), int(row[9]),  # type: ignore[call-overload]
                   None if row[10] is None else str(row[10]), None if row[11] is None else str(row[11]),
                   None if row[12] is None else str(row[12]))


def partners(conn: Connection) -> list[Partner]:
    return [_partner(tuple(r)) for r in conn.execute(
        f"SELECT {_PARTNER_COLUMNS} FROM package_partners ORDER BY center, partner_id").fetchall()]


def partner(conn: Connection, partner_id: str) -> Partner | None:
    row = conn.execute(f"SELECT {_PARTNER_COLUMNS} FROM package_partners WHERE partner_id = ?",
                       (partner_id,)).fetchone()
    return _partner(tuple(row)) if row else None


def add_partner(conn: Connection, partner_id: str, center: str, x25519_public: bytes, ed25519_public: bytes,
                user_id: int | None) -> None:
    conn.execute("INSERT INTO package_partners (partner_id, center, x25519_public, ed25519_public, paired_at,"
                 " paired_by) VALUES (?, ?, ?, ?, ?, ?)",
                 (partner_id, center, x25519_public.hex(), ed25519_public.hex(), now_iso(), user_id))


def rename_partner(conn: Connection, partner_id: str, center: str) -> None:
    conn.execute("UPDATE package_partners SET center = ? WHERE partner_id = ?", (center, partner_id))


def record_sent(conn: Connection, partner_id: str, sequence: int, file_hash: str, previous: str,
                user_id: int | None, case_uuids: list[str]) -> None:
    at = now_iso()
    conn.execute("UPDATE package_partners SET out_sequence = ?, out_hash = ?, last_out_at = ? WHERE partner_id = ?",
                 (sequence, file_hash, at, partner_id))
    conn.execute("INSERT INTO package_sent (partner_id, sequence, file_hash, previous, sent_at, sent_by, case_uuids)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?)", (partner_id, sequence, file_hash, previous, at, user_id,
                                                   json.dumps(case_uuids)))


def sent(conn: Connection, partner_id: str) -> list[Sent]:
    """Every package written to the partner, newest first (a resent number appears once per writing)."""
    found = conn.execute("SELECT s.sequence, s.file_hash, s.previous, s.sent_at, coalesce(u.display_name, ''),"
                         " s.case_uuids, s.superseded_at FROM package_sent s LEFT JOIN users u ON u.id = s.sent_by"
                         " WHERE s.partner_id = ? ORDER BY s.id DESC", (partner_id,)).fetchall()
    out = []
    for seq, file_hash, previous, at, by, uuids, superseded in found:
        listed = json.loads(str(uuids))
        out.append(Sent(int(seq), str(file_hash), str(previous), str(at), str(by),
                        tuple(str(u) for u in listed) if isinstance(listed, list) else (),
                        None if superseded is None else str(superseded)))
    return out


def rewind(conn: Connection, partner_id: str, sequence: int, out_hash: str, superseded_from: int) -> None:
    """The chain to the partner goes back to `sequence` (whose file hash is `out_hash`): packages numbered
    `superseded_from` and above are replaced, and what they carried is no longer waiting for an
    acknowledgement (a record with no agreed base left goes again whole)."""
    conn.execute("UPDATE package_partners SET out_sequence = ?, out_hash = ? WHERE partner_id = ?",
                 (sequence, out_hash, partner_id))
    conn.execute("UPDATE package_sent SET superseded_at = ? WHERE partner_id = ? AND sequence >= ?"
                 " AND superseded_at IS NULL", (now_iso(), partner_id, superseded_from))
    conn.execute("DELETE FROM package_base WHERE partner_id = ? AND pending_seq >= ? AND base IS NULL",
                 (partner_id, superseded_from))
    conn.execute("UPDATE package_base SET pending = NULL, pending_seq = NULL WHERE partner_id = ?"
                 " AND pending_seq >= ?", (partner_id, superseded_from))


def case_numbers_waiting(conn: Connection, partner_id: str, from_sequence: int) -> list[str]:
    """The cases whose records packages `from_sequence` and above carried (still waiting for an
    acknowledgement), by case number."""
    return [str(n) for (n,) in conn.execute(
        "SELECT c.case_number FROM cases c WHERE c.id IN (SELECT case_id FROM package_base WHERE partner_id = ?"
        " AND pending_seq >= ?) ORDER BY c.id", (partner_id, from_sequence)).fetchall()]


def case_uuids(conn: Connection, numbers: list[str]) -> list[str]:
    if not numbers:
        return []
    marks = ", ".join("?" for _ in numbers)
    return [str(u) for (u,) in conn.execute(f"SELECT uuid FROM cases WHERE case_number IN ({marks}) ORDER BY id",
                                            tuple(numbers)).fetchall()]


def case_numbers_of(conn: Connection, uuids: set[str]) -> list[str]:
    if not uuids:
        return []
    marks = ", ".join("?" for _ in uuids)
    return [str(n) for (n,) in conn.execute(f"SELECT case_number FROM cases WHERE uuid IN ({marks}) ORDER BY id",
                                            tuple(sorted(uuids))).fetchall()]


def remove_partner(conn: Connection, partner_id: str, user_id: int | None) -> None:
    if _server(conn):  # an admin's login: the function writes what her column privileges do not reach
        conn.execute("SELECT kd.package_partner_remove(?)", (partner_id,))
        return
    conn.execute("UPDATE package_partners SET removed_at = ?, removed_by = ? WHERE partner_id = ?",
                 (now_iso(), user_id, partner_id))
    conn.execute("DELETE FROM package_base WHERE partner_id = ?", (partner_id,))


def restart_partner(conn: Connection, partner_id: str, *, reactivate: bool) -> None:
    """Both directions with the partner start again at 0 (a re-pairing after removal, or a new identity
    here); what it was known to hold is forgotten, so the next package to it goes whole. On a server only
    the re-pairing (an admin's, through kd.package_partner_restart; a new identity restarts them itself)."""
    if _server(conn):
        if not reactivate:
            raise RuntimeError("on a server kd.package_identity_rotate restarts the partners")
        conn.execute("SELECT kd.package_partner_restart(?)", (partner_id,))
        return
    conn.execute("UPDATE package_partners SET out_sequence = 0, out_hash = '', in_sequence = 0, in_hash = '',"
                 " acked = 0 WHERE partner_id = ?", (partner_id,))
    if reactivate:
        conn.execute("UPDATE package_partners SET removed_at = NULL, removed_by = NULL WHERE partner_id = ?",
                     (partner_id,))
    now = now_iso()
    conn.execute("UPDATE package_sent SET superseded_at = ? WHERE partner_id = ? AND superseded_at IS NULL",
                 (now, partner_id))
    conn.execute("DELETE FROM package_base WHERE partner_id = ?", (partner_id,))


def replace_identity(conn: Connection, keys: Keys, user_id: int | None) -> None:
    """New keys in place of the old (the old private keys are overwritten: that is the point). On a server
    kd.package_identity_rotate() (a supervisor's) also makes them if there were none, starts every partner
    again and writes the audit entry."""
    if _server(conn):
        conn.execute("SELECT kd.package_identity_rotate(?, ?, ?, ?)", (
            keys.x25519_private.hex(), keys.ed25519_private.hex(), keys.x25519_public.hex(),
            keys.ed25519_public.hex()))
        return
    conn.execute("UPDATE package_identity SET x25519_private = ?, ed25519_private = ?, created_at = ?, created_by = ?"
                 " WHERE id = 1", (keys.x25519_private.hex(), keys.ed25519_private.hex(), now_iso(), user_id))


def record_received(conn: Connection, partner_id: str, sequence: int, file_hash: str, acked: int) -> bool:
    """The package `sequence` from this partner is being imported in this transaction. On a server the
    function also writes the import's audit entry and opens the import gate: True says it did (the caller
    then writes no audit entry of its own)."""
    if _server(conn):
        conn.execute("SELECT kd.package_import_begin(?, ?, ?, ?, false)", (partner_id, sequence, file_hash, acked))
        return True
    conn.execute("UPDATE package_partners SET in_sequence = ?, in_hash = ?, acked = CASE WHEN acked > ? THEN acked"
                 " ELSE ? END, last_in_at = ? WHERE partner_id = ?",
                 (sequence, file_hash, acked, acked, now_iso(), partner_id))
    return False


def open_preview(conn: Connection, partner_id: str) -> None:
    """On a server, a preview's merge runs behind the import gate, in a transaction that can never commit
    (pg/package_security.py); a vault needs nothing."""
    if _server(conn):
        conn.execute("SELECT kd.package_import_begin(?, 0, '', 0, true)", (partner_id,))
