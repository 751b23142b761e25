"""Password policy and user-name rules, the same for every user (the weakest slot guards the vault).

Passwords are NFC-normalised before anything else, so "ş" typed as one code point or as "s" plus a
combining cedilla unlocks the same slot.
"""

from __future__ import annotations

import re
import unicodedata
from importlib import resources

MIN_LENGTH = 10
MAX_LENGTH = 1024
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")

# Problem codes: the GUI translates them for live feedback, the CLI prints the English text.
TOO_SHORT = "too_short"
TOO_LONG = "too_long"
COMMON = "common"
CONTAINS_USERNAME = "contains_username"
ONE_CHARACTER = "one_character"

PROBLEM_TEXT = {
    TOO_SHORT: f"at least {MIN_LENGTH} characters",
    TOO_LONG: f"at most {MAX_LENGTH} characters",
    COMMON: "too common (on the deny-list)",
    CONTAINS_USERNAME: "must not contain the user name",
    ONE_CHARACTER: "must not repeat a single character",
}

_deny_cache: frozenset[str] | None = None


def normalise(password: str) -> str:
    return unicodedata.normalize("NFC", password)


def _deny_list() -> frozenset[str]:
    global _deny_cache
    if _deny_cache is None:
        text = resources.files("kadin_danisma").joinpath("resources/common_passwords.txt").read_text("utf-8")
        words = {_fold(line) for line in text.splitlines() if line.strip() and not line.startswith("#")}
        # Stems too, so "trustno1" + "234" is caught like "password" + "123" (stripping the candidate
        # alone would leave "trustno", which is not on the list).
        stems = {w.rstrip("0123456789!.?*") for w in words}
        _deny_cache = frozenset(words | (stems - {""}))
    return _deny_cache


def _fold(text: str) -> str:
    # Case and Turkish dotted/dotless i do not make a deny-listed password strong.
    return text.strip().replace("İ", "i").replace("I", "ı").lower().replace("ı", "i")


def password_problems(password: str, username: str = "") -> list[str]:
    """Return the policy problems of a password (empty list: acceptable)."""
    pw = normalise(password)
    problems: list[str] = []
    if len(pw) < MIN_LENGTH:
        problems.append(TOO_SHORT)
    if len(pw) > MAX_LENGTH:
        problems.append(TOO_LONG)
    if pw and len(set(pw)) == 1:
        problems.append(ONE_CHARACTER)
    folded = _fold(pw)
    # Punctuation alone is stripped too: otherwise "1234567890!" loses every character to the digit strip.
    candidates = {folded, folded.rstrip("!.?*"), folded.rstrip("0123456789!.?*")}
    if candidates & _deny_list():
        problems.append(COMMON)
    if username and len(username) >= 3 and _fold(username) in folded:
        problems.append(CONTAINS_USERNAME)
    return problems


def username_problem(username: str) -> str | None:
    """None if the user name is acceptable, else an English explanation."""
    if not USERNAME_RE.match(username):
        return ("user names are 2-32 characters: lower-case a-z, digits, '.', '_' or '-', "
                "starting with a letter or digit")
    return None
