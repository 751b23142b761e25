"""Cases: intake (a draft until finished), the client and her safe-contact instructions, children,
perpetrators, assignment, opening a case (an audited read), and the case list.

Counselors create cases and are assigned to them; supervisors assign; nobody changes a case that is
under closure review or closed (see domain.case_states).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..domain import case_states, record_checks
from ..domain import records as r
from ..domain.case_states import Event, Status
from ..domain.errors import InvalidInput, NotFound
from ..domain.permissions import Action, Relation
from ..domain.roles import Role
from ..domain.validation import Checker
from ..vault import case_queries, repositories, retention_queries, rows, search_index
from ..vault.audit import now_iso
from ..vault.case_queries import CaseFilter, CaseSummary
from ..vault.port import Connection, errors_translated
from . import access, followups_after
from .access import CaseRef
from .casework import as_json, checker, new_case_number, new_client_code, row_values, today, update_logged
from .record_loader import load_record
from .session import Session


def client_values(c: r.Client) -> dict[str, Any]:
    s = c.safe_contact
    return {
        "full_name": c.full_name, "birth_year": c.birth_year, "birth_date": c.birth_date,
        "nationality": c.nationality, "migrant_status": c.migrant_status, "languages": as_json(c.languages),
        "interpreter_language": c.interpreter_language, "disability_needs": c.disability_needs,
        "marital_status": c.marital_status, "education": c.education, "employment": c.employment,
        "income": c.income, "safe_phone": s.safe_phone, "safe_contact_times": s.safe_contact_times,
        "never_call_home": int(s.never_call_home), "code_word": s.code_word,
        "safe_contact_notes": s.safe_contact_notes, "address": s.address, "district": c.district,
        "disability_types": as_json(c.disability_types),
    }


def intake_values(x: r.Intake) -> dict[str, Any]:
    return row_values(x, drop=())  # its key is the case's id, not a field of the record


def child_values(x: r.Child) -> dict[str, Any]:
    return row_values(x)


def perpetrator_values(x: r.Perpetrator) -> dict[str, Any]:
    return row_values(x)


def set_status(session: Session, conn: Connection, ref: CaseRef, event: Event, comment: str = "") -> Status:
    """Move the case through the state machine, keeping the history and the audit entry together."""
    new = case_states.next_status(ref.status, event)
    values: dict[str, Any] = {"status": new.value, "updated_at": now_iso()}
    if new is Status.CLOSED:
        values["closed_on"] = today()
    elif ref.status == Status.CLOSED:
        values["closed_on"] = None
    rows.update(conn, "cases", ref.id, values)
    rows.insert(conn, "case_status_history", {
        "case_id": ref.id, "at": now_iso(), "user_id": session.user_id, "from_status": ref.status,
        "to_status": new.value, "event": event.value, "comment": comment,
    })
    session.log(conn, "case_status", ref.target, event=event.value, before=ref.status, after=new.value)
    return new


def touch(session: Session, conn: Connection, ref: CaseRef) -> None:
    """Work on an open case makes it active."""
    if ref.status == Status.OPEN:
        set_status(session, conn, ref, Event.ACTIVATE)
    rows.update(conn, "cases", ref.id, {"updated_at": now_iso()})


def create_case(session: Session, client: r.Client, intake: r.Intake | None = None,
                children: list[r.Child] | None = None, perpetrators: list[r.Perpetrator] | None = None) -> int:
    """A new case in draft state, assigned to the counselor who records it. Saving works at any point:
    only the client's name is needed; `finish_intake` checks the rest."""
    access.require(session, Action.CASE_CREATE)
    conn = session.connection()
    c = checker(conn, "$")
    record_checks.client(c, client)
    if intake is not None:
        record_checks.intake(c, intake)
    for i, ch in enumerate(children or []):
        record_checks.child(c, ch, f"children[{i}]")
    for i, pp in enumerate(perpetrators or []):
        record_checks.perpetrator(c, pp, f"perpetrators[{i}]")
    c.raise_if_any()
    with session.write() as wconn:
        case_id = insert_case(session, wconn, client, opened_on=intake.intake_date if intake else today())
        ref = access.load_ref(session, wconn, case_id)
        if intake is not None:
            rows.insert(wconn, "intakes", {"case_id": case_id, **intake_values(intake)})
        for ch in children or []:
            rows.insert(wconn, "children", {"case_id": case_id, **child_values(ch)})
        for pp in perpetrators or []:
            rows.insert(wconn, "perpetrators", {"case_id": case_id, **perpetrator_values(pp)})
        session.log(wconn, "case_create", ref.target, case_number=ref.case_number,
                    children=len(children or []), perpetrators=len(perpetrators or []))
    return case_id


