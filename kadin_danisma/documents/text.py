"""The multilingual text engine: user text (any script, any direction) into reportlab markup and flowables.

reportlab 5.1 neither reorders right-to-left text (its bidi needs a GPL helper that is not on PyPI) nor falls
back to another font for a missing glyph. So, before text reaches reportlab (approach A of the experiment
notes):

* Arabic-script text is reshaped into presentation forms with ``arabic_reshaper`` (vowel marks kept), and
  ZWJ/ZWNJ and bidi controls are removed (the fonts have no glyph for them).
* Bidi levels come from ``python-bidi`` (its Rust engine, read through ``debug=True``; the pure-Python one
  as fallback) and each line is put into visual order here (`reorder`: rules L2 and L4): the Rust
  ``get_display`` does not mirror brackets, so "(…)" in Arabic would face outwards.
* A value inserted into a left-to-right sentence (`markup`) is resolved on its own, with its own direction:
  exactly what wrapping it in FSI … PDI (HTML ``<bdi>``) does, so neutral characters and numbers around it
  cannot join it. Inside such a value each right-to-left run is made unbreakable (NBSP), because reportlab
  may wrap the line anywhere and the order is fixed beforehand.
* Whole right-to-left paragraphs (and left-to-right ones holding a right-to-left run wider than the line)
  are drawn by `BidiParagraph`, which wraps in logical order and reorders each line on its own.
* Text is split into runs by glyph coverage (`fonts.font_for`) and each run gets its own font.

User text is always escaped: it is never interpreted as reportlab markup. Control characters are dropped
(the PDF must not carry them); every letter is kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from arabic_reshaper import ArabicReshaper
from bidi import algorithm as bidi_algorithm
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from . import fonts

NBSP = "\u00a0"
_WORD_RE = re.compile(r"[^ ]+")
_LEVEL_RE = re.compile(r"Level\(\s*(\d+),?\s*\)")
_MIRRORED: dict[str, str] = dict(MIRRORED)
_JOINERS = frozenset("\u200c\u200d")
# removed from the visual string: explicit bidi controls, marks, isolates, ZWNJ/ZWJ
_STRIP_AFTER = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") | _JOINERS
_RTL_CLASSES = frozenset({"R", "AL"})
_REORDER_CLASSES = frozenset({"R", "AL", "AN"})
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\x0b": "\n", "\x0c": "\n"}

_reshaper = ArabicReshaper(
    configuration={
        "delete_harakat": False,  # keep vowel marks (the default silently drops them)
        "shift_harakat_position": False,
        "support_ligatures": True,  # lam-alef
        "ARABIC LIGATURE ALLAH": False,  # a name like عبد الله keeps its letters
    }
)

__all__ = [
    "BidiParagraph",
    "clean",
    "direction",
    "draw_line",
    "font_runs",
    "label_value",
    "levels",
    "markup",
    "paragraph",
    "reorder",
    "styles",
    "visual_line",
]


# -- plain text ------------------------------------------------------------------------------------------


def clean(text: str) -> str:
    """NFC-normalised text with line breaks unified to \\n, tabs as spaces, and control and format characters
    dropped (C0/C1 controls, lone surrogates, bidi controls, BOM…); ZWNJ and ZWJ stay for shaping."""
    for old, new in _LINE_BREAKS.items():
        text = text.replace(old, new)
    kept = []
    for ch in unicodedata.normalize("NFC", text):
        if ch == "\n":
            kept.append(ch)
        elif ch == "\t":
            kept.append(" ")
        elif ch in _JOINERS or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"):
            kept.append(ch)
    return "".join(kept)


def direction(text: str) -> str | None:
    """'R' or 'L' after the first strong character (Unicode bidi rule P2), None when there is none."""
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls == "L":
            return "L"
        if cls in _RTL_CLASSES:
            return "R"
    return None


def _needs_reorder(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _REORDER_CLASSES for ch in text)


def _strip_controls(text: str) -> str:
    return "".join(ch for ch in text if ch not in _STRIP_AFTER)


def _shape(text: str) -> str:
    """Arabic script reshaped into presentation forms (harakat kept), then joiners and controls removed."""
    return _strip_controls(_reshaper.reshape(text)) if _needs_reorder(text) else _strip_controls(text)


def _rust_levels(text: str, base: str) -> list[int] | None:
    """Levels from python-bidi's Rust engine (``debug=True`` returns its analysis, levels per UTF-8 byte);
    None when the dump is not in the expected shape."""
    try:
        dump = get_display(text, base_dir=base, debug=True)
    except Exception:  # any failure of the native engine: use the pure-Python one
        return None
    if not isinstance(dump, str):
        return None
    # the text field is printed on one line (newlines escaped), so only the field itself matches
    start = dump.rfind("\n    levels: [")
    end = dump.find("\n    ]", start)
    if start < 0 or end < 0:
        return None
    per_byte = [int(level) for level in _LEVEL_RE.findall(dump, start, end)]
    if len(per_byte) != len(text.encode("utf-8")):
        return None
    levels = []
    offset = 0
    for ch in text:
        levels.append(per_byte[offset])
        offset += len(ch.encode("utf-8"))
    return levels


def _python_levels(text: str, base: str) -> list[int]:
    """Levels from python-bidi's pure-Python engine (older UBA: no isolates or bracket pairs; we use
    neither), the fallback when the Rust dump cannot be read."""
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = bidi_algorithm.PARAGRAPH_LEVELS[base]
    storage["base_dir"] = base
    bidi_algorithm.get_embedding_levels(text, storage)
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    levels = [int(char["level"]) for char in storage["chars"]]
    if len(levels) != len(text):
        return [storage["base_level"]] * len(text)
    return levels


def levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character of one paragraph (Unicode bidi rules up to I2),
    with the paragraph direction given (`rtl`). Odd levels are right-to-left."""
    if not text:
        return []
    base = "R" if rtl else "L"
    return _rust_levels(text, base) or _python_levels(text, base)


