"""Screenshots of packages (issue 17), called by scripts/screenshots.py: a real round trip between the
screenshot vault (the center) and a throwaway shelter laptop vault, paired through their cards. The center
sends a case; both sides change the same child's school; the shelter sends its package back. Pictured: the
admin's Partners page, the Import package dialog's preview, the case's conflict notice and the conflict
panel. Synthetic data only."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kadin_danisma.domain import records as r
from kadin_danisma.domain.roles import Role
from kadin_danisma.gui.main_window import MainWindow
from kadin_danisma.gui.workspace.workspace import Workspace
from kadin_danisma.services import cases, demo, packages, users, vault_service
from kadin_danisma.services.record_loader import load_record
from kadin_danisma.vault.case_queries import CaseFilter

Settle = Callable[..., None]
SignIn = Callable[[QApplication, MainWindow, str, str], Workspace]
SHELTER_ADMIN = "konukevi"
SHELTER_PASSWORD = "Gunes-Sigi-Parola-2026"
SHELTER_WORKER = "sema"  # the shelter's own counselor (the first user of a vault is its admin and supervisor)


def _pair_both_ways(center: object, shelter: object) -> tuple[str, str]:
    """Each admin types back the other's fingerprint (read out over the phone); returns the partner ids."""
    center_card, shelter_card = packages.own_card(center), packages.own_card(shelter)  # type: ignore[arg-type]
    packages.pair(center, shelter_card, shelter_card.fingerprint)  # type: ignore[arg-type]
    packages.pair(shelter, center_card, center_card.fingerprint)  # type: ignore[arg-type]
    return shelter_card.partner_id, center_card.partner_id


def package_screens(app: QApplication, window: MainWindow, vault: Path, out: Path, lang: str, settle: Settle,
                    sign_in: SignIn, admin: str, admin_password: str) -> None:
    work = Path(tempfile.mkdtemp(prefix="kd-shots-packages-"))
    vault_service.create_vault(work / "shelter", "Güneş Konukevi (DEMO)", SHELTER_ADMIN, "Konukevi Sorumlusu",
                               SHELTER_PASSWORD)
    shelter_admin = vault_service.unlock(work / "shelter", SHELTER_ADMIN, SHELTER_PASSWORD)
    users.add_user(shelter_admin, SHELTER_WORKER, "Sema Konukevi", frozenset({Role.COUNSELOR}), SHELTER_PASSWORD)
    users.reset_password(shelter_admin, SHELTER_WORKER, SHELTER_PASSWORD, must_change=False)
    center_admin = vault_service.unlock(vault, admin, admin_password)
    try:
        to_shelter, to_center = _pair_both_ways(center_admin, shelter_admin)
    finally:
        center_admin.lock()
        shelter_admin.lock()
    shelter = vault_service.unlock(work / "shelter", SHELTER_WORKER, SHELTER_PASSWORD)
    counselor = vault_service.unlock(vault, f"{demo.COUNSELOR_PREFIX}1", demo.DEMO_PASSWORD)
    try:
        case_id = cases.create_case(counselor, r.Client(full_name="Derya Paket (DEMO)"), children=[
            r.Child("Deniz", 2018, "male", True, "Eski Mahalle İlkokulu", needs="Okul servisi")])
        number = cases.open_case(counselor, case_id).case_number
        packages.export_package(counselor, to_shelter, [number], work / "first.kdpkg")
        packages.import_package(shelter, work / "first.kdpkg")
        # the same child's school, changed on both sides before the next package
        here = load_record(counselor.connection(), case_id).children[0]
        here.school = "Merkez Ortaokulu"
        cases.save_child(counselor, case_id, here)
    finally:
        counselor.lock()
    there_id = cases.list_cases(shelter, CaseFilter())[0].id
    there = load_record(shelter.connection(), there_id).children[0]
    there.school = "Konukevi yakınındaki okul"
    cases.save_child(shelter, there_id, there)
    packages.export_package(shelter, to_center, [number], work / "back.kdpkg")
    shelter.lock()

    ws = sign_in(app, window, admin, admin_password)
    if ws.partners_page is not None:
        ws.tabs.setCurrentWidget(ws.partners_page)
        settle(app)
        window.grab().save(str(out / f"partners-{lang}.png"))
    window.lock()
    ws = sign_in(app, window, f"{demo.COUNSELOR_PREFIX}1", demo.DEMO_PASSWORD)
    dialog = ws.import_package()
    dialog.pick_file(work / "back.kdpkg")
    settle(app, lambda: dialog.ok_button().isEnabled())
    settle(app)
    dialog.grab().save(str(out / f"package-import-{lang}.png"))
    dialog.submit()
    settle(app, lambda: not dialog.isVisible())
    view = ws.open_case(case_id)
    settle(app, lambda: view.data is not None and view.conflicts_row.isVisible())
    settle(app)
    window.grab().save(str(out / f"case-conflicts-{lang}.png"))
    view.open_conflicts()
    panel = view.conflicts_dialog
    settle(app, lambda: panel.table.rowCount() > 0)
    panel.table.selectRow(0)
    settle(app)
    panel.grab().save(str(out / f"conflict-panel-{lang}.png"))
    panel.reject()
    window.lock()
    _admin_screens(app, window, vault, work, out, lang, settle, sign_in, (admin, admin_password), number)


