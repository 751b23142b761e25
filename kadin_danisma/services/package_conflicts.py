"""Merge conflicts from packages (issue 17): stored, listed in the case and resolved by a person.

A conflict is a field changed on both sides since the common revision, a safety field (safe phone, code
word, never-call-home, risk level) that differs, or a record deleted on one side and changed on the other.
Nothing was overwritten when it was found: both values wait here, with who changed each and when, until a
counselor or supervisor who may edit the case keeps one or types a new one. The audit log names the record's
kind and field and the choice, never a value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..domain.errors import ImportInvalid, InvalidInput, NotFound
from ..domain.permissions import Action
from ..vault.audit import now_iso
from ..vault.port import Connection, errors_translated
from . import access
from .casework import user_names
from .package_check import check_case
from .package_names import Directory
from .package_records import delete, index, insert, referenced, spec_of, update
from .package_registry import REGISTRY
from .session import Session

KINDS = ("both_changed", "safety", "deleted_here", "deleted_there")
CHOICES = ("local", "incoming", "typed")
WHOLE = "*"  # the field of a conflict about a whole record (deleted on one side)


@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    field: str
    kind: str
    local_value: Any
    incoming_value: Any
    local_by: str
    local_at: str | None
    incoming_by: str
    incoming_at: str | None

    @property
    def typable(self) -> bool:
        """A new value may be typed for a text field (a choice between the two for anything else)."""
        spec = REGISTRY.get(self.table)
        return (self.field != WHOLE and isinstance(self.local_value, str) and isinstance(self.incoming_value, str)
                and not (spec is not None and self.field in spec.refs))  # a record is chosen, never typed


def record(conn: Connection, case_id: int, partner_id: str, uuid: str, table: str, field: str, kind: str,
           local: tuple[Any, str, str | None], incoming: tuple[Any, str, str | None]) -> None:
    """Store a conflict (value, who, when on each side); an open one on the same field takes the newer
    incoming value instead of a second entry."""
    lv, lby, lat = local
    iv, iby, iat = incoming
    with errors_translated():
        found = conn.execute("SELECT id FROM package_conflicts WHERE record_uuid = ? AND field = ? AND state = 'open'",
                             (uuid, field)).fetchone()
        if found is not None:
            conn.execute("UPDATE package_conflicts SET incoming_value = ?, incoming_by = ?, incoming_at = ?,"
                         " partner_id = ? WHERE id = ?", (_dump(iv), iby, iat, partner_id, found[0]))
            return
        conn.execute(
            "INSERT INTO package_conflicts (case_id, partner_id, record_uuid, table_name, field, kind, local_value,"
            " incoming_value, local_by, local_at, incoming_by, incoming_at, state, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)",
            (case_id, partner_id, uuid, table, field, kind, _dump(lv), _dump(iv), lby, lat, iby, iat, now_iso()))


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def open_fields(conn: Connection, case_id: int) -> set[tuple[str, str]]:
    """(record uuid, field) of the case's open conflicts: a package leaves them out until resolved."""
    with errors_translated():
        found = conn.execute("SELECT record_uuid, field FROM package_conflicts WHERE case_id = ? AND state = 'open'",
                             (case_id,)).fetchall()
    return {(str(u), str(f)) for u, f in found}


def open_count(session: Session, case_id: int) -> int:
    access.case_access(session, case_id, Action.CASE_READ)
    with errors_translated():
        return int(session.connection().execute(
            "SELECT count(*) FROM package_conflicts WHERE case_id = ? AND state = 'open'", (case_id,)).fetchone()[0])


def list_open(session: Session, case_id: int) -> list[Conflict]:
    access.case_access(session, case_id, Action.CASE_READ)
    with errors_translated():
        found = session.connection().execute(
            "SELECT id, table_name, field, kind, local_value, incoming_value, local_by, local_at, incoming_by,"
            " incoming_at FROM package_conflicts WHERE case_id = ? AND state = 'open' ORDER BY id",
            (case_id,)).fetchall()
        conn = session.connection()
        return [Conflict(int(x[0]), str(x[1]), str(x[2]), str(x[3]), _shown(conn, str(x[1]), str(x[2]),
                                                                            json.loads(x[4])),
                         _shown(conn, str(x[1]), str(x[2]), json.loads(x[5])), str(x[6]), x[7], str(x[8]), x[9])
                for x in found]


