"""The referrals tab: a referral from the directory, refused without her consent and sent once the consent
is recorded (or a supervisor overrides with a reason); the lifecycle with the rejection reason required;
the letter with only the ticked fields (read back with PDFium, tests/pdf_reading.py), with a password, and opened
on request."""

from __future__ import annotations

from pathlib import Path

import pdf_reading
import pypdfium2 as pdfium
from gui_support import (
    DEMO_COUNSELOR,
    PASSWORD,
    SUPERVISOR,
    WORKER_TIMEOUT,
    click,
    press_save,
    tick,
    type_into,
    type_text,
    unnamed_inputs,
    visible_dialogs,
    wait_reloaded,
)
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QWidget,
)
from shiboken6 import Shiboken

from kadin_danisma.domain import records as r
from kadin_danisma.gui.case.consents_tab import ConsentDialog
from kadin_danisma.gui.case.letter_dialog import LetterDialog
from kadin_danisma.gui.case.referrals_tab import NewReferralDialog, OverrideDialog, StatusDialog
from kadin_danisma.gui.case.view import CaseView
from kadin_danisma.gui.session.context import Context
from kadin_danisma.services import cases, consents, directory, referrals
from kadin_danisma.services.session import Session
from kadin_danisma.vault.case_queries import CaseFilter

CONSENT_MISSING = "She has not consented to sharing with this institution."
SAFE_PHONE = "0555 314 15 92"
CLIENT_NAME = "Deneme Gülsüm Yılmaz"
CHILD_NAME = "Çocuk Elif Yılmaz"


def active_case(session: Session) -> int:
    found = [c for c in cases.list_cases(session, CaseFilter(statuses=("active",))) if DEMO_COUNSELOR in c.counselors]
    assert found
    return found[0].id


def show_referrals(qtbot, ctx: Context, case_id: int) -> CaseView:
    view = CaseView(ctx, case_id)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        view.show()
    bar = view.tabs.tabBar()
    index = view.tabs.indexOf(view.referrals_tab)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert view.tabs.currentWidget() is view.referrals_tab
    qtbot.waitUntil(lambda: view.referrals_tab.rights_known, timeout=WORKER_TIMEOUT)
    return view




def closed(dialog: QWidget) -> bool:
    return not Shiboken.isValid(dialog) or not dialog.isVisible()


def cell(view: CaseView, row: int, column: int) -> str:
    return view.referrals_tab.table.item(row, column).text()


def row_of(view: CaseView, referral_id: int) -> int:
    tab = view.referrals_tab
    assert tab.select(referral_id)
    return tab.table.currentRow()


def pdf_text(path: Path, password: str | None = None) -> str | None:
    """The letter's text as a reader gets it (PDFium), or None when the reader refuses it for its password."""
    try:
        return pdf_reading.text(path, password)
    except pdfium.PdfiumError as error:
        assert "password" in str(error).lower(), error
        return None



def sent_referral(session: Session, case_id: int, name_part: str = "Baro") -> int:
    """A referral sent through the services, with her share consent recorded first."""
    inst = directory.search_institutions(session, name_part)[0]
    assert inst.id is not None
    consents.record_consent(session, case_id, r.Consent("share_with_institution", "2026-01-05", "v1"), inst.id)
    rid = referrals.create_referral(session, case_id, inst.id, "Hukuki destek için", "Avukat")
    referrals.change_status(session, case_id, rid, "sent")
    return rid


