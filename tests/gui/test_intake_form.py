"""The new-intake form: keyboard only, drafts, inline problems, exact text, accessible names."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from gui_support import PASSWORD, WORKER_TIMEOUT, read_name, tick, type_text
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kadin_danisma.gui.base.forms import is_marked
from kadin_danisma.gui.base.workers import wait_for_workers
from kadin_danisma.gui.intake.form import IntakePage
from kadin_danisma.gui.session.context import Context
from kadin_danisma.services import cases, drafts, vault_service
from kadin_danisma.services.session import Session

ARABIC_NAME = "فاطمة الحسن"
NO_AUTOSAVE_MS = 3_600_000  # the tests flush drafts themselves


@pytest.fixture
def session(case_vault: Any) -> Iterator[Session]:
    s = vault_service.unlock(case_vault.folder, "ayse", PASSWORD)
    yield s
    assert wait_for_workers(30000)
    QApplication.processEvents()
    s.lock()


class Harness:
    def __init__(self, qtbot: QtBot, session: Session) -> None:
        self.qtbot = qtbot
        self.session = session
        self.owner = QWidget()
        self.layout = QVBoxLayout(self.owner)
        qtbot.addWidget(self.owner)
        self.ctx = Context.create(session, self.owner, NO_AUTOSAVE_MS)
        self.owner.resize(1000, 700)
        self.page = self.new_page()
        with qtbot.waitExposed(self.owner):
            self.owner.show()
        self.owner.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is self.owner, timeout=5000)
        self.page.full_name.setFocus()
        qtbot.waitUntil(lambda: self.focused() is self.page.full_name, timeout=5000)

    def new_page(self, draft: dict[str, Any] | None = None) -> IntakePage:
        page = IntakePage(self.ctx, self.owner, draft=draft)
        while self.layout.count():
            item = self.layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
        self.layout.addWidget(page)
        page.show()
        return page

    # -- the keyboard --------------------------------------------------------------------------------------
    @staticmethod
    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)  # type: ignore[no-untyped-call]

    def type(self, text: str) -> None:
        type_text(self.qtbot, self.focused(), text)

    def tab_to(self, target: QWidget, limit: int = 400) -> None:
        """Press Tab until the target has the focus (it must be reachable by Tab alone, forwards)."""
        for _ in range(limit):
            if self.focused() is target:
                return
            self.key(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {target.accessibleName()!r}")

    def choose(self, combo: QComboBox, code: str | None) -> None:
        """With the focus on a combo box, press Down (from the top) until the code is chosen."""
        assert self.focused() is combo
        self.key(Qt.Key.Key_Home)
        for _ in range(combo.count()):
            if combo.currentData() == code:
                return
            self.key(Qt.Key.Key_Down)
        assert combo.currentData() == code

    def space(self) -> None:
        self.key(Qt.Key.Key_Space)

    def save(self) -> int:
        with self.qtbot.waitSignal(self.page.saved, timeout=WORKER_TIMEOUT) as blocker:
            self.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.waitUntil(lambda: not self.page.busy, timeout=WORKER_TIMEOUT)
        return int(blocker.args[0])


@pytest.fixture
def form(qtbot: QtBot, app: QApplication, session: Session) -> Iterator[Harness]:
    harness = Harness(qtbot, session)
    yield harness
    assert wait_for_workers(30000)
    harness.ctx.drafts.stop()
    QApplication.processEvents()
    harness.owner.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def my_case_count(session: Session) -> int:
    return cases.count_cases(session)


# -- (a) keyboard only ---------------------------------------------------------------------------------------------
def test_whole_intake_by_keyboard(form: Harness) -> None:
    page = form.page
    before = my_case_count(form.session)
    form.type(ARABIC_NAME)
    form.key(Qt.Key.Key_Tab)
    assert form.focused() is page.birth_year
    form.type("1991")
    form.tab_to(page.languages.boxes["ara"])
    form.space()
    form.tab_to(page.interpreter)
    form.choose(page.interpreter, "ara")
    # a child
    form.tab_to(page.child_list.add_button)
    form.space()
    assert form.focused() is page.child_list.editor.fields["name"]
    form.type("Leyla")
    form.key(Qt.Key.Key_Tab)
    form.type("2016")
    form.key(Qt.Key.Key_Tab)
    form.choose(page.child_list.editor.fields["sex"], "female")  # type: ignore[arg-type]
    form.key(Qt.Key.Key_Tab)
    assert form.focused() is page.child_list.editor.fields["accompanying"]
    form.space()
    # violence history, a perpetrator, risk, needs, consents
    form.tab_to(page.request)
    form.type("Boşanmak ve güvenli bir yer istiyor.")
    form.tab_to(page.violence_types.boxes["physical"])
    form.space()
    form.tab_to(page.perpetrator_list.add_button)
    form.space()
    form.choose(page.perpetrator_list.editor.fields["relationship"], "husband")  # type: ignore[arg-type]
    form.tab_to(page.perpetrator_list.editor.fields["weapon_access"])
    form.space()
    # The perpetrator's weapon is carried to the risk checklist, which says where the tick came from.
    assert page.indicators.boxes["weapon_access"].isChecked()
    assert page.carried.isVisibleTo(page) and "weapon" in page.carried.text()
    form.tab_to(page.indicators.boxes["threats_to_kill"])
    form.space()
    assert page.suggestion.text() == "Very high"
    assert page.level.value() == "very_high"  # follows the suggestion until she chooses otherwise
    form.tab_to(page.needs.boxes["shelter"])
    form.space()
    form.tab_to(page.consents.boxes["information_notice"])
    form.space()
    assert form.ctx.drafts.flush() == 1  # kept encrypted while she works
    form.tab_to(page.finish_button)
    with form.qtbot.waitSignals([page.saved, page.finished], timeout=WORKER_TIMEOUT), \
            form.qtbot.waitSignal(page.finished, timeout=WORKER_TIMEOUT) as finished:
        form.space()
    case_id = int(finished.args[0])
    assert case_id == page.draft_case_id
    assert page.is_finished and "finished" in page.status.text()

    assert my_case_count(form.session) == before + 1
    record = cases.open_case(form.session, case_id)
    assert record.status == "open"
    assert record.client.full_name == ARABIC_NAME
    assert record.client.birth_year == 1991
    assert record.client.interpreter_language == "ara"
    assert record.client.languages == ["ara"]
    assert [(c.name, c.birth_year, c.sex, c.accompanying) for c in record.children] == [("Leyla", 2016, "female", True)]
    assert record.intake is not None
    assert record.intake.violence_types == ["physical"]
    assert record.intake.presenting_request == "Boşanmak ve güvenli bir yer istiyor."
    assert record.intake.immediate_needs == ["shelter"]
    assert [(p.relationship, p.weapon_access) for p in record.perpetrators] == [("husband", True)]
    assert len(record.risk_assessments) == 1
    assessment = record.risk_assessments[0]
    assert sorted(assessment.indicators) == ["threats_to_kill", "weapon_access"]
    assert assessment.level == assessment.suggested_level == "very_high"
    assert record.risk_level == "very_high"
    assert [c.kind for c in record.consents] == ["information_notice"]
    # Finished: the stored draft is discarded and the form takes no more saves.
    assert drafts.my_drafts(form.session) == []
    assert not page.save_draft()


# -- (b) save a draft, save again --------------------------------------------------------------------------------
def test_save_draft_then_update_without_duplicates(form: Harness) -> None:
    page = form.page
    before = my_case_count(form.session)
    assert "Not saved yet" in page.status.text()
    form.type("Ayşe Yılmaz")
    case_id = form.save()
    assert page.draft_case_id == case_id
    assert "Draft — intake not finished" in page.status.text()
    assert not page.has_unsaved_changes()
    record = cases.open_case(form.session, case_id)
    assert record.status == "draft" and record.client.full_name == "Ayşe Yılmaz"
    assert my_case_count(form.session) == before + 1

    # More details and a child, saved again: the same case.
    form.tab_to(page.nationality)
    form.type("Suriye")
    form.tab_to(page.child_list.add_button)
    form.space()
    form.type("Ali")
    assert page.has_unsaved_changes()
    assert form.save() == case_id
    assert not page.has_unsaved_changes()
    assert my_case_count(form.session) == before + 1
    record = cases.open_case(form.session, case_id)
    assert record.client.nationality == "Suriye"
    assert [c.name for c in record.children] == ["Ali"]
    child_id = record.children[0].id

    # Edit the child: updated in place, same id.
    form.tab_to(page.child_list.editor.fields["name"])
    form.type(" Can")
    assert form.save() == case_id
    record = cases.open_case(form.session, case_id)
    assert [(c.id, c.name) for c in record.children] == [(child_id, "Ali Can")]
    assert record.status == "draft"
    assert my_case_count(form.session) == before + 1
    # A saved child cannot be removed here (there is no service for it): she is told so.
    form.tab_to(page.child_list.remove_button)
    form.space()
    assert page.child_list.hint.isVisible() and "already saved" in page.child_list.hint.text()
    assert len(page.child_list.records) == 1


# -- (c) finish without violence type or request -----------------------------------------------------------------
def test_finish_needs_violence_type_or_request(form: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    page = form.page
    form.type("Zehra Kaya")
    case_id = form.save()
    form.tab_to(page.frequency)
    form.type("her hafta")
    form.tab_to(page.finish_button)
    form.space()
    assert not page.busy  # stopped before any service call
    problems = page.sections[3][2]
    assert problems.isVisible() and "violence type" in problems.text()
    assert is_marked(page.violence_types)
    assert "violence type" in page.violence_types.accessibleDescription()
    assert form.focused() is page.violence_types.boxes["physical"]
    assert "Not saved" in page.feedback.text()
    assert cases.open_case(form.session, case_id).status == "draft"
    assert page.full_name.text() == "Zehra Kaya" and page.frequency.text() == "her hafta"

    # The same rule reported by the service (if the local check missed it) is marked the same way.
    monkeypatch.setattr(page.problems, "found", lambda finish: [])
    page.full_name.setFocus()
    form.qtbot.waitUntil(lambda: form.focused() is page.full_name)
    form.tab_to(page.finish_button)
    form.space()
    form.qtbot.waitUntil(lambda: not page.busy, timeout=WORKER_TIMEOUT)
    assert is_marked(page.violence_types) and problems.isVisible()
    assert form.focused() is page.violence_types.boxes["physical"]
    record = cases.open_case(form.session, case_id)
    assert record.status == "draft"
    # One save is one transaction (services/intake.save_intake): the refused finish wrote nothing, not even the
    # changed frequency that came before it; the form still holds it, to be saved with the next try.
    assert record.intake is not None and record.intake.frequency == ""
    assert page.frequency.text() == "her hafta" and page.has_unsaved_changes()
    assert not page.is_finished and page.finish_button.isEnabled()


# -- (d) inline checks -----------------------------------------------------------------------------------------
def test_bad_birth_year_and_empty_name_are_marked_and_not_saved(form: Harness) -> None:
    page = form.page
    before = my_case_count(form.session)
    form.type("Elif")
    form.key(Qt.Key.Key_Tab)
    form.type("1850")
    form.key(Qt.Key.Key_Tab)  # leaving the field checks it
    section = page.sections[0][2]
    assert is_marked(page.birth_year)
    assert "1900" in section.text() and section.isVisible()
    assert "1900" in page.birth_year.accessibleDescription()
    # Clear the name and leave it.
    page.full_name.setFocus()
    form.qtbot.waitUntil(lambda: form.focused() is page.full_name)
    form.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    form.key(Qt.Key.Key_Delete)
    form.key(Qt.Key.Key_Tab)
    assert is_marked(page.full_name) and "required" in section.text()
    # A date in the wrong form is marked as she leaves it; D.M.YYYY is accepted and shown as every screen
    # shows dates (DD.MM.YYYY, the form the field asks for).
    assert page.last_incident.placeholderText() == "DD.MM.YYYY"
    form.tab_to(page.last_incident)
    form.type("45.13.2024")
    form.key(Qt.Key.Key_Tab)
    assert is_marked(page.last_incident)
    form.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    form.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    form.type("15.3.2024")
    form.key(Qt.Key.Key_Tab)
    assert page.last_incident.text() == "15.03.2024" and not is_marked(page.last_incident)
    assert page.last_incident.value() == "2024-03-15"

    # Saving does not start; the first bad field gets the focus.
    form.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.busy and page.draft_case_id is None
    assert form.focused() is page.full_name
    assert "Not saved" in page.feedback.text()
    assert my_case_count(form.session) == before

    # Fixing them clears the marks as she leaves each field, and then it saves.
    form.type("Elif Şahin")
    form.key(Qt.Key.Key_Tab)
    assert not is_marked(page.full_name)
    form.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    form.type("1985")
    form.key(Qt.Key.Key_Tab)
    assert not is_marked(page.birth_year) and not section.isVisible()
    case_id = form.save()
    assert cases.open_case(form.session, case_id).client.birth_year == 1985


# -- (e) draft state round trip ---------------------------------------------------------------------------------
def _fill_everything(page: IntakePage) -> None:
    page.full_name.setText("Hatice Öztürk")
    page.birth_year.set_year(1979)
    page.nationality.setText("T.C.")
    page.languages.set_values(["tur", "kmr"])
    page.interpreter.set_value("kmr")
    page.migrant_status.set_value("citizen")
    page.marital_status.set_value("religious_marriage_only")
    page.education.set_value("primary")
    page.employment.set_value("homemaker")
    page.disability_needs.setText("İşitme cihazı")
    page.safe_phone.setText("0555 000 00 00")
    page.safe_times.setText("Hafta içi 10-12")
    page.never_call_home.setChecked(True)
    page.code_word.setText("papatya")
    page.contact_notes.set_text("Sadece SMS.\nEşi telefonu kontrol ediyor.")
    for name, year in (("Deniz", 2012), ("Umut", 2019)):
        page.child_list.add()
        editor = page.child_list.editor
        editor.fields["name"].setText(name)  # type: ignore[attr-defined]
        editor.fields["birth_year"].set_year(year)  # type: ignore[attr-defined]
        editor.fields["sex"].set_value("male")  # type: ignore[attr-defined]
        editor.fields["accompanying"].setChecked(True)  # type: ignore[attr-defined]
        editor.fields["school"].setText("İlkokul")  # type: ignore[attr-defined]
        editor.fields["concerns"].set_values(["witnessed_violence"])  # type: ignore[attr-defined]
        editor.fields["needs"].set_text("Okul kaydı")  # type: ignore[attr-defined]
    page.intake_date.setText("2025-01-10")
    page.channel.set_value("phone")
    page.referred_by.setText("ŞÖNİM")
    page.request.set_text("Koruma kararı istiyor.")
    page.violence_types.set_values(["physical", "economic"])
    page.frequency.setText("Haftada bir")
    page.last_incident.setText("2025-01-05")
    page.prior_police.setChecked(True)
    page.prior_court.setChecked(True)
    page.prior_notes.set_text("2023'te karakola gitti.")
    page.perpetrator_list.add()
    editor = page.perpetrator_list.editor
    editor.fields["relationship"].set_value("husband")  # type: ignore[attr-defined]
    editor.fields["name"].setText("M. Ö.")  # type: ignore[attr-defined]
    editor.fields["sex"].set_value("male")  # type: ignore[attr-defined]
    editor.fields["lives_with_client"].setChecked(True)  # type: ignore[attr-defined]
    editor.fields["weapon_access"].setChecked(True)  # type: ignore[attr-defined]
    editor.fields["notes"].set_text("Ruhsatsız silahı var.")  # type: ignore[attr-defined]
    page.indicators.set_values(["escalation"])
    page.level.set_value("high")
    page._level_chosen(0)
    page.reason.setText("Silah var.")
    page.needs.set_values(["legal", "psychological"])
    page.consents.set_values(["information_notice", "explicit_processing"])


def test_draft_state_round_trip(form: Harness) -> None:
    page = form.page
    assert page.draft_state() is None  # nothing typed yet
    assert page.draft_kind == "intake" and page.draft_key.startswith("intake:")
    _fill_everything(page)
    state = page.draft_state()
    assert state is not None and state["_key"] == page.draft_key and state["_case_id"] is None
    assert len(state["children"]) == 2 and len(state["perpetrators"]) == 1
    # The keeper writes it encrypted into the vault; a new form built from it is the same form.
    assert form.ctx.drafts.flush() == 1
    stored = {d.key: d for d in drafts.my_drafts(form.session)}[page.draft_key]
    assert stored.kind == "intake" and stored.payload == state

    again = form.new_page(draft=stored.payload)
    assert again.draft_key == page.draft_key
    assert again.draft_state() == state
    assert again.full_name.text() == "Hatice Öztürk" and again.interpreter.value() == "kmr"
    assert [r["name"] for r in again.child_list.records] == ["Deniz", "Umut"]
    assert again.child_list.list.count() == 2
    assert again.perpetrator_list.editor.fields["relationship"].value() == "husband"  # type: ignore[attr-defined]
    assert again.level.value() == "high" and not again.level_follows
    assert again.reason_hint.isVisibleTo(again)  # high differs from the suggested medium
    assert again.has_unsaved_changes()

    # Saved, the state carries the case id and the children's ids; restoring it updates that case.
    form.page = again
    again.full_name.setFocus()
    form.qtbot.waitUntil(lambda: form.focused() is again.full_name)
    case_id = form.save()
    state = again.draft_state()
    assert state is not None and state["_case_id"] == case_id
    assert all(isinstance(c["id"], int) for c in state["children"])
    third = form.new_page(draft=state)
    assert third.draft_case_id == case_id and third.draft_state() == state
    form.page = third
    third.full_name.setFocus()
    form.qtbot.waitUntil(lambda: form.focused() is third.full_name)
    before = my_case_count(form.session)
    assert form.save() == case_id
    record = cases.open_case(form.session, case_id)
    assert my_case_count(form.session) == before
    assert len(record.children) == 2 and len(record.perpetrators) == 1
    assert len(record.risk_assessments) == 1  # unchanged checklist: no second assessment
    assert sorted(c.kind for c in record.consents) == ["explicit_processing", "information_notice"]


# -- (f) accessible names and tab order ----------------------------------------------------------------------------
def _inputs(root: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # announced through its spin box or combo box
        if isinstance(w, QLineEdit | QAbstractSpinBox | QComboBox | QAbstractButton | QPlainTextEdit | QListWidget):
            found.append(w)
    return found


def _next(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    assert following is not None
    return following


def test_every_input_is_named_and_tab_order_runs_down_the_page(form: Harness) -> None:
    page = form.page
    page.child_list.add()
    page.perpetrator_list.add()
    inputs = _inputs(page)
    assert len(inputs) > 60
    unnamed = [f"{type(w).__name__}#{w.objectName()}" for w in inputs if not read_name(w).strip()]
    assert unnamed == []
    for label in page.findChildren(QLabel):
        if "&" in label.text().replace("&&", ""):
            assert label.buddy() is not None, label.text()
    # Tab from the name visits every enabled input once, top to bottom within the scrolling form.
    content = page.content
    seen: list[QWidget] = []
    widget: QWidget = page.full_name
    for _ in range(400):
        seen.append(widget)
        widget = _next(widget)
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(page) \
                or not widget.isEnabled():
            widget = _next(widget)
        if widget is page.full_name:
            break
    in_form = [w for w in seen if content.isAncestorOf(w)]
    ys = [w.mapTo(content, w.rect().topLeft()).y() for w in in_form]
    assert ys == sorted(ys), "the tab order jumps back up the form"
    focusable = [w for w in inputs if content.isAncestorOf(w) and w.isEnabled()
                 and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert set(focusable) <= set(seen)
    assert seen.index(page.save_button) > seen.index(page.consents.boxes["information_notice"])


# -- (g) exact text, long text ---------------------------------------------------------------------------------------
MIXED = ("فاطمة الحسن\u200f — Fatma'nın talebi: İstanbul'da güvenli ev; ğüşıöçİ "
         "\x01\x02\x1b[31m\t\u00a0nbsp \u202eRLO\u202c \u2066isolate\u2069 e\u0301 😀 \u2028line sep "
         "Windows\r\nline \rcr \u2029para дом 家 Հայերեն \u05e9\u05dc\u05d5\u05dd\n")


def test_mixed_scripts_and_control_characters_survive_exactly(form: Harness) -> None:
    page = form.page
    text = (MIXED * 200)[:20_000]  # the longest request the records accept
    page.restore_draft({"client": {"full_name": "\u200fفاطمة\u200e Öz\x07"},
                        "intake": {"presenting_request": text, "prior_contact_notes": MIXED}})
    case_id = form.save()
    record = cases.open_case(form.session, case_id)
    assert record.client.full_name == "\u200fفاطمة\u200e Öz\x07"
    assert record.intake is not None
    assert record.intake.presenting_request == text
    assert record.intake.prior_contact_notes == MIXED
    # And back into a form from the stored draft, unchanged.
    assert form.ctx.drafts.flush() == 1
    stored = {d.key: d for d in drafts.my_drafts(form.session)}[page.draft_key]
    again = form.new_page(draft=stored.payload)
    assert again.request.text() == text and again.prior_notes.text() == MIXED
    assert again.full_name.text() == "\u200fفاطمة\u200e Öz\x07"


def test_a_one_megabyte_request_is_refused_inline_and_kept(form: Harness) -> None:
    """Pasted 1 MB: the records take at most 20,000 characters for her request, so it is not saved, the
    field says why, and nothing she pasted is lost (the form and its encrypted draft keep all of it)."""
    page = form.page
    before = my_case_count(form.session)
    form.type("Meryem")
    line = "Uzun anlatım — سرد طويل — долгий рассказ \x01\u00a0\u200f😀 " * 2 + "\n"
    big = (line * (1_000_000 // len(line) + 1))[:1_000_000]
    QApplication.clipboard().setText(big)
    form.tab_to(page.request)
    form.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.request.text() == big
    form.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.busy and page.draft_case_id is None
    assert is_marked(page.request) and "20000" in page.sections[3][2].text()
    assert form.focused() is page.request
    assert my_case_count(form.session) == before
    assert page.request.text() == big
    assert form.ctx.drafts.flush() == 1
    stored = {d.key: d for d in drafts.my_drafts(form.session)}[page.draft_key]
    assert stored.payload["intake"]["presenting_request"] == big


# -- right to left -------------------------------------------------------------------------------------------------
def test_right_to_left_layout(qtbot: QtBot, app: QApplication, session: Session) -> None:
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        harness = Harness(qtbot, session)
        page = harness.page
        assert page.isRightToLeft()
        # The section list sits on the reading side: the right, before the form.
        nav_x = page.nav.mapTo(page, page.nav.rect().topLeft()).x()
        assert nav_x > page.scroll_area.mapTo(page, page.scroll_area.rect().topLeft()).x()
        assert page.full_name.isRightToLeft()
        harness.ctx.drafts.stop()
        harness.owner.close()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_risk_level_reason_rule(form: Harness) -> None:
    page = form.page
    form.type("Sevgi")
    form.tab_to(page.indicators.boxes["pregnancy"])
    form.space()
    assert page.suggestion.text() == "Low" and page.level.value() == "low"
    form.tab_to(page.level)
    form.choose(page.level, "high")
    form.qtbot.waitUntil(lambda: page.reason_hint.isVisible())
    form.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.busy and is_marked(page.reason) and form.focused() is page.reason
    form.type("Çok korkuyor.")
    case_id = form.save()
    record = cases.open_case(form.session, case_id)
    assert [(a.level, a.suggested_level, a.reason) for a in record.risk_assessments] == [
        ("high", "low", "Çok korkuyor.")]
    # Ticking through the check box by mouse works too, and a changed checklist adds a new assessment.
    tick(form.qtbot, page.indicators.boxes["stalking"])
    page.full_name.setFocus()
    form.qtbot.waitUntil(lambda: form.focused() is page.full_name)
    form.save()
    assert len(cases.open_case(form.session, case_id).risk_assessments) == 2


def test_problems_in_children_and_perpetrators_are_marked_on_their_entry(form: Harness) -> None:
    page = form.page
    form.type("Nur")
    form.tab_to(page.child_list.add_button)
    form.space()
    form.type("Ece")
    form.tab_to(page.child_list.add_button)
    form.space()  # a second child, name left empty
    form.tab_to(page.perpetrator_list.add_button)
    form.space()  # relationship left at "(choose)"
    form.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.busy and page.draft_case_id is None
    children, perpetrators = page.child_list, page.perpetrator_list
    name, relationship = children.editor.fields["name"], perpetrators.editor.fields["relationship"]
    # The first problem in the form: the second child is selected and her name field has the focus.
    assert children.row() == 1 and form.focused() is name and is_marked(name)
    assert "Child 2" in page.sections[2][2].text()
    assert is_marked(relationship) and "relationship" in page.sections[3][2].text()
    # The first child has no problem: selecting her shows her fields unmarked.
    children.select(0)
    assert not is_marked(name)
    children.select(1)
    assert is_marked(name)
    # Removing the nameless child takes its problem away; choosing a relationship clears that mark.
    form.tab_to(children.remove_button)
    form.space()
    assert [r["name"] for r in children.records] == ["Ece"] and not page.sections[2][2].isVisible()
    form.tab_to(relationship)
    form.choose(relationship, "ex_husband")  # type: ignore[arg-type]
    assert not is_marked(relationship) and not page.sections[3][2].isVisible()
    case_id = form.save()
    record = cases.open_case(form.session, case_id)
    assert [c.name for c in record.children] == ["Ece"]
    assert [p.relationship for p in record.perpetrators] == ["ex_husband"]