def create_returning_case(session: Session, earlier_case_id: int, intake: r.Intake | None = None) -> int:
    """A new application of a woman who came before: a draft case of the same client as `earlier_case_id`
    (her record, consents and client code are shared, so statistics count her once), assigned to the
    counselor who records it. She must be allowed to read the earlier case (break-glass rules apply)."""
    access.require(session, Action.CASE_CREATE)
    earlier = access.case_access(session, earlier_case_id, Action.CASE_READ)
    conn = session.connection()
    if intake is not None:
        c = checker(conn, "$")
        record_checks.intake(c, intake)
        c.raise_if_any()
    with session.write() as wconn:
        case_id = insert_case(session, wconn, r.Client(full_name=""), opened_on=intake.intake_date if intake
                              else today(), client_id=earlier.client_id)
        ref = access.load_ref(session, wconn, case_id)
        if intake is not None:
            rows.insert(wconn, "intakes", {"case_id": case_id, **intake_values(intake)})
        session.log(wconn, "case_create", ref.target, case_number=ref.case_number, returning_after=earlier.target,
                    children=0, perpetrators=0)
    return case_id


def open_returning_case(session: Session, earlier_case_id: int, intake: r.Intake) -> int:
    """A new application of a woman who came before, recorded and opened in one transaction (the case
    view's "New application for this woman"): `create_returning_case` with its intake, then `finish_intake`."""
    with session.write():
        case_id = create_returning_case(session, earlier_case_id, intake)
        finish_intake(session, case_id)
    return case_id


def insert_case(session: Session, conn: Connection, client: r.Client, opened_on: str,
                case_number: str | None = None, status: str = Status.DRAFT.value,
                counselor_ids: list[int] | None = None, risk_level: str | None = None,
                closed_on: str | None = None, history: bool = True, client_id: int | None = None) -> int:
    """Client, case, assignment and search entry (inside the caller's transaction; no checks here).
    `history=False` when the caller writes the case's status history itself (an import). With `client_id`
    the case is a new application of that client (her record is left as it is; `client` gives her name for
    the search entry only)."""
    now = now_iso()
    if client_id is None:
        code = client.client_code or new_client_code(conn)
        client_id = rows.insert(conn, "clients", {"client_code": code, **client_values(client),
                                                  "created_at": now, "updated_at": now})
    else:
        stored = rows.get(conn, "clients", client_id)
        if stored is None:
            raise NotFound("no such client")
        code = str(stored["client_code"])
        client = r.Client(full_name=str(stored["full_name"]))
    number = case_number or new_case_number(conn, opened_on)
    case_id = rows.insert(conn, "cases", {
        "case_number": number, "client_id": client_id, "status": status, "opened_on": opened_on,
        "risk_level": risk_level, "closed_on": closed_on, "created_by": session.user_id, "created_at": now,
        "updated_at": now,
    })
    for uid in counselor_ids if counselor_ids is not None else [session.user_id]:
        if uid is not None:
            rows.insert(conn, "case_counselors", {"case_id": case_id, "user_id": uid})
    if history:
        rows.insert(conn, "case_status_history", {
            "case_id": case_id, "at": now, "user_id": session.user_id, "from_status": None,
            "to_status": status, "event": "create", "comment": "",
        })
    search_index.index_case(conn, case_id, number, code, client.full_name, fresh=True)
    return case_id


def finish_intake(session: Session, case_id: int) -> None:
    """draft → open, once the intake has its date and at least one violence type or a stated request."""
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    record = load_record(session.connection(), case_id)
    c = checker(session.connection())
    if record.intake is None:
        c.add("intake", "is required")
    elif not record.intake.violence_types and not record.intake.presenting_request.strip():
        c.add("intake.violence_types", "give at least one violence type or her request")
    c.raise_if_any()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        set_status(session, conn, ref, Event.FINISH_INTAKE)


