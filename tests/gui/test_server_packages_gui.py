"""Packages in the app on a center server (issue 17), as each person sees them: a counselor reads, where the
"Import package…" and "Send to…" buttons would be, that a supervisor sends and imports; the admin's Partners page
says a supervisor makes the keys and still pairs; a supervisor has the page with the center's card (made as she
opens it) and the "Import package…" button. Synthetic data only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_support import WORKER_TIMEOUT, sign_in, wait_reloaded
from PySide6.QtWidgets import QLabel, QPushButton

from kadin_danisma.domain import records as r
from kadin_danisma.gui.admin.partners_page import PartnersPage
from kadin_danisma.services import cases

PASSWORD = "Guclu-Parola-2026"  # tests/unit/kd_support.PASSWORD: the server team's
REASON = "On a center server a supervisor sends and imports packages."


def signed_in(qtbot: Any, make_window: Any, server_team: Any, tmp_path: Path, user: str) -> Any:
    window = make_window(tmp_path / f"no-vault-{user}", server=server_team.dsn)
    sign_in(qtbot, window, user, PASSWORD)
    return window


def partners_page(qtbot: Any, window: Any) -> PartnersPage:
    workspace = window.workspace
    page = workspace.partners_page
    assert isinstance(page, PartnersPage)
    workspace.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.card is not None or page.server_note.isVisible(), timeout=WORKER_TIMEOUT)
    return page


def test_a_counselor_reads_who_sends_where_the_buttons_would_be(qtbot: Any, make_window: Any, server_team: Any,
                                                                tmp_path: Path) -> None:
    case_id = cases.create_case(server_team.login("ayse"), r.Client(full_name="Sunucu Paket Hatice"),
                                r.Intake("2026-03-01", "walk_in"))
    window = signed_in(qtbot, make_window, server_team, tmp_path, "ayse")
    workspace = window.workspace
    assert workspace.import_package_button is None and workspace.partners_page is None
    workspace.tabs.setCurrentWidget(workspace.case_list)
    note = workspace.case_list.findChild(QLabel, "packageServerNote")
    assert note is not None and note.isVisible() and note.text() == REASON
    view = workspace.open_case(case_id)
    wait_reloaded(qtbot, view)
    send = view.findChild(QPushButton, "sendPackageButton")
    said = view.findChild(QLabel, "sendPackageNote")
    assert send is not None and said is not None
    assert not send.isVisible() and said.isVisible() and said.text() == REASON
    window.grab().save(str(tmp_path / "counselor-case.png"))


def test_the_admin_pairs_and_the_supervisor_makes_the_keys(qtbot: Any, make_window: Any, server_team: Any,
                                                           tmp_path: Path) -> None:
    case_id = cases.create_case(server_team.login("ayse"), r.Client(full_name="Sunucu Paket Zehra"),
                                r.Intake("2026-03-02", "walk_in"))
    admin = signed_in(qtbot, make_window, server_team, tmp_path, "bilgi")
    page = partners_page(qtbot, admin)
    admin_page = page
    assert page.server_note.isVisible() and "a supervisor makes them on first use" in page.server_note.text()
    assert not page.own.isVisible() and page.add_button.isVisible() and page.table.isVisible()
    admin.grab().save(str(tmp_path / "admin-before.png"))

    supervisor = signed_in(qtbot, make_window, server_team, tmp_path, "selin")
    assert supervisor.workspace.import_package_button is not None
    page = partners_page(qtbot, supervisor)
    assert page.own.isVisible() and not page.server_note.isVisible() and not page.add_button.isVisible()
    assert page.card is not None and page.own_fingerprint.text()
    assert page.own.title() == "The center's card"
    supervisor.grab().save(str(tmp_path / "supervisor.png"))
    # she sends from the case's overview (no note in the button's place) ...
    view = supervisor.workspace.open_case(case_id)
    wait_reloaded(qtbot, view)
    send = view.findChild(QPushButton, "sendPackageButton")
    said = view.findChild(QLabel, "sendPackageNote")
    assert send is not None and said is not None and send.isVisible() and not said.isVisible()
    # ... and the admin, opening the page again, sees the card she made (public keys only)
    admin_page.refresh()
    qtbot.waitUntil(lambda: admin_page.card is not None, timeout=WORKER_TIMEOUT)
    assert admin_page.card == page.card and not admin_page.server_note.isVisible()
