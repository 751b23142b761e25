"""Packages in the app (issue 17) driven as people would: the admin pairs a partner from its card after
typing back the fingerprint (a wrong one pairs nothing); a counselor sends a case with "Send to…" and the one
file chooser; at the partner, "Import package…" shows what would change, then imports it. The payload is the
unit tests' stand-in (tests/unit/package_standin.py) until part 2 lands; synthetic data only."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_support import (
    ADMIN,
    DEMO_PASSWORD,
    PASSWORD,
    WORKER_TIMEOUT,
    click,
    flush_deletes,
    is_gone,
    show_case,
    type_into,
    visible_dialogs,
)
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))
import package_standin

from kadin_danisma.domain import records as r
from kadin_danisma.gui.admin.partners_page import PairDialog, PartnersPage
from kadin_danisma.gui.base.workers import wait_for_workers
from kadin_danisma.gui.case.send_dialog import SendPackageDialog
from kadin_danisma.gui.session.context import Context
from kadin_danisma.gui.workspace.package_import_dialog import PackageImportDialog
from kadin_danisma.services import cases, packages, vault_service

NAME, NOTE = "Gülsüm Paket Kaya", "Paket notu ZUMRUTPAKET yalnızca burada."
MARKS = {ord(c): None for c in "\u2066\u2067\u2068\u2069\u200e\u200f"}


def shown(text: str) -> str:
    return text.translate(MARKS)


@pytest.fixture(autouse=True)
def standin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, package_standin.MODULE, package_standin)


@pytest.fixture
def partner_vault(case_vault: Any, tmp_path: Path, app: Any) -> Iterator[Any]:
    """A second vault (a copy of the case vault: the same staff), unlocked as (session, ctx) on demand."""
    folder = tmp_path / "partner"
    shutil.copytree(case_vault.folder, folder)
    opened: list[Any] = []
    holders: list[QWidget] = []

    def open_session(username: str = ADMIN, password: str = PASSWORD) -> tuple[Any, Context]:
        session = vault_service.unlock(folder, username, password)
        holder = QWidget()
        holders.append(holder)
        ctx = Context.create(session, holder, autosave_ms=3_600_000)
        opened.append((session, ctx))
        return session, ctx

    yield open_session
    assert wait_for_workers(30000)
    QCoreApplication.processEvents()
    for session, ctx in opened:
        ctx.drafts.stop()
        session.lock()
    for holder in holders:
        holder.deleteLater()
    flush_deletes()


def choose_file(qtbot: Any, path: Path) -> None:
    qtbot.waitUntil(lambda: len(visible_dialogs(QFileDialog)) == 1, timeout=5000)
    (chooser,) = visible_dialogs(QFileDialog)
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.fileSelected.emit(str(path))
    chooser.close()


def test_the_admin_pairs_a_partner_only_with_the_right_fingerprint(qtbot: Any, open_as: Any, partner_vault: Any,
                                                                   tmp_path: Path) -> None:
    other, _ = partner_vault()
    card_file = tmp_path / "partner.kdcard"
    packages.save_card(other, card_file)
    card = packages.read_card(card_file)
    session, ctx = open_as(ADMIN, PASSWORD)
    page = PartnersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: page.own_fingerprint.text() != "", timeout=WORKER_TIMEOUT)
    assert shown(page.own_fingerprint.text()) == packages.own_card(session).fingerprint
    assert page.table.rowCount() == 0
    click(qtbot, page.add_button)
    dialog = page.dialog
    assert isinstance(dialog, PairDialog) and dialog.isVisible()
    click(qtbot, dialog.choose_button)
    choose_file(qtbot, card_file)
    assert shown(dialog.printed.text()) == card.fingerprint and shown(dialog.center.text()) == card.center
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.typed, timeout=5000)
    type_into(qtbot, dialog.typed, "ayna-ayna-ayna-ayna 0000-0000-0000")
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORKER_TIMEOUT)
    assert not is_gone(dialog) and "does not match" in dialog.error.text()
    assert packages.partners(session) == []
    type_into(qtbot, dialog.typed, card.fingerprint.upper().replace("-", " "))  # read out, typed her way
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: is_gone(dialog) or not dialog.isVisible(), timeout=WORKER_TIMEOUT)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WORKER_TIMEOUT)
    assert page.table.item(0, 0).text() == card.center
    assert [p.partner_id for p in packages.partners(session)] == [card.partner_id]
    assert page.status.text() == "Partner paired."


def test_send_to_and_import_package_as_people_do(qtbot: Any, open_as: Any, partner_vault: Any,
                                                 tmp_path: Path) -> None:
    other_admin, _ = partner_vault()
    session, ctx = open_as("danisman1", DEMO_PASSWORD)
    case_id = cases.create_case(session, r.Client(NAME), r.Intake("2026-01-05", "phone"))
    admin, _ = open_as(ADMIN, PASSWORD)
    for pairer, card_of in ((admin, other_admin), (other_admin, admin)):
        card = packages.own_card(card_of)
        packages.pair(pairer, card, card.fingerprint)
    number = cases.open_case(session, case_id).case_number

    view = show_case(qtbot, ctx, case_id)
    tab = view.overview_tab
    view.tabs.setCurrentWidget(tab)
    click(qtbot, tab.send_button)
    dialog = tab.dialog
    assert isinstance(dialog, SendPackageDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.partner.count() == 1 and dialog.ok_button().isEnabled(), timeout=WORKER_TIMEOUT)
    click(qtbot, dialog.ok_button())  # no file chosen yet: said, nothing written
    assert "choose where to save it" in dialog.error.text()
    click(qtbot, dialog.choose_button)
    (chooser,) = visible_dialogs(QFileDialog)
    assert chooser.selectedFiles()[0].endswith("paket-00001.kdpkg")  # a name that says nothing about her
    target = tmp_path / "stick" / "paket-00001.kdpkg"
    target.parent.mkdir()
    choose_file(qtbot, target)
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=WORKER_TIMEOUT)
    assert target.exists() and shown(view.status.text()).startswith("Package 1 for ")
    data = target.read_bytes()
    assert NAME.encode("utf-8") not in data and number.encode("ascii") not in data

    partner_session, partner_ctx = partner_vault("ayse", PASSWORD)
    host = QWidget()
    qtbot.addWidget(host)
    importer = PackageImportDialog(partner_ctx, host)
    importer.show()
    assert not importer.ok_button().isEnabled()
    click(qtbot, importer.choose_button)
    choose_file(qtbot, target)
    qtbot.waitUntil(lambda: importer.preview is not None, timeout=WORKER_TIMEOUT)
    assert shown(importer.from_label.text()).startswith("Package 1 from ")
    assert shown(importer.changes.text()).splitlines() == ["New cases: 1", "Records added: 0"]
    assert package_standin_rows(partner_session) == []  # a preview writes nothing
    click(qtbot, importer.ok_button())
    qtbot.waitUntil(lambda: is_gone(importer) or not importer.isVisible(), timeout=WORKER_TIMEOUT)
    assert shown(importer.done_text()).startswith("Package 1 from ")
    assert len(package_standin_rows(partner_session)) == 1

    # the same package again: refused, said in the dialog, nothing written
    again = PackageImportDialog(partner_ctx, host)
    again.show()
    click(qtbot, again.choose_button)
    choose_file(qtbot, target)
    qtbot.waitUntil(lambda: "already imported" in again.error.text(), timeout=WORKER_TIMEOUT)
    assert not again.ok_button().isEnabled() and len(package_standin_rows(partner_session)) == 1


def package_standin_rows(session: Any) -> list[Any]:
    return session.connection().execute("SELECT key FROM settings WHERE key GLOB 'standin:*'").fetchall()
