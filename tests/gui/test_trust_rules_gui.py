"""Issue 14 in the app: a role change is on the overview for everyone to see; an imported note, written
under the name of someone who also works here, offers no Edit button to anyone."""

from __future__ import annotations

from gui_support import ADMIN, PASSWORD, WORKER_TIMEOUT, add_user_directly, show_case, sign_in, wait_overview

from kadin_danisma.domain import records as r
from kadin_danisma.domain.roles import Role
from kadin_danisma.services import cases, interchange, notes, users, vault_service


def test_a_role_change_is_on_the_overview(qtbot, window, vault) -> None:
    add_user_directly(vault, "ayse", "Ayşe Yılmaz", "Mavi-Deniz-Kum-2026", frozenset({Role.COUNSELOR}))
    session = vault_service.unlock(vault.folder, ADMIN, PASSWORD)
    try:
        users.set_roles(session, "ayse", frozenset({Role.COUNSELOR, Role.SUPERVISOR}))
    finally:
        session.lock()
    sign_in(qtbot, window)
    wait_overview(qtbot, window)
    shown = window.workspace.overview.role_changes
    qtbot.waitUntil(lambda: "ayse" in shown.text(), timeout=WORKER_TIMEOUT)
    lines = shown.text().splitlines()
    assert "koordinator changed ayse: counselor → counselor, supervisor" in lines[0], lines
    assert shown.property("kdRole") == "strong"
    window.workspace.overview.grab().save(str(vault.folder.parent / "overview-role-changes.png"))


def test_an_imported_note_is_nobodys_to_edit(qtbot, open_as) -> None:
    me, ctx = open_as("ayse", PASSWORD)
    # A case file from elsewhere whose note is signed with her very name (made here, exported, renumbered).
    cid = cases.create_case(me, r.Client("Gülten Başka"),
                            r.Intake("2026-01-05", "phone", violence_types=["psychological"]))
    notes.add_note(me, cid, r.Note("phone_call", "2026-01-06", "Başka merkezdeki not"))
    doc = interchange.export_case(me, cid)
    doc["cases"][0]["case_number"] = "DIS-2026-000001"
    doc["cases"][0]["client"]["client_code"] = "DN-DISARDAN"
    (case_id,) = interchange.import_document(me, doc)

    own = show_case(qtbot, ctx, cid)
    own.tabs.setCurrentWidget(own.notes_tab)
    own.notes_tab.render_now()
    assert len(own.notes_tab.editable_ids) == 1, "her own note has its Edit"

    view = show_case(qtbot, ctx, case_id)
    assert view.editable, "the imported case is hers: she may add notes"
    view.tabs.setCurrentWidget(view.notes_tab)
    view.notes_tab.render_now()
    (note,) = view.data.record.notes
    assert note.author == me.user.display_name, "signed with the same name as hers"
    assert view.notes_tab.editable_ids == set(), "but not her note: no Edit for it"
