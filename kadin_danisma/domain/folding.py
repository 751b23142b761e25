"""Turkish-aware, accent-insensitive text folding for the search index.

Both the text that goes into the full-text index and the text a user types into the search box pass through
`fold`, so that "ışık", "Işık", "isik" and "ISIK" all become "isik", "Şahin" is found by "sahin", and a
name written with or without Arabic vowel marks (or in Persian rather than Arabic letter forms) matches
itself. SQLite's FTS5 `unicode61` tokenizer (with `remove_diacritics 0`) then splits the folded output into
words; it cannot do this itself because it knows nothing about the Turkish dotted/dotless i.

`fold` runs on every note in a vault (hundreds of thousands of them when the index is rebuilt), so all
per-character work happens in C: Unicode normalisation, casefolding, str.replace and regular expressions whose
character classes are built once at import from Python's Unicode database (about 0.1 ms per 1,000-character
Turkish note; ASCII text takes a shorter path).
"""

from __future__ import annotations

import re
import sys
import unicodedata

__all__ = ["fold", "query_words"]

# Invisible characters that sit *inside* words (joiners, bidi marks, soft hyphen, BOM, tatweel): deleting
# them keeps "Ah\u200cmad" one word. U+061C (Arabic letter mark), U+180E (Mongolian vowel separator) and
# U+2060 (word joiner) are on the list too: they are joining/bidi marks as well.
_DELETE: frozenset[int] = frozenset(
    [
        *(0x00AD, 0x061C, 0x0640, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF),
        *range(0x202A, 0x202F),  # LRE, RLE, PDF, LRO, RLO
        *range(0x2066, 0x206A),  # LRI, RLI, FSI, PDI
    ]
)

# Mark-bearing code points only exist in the BMP, the Supplementary Multilingual Plane and plane 14
# (variation selectors, tags); planes 2-3 are CJK ideographs and 4-13 are unassigned, so scanning only these
# ranges keeps the import cheap (~50 ms) while covering every Mn/Cc/Cf character in Python's Unicode database.
_SCAN_RANGES: tuple[range, ...] = (range(0x0000, 0x20000), range(0xE0000, 0xE1000))


def _char_class(code_points: list[int]) -> str:
    """A regex character class matching exactly `code_points`, compressed into ranges."""
    parts: list[str] = []
    run_start = previous = -2
    for cp in [*sorted(code_points), -2]:
        if cp == previous + 1:
            previous = cp
            continue
        if run_start >= 0:
            first, last = re.escape(chr(run_start)), re.escape(chr(previous))
            parts.append(first if run_start == previous else f"{first}-{last}")
        run_start = previous = cp
    return "[" + "".join(parts) + "]"


def _scan() -> tuple[list[int], list[int]]:
    """Every control/format character (except `_DELETE`) and every non-spacing mark, by code point."""
    controls: list[int] = []
    marks: list[int] = []
    for scan in _SCAN_RANGES:
        for cp in scan:
            if cp > sys.maxunicode or cp in _DELETE:
                continue
            category = unicodedata.category(chr(cp))
            if category in ("Cc", "Cf"):
                controls.append(cp)
            elif category == "Mn":
                marks.append(cp)
    return controls, marks


_CONTROL_CPS, _MARK_CPS = _scan()

# Regex substitution rather than str.translate: CPython's translate does a dict lookup per character for
# non-ASCII text (~100 ns/char), while a compiled character class scans in C. A class holding only BMP code
# points compiles to a bitmap and is several times faster than one with astral ranges, so each pattern exists
# twice and the complete (slow) one is used only for the rare text that contains astral characters.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_INVISIBLE = re.compile(_char_class(sorted(_DELETE)))
_CONTROL_BMP = re.compile(_char_class([cp for cp in _CONTROL_CPS if cp <= 0xFFFF]))
_CONTROL_ALL = re.compile(_char_class(_CONTROL_CPS))
_MARK_BMP = re.compile(_char_class([cp for cp in _MARK_CPS if cp <= 0xFFFF]))
_MARK_ALL = re.compile(_char_class(_MARK_CPS))
_ASCII_CONTROL = re.compile("[\x00-\x1f\x7f]")

