"""Made-up data for every document, to check a templates folder before it is used (`check_templates`).

A center may adapt the templates (kd.typ says how); a folder that does not compile with this data, or gives
a PDF without its title, is not used. The people here do not exist; the names are in the scripts the
centers serve, so a font or direction problem shows here first.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pikepdf

from ..domain import records as r
from ..domain.stat_rules import Period
from ..domain.stat_tables import Report, column, grid, present
from . import case_summary, client_record, day_list, engine, recovery_sheet, referral_letter, statistics_report
from .models import DayListData, DayListLine, LetterData, LetterField, RecordData, RecoverySheetData, SummaryData

__all__ = ["SAMPLE_NAMES", "adopt", "check_templates", "sample_data"]

SAMPLE_NAMES = ("Işıl Şahin", "Rojîn Zozan", "فاطمة الزهراء", "زهرا احمدی", "شیلان ڕەحیم", "Անահիտ Պետրոսյան",
                "Hélène Lefèvre")


def _record() -> r.CaseRecord:
    client = r.Client(SAMPLE_NAMES[2], birth_year=1990, interpreter_language="ara",
                      safe_contact=r.SafeContact(safe_phone="0500 000 00 00", never_call_home=True))
    return r.CaseRecord(
        "KDM-0000-0001", "open", "2026-01-05", client, counselors=["ornek"],
        notes=[r.Note("psychosocial_session", "2026-01-06", " ".join(SAMPLE_NAMES), 45, author="Örnek Danışman")],
        children=[r.Child(SAMPLE_NAMES[5], 2016, "female", True)],
    )


def _report() -> Report:
    """A made-up statistics report: a one-column table with a chart, a two-way table, small cells hidden."""
    tables = (column("channel", {"walk_in": 12, "phone": 2, "referral": 7}, ("walk_in", "phone", "referral")),
              grid("gbv_type_age", {("rape", "18-25"): 1, ("physical_assault", "26-40"): 9,
                                    ("physical_assault", "18-25"): 4, ("rape", "26-40"): 5},
                   ("rape", "physical_assault"), ("18-25", "26-40")))
    labels = {"walk_in": SAMPLE_NAMES[0], "phone": SAMPLE_NAMES[2], "referral": SAMPLE_NAMES[5]}
    shown = tuple(present(t, 3, lambda axis, code: labels.get(code, code), "tr") for t in tables)
    return Report("activity", "Faaliyet raporu", "tr", Period(date(2026, 1, 1), date(2026, 1, 31)), "center",
                  "Örnek Merkez", "Örnek Merkez", ("Örnek Cad. No: 1",), 3, "snapshot", "2026-02-01T09:00:00",
                  "2026-02-01", 2, 1, 0, "2026-02-01T09:00:00", 1, shown)


def sample_data() -> dict[str, dict[str, Any]]:
    """The data of each template, as its renderer builds it."""
    record = _record()
    letter = LetterData(
        "Örnek Belediyesi Kadın Danışma Merkezi", ["Örnek Cad. No: 1"], "KDM-0000-0001/Y-1", "KDM-0000-0001",
        "2026-01-10", "Örnek Kurum", ["Örnek Mah.", "Ankara"], "Danışan yönlendirmesi hk.",
        [LetterField("client_name", "Adı soyadı", SAMPLE_NAMES[3])], "Örnek neden.", "Örnek hizmet.",
        "Örnek Danışman", "Sosyal Çalışmacı",
    )
    return {
        "referral-letter": referral_letter.data_for(letter),
        "case-summary": case_summary.data_for(SummaryData("Örnek Merkez", [], record, "2026-01-10", "Örnek", 0)),
        "client-record": client_record.data_for(RecordData("Örnek Merkez", [], record.client, [record],
                                                           "2026-01-10", "Örnek")),
        "recovery-sheet": recovery_sheet.data_for(RecoverySheetData("Örnek Merkez", "vault-0", "2026-01-10",
                                                                    ["000000"] * 8)),
        "statistics-report": statistics_report.data_for(_report()),
        "day-list": day_list.data_for(DayListData("Örnek Merkez", [], "2026-01-10", [
            DayListLine("2026-01-10T09:00", "2026-01-10T10:00", "Oda 1", "KDM-0000-0001", ["Örnek Danışman"],
                        SAMPLE_NAMES[4], "ckb", "planned")], "2026-01-10T08:00:00+00:00", "Örnek")),
    }


def _missing_declarations(pdf: bytes, title: str) -> str:
    """What a screen reader needs and the PDF lacks: its title, the tags (empty: nothing)."""
    try:
        with pikepdf.open(io.BytesIO(pdf)) as document:
            shown = str(document.docinfo.get("/Title", ""))
            tagged = "/StructTreeRoot" in document.Root
    except pikepdf.PdfError:
        return "the output is not a readable PDF"
    if shown != title:
        return f"the PDF's title is {shown!r}, not the document's title"
    return "" if tagged else "the PDF has no structure tree"


def check_templates(folder: Path, compile_one: Callable[..., bytes] = engine.render) -> list[str]:
    """What is wrong with the templates in `folder` (empty: nothing). Each document is compiled with made-up
    data as an ordinary copy and as an archive copy."""
    folder = Path(folder)
    if not folder.is_dir():
        return [f"{folder} is not a folder"]
    problems: list[str] = []
    for name, data in sample_data().items():
        for archive in (False, True):
            try:
                pdf = compile_one(name, data, archive=archive, folder=folder)
            except engine.TemplateError as exc:
                problems.append(str(exc))
                break
            if not pdf.startswith(b"%PDF-") or (data["title"].encode("utf-16-be") not in pdf and b"/Title" not in pdf):
                problems.append(f"{name}.typ: the PDF has no title")
                break
    return problems


def adopt(folder: Path) -> None:
    """Print every document with the templates in `folder` from now on, if they pass `check_templates`;
    otherwise raise engine.TemplateError naming every problem, and the templates in use stay as they were."""
    problems = check_templates(folder)
    if problems:
        raise engine.TemplateError("; ".join(problems))
    engine.use_templates(folder)
