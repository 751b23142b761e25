"""Reading the calendar: a day or a week of appointments (for the center, one counselor, one room or one
interpreter), her appointments today for the dashboard, and the front desk's day list without names.

Everyone who works cases sees when a counselor, a room or an interpreter is taken; what the appointment is
about (the case, the client, the kind of session) only where she may read the case: her own cases, any case
for a supervisor, a case she opened with a stated reason. Each reading is audited like a list (how many
rows, never what they say).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.appointments import day_bounds
from ..domain.permissions import Action
from ..domain.roles import Role
from ..vault import appointment_queries as q
from ..vault import repositories
from . import access
from .calendar_setup import interpreters_of, rooms_of
from .session import Session

MAX_DAYS = 31


@dataclass(frozen=True)
class Booking:
    """An appointment as a calendar shows it. Without `visible`, only when and with whom: the case number,
    the client and the kind of session are empty."""

    id: int
    case_id: int
    starts_at: str
    ends_at: str
    status: str
    room: str
    interpreter: str
    interpreter_language: str | None
    counselors: tuple[str, ...]  # user names (an imported appointment: the names it came with)
    visible: bool
    case_number: str = ""
    client_code: str = ""
    client_name: str = ""
    kind: str = ""
    cancel_reason: str = ""
    note_id: int | None = None
    room_id: int | None = None
    interpreter_id: int | None = None


@dataclass(frozen=True)
class Resources:
    """Who and what can be booked, for the calendar's choices: (id, name) pairs; counselors with their
    display names."""

    counselors: list[tuple[int, str, str]]  # (user id, user name, display name)
    rooms: list[tuple[int, str]]
    interpreters: list[tuple[int, str]]


def _visible_cases(session: Session, found: list[q.BookingRow]) -> set[int]:
    if session.has(Role.SUPERVISOR):
        return {b.case_id for b in found}
    if session.user_id is None:
        return set()
    ids = {b.case_id for b in found}
    return q.assigned_cases(session.connection(), session.user_id, ids) | (ids & set(session.break_glass))


def bookings(session: Session, found: list[q.BookingRow]) -> list[Booking]:
    names = {u.id: u.username for u in repositories.list_users(session.connection())}
    visible = _visible_cases(session, found)
    out = []
    for b in found:
        who = tuple(names.get(uid, "") for uid in b.counselor_ids) or b.counselor_names
        shown = b.case_id in visible
        out.append(Booking(
            b.id, b.case_id, b.starts_at, b.ends_at, b.status, b.room, b.interpreter, b.interpreter_language, who,
            shown, b.case_number if shown else "", b.client_code if shown else "", b.client_name if shown else "",
            b.kind if shown else "", b.cancel_reason if shown else "", b.note_id if shown else None, b.room_id,
            b.interpreter_id))
    return out


def span(session: Session, first: date, days: int = 1, by: str | None = None, who: int | None = None) -> list[Booking]:
    """Appointments starting on `days` days from `first`, for the whole center or one counselor (`by`
    "counselor", `who` a user id), room or interpreter."""
    access.require(session, Action.DASHBOARD)
    days = max(1, min(days, MAX_DAYS))
    start, after = day_bounds(first, days)
    found = bookings(session, q.in_span(session.connection(), start, after, by, who))
    session.audit("calendar_view", None, days=days, by=by or "all", rows=len(found),
                  shown=sum(1 for b in found if b.visible))
    return found


def today(session: Session, day: date | None = None) -> list[Booking]:
    """Her appointments today (a counselor: those she is booked for; a supervisor who is no counselor: the
    center's), for the dashboard."""
    access.require(session, Action.DASHBOARD)
    day = day or date.today()
    start, after = day_bounds(day)
    conn = session.connection()
    mine = session.has(Role.COUNSELOR) or not session.has(Role.SUPERVISOR)
    found = bookings(session, q.in_span(conn, start, after, "counselor" if mine else None,
                                         session.user_id if mine else None))
    return found


def resources(session: Session) -> Resources:
    access.require(session, Action.DASHBOARD)
    conn = session.connection()
    counselors = [(u.id, u.username, u.display_name) for u in repositories.list_users(conn)
                  if Role.COUNSELOR in u.roles and not u.disabled]
    return Resources(counselors, [(x.id or 0, x.name) for x in rooms_of(conn)],
                     [(x.id or 0, x.name) for x in interpreters_of(conn)])


@dataclass(frozen=True)
class DayLine:
    """A line of the front desk's day list: no name of hers, no kind of session; who to expect where."""

    starts_at: str
    ends_at: str
    room: str
    case_number: str
    counselors: tuple[str, ...]  # display names
    interpreter: str
    interpreter_language: str | None
    status: str


def day_list(session: Session, day: date) -> list[DayLine]:
    """Every appointment of the day in the center, by time: the case number and the room, never her name
    (the front desk greets her by it; the list may lie on a desk). Audited."""
    access.require(session, Action.DASHBOARD)
    start, after = day_bounds(day)
    conn = session.connection()
    names = {u.id: u.display_name for u in repositories.list_users(conn)}
    lines = [DayLine(b.starts_at, b.ends_at, b.room, b.case_number,
                     tuple(names.get(uid, "") for uid in b.counselor_ids) or b.counselor_names,
                     b.interpreter, b.interpreter_language, b.status)
             for b in q.in_span(conn, start, after)]
    session.audit("day_list", None, day=day.isoformat(), rows=len(lines))
    return lines


def week_start(day: date) -> date:
    """The Monday of the week `day` is in (the week views start there)."""
    return day - timedelta(days=day.weekday())