def reorder(text: str, text_levels: Sequence[int]) -> str:
    """One line in visual order from its logical characters and their levels: rule L2 (reverse every run
    at or above each odd level, highest first) and L4 (mirror brackets and the like at odd levels).

    python-bidi's Rust engine applies only L1/L2 and no mirroring (python-bidi issue #25), so an Arabic
    "(…)" would come out with its parentheses facing outwards; hence our own reordering.
    """
    order = list(range(len(text)))
    odd = [level for level in text_levels if level % 2]
    if odd:
        for level in range(max(text_levels), min(odd) - 1, -1):
            i = 0
            while i < len(order):
                if text_levels[order[i]] < level:
                    i += 1
                    continue
                j = i
                while j < len(order) and text_levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
    return "".join(_MIRRORED.get(text[k], text[k]) if text_levels[k] % 2 else text[k] for k in order)


def visual_line(line: str) -> str:
    """One line of cleaned user text, for use inside a left-to-right line, in visual (drawing) order.

    The line is treated as an isolate (its direction from its first strong character, like FSI … PDI):
    Arabic script reshaped (harakat kept), reordered, controls and joiners dropped; the spaces inside
    right-to-left runs (all of them when the line itself is right-to-left) become NBSP so that wrapping
    cannot split a run whose order is already fixed. A line without right-to-left characters comes back
    unchanged (joiners dropped).
    """
    if not _needs_reorder(line):
        return _strip_controls(line)
    shaped = _shape(line)
    rtl = direction(line) == "R"
    line_levels = levels(shaped, rtl)
    glued = "".join(NBSP if ch == " " and (rtl or level > 0) else ch
                    for ch, level in zip(shaped, line_levels, strict=True))
    return reorder(glued, line_levels)


def _sticky(ch: str) -> bool:
    """Characters that stay in the current run's font when it has them (spaces, combining marks)."""
    return ch.isspace() or unicodedata.category(ch) in ("Mn", "Me")


def font_runs(visual: str, bold: bool = False) -> list[tuple[str, str]]:
    """(font name, text) runs covering `visual`, each font having glyphs for its run (DejaVu last resort)."""
    runs: list[tuple[str, str]] = []
    current: str | None = None
    buf: list[str] = []
    for ch in visual:
        if current is not None and _sticky(ch) and fonts.covers(current, ch):
            buf.append(ch)
            continue
        font = fonts.font_for(ch, bold)
        if font != current:
            if buf and current is not None:
                runs.append((current, "".join(buf)))
            current, buf = font, []
        buf.append(ch)
    if buf and current is not None:
        runs.append((current, "".join(buf)))
    return runs


def _runs_width(runs: Sequence[tuple[str, str]], size: float) -> float:
    return float(sum(stringWidth(text, font, size) for font, text in runs))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _runs_markup(runs: Sequence[tuple[str, str]]) -> str:
    return "".join(f'<font face="{font}">{_escape(text)}</font>' for font, text in runs)


