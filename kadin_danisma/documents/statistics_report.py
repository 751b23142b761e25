"""The statistics report as a PDF (issue 18): the center's letterhead, the period, the scope, the consent
count and the suppression rule, then every table with a simple bar chart for the one-column ones.

It prints exactly the cells it is given: a hidden cell arrives without its value and is printed as "<k" or
"×"; a bar chart draws bars only for shown counts and writes the mark in place of a hidden one, so no
chart can give away what its table hides. Labels go through the multilingual text engine (a center's own
vocabulary terms may be in any script).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from ..domain.stat_tables import Report
from ..domain.stat_tables import Table as StatTable
from ..domain.suppression import CellState
from . import fonts, layout
from . import text as rich
from .stat_texts import WITHHELD, facts

__all__ = ["BarChart", "render"]

BAR = HexColor("#2f5f8a")
GRID = HexColor("#b8c2cc")
HEAD_BG = HexColor("#e8edf2")
TOTAL_BG = HexColor("#f3f5f7")
MUTED = HexColor("#555555")


class BarChart(Flowable):  # type: ignore[misc]
    """Horizontal bars, one per row: label on the left, the bar, the count (or the hidden mark) after it."""

    ROW = 12.4
    SIZE = 7.5

    def __init__(self, rows: Sequence[tuple[str, int | None, str]], width: float, top: int | None = None) -> None:
        super().__init__()
        self.rows = list(rows)
        # the longest bar's value: kept when a long chart is split over pages, so both parts share a scale
        self.top = top if top is not None else max((v for _, v, _ in self.rows if v is not None), default=0)
        self.width = width
        self.height = self.ROW * len(self.rows) + 4
        self.label_width = min(width * 0.42, max((stringWidth(r[0], fonts.REGULAR, self.SIZE)
                                                  for r in self.rows), default=0) + 6)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fits = int((avail_height - 4) // self.ROW)
        if fits < 3 or fits >= len(self.rows):
            return []
        top = max((v for _, v, _ in self.rows if v is not None), default=0)
        return [BarChart(self.rows[:fits], self.width, top), BarChart(self.rows[fits:], self.width, top)]

    def draw(self) -> None:
        canv = self.canv
        top = self.top or 1
        x0 = self.label_width
        span = self.width - x0 - 40
        canv.saveState()
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.4)
        canv.line(x0, 0, x0, self.height)
        for i, (label, value, mark) in enumerate(self.rows):
            y = self.height - (i + 1) * self.ROW
            canv.setFillColor(HexColor("#222222"))
            rich.draw_line(canv, _fit(label, x0 - 3, self.SIZE), x0 - 4, y + 3, self.SIZE, align="right")
            if value is not None:
                length = span * value / top
                canv.setFillColor(BAR)
                canv.rect(x0, y + 2, length, self.ROW - 5, stroke=0, fill=1)
                canv.setFillColor(HexColor("#222222"))
                rich.draw_line(canv, str(value), x0 + length + 3, y + 3, self.SIZE)
            else:
                canv.setFillColor(MUTED)
                rich.draw_line(canv, mark, x0 + 3, y + 3, self.SIZE)
        canv.restoreState()


def _fit(label: str, width: float, size: float) -> str:
    """The label, shortened with an ellipsis to fit `width` (charts only; the table has it whole)."""
    if stringWidth(label, fonts.REGULAR, size) <= width:
        return label
    while label and stringWidth(label + "…", fonts.REGULAR, size) > width:
        label = label[:-1]
    return label.rstrip() + "…"


def _styles() -> dict[str, ParagraphStyle]:
    st = rich.styles(9)
    st["cell"] = ParagraphStyle("kd-stat-cell", parent=st["small"], spaceAfter=0, leading=9.5, fontSize=7.5)
    st["head"] = ParagraphStyle("kd-stat-head", parent=st["cell"], fontName=fonts.BOLD)
    st["num"] = ParagraphStyle("kd-stat-num", parent=st["cell"], alignment=TA_RIGHT)
    # column heads wrap between words only (a split "Gönderil-di" reads badly)
    st["num_head"] = ParagraphStyle("kd-stat-num-head", parent=st["head"], alignment=TA_RIGHT, splitLongWords=0)
    st["h2"] = ParagraphStyle("kd-stat-h2", parent=st["h2"], fontSize=11, leading=14, spaceBefore=10,
                              keepWithNext=1)
    st["note"] = ParagraphStyle("kd-stat-note", parent=st["small"], textColor=MUTED, keepWithNext=1)
    return st


def _table(t: StatTable, k: int, st: dict[str, ParagraphStyle], width: float) -> Table:
    n_cols = len(t.columns)
    label_w = width * (0.72 if n_cols == 1 else max(0.24, 0.6 - 0.05 * n_cols))
    num_w = (width - label_w) / n_cols
    data: list[list[Any]] = [[Paragraph("", st["head"]),
                              *(Paragraph(rich.markup(c.label, bold=True), st["num_head"]) for c in t.columns)]]
    for axis, row in zip(t.rows, t.cells, strict=True):
        data.append([Paragraph(rich.markup(axis.label), st["cell"]),
                     *(Paragraph(rich.markup(cell.text(k)), st["num"]) for cell in row)])
    table = Table(data, colWidths=[label_w, *([num_w] * n_cols)], hAlign="LEFT", repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if t.total_row:
        style.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), TOTAL_BG))
    if t.total_column:
        style.append(("BACKGROUND", (n_cols, 1), (n_cols, -1), TOTAL_BG))
    table.setStyle(TableStyle(style))
    return table


def _chart(t: StatTable, k: int, width: float) -> BarChart | None:
    rows = []
    for axis, row in zip(t.rows, t.cells, strict=True):
        if axis.code == "total":
            continue
        cell = row[0]
        rows.append((axis.label, cell.value if cell.state is CellState.SHOWN else None, cell.text(k)))
    if not any(v for _, v, _ in rows):
        return None
    return BarChart(rows, width)


def story(report: Report, tables: Sequence[StatTable]) -> list[Flowable]:
    st = _styles()
    out: list[Flowable] = [Paragraph(rich.markup(report.title, bold=True), st["h1"])]
    for label, value in facts(report):
        out.append(rich.label_value(label, value, st))
    for t in tables:
        head: list[Flowable] = [Paragraph(rich.markup(t.title, bold=True), st["h2"])]
        note = t.unit + (f". {t.note}" if t.note else "")
        head.append(Paragraph(rich.markup(note), st["note"]))
        if t.withheld:
            head.append(Paragraph(rich.markup(WITHHELD[0 if report.lang == "tr" else 1]), st["body"]))
            out.append(KeepTogether(head))
            continue
        full = layout.frame_width()
        chart = _chart(t, report.k, full * 0.44) if t.chart else None
        if chart is None:
            body: Flowable = _table(t, report.k, st, full if len(t.columns) > 1 else full * 0.56)
        else:  # the table on the left, its chart beside it
            body = Table([[_table(t, report.k, st, full * 0.54), chart]], colWidths=[full * 0.56, full * 0.44],
                         hAlign="LEFT", style=[("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                               ("TOPPADDING", (1, 0), (1, 0), BarChart.ROW),  # the header row
                                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
        out.append(KeepTogether([*head, body]))
    return out


def render(report: Report, center_name: str, letterhead: Sequence[str]) -> bytes:
    """The PDF of `report`: letterhead, facts, tables, charts."""
    meta = layout.DocMeta(title=report.title, center_name=center_name, letterhead_lines=list(letterhead),
                          lang=report.lang, subject=report.title)
    return layout.build_pdf(story(report, report.tables), meta)
