"""The new-intake form (issue 4, item 4): client, contact safety, children, violence history with the
perpetrators, risk checklist, immediate needs and consents, in one scrolling page of numbered sections.

Saving works at any point. "Save draft" (Ctrl+S) creates the case in draft status, or updates it; "Finish
intake" saves and moves the case from draft to open. The service calls run in a worker with the form
disabled; problems come back per field (services raise InvalidInput with (path, message) pairs), are marked
inline (red border, the message under the section, the field's accessible description) and the first bad
field gets the focus. The same domain checks run here before anything is sent, and single fields are
checked as she leaves them. Nothing blocks: errors are shown in the page, never in a modal.

While she types, the draft keeper (gui/drafts.py) stores the form's state encrypted in the vault every few
seconds; a form can be rebuilt from such a state (`IntakePage(ctx, draft=state)`).

Children and perpetrators are lists (intake_records.py) with an editor for the selected entry. Once saved
with the case they keep their ids (later saves update them) and cannot be removed here: the services have
no delete for them.
Risk assessments and consents are appended records: a save adds an assessment only when the checklist,
level or reason changed since the last one, records consents newly ticked and withdraws ones unticked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
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

from ...domain import record_checks
from ...domain import records as r
from ...domain.errors import InvalidInput
from ...domain.validation import Checker
from ...domain.vocabularies import risk_suggestion
from ...services import cases, consents, risk
from ...services.session import Session
from ..base.forms import (
    CheckList,
    CodeCombo,
    DateField,
    PlainTextField,
    VocabCheckList,
    VocabCombo,
    YearSpinBox,
    clear_invalid,
    is_marked,
    mark_invalid,
    problem_text,
)
from ..base.messages import error_text
from ..base.widgets import heading, plain_label
from ..base.workers import run_in_worker
from ..session.context import Context
from ..session.drafts import new_key
from .records import (
    ChildEditor,
    ListTexts,
    PerpetratorEditor,
    RecordList,
    as_code,
    as_codes,
    as_text,
    as_year,
    labelled_row,
)

STATE_VERSION = 1
ERROR_STYLE = "color: #9b1c1c; font-weight: bold;"
_INDEXED = re.compile(r"(children|perpetrators)\[(\d+)\]\.(\w+)")
_LIST_ITEM = re.compile(r"\[\d+\]$")
# Consent to share names an institution: it is recorded with the referral to that institution.
SHARE_CONSENT = "share_with_institution"


def _today() -> str:
    return date.today().isoformat()


# -- saving ----------------------------------------------------------------------------------------------------
@dataclass
class _Plan:
    """What one save sends, built on the GUI thread from the form (the worker touches no widget)."""

    case_id: int | None
    client: r.Client
    intake: r.Intake
    children: list[tuple[int, r.Child]]
    perpetrators: list[tuple[int, r.Perpetrator]]
    risk: r.RiskAssessment | None
    consents_add: list[str]
    consents_withdraw: list[tuple[str, int]]
    finish: bool


@dataclass
class _Outcome:
    """What was written so far; applied to the form after success and after a failure part-way."""

    case_id: int | None = None
    child_ids: dict[int, int] = field(default_factory=dict)
    perpetrator_ids: dict[int, int] = field(default_factory=dict)
    risk_saved: bool = False
    consents_added: dict[str, int] = field(default_factory=dict)
    consents_withdrawn: list[str] = field(default_factory=list)
    finished: bool = False


def _reprefix(exc: InvalidInput, old: str, new: str) -> InvalidInput:
    problems = exc.details.get("problems")
    if not isinstance(problems, list):
        return exc
    moved = [(p.replace(old, new, 1) if p.startswith(old) else p, m) for p, m in problems]
    return InvalidInput(str(exc), problems=moved)


def _run_plan(session: Session, plan: _Plan, out: _Outcome) -> _Outcome:
    if plan.case_id is None:
        out.case_id = cases.create_case(session, plan.client, plan.intake)
    else:
        out.case_id = plan.case_id
        cases.update_client(session, plan.case_id, plan.client)
        cases.set_intake(session, plan.case_id, plan.intake)
    case_id = out.case_id
    for index, child in plan.children:
        try:
            out.child_ids[index] = cases.save_child(session, case_id, child)
        except InvalidInput as exc:
            raise _reprefix(exc, "$.child", f"$.children[{index}]") from exc
    for index, person in plan.perpetrators:
        try:
            out.perpetrator_ids[index] = cases.save_perpetrator(session, case_id, person)
        except InvalidInput as exc:
            raise _reprefix(exc, "$.perpetrator", f"$.perpetrators[{index}]") from exc
    if plan.risk is not None:
        risk.add_assessment(session, case_id, plan.risk)
        out.risk_saved = True
    for kind in plan.consents_add:
        out.consents_added[kind] = consents.record_consent(session, case_id, r.Consent(kind, _today()))
    for kind, consent_id in plan.consents_withdraw:
        consents.withdraw_consent(session, case_id, consent_id)
        out.consents_withdrawn.append(kind)
    if plan.finish:
        cases.finish_intake(session, case_id)
        out.finished = True
    return out


# -- the page --------------------------------------------------------------------------------------------------
class IntakePage(QWidget):
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
        self._saved_children: dict[int, dict[str, Any]] = {}
        self._saved_perpetrators: dict[int, dict[str, Any]] = {}
        self._saved_risk: list[Any] | None = None
        self._consent_ids: dict[str, int] = {}
        self._problems: dict[str, str] = {}
        self._general: list[str] = []
        self._level_follows = True
        self._focus_before: QWidget | None = None
        self._shown_once = False
        terms = ctx.labels.choices("risk_indicator", include_retired=True)
        self._weights = {code: int(str(ctx.labels.meta("risk_indicator", code).get("weight", 1)))
                         for code, _ in terms}
        self._known = {kind: frozenset(c for c, _ in ctx.labels.choices(kind, include_retired=True))
                       for kind in ("migrant_status", "interpreter_language", "marital_status", "education",
                                    "employment", "child_concern", "perpetrator_relationship", "intake_channel",
                                    "violence_type", "immediate_need", "risk_indicator", "risk_level",
                                    "consent_kind")}

        self.fields: dict[str, QWidget] = {}
        self.names: dict[str, str] = {}
        self.chain: list[QWidget] = []
        self.sections: list[tuple[str, QGroupBox, QLabel]] = []
        self._section_of_path: dict[str, int] = {}

        self._build()
        self._empty_content = self._content()
        self._saved_content = self._empty_content
        if draft:
            self.restore_draft(draft)
        self._update_header()
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
        errors.setStyleSheet(ERROR_STYLE)
        errors.hide()
        layout.addWidget(errors)
        self.sections.append((title, box, errors))
        return box, form

    def _field(self, path: str, widget: QWidget, name: str, form: QFormLayout | None = None,
               label: str | None = None) -> None:
        """Register a field under its record path (the same path the domain checks report)."""
        self.fields[path] = widget
        self.names[path] = name
        self._section_of_path[path] = len(self.sections) - 1
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
        self.status.setAccessibleName(self.tr("Intake status"))

        # 1. client
        _box1, form = self._section(self.tr("1. Client"))
        self.full_name = QLineEdit()
        self._field("client.full_name", self.full_name, self.tr("Full name (required)"), form,
                    self.tr("Full &name (required):"))
        self.birth_year = YearSpinBox(start_year=date.today().year - 30)
        self._field("client.birth_year", self.birth_year, self.tr("Birth year"), form, self.tr("&Birth year:"))
        self.nationality = QLineEdit()
        self._field("client.nationality", self.nationality, self.tr("Nationality"), form, self.tr("Na&tionality:"))
        self.languages = VocabCheckList(labels, "interpreter_language", columns=3)
        self._field("client.languages", self.languages, self.tr("Languages she speaks"), form,
                    self.tr("&Languages she speaks:"))
        self.interpreter = VocabCombo(labels, "interpreter_language", self.tr("No interpreter needed"))
        self._field("client.interpreter_language", self.interpreter, self.tr("Interpreter language"), form,
                    self.tr("&Interpreter language:"))
        none = self.tr("Not recorded")
        self.migrant_status = VocabCombo(labels, "migrant_status", none)
        self._field("client.migrant_status", self.migrant_status, self.tr("Migrant status"), form,
                    self.tr("&Migrant status:"))
        self.marital_status = VocabCombo(labels, "marital_status", none)
        self._field("client.marital_status", self.marital_status, self.tr("Marital status"), form,
                    self.tr("Marital stat&us:"))
        self.education = VocabCombo(labels, "education", none)
        self._field("client.education", self.education, self.tr("Education"), form, self.tr("&Education:"))
        self.employment = VocabCombo(labels, "employment", none)
        self._field("client.employment", self.employment, self.tr("Employment"), form, self.tr("Em&ployment:"))
        self.disability_needs = QLineEdit()
        self._field("client.disability_needs", self.disability_needs, self.tr("Disability or access needs"), form,
                    self.tr("Disabilit&y or access needs:"))

        # 2. contact safety
        _box2, form = self._section(self.tr("2. Contacting her safely"))
        p = "client.safe_contact."
        self.safe_phone = QLineEdit()
        self.safe_phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self._field(p + "safe_phone", self.safe_phone, self.tr("Safe phone number"), form,
                    self.tr("Safe &phone number:"))
        self.safe_times = QLineEdit()
        self._field(p + "safe_contact_times", self.safe_times, self.tr("Safe times to contact her"), form,
                    self.tr("Safe &times to contact her:"))
        self.never_call_home = QCheckBox(self.tr("Ne&ver call her at home"))
        self._field(p + "never_call_home", self.never_call_home, self.tr("Never call her at home"))
        form.addRow("", self.never_call_home)
        self.code_word = QLineEdit()
        self._field(p + "code_word", self.code_word, self.tr("Code word"), form, self.tr("Code &word:"))
        self.contact_notes = PlainTextField(lines=3)
        self._field(p + "safe_contact_notes", self.contact_notes, self.tr("Notes on contacting her safely"), form,
                    self.tr("N&otes on contacting her:"))

        # 3. children
        _box3, form = self._section(self.tr("3. Children"))
        self.child_list = RecordList(ChildEditor(labels), ListTexts(
            self.tr("Children"), self.tr("&Add child"), self.tr("Add child"), self.tr("Remo&ve child"),
            self.tr("Remove selected child"), self.tr("(no name yet)"),
            self.tr("This child is already saved with the case and cannot be removed here."),
        ), "name")
        self.child_list.setObjectName("childrenList")
        children_label = QLabel(self.tr("C&hildren:"))
        children_label.setBuddy(self.child_list.list)
        form.addRow(children_label, self.child_list)
        self.names["children"] = self.tr("Child")
        self._section_of_path["children"] = len(self.sections) - 1
        self.chain.extend(self.child_list.focus_widgets())

        # 4. violence history
        _box4, form = self._section(self.tr("4. Violence history and request"))
        p = "intake."
        self.intake_date = DateField(required=True)
        self.intake_date.set_value(_today())
        self._field(p + "intake_date", self.intake_date, self.tr("Intake date"), form, self.tr("Intake &date:"))
        self.channel = VocabCombo(labels, "intake_channel", none)
        self._field(p + "channel", self.channel, self.tr("How she came"), form, self.tr("How she &came:"))
        self.referred_by = QLineEdit()
        self._field(p + "referred_by", self.referred_by, self.tr("Referred by"), form, self.tr("&Referred by:"))
        self.request = PlainTextField(lines=5)
        self._field(p + "presenting_request", self.request, self.tr("Her request"), form, self.tr("Her re&quest:"))
        self.violence_types = VocabCheckList(labels, "violence_type", columns=2)
        self._field(p + "violence_types", self.violence_types, self.tr("Violence types"), form,
                    self.tr("&Violence types:"))
        self.frequency = QLineEdit()
        self._field(p + "frequency", self.frequency, self.tr("How often"), form, self.tr("How &often:"))
        self.last_incident = DateField()
        self._field(p + "last_incident", self.last_incident, self.tr("Date of the last incident"), form,
                    self.tr("&Last incident:"))
        self.prior_police = QCheckBox(self.tr("She went to the police &before"))
        self._field(p + "prior_police", self.prior_police, self.tr("She went to the police before"))
        form.addRow("", self.prior_police)
        self.prior_court = QCheckBox(self.tr("She went to co&urt before"))
        self._field(p + "prior_court", self.prior_court, self.tr("She went to court before"))
        form.addRow("", self.prior_court)
        self.prior_notes = PlainTextField(lines=3)
        self._field(p + "prior_contact_notes", self.prior_notes, self.tr("Earlier contacts with institutions"),
                    form, self.tr("Earlier contacts with &institutions:"))
        self.perpetrator_list = RecordList(PerpetratorEditor(labels), ListTexts(
            self.tr("Perpetrators"), self.tr("Add &perpetrator"), self.tr("Add perpetrator"),
            self.tr("Remove perpetra&tor"), self.tr("Remove selected perpetrator"), self.tr("(no name given)"),
            self.tr("This perpetrator is already saved with the case and cannot be removed here."),
        ), "name")
        self.perpetrator_list.setObjectName("perpetratorList")
        perpetrators_label = QLabel(self.tr("Perpe&trators:"))
        perpetrators_label.setBuddy(self.perpetrator_list.list)
        form.addRow(perpetrators_label, self.perpetrator_list)
        self.names["perpetrators"] = self.tr("Perpetrator")
        self._section_of_path["perpetrators"] = len(self.sections) - 1
        self.chain.extend(self.perpetrator_list.focus_widgets())

        # 5. risk
        _box5, form = self._section(self.tr("5. Risk"))
        p = "assessment."
        self.indicators = VocabCheckList(labels, "risk_indicator", columns=2)
        self._field(p + "indicators", self.indicators, self.tr("Danger indicators"), form,
                    self.tr("Danger i&ndicators:"))
        self.suggestion = plain_label("")
        self.suggestion.setObjectName("riskSuggestion")
        form.addRow(self.tr("Suggested level:"), self.suggestion)
        self.level = VocabCombo(labels, "risk_level", self.tr("Not assessed yet"))
        self._field(p + "level", self.level, self.tr("Risk level"), form, self.tr("Risk le&vel:"))
        self.reason_hint = plain_label("")
        self.reason_hint.setObjectName("riskReasonHint")
        self.reason_hint.hide()
        form.addRow("", self.reason_hint)
        self.reason = QLineEdit()
        self._field(p + "reason", self.reason, self.tr("Reason for the level"), form, self.tr("Rea&son:"))

        # 6. immediate needs
        _box6, form = self._section(self.tr("6. Immediate needs"))
        self.needs = VocabCheckList(labels, "immediate_need", columns=2)
        self._field("intake.immediate_needs", self.needs, self.tr("Immediate needs"), form,
                    self.tr("Immediate nee&ds:"))

        # 7. consents
        _box7, form = self._section(self.tr("7. Consents (KVKK)"))
        self.consents = VocabCheckList(labels, "consent_kind", columns=1, exclude=(SHARE_CONSENT,))
        self._field("consent.kind", self.consents, self.tr("Consents given today"), form,
                    self.tr("Consents &given today:"))
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
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 16)
        self.nav.itemActivated.connect(lambda item: self.jump_to(self.nav.row(item), focus=True))
        self.nav.currentRowChanged.connect(lambda row: self.jump_to(row, focus=False))

        self.feedback = plain_label("")
        self.feedback.setObjectName("intakeFeedback")
        self.feedback.setAccessibleName(self.tr("Save status"))
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
        self.indicators.changed.connect(self._indicators_changed)
        self.level.activated.connect(self._level_chosen)
        self.level.changed.connect(self._update_risk_hint)
        # Fields are checked as she leaves them (name required, year range, date format, length).
        for widget in self.fields.values():
            signal = getattr(widget, "editingFinished", None)
            if signal is not None:
                signal.connect(lambda w=widget: self._recheck(w))
        for records in (self.child_list, self.perpetrator_list):
            for widget in records.editor.fields.values():
                signal = getattr(widget, "editingFinished", None)
                if signal is not None:
                    signal.connect(lambda w=widget, rl=records: self._recheck(w, rl))
                elif isinstance(widget, CodeCombo | CheckList):  # a marked choice is rechecked once changed
                    widget.changed.connect(lambda w=widget, rl=records: self._recheck(w, rl) if is_marked(w) else None)
        for widget in self.fields.values():
            if isinstance(widget, CodeCombo | CheckList):
                widget.changed.connect(lambda w=widget: self._recheck(w) if is_marked(w) else None)
        self.child_list.removed.connect(lambda row: self._row_removed("children", row))
        self.perpetrator_list.removed.connect(lambda row: self._row_removed("perpetrators", row))
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self._update_suggestion()

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
    def suggested_level(self) -> str:
        """The level the checklist suggests: services.risk.suggest, with the vault's weights read once."""
        known = [code for code in self.indicators.values() if code in self._weights]  # unknown ones are refused
        return risk_suggestion(known, weights=self._weights)

    def _indicators_changed(self) -> None:
        if self._level_follows:
            ticked = bool(self.indicators.values())
            self.level.set_value(self.suggested_level() if ticked else None)
        self._update_suggestion()

    def _level_chosen(self, _index: int) -> None:
        chosen = self.level.value()
        self._level_follows = chosen is None or chosen == self.suggested_level()
        self._update_risk_hint()

    def _update_suggestion(self) -> None:
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

    # -- values ------------------------------------------------------------------------------------------------
    def _content(self) -> dict[str, Any]:
        return {
            "client": {
                "full_name": self.full_name.text(), "birth_year": self.birth_year.year(),
                "nationality": self.nationality.text(), "languages": self.languages.values(),
                "interpreter_language": self.interpreter.value(), "migrant_status": self.migrant_status.value(),
                "marital_status": self.marital_status.value(), "education": self.education.value(),
                "employment": self.employment.value(), "disability_needs": self.disability_needs.text(),
            },
            "contact": {
                "safe_phone": self.safe_phone.text(), "safe_contact_times": self.safe_times.text(),
                "never_call_home": self.never_call_home.isChecked(), "code_word": self.code_word.text(),
                "safe_contact_notes": self.contact_notes.text(),
            },
            "children": self.child_list.values(),
            "intake": {
                "intake_date": self.intake_date.text(), "channel": self.channel.value(),
                "referred_by": self.referred_by.text(), "presenting_request": self.request.text(),
                "violence_types": self.violence_types.values(), "frequency": self.frequency.text(),
                "last_incident": self.last_incident.text(), "prior_police": self.prior_police.isChecked(),
                "prior_court": self.prior_court.isChecked(), "prior_contact_notes": self.prior_notes.text(),
                "immediate_needs": self.needs.values(),
            },
            "perpetrators": self.perpetrator_list.values(),
            "risk": {"indicators": self.indicators.values(), "level": self.level.value(),
                     "level_follows": self._level_follows, "reason": self.reason.text()},
            "consents": self.consents.values(),
        }

    def draft_state(self) -> dict[str, Any] | None:
        """Every value of the form as JSON-able data, with the draft key and the case id (if saved); None
        while the form is as it was opened and nothing was saved."""
        content = self._content()
        if self.draft_case_id is None and content == self._empty_content:
            return None
        return {
            **content, "_version": STATE_VERSION, "_key": self.draft_key, "_case_id": self.draft_case_id,
            "_saved": {
                "risk": self._saved_risk, "consents": dict(self._consent_ids),
                "children": {str(k): v for k, v in self._saved_children.items()},
                "perpetrators": {str(k): v for k, v in self._saved_perpetrators.items()},
            },
        }

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Fill the form from draft_state() output (unknown or missing keys are tolerated)."""
        key = state.get("_key")
        if isinstance(key, str) and key and key != self.draft_key:
            self.ctx.drafts.forget(self, discard=False)
            self.draft_key = key
            self.ctx.drafts.register(self, restored_from=state)
        case_id = state.get("_case_id")
        self.draft_case_id = case_id if isinstance(case_id, int) and not isinstance(case_id, bool) else None
        saved = state.get("_saved") if isinstance(state.get("_saved"), dict) else {}
        assert isinstance(saved, dict)
        risk_sig = saved.get("risk")
        self._saved_risk = risk_sig if isinstance(risk_sig, list) else None
        ids = saved.get("consents")
        self._consent_ids = {k: v for k, v in ids.items() if isinstance(k, str) and isinstance(v, int)} \
            if isinstance(ids, dict) else {}

        def snapshots(value: Any) -> dict[int, dict[str, Any]]:
            if not isinstance(value, dict):
                return {}
            return {int(k): v for k, v in value.items() if str(k).isdigit() and isinstance(v, dict)}

        self._saved_children = snapshots(saved.get("children"))
        self._saved_perpetrators = snapshots(saved.get("perpetrators"))

        def part(name: str) -> dict[str, Any]:
            value = state.get(name)
            return value if isinstance(value, dict) else {}

        c = part("client")
        self.full_name.setText(as_text(c.get("full_name")))
        self.birth_year.set_year(as_year(c.get("birth_year")))
        self.nationality.setText(as_text(c.get("nationality")))
        self.languages.set_values(as_codes(c.get("languages")))
        self.interpreter.set_value(as_code(c.get("interpreter_language")))
        self.migrant_status.set_value(as_code(c.get("migrant_status")))
        self.marital_status.set_value(as_code(c.get("marital_status")))
        self.education.set_value(as_code(c.get("education")))
        self.employment.set_value(as_code(c.get("employment")))
        self.disability_needs.setText(as_text(c.get("disability_needs")))
        s = part("contact")
        self.safe_phone.setText(as_text(s.get("safe_phone")))
        self.safe_times.setText(as_text(s.get("safe_contact_times")))
        self.never_call_home.setChecked(s.get("never_call_home") is True)
        self.code_word.setText(as_text(s.get("code_word")))
        self.contact_notes.set_text(as_text(s.get("safe_contact_notes")))
        kids = state.get("children")
        self.child_list.set_values([k for k in kids if isinstance(k, dict)] if isinstance(kids, list) else [])
        i = part("intake")
        self.intake_date.setText(as_text(i.get("intake_date")) if "intake_date" in i else _today())
        self.channel.set_value(as_code(i.get("channel")))
        self.referred_by.setText(as_text(i.get("referred_by")))
        self.request.set_text(as_text(i.get("presenting_request")))
        self.violence_types.set_values(as_codes(i.get("violence_types")))
        self.frequency.setText(as_text(i.get("frequency")))
        self.last_incident.setText(as_text(i.get("last_incident")))
        self.prior_police.setChecked(i.get("prior_police") is True)
        self.prior_court.setChecked(i.get("prior_court") is True)
        self.prior_notes.set_text(as_text(i.get("prior_contact_notes")))
        self.needs.set_values(as_codes(i.get("immediate_needs")))
        people = state.get("perpetrators")
        self.perpetrator_list.set_values([p for p in people if isinstance(p, dict)] if isinstance(people, list) else [])
        k = part("risk")
        self._level_follows = False  # the indicators must not overwrite the restored level
        self.indicators.set_values(as_codes(k.get("indicators")))
        self.level.set_value(as_code(k.get("level")))
        self._level_follows = k.get("level_follows") is not False
        self.reason.setText(as_text(k.get("reason")))
        self.consents.set_values(as_codes(state.get("consents")))
        self._update_suggestion()
        self._set_problems({})
        self._update_header()

    def has_unsaved_changes(self) -> bool:
        """True when the form holds anything not yet saved to the case (drafts do not count)."""
        return self._content() != self._saved_content

    # -- records -----------------------------------------------------------------------------------------------
    def _client(self) -> r.Client:
        return r.Client(
            full_name=self.full_name.text(), birth_year=self.birth_year.year(), nationality=self.nationality.text(),
            migrant_status=self.migrant_status.value(), languages=self.languages.values(),
            interpreter_language=self.interpreter.value(), disability_needs=self.disability_needs.text(),
            marital_status=self.marital_status.value(), education=self.education.value(),
            employment=self.employment.value(),
            safe_contact=r.SafeContact(self.safe_phone.text(), self.safe_times.text(),
                                       self.never_call_home.isChecked(), self.code_word.text(),
                                       self.contact_notes.text()),
        )

    def _intake(self) -> r.Intake:
        return r.Intake(
            intake_date=self.intake_date.value() or "", channel=self.channel.value(),
            referred_by=self.referred_by.text(), presenting_request=self.request.text(),
            violence_types=self.violence_types.values(), frequency=self.frequency.text(),
            last_incident=self.last_incident.value(), prior_police=self.prior_police.isChecked(),
            prior_court=self.prior_court.isChecked(), prior_contact_notes=self.prior_notes.text(),
            immediate_needs=self.needs.values(),
        )

    @staticmethod
    def _child(rec: dict[str, Any]) -> r.Child:
        return r.Child(name=as_text(rec.get("name")), birth_year=as_year(rec.get("birth_year")),
                       sex=as_text(rec.get("sex")) or "unknown", accompanying=rec.get("accompanying") is True,
                       school=as_text(rec.get("school")), concerns=as_codes(rec.get("concerns")),
                       needs=as_text(rec.get("needs")), id=rec.get("id"))

    @staticmethod
    def _perpetrator(rec: dict[str, Any]) -> r.Perpetrator:
        return r.Perpetrator(relationship=as_text(rec.get("relationship")), name=as_text(rec.get("name")),
                             sex=as_text(rec.get("sex")) or "unknown",
                             lives_with_client=rec.get("lives_with_client") is True,
                             weapon_access=rec.get("weapon_access") is True, notes=as_text(rec.get("notes")),
                             id=rec.get("id"))

    def _assessment(self) -> r.RiskAssessment | None:
        level = self.level.value()
        if level is None:
            return None
        # Assessed at the intake (a paper intake typed in later keeps its date); today if that date is wrong.
        on = self.intake_date.value() if self.intake_date.problem() is None else None
        return r.RiskAssessment(assessed_on=on or _today(), indicators=self.indicators.values(), level=level,
                                reason=self.reason.text())

    # -- checks ------------------------------------------------------------------------------------------------
    def _local_problems(self, finish: bool) -> list[tuple[str, str]]:
        """The domain checks the services will run, with the vocabulary read at unlock; paths without "$."."""
        c = Checker(lambda kind: self._known.get(kind, frozenset()), "$")
        record_checks.client(c, self._client())
        intake = self._intake()
        record_checks.intake(c, intake)
        for i, rec in enumerate(self.child_list.records):
            record_checks.child(c, self._child(rec), f"children[{i}]")
        for i, rec in enumerate(self.perpetrator_list.records):
            record_checks.perpetrator(c, self._perpetrator(rec), f"perpetrators[{i}]")
        assessment = self._assessment()
        if assessment is not None:
            record_checks.risk(c, assessment, "assessment")
            if assessment.level != self.suggested_level() and not assessment.reason.strip():
                c.add("assessment.reason", "is required when the level differs from the suggestion")
        if finish and not intake.violence_types and not intake.presenting_request.strip():
            c.add("intake.violence_types", "give at least one violence type or her request")
        return [(self._normal(path), message) for path, message in c.problems]

    @staticmethod
    def _normal(path: str) -> str:
        path = path.removeprefix("$").removeprefix(".")
        if _INDEXED.fullmatch(path):
            return path
        m = re.match(r"((?:children|perpetrators)\[\d+\]\.\w+)", path)
        if m:
            return m.group(1)
        return _LIST_ITEM.sub("", path)

    def _widget_for(self, path: str) -> tuple[QWidget | None, RecordList | None, int]:
        m = _INDEXED.fullmatch(path)
        if m:
            records = self.child_list if m.group(1) == "children" else self.perpetrator_list
            return records.editor.fields.get(m.group(3)), records, int(m.group(2))
        if path == "intake":
            return self.request, None, -1
        if path.startswith("consent."):
            return self.consents, None, -1
        return self.fields.get(path), None, -1

    def _paths_of(self, widget: QWidget, records: RecordList | None) -> list[str]:
        if records is not None:
            names = [n for n, w in records.editor.fields.items() if w is widget]
            kind = "children" if records is self.child_list else "perpetrators"
            return [f"{kind}[{records.row()}].{n}" for n in names]
        return [p for p, w in self.fields.items() if w is widget]

    def _recheck(self, widget: QWidget, records: RecordList | None = None) -> None:
        """She left a field: check it now (only it), and clear its mark once it is right."""
        if self.busy or (records is not None and records.row() < 0):
            return
        paths = set(self._paths_of(widget, records))
        if not paths:
            return
        found = {p: m for p, m in self._local_problems(finish=False) if p in paths}
        problems = {p: m for p, m in self._problems.items() if p not in paths}
        for path, message in found.items():
            problems.setdefault(path, message)
        self._set_problems(problems)

    def _set_problems(self, problems: dict[str, str]) -> None:
        """Show these problems (path -> domain message) inline; clear every other mark."""
        self._problems = dict(problems)
        for widget in self.fields.values():
            clear_invalid(widget)
        per_section: dict[int, list[str]] = {}
        list_marks: dict[int, dict[tuple[int, str], str]] = {id(self.child_list): {}, id(self.perpetrator_list): {}}
        general: list[str] = []
        for path, message in problems.items():
            text = problem_text(message)
            found, records, row = self._widget_for(path)
            if found is None:
                general.append(text)
                continue
            widget = found
            if records is not None:
                kind = "children" if records is self.child_list else "perpetrators"
                name = self.names[kind] + f" {row + 1} — " + widget.accessibleName()
                list_marks[id(records)][(row, path.rsplit(".", 1)[1])] = text
                section = self._section_of_path[kind]
            else:
                mark_invalid(widget, text)
                name = widget.accessibleName()
                section = self._section_of_path.get(path, 0)
            per_section.setdefault(section, []).append(f"{name}: {text}")
        self.child_list.set_marks(list_marks[id(self.child_list)])
        self.perpetrator_list.set_marks(list_marks[id(self.perpetrator_list)])
        for i, (_title, _box, label) in enumerate(self.sections):
            lines = per_section.get(i, [])
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))
        self._general = general
        if general:
            self._say("\n".join(general), error=True)

    def _row_removed(self, kind: str, row: int) -> None:
        """Problems of later entries move up with them; those of the removed entry go."""
        moved: dict[str, str] = {}
        for path, message in self._problems.items():
            m = _INDEXED.fullmatch(path)
            if m is None or m.group(1) != kind:
                moved[path] = message
            elif int(m.group(2)) != row:
                index = int(m.group(2)) - (int(m.group(2)) > row)
                moved[f"{kind}[{index}].{m.group(3)}"] = message
        self._set_problems(moved)

    def _focus_first_problem(self) -> None:
        best: tuple[int, QWidget, RecordList | None, int] | None = None
        for path in self._problems:
            widget, records, row = self._widget_for(path)
            if widget is None:
                continue
            focus = getattr(widget, "focus_widgets", None)
            target = focus()[0] if callable(focus) and focus() else widget
            order = self.chain.index(target) if target in self.chain else len(self.chain)
            order = order * 1000 + max(row, 0)
            if best is None or order < best[0]:
                best = (order, target, records, row)
        if best is None:
            return
        _order, target, records, row = best
        if records is not None:
            records.select(row)
        self.scroll_area.ensureWidgetVisible(target, 20, 40)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving ------------------------------------------------------------------------------------------------
    def save_draft(self) -> bool:
        """Create the case as a draft, or update it. False when it did not start (problems or busy)."""
        return self._save(finish=False)

    def finish_intake(self) -> bool:
        """Save, then move the case from draft to open."""
        return self._save(finish=True)

    def _risk_signature(self, assessment: r.RiskAssessment) -> list[Any]:
        return [sorted(assessment.indicators), assessment.level, assessment.reason]

    def _save(self, finish: bool) -> bool:
        if self.busy or self.is_finished:
            return False
        problems = self._local_problems(finish)
        if problems:
            first: dict[str, str] = {}
            for path, message in problems:
                first.setdefault(path, message)
            self._set_problems(first)
            count = len(self._problems)
            self._say("\n".join([self.tr("Not saved: %1 problem(s) are marked in the form; the first one has the "
                                          "focus.").replace("%1", str(count)), *self._general]), error=True)
            self._focus_first_problem()
            return False
        self._set_problems({})
        children = [(i, self._child(rec)) for i, rec in enumerate(self.child_list.records)
                    if rec.get("id") is None or self._saved_children.get(rec["id"]) != self._snapshot(rec)]
        people = [(i, self._perpetrator(rec)) for i, rec in enumerate(self.perpetrator_list.records)
                  if rec.get("id") is None or self._saved_perpetrators.get(rec["id"]) != self._snapshot(rec)]
        assessment = self._assessment()
        if assessment is not None and self._risk_signature(assessment) == self._saved_risk:
            assessment = None
        ticked = self.consents.values()
        plan = _Plan(
            case_id=self.draft_case_id, client=self._client(), intake=self._intake(), children=children,
            perpetrators=people, risk=assessment,
            consents_add=[k for k in ticked if k not in self._consent_ids],
            consents_withdraw=[(k, v) for k, v in self._consent_ids.items()
                               if k not in ticked and k in self.consents.boxes],
            finish=finish,
        )
        out = _Outcome()
        session = self.ctx.session
        self._set_busy(True)
        self._say(self.tr("Finishing the intake…") if finish else self.tr("Saving…"))
        run_in_worker(self, lambda: _run_plan(session, plan, out),
                      lambda _result: self._saved_ok(plan, out),
                      lambda exc: self._save_failed(plan, out, exc))
        return True

    @staticmethod
    def _snapshot(rec: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in rec.items() if k != "id"}

    def _apply(self, plan: _Plan, out: _Outcome) -> None:
        """Remember what reached the vault, so the next save updates instead of adding again."""
        if out.case_id is not None:
            self.draft_case_id = out.case_id
        self.child_list.set_ids(out.child_ids)
        for index in out.child_ids:
            self._saved_children[out.child_ids[index]] = self._snapshot(self.child_list.records[index])
        self.perpetrator_list.set_ids(out.perpetrator_ids)
        for index in out.perpetrator_ids:
            self._saved_perpetrators[out.perpetrator_ids[index]] = self._snapshot(self.perpetrator_list.records[index])
        if out.risk_saved and plan.risk is not None:
            self._saved_risk = self._risk_signature(plan.risk)
        self._consent_ids.update(out.consents_added)
        for kind in out.consents_withdrawn:
            self._consent_ids.pop(kind, None)

    def _saved_ok(self, plan: _Plan, out: _Outcome) -> None:
        self._apply(plan, out)
        self._saved_content = self._content()  # as sent, plus the ids the new entries got
        self.is_finished = out.finished
        self._set_busy(False)
        case_id = out.case_id
        assert case_id is not None
        at = datetime.now().strftime("%H:%M")
        if out.finished:
            self.ctx.drafts.forget(self)
            self._say(self.tr("Intake finished and saved at %1.").replace("%1", at))
        else:
            self._say(self.tr("Draft saved at %1.").replace("%1", at))
        self._update_header()
        self.saved.emit(case_id)
        if out.finished:
            self.finished.emit(case_id)

    def _save_failed(self, plan: _Plan, out: _Outcome, exc: BaseException) -> None:
        self._apply(plan, out)
        self._set_busy(False)
        self._update_header()
        problems = exc.details.get("problems") if isinstance(exc, InvalidInput) else None
        if isinstance(problems, list) and problems:
            shown: dict[str, str] = {}
            for path, message in problems:
                shown.setdefault(self._normal(str(path)), str(message))
            self._set_problems(shown)
            self._say("\n".join([self.tr("Not saved: %1 problem(s) are marked in the form; the first one has the "
                                          "focus.").replace("%1", str(len(shown))), *self._general]), error=True)
            self._focus_first_problem()
            return
        done = "" if out.case_id is None else " " + self.tr("What was saved before this step is kept.")
        self._say(error_text(exc) + done, error=True)

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

    def _say(self, text: str, error: bool = False) -> None:
        self.feedback.setStyleSheet(ERROR_STYLE if error else "")
        self.feedback.setText(text)

    def _update_header(self) -> None:
        if self.is_finished:
            self.title.setText(self.tr("Intake"))
            self.status.setText(self.tr("Intake finished — the case is open."))
            self.status.setStyleSheet("background: #e6f4ea; color: #0f3d1f; padding: 6px; border: 1px solid #5b9b6b;")
        elif self.draft_case_id is not None:
            self.title.setText(self.tr("New intake"))
            self.status.setText(self.tr("Draft — intake not finished"))
            self.status.setStyleSheet("background: #fff4ce; color: #3d2b00; padding: 6px; border: 1px solid #c9a227;")
        else:
            self.title.setText(self.tr("New intake"))
            self.status.setText(self.tr("Not saved yet — what you type is kept as an encrypted draft until you "
                                        "save."))
            self.status.setStyleSheet("")

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
