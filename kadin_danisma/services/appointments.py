"""Appointments on a case (issue 20): book one, move it, and record what happened: she came (a note in the
same step, with the type, the duration and the interpreter filled in), she did not come (counted, and a
follow-up planned if wanted), or it was cancelled (with the reason).

Appointments follow their case's access rules: booking and recording need CASE_EDIT on the case, reading
CASE_READ. Clashes (the counselor, the room or the interpreter already booked then, or an interpreter
without the language needed) are reported before anything is saved (`BookingConflict`); she may then book
knowingly, and the audit entry counts the clashes she accepted. The audit log holds ids, codes and field
names, never a time or a name of the case's.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Any

from ..domain import record_checks
from ..domain import records as r
from ..domain.appointments import Clash, ClashKind, Status, may_become, minutes, note_type_for
from ..domain.errors import BookingConflict, InvalidInput, NotFound
from ..domain.permissions import Action
from ..domain.roles import Role
from ..vault import appointment_queries as q
from ..vault import repositories, rows
from ..vault.audit import now_iso
from ..vault.port import Connection, errors_translated
from . import access, notes
from .access import CaseRef
from .cases import touch
from .casework import checker, from_json, today, update_logged
from .session import Session
from .vocab import terms


def defaults(session: Session, case_id: int) -> r.Appointment:
    """A new booking for this case as the intake left it: her interpreter need (else, when she speaks no
    Turkish, the first language she speaks), her counselor (the person booking, if assigned), a
    psychological session; the times are the caller's."""
    access.case_access(session, case_id, Action.CASE_EDIT)
    conn = session.connection()
    case = rows.get(conn, "cases", case_id) or {}
    client = rows.get(conn, "clients", case.get("client_id")) or {}
    language = client.get("interpreter_language")
    spoken = [str(x) for x in from_json(str(client.get("languages") or "[]"))]
    if language is None and spoken and "tur" not in spoken:
        language = spoken[0]  # she speaks no Turkish: an interpreter for her first language
    assigned = _case_counselors(conn, case_id)
    me = session.user.username if session.user else ""
    who = [me] if me in assigned else assigned[:1]
    interpreter = ""
    if language is not None:
        speaking = [p for p in _interpreters(conn) if language in p.languages]
        interpreter = speaking[0].name if speaking else ""
    return r.Appointment("", "", "psychological", counselors=who, interpreter_language=language,
                         interpreter=interpreter)


@dataclass(frozen=True)
class BookingSetup:
    """What the booking dialog offers, read once: the prefilled booking, the active counselors (user name,
    display name), rooms and interpreters."""

    defaults: r.Appointment
    counselors: list[tuple[str, str]]
    rooms: list[str]
    interpreters: list[r.Interpreter]


def booking_setup(session: Session, case_id: int) -> BookingSetup:
    from .calendar_setup import rooms_of

    prefilled = defaults(session, case_id)
    conn = session.connection()
    counselors = [(u.username, u.display_name) for u in repositories.list_users(conn)
                  if Role.COUNSELOR in u.roles and not u.disabled]
    return BookingSetup(prefilled, counselors, [x.name for x in rooms_of(conn)],
                        [p for p in _interpreters(conn) if p.active])


def _case_counselors(conn: Connection, case_id: int) -> list[str]:
    names = {u.id: u.username for u in repositories.list_users(conn)}
    return sorted(names[x["user_id"]] for x in rows.select(conn, "case_counselors", {"case_id": case_id})
                  if x["user_id"] in names)


def _interpreters(conn: Connection) -> list[r.Interpreter]:
    from .calendar_setup import interpreters_of

    return interpreters_of(conn, include_retired=True)


# -- checks ----------------------------------------------------------------------------------------------
def _resolve(conn: Connection, appt: r.Appointment, keep: q.BookingRow | None = None) -> dict[str, Any]:
    """Names → ids. New choices must be active counselors, rooms and interpreters; what a rescheduled booking
    already had may stay even if retired since."""
    c = checker(conn, "$")
    record_checks.appointment(c, appt, "appointment")
    users = {u.username: u for u in repositories.list_users(conn)}
    kept_users = set(keep.counselor_ids) if keep else set()
    counselor_ids: list[int] = []
    for i, name in enumerate(appt.counselors):
        user = users.get(name)
        if user is None or (user.id not in kept_users and (Role.COUNSELOR not in user.roles or user.disabled)):
            c.add(f"appointment.counselors[{i}]", "is not an active counselor")
        else:
            counselor_ids.append(user.id)
    if not appt.counselors:
        c.add("appointment.counselors", "choose at least one counselor")
    room_id = _named(conn, c, "rooms", "room", appt.room, keep.room_id if keep else None)
    interpreter_id = _named(conn, c, "interpreters", "interpreter", appt.interpreter,
                            keep.interpreter_id if keep else None)
    c.raise_if_any()
    return {"counselor_ids": sorted(set(counselor_ids)), "room_id": room_id, "interpreter_id": interpreter_id}