# -- consent before sending ---------------------------------------------------------------------------------
def test_referral_refused_without_consent_then_sent_after_recording_it(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = active_case(session)
    view = show_referrals(qtbot, ctx, case_id)
    tab = view.referrals_tab
    assert tab.new_button is not None and tab.status_button is not None
    assert tab.override_button is None, "a counselor cannot override consent"
    rows_before = tab.table.rowCount()

    # New referral: find the institution by typing, narrow by type, pick it, say why.
    click(qtbot, tab.new_button)
    dialog = tab.dialog
    assert isinstance(dialog, NewReferralDialog) and dialog.isVisible()
    assert unnamed_inputs(dialog) == []
    qtbot.waitUntil(lambda: not dialog.searching and dialog.results.count() > 0, timeout=WORKER_TIMEOUT)
    everything = dialog.results.count()
    press_save(qtbot, dialog)  # nothing chosen, no reason: refused inline
    assert dialog.isVisible()
    assert "Institution: choose one from the list." in dialog.error.text()
    assert "Reason: is required" in dialog.error.text()
    type_into(qtbot, dialog.search, "baro")
    qtbot.waitUntil(lambda: not dialog.searching and dialog.results.count() < everything, timeout=WORKER_TIMEOUT)
    assert dialog.results.count() >= 1
    assert all("Baro" in dialog.results.item(i).text() for i in range(dialog.results.count()))
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("bar_legal_aid"))
    qtbot.wait(SEARCH_WAIT)
    qtbot.waitUntil(lambda: not dialog.searching and dialog.results.count() >= 1, timeout=WORKER_TIMEOUT)
    first = dialog.results.item(0)
    qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.results.visualItemRect(first).center())
    institution_id = dialog.institution_id()
    assert institution_id is not None
    dialog.reason.setFocus()
    type_text(qtbot, dialog.reason, "Boşanma davası için adli yardım")
    type_into(qtbot, dialog.service, "Avukat ataması")
    press_save(qtbot, dialog)
    assert closed(dialog)
    wait_reloaded(qtbot, view)
    assert tab.table.rowCount() == rows_before + 1
    record = view.record
    assert record is not None
    referral = record.referrals[-1]
    assert referral.status == "draft" and referral.id is not None
    row = row_of(view, referral.id)
    assert cell(view, row, 2) == "Draft"
    assert "Boşanma davası için adli yardım" in tab.details.toPlainText()

    # Sending without her consent: refused, with the way forward.
    click(qtbot, tab.status_button)
    status = tab.dialog
    assert isinstance(status, StatusDialog)
    assert status.status_code() == "sent"
    assert [status.status_combo.itemData(i) for i in range(status.status_combo.count())] == ["sent", "withdrawn"]
    press_save(qtbot, status)
    assert status.isVisible()
    assert status.error.text().startswith(CONSENT_MISSING)
    assert status.consent_button.isVisible() and not status.override_button.isVisible()
    assert referrals_status(session, case_id, referral.id) == "draft"

    # She consents: recorded through the consents tab's own dialog.
    click(qtbot, status.consent_button)
    assert closed(status)
    assert view.tabs.currentWidget() is view.consents_tab
    consent = view.consents_tab.dialog
    assert isinstance(consent, ConsentDialog) and consent.isVisible()
    consent.kind.set_value("share_with_institution")
    consent.institution.setCurrentIndex(consent.institution.findData(institution_id))
    press_save(qtbot, consent)
    assert closed(consent)
    wait_reloaded(qtbot, view)

    # Now the send goes through, dated, and shows in the events.
    view.tabs.setCurrentWidget(tab)
    row = row_of(view, referral.id)
    click(qtbot, tab.status_button)
    status = tab.dialog
    assert isinstance(status, StatusDialog)
    press_save(qtbot, status)
    assert closed(status)
    wait_reloaded(qtbot, view)
    row = row_of(view, referral.id)
    assert cell(view, row, 2) == "Sent" and cell(view, row, 4) != "—"
    assert "Draft → Sent" in tab.details.toPlainText()

    # A rejection needs the reason: refused inline, the dialog stays; then given.
    click(qtbot, tab.status_button)
    status = tab.dialog
    assert isinstance(status, StatusDialog)
    status.status_combo.setCurrentIndex(status.status_combo.findData("rejected"))
    assert "rejection" in status.comment_label.text().replace("&", "")
    press_save(qtbot, status)
    assert status.isVisible()
    assert status.error.text() == "Reason for the rejection: is required"
    assert status.comment.property("invalid") is True
    assert referrals_status(session, case_id, referral.id) == "sent"
    status.comment.setFocus()
    type_text(qtbot, status.comment, "Kontenjan dolu")
    press_save(qtbot, status)
    assert closed(status)
    wait_reloaded(qtbot, view)
    row = row_of(view, referral.id)
    assert cell(view, row, 2) == "Rejected" and cell(view, row, 5) != "—"
    assert "Kontenjan dolu" in tab.details.toPlainText()
    assert "Sent → Rejected" in tab.details.toPlainText()
    assert not tab.status_button.isEnabled(), "a rejected referral has no next step"


SEARCH_WAIT = 250  # ms: longer than the search debounce


