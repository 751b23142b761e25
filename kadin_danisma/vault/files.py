"""The names of a vault folder's files, and whether a folder holds a vault.

Kept apart from vault.py so the unlock window can ask "is there a vault here?" without loading SQLCipher,
cryptography and the migrations (that import is the biggest part of a cold start). Also the one way to
read a small note the app left in a folder someone else may write to (`read_small_file`).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

DB_NAME = "vault.db"
SLOTS_NAME = "keyslots.json"
RESTORED_MARKER = "restored.json"
# Written by `server migrate`: this vault now lives on a center server; it is never opened for work again.
MOVED_MARKER = "moved-to-server.json"
SLOTS_LOCK_NAME = "keyslots.json.lock"  # the OS lock taken around every change of the key slots
ATTEMPTS_NAME = "unlock-attempts.json"  # failed-attempt counters, apart from the slots


def is_vault(folder: Path) -> bool:
    return (folder / SLOTS_NAME).is_file() and (folder / DB_NAME).is_file()


def read_small_file(path: Path, limit: int) -> bytes | None:
    """The bytes of a small note (the restore marker, this computer's seen-vaults note): None unless it is
    a regular file of at most `limit` bytes. A symlink is not followed and a FIFO planted under the name
    is not waited on (an unlock would hang). FileNotFoundError if there is nothing there."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        raw = os.read(fd, limit + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return raw if len(raw) <= limit else None
