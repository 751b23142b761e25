"""Reading the app's PDFs back in tests, with pip-installed engines only (no poppler, qpdf or MuPDF on the
machine): PDFium through pypdfium2 (Chrome's reader: text, character boxes, a password, rendering) and qpdf's
library through pikepdf (structure, fonts, encryption, the checks of `qpdf --check`).

Every PDF test reads through this one module, so what "the text of a PDF" means is decided once:

- `exact_lines` is each line as typed: NFC only, every letter, ZWNJ included (the documents' engine, Typst,
  draws shaped glyphs whose text is the real letters, not presentation forms). `text` (and `norm`) is the
  looser reading kept for containment checks: NFKC, format characters (bidi marks, ZWNJ, isolates) removed,
  whitespace collapsed.
- PDFium puts each right-to-left *word* into logical order but keeps the words of a line in the order it
  reads the line: left to right on a mostly left-to-right line, right to left on a mostly right-to-left one.
  So "Danışan فاطمة الزهراء ile" drawn correctly comes back as "Danışan الزهراء فاطمة ile". `logical_line`
  undoes exactly that (each run of words of the line's other direction is put back in logical order), which
  is what poppler's pdftotext printed before. It reorders whole words only: a word drawn with its letters in
  the wrong order, a lost word or a word in the wrong place among its run still fails every check.
- Word positions (`words`) come from PDFium's character boxes, so "drawn right-to-left" is checked on where
  the glyphs are, not on any extraction order.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from bidi import get_display

Source = bytes | Path

BASE_14 = re.compile(r"Helvetica|Times|Courier|Symbol|ZapfDingbats", re.IGNORECASE)


def _data(source: Source) -> bytes:
    return source.read_bytes() if isinstance(source, Path) else source


def open_document(source: Source, password: str | None = None) -> pdfium.PdfDocument:
    """The PDF opened by PDFium; raises `pdfium.PdfiumError` for a missing or wrong password."""
    return pdfium.PdfDocument(_data(source), password=password)


def needs_password(source: Source) -> bool:
    """True when PDFium refuses to open the file without a password (and qpdf agrees)."""
    try:
        open_document(source).close()
    except pdfium.PdfiumError as error:
        assert "password" in str(error).lower(), error
        with_qpdf = _opens_in_qpdf(source)
        assert not with_qpdf, "PDFium needs a password but qpdf opened the file without one"
        return True
    assert _opens_in_qpdf(source), "PDFium opened the file but qpdf needs a password"
    return False


def _opens_in_qpdf(source: Source, password: str = "") -> bool:
    try:
        with pikepdf.open(_as_stream(source), password=password):
            return True
    except pikepdf.PasswordError:
        return False


def _as_stream(source: Source) -> Path | io.BytesIO:
    return source if isinstance(source, Path) else io.BytesIO(source)


# -- text ----------------------------------------------------------------------------------------------


_FORMAT = dict.fromkeys(ord(ch) for ch in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def norm(value: str) -> str:
    """NFKC (presentation forms back to letters), format characters (bidi marks, ZWNJ, isolates) removed,
    whitespace collapsed."""
    value = unicodedata.normalize("NFKC", value).translate(_FORMAT)
    value = "".join(ch for ch in value if unicodedata.category(ch) != "Cf")
    return " ".join(value.split())


def compact(value: str) -> str:
    """`norm` without any whitespace, for containment checks across line breaks and the spaces a reader
    puts on either side of a right-to-left run."""
    return "".join(norm(value).split())


# PDFium's reading of a line (core/fpdftext/cpdf_textpage.cpp, CloseTempLine, with core/fxcrt/fx_bidi.cpp):
# the glyphs, in drawing order from left to right, are cut into segments of one class (right-to-left letters;
# left-to-right letters; "weak" characters: digits, combining marks, separators such as ":" "," and the no-break
# space; other neutrals such as spaces and brackets). The line is read right to left when it has more
# right-to-left segments than left-to-right ones (measured: a tie reads left to right); the order of the
# segments is then reversed. A segment of
# right-to-left letters, and a neutral one while the reading direction is right to left, is written reversed
# with mirrored brackets; any other is written as it is; a left-to-right segment sets the direction back.
_WEAK = frozenset(("EN", "AN", "NSM", "CS", "ES", "ET", "BN"))
_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


def _pdfium_class(ch: str) -> str:
    kind = unicodedata.bidirectional(ch)
    if kind == "L":
        return "L"
    if kind in ("R", "AL"):
        return "R"
    return "W" if kind in _WEAK else "N"


def _segments(line: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for ch in line:
        kind = _pdfium_class(ch)
        if out and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1] + ch)
        else:
            out.append((kind, ch))
    return out


def drawn_order(line: str) -> str:
    """Undo PDFium's reading of one line: the characters in the order their glyphs are drawn, left to right.
    Exact, because PDFium's steps keep every segment whole and of the same class, so the segments of its
    output are the segments it read, in the order it wrote them."""
    segments = _segments(line)
    rtl = sum(k == "R" for k, _ in segments)
    ltr = sum(k == "L" for k, _ in segments)
    direction = "R" if rtl > ltr else "L"
    read_rtl = direction == "R"
    undone: list[str] = []
    for kind, chars in segments:
        if kind == "R" or (kind == "N" and direction == "R"):
            direction = "R"
            undone.append("".join(_MIRROR.get(ch, ch) for ch in reversed(chars)))
        else:
            if kind != "W":
                direction = "L"
            undone.append(chars)
    return "".join(reversed(undone) if read_rtl else undone)


def _strong(ch: str) -> str | None:
    kind = unicodedata.bidirectional(ch)
    return "R" if kind in ("R", "AL") else "L" if kind == "L" else None


def _mirror_right_to_left_brackets(visual: str, base: str) -> str:
    """python-bidi reorders but does not mirror (rule L4): mirror each bracket the algorithm resolves as
    right-to-left, i.e. whose nearest strong neighbours on both sides are right-to-left (digits count as
    right-to-left here, rule N1), or, with neighbours that disagree, in a right-to-left line (N2)."""
    kinds = [_strong(ch) or ("R" if unicodedata.bidirectional(ch) in ("EN", "AN") else None) for ch in visual]
    out = list(visual)
    for i, ch in enumerate(visual):
        if ch not in _MIRROR:
            continue
        before = next((k for k in reversed(kinds[:i]) if k), base)
        after = next((k for k in kinds[i + 1:] if k), base)
        if (before if before == after else base) == "R":
            out[i] = _MIRROR[ch]
    return "".join(out)


def logical_line(line: str) -> str:
    """One line as PDFium gives it, in logical order: the glyphs in drawn order (`drawn_order`), then the
    Unicode bidirectional algorithm (python-bidi) to turn that visual order back into reading order. A line
    of a left-to-right paragraph has its leftmost strong letter left-to-right, or its rightmost one (it ends
    in left-to-right text after a right-to-left run); a line of a right-to-left paragraph has both ends
    right-to-left. Only word order and the side of punctuation change: a glyph drawn in the wrong place
    still comes back in the wrong place."""
    visual = drawn_order(line)
    strong = [kind for kind in map(_strong, visual) if kind]
    base = "R" if strong and strong[0] == "R" and strong[-1] == "R" else "L"
    return " ".join(get_display(_mirror_right_to_left_brackets(visual, base), base_dir=base).split())


def page_texts(source: Source, password: str | None = None) -> list[str]:
    """Each page's text as PDFium reads it, lines in logical order (`logical_line`), not yet normalised."""
    doc = open_document(source, password)
    try:
        pages = []
        for page in doc:
            textpage = page.get_textpage()
            raw = textpage.get_text_range()
            pages.append("\n".join(logical_line(line) for line in raw.replace("\r\n", "\n").split("\n")))
            textpage.close()
            page.close()
        return pages
    finally:
        doc.close()


