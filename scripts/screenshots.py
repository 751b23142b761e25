"""Render the main screens offscreen into docs/screenshots/ (for the README), from a throwaway vault.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR] [--lang tr|en]
Everything shown is synthetic; the vault and a private HOME are created in a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KADIN_DANISMA_SKIP_KDF_CALIBRATION", "1")
_home = tempfile.mkdtemp(prefix="kd-shots-home-")
os.environ["HOME"] = _home
os.environ["XDG_CONFIG_HOME"] = _home + "/.config"
os.environ["XDG_STATE_HOME"] = _home + "/.local/state"

from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402

from kadin_danisma.domain.roles import Role  # noqa: E402
from kadin_danisma.gui.app import make_app  # noqa: E402
from kadin_danisma.gui.base.preferences import install_translations  # noqa: E402
from kadin_danisma.gui.main_window import MainWindow  # noqa: E402
from kadin_danisma.gui.unlock.about_dialog import AboutDialog  # noqa: E402
from kadin_danisma.gui.unlock.older_copy_page import OlderCopyPage  # noqa: E402
from kadin_danisma.gui.workspace.workspace import Workspace  # noqa: E402
from kadin_danisma.services import demo, users, vault_service  # noqa: E402
from kadin_danisma.vault import repositories  # noqa: E402

PASSWORD = "Guclu-Parola-2026"


def settle(app: QApplication, cond: object = None, timeout: float = 30.0) -> None:
    start = time.monotonic()
    while True:
        app.processEvents()
        if cond is None or cond():  # type: ignore[operator]
            if cond is None and time.monotonic() - start < 0.3:
                time.sleep(0.02)
                continue
            return
        if time.monotonic() - start > timeout:
            raise SystemExit("screenshots: timed out waiting for the GUI")
        time.sleep(0.02)


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    lang = "en" if "--lang=en" in sys.argv else "tr"
    out = Path(args[0] if args else "docs") / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = make_app()
    install_translations(app, lang)
    vault = Path(tempfile.mkdtemp(prefix="kd-shots-")) / "vault"
    window = MainWindow(vault)
    window.resize(980, 640)
    window.show()
    wizard = window.wizard
    assert wizard is not None
    wizard.center_page.center.setText("Çankaya Kadın Danışma Merkezi (DEMO)")
    wizard.next()
    admin = wizard.admin_page
    admin.username.setText("koordinator")
    admin.display_name.setText("Zeynep Aydın")
    admin.pair.first.setText("sifre12345")
    settle(app)
    window.grab().save(str(out / f"setup-password-{lang}.png"))
    admin.pair.first.setText(PASSWORD)
    admin.pair.second.setText(PASSWORD)
    wizard.next()
    settle(app, lambda: wizard.create_page.done)
    wizard.create_page.written.setChecked(True)
    settle(app)
    window.grab().save(str(out / f"setup-recovery-key-{lang}.png"))
    wizard.next()
    wizard.confirm_page.answer.setText(wizard.confirm_page.expected())
    wizard.button(QWizard.WizardButton.FinishButton).click()
    settle(app, lambda: window.workspace is not None)
    session = window.session
    assert session is not None
    for name, display, roles in (("elif.kaya", "Elif Kaya", {Role.COUNSELOR}),
                                 ("nare.avetisyan", "Nare Avetisyan", {Role.COUNSELOR}),
                                 ("leyla.rahimi", "ليلى رحيمي", {Role.COUNSELOR, Role.SUPERVISOR})):
        users.add_user(session, name, display, frozenset(roles), "Ilk-Parola-2026-" + display[:2])
    ws = window.workspace
    ws.tabs.setCurrentWidget(ws.overview)  # type: ignore[union-attr]
    ws.overview.refresh()  # type: ignore[union-attr]
    settle(app)
    settle(app, lambda: "…" not in ws.overview.audit.text())  # type: ignore[union-attr]
    window.grab().save(str(out / f"overview-{lang}.png"))
    if ws.users_page is not None:  # type: ignore[union-attr]
        ws.users_page.refresh()  # type: ignore[union-attr]
        ws.tabs.setCurrentWidget(ws.users_page)  # type: ignore[union-attr]
        settle(app)
        window.grab().save(str(out / f"users-{lang}.png"))
    with session.write() as conn:  # a throwaway vault for pictures: marked as a demo vault, as `init --demo` does
        repositories.set_setting(conn, vault_service.DEMO_SETTING, "1")
    demo.generate(session, 240, seed=3)  # synthetic cases for the case screens
    window.lock()
    window.unlock_page.username.setText("koordinator")
    settle(app)
    window.grab().save(str(out / f"unlock-{lang}.png"))
    about = AboutDialog(vault, window)
    about.resize(760, 560)
    about.show()
    settle(app)
    about.grab().save(str(out / f"about-{lang}.png"))
    about.close()
    case_screens(app, window, out, lang)
    older_copy_screen(app, window, vault, out, lang)
    print(f"screenshots written to {out}")
    return 0


def sign_in(app: QApplication, window: MainWindow, username: str, password: str) -> Workspace:
    page = window.unlock_page
    page.username.setText(username)
    page.password.setText(password)
    page.unlock_button.click()
    settle(app, lambda: window.workspace is not None)
    workspace = window.workspace
    assert isinstance(workspace, Workspace)
    return workspace


def case_screens(app: QApplication, window: MainWindow, out: Path, lang: str) -> None:
    """A demo counselor's day: dashboard, case list (privacy mode on), search, a case, a note, an intake."""
    window.resize(1180, 760)
    ws = sign_in(app, window, f"{demo.COUNSELOR_PREFIX}1", demo.DEMO_PASSWORD)
    assert ws.dashboard is not None and ws.case_list is not None and ws.search is not None
    board = ws.dashboard
    settle(app, lambda: board.board is not None)
    settle(app)
    window.grab().save(str(out / f"dashboard-{lang}.png"))
    ws.tabs.setCurrentWidget(ws.case_list)
    settle(app, lambda: not ws.case_list.model.busy)
    ws.case_list.table.selectRow(2)
    ws.case_list.reveal_selected()
    settle(app)
    window.grab().save(str(out / f"case-list-{lang}.png"))
    ws.tabs.setCurrentWidget(board)
    search = ws.search
    search.setFocus()
    search.setText("ay")
    search._run()
    settle(app, lambda: search.results.isVisible())
    settle(app)
    window.grab().save(str(out / f"search-{lang}.png"))
    search.results.hide()
    search.clear()
    # The open case with the most notes among hers.
    mine = board.board.my_open_cases  # type: ignore[union-attr]
    assert mine
    view = ws.open_case(mine[0].id)
    settle(app, lambda: view.data is not None)
    settle(app)
    window.grab().save(str(out / f"case-overview-{lang}.png"))
    view.tabs.setCurrentWidget(view.notes_tab)
    settle(app)
    window.grab().save(str(out / f"case-notes-{lang}.png"))
    view.tabs.setCurrentWidget(view.risk_tab)
    settle(app)
    window.grab().save(str(out / f"case-risk-{lang}.png"))
    for tab, name in ((view.referrals_tab, "case-referrals"), (view.measures_tab, "case-measures")):
        view.tabs.setCurrentWidget(tab)
        settle(app)
        window.grab().save(str(out / f"{name}-{lang}.png"))
    view.tabs.setCurrentWidget(view.overview_tab)
    editor = view.open_note_editor()
    assert editor is not None
    editor.body.setPlainText("Görüşme tercüman eşliğinde yapıldı; güvenlik planı birlikte gözden geçirildi. (DEMO)")
    settle(app)
    editor.grab().save(str(out / f"note-editor-{lang}.png"))
    editor.reject()
    intake = ws.new_intake()
    settle(app)
    window.grab().save(str(out / f"intake-{lang}.png"))
    ws.close_tab(ws.tabs.indexOf(intake))
    if ws.shelters_page is not None:
        ws.tabs.setCurrentWidget(ws.shelters_page)
        settle(app)
        window.grab().save(str(out / f"shelters-{lang}.png"))
    window.lock()
    ws = sign_in(app, window, demo.SUPERVISOR, demo.DEMO_PASSWORD)
    if ws.reviews is not None:
        ws.tabs.setCurrentWidget(ws.reviews)
        settle(app)
        window.grab().save(str(out / f"review-queue-{lang}.png"))
    window.lock()
    ws = sign_in(app, window, "koordinator", PASSWORD)
    if ws.settings_page is not None:
        ws.tabs.setCurrentWidget(ws.settings_page)
        settle(app)
        window.grab().save(str(out / f"settings-{lang}.png"))
    window.lock()


def older_copy_screen(app: QApplication, window: MainWindow, vault: Path, out: Path, lang: str) -> None:
    """The warning at unlock when an older copy of the vault was put back (a real one: a copy taken, work
    signed in and out after it, then the copy put back over the folder)."""
    older = vault.parent / "older-copy"
    shutil.copytree(vault, older)
    sign_in(app, window, "koordinator", PASSWORD)
    window.lock()
    settle(app)
    shutil.rmtree(vault)
    shutil.copytree(older, vault)
    page = window.unlock_page
    page.username.setText("koordinator")
    page.password.setText(PASSWORD)
    page.unlock_button.click()
    settle(app, lambda: isinstance(window.workspace, OlderCopyPage))
    settle(app)
    window.grab().save(str(out / f"older-copy-{lang}.png"))
    window.lock()


if __name__ == "__main__":
    sys.exit(main())
