"""Referrals to institutions and their lifecycle (domain.lifecycles). Sending needs the client's consent
to share with that institution, or a supervisor's recorded override with a reason; a rejection needs a
reason. Every step keeps its date in referral_events and its audit entry."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import ConsentMissing, InvalidInput, NotFound, reason_refused
from ..domain.lifecycles import REFERRAL_STEPS, check_step
from ..domain.permissions import Action
from ..domain.reasons import reason_problem
from ..domain.validation import MAX_TEXT
from ..vault import rows
from ..vault.audit import now_iso
from ..vault.port import Connection, errors_translated
from . import access
from .access import CaseRef
from .cases import touch
from .casework import checker, today
from .change_log import log_reason, reason_for_server
from .consents import may_share
from .session import Session


def create_referral(session: Session, case_id: int, institution_id: int, reason: str,
                    requested_service: str = "") -> int:
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    conn = session.connection()
    inst = rows.get(conn, "institutions", institution_id)
    if inst is None or not inst["active"]:
        raise NotFound("no such institution in the directory")
    c = checker(conn)
    c.text("reason", reason, required=True, max_len=MAX_TEXT)
    c.text("requested_service", requested_service, max_len=MAX_TEXT)
    c.raise_if_any()
    with session.write() as wconn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, wconn)
        rid = rows.insert(wconn, "referrals", {
            "case_id": case_id, "institution_id": institution_id, "status": "draft", "reason": reason,
            "requested_service": requested_service, "created_by": session.user_id, "created_on": today(),
        })
        _event(session, wconn, rid, None, "draft", today(), "")
        session.log(wconn, "referral_create", ref.target, id=rid, institution=institution_id)
        touch(session, wconn, ref)
    return rid


def _event(session: Session, conn: Connection, rid: int, before: str | None, after: str, on: str,
           comment: str) -> None:
    rows.insert(conn, "referral_events", {
        "referral_id": rid, "on_date": on, "at": now_iso(), "user_id": session.user_id,
        "from_status": before, "to_status": after, "comment": comment,
    })


def _referral(conn: Connection, ref: CaseRef, rid: int) -> dict[str, object]:
    row = rows.get(conn, "referrals", rid)
    if row is None or row["case_id"] != ref.id:
        raise NotFound("no such referral in this case")
    return row


def override_consent(session: Session, case_id: int, referral_id: int, reason: str) -> None:
    """A supervisor lets a referral go without the client's share consent (e.g. a child at risk)."""
    ref = access.case_access(session, case_id, Action.CONSENT_OVERRIDE)
    reason = reason.strip()
    if problem := reason_problem(reason):
        raise reason_refused(problem)
    if session.on_server:  # supervisors write no case rows there: the server's function checks and writes
        details, history = reason_for_server(session, ref.target, "referral", referral_id,
                                             "consent_override_reason", reason, id=referral_id)
        session.server_call("consent_override", case_id, referral_id, reason, details, history)
        return
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CONSENT_OVERRIDE, conn)
        row = _referral(conn, ref, referral_id)
        if row["status"] != "draft":
            raise InvalidInput("only a referral that has not been sent can be overridden")
        rows.update(conn, "referrals", referral_id, {"consent_override_reason": reason,
                                                      "consent_override_by": session.user_id})
        log_reason(session, conn, "referral_consent_override", ref.target, "referral", referral_id,
                   "consent_override_reason", reason, id=referral_id)


def change_status(session: Session, case_id: int, referral_id: int, new_status: str, *, on: str | None = None,
                  comment: str = "") -> None:
    """sent, accepted, rejected (comment = the reason, required), completed (comment = outcome), withdrawn."""
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    on = on or today()
    conn = session.connection()
    c = checker(conn)
    c.date("on", on, required=True, not_future=True)
    c.text("comment", comment, max_len=MAX_TEXT)
    if new_status == "rejected" and not comment.strip():
        c.add("comment", "a rejected referral needs the reason")
    c.raise_if_any()
    with session.write() as wconn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, wconn)
        row = _referral(wconn, ref, referral_id)
        before = str(row["status"])
        check_step(REFERRAL_STEPS, before, new_status, "referral")
        values: dict[str, object] = {"status": new_status}
        if new_status == "sent":
            institution_id = int(row["institution_id"])  # type: ignore[call-overload]
            if not row["consent_override_reason"] and not may_share(wconn, ref.client_id, institution_id, on):
                raise ConsentMissing("the client has not consented to sharing with this institution")
            values["sent_on"] = on
        elif new_status in ("accepted", "rejected"):
            values["responded_on"] = on
            if new_status == "rejected":
                values["rejection_reason"] = comment
        else:
            values["closed_on"] = on
            if new_status == "completed":
                values["outcome"] = comment
        rows.update(wconn, "referrals", referral_id, values)
        _event(session, wconn, referral_id, before, new_status, on, comment)
        session.log(wconn, "referral_status", ref.target, id=referral_id, before=before, after=new_status,
                    override=bool(row["consent_override_reason"]) if new_status == "sent" else None)
        touch(session, wconn, ref)


@dataclass(frozen=True)
class ReferralLine:
    """One referral of a case as a list shows it (the command line's `referrals`): no free text."""

    id: int
    institution: str
    status: str
    created_on: str
    sent_on: str | None
    responded_on: str | None
    closed_on: str | None


def list_referrals(session: Session, case_id: int) -> list[ReferralLine]:
    """The case's referrals, oldest first; reading them is a view of the case, audited as one."""
    ref = access.case_access(session, case_id, Action.CASE_READ)
    with errors_translated():
        found = session.connection().execute(
            "SELECT r.id, i.name, r.status, r.created_on, r.sent_on, r.responded_on, r.closed_on FROM referrals r"
            " JOIN institutions i ON i.id = r.institution_id WHERE r.case_id = ? ORDER BY r.id", (case_id,)).fetchall()
    session.audit("case_view", ref.target, relation=ref.relation.value, part="referrals")
    return [ReferralLine(int(x[0]), str(x[1]), str(x[2]), str(x[3]), x[4], x[5], x[6]) for x in found]
