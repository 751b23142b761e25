"""Repairing and ending package exchanges in the app (issue 17), driven as people would on the Partners page:
a counselor opens "Packages sent…", writes a lost package again with the one file chooser and is told which
files to throw away (and the partner then imports it); a refusal reads as its translated sentence; an admin
removes a partner after a confirmation naming it (cancel first), and gives the vault new keys after typing
her password (a wrong one first), and the page then says what every partner must do; staff who are not
admins see none of the admin's buttons. Real package content between two vaults; synthetic data only."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_support import (
    ADMIN,
    COUNSELOR,
    PASSWORD,
    SUPERVISOR,
    WORKER_TIMEOUT,
    click,
    flush_deletes,
    is_gone,
    sign_in,
    type_into,
    visible_dialogs,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import PackageRefused
from kadin_danisma.domain.roles import Role
from kadin_danisma.gui.admin.partner_dialogs import RemovePartnerDialog, RotateIdentityDialog
from kadin_danisma.gui.admin.partners_page import PartnersPage
from kadin_danisma.gui.admin.sent_packages_dialog import SentPackagesDialog
from kadin_danisma.gui.base.messages import error_text
from kadin_danisma.gui.base.styles import MUTED_ROW
from kadin_danisma.gui.base.workers import wait_for_workers
from kadin_danisma.gui.case.send_dialog import SendPackageDialog
from kadin_danisma.gui.session.context import Context
from kadin_danisma.services import cases, package_admin, packages, settings, users, vault_service

SHELTER = "Güneş Konukevi"
MARKS = {ord(c): None for c in "\u2066\u2067\u2068\u2069\u200e\u200f"}


def shown(text: str) -> str:
    return text.translate(MARKS)


@pytest.fixture(autouse=True)
def collected_here() -> Iterator[None]:
    """The pages these tests make have no parent (Python owns them, unlike the app's): what a test leaves in
    reference cycles is collected here, on the GUI thread, not by a collection a worker thread happens to run
    in the next test (which would destroy a widget there)."""
    gc.collect()
    yield
    flush_deletes()
    gc.collect()


@pytest.fixture
def shelter(case_vault: Any, tmp_path: Path, app: Any) -> Iterator[Any]:
    """A shelter laptop's vault (a copy of the case vault renamed: the same staff), paired both ways with the
    center; yields (center admin session, a shelter counselor's session, the shelter's partner id at the
    center)."""
    folder = tmp_path / "shelter"
    shutil.copytree(case_vault.folder, folder)
    there = vault_service.unlock(folder, ADMIN, PASSWORD)
    here = vault_service.unlock(case_vault.folder, ADMIN, PASSWORD)
    settings.set_center_name(there, SHELTER)
    settings.set_case_number_prefix(there, "KNK")  # its own case numbers
    card_here, card_there = packages.own_card(here), packages.own_card(there)
    packages.pair(here, card_there, card_there.fingerprint)
    packages.pair(there, card_here, card_here.fingerprint)
    there.lock()
    there = vault_service.unlock(folder, COUNSELOR, PASSWORD)
    yield here, there, card_there.partner_id
    assert wait_for_workers(30000)
    QCoreApplication.processEvents()
    here.lock()
    there.lock()
    flush_deletes()


def page_for(qtbot: Any, ctx: Context) -> PartnersPage:
    page = PartnersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.own_fingerprint.text() != "", timeout=WORKER_TIMEOUT)
    return page


def select_partner(qtbot: Any, page: PartnersPage, center: str) -> int:
    """Click the partner's row, as she would."""
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=WORKER_TIMEOUT)
    row = next(i for i in range(page.table.rowCount()) if shown(page.table.item(i, 0).text()).startswith(center))
    rect = page.table.visualItemRect(page.table.item(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.table.currentRow() == row
    return row


def choose_file(qtbot: Any, path: Path) -> None:
    qtbot.waitUntil(lambda: len(visible_dialogs(QFileDialog)) == 1, timeout=5000)
    (chooser,) = visible_dialogs(QFileDialog)
    chooser.fileSelected.emit(str(path))
    chooser.close()


def three_packages(counselor: Any, partner_id: str, folder: Path) -> list[Path]:
    """Three packages to the shelter, each with a case of its own."""
    written = []
    for i in (1, 2, 3):
        case_id = cases.create_case(counselor, r.Client(f"Deneme Paket {i}"), r.Intake("2026-01-05", "phone"))
        number = cases.open_case(counselor, case_id).case_number
        path = folder / f"p{i}.kdpkg"
        packages.export_package(counselor, partner_id, [number], path)
        written.append(path)
    return written


def test_a_counselor_writes_a_lost_package_again_and_is_told_what_to_throw_away(
        qtbot: Any, open_as: Any, shelter: Any, tmp_path: Path) -> None:
    _here, there, shelter_id = shelter
    session, ctx = open_as(COUNSELOR, PASSWORD)
    p1, p2, p3 = three_packages(session, shelter_id, tmp_path)
    packages.import_package(there, p1)
    p2.unlink()  # lost on the way: the shelter cannot import 3 without it

    page = page_for(qtbot, ctx)
    assert not page.add_button.isVisible()  # a counselor pairs nothing, removes nothing, makes no keys
    assert not page.partner_actions.remove_button.isVisible() and not page.partner_actions.rotate_button.isVisible()
    qtbot.waitUntil(lambda: page.partner_actions.sent_button.isEnabled(), timeout=WORKER_TIMEOUT)  # the first
    select_partner(qtbot, page, SHELTER)
    click(qtbot, page.partner_actions.sent_button)
    dialog = page.partner_actions.dialog
    assert isinstance(dialog, SentPackagesDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=WORKER_TIMEOUT)
    assert [dialog.table.item(i, 0).text() for i in range(3)] == ["3", "2", "1"]  # newest first
    assert [dialog.table.item(i, 3).text() for i in range(3)] == ["1", "1", "1"]  # one case each
    assert {dialog.table.item(i, 4).text() for i in range(3)} == {"Not confirmed yet"}
    assert shown(dialog.center.text()) == f"Packages sent to {SHELTER}"
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.table, timeout=5000)  # the focus starts in the list
    assert dialog.selected() is not None and dialog.selected().sequence == 3  # the newest is chosen
    assert dialog.resend_button.isEnabled()  # 3 could be written again too
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # by keyboard: the next one, package 2
    assert dialog.selected() is not None and dialog.selected().sequence == 2
    click(qtbot, dialog.resend_button)
    (chooser,) = visible_dialogs(QFileDialog)
    assert chooser.selectedFiles()[0].endswith("paket-00002.kdpkg")  # a name that says nothing about her
    again = tmp_path / "stick" / "again.kdpkg"
    again.parent.mkdir()
    choose_file(qtbot, again)
    qtbot.waitUntil(lambda: "throw them away" in dialog.status.text(), timeout=WORKER_TIMEOUT)
    assert shown(dialog.status.text()).splitlines()[:2] == [
        f"Package 2 was written again for {SHELTER} (2 cases).",
        "Packages 2, 3 written before are replaced: throw them away (the partner refuses them now)."]
    assert again.exists() and dialog.error.text() == ""
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4, timeout=WORKER_TIMEOUT)
    states = [(dialog.table.item(i, 0).text(), shown(dialog.table.item(i, 4).text())) for i in range(4)]
    assert states[0] == ("2", "Not confirmed yet")
    assert [s for _n, s in states[1:3]] == [s for s in (states[1][1], states[2][1]) if s.startswith("Replaced on")]
    assert states[3] == ("1", "Not confirmed yet")
    # The Partners page shows the new last package sent.
    qtbot.waitUntil(lambda: shown(page.table.item(0, 3).text()).startswith("no. 2,"), timeout=WORKER_TIMEOUT)

    # At the shelter: the new package 2 imports and carries both cases; the old package 3 is refused.
    seen = packages.import_package(there, again)
    assert seen.sequence == 2
    with pytest.raises(PackageRefused) as old:
        packages.import_package(there, p3)
    assert old.value.code == "package_chain_broken"
    dialog.reject()


