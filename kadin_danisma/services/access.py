"""Case-level permission checks: every service that touches a case goes through `case_access`.

It loads the case's status and assignment, works out the person's relation to it, asks the permission
table and, for changes, the state machine (a case under review or closed is frozen). Break-glass grants
are made here, with their reason in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import case_states
from ..domain.errors import CaseReadOnly, NotFound, PermissionDenied, ReasonRequired, reason_refused
from ..domain.permissions import Action, Decision, Relation, decide
from ..domain.reasons import normal, reason_problem
from ..vault.port import Connection, dialect, errors_translated
from .change_log import log_reason, reason_for_server
from .session import Session

# Actions that change what a case says: refused while it is under closure review or closed.
FROZEN_WHEN_CLOSED = frozenset({Action.CASE_EDIT, Action.CONSENT_OVERRIDE})


@dataclass(frozen=True)
class CaseRef:
    id: int
    case_number: str
    client_id: int
    status: str
    relation: Relation

    @property
    def target(self) -> str:
        return f"case:{self.id}"


def require(session: Session, action: Action) -> None:
    """A permission that is not about one case (search, directory, users…)."""
    session.check_password_changed()
    if decide(session.roles, action) is not Decision.ALLOW:
        raise PermissionDenied("you do not have permission for this")


def allowed(session: Session, action: Action) -> bool:
    return decide(session.roles, action) is Decision.ALLOW


def load_ref(session: Session, conn: Connection, case_id: int) -> CaseRef:
    with errors_translated():
        # case_refs, not cases: on a server she may not read a colleague's case, but may learn that it
        # exists and that a stated reason would open it. Her assignment comes in the same statement.
        row = conn.execute("SELECT r.id, r.case_number, r.client_id, r.status, EXISTS (SELECT 1 FROM case_counselors"
                           " x WHERE x.case_id = r.id AND x.user_id = ?), r.anonymized_on FROM case_refs r"
                           " WHERE r.id = ?",
                           (session.user_id if session.user_id is not None else -1, case_id)).fetchone()
    if row is None:
        raise NotFound("no such case")
    if row[5] is not None:  # destroyed by anonymization (issue 19): only its coded facts are left, for statistics
        raise NotFound("this case was anonymized under the retention policy", code="case_anonymized")
    if row[4] and session.user_id is not None:
        rel = Relation.ASSIGNED
    else:
        rel = Relation.BREAK_GLASS if session.user_id is not None and case_id in session.break_glass \
            else Relation.UNASSIGNED
    return CaseRef(int(row[0]), str(row[1]), int(row[2]), str(row[3]), rel)


def case_access(session: Session, case_id: int, action: Action, conn: Connection | None = None) -> CaseRef:
    """The case, if this person may do `action` on it now; raises otherwise (ReasonRequired when a
    stated reason would open it). Services ask once before any work (a clear answer early) and again with
    the write transaction's connection, so the change is checked against the state it changes: an
    assignment or closure a colleague saved meanwhile counts. Inside a write the case is locked first
    (the vault's write lock already is; a server locks the case's row until the transaction ends)."""
    session.check_password_changed()
    if conn is not None and conn.in_transaction:
        dialect(conn).lock_case(conn, case_id)
    ref = load_ref(session, conn or session.connection(), case_id)
    decision = decide(session.roles, action, ref.relation)
    if decision is Decision.NEEDS_REASON:
        raise ReasonRequired("this case is not assigned to you; state a reason to open it")
    if decision is Decision.DENY:
        raise PermissionDenied("you do not have permission for this")
    if action in FROZEN_WHEN_CLOSED and not case_states.is_editable(ref.status):
        raise CaseReadOnly("this case is under closure review or closed and cannot be changed")
    return ref


def break_glass(session: Session, case_id: int, reason: str) -> CaseRef:
    """Open a case not assigned to you for this session, with a reason; the grant is audited."""
    session.check_password_changed()
    reason = normal(reason)
    if problem := reason_problem(reason):
        raise reason_refused(problem)
    conn = session.connection()
    ref = load_ref(session, conn, case_id)
    if decide(session.roles, Action.CASE_READ, Relation.BREAK_GLASS) is not Decision.ALLOW:
        raise PermissionDenied("you do not have permission for this")
    if ref.relation is Relation.ASSIGNED:
        return ref
    if session.on_server:  # the grant lives on the server (row-level security reads it), tied to this sign-in
        details, history = reason_for_server(session, ref.target, "access", None, "reason", reason)
        session.server_call("break_glass", case_id, getattr(session.store, "token", ""), details, history)
    else:
        with session.write() as wconn:
            log_reason(session, wconn, "break_glass", ref.target, "access", None, "reason", reason)
    session.break_glass[case_id] = reason
    return load_ref(session, conn, case_id)


def may(session: Session, case_id: int, action: Action) -> bool:
    """Whether `action` on this case is allowed now (without a new reason): the GUI shows or hides its
    controls by this; the services still check every call."""
    try:
        case_access(session, case_id, action)
    except PermissionDenied:
        return False
    return True