def _shown(conn: Connection, table: str, field: str, value: Any) -> Any:
    """A value as a person reads it: a child named by uuid (a note's child, the children with her at a
    shelter) as the child's name. Only for showing: a resolution takes the stored value."""
    spec = REGISTRY.get(table)
    if spec is None or value is None:
        return value
    to = spec.refs.get(field) or (spec.links[field].to if field in spec.links else "")
    if to != "children":
        return value
    uuids = value if isinstance(value, list) else [value]
    names = dict(conn.execute(f"SELECT uuid, name FROM children WHERE uuid IN ({', '.join('?' for _ in uuids)})",
                              tuple(uuids)).fetchall()) if uuids else {}
    shown = sorted(str(names.get(u, u)) for u in uuids)
    return shown if isinstance(value, list) else shown[0]


def resolve(session: Session, case_id: int, conflict_id: int, choice: str, typed: str | None = None) -> None:
    """Settle one conflict: keep this vault's value ("local"), take the partner's ("incoming") or write a new
    text ("typed"). The chosen value is checked as any edit is; it then travels in the next package."""
    if choice not in CHOICES:
        raise InvalidInput("choice: must be local, incoming or typed", problems=[("$.choice", "unknown choice")])
    access.case_access(session, case_id, Action.CASE_EDIT)
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        with errors_translated():
            found = conn.execute("SELECT record_uuid, table_name, field, kind, local_value, incoming_value FROM"
                                 " package_conflicts WHERE id = ? AND case_id = ? AND state = 'open'",
                                 (conflict_id, case_id)).fetchone()
        if found is None:
            raise NotFound("no such open conflict in this case")
        uuid, table, field, kind = str(found[0]), str(found[1]), str(found[2]), str(found[3])
        local, incoming = json.loads(found[4]), json.loads(found[5])
        spec = spec_of(table)
        idx = index(conn, case_id, user_names(conn), Directory(conn, session))
        row = idx.find(table, uuid)
        if kind == "deleted_here":
            if choice == "incoming" and row is None:  # bring the record back as the partner has it
                if spec.parent_column and incoming.get("p") not in idx.ids:
                    raise NotFound("the record this one belongs to is gone")
                insert(conn, spec, uuid, incoming.get("p"), incoming["f"], incoming.get("by", ""),
                       incoming.get("at"), idx)
        elif kind == "deleted_there":
            if choice == "incoming" and row is not None:
                if referenced(conn, row):
                    raise InvalidInput("this record is still named elsewhere in the case; keep it",
                                       problems=[("$.choice", "still referenced")], code="package_record_in_use")
                delete(conn, row)
        else:
            if choice == "typed":
                if not isinstance(local, str) or typed is None or field in spec.refs:
                    raise InvalidInput("a new value can be typed only for a text field",
                                       problems=[("$.typed", "not a text field")])
                value: Any = typed
            else:
                value = local if choice == "local" else incoming
            if row is None:
                raise NotFound("the record of this conflict is gone")
            if row.values.get(field) != value:
                update(conn, row, {field: value}, idx)
            try:  # the chosen value is checked as an edit is
                check_case(conn, case_id, "$")
            except ImportInvalid as exc:
                raise InvalidInput("; ".join(text for _, text in exc.problems[:3]),
                                   problems=[("$.typed", text) for _, text in exc.problems]) from None
        with errors_translated():
            conn.execute("UPDATE package_conflicts SET state = 'resolved', resolved_by = ?, resolved_at = ?,"
                         " resolution = ? WHERE id = ?", (session.user_id, now_iso(), choice, conflict_id))
        session.log(conn, "package_conflict_resolve", ref.target, table=table, field=field, kind=kind,
                    choice=choice)