def test_a_refusal_while_the_dialog_is_open_reads_as_its_sentence(qtbot: Any, open_as: Any, shelter: Any,
                                                                 tmp_path: Path) -> None:
    here, _there, shelter_id = shelter
    counselor, _ = open_as(COUNSELOR, PASSWORD)
    three_packages(counselor, shelter_id, tmp_path)
    _session, ctx = open_as(SUPERVISOR, PASSWORD)  # supervisors do casework too
    page = page_for(qtbot, ctx)
    select_partner(qtbot, page, SHELTER)
    click(qtbot, page.partner_actions.sent_button)
    dialog = page.partner_actions.dialog
    assert isinstance(dialog, SentPackagesDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=WORKER_TIMEOUT)
    dialog.table.selectRow(2)  # package 1
    package_admin.remove_partner(here, shelter_id)  # meanwhile, the admin removes the shelter
    click(qtbot, dialog.resend_button)
    target = tmp_path / "again.kdpkg"
    choose_file(qtbot, target)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.error.text() not in ("", dialog.working),
                    timeout=WORKER_TIMEOUT)
    assert dialog.error.text() == ("This partner was removed: nothing is written to it or accepted from it. An "
                                   "administrator can pair its card again to start anew.")
    assert not target.exists() and dialog.status.text() == ""
    assert dialog.isVisible() and dialog.resend_button.isEnabled()  # she may try again (or close)