def referrals_status(session: Session, case_id: int, referral_id: int) -> str:
    record = cases.open_case(session, case_id, audit=False)
    return next(x.status for x in record.referrals if x.id == referral_id)


def test_supervisor_overrides_with_a_reason_then_the_counselor_sends(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = active_case(session)
    inst = directory.search_institutions(session, "", "sonim")[0]
    assert inst.id is not None
    rid = referrals.create_referral(session, case_id, inst.id, "Koruyucu tedbir takibi")

    _boss, boss_ctx = open_as(SUPERVISOR, PASSWORD)
    view = show_referrals(qtbot, boss_ctx, case_id)
    tab = view.referrals_tab
    assert not view.editable
    assert tab.new_button is None and tab.status_button is None, "a supervisor gets no create/status controls"
    assert tab.override_button is not None and tab.letter_button is not None
    row_of(view, rid)
    assert tab.override_button.isEnabled()
    click(qtbot, tab.override_button)
    dialog = tab.dialog
    assert isinstance(dialog, OverrideDialog)
    assert unnamed_inputs(dialog) == []
    dialog.reason.setFocus()
    type_text(qtbot, dialog.reason, "acil")
    press_save(qtbot, dialog)
    assert dialog.isVisible() and "at least 10 characters" in dialog.error.text()
    type_text(qtbot, dialog.reason, " — çocuk risk altında, bekleyemez")
    press_save(qtbot, dialog)
    assert closed(dialog)
    wait_reloaded(qtbot, view)
    row = row_of(view, rid)
    assert cell(view, row, 7) == "overridden"
    assert "çocuk risk altında" in tab.details.toPlainText()
    assert not tab.override_button.isEnabled(), "an override is recorded once"

    # The counselor may now send it without a consent on record.
    mine = show_referrals(qtbot, ctx, case_id)
    row_of(mine, rid)
    assert mine.referrals_tab.status_button is not None
    click(qtbot, mine.referrals_tab.status_button)
    status = mine.referrals_tab.dialog
    assert isinstance(status, StatusDialog)
    press_save(qtbot, status)
    assert closed(status)
    wait_reloaded(qtbot, mine)
    assert cell(mine, row_of(mine, rid), 2) == "Sent"


def test_override_offered_from_the_refused_send_to_someone_who_may(qtbot, open_as) -> None:
    """Someone who may both edit and override (a counselor who is also a supervisor) is offered the
    override right where the send was refused."""
    session, ctx = open_as()
    case_id = active_case(session)
    inst = directory.search_institutions(session, "", "hospital")[0]
    assert inst.id is not None
    rid = referrals.create_referral(session, case_id, inst.id, "Sağlık kontrolü")
    view = show_referrals(qtbot, ctx, case_id)
    tab = view.referrals_tab
    tab.may_override = True  # as for a person holding both roles (the matrix is tested in the unit tests)
    row_of(view, rid)
    click(qtbot, tab.status_button)
    status = tab.dialog
    assert isinstance(status, StatusDialog)
    press_save(qtbot, status)
    assert status.error.text().startswith(CONSENT_MISSING)
    assert status.override_button.isVisible() and status.consent_button.isVisible()
    click(qtbot, status.override_button)
    assert closed(status)
    assert isinstance(tab.dialog, OverrideDialog) and tab.dialog.isVisible()
    tab.dialog.close()


def test_closed_case_offers_no_referral_changes(qtbot, open_as) -> None:
    session, ctx = open_as()
    found = [c for c in cases.list_cases(session, CaseFilter(statuses=("closed",))) if DEMO_COUNSELOR in c.counselors]
    assert found
    view = show_referrals(qtbot, ctx, found[0].id)
    tab = view.referrals_tab
    assert tab.new_button is None and tab.status_button is None and tab.override_button is None
    assert tab.new_referral() is None and tab.change_selected() is None


# -- the letter --------------------------------------------------------------------------------------------
def prepare_letter_case(session: Session) -> tuple[int, int]:
    case_id = active_case(session)
    client = cases.open_case(session, case_id, audit=False).client
    client.full_name = CLIENT_NAME
    client.safe_contact = r.SafeContact(SAFE_PHONE, "Hafta içi 10-12", True, "", "")
    cases.update_client(session, case_id, client)
    cases.save_child(session, case_id, r.Child(CHILD_NAME, 2018, "female", True))
    return case_id, sent_referral(session, case_id)


def open_letter(qtbot, view: CaseView, rid: int) -> LetterDialog:
    tab = view.referrals_tab
    row_of(view, rid)
    assert tab.letter_button is not None
    click(qtbot, tab.letter_button)
    dialog = tab.dialog
    assert isinstance(dialog, LetterDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.loading and bool(dialog.boxes), timeout=WORKER_TIMEOUT)
    return dialog


def test_letter_has_only_the_ticked_fields(qtbot, open_as, tmp_path: Path, monkeypatch) -> None:
    session, ctx = open_as()
    case_id, rid = prepare_letter_case(session)
    view = show_referrals(qtbot, ctx, case_id)
    dialog = open_letter(qtbot, view, rid)
    assert unnamed_inputs(dialog) == []
    boxes = dialog.boxes
    assert boxes["client_name"].isChecked() and boxes["safe_contact"].isChecked()
    assert not boxes["children"].isChecked(), "children's details are unticked by default"
    assert all(not box.isChecked() for key, box in boxes.items() if key.startswith("note:"))
    tick(qtbot, boxes["safe_contact"])  # she leaves out the safe phone
    assert not boxes["safe_contact"].isChecked()

    # English: the labels change, her choices stay.
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: not dialog.loading and "Name" in [b.text() for b in dialog.boxes.values()],
                    timeout=WORKER_TIMEOUT)
    assert not dialog.boxes["safe_contact"].isChecked() and dialog.boxes["client_name"].isChecked()

    # Create without a place: the (non-native, non-blocking) file dialog opens; the chosen path goes on.
    click(qtbot, dialog.create_button)
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    target = tmp_path / "out" / "mektup"
    target.parent.mkdir()
    chooser.fileSelected.emit(str(target))
    chooser.close()
    qtbot.waitUntil(lambda: dialog.saved_path is not None or (not dialog.busy and bool(dialog.error.text())),
                    timeout=WORKER_TIMEOUT)
    assert dialog.saved_path == target.with_name("mektup.pdf"), dialog.error.text()
    assert dialog.open_button.isVisible() and not dialog.create_button.isVisible()
    assert list(target.parent.iterdir()) == [dialog.saved_path], "the letter is the only file written"

    text = pdf_text(dialog.saved_path)
    assert text is not None and CLIENT_NAME in text, "a ticked field is in the letter"
    assert SAFE_PHONE not in text and "Safe contact" not in text, "an unticked field is not"
    assert CHILD_NAME not in text, "children are left out unless ticked"
    assert "Referral of a client" in text, "the letter is in English"

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    click(qtbot, dialog.open_button)
    assert [u.toLocalFile() for u in opened] == [str(dialog.saved_path)]

    audit = [e for e in session_audit(session) if e.get("kind") == "referral"]
    assert audit and "safe_contact" not in audit[-1]["fields"] and "client_name" in audit[-1]["fields"]


