"""The issue's main scenario, end to end through the real main window, as a counselor would work a day:
a new intake by keyboard for an Arabic-speaking client, two notes and a risk assessment in the case, the case
found again through the search box typed without Turkish letters, a lock that leaves nothing of her on screen,
and everything still there after signing in again."""

from __future__ import annotations

from datetime import date

from gui_support import (
    COUNSELOR,
    COUNSELOR_NAME,
    PASSWORD,
    WORKER_TIMEOUT,
    choose,
    click,
    click_tab,
    save_and_close,
    sign_in,
    texts_containing,
    tick,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

from kadin_danisma.gui.case.note_editor import NoteEditor
from kadin_danisma.gui.case.risk_tab import RiskDialog
from kadin_danisma.gui.case.view import CaseView
from kadin_danisma.gui.intake.form import IntakePage
from kadin_danisma.services import cases, drafts

FIRST, LAST = "Şükriye", "Çağlayan"
ARABIC_NAME = "شكرية"  # her first name as she writes it
CLIENT = f"{FIRST} {LAST} ({ARABIC_NAME})"
CHILD = "Gülizar"
NOTE_1 = "İlk görüşme: güvenli ev seçenekleri konuşuldu, çocuğun okulu öğrenildi."
NOTE_2 = "Tercüman eşliğinde görüşme; koruma kararı başvurusu anlatıldı — أمان"
RISK_REASON = "Eşi tehditlerini mesajla sürdürüyor; ölçüm tercümanla yapıldı."
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, target: QWidget, limit: int = 200) -> None:
    """Press Tab until the target has the focus."""
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def wait_active(qtbot, window: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def back_to(qtbot, window: QWidget) -> None:
    """A dialog closed: the window manager gives the main window the activation back (the offscreen
    platform has no window manager, so it is done here)."""
    window.activateWindow()
    wait_active(qtbot, window)


def focus_on(qtbot, widget: QWidget) -> None:
    """Click into a field, as she would."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.hasFocus(), timeout=2000)


def wait_case_loaded(qtbot, view: CaseView) -> None:
    qtbot.waitUntil(lambda: view.data is not None and not view.loading, timeout=WORKER_TIMEOUT)




def search_and_open(qtbot, window, query: str) -> CaseView:
    """Ctrl+F, type, wait for the results, Down, Enter: the case opens in its tab."""
    workspace = window.workspace
    search = workspace.search
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert search.hasFocus(), "Ctrl+F must put the cursor in the search box"
    with qtbot.waitSignal(search.results_shown, timeout=WORKER_TIMEOUT) as shown:
        type_text(qtbot, search, query)
    assert shown.args[0] >= 1, f"no result for {query!r}"
    assert search.results.isVisible()
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is search.results.list
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(workspace.tabs.currentWidget(), CaseView), timeout=5000)
    view = workspace.tabs.currentWidget()
    assert isinstance(view, CaseView)
    assert not search.results.isVisible(), "the results must close once a case is opened"
    wait_case_loaded(qtbot, view)
    return view


def test_a_counselor_s_day(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    window.autosave_override_ms = 3_600_000  # drafts are another test's business
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    workspace = window.workspace
    assert workspace is not None and workspace.search is not None
    today = date.today()

    # -- a new intake, by keyboard where she would use it ----------------------------------------------------
    press(qtbot, Qt.Key.Key_N, CTRL_SHIFT)
    page = workspace.tabs.currentWidget()
    assert isinstance(page, IntakePage), "Ctrl+Shift+N must open a new intake"
    qtbot.waitUntil(lambda: page.full_name.hasFocus(), timeout=2000)  # she starts typing the name at once
    type_text(qtbot, focused(), CLIENT)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.birth_year
    type_text(qtbot, focused(), "1994")
    focus_on(qtbot, page.nationality)
    type_text(qtbot, focused(), "Suriye")
    tab_to(qtbot, page.languages.boxes["ara"])
    press(qtbot, Qt.Key.Key_Space)
    assert page.languages.values() == ["ara"]
    tab_to(qtbot, page.interpreter)
    choose(qtbot, page.interpreter, "Arabic")
    assert page.interpreter.value() == "ara"
    # a child
    click(qtbot, page.child_list.add_button)
    child = page.child_list.editor
    assert focused() is child.name
    type_text(qtbot, focused(), CHILD)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is child.birth_year
    type_text(qtbot, focused(), "2019")
    tick(qtbot, child.accompanying)
    assert page.child_list.list.count() == 1
    # what happened, and how dangerous it is
    tick(qtbot, page.violence_types.boxes["physical"])
    tick(qtbot, page.violence_types.boxes["psychological"])
    tick(qtbot, page.indicators.boxes["threats_to_kill"])
    tick(qtbot, page.indicators.boxes["strangulation"])
    assert page.level.value() == "very_high", "the level follows the suggestion until she picks one"
    click(qtbot, page.finish_button)
    qtbot.waitUntil(lambda: len(workspace.case_views) == 1, timeout=WORKER_TIMEOUT)
    (case_id, view), = workspace.case_views.items()
    assert not Shiboken.isValid(page) or workspace.tabs.indexOf(page) < 0, "the finished intake's tab closes"
    assert workspace.tabs.currentWidget() is view
    wait_case_loaded(qtbot, view)
    assert view.client_label.text().endswith(f"\u2068{CLIENT}\u2069")
    assert view.header_status.text() == "Status: Open"
    assert view.risk_badge.text() == "Risk: Very high"
    assert "Interpreter: Arabic" in view.flags_label.text()
    assert view.editable and not view.read_only_banner.isVisible()
    number = view.header_number.text()
    assert workspace.tabs.tabText(workspace.tabs.indexOf(view)) == number

    # -- two notes through the note editor ------------------------------------------------------------------
    click_tab_of(qtbot, view, view.notes_tab)
    notes_tab = view.notes_tab
    assert notes_tab.count_label.text() == "No notes yet."
    assert notes_tab.new_note_button is not None
    click(qtbot, notes_tab.new_note_button)
    editor = notes_tab.editor
    assert isinstance(editor, NoteEditor) and editor.isVisible()
    wait_active(qtbot, editor)
    assert editor.language.value() == "ara", "the case's interpreter language is offered"
    assert not editor.interpreter.isChecked()
    focus_on(qtbot, editor.body)
    type_text(qtbot, editor.body, NOTE_1)
    save_and_close(qtbot, editor)
    wait_case_loaded(qtbot, view)
    assert view.status.text() == "Note saved."

    click(qtbot, notes_tab.new_note_button)
    editor = notes_tab.editor
    assert isinstance(editor, NoteEditor) and editor.isVisible()
    wait_active(qtbot, editor)
    tick(qtbot, editor.interpreter)
    assert editor.language.isEnabled() and editor.language.value() == "ara"
    focus_on(qtbot, editor.interpreter_name)
    type_text(qtbot, editor.interpreter_name, "Rana Haddad")
    focus_on(qtbot, editor.body)
    type_text(qtbot, editor.body, NOTE_2)
    save_and_close(qtbot, editor)
    wait_case_loaded(qtbot, view)
    assert notes_tab.count_label.text() == "Notes: 2, newest first"
    shown = notes_tab.texts()
    assert any(t.endswith(NOTE_1) for t in shown)
    assert any(t.endswith(NOTE_2) and "Interpreter: Arabic (\u2068Rana Haddad\u2069)" in t for t in shown)

    # -- a risk assessment through its dialog -----------------------------------------------------------------
    click_tab_of(qtbot, view, view.risk_tab)
    risk_tab = view.risk_tab
    assert risk_tab.assessments.rowCount() == 1  # the one made at the intake
    assert risk_tab.new_assessment_button is not None
    click(qtbot, risk_tab.new_assessment_button)
    dialog = risk_tab.dialog
    assert isinstance(dialog, RiskDialog) and dialog.isVisible()
    wait_active(qtbot, dialog)
    tick(qtbot, dialog.indicators.boxes["threats_to_kill"])
    assert dialog.suggested.text() == "Medium" and dialog.level.value() == "medium"
    dialog.level.setFocus(Qt.FocusReason.TabFocusReason)  # (a click would open its list)
    press(qtbot, Qt.Key.Key_Down)  # she judges it one step higher
    assert dialog.level.value() == "high"
    assert "differs from the suggestion" in dialog.reason_hint.text()
    focus_on(qtbot, dialog.reason)
    type_text(qtbot, dialog.reason, RISK_REASON)
    save_and_close(qtbot, dialog)
    wait_case_loaded(qtbot, view)
    assert risk_tab.assessments.rowCount() == 2
    assert [risk_tab.assessments.item(0, c).text() for c in (1, 2)] == ["High", "Medium"]
    assert view.risk_badge.text() == "Risk: High"

    # -- close the case, find it again by typing her name without Turkish letters ---------------------------
    back_to(qtbot, window)
    view.tabs.setFocus()
    press(qtbot, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: case_id not in workspace.case_views, timeout=2000)
    view = search_and_open(qtbot, window, "sukriye cag")
    assert view.case_id == case_id and view.header_number.text() == number

    # -- lock: nothing of her is left on screen ---------------------------------------------------------------
    needles = (FIRST, LAST, "sukriye", ARABIC_NAME, CHILD, NOTE_1[:20], NOTE_2[:20], "Rana Haddad",
               RISK_REASON[:20], number, COUNSELOR_NAME)
    click_tab_of(qtbot, view, view.children_tab)  # a tab's widgets are made when first shown
    click_tab_of(qtbot, view, view.notes_tab)
    on_screen = " ".join(t for _w, t in texts_containing(*needles))
    assert all(n.casefold() in on_screen.casefold() for n in (FIRST, CHILD, NOTE_2[:20], "sukriye")), \
        "the scan must see the case before the lock"
    press(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.is_locked, timeout=2000)
    qtbot.wait(50)  # deferred deletions
    assert texts_containing(*needles) == [], "case data survived the lock"

    # -- sign in again: everything is there ---------------------------------------------------------------------
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    workspace = window.workspace
    assert workspace is not None and not workspace.case_views, "no case is open after signing in again"
    case_list = workspace.case_list
    assert case_list is not None
    click_tab(qtbot, window, case_list)
    qtbot.waitUntil(lambda: not case_list.model.loading and case_list.model.row_of(case_id) is not None,
                    timeout=WORKER_TIMEOUT)
    assert case_list.select_case(case_id)
    case_list.table.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case_id in workspace.case_views, timeout=5000)
    view = workspace.case_views[case_id]
    wait_case_loaded(qtbot, view)
    assert workspace.tabs.currentWidget() is view
    assert view.client_label.text().endswith(f"\u2068{CLIENT}\u2069")
    assert view.header_status.text() == "Status: Active" and view.risk_badge.text() == "Risk: High"
    assert "Interpreter: Arabic" in view.flags_label.text()
    assert view.overview_tab.values["interpreter_language"].text() == "Arabic"
    click_tab_of(qtbot, view, view.notes_tab)
    shown = view.notes_tab.texts()
    assert len(shown) == 2 and any(t.endswith(NOTE_1) for t in shown) and any(t.endswith(NOTE_2) for t in shown)
    click_tab_of(qtbot, view, view.children_tab)
    kids = view.children_tab.table
    assert kids.rowCount() == 1 and kids.item(0, 0).text() == CHILD
    assert kids.item(0, 1).text().startswith("2019") and kids.item(0, 3).text() == "yes"
    click_tab_of(qtbot, view, view.risk_tab)
    assert view.risk_tab.assessments.rowCount() == 2
    assert view.risk_tab.assessments.item(0, 5).text() == RISK_REASON
    assert "Physical violence" in view.risk_tab.intake.text()

    # ... and in the vault, as the services read it
    record = cases.open_case(window.session, case_id)
    assert record.status == "active" and record.case_number == number  # the first note made it active
    assert record.client.full_name == CLIENT and record.client.birth_year == 1994
    assert record.client.interpreter_language == "ara" and record.client.languages == ["ara"]
    assert record.client.nationality == "Suriye"
    assert record.counselors == [COUNSELOR]
    assert [(c.name, c.birth_year, c.accompanying) for c in record.children] == [(CHILD, 2019, True)]
    assert record.intake is not None and set(record.intake.violence_types) == {"physical", "psychological"}
    assert record.intake.intake_date == today.isoformat()
    by_body = {n.body: n for n in record.notes}
    assert set(by_body) == {NOTE_1, NOTE_2}
    assert not by_body[NOTE_1].interpreter_present
    second = by_body[NOTE_2]
    assert (second.interpreter_present, second.interpreter_language, second.interpreter_name) == (
        True, "ara", "Rana Haddad")
    assert all(n.author == COUNSELOR_NAME and n.note_date == today.isoformat() for n in record.notes)
    assessments = sorted(record.risk_assessments, key=lambda a: a.id or 0)
    assert [(a.level, a.suggested_level) for a in assessments] == [("very_high", "very_high"), ("high", "medium")]
    assert set(assessments[0].indicators) == {"threats_to_kill", "strangulation"}
    assert assessments[1].indicators == ["threats_to_kill"] and assessments[1].reason == RISK_REASON
    assert record.risk_level == "high"
    assert drafts.my_drafts(window.session) == [], "nothing unfinished is left behind"


def click_tab_of(qtbot, view: CaseView, page: QWidget) -> None:
    """Click a section tab of the case view."""
    bar = view.tabs.tabBar()
    index = view.tabs.indexOf(page)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert view.tabs.currentWidget() is page
