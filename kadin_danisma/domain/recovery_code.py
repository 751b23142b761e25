"""BitLocker-style recovery keys: 128 random bits shown as 8 groups of 6 digits.

Each group encodes 16 bits as a multiple of 11 below 720896, so a mistyped group is caught as soon as it
is typed, before any key derivation runs.
"""

from __future__ import annotations

import re
import secrets

GROUPS = 8
GROUP_DIGITS = 6
_LIMIT = 65536 * 11  # 720896


def generate() -> str:
    return encode(secrets.token_bytes(16))


def encode(key: bytes) -> str:
    if len(key) != 16:
        raise ValueError("a recovery key is 16 bytes")
    groups = []
    for i in range(GROUPS):
        value = int.from_bytes(key[2 * i : 2 * i + 2], "big")
        groups.append(f"{value * 11:06d}")
    return "-".join(groups)


def split_groups(text: str) -> list[str]:
    """Split typed text on spaces or dashes; also accepts 48 digits typed without separators."""
    compact = re.sub(r"[\s\-]+", "-", text.strip()).strip("-")
    if re.fullmatch(r"\d{48}", compact):
        return [compact[i : i + GROUP_DIGITS] for i in range(0, 48, GROUP_DIGITS)]
    return [g for g in compact.split("-") if g]


def group_is_valid(group: str) -> bool:
    if len(group) != GROUP_DIGITS or not group.isascii() or not group.isdigit():
        return False
    value = int(group)
    return value % 11 == 0 and value < _LIMIT


def invalid_groups(text: str) -> list[int]:
    """1-based positions of groups that are wrong or missing (empty list: well-formed)."""
    groups = split_groups(text)
    bad = [i + 1 for i, g in enumerate(groups[:GROUPS]) if not group_is_valid(g)]
    bad += list(range(len(groups) + 1, GROUPS + 1))
    if len(groups) > GROUPS:
        bad.append(GROUPS + 1)
    return bad


def decode(text: str) -> bytes:
    """Turn typed groups back into the 16 key bytes; raises ValueError listing the bad groups."""
    bad = invalid_groups(text)
    if bad:
        raise ValueError("recovery key groups not valid: " + ", ".join(str(b) for b in bad))
    return b"".join((int(g) // 11).to_bytes(2, "big") for g in split_groups(text))
