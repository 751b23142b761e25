"""Lines that read right in both directions: a sentence of the interface with values put into it ("Counselor:
%1", "%1 (age %2)", the safe number and the times to call) is composed here, one way.

Three things go wrong without it, in a right-to-left layout (`--rtl`, and one day an Arabic interface) or with
an Arabic or Persian name in a Turkish line:
- a line takes its direction from its first strong letter, or, when it starts with a digit or a bracket, from
  the widget: "14 (3)" then shows as "(3) 14". Every composed line starts with the interface language's mark
  (LRM for Turkish and English), so it reads in the language's direction whatever the layout;
- a value is read as part of the sentence around it: an Arabic name next to "(" or ":" pulls the punctuation
  to its side, and a phone number after a label can jump in front of it. Every value is put in a first-strong
  isolate (FSI … PDI), so it keeps its own direction and stays where the sentence puts it;
- the direction is the language's, not the layout's: `--rtl` mirrors the layout of Turkish words, which still
  read left to right (the widgets Qt draws with the layout's direction, buttons, tabs, table cells, are
  handled by the style, styles.AppStyle).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

LRM, RLM = "\u200e", "\u200f"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
MARKS = frozenset(LRM + RLM + LRI + RLI + FSI + PDI + "\u202a\u202b\u202c\u202d\u202e")


def language_direction() -> Qt.LayoutDirection:
    """The direction of the interface language (Turkish and English: left to right), whatever the layout."""
    return QLocale().textDirection()


def isolate(text: str) -> str:
    """A value (a name, a number, a date) in a first-strong isolate: it keeps its own direction and does not
    reorder the sentence around it."""
    return f"{FSI}{text}{PDI}"


def ui_line(text: str) -> str:
    """A line of the interface starting with its language's direction mark (Qt gives a paragraph the direction
    of its first strong letter)."""
    return (RLM if language_direction() == Qt.LayoutDirection.RightToLeft else LRM) + text


def compose(template: str, *values: object) -> str:
    """`template` (translated, with %1, %2, …) with each value isolated, as one line in the language's
    direction: compose(self.tr("Counselor: %1"), names)."""
    line = template
    for number in range(len(values), 0, -1):  # %10 before %1
        line = line.replace(f"%{number}", isolate(str(values[number - 1])))
    return ui_line(line)


def whole_line(text: str) -> str:
    """Text isolated in the language's direction, for a painter that imposes the layout's (styles.AppStyle)."""
    opening = RLI if language_direction() == Qt.LayoutDirection.RightToLeft else LRI
    return f"{opening}{text}{PDI}"
