"""The periodic access review (KVKK Board decision 2018/10; issue 19): for a supervisor, who opened which cases
in a period, with the break-glass openings first and their reasons, and who holds which roles. As a PDF
(documents/access_review.py) or CSV, written where she chose; every review is audited.

Read from the audit log, which holds ids, never names: case numbers are looked up in the cases as they are
now (a destroyed case shows as destroyed, with its id). A break-glass reason is case data, so the log keeps
only its length and a salted hash; the words themselves are in the case's field history
(vault/field_history.py) as long as the case exists, and are read from there. Once the case is destroyed the
review says a reason of that many characters was given and that its words went with the case.

Times are shown in the computer's local time; the period is whole local days.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from ..domain.access_review import BreakGlass, Opening, Review, RoleChange, UserRoles
from ..domain.errors import InvalidInput, InvalidPeriod
from ..domain.permissions import Action
from ..domain.roles import Role
from ..vault import repositories
from ..vault.atomic import atomic_write
from ..vault.audit import now_iso
from ..vault.port import Connection, errors_translated
from . import access, settings
from .overview import logged_roles
from .retention_policy import refuse_on_server
from .session import Session

__all__ = ["FORMATS", "BreakGlass", "Opening", "Review", "UserRoles", "csv_bytes", "document_pdf", "review",
           "save_review"]

FORMATS = ("pdf", "csv")
OPENING_ACTIONS = ("case_view", "break_glass", "export_pdf", "case_export", "case_history_view", "access_log_view")
MAX_DAYS = 366 * 5


def _utc(day: date) -> str:
    """The first moment of a local day, as the audit log writes times (UTC, ISO)."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC).isoformat(timespec="microseconds")


def local(at: str) -> str:
    """An audit time as local "YYYY-MM-DD HH:MM"."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


def _check(first: date, last: date) -> None:
    if last < first:
        raise InvalidPeriod("the period ends before it starts")
    if last > date.today():
        raise InvalidPeriod("the period ends in the future")
    if (last - first).days > MAX_DAYS:
        raise InvalidPeriod("the period is longer than five years")


def review(session: Session, first: date, last: date) -> Review:
    """The review of [first, last] (supervisors); the read is audited."""
    refuse_on_server(session)
    access.require(session, Action.ACCESS_REVIEW)
    _check(first, last)
    conn = session.connection()
    since, until = _utc(first), _utc(last + timedelta(days=1))
    users = repositories.list_users(conn)
    names = {u.id: u.username for u in users}
    marks = ", ".join("?" for _ in OPENING_ACTIONS)
    with errors_translated():
        grouped = conn.execute(
            f"SELECT user_id, target, action, COUNT(*), MIN(at), MAX(at) FROM audit_log WHERE action IN ({marks})"
            " AND at >= ? AND at < ? AND target LIKE 'case:%' GROUP BY user_id, target, action",
            (*OPENING_ACTIONS, since, until)).fetchall()
        glass = conn.execute(
            "SELECT id, at, user_id, target, details FROM audit_log WHERE action = 'break_glass' AND at >= ? AND at < ?"
            " ORDER BY id", (since, until)).fetchall()
        changes = conn.execute(
            "SELECT a.at, u.username, a.action, a.target, a.details FROM audit_log a LEFT JOIN users u"
            " ON u.id = a.user_id WHERE a.action IN ('user_roles', 'user_add') AND a.at >= ? AND a.at < ?"
            " ORDER BY a.id", (since, until)).fetchall()
    case_ids = {int(t[5:]) for _, t, *_ in grouped if str(t)[5:].isdigit()}
    numbers = _numbers(conn, case_ids)
    slots = {"case_view": 0, "export_pdf": 1, "case_export": 1, "case_history_view": 2, "access_log_view": 2,
             "break_glass": 3}
    counts: dict[tuple[str, int], list[int]] = {}
    spans: dict[tuple[str, int], tuple[str, str]] = {}
    for uid, target, action, count, first_at, last_at in grouped:
        if not str(target)[5:].isdigit():
            continue
        key = (names.get(uid, "") if uid is not None else "", int(str(target)[5:]))
        counts.setdefault(key, [0, 0, 0, 0])[slots[str(action)]] += int(count)
        was = spans.get(key, (str(first_at), str(last_at)))
        spans[key] = (min(was[0], str(first_at)), max(was[1], str(last_at)))
    openings = []
    for user, case_id in sorted(counts, key=lambda k: (k[0], numbers.get(k[1], ""), k[1])):
        opened, exported, history_read, glass_count = counts[(user, case_id)]
        first_at, last_at = spans[(user, case_id)]
        openings.append(Opening(user, case_id, numbers.get(case_id, ""), opened, exported, history_read, glass_count,
                                first_at, last_at))
    reasons = _reasons(conn, [int(x[0]) for x in glass])
    break_glass = []
    for entry_id, at, uid, target, details in glass:
        case_id = int(str(target)[5:]) if str(target)[5:].isdigit() else 0
        length = int(json.loads(details).get("reason_length", 0) or 0)
        reason = reasons.get(int(entry_id))
        break_glass.append(BreakGlass(str(at), names.get(uid, "") if uid is not None else "", case_id,
                                      numbers.get(case_id, ""), reason, len(reason) if reason is not None else length))
    role_changes = []
    for at, by, action, target, text in changes:
        details = json.loads(text)
        before = frozenset[Role]() if action == "user_add" else logged_roles(details.get("before"))
        after = logged_roles(details.get("roles") if action == "user_add" else details.get("after"))
        role_changes.append(RoleChange(str(at), str(by or ""), str(target or ""), before, after))
    result = Review(
        first.isoformat(), last.isoformat(), now_iso(), session.user.username if session.user else "",
        settings.center_name(session), tuple(settings.letterhead_lines(session)), break_glass, openings,
        [UserRoles(u.username, u.display_name, u.roles, u.disabled, u.created_at) for u in users], role_changes)
    session.audit("access_review", None, first=result.first, last=result.last, openings=len(openings),
                  break_glass=len(break_glass))
    return result


def _numbers(conn: Connection, case_ids: set[int]) -> dict[int, str]:
    """Case numbers of live cases (an anonymized or deleted case has none any more)."""
    wanted = sorted(case_ids)
    out: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        with errors_translated():
            out.update({int(a): str(b) for a, b in conn.execute(
                f"SELECT id, case_number FROM cases WHERE id IN ({marks}) AND anonymized_on IS NULL", chunk)})
    return out


def _reasons(conn: Connection, audit_ids: list[int]) -> dict[int, str]:
    """The stated reasons still kept in their cases' field history, by the audit entry they belong to."""
    out: dict[int, str] = {}
    for start in range(0, len(audit_ids), 500):
        chunk = audit_ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        with errors_translated():
            for audit_id, value in conn.execute(
                    f"SELECT audit_id, new_value FROM case_field_history WHERE audit_id IN ({marks})"
                    " AND entity = 'access' AND field = 'reason'", chunk):
                decoded = json.loads(value)
                out[int(audit_id)] = str(decoded) if decoded is not None else ""
    return out


