"""Read-only queries over appointments: a span of days (optionally for one counselor, room or interpreter),
what overlaps a time, a case's bookings. Rows come back whole; the services decide what of the case a
person may see and audit the reading.

When and with whom comes from the views appointment_slots and appointment_slot_counselors (schema level of
vault/schema_versions.py), what it is about from the tables, joined on: on a center server the views read
every appointment (a clash with a colleague's booking is seen) while row-level security leaves the kind,
the note and the client of a case she may not read empty. In a vault both read the same rows.

Every query walks `appointments(starts_at, id)` (or the room's, the interpreter's, the counselor's index)
from the first minute of the span: a week of a center with years of history reads that week only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..domain.appointments import MAX_MINUTES, TIME_FORMAT
from .port import Connection, dialect, errors_translated

BLOCKING = ("planned", "attended")  # a cancelled or missed appointment frees its counselor, room, interpreter
BY = ("counselor", "room", "interpreter")


@dataclass(frozen=True)
class BookingRow:
    id: int
    case_id: int
    case_number: str
    client_code: str
    client_name: str
    starts_at: str
    ends_at: str
    kind: str
    status: str
    room_id: int | None
    room: str
    interpreter_id: int | None
    interpreter: str
    interpreter_language: str | None
    cancel_reason: str
    note_id: int | None
    follow_up_id: int | None
    counselor_ids: tuple[int, ...]
    counselor_names: tuple[str, ...]  # an imported appointment's counselors, as text
    uuid: str


def _select(conn: Connection) -> str:
    counselors = dialect(conn).group_concat("CAST(x.user_id AS TEXT)", "','")
    return f"""
    SELECT a.id, a.case_id, c.case_number, coalesce(cl.client_code, ''), coalesce(cl.full_name, ''), a.starts_at,
           a.ends_at, coalesce(d.kind, ''), a.status, a.room_id, coalesce(ro.name, ''), a.interpreter_id,
           coalesce(i.name, ''), a.interpreter_language, coalesce(d.cancel_reason, ''), d.note_id, d.follow_up_id,
           (SELECT {counselors} FROM appointment_slot_counselors x WHERE x.appointment_id = a.id),
           a.counselor_names, coalesce(d.uuid, '')
    FROM appointment_slots a JOIN case_refs c ON c.id = a.case_id LEFT JOIN appointments d ON d.id = a.id
    LEFT JOIN clients cl ON cl.id = c.client_id
    LEFT JOIN rooms ro ON ro.id = a.room_id LEFT JOIN interpreters i ON i.id = a.interpreter_id
"""


def _row(x: tuple[Any, ...]) -> BookingRow:
    ids = tuple(sorted(int(v) for v in str(x[17]).split(","))) if x[17] else ()
    names = json.loads(x[18]) if x[18] else []
    return BookingRow(int(x[0]), int(x[1]), str(x[2]), str(x[3]), str(x[4]), str(x[5]), str(x[6]), str(x[7]),
                      str(x[8]), x[9], str(x[10]), x[11], str(x[12]), x[13], str(x[14]), x[15], x[16], ids,
                      tuple(str(n) for n in names) if isinstance(names, list) else (), str(x[19]))


def _resource(by: str | None, who: int | None) -> str:
    if by is None:
        return ""
    if by not in BY or who is None:
        raise ValueError("unknown calendar resource")
    return {
        "counselor": " AND EXISTS (SELECT 1 FROM appointment_slot_counselors x WHERE x.appointment_id = a.id"
                     " AND x.user_id = :who)",
        "room": " AND a.room_id = :who",
        "interpreter": " AND a.interpreter_id = :who",
    }[by]


def in_span(conn: Connection, first: str, after: str, by: str | None = None, who: int | None = None,
            only_user_id: int | None = None, limit: int = 5000) -> list[BookingRow]:
    """Appointments starting in [first, after), in time order. `only_user_id`: those of cases assigned to her."""
    mine = (" AND EXISTS (SELECT 1 FROM case_counselors y WHERE y.case_id = a.case_id AND y.user_id = :me)"
            if only_user_id is not None else "")
    sql = (f"{_select(conn)} WHERE a.starts_at >= :first AND a.starts_at < :after{_resource(by, who)}{mine}"
           " ORDER BY a.starts_at, a.id LIMIT :limit")
    with errors_translated():
        found = conn.execute(sql, {"first": first, "after": after, "who": who, "me": only_user_id, "limit": limit})
        return [_row(x) for x in found]


def of_case(conn: Connection, case_id: int) -> list[BookingRow]:
    with errors_translated():
        return [_row(x) for x in conn.execute(f"{_select(conn)} WHERE a.case_id = ? ORDER BY a.starts_at, a.id",
                                              (case_id,))]


def by_id(conn: Connection, appointment_id: int) -> BookingRow | None:
    with errors_translated():
        found = conn.execute(f"{_select(conn)} WHERE a.id = ?", (appointment_id,)).fetchone()
    return _row(found) if found else None


def overlapping(conn: Connection, starts_at: str, ends_at: str, by: str, who: int,
                exclude: int | None = None) -> list[BookingRow]:
    """Appointments that still hold this counselor, room or interpreter and share a minute with the span."""
    # An overlapping appointment started at most MAX_MINUTES before this one ends: a bounded index range.
    earliest = (datetime.strptime(starts_at, TIME_FORMAT) - timedelta(minutes=MAX_MINUTES)).strftime(TIME_FORMAT)
    sql = (f"{_select(conn)} WHERE a.starts_at >= :earliest AND a.starts_at < :ends AND a.ends_at > :starts"
           f" AND a.status IN ('planned', 'attended') AND a.id != :exclude{_resource(by, who)}"
           " ORDER BY a.starts_at, a.id")
    with errors_translated():
        found = conn.execute(sql, {"earliest": earliest, "ends": ends_at, "starts": starts_at, "who": who,
                                   "exclude": exclude if exclude is not None else -1})
        return [_row(x) for x in found]


def assigned_cases(conn: Connection, user_id: int, case_ids: set[int]) -> set[int]:
    """Which of these cases are assigned to her."""
    if not case_ids:
        return set()
    marks = ", ".join("?" for _ in case_ids)
    with errors_translated():
        found = conn.execute(f"SELECT case_id FROM case_counselors WHERE user_id = ? AND case_id IN ({marks})",
                             (user_id, *sorted(case_ids)))
        return {int(x[0]) for x in found}


def counts(conn: Connection) -> dict[str, int]:
    """Appointments by status (the overview; the statistics count their own way)."""
    with errors_translated():
        found = conn.execute("SELECT status, count(*) FROM appointment_slots GROUP BY status")
        return {str(s): int(n) for s, n in found}
