"""Noticing that an older copy of a vault was put back (a USB-stick copy, an old backup restored in place, a
laptop synced from an older image): work committed since then would otherwise vanish without a word.

The audit chain only grows, and its head (entry id + hash) names the state a vault is in. This computer
keeps, outside every vault (`paths.seen_vaults_file()`), one small note per vault it has opened: the head id
it last saw, a MAC of that head's hash and the date. At unlock, a head id below the noted one means an older
copy; the same or a higher id whose entry at the noted id has another hash means a copy with a different
history (someone worked on an older copy). Either way the person is told before she works on it.

What the note reveals: nothing about cases. The vault is named by a MAC of its id and the head by a MAC of
its hash, both under a subkey of the data key, so the file says neither which vaults this computer opened
nor anything that could be checked without the key, and it cannot be edited into silence without the key
(a forged or damaged entry shows as a warning). Deleting the file does silence it for one unlock: this is
a safety net against mistakes, not a defence against someone holding the folder and the key.

Reading and writing the note never stops an unlock or a lock: a missing, unreadable, damaged or oversized
file (or a symlink, a FIFO, a folder under its name) is treated as "no note" and replaced at the next write;
an entry with a field of the wrong type or range is dropped; a write that fails is skipped.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import safe_json
from ..domain.errors import UserFacingError
from ..vault import audit
from ..vault.atomic import atomic_write
from ..vault.files import read_small_file
from . import paths

if TYPE_CHECKING:
    from .session import Session

FORMAT = 1
SUBKEY_PURPOSE = b"seen-state/v1"
MAX_FILE_BYTES = 256 * 1024  # a few hundred entries at most; anything bigger is not ours
MAX_ENTRIES = 200  # demo and test vaults come and go; the least recently seen are dropped
_HEX = re.compile(r"[0-9a-f]+")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

OLDER = "older"  # the vault's audit log ends before the entry this computer last saw
DIVERGED = "diverged"  # it reaches that entry, but with another history


@dataclass(frozen=True)
class OlderCopy:
    """What the unlock found: which kind, when this computer last saw the vault, and the two audit heads."""

    kind: str
    last_seen: date
    recorded_head_id: int
    current_head_id: int

    def summary(self) -> str:
        """One content-free English line (for the command line)."""
        when = self.last_seen.strftime("%d.%m.%Y")
        if self.kind == OLDER:
            return (f"this vault is older than the copy this computer last opened on {when} (audit entry "
                    f"{self.current_head_id}, then {self.recorded_head_id}); work saved after that date is "
                    "not in this copy")
        return (f"this copy of the vault has a different history from the one this computer last opened on "
                f"{when} (audit entry {self.recorded_head_id} differs); work saved in that copy may be "
                "missing here")


@dataclass(frozen=True)
class _Seen:
    head_id: int
    seen: date
    mac: str


# -- the note file --------------------------------------------------------------------------------------
def _key(session: Session) -> bytes:
    return session.store.subkey(SUBKEY_PURPOSE)


def _entry_name(key: bytes, vault_id: str) -> str:
    return hmac.new(key, b"vault-id\x00" + vault_id.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def _head_mac(key: bytes, name: str, head_id: int, head_hash: str, seen: date) -> str:
    payload = json.dumps([name, head_id, head_hash, seen.isoformat()], separators=(",", ":")).encode("utf-8")
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def _parse(entry: object) -> _Seen | None:
    """One entry, checked like any input: its three fields, each of its type and range. (Any valid date
    is kept: it is under the MAC, so an edited one shows as a different history rather than vanishing.)"""
    if not isinstance(entry, dict) or not {"head", "seen", "mac"} <= set(entry):
        return None
    head_id, seen, mac = entry["head"], entry["seen"], entry["mac"]
    if type(head_id) is not int or not 0 < head_id < 2**63:
        return None
    if not isinstance(mac, str) or not _HEX.fullmatch(mac) or len(mac) != 64:
        return None
    try:
        day = date.fromisoformat(seen) if isinstance(seen, str) and _DAY.fullmatch(seen) else None
    except ValueError:
        day = None
    return _Seen(head_id, day, mac) if day is not None else None


def _load() -> dict[str, _Seen]:
    """Every well-formed entry of the note file; anything wrong with the file as a whole means no entries."""
    try:
        raw = read_small_file(paths.seen_vaults_file(), MAX_FILE_BYTES)
    except FileNotFoundError:
        return {}
    if raw is None:
        return {}
    try:
        data = safe_json.loads(raw, max_depth=3)
    except safe_json.JsonRefused:
        return {}
    if not isinstance(data, dict) or type(data.get("format")) is not int or data["format"] != FORMAT \
            or not isinstance(data.get("vaults"), dict):
        return {}
    found = {}
    for name, entry in data["vaults"].items():
        parsed = _parse(entry)
        if parsed is not None and len(name) == 32 and _HEX.fullmatch(name):
            found[name] = parsed
    return found


def _write(path: Path, data: bytes) -> None:
    """Replace the note file (atomically, readable by this user only). Tests replace this to make it fail."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write(path, data, mode=0o600)
    if os.name == "posix":
        os.chmod(path, 0o600)  # an older file of looser mode was replaced, but say it once more


