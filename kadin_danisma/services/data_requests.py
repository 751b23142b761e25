"""Requests from the women themselves (KVKK art. 11, issue 19): to see what is held about her (access), to
have it corrected, erased, or to object to how it is processed. Each is recorded with the day it came and
must be answered within 30 days (art. 13): the deadline is on the dashboard until the answer is recorded.

- access: answered with the client-record PDF (services/exports.client_record_pdf, every case of hers the
  person may export), `answer_access`;
- correction: the counselor corrects the record as usual, then records "corrected" (or why not);
- erasure: her whole record goes through the destruction path (`request_erasure`: a cycle of its own that a
  supervisor other than the proposer approves; deleted, not anonymized), unless a legal hold applies (the
  request is then answered "refused: legal hold" at once) or a legal duty to keep it applies, which the
  answer names (`answer_request(..., "refused_duty", basis)`);
- objection: accepted or refused.

Her request's own words (`details`) are case data, kept in the request's row and destroyed with her; the
audit log records each step with ids, kind, dates, the outcome's code and the length of the words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ..domain.errors import InvalidInput, NotFound
from ..domain.permissions import Action
from ..domain.roles import Role
from ..domain.validation import MAX_TEXT
from ..vault import retention_queries, rows
from ..vault.audit import now_iso
from ..vault.port import errors_translated
from . import access, destruction, exports
from .casework import user_names
from .retention_policy import refuse_on_server
from .session import Session

KINDS = ("access", "correction", "erasure", "objection")
DEADLINE_DAYS = 30
# What each kind of request may be answered with. "erasure_proposed" is set by request_erasure, never given.
OUTCOMES = {
    "access": ("record_given",),
    "correction": ("corrected", "correction_refused"),
    "erasure": ("refused_legal_hold", "refused_duty"),
    "objection": ("objection_accepted", "objection_refused"),
}
# The legal duty to keep her record that an erasure's refusal names.
DUTY_BASES = ("court_proceedings", "active_protective_measure", "open_case", "statutory_period")


@dataclass(frozen=True)
class Request:
    id: int
    case_id: int
    case_number: str
    kind: str
    received_on: str
    due_on: str
    details: str
    status: str  # open | in_destruction | answered
    outcome: str | None
    duty_basis: str | None
    answered_on: str | None
    answered_by: str
    recorded_by: str

    def days_left(self, today: date | None = None) -> int:
        return (date.fromisoformat(self.due_on) - (today or date.today())).days

    @property
    def waiting(self) -> bool:
        return self.status != "answered"


_SELECT = ("SELECT q.id, q.case_id, c.case_number, q.kind, q.received_on, q.due_on, q.details, q.status, q.outcome,"
           " q.duty_basis, q.answered_on, q.answered_by, q.recorded_by FROM data_requests q"
           " JOIN cases c ON c.id = q.case_id")


def _requests(session: Session, where: str, params: tuple[object, ...]) -> list[Request]:
    conn = session.connection()
    names = user_names(conn)
    with errors_translated():
        found = conn.execute(f"{_SELECT} WHERE {where} ORDER BY q.due_on, q.id", params).fetchall()
    return [Request(int(a), int(b), str(c), str(d), str(e), str(f), str(g), str(h), i, j, k,
                    names.get(m, "") if m is not None else "", names.get(n, "") if n is not None else "")
            for a, b, c, d, e, f, g, h, i, j, k, m, n in found]


def record_request(session: Session, case_id: int, kind: str, received_on: str, details: str = "") -> int:
    """Her request as she made it, on the day it came; the deadline is 30 days later."""
    refuse_on_server(session)
    ref = access.case_access(session, case_id, Action.DATA_REQUEST)
    problems: list[tuple[str, str]] = []
    if kind not in KINDS:
        problems.append(("$.kind", f"must be one of: {', '.join(KINDS)}"))
    try:
        day = date.fromisoformat(received_on)
        if len(received_on) != 10:
            raise ValueError
        if day > date.today():
            problems.append(("$.received_on", "is in the future"))
    except ValueError:
        day = date.today()
        problems.append(("$.received_on", "must be a date written YYYY-MM-DD"))
    if len(details) > MAX_TEXT:
        problems.append(("$.details", f"is longer than {MAX_TEXT} characters"))
    if problems:
        raise InvalidInput("the request has problems", problems=problems)
    due = (day + timedelta(days=DEADLINE_DAYS)).isoformat()
    with session.write() as conn:
        request_id = rows.insert(conn, "data_requests", {
            "case_id": case_id, "client_id": ref.client_id, "kind": kind, "received_on": received_on, "due_on": due,
            "details": details, "status": "open", "recorded_by": session.user_id, "recorded_at": now_iso()})
        session.log(conn, "data_request", ref.target, id=request_id, kind=kind, received_on=received_on, due_on=due,
                    details_length=len(details))
    return request_id


def case_requests(session: Session, case_id: int) -> list[Request]:
    """Every request she made, recorded in any of her cases (they are hers, not the case's)."""
    ref = access.case_access(session, case_id, Action.CASE_READ)
    return _requests(session, "q.client_id = ?", (ref.client_id,))


def waiting_requests(session: Session) -> list[Request]:
    """Requests not answered yet, soonest deadline first: a counselor's of her own cases, a supervisor's all."""
    access.require(session, Action.DASHBOARD)
    if session.has(Role.SUPERVISOR):
        return _requests(session, "q.status <> 'answered'", ())
    return _requests(session, "q.status <> 'answered' AND q.case_id IN (SELECT case_id FROM case_counselors"
                              " WHERE user_id = ?)", (session.user_id,))


def _load(session: Session, request_id: int) -> tuple[Request, access.CaseRef]:
    refuse_on_server(session)
    found = _requests(session, "q.id = ?", (request_id,))
    if not found:
        raise NotFound("no such request")
    request = found[0]
    ref = access.case_access(session, request.case_id, Action.DATA_REQUEST)
    if request.status != "open":
        raise InvalidInput("this request was already answered", code="request_answered")
    return request, ref


def answer_request(session: Session, request_id: int, outcome: str, duty_basis: str | None = None) -> None:
    request, ref = _load(session, request_id)
    if outcome not in OUTCOMES[request.kind]:
        raise InvalidInput("this answer does not fit the request", problems=[
            ("$.outcome", f"must be one of: {', '.join(OUTCOMES[request.kind])}")])
    conn = session.connection()
    held = retention_queries.client_held(conn, ref.client_id)
    if outcome == "refused_legal_hold" and not held:
        raise InvalidInput("her record is not on legal hold", code="no_hold")
    if outcome == "refused_duty" and duty_basis not in DUTY_BASES:
        raise InvalidInput("name the legal duty to keep her record", problems=[
            ("$.duty_basis", f"must be one of: {', '.join(DUTY_BASES)}")])
    _answer(session, request, ref, outcome, duty_basis if outcome == "refused_duty" else None)


def _answer(session: Session, request: Request, ref: access.CaseRef, outcome: str, basis: str | None) -> None:
    with session.write() as conn:
        cur = conn.execute("UPDATE data_requests SET status = 'answered', outcome = ?, duty_basis = ?,"
                           " answered_on = ?, answered_by = ? WHERE id = ? AND status = 'open'",
                           (outcome, basis, date.today().isoformat(), session.user_id, request.id))
        if cur.rowcount != 1:
            raise InvalidInput("this request was already answered", code="request_answered")
        session.log(conn, "data_request_answered", ref.target, id=request.id, kind=request.kind, outcome=outcome,
                    basis=basis)


def answer_access(session: Session, request_id: int, out_path: Path, lang: str = "tr",
                  password: str | None = None) -> int:
    """Her record as a PDF where the person chose (exports audits it), then the request answered; the size."""
    request, _ref = _load(session, request_id)
    if request.kind != "access":
        raise InvalidInput("only a request to see her record is answered with it")
    pdf = exports.client_record_pdf(session, request.case_id, lang, password)
    exports.save_pdf(out_path, pdf)
    answer_request(session, request_id, "record_given")
    return len(pdf)


@dataclass(frozen=True)
class ErasureStep:
    refused_for_hold: bool
    cycle_id: int | None


def request_erasure(session: Session, request_id: int) -> ErasureStep:
    """Her whole record proposed for deletion (a supervisor who did not propose it approves it); on legal
    hold, the request is answered "refused: legal hold" instead, at once."""
    request, ref = _load(session, request_id)
    if request.kind != "erasure":
        raise InvalidInput("only a request for erasure is answered by erasing")
    if retention_queries.client_held(session.connection(), ref.client_id):
        _answer(session, request, ref, "refused_legal_hold", None)
        return ErasureStep(True, None)
    with session.write():
        cycle_id = destruction.propose_client(session, ref.client_id, request.id)
        with errors_translated():
            session.connection().execute(
                "UPDATE data_requests SET status = 'in_destruction', outcome = 'erasure_proposed' WHERE id = ?",
                (request.id,))
    return ErasureStep(False, cycle_id)


def may_record(session: Session, case_id: int) -> bool:
    """Whether she may record and answer requests in this case (the GUI shows its buttons by this)."""
    return not session.on_server and access.may(session, case_id, Action.DATA_REQUEST)
