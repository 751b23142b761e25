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
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KADIN_DANISMA_SKIP_KDF_CALIBRATION", "1")
_home = tempfile.mkdtemp(prefix="kd-shots-home-")
os.environ["HOME"] = _home
os.environ["XDG_CONFIG_HOME"] = _home + "/.config"
os.environ["XDG_STATE_HOME"] = _home + "/.local/state"

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWizard  # noqa: E402
from screenshots_center import center_screens  # noqa: E402
from screenshots_packages import package_screens  # noqa: E402

from kadin_danisma.domain import records as r  # noqa: E402
from kadin_danisma.domain.roles import Role  # noqa: E402
from kadin_danisma.gui.app import make_app  # noqa: E402
from kadin_danisma.gui.base.preferences import apply_font_size, install_translations  # noqa: E402
from kadin_danisma.gui.case.view import CaseView  # noqa: E402
from kadin_danisma.gui.main_window import MainWindow  # noqa: E402
from kadin_danisma.gui.unlock.about_dialog import AboutDialog  # noqa: E402
from kadin_danisma.gui.unlock.older_copy_page import OlderCopyPage  # noqa: E402
from kadin_danisma.gui.workspace.workspace import Workspace  # noqa: E402
from kadin_danisma.services import (  # noqa: E402
    cases,
    data_requests,
    demo,
    legal_hold,
    retention_policy,
    users,
    vault_service,
)
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
    settle(app)
    window.grab().save(str(out / f"setup-create-{lang}.png"))
    wizard.next()  # "Create the vault": created with the password on screen
    settle(app, lambda: wizard.create_page.done)
    wizard.key_page.written.setChecked(True)
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
    if "--only=center" in sys.argv:  # the center-work pictures alone (issue 21), without the rest's minutes
        center_screens(app, window, out, lang, settle, sign_in)
        return 0
    if "--only=packages" in sys.argv:  # the packages' pictures alone (issue 17)
        package_screens(app, window, vault, out, lang, settle, sign_in, "koordinator", PASSWORD)
        return 0
    window.unlock_page.username.setText("koordinator")
    settle(app)
    window.grab().save(str(out / f"unlock-{lang}.png"))
    about = AboutDialog(vault, window)
    about.resize(760, 560)
    about.show()
    settle(app)
    about.grab().save(str(out / f"about-{lang}.png"))
    about.close()
    day_before(vault)
    case_screens(app, window, out, lang)
    day_screens(app, window, out, lang)
    access_screens(app, window, out, lang)
    center_screens(app, window, out, lang, settle, sign_in)
    package_screens(app, window, vault, out, lang, settle, sign_in, "koordinator", PASSWORD)
    report_screens(app, window, out, lang)
    rekey_screens(app, window, out, lang)
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
    support_screens(app, window, view, out, lang)
    for tab, name in ((view.referrals_tab, "case-referrals"), (view.measures_tab, "case-measures")):
        view.tabs.setCurrentWidget(tab)
        settle(app)
        window.grab().save(str(out / f"{name}-{lang}.png"))
    kvkk_case_screen(app, window, view, out, lang)
    calendar_screens(app, window, ws, view, out, lang)
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
    if ws.retention_page is not None:
        # the demo vault is young: a one-year policy gives the due list something to show
        retention_policy.set_policy(ws.session, retention_policy.Policy(keep_years=1, safe_contact_years=1))
        ws.tabs.setCurrentWidget(ws.retention_page)
        page = ws.retention_page
        page.refresh()
        settle(app, lambda: page.data is not None and not page.reads.busy)
        settle(app)
        window.grab().save(str(out / f"kvkk-{lang}.png"))
    if ws.calendar_setup_page is not None:
        ws.tabs.setCurrentWidget(ws.calendar_setup_page)
        settle(app, lambda: ws.calendar_setup_page.people_table.rowCount() > 0)  # type: ignore[union-attr]
        settle(app)
        window.grab().save(str(out / f"rooms-interpreters-{lang}.png"))
    ws.tabs.setCurrentWidget(ws.overview)
    ws.overview.refresh()
    settle(app, lambda: "…" not in ws.overview.audit.text())
    window.grab().save(str(out / f"overview-size-{lang}.png"))
    window.lock()