# -- the service ----------------------------------------------------------------------------------------
def check(session: Session) -> OlderCopy | None:
    """Compare the vault's audit head with this computer's note: None when there is no note or the vault
    is the same as, or newer than, what was seen here along the same history."""
    key = _key(session)
    seen = _load().get(_entry_name(key, session.store.identity))
    if seen is None:
        return None
    conn = session.connection()
    head = session.store.audit_head(conn)
    if head.entry_id < seen.head_id:
        return OlderCopy(OLDER, seen.seen, seen.head_id, head.entry_id)
    then = session.store.audit_hash_at(conn, seen.head_id)
    name = _entry_name(key, session.store.identity)

    def matches(digest: str) -> bool:
        return hmac.compare_digest(_head_mac(key, name, seen.head_id, digest, seen.seen), seen.mac)

    if then is None or not matches(then):
        # The log was redacted and chained again since (schema level 4, `log_redacted`): the state seen here
        # is its past if its old hash, kept for the last rewritten entries, matches (checked); an entry
        # further back (its old hash gone) is accepted, the rewrite being part of the authenticated chain.
        redaction = audit.redaction_after(conn, seen.head_id)
        if redaction is None or seen.head_id < redaction.from_id:
            return OlderCopy(DIVERGED, seen.seen, seen.head_id, head.entry_id)
        old = redaction.old_hashes.get(seen.head_id)
        if old is not None and not matches(old):
            return OlderCopy(DIVERGED, seen.seen, seen.head_id, head.entry_id)
        if old is None and seen.head_id >= min(redaction.old_hashes, default=0):
            return OlderCopy(DIVERGED, seen.seen, seen.head_id, head.entry_id)
    return None


def remember(session: Session) -> bool:
    """Note the vault's current audit head as the newest state seen on this computer. Best effort: returns
    False, and changes nothing, if the vault cannot be read or the file cannot be written."""
    try:
        key = _key(session)
        name = _entry_name(key, session.store.identity)
        head = session.store.audit_head(session.connection())
        today = date.today()
        entries: dict[str, Any] = {name: {"head": head.entry_id, "seen": today.isoformat(),
                                          "mac": _head_mac(key, name, head.entry_id, head.hash, today)}}
        others = sorted(((n, s) for n, s in _load().items() if n != name), key=lambda item: item[1].seen,
                        reverse=True)
        for other, seen in others[: MAX_ENTRIES - 1]:
            entries[other] = {"head": seen.head_id, "seen": seen.seen.isoformat(), "mac": seen.mac}
        data = json.dumps({"format": FORMAT, "vaults": entries}, indent=1, sort_keys=True).encode("utf-8")
        _write(paths.seen_vaults_file(), data + b"\n")
    except (OSError, ValueError, UserFacingError):
        return False
    return True


def accept_older(session: Session) -> None:
    """She chose to go on with this copy (a backup restored on purpose): audit it (ids only) and note this
    copy as the newest state, so the next unlock does not warn again."""
    warning = session.older_copy
    if warning is not None:
        session.audit("older_copy_accepted", None, kind=warning.kind, recorded_head_id=warning.recorded_head_id,
                      current_head_id=warning.current_head_id)
    session.older_copy = None
    remember(session)
