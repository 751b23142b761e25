"""The names of a vault folder's files, and whether a folder holds a vault.

Kept apart from vault.py so the unlock window can ask "is there a vault here?" without loading SQLCipher,
cryptography and the migrations (that import is the biggest part of a cold start).
"""

from __future__ import annotations

from pathlib import Path

DB_NAME = "vault.db"
SLOTS_NAME = "keyslots.json"
RESTORED_MARKER = "restored.json"
# Written by `server migrate`: this vault now lives on a center server; it is never opened for work again.
MOVED_MARKER = "moved-to-server.json"


def is_vault(folder: Path) -> bool:
    return (folder / SLOTS_NAME).is_file() and (folder / DB_NAME).is_file()
