"""Attachments (issue 20): the papers that come in for a case (a 6284 decision, an injury report, a police
record, a signed consent form, an ID copy), kept inside the encrypted vault and nowhere else.

A file is refused by its size before it is read (over 20 MB), then by its first bytes (only PDF, JPEG and
PNG, whatever its name says); a picture is turned upright and stripped of every piece of metadata (GPS
position, camera, dates) before it is stored (documents/scans.py); a PDF is stored as it came once PDFium has
opened it. Adding and changing need CASE_EDIT on the case; every view is audited; "Save a copy…" is the one
way a file leaves the vault, audited like an export and refused for a file marked never to be exported.
"""

from __future__ import annotations

import os
import stat
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..documents import scans
from ..domain import attachment_rules as rules
from ..domain.errors import AttachmentRefused, NotFound, PermissionDenied, UserFacingError, reason_refused
from ..domain.permissions import Action
from ..domain.reasons import normal, reason_problem
from ..domain.validation import MAX_NAME
from ..vault import attachment_store, rows
from ..vault.atomic import Written, write_file
from ..vault.audit import now_iso
from ..vault.port import Connection, errors_translated
from . import access
from .cases import touch
from .casework import checker, today, update_logged
from .session import Session

LINKS = ("measure_id", "referral_id", "note_id")


@dataclass
class Details:
    """What she says about a file: its type, its date, a short title, a link to a measure, a referral or a
    note of the same case, and whether it may ever leave the vault."""

    doc_type: str
    doc_date: str
    title: str = ""
    measure_id: int | None = None
    referral_id: int | None = None
    note_id: int | None = None
    never_export: bool = False


@dataclass(frozen=True)
class Attachment:
    id: int
    case_id: int
    details: Details
    media_type: str
    size: int
    pages: int | None
    added_by: str
    added_at: str
    uuid: str = ""
    sha256: str = field(default="", repr=False)

    @property
    def suffix(self) -> str:
        return rules.SUFFIX.get(self.media_type, "bin")


def _attachment(x: dict[str, Any], names: dict[int, str]) -> Attachment:
    # An imported file's adder is a name only; a file added here names its user as she was then.
    by = str(x["added_by_name"] or names.get(x["added_by"], ""))
    return Attachment(
        int(x["id"]), int(x["case_id"]),
        Details(str(x["doc_type"]), str(x["doc_date"]), str(x["title"]), x["measure_id"], x["referral_id"],
                x["note_id"], bool(x["never_export"])),
        str(x["media_type"]), int(x["size"]), x["pages"], by, str(x["added_at"]), str(x["uuid"]), str(x["sha256"]))


def _names(conn: Connection) -> dict[int, str]:
    from ..vault import repositories

    return {u.id: u.display_name for u in repositories.list_users(conn)}


def of_case(conn: Connection, case_id: int) -> list[Attachment]:
    """A case's attachments, newest document first (no permission check: callers make it)."""
    names = _names(conn)
    found = rows.select(conn, "attachments", {"case_id": case_id}, "doc_date DESC, id DESC")
    return [_attachment(x, names) for x in found]


def list_attachments(session: Session, case_id: int) -> list[Attachment]:
    access.case_access(session, case_id, Action.CASE_READ)
    return of_case(session.connection(), case_id)


def _check_details(session: Session, case_id: int, d: Details) -> None:
    conn = session.connection()
    c = checker(conn, "$")
    c.code("attachment.doc_type", "attachment_type", d.doc_type)
    c.date("attachment.doc_date", d.doc_date, required=True, not_future=True)
    c.text("attachment.title", d.title, max_len=MAX_NAME)
    c.flag("attachment.never_export", d.never_export)
    for name, table in zip(LINKS, ("measures", "referrals", "notes"), strict=True):
        linked = getattr(d, name)
        if linked is not None:
            row = rows.get(conn, table, linked)
            if row is None or row["case_id"] != case_id:
                c.add(f"attachment.{name}", "is not part of this case")
    if sum(getattr(d, name) is not None for name in LINKS) > 1:
        c.add("attachment.measure_id", "link the file to one record at most")
    c.raise_if_any()


def read_checked(path: Path) -> bytes:
    """The file's bytes, refused first by its size (never read when too large) and by its first bytes."""
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise AttachmentRefused("only a file can be attached", code="attachment_type")
            rules.check_size(info.st_size)
            head = handle.read(rules.SNIFF_BYTES)
            rules.media_type(head)
            data = head + handle.read(rules.MAX_BYTES + 1 - len(head))
    except UserFacingError:
        raise
    except OSError as exc:
        raise AttachmentRefused(f"the file cannot be read ({exc.strerror or 'error'})",
                                code="attachment_unreadable") from None
    rules.check_size(len(data))  # it grew while being read
    return data


def add_file(session: Session, case_id: int, path: Path, details: Details, quarter_turns: int = 0) -> int:
    """Attach the file at `path` (see `add`)."""
    access.case_access(session, case_id, Action.CASE_EDIT)
    return add(session, case_id, read_checked(Path(path)), details, quarter_turns)


def add(session: Session, case_id: int, data: bytes, details: Details, quarter_turns: int = 0) -> int:
    """Store a file for the case: checked, an image cleaned and turned, then written in chunks with its
    metadata in one transaction. Returns the attachment's id."""
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    rules.check_size(len(data))
    kind = rules.media_type(data[:rules.SNIFF_BYTES])
    _check_details(session, case_id, details)
    assert session.user is not None
    with session.write() as conn:
        attachment_id = store(session, conn, case_id, data, kind, details, session.user.display_name,
                              quarter_turns)
        touch(session, conn, ref)
    return attachment_id