def update_client(session: Session, case_id: int, client: r.Client) -> dict[str, list[Any]]:
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    c = checker(session.connection())
    record_checks.client(c, client)
    c.raise_if_any()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        values = client_values(client)
        diff = update_logged(session, conn, "clients", ref.client_id, values, ref.target, "client",
                             base=client.row_version)
        if diff:
            rows.update(conn, "clients", ref.client_id, {"updated_at": now_iso()})
            row = rows.get(conn, "clients", ref.client_id) or {}
            search_index.index_case(conn, ref.id, ref.case_number, str(row["client_code"]), client.full_name)
            touch(session, conn, ref)
    return diff


def set_intake(session: Session, case_id: int, intake: r.Intake) -> dict[str, list[Any]]:
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    c = checker(session.connection())
    record_checks.intake(c, intake)
    c.raise_if_any()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        values = intake_values(intake)
        if rows.get(conn, "intakes", case_id, "case_id") is None:
            rows.insert(conn, "intakes", {"case_id": case_id, **values})
            session.log(conn, "case_update", ref.target, entity="intake", id=case_id, created=True)
            touch(session, conn, ref)
            return {k: [None, v] for k, v in values.items()}
        diff = update_logged(session, conn, "intakes", case_id, values, ref.target, "intake", key="case_id",
                             base=intake.row_version)
        if diff:
            touch(session, conn, ref)
        return diff


def _owned(conn: Connection, table: str, row_id: int, case_id: int) -> dict[str, Any]:
    row = rows.get(conn, table, row_id)
    if row is None or row["case_id"] != case_id:
        raise NotFound("no such record in this case")
    return row


def save_child(session: Session, case_id: int, child: r.Child) -> int:
    """Add a child (child.id None) or update one; returns its id."""
    return _save_part(session, case_id, "children", "child", child.id, child_values(child),
                      lambda c: record_checks.child(c, child, "child"), child.row_version)


def save_perpetrator(session: Session, case_id: int, person: r.Perpetrator) -> int:
    return _save_part(session, case_id, "perpetrators", "perpetrator", person.id, perpetrator_values(person),
                      lambda c: record_checks.perpetrator(c, person, "perpetrator"), person.row_version)


def _save_part(session: Session, case_id: int, table: str, entity: str, row_id: int | None,
               values: dict[str, Any], check: Callable[[Checker], None], base: int | None = None) -> int:
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    c = checker(session.connection())
    check(c)
    c.raise_if_any()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        if row_id is None:
            row_id = rows.insert(conn, table, {"case_id": case_id, **values})
            session.log(conn, "case_update", ref.target, entity=entity, id=row_id, created=True)
        else:
            _owned(conn, table, row_id, case_id)
            update_logged(session, conn, table, row_id, values, ref.target, entity, base=base)
        touch(session, conn, ref)
    return row_id


def assign(session: Session, case_id: int, usernames: list[str]) -> None:
    """Set the counselors assigned to a case (supervisors)."""
    ref = access.case_access(session, case_id, Action.CASE_ASSIGN)
    conn = session.connection()
    # Only active counselors: a case left without one could never be put forward for closure.
    ids = {u.username: u.id for u in repositories.list_users(conn) if Role.COUNSELOR in u.roles and not u.disabled}
    unknown = [u for u in usernames if u not in ids]
    if unknown or not usernames:
        raise InvalidInput("choose at least one active counselor")
    if session.on_server:  # supervisors write no case rows there: the server's function does it
        session.server_call("case_assign", case_id, [ids[name] for name in usernames])
        return
    before = sorted(str(x["user_id"]) for x in rows.select(conn, "case_counselors", {"case_id": case_id}))
    with session.write() as wconn:
        ref = access.case_access(session, case_id, Action.CASE_ASSIGN, wconn)
        rows.delete(wconn, "case_counselors", {"case_id": case_id})
        for name in sorted(set(usernames)):
            rows.insert(wconn, "case_counselors", {"case_id": case_id, "user_id": ids[name]})
        session.log(wconn, "case_assign", ref.target, before=before, after=sorted(str(ids[u]) for u in usernames))


def open_case(session: Session, case_id: int, reason: str | None = None, audit: bool = True) -> r.CaseRecord:
    """Everything about the case, for reading; the read is audited. A counselor opening a case not
    assigned to her passes a reason (break-glass), or gets ReasonRequired. `audit=False` only for the
    re-read of a case already open on her screen after she saved something in it (the opening was logged;
    the save has its own entry), so the access log is not flooded by her own edits."""
    if reason is not None:
        access.break_glass(session, case_id, reason)
    ref = access.case_access(session, case_id, Action.CASE_READ)
    conn = session.connection()
    record = load_record(conn, case_id)
    if audit:
        session.audit("case_view", ref.target, relation=ref.relation.value)
    return record


