"""Failed-attempt counters live in their own file, apart from the slots, and are checked like any input (issue
14 §2): a negative count, NaN, infinity, a time centuries away, a string or a bool is refused (counts as no
entry) and never throttles anyone for ever; a damaged, oversized or unknown file counts as none; the next
failure writes a sane entry in its place."""

from __future__ import annotations

import json
import time
from pathlib import Path

import kd_support
import pytest

from kadin_danisma.domain.errors import UnlockThrottled, WrongCredentials
from kadin_danisma.services import vault_service
from kadin_danisma.vault import attempts

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD
KEY = f"password:{ADMIN}"


def _file(entry: str) -> str:
    """The counters file with one entry for the admin, written as raw text (NaN and friends included)."""
    return '{"format": 1, "attempts": {"' + KEY + '": ' + entry + "}}"


@pytest.mark.parametrize("entry", [
    '{"failed": -5, "last_failure": 1700000000.0}',
    '{"failed": 7, "last_failure": NaN}',
    '{"failed": 7, "last_failure": Infinity}',
    '{"failed": 7, "last_failure": -Infinity}',
    '{"failed": 7, "last_failure": 1e400}',
    '{"failed": 7, "last_failure": 99999999999.0}',
    '{"failed": 7, "last_failure": -3.0}',
    '{"failed": 1000000000000, "last_failure": 1700000000.0}',
    '{"failed": true, "last_failure": 1700000000.0}',
    '{"failed": "7", "last_failure": 1700000000.0}',
    '{"failed": 7.0, "last_failure": 1700000000.0}',
    '{"failed": 7, "last_failure": "yesterday"}',
    '[7, 1700000000.0]',
    'null',
])
def test_a_nonsense_entry_is_refused_not_trusted(vault: tuple[Path, str], entry: str) -> None:
    folder, _ = vault
    kd_support.write_attempts(folder, {}, raw=_file(entry))
    session = vault_service.unlock(folder, ADMIN, PASSWORD)  # no wait, whatever the entry said
    assert session.failed_attempts_report == 0
    session.lock()
    kd_support.write_attempts(folder, {}, raw=_file(entry))
    with pytest.raises(WrongCredentials):
        vault_service.unlock(folder, ADMIN, "Yanlis-Parola-2026")
    written = kd_support.read_attempts(folder)[KEY]
    assert written["failed"] == 1 and abs(written["last_failure"] - time.time()) < 60


@pytest.mark.parametrize("raw", [
    "", "{", "[]", '{"format": 2, "attempts": {}}', '{"format": 1, "attempts": []}', "\x00" * 100,
    '{"format": 1, "x": "' + "y" * 300_000 + '", "attempts": {"' + KEY + '": {"failed": 9, "last_failure": 1}}}',
    "[" * 100_000,
])
def test_a_damaged_file_counts_as_none(vault: tuple[Path, str], raw: str) -> None:
    folder, _ = vault
    kd_support.write_attempts(folder, {}, raw=raw)
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    assert session.failed_attempts_report == 0
    session.lock()


def test_a_valid_entry_throttles_and_is_reported(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    kd_support.write_attempts(folder, {KEY: {"failed": 6, "last_failure": time.time()}})
    with pytest.raises(UnlockThrottled) as caught:
        vault_service.unlock(folder, ADMIN, PASSWORD)
    assert 0 < caught.value.wait_seconds <= attempts.throttle_delay(6)
    kd_support.write_attempts(folder, {KEY: {"failed": 6, "last_failure": time.time() - 3600}})
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    assert session.failed_attempts_report == 6
    session.lock()
    assert not (folder / "unlock-attempts.json").exists()


def test_parse_entry_bounds() -> None:
    assert attempts.parse_entry({"failed": 0, "last_failure": None}) == attempts.Attempts(0, None)
    assert attempts.parse_entry({"failed": attempts.MAX_COUNT, "last_failure": 0}) is not None
    assert attempts.parse_entry({"failed": attempts.MAX_COUNT + 1, "last_failure": 0}) is None
    assert attempts.parse_entry({"failed": 1, "last_failure": float("nan")}) is None
    assert attempts.parse_entry({"failed": 1, "last_failure": float("inf")}) is None
    assert json.loads(json.dumps({"a": 1})) == {"a": 1}