def text(source: Source, password: str | None = None) -> str:
    """The whole document's text, normalised (`norm`): what a reader or a search tool gets back."""
    return norm("\n".join(page_texts(source, password)))


def exact_lines(source: Source, password: str | None = None) -> list[str]:
    """Every line of every page in reading order (`logical_line`), NFC, spaces collapsed, nothing else
    changed: what a person who typed the text would compare it with."""
    lines = []
    for page in page_texts(source, password):
        lines += [unicodedata.normalize("NFC", line) for line in page.split("\n") if line.strip()]
    return lines


def page_count(source: Source) -> int:
    doc = open_document(source)
    try:
        return len(doc)
    finally:
        doc.close()


def metadata(source: Source) -> dict[str, str]:
    """The document information dictionary (Title, Author, Subject, Creator…) as PDFium reads it."""
    doc = open_document(source)
    try:
        return {key: value for key, value in doc.get_metadata_dict().items() if value}
    finally:
        doc.close()


@dataclass
class Word:
    """A word on a page: its text in logical order (normalised) and where its glyphs are drawn, in PDF
    points (y grows upwards)."""

    page: int
    text: str
    x_min: float
    x_max: float
    y_min: float
    y_max: float

    @property
    def y_mid(self) -> float:
        return (self.y_min + self.y_max) / 2

    def same_line(self, other: Word) -> bool:
        return self.page == other.page and abs(self.y_mid - other.y_mid) < 4


