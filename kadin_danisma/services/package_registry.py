"""What travels in a package, table by table (issue 17): the one registry of travelling records and their
field rules. A later table (issue 21's aid, court cases…) joins with one entry here.

Each entry names the table, how its rows hang under a case (`case_id`, the case row itself, the case's
client, the rows of the case's client, or a parent row), the fields that travel (column names; never a local
id, never who-wrote-it as an id), whether records are only ever added (merged by uuid) or edited in place
(merged field by field), and the safety fields, which are never merged automatically. Columns that point at
another travelling record (a note's child) travel as that record's uuid; columns that point at a directory
record (a referral's institution, a placement's shelter, an appointment's room) travel as its name, so that
each vault stores its own id and renaming an entry is no change of the case. A link table (the children who
went with her to a shelter, an appointment's counselors) travels as a list field of its row. Who wrote or last
changed a record travels as a name, for the conflict panel, and belongs to no user of the receiving vault.

Records never in a package: shelter addresses and contacts (a shelter travels as its public fields, with the
records that name it), notes marked never-export (counted instead), the audit log, drafts and attachments
(files stay where they were made; a later version may carry them). A referral's consent override does not
travel: it is the decision of a supervisor of the vault that made it (the rules of import); the receiving
vault holds the referral without it and decides its own. Neither do an appointment's note and follow-up
(local records of what happened). Closure requests are in no later package: a closure is each vault's own
supervisor's decision, and a pending request from the partner would be decided by someone who never saw the
case (a case's first, whole package carries what the import accepts of them: a pending or withdrawn one).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..vault.port import Connection, errors_translated
from .casework import as_json, from_json
from .package_names import Directory


@dataclass(frozen=True)
class Link:
    """A link table travelling as a list field of the row it hangs on: `column` names that row, `other` the
    linked one, which is a travelling table's record (its uuid travels) or "users" (a name travels; on arrival
    the names go to `names_column`, as the import writes them: they are no users of the receiving vault)."""

    table: str
    column: str
    other: str
    to: str
    names_column: str = ""


@dataclass(frozen=True)
class Travelling:
    table: str
    fields: tuple[str, ...]
    append_only: bool = False
    # How the rows of a case are found: "case" (case_id), "self" (the case row), "client" (the case's
    # client), "client_rows" (rows whose client_id is the case's client: hers, whichever case sends them) or
    # the parent table's name with `parent_column` pointing at it.
    under: str = "case"
    parent_column: str = ""
    safety: tuple[str, ...] = ()
    json_fields: tuple[str, ...] = ()
    refs: dict[str, str] = field(default_factory=dict)  # column -> travelling table it points at
    names: dict[str, str] = field(default_factory=dict)  # column -> directory table whose record's name travels
    links: dict[str, Link] = field(default_factory=dict)  # list field -> the link table it is read from
    # Who wrote an added record: (user id column, name column) on this table.
    author: tuple[str, str] | None = None
    key: str = "id"  # the row's local key (an intake's is its case's id)

    @property
    def versioned(self) -> bool:
        return not self.append_only

    @property
    def columns(self) -> tuple[str, ...]:
        """The travelling fields that are columns of the table (a link's list is not)."""
        return tuple(f for f in self.fields if f not in self.links)


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
    # A referral's consent override stays in the vault that made it (see above).
    Travelling("referrals", ("institution_id", "status", "reason", "requested_service", "created_on", "sent_on",
                             "responded_on", "closed_on", "rejection_reason", "outcome"),
               names={"institution_id": "institutions"}),
    Travelling("referral_events", ("on_date", "from_status", "to_status", "comment"), append_only=True,
               under="referrals", parent_column="referral_id", author=("user_id", "by_name")),
    Travelling("placements", ("shelter_id", "status", "requested_on", "placed_on", "ended_on", "exit_reason",
                              "capacity_override_reason", "age_flag", "transferred_from", "children"),
               names={"shelter_id": "shelters"}, refs={"transferred_from": "placements"},
               links={"children": Link("placement_children", "placement_id", "child_id", "children")}),
    Travelling("consents", ("kind", "institution_id", "given_on", "version", "withdrawn_on", "notes"),
               under="client_rows", names={"institution_id": "institutions"}),
    # An appointment's note and follow-up are what happened here; they do not travel.
    Travelling("appointments", ("starts_at", "ends_at", "kind", "status", "room_id", "interpreter_language",
                                "interpreter_id", "cancel_reason", "counselors"),
               names={"room_id": "rooms", "interpreter_id": "interpreters"},
               links={"counselors": Link("appointment_counselors", "appointment_id", "user_id", "users",
                                         "counselor_names")}),
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


def _source(spec: Travelling, case_id: int) -> tuple[str, tuple[Any, ...]]:
    """FROM … WHERE … finding the rows of this kind of one case, and its parameters."""
    if spec.under == "self":
        return "cases WHERE id = ?", (case_id,)
    if spec.under == "client":
        return "clients WHERE id = (SELECT client_id FROM cases WHERE id = ?)", (case_id,)
    if spec.under == "client_rows":
        return f"{spec.table} WHERE client_id = (SELECT client_id FROM cases WHERE id = ?)", (case_id,)
    if spec.under == "case":
        return f"{spec.table} WHERE case_id = ?", (case_id,)
    return (f"{spec.table} WHERE {spec.parent_column} IN (SELECT id FROM {spec.under} WHERE case_id = ?)",
            (case_id,))


def case_rows(conn: Connection, case_id: int, names: dict[int, str], directory: Directory | None = None
              ) -> Iterator[Row]:
    """Every travelling record of one case, parents first. `names`: user id -> name."""
    uuids: dict[tuple[str, int], str] = {}
    directory = directory or Directory(conn)
    for spec in REGISTRY.values():
        cols = [f"{spec.key} AS id", "uuid", *spec.columns]
        extra: list[str] = []
        if spec.versioned:
            extra += ["changed_by", "changed_at"]
        if spec.author is not None:
            extra += list(spec.author)
        if spec.parent_column:
            extra.append(spec.parent_column)
        extra += [x.names_column for x in spec.links.values() if x.names_column]
        source, params = _source(spec, case_id)
        order = "" if spec.under in ("self", "client") else " ORDER BY id"
        found_rows = _select(conn, f"SELECT {', '.join(cols + extra)} FROM {source}{order}", params)
        linked = {name: _linked(conn, link, f"SELECT {spec.key} FROM {source}", params)
                  for name, link in spec.links.items() if found_rows}  # no rows of the kind: no links to read
        for found in found_rows:
            row = dict(zip(["id", *cols[1:], *extra], found, strict=True))
            values = {f: _travel(spec, f, row[f], uuids, directory) for f in spec.columns}
            for name, link in spec.links.items():
                values[name] = _link_value(link, linked[name].get(int(row["id"]), []), row, uuids, names)
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


def _linked(conn: Connection, link: Link, ids_sql: str, params: tuple[Any, ...]) -> dict[int, list[int]]:
    """The linked ids of each row of one case's rows of a kind (one query per kind)."""
    out: dict[int, list[int]] = {}
    sql = f"SELECT {link.column}, {link.other} FROM {link.table} WHERE {link.column} IN ({ids_sql})"
    for own, other in _select(conn, sql, params):
        out.setdefault(int(own), []).append(int(other))
    return out


def _link_value(link: Link, ids: list[int], row: dict[str, Any], uuids: dict[tuple[str, int], str],
                names: dict[int, str]) -> list[str]:
    """A link as it travels: sorted, so that the same set is the same value on both sides."""
    if link.to == "users":
        kept = [names[i] for i in ids if i in names]
        listed = from_json(row[link.names_column]) if link.names_column and row[link.names_column] else []
        return sorted({*kept, *(str(x) for x in listed)})
    return sorted(uuids[(link.to, i)] for i in ids if (link.to, i) in uuids)


def _travel(spec: Travelling, name: str, value: Any, uuids: dict[tuple[str, int], str],
            directory: Directory) -> Any:
    if name in spec.json_fields:
        return from_json(value) if isinstance(value, str) else []
    if name in spec.refs:
        return uuids.get((spec.refs[name], value)) if value is not None else None
    if name in spec.names:
        return directory.name(spec.names[name], value) if value is not None else None
    return value


def stored_value(spec: Travelling, name: str, value: Any, local_ids: dict[str, int], directory: Directory,
                 values: dict[str, Any]) -> Any:
    """A travelling value as its column stores it (lists as JSON, a uuid reference as the local id, a name as
    the local directory record's id; `values`: the record's other travelling values, for an interpreter's
    language)."""
    if name in spec.json_fields:
        return as_json(value)
    if name in spec.refs:
        return local_ids.get(value) if value is not None else None
    if name in spec.names:
        return directory.id_for(spec.names[name], value, values.get("interpreter_language"))
    return value
