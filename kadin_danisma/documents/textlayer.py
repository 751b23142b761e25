"""The text layer of right-to-left clusters, in the order PDF readers expect.

A PDF draws right-to-left text glyph by glyph from left to right (visual order); each glyph's text comes
from its font's ToUnicode map. Readers turn a line back into reading order by reversing every right-to-left
run character by character: PDFium (Chrome, Edge; core/fpdftext/cpdf_textpage.cpp, CloseTempLine), poppler
and pdf.js all do. A glyph that stands for several characters — the lam-alef ligature (لا, لأ), a letter
with its vowel marks, a letter joined to a ZWNJ — is therefore read back reversed when its map holds them in
reading order, as Typst writes them: "الأحمد" came back as "األحمد" and "شیلان" as "شیالن".

`reorder_rtl_clusters` stores such multi-character entries reversed, so the readers' reversal restores the
typed order; with /ReversedChars (which Typst puts around each right-to-left run) a reader following the
standard reverses the run's text as a whole and gets the same. Where Typst spells a cluster out in an
/ActualText span instead (the same glyph standing for different text elsewhere), that text is reversed the
same way. A cluster drawn as a base glyph plus mark glyphs (Typst gives each glyph the whole cluster's text)
keeps the letters on the base glyph and the marks on the mark glyph (zero advance width), so they are not
read twice.

Left-to-right text is left alone: only entries holding a right-to-left letter change.
"""

from __future__ import annotations

import io
import re
import unicodedata

import pikepdf

__all__ = ["reorder_rtl_clusters"]

_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_ACTUAL_TEXT = re.compile(rb"/ActualText\s*<([0-9A-Fa-f]+)>")
_BOM = "\ufeff"
# Typst puts the embedding controls of a change of direction (RLE, LRE, PDF…) into the text of the glyph next
# to it; no reader wants them in the text it copies, searches or speaks.
_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"))


def _rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


def _widths(descendant: pikepdf.Dictionary) -> tuple[dict[int, float], float]:
    """The advance width of each CID (the /W array: `c [w1 w2 …]` and `c_first c_last w` forms)."""
    found: dict[int, float] = {}
    items = list(descendant.get("/W", pikepdf.Array()))
    i = 0
    while i + 1 < len(items):
        first, following = int(items[i]), items[i + 1]
        if isinstance(following, pikepdf.Array):
            for k, width in enumerate(following):
                found[first + k] = float(width)
            i += 2
        else:
            if i + 2 >= len(items):
                break
            for code in range(first, int(following) + 1):
                found[code] = float(items[i + 2])
            i += 3
    return found, float(descendant.get("/DW", 1000))


def _decode(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode("ascii")).decode("utf-16-be", errors="replace")


def _encode(text: str) -> bytes:
    return text.encode("utf-16-be").hex().upper().encode("ascii")


def _reordered_cmap(cmap: bytes, widths: dict[int, float], default_width: float) -> bytes:
    entries = [(int(m.group(1), 16), _decode(m.group(2))) for m in _BFCHAR.finditer(cmap)]
    multi = {(code, text.translate(_CONTROLS)) for code, text in entries if len(text.translate(_CONTROLS)) > 1
             and _rtl(text)}
    controls = {code for code, text in entries if text.translate(_CONTROLS) != text}
    if not multi and not controls:
        return cmap
    zero = {code for code, _ in multi if widths.get(code, default_width) == 0}
    split_texts = {text for code, text in multi if code in zero}

    def replace(match: re.Match[bytes]) -> bytes:
        code, text = int(match.group(1), 16), _decode(match.group(2)).translate(_CONTROLS)
        if (code, text) not in multi:
            if code in controls and text:
                return b"<" + match.group(1) + b"> <" + _encode(text) + b">"
            return match.group(0)
        marks = "".join(ch for ch in text if _is_mark(ch))
        letters = "".join(ch for ch in text if not _is_mark(ch))
        if code in zero and marks:
            new = marks  # the mark glyph of a base + mark cluster
        elif text in split_texts and letters:
            new = letters  # its base glyph
        else:
            new = text  # a ligature or a cluster drawn as one glyph
        return b"<" + match.group(1) + b"> <" + _encode(new[::-1]) + b">"

    return _BFCHAR.sub(replace, cmap)


def _reordered_actual_text(content: bytes) -> bytes:
    def replace(match: re.Match[bytes]) -> bytes:
        text = _decode(match.group(1))
        bom = text.startswith(_BOM)
        body = (text[1:] if bom else text).translate(_CONTROLS)
        if _rtl(body):
            # around a base glyph: its marks are drawn (and mapped) by mark glyphs of their own
            letters = "".join(ch for ch in body if not _is_mark(ch))
            body = (letters or body)[::-1]
        if body == (text[1:] if bom else text):
            return match.group(0)
        return b"/ActualText<" + (b"FEFF" if bom else b"") + _encode(body) + b">"

    return _ACTUAL_TEXT.sub(replace, content)


def reorder_rtl_clusters(pdf: bytes) -> bytes:
    """`pdf` with the text of right-to-left multi-character clusters stored in the order readers need (module
    docstring). Returns the input unchanged when there is nothing to do."""
    changed = False
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for obj in document.objects:
            if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Subtype") != "/Type0":
                continue
            to_unicode = obj.get("/ToUnicode")
            descendants = obj.get("/DescendantFonts")
            if not isinstance(to_unicode, pikepdf.Stream) or not isinstance(descendants, pikepdf.Array):
                continue
            descendant = descendants[0] if len(descendants) else None
            if not isinstance(descendant, pikepdf.Dictionary):
                continue
            widths, default_width = _widths(descendant)
            cmap = to_unicode.read_bytes()
            new = _reordered_cmap(cmap, widths, default_width)
            if new != cmap:
                to_unicode.write(new)
                changed = True
        for page in document.pages:
            for stream in _content_streams(page):
                content = stream.read_bytes()
                if b"ActualText" not in content:
                    continue
                new = _reordered_actual_text(content)
                if new != content:
                    stream.write(new)
                    changed = True
        if not changed:
            return pdf
        out = io.BytesIO()
        # the XMP packet stays as Typst wrote it (and lxml, which rewriting it needs, is not in the bundle)
        document.save(out, deterministic_id=True, fix_metadata_version=False)
    return out.getvalue()


def _content_streams(page: pikepdf.Page) -> list[pikepdf.Stream]:
    contents = page.obj.get("/Contents")
    if isinstance(contents, pikepdf.Stream):
        return [contents]
    if isinstance(contents, pikepdf.Array):
        return [item for item in contents if isinstance(item, pikepdf.Stream)]
    return []