def kvkk_case_screen(app: QApplication, window: MainWindow, view: CaseView, out: Path, lang: str) -> None:
    """The case's KVKK tab: a request of hers counting down and a legal hold (synthetic)."""
    session = window.session
    assert session is not None
    came = (date.today() - timedelta(days=26)).isoformat()
    data_requests.record_request(session, view.case_id, "access", came, "Dosyamın bir kopyasını istiyorum. (DEMO)")
    data_requests.record_request(session, view.case_id, "correction", date.today().isoformat(),
                                 "Doğum yılım yanlış yazılmış. (DEMO)")
    legal_hold.place_hold(session, view.case_id, "Boşanma davası sürüyor, mahkeme istedi (DEMO)")
    view.reload()
    settle(app, lambda: not view.loading)
    view.tabs.setCurrentWidget(view.kvkk_tab)
    settle(app, lambda: view.kvkk_tab.loaded and not view.kvkk_tab.loading)
    settle(app)
    window.grab().save(str(out / f"case-kvkk-{lang}.png"))


def support_screens(app: QApplication, window: MainWindow, view: CaseView, out: Path, lang: str) -> None:
    """The case's aid, employment and court tabs (issue 21) with synthetic records, and a police chief's
    measure waiting for a judge's confirmation (the measures tab shows its 48-hour deadline)."""
    from datetime import datetime

    from kadin_danisma.services import measures, support

    session = window.session
    assert session is not None
    day = date.today()

    def ago(days: int) -> str:
        return (day - timedelta(days=days)).isoformat()

    support.save_aid(session, view.case_id, r.Aid("food", "municipal_unit", ago(20), "delivered", quantity=2,
                                                  source_detail="Sosyal Yardım İşleri (DEMO)", delivered_on=ago(18)))
    support.save_aid(session, view.case_id, r.Aid("rent", "sydv", ago(15), "approved", 800_000, decided_on=ago(5),
                                                  inquiry_report_on=ago(9), committee_decision_no="2026/0117"))
    support.save_aid(session, view.case_id, r.Aid("clothing", "ngo", ago(6), "refused", quantity=1,
                                                  decided_on=ago(4), refusal_reason="duplicate_support"))
    support.save_employment(session, view.case_id, r.Employment("vocational_course", "Halk Eğitim Merkezi (DEMO)",
                                                                ago(60), "completed", ago(8)))
    support.save_employment(session, view.case_id, r.Employment("iskur_registration", "İŞKUR (DEMO)", ago(7)))
    support.save_court_case(session, view.case_id, r.CourtCase(
        "divorce", "Ankara 3. Aile Mahkemesi", "2026/418 Esas", "bar_legal_aid", "ongoing", opened_on=ago(50),
        hearings=[r.Hearing(ago(12), "10:00"), r.Hearing((day + timedelta(days=9)).isoformat(), "11:30")]))
    support.save_court_case(session, view.case_id, r.CourtCase(
        "criminal_complaint", "Ankara Cumhuriyet Başsavcılığı", "2026/9912 Soruşturma", "bar_legal_aid", "filed",
        opened_on=ago(40)))
    decided = (datetime.now() - timedelta(hours=30)).strftime("%Y-%m-%dT%H:%M")
    measures.save_measure(session, view.case_id, r.Measure("removal_from_home", "police_chief", decided[:10],
                                                           decided[:10], decided_at=decided,
                                                           electronic_monitoring=True))
    view.reload()
    settle(app, lambda: not view.loading)
    for tab, name in ((view.aid_tab, "case-aid"), (view.employment_tab, "case-employment"),
                      (view.court_tab, "case-court")):
        view.tabs.setCurrentWidget(tab)
        settle(app)
        if tab is view.court_tab:
            tab.table.selectRow(0)
            settle(app)
        window.grab().save(str(out / f"{name}-{lang}.png"))


