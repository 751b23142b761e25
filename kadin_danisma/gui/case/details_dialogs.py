"""Changing what she told at intake, from the case: her details, how to reach her safely (phone, times, code
word, address), the violence history and the perpetrators. A woman's safe phone, call times, address and
the people who hurt her change during a case; the intake draft was the only place to edit them.

Each dialog sends the whole record it edits through the same service call the intake uses
(services/cases.update_client, set_intake, save_perpetrator), so the same checks apply, problems come back
per field, and every field that changed is audited with its value before and after (the case's history).
Fields a dialog does not show are sent back as they were. The case view reloads after a save, so the
safe-contact banner says the new number at once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from ...domain import records as r
from ...services import assignments, cases
from ...services.assignments import Counselor
from ..base.forms import (
    CheckList,
    CodeCombo,
    DateField,
    DistrictCombo,
    PlainTextField,
    VocabCheckList,
    VocabCombo,
    YearSpinBox,
)
from ..base.labels import sex_choices
from ..base.widgets import fill_with_scrolling, plain_label
from ..base.workers import run_in_worker
from ..session.context import Context
from .tab import CaseDialog


def _line(name: str, value: str, object_name: str = "") -> QLineEdit:
    field = QLineEdit(value)
    field.setAccessibleName(name)
    if object_name:
        field.setObjectName(object_name)
    return field


def _text(name: str, value: str, lines: int = 3, object_name: str = "") -> PlainTextField:
    field = PlainTextField(lines=lines)
    field.set_text(value)
    field.setAccessibleName(name)
    if object_name:
        field.setObjectName(object_name)
    return field


class ScrollingCaseDialog(CaseDialog):
    """A case dialog whose form scrolls (large text never pushes the buttons off the screen)."""

    def scrolled(self, *parts: QWidget | QFormLayout) -> QWidget:
        body = QWidget()
        fill_with_scrolling(body, *parts)
        return body


class SafeContactDialog(ScrollingCaseDialog):
    """How to reach her safely, and where she lives: the banner above the case says it to everyone."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, client: r.Client) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Contacting her safely"))
        self.setObjectName("safeContactDialog")
        self.client = client
        s = client.safe_contact
        self.safe_phone = _line(self.tr("Safe phone number"), s.safe_phone, "editSafePhone")
        self.safe_phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.times = _line(self.tr("Safe times to contact her"), s.safe_contact_times, "editSafeTimes")
        self.never_call_home = QCheckBox(self.tr("Ne&ver call her at home"))
        self.never_call_home.setObjectName("editNeverCallHome")
        self.never_call_home.setChecked(s.never_call_home)
        self.code_word = _line(self.tr("Code word"), s.code_word, "editCodeWord")
        self.notes = _text(self.tr("Notes on contacting her safely"), s.safe_contact_notes, 3, "editContactNotes")
        self.address = _text(self.tr("Her address"), s.address, 2, "editAddress")
        form = QFormLayout()
        form.addRow(self.tr("Safe &phone number:"), self.safe_phone)
        form.addRow(self.tr("Safe &times to contact her:"), self.times)
        form.addRow("", self.never_call_home)
        form.addRow(self.tr("Code &word:"), self.code_word)
        form.addRow(self.tr("N&otes on contacting her:"), self.notes)
        form.addRow(self.tr("Her addre&ss:"), self.address)
        self.lay_out((self.scrolled(form), 1))
        self.fields = {"safe_phone": (self.safe_phone, self.tr("Safe phone number")),
                       "safe_contact_times": (self.times, self.tr("Safe times")),
                       "code_word": (self.code_word, self.tr("Code word")),
                       "safe_contact_notes": (self.notes, self.tr("Notes on contacting her")),
                       "address": (self.address, self.tr("Address"))}
        self.resize(560, 420)

    def submit(self) -> None:
        contact = r.SafeContact(self.safe_phone.text().strip(), self.times.text().strip(),
                                self.never_call_home.isChecked(), self.code_word.text().strip(), self.notes.text(),
                                self.address.text())
        client = replace(self.client, safe_contact=contact)
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: cases.update_client(session, case_id, client))


