"""Follow-up after closure (issue 21 part B): a supervisor allows follow-ups on a closed case (three and six
months after she left the shelter, say) without reopening it: until which day and how many. While an
allowance is in force (not revoked, not past its day, not used up), her assigned counselor plans follow-ups
on the closed case and settles them with their outcome (services/followups.py, the same calls as on an open
case); everything else on the case stays read-only, and the case stays closed (its status, its closure and
its "last changed" are not touched). On a server the same rule is row-level security's
(pg/security_center.py): a closed case's follow-ups are writable only under an allowance in force.

Audit: `follow_up_allow` / `follow_up_allow_revoke` with ids, the day and the number, on the case.
"""

from __future__ import annotations

from ..domain import center_work as cw
from ..domain.case_states import Status
from ..domain.errors import CaseReadOnly, InvalidInput, NotFound, UserFacingError
from ..domain.permissions import Action
from ..vault import rows
from ..vault.audit import now_iso
from ..vault.port import Connection, errors_translated
from . import access
from .access import CaseRef
from .casework import checker, today, user_names
from .session import Session


def allow(session: Session, case_id: int, until_on: str, max_count: int) -> int:
    """A supervisor allows up to `max_count` follow-ups on this closed case until `until_on`."""
    access.case_access(session, case_id, Action.FOLLOW_UP_ALLOW)
    c = checker(session.connection())
    cw.allowance(c, until_on, max_count, today())
    c.raise_if_any()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.FOLLOW_UP_ALLOW, conn)
        if ref.status != Status.CLOSED:
            raise InvalidInput("follow-ups are allowed this way on a closed case only",
                               code="allowance_case_not_closed")
        aid = rows.insert(conn, "followup_allowances", {"case_id": case_id, "allowed_by": session.user_id,
                                                        "allowed_at": now_iso(), "until_on": until_on,
                                                        "max_count": max_count})
        session.log(conn, "follow_up_allow", ref.target, id=aid, until=until_on, count=max_count)
    return aid


def revoke(session: Session, case_id: int, allowance_id: int) -> None:
    access.case_access(session, case_id, Action.FOLLOW_UP_ALLOW)
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.FOLLOW_UP_ALLOW, conn)
        row = rows.get(conn, "followup_allowances", allowance_id, lock=True)
        if row is None or row["case_id"] != case_id:
            raise NotFound("no such allowance on this case")
        if row["revoked_at"] is not None:
            return
        rows.update(conn, "followup_allowances", allowance_id, {"revoked_at": now_iso(),
                                                                "revoked_by": session.user_id})
        session.log(conn, "follow_up_allow_revoke", ref.target, id=allowance_id)


def allowances(session: Session, case_id: int) -> list[cw.Allowance]:
    """The case's allowances, newest first, with how many follow-ups each has seen recorded."""
    access.case_access(session, case_id, Action.CASE_READ)
    conn = session.connection()
    names = user_names(conn)
    with errors_translated():
        found = conn.execute(
            "SELECT a.id, a.until_on, a.max_count, a.allowed_by, a.allowed_at, a.revoked_at,"
            " (SELECT count(*) FROM follow_ups f WHERE f.allowance_id = a.id)"
            " FROM followup_allowances a WHERE a.case_id = ? ORDER BY a.id DESC", (case_id,)).fetchall()
    return [cw.Allowance(case_id, str(x[1]), int(x[2]), names.get(int(x[3]), ""), str(x[4]), int(x[6]),
                         x[5], int(x[0])) for x in found]


def may_allow(session: Session, case_id: int, status: str) -> bool:
    return status == Status.CLOSED and access.may(session, case_id, Action.FOLLOW_UP_ALLOW)


def open_allowance(conn: Connection, case_id: int, day: str, need_room: bool) -> int | None:
    """The id of an allowance of this case in force on `day` (with room for one more when `need_room`)."""
    with errors_translated():
        found = conn.execute(
            "SELECT a.id, a.max_count, (SELECT count(*) FROM follow_ups f WHERE f.allowance_id = a.id)"
            " FROM followup_allowances a WHERE a.case_id = ? AND a.revoked_at IS NULL AND a.until_on >= ?"
            " ORDER BY a.until_on, a.id", (case_id, day)).fetchall()
    for aid, most, used in found:
        if not need_room or int(used) < int(most):
            return int(aid)
    return None


def follow_up_access(session: Session, case_id: int, conn: Connection | None = None, *,
                     new: bool) -> tuple[CaseRef, int | None]:
    """(the case, None) when its follow-ups may be written as on any editable case; (the case, the allowance)
    when it is closed and a follow-up may be written under an allowance in force; CaseReadOnly otherwise
    (code `follow_up_not_allowed` for a closed case without one). `new`: a follow-up is being added."""
    try:
        return access.case_access(session, case_id, Action.CASE_EDIT, conn), None
    except CaseReadOnly:
        ref = access.case_access(session, case_id, Action.FOLLOW_UP_AFTER_CLOSURE, conn)
        if ref.status != Status.CLOSED:
            raise
    allowance = open_allowance(conn or session.connection(), case_id, today(), need_room=new)
    if allowance is None:
        raise CaseReadOnly("this case is closed and no follow-up is allowed on it now", code="follow_up_not_allowed")
    return ref, allowance


def may_follow_up(session: Session, case_id: int, new: bool = True) -> bool:
    """Whether she may add (`new`) or settle a follow-up of this case now (the follow-ups tab's buttons)."""
    try:
        follow_up_access(session, case_id, new=new)
    except UserFacingError:  # any refusal hides the button; the call itself says why
        return False
    return True