def test_the_refusals_of_writing_again_are_said_with_their_numbers(open_as: Any, shelter: Any,
                                                                  tmp_path: Path) -> None:
    """Every refusal the service gives is its own translated sentence, with the numbers filled in."""
    _here, there, shelter_id = shelter
    session, _ctx = open_as(COUNSELOR, PASSWORD)
    p1, p2, _p3 = three_packages(session, shelter_id, tmp_path)

    def refusal(n: int) -> str:
        with pytest.raises(PackageRefused) as caught:
            package_admin.resend(session, shelter_id, n, tmp_path / f"x{n}.kdpkg")
        return shown(error_text(caught.value))

    assert refusal(4) == "Package 4 cannot be written again: packages 1 to 3 can. Nothing was written."
    packages.import_package(there, p1)
    packages.import_package(there, p2)
    # The shelter's package back tells the center it has 1 and 2.
    there_case = cases.create_case(there, r.Client("Deneme Geri"), r.Intake("2026-01-05", "phone"))
    back = tmp_path / "back.kdpkg"
    center_id = packages.partners(there)[0].partner_id
    packages.export_package(there, center_id, [cases.open_case(there, there_case).case_number], back)
    packages.import_package(session, back)
    assert refusal(2) == ("The partner has already imported package 2 (it confirmed every package up to 2). "
                          "Nothing was written.")
    none_left = PackageRefused("", code="resend_out_of_range", sequence=3, first=4, last=3)
    assert shown(error_text(none_left)) == ("Package 3 cannot be written again: every package sent has been "
                                            "imported there. Nothing was written.")
    no_record = PackageRefused("", code="resend_no_record", sequence=4, first=6)
    assert shown(error_text(no_record)).startswith("Package 4 was written before this version kept a record")
    assert "from package 6" in error_text(no_record)
    assert "no package to this partner" in error_text(PackageRefused("", code="resend_no_record", sequence=1,
                                                                     first=0))


def test_the_admin_removes_a_partner_only_after_confirming(qtbot: Any, open_as: Any, shelter: Any) -> None:
    _here, _there, shelter_id = shelter
    session, ctx = open_as(ADMIN, PASSWORD)
    page = page_for(qtbot, ctx)
    actions = page.partner_actions
    assert actions.rotate_button.isVisible() and actions.remove_button.isVisible()
    select_partner(qtbot, page, SHELTER)
    click(qtbot, actions.remove_button)
    dialog = actions.dialog
    assert isinstance(dialog, RemovePartnerDialog) and dialog.isVisible()
    assert shown(dialog.findChild(QWidget, "removeQuestion").text()) == f"Remove {SHELTER}?"
    what = shown(dialog.findChild(QWidget, "removeWhat").text())
    assert what.startswith(f"Nothing is sent to {SHELTER} any more and no package from it is accepted.")
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isDefault()  # Enter alone removes nothing
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=5000)  # closed and gone, as the app's event loop does at once
    assert [p.partner_id for p in packages.partners(session)] == [shelter_id]  # nothing changed

    click(qtbot, actions.remove_button)
    dialog = actions.dialog
    assert isinstance(dialog, RemovePartnerDialog)
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: is_gone(dialog) or not dialog.isVisible(), timeout=WORKER_TIMEOUT)
    assert packages.partners(session) == []  # gone from the pickers
    assert shown(page.status.text()).startswith(f"{SHELTER} was removed: nothing is sent to it")
    qtbot.waitUntil(lambda: "(removed on" in page.table.item(0, 0).text(), timeout=WORKER_TIMEOUT)
    assert page.table.item(0, 0).background().color() == MUTED_ROW[0]  # greyed, and said in words
    assert actions.selected() is not None and actions.selected().removed  # still the one chosen
    assert not actions.remove_button.isEnabled() and actions.sent_button.isEnabled()  # the record stays

    host = QWidget()
    qtbot.addWidget(host)
    send = SendPackageDialog(ctx, "KDM-0", host)  # the "Send to…" picker offers it no more
    send.show()
    qtbot.waitUntil(lambda: "No partner is paired" in send.error.text(), timeout=WORKER_TIMEOUT)
    assert send.partner.count() == 0
    send.reject()


