"""The interchange format (§7): versioned JSON describing whole cases, with a JSON Schema in the repo
(kadin_danisma/resources/interchange-v1.schema.json, generated from domain.records).

`import_document` checks everything first (structure by JSON path, then the same rules as the services,
then references between records and the vault) and writes all cases in one transaction or nothing.
`export_case` writes one case. Vault-local ids are not exported; a transfer between placements is
written as the index of the earlier placement. Notes marked "never include in exports" are left out
(and counted) unless the exporter explicitly includes them.

An import never sets what only a supervisor of this vault may do (issue 14): a closed status or closing
date, a closure decision, a supervisor's step in the status history, a consent override are refused with
their JSON path. Every imported case is assigned to the person importing it, and every name in it (a note's
author, who made a history step) is kept as text only: it belongs to no user of this vault, so nobody gains
a note to edit or a decision she never took. The same rules will hold for a package from another center.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain import record_checks, safe_json
from ..domain import records as r
from ..domain.case_states import Event, Status
from ..domain.dictcodec import LOCAL, from_dict, json_schema, key_path, to_dict
from ..domain.errors import ImportInvalid
from ..domain.lifecycles import PLACEMENT_STEPS, REFERRAL_STEPS
from ..domain.permissions import Action
from ..domain.validation import MAX_NAME, MAX_TEXT, Checker
from ..vault import repositories, rows, search_index
from ..vault.atomic import Written, write_file
from ..vault.audit import now_iso
from ..vault.port import Connection, errors_translated
from . import access, cases, support_rows
from .casework import as_json, checker, row_values
from .directory import all_institutions
from .notes import note_values
from .record_loader import load_record
from .session import Session

FORMAT = "kadin-danisma-cases"
VERSION = 1
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "resources" / "interchange-v1.schema.json"
MAX_CASES = 100_000
# Shelter contact details are confidential and never travel in a case file.
SHELTER_PRIVATE = frozenset({"id", "row_version", "address", "phone", "contact_person"})


@dataclass
class Document:
    cases: list[r.CaseRecord]
    institutions: list[r.Institution] = field(default_factory=list)
    shelters: list[r.Shelter] = field(default_factory=list)


def schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    case = json_schema(r.CaseRecord, defs=defs)
    shelter = json_schema(r.Shelter, skip=SHELTER_PRIVATE, defs={})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://kadin-danisma.example/interchange-v1.schema.json",
        "title": "Kadın Danışma case interchange, version 1",
        "description": "Whole cases with client, children, intake, notes, referrals, placements, measures "
                       "and consents. Codes come from the vocabularies; dates are YYYY-MM-DD.",
        "type": "object",
        "required": ["format", "version", "cases"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "exported_at": {"type": "string"},
            "withheld_notes": {"type": "integer", "minimum": 0},
            "institutions": {"type": "array", "items": json_schema(r.Institution, defs=defs)},
            "shelters": {"type": "array", "items": shelter},
            "cases": {"type": "array", "items": case},
        },
        "$defs": defs,
    }


# -- export ------------------------------------------------------------------------------------------

def export_case(session: Session, case_id: int, include_withheld: bool = False) -> dict[str, Any]:
    ref = access.case_access(session, case_id, Action.CASE_EXPORT)
    record = load_record(session.connection(), case_id)
    case, institutions, shelters, withheld = whole_case(session.connection(), record, include_withheld)
    session.audit("case_export", ref.target, kind="plaintext", withheld_notes=withheld,
                  included_withheld=include_withheld)
    return {"format": FORMAT, "version": VERSION, "exported_at": now_iso(), "withheld_notes": withheld,
            "institutions": institutions, "shelters": shelters, "cases": [case]}


def whole_case(conn: Connection, record: r.CaseRecord, include_withheld: bool = False
               ) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]], int]:
    """One case as the interchange format writes it, the institutions and shelters (public fields only) it
    names, and how many never-export notes were left out. `record.notes` loses those notes."""
    withheld = [n for n in record.notes if n.never_export]
    if not include_withheld:
        record.notes = [n for n in record.notes if not n.never_export]
    case = to_dict(record)
    positions = {p.id: i for i, p in enumerate(record.placements)}
    for out, placement in zip(case["placements"], record.placements, strict=True):
        out["transferred_from"] = positions.get(placement.transferred_from)
    used_institutions = {x.institution for x in record.referrals} | {c.institution for c in record.consents}
    institutions, shelters = directory_entries(conn, {x for x in used_institutions if x is not None},
                                               {p.shelter for p in record.placements})
    return case, institutions, shelters, 0 if include_withheld else len(withheld)


def directory_entries(conn: Connection, institution_names: set[str], shelter_names: set[str]
                      ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """These institutions and shelters as a file carries them: shelters without contacts (SHELTER_PRIVATE)."""
    institutions = [to_dict(i) for i in all_institutions(conn, include_inactive=True) if i.name in institution_names]
    public = conn.execute("SELECT id, name, shelter_type, capacity, city, boys_age_limit, accessible, active"
                          " FROM shelters ORDER BY name").fetchall() if shelter_names else []
    shelters = [to_dict(r.Shelter(s[1], s[2], s[3], s[4], s[5], bool(s[6]), "", "", "", bool(s[7]), s[0]),
                        SHELTER_PRIVATE) for s in public if s[1] in shelter_names]
    return institutions, shelters


def save(path: Path, doc: dict[str, Any], *, force: bool = False) -> Written:
    """Write an export where the person chose, through the one file writer (never a half-written file, never
    through a link, mode 0600; an existing file only with force)."""
    with errors_translated():
        return write_file(Path(path), json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"), force=force)


def _shelter(x: dict[str, Any]) -> r.Shelter:
    return r.Shelter(x["name"], x["shelter_type"], x["capacity"], x["city"], x["boys_age_limit"],
                     bool(x["accessible"]), x["address"], x["phone"], x["contact_person"], bool(x["active"]), x["id"])


# -- parse and check -----------------------------------------------------------------------------------

def parse(conn: Connection, data: Any) -> Document:
    """Structure and rules; raises ImportInvalid listing every problem with its JSON path."""
    problems: list[tuple[str, str]] = []
    if not isinstance(data, dict):
        raise ImportInvalid([("$", "must be an object")])
    if data.get("format") != FORMAT:
        problems.append(("$.format", f"must be '{FORMAT}'"))
    version = data.get("version")
    if type(version) is int and version > VERSION:
        problems.append(("$.version", f"is {version}, newer than this app reads ({VERSION}); update the app"))
    elif type(version) is not int or version != VERSION:
        problems.append(("$.version", f"must be {VERSION}"))
    if "exported_at" in data and not isinstance(data["exported_at"], str):
        problems.append(("$.exported_at", "must be text"))
    withheld = data.get("withheld_notes", 0)
    if type(withheld) is not int or withheld < 0:
        problems.append(("$.withheld_notes", "must be a whole number, 0 or more"))
    for key in data:
        if key not in {"format", "version", "exported_at", "withheld_notes", "institutions", "shelters", "cases"}:
            problems.append((key_path("$", key), "is not a known field"))
    raw_cases = data.get("cases")
    if not isinstance(raw_cases, list):
        problems.append(("$.cases", "must be a list"))
        raw_cases = []
    elif len(raw_cases) > MAX_CASES:
        problems.append(("$.cases", f"holds more than {MAX_CASES} cases; split the file"))
        raw_cases = []
    institutions = _list(data, "institutions", r.Institution, problems, LOCAL)
    shelters = _list(data, "shelters", r.Shelter, problems, SHELTER_PRIVATE)
    records = [from_dict(r.CaseRecord, x, f"$.cases[{i}]", problems) for i, x in enumerate(raw_cases)]
    if problems:  # types are wrong somewhere: rule checks would only repeat them
        raise ImportInvalid(problems)
    c = checker(conn, "$")
    for i, inst in enumerate(institutions):
        record_checks.institution(c, inst, f"institutions[{i}]")
    for i, sh in enumerate(shelters):
        record_checks.shelter(c, sh, f"shelters[{i}]")
    known_institutions = {i.name for i in all_institutions(conn, include_inactive=True)}
    known_institutions |= {i.name for i in institutions}
    known_shelters = {str(n) for (n,) in conn.execute("SELECT name FROM shelters")} | {s.name for s in shelters}
    seen: set[str] = set()
    clients: dict[str, Any] = {}
    for i, rec in enumerate(records):
        _check_case(conn, c, rec, f"cases[{i}]", seen, known_institutions, known_shelters)
        code = rec.client.client_code
        if code:
            # Several cases with one client code are one woman's applications: her details must agree.
            if code in clients and clients[code] != to_dict(rec.client):
                c.add(f"cases[{i}].client", "differs from an earlier case with the same client code")
            clients.setdefault(code, to_dict(rec.client))
    if c.problems:
        raise ImportInvalid(c.problems)
    return Document(records, institutions, shelters)


def _list(data: dict[str, Any], key: str, cls: type[Any], problems: list[tuple[str, str]],
          skip: frozenset[str]) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        problems.append((f"$.{key}", "must be a list"))
        return []
    return [from_dict(cls, x, f"$.{key}[{i}]", problems, skip) for i, x in enumerate(value)]


def _check_case(conn: Connection, c: Checker, rec: r.CaseRecord, p: str, seen: set[str],
                institutions: set[str], shelters: set[str], existing: bool = False) -> None:
    """`existing`: a case of this vault after a package's changes were merged into it (packages.py): it is
    here already, and its supervisor's decisions are this vault's own."""
    c.identifier(f"{p}.case_number", rec.case_number, required=True, max_len=60)
    _check_user_names(c, rec, p)
    if rec.case_number in seen:
        c.add(f"{p}.case_number", "appears twice in this file")
    seen.add(rec.case_number)
    if not existing and rows.get(conn, "cases", rec.case_number, "case_number") is not None:
        c.add(f"{p}.case_number", "already exists in this vault")
    if (not existing and rec.client.client_code
            and rows.get(conn, "clients", rec.client.client_code, "client_code") is not None):
        c.add(f"{p}.client.client_code", "already exists in this vault")
    c.choice(f"{p}.status", rec.status, [s.value for s in Status])
    c.date(f"{p}.opened_on", rec.opened_on, required=True, not_future=True)
    c.date(f"{p}.closed_on", rec.closed_on, not_future=True)
    c.code(f"{p}.risk_level", "risk_level", rec.risk_level, required=False)
    record_checks.client(c, rec.client, f"{p}.client")
    if rec.intake is not None:
        record_checks.intake(c, rec.intake, f"{p}.intake")
    child_names = [ch.name for ch in rec.children]
    for i, ch in enumerate(rec.children):
        record_checks.child(c, ch, f"{p}.children[{i}]")
    for i, pp in enumerate(rec.perpetrators):
        record_checks.perpetrator(c, pp, f"{p}.perpetrators[{i}]")
    for i, ra in enumerate(rec.risk_assessments):
        record_checks.risk(c, ra, f"{p}.risk_assessments[{i}]")
        c.code(f"{p}.risk_assessments[{i}].suggested_level", "risk_level", ra.suggested_level or None, required=False)
    for i, sp in enumerate(rec.safety_plans):
        record_checks.safety_plan(c, sp, f"{p}.safety_plans[{i}]")
    for i, note in enumerate(rec.notes):
        record_checks.note(c, note, f"{p}.notes[{i}]")
        c.text(f"{p}.notes[{i}].author", note.author, max_len=200)
        if note.child is not None and note.child not in child_names:
            c.add(f"{p}.notes[{i}].child", "names no child of this case")
        for j, rev in enumerate(note.revisions):
            q = f"{p}.notes[{i}].revisions[{j}]"
            record_checks.note(c, r.Note(rev.note_type, rev.note_date, rev.body, rev.duration_minutes,
                                         rev.interpreter_present, rev.interpreter_language, rev.interpreter_name,
                                         rev.never_export), q)
            if rev.version != j + 1:
                c.add(f"{q}.version", "revisions must be numbered 1, 2, 3… in order")
        if note.version != len(note.revisions) + 1:
            c.add(f"{p}.notes[{i}].version", "must be one more than the number of revisions")
    for i, ref in enumerate(rec.referrals):
        q = f"{p}.referrals[{i}]"
        record_checks.referral_base(c, ref, q)
        c.choice(f"{q}.status", ref.status, list(REFERRAL_STEPS))
        c.code(f"{q}.institution_type", "institution_type", ref.institution_type)
        if ref.institution not in institutions:
            c.add(f"{q}.institution", "is not in the directory or in this file's institutions")
        if ref.status == "rejected" and not ref.rejection_reason.strip():
            c.add(f"{q}.rejection_reason", "a rejected referral needs the reason")
        for name in ("created_on", "sent_on", "responded_on", "closed_on"):
            c.date(f"{q}.{name}", getattr(ref, name), required=name == "created_on")
        for j, ev in enumerate(ref.events):
            c.date(f"{q}.events[{j}].on_date", ev.on_date, required=True)
            c.choice(f"{q}.events[{j}].to_status", ev.to_status, list(REFERRAL_STEPS))
            if ev.from_status is not None:
                c.choice(f"{q}.events[{j}].from_status", ev.from_status, list(REFERRAL_STEPS))
            c.text(f"{q}.events[{j}].comment", ev.comment, max_len=MAX_TEXT)
    for i, pl in enumerate(rec.placements):
        q = f"{p}.placements[{i}]"
        c.choice(f"{q}.status", pl.status, list(PLACEMENT_STEPS))
        if pl.shelter not in shelters:
            c.add(f"{q}.shelter", "is not in the shelter registry or in this file's shelters")
        c.date(f"{q}.requested_on", pl.requested_on, required=True)
        c.date(f"{q}.placed_on", pl.placed_on)
        c.date(f"{q}.ended_on", pl.ended_on)
        c.code(f"{q}.exit_reason", "placement_exit_reason", pl.exit_reason, required=pl.status == "ended")
        for j, name in enumerate(pl.children):
            if name not in child_names:
                c.add(f"{q}.children[{j}]", "names no child of this case")
        if pl.transferred_from is not None and not 0 <= pl.transferred_from < i:
            c.add(f"{q}.transferred_from", "must be the index of an earlier placement")
    for i, m in enumerate(rec.measures):
        record_checks.measure(c, m, f"{p}.measures[{i}]")
    for i, co in enumerate(rec.consents):
        record_checks.consent(c, co, f"{p}.consents[{i}]")
        if co.institution is not None and co.institution not in institutions:
            c.add(f"{p}.consents[{i}].institution", "is not in the directory or in this file's institutions")
    for i, fu in enumerate(rec.follow_ups):
        record_checks.follow_up(c, fu, f"{p}.follow_ups[{i}]")
    for i, cr in enumerate(rec.closure_requests):
        record_checks.closure(c, cr, f"{p}.closure_requests[{i}]")
    _check_appointments(conn, c, rec, p, existing)
    support_rows.check_imported(conn, c, rec.aid, rec.employment, rec.court_cases, p)
    states = [s.value for s in Status]
    for i, sc in enumerate(rec.status_history):
        q = f"{p}.status_history[{i}]"
        c.choice(f"{q}.to_status", sc.to_status, states)
        if sc.from_status is not None:
            c.choice(f"{q}.from_status", sc.from_status, states)
        c.choice(f"{q}.event", sc.event, ["create", *(e.value for e in Event)])
        c.text(f"{q}.comment", sc.comment, max_len=MAX_TEXT)
    if not existing:
        _check_supervisor_only(c, rec, p)


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _check_appointments(conn: Connection, c: Checker, rec: r.CaseRecord, p: str, existing: bool) -> None:
    seen: set[str] = set()
    for i, ap in enumerate(rec.appointments):
        q = f"{p}.appointments[{i}]"
        record_checks.appointment(c, ap, q)
        for j, name in enumerate(ap.counselors):
            c.text(f"{q}.counselors[{j}]", name, required=True, max_len=MAX_NAME)
        if ap.uuid:
            if not _UUID.fullmatch(ap.uuid):
                c.add(f"{q}.uuid", "must be a UUID written in lowercase hex")
            elif ap.uuid in seen:
                c.add(f"{q}.uuid", "appears twice in this file")
            elif not existing and rows.get(conn, "appointments", ap.uuid, "uuid") is not None:
                c.add(f"{q}.uuid", "already exists in this vault")
            seen.add(ap.uuid)


SUPERVISOR_EVENTS = frozenset({Event.APPROVE_CLOSURE.value, Event.RETURN_CLOSURE.value, Event.REOPEN.value})
SUPERVISOR_ONLY = "is a supervisor's decision in this vault and is never imported"


def _check_supervisor_only(c: Checker, rec: r.CaseRecord, p: str) -> None:
    """What only a supervisor of this vault may do cannot come in through a file."""
    if rec.status == Status.CLOSED.value:
        c.add(f"{p}.status", "closed " + SUPERVISOR_ONLY + "; import the case as active and request closure")
    if rec.closed_on:
        c.add(f"{p}.closed_on", "a closing date " + SUPERVISOR_ONLY)
    for i, ref in enumerate(rec.referrals):
        if ref.consent_override_reason.strip():
            c.add(f"{p}.referrals[{i}].consent_override_reason", "a consent override " + SUPERVISOR_ONLY)
    for i, cr in enumerate(rec.closure_requests):
        q = f"{p}.closure_requests[{i}]"
        if cr.status not in ("pending", "withdrawn"):
            c.add(f"{q}.status", f"{cr.status} " + SUPERVISOR_ONLY)
        for name in ("decided_by", "decided_at", "comment"):
            if getattr(cr, name):
                c.add(f"{q}.{name}", "a closure decision " + SUPERVISOR_ONLY)
    for i, sc in enumerate(rec.status_history):
        if sc.event in SUPERVISOR_EVENTS:
            c.add(f"{p}.status_history[{i}].event", f"{sc.event} " + SUPERVISOR_ONLY)


def _check_user_names(c: Checker, rec: r.CaseRecord, p: str) -> None:
    """Fields that name a user of the vault (matched by user name) are identifiers: no control or
    invisible formatting characters, which would make two names look alike."""
    named = [(f"{p}.counselors[{i}]", n) for i, n in enumerate(rec.counselors)]
    named += [(f"{p}.status_history[{i}].by", x.by) for i, x in enumerate(rec.status_history)]
    named += [(f"{p}.notes[{i}].revisions[{j}].replaced_by", v.replaced_by)
              for i, n in enumerate(rec.notes) for j, v in enumerate(n.revisions)]
    named += [(f"{p}.referrals[{i}].events[{j}].by", e.by)
              for i, x in enumerate(rec.referrals) for j, e in enumerate(x.events)]
    for i, cr in enumerate(rec.closure_requests):
        named += [(f"{p}.closure_requests[{i}].requested_by", cr.requested_by),
                  (f"{p}.closure_requests[{i}].decided_by", cr.decided_by)]
    for path, name in named:
        c.identifier(path, name, max_len=64)


# -- write ---------------------------------------------------------------------------------------------

def load_json(text: str | bytes) -> Any:
    """Parse an interchange file strictly (domain/safe_json.py): deep nesting, numbers of dozens of digits,
    NaN, a key twice, lone surrogates and NUL characters are problems with their JSON path."""
    try:
        return safe_json.loads(text, max_depth=16)
    except safe_json.JsonRefused as exc:
        raise ImportInvalid([(exc.path, exc.reason)]) from None


def import_document(session: Session, data: Any) -> list[int]:
    """Check the whole document, then write every case in one transaction; returns the new case ids."""
    access.require(session, Action.CASE_IMPORT)
    conn = session.connection()
    doc = parse(conn, data)
    with session.write() as wconn:
        new_ids = write_document(session, wconn, doc)
        session.log(wconn, "import", None, cases=len(new_ids))
    return new_ids


def write_document(session: Session, conn: Connection, doc: Document) -> list[int]:
    """Write a checked document's cases inside the caller's transaction (an import, a package)."""
    inst_ids = ensure_institutions(session, conn, doc.institutions)
    shelter_ids = ensure_shelters(session, conn, doc.shelters)
    clients: dict[str, int] = {}
    with search_index.deferred(conn):
        return [write_case(session, conn, rec, inst_ids, shelter_ids, None, clients) for rec in doc.cases]


def display_names(conn: Connection) -> dict[str, int]:
    """Display name -> user id, for names that belong to exactly one user."""
    counts: dict[str, list[int]] = {}
    for user in repositories.list_users(conn):
        counts.setdefault(user.display_name, []).append(user.id)
    return {name: ids[0] for name, ids in counts.items() if len(ids) == 1}


def ensure_institutions(session: Session, conn: Connection, extra: list[r.Institution]) -> dict[str, int]:
    ids = {i.name: i.id for i in all_institutions(conn, include_inactive=True) if i.id is not None}
    for inst in extra:
        if inst.name not in ids:
            ids[inst.name] = rows.insert(conn, "institutions", row_values(inst))
            session.log(conn, "institution_add", f"institution:{ids[inst.name]}", via="import")
    return ids


def ensure_shelters(session: Session, conn: Connection, extra: list[r.Shelter]) -> dict[str, int]:
    ids = {str(n): int(i) for i, n in conn.execute("SELECT id, name FROM shelters")}  # names only (a supervisor)
    for sh in extra:
        if sh.name not in ids:
            ids[sh.name] = rows.insert(conn, "shelters", row_values(sh, drop=SHELTER_PRIVATE))
            session.log(conn, "shelter_add", f"shelter:{ids[sh.name]}", via="import")
    return ids


def write_case(session: Session, conn: Connection, rec: r.CaseRecord, inst_ids: dict[str, int],
               shelter_ids: dict[str, int], users: dict[str, int] | None, clients: dict[str, int] | None = None,
               client_id: int | None = None) -> int:
    """Write one checked case. `users` (user name -> id) links names in the record to this vault's users:
    only the demo generator, in a demo vault, passes it. An import passes None: the case is assigned to the
    person importing it and every name stays text, belonging to no user here. `clients` (client code -> id,
    filled as cases are written) makes later cases with the same client code applications of the same woman;
    `client_id` names her directly (demo data)."""

    def uid(name: str) -> int | None:
        return users.get(name) if users is not None and name else None

    authors = display_names(conn) if users is not None else {}
    counselors = [session.user_id or 0]
    if users is not None:
        counselors = list(dict.fromkeys(users[n] for n in rec.counselors if n in users)) or counselors
    code = rec.client.client_code
    if client_id is None and clients is not None and code:
        client_id = clients.get(code)
    returning = client_id is not None
    case_id = cases.insert_case(session, conn, rec.client, rec.opened_on, rec.case_number, rec.status, counselors,
                                rec.risk_level, rec.closed_on, history=False, client_id=client_id)
    client_id = int(conn.execute("SELECT client_id FROM cases WHERE id = ?", (case_id,)).fetchone()[0])
    if clients is not None:
        clients[str(conn.execute("SELECT client_code FROM clients WHERE id = ?", (client_id,)).fetchone()[0])] = (
            client_id)
    for sc in rec.status_history:
        rows.insert(conn, "case_status_history", {"case_id": case_id, "at": sc.at, "user_id": uid(sc.by),
                                                  "by_name": sc.by if uid(sc.by) is None else "",
                                                  "from_status": sc.from_status, "to_status": sc.to_status,
                                                  "event": sc.event, "comment": sc.comment})
    if rec.intake is not None:
        rows.insert(conn, "intakes", {"case_id": case_id, **cases.intake_values(rec.intake)})
    child_ids: dict[str, int] = {}
    for ch in rec.children:
        child_ids.setdefault(ch.name, rows.insert(conn, "children", {"case_id": case_id, **cases.child_values(ch)}))
    for pp in rec.perpetrators:
        rows.insert(conn, "perpetrators", {"case_id": case_id, **cases.perpetrator_values(pp)})
    for ra in rec.risk_assessments:
        rows.insert(conn, "risk_assessments", {
            "case_id": case_id, "assessed_on": ra.assessed_on, "assessed_by": None, "assessor_name": ra.assessor,
            "indicators": as_json(ra.indicators), "suggested_level": ra.suggested_level or ra.level,
            "level": ra.level, "reason": ra.reason, "created_at": now_iso(),
        })
    for sp in rec.safety_plans:
        rows.insert(conn, "safety_plans", {"case_id": case_id, "items": as_json(sp.items), "free_text": sp.free_text,
                                           "reviewed_on": sp.reviewed_on, "reviewer_name": sp.reviewer})
    for note in rec.notes:
        now = now_iso()
        # In a demo vault the author is a demo user (same display name, unique); an imported note keeps its
        # author's name as text and belongs to no one here: nobody may edit it, only add a new note.
        kid = child_ids[note.child] if note.child is not None else None
        nid = rows.insert(conn, "notes", {"case_id": case_id, **note_values(note, kid), "author_name": note.author,
                                          "author_id": authors.get(note.author), "version": note.version,
                                          "created_at": now, "updated_at": now})
        for rev in note.revisions:
            rows.insert(conn, "note_revisions", {
                "note_id": nid, "version": rev.version, "note_type": rev.note_type, "note_date": rev.note_date,
                "duration_minutes": rev.duration_minutes, "interpreter_present": int(rev.interpreter_present),
                "interpreter_language": rev.interpreter_language, "interpreter_name": rev.interpreter_name,
                "never_export": int(rev.never_export), "body": rev.body, "replaced_at": rev.replaced_at,
                "replaced_by": uid(rev.replaced_by),
                "replaced_by_name": rev.replaced_by if uid(rev.replaced_by) is None else "",
            })
        search_index.index_note(conn, nid, note.body, fresh=True, case_id=case_id)
    for ref in rec.referrals:
        rid = rows.insert(conn, "referrals", {
            "case_id": case_id, "institution_id": inst_ids[ref.institution], "status": ref.status,
            "reason": ref.reason, "requested_service": ref.requested_service, "created_on": ref.created_on,
            "sent_on": ref.sent_on, "responded_on": ref.responded_on, "closed_on": ref.closed_on,
            "rejection_reason": ref.rejection_reason, "outcome": ref.outcome,
            "consent_override_reason": ref.consent_override_reason,
        })
        for ev in ref.events:
            rows.insert(conn, "referral_events", {"referral_id": rid, "on_date": ev.on_date, "at": now_iso(),
                                                  "user_id": uid(ev.by), "by_name": ev.by if uid(ev.by) is None
                                                  else "", "from_status": ev.from_status,
                                                  "to_status": ev.to_status, "comment": ev.comment})
    placement_ids: list[int] = []
    for pl in rec.placements:
        pid = rows.insert(conn, "placements", {
            "case_id": case_id, "shelter_id": shelter_ids[pl.shelter], "status": pl.status,
            "requested_on": pl.requested_on, "placed_on": pl.placed_on, "ended_on": pl.ended_on,
            "exit_reason": pl.exit_reason, "capacity_override_reason": pl.capacity_override_reason,
            "age_flag": int(pl.age_flag),
            "transferred_from": placement_ids[pl.transferred_from] if pl.transferred_from is not None else None,
        })
        placement_ids.append(pid)
        for name in dict.fromkeys(pl.children):
            rows.insert(conn, "placement_children", {"placement_id": pid, "child_id": child_ids[name]})
    for m in rec.measures:
        mid = rows.insert(conn, "measures", {
            "case_id": case_id, "measure_type": m.measure_type, "authority": m.authority,
            "decision_date": m.decision_date, "start_date": m.start_date, "end_date": m.end_date,
            "court_file_no": m.court_file_no, "status": m.status, "notes": m.notes,
            "requested_at": m.requested_at, "decided_at": m.decided_at, "judge_confirmed_at": m.judge_confirmed_at,
            "electronic_monitoring": int(m.electronic_monitoring),
            "identity_confidential": int(m.identity_confidential),
        })
        for v in m.violations:
            rows.insert(conn, "measure_violations", {"measure_id": mid, "violation_date": v.violation_date,
                                                     "description": v.description, "reported_to": v.reported_to})
    known_consents = _consent_keys(conn, client_id) if returning else set()
    for co in rec.consents:
        key = (co.kind, co.institution, co.given_on, co.version, co.withdrawn_on)
        if key in known_consents:  # her consents travel with each of her cases: keep one copy
            continue
        known_consents.add(key)
        rows.insert(conn, "consents", {
            "client_id": client_id, "kind": co.kind,
            "institution_id": inst_ids[co.institution] if co.institution is not None else None,
            "given_on": co.given_on, "version": co.version, "withdrawn_on": co.withdrawn_on, "notes": co.notes,
        })
    for fu in rec.follow_ups:
        rows.insert(conn, "follow_ups", {"case_id": case_id, "due_on": fu.due_on, "purpose": fu.purpose,
                                         "done_on": fu.done_on, "status": fu.status, "outcome": fu.outcome,
                                         "settled_by": uid(fu.settled_by),
                                         "settled_by_name": fu.settled_by if uid(fu.settled_by) is None else ""})
    for cr in rec.closure_requests:
        rows.insert(conn, "closure_requests", {
            "case_id": case_id, "requested_by": uid(cr.requested_by),
            "requested_by_name": cr.requested_by if uid(cr.requested_by) is None else "",
            "requested_at": cr.requested_at or now_iso(),
            "reason": cr.reason, "checklist": as_json(cr.checklist), "summary": cr.summary, "status": cr.status,
            "decided_by": uid(cr.decided_by), "decided_at": cr.decided_at, "comment": cr.comment,
            "placement_override": cr.placement_override,
        })
    _write_appointments(session, conn, case_id, rec.appointments, users)
    support_rows.write_imported(conn, case_id, rec.aid, rec.employment, rec.court_cases, users or {})
    session.log(conn, "case_import", f"case:{case_id}", case_number=rec.case_number, notes=len(rec.notes),
                returning=returning, appointments=len(rec.appointments))
    return case_id


def _consent_keys(conn: Connection, client_id: int) -> set[tuple[Any, ...]]:
    with errors_translated():
        found = conn.execute(
            "SELECT s.kind, i.name, s.given_on, s.version, s.withdrawn_on FROM consents s"
            " LEFT JOIN institutions i ON i.id = s.institution_id WHERE s.client_id = ?", (client_id,)).fetchall()
    return {tuple(row) for row in found}


def resource_id(session: Session, conn: Connection, table: str, name: str, language: str | None) -> int | None:
    """The room or interpreter of this name, made (retired: never offered for new bookings) when this vault
    has none of that name, so an imported appointment keeps where and with whom it took place."""
    if not name:
        return None
    found = rows.get(conn, table, name, "name")
    if found is not None:
        return int(found["id"])
    values: dict[str, Any] = {"uuid": str(uuid.uuid4()), "name": name, "active": 0,
                              "changed_by": session.user_id, "changed_at": now_iso()}
    if table == "interpreters":
        values["languages"] = as_json([language] if language else [])
    new_id = rows.insert(conn, table, values)
    session.log(conn, f"{table[:-1]}_add", f"{table[:-1]}:{new_id}", via="import")
    return new_id


def _write_appointments(session: Session, conn: Connection, case_id: int, appointments: list[r.Appointment],
                        users: dict[str, int] | None) -> None:
    """Appointments as they were. Counselors are linked only in a demo vault (`users`); an import keeps their
    names as text, like a note's author."""
    now = now_iso()
    for ap in appointments:
        linked = [users[n] for n in dict.fromkeys(ap.counselors) if n in users] if users is not None else []
        aid = rows.insert(conn, "appointments", {
            "uuid": ap.uuid or str(uuid.uuid4()), "case_id": case_id, "starts_at": ap.starts_at,
            "ends_at": ap.ends_at, "kind": ap.kind, "status": ap.status,
            "room_id": resource_id(session, conn, "rooms", ap.room, None),
            "interpreter_language": ap.interpreter_language,
            "interpreter_id": resource_id(session, conn, "interpreters", ap.interpreter, ap.interpreter_language),
            "cancel_reason": ap.cancel_reason,
            "counselor_names": as_json([] if linked else ap.counselors),
            "created_by": session.user_id, "created_at": now, "changed_by": session.user_id, "changed_at": now,
        })
        for uid in linked:
            rows.insert(conn, "appointment_counselors", {"appointment_id": aid, "user_id": uid})
