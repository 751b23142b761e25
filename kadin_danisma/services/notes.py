"""Case notes: sessions, calls, visits, institution contacts. Never silently edited: an edit moves the
previous text into note_revisions (append-only) and bumps the version; only the author edits her note."""

from __future__ import annotations

from typing import Any

from ..domain import record_checks
from ..domain import records as r
from ..domain.errors import InvalidInput, NotFound, PermissionDenied
from ..domain.permissions import Action
from ..vault import rows, search_index
from ..vault.audit import now_iso
from ..vault.port import Connection, errors_translated
from . import access
from .cases import touch
from .casework import check_version, checker, update_logged
from .session import Session


def note_values(note: r.Note, child_id: int | None = None) -> dict[str, Any]:
    return {
        "note_type": note.note_type, "note_date": note.note_date, "duration_minutes": note.duration_minutes,
        "interpreter_present": int(note.interpreter_present),
        "interpreter_language": note.interpreter_language if note.interpreter_present else None,
        "interpreter_name": note.interpreter_name if note.interpreter_present else "",
        "never_export": int(note.never_export), "body": note.body, "child_id": child_id,
    }


def find_child_id(conn: Connection, case_id: int, name: str | None) -> int | None:
    """The id of the case's child a session was with (by name, as the records carry it)."""
    if name is None:
        return None
    with errors_translated():
        row = conn.execute("SELECT id FROM children WHERE case_id = ? AND name = ? ORDER BY id", (case_id, name)
                           ).fetchone()
    if row is None:
        raise InvalidInput("note.child: names no child of this case", problems=[("$.note.child",
                                                                               "names no child of this case")])
    return int(row[0])


def _check(session: Session, note: r.Note) -> None:
    c = checker(session.connection())
    record_checks.note(c, note, "note")
    c.raise_if_any()


def add_note(session: Session, case_id: int, note: r.Note) -> int:
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    _check(session, note)
    assert session.user is not None
    now = now_iso()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        note_id = rows.insert(conn, "notes", {
            "case_id": case_id, **note_values(note, find_child_id(conn, case_id, note.child)),
            "author_id": session.user_id,
            "author_name": session.user.display_name, "version": 1, "created_at": now, "updated_at": now,
        })
        search_index.index_note(conn, note_id, note.body, fresh=True, case_id=case_id)
        session.log(conn, "note_add", ref.target, id=note_id, note_type=note.note_type, length=len(note.body),
                    interpreter=note.interpreter_present, never_export=note.never_export)
        touch(session, conn, ref)
    return note_id


def edit_note(session: Session, case_id: int, note_id: int, note: r.Note) -> int:
    """Replace a note's content, keeping the old version; returns the new version number."""
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    _check(session, note)
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        old = rows.get(conn, "notes", note_id)
        if old is None or old["case_id"] != case_id:
            raise NotFound("no such note in this case")
        if old["author_id"] != session.user_id:
            raise PermissionDenied("only the author can edit a note; add a new note instead")
        old = rows.get(conn, "notes", note_id, lock=True) or old  # held until this save commits
        check_version(conn, old, note.row_version)  # she may have it open on two computers
        values = note_values(note, find_child_id(conn, case_id, note.child))
        if all(old[k] == v for k, v in values.items()):
            return int(old["version"])
        # A revision keeps the text and its facts; which child a session was with is in the audit entry.
        rows.insert(conn, "note_revisions", {
            "note_id": note_id, "version": old["version"],
            **{k: old[k] for k in values if k != "child_id"}, "replaced_at": now_iso(),
            "replaced_by": session.user_id,
        })
        version = int(old["version"]) + 1
        update_logged(session, conn, "notes", note_id, {**values, "version": version}, ref.target, "note")
        rows.update(conn, "notes", note_id, {"updated_at": now_iso()})
        search_index.index_note(conn, note_id, note.body, case_id=case_id)
        touch(session, conn, ref)
    return version

