"""The dashboard's lists for the signed-in person: what needs her now (her inbox), the closures returned to
her with the supervisor's comment, her appointments today, her open cases, follow-ups due or overdue,
measures ending within 14 days, high-risk cases, shelter occupancy, the women's KVKK requests waiting for an
answer with their 30-day deadline, court hearings within 14 days and Law 6284 deadlines still open
(services/support_dashboard.py), and (for supervisors) closures waiting.

The inbox gathers, for a counselor, the four things that need her: a closure returned to her (until she puts
it forward again), a case newly assigned to her (until she opens it), a follow-up due today or overdue
(until it is settled), a protective measure ending within 14 days. "Newly assigned" is read from the audit
log: an assignment that added her, later than her last opening of the case."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..domain.permissions import Action
from ..domain.roles import Role
from ..vault import case_queries
from ..vault.case_queries import CaseSummary
from ..vault.port import Connection, errors_translated
from . import access, calendar, closure, data_requests, shelters, support_dashboard
from .session import Session
from .support_dashboard import DeadlineDue, HearingSoon

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
    id: int = 0  # the follow-up's, to settle it from the dashboard


@dataclass(frozen=True)
class ReturnedClosure:
    """A closure request a supervisor sent back to her, with the comment (until she puts it forward again)."""

    case: CaseSummary
    returned_by: str  # display name
    returned_at: str
    comment: str


@dataclass(frozen=True)
class InboxItem:
    """One thing that needs her: kind is "returned", "assigned", "follow_up" or "measure"; `on` the date that
    matters (returned, due, ends), `detail` the words (the comment, the purpose, the measure's code)."""

    kind: str
    case: CaseSummary
    on: str
    detail: str = ""
    by: str = ""  # who returned or assigned it (display name)
    follow_up_id: int | None = None


@dataclass(frozen=True)
class MeasureExpiring:
    case: CaseSummary
    measure_type: str
    end_date: str
    days_left: int


@dataclass(frozen=True)
class RequestDue:
    """A woman's KVKK request waiting for its answer, with the case it was recorded in."""

    case: CaseSummary
    request: data_requests.Request


@dataclass
class Dashboard:
    my_open_cases: list[CaseSummary] = field(default_factory=list)
    follow_ups: list[FollowUpDue] = field(default_factory=list)
    measures_expiring: list[MeasureExpiring] = field(default_factory=list)
    high_risk: list[CaseSummary] = field(default_factory=list)
    occupancy: list[shelters.Occupancy] = field(default_factory=list)
    closures_waiting: list[CaseSummary] = field(default_factory=list)
    returned: list[ReturnedClosure] = field(default_factory=list)
    inbox: list[InboxItem] = field(default_factory=list)
    appointments_today: list[calendar.Booking] = field(default_factory=list)
    # KVKK requests from the women not answered yet, soonest deadline first (issue 19)
    requests_due: list[RequestDue] = field(default_factory=list)
    # Court hearings within 14 days, Law 6284 deadlines still open (issue 21: services/support_dashboard.py)
    hearings: list[HearingSoon] = field(default_factory=list)
    deadlines: list[DeadlineDue] = field(default_factory=list)
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
            "SELECT f.case_id, f.due_on, f.purpose, f.id FROM follow_ups f"
            + (" JOIN case_counselors y ON y.case_id = f.case_id AND y.user_id = :uid" if only is not None else "")
            + " JOIN cases c ON c.id = f.case_id"
            " WHERE f.done_on IS NULL AND f.due_on <= :until AND (c.status != 'closed' OR f.allowance_id IS NOT NULL)"
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
    requests = data_requests.waiting_requests(session)
    counselor = session.has(Role.COUNSELOR) and session.user_id is not None
    returned = _returned(conn, session.user_id) if counselor else []
    assigned = _new_assignments(conn, session.user_id) if counselor else []
    support = support_dashboard.gather(conn, only, day)
    # One summary read for every case any list shows (a case is often in several lists).
    shown_ids = {*support.case_ids(SHOWN), *mine[:SHOWN], *high[:SHOWN], *waiting[:SHOWN],
                 *(int(x[0]) for x in returned), *(int(x[0]) for x in assigned), *(q.case_id for q in requests[:SHOWN]),
                 *(int(x[0]) for x in due[:SHOWN]), *(int(x[0]) for x in expiring[:SHOWN])}
    by_id = {s.id: s for s in case_queries.summaries(conn, sorted(shown_ids))}
    board = Dashboard(
        my_open_cases=[by_id[i] for i in mine[:SHOWN] if i in by_id],
        high_risk=[by_id[i] for i in high[:SHOWN] if i in by_id],
        closures_waiting=[by_id[i] for i in waiting[:SHOWN] if i in by_id],
        totals={"my_open_cases": len(mine), "high_risk": len(high), "follow_ups": len(due),
                "measures_expiring": len(expiring), "closures_waiting": len(waiting), "requests_due": len(requests),
                "hearings": len(support.hearings), "deadlines": len(support.deadlines)},
    )
    board.follow_ups = [FollowUpDue(by_id[int(x[0])], str(x[1]), str(x[2]), str(x[1]) < day.isoformat(), int(x[3]))
                        for x in due[:SHOWN] if int(x[0]) in by_id]
    board.returned = [ReturnedClosure(by_id[int(x[0])], str(x[1] or ""), str(x[2] or ""), str(x[3]))
                      for x in returned if int(x[0]) in by_id]
    board.measures_expiring = [
        MeasureExpiring(by_id[int(x[0])], str(x[1]), str(x[2]), (date.fromisoformat(str(x[2])) - day).days)
        for x in expiring[:SHOWN] if int(x[0]) in by_id
    ]
    if counselor:
        board.inbox = _inbox(board, [(by_id[i], on, who) for i, on, who in assigned if i in by_id], day)
        board.totals["inbox"] = len(board.inbox)
    board.occupancy = shelters.occupancy(conn)
    board.requests_due = [RequestDue(by_id[q.case_id], q) for q in requests[:SHOWN] if q.case_id in by_id]
    board.hearings, board.deadlines = support_dashboard.build(support, by_id, SHOWN)
    board.appointments_today = calendar.today(session, day)
    board.totals["appointments_today"] = len(board.appointments_today)
    session.audit("dashboard", None, cases=len(mine))
    return board


def _returned(conn: Connection, uid: int | None) -> list[tuple[int, str, str, str]]:
    """Her cases whose latest closure request was returned (and that are open again): case id, returned by,
    when, the comment."""
    with errors_translated():
        return [(int(x[0]), str(x[1] or ""), str(x[2] or ""), str(x[3])) for x in conn.execute(
            "SELECT q.case_id, u.display_name, q.decided_at, q.comment FROM closure_requests q"
            " JOIN case_counselors y ON y.case_id = q.case_id AND y.user_id = ?"
            " JOIN cases c ON c.id = q.case_id AND c.status IN ('open', 'active')"
            " LEFT JOIN users u ON u.id = q.decided_by"
            " WHERE q.status = 'returned'"
            " AND q.id = (SELECT max(z.id) FROM closure_requests z WHERE z.case_id = q.case_id)"
            f" ORDER BY q.decided_at DESC LIMIT {SHOWN}", (uid,))]


def _new_assignments(conn: Connection, uid: int | None) -> list[tuple[int, str, str]]:
    """Her open cases that an assignment gave her since she last opened them: case id, the day, who."""
    with errors_translated():
        found = conn.execute(
            "SELECT y.case_id,"
            " (SELECT max(a.id) FROM audit_log a WHERE a.target = 'case:' || y.case_id AND a.action = 'case_assign'),"
            " (SELECT max(v.id) FROM audit_log v WHERE v.target = 'case:' || y.case_id AND v.action = 'case_view'"
            "  AND v.user_id = y.user_id)"
            " FROM case_counselors y JOIN cases c ON c.id = y.case_id AND c.status != 'closed'"
            " WHERE y.user_id = ?", (uid,)).fetchall()
        fresh = [(int(case_id), int(assign)) for case_id, assign, viewed in found
                 if assign is not None and (viewed is None or int(viewed) < int(assign))]
        out = []
        for case_id, entry in fresh:
            row = conn.execute("SELECT a.at, a.details, u.display_name FROM audit_log a LEFT JOIN users u"
                               " ON u.id = a.user_id WHERE a.id = ?", (entry,)).fetchone()
            details = json.loads(row[1]) if row else {}
            before, after = details.get("before") or [], details.get("after") or []
            if str(uid) in [str(x) for x in after] and str(uid) not in [str(x) for x in before]:
                out.append((case_id, str(row[0])[:10], str(row[2] or "")))
    out.sort(key=lambda x: x[1], reverse=True)
    return out[:SHOWN]


def _inbox(board: Dashboard, assigned: list[tuple[CaseSummary, str, str]], day: date) -> list[InboxItem]:
    """What needs her, most pressing first: returned closures, new cases, follow-ups due today or overdue,
    measures ending soon."""
    items = [InboxItem("returned", r.case, r.returned_at[:10], r.comment, r.returned_by) for r in board.returned]
    items += [InboxItem("assigned", case, on, "", who) for case, on, who in assigned]
    items += [InboxItem("follow_up", f.case, f.due_on, f.purpose, follow_up_id=f.id) for f in board.follow_ups
              if f.due_on <= day.isoformat()]
    items += [InboxItem("measure", m.case, m.end_date, m.measure_type) for m in board.measures_expiring]
    return items
