"""Closure and supervision: the counselor requests closure (reason, checklist, summary); a supervisor who
is neither the requester nor assigned to the case approves it or returns it with a comment; decisions
are kept as history; a supervisor reopens a closed case."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import record_checks
from ..domain import records as r
from ..domain.case_states import Event, Status
from ..domain.errors import InvalidInput, PermissionDenied, reason_refused
from ..domain.permissions import Action, Relation
from ..domain.reasons import reason_problem
from ..domain.roles import Role
from ..domain.validation import MAX_TEXT
from ..vault import case_queries, rows
from ..vault.audit import now_iso
from ..vault.case_queries import CaseSummary
from ..vault.port import Connection, errors_translated
from . import access
from .cases import set_status
from .casework import as_json, checker, today
from .session import Session


def _pending(conn: Connection, case_id: int) -> dict[str, object] | None:
    with errors_translated():
        row = conn.execute("SELECT id FROM closure_requests WHERE case_id = ? AND status = 'pending'",
                           (case_id,)).fetchone()
    return rows.get(conn, "closure_requests", int(row[0])) if row else None


def request_closure(session: Session, case_id: int, request: r.ClosureRequest) -> int:
    ref = access.case_access(session, case_id, Action.CLOSURE_REQUEST)
    if ref.status not in (Status.OPEN, Status.ACTIVE):
        raise InvalidInput("only an open or active case can be put forward for closure")
    c = checker(session.connection())
    request.status = "pending"
    record_checks.closure(c, request, "closure")
    c.text("closure.summary", request.summary, required=True, max_len=MAX_TEXT)
    c.raise_if_any()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CLOSURE_REQUEST, conn)
        rid = rows.insert(conn, "closure_requests", {
            "case_id": case_id, "requested_by": session.user_id, "requested_at": now_iso(), "reason": request.reason,
            "checklist": as_json(request.checklist), "summary": request.summary, "status": "pending",
        })
        set_status(session, conn, ref, Event.REQUEST_CLOSURE)
        session.log(conn, "closure_request", ref.target, id=rid, reason=request.reason,
                    checklist=sorted(request.checklist))
    return rid


def withdraw_request(session: Session, case_id: int) -> None:
    ref = access.case_access(session, case_id, Action.CLOSURE_REQUEST)
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CLOSURE_REQUEST, conn)
        pending = _pending(conn, case_id)
        if pending is None:
            raise InvalidInput("there is no closure request waiting")
        rows.update(conn, "closure_requests", int(pending["id"]), {"status": "withdrawn"})  # type: ignore[call-overload]
        set_status(session, conn, ref, Event.WITHDRAW_REQUEST)


def decide(session: Session, case_id: int, approve: bool, comment: str = "") -> None:
    """Approve (the case closes, read-only) or return (back to active, comment required)."""
    ref = access.case_access(session, case_id, Action.CLOSURE_DECIDE)
    if len(comment) > MAX_TEXT:
        raise InvalidInput(f"the comment is at most {MAX_TEXT} characters")
    if not approve and not comment.strip():
        raise InvalidInput("say why the closure is returned")
    if session.on_server:  # the server checks the same rules again and writes (vault/pg/functions.py)
        session.server_call("closure_decide", case_id, approve, comment, today())
        return
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CLOSURE_DECIDE, conn)
        pending = _pending(conn, case_id)
        if pending is None:
            raise InvalidInput("there is no closure request waiting for review")
        # No one approves (or returns) their own closure, nor one for a case they work on.
        if pending["requested_by"] == session.user_id or ref.relation is Relation.ASSIGNED:
            raise PermissionDenied("you cannot review a closure for your own case")
        status = "approved" if approve else "returned"
        rows.update(conn, "closure_requests", int(pending["id"]), {  # type: ignore[call-overload]
            "status": status, "decided_by": session.user_id, "decided_at": now_iso(), "comment": comment,
        })
        set_status(session, conn, ref, Event.APPROVE_CLOSURE if approve else Event.RETURN_CLOSURE, comment)
        session.log(conn, "closure_decision", ref.target, id=pending["id"], decision=status)


def reopen(session: Session, case_id: int, reason: str) -> None:
    ref = access.case_access(session, case_id, Action.CASE_REOPEN)
    if problem := reason_problem(reason):
        raise reason_refused(problem)
    if session.on_server:
        session.server_call("case_reopen", case_id, reason, today())
        return
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_REOPEN, conn)
        set_status(session, conn, ref, Event.REOPEN, reason)


def review_queue(session: Session) -> list[int]:
    """Case ids waiting for this supervisor's decision (not her own requests or cases), oldest first."""
    access.require(session, Action.DASHBOARD)
    if not session.has(Role.SUPERVISOR):
        return []
    with errors_translated():
        found = session.connection().execute(
            "SELECT q.case_id FROM closure_requests q WHERE q.status = 'pending' AND coalesce(q.requested_by, 0) <> ?"
            " AND NOT EXISTS (SELECT 1 FROM case_counselors x WHERE x.case_id = q.case_id AND x.user_id = ?)"
            " ORDER BY q.requested_at", (session.user_id, session.user_id),
        ).fetchall()
    return [int(x[0]) for x in found]


@dataclass(frozen=True)
class ReviewItem:
    """One closure waiting for this supervisor: the case, who asked, when, and the reason code."""

    case: CaseSummary
    requested_by: str  # display name
    requested_at: str
    reason: str


def review_items(session: Session) -> list[ReviewItem]:
    """The review queue with what the queue page shows (oldest request first)."""
    ids = review_queue(session)
    if not ids:
        return []
    conn = session.connection()
    by_id = {s.id: s for s in case_queries.summaries(conn, ids)}
    marks = ", ".join("?" for _ in ids)
    with errors_translated():
        found = {int(x[0]): (str(x[1] or ""), str(x[2]), str(x[3])) for x in conn.execute(
            "SELECT q.case_id, u.display_name, q.requested_at, q.reason FROM closure_requests q"
            f" LEFT JOIN users u ON u.id = q.requested_by WHERE q.status = 'pending' AND q.case_id IN ({marks})",
            ids)}
    return [ReviewItem(by_id[i], *found[i]) for i in ids if i in by_id and i in found]
