"""What the command line accepts, and how it prints what it got back (§7, issue 14).

Arguments, standard input and files can hold what no person types: lone surrogates (Linux hands argv bytes
that are not UTF-8 to Python as such), control characters, numbers of thousands of digits. Each is refused
here with one clear line and exit 1, naming the argument, never quoting it, before anything is unlocked.
Paths are the exception: a file name may legitimately not be UTF-8, so paths pass as the OS gave them and
are printed escaped. Every line printed is one line, whatever a message carries.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from collections.abc import Callable
from pathlib import Path

from .domain.errors import InvalidInput, MalformedInput
from .domain.validation import text_problem

# Arguments that name something (a user, a case): no control or invisible formatting characters either.
IDENTIFIERS = {"user": "--user", "username": "USERNAME", "target": "TARGET", "case": "--case", "admin": "--admin"}
POSITIONAL = {"query": "QUERY"}
_DIGITS = re.compile(r"[+-]?\d{1,19}")


def check_arguments(args: argparse.Namespace) -> None:
    """Refuse a text argument that cannot be stored or shown as given (MalformedInput, exit 1). Every text
    argument is checked, so one added later is covered too; paths (Path objects) pass as the OS gave them."""
    for dest, value in vars(args).items():
        items = value if isinstance(value, list) else [value]
        for item in items:
            if not isinstance(item, str):
                continue
            identifier = dest in IDENTIFIERS
            problem = text_problem(item, identifier=identifier)
            if problem is None and any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in item):
                problem = "holds a control character"
            if problem:
                shown = IDENTIFIERS.get(dest) or POSITIONAL.get(dest) or "--" + dest.replace("_", "-")
                raise MalformedInput(f"{shown} {problem}")


def whole_number(option: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from low to high. Not a number at all is a usage error (exit 2);
    a number out of range, or of thousands of digits, is refused with one short line (exit 1)."""

    def parse(text: str) -> int:
        text = text.strip()
        if not text or not all(c in "+-0123456789" for c in text):
            raise argparse.ArgumentTypeError("must be a whole number")
        if not _DIGITS.fullmatch(text) or not low <= int(text) <= high:
            raise InvalidInput(f"{option} must be a whole number from {low} to {high}")
        return int(text)

    return parse


def one_line(text: str) -> str:
    """`text` as one printable line: line breaks, control characters and unprintable code points (a path's
    undecodable bytes) are escaped, so a message can neither add lines nor drive the terminal."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape", "backslashreplace").decode("ascii")
                   for c in text)


def record_line(*values: str) -> str:
    """One record per line, fields split by tabs: a field's own tab, line break or control character (text
    stored before these checks, or typed elsewhere) is escaped so it cannot split the record."""
    return "\t".join(one_line(v) for v in values)


def shown_path(path: Path | str) -> str:
    return one_line(str(path))


def protect_output() -> None:
    """Output streams that escape what they cannot encode instead of failing mid-command (a path from
    argv whose bytes are not UTF-8 would otherwise crash the line saying where a file was written)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a stream that cannot change: leave it
                reconfigure(errors="backslashreplace")


def secret_line(line: str, prompt: str) -> str:
    """A password or key read from stdin: refused if it holds a lone surrogate or NUL (it could not be
    normalised and encoded the same way twice)."""
    problem = text_problem(line)
    if problem:
        raise MalformedInput(f"the {prompt.rstrip(': ').lower()} on standard input {problem}")
    return line
