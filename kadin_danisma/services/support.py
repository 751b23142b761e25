"""The support records of a case (issue 21, part A): the aid and support ledger, employment support and the
court proceedings with their hearings. Saving checks the record (domain/support_checks.py), the case's
permission (a counselor on her own editable case; a supervisor reads and never writes), the version the
editor read (no lost update), and audits codes and field names only, never a court, an institution or a
note. Reading a case's support records goes with the case (record_loader.py).

Which aid kinds need the social inquiry report and the committee decision before approval is the
municipality's rule: the `aid_committee_kinds` setting (codes, comma-separated; cash and rent unless an
admin says otherwise), changed by an admin and audited as any setting. Reading the records and writing an
imported case's are in support_rows.py (the case loader needs them without this module's case workflow).
"""

from __future__ import annotations

from typing import Any

from ..domain import support_checks
from ..domain.errors import NotFound
from ..domain.permissions import Action
from ..domain.roles import Role
from ..domain.support_records import Aid, CourtCase, Employment
from ..vault import rows
from ..vault.port import Connection
from . import access
from .cases import touch
from .casework import checker, update_logged
from .session import Session
from .settings import change
from .support_rows import (
    COMMITTEE_SETTING,
    DEFAULT_COMMITTEE_KINDS,
    aid_values,
    committee_kinds,
    court_values,
    employment_values,
    write_hearings,
)

__all__ = ["committee_kinds", "save_aid", "save_court_case", "save_employment", "set_committee_kinds"]


# -- the municipality's rule ------------------------------------------------------------------------------

def set_committee_kinds(session: Session, kinds: list[str]) -> None:
    """Admins: which aid kinds the committee rule covers (an empty list: none)."""
    session.require(Role.ADMIN)
    c = checker(session.connection())
    c.codes_list("kinds", "aid_kind", kinds)
    c.raise_if_any()
    change(session, COMMITTEE_SETTING, ",".join(sorted(kinds)), DEFAULT_COMMITTEE_KINDS)


# -- aid --------------------------------------------------------------------------------------------------

def save_aid(session: Session, case_id: int, aid: Aid) -> int:
    """Add (aid.id None) or update an aid item of the case."""
    access.case_access(session, case_id, Action.CASE_EDIT)
    conn = session.connection()
    c = checker(conn)
    support_checks.aid(c, aid, "aid", committee_kinds(conn))
    c.raise_if_any()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        aid_id = _add_or_update(session, conn, ref, "aid_records", "aid", aid.id, aid.row_version, aid_values(aid),
                                kind=aid.kind, status=aid.status, source=aid.source)
        touch(session, conn, ref)
    return aid_id


# -- employment -------------------------------------------------------------------------------------------

def save_employment(session: Session, case_id: int, item: Employment) -> int:
    """Add (item.id None) or update an employment support of the case."""
    access.case_access(session, case_id, Action.CASE_EDIT)
    c = checker(session.connection())
    support_checks.employment(c, item, "employment")
    c.raise_if_any()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        item_id = _add_or_update(session, conn, ref, "employment_supports", "employment", item.id, item.row_version,
                                 employment_values(item), kind=item.kind, outcome=item.outcome)
        touch(session, conn, ref)
    return item_id


# -- court proceedings -------------------------------------------------------------------------------------

def save_court_case(session: Session, case_id: int, item: CourtCase) -> int:
    """Add (item.id None) or update a court case with its hearings: the hearings listed are what the case
    has afterwards (a hearing left out is removed, one with an id kept and updated)."""
    access.case_access(session, case_id, Action.CASE_EDIT)
    c = checker(session.connection())
    support_checks.court_case(c, item, "court_case")
    days = [(h.hearing_on, h.hearing_time or "") for h in item.hearings]
    if len(set(days)) != len(days):
        c.add("court_case.hearings", "lists the same hearing twice")
    c.raise_if_any()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        item_id = _add_or_update(session, conn, ref, "court_cases", "court_case", item.id, item.row_version,
                                 court_values(item), kind=item.kind, status=item.status)
        added, removed = write_hearings(conn, item_id, item.hearings)
        if added or removed:
            session.log(conn, "court_hearings", ref.target, id=item_id, added=added, removed=removed)
        touch(session, conn, ref)
    return item_id


def _add_or_update(session: Session, conn: Connection, ref: access.CaseRef, table: str, what: str,
                   row_id: int | None, row_version: int | None, values: dict[str, Any], **codes: str) -> int:
    """Add a record to the case (audited `<what>_add` with its codes) or update one of the case's own, based on
    the version the editor read (audited field names only). The record's id."""
    if row_id is None:
        new_id = rows.insert(conn, table, {"case_id": ref.id, **values, "recorded_by": session.user_id})
        session.log(conn, f"{what}_add", ref.target, id=new_id, **codes)
        return new_id
    found = rows.get(conn, table, row_id)
    if found is None or found["case_id"] != ref.id:
        raise NotFound("no such record in this case")
    update_logged(session, conn, table, row_id, values, ref.target, what, base=row_version)
    return row_id
