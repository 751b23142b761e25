"""Vault-wide settings an admin changes (center name, idle-lock minutes); each change audited with
before and after values. Per-machine preferences (UI language, font size) live in QSettings instead."""

from __future__ import annotations

from ..domain.errors import InvalidInput
from ..domain.roles import Role
from ..vault import repositories
from .session import Session
from .vault_service import DEFAULT_IDLE_MINUTES

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 60
MAX_CENTER_NAME = 200


def center_name(session: Session) -> str:
    return repositories.get_setting(session.connection(), "center_name", "") or ""


def idle_lock_minutes(session: Session) -> int:
    value = repositories.get_setting(session.connection(), "idle_lock_minutes", str(DEFAULT_IDLE_MINUTES))
    try:
        return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, int(value or DEFAULT_IDLE_MINUTES)))
    except ValueError:
        return DEFAULT_IDLE_MINUTES


def _change(session: Session, key: str, value: str) -> None:
    session.require(Role.ADMIN)
    before = repositories.get_setting(session.connection(), key)
    if before == value:
        return
    with session.write() as conn:
        repositories.set_setting(conn, key, value)
        session.log(conn, "setting_change", key, before=before, after=value)


def set_center_name(session: Session, name: str) -> None:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("the center name is required")
    if len(name) > MAX_CENTER_NAME:
        raise InvalidInput(f"the center name is at most {MAX_CENTER_NAME} characters")
    _change(session, "center_name", name)


def set_idle_lock_minutes(session: Session, minutes: int) -> None:
    if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
        raise InvalidInput(f"idle lock must be between {MIN_IDLE_MINUTES} and {MAX_IDLE_MINUTES} minutes")
    _change(session, "idle_lock_minutes", str(minutes))