def session_audit(session: Session) -> list[dict]:
    import json

    rows = session.connection().execute("SELECT details FROM audit_log WHERE action = 'export_pdf'").fetchall()
    return [json.loads(x[0]) for x in rows]


def test_password_protected_letter_needs_the_password(qtbot, open_as, tmp_path: Path) -> None:
    session, ctx = open_as()
    case_id, rid = prepare_letter_case(session)
    view = show_referrals(qtbot, ctx, case_id)
    dialog = open_letter(qtbot, view, rid)
    tick(qtbot, dialog.boxes["children"])  # this time she includes the children
    dialog.set_path(tmp_path / "letter.pdf")
    type_into(qtbot, dialog.password, "Mektup-Sifre-7")
    type_into(qtbot, dialog.repeat, "Mektup-Sifre-8")
    click(qtbot, dialog.create_button)
    assert dialog.error.text() == "PDF password: the two entries differ."
    assert not (tmp_path / "letter.pdf").exists()
    type_into(qtbot, dialog.repeat, "Mektup-Sifre-7")
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: dialog.saved_path is not None or (not dialog.busy and bool(dialog.error.text())
                    and dialog.error.text() != "Creating the letter…"), timeout=WORKER_TIMEOUT)
    assert dialog.saved_path == tmp_path / "letter.pdf", dialog.error.text()
    assert dialog.password.text() == "" and dialog.repeat.text() == ""

    assert pdf_text(dialog.saved_path) is None, "no reader opens it without the password"
    assert pdf_reading.needs_password(dialog.saved_path)  # qpdf agrees
    assert pdf_text(dialog.saved_path, "yanlis-parola") is None
    opened = pdf_text(dialog.saved_path, "Mektup-Sifre-7")
    assert opened is not None
    assert CLIENT_NAME in opened and CHILD_NAME in opened
    assert SAFE_PHONE in opened, "the safe contact is ticked by default"


