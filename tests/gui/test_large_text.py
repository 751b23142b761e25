"""Large text: Ctrl++ and Ctrl+0 change everything together (headings, banners, bold lines, column widths),
nothing is cut, and the window still fits a 1366×768 laptop (pages scroll instead). The issue's case: after
a note and a closure request the case view needed 797 px of height."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_support import DEMO_COUNSELOR, DEMO_PASSWORD, WORKER_TIMEOUT, is_gone, sign_in, the_dialog, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar
from screen_checks import BUDGET, cut_texts, minimum_size, too_big

from kadin_danisma.gui.base.preferences import apply_font_size
from kadin_danisma.gui.case.closure_dialogs import ClosureRequestDialog
from kadin_danisma.gui.case.note_editor import NoteEditor
from kadin_danisma.services import cases

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def default_text(app) -> Iterator[float]:
    apply_font_size(None)
    yield app.font().pointSizeF()
    apply_font_size(None)


def press_until(qtbot, window, key: Qt.Key, points: float) -> None:
    for _ in range(12):
        if QApplication.font().pointSizeF() >= points:
            break
        qtbot.keyClick(window, key, CTRL)
    assert QApplication.font().pointSizeF() >= points


def settled(qtbot, window) -> None:
    """Nothing cut once the layouts have redone themselves (a few turns of the event loop after a change)."""
    try:
        qtbot.waitUntil(lambda: not cut_texts(window), timeout=3000)
    except qtbot.TimeoutError:
        raise AssertionError("\n".join(cut_texts(window))) from None


def open_case_with_safe_phone(qtbot, window):  # type: ignore[no-untyped-def]
    workspace = window.workspace
    case_list = workspace.case_list
    workspace.tabs.setCurrentWidget(case_list)
    qtbot.waitUntil(lambda: case_list.model.rowCount() > 0 and not case_list.model.loading, timeout=WORKER_TIMEOUT)
    ids = [case_list.model.case_id(i) for i in range(case_list.model.rowCount())]
    def fits(case_id: int) -> bool:
        rec = cases.open_case(window.session, case_id, audit=False)
        return (bool(rec.client.safe_contact.safe_phone) and rec.status in ("open", "active")
                and access_editable(window.session, case_id))

    case_id = next(i for i in ids if fits(i))
    view = workspace.open_case(case_id)
    qtbot.waitUntil(lambda: view.data is not None and not view.loading, timeout=WORKER_TIMEOUT)
    return view


def access_editable(session, case_id: int) -> bool:  # type: ignore[no-untyped-def]
    from kadin_danisma.domain.permissions import Action
    from kadin_danisma.services import access

    return access.may(session, case_id, Action.CASE_EDIT)


def test_ctrl_plus_and_ctrl_0_scale_everything_together(qtbot, make_window, case_vault, default_text) -> None:
    window = make_window(case_vault.folder)
    window.resize(BUDGET)
    sign_in(qtbot, window, DEMO_COUNSELOR, DEMO_PASSWORD)
    view = open_case_with_safe_phone(qtbot, window)
    heading, banner, number = view.client_label, view.safe_contact_banner, view.header_number
    assert heading.font().pointSizeF() == pytest.approx(1.3 * default_text)
    tabs = window.workspace.tabs
    close = tabs.tabBar().tabButton(tabs.indexOf(view), QTabBar.ButtonPosition.RightSide)
    assert close is not None and close.isVisible(), "the case tab has its close button"

    press_until(qtbot, window, Qt.Key.Key_Plus, 20)
    assert QApplication.font().pointSizeF() == 20
    assert heading.font().pointSizeF() == pytest.approx(1.3 * 20), "the heading stays as large as before"
    assert number.font().pointSizeF() == pytest.approx(1.1 * 20) and number.font().bold()
    assert banner.font().pointSizeF() == 20, "the safe-contact banner (a style sheet) ignores the text size"
    assert view.risk_badge.font().pointSizeF() == 20
    assert not too_big(window), minimum_size(window)
    settled(qtbot, window)
    assert close.isVisible(), "the close button of the case tab is still there"
    workspace = window.workspace
    for page in (workspace.case_list, workspace.dashboard):
        workspace.tabs.setCurrentWidget(page)
        settled(qtbot, window)

    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert QApplication.font().pointSizeF() == default_text
    assert heading.font().pointSizeF() == pytest.approx(1.3 * default_text)
    assert banner.font().pointSizeF() == default_text


@pytest.mark.parametrize("points", [None, 20.0], ids=["default text", "20 pt"])
def test_case_view_fits_after_a_note_and_a_closure_request(qtbot, make_window, case_vault, default_text,
                                                            points) -> None:
    apply_font_size(points)
    window = make_window(case_vault.folder)
    window.autosave_override_ms = 3_600_000
    sign_in(qtbot, window, DEMO_COUNSELOR, DEMO_PASSWORD)
    view = open_case_with_safe_phone(qtbot, window)
    view.open_note_editor()
    editor = the_dialog(qtbot, NoteEditor)
    type_text(qtbot, editor.body, "Kısa bir görüşme notu.")
    qtbot.mouseClick(editor.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: is_gone(editor) and not view.loading, timeout=WORKER_TIMEOUT)
    assert view.status.isVisible(), "the case says the note was saved"

    button = view.closure_header.request_button
    assert button is not None and button.isVisible(), "she may ask to close her active case"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    request = the_dialog(qtbot, ClosureRequestDialog)
    assert not too_big(request), minimum_size(request)
    request.reason.setCurrentIndex(1)
    for box in request.checklist.boxes.values():
        box.setChecked(True)
    type_text(qtbot, request.summary, "Hedefler tamamlandı, kapanış öneriliyor.")
    qtbot.mouseClick(request.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: is_gone(request) and not view.loading, timeout=WORKER_TIMEOUT)
    assert view.record.status == "closure_requested"
    for name in view.named_tabs:
        view.show_tab(name)
        qtbot.wait(10)
    size = minimum_size(window)
    assert not too_big(window), f"the window needs {size.width()}×{size.height()} after a note and a closure request"