class ClientDialog(ScrollingCaseDialog):
    """Her name and personal details (as at intake)."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, client: r.Client) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Her details"))
        self.setObjectName("clientDialog")
        self.client = client
        labels = ctx.labels
        none = self.tr("Not recorded")
        self.full_name = _line(self.tr("Full name (required)"), client.full_name, "editFullName")
        self.birth_year = YearSpinBox(start_year=date.today().year - 30, name=self.tr("Birth year"))
        self.birth_year.set_year(client.birth_year)
        self.nationality = _line(self.tr("Nationality"), client.nationality)
        self.languages = VocabCheckList(labels, "interpreter_language", columns=3, name=self.tr("Languages she speaks"),
                                        selected=client.languages)
        self.interpreter = VocabCombo(labels, "interpreter_language", self.tr("No interpreter needed"),
                                      name=self.tr("Interpreter language"))
        self.interpreter.set_value(client.interpreter_language)
        self.migrant_status = VocabCombo(labels, "migrant_status", none, name=self.tr("Migrant status"))
        self.migrant_status.set_value(client.migrant_status)
        self.marital_status = VocabCombo(labels, "marital_status", none, name=self.tr("Marital status"))
        self.marital_status.set_value(client.marital_status)
        self.education = VocabCombo(labels, "education", none, name=self.tr("Education"))
        self.education.set_value(client.education)
        self.employment = VocabCombo(labels, "employment", none, name=self.tr("Employment"))
        self.employment.set_value(client.employment)
        self.income = _line(self.tr("Income"), client.income)
        self.disability = _line(self.tr("Disability or access needs"), client.disability_needs)
        self.district = DistrictCombo(labels, ctx.province, name=self.tr("District she lives in"))
        self.district.set_value(client.district)
        self.disability_types = VocabCheckList(labels, "disability_type", columns=2, selected=client.disability_types,
                                               name=self.tr("Disability (Washington Group domains)"))
        form = QFormLayout()
        form.addRow(self.tr("Full &name (required):"), self.full_name)
        form.addRow(self.tr("&Birth year:"), self.birth_year)
        form.addRow(self.tr("Na&tionality:"), self.nationality)
        form.addRow(self.tr("&Languages she speaks:"), self.languages)
        form.addRow(self.tr("&Interpreter language:"), self.interpreter)
        form.addRow(self.tr("&Migrant status:"), self.migrant_status)
        form.addRow(self.tr("Marital stat&us:"), self.marital_status)
        form.addRow(self.tr("&Education:"), self.education)
        form.addRow(self.tr("Em&ployment:"), self.employment)
        form.addRow(self.tr("In&come:"), self.income)
        form.addRow(self.tr("Disabilit&y or access needs:"), self.disability)
        form.addRow(self.tr("&District she lives in:"), self.district)
        form.addRow(self.tr("Disability (Washington &Group; none ticked: not asked):"), self.disability_types)
        self.lay_out((self.scrolled(form), 1))
        self.fields = {"full_name": (self.full_name, self.tr("Full name")),
                       "birth_year": (self.birth_year, self.tr("Birth year")),
                       "nationality": (self.nationality, self.tr("Nationality")),
                       "languages": (self.languages, self.tr("Languages")),
                       "interpreter_language": (self.interpreter, self.tr("Interpreter language")),
                       "income": (self.income, self.tr("Income")),
                       "disability_needs": (self.disability, self.tr("Disability or access needs")),
                       "district": (self.district, self.tr("District")),
                       "disability_types": (self.disability_types, self.tr("Disability"))}
        self.resize(620, 560)

    def submit(self) -> None:
        if problem := self.birth_year.problem():
            self.refuse([("birth_year", problem)])
            return
        client = replace(
            self.client, full_name=self.full_name.text().strip(), birth_year=self.birth_year.year(),
            nationality=self.nationality.text().strip(), languages=self.languages.values(),
            interpreter_language=self.interpreter.value(), migrant_status=self.migrant_status.value(),
            marital_status=self.marital_status.value(), education=self.education.value(),
            employment=self.employment.value(), income=self.income.text().strip(),
            disability_needs=self.disability.text().strip(), district=self.district.value() or "unknown",
            disability_types=self.disability_types.values())
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: cases.update_client(session, case_id, client))


class ViolenceHistoryDialog(ScrollingCaseDialog):
    """What she told about the violence and what she asks for (the intake's section 4 and 6)."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, intake: r.Intake | None, opened_on: str) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Violence history and her request"))
        self.setObjectName("violenceHistoryDialog")
        it = intake or r.Intake(opened_on)
        self.intake = it
        labels = ctx.labels
        self.intake_date = DateField(name=self.tr("Intake date"), required=True, value=it.intake_date)
        self.channel = VocabCombo(labels, "intake_channel", self.tr("Not recorded"), name=self.tr("How she came"))
        self.channel.set_value(it.channel)
        self.referred_by = _line(self.tr("Referred by"), it.referred_by)
        self.heard_from = VocabCombo(labels, "referral_source", name=self.tr("How she heard of the center"))
        self.heard_from.set_value(it.heard_from or "unknown")
        self.request = _text(self.tr("Her request"), it.presenting_request, 4, "editRequest")
        self.violence_types = VocabCheckList(labels, "violence_type", columns=2, name=self.tr("Violence types"),
                                             selected=it.violence_types)
        self.frequency = _line(self.tr("How often"), it.frequency, "editFrequency")
        self.last_incident = DateField(name=self.tr("Date of the last incident"), value=it.last_incident)
        self.last_incident.setObjectName("editLastIncident")
        self.prior_police = QCheckBox(self.tr("She went to the police &before"))
        self.prior_police.setChecked(it.prior_police)
        self.prior_court = QCheckBox(self.tr("She went to co&urt before"))
        self.prior_court.setChecked(it.prior_court)
        self.prior_notes = _text(self.tr("Earlier contacts with institutions"), it.prior_contact_notes, 3)
        self.needs = VocabCheckList(labels, "immediate_need", columns=2, name=self.tr("Immediate needs"),
                                    selected=it.immediate_needs)
        form = QFormLayout()
        form.addRow(self.tr("Intake &date:"), self.intake_date)
        form.addRow(self.tr("How she &came:"), self.channel)
        form.addRow(self.tr("&Referred by:"), self.referred_by)
        form.addRow(self.tr("How she &heard of us:"), self.heard_from)
        form.addRow(self.tr("Her re&quest:"), self.request)
        form.addRow(self.tr("&Violence types:"), self.violence_types)
        form.addRow(self.tr("How &often:"), self.frequency)
        form.addRow(self.tr("&Last incident:"), self.last_incident)
        form.addRow("", self.prior_police)
        form.addRow("", self.prior_court)
        form.addRow(self.tr("Earlier contacts with &institutions:"), self.prior_notes)
        form.addRow(self.tr("Imm&ediate needs:"), self.needs)
        self.lay_out((self.scrolled(form), 1))
        self.fields = {"intake_date": (self.intake_date, self.tr("Intake date")),
                       "referred_by": (self.referred_by, self.tr("Referred by")),
                       "presenting_request": (self.request, self.tr("Her request")),
                       "violence_types": (self.violence_types, self.tr("Violence types")),
                       "frequency": (self.frequency, self.tr("How often")),
                       "last_incident": (self.last_incident, self.tr("Last incident")),
                       "prior_contact_notes": (self.prior_notes, self.tr("Earlier contacts")),
                       "immediate_needs": (self.needs, self.tr("Immediate needs"))}
        self.resize(640, 600)

    def submit(self) -> None:
        problems = [(key, problem) for key, field in (("intake_date", self.intake_date),
                                                      ("last_incident", self.last_incident))
                    if (problem := field.problem())]
        if problems:
            self.refuse(problems)
            return
        intake = replace(
            self.intake, intake_date=self.intake_date.value() or "", channel=self.channel.value(),
            referred_by=self.referred_by.text().strip(), presenting_request=self.request.text(),
            violence_types=self.violence_types.values(), frequency=self.frequency.text().strip(),
            last_incident=self.last_incident.value(), prior_police=self.prior_police.isChecked(),
            prior_court=self.prior_court.isChecked(), prior_contact_notes=self.prior_notes.text(),
            immediate_needs=self.needs.values(), heard_from=self.heard_from.value() or "unknown")
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: cases.set_intake(session, case_id, intake))


