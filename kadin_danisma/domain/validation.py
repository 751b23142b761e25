"""Checks on what people type and what files carry, collecting every problem with its path.

A service checks a whole record and reports all problems at once (the GUI marks each field; an import
lists each JSON path). Text is never altered here: a note keeps its control characters, right-to-left
marks and mixed scripts exactly as written. Messages name the field, never its content.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date

from .errors import InvalidInput

MAX_NAME = 200
MAX_SHORT = 1_000
MAX_TEXT = 20_000
MAX_NOTE = 2_000_000  # characters; a 1 MB note must fit with room to spare
MIN_YEAR = 1900
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")
# In an identifier: control characters (C0, C1, DEL), format characters (bidi overrides and isolates,
# zero-width joiners: a case number must look like what it is) and line or paragraph separators.
_NOT_IN_IDENTIFIER = frozenset({"Cc", "Cf", "Zl", "Zp"})


def text_problem(value: str, *, identifier: bool = False) -> str | None:
    """Why `value` cannot be stored as given, or None. Any text: no lone surrogate (it cannot be written
    as UTF-8) and no NUL. An identifier (a case number, a client code, a user name) also holds no
    control, format or separator character. The reason never quotes the value."""
    if _SURROGATE.search(value):
        return "is not valid Unicode text (a lone surrogate)"
    if "\x00" in value:
        return "holds a NUL character"
    if identifier and any(unicodedata.category(ch) in _NOT_IN_IDENTIFIER for ch in value):
        return "holds a control or invisible formatting character"
    return None


class Checker:
    """Collects (path, message) problems. `codes(kind)` gives the valid codes of a vocabulary."""

    def __init__(self, codes: Callable[[str], frozenset[str]], prefix: str = "$") -> None:
        self.codes = codes
        self.prefix = prefix
        self.problems: list[tuple[str, str]] = []

    def at(self, path: str) -> str:
        return f"{self.prefix}.{path}" if path else self.prefix

    def add(self, path: str, message: str) -> None:
        self.problems.append((self.at(path), message))

    def text(self, path: str, value: object, *, required: bool = False, max_len: int = MAX_SHORT) -> None:
        if not isinstance(value, str):
            self.add(path, "must be text")
        elif _SURROGATE.search(value):  # SQLite could not even store it
            self.add(path, "is not valid Unicode text (a lone surrogate)")
        elif required and not value.strip():
            self.add(path, "is required")
        elif len(value) > max_len:
            self.add(path, f"is longer than {max_len} characters")

    def identifier(self, path: str, value: object, *, required: bool = False, max_len: int = MAX_NAME) -> None:
        """A case number, client code or user name: text without control or formatting characters."""
        before = len(self.problems)
        self.text(path, value, required=required, max_len=max_len)
        if len(self.problems) == before and isinstance(value, str):
            problem = text_problem(value, identifier=True)
            if problem:
                self.add(path, problem)

    def flag(self, path: str, value: object) -> None:
        if not isinstance(value, bool):
            self.add(path, "must be true or false")

    def date(self, path: str, value: object, *, required: bool = False, not_future: bool = False) -> None:
        if value is None:
            if required:
                self.add(path, "is required")
            return
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            self.add(path, "must be a date written YYYY-MM-DD")
            return
        try:
            day = date.fromisoformat(value)
        except ValueError:
            self.add(path, "is not a real date")
            return
        if day.year < MIN_YEAR:
            self.add(path, f"is before {MIN_YEAR}")
        elif not_future and day > date.today():
            self.add(path, "is in the future")

    def order(self, path: str, earlier: object, later: object) -> None:
        if isinstance(earlier, str) and isinstance(later, str) and later < earlier:
            self.add(path, "is before the start")

    def year(self, path: str, value: object) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(path, "must be a whole number")
        elif not MIN_YEAR <= value <= date.today().year:
            self.add(path, f"must be between {MIN_YEAR} and this year")

    def number(self, path: str, value: object, low: int, high: int, *, required: bool = False) -> None:
        if value is None:
            if required:
                self.add(path, "is required")
            return
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(path, "must be a whole number")
        elif not low <= value <= high:
            self.add(path, f"must be between {low} and {high}")

    def code(self, path: str, kind: str, value: object, *, required: bool = True) -> None:
        if value is None:
            if required:
                self.add(path, "is required")
            return
        if not isinstance(value, str) or value not in self.codes(kind):
            self.add(path, f"is not a known {kind.replace('_', ' ')} code")

    def codes_list(self, path: str, kind: str, value: object) -> None:
        if not isinstance(value, list):
            self.add(path, "must be a list")
            return
        for i, item in enumerate(value):
            self.code(f"{path}[{i}]", kind, item)
        if len(set(map(str, value))) != len(value):
            self.add(path, "lists a code twice")

    def choice(self, path: str, value: object, allowed: Iterable[str]) -> None:
        options = tuple(allowed)
        if value not in options:
            self.add(path, "must be one of: " + ", ".join(options))

    def raise_if_any(self) -> None:
        if self.problems:
            shown = "; ".join(f"{p}: {m}" for p, m in self.problems[:5])
            raise InvalidInput(shown, problems=list(self.problems))
