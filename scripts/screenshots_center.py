"""Screenshots of the center's own work (issue 21 part B), called by scripts/screenshots.py: the group
activities page and its dialog, the contacts page and a contact whose notes were stopped for looking like a
name, a closed case's follow-ups under a supervisor's allowance, and the activity report's new tables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kadin_danisma.gui.main_window import MainWindow
from kadin_danisma.gui.workspace.activity_dialogs import ActivityDialog
from kadin_danisma.gui.workspace.contacts_page import ContactDialog
from kadin_danisma.gui.workspace.workspace import Workspace
from kadin_danisma.services import cases, demo, followups_after
from kadin_danisma.vault.case_queries import CaseFilter

Settle = Callable[..., None]
SignIn = Callable[[QApplication, MainWindow, str, str], Workspace]


def center_screens(app: QApplication, window: MainWindow, out: Path, lang: str, settle: Settle,
                   sign_in: SignIn) -> None:
    ws = sign_in(app, window, "danisman1", demo.DEMO_PASSWORD)
    page, contacts = ws.activities_page, ws.contacts_page
    assert page is not None and contacts is not None
    ws.tabs.setCurrentWidget(page)
    settle(app, lambda: page.model.rowCount() > 0 and not page.model.pages.busy)
    settle(app)
    window.grab().save(str(out / f"activities-{lang}.png"))
    page.table.selectRow(0)
    page.edit()
    settle(app, lambda: getattr(page, "edit_dialog", None) is not None)
    dialog: ActivityDialog = page.edit_dialog
    settle(app)
    dialog.grab().save(str(out / f"activity-dialog-{lang}.png"))
    dialog.reject()
    ws.tabs.setCurrentWidget(contacts)
    settle(app, lambda: contacts.model.rowCount() > 0 and bool(contacts.institutions))
    settle(app)
    window.grab().save(str(out / f"contacts-{lang}.png"))
    added: ContactDialog = contacts.add()
    added.notes.set_text("Arayan Fadime Yıldırım konukevini sordu. (DEMO)")
    added.submit()
    settle(app, lambda: not added.busy)
    settle(app)
    added.grab().save(str(out / f"contact-warning-{lang}.png"))
    added.reject()
    # a closed case of hers with follow-ups the supervisor allowed (the demo gives some)
    closed = [c for c in cases.list_cases(ws.session, CaseFilter(statuses=("closed",)))
              if followups_after.allowances(ws.session, c.id)]
    if closed:
        view = ws.open_case(closed[0].id)
        settle(app, lambda: view.data is not None)
        view.show_tab("follow_ups")
        settle(app)
        window.grab().save(str(out / f"closed-case-follow-ups-{lang}.png"))
        ws.close_tab(ws.tabs.indexOf(view))

    window.lock()