def _admin_screens(app: QApplication, window: MainWindow, vault: Path, work: Path, out: Path, lang: str,
                   settle: Settle, sign_in: SignIn, admin: tuple[str, str], number: str) -> None:
    """Repairing and ending the exchange (issue 17): the counselor writes a lost package again from the list of
    packages sent; the admin's confirmations of removing the shelter and of new keys, and the page after."""
    counselor = vault_service.unlock(vault, f"{demo.COUNSELOR_PREFIX}1", demo.DEMO_PASSWORD)
    try:
        shelter_id = next(p.partner_id for p in packages.partners(counselor) if "Konukevi" in p.center)
        for k in (2, 3):  # package 2 is lost on the way; 3 waits for it at the shelter
            packages.export_package(counselor, shelter_id, [number], work / f"lost-{k}.kdpkg")
    finally:
        counselor.lock()
    ws = sign_in(app, window, f"{demo.COUNSELOR_PREFIX}1", demo.DEMO_PASSWORD)
    page = ws.partners_page
    assert page is not None
    ws.tabs.setCurrentWidget(page)
    settle(app, lambda: page.table.rowCount() > 0)
    page.table.selectRow(0)
    sent = page.partner_actions.show_sent()
    assert sent is not None
    settle(app, lambda: sent.table.rowCount() == 3)
    sent.table.selectRow(1)  # package 2
    sent.write_again(work / "again-2.kdpkg")
    settle(app, lambda: sent.status.text() != "" and sent.table.rowCount() == 4)
    settle(app)
    sent.grab().save(str(out / f"package-sent-{lang}.png"))
    sent.reject()
    window.lock()
    ws = sign_in(app, window, *admin)
    page = ws.partners_page
    assert page is not None
    ws.tabs.setCurrentWidget(page)
    settle(app, lambda: page.table.rowCount() > 0)
    page.table.selectRow(0)
    remove = page.partner_actions.remove()
    assert remove is not None
    settle(app)
    remove.grab().save(str(out / f"partner-remove-{lang}.png"))
    rotate = page.partner_actions.rotate()
    remove.reject()
    assert rotate is not None
    rotate.password.setText(admin[1])
    settle(app)
    rotate.grab().save(str(out / f"partner-new-keys-{lang}.png"))
    rotate.submit()
    settle(app, lambda: page.partner_actions.notice.isVisible())
    page.table.selectRow(0)
    remove = page.partner_actions.remove()
    assert remove is not None
    remove.submit()
    settle(app, lambda: page.status.text() != "" and not page.loading.busy)
    settle(app)
    window.grab().save(str(out / f"partners-after-{lang}.png"))
    window.lock()
