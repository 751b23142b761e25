"""Changing the vault key in the app (issue 14 §4), as an admin does it: she disables a colleague, the app
offers the rekey, she types a wrong password (nothing happens), then hers; she is signed out and back in on
the new key and sees the new recovery key and the one-time password of a colleague whose slot could not be
re-wrapped. The old recovery key is void, the new one and the one-time password open the vault."""

from __future__ import annotations

import json
import os
from pathlib import Path

from gui_support import ADMIN, PASSWORD, WORKER_TIMEOUT, click, click_tab, is_gone, sign_in, the_dialog, type_into
from PySide6.QtWidgets import QLabel, QMessageBox

from kadin_danisma.domain.errors import InvalidRecoveryKey
from kadin_danisma.domain.roles import Role
from kadin_danisma.gui.admin.rekey_dialog import RekeyDialog, RekeyResultDialog
from kadin_danisma.services import users, vault_service

AYSE, ELIF = "ayse", "elif"
AYSE_PW, ELIF_PW = "Mavi-Deniz-Kum-2026", "Yesil-Orman-Yol-2026"


def _team(vault) -> None:
    session = vault_service.unlock(vault.folder, ADMIN, PASSWORD)
    try:
        users.add_user(session, AYSE, "Ayşe Yılmaz", frozenset({Role.COUNSELOR}), AYSE_PW)
        users.add_user(session, ELIF, "Elif Kaya", frozenset({Role.COUNSELOR}), ELIF_PW)
    finally:
        session.lock()
    # Elif's slot entry cannot be read any more (a flipped bit in a field name): a rekey cannot re-wrap it.
    path = vault.folder / "keyslots.json"
    data = json.loads(path.read_text("utf-8"))
    for slot in data["slots"]:
        if slot.get("username") == ELIF:
            slot["Oonce"] = slot.pop("nonce")
    path.write_text(json.dumps(data), "utf-8")


def test_disable_then_change_the_vault_key(qtbot, window, vault, tmp_path: Path) -> None:
    _team(vault)
    sign_in(qtbot, window)
    click_tab(qtbot, window, window.workspace.users_page)
    page = window.workspace.users_page
    page.select_user(AYSE)
    click(qtbot, page.disable_button)
    click(qtbot, the_dialog(qtbot, QMessageBox).button(QMessageBox.StandardButton.Yes))

    offer = the_dialog(qtbot, RekeyDialog)
    texts = " ".join(label.text() for label in offer.findChildren(QLabel))
    assert f"{AYSE} is disabled" in texts and "Backups made before keep the old key" in texts
    assert not offer.ok_button().isEnabled()
    type_into(qtbot, offer.password, "Yanlis-Parola-2026")
    click(qtbot, offer.ok_button())
    qtbot.waitUntil(lambda: offer.error.text() == "The current password is wrong.", timeout=WORKER_TIMEOUT)
    assert not window.is_locked and offer.isVisible() and offer.password.text() == ""
    session_before = window.session

    type_into(qtbot, offer.password, PASSWORD)
    click(qtbot, offer.ok_button())
    qtbot.waitUntil(lambda: window.session is not None and window.session is not session_before,
                    timeout=WORKER_TIMEOUT * 3)
    assert is_gone(offer) and not session_before.is_open  # she was signed out, then in again
    result = the_dialog(qtbot, RekeyResultDialog)
    new_key = result.findChild(QLabel, "recoveryKey").text()
    one_time = result.findChild(QLabel, "oneTimePasswords").text().split()
    assert one_time[0] == ELIF and len(one_time) == 2
    assert "1 account(s) keep their password" in result.findChild(QLabel, "rekeySummary").text()
    if os.environ.get("KD_SCREENSHOT_DIR"):
        result.grab().save(str(Path(os.environ["KD_SCREENSHOT_DIR"]) / "rekey-result-en.png"))
    click(qtbot, result.ok_button())
    qtbot.waitUntil(lambda: is_gone(result))

    rows = window.session.connection().execute(
        "SELECT details FROM audit_log WHERE action = 'rekey'").fetchall()
    assert [json.loads(r[0])["one_time_passwords"] for r in rows] == [[ELIF]]
    try:
        vault_service.unlock_with_recovery(vault.folder, vault.recovery_key)
    except InvalidRecoveryKey:
        pass
    else:
        raise AssertionError("the old recovery key still opens the vault")
    vault_service.unlock_with_recovery(vault.folder, new_key).lock()
    session = vault_service.unlock(vault.folder, ELIF, one_time[1])
    assert session.user is not None and session.user.must_change_password
    session.lock()
