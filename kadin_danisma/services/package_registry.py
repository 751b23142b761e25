"""What travels in a package, table by table (issue 17): the one registry of travelling records and their
field rules. A later table (issue 21's aid, court cases…) joins with one entry here.

Each entry names the table, how its rows hang under a case (`case_id`, the case row itself, the case's
client, or a parent row), the fields that travel (column names; never a local id, never who-wrote-it as an
id), whether records are only ever added (merged by uuid) or edited in place (merged field by field), and the
safety fields, which are never merged automatically. Columns that point at another travelling record (a
note's child) travel as that record's uuid. Who wrote or last changed a record travels as a name, for the
conflict panel, and belongs to no user of the receiving vault.

Records never in a package: shelter addresses and contacts (shelters travel as their public fields, only with
a whole case), notes marked never-export (counted instead), the audit log, drafts and attachments (files stay
where they were made; a later version may carry them). Referrals, placements, consents, closure requests and
appointments travel with a case's first, whole package (the interchange format) but not yet in later ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..vault.port import Connection, errors_translated
from .casework import as_json, from_json


@dataclass(frozen=True)
class Travelling:
    table: str
    fields: tuple[str, ...]
    append_only: bool = False
    # How the rows of a case are found: "case" (case_id), "self" (the case row), "client" (the case's
    # client) or the parent table's name with `parent_column` pointing at it.
    under: str = "case"
    parent_column: str = ""
    safety: tuple[str, ...] = ()
    json_fields: tuple[str, ...] = ()
    refs: dict[str, str] = field(default_factory=dict)  # column -> travelling table it points at
    # Who wrote an added record: (user id column, name column) on this table.
    author: tuple[str, str] | None = None
    key: str = "id"  # the row's local key (an intake's is its case's id)

    @property
    def versioned(self) -> bool:
        return not self.append_only


REGISTRY: dict[str, Travelling] = {t.table: t for t in (
    Travelling("cases", ("opened_on", "risk_level"), under="self", safety=("risk_level",)),
    Travelling("clients", ("full_name", "birth_year", "birth_date", "nationality", "migrant_status", "languages",
                           "interpreter_language", "disability_needs", "marital_status", "education",
                           "employment", "income", "safe_phone", "safe_contact_times", "never_call_home",
                           "code_word", "safe_contact_notes", "address", "district", "disability_types"),
               under="client", safety=("safe_phone", "code_word", "never_call_home"),
               json_fields=("languages", "disability_types")),
    Travelling("intakes", ("intake_date", "channel", "referred_by", "presenting_request", "violence_types",
                           "frequency", "last_incident", "prior_police", "prior_court", "prior_contact_notes",
                           "immediate_needs", "heard_from"),
               json_fields=("violence_types", "immediate_needs"), key="case_id"),
    Travelling("children", ("name", "birth_year", "sex", "accompanying", "school", "concerns", "needs"),
               json_fields=("concerns",)),
    Travelling("perpetrators", ("name", "relationship", "sex", "lives_with_client", "weapon_access", "notes")),
    Travelling("case_status_history", ("at", "from_status", "to_status", "event", "comment"), append_only=True,
               author=("user_id", "by_name")),
    Travelling("risk_assessments", ("assessed_on", "indicators", "suggested_level", "level", "reason",
                                    "created_at"), append_only=True, json_fields=("indicators",),
               author=("assessed_by", "assessor_name")),
    Travelling("safety_plans", ("items", "free_text", "reviewed_on"), json_fields=("items",),
               author=("reviewed_by", "reviewer_name")),
    Travelling("notes", ("note_type", "note_date", "duration_minutes", "interpreter_present",
                         "interpreter_language", "interpreter_name", "never_export", "body", "child_id", "version"),
               refs={"child_id": "children"}, author=("author_id", "author_name")),
    Travelling("note_revisions", ("version", "note_type", "note_date", "duration_minutes", "interpreter_present",
                                  "interpreter_language", "interpreter_name", "never_export", "body",
                                  "replaced_at"), append_only=True, under="notes", parent_column="note_id",
               author=("replaced_by", "replaced_by_name")),
    Travelling("measures", ("measure_type", "authority", "decision_date", "start_date", "end_date",
                            "court_file_no", "status", "notes", "requested_at", "decided_at", "judge_confirmed_at",
                            "electronic_monitoring", "identity_confidential")),
    Travelling("measure_violations", ("violation_date", "description", "reported_to"), append_only=True,
               under="measures", parent_column="measure_id"),
    Travelling("follow_ups", ("due_on", "purpose", "done_on", "status", "outcome")),
    # issue 21: aid, employment support, court cases (a hearing is added by uuid; a moved or removed one does not
    # travel yet: hearings carry no version of their own)
    Travelling("aid_records", ("kind", "source", "source_detail", "status", "requested_on", "decided_on",
                               "delivered_on", "amount_kurus", "quantity", "inquiry_report_on",
                               "committee_decision_no", "refusal_reason", "notes"),
               author=("recorded_by", "recorded_by_name")),
    Travelling("employment_supports", ("kind", "institution", "start_on", "outcome", "outcome_on", "notes"),
               author=("recorded_by", "recorded_by_name")),
    Travelling("court_cases", ("kind", "court", "file_no", "lawyer", "status", "outcome", "opened_on",
                               "decided_on", "notes"), author=("recorded_by", "recorded_by_name")),
    Travelling("court_hearings", ("hearing_on", "hearing_time", "note"), append_only=True, under="court_cases",
               parent_column="court_case_id"),
)}
# Parents before children: the order records are read, sent and written in.
ORDER = tuple(REGISTRY)
SAFETY_FIELDS = frozenset((t.table, f) for t in REGISTRY.values() for f in t.safety)


@dataclass
class Row:
    """One travelling record as it is here: its uuid, its parent's uuid (nested rows), the travelling values
    (references as uuids, code lists as lists), who last changed it and when (names, for conflicts)."""

    spec: Travelling
    id: int
    uuid: str
    parent: str | None
    values: dict[str, Any]
    by: str
    at: str | None


def _select(conn: Connection, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    with errors_translated():
        return [tuple(x) for x in conn.execute(sql, params).fetchall()]


def case_rows(conn: Connection, case_id: int, names: dict[int, str]) -> Iterator[Row]:
    """Every travelling record of one case, parents first. `names`: user id -> name."""
    uuids: dict[tuple[str, int], str] = {}
    for spec in REGISTRY.values():
        cols = [f"{spec.key} AS id", "uuid", *spec.fields]
        extra: list[str] = []
        if spec.versioned:
            extra += ["changed_by", "changed_at"]
        if spec.author is not None:
            extra += list(spec.author)
        if spec.parent_column:
            extra.append(spec.parent_column)
        select = ", ".join(cols + extra)
        if spec.under == "self":
            sql, params = f"SELECT {select} FROM cases WHERE id = ?", (case_id,)
        elif spec.under == "client":
            sql = f"SELECT {select} FROM clients WHERE id = (SELECT client_id FROM cases WHERE id = ?)"
            params = (case_id,)
        elif spec.under == "case":
            sql, params = f"SELECT {select} FROM {spec.table} WHERE case_id = ? ORDER BY id", (case_id,)
        else:
            sql = (f"SELECT {select} FROM {spec.table} WHERE {spec.parent_column} IN"
                   f" (SELECT id FROM {spec.under} WHERE case_id = ?) ORDER BY id")
            params = (case_id,)
        for found in _select(conn, sql, params):
            row = dict(zip(["id", *cols[1:], *extra], found, strict=True))
            values = {f: _travel(spec, f, row[f], uuids) for f in spec.fields}
            by = ""
            at = None
            if spec.versioned:
                by, at = names.get(row["changed_by"], "") if row["changed_by"] is not None else "", row["changed_at"]
            if spec.author is not None and not by:
                uid, name = spec.author
                by = row[name] or (names.get(row[uid], "") if row[uid] is not None else "")
            parent = uuids.get((spec.under, row[spec.parent_column])) if spec.parent_column else None
            uuids[(spec.table, int(row["id"]))] = str(row["uuid"])
            yield Row(spec, int(row["id"]), str(row["uuid"]), parent, values, by, at)


def _travel(spec: Travelling, name: str, value: Any, uuids: dict[tuple[str, int], str]) -> Any:
    if name in spec.json_fields:
        return from_json(value) if isinstance(value, str) else []
    if name in spec.refs:
        return uuids.get((spec.refs[name], value)) if value is not None else None
    return value


def stored_value(spec: Travelling, name: str, value: Any, local_ids: dict[str, int]) -> Any:
    """A travelling value as its column stores it (lists as JSON, a uuid reference as the local id)."""
    if name in spec.json_fields:
        return as_json(value)
    if name in spec.refs:
        return local_ids.get(value) if value is not None else None
    return value