def test_new_keys_need_her_password_and_the_page_says_what_each_partner_must_do(qtbot: Any, open_as: Any,
                                                                                  shelter: Any) -> None:
    session, ctx = open_as(ADMIN, PASSWORD)
    page = page_for(qtbot, ctx)
    old = shown(page.own_fingerprint.text())
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WORKER_TIMEOUT)
    actions = page.partner_actions
    assert not actions.notice.isVisible()
    click(qtbot, actions.rotate_button)
    dialog = actions.dialog
    assert isinstance(dialog, RotateIdentityDialog) and dialog.isVisible()
    assert shown(dialog.findChild(QWidget, "rotatePartners").text()) == f"Partners to tell: {SHELTER}."
    assert not dialog.ok_button().isEnabled()  # nothing typed yet
    type_into(qtbot, dialog.password, "Yanlis-Parola-2026")
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: not dialog.busy and dialog.error.text() != dialog.working, timeout=WORKER_TIMEOUT)
    assert dialog.isVisible() and dialog.error.text() == "The current password is wrong."
    assert dialog.password.text() == "" and packages.own_card(session).fingerprint == old  # nothing changed
    type_into(qtbot, dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter in the field confirms
    qtbot.waitUntil(lambda: is_gone(dialog) or not dialog.isVisible(), timeout=WORKER_TIMEOUT)
    new = packages.own_card(session).fingerprint
    assert new != old
    qtbot.waitUntil(lambda: shown(page.own_fingerprint.text()) == new, timeout=WORKER_TIMEOUT)
    assert actions.notice.isVisible()
    lines = shown(actions.notice.text()).splitlines()
    assert lines[0] == f"This vault has new keys. Its new fingerprint: {new}."
    assert lines[1] == f"Tell each partner on a number you already know: {SHELTER}."
    assert "remove this vault's old card, pair the new one" in lines[2]
    assert "Packages still on the way, made for the old keys, cannot be opened any more" in lines[2]
    partner = packages.partners(session)[0]
    assert (partner.out_sequence, partner.in_sequence) == (0, 0)  # both directions start again


def test_staff_who_are_not_admins_see_no_admin_buttons(qtbot: Any, open_as: Any, shelter: Any) -> None:
    here, _there, _shelter_id = shelter
    users.add_user(here, "yonetici", "Yalnız Yönetici", frozenset({Role.ADMIN}), PASSWORD)
    users.reset_password(here, "yonetici", PASSWORD, must_change=False)
    for user, admin, casework in ((SUPERVISOR, False, True), ("yonetici", True, False)):
        _session, ctx = open_as(user, PASSWORD)
        page = page_for(qtbot, ctx)
        actions = page.partner_actions
        assert page.add_button.isVisible() is admin
        assert actions.remove_button.isVisible() is admin and actions.rotate_button.isVisible() is admin
        select_partner(qtbot, page, SHELTER)
        click(qtbot, actions.sent_button)
        dialog = actions.dialog
        assert isinstance(dialog, SentPackagesDialog)
        qtbot.waitUntil(lambda d=dialog: "not confirmed" in d.confirmed.text(), timeout=WORKER_TIMEOUT)
        assert dialog.resend_button.isVisible() is casework  # writing packages is casework (the service's rule)
        assert shown(dialog.status.text()) == "No package has been written to this partner yet."
        dialog.reject()


def test_counselors_find_the_partners_tab_in_a_vault(qtbot: Any, make_window: Any, case_vault: Any) -> None:
    """Where a counselor looks for a lost package: the Partners tab is hers too (without the admin's buttons)."""
    window = make_window(case_vault.folder)
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    workspace = window.workspace
    assert workspace is not None and workspace.partners_page is not None
    tabs = [shown(workspace.tabs.tabText(i)) for i in range(workspace.tabs.count())]
    assert "Partners" in tabs
    assert not workspace.partners_page.partner_actions.rotate_button.isVisibleTo(workspace.partners_page)


def test_on_a_center_server_the_buttons_follow_who_holds_the_keys(qtbot: Any, make_window: Any, server_team: Any,
                                                                    tmp_path: Path) -> None:
    """On a server a supervisor makes new keys (and writes packages again); an admin removes partners but makes
    no keys (the server refuses her: package_rotate_supervisors_on_server)."""
    for user, admin in (("selin", False), ("bilgi", True)):
        window = make_window(tmp_path / f"no-vault-{user}", server=server_team.dsn)
        sign_in(qtbot, window, user, PASSWORD)
        page = window.workspace.partners_page
        assert isinstance(page, PartnersPage)
        window.workspace.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda p=page: p.card is not None or p.server_note.isVisible(), timeout=WORKER_TIMEOUT)
        qtbot.waitUntil(lambda p=page: p.own.isVisible(), timeout=WORKER_TIMEOUT)  # the supervisor made the keys
        actions = page.partner_actions
        assert actions.remove_button.isVisibleTo(page) is admin and page.add_button.isVisibleTo(page) is admin
        assert actions.rotate_button.isVisibleTo(page) is not admin
        assert actions.rotate_button.text().replace("&", "") == "New keys for the center…"  # not a vault
        assert actions.sent_button.isVisibleTo(page)