@dataclass
class CaseViewData:
    """One load of a case for a screen: the record and what the signed-in person may do with it."""

    record: r.CaseRecord
    editable: bool
    relation: Relation
    break_glass_reason: str = ""
    may_access_log: bool = False
    user_display: dict[str, str] = field(default_factory=dict)  # username -> display name
    me: str = ""  # the signed-in user's display name (notes carry their author's display name)
    own_note_ids: frozenset[int] = frozenset()  # the notes she wrote, so may edit (an imported one is nobody's)
    legal_hold: bool = False  # on legal hold (issue 19): nothing of it is destroyed until a supervisor lifts it
    conflicts: int = 0  # open conflicts from packages (issue 17): the case says so until someone resolves them
    # Follow-up after closure (issue 21): she may plan and settle follow-ups (an editable case, or a closed one
    # under a supervisor's allowance in force); a supervisor may allow them on this closed case.
    follow_ups_open: bool = False  # settle the planned ones
    may_allow_follow_ups: bool = False
    follow_ups_room: bool = False  # plan a new one (an allowance may be used up)


def own_note_ids(session: Session, case_id: int) -> frozenset[int]:
    """The notes of this case she wrote (and so may edit), by author id. An imported note belongs to no user of
    this vault (its author's name is text only), so it is never among them, whoever shares that name."""
    access.case_access(session, case_id, Action.CASE_READ)
    if session.user_id is None:
        return frozenset()
    with errors_translated():
        found = session.connection().execute("SELECT id FROM notes WHERE case_id = ? AND author_id = ?",
                                             (case_id, session.user_id)).fetchall()
    return frozenset(int(x[0]) for x in found)


def case_view_data(session: Session, case_id: int, reason: str | None = None, audit: bool = True) -> CaseViewData:
    """The audited read (`open_case`), then what this person may do with the case, in one call (a worker's)."""
    record = open_case(session, case_id, reason, audit=audit)
    relation = access.load_ref(session, session.connection(), case_id).relation
    names = {u.username: u.display_name for u in repositories.list_users(session.connection())}
    return CaseViewData(
        record, access.may(session, case_id, Action.CASE_EDIT), relation, session.break_glass.get(case_id, ""),
        access.may(session, case_id, Action.ACCESS_LOG), names, session.user.display_name if session.user else "",
        own_note_ids(session, case_id), retention_queries.active_hold(session.connection(), case_id) is not None,
        open_conflicts(session.connection(), case_id),
        followups_after.may_follow_up(session, case_id, new=False),
        followups_after.may_allow(session, case_id, record.status), followups_after.may_follow_up(session, case_id))


def open_conflicts(conn: Connection, case_id: int) -> int:
    """How many fields of the case wait for a person after a package (services/package_conflicts.py)."""
    with errors_translated():
        return int(conn.execute("SELECT count(*) FROM package_conflicts WHERE case_id = ? AND state = 'open'",
                                (case_id,)).fetchone()[0])


def find_case_id(session: Session, case_number: str) -> int:
    row = session.connection().execute("SELECT id FROM case_refs WHERE case_number = ?",
                                       (case_number.strip(),)).fetchone()
    if row is None:
        raise NotFound("no case with this number")
    return int(row[0])


def list_cases(session: Session, f: CaseFilter | None = None, sort: str = "opened_on", descending: bool = True,
               offset: int = 0, limit: int = 200) -> list[CaseSummary]:
    """A page of case summaries the person may see (counselors: their own; supervisors: all)."""
    f = permission_filter(session, f or CaseFilter())
    page = case_queries.list_cases(session.connection(), f, sort, descending, offset, limit)
    # Lists show names: each page read is logged (ids, not names).
    session.audit("case_list", None, offset=offset, rows=len(page), first=page[0].id if page else None)
    return page


def count_cases(session: Session, f: CaseFilter | None = None) -> int:
    return case_queries.count_cases(session.connection(), permission_filter(session, f or CaseFilter()))


def permission_filter(session: Session, f: CaseFilter) -> CaseFilter:
    access.require(session, Action.SEARCH)
    if not session.has(Role.SUPERVISOR):
        f.only_user_id = session.user_id
    return f
