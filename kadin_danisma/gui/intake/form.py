"""The new-intake form (issue 4, item 4): client, contact safety, children, violence history with the
perpetrators, risk checklist, immediate needs and consents, in one scrolling page of numbered sections.

Saving works at any point. "Save draft" (Ctrl+S) creates the case in draft status, or updates it; "Finish
intake" saves and moves the case from draft to open. Either is one service call in one transaction
(services/intake.save_intake), run in a worker with the form disabled: all of it is saved or none of it.
Problems (checks.py) are found here first with the same domain checks, and come back per field from the
services otherwise; they are marked inline and the first bad field gets the focus. Nothing blocks: errors
are shown in the page, never in a modal.

While she types, the draft keeper (session/drafts.py) stores the form's state (state.py) encrypted in the
vault every few seconds; a form can be rebuilt from such a state (`IntakePage(ctx, draft=state)`).

Children and perpetrators are lists (records.py) with an editor for the selected entry. Once saved with the
case they keep their ids (later saves update them) and cannot be removed here: the services have no delete
for them. Risk assessments and consents are appended records: a save adds an assessment only when the
checklist, level or reason changed since the last one, records consents newly ticked and withdraws ones
unticked.
"""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain import records as r
from ...domain.errors import InvalidInput
from ...domain.vocabularies import risk_suggestion
from ...services.intake import IntakePlan, IntakeSaved, save_intake
from ..base.forms import DateField, PlainTextField, VocabCheckList, VocabCombo
from ..base.messages import error_text
from ..base.scaling import follow
from ..base.styles import set_error
from ..base.widgets import heading, plain_label, set_banner
from ..base.workers import run_in_worker
from ..session.context import Context
from ..session.drafts import new_key
from . import client_fields, state
from .checks import Problems, normal
from .client_fields import ClientFields
from .records import ChildEditor, ListTexts, PerpetratorEditor, RecordList, labelled_row

# Consent to share names an institution: it is recorded with the referral to that institution.
SHARE_CONSENT = "share_with_institution"
# The risk indicator a perpetrator's "has access to a weapon" stands for (domain/vocabularies.py).
WEAPON_INDICATOR = "weapon_access"


