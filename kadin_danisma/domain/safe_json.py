"""Reading JSON that a person or another program supplied (an import file, a backup manifest, a note this
computer keeps) without trusting its shape.

`loads` refuses, with a content-free reason and the JSON path where it can name one, what no file of ours
holds and what would crash or mislead later code: bytes that are not UTF-8, nesting deeper than any record,
numbers of dozens of digits (Python refuses above 4,300 digits with a bare ValueError, and SQLite cannot
store anything beyond 64 bits), NaN and infinities, the same key twice in one object (which value would
count?), and text holding a lone surrogate (it cannot be written back as UTF-8) or a NUL character.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from .dictcodec import key_path

MAX_DEPTH = 32  # the deepest interchange record is 6 levels; our other files are 3
MAX_DIGITS = 20  # 2**63 has 19 digits
_BAD_TEXT = re.compile("[\ud800-\udfff\x00]")


class JsonRefused(ValueError):
    """Why the JSON was refused: `path` ("$" for the whole text) and a short reason without content."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def _number(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise JsonRefused("$", f"holds a number of {digits} digits")
    return int(text)


def _decimal(text: str) -> float:
    if len(text) > 64:
        raise JsonRefused("$", "holds a number written with more than 64 characters")
    value = float(text)
    if not math.isfinite(value):
        raise JsonRefused("$", "holds a number too large to represent")
    return value


def _constant(name: str) -> Any:
    raise JsonRefused("$", f"holds {name}, which is not a JSON number")


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise JsonRefused("$", f"has the key {_shown(key)} twice in one object")
        out[key] = value
    return out


def _shown(key: str) -> str:
    """A key for a message: keys of our formats are field names; anything else is cut short and escaped."""
    return json.dumps(key[:40])


def loads(raw: bytes | str, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON strictly (see the module's docstring); raises JsonRefused."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise JsonRefused("$", "is not UTF-8 text") from None
    try:
        data = json.loads(raw, parse_int=_number, parse_float=_decimal, parse_constant=_constant,
                          object_pairs_hook=_pairs)
    except JsonRefused:
        raise
    except RecursionError:
        raise JsonRefused("$", f"nests deeper than {max_depth} levels") from None
    except json.JSONDecodeError as exc:
        raise JsonRefused("$", f"is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except ValueError:  # a number Python will not convert
        raise JsonRefused("$", "holds a number that cannot be read") from None
    check_tree(data, max_depth)
    return data


def check_tree(data: Any, max_depth: int = MAX_DEPTH) -> None:
    """Depth and text of already-parsed data (walked without recursion); raises JsonRefused at the first
    problem, naming its path."""
    stack: list[tuple[Any, str, int]] = [(data, "$", 0)]
    while stack:
        value, path, depth = stack.pop()
        if isinstance(value, str):
            if _BAD_TEXT.search(value):
                raise JsonRefused(path, "holds a NUL character or text that is not valid Unicode")
        elif isinstance(value, dict | list):
            if depth >= max_depth:
                raise JsonRefused(path, f"nests deeper than {max_depth} levels")
            if isinstance(value, dict):
                for key, item in value.items():
                    if _BAD_TEXT.search(key):
                        raise JsonRefused(path, "has a key that holds a NUL character or is not valid Unicode")
                    stack.append((item, key_path(path, key), depth + 1))
            else:
                stack.extend((item, f"{path}[{i}]", depth + 1) for i, item in enumerate(value))
