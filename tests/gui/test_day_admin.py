"""Issue 15, item 10: administration that existed only on the command line or nowhere, now in the app: a
backup restored into a new folder (checked first, with progress), another user's roles changed (never one's
own), and a leaving counselor's cases handed over (all of them, or one), audited."""

from __future__ import annotations

import json

import pytest
from gui_support import (
    ADMIN,
    COUNSELOR,
    DEMO_COUNSELOR,
    PASSWORD,
    WORKER_TIMEOUT,
    click,
    click_tab,
    is_gone,
    sign_in,
    the_dialog,
    tick,
    type_into,
)
from PySide6.QtWidgets import QFileDialog

from kadin_danisma.domain.errors import OwnRolesChange
from kadin_danisma.domain.roles import Role
from kadin_danisma.gui.admin.people_dialogs import HandoverDialog, RolesDialog
from kadin_danisma.gui.admin.restore_dialog import RestoreDialog
from kadin_danisma.services import assignments, backups, dashboard, users, vault_service


def audit(session, action: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [json.loads(d) for (d,) in session.connection().execute(
        "SELECT details FROM audit_log WHERE action = ? ORDER BY id", (action,))]


def choose_in(qtbot, path) -> None:  # type: ignore[no-untyped-def]
    """The file chooser that just opened: she picks `path` in it."""
    chooser = the_dialog(qtbot, QFileDialog)
    chooser.selectFile(str(path))
    chooser.accept()


def test_restore_a_backup_into_a_new_folder(qtbot, window, vault, tmp_path) -> None:
    sign_in(qtbot, window)
    backup_file = tmp_path / "stick" / "merkez.kdbackup"
    backup_file.parent.mkdir()
    backups.backup_now(window.session, backup_file)
    page = window.workspace.settings_page
    click_tab(qtbot, window, page)
    click(qtbot, page.restore_button)
    dialog = the_dialog(qtbot, RestoreDialog)
    click(qtbot, dialog.choose_backup)
    choose_in(qtbot, backup_file)
    assert str(backup_file) in dialog.backup_label.text()
    target = tmp_path / "geri-yuklenen"
    target.mkdir()
    (target / "baska-bir-dosya.txt").write_text("burada başka bir şey var", encoding="utf-8")
    click(qtbot, dialog.choose_target)
    choose_in(qtbot, target)
    assert dialog.target is not None and dialog.target.parent == target, "a new folder inside a non-empty one"

    # A wrong password: the check refuses, nothing is restored.
    type_into(qtbot, dialog.password, "Yanlis-Parola-2026")
    click(qtbot, dialog.ok_button())
    assert "Step 1 of 2" in dialog.stage.text() and dialog.progress.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORKER_TIMEOUT)
    assert dialog.error.text() == "Wrong user name or password." and not dialog.target.exists()
    assert dialog.password.text() == ""

    type_into(qtbot, dialog.password, PASSWORD)
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: dialog.restored is not None or (not dialog.busy and dialog.error.text()),
                    timeout=WORKER_TIMEOUT)
    assert dialog.restored == dialog.target, dialog.error.text()
    assert dialog.done_label.isVisible() and str(dialog.target) in dialog.done_label.text()
    assert {p.name for p in dialog.target.iterdir()} >= {"vault.db", "keyslots.json"}
    assert [d["file_name"] for d in audit(window.session, "backup_restore")] == ["merkez.kdbackup"]
    # The restored vault opens with the same password, on its own.
    restored = vault_service.unlock(dialog.target, ADMIN, PASSWORD)
    restored.lock()
    dialog.reject()


def test_roles_of_others_never_her_own(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window)
    page = window.workspace.users_page
    click_tab(qtbot, window, page)
    page.select_user(ADMIN)
    assert not page.roles_button.isEnabled(), "her own roles are another administrator's to change"
    with pytest.raises(OwnRolesChange):
        users.set_roles(window.session, ADMIN, frozenset({Role.ADMIN, Role.COUNSELOR}))
    page.select_user(COUNSELOR)
    click(qtbot, page.roles_button)
    dialog = the_dialog(qtbot, RolesDialog)
    tick(qtbot, dialog.boxes[Role.SUPERVISOR])
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=WORKER_TIMEOUT)
    row = next(u for u in users.list_users(window.session) if u.username == COUNSELOR)
    assert row.roles == frozenset({Role.COUNSELOR, Role.SUPERVISOR})
    assert audit(window.session, "user_roles")[-1] == {"before": "counselor", "after": "counselor,supervisor"}
    assert page.status.text() == f"Roles of {COUNSELOR} saved."


def test_a_leaving_counselors_cases_are_handed_over(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window)
    session = window.session
    before = {c.username: c.open_cases for c in assignments.counselors(session)}
    assert before[DEMO_COUNSELOR] > 0
    page = window.workspace.users_page
    click_tab(qtbot, window, page)
    page.select_user(DEMO_COUNSELOR)
    click(qtbot, page.handover_button)
    dialog = the_dialog(qtbot, HandoverDialog)
    qtbot.waitUntil(lambda: dialog.to.count() > 0, timeout=WORKER_TIMEOUT)
    assert f"{before[DEMO_COUNSELOR]} open case(s)" in dialog.intro.text()
    dialog.to.setCurrentIndex(dialog.to.findData(COUNSELOR))
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=WORKER_TIMEOUT)
    after = {c.username: c.open_cases for c in assignments.counselors(session)}
    assert after[DEMO_COUNSELOR] == 0
    assert after[COUNSELOR] >= before[DEMO_COUNSELOR]
    assert page.status.text() == f"{before[DEMO_COUNSELOR]} case(s) handed over."
    handover = audit(session, "case_handover")[-1]
    assert (handover["from_user"], handover["to_user"], handover["cases"]) == (
        DEMO_COUNSELOR, COUNSELOR, before[DEMO_COUNSELOR])
    assert sum(1 for d in audit(session, "case_assign") if d.get("via") == "handover") == before[DEMO_COUNSELOR]
    window.lock()
    # She finds them as newly assigned.
    ayse = vault_service.unlock(case_vault.folder, COUNSELOR, PASSWORD)
    try:
        board = dashboard.dashboard(ayse)
        assert sum(1 for item in board.inbox if item.kind == "assigned") >= min(before[DEMO_COUNSELOR], 200)
    finally:
        ayse.lock()
