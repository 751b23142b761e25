"""The OS file lock around every read-modify-write of a vault's key slots and failed-attempt counters.

Two programs on one vault (the app and a command-line backup, two counselors on a shared folder) used to
read `keyslots.json`, change their copy and write it back, each over the other's change: resets and new
recovery keys were lost and parallel wrong passwords counted once. Now every such change takes this lock
(`filelock`: flock on POSIX, LockFileEx on Windows; the lock file `keyslots.json.lock` stays next to the
slot file, since removing it would let two programs lock two different files) and reads the file again
under it. Reading alone needs no lock: the files are only ever replaced whole, by a rename.

While the lock is held nobody else writes these files, so temporary files of theirs found then were left by
a killed write and are removed; at any other time another program's temporary file is never touched.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from ..domain.errors import KeySlotsBusy
from .atomic import temp_names
from .database import errors_translated
from .files import ATTEMPTS_NAME, SLOTS_LOCK_NAME, SLOTS_NAME

# Ordinary holders keep the lock for milliseconds (key derivations run outside it); a rekey keeps it while
# the database is re-encrypted, seconds per hundred megabytes.
LOCK_TIMEOUT_S = 120.0

_held = threading.local()


@contextlib.contextmanager
def held(folder: Path, timeout: float = LOCK_TIMEOUT_S) -> Iterator[None]:
    """Hold the vault's key-slot lock (re-entrant within one thread)."""
    folder = Path(folder)
    key = str(folder.resolve())
    depth: dict[str, int] = getattr(_held, "depth", None) or {}
    _held.depth = depth
    if depth.get(key):
        depth[key] += 1
        try:
            yield
        finally:
            depth[key] -= 1
        return
    lock = FileLock(str(folder / SLOTS_LOCK_NAME), timeout=timeout, mode=0o600, preserve_lock_file=True,
                    thread_local=True)
    try:
        with errors_translated():
            lock.acquire()
    except Timeout:
        raise KeySlotsBusy() from None
    depth[key] = 1
    try:
        for name in (SLOTS_NAME, ATTEMPTS_NAME):
            for stale in temp_names(folder, name):
                with contextlib.suppress(OSError):
                    stale.unlink()
        yield
    finally:
        depth.pop(key, None)
        lock.release()


def is_held(folder: Path) -> bool:
    depth: dict[str, int] = getattr(_held, "depth", None) or {}
    return bool(depth.get(str(Path(folder).resolve())))