def day_before(vault: Path) -> None:
    """What a counselor's day starts with (issue 15): a closure returned with a comment, a case newly given to
    her, a follow-up due today, her consent for a referral, all through the services as the staff would."""
    from datetime import date

    from kadin_danisma.domain import records as r
    from kadin_danisma.services import cases, closure, consents, directory, followups, referrals, vault_service
    from kadin_danisma.vault.case_queries import CaseFilter

    counselor = vault_service.unlock(vault, f"{demo.COUNSELOR_PREFIX}1", demo.DEMO_PASSWORD)
    supervisor = vault_service.unlock(vault, demo.SUPERVISOR, demo.DEMO_PASSWORD)
    try:
        mine = [c for c in cases.list_cases(counselor, CaseFilter(statuses=("active",)))
                if counselor.user and counselor.user.username in c.counselors]
        returned = mine[-1].id
        closure.request_closure(counselor, returned, r.ClosureRequest(
            "goals_met", checklist=["needs_met"], summary="Hedefler tamamlandı. (DEMO)"))
        closure.decide(supervisor, returned, False, "Güvenlik planı yeni adrese göre gözden geçirilmeli. (DEMO)")
        followups.add_follow_up(counselor, mine[0].id, r.FollowUp(date.today().isoformat(),
                                                                  "Koruma kararı sonrası arama (DEMO)"))
        others = [c for c in cases.list_cases(supervisor, CaseFilter(statuses=("active",)))
                  if counselor.user and counselor.user.username not in c.counselors]
        cases.assign(supervisor, others[0].id, [*others[0].counselors, f"{demo.COUNSELOR_PREFIX}1"])
        bar = directory.search_institutions(counselor, "baro")[0]
        assert bar.id is not None
        consents.record_consent(counselor, mine[0].id, r.Consent("share_with_institution", date.today().isoformat()),
                                bar.id)
        referrals.create_referral(counselor, mine[0].id, bar.id, "Boşanma davası için adli yardım (DEMO)",
                                  "Avukat")
    finally:
        counselor.lock()
        supervisor.lock()