def markup(text: str, bold: bool = False) -> str:
    """User-supplied plain text as reportlab paragraph markup, for use inside a left-to-right paragraph.

    Escaped (never interpreted as markup), reordered as an isolate when it holds right-to-left text, split
    into ``<font face=…>`` runs by glyph coverage. Every run names its face explicitly, so the result does
    not inherit boldness from the paragraph style: pass ``bold=True`` inside a bold paragraph (headings,
    labels). Line breaks become ``<br/>``; control characters are dropped.
    """
    fonts.register()
    return "<br/>".join(_runs_markup(font_runs(visual_line(line), bold)) for line in clean(text).split("\n"))


def _widest_rtl_piece(visual: str, bold: bool, size: float) -> float:
    """Width of the widest unbreakable piece of `visual` that holds right-to-left text."""
    widest = 0.0
    for piece in visual.split(" "):
        if NBSP in piece or _needs_reorder(piece):
            widest = max(widest, _runs_width(font_runs(piece, bold), size))
    return widest


def draw_line(canv: Canvas, text: str, x: float, y: float, size: float, bold: bool = False,
              align: str = "left") -> float:
    """Draw user text as one line on a canvas (footers, signature blocks): bidi, shaping and font runs
    applied, newlines as spaces; `align` is 'left', 'right' or 'center' about x. Returns the width."""
    fonts.register()
    visual = visual_line(" ".join(clean(text).split("\n")))
    runs = font_runs(visual, bold)
    widths = [stringWidth(run, font, size) for font, run in runs]
    total = float(sum(widths))
    if align == "right":
        x -= total
    elif align == "center":
        x -= total / 2
    for (font, run), width in zip(runs, widths, strict=True):
        canv.setFont(font, size)
        canv.drawString(x, y, run)
        x += width
    return total


# -- flowables -------------------------------------------------------------------------------------------


class BidiParagraph(Flowable):  # type: ignore[misc]
    """One paragraph of user text, wrapped in logical order and drawn line by line in visual order.

    Used for right-to-left paragraphs (right-aligned) and for left-to-right ones holding a right-to-left
    run too wide for a line. The bidi levels are resolved once for the whole paragraph; each line is then
    reordered on its own (rules L2/L4), as the Unicode algorithm prescribes. `split` cuts between lines, so
    long text flows across pages.
    """

    def __init__(self, shaped: str, text_levels: Sequence[int], style: ParagraphStyle, rtl: bool,
                 first: bool = True, last: bool = True) -> None:
        super().__init__()
        if len(shaped) != len(text_levels):
            raise ValueError("one level per character")
        self.text = shaped
        self.text_levels = list(text_levels)
        self.style = style
        self.rtl = rtl
        self.bold = fonts.is_bold(style.fontName)
        self.spaceBefore = style.spaceBefore if first else 0
        self.spaceAfter = style.spaceAfter if last else 0
        self._first, self._last = first, last
        self._laid_out_for: float | None = None
        self._lines: list[tuple[int, int, list[tuple[str, str]], float]] = []  # start, end, runs, width

    @classmethod
    def from_text(cls, line: str, style: ParagraphStyle, rtl: bool) -> BidiParagraph:
        """From one cleaned line of logical text (no newline)."""
        fonts.register()
        shaped = _shape(line)
        return cls(shaped, levels(shaped, rtl), style, rtl)

    def _measure(self, text: str) -> float:
        return _runs_width(font_runs(text, self.bold), self.style.fontSize)

    def _break_word(self, start: int, end: int, width: float) -> list[tuple[int, int]]:
        """A word wider than the line, cut into pieces that fit (never before a combining mark)."""
        pieces: list[tuple[int, int]] = []
        piece_start = start
        for i in range(start + 1, end):
            if not unicodedata.combining(self.text[i]) and self._measure(self.text[piece_start:i + 1]) > width:
                pieces.append((piece_start, i))
                piece_start = i
        pieces.append((piece_start, end))
        return pieces

    def _layout(self, avail_width: float) -> None:
        if self._laid_out_for == avail_width:
            return
        style = self.style
        width = max(avail_width - style.leftIndent - style.rightIndent, style.fontSize)
        space = self._measure(" ")
        spans: list[tuple[int, int]] = []
        current: tuple[int, int] | None = None
        used = 0.0
        for match in _WORD_RE.finditer(self.text):
            start, end = match.span()
            word_width = self._measure(self.text[start:end])
            if word_width > width:
                if current:
                    spans.append(current)
                *full, current = self._break_word(start, end, width)
                spans += full
                used = self._measure(self.text[current[0]:current[1]])
            elif current is None:
                current, used = (start, end), word_width
            elif used + space * (start - current[1]) + word_width > width:
                spans.append(current)
                current, used = (start, end), word_width
            else:
                current, used = (current[0], end), used + space * (start - current[1]) + word_width
        if current:
            spans.append(current)
        self._lines = []
        for start, end in spans:
            visual = reorder(self.text[start:end], self.text_levels[start:end])
            runs = font_runs(visual, self.bold)
            self._lines.append((start, end, runs, _runs_width(runs, style.fontSize)))
        self._laid_out_for = avail_width

    def minWidth(self) -> float:
        """The widest word (reportlab's Table sizes automatic columns with it)."""
        widest = max((self._measure(m.group()) for m in _WORD_RE.finditer(self.text)), default=0.0)
        return float(widest + self.style.leftIndent + self.style.rightIndent)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._layout(avail_width)
        self.width = avail_width
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._layout(avail_width)
        fit = int((avail_height + 1e-6) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self._lines):
            return [self]
        cut_end, cut_start = self._lines[fit - 1][1], self._lines[fit][0]
        return [
            BidiParagraph(self.text[:cut_end], self.text_levels[:cut_end], self.style, self.rtl,
                          first=self._first, last=False),
            BidiParagraph(self.text[cut_start:], self.text_levels[cut_start:], self.style, self.rtl,
                          first=False, last=self._last),
        ]

    def draw(self) -> None:
        style = self.style
        canv = self.canv
        canv.saveState()
        canv.setFillColor(style.textColor)
        inner = self.width - style.leftIndent - style.rightIndent
        baseline = self.height - style.fontSize
        for _start, _end, runs, line_width in self._lines:
            if style.alignment == TA_CENTER:
                x = style.leftIndent + (inner - line_width) / 2
            elif self.rtl or style.alignment == TA_RIGHT:
                x = style.leftIndent + inner - line_width
            else:
                x = style.leftIndent
            for font, run in runs:
                canv.setFont(font, style.fontSize)
                canv.drawString(x, baseline, run)
                x += stringWidth(run, font, style.fontSize)
            baseline -= style.leading
        canv.restoreState()