Box = tuple[float, float, float, float]  # left, right, bottom, top


def _word(page: int, chars: list[tuple[str, Box]]) -> Word:
    boxes = [box for _, box in chars]
    return Word(page, norm("".join(ch for ch, _ in chars)), min(b[0] for b in boxes), max(b[1] for b in boxes),
                min(b[2] for b in boxes), max(b[3] for b in boxes))


def words(source: Source) -> list[Word]:
    """Every word with the union of its characters' boxes. A word ends at whitespace (a space, the no-break
    space the engine glues right-to-left names with) or where PDFium starts a new line. PDFium gives the
    characters of a right-to-left word in logical order, each with the box of its own glyph."""
    doc = open_document(source)
    found: list[Word] = []
    try:
        for number, page in enumerate(doc, start=1):
            textpage = page.get_textpage()
            chars: list[tuple[str, Box]] = []
            for index in range(textpage.count_chars()):
                ch = chr(pdfium_c.FPDFText_GetUnicode(textpage, index))
                if ch.isspace() or pdfium_c.FPDFText_IsGenerated(textpage, index) == 1:
                    if chars:
                        found.append(_word(number, chars))
                        chars = []
                    continue
                left, bottom, right, top = textpage.get_charbox(index)
                chars.append((ch, (left, right, bottom, top)))
            if chars:
                found.append(_word(number, chars))
            textpage.close()
            page.close()
    finally:
        doc.close()
    return found


def is_rtl(word: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in word)


# -- structure, fonts, encryption (pikepdf) ------------------------------------------------------------------


@dataclass
class Font:
    """A font a page uses: its name without the subset tag, its PDF type, whether its program is embedded."""

    name: str
    subtype: str
    embedded: bool


def _font_embedded(font: pikepdf.Dictionary) -> bool:
    if font.get("/Subtype") == "/Type3":
        return True  # glyphs are content streams inside the font dictionary itself
    if font.get("/Subtype") == "/Type0":
        return all(_font_embedded(descendant) for descendant in font.get("/DescendantFonts", []))
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def _walk_fonts(resources: pikepdf.Dictionary, seen: set[tuple[int, int]], out: list[Font]) -> None:
    for font in resources.get("/Font", {}).values():
        if font.is_indirect and font.objgen in seen:
            continue
        if font.is_indirect:
            seen.add(font.objgen)
        name = str(font.get("/BaseFont", "")).lstrip("/")
        name = name.split("+", 1)[1] if re.match(r"^[A-Z]{6}\+", name) else name
        out.append(Font(name, str(font.get("/Subtype", "")).lstrip("/"), _font_embedded(font)))
    for xobject in resources.get("/XObject", {}).values():
        inner = xobject.get("/Resources")
        if inner is not None and not (xobject.is_indirect and xobject.objgen in seen):
            if xobject.is_indirect:
                seen.add(xobject.objgen)
            _walk_fonts(inner, seen, out)


def fonts(source: Source, password: str = "") -> list[Font]:
    """Every font any page (or a form it draws) refers to, once each."""
    out: list[Font] = []
    seen: set[tuple[int, int]] = set()
    with pikepdf.open(_as_stream(source), password=password) as pdf:
        for page in pdf.pages:
            resources = page.obj.get("/Resources")
            if resources is not None:
                _walk_fonts(resources, seen, out)
    return out


def syntax_problems(source: Source, password: str = "") -> list[str]:
    """What `qpdf --check` reports (pikepdf's `check_pdf_syntax` follows it step by step): cross-reference
    table, every object, every stream decoded, every page's content parsed. Empty when sound."""
    with pikepdf.open(_as_stream(source), password=password) as pdf:
        return list(pdf.check_pdf_syntax())


def assert_sound(source: Source, password: str = "", fonts_at_least: int = 1) -> list[Font]:
    """All fonts embedded, none of the base 14 referred to, and qpdf's checks find nothing."""
    used = fonts(source, password)
    assert len(used) >= fonts_at_least, f"fonts: {used}"
    for font in used:
        assert font.embedded, f"font not embedded: {font}"
        assert not BASE_14.search(font.name), f"a base-14 font is referred to: {font}"
    problems = syntax_problems(source, password)
    assert problems == [], problems
    return used


# -- tags: what a screen reader navigates by (PDF/UA-1) ---------------------------------------------------