def _named(conn: Connection, c: Any, table: str, field: str, name: str, kept: int | None) -> int | None:
    if not name:
        return None
    row = rows.get(conn, table, name, "name")
    if row is None or (not row["active"] and row["id"] != kept):
        c.add(f"appointment.{field}", "is not in the center's list")
        return None
    return int(row["id"])


def find_clashes(conn: Connection, appt: r.Appointment, ids: dict[str, Any], exclude: int | None) -> list[Clash]:
    found: list[Clash] = []
    names = {u.id: u.username for u in repositories.list_users(conn)}
    checks = [("counselor", uid, names.get(uid, "")) for uid in ids["counselor_ids"]]
    if ids["room_id"] is not None:
        checks.append(("room", ids["room_id"], appt.room))
    if ids["interpreter_id"] is not None:
        checks.append(("interpreter", ids["interpreter_id"], appt.interpreter))
    for by, who, label in checks:
        for other in q.overlapping(conn, appt.starts_at, appt.ends_at, by, who, exclude):
            found.append(Clash(ClashKind(by), label, other.id, other.starts_at, other.ends_at))
    if ids["interpreter_id"] is not None and appt.interpreter_language is not None:
        person = next((p for p in _interpreters(conn) if p.id == ids["interpreter_id"]), None)
        if person is not None and appt.interpreter_language not in person.languages:
            found.append(Clash(ClashKind.LANGUAGE, appt.interpreter))
    return found


def clashes(session: Session, case_id: int, appt: r.Appointment, exclude: int | None = None) -> list[Clash]:
    """What this booking would clash with, without saving it (the dialog asks as she changes a field)."""
    access.case_access(session, case_id, Action.CASE_EDIT)
    conn = session.connection()
    keep = q.by_id(conn, exclude) if exclude is not None else None
    return find_clashes(conn, appt, _resolve(conn, appt, keep), exclude)


# -- writes ----------------------------------------------------------------------------------------------
def _values(appt: r.Appointment, ids: dict[str, Any]) -> dict[str, Any]:
    return {"starts_at": appt.starts_at, "ends_at": appt.ends_at, "kind": appt.kind, "room_id": ids["room_id"],
            "interpreter_language": appt.interpreter_language, "interpreter_id": ids["interpreter_id"]}


def book(session: Session, case_id: int, appt: r.Appointment, accept_clashes: bool = False) -> int:
    """A new planned appointment; BookingConflict (nothing saved) when it clashes and she has not accepted."""
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    appt = replace(appt, status=Status.PLANNED.value, cancel_reason="")
    with session.write() as conn:
        ids = _resolve(conn, appt)
        found = find_clashes(conn, appt, ids, None)
        if found and not accept_clashes:
            raise BookingConflict(list(found))
        now = now_iso()
        appointment_id = rows.insert(conn, "appointments", {
            "uuid": appt.uuid or str(uuid.uuid4()), "case_id": case_id, **_values(appt, ids),
            "status": Status.PLANNED.value, "created_by": session.user_id, "created_at": now,
            "changed_by": session.user_id, "changed_at": now,
        })
        for uid in ids["counselor_ids"]:
            rows.insert(conn, "appointment_counselors", {"appointment_id": appointment_id, "user_id": uid})
        session.log(conn, "appointment_add", ref.target, id=appointment_id, kind=appt.kind,
                    interpreter=ids["interpreter_id"] is not None, clashes_accepted=len(found))
        touch(session, conn, ref)
    return appointment_id


def _planned(session: Session, conn: Connection, appointment_id: int) -> tuple[CaseRef, q.BookingRow]:
    row = q.by_id(conn, appointment_id)
    if row is None:
        raise NotFound("no such appointment")
    ref = access.case_access(session, row.case_id, Action.CASE_EDIT, conn)
    if row.status != Status.PLANNED:
        raise InvalidInput("only a planned appointment can change", code="appointment_closed")
    return ref, row


def reschedule(session: Session, appointment_id: int, appt: r.Appointment, accept_clashes: bool = False) -> None:
    """Change a planned appointment's time, kind, counselors, room or interpreter."""
    with session.write() as conn:
        ref, row = _planned(session, conn, appointment_id)
        appt = replace(appt, status=Status.PLANNED.value, cancel_reason="")
        ids = _resolve(conn, appt, row)
        found = find_clashes(conn, appt, ids, appointment_id)
        if found and not accept_clashes:
            raise BookingConflict(list(found))
        values = _values(appt, ids)
        diff = update_logged(session, conn, "appointments", appointment_id, values, ref.target, "appointment")
        if sorted(ids["counselor_ids"]) != sorted(row.counselor_ids):
            rows.delete(conn, "appointment_counselors", {"appointment_id": appointment_id})
            for uid in ids["counselor_ids"]:
                rows.insert(conn, "appointment_counselors", {"appointment_id": appointment_id, "user_id": uid})
            session.log(conn, "case_update", ref.target, entity="appointment", id=appointment_id,
                        fields=["counselors"])
            diff["counselors"] = []
        if diff:
            _stamp(session, conn, appointment_id)
            if found:
                session.log(conn, "appointment_clashes_accepted", ref.target, id=appointment_id, count=len(found))
            touch(session, conn, ref)