class PerpetratorDialog(CaseDialog):
    """A perpetrator added or changed (the relationship is required, as at intake)."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, person: r.Perpetrator | None) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Add a perpetrator") if person is None
                         else self.tr("Change the perpetrator's details"))
        self.setObjectName("perpetratorDialog")
        self.person = person
        p = person or r.Perpetrator("")
        self.relationship = VocabCombo(ctx.labels, "perpetrator_relationship", self.tr("(choose)"),
                                       name=self.tr("Relationship to her"))
        self.relationship.set_value(p.relationship or None)
        self.name = _line(self.tr("Perpetrator's name"), p.name, "editPerpetratorName")
        self.sex = CodeCombo(sex_choices(), name=self.tr("Perpetrator's sex"))
        self.sex.set_value(p.sex)
        self.lives_with = QCheckBox(self.tr("&Lives with her"))
        self.lives_with.setChecked(p.lives_with_client)
        self.weapon = QCheckBox(self.tr("Has access to a &weapon"))
        self.weapon.setObjectName("editWeaponAccess")
        self.weapon.setChecked(p.weapon_access)
        self.notes = _text(self.tr("Notes on the perpetrator"), p.notes, 3)
        form = QFormLayout()
        form.addRow(self.tr("Relation&ship to her:"), self.relationship)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Se&x:"), self.sex)
        form.addRow("", self.lives_with)
        form.addRow("", self.weapon)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.lay_out(form)
        self.fields = {"relationship": (self.relationship, self.tr("Relationship")),
                       "name": (self.name, self.tr("Name")), "notes": (self.notes, self.tr("Notes"))}

    def submit(self) -> None:
        relationship = self.relationship.value()
        if relationship is None:
            self.refuse([("relationship", "is required")])
            return
        person = r.Perpetrator(relationship, self.name.text().strip(), self.sex.value() or "unknown",
                               self.lives_with.isChecked(), self.weapon.isChecked(), self.notes.text(),
                               self.person.id if self.person else None)
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: cases.save_perpetrator(session, case_id, person))


class CounselorsDialog(CaseDialog):
    """A supervisor sets who works on the case (one or more active counselors); audited as an assignment."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, assigned: list[str]) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Counselors of the case"))
        self.setObjectName("counselorsDialog")
        self.assigned = assigned
        self.choices: CheckList | None = None
        self.holder = QFormLayout()
        self.lay_out(plain_label(self.tr("Tick who works on this case. A counselor newly ticked finds it in her "
                                         "inbox.")), self.holder)
        self.save_button().setEnabled(False)
        self.resize(520, 360)
        session = ctx.session
        run_in_worker(self, lambda: assignments.counselors(session), self._loaded, lambda exc: self.failed(exc))

    def _loaded(self, found: list[Counselor]) -> None:
        people = [c for c in found if c.active or c.username in self.assigned]
        self.choices = CheckList([(c.username, f"{c.display_name} ({c.username})") for c in people], columns=1,
                                 name=self.tr("Counselors"))
        self.choices.set_values(self.assigned)
        self.holder.addRow(self.tr("&Counselors:"), self.choices)
        self.fields = {"counselors": (self.choices, self.tr("Counselors"))}
        self.save_button().setEnabled(True)
        self.fields_arrived()

    def submit(self) -> None:
        if self.choices is None:
            return
        chosen = self.choices.values()
        if not chosen:
            self.refuse([("counselors", self.tr("tick at least one counselor."))])
            return
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: cases.assign(session, case_id, chosen))
