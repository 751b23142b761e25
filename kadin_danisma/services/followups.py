"""Follow-ups on a case: a date to get back to her, planned, then settled once: done (what came of it),
rescheduled (a new one is planned in its place, the old one keeps why), or cancelled (why). The outcome note
is required for each: a settled follow-up with nothing said about it is a dead end for the next reader. The
dashboard lists those still planned and due (services/dashboard.py); settling one takes it off.

Each step is audited with ids and codes (never the note) and touches the case; from the case or from the
dashboard, it is the same call with the same checks.
"""

from __future__ import annotations

from typing import Any

from ..domain import record_checks
from ..domain import records as r
from ..domain.errors import CaseReadOnly, InvalidInput, NotFound
from ..domain.validation import MAX_TEXT
from ..vault import rows
from ..vault.port import Connection
from .access import CaseRef
from .cases import touch
from .casework import checker, today
from .followups_after import follow_up_access
from .session import Session

SETTLED = ("done", "cancelled")  # settle(); "rescheduled" is reschedule()'s


def add_follow_up(session: Session, case_id: int, follow_up: r.FollowUp) -> int:
    """Plan a follow-up (a date may be in the past: one she forgot to write down). On a closed case, only
    under a supervisor's allowance in force (services/followups_after.py), which it counts against."""
    follow_up_access(session, case_id, new=True)
    planned = r.FollowUp(follow_up.due_on, follow_up.purpose)
    c = checker(session.connection())
    record_checks.follow_up(c, planned, "follow_up")
    c.raise_if_any()
    with session.write() as conn:
        ref, allowance = follow_up_access(session, case_id, conn, new=True)
        fid = _insert(session, conn, case_id, planned, allowance)
        session.log(conn, "follow_up_add", ref.target, id=fid, due=planned.due_on,
                    **({"allowance": allowance} if allowance is not None else {}))
        _touch(session, conn, ref, allowance)
    return fid


def _insert(session: Session, conn: Connection, case_id: int, f: r.FollowUp, allowance: int | None = None) -> int:
    values = {"case_id": case_id, "due_on": f.due_on, "purpose": f.purpose, "created_by": session.user_id}
    if allowance is not None:
        values["allowance_id"] = allowance
    return rows.insert(conn, "follow_ups", values)


def _touch(session: Session, conn: Connection, ref: CaseRef, allowance: int | None) -> None:
    if allowance is None:  # a closed case stays as it was closed
        touch(session, conn, ref)


def _under(row: dict[str, Any], allowance: int | None) -> None:
    """On a closed case, only a follow-up recorded under an allowance is settled."""
    if allowance is not None and row.get("allowance_id") is None:
        raise CaseReadOnly("this follow-up was planned before the case closed", code="follow_up_not_allowed")


def _planned(conn: Connection, ref: CaseRef, follow_up_id: int) -> dict[str, Any]:
    row = rows.get(conn, "follow_ups", follow_up_id, lock=True)  # in a write: held until it commits
    if row is None or row["case_id"] != ref.id:
        raise NotFound("no such follow-up in this case")
    if row["status"] != "planned":
        raise InvalidInput("this follow-up is settled already", code="follow_up_settled")
    return row


def _check_outcome(conn: Connection, outcome: str, on: str) -> str:
    outcome = outcome.strip()
    c = checker(conn)
    c.text("outcome", outcome, required=True, max_len=MAX_TEXT)
    c.date("on", on, required=True, not_future=True)
    c.raise_if_any()
    return outcome


def settle(session: Session, case_id: int, follow_up_id: int, status: str, outcome: str,
           on: str | None = None) -> None:
    """Done (outcome: what came of it) or cancelled (outcome: why), on `on` (today by default)."""
    if status not in SETTLED:
        raise InvalidInput("a follow-up is settled as done or cancelled")
    follow_up_access(session, case_id, new=False)
    on = on or today()
    outcome = _check_outcome(session.connection(), outcome, on)
    with session.write() as conn:
        ref, allowance = follow_up_access(session, case_id, conn, new=False)
        _under(_planned(conn, ref, follow_up_id), allowance)
        rows.update(conn, "follow_ups", follow_up_id, {"status": status, "done_on": on, "outcome": outcome,
                                                       "settled_by": session.user_id})
        session.log(conn, "follow_up_settle", ref.target, id=follow_up_id, status=status)
        _touch(session, conn, ref, allowance)


def mark_done(session: Session, case_id: int, follow_up_id: int, on: str | None = None,
              outcome: str = "done") -> None:
    """Done, with a short outcome (the command line and older callers)."""
    settle(session, case_id, follow_up_id, "done", outcome, on)


def reschedule(session: Session, case_id: int, follow_up_id: int, due_on: str, outcome: str,
               purpose: str | None = None) -> int:
    """Plan it again for `due_on` (why, in `outcome`); the old one stays as rescheduled and points at the new
    one, which keeps the purpose unless a new one is given. Returns the new follow-up's id."""
    ref, _ = follow_up_access(session, case_id, new=True)
    on = today()
    conn = session.connection()
    outcome = _check_outcome(conn, outcome, on)
    old = _planned(conn, ref, follow_up_id)
    again = r.FollowUp(due_on, old["purpose"] if purpose is None else purpose)
    c = checker(conn)
    record_checks.follow_up(c, again, "follow_up")
    c.raise_if_any()
    with session.write() as wconn:
        ref, allowance = follow_up_access(session, case_id, wconn, new=True)
        _under(_planned(wconn, ref, follow_up_id), allowance)
        new_id = _insert(session, wconn, case_id, again, allowance)
        rows.update(wconn, "follow_ups", follow_up_id, {"status": "rescheduled", "done_on": on, "outcome": outcome,
                                                        "settled_by": session.user_id, "next_id": new_id})
        session.log(wconn, "follow_up_reschedule", ref.target, id=follow_up_id, next=new_id, due=due_on)
        _touch(session, wconn, ref, allowance)
    return new_id
