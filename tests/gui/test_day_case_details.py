"""Issue 15, item 1: her details change during a case. The counselor changes the safe phone, call times and
address, the violence history and a perpetrator from the case, with the intake's checks; every change is in
the case's history field by field, and the safe-contact banner says the new number at once."""

from __future__ import annotations

import json
from datetime import date, timedelta

from gui_support import (
    WORKER_TIMEOUT,
    choose,
    click,
    is_gone,
    press_save,
    save_and_close,
    show_case,
    tick,
    type_into,
    type_text,
    wait_reloaded,
)
from PySide6.QtCore import Qt
from screen_checks import DIRECTION_MARKS

from kadin_danisma.domain import records as r
from kadin_danisma.gui.case.details_dialogs import (
    ClientDialog,
    PerpetratorDialog,
    SafeContactDialog,
    ViolenceHistoryDialog,
)
from kadin_danisma.gui.case.risk_tab import RiskDialog
from kadin_danisma.services import cases, history

OLD_PHONE, NEW_PHONE = "0555 111 22 33", "0532 444 55 66"
NEW_TIMES = "Hafta içi 10:00–12:00, eşi işteyken"
ADDRESS = "Yenimahalle, Çiçek Sokak No: 7"



def shown(text: str) -> str:
    """A label's text as read, without the direction marks around typed values."""
    return text.translate({ord(c): None for c in DIRECTION_MARKS})

def a_case(session) -> int:  # type: ignore[no-untyped-def]
    case_id = cases.create_case(
        session, r.Client("Gülsüm Kaya", birth_year=1988,
                          safe_contact=r.SafeContact(OLD_PHONE, "Öğleden sonra", code_word="Lale")),
        r.Intake((date.today() - timedelta(days=20)).isoformat(), violence_types=["psychological"],
                 presenting_request="Destek istiyor."),
        perpetrators=[r.Perpetrator("husband", "Kemal Kaya")])
    cases.finish_intake(session, case_id)
    return case_id


def audit_changes(session, case_id: int, entity: str) -> list[dict]:  # type: ignore[no-untyped-def]
    """The field-level changes the case's history shows (its own field history), oldest first; the audit
    log itself names the fields and never holds their values."""
    found = [e for e in reversed(history.case_history(session, case_id))
             if e.action == "case_update" and e.details.get("entity") == entity and "changes" in e.details]
    raw = [json.loads(x[0]) for x in session.connection().execute(
        "SELECT details FROM audit_log WHERE action = 'case_update' AND target = ?", (f"case:{case_id}",))]
    for entry in raw:
        assert "changes" not in entry
        assert all(name not in json.dumps(entry, ensure_ascii=False) for name in (NEW_PHONE, ADDRESS, NEW_TIMES))
    return [e.details["changes"] for e in found]


def test_safe_contact_changed_from_the_case_updates_the_banner_and_the_history(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = a_case(session)
    view = show_case(qtbot, ctx, case_id)
    assert OLD_PHONE in view.safe_contact_banner.text()
    tab = view.overview_tab
    view.tabs.setCurrentWidget(tab)
    click(qtbot, tab.edit_buttons["contact"])
    dialog = tab.dialog
    assert isinstance(dialog, SafeContactDialog) and dialog.isVisible()
    type_into(qtbot, dialog.safe_phone, NEW_PHONE)
    type_into(qtbot, dialog.times, NEW_TIMES)
    qtbot.mouseClick(dialog.address, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.address, ADDRESS)
    tick(qtbot, dialog.never_call_home)
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, dialog)

    # At once: the banner above every tab says the new number, red because she must never be called at home.
    banner = view.safe_contact_banner.text()
    assert NEW_PHONE in banner and OLD_PHONE not in banner and NEW_TIMES in banner
    assert "NEVER CALL AT HOME" in banner
    assert shown(tab.values["address"].text()) == ADDRESS and shown(tab.values["safe_phone"].text()) == NEW_PHONE
    assert view.status.text() == "How to reach her saved."
    stored = cases.open_case(session, case_id).client.safe_contact
    assert (stored.safe_phone, stored.safe_contact_times, stored.address, stored.never_call_home,
            stored.code_word) == (NEW_PHONE, NEW_TIMES, ADDRESS, True, "Lale")
    # Field by field in the audited history, before and after.
    changed = audit_changes(session, case_id, "client")[-1]
    assert changed["safe_phone"] == [OLD_PHONE, NEW_PHONE] and changed["address"] == ["", ADDRESS]
    assert "code_word" not in changed, "a field she did not touch is not recorded as changed"
    view.tabs.setCurrentWidget(view.history_tab)
    qtbot.waitUntil(lambda: view.history_tab.loaded, timeout=WORKER_TIMEOUT)
    lines = [view.history_tab.table.item(i, 2).text() for i in range(view.history_tab.table.rowCount())]
    assert any(f"safe phone number from “\u2068{OLD_PHONE}\u2069” to “\u2068{NEW_PHONE}\u2069”" in line
               for line in lines), lines


