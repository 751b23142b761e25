"""Shared by the key-slot stress children: no throttling (the test counts every attempt itself, and a
throttled attempt never reaches the password check), the shared state file, and the result lines."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Any


def no_throttle() -> None:
    """The delay after 5 failures would turn most attempts into "try again in N s"; this test is about what
    reaches the key slots. Works against the counters module (issue 14) and the old in-slot counters."""
    from kadin_danisma.vault import keyslots

    keyslots.THROTTLE_FREE_ATTEMPTS = 10**9
    with contextlib.suppress(ImportError):
        from kadin_danisma.vault import attempts

        attempts.THROTTLE_FREE_ATTEMPTS = 10**9


def read_state(path: Path) -> dict[str, Any] | None:
    with contextlib.suppress(OSError, ValueError):
        return dict(json.loads(path.read_text("utf-8")))
    return None


def write_state(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}")
    tmp.write_text(json.dumps(data), "utf-8")
    os.replace(tmp, path)


def say(*words: object) -> None:
    print(*words, flush=True)
    sys.stdout.flush()
