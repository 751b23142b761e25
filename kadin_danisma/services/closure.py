"""Closure and supervision: the counselor requests closure (reason, checklist, summary); a supervisor who
is neither the requester nor assigned to the case approves it or returns it with a comment; decisions
are kept as history; a supervisor reopens a closed case.

Closing ends nothing silently (domain/closure_rules.py): the request and the decision show what is still
open (shelter placements, protective measures in force, open referrals), and a case whose woman is still in
a shelter (or waiting for a place) is approved only with the supervisor's stated reason, kept with the
request and audited. A request put forward again after one was returned is marked as resubmitted."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import record_checks
from ..domain import records as r
from ..domain.case_states import Event, Status
from ..domain.closure_rules import OpenItems, open_items
from ..domain.errors import InvalidInput, PermissionDenied, PlacementOpen, reason_refused
from ..domain.permissions import Action, Relation
from ..domain.reasons import normal, reason_problem
from ..domain.roles import Role
from ..domain.validation import MAX_TEXT
from ..vault import case_queries, repositories, rows
from ..vault.audit import now_iso
from ..vault.case_queries import CaseSummary
from ..vault.port import Connection, errors_translated
from . import access
from .cases import set_status
from .casework import as_json, checker, today
from .record_loader import load_record
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


def decide(session: Session, case_id: int, approve: bool, comment: str = "", placement_override: str = "") -> None:
    """Approve (the case closes, read-only) or return (back to active, comment required). While she is still
    in a shelter (or a place is asked for), approving needs `placement_override`: why the case closes anyway
    (PlacementOpen otherwise). Nothing open is ended here."""
    ref = access.case_access(session, case_id, Action.CLOSURE_DECIDE)
    if len(comment) > MAX_TEXT:
        raise InvalidInput(f"the comment is at most {MAX_TEXT} characters")
    if not approve and not comment.strip():
        raise InvalidInput("say why the closure is returned")
    override = normal(placement_override) if approve else ""
    if session.on_server:  # the server checks the same rules again, in its lock, and writes (pg/functions.py)
        _, still_open = _decidable(session, session.connection(), ref, case_id, approve, override)
        session.server_call("closure_decide", case_id, approve, comment, today(), override if still_open else "",
                            still_open)
        return
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CLOSURE_DECIDE, conn)
        pending, placements = _decidable(session, conn, ref, case_id, approve, override)
        if not placements:
            override = ""
        status = "approved" if approve else "returned"
        rows.update(conn, "closure_requests", int(pending["id"]), {  # type: ignore[call-overload]
            "status": status, "decided_by": session.user_id, "decided_at": now_iso(), "comment": comment,
            "placement_override": override,
        })
        set_status(session, conn, ref, Event.APPROVE_CLOSURE if approve else Event.RETURN_CLOSURE, comment)
        details: dict[str, object] = {"id": pending["id"], "decision": status}
        if override:  # the reason stays with the request; the log says that it was given and for what
            details["placement_override"] = placements
        session.log(conn, "closure_decision", ref.target, **details)


def _decidable(session: Session, conn: Connection, ref: access.CaseRef, case_id: int, approve: bool,
               override: str) -> tuple[dict[str, object], list[int]]:
    """The pending request, and her open placements when approving; raises, in this order, when there is
    none, when it is her own closure or case, or when a placement needs the stated reason she did not give."""
    pending = _pending(conn, case_id)
    if pending is None:
        raise InvalidInput("there is no closure request waiting for review")
    # No one approves (or returns) their own closure, nor one for a case they work on.
    if pending["requested_by"] == session.user_id or ref.relation is Relation.ASSIGNED:
        raise PermissionDenied("you cannot review a closure for your own case")
    return pending, _still_open(conn, case_id, approve, override)


def _still_open(conn: Connection, case_id: int, approve: bool, override: str) -> list[int]:
    """The ids of her open placements when approving (empty otherwise); raises when they block the closure
    and the supervisor's stated reason is missing or not a reason."""
    still_open = open_items(load_record(conn, case_id)) if approve else OpenItems()
    if still_open.blocks_closure:
        if not override:
            raise PlacementOpen(len(still_open.placements))
        if problem := reason_problem(override):
            raise InvalidInput(f"the reason {problem}", code="reason_invalid",
                               problems=[("$.placement_override", problem)])
    return [int(p.id or 0) for p in still_open.placements]


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
    """One closure waiting for this supervisor: the case, who asked, when, the reason code, and whether it
    was put forward again after a returned one."""

    case: CaseSummary
    requested_by: str  # display name
    requested_at: str
    reason: str
    resubmitted: bool = False


def review_items(session: Session) -> list[ReviewItem]:
    """The review queue with what the queue page shows (oldest request first)."""
    ids = review_queue(session)
    if not ids:
        return []
    conn = session.connection()
    by_id = {s.id: s for s in case_queries.summaries(conn, ids)}
    marks = ", ".join("?" for _ in ids)
    with errors_translated():
        found = {int(x[0]): (str(x[1] or ""), str(x[2]), str(x[3]), bool(x[4])) for x in conn.execute(
            "SELECT q.case_id, u.display_name, q.requested_at, q.reason, EXISTS (SELECT 1 FROM closure_requests e"
            "  WHERE e.case_id = q.case_id AND e.id < q.id AND e.status = 'returned') FROM closure_requests q"
            f" LEFT JOIN users u ON u.id = q.requested_by WHERE q.status = 'pending' AND q.case_id IN ({marks})",
            ids)}
    return [ReviewItem(by_id[i], *found[i]) for i in ids if i in by_id and i in found]


@dataclass(frozen=True)
class PendingReview:
    """What a supervisor reads before deciding: the request (reason, checklist, summary), who put it
    forward, whether it is a resubmission after a returned one (and that return's comment), and what is
    still open in the case."""

    case_number: str
    request: r.ClosureRequest
    requested_by: str  # display name
    open: OpenItems
    resubmitted: bool
    last_return_comment: str = ""


def pending_review(session: Session, case_id: int) -> PendingReview:
    """The closure request waiting in this case, for the decision dialog (a read of the case: audited)."""
    ref = access.case_access(session, case_id, Action.CASE_READ)
    record = load_record(session.connection(), case_id)
    pending = next((q for q in reversed(record.closure_requests) if q.status == "pending"), None)
    if pending is None:
        raise InvalidInput("there is no closure request waiting for review", code="no_closure_request")
    returned = [q for q in record.closure_requests if q.status == "returned" and (q.id or 0) < (pending.id or 0)]
    names = {u.username: u.display_name for u in repositories.list_users(session.connection())}
    session.audit("case_view", ref.target, relation=ref.relation.value, via="closure_review")
    return PendingReview(record.case_number, pending, names.get(pending.requested_by, pending.requested_by),
                         open_items(record), bool(returned), returned[-1].comment if returned else "")