def test_her_details_are_checked_as_at_intake(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = a_case(session)
    view = show_case(qtbot, ctx, case_id)
    tab = view.overview_tab
    view.tabs.setCurrentWidget(tab)
    click(qtbot, tab.edit_buttons["client"])
    dialog = tab.dialog
    assert isinstance(dialog, ClientDialog)
    dialog.full_name.setFocus()
    dialog.full_name.selectAll()
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Delete)
    press_save(qtbot, dialog)
    assert dialog.isVisible() and "Full name: is required" in dialog.error.text()
    assert dialog.full_name.property("invalid") is True
    type_into(qtbot, dialog.full_name, "Gülsüm Kaya Yılmaz")
    type_into(qtbot, dialog.nationality, "Suriye")
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, dialog)
    assert "Gülsüm Kaya Yılmaz" in view.client_label.text()
    client = cases.open_case(session, case_id).client
    assert (client.full_name, client.nationality, client.birth_year) == ("Gülsüm Kaya Yılmaz", "Suriye", 1988)
    # Too long a safe phone is refused the way the intake refuses it, and nothing is saved.
    click(qtbot, tab.edit_buttons["contact"])
    contact = tab.dialog
    assert isinstance(contact, SafeContactDialog)
    contact.safe_phone.setText("0" * 101)
    press_save(qtbot, contact)
    assert contact.isVisible() and "Safe phone number: is longer than 100 characters" in contact.error.text()
    contact.reject()
    assert cases.open_case(session, case_id).client.safe_contact.safe_phone == OLD_PHONE


def test_violence_history_and_a_new_armed_perpetrator_reach_the_risk_checklist(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = a_case(session)
    view = show_case(qtbot, ctx, case_id)
    risk_tab = view.risk_tab
    view.tabs.setCurrentWidget(risk_tab)

    # The violence history: a new incident (typed as every date is shown) and one more type of violence.
    click(qtbot, risk_tab.edit_intake_button)
    history = risk_tab.dialog
    assert isinstance(history, ViolenceHistoryDialog)
    incident = date.today() - timedelta(days=2)
    type_into(qtbot, history.last_incident, incident.strftime("%-d.%-m.%Y"))
    tick(qtbot, history.violence_types.boxes["physical"])
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, history)
    intake = cases.open_case(session, case_id).intake
    assert intake is not None and intake.last_incident == incident.isoformat()
    assert set(intake.violence_types) == {"physical", "psychological"}
    assert incident.strftime("%d.%m.%Y") in risk_tab.intake.text()
    changed = audit_changes(session, case_id, "intake")[-1]
    assert changed["last_incident"] == [None, incident.isoformat()]

    # A second perpetrator, with access to a weapon.
    click(qtbot, risk_tab.add_perpetrator_button)
    person = risk_tab.dialog
    assert isinstance(person, PerpetratorDialog)
    press_save(qtbot, person)
    assert person.isVisible() and "Relationship: is required" in person.error.text()
    choose(qtbot, person.relationship, "Brother")
    type_into(qtbot, person.name, "Hasan Kaya")
    tick(qtbot, person.weapon)
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, person)
    table = risk_tab.perpetrators
    assert table.rowCount() == 2
    assert [table.item(1, j).text() for j in (1, 4)] == ["Hasan Kaya", "yes"]

    # A new risk assessment starts with "access to a weapon" ticked, and says why.
    click(qtbot, risk_tab.new_assessment_button)
    dialog = risk_tab.dialog
    assert isinstance(dialog, RiskDialog)
    assert dialog.indicators.boxes["weapon_access"].isChecked()
    assert "a perpetrator has access to a weapon" in dialog.carried.text()
    dialog.reject()
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=WORKER_TIMEOUT)
    wait_reloaded(qtbot, view)
