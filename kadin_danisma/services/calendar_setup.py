"""The center's rooms and interpreters, which appointments book: everyone who works cases reads the lists;
an admin adds, corrects and retires entries (a retired one stays on the appointments that used it and is not
offered for new ones). Every change is audited with the names of the changed fields.
"""

from __future__ import annotations

import uuid
from typing import Any

from ..domain import record_checks
from ..domain import records as r
from ..domain.errors import InvalidInput, NotFound, PermissionDenied
from ..domain.permissions import Action
from ..vault import rows
from ..vault.audit import now_iso
from ..vault.port import Connection, errors_translated
from . import access
from .casework import as_json, checker, from_json
from .session import Session


def _may_read(session: Session) -> None:
    session.check_password_changed()
    if not (access.allowed(session, Action.DASHBOARD) or access.allowed(session, Action.CALENDAR_MANAGE)):
        raise PermissionDenied("you do not have permission for this")


def rooms_of(conn: Connection, include_retired: bool = False) -> list[r.Room]:
    found = rows.select(conn, "rooms", None if include_retired else {"active": 1}, "name")
    return [r.Room(x["name"], bool(x["active"]), x["id"]) for x in found]


def interpreters_of(conn: Connection, include_retired: bool = False) -> list[r.Interpreter]:
    found = rows.select(conn, "interpreters", None if include_retired else {"active": 1}, "name")
    return [r.Interpreter(x["name"], from_json(x["languages"]), x["phone"], x["notes"], bool(x["active"]), x["id"])
            for x in found]


def rooms(session: Session, include_retired: bool = False) -> list[r.Room]:
    _may_read(session)
    return rooms_of(session.connection(), include_retired)


def interpreters(session: Session, include_retired: bool = False) -> list[r.Interpreter]:
    _may_read(session)
    return interpreters_of(session.connection(), include_retired)


def _stamp(session: Session, new: bool) -> dict[str, Any]:
    stamp: dict[str, Any] = {"changed_by": session.user_id, "changed_at": now_iso()}
    if new:
        stamp["uuid"] = str(uuid.uuid4())
    return stamp


def _save(session: Session, table: str, entity: str, row_id: int | None, values: dict[str, Any]) -> int:
    with session.write() as conn:
        taken = rows.get(conn, table, values["name"], "name")
        if taken is not None and taken["id"] != row_id:
            raise InvalidInput("this name is already in the list", code="name_taken",
                               problems=[(f"$.{entity}.name", "is already in the list")])
        if row_id is None:
            row_id = rows.insert(conn, table, {**values, **_stamp(session, True)})
            session.log(conn, f"{entity}_add", f"{entity}:{row_id}")
            return row_id
        before = rows.get(conn, table, row_id)
        if before is None:
            raise NotFound(f"no such {entity}")
        changed = sorted(k for k, v in values.items() if before[k] != v)
        if changed:
            with errors_translated():
                conn.execute(f"UPDATE {table} SET row_version = row_version + 1 WHERE id = ?", (row_id,))
            rows.update(conn, table, row_id, {**{k: values[k] for k in changed}, **_stamp(session, False)})
            session.log(conn, f"{entity}_update", f"{entity}:{row_id}", fields=changed)
        return row_id


def save_room(session: Session, room: r.Room) -> int:
    """Add a room (room.id None) or rename, retire or restore one (admins)."""
    access.require(session, Action.CALENDAR_MANAGE)
    room = r.Room(" ".join(room.name.split()), room.active, room.id)
    c = checker(session.connection())
    record_checks.room(c, room)
    c.raise_if_any()
    return _save(session, "rooms", "room", room.id, {"name": room.name, "active": int(room.active)})


def save_interpreter(session: Session, person: r.Interpreter) -> int:
    """Add an interpreter (person.id None) or correct, retire or restore one (admins)."""
    access.require(session, Action.CALENDAR_MANAGE)
    person = r.Interpreter(" ".join(person.name.split()), list(dict.fromkeys(person.languages)), person.phone.strip(),
                           person.notes, person.active, person.id)
    c = checker(session.connection())
    record_checks.interpreter(c, person)
    c.raise_if_any()
    return _save(session, "interpreters", "interpreter", person.id, {
        "name": person.name, "languages": as_json(person.languages), "phone": person.phone, "notes": person.notes,
        "active": int(person.active)})
