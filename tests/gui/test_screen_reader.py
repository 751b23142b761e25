"""What a screen reader reads (the accessibility interface Orca queries over AT-SPI): status and message lines
are read as shown, not replaced by a fixed name ("Unlock status" instead of "Wrong user name or password").
The walk over every screen (test_every_screen.py) checks every label shown; these are the states a walk does
not reach on its own: a failed unlock, the demo banner, a recovery key, a safe-contact banner with details."""

from __future__ import annotations

from gui_support import (
    ADMIN,
    DEMO_COUNSELOR,
    DEMO_PASSWORD,
    WORKER_TIMEOUT,
    click,
    click_tab,
    sign_in,
    submit_unlock,
    the_dialog,
)
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget
from screen_checks import unread_texts

from kadin_danisma.gui.admin.account_dialogs import RecoveryKeyDialog
from kadin_danisma.gui.main_window import MainWindow
from kadin_danisma.services import cases


def read(widget: QWidget) -> tuple[str, str]:
    """(name, description) as the accessibility interface gives them to a screen reader."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)


def test_failed_unlock_is_read_as_shown(qtbot, window) -> None:
    submit_unlock(qtbot, window, ADMIN, "yanlis-parola-2026")
    status = window.unlock_page.status
    assert status.text(), "the page says why"
    name, description = read(status)
    assert name == status.text(), f"read as {name!r} instead of {status.text()!r}"
    assert description == "Unlock status"
    assert unread_texts(window) == []


def test_demo_banner_is_read_as_shown(qtbot, app, vault) -> None:
    window = MainWindow(vault.folder, demo=True)
    qtbot.addWidget(window)
    window.show()
    banner = window.findChild(QLabel, "demoBanner")
    name, description = read(banner)
    assert name == banner.text() and "DEMO" in name and DEMO_PASSWORD in name
    assert description == "Demo mode"


def test_recovery_key_is_read_digit_by_digit(qtbot, window) -> None:
    sign_in(qtbot, window)
    settings = window.workspace.settings_page
    click_tab(qtbot, window, settings)
    click(qtbot, settings.recovery_button)
    dialog = the_dialog(qtbot, RecoveryKeyDialog)
    qtbot.waitUntil(lambda: any(len(label.text()) > 40 and label.text().count("-") == 7
                                for label in dialog.findChildren(QLabel)), timeout=WORKER_TIMEOUT)
    key = next(label for label in dialog.findChildren(QLabel) if label.text().count("-") == 7)
    name, description = read(key)
    assert name == key.text(), f"the key is read as {name!r}"
    assert description == "Recovery key"
    assert unread_texts(dialog) == []


def test_safe_contact_and_counts_are_read_as_shown(qtbot, make_window, case_vault) -> None:
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, DEMO_COUNSELOR, DEMO_PASSWORD)
    workspace = window.workspace
    case_list = workspace.case_list
    click_tab(qtbot, window, case_list)
    qtbot.waitUntil(lambda: case_list.model.rowCount() > 0 and not case_list.model.loading, timeout=WORKER_TIMEOUT)
    name, description = read(case_list.count_label)
    assert name == case_list.count_label.text() and name.endswith("cases"), name
    assert description == "Number of cases"
    session = window.session
    with_phone = next(case_list.model.case_id(i) for i in range(case_list.model.rowCount())
                      if cases.open_case(session, case_list.model.case_id(i), audit=False)
                      .client.safe_contact.safe_phone)
    view = workspace.open_case(with_phone)
    qtbot.waitUntil(lambda: view.data is not None, timeout=WORKER_TIMEOUT)
    banner = view.safe_contact_banner
    phone = view.record.client.safe_contact.safe_phone
    name, description = read(banner)
    assert phone in name and name == banner.text(), f"the banner is read as {name!r}"
    assert description == "Safe contact"
    assert unread_texts(window) == []