def day_screens(app: QApplication, window: MainWindow, out: Path, lang: str) -> None:
    """The screens of issue 15: follow-ups, changing her details, the letter with its preview, closing while in
    a shelter, the history in sentences, the question before unsaved work goes, and the admin's new work."""
    from kadin_danisma.gui.admin.people_dialogs import HandoverDialog
    from kadin_danisma.gui.admin.restore_dialog import RestoreDialog
    from kadin_danisma.gui.case.closure_dialogs import ClosureRequestDialog, DecisionDialog
    from kadin_danisma.gui.case.details_dialogs import SafeContactDialog
    from kadin_danisma.gui.case.letter_dialog import LetterDialog
    from kadin_danisma.gui.workspace.unsaved import UnsavedIntakeDialog

    window.resize(1180, 760)
    ws = sign_in(app, window, f"{demo.COUNSELOR_PREFIX}1", demo.DEMO_PASSWORD)
    board = ws.dashboard
    assert board is not None
    settle(app, lambda: board.board is not None)
    assert board.board is not None
    # The case prepared by day_before: a follow-up due today, her consent and a referral to the bar.
    prepared = next(f.case.id for f in board.board.follow_ups if f.purpose.endswith("(DEMO)"))
    view = ws.open_case(prepared)
    settle(app, lambda: view.data is not None)
    view.show_tab("follow_ups")
    settle(app)
    window.grab().save(str(out / f"case-followups-{lang}.png"))
    view.show_tab("overview")
    settle(app)
    assert view.data is not None
    contact = SafeContactDialog(ws.ctx, view.case_id, view, view.data.record.client)
    contact.show()
    settle(app)
    contact.grab().save(str(out / f"safe-contact-{lang}.png"))
    contact.reject()
    if view.data.record.referrals:
        letter = LetterDialog(ws.ctx, view.case_id, view.data.record.referrals[-1], view)
        letter.resize(1080, 660)
        letter.show()
        settle(app, lambda: not letter.loading)
        for key, box in letter.boxes.items():
            if key.startswith("note:"):
                box.setChecked(True)
                break
        letter.update_preview()
        settle(app, lambda: not letter.previewing and letter.preview.pixmap() is not None)
        settle(app)
        letter.grab().save(str(out / f"letter-{lang}.png"))
        letter.reject()
    view.show_tab("history")
    settle(app, lambda: view.history_tab.loaded)
    settle(app)
    window.grab().save(str(out / f"case-history-{lang}.png"))
    # A case of hers in a shelter: the closure request lists what stays open.
    from kadin_danisma.domain.closure_rules import open_items
    from kadin_danisma.services import cases as case_service

    placed = next((c for c in board.board.my_open_cases if c.in_shelter and c.status == "active"), None)  # type: ignore[union-attr]
    if placed is not None:
        record = case_service.open_case(ws.session, placed.id)
        request = ClosureRequestDialog(ws.ctx, placed.id, view, open_items(record))
        request.resize(620, 700)
        request.show()
        settle(app)
        request.grab().save(str(out / f"closure-request-{lang}.png"))
        request.reject()
    intake = ws.new_intake()
    intake.full_name.setText("Deneme Başvurusu (DEMO)")
    intake.child_list.add()
    settle(app)
    question = ws.close_tab(ws.tabs.indexOf(intake))
    assert isinstance(question, UnsavedIntakeDialog)
    settle(app)
    question.grab().save(str(out / f"unsaved-intake-{lang}.png"))
    question.discard()
    settle(app)
    ws.tabs.setCurrentWidget(board)
    board.refresh()
    settle(app, lambda: not board.loading)
    settle(app)
    window.grab().save(str(out / f"dashboard-{lang}.png"))
    if placed is not None:
        from kadin_danisma.domain import records as r
        from kadin_danisma.services import closure

        closure.request_closure(ws.session, placed.id, r.ClosureRequest("goals_met", checklist=["needs_met"],
                                                                       summary="Hedefler tamamlandı. (DEMO)"))
    window.lock()
    ws = sign_in(app, window, demo.SUPERVISOR, demo.DEMO_PASSWORD)
    if placed is not None:
        sup_view = ws.open_case(placed.id)
        settle(app, lambda: sup_view.data is not None)
        decision = DecisionDialog(ws.ctx, placed.id, sup_view, True)
        decision.resize(640, 720)
        decision.show()
        settle(app, lambda: decision.ready)
        settle(app)
        decision.grab().save(str(out / f"closure-decision-{lang}.png"))
        decision.reject()
    window.lock()
    ws = sign_in(app, window, "koordinator", PASSWORD)
    if ws.settings_page is not None:
        restore = RestoreDialog(ws.settings_page, ws.session)
        restore.show()
        settle(app)
        restore.grab().save(str(out / f"restore-{lang}.png"))
        restore.reject()
    if ws.users_page is not None:
        handover = HandoverDialog(ws.users_page, ws.session, f"{demo.COUNSELOR_PREFIX}2")
        handover.show()
        settle(app, lambda: handover.to.count() > 0)
        settle(app)
        handover.grab().save(str(out / f"handover-{lang}.png"))
        handover.reject()
    window.lock()
