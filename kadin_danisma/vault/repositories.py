"""SQL for the first schema's tables: users and settings. Plain functions over a connection; no policy."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.roles import Role, parse_roles, roles_to_text
from .audit import now_iso
from .port import Connection, dialect, errors_translated


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    disabled: bool
    must_change_password: bool
    created_at: str


_USER_COLUMNS = "id, username, display_name, roles, disabled, must_change_password, created_at"


def _user(row: tuple[object, ...]) -> UserRow:
    return UserRow(
        id=int(row[0]),  # type: ignore[call-overload]
        username=str(row[1]),
        display_name=str(row[2]),
        roles=parse_roles(str(row[3])),
        disabled=bool(row[4]),
        must_change_password=bool(row[5]),
        created_at=str(row[6]),
    )


def list_users(conn: Connection) -> list[UserRow]:
    with errors_translated():
        rows = conn.execute(f"SELECT {_USER_COLUMNS} FROM users ORDER BY username").fetchall()
    return [_user(r) for r in rows]


def find_user(conn: Connection, username: str) -> UserRow | None:
    with errors_translated():
        row = conn.execute(f"SELECT {_USER_COLUMNS} FROM users WHERE username = ?", (username,)).fetchone()
    return _user(row) if row else None


def insert_user(conn: Connection, username: str, display_name: str, roles: frozenset[Role]) -> int:
    now = now_iso()
    return dialect(conn).insert_id(conn, "users", ["username", "display_name", "roles", "created_at", "updated_at"],
                                   [username, display_name, roles_to_text(roles), now, now])


def update_user(conn: Connection, user_id: int, **fields: object) -> None:
    allowed = {"display_name", "roles", "disabled", "must_change_password"}
    if not fields or not set(fields) <= allowed:
        raise ValueError("unknown user fields")
    values = [roles_to_text(v) if k == "roles" else v for k, v in fields.items()]  # type: ignore[arg-type]
    assignments = ", ".join(f"{k} = ?" for k in fields)
    with errors_translated():
        conn.execute(f"UPDATE users SET {assignments}, updated_at = ? WHERE id = ?", (*values, now_iso(), user_id))


def get_setting(conn: Connection, key: str, default: str | None = None) -> str | None:
    with errors_translated():
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else default


def set_setting(conn: Connection, key: str, value: str) -> None:
    with errors_translated():
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def count_rows(conn: Connection, table: str) -> int:
    if table not in {"users", "settings", "audit_log"}:
        raise ValueError("unknown table")
    with errors_translated():
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def last_audit_event(conn: Connection, action: str) -> tuple[str, str] | None:
    """(time, details JSON) of the newest audit entry with this action."""
    with errors_translated():
        row = conn.execute(
            "SELECT at, details FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1", (action,)
        ).fetchone()
    return (str(row[0]), str(row[1])) if row else None
