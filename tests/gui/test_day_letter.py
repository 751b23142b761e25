"""Issue 15, item 3 (and the consent check of "Also seen"): the letter dialog names each note by its type,
date, author and first line, shows the letter's first page before it is saved, prints it, and without her
consent says so at once, before any file is chosen."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from gui_support import (
    WORKER_TIMEOUT,
    click,
    is_gone,
    print_button,
    printer_sink,
    show_case,
    tick,
    visible_dialogs,
)
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QLabel

from kadin_danisma.domain import records as r
from kadin_danisma.gui.case.letter_dialog import LetterDialog
from kadin_danisma.services import cases, consents, directory, notes, referrals

LEGAL_FIRST = "Avukat randevusu 3 Mart'ta; boşanma davası için belgeler hazır."
PSYCH_FIRST = "İlk görüşme: uyku sorunları ve kaygı konuşuldu."
DAY = date.today() - timedelta(days=3)


def a_case_with_notes(session):  # type: ignore[no-untyped-def]
    case_id = cases.create_case(session, r.Client("Nermin Aktaş", birth_year=1990),
                                r.Intake(DAY.isoformat(), violence_types=["physical"], presenting_request="Destek."))
    cases.finish_intake(session, case_id)
    notes.add_note(session, case_id, r.Note("psychosocial_session", DAY.isoformat(), PSYCH_FIRST + "\nDevamı."))
    notes.add_note(session, case_id, r.Note("legal_counseling", DAY.isoformat(), LEGAL_FIRST + "\nİkinci satır."))
    bar = directory.search_institutions(session, "baro")[0]
    rid = referrals.create_referral(session, case_id, bar.id, "Boşanma davası için adli yardım", "Avukat")
    return case_id, rid, bar.id


def open_letter(qtbot, view, rid: int) -> LetterDialog:  # type: ignore[no-untyped-def]
    tab = view.referrals_tab
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.letter_button is not None, timeout=WORKER_TIMEOUT)
    assert tab.select(rid)
    click(qtbot, tab.letter_button)
    dialog = tab.dialog
    assert isinstance(dialog, LetterDialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WORKER_TIMEOUT)
    return dialog


def test_without_consent_no_file_is_chosen(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id, rid, _bar = a_case_with_notes(session)
    view = show_case(qtbot, ctx, case_id)
    dialog = open_letter(qtbot, view, rid)
    assert dialog.consent_missing
    assert "She has not consented to sharing with this institution" in dialog.error.text()
    for button in (dialog.create_button, dialog.print_button, dialog.choose_button):
        assert not button.isEnabled()
    dialog.create_button.click()  # even so: no file chooser opens
    assert dialog.choose_path() is None and not visible_dialogs(QFileDialog)
    dialog.reject()


def test_notes_named_previewed_and_printed(qtbot, open_as, monkeypatch, private_home: Path) -> None:
    session, ctx = open_as()
    case_id, rid, bar = a_case_with_notes(session)
    consents.record_consent(session, case_id, r.Consent("share_with_institution", DAY.isoformat()), bar)
    view = show_case(qtbot, ctx, case_id)
    dialog = open_letter(qtbot, view, rid)
    author = session.user.display_name

    # Each note: its type and date in the letter, its author and first line beside the box.
    note_keys = [k for k in dialog.boxes if k.startswith("note:")]
    assert len(note_keys) == 2
    texts = {k: dialog.boxes[k].text() for k in note_keys}
    details = {k: dialog.findChild(QLabel, f"letterDetail:{k}").text() for k in note_keys}
    legal = next(k for k in note_keys if texts[k].startswith("Hukuki danışmanlık"))
    psych = next(k for k in note_keys if texts[k].startswith("Psikososyal görüşme"))
    assert texts[legal] == f"Hukuki danışmanlık, {DAY.strftime('%d.%m.%Y')}"
    assert author in details[legal] and LEGAL_FIRST in details[legal] and "İkinci satır" not in details[legal]
    assert PSYCH_FIRST in details[psych]
    assert LEGAL_FIRST in dialog.boxes[legal].accessibleName(), "a screen reader hears which note it is"

    # The first page as it will be, before anything is saved; it changes when a note is ticked.
    qtbot.waitUntil(lambda: not dialog.previewing and dialog.preview.pixmap() is not None
                    and not dialog.preview.pixmap().isNull(), timeout=WORKER_TIMEOUT)
    before = dialog.preview.pixmap().toImage()
    assert before.width() > 200 and before.height() > before.width(), "a portrait page"
    tick(qtbot, dialog.boxes[legal])
    qtbot.waitUntil(lambda: dialog.previewing, timeout=2000)
    qtbot.waitUntil(lambda: not dialog.previewing, timeout=WORKER_TIMEOUT)
    after = dialog.preview.pixmap().toImage()
    assert after != before, "the preview follows the ticks"
    assert "Hukuki danışmanlık" in dialog.preview.accessibleDescription()
    previews = session.connection().execute(
        "SELECT count(*) FROM audit_log WHERE action IN ('export_pdf', 'print_document')").fetchone()[0]
    assert previews == 0, "a preview is not an export"

    # Printed through Qt's dialog, drawn in memory: no file of ours anywhere.
    before_files = {p for p in private_home.rglob("*") if p.is_file()}
    painted = printer_sink(monkeypatch)  # stands in for the printer (the test machine has none)
    job = dialog.print_letter()
    assert job is not None and isinstance(job.dialog, QPrintDialog) and job.dialog.isVisible()
    click(qtbot, print_button(job.dialog))
    qtbot.waitUntil(lambda: job.done, timeout=WORKER_TIMEOUT)
    assert job.error is None and job.pages == 1
    assert painted().startswith(b"%PDF"), "the pages reached the printer"
    assert {p for p in private_home.rglob("*") if p.is_file()} == before_files, "printing wrote no file"
    printed = session.connection().execute(
        "SELECT details FROM audit_log WHERE action = 'print_document' ORDER BY id DESC").fetchone()
    details = json.loads(printed[0])
    assert details["kind"] == "referral" and legal in details["fields"] and psych not in details["fields"]
    assert "Sent to the printer: 1 page(s)." in dialog.error.text()
    dialog.reject()
    qtbot.waitUntil(lambda: is_gone(dialog))
