"""Reading and writing one case's travelling records by uuid (issue 17): the rows a merge and a conflict's
resolution touch. No permission check or audit here: package_content.py and package_conflicts.py do both."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..vault import rows, search_index
from ..vault.audit import now_iso
from ..vault.port import Connection, errors_translated
from .casework import as_json
from .package_names import Directory
from .package_registry import REGISTRY, Row, Travelling, case_rows, stored_value

# Found through the case, whatever their uuid: a case, its client, its one intake.
SINGLE = frozenset({"cases", "clients", "intakes"})
# What else points at a row: it is not deleted while something does (a child named in a note or a
# placement; a measure's violations; a referral's events; a placement a transfer came from…). A row's own
# link rows (a placement's children, an appointment's counselors) go with it.
REFERENCED_BY = {
    "children": (("notes", "child_id"), ("placement_children", "child_id")),
    "measures": (("measure_violations", "measure_id"), ("attachments", "measure_id")),
    "notes": (("note_revisions", "note_id"), ("appointments", "note_id"), ("attachments", "note_id")),
    "follow_ups": (("appointments", "follow_up_id"),),
    "court_cases": (("court_hearings", "court_case_id"),),
    "referrals": (("referral_events", "referral_id"), ("attachments", "referral_id")),
    "placements": (("placements", "transferred_from"),),
    "consents": (("activity_attendance", "consent_id"),),
}


@dataclass
class CaseIndex:
    case_id: int
    directory: Directory
    by_uuid: dict[str, Row] = field(default_factory=dict)
    single: dict[str, Row] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)  # uuid -> local id, for references and parents

    def find(self, table: str, uuid: str) -> Row | None:
        if table in SINGLE:
            return self.single.get(table)
        found = self.by_uuid.get(uuid)
        return found if found is not None and found.spec.table == table else None

    @property
    def client_id(self) -> int:
        return self.single["clients"].id


def index(conn: Connection, case_id: int, names: dict[int, str], directory: Directory | None = None) -> CaseIndex:
    out = CaseIndex(case_id, directory or Directory(conn))
    for row in case_rows(conn, case_id, names, out.directory):
        out.by_uuid[row.uuid] = row
        out.ids[row.uuid] = row.id
        if row.spec.table in SINGLE:
            out.single[row.spec.table] = row
    return out


def _stored(spec: Travelling, values: dict[str, Any], idx: CaseIndex, row: Row | None) -> dict[str, Any]:
    """The column values of these travelling values (a link's list is written apart)."""
    context = {**(row.values if row is not None else {}), **values}
    return {name: stored_value(spec, name, value, idx.ids, idx.directory, context)
            for name, value in values.items() if name not in spec.links}


def insert(conn: Connection, spec: Travelling, uuid: str, parent: str | None, values: dict[str, Any], by: str,
           at: str | None, idx: CaseIndex) -> int:
    """Add a record sent by a partner under this case. Who wrote it stays a name: no user of this vault gains
    a note to edit, a step she never took or an appointment in her calendar."""
    stored = {**_stored(spec, values, idx, None), **_people(conn, spec, None, values)}
    if spec.parent_column:
        stored[spec.parent_column] = idx.ids[parent] if parent is not None else None
    elif spec.under == "client_rows":
        stored["client_id"] = idx.client_id
    else:
        stored["case_id"] = idx.case_id
    if spec.author is not None:
        stored[spec.author[1]] = by
    now = now_iso()
    if spec.table == "notes":
        stored.update(created_at=at or now, updated_at=now)
    elif spec.table in ("risk_assessments", "appointments"):
        stored["created_at"] = at or now
    elif spec.table == "referral_events":
        stored["at"] = now
    new_id = rows.insert(conn, spec.table, {**stored, "uuid": uuid})
    if spec.table == "notes":
        search_index.index_note(conn, new_id, str(values.get("body", "")), fresh=True, case_id=idx.case_id)
    idx.ids[uuid] = new_id
    _records(conn, spec, new_id, values, idx)
    return new_id


def update(conn: Connection, row: Row, values: dict[str, Any], idx: CaseIndex) -> None:
    spec = row.spec
    stored = {**_stored(spec, values, idx, row), **_people(conn, spec, row.id, values)}
    if spec.table == "notes":
        stored["updated_at"] = now_iso()
    if not stored and "changed_at" in rows.columns(conn, spec.table):
        stored["changed_at"] = now_iso()  # only a link changed (a child went with her): still a new version
    rows.update(conn, spec.table, row.id, stored, key=spec.key)
    if spec.table == "notes" and "body" in values:
        search_index.index_note(conn, row.id, str(values["body"]), case_id=idx.case_id)
    _records(conn, spec, row.id, values, idx)
    row.values.update(values)


def _records(conn: Connection, spec: Travelling, row_id: int, values: dict[str, Any], idx: CaseIndex) -> None:
    """Links to travelling records (a placement's children) become what the record carries."""
    for name, link in spec.links.items():
        if name in values and link.to != "users":
            rows.delete(conn, link.table, {link.column: row_id})
            for uuid in dict.fromkeys(values[name]):
                rows.insert(conn, link.table, {link.column: row_id, link.other: idx.ids[uuid]})


def _people(conn: Connection, spec: Travelling, row_id: int | None, values: dict[str, Any]) -> dict[str, Any]:
    """Links to people (an appointment's counselors) as the import writes them: names, as text. A user of this
    vault already linked to the record keeps her link while her name is listed; nobody new gains one."""
    out: dict[str, Any] = {}
    for name, link in spec.links.items():
        if name not in values or link.to != "users":
            continue
        wanted = list(dict.fromkeys(str(x) for x in values[name]))
        kept: set[str] = set()
        if row_id is not None:
            with errors_translated():
                found = conn.execute(f"SELECT l.{link.other}, u.username FROM {link.table} l JOIN users u"
                                     f" ON u.id = l.{link.other} WHERE l.{link.column} = ?", (row_id,)).fetchall()
            for user_id, username in found:
                if username in wanted:
                    kept.add(str(username))
                else:
                    rows.delete(conn, link.table, {link.column: row_id, link.other: int(user_id)})
        out[link.names_column] = as_json(n for n in wanted if n not in kept)
    return out


def referenced(conn: Connection, row: Row) -> bool:
    with errors_translated():
        return any(conn.execute(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", (row.id,)).fetchone()
                   is not None for table, column in REFERENCED_BY.get(row.spec.table, ()))


def delete(conn: Connection, row: Row) -> None:
    for link in row.spec.links.values():
        rows.delete(conn, link.table, {link.column: row.id})
    rows.delete(conn, row.spec.table, {row.spec.key: row.id})


def spec_of(table: str) -> Travelling:
    return REGISTRY[table]
