"""Saving a statistics report (issue 18) as PDF, XLSX or CSV where the person chose: rendered in memory,
written by the app's one file writer (never over an existing file unless she said so), audited with the
report's kind, period, scope and format (never a figure, never the path)."""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import InvalidInput
from ..vault.atomic import check_target, write_file
from ..vault.port import errors_translated
from .session import Session
from .statistics import Report

__all__ = ["FORMATS", "check_output", "describe", "render", "save_report", "withheld_text"]

FORMATS = ("pdf", "xlsx", "csv")


def describe(report: Report) -> list[tuple[str, str]]:
    """(label, text) lines every output opens with (period, scope, figures, consent count, suppression rule),
    in the report's language: the Reports page shows the same words as the files."""
    from ..documents import stat_texts

    return stat_texts.facts(report)


def withheld_text(report: Report) -> str:
    """What stands in place of a withheld table, in the report's language."""
    from ..documents import stat_texts

    return stat_texts.WITHHELD[0 if report.lang == "tr" else 1]


def render(report: Report, fmt: str) -> bytes:
    """The report's file in `fmt` (the PDF engine and XlsxWriter load only when asked for)."""
    if fmt == "pdf":
        from ..documents import statistics_report

        return statistics_report.render(report)
    if fmt == "xlsx":
        from ..documents import stat_files

        return stat_files.xlsx_bytes(report, report.tables, report.center_name)
    if fmt == "csv":
        from ..documents import stat_files

        return stat_files.csv_bytes(report, report.tables)
    raise InvalidInput(f"unknown format; use {', '.join(FORMATS)}")


def check_output(path: Path, force: bool = False) -> None:
    """Refuse, before any work, a target that exists (unless `force`), is a link or a folder, or whose
    folder is missing (the one writer's own check, vault/atomic.check_target)."""
    check_target(Path(path).absolute(), force)


def save_report(session: Session, report: Report, fmt: str, path: Path, force: bool = False) -> int:
    """Render and write; returns the size written."""
    check_output(Path(path), force)
    data = render(report, fmt)
    with errors_translated():
        write_file(Path(path), data, force=force)  # refuses a link, or an existing file unless forced
    session.audit("statistics_export", None, kind=report.kind, first=report.period.first, last=report.period.last,
                  scope=report.scope, format=fmt)
    return len(data)
