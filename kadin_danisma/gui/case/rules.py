"""The case rules a screen needs before it asks a service, decided from the loaded case without a widget or a
query: what is flagged in the header, which measures end soon, and who gets which closure control. The
services check every call again; these only decide what is offered."""

from __future__ import annotations

from datetime import date, timedelta

from ...domain import records as r
from ...domain.case_states import Status
from ...domain.permissions import Action, Decision, Relation, decide
from ...services.dashboard import EXPIRY_DAYS
from ...services.session import Session
from .data import CaseData


def in_shelter(record: r.CaseRecord) -> bool:
    return any(p.status == "placed" for p in record.placements)


def active_measure(record: r.CaseRecord) -> bool:
    today = date.today().isoformat()
    return any(m.status == "active" and (m.end_date is None or m.end_date >= today) for m in record.measures)


def expiring_measures(record: r.CaseRecord, days: int = EXPIRY_DAYS, today: date | None = None) -> list[r.Measure]:
    """Active measures whose end date falls within `days` days from today (today included)."""
    day = today or date.today()
    until = (day + timedelta(days=days)).isoformat()
    return [m for m in record.measures
            if m.status == "active" and m.end_date is not None and day.isoformat() <= m.end_date <= until]


# -- closure --------------------------------------------------------------------------------------------------
def pending_request(record: r.CaseRecord) -> r.ClosureRequest | None:
    return next((q for q in reversed(record.closure_requests) if q.status == "pending"), None)


def _allowed(session: Session, action: Action, relation: Relation) -> bool:
    return decide(session.roles, action, relation) is Decision.ALLOW


def may_request(session: Session, data: CaseData) -> bool:
    return (_allowed(session, Action.CLOSURE_REQUEST, data.relation)
            and data.record.status in (Status.OPEN, Status.ACTIVE))


def may_cancel(session: Session, data: CaseData) -> bool:
    return (_allowed(session, Action.CLOSURE_REQUEST, data.relation)
            and data.record.status == Status.CLOSURE_REQUESTED and pending_request(data.record) is not None)


def may_decide(session: Session, data: CaseData) -> bool:
    """A supervisor, on a request she did not make, for a case she does not work on."""
    pending = pending_request(data.record)
    me = session.user.username if session.user else ""
    return (pending is not None and data.record.status == Status.CLOSURE_REQUESTED
            and _allowed(session, Action.CLOSURE_DECIDE, data.relation)
            and data.relation is not Relation.ASSIGNED and pending.requested_by != me)


def may_reopen(session: Session, data: CaseData) -> bool:
    return _allowed(session, Action.CASE_REOPEN, data.relation) and data.record.status == Status.CLOSED


def may_assign(session: Session, data: CaseData) -> bool:
    """A supervisor changes who works on a case that is not closed."""
    return _allowed(session, Action.CASE_ASSIGN, data.relation) and data.record.status != Status.CLOSED


def may_export(session: Session, data: CaseData) -> bool:
    return _allowed(session, Action.CASE_EXPORT, data.relation)
