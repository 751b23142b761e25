"""Reads and writes of the retention level (issue 19): who is due for destruction, legal holds, cycles and their
items, destruction records. Plain parameterised SQL without engine-specific functions (dates are ISO text
compared as text), so the server adapter can run the same statements.

A woman (a client row) is the unit of destruction: she is due when none of her cases is open, active or
under closure review, and her last case ended (closed; a draft that never became a case: the day it was
made) before the cut-off day. A returning woman keeps her whole record until her newest case is old enough.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .database import Connection, errors_translated

LIVE = ("open", "active", "closure_requested")
_ENDED = "CASE WHEN c.status = 'closed' THEN c.closed_on ELSE substr(c.created_at, 1, 10) END"


@dataclass(frozen=True)
class DueClient:
    client_id: int
    ended_on: str  # the day her last case ended
    case_numbers: tuple[str, ...]
    held: bool  # one of her cases is on legal hold: listed, never proposed


@dataclass(frozen=True)
class DueSafeContact:
    client_id: int
    ended_on: str
    case_numbers: tuple[str, ...]
    held: bool


@dataclass(frozen=True)
class DueShelter:
    shelter_id: int
    name: str
    retired_on: str


def _numbers(conn: Connection, client_ids: list[int]) -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    for start in range(0, len(client_ids), 500):
        chunk = client_ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        with errors_translated():
            for client_id, number in conn.execute(
                    f"SELECT client_id, case_number FROM cases WHERE client_id IN ({marks}) ORDER BY opened_on, id",
                    chunk):
                out.setdefault(int(client_id), []).append(str(number))
    return {k: tuple(v) for k, v in out.items()}


def held_clients(conn: Connection) -> set[int]:
    with errors_translated():
        return {int(x) for (x,) in conn.execute(
            "SELECT DISTINCT c.client_id FROM legal_holds h JOIN cases c ON c.id = h.case_id"
            " WHERE h.lifted_at IS NULL")}


def _ended_clients(conn: Connection, before: str, extra: str = "") -> list[tuple[int, str]]:
    """(client id, day her last case ended) of every woman with no live case whose last case ended before
    `before` and none of whose cases is anonymized yet."""
    marks = ", ".join("?" for _ in LIVE)
    with errors_translated():
        found = conn.execute(
            f"SELECT c.client_id, MAX({_ENDED}) FROM cases c GROUP BY c.client_id"
            f" HAVING SUM(CASE WHEN c.status IN ({marks}) THEN 1 ELSE 0 END) = 0"
            " AND SUM(CASE WHEN c.anonymized_on IS NULL THEN 0 ELSE 1 END) = 0"
            f" AND MAX({_ENDED}) < ?{extra} ORDER BY 2, 1", (*LIVE, before)).fetchall()
    return [(int(a), str(b)) for a, b in found]


def client_ended_before(conn: Connection, client_id: int, before: str) -> bool:
    """Whether her last case ended before `before` (and none is live): still due, at approval time."""
    marks = ", ".join("?" for _ in LIVE)
    with errors_translated():
        row = conn.execute(
            f"SELECT MAX({_ENDED}), SUM(CASE WHEN c.status IN ({marks}) THEN 1 ELSE 0 END) FROM cases c"
            " WHERE c.client_id = ?", (*LIVE, client_id)).fetchone()
    return bool(row and row[0] and not row[1] and str(row[0]) < before)


def due_clients(conn: Connection, before: str) -> list[DueClient]:
    """Women whose record is past its keeping period (held ones included, marked)."""
    ended = _ended_clients(conn, before)
    held = held_clients(conn)
    numbers = _numbers(conn, [c for c, _ in ended])
    return [DueClient(c, day, numbers.get(c, ()), c in held) for c, day in ended]


def due_safe_contacts(conn: Connection, before: str, excluded: set[int]) -> list[DueSafeContact]:
    """Women with no live case, last case ended before `before`, whose safe-contact details (with her address,
    part of them since schema level 6) are still there (and who are not in `excluded`: destroyed whole in the
    same cycle)."""
    ended = [(c, d) for c, d in _ended_clients(conn, before) if c not in excluded]
    if not ended:
        return []
    with_details: set[int] = set()
    ids = [c for c, _ in ended]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        with errors_translated():
            with_details |= {int(x) for (x,) in conn.execute(
                f"SELECT id FROM clients WHERE id IN ({marks}) AND (safe_phone <> '' OR safe_contact_times <> ''"
                " OR code_word <> '' OR safe_contact_notes <> '' OR address <> '' OR never_call_home = 1)", chunk)}
    held = held_clients(conn)
    kept = [(c, d) for c, d in ended if c in with_details]
    numbers = _numbers(conn, [c for c, _ in kept])
    return [DueSafeContact(c, d, numbers.get(c, ()), c in held) for c, d in kept]


def due_shelters(conn: Connection, before: str) -> list[DueShelter]:
    with errors_translated():
        found = conn.execute(
            "SELECT id, name, retired_on FROM shelters WHERE active = 0 AND retired_on IS NOT NULL AND retired_on < ?"
            " AND (address <> '' OR phone <> '' OR contact_person <> '') ORDER BY retired_on, id", (before,)).fetchall()
    return [DueShelter(int(a), str(b), str(c)) for a, b, c in found]


# -- legal holds -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Hold:
    id: int
    case_id: int
    placed_at: str
    placed_by: int | None
    reason: str
    lifted_at: str | None
    lifted_by: int | None
    lift_reason: str


def holds(conn: Connection, case_id: int) -> list[Hold]:
    with errors_translated():
        found = conn.execute(
            "SELECT id, case_id, placed_at, placed_by, reason, lifted_at, lifted_by, lift_reason FROM legal_holds"
            " WHERE case_id = ? ORDER BY id DESC", (case_id,)).fetchall()
    return [Hold(int(a), int(b), str(c), d, str(e), f, g, str(h)) for a, b, c, d, e, f, g, h in found]


def active_hold(conn: Connection, case_id: int) -> Hold | None:
    return next((h for h in holds(conn, case_id) if h.lifted_at is None), None)


def client_held(conn: Connection, client_id: int) -> bool:
    with errors_translated():
        return conn.execute(
            "SELECT 1 FROM legal_holds h JOIN cases c ON c.id = h.case_id"
            " WHERE c.client_id = ? AND h.lifted_at IS NULL",
            (client_id,)).fetchone() is not None


# -- cycles ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Cycle:
    id: int
    status: str
    origin: str
    request_id: int | None
    policy: dict[str, Any]
    proposed_at: str
    proposed_by: int
    decided_at: str | None
    decided_by: int | None
    compacted_at: str | None


_CYCLE = ("SELECT id, status, origin, request_id, policy, proposed_at, proposed_by, decided_at, decided_by,"
          " compacted_at FROM destruction_cycles")


def _cycle(row: tuple[Any, ...]) -> Cycle:
    return Cycle(int(row[0]), str(row[1]), str(row[2]), row[3], json.loads(row[4]), str(row[5]), int(row[6]),
                 row[7], row[8], row[9])


def cycle(conn: Connection, cycle_id: int) -> Cycle | None:
    with errors_translated():
        row = conn.execute(f"{_CYCLE} WHERE id = ?", (cycle_id,)).fetchone()
    return _cycle(row) if row else None


def cycles(conn: Connection, status: str | None = None, limit: int = 200) -> list[Cycle]:
    with errors_translated():
        if status is None:
            found = conn.execute(f"{_CYCLE} ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        else:
            found = conn.execute(f"{_CYCLE} WHERE status = ? ORDER BY id DESC LIMIT ?", (status, limit)).fetchall()
    return [_cycle(r) for r in found]


def items(conn: Connection, cycle_id: int) -> list[tuple[str, int, str]]:
    """(kind, target id, action) of a cycle, in order."""
    with errors_translated():
        return [(str(k), int(t), str(a)) for k, t, a in conn.execute(
            "SELECT kind, target_id, action FROM destruction_items WHERE cycle_id = ? ORDER BY kind, target_id",
            (cycle_id,))]


def pending_client_ids(conn: Connection) -> set[int]:
    """Women already in a proposed cycle."""
    with errors_translated():
        return {int(x) for (x,) in conn.execute(
            "SELECT i.target_id FROM destruction_items i JOIN destruction_cycles d ON d.id = i.cycle_id"
            " WHERE d.status = 'proposed' AND i.kind = 'client'")}


def record(conn: Connection, cycle_id: int) -> dict[str, Any] | None:
    with errors_translated():
        row = conn.execute("SELECT id, done_at, keep_until, data FROM destruction_records WHERE cycle_id = ?",
                           (cycle_id,)).fetchone()
    if row is None:
        return None
    return {"id": int(row[0]), "done_at": str(row[1]), "keep_until": str(row[2]), **json.loads(row[3])}


def records(conn: Connection, limit: int = 500) -> list[dict[str, Any]]:
    with errors_translated():
        found = conn.execute("SELECT id, cycle_id, done_at, keep_until, data FROM destruction_records"
                             " ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return [{"id": int(a), "cycle_id": int(b), "done_at": str(c), "keep_until": str(d), **json.loads(e)}
            for a, b, c, d, e in found]


def last_done_at(conn: Connection) -> str | None:
    with errors_translated():
        row = conn.execute("SELECT MAX(done_at) FROM destruction_records").fetchone()
    return str(row[0]) if row and row[0] else None