# Arabic-script letter variants that people (and keyboards) use interchangeably. Hamza-carrying letters
# (أ إ آ ؤ ئ) need no entry: NFD splits the hamza/madda off as a non-spacing mark, which is then removed.
# Five str.replace calls are much cheaper than one str.translate over the whole text.
_ARABIC_LETTERS: tuple[tuple[str, str], ...] = (
    ("\u0671", "\u0627"),  # ٱ alef wasla -> ا
    ("\u0649", "\u064a"),  # ى alef maksura -> ي
    ("\u06cc", "\u064a"),  # ی Persian yeh -> ي Arabic yeh
    ("\u06a9", "\u0643"),  # ک Persian keheh -> ك Arabic kaf
    ("\u0629", "\u0647"),  # ة teh marbuta -> ه
)
# Arabic-Indic (U+0660…) and Extended Arabic-Indic/Persian (U+06F0…) digits, which NFKC leaves alone. Only
# the digit runs are translated, so the per-character cost of translate is paid on a few characters.
_ARABIC_DIGITS: dict[int, str] = {
    **{0x0660 + digit: str(digit) for digit in range(10)},
    **{0x06F0 + digit: str(digit) for digit in range(10)},
}
_ARABIC_DIGIT_RUN = re.compile("[\u0660-\u0669\u06f0-\u06f9]+")


def _ascii_digits(match: re.Match[str]) -> str:
    return match.group().translate(_ARABIC_DIGITS)


_normalize = unicodedata.normalize


def fold(text: str) -> str:
    """Return the search form of `text`: lower-case, without accents or invisible characters, single-spaced.

    Steps: NFKC (ligatures, full-width and presentation forms); delete joiners/bidi controls/soft hyphen/
    tatweel and turn other control characters into spaces (so "ab\\x00cd" stays two words); map I, İ, ı to i;
    casefold; NFD and drop every non-spacing mark (Latin accents, Arabic harakat and superscript alef, Hebrew
    points); unify Arabic/Persian letter variants and digits; NFC; collapse whitespace.
    `fold(fold(x)) == fold(x)`, and the same function is applied to indexed text and to queries.
    """
    if text.isascii():
        # Case numbers, client codes and many queries are ASCII: only controls, case and spacing matter.
        if not text.isprintable():
            text = _ASCII_CONTROL.sub(" ", text)
        return " ".join(text.lower().split())
    folded = _normalize("NFKC", text)
    astral = _ASTRAL.search(folded) is not None
    # isprintable() is a cheap C pre-check: it is False for every Cc/Cf character (and for a few spaces).
    # Tatweel is a printable letter modifier, so it is removed separately.
    if not folded.isprintable():
        folded = _INVISIBLE.sub("", folded)
        folded = (_CONTROL_ALL if astral else _CONTROL_BMP).sub(" ", folded)
    folded = folded.replace("\u0640", "")
    # Turkish I's are mapped before casefolding: Python lowercases "İ" to "i" + U+0307 and leaves "ı" alone,
    # whereas a Turkish user expects I ı İ i to find each other ("I" itself is handled by casefold).
    folded = folded.replace("\u0130", "i").replace("\u0131", "i").casefold()
    folded = (_MARK_ALL if astral else _MARK_BMP).sub("", _normalize("NFD", folded))
    for variant, standard in _ARABIC_LETTERS:
        folded = folded.replace(variant, standard)
    folded = _ARABIC_DIGIT_RUN.sub(_ascii_digits, folded)
    return " ".join(_normalize("NFC", folded).split())


# A word is a run of letters and digits (`\w` without "_"); punctuation such as "-", "'" or "_" separates
# words, as it does for the FTS5 unicode61 tokenizer, so "Ayşe'nin" is searched as "ayse" "nin" on both sides.
_WORD = re.compile(r"[^\W_]+")


def query_words(text: str) -> list[str]:
    """Fold a search query and split it into words (runs of letters/digits); empty words are dropped.

    `query_words("  Şahin-Yılmaz 2026 ")` is `["sahin", "yilmaz", "2026"]`.
    """
    return _WORD.findall(fold(text))
