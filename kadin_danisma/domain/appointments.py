"""Appointments as rules, without I/O: times, the steps an appointment goes through, what counts as a clash.

Times are the center's local wall-clock time written `YYYY-MM-DDTHH:MM` (a center works in one time zone;
an appointment at 10:00 stays at 10:00 whatever the computer's clock says about daylight saving). Two
bookings clash when their times overlap (one ending at 10:00 and the next starting at 10:00 do not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

TIME_FORMAT = "%Y-%m-%dT%H:%M"
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
MAX_MINUTES = 12 * 60  # one appointment lasts at most a working day
MIN_MINUTES = 5


class Status(StrEnum):
    PLANNED = "planned"
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


STATUSES = tuple(s.value for s in Status)
# Only a planned appointment changes: what happened is then recorded once and stays.
NEXT = {Status.PLANNED: frozenset({Status.ATTENDED, Status.NO_SHOW, Status.CANCELLED})}


class ClashKind(StrEnum):
    COUNSELOR = "counselor"  # she is already booked then
    ROOM = "room"
    INTERPRETER = "interpreter"
    LANGUAGE = "language"  # the interpreter chosen does not speak the language needed


@dataclass(frozen=True)
class Clash:
    """One reason to think twice before booking. `other` is the appointment already booked (None for a
    missing language); `who` names the counselor (user name), room or interpreter concerned."""

    kind: ClashKind
    who: str
    other: int | None = None
    starts_at: str = ""
    ends_at: str = ""


def parse_time(text: str) -> datetime | None:
    """A stored appointment time, or None when the text is not one (a checker reports it)."""
    if not isinstance(text, str) or not _TIME.fullmatch(text):
        return None
    try:
        return datetime.strptime(text, TIME_FORMAT)
    except ValueError:
        return None


def time_text(moment: datetime) -> str:
    return moment.strftime(TIME_FORMAT)


def minutes(starts_at: str, ends_at: str) -> int:
    start, end = parse_time(starts_at), parse_time(ends_at)
    if start is None or end is None:
        return 0
    return int((end - start).total_seconds() // 60)


def overlaps(a_start: str, a_end: str, b_start: str, b_end: str) -> bool:
    """Whether two time spans share a minute (the texts compare in time order: fixed width, zero-padded)."""
    return a_start < b_end and b_start < a_end


def day_bounds(day: date, days: int = 1) -> tuple[str, str]:
    """The first minute of `day` and the first minute after `days` days, as stored times (a range query)."""
    start = datetime.combine(day, datetime.min.time())
    return time_text(start), time_text(start + timedelta(days=days))


def may_become(current: str, new: str) -> bool:
    try:
        return Status(new) in NEXT.get(Status(current), frozenset())
    except ValueError:
        return False


def note_type_for(kind_meta: dict[str, object], fallback: str = "psychosocial_session") -> str:
    """The note an attended appointment of this kind becomes (the vocabulary's meta says)."""
    value = kind_meta.get("note_type")
    return value if isinstance(value, str) and value else fallback
