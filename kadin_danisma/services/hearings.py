"""Court hearings on the calendar (issue 21): the hearings of a day or a week, for the cases the reader may
read (her own, any for a supervisor, one opened with a stated reason), optionally only those of one
counselor's cases. A hearing books no room and no counselor's time in the calendar's sense: the calendar
lists them beside the appointments, by case number, never by her name. Audited like a calendar read (how
many rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.permissions import Action
from ..domain.roles import Role
from ..vault import appointment_queries
from ..vault.port import errors_translated
from . import access
from .session import Session


@dataclass(frozen=True)
class HearingEntry:
    case_id: int
    case_number: str
    hearing_on: str
    hearing_time: str | None
    kind: str  # the court case's kind code
    court: str


def in_span(session: Session, first: date, days: int = 1, counselor: int | None = None) -> list[HearingEntry]:
    access.require(session, Action.DASHBOARD)
    last = first + timedelta(days=max(1, min(days, 31)) - 1)
    conn = session.connection()
    mine = " AND k.case_id IN (SELECT y.case_id FROM case_counselors y WHERE y.user_id = ?)" if counselor else ""
    with errors_translated():
        found = conn.execute(
            "SELECT k.case_id, c.case_number, h.hearing_on, h.hearing_time, k.kind, k.court FROM court_hearings h"
            " JOIN court_cases k ON k.id = h.court_case_id JOIN cases c ON c.id = k.case_id"
            f" WHERE h.hearing_on BETWEEN ? AND ?{mine} ORDER BY h.hearing_on, h.hearing_time, h.id",
            (first.isoformat(), last.isoformat(), *((counselor,) if counselor else ()))).fetchall()
    ids = {int(x[0]) for x in found}
    if session.has(Role.SUPERVISOR):
        visible = ids
    elif session.user_id is None:
        visible = set()
    else:
        visible = appointment_queries.assigned_cases(conn, session.user_id, ids) | (ids & set(session.break_glass))
    out = [HearingEntry(int(x[0]), str(x[1]), str(x[2]), x[3], str(x[4]), str(x[5]))
           for x in found if int(x[0]) in visible]
    session.audit("hearings_view", None, days=days, rows=len(out))
    return out