def _stamp(session: Session, conn: Connection, appointment_id: int) -> None:
    """Every change is a new version of the record (who, when)."""
    with errors_translated():
        conn.execute("UPDATE appointments SET row_version = row_version + 1, changed_by = ?, changed_at = ?"
                     " WHERE id = ?", (session.user_id, now_iso(), appointment_id))


def _set_status(session: Session, conn: Connection, ref: CaseRef, row: q.BookingRow, status: Status,
                **values: Any) -> None:
    if not may_become(row.status, status):
        raise InvalidInput("only a planned appointment can change", code="appointment_closed")
    if status in (Status.ATTENDED, Status.NO_SHOW) and row.starts_at[:10] > today():
        raise InvalidInput("an appointment still to come cannot be recorded as attended or missed",
                           code="appointment_in_future")
    rows.update(conn, "appointments", row.id, {"status": status.value, **values})
    _stamp(session, conn, row.id)
    details = {"note": values.get("note_id"), "follow_up": values.get("follow_up_id"),
               "reason_length": len(str(values.get("cancel_reason") or ""))}
    session.log(conn, "appointment_status", ref.target, id=row.id, status=status.value,
                **{k: v for k, v in details.items() if v})
    touch(session, conn, ref)


def note_for(session: Session, appointment_id: int) -> r.Note:
    """The note an attended appointment becomes, filled in: the type its kind maps to, the day, the length, the
    interpreter present with the language and her name."""
    conn = session.connection()
    row = q.by_id(conn, appointment_id)
    if row is None:
        raise NotFound("no such appointment")
    access.case_access(session, row.case_id, Action.CASE_READ)
    meta = {t.code: t.meta for t in terms(conn, "appointment_kind", include_retired=True)}
    interpreted = row.interpreter_id is not None or row.interpreter_language is not None
    return r.Note(note_type_for(meta.get(row.kind, {})), min(row.starts_at[:10], today()), "",
                  minutes(row.starts_at, row.ends_at) or None, interpreted,
                  row.interpreter_language if interpreted else None, row.interpreter if interpreted else "")


def attend(session: Session, appointment_id: int, note: r.Note) -> int:
    """She came: the appointment is attended and its note is saved, in one transaction; returns the note's id."""
    with session.write() as conn:
        ref, row = _planned(session, conn, appointment_id)
        if row.starts_at[:10] > today():
            raise InvalidInput("an appointment still to come cannot be recorded as attended or missed",
                               code="appointment_in_future")
        note_id = notes.add_note(session, row.case_id, note)
        _set_status(session, conn, ref, row, Status.ATTENDED, note_id=note_id)
    return note_id


def no_show(session: Session, appointment_id: int, follow_up_on: str | None = None, purpose: str = "") -> int | None:
    """She did not come: counted as such; with a date, a follow-up is planned on the case (the dashboard lists
    it). Returns the follow-up's id."""
    follow_up = r.FollowUp(follow_up_on, purpose) if follow_up_on else None
    if follow_up is not None:
        c = checker(session.connection(), "$")
        record_checks.follow_up(c, follow_up, "follow_up")
        c.raise_if_any()
    with session.write() as conn:
        ref, row = _planned(session, conn, appointment_id)
        follow_up_id = None
        if follow_up is not None:
            follow_up_id = rows.insert(conn, "follow_ups", {
                "case_id": row.case_id, "due_on": follow_up.due_on, "purpose": follow_up.purpose,
                "created_by": session.user_id})
            session.log(conn, "follow_up_add", ref.target, id=follow_up_id, due=follow_up.due_on)
        _set_status(session, conn, ref, row, Status.NO_SHOW, follow_up_id=follow_up_id)
    return follow_up_id


def cancel(session: Session, appointment_id: int, reason: str) -> None:
    if not reason.strip():
        raise InvalidInput("the reason is required", problems=[("$.cancel_reason", "is required")])
    c = checker(session.connection(), "$")
    c.text("cancel_reason", reason, max_len=2000)
    c.raise_if_any()
    with session.write() as conn:
        ref, row = _planned(session, conn, appointment_id)
        _set_status(session, conn, ref, row, Status.CANCELLED, cancel_reason=reason.strip())
