"""The Reports page (issue 18), driven as a supervisor and a counselor would: choose the report and the
period, run it, read the tables (a small count shown as "<3") and the consent count, save the workbook and
the PDF through the file chooser and read them back; a counselor sees her own caseload only; a cancelled run
shows and writes nothing; the coordinator's minimum cell size changes what is hidden. Synthetic data only
(the synthetic center of tests/unit/stat_support.py, counted independently there)."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pdf_reading
import pytest
from gui_support import (
    ADMIN,
    COUNSELOR,
    COUNSELOR_NAME,
    PASSWORD,
    SUPERVISOR,
    WORKER_TIMEOUT,
    choose,
    click,
    click_tab,
    save_settings,
    sign_in,
    the_dialog,
    type_into,
)
from PySide6.QtWidgets import QFileDialog

from kadin_danisma.domain import records as r
from kadin_danisma.domain.roles import Role
from kadin_danisma.gui.main_window import MainWindow
from kadin_danisma.gui.reports.page import ReportsPage
from kadin_danisma.services import statistics, users, vault_service
from kadin_danisma.vault import repositories

sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
import stat_support  # tests/unit's synthetic center

YEAR = date.today().year - 1  # the synthetic center's closed year (conftest's stat_vault)


def open_reports(qtbot, make_window: Callable[[Path], MainWindow], folder: Path,
                 username: str) -> tuple[MainWindow, ReportsPage]:
    window = make_window(folder)
    sign_in(qtbot, window, username, PASSWORD)
    workspace = window.workspace
    page = workspace.reports  # type: ignore[union-attr]
    assert isinstance(page, ReportsPage)
    click_tab(qtbot, window, page)
    return window, page


def choose_year(qtbot, page: ReportsPage, year: int, report: str = "Activity report") -> None:
    choose(qtbot, page.kind, report)
    choose(qtbot, page.period.shape, "Year")
    assert page.period.year.isVisible() and not page.period.month.isVisible()
    type_into(qtbot, page.period.year.lineEdit(), str(year))
    assert page.period.span() == (date(year, 1, 1), date(year, 12, 31))


def run_report(qtbot, page: ReportsPage) -> None:
    click(qtbot, page.run_button)
    qtbot.waitUntil(lambda: page.job is None, timeout=WORKER_TIMEOUT)
    assert page.report is not None, page.state.text()
    assert page.result.isVisible()


def shown_tables(qtbot, page: ReportsPage) -> dict[str, list[list[str]]]:
    """Every table as she reads it: chosen in the list, the cells of the table on screen."""
    seen: dict[str, list[list[str]]] = {}
    assert page.report is not None
    for index, table in enumerate(page.report.tables):
        page.table_list.setCurrentRow(index)
        assert page.table_title.text() == table.title
        model = page.view.model()
        seen[table.key] = [[str(model.data(model.index(i, j))) for j in range(model.columnCount())]
                           for i in range(model.rowCount())]
    return seen


def summary(tables: dict[str, list[list[str]]]) -> dict[str, str]:
    return {row[0]: row[1] for row in tables["summary"]}


def facts_text(page: ReportsPage) -> str:
    return " ".join(page.facts.itemAt(i).widget().text() for i in range(page.facts.count())
                    if page.facts.itemAt(i).widget() is not None)


def audit_entries(folder: Path, action: str) -> list[tuple[str, dict[str, Any]]]:
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        rows = session.connection().execute(
            "SELECT u.username, a.details FROM audit_log a JOIN users u ON u.id = a.user_id WHERE a.action = ? "
            "ORDER BY a.id", (action,)).fetchall()
    finally:
        session.lock()
    return [(name, json.loads(details)) for name, details in rows]


def save_as(qtbot, page: ReportsPage, fmt: str, target: Path) -> None:
    click(qtbot, page.save_buttons[fmt])
    chooser = the_dialog(qtbot, QFileDialog)
    assert chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    chooser.selectFile(str(target))
    chooser.accept()
    qtbot.waitUntil(lambda: not page.saving, timeout=WORKER_TIMEOUT)
    assert page.save_state.text().endswith(str(target) + "\u2069"), page.save_state.text()
    assert "Saved:" in page.save_state.text()


def test_supervisor_runs_reads_and_saves_the_years_report(qtbot, make_window, stat_vault, tmp_path: Path) -> None:
    folder, made = stat_vault
    want = stat_support.expected(made, f"{YEAR}-01-01", f"{YEAR}-12-31")
    _window, page = open_reports(qtbot, make_window, folder, SUPERVISOR)
    assert page.center
    choose_year(qtbot, page, YEAR)
    run_report(qtbot, page)
    tables = shown_tables(qtbot, page)
    # the figures, as counted independently (a woman once; no consent, outside the period: left out)
    figures = summary(tables)
    assert figures["Women served"] == str(want["women_served"])
    assert figures["Applications (cases opened)"] == str(want["applications"])
    assert int(figures["Women who applied in the period"]) < want["applications"], "a woman with 3 cases counts once"
    # small counts hidden as "<3", and the consent count and the rule stated above the tables
    assert any(cell == "<3" for rows in tables.values() for row in rows for cell in row[1:])
    stated = facts_text(page)
    assert f"{want['excluded_cases']} cases ({want['excluded_women']} women) of the period were left out" in stated
    assert "Counts below 3 (zero included) are shown as “<3”" in stated
    # a one-column table with shown counts has its chart: one bar per shown count, the hidden ones as marks
    channel = [t.key for t in page.report.tables].index("channel")  # type: ignore[union-attr]
    page.table_list.setCurrentRow(channel)
    assert page.chart.isVisible() and page.chart.has_bars()
    assert [text for _label, _value, text in page.chart.rows] == [row[1] for row in tables["channel"][:-1]]
    assert all(value is None for _label, value, text in page.chart.rows if text == "<3")
    # saved as a workbook, read back with an independent reader
    workbook = tmp_path / "out" / "faaliyet.xlsx"
    workbook.parent.mkdir()
    save_as(qtbot, page, "xlsx", workbook)
    book = openpyxl.load_workbook(workbook, read_only=True)
    try:
        sheets = {ws.title: [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True)]
                  for ws in book.worksheets}
    finally:
        book.close()
    assert len(sheets) == 1 + len(tables)
    cells = [str(c) for rows in sheets.values() for row in rows for c in row]
    assert "<3" in cells and str(want["women_served"]) in cells
    # and as a PDF, its text read back: the period, the consent count, no name or code of anyone
    pdf = tmp_path / "out" / "faaliyet.pdf"
    save_as(qtbot, page, "pdf", pdf)
    text = pdf_reading.text(pdf)
    assert f"{YEAR}-01-01 – {YEAR}-12-31" in text and "<3" in text and f"{want['excluded_cases']} cases" in text
    secrets = stat_support.identifying_strings(made)
    assert not [s for s in secrets if s in text or s in cells]
    assert sorted(p.name for p in workbook.parent.iterdir()) == ["faaliyet.pdf", "faaliyet.xlsx"]
    # every run and every file audited with its kind, period and who; never a figure
    runs = audit_entries(folder, "statistics_report")
    assert runs[-1] == (SUPERVISOR, {"kind": "activity", "first": f"{YEAR}-01-01", "last": f"{YEAR}-12-31",
                                     "scope": "center", "source": "snapshot"})
    exports = audit_entries(folder, "statistics_export")
    assert [(who, d["format"], d["kind"]) for who, d in exports] == [(SUPERVISOR, "xlsx", "activity"),
                                                                     (SUPERVISOR, "pdf", "activity")]


def test_a_counselor_sees_her_own_caseload_only(qtbot, make_window, stat_vault) -> None:
    folder, made = stat_vault
    mine = [c for c in made if c["counselors"] == [COUNSELOR]]
    want = stat_support.expected(mine, f"{YEAR}-01-01", f"{YEAR}-12-31")
    center = stat_support.expected(made, f"{YEAR}-01-01", f"{YEAR}-12-31")
    assert 3 <= want["women_served"] < center["women_served"]
    _window, page = open_reports(qtbot, make_window, folder, COUNSELOR)
    assert not page.center
    choose_year(qtbot, page, YEAR)
    run_report(qtbot, page)
    figures = summary(shown_tables(qtbot, page))
    assert figures["Women served"] == str(want["women_served"])
    assert f"Caseload of {COUNSELOR_NAME}" in facts_text(page)
    assert audit_entries(folder, "statistics_report")[-1][1]["scope"] == "caseload"


def test_a_cancelled_run_shows_and_writes_nothing(qtbot, make_window, stat_vault, monkeypatch,
                                                  tmp_path: Path) -> None:
    folder, _made = stat_vault
    _window, page = open_reports(qtbot, make_window, folder, SUPERVISOR)
    # Hold the run at its start until she has pressed Cancel (so the test does not race the worker).
    reading, release = threading.Event(), threading.Event()
    real = statistics._vocab

    def slow_vocab(session: Any) -> Any:
        reading.set()
        release.wait(10)
        return real(session)

    monkeypatch.setattr(statistics, "_vocab", slow_vocab)
    choose(qtbot, page.period.shape, "Any range of days")
    type_into(qtbot, page.period.start, f"01.03.{YEAR}")
    type_into(qtbot, page.period.end, f"20.04.{YEAR}")
    before = len(audit_entries(folder, "statistics_report"))
    click(qtbot, page.run_button)
    assert page.cancel_button.isEnabled() and not page.run_button.isEnabled()
    assert reading.wait(10)
    click(qtbot, page.cancel_button)
    release.set()
    qtbot.waitUntil(lambda: page.job is None, timeout=WORKER_TIMEOUT)
    assert page.report is None and not page.result.isVisible()
    assert page.state.text() == "The report was cancelled."
    assert page.run_button.isEnabled() and not page.progress.isVisible()
    assert len(audit_entries(folder, "statistics_report")) == before, "a cancelled run is not a run"
    assert audit_entries(folder, "statistics_export") == []
    assert not list((tmp_path / "home").rglob("*.pdf")) and not list((tmp_path / "home").rglob("*.xlsx"))


def test_a_bad_range_is_explained_not_run(qtbot, make_window, stat_vault) -> None:
    folder, _made = stat_vault
    _window, page = open_reports(qtbot, make_window, folder, SUPERVISOR)
    choose(qtbot, page.period.shape, "Any range of days")
    type_into(qtbot, page.period.start, "31.02.2020")
    click(qtbot, page.run_button)
    assert page.job is None and page.state.text().startswith("Type the first and the last day")
    type_into(qtbot, page.period.start, f"01.01.{date.today().year}")
    type_into(qtbot, page.period.end, f"31.12.{date.today().year + 1}")
    click(qtbot, page.run_button)
    qtbot.waitUntil(lambda: page.job is None, timeout=WORKER_TIMEOUT)
    assert page.report is None and page.state.isVisible()
    assert page.state.text() == ("This period cannot be reported: it must start before it ends, end today at the "
                                 "latest and span at most 20 years.")


def test_the_coordinators_minimum_cell_size_changes_what_is_hidden(qtbot, make_window, stat_vault) -> None:
    folder, _made = stat_vault
    window, page = open_reports(qtbot, make_window, folder, ADMIN)
    choose_year(qtbot, page, YEAR)
    run_report(qtbot, page)
    with_three = shown_tables(qtbot, page)
    settings_page = window.workspace.settings_page  # type: ignore[union-attr]
    click_tab(qtbot, window, settings_page)
    assert settings_page.min_cell.value() == 3 and settings_page.province.value() == "35"
    type_into(qtbot, settings_page.min_cell.lineEdit(), "5")
    save_settings(qtbot, settings_page)
    assert settings_page.status.text() == "Settings saved.", settings_page.status.text()
    assert audit_entries(folder, "setting_change")[-1] == (ADMIN, {"before": None, "after": "5"})
    click_tab(qtbot, window, page)
    run_report(qtbot, page)
    with_five = shown_tables(qtbot, page)
    cells_three = [c for rows in with_three.values() for row in rows for c in row[1:]]
    cells_five = [c for rows in with_five.values() for row in rows for c in row[1:]]
    assert "<5" in cells_five and "<3" not in cells_five and "<5" not in cells_three
    hidden = sum(c in ("<5", "×") for c in cells_five)
    assert hidden > sum(c in ("<3", "×") for c in cells_three)
    assert "Counts below 5" in facts_text(page)


# -- after unlock: the figures of past months fixed in a worker -------------------------------------------
def _case_last_year(folder: Path) -> None:
    """One counselor and one finished intake of last year, no figures fixed yet."""
    from kadin_danisma.services import cases

    admin = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        users.add_user(admin, COUNSELOR, COUNSELOR_NAME, frozenset({Role.COUNSELOR}), PASSWORD)
        with admin.write() as conn:
            for user in repositories.list_users(conn):
                repositories.update_user(conn, user.id, must_change_password=0)
    finally:
        admin.lock()
    session = vault_service.unlock(folder, COUNSELOR, PASSWORD)
    try:
        case_id = cases.create_case(session, r.Client(full_name="Deneme Kadın"),
                                    r.Intake(f"{YEAR}-05-05", "phone", violence_types=["physical"]))
        cases.finish_intake(session, case_id)
        assert statistics.due_periods(session)
    finally:
        session.lock()


def test_past_periods_are_fixed_after_unlock_in_a_worker(qtbot, make_window, vault) -> None:
    _case_last_year(vault.folder)
    window = make_window(vault.folder)
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    bar = window.workspace.status_bar  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "past period(s) were fixed" in bar.currentMessage(), timeout=WORKER_TIMEOUT)
    session = window.session
    assert session is not None and statistics.due_periods(session) == []
    fixed = audit_entries(vault.folder, "statistics_snapshot")
    assert fixed and {who for who, _ in fixed} == {COUNSELOR}
    assert {d["first"] for _, d in fixed} >= {f"{YEAR}-05-01", f"{YEAR}-04-01", f"{YEAR}-01-01"}


def test_a_failure_to_fix_past_periods_is_said_and_blocks_nothing(qtbot, make_window, vault, monkeypatch) -> None:
    from kadin_danisma.domain.errors import UserFacingError

    _case_last_year(vault.folder)

    def busy(*_args: object, **_kwargs: object) -> int:
        raise UserFacingError("the vault is busy in another program; try again", code="vault_busy")

    monkeypatch.setattr(statistics, "close_due_periods", busy)
    window = make_window(vault.folder)
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    workspace = window.workspace
    bar = workspace.status_bar  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "could not be fixed" in bar.currentMessage(), timeout=WORKER_TIMEOUT)
    assert bar.currentMessage() == ("The figures of past months could not be fixed: The vault is busy in another "
                                    "program. Try again. It will be tried again at the next unlock.")
    assert workspace.new_intake_button is not None and workspace.new_intake_button.isEnabled()
    page = workspace.new_intake()  # type: ignore[union-attr]
    assert page.isVisible()


# -- the page with a report on it, as the screen walk checks every screen ---------------------------------
@pytest.mark.parametrize("language", ["en", "tr"])
def test_the_shown_report_passes_the_screen_checks(qtbot, make_window, stat_vault, app, language: str) -> None:
    """The generic walk (test_every_screen.py) reaches the Reports tab before anything is run; here the same
    checks run with a report on screen: Alt letters, read as shown, no focus trap, fits 1366×768, nothing
    cut at 20 pt, lines read right to left in a right-to-left layout."""
    from PySide6.QtCore import Qt
    from screen_checks import (
        cut_texts,
        duplicate_mnemonics,
        focus_traps,
        lines_reading_wrong,
        too_big,
        unread_texts,
    )

    from kadin_danisma.gui.base.preferences import apply_font_size, install_translations

    if language == "tr":
        install_translations(app, "tr")
    folder, _made = stat_vault
    window, page = open_reports(qtbot, make_window, folder, SUPERVISOR)
    window.resize(1366, 708)
    page.period.choose("year", YEAR)
    run_report(qtbot, page)
    problems: list[str] = []
    for index in (0, [t.key for t in page.report.tables].index("channel")):  # type: ignore[union-attr]
        page.table_list.setCurrentRow(index)
        qtbot.wait(10)
        problems += duplicate_mnemonics(window) + unread_texts(window) + focus_traps(window) + too_big(window)
    apply_font_size(20)
    try:
        qtbot.wait(50)
        problems += [f"20 pt: {p}" for p in cut_texts(window) + too_big(window)]
    finally:
        apply_font_size(None)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.wait(50)
        problems += [f"RTL: {p}" for p in lines_reading_wrong(window)]
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert problems == []
    if language == "tr":
        assert page.run_button.text() == "Raporu &hazırla" and page.report.lang == "tr"  # type: ignore[union-attr]
        assert page.title.text() == "Faaliyet raporu"