@dataclass
class Element:
    """One element of the structure tree: its role (H1, P, Table, TH…), /Lang, /ActualText, depth."""

    role: str
    lang: str | None
    actual_text: str | None
    depth: int


@dataclass
class Tagging:
    """What the catalog, the structure tree and the XMP metadata say about a PDF."""

    marked: bool
    lang: str | None
    display_doc_title: bool
    elements: list[Element]
    content_langs: set[str]
    xmp_title: str | None
    pdfua_part: str | None
    pdfa_part: str | None
    pdfa_conformance: str | None
    output_intent: bool

    def roles(self) -> list[str]:
        return [e.role for e in self.elements]

    def langs(self) -> set[str]:
        """Every /Lang below the document's own: on elements and on marked content in the pages."""
        return {e.lang for e in self.elements if e.lang} | self.content_langs


def _walk_structure(node: object, depth: int, out: list[Element], seen: set[tuple[int, int]]) -> None:
    if isinstance(node, pikepdf.Array):
        for item in node:
            _walk_structure(item, depth, out, seen)
        return
    if not isinstance(node, pikepdf.Dictionary) or "/S" not in node:
        return  # a marked-content reference or an MCID number
    if node.is_indirect:
        if node.objgen in seen:
            return
        seen.add(node.objgen)
    lang = str(node["/Lang"]) if "/Lang" in node else None
    actual = str(node["/ActualText"]) if "/ActualText" in node else None
    out.append(Element(str(node["/S"]).lstrip("/"), lang, actual, depth))
    if "/K" in node:
        _walk_structure(node["/K"], depth + 1, out, seen)


def _xmp_field(xmp: str, name: str) -> str | None:
    found = re.search(rf"<{name}>([^<]*)</{name}>", xmp) or re.search(rf'{name}="([^"]*)"', xmp)
    return found.group(1).strip() if found else None


def tagging(source: Source, password: str = "") -> Tagging:
    """The PDF's accessibility and archive declarations, read with qpdf's library."""
    with pikepdf.open(_as_stream(source), password=password) as pdf:
        root = pdf.Root
        mark_info = root.get("/MarkInfo", {})
        preferences = root.get("/ViewerPreferences", {})
        elements: list[Element] = []
        if "/StructTreeRoot" in root:
            _walk_structure(root.StructTreeRoot.get("/K"), 0, elements, set())
        content_langs: set[str] = set()
        for page in pdf.pages:
            for operands, operator in pikepdf.parse_content_stream(page):
                marks = operands[1] if str(operator) == "BDC" and len(operands) == 2 else None
                if isinstance(marks, pikepdf.Dictionary) and "/Lang" in marks:
                    content_langs.add(str(marks["/Lang"]))
        xmp = ""
        if "/Metadata" in root:
            xmp = root.Metadata.read_bytes().decode("utf-8", errors="replace")
        title = re.search(r"<dc:title>.*?<rdf:li[^>]*>([^<]*)</rdf:li>", xmp, re.S)
        return Tagging(
            marked=bool(mark_info.get("/Marked", False)),
            lang=str(root["/Lang"]) if "/Lang" in root else None,
            display_doc_title=bool(preferences.get("/DisplayDocTitle", False)),
            elements=elements,
            content_langs=content_langs,
            xmp_title=title.group(1) if title else None,
            pdfua_part=_xmp_field(xmp, "pdfuaid:part"),
            pdfa_part=_xmp_field(xmp, "pdfaid:part"),
            pdfa_conformance=_xmp_field(xmp, "pdfaid:conformance"),
            output_intent=len(root.get("/OutputIntents", [])) > 0,
        )


@dataclass
class Encryption:
    revision: int
    version: int
    stream_method: str
    string_method: str
    bits: int


def encryption(source: Source, password: str) -> Encryption:
    """How the file is encrypted (opened with the password): R=6, V=5 and AESv3 is AES-256 (PDF 2.0)."""
    with pikepdf.open(_as_stream(source), password=password) as pdf:
        assert pdf.is_encrypted, "the file is not encrypted"
        info = pdf.encryption
        return Encryption(info.R, info.V, info.stream_method.name, info.string_method.name, info.bits)


def render_png(source: Source, target: Path, page: int = 0, dpi: int = 80, password: str | None = None) -> Path:
    """One page rendered by PDFium into a PNG, to look at."""
    doc = open_document(source, password)
    try:
        bitmap = doc[page].render(scale=dpi / 72)
        bitmap.to_pil().save(target)
    finally:
        doc.close()
    return target
