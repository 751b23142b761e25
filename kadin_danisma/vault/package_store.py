"""Reading and writing the partners level's tables (schema_partners.py): the vault's own key pair and its
paired partners with the state of each direction. Called inside the services' transactions only."""

from __future__ import annotations

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


_PARTNER_COLUMNS = ("partner_id, center, x25519_public, ed25519_public, paired_at, out_sequence, out_hash,"
                    " in_sequence, in_hash, acked, last_in_at, last_out_at")


def identity(conn: Connection) -> Keys | None:
    row = conn.execute("SELECT x25519_private, ed25519_private FROM package_identity WHERE id = 1").fetchone()
    return Keys(bytes.fromhex(row[0]), bytes.fromhex(row[1])) if row else None


def create_identity(conn: Connection, keys: Keys, user_id: int | None) -> None:
    conn.execute("INSERT INTO package_identity (id, x25519_private, ed25519_private, created_at, created_by)"
                 " VALUES (1, ?, ?, ?, ?)", (keys.x25519_private.hex(), keys.ed25519_private.hex(), now_iso(),
                                             user_id))


def _partner(row: tuple[object, ...]) -> Partner:
    return Partner(str(row[0]), str(row[1]), bytes.fromhex(str(row[2])), bytes.fromhex(str(row[3])), str(row[4]),
                   int(row[5]), str(row[6]), int(row[7]), str(row[8]), int(row[9]),  # type: ignore[call-overload]
                   None if row[10] is None else str(row[10]), None if row[11] is None else str(row[11]))


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


def record_sent(conn: Connection, partner_id: str, sequence: int, file_hash: str) -> None:
    conn.execute("UPDATE package_partners SET out_sequence = ?, out_hash = ?, last_out_at = ? WHERE partner_id = ?",
                 (sequence, file_hash, now_iso(), partner_id))


def record_received(conn: Connection, partner_id: str, sequence: int, file_hash: str, acked: int) -> None:
    conn.execute("UPDATE package_partners SET in_sequence = ?, in_hash = ?, acked = max(acked, ?), last_in_at = ?"
                 " WHERE partner_id = ?", (sequence, file_hash, acked, now_iso(), partner_id))
