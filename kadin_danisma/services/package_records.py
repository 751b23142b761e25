"""Reading and writing one case's travelling records by uuid (issue 17): the rows a merge and a conflict's
resolution touch. No permission check or audit here: package_content.py and package_conflicts.py do both."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..vault import rows, search_index
from ..vault.audit import now_iso
from ..vault.port import Connection, errors_translated
from .package_registry import REGISTRY, Row, Travelling, case_rows, stored_value

# Found through the case, whatever their uuid: a case, its client, its one intake.
SINGLE = frozenset({"cases", "clients", "intakes"})
# What else points at a row: it is not deleted while something does (a child named in a note, a
# placement; a measure's violations).
REFERENCED_BY = {
    "children": (("notes", "child_id"), ("placement_children", "child_id")),
    "measures": (("measure_violations", "measure_id"),),
}


@dataclass
class CaseIndex:
    case_id: int
    by_uuid: dict[str, Row] = field(default_factory=dict)
    single: dict[str, Row] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)  # uuid -> local id, for references and parents

    def find(self, table: str, uuid: str) -> Row | None:
        if table in SINGLE:
            return self.single.get(table)
        found = self.by_uuid.get(uuid)
        return found if found is not None and found.spec.table == table else None


def index(conn: Connection, case_id: int, names: dict[int, str]) -> CaseIndex:
    out = CaseIndex(case_id)
    for row in case_rows(conn, case_id, names):
        out.by_uuid[row.uuid] = row
        out.ids[row.uuid] = row.id
        if row.spec.table in SINGLE:
            out.single[row.spec.table] = row
    return out


def insert(conn: Connection, spec: Travelling, uuid: str, parent: str | None, values: dict[str, Any], by: str,
           at: str | None, idx: CaseIndex) -> int:
    """Add a record sent by a partner under this case. Who wrote it stays a name: no user of this vault gains
    a note to edit or a step she never took."""
    stored = {name: stored_value(spec, name, value, idx.ids) for name, value in values.items()}
    if spec.parent_column:
        stored[spec.parent_column] = idx.ids[parent] if parent is not None else None
    else:
        stored["case_id"] = idx.case_id
    if spec.author is not None:
        stored[spec.author[1]] = by
    now = now_iso()
    if spec.table == "notes":
        stored.update(created_at=at or now, updated_at=now)
    elif spec.table == "risk_assessments":
        stored["created_at"] = at or now
    elif spec.table == "referral_events":
        stored["at"] = now
    new_id = rows.insert(conn, spec.table, {**stored, "uuid": uuid})
    if spec.table == "notes":
        search_index.index_note(conn, new_id, str(values.get("body", "")), fresh=True, case_id=idx.case_id)
    idx.ids[uuid] = new_id
    return new_id


def update(conn: Connection, row: Row, values: dict[str, Any], idx: CaseIndex) -> None:
    spec = row.spec
    stored = {name: stored_value(spec, name, value, idx.ids) for name, value in values.items()}
    if spec.table == "notes":
        stored["updated_at"] = now_iso()
    rows.update(conn, spec.table, row.id, stored, key=spec.key)
    if spec.table == "notes" and "body" in values:
        search_index.index_note(conn, row.id, str(values["body"]), case_id=idx.case_id)
    row.values.update(values)


def referenced(conn: Connection, row: Row) -> bool:
    with errors_translated():
        return any(conn.execute(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", (row.id,)).fetchone()
                   is not None for table, column in REFERENCED_BY.get(row.spec.table, ()))


def delete(conn: Connection, row: Row) -> None:
    rows.delete(conn, row.spec.table, {row.spec.key: row.id})


def spec_of(table: str) -> Travelling:
    return REGISTRY[table]
