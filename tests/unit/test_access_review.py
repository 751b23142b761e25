"""The access review (issue 19): a supervisor's report of who opened which case in a period, break-glass
openings first with their reasons (read from the case's field history; once the case is destroyed, only that
a reason of that length was given), and who holds which role, as PDF and CSV; supervisors only; audited."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import kd_support
import pdf_reading
import pytest
import retention_support as rs

from kadin_danisma.domain.errors import InvalidPeriod, PermissionDenied
from kadin_danisma.services import access_review, destruction

TODAY = date.today()


def test_the_review_lists_a_break_glass_opening_with_its_reason(team: kd_support.Team, tmp_path: Path) -> None:
    canary = rs.make_canary(team)
    selin = team.login("selin")
    review = access_review.review(selin, TODAY - timedelta(days=7), TODAY)
    assert [(b.username, b.case_number, b.reason) for b in review.break_glass] == [
        ("zeynep", canary.case_number, rs.BREAK_GLASS)]
    pairs = {(o.username, o.case_number): o for o in review.openings}
    assert pairs[("zeynep", canary.case_number)].break_glass == 1
    assert pairs[("zeynep", canary.case_number)].opened >= 1
    assert pairs[("selin", canary.case_number)].break_glass == 0  # she read it as a supervisor
    assert {u.username for u in review.users} >= {"ayse", "zeynep", "selin", "bilgi", "koordinator"}
    assert {c.username for c in review.role_changes} >= {"ayse", "zeynep"}

    pdf_path, csv_path = tmp_path / "denetim.pdf", tmp_path / "denetim.csv"
    access_review.save_review(selin, review, "pdf", pdf_path)
    access_review.save_review(selin, review, "csv", csv_path)
    text = pdf_reading.norm(pdf_reading.text(pdf_path.read_bytes()))
    assert "Gerekçeyle açılan dosyalar" in text and canary.case_number in text and rs.BREAK_GLASS in text
    assert rs.NAME not in text  # case numbers only
    pdf_reading.assert_sound(pdf_path.read_bytes())
    rows = list(csv.reader(io.StringIO(csv_path.read_bytes().decode("utf-8-sig"))))
    glass = [row for row in rows if row[0] == "break_glass"]
    assert [(row[1], row[2], row[9]) for row in glass] == [("zeynep", canary.case_number, rs.BREAK_GLASS)]
    assert any(row[0] == "user" and row[1] == "selin" and row[11] == "supervisor" for row in rows)


def test_after_the_destruction_the_reason_is_gone_and_the_review_says_so(team: kd_support.Team) -> None:
    canary = rs.make_canary(team)
    cycle_id = destruction.propose(team.login("koordinator"))
    destruction.approve(team.login("selin"), cycle_id)
    review = access_review.review(team.login("selin"), TODAY - timedelta(days=7), TODAY)
    [glass] = review.break_glass
    assert (glass.case_id, glass.case_number, glass.reason, glass.reason_length) == (
        canary.case_id, "", None, len(rs.BREAK_GLASS))
    text = pdf_reading.norm(pdf_reading.text(access_review.document_pdf(review, "en")))
    assert f"destroyed (#{canary.case_id})" in text and f"a reason of {len(rs.BREAK_GLASS)} characters" in text


def test_only_supervisors_and_only_real_periods(team: kd_support.Team) -> None:
    for name in ("ayse", "bilgi"):
        with pytest.raises(PermissionDenied):
            access_review.review(team.login(name), TODAY, TODAY)
    selin = team.login("selin")
    with pytest.raises(InvalidPeriod):
        access_review.review(selin, TODAY, TODAY - timedelta(days=1))
    with pytest.raises(InvalidPeriod):
        access_review.review(selin, TODAY, TODAY + timedelta(days=1))
    review = access_review.review(selin, TODAY, TODAY)
    assert review.break_glass == [] and review.made_by == "selin"
    vault, conn = kd_support.raw_connection(team.folder)
    try:
        logged = conn.execute("SELECT details FROM audit_log WHERE action = 'access_review'").fetchall()
    finally:
        conn.close()
        vault.close()
    assert len(logged) == 1
