"""Failed unlock attempts per key slot, in their own small file (`unlock-attempts.json`), apart from the slots.

They must be written before the database can be opened, so they cannot live in it; they used to live inside
the slot entries, and every wrong password rewrote the whole slot file (racing every real change to it).
Now a wrong password rewrites only this file, under the key-slot lock, after reading it again: eight wrong
passwords at once count eight. A successful unlock takes the count (reports it, for the audit log) and
clears it in the same locked step, so each failure is reported exactly once or is still here.

The file is outside every signature, so it is checked like any input: an entry whose count is not a whole
number in [0, 1,000,000], or whose time is not a finite number of seconds between 1970 and 2200 (NaN,
infinity, a string), is refused and counts as no entry; it never throttles anyone for ever. Someone who
can write the vault folder can delete this file, and so reset the throttle: it slows guessing at the
unlock screen, not an attacker who has the files (who needs no unlock screen at all).
"""

from __future__ import annotations

import contextlib
import json
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.errors import UnlockThrottled
from .atomic import atomic_write
from .database import errors_translated
from .files import ATTEMPTS_NAME
from .slotlock import held

FORMAT = 1
THROTTLE_FREE_ATTEMPTS = 5
THROTTLE_MAX_DELAY_S = 15 * 60
MAX_COUNT = 1_000_000
MAX_TIME = 7_258_118_400.0  # 2200-01-01: a later "last failure" is nonsense, not a long wait
MAX_FILE_BYTES = 256 * 1024


@dataclass(frozen=True)
class Attempts:
    failed: int = 0
    last_failure: float | None = None


def slot_key(kind: str, username: str | None) -> str:
    return "recovery" if username is None else f"{kind}:{username}"


def throttle_delay(failed_attempts: int) -> int:
    """Seconds to wait after this many consecutive failures: none for the first few, then doubling."""
    if failed_attempts < THROTTLE_FREE_ATTEMPTS:
        return 0
    # The exponent is capped: 2 ** 10**6 would take a while to compute.
    return int(min(THROTTLE_MAX_DELAY_S, 5 * 2 ** min(failed_attempts - THROTTLE_FREE_ATTEMPTS, 16)))


def check_throttle(attempts: Attempts, now: float | None = None) -> None:
    delay = throttle_delay(attempts.failed)
    if delay and attempts.last_failure is not None:
        remaining = attempts.last_failure + delay - (now if now is not None else time.time())
        # A clock set back (a laptop's dead RTC battery) must not lock someone out for days.
        remaining = min(remaining, delay)
        if remaining > 0:
            raise UnlockThrottled(math.ceil(remaining))


def parse_entry(entry: object) -> Attempts | None:
    """A valid entry, or None (refused)."""
    if not isinstance(entry, dict):
        return None
    failed, last = entry.get("failed"), entry.get("last_failure")
    if type(failed) is not int or not 0 <= failed <= MAX_COUNT:
        return None
    if last is None:
        return Attempts(failed, None)
    if type(last) not in (int, float) or not math.isfinite(last) or not 0 <= last <= MAX_TIME:
        return None
    return Attempts(failed, float(last))


class _Refused:
    """What NaN, Infinity and -Infinity are read as: a value no entry may hold, so its entry is refused."""


def _reject_constant(_name: str) -> _Refused:
    return _Refused()


def load(folder: Path) -> dict[str, Attempts]:
    """Every valid entry; a missing, unreadable, oversized or malformed file counts as no failures."""
    try:
        with open(Path(folder) / ATTEMPTS_NAME, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            return {}
        data = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("attempts"), dict):
        return {}
    found = {}
    for key, entry in data["attempts"].items():
        parsed = parse_entry(entry)
        if parsed is not None and isinstance(key, str) and len(key) <= 200:
            found[key] = parsed
    return found


def read(folder: Path, key: str) -> Attempts:
    return load(folder).get(key, Attempts())


def _save(folder: Path, entries: dict[str, Attempts]) -> None:
    path = Path(folder) / ATTEMPTS_NAME
    with errors_translated():
        if not entries:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            return
        data: dict[str, Any] = {"format": FORMAT, "attempts": {
            k: {"failed": a.failed, "last_failure": a.last_failure} for k, a in sorted(entries.items())}}
        atomic_write(path, (json.dumps(data, indent=1) + "\n").encode("utf-8"))


def record_failure(folder: Path, key: str, now: float | None = None) -> Attempts:
    """Count one failed attempt (under the key-slot lock, re-reading the file)."""
    with held(folder):
        entries = load(folder)
        before = entries.get(key, Attempts())
        entries[key] = Attempts(min(before.failed + 1, MAX_COUNT), now if now is not None else time.time())
        _save(folder, entries)
        return entries[key]


def take(folder: Path, key: str) -> int:
    """The failures since the last successful unlock, cleared in the same locked step."""
    if key not in load(folder):
        return 0  # nothing to clear (a failure counted right now is reported next time)
    with held(folder):
        entries = load(folder)
        found = entries.pop(key, None)
        if found is None:
            return 0
        _save(folder, entries)
        return found.failed


def forget(folder: Path, key: str) -> None:
    """Drop a removed slot's counter."""
    if key not in load(folder):
        return
    with held(folder):
        entries = load(folder)
        if entries.pop(key, None) is not None:
            _save(folder, entries)
