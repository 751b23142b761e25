"""The bundled fonts, registered with reportlab, and per-character font fallback.

reportlab has no font fallback of its own: a character the current font lacks is drawn as the .notdef box.
`font_for` picks, per character, the first font of the chain Noto Sans → Noto Sans Arabic → Noto Sans
Armenian → DejaVu Sans whose cmap has it (DejaVu Sans is the last resort even when it lacks the glyph).

The font files live in ``resources/fonts/`` with their licences (SIL OFL for Noto, the Bitstream Vera
licence for DejaVu). Reading them is the only file access of the documents package.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"

REGULAR = "KD-NotoSans"
BOLD = "KD-NotoSans-Bold"
ARABIC = "KD-NotoSansArabic"
ARABIC_BOLD = "KD-NotoSansArabic-Bold"
ARMENIAN = "KD-NotoSansArmenian"
ARMENIAN_BOLD = "KD-NotoSansArmenian-Bold"
DEJAVU = "KD-DejaVuSans"
DEJAVU_BOLD = "KD-DejaVuSans-Bold"
MONO = DEJAVU
"""Used for recovery keys: no monospaced font is bundled, DejaVu Sans has unambiguous 0/O and 1/l/I."""

# (regular name, bold name, regular file, bold file), in fallback order
_FAMILIES: tuple[tuple[str, str, str, str], ...] = (
    (REGULAR, BOLD, "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    (ARABIC, ARABIC_BOLD, "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    (ARMENIAN, ARMENIAN_BOLD, "NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"),
    (DEJAVU, DEJAVU_BOLD, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
)
CHAIN: tuple[str, ...] = tuple(family[0] for family in _FAMILIES)
BOLD_CHAIN: tuple[str, ...] = tuple(family[1] for family in _FAMILIES)
ALL_FONTS: frozenset[str] = frozenset(CHAIN + BOLD_CHAIN)
BOLD_FONTS: frozenset[str] = frozenset(BOLD_CHAIN)

_lock = threading.Lock()
_registered = False
_coverage: dict[str, frozenset[int]] = {}


def register() -> None:
    """Register the eight TTFs and their families with reportlab (idempotent and thread-safe).

    Each family maps bold to its bold face and italic to the upright face (no italics are bundled), so
    ``<b>`` and ``<i>`` inside a paragraph never switch to a built-in, unembedded font.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        coverage: dict[str, frozenset[int]] = {}
        for regular, bold, regular_file, bold_file in _FAMILIES:
            for name, filename in ((regular, regular_file), (bold, bold_file)):
                font = TTFont(name, str(FONT_DIR / filename))
                pdfmetrics.registerFont(font)
                coverage[name] = frozenset(code for code, glyph in font.face.charToGlyph.items() if glyph)
            pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
            # registerFontFamily maps each face name back to its last (italic) entry; restore the upright
            # ones so a paragraph whose style font is `bold` starts as (family, bold, not italic)
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold)
        _coverage.update(coverage)
        _registered = True


def covers(font_name: str, ch: str) -> bool:
    """Whether the registered font `font_name` has a glyph for the single character `ch`."""
    register()
    return ord(ch) in _coverage[font_name]


@lru_cache(maxsize=8192)
def font_for(ch: str, bold: bool = False) -> str:
    """The first font of the fallback chain with a glyph for `ch`; DejaVu Sans (bold) as the last resort."""
    register()
    code = ord(ch)
    chain = BOLD_CHAIN if bold else CHAIN
    for name in chain:
        if code in _coverage[name]:
            return name
    return chain[-1]


def is_bold(font_name: str) -> bool:
    """Whether `font_name` is one of the bundled bold faces."""
    return font_name in BOLD_FONTS
