"""The case workspace: header and safe-contact banner, notes and the note editor (with drafts), risk
assessments, the other editors, read-only cases (no edit controls at all), supervisors, break-glass, and
accessible names."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from gui_support import (
    COUNSELOR,
    DEMO_COUNSELOR,
    DEMO_PASSWORD,
    PASSWORD,
    SUPERVISOR,
    SUPERVISOR_NAME,
    WORKER_TIMEOUT,
    click,
    flush_deletes,
    save_and_close,
    show_case,
    tick,
    type_text,
    unnamed_inputs,
    wait_reloaded,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QWidget,
)

from kadin_danisma.domain import records as r
from kadin_danisma.gui.base.lines import isolate
from kadin_danisma.gui.case.note_editor import NoteEditor
from kadin_danisma.gui.case.risk_tab import RiskDialog
from kadin_danisma.gui.case.view import CaseView
from kadin_danisma.gui.session.context import Context
from kadin_danisma.services import cases, drafts
from kadin_danisma.services.session import Session
from kadin_danisma.vault.case_queries import CaseFilter, CaseSummary

EDIT_NAMES = frozenset({"newNoteButton", "editNoteButton", "newRiskButton", "reviewPlanButton", "addChildButton",
                        "editChildButton", "recordConsentButton", "withdrawConsentButton"})
EDIT_WORDS = ("new ", "edit", "add ", "record", "withdraw", "review", "change")

OpenAs = Callable[..., tuple[Session, Context]]


def first_case(session: Session, status: str, counselor: str | None = None) -> CaseSummary:
    found = [c for c in cases.list_cases(session, CaseFilter(statuses=(status,)))
             if counselor is None or counselor in c.counselors]
    assert found, f"no {status} case in the demo vault"
    return found[0]


def edit_controls(root: QWidget) -> list[str]:
    """Every button in the tree (shown or not) that would change the case."""
    flush_deletes()
    found = []
    for button in root.findChildren(QAbstractButton):
        text = button.text().replace("&", "").strip().lower()
        if button.objectName() in EDIT_NAMES or text.startswith(EDIT_WORDS):
            found.append(f"{button.objectName()}:{button.text()}")
    return found





# -- (a) header and banner --------------------------------------------------------------------------------
def test_header_matches_the_record_and_banner_shows_safe_contact(qtbot, open_as) -> None:
    session, ctx = open_as()
    summary = next(c for c in cases.list_cases(session, CaseFilter(statuses=("active",))) if c.interpreter_language)
    record = cases.open_case(session, summary.id)
    client = record.client
    client.safe_contact = r.SafeContact("0555 000 11 22", "Hafta içi 10-12", True, "Mavi kapı", "")
    cases.update_client(session, summary.id, client)

    view = show_case(qtbot, ctx, summary.id)
    labels = ctx.labels
    assert view.header_number.text() == record.case_number
    assert labels.label("case_status", "active") in view.header_status.text()
    assert labels.label("risk_level", summary.risk_level) in view.risk_badge.text()
    assert isolate(client.full_name) in view.client_label.text()
    assert DEMO_COUNSELOR in view.counselors_label.text()
    assert f"Interpreter: {labels.label('interpreter_language', summary.interpreter_language)}" in \
        view.flags_label.text()
    assert ("In shelter" in view.flags_label.text()) == summary.in_shelter
    assert ("Active protective measure" in view.flags_label.text()) == summary.active_measure
    banner = view.safe_contact_banner
    assert "NEVER CALL AT HOME" in banner.text()
    assert "Mavi kapı" in banner.text() and "0555 000 11 22" in banner.text()
    assert banner.textFormat() == Qt.TextFormat.PlainText
    # Always visible: above the tabs, not inside one, whichever tab is showing.
    assert not view.tabs.isAncestorOf(banner)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        assert banner.isVisible()
    assert view.editable and not view.break_glass_banner.isVisible() and not view.read_only_banner.isVisible()


def test_banner_asks_before_calling_when_nothing_is_recorded(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = cases.create_case(session, r.Client("Derya Yeni"))
    view = show_case(qtbot, ctx, case_id)
    assert view.safe_contact_banner.text() == "No safe-contact details recorded — ask her before calling."
    assert view.risk_badge.text() == "Risk: not assessed"
    assert view.flags_label.text() == ""


# -- (b) notes --------------------------------------------------------------------------------------------
def test_two_notes_through_the_editor(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = first_case(session, "active", DEMO_COUNSELOR).id
    view = show_case(qtbot, ctx, case_id)
    before = len(cases.open_case(session, case_id).notes)
    view.tabs.setCurrentWidget(view.notes_tab)
    tab = view.notes_tab
    assert tab.new_note_button is not None

    click(qtbot, tab.new_note_button)
    editor = tab.editor
    assert isinstance(editor, NoteEditor) and editor.isVisible()
    assert editor.note_date.value() == __import__("datetime").date.today().isoformat()
    assert not editor.language.isEnabled() and not editor.interpreter_name.isEnabled()
    editor.note_type.setFocus()
    qtbot.keyClick(editor.note_type, Qt.Key.Key_End)  # the last type: contact with an institution
    type_text(qtbot, editor.body, "Şiddet önleme merkezi ile görüşüldü; randevu alındı.")
    save_and_close(qtbot, editor)
    wait_reloaded(qtbot, view)

    click(qtbot, tab.new_note_button)
    editor = tab.editor
    assert editor is not None
    tick(qtbot, editor.interpreter)
    assert editor.language.isEnabled() and editor.interpreter_name.isEnabled()
    editor.language.setFocus()
    qtbot.keyClicks(editor.language, "Arabic")
    assert editor.language.value() == "ara"
    editor.interpreter_name.setFocus()
    type_text(qtbot, editor.interpreter_name, "Rana")
    editor.duration.setFocus()
    editor.duration.selectAll()
    type_text(qtbot, editor.duration.findChild(QLineEdit), "45")
    tick(qtbot, editor.never_export)
    type_text(qtbot, editor.body, "Tercüman eşliğinde görüşme yapıldı: أمان")
    save_and_close(qtbot, editor)
    wait_reloaded(qtbot, view)

    saved = cases.open_case(session, case_id).notes
    assert len(saved) == before + 2
    first = next(n for n in saved if n.body.startswith("Şiddet önleme"))
    second = next(n for n in saved if n.body.startswith("Tercüman"))
    assert first.note_type == "institution_contact" and not first.interpreter_present
    assert (second.interpreter_present, second.interpreter_language, second.interpreter_name) == (True, "ara", "Rana")
    assert second.duration_minutes == 45 and second.never_export
    texts = tab.texts()
    assert len(texts) == before + 2
    assert "Interpreter: Arabic (" in texts[0] and "45 min" in texts[0] and texts[0].endswith("أمان")
    assert tab.shown_notes[0].never_export and "NEVER EXPORT" in tab.timeline.toPlainText()
    assert tab.timeline.toPlainText().count("NEVER EXPORT") == sum(n.never_export for n in saved)
    assert [d for d in drafts.my_drafts(session) if d.case_id == case_id] == []
    assert view.status.text() == "Note saved."


def test_note_errors_show_inline_and_keep_the_text(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = first_case(session, "active", DEMO_COUNSELOR).id
    view = show_case(qtbot, ctx, case_id)
    editor = view.open_note_editor()
    assert editor is not None
    type_text(qtbot, editor.body, "   ")
    click(qtbot, editor.save_button())
    qtbot.waitUntil(lambda: editor.error.text().startswith("Note text"), timeout=WORKER_TIMEOUT)
    assert editor.isVisible() and editor.save_button().isEnabled()
    assert editor.body.property("invalid") is True


def test_editing_a_note_makes_a_new_version(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = first_case(session, "active", DEMO_COUNSELOR).id
    view = show_case(qtbot, ctx, case_id)
    tab = view.notes_tab
    assert tab.shown_notes == []  # laid out when first seen
    view.tabs.setCurrentWidget(tab)
    note = tab.shown_notes[0]
    assert note.id in tab.editable_ids  # her own note
    rect = tab.link_rect(f"edit:{note.id}")
    assert rect is not None
    qtbot.mouseClick(tab.timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = tab.editor
    assert editor is not None and editor.note is note and editor.isVisible()
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    type_text(qtbot, editor.body, " Ek bilgi.")
    save_and_close(qtbot, editor)
    wait_reloaded(qtbot, view)
    assert "version 2 (edited)" in tab.texts()[0] and tab.texts()[0].endswith("Ek bilgi.")
    rect = tab.link_rect(f"versions:{note.id}")
    assert rect is not None and "Earlier versions (1)" in tab.timeline.toPlainText()
    qtbot.mouseClick(tab.timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "Version 1, replaced " in tab.timeline.toPlainText()
    assert tab.timeline.toPlainText().count(note.body) >= 1  # the old text, shown as an earlier version


# -- (c) risk ---------------------------------------------------------------------------------------------
def test_risk_assessment_through_the_dialog(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = first_case(session, "active", DEMO_COUNSELOR).id
    view = show_case(qtbot, ctx, case_id)
    tab = view.risk_tab
    view.tabs.setCurrentWidget(tab)
    rows = tab.assessments.rowCount()
    assert tab.new_assessment_button is not None
    click(qtbot, tab.new_assessment_button)
    dialog = tab.dialog
    assert isinstance(dialog, RiskDialog)
    tick(qtbot, dialog.indicators.boxes["threats_to_kill"])
    tick(qtbot, dialog.indicators.boxes["weapon_access"])
    assert dialog.suggested.text() == "Very high" and dialog.level.value() == "very_high"
    assert dialog.reason_hint.text() == ""
    dialog.level.setFocus()
    qtbot.keyClick(dialog.level, Qt.Key.Key_Up)  # she judges it one step lower
    assert dialog.level.value() == "high"
    assert "differs from the suggestion" in dialog.reason_hint.text()
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: dialog.error.text().startswith("Reason"), timeout=WORKER_TIMEOUT)
    assert dialog.reason.property("invalid") is True
    type_text(qtbot, dialog.reason, "Silah ruhsatı iptal edildi, el konuldu.")
    with qtbot.waitSignal(view.changed, timeout=WORKER_TIMEOUT) as changed:
        save_and_close(qtbot, dialog)
    assert changed.args == [case_id]
    wait_reloaded(qtbot, view)

    assert tab.assessments.rowCount() == rows + 1
    assert tab.assessments.item(0, 1).text() == "High" and tab.assessments.item(0, 2).text() == "Very high"
    assert view.risk_badge.text() == "Risk: High"
    latest = cases.open_case(session, case_id).risk_assessments[-1]
    assert (latest.level, latest.suggested_level) == ("high", "very_high")
    assert sorted(latest.indicators) == ["threats_to_kill", "weapon_access"]


# -- other editors ----------------------------------------------------------------------------------------
def test_child_consent_and_safety_plan_editors(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = first_case(session, "active", DEMO_COUNSELOR).id
    view = show_case(qtbot, ctx, case_id)
    kids = len(view.record.children) if view.record else 0

    view.tabs.setCurrentWidget(view.children_tab)
    assert view.children_tab.add_button is not None
    click(qtbot, view.children_tab.add_button)
    child_dialog = view.children_tab.dialog
    assert child_dialog is not None
    type_text(qtbot, child_dialog.name, "Elif Şahin")
    tick(qtbot, child_dialog.accompanying)
    tick(qtbot, next(iter(child_dialog.concerns.boxes.values())))
    save_and_close(qtbot, child_dialog)
    wait_reloaded(qtbot, view)
    assert view.children_tab.table.rowCount() == kids + 1

    view.tabs.setCurrentWidget(view.safety_tab)
    assert view.safety_tab.review_button is not None
    click(qtbot, view.safety_tab.review_button)
    plan_dialog = view.safety_tab.dialog
    assert plan_dialog is not None
    box = plan_dialog.items.boxes["emergency_bag"]
    if not box.isChecked():
        tick(qtbot, box)
    plan_dialog.free_text.setFocus()
    type_text(qtbot, plan_dialog.free_text, " Komşu anahtar tutuyor.")
    save_and_close(qtbot, plan_dialog)
    wait_reloaded(qtbot, view)
    assert "Komşu anahtar tutuyor." in view.safety_tab.free_text.text()

    view.tabs.setCurrentWidget(view.consents_tab)
    consents_before = view.consents_tab.table.rowCount()
    assert view.consents_tab.record_button is not None
    click(qtbot, view.consents_tab.record_button)
    consent_dialog = view.consents_tab.dialog
    assert consent_dialog is not None
    consent_dialog.kind.set_value("anonymous_statistics")
    save_and_close(qtbot, consent_dialog)
    wait_reloaded(qtbot, view)
    assert view.consents_tab.table.rowCount() == consents_before + 1
    row = next(i for i in range(view.consents_tab.table.rowCount())
               if view.consents_tab.table.item(i, 0).text() == "Consent to anonymous statistics"
               and view.consents_tab.table.item(i, 2).text() == "—")
    view.consents_tab.table.selectRow(row)
    assert view.consents_tab.withdraw_button is not None
    click(qtbot, view.consents_tab.withdraw_button)
    withdraw = view.consents_tab.dialog
    assert withdraw is not None
    save_and_close(qtbot, withdraw)
    wait_reloaded(qtbot, view)
    assert view.consents_tab.table.item(row, 2).text() != "—"


# -- (d) read-only cases ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("status", "owner", "banner"), [
    ("closed", DEMO_COUNSELOR, "Read-only: this case is closed."),
    ("closure_requested", "danisman3", "Read-only: this case is under closure review."),
])
def test_frozen_case_has_no_edit_controls(qtbot, open_as, status: str, owner: str, banner: str) -> None:
    session, ctx = open_as(owner, DEMO_PASSWORD)
    case_id = first_case(session, status, owner).id
    view = show_case(qtbot, ctx, case_id)
    assert not view.editable
    assert view.read_only_banner.isVisible() and view.read_only_banner.text() == banner
    # A closed case offers one thing: a new application of the same woman (a new case; this one stays as it is).
    returning = ["returningButton:New application for this woman…"] if status == "closed" else []
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        assert edit_controls(view) == returning
    assert view.notes_tab.new_note_button is None and view.open_note_editor() is None
    assert view.notes_tab.editable_ids == set() and "Edit…" not in view.notes_tab.timeline.toPlainText()
    assert not view.new_note_shortcut.isEnabled()
    assert view.safe_contact_banner.isVisible()


# -- (e) supervisors --------------------------------------------------------------------------------------
def test_supervisor_reads_without_edit_controls_and_sees_the_access_log(qtbot, open_as) -> None:
    session, ctx = open_as(SUPERVISOR, PASSWORD)
    case_id = first_case(session, "active", DEMO_COUNSELOR).id
    view = show_case(qtbot, ctx, case_id)
    # She changes nothing the case says; who works on it is hers to set (the assignment, never the content).
    assignment = ["changeCounselorsButton:Change counselors…"]
    assert not view.editable and edit_controls(view) == assignment
    assert view.read_only_banner.text() == "Read-only: you can read this case but not change it."
    view.tabs.setCurrentWidget(view.history_tab)
    qtbot.waitUntil(lambda: view.history_tab.loaded, timeout=WORKER_TIMEOUT)
    history = view.history_tab
    assert history.access_box.isVisible()
    rows = [[history.access_table.item(i, j).text() for j in range(3)] for i in range(history.access_table.rowCount())]
    assert [SUPERVISOR_NAME, "Opened the case."] in [row[1:3] for row in rows]
    assert history.table.rowCount() >= 1
    assert edit_controls(view) == assignment


def test_counselor_history_has_changes_but_no_access_log(qtbot, open_as) -> None:
    session, ctx = open_as()
    summary = first_case(session, "active", DEMO_COUNSELOR)
    client = cases.open_case(session, summary.id).client
    client.nationality = "Irak"
    cases.update_client(session, summary.id, client)
    view = show_case(qtbot, ctx, summary.id)
    view.tabs.setCurrentWidget(view.history_tab)
    qtbot.waitUntil(lambda: view.history_tab.loaded, timeout=WORKER_TIMEOUT)
    assert not view.history_tab.access_box.isVisible()
    lines = [view.history_tab.table.item(i, 2).text() for i in range(view.history_tab.table.rowCount())]
    assert any(line.startswith("Changed her details: nationality from ") and "to “\u2068Irak\u2069”" in line
               for line in lines), lines


# -- (f) break-glass --------------------------------------------------------------------------------------
def test_unassigned_counselor_needs_a_reason_then_sees_the_break_glass_banner(qtbot, open_as) -> None:
    session, ctx = open_as(SUPERVISOR, PASSWORD)
    case_id = first_case(session, "active", DEMO_COUNSELOR).id
    _, ctx = open_as(COUNSELOR, PASSWORD)
    view = CaseView(ctx, case_id)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.reason_needed, timeout=WORKER_TIMEOUT) as blocker:
        view.show()
    assert blocker.args == [case_id]
    assert not view.tabs.isVisible() and view.header_number.text() == ""

    with qtbot.waitSignal(view.failed, timeout=WORKER_TIMEOUT):
        view.open_with_reason("kısa")
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        view.open_with_reason("Meslektaşım izinde, acil arama")
    assert view.break_glass_banner.isVisible()
    assert view.break_glass_banner.text().startswith("Opened with a stated reason (break-glass)")
    assert "Meslektaşım izinde" in view.break_glass_banner.text()
    assert view.tabs.isVisible() and view.editable  # covering for a colleague: she may write

    again = show_case(qtbot, ctx, case_id)  # the grant lasts for the session
    assert again.break_glass_banner.isVisible()


# -- (g) drafts -------------------------------------------------------------------------------------------
def test_note_editor_draft_round_trip(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = first_case(session, "active", DEMO_COUNSELOR).id
    view = show_case(qtbot, ctx, case_id)
    editor = view.open_note_editor()
    assert editor is not None
    assert editor.draft_state() is None  # untouched
    assert editor.draft_kind == "note" and editor.draft_case_id == case_id
    assert editor.draft_key.startswith(f"note:{case_id}:")
    tick(qtbot, editor.interpreter)
    editor.language.set_value("fas")
    type_text(qtbot, editor.body, "Yarım kalan not — نیمه")
    state = editor.draft_state()
    assert state is not None
    assert state["_key"] == editor.draft_key and state["_note_id"] is None
    assert (state["interpreter_present"], state["interpreter_language"]) == (True, "fas")
    assert ctx.drafts.flush() == 1
    stored = [d for d in drafts.my_drafts(session) if d.key == editor.draft_key]
    assert len(stored) == 1 and stored[0].payload == state and stored[0].case_id == case_id
    editor.reject()  # typed text is kept as a draft
    assert [d.key for d in drafts.my_drafts(session)] == [state["_key"]]

    restored = view.open_note_editor(draft=stored[0].payload)
    assert restored is not None and restored is not editor
    assert view.open_note_editor(draft=stored[0].payload) is restored  # asked again (each `loaded`): same one
    assert restored.draft_key == state["_key"]
    assert restored.draft_state() == state
    assert restored.body.toPlainText() == "Yarım kalan not — نیمه" and restored.language.isEnabled()
    assert ctx.drafts.flush() == 0  # nothing new to write
    save_and_close(qtbot, restored)
    wait_reloaded(qtbot, view)
    assert drafts.my_drafts(session) == []
    assert any(n.body == "Yarım kalan not — نیمه" for n in cases.open_case(session, case_id).notes)
    assert view.open_note_editor(draft=stored[0].payload) is None  # saved: never restored twice


def test_edit_draft_remembers_its_note_and_empty_cancel_discards(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = first_case(session, "active", DEMO_COUNSELOR).id
    view = show_case(qtbot, ctx, case_id)
    view.tabs.setCurrentWidget(view.notes_tab)
    note = view.notes_tab.shown_notes[0]
    editor = view.notes_tab.open_editor(note)
    assert editor is not None
    editor.body.setPlainText(note.body + " düzeltme")
    state = editor.draft_state()
    assert state is not None and state["_note_id"] == note.id
    editor.close()
    restored = view.open_note_editor(draft=state)
    assert restored is not None and restored.note is not None and restored.note.id == note.id
    restored.body.clear()
    ctx.drafts.flush()
    restored.reject()  # an empty body: the draft goes
    assert [d for d in drafts.my_drafts(session) if d.key == state["_key"]] == []


def test_ctrl_n_opens_the_note_editor_and_scrub_blanks_the_view(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = first_case(session, "active", DEMO_COUNSELOR).id
    view = show_case(qtbot, ctx, case_id)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)
    view.tabs.setFocus()
    qtbot.keyClick(view.tabs, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.notes_tab.editor is not None and view.notes_tab.editor.isVisible(), timeout=5000)
    assert view.tabs.currentWidget() is view.notes_tab
    editor = view.notes_tab.editor
    assert editor is not None
    # Keyboard order follows the form.
    order = [editor.note_type, editor.note_date, editor.duration, editor.interpreter, editor.language,
             editor.interpreter_name, editor.never_export, editor.body]
    tick(qtbot, editor.interpreter)
    chain, widget = [], editor.note_type
    for _ in range(40):
        if widget in order and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == order
    editor.close()

    view.scrub()
    assert view.header_number.text() == view.safe_contact_banner.text() == ""
    assert view.notes_tab.timeline.toPlainText() == "" and view.risk_tab.assessments.rowCount() == 0


# -- (h) accessible names ---------------------------------------------------------------------------------
def test_every_input_is_named(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = first_case(session, "active", DEMO_COUNSELOR).id
    view = show_case(qtbot, ctx, case_id)
    assert unnamed_inputs(view) == []
    editor = view.open_note_editor()
    assert editor is not None
    assert unnamed_inputs(editor) == []
    editor.close()
    dialog = view.risk_tab.new_assessment()
    assert dialog is not None
    assert unnamed_inputs(dialog) == []
    assert all(box.accessibleName().startswith("Risk indicators: ") for box in dialog.indicators.boxes.values())
    dialog.close()
    for opener in (lambda: view.children_tab.edit(None), view.safety_tab.review, view.consents_tab.record):
        other = opener()
        assert other is not None
        assert unnamed_inputs(other) == []
        other.close()
