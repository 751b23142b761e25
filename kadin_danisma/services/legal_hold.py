"""Legal holds (issue 19): a case that must not be destroyed while court proceedings run or a prosecutor has
asked for it. Her counselor or a supervisor places one, with a reason; only a supervisor lifts it, with a
reason. A hold on any case of hers keeps her whole record out of every destruction (periodic or at her own
request) until it is lifted.

The reasons are case data (they may name a court file or her): they are kept in the hold's row and in the
case's field history, and the audit log keeps their length and keyed hash (change_log.log_reason), so they
go with the case when it is destroyed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import InvalidInput, reason_refused
from ..domain.permissions import Action
from ..domain.reasons import normal, reason_problem
from ..vault import retention_queries, rows
from ..vault.audit import now_iso
from ..vault.retention_queries import Hold
from . import access
from .casework import user_names
from .change_log import log_reason
from .retention_policy import refuse_on_server
from .session import Session

__all__ = ["Hold", "HoldView", "case_holds", "lift_hold", "place_hold"]


@dataclass(frozen=True)
class HoldView:
    """A case's holds for its screen, newest first, with who placed and lifted each (user names)."""

    holds: list[Hold]
    names: dict[int, str]
    may_place: bool
    may_lift: bool

    @property
    def active(self) -> Hold | None:
        return next((h for h in self.holds if h.lifted_at is None), None)


def _reason(reason: str) -> str:
    text = normal(reason)
    if problem := reason_problem(text):
        raise reason_refused(problem)
    return text


def place_hold(session: Session, case_id: int, reason: str) -> int:
    """A hold with its reason; refused when the case already has one."""
    refuse_on_server(session)
    ref = access.case_access(session, case_id, Action.LEGAL_HOLD_PLACE)
    text = _reason(reason)
    with session.write() as conn:
        if retention_queries.active_hold(conn, case_id) is not None:
            raise InvalidInput("this case is already on legal hold", code="hold_exists")
        hold_id = rows.insert(conn, "legal_holds", {"case_id": case_id, "placed_at": now_iso(),
                                                    "placed_by": session.user_id, "reason": text})
        log_reason(session, conn, "legal_hold_placed", ref.target, "legal_hold", hold_id, "reason", text, id=hold_id)
    return hold_id


def lift_hold(session: Session, case_id: int, reason: str) -> None:
    """Lift the case's hold (supervisors), with a reason: from now on it is destroyed when its time comes."""
    refuse_on_server(session)
    ref = access.case_access(session, case_id, Action.LEGAL_HOLD_LIFT)
    text = _reason(reason)
    with session.write() as conn:
        hold = retention_queries.active_hold(conn, case_id)
        if hold is None:
            raise InvalidInput("this case is not on legal hold", code="no_hold")
        rows.update(conn, "legal_holds", hold.id, {"lifted_at": now_iso(), "lifted_by": session.user_id,
                                                    "lift_reason": text})
        log_reason(session, conn, "legal_hold_lifted", ref.target, "legal_hold", hold.id, "lift_reason", text,
                   id=hold.id)


def case_holds(session: Session, case_id: int) -> HoldView:
    """Everyone who may read the case sees its holds (reading the case was audited when it was opened)."""
    access.case_access(session, case_id, Action.CASE_READ)
    conn = session.connection()
    return HoldView(retention_queries.holds(conn, case_id), user_names(conn),
                    not session.on_server and access.may(session, case_id, Action.LEGAL_HOLD_PLACE),
                    not session.on_server and access.may(session, case_id, Action.LEGAL_HOLD_LIFT))