def calendar_screens(app: QApplication, window: MainWindow, ws: Workspace, view: CaseView, out: Path,
                     lang: str) -> None:
    """Issue 20: the case's appointments and attached files, a file viewed, a booking with a clash, the
    calendar (her week, the center's day by room) and the printed day list."""
    from datetime import date

    import pypdfium2

    from kadin_danisma.gui.case.appointment_dialogs import BookingDialog
    from kadin_danisma.services import appointments, attachments, exports
    from kadin_danisma.services.demo_files import form_picture, text_pdf

    session = window.session
    assert session is not None
    case_id = view.case_id
    today = date.today().isoformat()
    me = session.user.username if session.user else ""
    # Her case gets an appointment at 11:00 today (another of her cases may hold the hour: booked knowingly).
    appointments.book(session, case_id, r.Appointment(f"{today}T11:00", f"{today}T11:50", "psychological",
                                                      counselors=[me], room="Görüşme Odası 2"), accept_clashes=True)
    attachments.add(session, case_id, text_pdf(["DEMO - 6284 karari (sentetik)", "Uzaklastirma tedbiri",
                                                "Bu belge gercek degildir."], pages=2),
                    attachments.Details("decision_6284", today, "Uzaklaştırma kararı"))
    attachments.add(session, case_id, form_picture(11, "JPEG"),
                    attachments.Details("medical_report", today, "Darp raporu", never_export=True))
    view.reload()
    settle(app, lambda: not view.loading)
    view.tabs.setCurrentWidget(view.appointments_tab)
    settle(app)
    window.grab().save(str(out / f"case-appointments-{lang}.png"))
    view.tabs.setCurrentWidget(view.attachments_tab)
    settle(app, lambda: view.attachments_tab.table.rowCount() > 0)
    settle(app)
    window.grab().save(str(out / f"case-attachments-{lang}.png"))
    view.attachments_tab.table.selectRow(view.attachments_tab.items.index(
        next(a for a in view.attachments_tab.items if a.media_type == "application/pdf")))
    viewer = view.attachments_tab.view_selected()
    assert viewer is not None
    settle(app, lambda: viewer.picture.pixmap() is not None and not viewer.picture.pixmap().isNull())
    settle(app)
    viewer.grab().save(str(out / f"attachment-viewer-{lang}.png"))
    viewer.reject()
    # A booking at the hour just taken: the clash is said before saving.
    setup = appointments.booking_setup(session, case_id)
    booking = BookingDialog(ws.ctx, case_id, view, setup)
    booking.show()
    booking.day.set_value(today)
    from PySide6.QtCore import QTime

    booking.start.setTime(QTime(11, 30))
    booking.room.set_value("Görüşme Odası 2")
    settle(app, lambda: booking.clash_text.isVisible())
    settle(app)
    booking.grab().save(str(out / f"booking-clash-{lang}.png"))
    booking.reject()
    assert ws.calendar is not None
    ws.tabs.setCurrentWidget(ws.calendar)
    cal = ws.calendar
    settle(app, lambda: cal.resources is not None and bool(cal.status.text()) and "…" not in cal.status.text())
    settle(app)
    window.grab().save(str(out / f"calendar-week-{lang}.png"))
    cal.view_kind.setCurrentIndex(0)
    cal.by.setCurrentIndex(cal.by.findData("room"))
    settle(app, lambda: "…" not in cal.status.text())
    settle(app)
    window.grab().save(str(out / f"calendar-day-rooms-{lang}.png"))
    pdf = exports.day_list_pdf(session, date.today(), lang)
    document = pypdfium2.PdfDocument(pdf)
    document[0].render(scale=1.4).to_pil().save(str(out / f"day-list-{lang}.png"))
    document.close()
    ws.tabs.setCurrentWidget(view)