def test_archive_copy_of_a_letter_is_pdf_a_without_a_password(qtbot, open_as, tmp_path: Path) -> None:
    """Ticking "Archive copy" empties and disables the password fields; the file is PDF/A-2a and PDF/UA-1."""
    session, ctx = open_as()
    case_id, rid = prepare_letter_case(session)
    view = show_referrals(qtbot, ctx, case_id)
    dialog = open_letter(qtbot, view, rid)
    dialog.set_path(tmp_path / "archive.pdf")
    type_into(qtbot, dialog.password, "Mektup-Sifre-7")
    tick(qtbot, dialog.archive)
    assert dialog.password.text() == "" and not dialog.password.isEnabled() and not dialog.repeat.isEnabled()
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: dialog.saved_path is not None or (not dialog.busy and bool(dialog.error.text())
                    and dialog.error.text() != "Creating the letter…"), timeout=WORKER_TIMEOUT)
    assert dialog.saved_path == tmp_path / "archive.pdf", dialog.error.text()
    assert not pdf_reading.needs_password(dialog.saved_path)
    tags = pdf_reading.tagging(dialog.saved_path)
    assert (tags.pdfa_part, tags.pdfa_conformance, tags.pdfua_part) == ("2", "A", "1")
    assert CLIENT_NAME in (pdf_text(dialog.saved_path) or "")
    assert session_audit(session)[-1]["archive"] is True


def test_supervisor_may_produce_a_letter(qtbot, open_as, tmp_path: Path) -> None:
    session, _ctx = open_as()
    case_id, rid = prepare_letter_case(session)
    _boss, boss_ctx = open_as(SUPERVISOR, PASSWORD)
    view = show_referrals(qtbot, boss_ctx, case_id)
    assert view.referrals_tab.new_button is None
    dialog = open_letter(qtbot, view, rid)
    dialog.set_path(tmp_path / "supervisor.pdf")
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: dialog.saved_path is not None or (not dialog.busy and bool(dialog.error.text())
                    and dialog.error.text() != "Creating the letter…"), timeout=WORKER_TIMEOUT)
    assert dialog.saved_path is not None, dialog.error.text()
    assert CLIENT_NAME in (pdf_text(dialog.saved_path) or "")
    dialog.close()
    assert not visible_dialogs(LetterDialog)


# -- keyboard ----------------------------------------------------------------------------------------------
def mnemonic(text: str) -> str:
    plain = text.replace("&&", "")
    return plain[plain.index("&") + 1].lower() if "&" in plain else ""


def test_keyboard_only_and_mnemonics_do_not_clash(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = active_case(session)
    inst = directory.search_institutions(session, "", "hospital")[0]
    assert inst.id is not None
    referrals.create_referral(session, case_id, inst.id, "Sağlık kontrolü")
    view = show_referrals(qtbot, ctx, case_id)
    tab = view.referrals_tab
    tab_keys = [mnemonic(view.tabs.tabText(i)) for i in range(view.tabs.count())]
    mine = [mnemonic(b.text()) for b in (tab.new_button, tab.status_button, tab.letter_button) if b is not None]
    assert "" not in mine and len(set(mine)) == len(mine)
    assert not set(mine) & set(tab_keys), (mine, tab_keys)

    # Select the referral with the arrow keys, open the status dialog with its mnemonic, leave with Escape.
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_End)
    assert tab.referral() is not None
    assert tab.status_button is not None and tab.status_button.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, StatusDialog) and tab.dialog.isVisible(), timeout=5000)
    status = tab.dialog
    assert isinstance(status, StatusDialog)
    qtbot.keyClick(status, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(status), timeout=5000)
    view.activateWindow()  # the offscreen platform leaves no window active after a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)
    qtbot.keyClick(tab.table, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, NewReferralDialog) and tab.dialog.isVisible(), timeout=5000)
    new = tab.dialog
    assert isinstance(new, NewReferralDialog)
    assert new.search.hasFocus() or not new.isActiveWindow()
    new.close()
