"""Follow-up dates on a case: set one, mark it done. The dashboard lists those due or overdue."""

from __future__ import annotations

from ..domain import record_checks
from ..domain import records as r
from ..domain.errors import InvalidInput, NotFound
from ..domain.permissions import Action
from ..vault import rows
from . import access
from .cases import touch
from .casework import checker, today
from .session import Session


def add_follow_up(session: Session, case_id: int, follow_up: r.FollowUp) -> int:
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    c = checker(session.connection())
    record_checks.follow_up(c, follow_up, "follow_up")
    c.raise_if_any()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        fid = rows.insert(conn, "follow_ups", {"case_id": case_id, "due_on": follow_up.due_on,
                                               "purpose": follow_up.purpose, "done_on": follow_up.done_on,
                                               "created_by": session.user_id})
        session.log(conn, "follow_up_add", ref.target, id=fid, due=follow_up.due_on)
        touch(session, conn, ref)
    return fid


def mark_done(session: Session, case_id: int, follow_up_id: int, on: str | None = None) -> None:
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    on = on or today()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        row = rows.get(conn, "follow_ups", follow_up_id)
        if row is None or row["case_id"] != case_id:
            raise NotFound("no such follow-up in this case")
        if row["done_on"] is not None:
            raise InvalidInput("this follow-up is already done")
        rows.update(conn, "follow_ups", follow_up_id, {"done_on": on})
        session.log(conn, "follow_up_done", ref.target, id=follow_up_id)
