"""Drafts through the real main window: what is being typed survives an idle lock and a crash (a process
killed with SIGKILL), is offered back only to the person who typed it, can be thrown away, and is never
written anywhere in plain text."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest
from gui_support import (
    COUNSELOR,
    PASSWORD,
    SUPERVISOR,
    WORKER_TIMEOUT,
    choose,
    click,
    is_gone,
    sign_in,
    texts_containing,
    the_dialog,
    tick,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from shiboken6 import Shiboken

from kadin_danisma.domain import records as r
from kadin_danisma.gui.case.note_editor import NoteEditor
from kadin_danisma.gui.case.view import CaseView
from kadin_danisma.gui.intake.form import IntakePage
from kadin_danisma.gui.workspace.unsaved import DiscardDraftsDialog
from kadin_danisma.services import cases, drafts, vault_service

NO_AUTOSAVE_MS = 3_600_000  # only the lock's own flush keeps the draft
NOTE_TEXT = ("Yarın 10:00'da güvenli hattan arayacağım.\n"
             "Çocuğun okul değişikliği: İlçe Milli Eğitim'e yazı — ĞÜŞİÖÇ ğüşıöç")
CRASH_HELPER = Path(__file__).with_name("crash_intake.py")
CTRL = Qt.KeyboardModifier.ControlModifier


# -- helpers ------------------------------------------------------------------------------------------------
def ayse_case(folder: Path, name: str = "Hatice Güneş") -> int:
    """An open case assigned to the counselor 'ayse', made through the services (vault left locked)."""
    session = vault_service.unlock(folder, COUNSELOR, PASSWORD)
    try:
        case_id = cases.create_case(session, r.Client(full_name=name),
                                    r.Intake(intake_date=date.today().isoformat(), violence_types=["physical"]))
        cases.finish_intake(session, case_id)
    finally:
        session.lock()
    return case_id


def stored_drafts(folder: Path, username: str = COUNSELOR) -> list[drafts.Draft]:
    session = vault_service.unlock(folder, username, PASSWORD)
    try:
        return drafts.my_drafts(session)
    finally:
        session.lock()


def open_case_view(qtbot, window, case_id: int) -> CaseView:
    view = window.workspace.open_case(case_id)
    qtbot.waitUntil(lambda: view.data is not None and not view.loading, timeout=WORKER_TIMEOUT)
    return view


def wait_active(qtbot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=5000)


def new_note(qtbot, view: CaseView) -> NoteEditor:
    view.tabs.setCurrentWidget(view.notes_tab)
    assert view.notes_tab.new_note_button is not None
    click(qtbot, view.notes_tab.new_note_button)
    editor = view.notes_tab.editor
    assert isinstance(editor, NoteEditor) and editor.isVisible()
    wait_active(qtbot, editor)
    qtbot.mouseClick(editor.body, Qt.MouseButton.LeftButton)
    return editor


def new_intake(qtbot, window) -> IntakePage:
    workspace = window.workspace
    click(qtbot, workspace.new_intake_button)
    page = workspace.tabs.currentWidget()
    assert isinstance(page, IntakePage)
    qtbot.waitUntil(lambda: page.full_name.hasFocus(), timeout=2000)
    return page


def lock_by_idle(qtbot, window, ms: int = 400) -> None:
    """A short idle timeout from now on, and no input at all until the window locks."""
    window.idle_override_ms = ms
    window._apply_idle()
    started = time.monotonic()
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)
    assert time.monotonic() - started >= ms / 1000 - 0.05, "locked before the idle timeout"


def lock_by_key(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.is_locked, timeout=2000)
    qtbot.wait(50)  # the scrubbed workspace is deleted on the next turn of the event loop


def banner_offered(window) -> bool:
    workspace = window.workspace
    return workspace.drafts_banner.isVisible() and workspace.restore_drafts_button.isVisible()


# -- (a) a note typed in the open editor survives an idle lock ---------------------------------------------
def test_note_in_the_open_editor_survives_an_idle_lock(qtbot, make_window, case_vault) -> None:
    case_id = ayse_case(case_vault.folder)
    window = make_window(case_vault.folder)
    window.autosave_override_ms = NO_AUTOSAVE_MS
    window.idle_override_ms = 60_000  # while setting the scene
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    assert not banner_offered(window)
    view = open_case_view(qtbot, window, case_id)
    editor = new_note(qtbot, view)
    tick(qtbot, editor.interpreter)
    choose(qtbot, editor.language, "Kurdish (Kurmanji)")
    language = editor.language.value()
    assert language is not None and language != "ara"
    qtbot.mouseClick(editor.body, Qt.MouseButton.LeftButton)
    type_text(qtbot, editor.body, NOTE_TEXT.replace("\n", "\r"))  # Return makes the line break
    assert editor.body.toPlainText() == NOTE_TEXT
    assert drafts.my_drafts(window.session) == [], "nothing kept yet: the autosave is far away"

    lock_by_idle(qtbot, window)
    assert is_gone(editor), "the lock closes the note editor"
    qtbot.wait(50)
    assert texts_containing("Yarın 10:00", "ĞÜŞİÖÇ", "Hatice") == [], "the note survived on screen"

    # Signed in again: the banner offers the note; Restore opens the case with the editor and her text.
    window.idle_override_ms = 60_000
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    workspace = window.workspace
    assert banner_offered(window)
    assert workspace.drafts_text.text().startswith("You have 1 unsaved piece(s) of work")
    kept = drafts.my_drafts(window.session)
    assert [(d.kind, d.case_id) for d in kept] == [("note", case_id)]
    click(qtbot, workspace.restore_drafts_button)
    assert not workspace.drafts_banner.isVisible()
    qtbot.waitUntil(lambda: case_id in workspace.case_views, timeout=2000)
    view = workspace.case_views[case_id]
    assert workspace.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: view.notes_tab.editor is not None and view.notes_tab.editor.isVisible(),
                    timeout=WORKER_TIMEOUT)
    editor = view.notes_tab.editor
    assert view.tabs.currentWidget() is view.notes_tab, "the restored note opens over the case's notes"
    assert editor.body.toPlainText() == NOTE_TEXT, "the restored note must hold exactly what she typed"
    assert editor.interpreter.isChecked() and editor.language.value() == language
    assert editor.note_date.value() == date.today().isoformat()

    # Saving it makes the note and removes the draft.
    wait_active(qtbot, editor)
    click(qtbot, editor.save_button())
    qtbot.waitUntil(lambda: not Shiboken.isValid(editor) or not editor.isVisible(), timeout=WORKER_TIMEOUT)
    qtbot.waitUntil(lambda: not view.loading and view.status.text() == "Note saved.", timeout=WORKER_TIMEOUT)
    assert drafts.my_drafts(window.session) == []
    notes = cases.open_case(window.session, case_id).notes
    assert [(n.body, n.interpreter_present, n.interpreter_language) for n in notes] == [
        (NOTE_TEXT, True, language)]
    assert view.notes_tab.texts()[0].endswith(NOTE_TEXT)

    # And it is not offered again.
    lock_by_key(qtbot, window)
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    assert not banner_offered(window)


# -- (b) a crash: the process is killed while the intake is half filled ------------------------------------
@pytest.mark.faults
def test_half_filled_intake_survives_a_killed_process(qtbot, make_window, case_vault, fault_log) -> None:
    full_name, birth_year, child = "Meryem Ağaoğlu", "1987", "Çınar"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[2]), env.get("PYTHONPATH", "")])
    process = subprocess.Popen(
        [sys.executable, str(CRASH_HELPER), str(case_vault.folder), COUNSELOR, PASSWORD, full_name, birth_year,
         child], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = process.stdout.readline() if process.stdout else ""
        assert line.strip() == "SAVED", f"the helper did not get to autosave: {line!r} {process.stderr.read()}"
        assert process.poll() is None
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL

    window = make_window(case_vault.folder)
    window.autosave_override_ms = NO_AUTOSAVE_MS
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    workspace = window.workspace
    assert banner_offered(window), "the autosaved intake must be offered after the crash"
    click(qtbot, workspace.restore_drafts_button)
    page = workspace.tabs.currentWidget()
    assert isinstance(page, IntakePage)
    assert page.full_name.text() == full_name
    assert page.birth_year.year() == int(birth_year)
    assert page.violence_types.values() == ["economic"]
    assert [c["name"] for c in page.child_list.values()] == [child]
    assert page.child_list.list.item(0).text() == f"\u2068{child}\u2069"
    assert page.draft_case_id is None and page.status.text().startswith("Not saved yet")
    # It saves like any intake, and the draft goes once it is finished.
    with qtbot.waitSignal(page.finished, timeout=WORKER_TIMEOUT) as done:
        click(qtbot, page.finish_button)
    record = cases.open_case(window.session, int(done.args[0]))
    assert record.client.full_name == full_name and [c.name for c in record.children] == [child]
    assert drafts.my_drafts(window.session) == []
    fault_log.record("kill -9: GUI while typing an intake", iterations=1, faults=1, rows_verified=1,
                     note="the autosaved draft is offered back and saves as a case")


# -- (c) discard, (d) only her own drafts --------------------------------------------------------------------
def test_drafts_are_hers_only_and_discard_removes_them(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    window.autosave_override_ms = NO_AUTOSAVE_MS
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    page = new_intake(qtbot, window)
    type_text(qtbot, page.full_name, "Nurcan Işık")
    lock_by_key(qtbot, window)
    assert [d.kind for d in stored_drafts(case_vault.folder)] == ["intake"]

    # Another person signing in on the same computer is not offered ayse's work.
    sign_in(qtbot, window, SUPERVISOR, PASSWORD)
    assert not banner_offered(window)
    assert drafts.my_drafts(window.session) == []
    assert texts_containing("Nurcan", "Işık") == []
    lock_by_key(qtbot, window)

    # ayse is offered it; she discards it.
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    assert banner_offered(window)
    assert [d.payload["client"]["full_name"] for d in drafts.my_drafts(window.session)] == ["Nurcan Işık"]
    click(qtbot, window.workspace.discard_drafts_button)
    # Asked first, with the piece named; Cancel keeps it, the confirmation throws it away.
    question = the_dialog(qtbot, DiscardDraftsDialog)
    assert "Nurcan Işık" in question.findChild(QLabel, "discardList").text()
    click(qtbot, question.buttons.button(question.buttons.StandardButton.Cancel))
    assert window.workspace.drafts_banner.isVisible() and len(drafts.my_drafts(window.session)) == 1
    click(qtbot, window.workspace.discard_drafts_button)
    question = the_dialog(qtbot, DiscardDraftsDialog)
    click(qtbot, question.ok_button())
    assert not window.workspace.drafts_banner.isVisible()
    assert drafts.my_drafts(window.session) == []
    assert all(not isinstance(window.workspace.tabs.widget(i), IntakePage)
               for i in range(window.workspace.tabs.count())), "discarding must not open the intake"
    lock_by_key(qtbot, window)
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    assert not banner_offered(window), "a discarded draft must not come back"


# -- (e) nothing typed is ever written in plain text -----------------------------------------------------------
def needles(text: str) -> dict[str, bytes]:
    return {enc: text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")}


def scan(roots: Iterable[Path], found_needles: dict[str, bytes], newer_than: float | None = None) -> list[str]:
    """'file: encoding' for every needle in any regular file under the roots (optionally only files changed
    since a moment)."""
    hits = []
    for root in roots:
        for folder, _dirs, files in os.walk(root):
            for name in files:
                path = Path(folder) / name
                try:
                    if path.is_symlink() or not path.is_file():
                        continue
                    if newer_than is not None and path.stat().st_mtime < newer_than:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue  # vanished (a journal) or unreadable
                hits += [f"{path}: {enc}" for enc, needle in found_needles.items() if needle in data]
    return hits


@pytest.mark.faults
def test_typed_text_is_never_written_in_plain_text(qtbot, make_window, case_vault, tmp_path, monkeypatch,
                                                   private_home, fault_log) -> None:
    system_tmp = Path(tempfile.gettempdir())
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    started = time.time() - 1
    token = uuid.uuid4().hex[:10]
    marker = f"Gizli-Taslak-İşaret-{token}-çğış"
    case_id = ayse_case(case_vault.folder)

    window = make_window(case_vault.folder)
    window.autosave_override_ms = NO_AUTOSAVE_MS
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    page = new_intake(qtbot, window)
    type_text(qtbot, page.full_name, f"{marker} ad")
    view = open_case_view(qtbot, window, case_id)
    editor = new_note(qtbot, view)
    type_text(qtbot, editor.body, f"{marker} not")
    lock_by_key(qtbot, window)
    assert texts_containing(token) == []

    # Both were kept (encrypted) ...
    kept = stored_drafts(case_vault.folder)
    assert sorted(d.kind for d in kept) == ["intake", "note"]
    assert any(marker in str(d.payload) for d in kept if d.kind == "note")
    # ... and in no file in plain text: not in the vault folder, HOME (settings, caches) or the temp folders.
    for text in (marker, token):
        roots = [case_vault.folder, private_home, private_tmp]
        assert scan(roots, needles(text)) == []
        if system_tmp != private_tmp:
            assert scan([system_tmp], needles(text), newer_than=started) == []
    fault_log.record("marker scan: drafts", iterations=1, faults=0, rows_verified=len(kept),
                     note="a marker typed into an intake and a note, kept as drafts at lock: in no file")

