"""Contacts that are not cases (issue 21 part B): a call, visit, e-mail or walk-in for information only. Day,
channel, topic (vocabularies), where she was referred (an institution or none) and optional anonymous notes.
Counted in the activity report without opening a case; center-wide records for counselors and supervisors
(Action.CENTER_WORK).

The notes are anonymous: a save whose notes look like a name, an identity number or a phone number is
refused with code `contact_notes_look_personal` until the person confirms (`confirmed_anonymous`), so the
warning is a real stop, not a line she may not read.

"Turn into an intake": `intake_prefill` gives the intake wizard what the contact knows (day, channel); once
the case is saved, `link_case` records which case the contact became (audited; one case per contact).

Audit: ids, codes and the names of changed fields; never the notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain import center_work as cw
from ..domain import records as r
from ..domain.errors import InvalidInput, NotFound
from ..domain.permissions import Action
from ..vault import rows
from ..vault.audit import now_iso
from ..vault.port import errors_translated
from . import access
from .casework import check_version, checker
from .session import Session

FIELDS = ("contact_on", "channel", "topic", "institution_id", "notes")
# The contact's channel as the intake's (vocabulary intake_channel); a visit is a walk-in.
INTAKE_CHANNEL = {"phone": "phone", "visit": "walk_in", "email": "email", "walk_in": "walk_in"}


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts page (the notes are not shown in the list; the editor opens with them)."""

    id: int
    contact_on: str
    channel: str
    topic: str
    referred_to: str
    case_number: str
    contact: cw.InfoContact


def _check(session: Session, x: cw.InfoContact, confirmed_anonymous: bool) -> cw.InfoContact:
    clean = cw.InfoContact(x.contact_on, x.channel, x.topic, x.institution_id,
                           x.notes.strip() if isinstance(x.notes, str) else x.notes, x.case_id, x.id, x.row_version)
    conn = session.connection()
    c = checker(conn)
    cw.contact(c, clean, "contact")
    if clean.institution_id is not None and rows.get(conn, "institutions", clean.institution_id) is None:
        c.add("contact.institution_id", "no such institution")
    c.raise_if_any()
    hints = cw.personal_hints(clean.notes)
    if hints and not confirmed_anonymous:
        raise InvalidInput("the notes look like they name someone or give a way to reach her; notes here are "
                           "anonymous", code="contact_notes_look_personal", hints=hints)
    return clean


def _values(x: cw.InfoContact) -> dict[str, Any]:
    return {"contact_on": x.contact_on, "channel": x.channel, "topic": x.topic, "institution_id": x.institution_id,
            "notes": x.notes}


def add_contact(session: Session, contact: cw.InfoContact, confirmed_anonymous: bool = False) -> int:
    access.require(session, Action.CENTER_WORK)
    clean = _check(session, contact, confirmed_anonymous)
    with session.write() as conn:
        cid = rows.insert(conn, "info_contacts", {**_values(clean), "recorded_by": session.user_id,
                                                  "recorded_at": now_iso()})
        session.log(conn, "contact_add", f"contact:{cid}", channel=clean.channel, topic=clean.topic)
    return cid


def update_contact(session: Session, contact: cw.InfoContact, confirmed_anonymous: bool = False) -> None:
    access.require(session, Action.CENTER_WORK)
    if contact.id is None:
        raise NotFound("no such contact")
    clean = _check(session, contact, confirmed_anonymous)
    with session.write() as conn:
        before = rows.get(conn, "info_contacts", contact.id, lock=True)
        if before is None:
            raise NotFound("no such contact")
        check_version(conn, before, contact.row_version)
        changed = {k: v for k, v in _values(clean).items() if before.get(k) != v}
        if changed:
            rows.update(conn, "info_contacts", contact.id, changed)
            session.log(conn, "contact_update", f"contact:{contact.id}", fields=sorted(changed))


def get_contact(session: Session, contact_id: int) -> cw.InfoContact:
    access.require(session, Action.CENTER_WORK)
    row = rows.get(session.connection(), "info_contacts", contact_id)
    if row is None:
        raise NotFound("no such contact")
    return cw.InfoContact(row["contact_on"], row["channel"], row["topic"], row["institution_id"], row["notes"],
                          row["case_id"], int(row["id"]), int(row["row_version"]))


def count_contacts(session: Session) -> int:
    access.require(session, Action.CENTER_WORK)
    with errors_translated():
        return int(session.connection().execute("SELECT count(*) FROM info_contacts").fetchone()[0])


def list_contacts(session: Session, offset: int = 0, limit: int = 200) -> list[ContactRow]:
    """A page of contacts, newest first; the case number only of a case she may read (else empty)."""
    access.require(session, Action.CENTER_WORK)
    with errors_translated():
        found = session.connection().execute(
            "SELECT k.id, k.contact_on, k.channel, k.topic, i.name, k.case_id, c.case_number, k.institution_id,"
            " k.notes, k.row_version"
            " FROM info_contacts k LEFT JOIN institutions i ON i.id = k.institution_id"
            " LEFT JOIN case_refs c ON c.id = k.case_id"
            " ORDER BY k.contact_on DESC, k.id DESC LIMIT ? OFFSET ?", (limit, offset)).fetchall()
    return [ContactRow(int(x[0]), str(x[1]), str(x[2]), str(x[3]), str(x[4] or ""), str(x[6] or ""),
                       cw.InfoContact(str(x[1]), str(x[2]), str(x[3]), x[7], str(x[8]), x[5], int(x[0]), int(x[9])))
            for x in found]


def intake_prefill(session: Session, contact_id: int) -> r.Intake:
    """What the intake wizard starts from when a contact becomes an intake: the intake's day is today (the
    day she comes to tell her story), the channel the contact's; the contact's day and topic stay on it."""
    access.require(session, Action.CASE_CREATE)
    contact = get_contact(session, contact_id)
    if contact.case_id is not None:
        raise InvalidInput("this contact was turned into an intake already", code="contact_has_case")
    from .casework import today
    return r.Intake(today(), INTAKE_CHANNEL.get(contact.channel, "other"))


def link_case(session: Session, contact_id: int, case_id: int) -> None:
    """Record that this contact became the intake of `case_id` (audited on the case and the contact)."""
    access.require(session, Action.CENTER_WORK)
    access.case_access(session, case_id, Action.CASE_EDIT)
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        row = rows.get(conn, "info_contacts", contact_id, lock=True)
        if row is None:
            raise NotFound("no such contact")
        if row["case_id"] is not None:
            raise InvalidInput("this contact was turned into an intake already", code="contact_has_case")
        rows.update(conn, "info_contacts", contact_id, {"case_id": case_id})
        session.log(conn, "contact_to_intake", ref.target, contact=contact_id)