# -- the page --------------------------------------------------------------------------------------------------
class IntakePage(ClientFields, QWidget):
    """A new intake. Signals: saved(case id) after every successful save, finished(case id) after Finish,
    close_requested when she presses Close (the owner decides; the draft keeper has the content)."""

    saved = Signal(int)
    finished = Signal(int)
    close_requested = Signal()

    draft_kind = "intake"

    def __init__(self, ctx: Context, parent: QWidget | None = None, draft: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.labels = ctx.labels
        key = draft.get("_key") if draft else None
        self.draft_key: str = key if isinstance(key, str) and key else new_key("intake")
        self.draft_case_id: int | None = None
        self.busy = False
        self.is_finished = False
        # What reached the vault, so the next save updates instead of adding again (kept in the draft too).
        self.saved_children: dict[int, dict[str, Any]] = {}
        self.saved_perpetrators: dict[int, dict[str, Any]] = {}
        self.saved_risk: list[Any] | None = None
        self.consent_ids: dict[str, int] = {}
        self.problems = Problems(self)
        self.level_follows = True  # the level follows the suggestion until she chooses one herself
        self._focus_before: QWidget | None = None
        self._shown_once = False
        terms = ctx.labels.choices("risk_indicator", include_retired=True)
        self._weights = {code: int(str(ctx.labels.meta("risk_indicator", code).get("weight", 1)))
                         for code, _ in terms}
        self.known = {kind: frozenset(c for c, _ in ctx.labels.choices(kind, include_retired=True))
                       for kind in ("migrant_status", "interpreter_language", "marital_status", "education",
                                    "employment", "child_concern", "perpetrator_relationship", "intake_channel",
                                    "violence_type", "immediate_need", "risk_indicator", "risk_level",
                                    "consent_kind", "district", "referral_source", "disability_type")}

        self.fields: dict[str, QWidget] = {}
        self.names: dict[str, str] = {}
        self.chain: list[QWidget] = []
        self.sections: list[tuple[str, QGroupBox, QLabel]] = []
        self.section_of_path: dict[str, int] = {}

        self._build()
        self.empty_content = state.content(self)
        self._saved_content = self.empty_content
        if draft:
            self.restore_draft(draft)
        self.update_header()
        self.full_name.setFocus(Qt.FocusReason.OtherFocusReason)
        ctx.drafts.register(self, restored_from=draft)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_once:
            return
        self._shown_once = True
        # The focus set in __init__ is lost while the page is not yet shown (a new tab takes it from nowhere):
        # she opens a new intake (Ctrl+Shift+N) and types the name at once, not into whatever had the focus.
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.full_name.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ----------------------------------------------------------------------------------------------
    def _section(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        errors = plain_label("")
        errors.setObjectName(f"sectionProblems{len(self.sections) + 1}")
        set_error(errors, True)
        errors.hide()
        layout.addWidget(errors)
        self.sections.append((title, box, errors))
        return box, form

    def _field(self, path: str, widget: QWidget, name: str, form: QFormLayout | None = None,
               label: str | None = None) -> None:
        """Register a field under its record path (the same path the domain checks report)."""
        self.fields[path] = widget
        self.names[path] = name
        self.section_of_path[path] = len(self.sections) - 1
        if form is not None and label is not None:
            labelled_row(form, label, widget, name)
        else:
            widget.setAccessibleName(name)
        focus = getattr(widget, "focus_widgets", None)
        self.chain.extend(focus() if callable(focus) else [widget])

    def _build(self) -> None:
        labels = self.labels
        self.title = heading(self.tr("New intake"), 1.3)
        self.title.setObjectName("intakeTitle")
        self.status = plain_label("")
        self.status.setObjectName("intakeStatus")
        self.status.setAccessibleDescription(self.tr("Intake status"))

        # 1. client
        _box1, form = self._section(self.tr("1. Client"))
        client_fields.build(self, form)

        # 2. contact safety
        _box2, form = self._section(self.tr("2. Contacting her safely"))
        p = "client.safe_contact."
        self.safe_phone = QLineEdit()
        self.safe_phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self._field(p + "safe_phone", self.safe_phone, self.tr("Safe phone number"), form,
                    self.tr("Safe phone number:"))
        self.safe_times = QLineEdit()
        self._field(p + "safe_contact_times", self.safe_times, self.tr("Safe times to contact her"), form,
                    self.tr("Safe times to contact her:"))
        self.never_call_home = QCheckBox(self.tr("Never call her at home"))
        self._field(p + "never_call_home", self.never_call_home, self.tr("Never call her at home"))
        form.addRow("", self.never_call_home)
        self.code_word = QLineEdit()
        self._field(p + "code_word", self.code_word, self.tr("Code word"), form, self.tr("Code word:"))
        self.contact_notes = PlainTextField(lines=3)
        self._field(p + "safe_contact_notes", self.contact_notes, self.tr("Notes on contacting her safely"), form,
                    self.tr("Notes on contacting her:"))
        self.address = PlainTextField(lines=2)
        self._field(p + "address", self.address, self.tr("Her address"), form, self.tr("Her address:"))

        # 3. children
        _box3, form = self._section(self.tr("3. Children"))
        self.child_list = RecordList(ChildEditor(labels), ListTexts(
            self.tr("Children"), self.tr("Add child"), self.tr("Add child"), self.tr("Remove child"),
            self.tr("Remove selected child"), self.tr("(no name yet)"),
            self.tr("This child is already saved with the case and cannot be removed here."),
        ), "name")
        self.child_list.setObjectName("childrenList")
        children_label = QLabel(self.tr("Children:"))
        children_label.setBuddy(self.child_list.list)
        form.addRow(children_label, self.child_list)
        self.names["children"] = self.tr("Child")
        self.section_of_path["children"] = len(self.sections) - 1
        self.chain.extend(self.child_list.focus_widgets())

        # 4. violence history
        _box4, form = self._section(self.tr("4. Violence history and request"))
        p = "intake."
        self.intake_date = DateField(required=True)
        self.intake_date.set_value(state.today())
        self._field(p + "intake_date", self.intake_date, self.tr("Intake date"), form, self.tr("Intake date:"))
        none = self.tr("Not recorded")
        self.channel = VocabCombo(labels, "intake_channel", none)
        self._field(p + "channel", self.channel, self.tr("How she came"), form, self.tr("How she came:"))
        self.referred_by = QLineEdit()
        self._field(p + "referred_by", self.referred_by, self.tr("Referred by"), form, self.tr("Referred by:"))
        self.heard_from = VocabCombo(labels, "referral_source")
        self.heard_from.set_value(client_fields.UNKNOWN)
        self._field(p + "heard_from", self.heard_from, self.tr("How she heard of the center"), form,
                    self.tr("How she heard of us:"))
        self.request = PlainTextField(lines=5)
        self._field(p + "presenting_request", self.request, self.tr("Her request"), form, self.tr("Her request:"))
        self.violence_types = VocabCheckList(labels, "violence_type", columns=2)
        self._field(p + "violence_types", self.violence_types, self.tr("Violence types"), form,
                    self.tr("Violence types:"))
        self.frequency = QLineEdit()
        self._field(p + "frequency", self.frequency, self.tr("How often"), form, self.tr("How often:"))
        self.last_incident = DateField()
        self._field(p + "last_incident", self.last_incident, self.tr("Date of the last incident"), form,
                    self.tr("Last incident:"))
        self.prior_police = QCheckBox(self.tr("She went to the police before"))
        self._field(p + "prior_police", self.prior_police, self.tr("She went to the police before"))
        form.addRow("", self.prior_police)
        self.prior_court = QCheckBox(self.tr("She went to court before"))
        self._field(p + "prior_court", self.prior_court, self.tr("She went to court before"))
        form.addRow("", self.prior_court)
        self.prior_notes = PlainTextField(lines=3)
        self._field(p + "prior_contact_notes", self.prior_notes, self.tr("Earlier contacts with institutions"),
                    form, self.tr("Earlier contacts with institutions:"))
        self.perpetrator_list = RecordList(PerpetratorEditor(labels), ListTexts(
            self.tr("Perpetrators"), self.tr("Add perpetrator"), self.tr("Add perpetrator"),
            self.tr("Remove perpetrator"), self.tr("Remove selected perpetrator"), self.tr("(no name given)"),
            self.tr("This perpetrator is already saved with the case and cannot be removed here."),
        ), "name")
        self.perpetrator_list.setObjectName("perpetratorList")
        perpetrators_label = QLabel(self.tr("Perpetrators:"))
        perpetrators_label.setBuddy(self.perpetrator_list.list)
        form.addRow(perpetrators_label, self.perpetrator_list)
        self.names["perpetrators"] = self.tr("Perpetrator")
        self.section_of_path["perpetrators"] = len(self.sections) - 1
        self.chain.extend(self.perpetrator_list.focus_widgets())

        # 5. risk
        _box5, form = self._section(self.tr("5. Risk"))
        p = "assessment."
        self.indicators = VocabCheckList(labels, "risk_indicator", columns=2)
        self._field(p + "indicators", self.indicators, self.tr("Danger indicators"), form,
                    self.tr("Danger indicators:"))
        self.carried = plain_label("")
        self.carried.setObjectName("riskCarried")
        self.carried.hide()
        form.addRow("", self.carried)
        self.suggestion = plain_label("")
        self.suggestion.setObjectName("riskSuggestion")
        form.addRow(self.tr("Suggested level:"), self.suggestion)
        self.level = VocabCombo(labels, "risk_level", self.tr("Not assessed yet"))
        self._field(p + "level", self.level, self.tr("Risk level"), form, self.tr("Risk level:"))
        self.reason_hint = plain_label("")
        self.reason_hint.setObjectName("riskReasonHint")
        self.reason_hint.hide()
        form.addRow("", self.reason_hint)
        self.reason = QLineEdit()
        self._field(p + "reason", self.reason, self.tr("Reason for the level"), form, self.tr("Reason:"))

        # 6. immediate needs
        _box6, form = self._section(self.tr("6. Immediate needs"))
        self.needs = VocabCheckList(labels, "immediate_need", columns=2)
        self._field("intake.immediate_needs", self.needs, self.tr("Immediate needs"), form,
                    self.tr("Immediate needs:"))

        # 7. consents
        _box7, form = self._section(self.tr("7. Consents (KVKK)"))
        self.consents = VocabCheckList(labels, "consent_kind", columns=1, exclude=(SHARE_CONSENT,))
        self._field("consent.kind", self.consents, self.tr("Consents given today"), form,
                    self.tr("Consents given today:"))
        consent_hint = plain_label(self.tr(
            "Ticked consents are recorded as given today when the intake is saved; unticking a saved one "
            "records its withdrawal. Consent to share with an institution is recorded with the referral."))
        section_layout = self.sections[-1][1].layout()
        assert isinstance(section_layout, QVBoxLayout)
        section_layout.insertWidget(1, consent_hint)

        # the page
        content = QWidget()
        content.setObjectName("intakeContent")
        column = QVBoxLayout(content)
        for _title, box, _errors in self.sections:
            column.addWidget(box)
        column.addStretch(1)
        self.content = content
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)

        self.nav = QListWidget()
        self.nav.setObjectName("intakeSections")
        self.nav.setAccessibleName(self.tr("Sections of the intake"))
        for title, _box, _errors in self.sections:
            self.nav.addItem(title)
        follow(self.nav, lambda nav: nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 16),
               "width")
        self.nav.itemActivated.connect(lambda item: self.jump_to(self.nav.row(item), focus=True))
        self.nav.currentRowChanged.connect(lambda row: self.jump_to(row, focus=False))

        self.feedback = plain_label("")
        self.feedback.setObjectName("intakeFeedback")
        self.feedback.setAccessibleDescription(self.tr("Save status"))
        self.save_button = QPushButton(self.tr("&Save draft (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save draft"))
        self.finish_button = QPushButton(self.tr("&Finish intake"))
        self.finish_button.setAccessibleName(self.tr("Finish intake"))
        self.close_button = QPushButton(self.tr("Clos&e"))
        self.close_button.setAccessibleName(self.tr("Close the intake form"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.finish_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.scroll_area, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)

        self.chain = [self.nav, *self.chain, self.save_button, self.finish_button, self.close_button]
        for first, second in pairwise(self.chain):
            QWidget.setTabOrder(first, second)

        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save_draft)
        self.save_button.clicked.connect(self.save_draft)
        self.finish_button.clicked.connect(self.finish_intake)
        self.close_button.clicked.connect(self.close_requested)

        # live behaviour
        self.weapon_known = False  # a perpetrator's weapon access was carried to the checklist already
        self.perpetrator_list.edited.connect(self._carry_weapon_access)
        self.indicators.changed.connect(self._indicators_changed)
        self.level.activated.connect(self._level_chosen)
        self.level.changed.connect(self._update_risk_hint)
        self.problems.watch()
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.update_suggestion()

    # -- values (state.py) ---------------------------------------------------------------------------------------
    def draft_state(self) -> dict[str, Any] | None:
        return state.draft_state(self)

    def restore_draft(self, values: dict[str, Any]) -> None:
        state.restore(self, values)

    def has_unsaved_changes(self) -> bool:
        """True when the form holds anything not yet saved to the case (drafts do not count)."""
        return state.content(self) != self._saved_content

    def has_unsaved_work(self) -> bool:
        """Something typed that closing the tab would take away: asked about before it closes."""
        return not self.is_finished and self.draft_state() is not None and self.has_unsaved_changes()

    # -- navigation --------------------------------------------------------------------------------------------
    def jump_to(self, section: int, focus: bool = True) -> None:
        """Scroll to a section; with focus, move the keyboard focus to its first field."""
        if not 0 <= section < len(self.sections):
            return
        box = self.sections[section][1]
        self.scroll_area.verticalScrollBar().setValue(max(0, box.pos().y() - 6))
        if focus:
            first = next((w for w in self.chain if box.isAncestorOf(w) and w.isEnabled()), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            inside = new is not None and self.content.isAncestorOf(new)
        except RuntimeError:  # this page was deleted; the application's signal outlived it
            return
        if new is None or not inside:
            return
        self.scroll_area.ensureWidgetVisible(new, 20, 20)
        for i, (_t, box, _e) in enumerate(self.sections):
            if box.isAncestorOf(new) and self.nav.currentRow() != i:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(i)
                self.nav.blockSignals(False)

    # -- risk --------------------------------------------------------------------------------------------------
    def _carry_weapon_access(self) -> None:
        """A perpetrator with access to a weapon ticks "access to a weapon" in the risk checklist (once: if she
        unticks it there, that is her judgement), and the checklist says where the tick came from."""
        armed = any(rec.get("weapon_access") is True for rec in self.perpetrator_list.records)
        box = self.indicators.boxes.get(WEAPON_INDICATOR)
        if box is None or armed == self.weapon_known:
            return
        self.weapon_known = armed
        if armed and not box.isChecked():
            box.setChecked(True)
        self.carried.setText(self.tr("Ticked from the perpetrators: one has access to a weapon.") if armed else "")
        self.carried.setVisible(armed)

    def suggested_level(self) -> str:
        """The level the checklist suggests: services.risk.suggest, with the vault's weights read once."""
        known = [code for code in self.indicators.values() if code in self._weights]  # unknown ones are refused
        return risk_suggestion(known, weights=self._weights)

    def _indicators_changed(self) -> None:
        if self.level_follows:
            ticked = bool(self.indicators.values())
            self.level.set_value(self.suggested_level() if ticked else None)
        self.update_suggestion()

    def _level_chosen(self, _index: int) -> None:
        chosen = self.level.value()
        self.level_follows = chosen is None or chosen == self.suggested_level()
        self._update_risk_hint()

    def update_suggestion(self) -> None:
        code = self.suggested_level()
        text = self.labels.label("risk_level", code)
        if not self.indicators.values():
            text = self.tr("%1 (no indicator ticked)").replace("%1", text)
        self.suggestion.setText(text)
        self.level.setAccessibleDescription(self.tr("Suggested level: %1").replace("%1", text))
        self._update_risk_hint()

    def _update_risk_hint(self) -> None:
        level = self.level.value()
        differs = level is not None and level != self.suggested_level()
        self.reason_hint.setText(self.tr("The level differs from the suggested level: give a reason.")
                                 if differs else "")
        self.reason_hint.setVisible(differs)

    # -- saving ------------------------------------------------------------------------------------------------
    def save_draft(self) -> bool:
        """Create the case as a draft, or update it. False when it did not start (problems or busy)."""
        return self._save(finish=False)

    def finish_intake(self) -> bool:
        """Save, then move the case from draft to open."""
        return self._save(finish=True)

    def _risk_signature(self, assessment: r.RiskAssessment) -> list[Any]:
        return [sorted(assessment.indicators), assessment.level, assessment.reason]

    def _refused(self, problems: dict[str, str]) -> None:
        self.problems.show(problems)
        self.say("\n".join([self.tr("Not saved: %1 problem(s) are marked in the form; the first one has the "
                                      "focus.").replace("%1", str(len(problems))), *self.problems.general]),
                 error=True)
        self.problems.focus_first()

    def _save(self, finish: bool) -> bool:
        if self.busy or self.is_finished:
            return False
        found = self.problems.found(finish)
        if found:
            first: dict[str, str] = {}
            for path, message in found:
                first.setdefault(path, message)
            self._refused(first)
            return False
        self.problems.show({})
        children = [(i, state.child(rec)) for i, rec in enumerate(self.child_list.records)
                    if rec.get("id") is None or self.saved_children.get(rec["id"]) != state.snapshot(rec)]
        people = [(i, state.perpetrator(rec)) for i, rec in enumerate(self.perpetrator_list.records)
                  if rec.get("id") is None or self.saved_perpetrators.get(rec["id"]) != state.snapshot(rec)]
        assessment = state.assessment(self)
        if assessment is not None and self._risk_signature(assessment) == self.saved_risk:
            assessment = None
        ticked = self.consents.values()
        plan = IntakePlan(
            case_id=self.draft_case_id, client=state.client(self), intake=state.intake(self), children=children,
            perpetrators=people, risk=assessment,
            consents_add=[k for k in ticked if k not in self.consent_ids],
            consents_withdraw=[(k, v) for k, v in self.consent_ids.items()
                               if k not in ticked and k in self.consents.boxes],
            finish=finish,
        )
        session = self.ctx.session
        self._set_busy(True)
        self.say(self.tr("Finishing the intake…") if finish else self.tr("Saving…"))
        # One service call, one transaction: all of it is saved, or (refused) none of it.
        run_in_worker(self, lambda: save_intake(session, plan), lambda saved: self._saved_ok(plan, saved),
                      self._save_failed)
        return True

    def _saved_ok(self, plan: IntakePlan, saved: IntakeSaved) -> None:
        """Remember what reached the vault (the ids the new entries got), so the next save updates instead of
        adding again."""
        self.draft_case_id = saved.case_id
        self.child_list.set_ids(saved.child_ids)
        for index, child_id in saved.child_ids.items():
            self.saved_children[child_id] = state.snapshot(self.child_list.records[index])
        self.perpetrator_list.set_ids(saved.perpetrator_ids)
        for index, person_id in saved.perpetrator_ids.items():
            self.saved_perpetrators[person_id] = state.snapshot(self.perpetrator_list.records[index])
        if plan.risk is not None:
            self.saved_risk = self._risk_signature(plan.risk)
        self.consent_ids.update(saved.consent_ids)
        for kind, _consent_id in plan.consents_withdraw:
            self.consent_ids.pop(kind, None)
        self._saved_content = state.content(self)  # as sent, plus the ids the new entries got
        self.is_finished = saved.finished
        self._set_busy(False)
        at = datetime.now().strftime("%H:%M")
        if saved.finished:
            self.ctx.drafts.forget(self)
            self.say(self.tr("Intake finished and saved at %1.").replace("%1", at))
        else:
            self.say(self.tr("Draft saved at %1.").replace("%1", at))
        self.update_header()
        self.saved.emit(saved.case_id)
        if saved.finished:
            self.finished.emit(saved.case_id)

    def _save_failed(self, exc: BaseException) -> None:
        """Nothing was written (one transaction): the form keeps everything, the problems are marked."""
        self._set_busy(False)
        self.update_header()
        problems = exc.details.get("problems") if isinstance(exc, InvalidInput) else None
        if isinstance(problems, list) and problems:
            shown: dict[str, str] = {}
            for path, message in problems:
                shown.setdefault(normal(str(path)), str(message))
            self._refused(shown)
            return
        self.say(error_text(exc), error=True)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            self._focus_before = QApplication.focusWidget()
            if self._focus_before is None or not self.isAncestorOf(self._focus_before):
                self._focus_before = None
        finished = self.is_finished
        self.scroll_area.setEnabled(not busy and not finished)
        self.save_button.setEnabled(not busy and not finished)
        self.finish_button.setEnabled(not busy and not finished)
        if not busy:
            before, self._focus_before = self._focus_before, None
            if before is not None and not finished and before.isEnabled():
                before.setFocus(Qt.FocusReason.OtherFocusReason)
            elif finished:
                self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def say(self, text: str, error: bool = False) -> None:
        set_error(self.feedback, error)
        self.feedback.setText(text)

    def update_header(self) -> None:
        if self.is_finished:
            self.title.setText(self.tr("Intake"))
            self.status.setText(self.tr("Intake finished — the case is open."))
            set_banner(self.status, "done")
        elif self.draft_case_id is not None:
            self.title.setText(self.tr("New intake"))
            self.status.setText(self.tr("Draft — intake not finished"))
            set_banner(self.status, "warning")
        else:
            self.title.setText(self.tr("New intake"))
            self.status.setText(self.tr("Not saved yet — what you type is kept as an encrypted draft until you "
                                        "save."))
            set_banner(self.status, "")

    def scrub(self) -> None:
        """Blank every text-bearing field now (at lock), before the deferred deletion gets to them."""
        for edit in self.findChildren(QLineEdit):
            edit.clear()
        for text in self.findChildren(PlainTextField):
            text.set_text("")
        for view in self.findChildren(QListWidget):
            view.clear()
        self.child_list.records = []
        self.perpetrator_list.records = []
