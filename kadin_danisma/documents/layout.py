"""Page layout shared by every document: A4, letterhead on the first page, a confidentiality footer with
"page x of y" on every page, PDF metadata, all in memory.

`build_pdf` takes a story of flowables (made with `text`) and returns the PDF bytes; nothing is written
to disk. The output is deterministic (reportlab's invariant mode: fixed dates and document id), which also
keeps the moment of printing out of the file.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.flowables import HRFlowable

from . import fonts, text

APP_NAME = "Kadın Danışma"
CONFIDENTIAL = "GİZLİDİR / CONFIDENTIAL"
PAGE_SIZE = A4
MARGIN = 2 * cm
FOOTER_SIZE = 8.0
_PAGE_LABEL = {"tr": "Sayfa {page} / {total}", "en": "Page {page} of {total}"}
_REFERENCE_LABEL = {"tr": "Sayı: {reference}", "en": "Ref.: {reference}"}


@dataclass
class DocMeta:
    """What every document carries besides its story. `title` goes into the PDF metadata, so it must be a
    generic document title (never a client's name); `center_name` and `letterhead_lines` are user text
    (from settings); `reference` is printed in every footer; `lang` is "tr" or "en"."""

    title: str
    center_name: str
    letterhead_lines: list[str] = field(default_factory=list)
    reference: str = ""
    lang: str = "tr"
    subject: str = ""


def frame_width() -> float:
    """Width available to the story (A4 minus both margins), for tables and column layouts."""
    return float(PAGE_SIZE[0] - 2 * MARGIN)


def _letterhead(meta: DocMeta) -> list[Flowable]:
    name_style = ParagraphStyle("kd-letterhead-name", fontName=fonts.BOLD, fontSize=13, leading=17,
                                alignment=TA_CENTER, spaceAfter=2)
    line_style = ParagraphStyle("kd-letterhead-line", fontName=fonts.REGULAR, fontSize=9, leading=12,
                                alignment=TA_CENTER)
    story: list[Flowable] = []
    if meta.center_name.strip():
        story.append(Paragraph(text.markup(meta.center_name, bold=True), name_style))
    story += [Paragraph(text.markup(line), line_style) for line in meta.letterhead_lines if line.strip()]
    if story:
        story += [Spacer(1, 4), HRFlowable(width="100%", thickness=0.6, color="#444444", spaceAfter=10)]
    return story


class _FooterCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds its pages back until save(), so each footer can say "page x of y"."""

    def __init__(self, *args: Any, meta: DocMeta, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._meta = meta
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            super().showPage()
        super().save()

    def _footer(self, page: int, total: int) -> None:
        meta = self._meta
        lang = meta.lang if meta.lang in _PAGE_LABEL else "en"
        width = PAGE_SIZE[0]
        y = MARGIN * 0.55
        self.saveState()
        self.setStrokeColor("#888888")
        self.setLineWidth(0.4)
        self.line(MARGIN, y + FOOTER_SIZE * 1.4, width - MARGIN, y + FOOTER_SIZE * 1.4)
        self.setFillColor("#333333")
        self.setFont(fonts.BOLD, FOOTER_SIZE)
        self.drawString(MARGIN, y, CONFIDENTIAL)
        self.setFont(fonts.REGULAR, FOOTER_SIZE)
        self.drawRightString(width - MARGIN, y, _PAGE_LABEL[lang].format(page=page, total=total))
        if meta.reference.strip():
            label = _REFERENCE_LABEL[lang].format(reference=meta.reference)
            text.draw_line(self, label, width / 2, y, FOOTER_SIZE, align="center")
        self.restoreState()


def build_pdf(story: Sequence[Flowable], meta: DocMeta) -> bytes:
    """The PDF (A4, 2 cm margins, letterhead, footers, metadata) of `story`, as bytes. The story list is
    not modified; flowables cannot be reused in a second build (reportlab splits them in place)."""
    fonts.register()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=meta.title,
        author=APP_NAME,
        creator=APP_NAME,
        subject=meta.subject,
        lang=meta.lang,
        invariant=1,
        initialFontName=fonts.REGULAR,
        initialFontSize=10,
    )

    def canvas_maker(*args: Any, **kwargs: Any) -> _FooterCanvas:
        return _FooterCanvas(*args, meta=meta, **kwargs)

    doc.build([*_letterhead(meta), *story], canvasmaker=canvas_maker)
    return buffer.getvalue()
