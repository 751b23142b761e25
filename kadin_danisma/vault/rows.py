"""Generic row access for the case-work tables: insert, update, fetch by id or by a parent column.

Table and column names are checked against the live schema (they are never taken from user input, but a
typo should fail loudly, not build odd SQL). Values are always bound parameters. The SQL is the part both
storage adapters read alike (`port.py`): new ids come back through RETURNING, and a NULL match is written
`IS NULL` rather than SQLite's `IS ?`.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextvars import ContextVar
from typing import Any

from .audit import now_iso
from .port import Connection, dialect, errors_translated
from .schema_center import CENTER_TABLES, CENTER_VERSIONED, CENTER_WITH_UUID
from .schema_support import SUPPORT_VERSIONED, SUPPORT_WITH_UUID
from .schema_versions import VERSIONED, WITH_UUID

CASE_TABLES = frozenset({
    "vocabulary", "clients", "cases", "case_counselors", "case_status_history", "children", "intakes",
    "perpetrators", "risk_assessments", "safety_plans", "notes", "note_revisions", "institutions", "referrals",
    "referral_events", "shelters", "placements", "placement_children", "measures", "measure_violations",
    "consents", "follow_ups", "closure_requests", "drafts", "case_field_history", "stat_snapshots",
    "rooms", "interpreters", "appointments", "appointment_counselors", "attachments", "legal_holds", "data_requests",
    "package_base", "package_conflicts",
    *CENTER_TABLES,
    "aid_records", "employment_supports", "court_cases", "court_hearings",
})
_NAME = re.compile(r"[a-z_][a-z0-9_]*")

Row = dict[str, Any]

# Who is writing (a user id, None for the recovery key or the app itself): set by the session for the length
# of a write transaction, stamped on every versioned row it inserts or changes.
_ACTOR: ContextVar[int | None] = ContextVar("rows_actor", default=None)
_VERSIONED = frozenset(VERSIONED) | frozenset(CENTER_VERSIONED) | frozenset(SUPPORT_VERSIONED)
_WITH_UUID = frozenset(WITH_UUID) | frozenset(CENTER_WITH_UUID) | frozenset(SUPPORT_WITH_UUID)


@contextlib.contextmanager
def acting_as(user_id: int | None) -> Iterator[None]:
    token = _ACTOR.set(user_id)
    try:
        yield
    finally:
        _ACTOR.reset(token)


def stamped(conn: Connection, table: str, values: Mapping[str, Any], *, new: bool) -> dict[str, Any]:
    """values plus the version stamp (who, when) and, for a new travelling record, its uuid; nothing added
    for tables (or schema levels) without those columns."""
    out = dict(values)
    known = columns(conn, table)
    if table in _VERSIONED and "changed_at" in known:
        out.setdefault("changed_by", _ACTOR.get())
        out.setdefault("changed_at", now_iso())
    if new and table in _WITH_UUID and "uuid" in known and not out.get("uuid"):
        out["uuid"] = str(uuid.uuid4())
    return out


def columns(conn: Connection, table: str) -> tuple[str, ...]:
    if table not in CASE_TABLES:
        raise ValueError(f"unknown table {table!r}")
    return dialect(conn).columns(conn, table)


def _check(conn: Connection, table: str, names: Sequence[str]) -> None:
    known = columns(conn, table)
    for name in names:
        if not _NAME.fullmatch(name) or name not in known:
            raise ValueError(f"unknown column {table}.{name}")


def insert(conn: Connection, table: str, values: Mapping[str, Any]) -> int:
    values = stamped(conn, table, values, new=True)
    _check(conn, table, list(values))
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"
    if "id" not in columns(conn, table):  # a link table (case_counselors): no id to give back
        with errors_translated():
            conn.execute(sql, tuple(values.values()))
        return 0
    return dialect(conn).insert_id(conn, table, list(values), list(values.values()))


def update(conn: Connection, table: str, row_id: int, values: Mapping[str, Any], key: str = "id") -> None:
    if not values:
        return
    values = stamped(conn, table, values, new=False)
    _check(conn, table, [*values, key])
    assignments = ", ".join(f"{name} = ?" for name in values)
    if "changed_at" in values:  # a versioned record: every change is a new version
        assignments += ", row_version = row_version + 1"
    with errors_translated():
        conn.execute(f"UPDATE {table} SET {assignments} WHERE {key} = ?", (*values.values(), row_id))


def delete(conn: Connection, table: str, where: Mapping[str, Any]) -> None:
    _check(conn, table, list(where))
    clause = " AND ".join(f"{name} = ?" for name in where)
    with errors_translated():
        conn.execute(f"DELETE FROM {table} WHERE {clause}", tuple(where.values()))


def _dicts(conn: Connection, table: str, sql: str, params: Sequence[Any]) -> list[Row]:
    names = columns(conn, table)
    with errors_translated():
        return [dict(zip(names, r, strict=True)) for r in conn.execute(sql, tuple(params))]


def get(conn: Connection, table: str, row_id: Any, key: str = "id", lock: bool = False) -> Row | None:
    """One row; `lock` (inside a write) holds it until the transaction ends where the engine needs that."""
    _check(conn, table, [key])
    suffix = dialect(conn).for_update if lock and conn.in_transaction else ""
    found = _dicts(conn, table, f"SELECT {', '.join(columns(conn, table))} FROM {table} WHERE {key} = ?{suffix}",
                   [row_id])
    return found[0] if found else None


def select(conn: Connection, table: str, where: Mapping[str, Any] | None = None, order: str = "") -> list[Row]:
    where = where or {}
    order_columns = [part.split()[0] for part in order.split(",")] if order else []
    _check(conn, table, [*where, *order_columns])
    clause = (" WHERE " + " AND ".join(f"{name} IS NULL" if value is None else f"{name} = ?"
                                       for name, value in where.items())) if where else ""
    order_by = f" ORDER BY {order}" if order else ""
    if order and not re.fullmatch(r"[a-z_]+( (ASC|DESC))?(, [a-z_]+( (ASC|DESC))?)*", order):
        raise ValueError("bad order clause")
    sql = f"SELECT {', '.join(columns(conn, table))} FROM {table}{clause}{order_by}"
    return _dicts(conn, table, sql, [v for v in where.values() if v is not None])
