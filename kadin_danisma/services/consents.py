"""KVKK consents: the information notice, explicit consent for special-category data, consent to share
with a named institution, consent to anonymous statistics; each can be withdrawn (never deleted)."""

from __future__ import annotations

from ..domain import record_checks
from ..domain import records as r
from ..domain.errors import InvalidInput, NotFound
from ..domain.permissions import Action
from ..vault import rows
from ..vault.port import Connection, errors_translated
from . import access
from .cases import touch
from .casework import checker, today
from .session import Session


def institution_id_by_name(conn: Connection, name: str) -> int | None:
    with errors_translated():
        row = conn.execute("SELECT id FROM institutions WHERE name = ? ORDER BY id LIMIT 1", (name,)).fetchone()
    return int(row[0]) if row else None


def record_consent(session: Session, case_id: int, consent: r.Consent, institution_id: int | None = None) -> int:
    """Record a consent for the case's client. For sharing, name the institution by id (or by name)."""
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    conn = session.connection()
    if consent.kind == "share_with_institution" and institution_id is not None:
        row = rows.get(conn, "institutions", institution_id)
        if row is None:
            raise NotFound("no such institution")
        consent.institution = str(row["name"])
    c = checker(conn)
    record_checks.consent(c, consent, "consent")
    c.raise_if_any()
    if consent.kind == "share_with_institution":
        institution_id = institution_id or institution_id_by_name(conn, consent.institution or "")
        if institution_id is None:
            raise InvalidInput("the institution is not in the directory")
    else:
        institution_id = None
    with session.write() as wconn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, wconn)
        row_id = rows.insert(wconn, "consents", {
            "client_id": ref.client_id, "kind": consent.kind, "institution_id": institution_id,
            "given_on": consent.given_on, "version": consent.version, "withdrawn_on": consent.withdrawn_on,
            "recorded_by": session.user_id, "notes": consent.notes,
        })
        session.log(wconn, "consent_record", ref.target, id=row_id, kind=consent.kind, institution=institution_id)
        touch(session, wconn, ref)
    return row_id


def withdraw_consent(session: Session, case_id: int, consent_id: int, on: str | None = None) -> None:
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    on = on or today()
    c = checker(session.connection())
    c.date("withdrawn_on", on, required=True, not_future=True)
    c.raise_if_any()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        row = rows.get(conn, "consents", consent_id)
        if row is None or row["client_id"] != ref.client_id:
            raise NotFound("no such consent for this client")
        if row["withdrawn_on"] is not None:
            raise InvalidInput("this consent was already withdrawn")
        rows.update(conn, "consents", consent_id, {"withdrawn_on": on})
        session.log(conn, "consent_withdraw", ref.target, id=consent_id, kind=row["kind"])
        touch(session, conn, ref)


def may_share(conn: Connection, client_id: int, institution_id: int, on: str | None = None) -> bool:
    """A share consent for this institution, given on or before `on` and not withdrawn by then."""
    on = on or today()
    with errors_translated():
        row = conn.execute(
            "SELECT 1 FROM consents WHERE client_id = ? AND kind = 'share_with_institution' AND institution_id = ?"
            " AND given_on <= ? AND (withdrawn_on IS NULL OR withdrawn_on > ?)",
            (client_id, institution_id, on, on),
        ).fetchone()
    return row is not None