_SAFE_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """A spreadsheet takes a cell starting with = + - @ for a formula: such text gets a leading apostrophe."""
    text = str(value)
    return "'" + text if text.startswith(_SAFE_START) else text


def csv_bytes(result: Review) -> bytes:
    """One table with a first column naming the part: break_glass, opening, user, role_change (UTF-8 with a
    byte-order mark, so spreadsheets read Turkish letters right)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["part", "user", "case", "opened", "exported", "history_read", "break_glass", "first", "last",
                     "reason", "name", "roles", "state"])
    for b in result.break_glass:
        reason = b.reason if b.reason is not None else f"[{b.reason_length} characters, destroyed with the case]"
        writer.writerow(["break_glass", b.username, b.case_number or f"destroyed #{b.case_id}", "", "", "", "1",
                         local(b.at), local(b.at), _cell(reason), "", "", ""])
    for o in result.openings:
        writer.writerow(["opening", o.username, o.case_number or f"destroyed #{o.case_id}", o.opened, o.exported,
                         o.history_read, o.break_glass, local(o.first_at), local(o.last_at), "", "", "", ""])
    for u in result.users:
        writer.writerow(["user", u.username, "", "", "", "", "", local(u.created_at), "", "", _cell(u.display_name),
                         ",".join(sorted(r.value for r in u.roles)), "disabled" if u.disabled else "active"])
    for c in result.role_changes:
        writer.writerow(["role_change", c.username, "", "", "", "", "", local(c.at), "", "", _cell(c.by),
                         ",".join(sorted(r.value for r in c.after)), ",".join(sorted(r.value for r in c.before))])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def document_pdf(result: Review, lang: str = "tr") -> bytes:
    """The review as a PDF (PDF/UA-1)."""
    from ..documents import access_review as document

    return document.render(result, lang if lang in ("tr", "en") else "tr")


def save_review(session: Session, result: Review, fmt: str, path: Path, lang: str = "tr") -> int:
    """Write the review where she chose (PDF or CSV); audited; returns the size."""
    access.require(session, Action.ACCESS_REVIEW)
    if fmt == "pdf":
        data = document_pdf(result, lang)
    elif fmt == "csv":
        data = csv_bytes(result)
    else:
        raise InvalidInput(f"unknown format; use {' or '.join(FORMATS)}")
    with errors_translated():
        atomic_write(Path(path), data)
    session.audit("access_review_export", None, first=result.first, last=result.last, format=fmt)
    return len(data)
