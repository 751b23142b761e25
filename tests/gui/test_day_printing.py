"""Issue 15, item 12: the case summary, her full record and the recovery-key sheet are printed through Qt's
print dialog, drawn in memory (no file is written), as well as saved; each print is audited as a print."""

from __future__ import annotations

import json
from pathlib import Path

import pdf_reading
from gui_support import (
    WORKER_TIMEOUT,
    click,
    click_tab,
    print_button,
    printer_sink,
    show_case,
    sign_in,
    the_dialog,
)
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QLabel

from kadin_danisma.domain import records as r
from kadin_danisma.gui.admin.account_dialogs import RecoveryKeyDialog
from kadin_danisma.gui.base.preferences import install_translations
from kadin_danisma.services import cases

NAME = "Baskı Denemesi Hanım"


def printed(session, kind: str) -> list[dict]:  # type: ignore[no-untyped-def]
    found = session.connection().execute("SELECT details FROM audit_log WHERE action = 'print_document'")
    return [d for d in (json.loads(x[0]) for x in found) if d.get("kind") == kind]


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def print_through_dialog(qtbot, actions) -> int:  # type: ignore[no-untyped-def]
    """Print… → Qt's dialog → Print, as she would; returns the pages the printer got."""
    click(qtbot, actions.print_button)
    job = actions.print_job
    assert job is not None and isinstance(job.dialog, QPrintDialog)
    qtbot.waitUntil(lambda: job.dialog.isVisible(), timeout=5000)
    click(qtbot, print_button(job.dialog))
    qtbot.waitUntil(lambda: job.done, timeout=WORKER_TIMEOUT)
    assert job.error is None, job.error
    qtbot.waitUntil(lambda: not actions.busy, timeout=WORKER_TIMEOUT)
    return job.pages


def test_summary_and_record_print_and_save(qtbot, open_as, monkeypatch, private_home, tmp_path) -> None:
    session, ctx = open_as()
    case_id = cases.create_case(session, r.Client(NAME, birth_year=1979),
                                r.Intake("2026-01-05", violence_types=["economic"], presenting_request="Destek."))
    cases.finish_intake(session, case_id)
    view = show_case(qtbot, ctx, case_id)
    overview = view.overview_tab
    view.tabs.setCurrentWidget(overview)
    assert overview.documents.isVisible()
    before = files_under(private_home) | files_under(tmp_path / "case-vault")
    painted = printer_sink(monkeypatch)

    assert print_through_dialog(qtbot, overview.summary_actions) >= 1
    assert "Sent to the printer" in overview.summary_actions.status.text()
    assert len(printed(session, "summary")) == 1
    summary_bytes = len(painted())
    assert summary_bytes > 1000

    painted = printer_sink(monkeypatch)
    assert print_through_dialog(qtbot, overview.record_actions) >= 1
    assert len(printed(session, "record")) == 1
    assert files_under(private_home) | files_under(tmp_path / "case-vault") <= before | {
        p for p in files_under(tmp_path / "case-vault") if p.name.startswith("vault.db")}, "printing wrote no file"

    # Saved as well, where she chooses; the saved record carries her name.
    target = tmp_path / "kayit.pdf"
    click(qtbot, overview.record_actions.save_button)
    chooser = the_dialog(qtbot, QFileDialog)
    chooser.selectFile(str(target))
    chooser.accept()
    qtbot.waitUntil(lambda: not overview.record_actions.busy and target.exists(), timeout=WORKER_TIMEOUT)
    assert NAME in pdf_reading.text(target)


def test_recovery_sheet_prints_from_the_new_key_dialog(qtbot, window, monkeypatch) -> None:
    sign_in(qtbot, window)
    page = window.workspace.settings_page
    click_tab(qtbot, window, page)
    click(qtbot, page.recovery_button)
    dialog = the_dialog(qtbot, RecoveryKeyDialog)
    assert dialog.findChild(QLabel, "recoveryKey").text()
    printer_sink(monkeypatch)
    assert dialog.sheet.print_button.isVisible()
    assert print_through_dialog(qtbot, dialog.sheet) == 1
    assert printed(window.session, "recovery_sheet") == [{"kind": "recovery_sheet"}]


def test_the_print_dialog_speaks_turkish(qtbot, app, open_as) -> None:
    install_translations(app, "tr")
    session, ctx = open_as()
    case_id = cases.create_case(session, r.Client(NAME), r.Intake("2026-01-05", violence_types=["economic"]))
    view = show_case(qtbot, ctx, case_id)
    view.tabs.setCurrentWidget(view.overview_tab)
    actions = view.overview_tab.summary_actions
    assert actions.print_button.text() == "Yazdır…"
    click(qtbot, actions.print_button)
    dialog = actions.print_job.dialog
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5000)
    texts = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    assert not {"Page &Set:", "&Name:", "Copies:"} & texts, texts
    dialog.reject()
