"""The app on a center server (issue 16), as a person uses it: the unlock screen signs her in to the server,
she opens a case and edits her note, and a colleague's (here: her own, on another computer) newer save of
the same note is shown beside hers instead of being overwritten."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_support import WORKER_TIMEOUT, click, is_gone, sign_in, type_text, wait_reloaded
from PySide6.QtCore import Qt

from kadin_danisma.domain import records as r
from kadin_danisma.gui.base.preferences import preference
from kadin_danisma.gui.case.note_editor import NoteEditor
from kadin_danisma.services import cases, notes

PASSWORD = "Guclu-Parola-2026"  # tests/unit/kd_support.PASSWORD: the server team's


def test_a_note_saved_meanwhile_elsewhere_is_shown_not_overwritten(qtbot, make_window, server_team: Any,
                                                                   tmp_path: Path) -> None:
    elsewhere = server_team.login("ayse")  # the same counselor on her other computer
    case_id = cases.create_case(elsewhere, r.Client(full_name="Sunucu Deneme Hatice"),
                                r.Intake("2026-03-01", "walk_in", violence_types=["economic"]))
    note_id = notes.add_note(elsewhere, case_id, r.Note("phone_call", "2026-03-02", "İlk görüşme notu."))

    window = make_window(tmp_path / "no-vault-here", server=server_team.dsn)
    page = window.unlock_page
    assert page.on_server and page.server_field.isVisible() and not page.use_recovery.isVisible()
    sign_in(qtbot, window, "ayse", PASSWORD)
    assert preference("store/server") == server_team.dsn  # this workstation's server, remembered

    view = window.workspace.open_case(case_id)  # type: ignore[union-attr]
    wait_reloaded(qtbot, view)
    view.tabs.setCurrentWidget(view.notes_tab)
    tab = view.notes_tab
    qtbot.waitUntil(lambda: bool(tab.shown_notes), timeout=WORKER_TIMEOUT)
    rect = tab.link_rect(f"edit:{note_id}")
    assert rect is not None
    qtbot.mouseClick(tab.timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = tab.editor
    assert isinstance(editor, NoteEditor) and editor.isVisible()

    # Meanwhile, on the other computer, the same note is corrected and saved.
    theirs = next(n for n in cases.open_case(elsewhere, case_id, audit=False).notes if n.id == note_id)
    theirs.body = "İlk görüşme notu (diğer bilgisayarda düzeltildi)."
    notes.edit_note(elsewhere, case_id, note_id, theirs)

    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    type_text(qtbot, editor.body, " Benim eklemem.")
    click(qtbot, editor.save_button())
    qtbot.waitUntil(lambda: editor.conflict_panel.isVisible(), timeout=WORKER_TIMEOUT)
    assert editor.isVisible() and editor.body.toPlainText() == "İlk görüşme notu. Benim eklemem."
    assert editor.theirs.toPlainText() == "İlk görüşme notu (diğer bilgisayarda düzeltildi)."
    assert editor.conflict_label.text().startswith("Saved by Ayşe Danışman at ")
    assert editor.error.text().startswith("Changed by Ayşe Danışman at ")
    window.grab().save(str(tmp_path / "conflict.png"))
    editor.grab().save(str(tmp_path / "conflict-editor.png"))

    # She takes the saved version and applies her addition again, then saves.
    click(qtbot, editor.take_theirs)
    assert not editor.conflict_panel.isVisible()
    assert editor.body.toPlainText() == "İlk görüşme notu (diğer bilgisayarda düzeltildi)."
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    type_text(qtbot, editor.body, " Benim eklemem.")
    click(qtbot, editor.save_button())
    qtbot.waitUntil(lambda: is_gone(editor), timeout=WORKER_TIMEOUT)
    wait_reloaded(qtbot, view)
    saved = next(n for n in cases.open_case(elsewhere, case_id, audit=False).notes if n.id == note_id)
    assert saved.body == "İlk görüşme notu (diğer bilgisayarda düzeltildi). Benim eklemem."
    assert [v.body for v in saved.revisions] == ["İlk görüşme notu.",
                                                  "İlk görüşme notu (diğer bilgisayarda düzeltildi)."]
    # Ctrl+L locks as with a vault: back at the unlock screen, still on the server.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.is_locked, timeout=WORKER_TIMEOUT)
    assert window.unlock_page.on_server and window.unlock_page.server_field.text() == server_team.dsn


def test_kvkk_on_a_server_is_shown_without_its_changes_and_says_why(qtbot, make_window, server_team: Any,
                                                                    tmp_path: Path) -> None:
    """Not yet available on a server (docs/server.md): the case's KVKK tab shows its holds and requests with
    no button that changes them and states why; a supervisor has no KVKK page; the overview says so."""
    ayse = server_team.login("ayse")
    case_id = cases.create_case(ayse, r.Client(full_name="Sunucu KVKK Deneme"),
                                r.Intake("2026-03-01", "walk_in", violence_types=["economic"]))
    window = make_window(tmp_path / "no-vault-here", server=server_team.dsn)
    sign_in(qtbot, window, "deniz", PASSWORD)  # counselor and supervisor: every KVKK action is hers on a vault
    workspace = window.workspace
    assert workspace is not None and workspace.retention_page is None  # no KVKK page on a server
    view = workspace.open_case(case_id)
    wait_reloaded(qtbot, view)
    tab = view.kvkk_tab
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded and not tab.loading, timeout=WORKER_TIMEOUT)
    assert tab.server_note.isVisible()
    assert tab.server_note.text().startswith("Legal holds, her requests, retention and destruction are not yet")
    for button in (tab.place_button, tab.lift_button, tab.record_button, tab.answer_button):
        assert not button.isVisible()
    assert tab.requests_summary.text() == "No requests from her."
    window.grab().save(str(tmp_path / "kvkk-on-server.png"))
    overview = workspace.overview
    workspace.tabs.setCurrentWidget(overview)
    qtbot.waitUntil(lambda: "not yet available on a center server" in overview.destruction.text(),
                    timeout=WORKER_TIMEOUT)
