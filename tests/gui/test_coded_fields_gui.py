"""The coded fields the statistics need (issue 18), as a counselor records them: the district she lives in
(the districts of the center's province), disability by Washington Group domain and how she heard of the
center at intake, shown in the case; an old case shows "Unknown"; a session with one of her children; and a
new application of a woman who comes back, a new case of the same client. Synthetic data only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_support import (
    COUNSELOR,
    PASSWORD,
    WORKER_TIMEOUT,
    choose,
    click,
    is_gone,
    sign_in,
    the_dialog,
    tick,
    type_into,
    type_text,
)
from PySide6.QtWidgets import QApplication

from kadin_danisma.gui.case.note_editor import NoteEditor
from kadin_danisma.gui.case.returning_dialog import ReturningDialog
from kadin_danisma.gui.case.view import CaseView
from kadin_danisma.gui.intake.form import IntakePage
from kadin_danisma.services import vault_service
from kadin_danisma.services.record_loader import load_record
from kadin_danisma.vault.case_queries import CaseFilter, list_cases


def record_of(folder: Path, case_id: int) -> Any:
    session = vault_service.unlock(folder, COUNSELOR, PASSWORD)
    try:
        return load_record(session.connection(), case_id)
    finally:
        session.lock()


def case_id_of(session: Any, number: str) -> int:
    return next(c.id for c in list_cases(session.connection(), CaseFilter(), limit=1000) if c.case_number == number)


def shown(view: CaseView, key: str) -> str:
    return view.overview_tab.values[key].text()


def test_intake_records_district_disability_and_how_she_heard(qtbot, make_window, stat_vault) -> None:
    folder, _made = stat_vault
    window = make_window(folder)
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    workspace = window.workspace
    click(qtbot, workspace.new_intake_button)  # type: ignore[union-attr]
    page = workspace.tabs.currentWidget()  # type: ignore[union-attr]
    assert isinstance(page, IntakePage)
    # the districts of the center's province (İzmir), then another province and unknown; "unknown" until asked
    offered = [page.district.itemText(i) for i in range(page.district.count())]
    assert "Buca" in offered and "Çankaya" not in offered and offered[-2:] == ["Another province", "Unknown"]
    assert page.district.currentText() == "Unknown" and page.heard_from.currentText() == "Unknown"
    type_into(qtbot, page.full_name, "")
    type_text(qtbot, page.full_name, "Sentetik Kadın")
    choose(qtbot, page.district, "Buca")
    tick(qtbot, page.disability_types.boxes["hearing"])
    choose(qtbot, page.heard_from, page.labels.label("referral_source", "sonim"))
    tick(qtbot, page.violence_types.boxes["physical"])
    click(qtbot, page.finish_button)
    qtbot.waitUntil(lambda: isinstance(workspace.tabs.currentWidget(), CaseView), timeout=WORKER_TIMEOUT)
    view = workspace.tabs.currentWidget()
    qtbot.waitUntil(lambda: view.data is not None, timeout=WORKER_TIMEOUT)
    assert shown(view, "district") == "Buca"
    assert shown(view, "disability_types") == "Hearing"
    assert shown(view, "heard_from") == page.labels.label("referral_source", "sonim")
    saved = record_of(folder, view.case_id)
    assert (saved.client.district, saved.client.disability_types, saved.intake.heard_from) == \
        ("izmir_buca", ["hearing"], "sonim")


def test_an_old_case_shows_unknown_and_her_details_change_them(qtbot, open_as) -> None:
    """The demo vault's cases were made without the coded fields' values set by a person: "Unknown" / not asked."""
    from gui_support import DEMO_COUNSELOR, DEMO_PASSWORD, show_case

    session, ctx = open_as(DEMO_COUNSELOR, DEMO_PASSWORD)
    old = next(c.id for c in list_cases(session.connection(), CaseFilter(), limit=1000)
               if load_record(session.connection(), c.id).client.district == "unknown")
    view = show_case(qtbot, ctx, old)
    assert shown(view, "district") == "Unknown"
    dialog = view.overview_tab.change("client")
    choose(qtbot, dialog.district, "Another province")
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=WORKER_TIMEOUT)
    qtbot.waitUntil(lambda: shown(view, "district") == "Another province", timeout=WORKER_TIMEOUT)


def test_a_session_with_one_of_her_children(qtbot, make_window, stat_vault) -> None:
    folder, made = stat_vault
    number, child = next((c["case_number"], c["children"][0]["name"]) for c in made
                         if c["counselors"] == [COUNSELOR] and c["children"] and c["status"] == "active")
    window = make_window(folder)
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    workspace = window.workspace
    session = window.session
    case_id = case_id_of(session, number)
    view = workspace.open_case(case_id)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: view.data is not None, timeout=WORKER_TIMEOUT)
    editor = view.open_note_editor()
    assert isinstance(editor, NoteEditor)
    assert editor.child.itemText(0) == "With her (no child)" and editor.child.count() >= 2
    choose(qtbot, editor.child, child)
    editor.body.setFocus()
    type_text(qtbot, editor.body, "Sentetik görüşme notu")
    editor.ok_button().click()
    qtbot.waitUntil(lambda: is_gone(editor), timeout=WORKER_TIMEOUT)
    notes = record_of(folder, case_id).notes
    assert [n.child for n in notes if n.body == "Sentetik görüşme notu"] == [child]


def test_a_new_application_for_the_same_woman(qtbot, make_window, stat_vault) -> None:
    folder, made = stat_vault
    number, code = next((c["case_number"], c["client"]["client_code"]) for c in made
                        if c["counselors"] == [COUNSELOR] and c["status"] == "closed")
    window = make_window(folder)
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    workspace = window.workspace
    earlier = case_id_of(window.session, number)
    view = workspace.open_case(earlier)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: view.data is not None, timeout=WORKER_TIMEOUT)
    button = view.overview_tab.edit_buttons["returning"]
    assert button is not None and button.text() == "New application for this woman…"
    click(qtbot, button)
    dialog = the_dialog(qtbot, ReturningDialog)
    tick(qtbot, dialog.violence_types.boxes["psychological"])
    choose(qtbot, dialog.heard_from, dialog.ctx.labels.label("referral_source", "relative_friend"))
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: isinstance(workspace.tabs.currentWidget(), CaseView)
                    and workspace.tabs.currentWidget() is not view, timeout=WORKER_TIMEOUT)
    new = workspace.tabs.currentWidget()
    qtbot.waitUntil(lambda: new.data is not None, timeout=WORKER_TIMEOUT)
    QApplication.processEvents()
    first, second = record_of(folder, earlier), record_of(folder, new.case_id)
    assert second.client.client_code == first.client.client_code == code, "the same woman, counted once"
    assert second.status == "open" and second.intake.heard_from == "relative_friend"
    assert shown(new, "full_name") == shown(view, "full_name")
