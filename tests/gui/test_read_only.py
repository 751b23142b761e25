"""Read-only cases through the real main window: a closed case offers its counselor nothing to edit, a
supervisor reads every case without edit controls (and records no intakes), and a counselor opening a
colleague's case is asked for a reason first, then sees the break-glass banner."""

from __future__ import annotations

import json

from gui_support import (
    COUNSELOR,
    DEMO_COUNSELOR,
    DEMO_PASSWORD,
    PASSWORD,
    SUPERVISOR,
    WORKER_TIMEOUT,
    choose,
    click,
    click_tab,
    flush_deletes,
    is_gone,
    sign_in,
    the_dialog,
    type_text,
    visible_dialogs,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kadin_danisma.gui.case.break_glass import ReasonDialog
from kadin_danisma.gui.case.view import CaseView
from kadin_danisma.gui.intake.form import IntakePage
from kadin_danisma.gui.workspace.case_list_page import CaseListPage
from kadin_danisma.services import cases, history, vault_service
from kadin_danisma.vault.case_queries import CaseFilter

# What a button or action would do to a case, by its (English) text: any of these on a read-only case is a bug.
EDIT_WORDS = ("new note", "edit", "new risk", "assessment", "review", "add ", "add child", "change child",
              "record", "withdraw", "save", "finish", "close the case", "request closure", "reopen", "assign",
              "delete", "remove", "new version", "safety plan", "consent", "referral", "follow-up")


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().lower()


def edit_offers(window, allowed: tuple[QWidget | None, ...] = ()) -> list[str]:
    """Every visible, enabled button or action in the window (and any dialog shown) whose text offers to
    change a case."""
    flush_deletes()
    roots = [window, *visible_dialogs()]
    found = []
    for root in roots:
        for button in root.findChildren(QAbstractButton):
            if button in allowed or not (button.isVisible() and button.isEnabled()):
                continue
            text = plain(button.text() or button.accessibleName())
            if any(word in text for word in EDIT_WORDS):
                found.append(f"button {button.objectName() or type(button).__name__}: {button.text()!r}")
        for action in root.findChildren(QAction):
            if action.isVisible() and action.isEnabled() and any(w in plain(action.text()) for w in EDIT_WORDS):
                found.append(f"action {action.text()!r}")
    return found


def editable_inputs(view: CaseView) -> list[str]:
    """Every visible input inside the case view that would accept typing or a choice."""
    flush_deletes()
    found = []
    for edit in view.findChildren(QLineEdit):
        if edit.isVisible() and edit.isEnabled() and not edit.isReadOnly():
            found.append(f"QLineEdit#{edit.objectName()} {edit.accessibleName()!r}")
    for text in view.findChildren(QPlainTextEdit) + view.findChildren(QTextEdit):
        if text.isVisible() and text.isEnabled() and not text.isReadOnly():
            found.append(f"{type(text).__name__}#{text.objectName()} {text.accessibleName()!r}")
    for kind in (QCheckBox, QComboBox, QAbstractSpinBox):
        for widget in view.findChildren(kind):
            if widget.isVisible() and widget.isEnabled():
                found.append(f"{type(widget).__name__}#{widget.objectName()} {widget.accessibleName()!r}")
    for table in view.findChildren(QAbstractItemView):
        if table.isVisible() and not isinstance(table, QHeaderView) \
                and table.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers:
            found.append(f"editable {type(table).__name__}#{table.objectName()} {table.accessibleName()!r} "
                         f"in {type(table.parentWidget()).__name__}")
    return found


def assert_read_only_everywhere(qtbot, window, view: CaseView) -> None:
    """Walk every section of the case, as she would click through them: nothing to edit anywhere."""
    workspace = window.workspace
    allowed = (workspace.new_intake_button, workspace.change_password_button)
    bar = view.tabs.tabBar()
    for index in range(view.tabs.count()):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert view.tabs.currentIndex() == index
        if view.tabs.currentWidget() is view.history_tab:
            qtbot.waitUntil(lambda: view.history_tab.loaded, timeout=WORKER_TIMEOUT)
        name = plain(view.tabs.tabText(index))
        assert edit_offers(window, allowed) == [], f"edit controls on the {name!r} section"
        assert editable_inputs(view) == [], f"editable inputs on the {name!r} section"
    assert "Edit…" not in view.notes_tab.timeline.toPlainText()
    assert view.read_only_banner.isVisible()
    # Ctrl+N (a new note) does nothing either.
    view.tabs.setCurrentWidget(view.notes_tab)
    view.notes_tab.timeline.setFocus()
    qtbot.keyClick(view.notes_tab.timeline, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert visible_dialogs() == [], "Ctrl+N opened an editor on a read-only case"


def wait_loaded(qtbot, view: CaseView) -> None:
    qtbot.waitUntil(lambda: view.data is not None and not view.loading, timeout=WORKER_TIMEOUT)


def open_first_row(qtbot, window, status_label: str) -> CaseView:
    """Cases tab, the status filter chosen by keyboard, the first row clicked, Enter."""
    workspace = window.workspace
    page = workspace.case_list
    assert isinstance(page, CaseListPage)
    click_tab(qtbot, window, page)
    choose(qtbot, page.status, status_label)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() > 0, timeout=WORKER_TIMEOUT)
    table = page.table
    rect = table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    case_id = page.selected_case_id()
    assert case_id is not None
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case_id in workspace.case_views, timeout=5000)
    view = workspace.case_views[case_id]
    assert workspace.tabs.currentWidget() is view
    wait_loaded(qtbot, view)
    return view


