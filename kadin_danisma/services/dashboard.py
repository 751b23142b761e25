"""The dashboard's lists for the signed-in person: her open cases, follow-ups due or overdue, measures
ending within 14 days, high-risk cases, shelter occupancy, and (for supervisors) closures waiting."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..domain.permissions import Action
from ..domain.roles import Role
from ..vault import case_queries
from ..vault.case_queries import CaseSummary
from ..vault.port import errors_translated
from . import access, closure, shelters
from .session import Session

EXPIRY_DAYS = 14
DUE_SOON_DAYS = 7
SHOWN = 200  # rows per list; the totals are counted further (up to COUNTED) and shown in the titles
COUNTED = 5000


@dataclass(frozen=True)
class FollowUpDue:
    case: CaseSummary
    due_on: str
    purpose: str
    overdue: bool


@dataclass(frozen=True)
class MeasureExpiring:
    case: CaseSummary
    measure_type: str
    end_date: str
    days_left: int


@dataclass
class Dashboard:
    my_open_cases: list[CaseSummary] = field(default_factory=list)
    follow_ups: list[FollowUpDue] = field(default_factory=list)
    measures_expiring: list[MeasureExpiring] = field(default_factory=list)
    high_risk: list[CaseSummary] = field(default_factory=list)
    occupancy: list[shelters.Occupancy] = field(default_factory=list)
    closures_waiting: list[CaseSummary] = field(default_factory=list)
    # How many rows each list has in all (a list shows at most SHOWN; the case list has the rest).
    totals: dict[str, int] = field(default_factory=dict)


def dashboard(session: Session, today: date | None = None) -> Dashboard:
    access.require(session, Action.DASHBOARD)
    day = today or date.today()
    conn = session.connection()
    # Counselors see their own cases; a supervisor who is not also a counselor sees the whole center.
    only = session.user_id if session.has(Role.COUNSELOR) or not session.has(Role.SUPERVISOR) else None
    open_states = {"s1": "open", "s2": "active", "s3": "draft", "s4": "closure_requested"}
    mine = case_queries.case_ids_where(conn, "c.status IN (:s1, :s2, :s3, :s4)", open_states, only, COUNTED)
    high = case_queries.case_ids_where(
        conn, "c.risk_level IN ('high', 'very_high') AND c.status != 'closed'", {}, only, COUNTED)

    with errors_translated():
        # A join, not EXISTS: SQLite then checks her assignment before the case row (4x faster on 50k).
        due = conn.execute(
            "SELECT f.case_id, f.due_on, f.purpose FROM follow_ups f"
            + (" JOIN case_counselors y ON y.case_id = f.case_id AND y.user_id = :uid" if only is not None else "")
            + " JOIN cases c ON c.id = f.case_id"
            " WHERE f.done_on IS NULL AND f.due_on <= :until AND c.status != 'closed'"
            f" ORDER BY f.due_on LIMIT {COUNTED}",
            {"until": (day + timedelta(days=DUE_SOON_DAYS)).isoformat(), "uid": only},
        ).fetchall()
        expiring = conn.execute(
            "SELECT m.case_id, m.measure_type, m.end_date FROM measures m JOIN cases c ON c.id = m.case_id"
            " WHERE m.status = 'active' AND m.end_date BETWEEN ? AND ?"
            + (" AND EXISTS (SELECT 1 FROM case_counselors y WHERE y.case_id = m.case_id AND y.user_id = ?)"
               if only is not None else "") + f" ORDER BY m.end_date LIMIT {COUNTED}",
            (day.isoformat(), (day + timedelta(days=EXPIRY_DAYS)).isoformat())
            + ((only,) if only is not None else ()),
        ).fetchall()
    waiting = closure.review_queue(session) if session.has(Role.SUPERVISOR) else []
    # One summary read for every case any list shows (a case is often in several lists).
    shown_ids = {*mine[:SHOWN], *high[:SHOWN], *waiting[:SHOWN],
                 *(int(x[0]) for x in due[:SHOWN]), *(int(x[0]) for x in expiring[:SHOWN])}
    by_id = {s.id: s for s in case_queries.summaries(conn, sorted(shown_ids))}
    board = Dashboard(
        my_open_cases=[by_id[i] for i in mine[:SHOWN] if i in by_id],
        high_risk=[by_id[i] for i in high[:SHOWN] if i in by_id],
        closures_waiting=[by_id[i] for i in waiting[:SHOWN] if i in by_id],
        totals={"my_open_cases": len(mine), "high_risk": len(high), "follow_ups": len(due),
                "measures_expiring": len(expiring), "closures_waiting": len(waiting)},
    )
    board.follow_ups = [FollowUpDue(by_id[int(x[0])], str(x[1]), str(x[2]), str(x[1]) < day.isoformat())
                        for x in due[:SHOWN] if int(x[0]) in by_id]
    board.measures_expiring = [
        MeasureExpiring(by_id[int(x[0])], str(x[1]), str(x[2]), (date.fromisoformat(str(x[2])) - day).days)
        for x in expiring[:SHOWN] if int(x[0]) in by_id
    ]
    board.occupancy = shelters.occupancy(conn)
    session.audit("dashboard", None, cases=len(mine))
    return board