class _Stack(Flowable):  # type: ignore[misc]
    """Flowables stacked vertically as one flowable, splittable between and inside them."""

    def __init__(self, children: Sequence[Flowable]) -> None:
        super().__init__()
        self._children = list(children)
        self._placed: list[tuple[Flowable, float, float]] = []  # child, y of its top from our top, height

    def _kids(self, avail_width: float) -> list[Flowable]:
        return self._children

    def getSpaceBefore(self) -> float:
        return float(self._children[0].getSpaceBefore()) if self._children else 0.0

    def getSpaceAfter(self) -> float:
        return float(self._children[-1].getSpaceAfter()) if self._children else 0.0

    def minWidth(self) -> float:
        return float(max((kid.minWidth() for kid in self._children), default=0.0))

    @staticmethod
    def _gap(upper: Flowable, lower: Flowable) -> float:
        return float(max(upper.getSpaceAfter(), lower.getSpaceBefore()))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        kids = self._kids(avail_width)
        self._placed = []
        top = 0.0
        for i, kid in enumerate(kids):
            if i:
                top += self._gap(kids[i - 1], kid)
            _w, height = kid.wrap(avail_width, avail_height)
            self._placed.append((kid, top, height))
            top += height
        self.width, self.height = avail_width, top
        return self.width, self.height

    def draw(self) -> None:
        for kid, top, height in self._placed:
            kid.drawOn(self.canv, 0, self.height - top - height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        kids = self._kids(avail_width)
        head: list[Flowable] = []
        tail: list[Flowable] = []
        used = 0.0
        for i, kid in enumerate(kids):
            gap = self._gap(head[-1], kid) if head else 0.0
            _w, height = kid.wrap(avail_width, avail_height)
            if used + gap + height <= avail_height + 1e-6:
                head.append(kid)
                used += gap + height
                continue
            room = avail_height - used - gap
            parts = kid.split(avail_width, room) if room > 0 else []
            if len(parts) >= 2:
                head.append(parts[0])
                tail = [*parts[1:], *kids[i + 1:]]
            else:
                tail = kids[i:]
            break
        if not head:
            return []
        return [_Stack(head), _Stack(tail)] if tail else [_Stack(head)]


class _RtlSafe(_Stack):
    """A reportlab Paragraph, unless a right-to-left piece of it is wider than the line: then the
    alternative (BidiParagraph based), which wraps before reordering. Decided at wrap time."""

    def __init__(self, simple: Flowable, alternative: Callable[[], list[Flowable]], widest_rtl: float,
                 style: ParagraphStyle) -> None:
        super().__init__([simple])
        self._alternative = alternative
        self._widest_rtl = widest_rtl
        self._style = style
        self._chosen: list[Flowable] | None = None

    def _kids(self, avail_width: float) -> list[Flowable]:
        inner = avail_width - self._style.leftIndent - self._style.rightIndent
        if self._widest_rtl <= inner:
            return self._children
        if self._chosen is None:
            self._chosen = self._alternative()
        return self._chosen


def paragraph(text: str, style: ParagraphStyle) -> list[Flowable]:
    """A whole block of user text (a note of any length, with newlines) as flowables, in order.

    Each line is a paragraph with its own direction (first strong character). Left-to-right paragraphs
    become ``Paragraph(markup(…))``; right-to-left ones a right-aligned `BidiParagraph`. Everything wraps
    and splits across pages. Blank lines inside the text become vertical space of one line; blank lines
    at the start and end are dropped. Always a list (possibly empty), to extend a story with.
    """
    fonts.register()
    lines = clean(text).split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    bold = fonts.is_bold(style.fontName)
    story: list[Flowable] = []
    for line in lines:
        if not line.strip():
            story.append(Spacer(1, style.leading))
        elif direction(line) == "R":
            story.append(BidiParagraph.from_text(line, style, rtl=True))
        elif _needs_reorder(line):
            visual = visual_line(line)
            simple = Paragraph(_runs_markup(font_runs(visual, bold)), style)
            widest = _widest_rtl_piece(visual, bold, style.fontSize)
            story.append(_RtlSafe(simple, _bidi_alternative(line, style), widest, style))
        else:
            story.append(Paragraph(_runs_markup(font_runs(_strip_controls(line), bold)), style))
    return story


def _bidi_alternative(line: str, style: ParagraphStyle) -> Callable[[], list[Flowable]]:
    def make() -> list[Flowable]:
        return [BidiParagraph.from_text(line, style, rtl=False)]

    return make


def label_value(label: str, value: str, styles: Mapping[str, ParagraphStyle]) -> Flowable:
    """A "Label: value" row in the body style: the label (template text) bold, the value (user text)
    through `markup`. An empty value shows as "—". A value with a right-to-left piece too wide for the line
    is set below the label as its own paragraph(s), so its order survives wrapping."""
    style = styles["body"]
    label = label.rstrip()
    if label and not label.endswith(":"):
        label += ":"
    shown = value if value.strip() else "—"
    label_markup = markup(label, bold=True)
    simple = Paragraph(f"{label_markup} {markup(shown)}", style)
    lines = [line for line in clean(shown).split("\n") if _needs_reorder(line)]
    if not lines:
        return simple
    bold = fonts.is_bold(style.fontName)
    widest = max(_widest_rtl_piece(visual_line(line), bold, style.fontSize) for line in lines)

    def stacked() -> list[Flowable]:
        return [Paragraph(label_markup, style), *paragraph(shown, style)]

    return _RtlSafe(simple, stacked, widest, style)


# -- styles ----------------------------------------------------------------------------------------------


def styles(base_size: float = 10) -> dict[str, ParagraphStyle]:
    """Fresh paragraph styles on the bundled fonts (nothing falls back to Helvetica):
    "body", "small", "h1", "h2", "label", "mono" (DejaVu Sans, for recovery keys)."""
    fonts.register()
    size = float(base_size)
    common: dict[str, Any] = {"splitLongWords": 1, "allowWidows": 1, "allowOrphans": 0}
    body = ParagraphStyle("kd-body", fontName=fonts.REGULAR, fontSize=size, leading=size * 1.35,
                          spaceAfter=size * 0.35, **common)
    small_size = max(size - 2, 6.0)
    return {
        "body": body,
        "small": ParagraphStyle("kd-small", parent=body, fontSize=small_size, leading=small_size * 1.35,
                                spaceAfter=small_size * 0.3),
        "h1": ParagraphStyle("kd-h1", parent=body, fontName=fonts.BOLD, fontSize=size * 1.6,
                             leading=size * 2.0, spaceBefore=size * 0.6, spaceAfter=size * 0.8),
        "h2": ParagraphStyle("kd-h2", parent=body, fontName=fonts.BOLD, fontSize=size * 1.25,
                             leading=size * 1.6, spaceBefore=size * 0.8, spaceAfter=size * 0.4),
        "label": ParagraphStyle("kd-label", parent=body, fontName=fonts.BOLD),
        "mono": ParagraphStyle("kd-mono", parent=body, fontName=fonts.MONO, fontSize=size * 1.1,
                               leading=size * 1.6, splitLongWords=0),
    }
