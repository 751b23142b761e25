"""Group activities and trainings of the center (issue 21 part B): seminars, workshops, support groups,
trainings for staff or other institutions, awareness events. Center-wide records, not case data: counselors
and supervisors record and list them (Action.CENTER_WORK); an admin sees their counts in the activity report.

Participants are counted by sex and age band. A woman is named on an attendance list only for a support
group, only through her case, and only with her recorded consent to it (consent kind 'group_attendance',
given and not withdrawn); the name then is case data (activity_attendance) that goes with her case.

Audit: ids, codes and the names of changed fields, never a topic, place or count.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..domain import center_work as cw
from ..domain.errors import InvalidInput, NotFound
from ..domain.permissions import Action
from ..vault import repositories, rows
from ..vault.audit import now_iso
from ..vault.port import Connection, errors_translated
from . import access
from .casework import check_version, checker
from .session import Session

FIELDS = ("kind", "held_on", "place", "facilitator_id", "facilitator_name", "topic", "participants")


@dataclass(frozen=True)
class ActivityRow:
    """One line of the activities page."""

    id: int
    kind: str
    held_on: str
    topic: str
    facilitator: str
    total: int
    named: int
    activity: cw.GroupActivity  # the whole record, so the editor opens at once


@dataclass(frozen=True)
class Attendee:
    case_id: int
    case_number: str
    client_name: str


def _check(session: Session, a: cw.GroupActivity) -> cw.GroupActivity:
    clean = cw.GroupActivity(
        a.kind, a.held_on, a.place.strip(), a.facilitator_id, a.facilitator_name.strip(), a.topic.strip(),
        {s: {b: n for b, n in bands.items() if n} for s, bands in a.participants.items()}
        if isinstance(a.participants, dict) and all(isinstance(v, dict) for v in a.participants.values())
        else a.participants, a.id, a.row_version)
    c = checker(session.connection())
    cw.activity(c, clean, "activity")
    if clean.facilitator_id is not None and not any(
            u.id == clean.facilitator_id for u in _staff(session.connection())):
        c.add("activity.facilitator_id", "no such member of staff")
    c.raise_if_any()
    return clean


def _staff(conn: Connection) -> list[Any]:
    return [u for u in repositories.list_users(conn) if not u.disabled]


def _values(a: cw.GroupActivity) -> dict[str, Any]:
    return {"kind": a.kind, "held_on": a.held_on, "place": a.place, "facilitator_id": a.facilitator_id,
            "facilitator_name": a.facilitator_name, "topic": a.topic,
            "participants": json.dumps(a.participants, sort_keys=True)}


def add_activity(session: Session, activity: cw.GroupActivity) -> int:
    access.require(session, Action.CENTER_WORK)
    clean = _check(session, activity)
    with session.write() as conn:
        aid = rows.insert(conn, "group_activities", {**_values(clean), "created_by": session.user_id,
                                                     "created_at": now_iso()})
        session.log(conn, "activity_add", f"activity:{aid}", kind=clean.kind)
    return aid


def update_activity(session: Session, activity: cw.GroupActivity) -> None:
    """Save a changed activity; `activity.row_version` is the version the editor read (EditConflict if a
    colleague saved it since). A support group that has named attendance stays a support group."""
    access.require(session, Action.CENTER_WORK)
    if activity.id is None:
        raise NotFound("no such activity")
    clean = _check(session, activity)
    with session.write() as conn:
        before = rows.get(conn, "group_activities", activity.id, lock=True)
        if before is None:
            raise NotFound("no such activity")
        check_version(conn, before, activity.row_version)
        if clean.kind != cw.NAMED_KIND and _named_count(conn, activity.id):
            raise InvalidInput("women are named on this support group's attendance; remove them first",
                               code="activity_has_named_attendance")
        values = _values(clean)
        changed = {k: v for k, v in values.items() if before.get(k) != v}
        if changed:
            rows.update(conn, "group_activities", activity.id, changed)
            session.log(conn, "activity_update", f"activity:{activity.id}", fields=sorted(changed))


def _named_count(conn: Connection, activity_id: int) -> int:
    with errors_translated():
        return int(conn.execute("SELECT count(*) FROM activity_named WHERE activity_id = ?",
                                (activity_id,)).fetchone()[0])


def _from_row(row: dict[str, Any]) -> cw.GroupActivity:
    try:
        participants = json.loads(row["participants"])
    except ValueError:
        participants = {}
    return cw.GroupActivity(row["kind"], row["held_on"], row["place"], row["facilitator_id"],
                            row["facilitator_name"], row["topic"], participants if isinstance(participants, dict)
                            else {}, int(row["id"]), int(row["row_version"]))


def get_activity(session: Session, activity_id: int) -> cw.GroupActivity:
    access.require(session, Action.CENTER_WORK)
    row = rows.get(session.connection(), "group_activities", activity_id)
    if row is None:
        raise NotFound("no such activity")
    return _from_row(row)


def count_activities(session: Session, first: str = "", last: str = "9999-12-31") -> int:
    access.require(session, Action.CENTER_WORK)
    with errors_translated():
        return int(session.connection().execute(
            "SELECT count(*) FROM group_activities WHERE held_on BETWEEN ? AND ?", (first, last)).fetchone()[0])


def list_activities(session: Session, offset: int = 0, limit: int = 200, first: str = "",
                    last: str = "9999-12-31") -> list[ActivityRow]:
    """A page of activities, newest first (the page's model fetches more as she scrolls)."""
    access.require(session, Action.CENTER_WORK)
    conn = session.connection()
    names = {u.id: u.display_name for u in _all_users(conn)}
    with errors_translated():
        found = conn.execute(
            "SELECT a.id, a.kind, a.held_on, a.topic, a.facilitator_id, a.facilitator_name, a.participants,"
            " (SELECT x.named FROM activity_named x WHERE x.activity_id = a.id), a.place, a.row_version"
            " FROM group_activities a WHERE a.held_on BETWEEN ? AND ? ORDER BY a.held_on DESC, a.id DESC"
            " LIMIT ? OFFSET ?", (first, last, limit, offset)).fetchall()
    out = []
    for r in found:
        a = _from_row({"id": r[0], "kind": r[1], "held_on": r[2], "topic": r[3], "facilitator_id": r[4],
                       "facilitator_name": r[5], "participants": r[6], "place": r[8], "row_version": r[9]})
        who = names.get(int(r[4]), "") if r[4] is not None else str(r[5])
        out.append(ActivityRow(int(r[0]), str(r[1]), str(r[2]), str(r[3]), who, a.total(), int(r[7] or 0), a))
    return out


def _all_users(conn: Connection) -> list[Any]:
    return list(repositories.list_users(conn))


def staff_choices(session: Session) -> list[tuple[int, str]]:
    """(id, display name) of active staff, for the facilitator field."""
    access.require(session, Action.CENTER_WORK)
    return [(u.id, u.display_name) for u in _staff(session.connection())]


# -- named attendance (support groups only, with her consent) ------------------------------------------------


def _attendance_consent(conn: Connection, client_id: int, on: str) -> int | None:
    with errors_translated():
        row = conn.execute(
            "SELECT id FROM consents WHERE client_id = ? AND kind = ? AND given_on <= ?"
            " AND (withdrawn_on IS NULL OR withdrawn_on > ?) ORDER BY given_on DESC, id DESC",
            (client_id, cw.ATTENDANCE_CONSENT, on, on)).fetchone()
    return int(row[0]) if row else None


def name_attendee(session: Session, activity_id: int, case_id: int) -> int:
    """Name the woman of this case on a support group's attendance. Refused for any other kind of activity,
    and without her consent to it recorded in her case (given on or before the group's day, not withdrawn)."""
    access.require(session, Action.CENTER_WORK)
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        act = rows.get(conn, "group_activities", activity_id, lock=True)
        if act is None:
            raise NotFound("no such activity")
        if act["kind"] != cw.NAMED_KIND:
            raise InvalidInput("only a support group's attendance may name a woman",
                               code="attendance_not_support_group")
        consent = _attendance_consent(conn, ref.client_id, str(act["held_on"]))
        if consent is None:
            raise InvalidInput("her consent to be named on a support group's attendance is not recorded",
                               code="attendance_without_consent")
        with errors_translated():
            if conn.execute("SELECT 1 FROM activity_attendance WHERE activity_id = ? AND case_id = ?",
                            (activity_id, case_id)).fetchone():
                raise InvalidInput("she is already on this attendance", code="attendance_already_named")
        xid = rows.insert(conn, "activity_attendance", {"activity_id": activity_id, "case_id": case_id,
                                                        "consent_id": consent, "recorded_by": session.user_id,
                                                        "recorded_at": now_iso()})
        session.log(conn, "attendance_add", ref.target, activity=activity_id, id=xid)
    return xid


def remove_attendee(session: Session, activity_id: int, case_id: int) -> None:
    access.require(session, Action.CENTER_WORK)
    access.case_access(session, case_id, Action.CASE_EDIT)
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        rows.delete(conn, "activity_attendance", {"activity_id": activity_id, "case_id": case_id})
        session.log(conn, "attendance_remove", ref.target, activity=activity_id)


def attendees(session: Session, activity_id: int) -> list[Attendee]:
    """The women named on this activity's attendance whose cases she may read (on a server, row-level
    security hides the rest; in a vault they are left out the same way)."""
    access.require(session, Action.CENTER_WORK)
    conn = session.connection()
    with errors_translated():
        found = conn.execute(
            "SELECT x.case_id FROM activity_attendance x WHERE x.activity_id = ? ORDER BY x.id",
            (activity_id,)).fetchall()
    out = []
    for (cid,) in found:
        if not access.may(session, int(cid), Action.CASE_READ):
            continue
        with errors_translated():
            row = conn.execute("SELECT c.case_number, l.full_name FROM cases c JOIN clients l ON l.id = c.client_id"
                               " WHERE c.id = ?", (cid,)).fetchone()
        if row is not None:
            out.append(Attendee(int(cid), str(row[0]), str(row[1])))
    return out
