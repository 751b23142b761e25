"""What a package carries and how it is merged (issue 17, part 2). Part 1 (services/packages.py) seals,
signs, numbers and opens the file; it calls these four functions and nothing else touches the payload.

- build: for each case, the first package to a partner carries it whole (the interchange format, checked on
  arrival by the import's own rules) and every travelling record (package_registry.py) with its uuid; later
  ones carry, per record, the fields changed since what the partner acknowledged, with the hash of each
  field's base value. Local ids never travel. Never-export notes stay behind and are counted.
- apply (inside part 1's one write transaction): records new here are added by uuid; a field changed on
  one side only is applied; a field changed on both sides, a differing safety field, or a record deleted on
  one side and changed on the other becomes a conflict (package_conflicts.py): nothing is overwritten. A
  new case is assigned as an import assigns it (to the person importing). Every merged case is checked as
  an import checks it; one problem and nothing is written.
- preview: the same merge in a transaction that is rolled back: exactly what apply would do.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..domain.errors import ImportInvalid, InvalidInput, NotFound, PackageRefused, PermissionDenied
from ..domain.permissions import Action
from ..domain.roles import Role
from ..domain.validation import MAX_NAME
from ..vault.port import Connection, errors_translated
from . import access, interchange, package_names
from . import package_conflicts as conflicts
from . import package_state as state
from .casework import user_names
from .package_check import check_added, check_case
from .package_names import Directory
from .package_records import CaseIndex, delete, index, insert, referenced, update
from .package_registry import ORDER, REGISTRY, Row, Travelling
from .record_loader import load_record
from .session import Session

FORMAT = "kadin-danisma-package-content"
VERSION = 1
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HASH = re.compile(r"[0-9a-f]{32}")
_PARTNER = re.compile(r"[0-9a-f]{64}")
MAX_CASES = 10_000
MAX_RECORDS = 1_000_000
MAX_LINKS = 100  # children who went with her, counselors of an appointment


@dataclass(frozen=True)
class ContentSummary:
    """What a package brings (preview) or brought (import), in counts a person understands."""

    cases_new: int = 0
    cases_updated: int = 0
    records_added: int = 0
    fields_changed: int = 0
    conflicts: int = 0
    notes_withheld: int = 0
    added_by_kind: tuple[tuple[str, int], ...] = ()


@dataclass
class _Tally:
    cases_new: int = 0
    cases_updated: set[str] = field(default_factory=set)
    added: Counter[str] = field(default_factory=Counter)
    fields_changed: int = 0
    conflicts: int = 0

    def freeze(self, withheld: int) -> ContentSummary:
        return ContentSummary(self.cases_new, len(self.cases_updated), sum(self.added.values()),
                              self.fields_changed, self.conflicts, withheld, tuple(sorted(self.added.items())))


def center_supervisor(session: Session) -> bool:
    """A supervisor importing on a center server: she imports for the center (part 1 lets only her, and the
    database's import gate lets her write the merged rows); in a vault a counselor imports, as a JSON import."""
    return session.on_server and Role.SUPERVISOR in session.roles


def _check_partner(partner_id: str) -> None:
    if not isinstance(partner_id, str) or not _PARTNER.fullmatch(partner_id):
        raise InvalidInput("partner: must be the hex SHA-256 of the partner's key",
                           problems=[("$.partner", "not a partner id")])


# -- build -------------------------------------------------------------------------------------------------

def build(session: Session, conn: Connection, partner_id: str, case_numbers: Sequence[str], *, sequence: int,
          acked: int) -> dict[str, Any]:
    """The payload of package `sequence` to the partner, written inside the caller's transaction `conn`
    (which also notes what was sent, so that the partner's acknowledgement makes it the common base)."""
    session.check_password_changed()  # and each case's own export permission below
    _check_partner(partner_id)
    state.promote(conn, partner_id, acked)
    names = user_names(conn)
    out: list[dict[str, Any]] = []
    institutions: dict[str, dict[str, Any]] = {}
    shelters: dict[str, dict[str, Any]] = {}
    trip = _Trip(Directory(conn))
    withheld = 0
    for number in dict.fromkeys(case_numbers):
        with errors_translated():
            found = conn.execute("SELECT id FROM cases WHERE case_number = ?", (number,)).fetchone()
        if found is None:
            raise NotFound("no such case")
        case_id = int(found[0])
        ref = access.case_access(session, case_id, Action.CASE_EXPORT, conn)
        entry, hidden = _build_case(conn, partner_id, case_id, names, sequence, institutions, shelters, trip)
        withheld += hidden
        out.append(entry)
        session.log(conn, "package_case", ref.target, sequence=sequence, whole="whole" in entry,
                    records=len(entry["records"]), withheld_notes=hidden)
    insts, shs = package_names.public_entries(conn, trip.named)
    institutions.update({x["name"]: x for x in insts})
    shelters.update({x["name"]: x for x in shs})
    return {"format": FORMAT, "version": VERSION, "withheld_notes": withheld,
            "institutions": list(institutions.values()), "shelters": list(shelters.values()), "cases": out}


@dataclass
class _Trip:
    """What one package's build shares between its cases."""

    directory: Directory
    sent: set[str] = field(default_factory=set)  # records already in it (hers, under each of her cases)
    named: dict[str, set[str]] = field(default_factory=dict)  # directory table -> names its records use

    def name(self, spec: Travelling, values: dict[str, Any]) -> None:
        for column, table in spec.names.items():
            if values.get(column) is not None:
                self.named.setdefault(table, set()).add(values[column])


def _build_case(conn: Connection, partner_id: str, case_id: int, names: dict[int, str], sequence: int,
                institutions: dict[str, dict[str, Any]], shelters: dict[str, dict[str, Any]], trip: _Trip
                ) -> tuple[dict[str, Any], int]:
    with errors_translated():
        hidden_notes = {int(x[0]) for x in conn.execute(
            "SELECT id FROM notes WHERE case_id = ? AND never_export = 1", (case_id,)).fetchall()}
        number = str(conn.execute("SELECT case_number FROM cases WHERE id = ?", (case_id,)).fetchone()[0])
    idx = index(conn, case_id, names, trip.directory)
    case_uuid = idx.single["cases"].uuid
    hidden = {r.uuid for r in idx.by_uuid.values() if r.spec.table == "notes" and r.id in hidden_notes}
    hidden |= {r.uuid for r in idx.by_uuid.values() if r.spec.table == "note_revisions" and r.parent in hidden}
    known = state.known(conn, partner_id, case_id, _hers(idx))
    waiting = conflicts.open_fields(conn, case_id)
    entry: dict[str, Any] = {"uuid": case_uuid, "case_number": number, "records": []}
    case_known = case_uuid in known and known[case_uuid].base is not None
    if not case_known:
        whole, insts, shs, _ = interchange.whole_case(conn, load_record(conn, case_id))
        for referral in whole["referrals"]:  # a supervisor's override is her vault's (the rules of import)
            referral["consent_override_reason"] = ""
        entry["whole"] = whole
        institutions.update({x["name"]: x for x in insts})
        shelters.update({x["name"]: x for x in shs})
    for row in idx.by_uuid.values():
        if row.uuid in hidden or row.uuid in trip.sent:
            continue
        current = state.hashes(row.values)
        base = known[row.uuid].base if row.uuid in known else None
        rec: dict[str, Any] = {"t": row.spec.table, "u": row.uuid, "by": row.by, "at": row.at}
        if base is None:
            rec.update(p=row.parent, f=row.values)
        elif row.spec.append_only:
            continue
        else:
            changed = [f for f in row.spec.fields if current[f] != base.get(f) and (row.uuid, f) not in waiting]
            if not changed:
                continue
            # Every field travels (a record deleted there can be brought back whole); `b` tells the fields
            # changed here (their base) from the others (their own hash: nothing to merge).
            rec.update(p=row.parent, f=row.values, b={f: current[f] if f not in changed else base[f]
                                                      for f in row.spec.fields if f not in changed or f in base})
        entry["records"].append(rec)
        trip.sent.add(row.uuid)
        trip.name(row.spec, row.values)
        state.sent(conn, partner_id, case_id, row.spec.table, row.uuid, current, sequence)
    # known to the partner, gone here: its deletion travels, children first (a referral's events before it)
    gone = [(uuid, was) for uuid, was in known.items() if uuid not in idx.by_uuid and was.base is not None
            and was.table in REGISTRY and (uuid, conflicts.WHOLE) not in waiting]  # disputed: waits for a person
    for uuid, was in sorted(gone, key=lambda x: -ORDER.index(x[1].table)):
        entry["records"].append({"t": was.table, "u": uuid, "d": True, "b": was.base})
        state.sent(conn, partner_id, case_id, was.table, uuid, None, sequence)
    return entry, len(hidden_notes)


def _hers(idx: CaseIndex) -> list[str]:
    """Her records that hang under her rather than this case (her details, her consents), which the partner
    may know under another of her cases."""
    return [r.uuid for r in idx.by_uuid.values() if r.spec.under in ("client", "client_rows")]


def shelter_case_numbers(session: Session, shelter_name: str) -> list[str]:
    """The cases of the women placed in this shelter now (a shelter laptop's package); building it checks
    the permission to export each."""
    session.require(Role.COUNSELOR, Role.SUPERVISOR)
    with errors_translated():
        found = session.connection().execute(
            "SELECT DISTINCT c.case_number FROM placements p JOIN shelters s ON s.id = p.shelter_id"
            " JOIN cases c ON c.id = p.case_id WHERE s.name = ? AND p.status = 'placed' ORDER BY c.case_number",
            (shelter_name,)).fetchall()
    return [str(x[0]) for x in found]


# -- read the payload ------------------------------------------------------------------------------------

def _parse(payload: Any) -> list[dict[str, Any]]:
    """Structure only (types, known tables and fields, uuids); values are checked after the merge."""
    p: list[tuple[str, str]] = []
    if not isinstance(payload, dict):
        raise ImportInvalid([("$", "must be an object")])
    if payload.get("format") != FORMAT:
        p.append(("$.format", f"must be '{FORMAT}'"))
    if payload.get("version") != VERSION or type(payload.get("version")) is not int:
        p.append(("$.version", f"must be {VERSION}"))
    withheld = payload.get("withheld_notes")
    if type(withheld) is not int or withheld < 0:
        p.append(("$.withheld_notes", "must be a whole number, 0 or more"))
    for key in ("institutions", "shelters"):
        if not isinstance(payload.get(key), list):
            p.append((f"$.{key}", "must be a list"))
    cases = payload.get("cases")
    if not isinstance(cases, list) or len(cases) > MAX_CASES:
        raise ImportInvalid([*p, ("$.cases", f"must be a list of at most {MAX_CASES} cases")])
    total = 0
    for i, entry in enumerate(cases):
        q = f"$.cases[{i}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("records"), list):
            p.append((q, "must be an object with a list of records"))
            continue
        if not isinstance(entry.get("uuid"), str) or not _UUID.fullmatch(entry["uuid"]):
            p.append((f"{q}.uuid", "must be a UUID written in lowercase hex"))
        if "whole" in entry and not isinstance(entry["whole"], dict):
            p.append((f"{q}.whole", "must be an object"))
        unknown = set(entry) - {"uuid", "case_number", "records", "whole"}
        p += [(f"{q}.{k}", "is not a known field") for k in sorted(unknown)]
        total += len(entry["records"])
        for j, rec in enumerate(entry["records"]):
            p += _parse_record(rec, f"{q}.records[{j}]")
    if total > MAX_RECORDS:
        p.append(("$.cases", f"holds more than {MAX_RECORDS} records"))
    if p:
        raise ImportInvalid(p)
    return cases


def _parse_record(rec: Any, q: str) -> list[tuple[str, str]]:
    if not isinstance(rec, dict):
        return [(q, "must be an object")]
    p: list[tuple[str, str]] = []
    table = rec.get("t")
    spec = REGISTRY.get(table) if isinstance(table, str) else None
    if spec is None:
        return [(f"{q}.t", "is not a kind of record a package carries")]
    if not isinstance(rec.get("u"), str) or not _UUID.fullmatch(rec["u"]):
        p.append((f"{q}.u", "must be a UUID written in lowercase hex"))
    if set(rec) - {"t", "u", "p", "f", "b", "d", "by", "at"}:
        p.append((q, "has fields a package record does not have"))
    if not isinstance(rec.get("by", ""), str) or len(rec.get("by", "")) > 200:
        p.append((f"{q}.by", "must be a name"))
    if rec.get("at") is not None and not isinstance(rec["at"], str):
        p.append((f"{q}.at", "must be text"))
    base = rec.get("b", {})
    if not isinstance(base, dict) or any(k not in spec.fields or not isinstance(v, str) or not _HASH.fullmatch(v)
                                         for k, v in base.items()):
        p.append((f"{q}.b", "must map the record's fields to hashes"))
    if rec.get("d") is True:
        return p
    if "d" in rec:
        p.append((f"{q}.d", "must be true when present"))
    parent = rec.get("p")
    if parent is not None and (not isinstance(parent, str) or not _UUID.fullmatch(parent)):
        p.append((f"{q}.p", "must be a UUID written in lowercase hex"))
    values = rec.get("f")
    if not isinstance(values, dict) or not values:
        return [*p, (f"{q}.f", "must hold the record's fields")]
    for name, value in values.items():
        if name not in spec.fields:
            p.append((f"{q}.f.{name}", "is not a field this record carries"))
        elif name in spec.json_fields:
            if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
                p.append((f"{q}.f.{name}", "must be a list of codes"))
        elif name in spec.refs:
            if value is not None and (not isinstance(value, str) or not _UUID.fullmatch(value)):
                p.append((f"{q}.f.{name}", "must be a UUID written in lowercase hex"))
        elif name in spec.names:
            if value is not None and (not isinstance(value, str) or not 0 < len(value) <= MAX_NAME):
                p.append((f"{q}.f.{name}", "must be a name"))
        elif name in spec.links:
            if not _link_list(value, spec.links[name].to == "users"):
                p.append((f"{q}.f.{name}", f"must be a list of at most {MAX_LINKS} "
                                           + ("names" if spec.links[name].to == "users" else "UUIDs")))
        elif value is not None and (type(value) not in (str, int) or (type(value) is int
                                                                      and not -2**53 <= value <= 2**53)):
            p.append((f"{q}.f.{name}", "must be text, a whole number or empty"))
    return p


def _link_list(value: Any, people: bool) -> bool:
    return isinstance(value, list) and len(value) <= MAX_LINKS and all(
        isinstance(x, str) and (0 < len(x) <= MAX_NAME if people else _UUID.fullmatch(x) is not None)
        for x in value)


# -- merge -----------------------------------------------------------------------------------------------

def apply(session: Session, conn: Connection, partner_id: str, payload: dict[str, Any], *, sequence: int,
          acked: int) -> ContentSummary:
    """Merge a package from the partner inside the caller's write transaction `conn`."""
    if not center_supervisor(session):
        access.require(session, Action.CASE_IMPORT)
    _check_partner(partner_id)
    cases = _parse(payload)
    state.promote(conn, partner_id, acked)
    tally = _Tally()
    names = user_names(conn)
    package_names.ensure(session, conn, payload, _named(cases))
    created = _create_cases(session, conn, payload, cases, names)
    directory = Directory(conn, session)
    for i, entry in enumerate(cases):
        _apply_case(session, conn, partner_id, entry, created.get(i), names, f"$.cases[{i}]", tally, directory)
    summary = tally.freeze(int(payload["withheld_notes"]))
    session.log(conn, "package_apply", None, sequence=sequence, cases_new=summary.cases_new,
                cases_updated=summary.cases_updated, records_added=summary.records_added,
                fields_changed=summary.fields_changed, conflicts=summary.conflicts,
                withheld_notes=summary.notes_withheld)
    return summary


class _Rollback(Exception):
    def __init__(self, summary: ContentSummary) -> None:
        super().__init__("preview")
        self.summary = summary


def preview(session: Session, partner_id: str, payload: dict[str, Any], *,
            opening: Callable[[Connection], None] | None = None) -> ContentSummary:
    """What apply would do, written nowhere: the merge runs in a transaction that is rolled back. `opening`
    runs first inside it (on a server: part 1 opens the import gate for a preview, which never commits)."""
    if session.connection().in_transaction:
        raise RuntimeError("preview runs in its own transaction")
    try:
        with session.write() as conn:
            if opening is not None:
                opening(conn)
            raise _Rollback(apply(session, conn, partner_id, payload, sequence=0, acked=-1))
    except _Rollback as done:
        return done.summary


def _named(cases: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """The directory names the package's records use: table -> name -> the path of its first use."""
    out: dict[str, dict[str, str]] = {}
    for i, entry in enumerate(cases):
        for j, rec in enumerate(entry["records"]):
            for column, table in ({} if rec.get("d") else REGISTRY[rec["t"]].names).items():
                if isinstance(rec["f"].get(column), str):
                    out.setdefault(table, {}).setdefault(rec["f"][column], f"$.cases[{i}].records[{j}].f.{column}")
    return out


def _case_id(conn: Connection, uuid: str) -> int | None:
    with errors_translated():
        found = conn.execute("SELECT id FROM cases WHERE uuid = ?", (uuid,)).fetchone()
    return None if found is None else int(found[0])


def _create_cases(session: Session, conn: Connection, payload: dict[str, Any], cases: list[dict[str, Any]],
                  names: dict[int, str]) -> dict[int, int]:
    """The cases new here, from their whole form, checked and written as one import (the import's rules, its
    assignment to the person importing); then their rows take the sender's uuids. Position -> new case id."""
    new = [(i, e) for i, e in enumerate(cases) if _case_id(conn, e["uuid"]) is None]
    missing = [(f"$.cases[{i}]", "this case is not in this vault and the package does not carry it whole")
               for i, e in new if "whole" not in e]
    if missing:
        raise ImportInvalid(missing)
    if not new:
        return {}
    if center_supervisor(session):
        raise PackageRefused("this package carries a case the center does not have: on a center server a package "
                             "brings changes to the center's own cases", code="package_new_case_on_server")
    try:
        doc = interchange.parse(conn, {"format": interchange.FORMAT, "version": interchange.VERSION,
                                       "institutions": payload["institutions"], "shelters": payload["shelters"],
                                       "cases": [e["whole"] for _, e in new]})
    except ImportInvalid as exc:  # its paths name the k-th new case: say which of the package's it is
        def where(path: str) -> str:
            found = re.match(r"\$\.cases\[(\d+)\]", path)
            return path if found is None else f"$.cases[{new[int(found.group(1))][0]}].whole{path[found.end():]}"
        raise ImportInvalid([(where(path), text) for path, text in exc.problems]) from None
    ids = interchange.write_document(session, conn, doc)
    for (_, entry), case_id in zip(new, ids, strict=True):
        _adopt_uuids(conn, case_id, entry, names)
    return {i: case_id for (i, _), case_id in zip(new, ids, strict=True)}


def _apply_case(session: Session, conn: Connection, partner_id: str, entry: dict[str, Any], new_id: int | None,
                names: dict[int, str], q: str, tally: _Tally, directory: Directory) -> None:
    if new_id is not None:
        case_id = new_id
        tally.cases_new += 1
    else:
        case_id = _case_id(conn, entry["uuid"]) or 0
        if not (center_supervisor(session) or access.may(session, case_id, Action.CASE_EDIT)):
            raise PermissionDenied("a package changes a case you may not edit; ask whoever it is assigned to")
        if not entry["records"]:  # nothing changed there since the base: nothing to read or merge here
            return
    idx = index(conn, case_id, names, directory)
    waiting = conflicts.open_fields(conn, case_id)
    known = state.known(conn, partner_id, case_id, _hers(idx))
    before = (tally.fields_changed, sum(tally.added.values()), tally.conflicts)
    problems: list[tuple[str, str]] = []
    for j, rec in enumerate(entry["records"]):
        problems += _merge(conn, partner_id, idx, waiting, known, rec, f"{q}.records[{j}]", tally)
    if problems:
        raise ImportInvalid(problems)
    changed = before != (tally.fields_changed, sum(tally.added.values()), tally.conflicts)
    if new_id is None and changed:
        tally.cases_updated.add(entry["uuid"])
    if changed:  # a case nothing was written to is as it was checked before (a new one: by the import's checks)
        check_case(conn, case_id, q)


def _adopt_uuids(conn: Connection, case_id: int, entry: dict[str, Any], names: dict[int, str]) -> None:
    """A case written from its whole form has new uuids: give each row the sender's, pairing rows of a kind
    by equal values and parent (then in order), parents first so that references compare as the sender's."""
    incoming: dict[str, list[dict[str, Any]]] = {}
    for rec in entry["records"]:
        if not rec.get("d"):
            incoming.setdefault(rec["t"], []).append(rec)
    renamed: dict[str, str] = {}  # a row's new uuid -> the sender's, for references compared later

    def seen_as_sent(row: Row) -> dict[str, Any]:
        out = {k: renamed.get(v, v) if k in row.spec.refs else v for k, v in row.values.items()}
        for k, link in row.spec.links.items():
            if link.to != "users":
                out[k] = sorted(renamed.get(u, u) for u in row.values[k])
        return out

    def same(row: Row, rec: dict[str, Any]) -> bool:
        mine = seen_as_sent(row)
        parent = renamed.get(row.parent, row.parent) if row.parent is not None else None
        return mine == {**mine, **rec["f"]} and (not row.spec.parent_column or parent == rec.get("p"))

    rows_here = list(index(conn, case_id, names).by_uuid.values())
    for table in REGISTRY:
        left = [r for r in rows_here if r.spec.table == table]
        pairs: list[tuple[Row, str]] = []
        rest = []
        for rec in incoming.get(table, []):
            # the same uuid already (an appointment's travels in the whole form), else the same values
            match = next((r for r in left if r.uuid == rec["u"]), None) or next((r for r in left if same(r, rec)),
                                                                                 None)
            if match is None:
                rest.append(rec)
            else:
                left.remove(match)
                pairs.append((match, rec["u"]))
                renamed[match.uuid] = rec["u"]  # at once: a later placement's transfer names this one
        pairs += [(r, rec["u"]) for r, rec in zip(left, rest, strict=False)]
        for row, uuid in pairs:
            renamed[row.uuid] = uuid
            with errors_translated():
                conn.execute(f"UPDATE {table} SET uuid = ? WHERE {row.spec.key} = ?", (uuid, row.id))


def _unknown_records(spec: Travelling, values: dict[str, Any], idx: CaseIndex, q: str) -> list[tuple[str, str]]:
    """References (a uuid, a link's uuids) to records this case does not have."""
    out = [(f"{q}.f.{n}", "names no record of this case") for n in spec.refs
           if values.get(n) is not None and values[n] not in idx.ids]
    return out + [(f"{q}.f.{n}", "names no record of this case") for n, link in spec.links.items()
                  if link.to != "users" and n in values and any(u not in idx.ids for u in values[n])]


def _merge(conn: Connection, partner_id: str, idx: CaseIndex, waiting: set[tuple[str, str]],
           known: dict[str, state.Known], rec: dict[str, Any], q: str, tally: _Tally) -> list[tuple[str, str]]:
    spec = REGISTRY[rec["t"]]
    uuid = rec["u"]
    row = idx.find(spec.table, uuid)
    base: dict[str, str] = dict(rec.get("b", {}))
    mine = known.get(row.uuid if row is not None else uuid)
    own = (mine.base or {}) if mine is not None else {}
    incoming_side = (rec.get("by", ""), rec.get("at"))
    if rec.get("d"):
        if row is None:
            state.forget(conn, partner_id, uuid)
        elif all(state.value_hash(row.values[f]) in (base.get(f), own.get(f)) for f in spec.fields) \
                and not referenced(conn, row):
            delete(conn, row)
            state.forget(conn, partner_id, uuid)
            tally.fields_changed += 1
        else:
            conflicts.record(conn, idx.case_id, partner_id, row.uuid, spec.table, conflicts.WHOLE, "deleted_there",
                             (row.values, row.by, row.at), (None, *incoming_side))
            tally.conflicts += 1
        return []
    values: dict[str, Any] = rec["f"]
    if row is None:
        if spec.table in ("cases", "clients") or base or mine is not None or state.known_anywhere(conn, uuid):
            # it was here and is gone (deleted on this side), or a case part that cannot be added twice
            conflicts.record(conn, idx.case_id, partner_id, uuid, spec.table, conflicts.WHOLE, "deleted_here",
                             (None, "", None), ({"p": rec.get("p"), "f": values, "by": incoming_side[0],
                                                 "at": incoming_side[1]}, *incoming_side))
            tally.conflicts += 1
            return []
        problems = check_added(spec.table, values, q)
        missing = [f for f in spec.fields if f not in values]
        if missing:
            problems.append((f"{q}.f", "a new record must carry all its fields"))
        if spec.parent_column and rec.get("p") not in idx.ids:
            problems.append((f"{q}.p", "names no record of this case"))
        problems += _unknown_records(spec, values, idx, q)
        if problems:
            return problems
        try:
            insert(conn, spec, uuid, rec.get("p"), values, *incoming_side, idx)
        except InvalidInput:  # a constraint of the table (a flag not 0 or 1, an empty required field)
            return [(f"{q}.f", "does not fit the record it belongs to")]
        idx.by_uuid[uuid] = Row(spec, idx.ids[uuid], uuid, rec.get("p"), dict(values), *incoming_side)
        tally.added[spec.table] += 1
        state.received(conn, partner_id, idx.case_id, spec.table, uuid, state.hashes(values))
        return []
    if spec.append_only:
        return []
    changes: dict[str, Any] = {}
    for name, value in values.items():
        here = row.values.get(name)
        if here == value or base.get(name) == state.value_hash(value):  # the same, or not changed there
            continue
        if problem := _unknown_records(spec, {name: value}, idx, q):
            return problem
        kind = "safety" if name in spec.safety else "both_changed"
        if (row.uuid, name) in waiting or kind == "safety" or state.value_hash(here) not in (base.get(name),
                                                                                            own.get(name)):
            conflicts.record(conn, idx.case_id, partner_id, row.uuid, spec.table, name, kind,
                             (here, row.by, row.at), (value, *incoming_side))
            tally.conflicts += 1
        else:
            changes[name] = value
    if changes:
        try:
            update(conn, row, changes, idx)
        except InvalidInput:
            return [(f"{q}.f", "does not fit the record it belongs to")]
        tally.fields_changed += len(changes)
    state.received(conn, partner_id, idx.case_id, spec.table, row.uuid, state.hashes(values))
    return []
