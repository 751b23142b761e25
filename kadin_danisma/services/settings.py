"""Vault-wide settings an admin changes (center name, letterhead, case-number prefix, idle-lock minutes,
the backup folder); each change audited with before and after values. Per-machine preferences (UI
language, font size) live in QSettings instead."""

from __future__ import annotations

import re

from ..domain.districts import PROVINCES
from ..domain.errors import InvalidInput
from ..domain.roles import Role
from ..vault import repositories
from .casework import DEFAULT_PREFIX
from .session import Session
from .vault_service import DEFAULT_IDLE_MINUTES

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 60
MAX_CENTER_NAME = 200
MAX_LETTERHEAD_LINES = 4
MAX_LETTERHEAD_LINE = 120
MAX_PREFIX = 10
MAX_BACKUP_FOLDER = 1000
# Statistics (issue 18): cells below k are hidden; k is a setting between these bounds.
DEFAULT_MIN_CELL = 3
MIN_CELL_RANGE = (1, 10)
# Case numbers are read aloud and typed into other institutions' systems: capitals and digits only.
_PREFIX_RE = re.compile(rf"^[A-Z0-9]{{1,{MAX_PREFIX}}}$")


def center_name(session: Session) -> str:
    return repositories.get_setting(session.connection(), "center_name", "") or ""


def idle_lock_minutes(session: Session) -> int:
    value = repositories.get_setting(session.connection(), "idle_lock_minutes", str(DEFAULT_IDLE_MINUTES))
    try:
        return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, int(value or DEFAULT_IDLE_MINUTES)))
    except ValueError:
        return DEFAULT_IDLE_MINUTES


def letterhead_lines(session: Session) -> list[str]:
    """The lines printed under the center name on letters (address, phone...), as exports read them."""
    text = repositories.get_setting(session.connection(), "letterhead", "") or ""
    return [line for line in text.splitlines() if line.strip()]


def case_number_prefix(session: Session) -> str:
    return repositories.get_setting(session.connection(), "case_number_prefix", DEFAULT_PREFIX) or DEFAULT_PREFIX


def backup_folder(session: Session) -> str:
    """Where "Back up now" writes (chosen by an admin; usually a removable drive); '' when not chosen."""
    return repositories.get_setting(session.connection(), "backup_folder", "") or ""


def _change(session: Session, key: str, value: str, default: str | None = None) -> None:
    """Write and audit the setting; nothing happens when it already has this value (an unset setting
    counts as its default, so saving an untouched form records no change)."""
    session.require(Role.ADMIN)
    before = repositories.get_setting(session.connection(), key)
    if (before if before is not None else default) == value:
        return
    with session.write() as conn:
        repositories.set_setting(conn, key, value)
        session.log(conn, "setting_change", key, before=before, after=value)


def set_center_name(session: Session, name: str) -> None:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("the center name is required", code="center_name_required")
    if len(name) > MAX_CENTER_NAME:
        raise InvalidInput(f"the center name is at most {MAX_CENTER_NAME} characters")
    _change(session, "center_name", name)


def set_idle_lock_minutes(session: Session, minutes: int) -> None:
    if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
        raise InvalidInput(f"idle lock must be between {MIN_IDLE_MINUTES} and {MAX_IDLE_MINUTES} minutes")
    _change(session, "idle_lock_minutes", str(minutes))


def set_letterhead(session: Session, lines: list[str] | str) -> None:
    """Blank lines are dropped and spaces normalised; at most MAX_LETTERHEAD_LINES lines."""
    raw = lines.splitlines() if isinstance(lines, str) else list(lines)
    kept = [" ".join(line.split()) for line in raw if line.strip()]
    if len(kept) > MAX_LETTERHEAD_LINES:
        raise InvalidInput(f"the letterhead has at most {MAX_LETTERHEAD_LINES} lines")
    if any(len(line) > MAX_LETTERHEAD_LINE for line in kept):
        raise InvalidInput(f"a letterhead line is at most {MAX_LETTERHEAD_LINE} characters")
    _change(session, "letterhead", "\n".join(kept), default="")


def set_case_number_prefix(session: Session, prefix: str) -> None:
    """Used for case numbers made from now on (PREFIX-YEAR-NNNNNN); existing numbers never change."""
    prefix = prefix.strip().upper()
    if not _PREFIX_RE.match(prefix):
        raise InvalidInput(f"the case number prefix is 1 to {MAX_PREFIX} capital letters A-Z or digits")
    _change(session, "case_number_prefix", prefix, default=DEFAULT_PREFIX)


def set_backup_folder(session: Session, folder: str) -> None:
    folder = folder.strip()
    if not folder:
        raise InvalidInput("choose a folder for backups")
    if len(folder) > MAX_BACKUP_FOLDER or "\0" in folder:
        raise InvalidInput("this folder name cannot be used")
    _change(session, "backup_folder", folder)


def stats_min_cell(session: Session) -> int:
    """k of the statistics reports: a count below it is shown as "<k" (with complementary suppression)."""
    value = repositories.get_setting(session.connection(), "stats_min_cell", str(DEFAULT_MIN_CELL))
    try:
        k = int(value or DEFAULT_MIN_CELL)
    except ValueError:
        return DEFAULT_MIN_CELL
    return k if MIN_CELL_RANGE[0] <= k <= MIN_CELL_RANGE[1] else DEFAULT_MIN_CELL


def set_stats_min_cell(session: Session, k: int) -> None:
    low, high = MIN_CELL_RANGE
    if isinstance(k, bool) or not isinstance(k, int) or not low <= k <= high:
        raise InvalidInput(f"the smallest count shown must be between {low} and {high}")
    _change(session, "stats_min_cell", str(k), default=str(DEFAULT_MIN_CELL))


def province(session: Session) -> str:
    """The plate number of the center's province ("35" for İzmir), or "" when not chosen."""
    value = repositories.get_setting(session.connection(), "province", "") or ""
    return value if value in PROVINCES else ""


def set_province(session: Session, plate: str) -> None:
    """The province whose districts the intake offers (domain.districts); "" for none chosen."""
    plate = plate.strip()
    if plate and plate not in PROVINCES:
        raise InvalidInput("choose one of the listed provinces")
    _change(session, "province", plate, default="")
