"""Handing cases over from one counselor to another: all the open cases of a counselor who leaves (or one of
them, named by its number), by an administrator or a supervisor. It needs no case content: the cases are
counted and moved, never shown. Each case's assignment change is audited as every assignment is
("case_assign", the counselors before and after), so the new counselor finds them in her inbox as newly
assigned, and the handover as a whole once more ("case_handover").

A co-counselor on a case keeps her place; closed cases keep their history (a supervisor assigns a counselor
when one is reopened).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import InvalidInput, NotFound, PermissionDenied
from ..domain.permissions import Action
from ..domain.roles import Role
from ..vault import repositories, rows
from ..vault.port import errors_translated
from . import access
from .session import Session


@dataclass(frozen=True)
class Counselor:
    username: str
    display_name: str
    open_cases: int
    active: bool = True


def _may_hand_over(session: Session) -> None:
    if not (access.allowed(session, Action.CASE_ASSIGN) or access.allowed(session, Action.USERS_MANAGE)):
        raise PermissionDenied("you do not have permission for this")


def counselors(session: Session) -> list[Counselor]:
    """Every counselor account (active or not) with the number of open cases she is assigned to."""
    _may_hand_over(session)
    conn = session.connection()
    with errors_translated():
        if session.on_server:  # she may read none of those cases there: the server counts them
            found = session.server_rows("counselor_case_counts")
        else:
            found = conn.execute("SELECT y.user_id, count(*) FROM case_counselors y JOIN cases c ON c.id = y.case_id"
                                 " AND c.status != 'closed' GROUP BY y.user_id").fetchall()
        counts = {int(str(uid)): int(str(n)) for uid, n in found}
    return [Counselor(u.username, u.display_name, counts.get(u.id, 0), not u.disabled)
            for u in repositories.list_users(conn) if Role.COUNSELOR in u.roles]


def hand_over(session: Session, from_username: str, to_username: str, case_number: str = "") -> int:
    """Move `from`'s open cases (or only the case `case_number`) to `to`, an active counselor. Returns how many
    cases were handed over."""
    _may_hand_over(session)
    conn = session.connection()
    users = {u.username: u for u in repositories.list_users(conn)}
    giver, taker = users.get(from_username), users.get(to_username)
    if giver is None or taker is None:
        raise NotFound("no such user")
    if Role.COUNSELOR not in taker.roles or taker.disabled:
        raise InvalidInput("the cases go to an active counselor", code="not_a_counselor")
    if giver.id == taker.id:
        raise InvalidInput("choose another counselor to take the cases", code="same_counselor")
    if session.on_server:  # the server finds, checks, moves and audits them, under the cases' locks
        with errors_translated():
            moved = session.server_call("case_hand_over", giver.id, taker.id, case_number.strip())
        assert isinstance(moved, int)
        return moved
    with errors_translated():
        if case_number.strip():
            case = rows.get(conn, "cases", case_number.strip(), key="case_number")
            if case is None:
                raise NotFound("no case with this number", code="no_such_case")
            found = conn.execute("SELECT c.id FROM cases c JOIN case_counselors y ON y.case_id = c.id"
                                 " WHERE c.id = ? AND y.user_id = ? AND c.status != 'closed'",
                                 (case["id"], giver.id)).fetchall()
            if not found:
                raise InvalidInput("this case is not an open case of hers", code="not_her_case")
        else:
            found = conn.execute("SELECT c.id FROM cases c JOIN case_counselors y ON y.case_id = c.id"
                                 " WHERE y.user_id = ? AND c.status != 'closed' ORDER BY c.id", (giver.id,)).fetchall()
    ids = [int(x[0]) for x in found]
    with session.write() as wconn:
        for case_id in ids:
            before = sorted(str(x["user_id"]) for x in rows.select(wconn, "case_counselors", {"case_id": case_id}))
            rows.delete(wconn, "case_counselors", {"case_id": case_id, "user_id": giver.id})
            if not rows.select(wconn, "case_counselors", {"case_id": case_id, "user_id": taker.id}):
                rows.insert(wconn, "case_counselors", {"case_id": case_id, "user_id": taker.id})
            after = sorted(str(x["user_id"]) for x in rows.select(wconn, "case_counselors", {"case_id": case_id}))
            session.log(wconn, "case_assign", f"case:{case_id}", before=before, after=after, via="handover")
        session.log(wconn, "case_handover", None, from_user=giver.username, to_user=taker.username, cases=len(ids),
                    one=bool(case_number.strip()))
    return len(ids)