def access_screens(app: QApplication, window: MainWindow, out: Path, lang: str) -> None:
    """A laptop's 1366×740 at 20 pt (pages scroll, rows wrap, nothing cut) and the right-to-left layout
    (--rtl: mirrored, Turkish lines still read left to right)."""
    window.resize(1366, 708)
    apply_font_size(20)
    try:
        ws = sign_in(app, window, f"{demo.COUNSELOR_PREFIX}1", demo.DEMO_PASSWORD)
        assert ws.dashboard is not None
        settle(app, lambda: ws.dashboard.board is not None)
        settle(app)
        window.grab().save(str(out / f"large-text-dashboard-{lang}.png"))
        case_id = _case_with_safe_phone(window, ws)
        view = ws.open_case(case_id)
        settle(app, lambda: view.data is not None)
        settle(app)
        window.grab().save(str(out / f"large-text-case-{lang}.png"))
        window.lock()
    finally:
        apply_font_size(None)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window.resize(1180, 760)
        ws = sign_in(app, window, f"{demo.COUNSELOR_PREFIX}1", demo.DEMO_PASSWORD)
        assert ws.dashboard is not None
        settle(app, lambda: ws.dashboard.board is not None)
        view = ws.open_case(_case_with_safe_phone(window, ws))
        settle(app, lambda: view.data is not None)
        settle(app)
        window.grab().save(str(out / f"rtl-case-{lang}.png"))
        window.lock()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def report_screens(app: QApplication, window: MainWindow, out: Path, lang: str) -> None:
    """The Reports page as the demo supervisor sees it on a laptop: last year's activity report, a table and
    its chart, small counts hidden."""
    window.resize(1366, 708)
    ws = sign_in(app, window, demo.SUPERVISOR, demo.DEMO_PASSWORD)
    page = ws.reports
    assert page is not None
    ws.tabs.setCurrentWidget(page)
    page.period.choose("year", date.today().year - 1)
    page.run()
    settle(app, lambda: page.job is None)
    assert page.report is not None, page.state.text()
    page.table_list.setCurrentRow([t.key for t in page.report.tables].index("channel"))
    settle(app)
    window.grab().save(str(out / f"reports-{lang}.png"))
    window.lock()


def _case_with_safe_phone(window: MainWindow, ws: Workspace) -> int:
    """Her first open case with a safe phone number (the banner the right-to-left check is about)."""
    session = window.session
    assert session is not None and ws.dashboard is not None and ws.dashboard.board is not None
    for case in ws.dashboard.board.my_open_cases:
        if cases.open_case(session, case.id, audit=False).client.safe_contact.safe_phone:
            return case.id
    return ws.dashboard.board.my_open_cases[0].id


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


def rekey_screens(app: QApplication, window: MainWindow, out: Path, lang: str) -> None:
    """Changing the vault key after disabling a colleague (issue 14): the offer, then the new recovery key."""
    from PySide6.QtWidgets import QMessageBox

    from kadin_danisma.gui.admin.rekey_dialog import RekeyResultDialog

    workspace = sign_in(app, window, "koordinator", PASSWORD)
    page = workspace.users_page
    assert page is not None
    workspace.tabs.setCurrentWidget(page)
    page.refresh()
    page.select_user("nare.avetisyan")
    page.disable_user()
    settle(app)
    box = next(w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(app, lambda: any(type(w).__name__ == "RekeyDialog" and w.isVisible() for w in app.topLevelWidgets()))
    offer = next(w for w in app.topLevelWidgets() if type(w).__name__ == "RekeyDialog" and w.isVisible())
    offer.password.setText(PASSWORD)  # type: ignore[attr-defined]
    settle(app)
    offer.grab().save(str(out / f"rekey-{lang}.png"))
    offer.ok_button().click()  # type: ignore[attr-defined]
    settle(app, lambda: any(isinstance(w, RekeyResultDialog) and w.isVisible() for w in app.topLevelWidgets()))
    result = next(w for w in app.topLevelWidgets() if isinstance(w, RekeyResultDialog) and w.isVisible())
    settle(app)
    result.grab().save(str(out / f"rekey-result-{lang}.png"))
    result.accept()
    window.lock()


if __name__ == "__main__":
    sys.exit(main())