# -- a closed case, opened by its own counselor ------------------------------------------------------------
def test_closed_case_offers_no_editing(qtbot, make_window, case_vault) -> None:
    session = vault_service.unlock(case_vault.folder, DEMO_COUNSELOR, DEMO_PASSWORD)
    try:
        closed = {c.id for c in cases.list_cases(session, CaseFilter(statuses=("closed",)))}
    finally:
        session.lock()
    assert closed, "the demo vault must give danisman1 a closed case"

    window = make_window(case_vault.folder)
    sign_in(qtbot, window, DEMO_COUNSELOR, DEMO_PASSWORD)
    view = open_first_row(qtbot, window, "Closed")
    assert view.case_id in closed
    assert view.header_status.text() == "Status: Closed"
    assert not view.editable
    assert view.read_only_banner.text() == "Read-only: this case is closed."
    assert not view.break_glass_banner.isVisible()
    assert_read_only_everywhere(qtbot, window, view)
    # The same counselor's open case does offer editing (so the check above can see edit controls).
    workspace = window.workspace
    workspace.close_tab(workspace.tabs.indexOf(view))
    active = open_first_row(qtbot, window, "Active")
    assert active.editable and active.notes_tab.new_note_button is not None
    active.tabs.setCurrentWidget(active.notes_tab)
    assert edit_offers(window, (workspace.new_intake_button, workspace.change_password_button)), \
        "an editable case must show its edit controls"


# -- a supervisor reads, never edits ----------------------------------------------------------------------
def test_supervisor_sees_no_edit_controls_anywhere(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, SUPERVISOR, PASSWORD)
    workspace = window.workspace
    assert workspace.new_intake_button is None or not workspace.new_intake_button.isVisible(), \
        "a supervisor records no intakes: no New intake button"
    workspace.tabs.setFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(workspace.tabs, Qt.Key.Key_N, ctrl_shift)
    qtbot.wait(50)
    assert not any(isinstance(workspace.tabs.widget(i), IntakePage) for i in range(workspace.tabs.count())), \
        "Ctrl+Shift+N must not open an intake for a supervisor"
    assert edit_offers(window, (workspace.change_password_button,)) == []

    for status in ("Open", "Active"):
        view = open_first_row(qtbot, window, status)
        assert view.data.record.status == status.lower()
        assert not view.editable and not view.break_glass_banner.isVisible()
        assert view.read_only_banner.text() == "Read-only: you can read this case but not change it."
        assert_read_only_everywhere(qtbot, window, view)
    # A case from the dashboard's high-risk list, by keyboard.
    dashboard = workspace.dashboard
    click_tab(qtbot, window, dashboard)
    qtbot.waitUntil(lambda: dashboard.high_risk.topLevelItemCount() > 0, timeout=WORKER_TIMEOUT)
    rows = dashboard.high_risk
    rows.setFocus()
    rows.setCurrentItem(rows.topLevelItem(0))
    qtbot.keyClick(rows, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(workspace.tabs.currentWidget(), CaseView), timeout=5000)
    view = workspace.tabs.currentWidget()
    wait_loaded(qtbot, view)
    assert view.data.record.risk_level in ("high", "very_high")
    assert_read_only_everywhere(qtbot, window, view)


# -- break-glass: a colleague's case needs a reason --------------------------------------------------------
def test_counselor_opening_a_colleague_s_case_gives_a_reason(qtbot, make_window, case_vault) -> None:
    session = vault_service.unlock(case_vault.folder, DEMO_COUNSELOR, DEMO_PASSWORD)
    try:
        theirs = cases.list_cases(session, CaseFilter(statuses=("active",)))[0]
    finally:
        session.lock()
    reason = "Danışman1 izinde; kadın acil görüşme istedi"

    window = make_window(case_vault.folder)
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    workspace = window.workspace
    workspace.open_case(theirs.id)
    dialog = the_dialog(qtbot, ReasonDialog)
    assert theirs.id not in workspace.case_views, "nothing of the case is shown before the reason"
    assert not any(isinstance(workspace.tabs.widget(i), CaseView) for i in range(workspace.tabs.count()))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # Cancel: the case stays closed.
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=2000)
    assert theirs.id not in workspace.case_views

    workspace.open_case(theirs.id)
    dialog = the_dialog(qtbot, ReasonDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled(), "no reason yet: the case cannot be opened"
    qtbot.mouseClick(dialog.reason, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.reason, "acil")
    assert not ok.isEnabled() and dialog.hint.text() == "At least 10 characters."
    dialog.reason.clear()
    type_text(qtbot, dialog.reason, reason)
    assert ok.isEnabled()
    click(qtbot, ok)
    qtbot.waitUntil(lambda: theirs.id in workspace.case_views, timeout=5000)
    view = workspace.case_views[theirs.id]
    wait_loaded(qtbot, view)
    assert workspace.tabs.currentWidget() is view
    assert view.header_number.text() == theirs.case_number
    assert view.break_glass_banner.isVisible()
    assert view.break_glass_banner.text().startswith("Opened with a stated reason (break-glass).")
    assert reason in view.break_glass_banner.text()
    # The reason is on record for the supervisors: in the case's access log (the audit log itself keeps only
    # its length and a keyed hash: typed text may name the client).
    rows = window.session.connection().execute(
        "SELECT details FROM audit_log WHERE action = 'break_glass' ORDER BY id").fetchall()
    assert [json.loads(row[0]).get("reason_length") for row in rows] == [len(reason)]
    supervisor = vault_service.unlock(case_vault.folder, SUPERVISOR, PASSWORD)
    try:
        logged = [e.details.get("reason") for e in history.access_log(supervisor, theirs.id)
                  if e.action == "break_glass"]
    finally:
        supervisor.lock()
    assert logged == [reason]