def store(session: Session, conn: Connection, case_id: int, data: bytes, kind: str, details: Details,
          by_name: str, quarter_turns: int = 0) -> int:
    """Clean and write one file inside the caller's transaction, with its audit entry (the checks of `add`
    are the caller's: the demo generator calls this for its own synthetic papers)."""
    cleaned = scans.clean(data, kind, quarter_turns)
    rules.check_size(len(cleaned.data))
    now = now_iso()
    attachment_id = rows.insert(conn, "attachments", {
        "uuid": str(uuid.uuid4()), "case_id": case_id, "doc_type": details.doc_type, "doc_date": details.doc_date,
        "title": details.title.strip(), "media_type": cleaned.media_type, "size": len(cleaned.data),
        "sha256": "", "pages": cleaned.pages, "measure_id": details.measure_id,
        "referral_id": details.referral_id, "note_id": details.note_id,
        "never_export": int(details.never_export), "added_by": session.user_id, "added_by_name": by_name,
        "added_at": now, "changed_by": session.user_id, "changed_at": now,
    })
    size, digest = attachment_store.write(conn, attachment_id, attachment_store.pieces(cleaned.data))
    rows.update(conn, "attachments", attachment_id, {"sha256": digest})
    session.log(conn, "attachment_add", f"case:{case_id}", id=attachment_id, type=details.doc_type,
                media=cleaned.media_type, size=size, never_export=details.never_export,
                turned=quarter_turns % 4, cleaned=kind != rules.PDF)
    return attachment_id


def _owned(session: Session, attachment_id: int, action: Action) -> tuple[access.CaseRef, Attachment]:
    conn = session.connection()
    # attachment_refs, not attachments: on a server she may not read a colleague's file, but may learn whose
    # case it is in ("state a reason" rather than "no such attachment"), as with case_refs.
    with errors_translated():
        found = conn.execute("SELECT case_id FROM attachment_refs WHERE id = ?", (attachment_id,)).fetchone()
    if found is None:
        raise NotFound("no such attachment")
    ref = access.case_access(session, int(found[0]), action)
    row = rows.get(conn, "attachments", attachment_id)
    if row is None:
        raise NotFound("no such attachment")
    return ref, _attachment(row, _names(conn))


def update(session: Session, attachment_id: int, details: Details) -> None:
    """Correct a file's type, date, title, link or never-export flag (its content never changes)."""
    ref, found = _owned(session, attachment_id, Action.CASE_EDIT)
    _check_details(session, found.case_id, details)
    values = {"doc_type": details.doc_type, "doc_date": details.doc_date, "title": details.title.strip(),
              "measure_id": details.measure_id, "referral_id": details.referral_id, "note_id": details.note_id,
              "never_export": int(details.never_export)}
    with session.write() as conn:
        if update_logged(session, conn, "attachments", attachment_id, values, ref.target, "attachment"):
            with errors_translated():
                conn.execute("UPDATE attachments SET row_version = row_version + 1, changed_by = ?, changed_at = ?"
                             " WHERE id = ?", (session.user_id, now_iso(), attachment_id))
            touch(session, conn, ref)


def remove(session: Session, attachment_id: int, reason: str) -> None:
    """Take a file off the case (attached to the wrong case, a wrong file): gone from the vault, its pages
    overwritten; the reason's length and the file's type and size stay in the log."""
    reason = normal(reason)
    if problem := reason_problem(reason):
        raise reason_refused(problem)
    ref, found = _owned(session, attachment_id, Action.CASE_EDIT)
    with session.write() as conn:
        rows.delete(conn, "attachments", {"id": attachment_id})  # the chunks go with it (ON DELETE CASCADE)
        session.log(conn, "attachment_remove", ref.target, id=attachment_id, type=found.details.doc_type,
                    size=found.size, reason_length=len(reason))
        touch(session, conn, ref)


def view(session: Session, attachment_id: int) -> tuple[Attachment, bytes]:
    """The file's bytes to show inside the app (never written anywhere); every view is audited."""
    ref, found = _owned(session, attachment_id, Action.CASE_READ)
    data = attachment_store.read(session.connection(), attachment_id)
    session.audit("attachment_view", ref.target, id=attachment_id, relation=ref.relation.value)
    return found, data


def open_pdf(data: bytes) -> scans.PdfPages:
    """A PDF the viewer draws page by page (PDFium, in memory); it closes it."""
    return scans.PdfPages(data)


def may_save_copy(session: Session, attachment: Attachment) -> bool:
    return not attachment.details.never_export and access.may(session, attachment.case_id, Action.CASE_EXPORT)


def save_copy(session: Session, attachment_id: int, path: Path, *, force: bool = False) -> Written:
    """Write the file where she chose through the one writer (a private temporary name, no links followed,
    readable by her account only; an existing file replaced only with `force`), audited like an export.
    Refused for a file marked never to be exported, and for a person who may not export the case."""
    ref, found = _owned(session, attachment_id, Action.CASE_EXPORT)
    if found.details.never_export:
        raise PermissionDenied("this file is marked never to leave the vault", code="attachment_never_export")
    data = attachment_store.read(session.connection(), attachment_id)
    with errors_translated():
        written = write_file(Path(path), data, force=force)
    session.audit("attachment_export", ref.target, id=attachment_id, size=len(data), media=found.media_type)
    return written


def letter_choices(session: Session, case_id: int) -> list[Attachment]:
    """The files that may go with a letter of this case (never the ones marked never to be exported)."""
    access.case_access(session, case_id, Action.CASE_EXPORT)
    return [a for a in of_case(session.connection(), case_id) if not a.details.never_export]


def default_details() -> Details:
    return Details("other", today())

