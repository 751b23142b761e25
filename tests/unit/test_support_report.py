"""What the aid ledger and employment support add to the activity report (issue 21, part A), read back as a
person reads it: the counts and lira in the report, the same cells in the workbook (openpyxl) and the PDF's
text (pypdfium2); an amount over fewer than k aid items is hidden like a small count; a case without consent
to anonymous statistics is not counted; the report is the same on a center server. Synthetic data only."""

from __future__ import annotations

import io
import unicodedata
from datetime import date, timedelta
from typing import Any

import kd_support
import openpyxl
import pdf_reading
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.suppression import CellState
from kadin_danisma.services import cases, consents, report_files, settings, statistics, support
from kadin_danisma.services.statistics import Report, ReportRequest

pytestmark = pytest.mark.both_stores

TODAY = date.today()
FIRST = TODAY - timedelta(days=60)


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


def new_case(session: Any, name: str, consent: bool = True) -> int:
    case_id = cases.create_case(session, r.Client(name), r.Intake(ago(50), "walk_in", violence_types=["economic"]))
    cases.finish_intake(session, case_id)
    if consent:
        consents.record_consent(session, case_id, r.Consent("anonymous_statistics", ago(50)))
    return case_id


def paid(kind: str, lira: int, status: str = "delivered", source: str = "municipal_unit") -> r.Aid:
    return r.Aid(kind, source, ago(20), status, lira * 100, decided_on=ago(15), inquiry_report_on=ago(18),
                 committee_decision_no="YK-1", delivered_on=ago(10) if status == "delivered" else None)


@pytest.fixture
def center(team: kd_support.Team) -> kd_support.Team:
    """Four women with consent and one without: cash, rent, food, a refusal, three courses and a placement."""
    ayse = team.login("ayse")
    women = [new_case(ayse, f"Destek Deneme {i}") for i in range(4)]
    for case_id in women[:3]:
        support.save_aid(ayse, case_id, paid("cash", 1500))
        support.save_aid(ayse, case_id, r.Aid("food", "sydv", ago(30), "delivered", quantity=2, delivered_on=ago(29)))
        support.save_employment(ayse, case_id, r.Employment("vocational_course", "Halk Eğitim", ago(40)))
    support.save_aid(ayse, women[0], paid("rent", 4000, status="approved"))
    support.save_aid(ayse, women[3], r.Aid("clothing", "ngo", ago(5), "refused", quantity=1,
                                           refusal_reason="budget_exhausted", decided_on=ago(4)))
    support.save_aid(ayse, women[3], r.Aid("food", "ngo", ago(400), "delivered", quantity=1,
                                           delivered_on=ago(399)))  # before the period
    support.save_employment(ayse, women[3], r.Employment("job_placement", "Tekstil Atölyesi", ago(30), "placed",
                                                         ago(3)))
    unconsented = new_case(ayse, "Onaysız Deneme", consent=False)
    support.save_aid(ayse, unconsented, paid("cash", 99_999))
    support.save_employment(ayse, unconsented, r.Employment("iskur_registration", "İŞKUR", ago(10)))
    return team


def run(team: kd_support.Team, k: int, lang: str = "tr") -> Report:
    settings.set_stats_min_cell(team.login(kd_support.ADMIN), k)
    return statistics.run_report(team.login("selin"), ReportRequest("activity", FIRST, TODAY, lang))


def cells(report: Report, key: str) -> dict[tuple[str, str], str]:
    t = report.table(key)
    return {(a.code, c.code): cell.text(report.k) for a, row in zip(t.rows, t.cells, strict=True)
            for c, cell in zip(t.columns, row, strict=True) if cell.state is not CellState.SHOWN or cell.value}


def test_aid_and_employment_totals_in_the_report(center: kd_support.Team) -> None:
    rep = run(center, 1)
    assert cells(rep, "aid") == {
        ("food", "delivered"): "3", ("cash", "delivered"): "3", ("rent", "approved"): "1",
        ("clothing", "refused"): "1", ("food", "total"): "3", ("cash", "total"): "3", ("rent", "total"): "1",
        ("clothing", "total"): "1", ("total", "approved"): "1", ("total", "delivered"): "6",
        ("total", "refused"): "1", ("total", "total"): "8"}
    source = cells(rep, "aid_source")
    assert source[("municipal_unit", "total")] == "4" and source[("sydv", "delivered")] == "3"
    assert source[("ngo", "refused")] == "1" and source[("total", "total")] == "8"
    amount = cells(rep, "aid_amount")
    assert amount[("cash", "delivered")] == "4500" and amount[("rent", "approved")] == "4000"
    assert amount[("total", "total")] == "8500"  # the unconsented woman's 99,999 lira are nowhere
    assert [a.code for a in rep.table("aid_amount").rows] == ["rent", "cash", "total"]  # money kinds only
    employment = cells(rep, "employment_support")
    assert employment[("vocational_course", "ongoing")] == "3" and employment[("job_placement", "placed")] == "1"
    assert employment[("total", "total")] == "4"  # İŞKUR: the one without consent


def test_a_sum_over_few_aid_items_is_hidden(center: kd_support.Team) -> None:
    rep = run(center, 3)
    amount = rep.table("aid_amount")
    shown = cells(rep, "aid_amount")
    assert shown[("cash", "delivered")] == "4500"  # three women: shown
    assert shown[("rent", "approved")] == "<3"  # one woman's rent: as telling as her count
    assert "4000" not in {c.text(3) for row in amount.cells for c in row}
    assert cells(rep, "aid")[("rent", "approved")] == "<3"


def test_the_workbook_and_the_pdf_say_the_same(center: kd_support.Team) -> None:
    rep = run(center, 1, "en")
    sheets = _sheets(report_files.render(rep, "xlsx"))
    by_title = {rows[0][0]: rows for rows in sheets.values()}
    for key in ("aid", "aid_source", "aid_amount", "employment_support"):
        table = rep.table(key)
        rows = by_title[table.title]
        assert [c for c in rows[3][1:1 + len(table.columns)]] == [c.label for c in table.columns]
        for axis, line, got in zip(table.rows, table.cells, rows[4:], strict=True):
            assert got[0] == axis.label
            assert got[1:1 + len(line)] == [c.value if c.state is CellState.SHOWN else c.text(rep.k) for c in line]
    assert "Cash and rent aid, amount (TRY)" in by_title and "Employment support by kind and outcome" in by_title
    text = unicodedata.normalize("NFKC", pdf_reading.text(report_files.render(run(center, 1, "tr"), "pdf")))
    compact = "".join(text.split())
    for needle in ("Ayni ve nakdi yardımlar: tür ve durum", "Nakdi yardım ve kira yardımı tutarı (TL)",
                   "İstihdam desteği: tür ve sonuç", "Teslim edildi", "Meslek edindirme kursu", "8500"):
        assert "".join(needle.split()) in compact, needle


def _sheets(data: bytes) -> dict[str, list[list[Any]]]:
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    try:
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}
    finally:
        book.close()
