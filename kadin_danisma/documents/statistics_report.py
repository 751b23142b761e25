"""The statistics report as a PDF (issue 18): the center's letterhead, the period, the scope, the consent
count and the suppression rule, then every table, with a simple bar chart for the one-column ones. The layout
is the template `statistics-report.typ`.

It passes exactly the cells it is given: a hidden cell arrives without its value and goes to the template as
its mark ("<k" or "×"); a chart's bar exists only for a shown count, so no chart can give away what its table
hides.
"""

from __future__ import annotations

from typing import Any

from ..domain.stat_tables import Report
from ..domain.stat_tables import Table as StatTable
from ..domain.suppression import CellState
from . import engine
from .plain import clean, page_labels
from .stat_texts import WITHHELD, facts

__all__ = ["data_for", "render"]


_FIRST_COLUMN = ("Kategori", "Category")
_CHART = {"tr": "Grafik", "en": "Chart"}


def _table(t: StatTable, k: int, lang: str) -> dict[str, Any]:
    def shown(cell: Any) -> int | None:
        return cell.value if cell.state is CellState.SHOWN else None

    rows = [{"label": clean(axis.label), "cells": [c.text(k) for c in row], "total": axis.code == "total",
             "value": shown(row[0]) if len(row) == 1 else None}
            for axis, row in zip(t.rows, t.cells, strict=True)]
    top = max((r["value"] or 0 for r in rows if not r["total"]), default=0)
    return {
        "title": clean(t.title), "unit": clean(t.unit), "note": clean(t.note),
        "withheld": WITHHELD[0 if lang == "tr" else 1] if t.withheld else None,
        "columns": [_FIRST_COLUMN[0 if lang == "tr" else 1], *(clean(c.label) for c in t.columns)],
        "rows": rows, "total_column": t.total_column,
        # a bar chart for one-column tables with something to draw: bars only for shown counts
        "chart": True if t.chart and not t.withheld and top else None, "max": top,
    }


def data_for(report: Report) -> dict[str, Any]:
    """What the template gets: the facts, each table's header, rows (cells as shown) and chart."""
    lang = report.lang
    return {
        "lang": lang,
        "title": clean(report.title),
        "subject": clean(report.title),
        "center_name": clean(report.center_name),
        "letterhead": [clean(line) for line in report.letterhead],
        "reference": "",
        "labels": {**page_labels(lang), "chart": _CHART[lang]},
        "facts": [[clean(label), clean(value)] for label, value in facts(report)],
        "tables": [_table(t, report.k, lang) for t in report.tables],
    }


def render(report: Report, *, archive: bool = False) -> bytes:
    """The report as PDF bytes (PDF/UA-1; PDF/A-2a too when `archive`)."""
    return engine.render("statistics-report", data_for(report), archive=archive)
