"""Appointments and attachments in a case, driven as a counselor would (issue 20): she books a session from
the case (the interpreter her intake asked for is filled in), is warned of a clash before saving, records
that the woman came and writes the note the appointment filled in; she attaches a scan, looks at it inside
the app and saves a copy, and no byte of the file is found in HOME, TMPDIR or the vault folder."""

from __future__ import annotations

import json
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from gui_support import (
    WORKER_TIMEOUT,
    click,
    is_gone,
    the_dialog,
    tick,
    type_into,
    type_text,
    unnamed_inputs,
    visible_dialogs,
)
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QFileDialog

from kadin_danisma.domain import records as r
from kadin_danisma.gui.case.appointment_dialogs import AttendedDialog, BookingDialog
from kadin_danisma.gui.case.attachment_dialogs import AttachmentDialog
from kadin_danisma.gui.case.attachment_viewer import AttachmentViewer
from kadin_danisma.services import appointments, cases
from kadin_danisma.services.demo_files import text_pdf

TODAY = date.today()
CANARY = "KANARYA-GUI-EK-51c2e8"


def new_case(session) -> int:  # type: ignore[no-untyped-def]
    return cases.create_case(session, r.Client("Amal Deneme", languages=["ara"], interpreter_language="ara"),
                             r.Intake(TODAY.isoformat(), "walk_in", violence_types=["physical"]))


def open_tab(qtbot, ctx, case_id: int, name: str):  # type: ignore[no-untyped-def]
    from gui_support import show_case

    view = show_case(qtbot, ctx, case_id)
    tab = view.named_tabs[name]
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(view.tabs.indexOf(tab)).center())
    assert view.tabs.currentWidget() is tab
    return view, tab


def booking_dialog(qtbot, tab) -> BookingDialog:  # type: ignore[no-untyped-def]
    click(qtbot, tab.book_button)
    dialog = the_dialog(qtbot, BookingDialog)
    assert isinstance(dialog, BookingDialog)
    return dialog


def settled(qtbot, dialog: BookingDialog) -> None:  # type: ignore[no-untyped-def]
    """The clash check asked after her last change has answered."""
    qtbot.waitUntil(lambda: not dialog.timer.isActive() and not dialog.asking.busy, timeout=WORKER_TIMEOUT)


def set_time(qtbot, dialog: BookingDialog, day: date, hour: int, minute: int = 0) -> None:
    type_into(qtbot, dialog.day, day.strftime("%d.%m.%Y"))
    dialog.start.setFocus()
    dialog.start.setTime(QTime(hour, minute))


def test_she_came_the_note_is_written_with_the_interpreter(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = new_case(session)
    view, tab = open_tab(qtbot, ctx, case_id, "appointments")
    dialog = booking_dialog(qtbot, tab)
    assert unnamed_inputs(dialog) == []
    # The intake asked for an Arabic interpreter: the language and an interpreter who speaks it are filled in.
    assert dialog.language.value() == "ara"
    assert dialog.interpreter.value() == "Demo Tercüman Leyla"
    assert dialog.counselors.values() == [session.user.username]
    set_time(qtbot, dialog, TODAY, 7, 30)  # before the center's usual hours: nothing else is booked then
    dialog.duration.setValue(45)
    settled(qtbot, dialog)
    assert not dialog.clash_text.isVisible(), dialog.clash_text.text()
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=WORKER_TIMEOUT)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=WORKER_TIMEOUT)
    assert "07:30–08:15" in tab.table.item(0, 0).text()
    assert tab.table.item(0, 5).text() == "Demo Tercüman Leyla (Arabic)"

    tab.table.selectRow(0)
    click(qtbot, tab.came_button)
    note = the_dialog(qtbot, AttendedDialog)
    assert isinstance(note, AttendedDialog) and unnamed_inputs(note) == []
    assert note.interpreter.isChecked() and note.language.value() == "ara"
    assert note.interpreter_name.text() == "Demo Tercüman Leyla"
    assert note.note_type.value() == "psychosocial_session" and note.duration.value() == 45
    assert note.body.hasFocus()
    type_text(qtbot, note.body, "Tercüman eşliğinde görüşüldü; güvenlik planı gözden geçirildi.")
    click(qtbot, note.save_button())
    qtbot.waitUntil(lambda: is_gone(note), timeout=WORKER_TIMEOUT)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1 and tab.table.item(0, 2).text() == "Attended",
                    timeout=WORKER_TIMEOUT)
    view.show_tab("notes")
    qtbot.waitUntil(lambda: any("Tercüman eşliğinde" in t for t in view.notes_tab.texts()), timeout=WORKER_TIMEOUT)
    (shown,) = [t for t in view.notes_tab.texts() if "Tercüman eşliğinde" in t]
    assert "Interpreter: Arabic" in shown and "Demo Tercüman Leyla" in shown and "45 min" in shown
    assert not tab.came_button.isEnabled()  # what happened is recorded once


