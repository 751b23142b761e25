"""The statistics report as a workbook (XLSX, one sheet per table) and as CSV (issue 18): bytes out, in
memory, no temporary file.

XlsxWriter writes the workbook: it only writes (no XML is ever parsed at run time), works in memory and
writes every label with `write_string`, so a term that starts with "=" stays text, never a formula. The CSV
is one row per cell (a long format a spreadsheet can pivot), UTF-8 with a byte-order mark so that Excel
reads Turkish letters right; a text that a spreadsheet would take for a formula gets a leading apostrophe.
Both carry the same facts as the PDF: period, scope, source, consent count, suppression rule.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from typing import Any

from ..domain.stat_tables import Report
from ..domain.stat_tables import Table as StatTable
from ..domain.suppression import CellState
from .stat_texts import WITHHELD, facts

__all__ = ["csv_bytes", "xlsx_bytes"]

_SHEET_BAD = re.compile(r"[\[\]:*?/\\']")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _t(lang: str, tr: str, en: str) -> str:
    return en if lang == "en" else tr


def _sheet_names(tables: Sequence[StatTable]) -> list[str]:
    names: list[str] = []
    for i, t in enumerate(tables, start=1):
        base = _SHEET_BAD.sub(" ", f"{i:02d} {t.title}")
        names.append(" ".join(base.split())[:31].rstrip())
    return names


def xlsx_bytes(report: Report, tables: Sequence[StatTable], center_name: str) -> bytes:
    import xlsxwriter  # loaded only when a workbook is asked for

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False, "strings_to_numbers": False})
    book.set_properties({"title": report.title, "author": "Kadın Danışma", "company": "",
                         "comments": _t(report.lang, "Anonim istatistik", "Anonymous statistics")})
    bold = book.add_format({"bold": True})
    title = book.add_format({"bold": True, "font_size": 13})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    head = book.add_format({"bold": True, "bg_color": "#E8EDF2", "border": 1, "text_wrap": True, "valign": "top"})
    num = book.add_format({"border": 1, "align": "right"})
    hidden = book.add_format({"border": 1, "align": "right", "font_color": "#555555"})
    label = book.add_format({"border": 1, "text_wrap": True})
    about = book.add_worksheet(_t(report.lang, "Rapor", "Report"))
    about.set_column(0, 0, 18)
    about.set_column(1, 1, 100)
    about.write_string(0, 0, center_name, title)
    about.write_string(1, 0, report.title, bold)
    for row, (name, value) in enumerate(facts(report), start=3):
        about.write_string(row, 0, name, bold)
        about.write_string(row, 1, value, wrap)
    for name, t in zip(_sheet_names(tables), tables, strict=True):
        sheet = book.add_worksheet(name)
        sheet.set_column(0, 0, 46)
        sheet.set_column(1, len(t.columns), 14)
        sheet.write_string(0, 0, t.title, title)
        sheet.write_string(1, 0, t.unit + (f". {t.note}" if t.note else ""))
        if t.withheld:
            sheet.write_string(3, 0, WITHHELD[0 if report.lang == "tr" else 1])
            continue
        sheet.write_string(3, 0, "", head)
        for j, col in enumerate(t.columns, start=1):
            sheet.write_string(3, j, col.label, head)
        for i, (axis, cells) in enumerate(zip(t.rows, t.cells, strict=True), start=4):
            sheet.write_string(i, 0, axis.label, label)
            for j, cell in enumerate(cells, start=1):
                if cell.state is CellState.SHOWN and cell.value is not None:
                    sheet.write_number(i, j, cell.value, num)
                else:
                    sheet.write_string(i, j, cell.text(report.k), hidden)
        sheet.freeze_panes(4, 1)
    book.close()
    return buffer.getvalue()


def _safe(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_bytes(report: Report, tables: Sequence[StatTable]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["table", "table_title", "row_code", "row", "column_code", "column", "value", "shown", "state"])
    for name, value in facts(report):
        writer.writerow(["report", _safe(report.title), "", _safe(name), "", "", "", _safe(value), ""])
    for t in tables:
        if t.withheld:
            writer.writerow([t.key, _safe(t.title), "", "", "", "", "", WITHHELD[0 if report.lang == "tr" else 1],
                             CellState.WITHHELD.value])
            continue
        for axis, cells in zip(t.rows, t.cells, strict=True):
            for col, cell in zip(t.columns, cells, strict=True):
                row: list[Any] = [t.key, _safe(t.title), axis.code, _safe(axis.label), col.code, _safe(col.label),
                                  cell.value if cell.state is CellState.SHOWN else "", cell.text(report.k),
                                  cell.state.value]
                writer.writerow(row)
    return ("\ufeff" + out.getvalue()).encode("utf-8")
