"""Issue 15, item 8: unsaved work is not lost by a click. Closing an intake tab with typing in it asks: keep it
as a draft, discard it, or go back to it, naming what would go; "Discard" on the banner of kept work asks too."""

from __future__ import annotations

from gui_support import COUNSELOR, PASSWORD, WORKER_TIMEOUT, click, is_gone, sign_in, the_dialog, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kadin_danisma.gui.intake.form import IntakePage
from kadin_danisma.gui.workspace.unsaved import DiscardDraftsDialog, UnsavedIntakeDialog
from kadin_danisma.services import drafts

NAME = "Songül Ateş"


def new_intake(qtbot, window) -> IntakePage:  # type: ignore[no-untyped-def]
    workspace = window.workspace
    click(qtbot, workspace.new_intake_button)
    page = workspace.tabs.currentWidget()
    assert isinstance(page, IntakePage)
    return page


def intakes(window) -> list[IntakePage]:  # type: ignore[no-untyped-def]
    tabs = window.workspace.tabs
    return [tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), IntakePage)]


def test_closing_an_intake_asks_and_names_what_would_go(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    workspace = window.workspace

    # Nothing typed: it closes at once.
    page = new_intake(qtbot, window)
    click(qtbot, page.close_button)
    qtbot.waitUntil(lambda: not intakes(window), timeout=5000)

    # Typed: she is asked, and told whose intake it is and what it holds.
    page = new_intake(qtbot, window)
    type_text(qtbot, page.full_name, NAME)
    click(qtbot, page.child_list.add_button)
    type_text(qtbot, page.child_list.editor.fields["name"], "Mert")
    qtbot.keyClick(page, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    question = the_dialog(qtbot, UnsavedIntakeDialog)
    named = question.findChild(QLabel, "unsavedWhat").text()
    assert NAME in named and "1 child(ren)" in named
    # "Go back to it": the tab stays, with everything typed.
    click(qtbot, question.buttons.button(question.buttons.StandardButton.Cancel))
    assert intakes(window) == [page] and page.full_name.text() == NAME

    # Keep as a draft: the tab closes, the work is kept encrypted and offered back at once.
    click(qtbot, page.close_button)
    question = the_dialog(qtbot, UnsavedIntakeDialog)
    click(qtbot, question.keep_button)
    qtbot.waitUntil(lambda: not intakes(window), timeout=5000)
    kept = drafts.my_drafts(window.session)
    assert [d.payload["client"]["full_name"] for d in kept] == [NAME]
    assert workspace.drafts_banner.isVisible()
    click(qtbot, workspace.restore_drafts_button)
    restored = intakes(window)
    assert len(restored) == 1 and restored[0].full_name.text() == NAME

    # Discard: asked the same way, and then gone for good.
    click(qtbot, restored[0].close_button)
    question = the_dialog(qtbot, UnsavedIntakeDialog)
    click(qtbot, question.discard_button)
    qtbot.waitUntil(lambda: not intakes(window), timeout=5000)
    assert drafts.my_drafts(window.session) == []
    assert not workspace.drafts_banner.isVisible()


def test_the_banners_discard_names_each_piece_and_waits_for_yes(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    page = new_intake(qtbot, window)
    type_text(qtbot, page.full_name, NAME)
    window.lock()
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    workspace = window.workspace
    assert workspace.drafts_banner.isVisible()
    click(qtbot, workspace.discard_drafts_button)
    question = the_dialog(qtbot, DiscardDraftsDialog)
    assert NAME in question.findChild(QLabel, "discardList").text()
    assert question.buttons.button(question.buttons.StandardButton.Cancel).isDefault(), "Enter keeps the work"
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: is_gone(question), timeout=WORKER_TIMEOUT)
    assert len(drafts.my_drafts(window.session)) == 1 and workspace.drafts_banner.isVisible()
    click(qtbot, workspace.discard_drafts_button)
    question = the_dialog(qtbot, DiscardDraftsDialog)
    click(qtbot, question.ok_button())
    assert drafts.my_drafts(window.session) == [] and not workspace.drafts_banner.isVisible()