def test_a_clash_is_said_before_saving_and_she_may_book_anyway(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id, other = new_case(session), new_case(session)
    tomorrow = TODAY + timedelta(days=1)
    me = session.user.username
    appointments.book(session, other, r.Appointment(f"{tomorrow}T07:00", f"{tomorrow}T08:00", "legal",
                                                    counselors=[me], room="Hukuk Odası"))
    _view, tab = open_tab(qtbot, ctx, case_id, "appointments")
    dialog = booking_dialog(qtbot, tab)
    set_time(qtbot, dialog, tomorrow, 7, 30)
    dialog.room.set_value("Hukuk Odası")
    qtbot.waitUntil(lambda: dialog.clash_text.isVisible() and "Hukuk Odası" in dialog.clash_text.text(),
                    timeout=WORKER_TIMEOUT)
    text = "".join(ch for ch in dialog.clash_text.text() if ch not in "\u2068\u2069\u200e\u200f")
    assert "already has an appointment then" in text and "The room Hukuk Odası is booked then" in text
    assert "07:00–08:00" in text and dialog.book_anyway.isVisible()
    before = session.connection().execute("SELECT count(*) FROM appointments").fetchone()[0]
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORKER_TIMEOUT)
    assert dialog.isVisible() and "clashes" in dialog.error.text()
    assert session.connection().execute("SELECT count(*) FROM appointments").fetchone()[0] == before
    tick(qtbot, dialog.book_anyway)
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=WORKER_TIMEOUT)
    details = session.connection().execute(
        "SELECT details FROM audit_log WHERE action = 'appointment_add' ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert json.loads(details)["clashes_accepted"] == 2


def scan(roots: list[Path], needle: bytes) -> list[str]:
    hits = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and not path.is_symlink():
                try:
                    if needle in path.read_bytes():
                        hits.append(str(path))
                except OSError:
                    continue
    return hits


def choose_file(qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(visible_dialogs(QFileDialog)) == 1, timeout=5000)
    (chooser,) = visible_dialogs(QFileDialog)
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.fileSelected.emit(str(path))
    chooser.close()


def test_a_scan_is_attached_viewed_and_copied_and_never_left_outside(qtbot, open_as, case_vault, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    private_tmp = tmp_path / "tmpdir"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    session, ctx = open_as()
    case_id = new_case(session)
    view, tab = open_tab(qtbot, ctx, case_id, "attachments")
    qtbot.waitUntil(lambda: not tab.loading.busy, timeout=WORKER_TIMEOUT)
    incoming = tmp_path / "scanner" / "karar.pdf"
    incoming.parent.mkdir()
    incoming.write_bytes(text_pdf([f"{CANARY} uzaklastirma karari"], pages=3))

    click(qtbot, tab.add_button)
    dialog = the_dialog(qtbot, AttachmentDialog)
    assert isinstance(dialog, AttachmentDialog) and not dialog.ok_button().isEnabled()
    assert unnamed_inputs(dialog) == []
    click(qtbot, dialog.choose_button)
    choose_file(qtbot, incoming)
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=WORKER_TIMEOUT)
    assert "PDF, 3 page(s)" in dialog.file_label.text()
    dialog.doc_type.set_value("decision_6284")
    type_into(qtbot, dialog.doc_title, "Uzaklaştırma kararı")
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=WORKER_TIMEOUT)
    incoming.unlink()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=WORKER_TIMEOUT)
    assert tab.table.item(0, 1).text() == "Decision under Law 6284"

    tab.table.selectRow(0)
    click(qtbot, tab.view_button)
    viewer = the_dialog(qtbot, AttachmentViewer)
    assert isinstance(viewer, AttachmentViewer)
    qtbot.waitUntil(lambda: viewer.picture.pixmap() is not None and not viewer.picture.pixmap().isNull(),
                    timeout=WORKER_TIMEOUT)
    assert viewer.status.text() == "Page 1 of 3" and viewer.next_button.isEnabled()
    assert unnamed_inputs(viewer) == [] and unnamed_inputs(tab) == []
    click(qtbot, viewer.next_button)
    qtbot.waitUntil(lambda: getattr(viewer, "shown_page", 0) == 1, timeout=WORKER_TIMEOUT)
    assert viewer.status.text() == "Page 2 of 3"

    click(qtbot, viewer.copy_button)
    qtbot.waitUntil(lambda: len(visible_dialogs(QFileDialog)) == 1, timeout=5000)
    (chooser,) = visible_dialogs(QFileDialog)
    assert chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    target = tmp_path / "chosen" / "kopya.pdf"
    target.parent.mkdir()
    chooser.fileSelected.emit(str(target))
    chooser.close()
    qtbot.waitUntil(lambda: viewer.status.text().startswith("Copy saved"), timeout=WORKER_TIMEOUT)
    assert CANARY.encode() in target.read_bytes()
    click(qtbot, viewer.buttons.button(viewer.accept_kind))
    qtbot.waitUntil(lambda: is_gone(viewer), timeout=WORKER_TIMEOUT)

    actions = [a for (a,) in session.connection().execute(
        "SELECT action FROM audit_log WHERE action LIKE 'attachment_%' AND target = ? ORDER BY id",
        (f"case:{case_id}",))]
    assert actions == ["attachment_add", "attachment_view", "attachment_export"]
    view.scrub()
    session.lock()
    home = Path.home()
    hits = scan([home, private_tmp, case_vault.folder], CANARY.encode())
    assert hits == [], hits


def test_the_calendar_masks_names_and_shows_others_only_as_booked(qtbot, open_as) -> None:
    from kadin_danisma.gui.session.privacy import MASK
    from kadin_danisma.gui.workspace.calendar_page import CalendarPage

    session, ctx = open_as()
    case_id = new_case(session)
    tomorrow = TODAY + timedelta(days=1)
    appointments.book(session, case_id, r.Appointment(f"{tomorrow}T07:00", f"{tomorrow}T07:50", "legal",
                                                      counselors=[session.user.username], room="Hukuk Odası"))
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    with qtbot.waitSignal(page.loaded, timeout=WORKER_TIMEOUT):
        page.show()
    assert page.week and page.who.currentData() == session.user_id  # her own week first
    assert unnamed_inputs(page) == []
    page.day.set_value(tomorrow.isoformat())
    with qtbot.waitSignal(page.loaded, timeout=WORKER_TIMEOUT):
        page.refresh()
    texts = [page.grid.item(r_, c).text() for r_ in range(page.grid.rowCount()) for c in range(page.grid.columnCount())
             if page.grid.item(r_, c) is not None]
    (mine,) = [t for t in texts if "07:00–07:50" in t]
    assert MASK in mine and "Amal Deneme" not in mine and "Hukuk Odası" in mine and "Legal counselling" in mine
    ctx.privacy.set_masked(False)
    assert any("Amal Deneme" in page.grid.item(r_, c).text() for r_ in range(page.grid.rowCount())
               for c in range(page.grid.columnCount()) if page.grid.item(r_, c) is not None)
    # Another counselor's day by room: the slot is taken, whose case it is stays hidden.
    _other_session, other_ctx = open_as("danisman2")
    other = CalendarPage(other_ctx)
    qtbot.addWidget(other)
    other.resize(1300, 700)
    with qtbot.waitSignal(other.loaded, timeout=WORKER_TIMEOUT):
        other.show()
    other.view_kind.setCurrentIndex(0)
    other.by.setCurrentIndex(other.by.findData("room"))
    other.day.set_value(tomorrow.isoformat())
    with qtbot.waitSignal(other.loaded, timeout=WORKER_TIMEOUT):
        other.refresh()
    column = [other.grid.horizontalHeaderItem(c).text() for c in range(other.grid.columnCount())].index("Hukuk Odası")
    cells = [other.grid.item(r_, column).text() for r_ in range(other.grid.rowCount())
             if other.grid.item(r_, column) is not None]
    (theirs,) = [t for t in cells if "07:00–07:50" in t]
    assert "Booked (another counselor's case)" in theirs and "Amal" not in theirs and "KDM" not in theirs
    row = next(r_ for r_ in range(other.grid.rowCount())
               if other.grid.item(r_, column) is not None and "07:00" in other.grid.item(r_, column).text())
    other.grid.setCurrentItem(other.grid.item(row, column))
    assert not other.open_button.isEnabled() and not other.cancel_button.isEnabled()


def test_an_admin_adds_an_interpreter_and_a_booking_offers_her(qtbot, open_as) -> None:
    from gui_support import ADMIN, PASSWORD

    from kadin_danisma.gui.admin.calendar_setup_page import CalendarSetupPage, InterpreterDialog

    _admin, admin_ctx = open_as(ADMIN, PASSWORD)
    page = CalendarSetupPage(admin_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.people_table.rowCount() > 0, timeout=WORKER_TIMEOUT)
    click(qtbot, page.add_person_button)
    dialog = the_dialog(qtbot, InterpreterDialog)
    assert isinstance(dialog, InterpreterDialog) and unnamed_inputs(dialog) == [] and unnamed_inputs(page) == []
    type_into(qtbot, dialog.name, "Nadia Tercüman")
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORKER_TIMEOUT)
    assert dialog.isVisible() and "Languages" in dialog.error.text()  # at least one language
    tick(qtbot, dialog.languages.boxes["pus"])
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=WORKER_TIMEOUT)
    qtbot.waitUntil(lambda: any(page.people_table.item(i, 0).text() == "Nadia Tercüman"
                                for i in range(page.people_table.rowCount())), timeout=WORKER_TIMEOUT)
    session, _ctx = open_as()
    case_id = cases.create_case(session, r.Client("Zarmina Deneme", interpreter_language="pus"))
    setup = appointments.booking_setup(session, case_id)
    assert setup.defaults.interpreter_language == "pus" and setup.defaults.interpreter == "Nadia Tercüman"
