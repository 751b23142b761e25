"""Court proceedings of a case (issue 21): divorce, custody, alimony, a criminal complaint, an objection to a
Law 6284 decision; the court, its file number, her lawyer (bar legal aid, her own, none), status and outcome,
and the hearing dates, which the dashboard lists as upcoming hearings. A hearing in the past is shown as
held; the next one is named in the summary line."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ...domain.support_records import CourtCase, Hearing
from ...services import support
from ..base.forms import DateField, PlainTextField, VocabCombo
from ..base.labels import day_text
from ..base.tables import fill_table, make_table, selected_key, sync_button
from ..base.widgets import plain_label
from ..session.context import Context
from .data import CaseData
from .tab import CaseDialog, CaseTab


def next_hearing(item: CourtCase, today: str | None = None) -> Hearing | None:
    day = today or date.today().isoformat()
    coming = [h for h in item.hearings if h.hearing_on >= day]
    return min(coming, key=lambda h: (h.hearing_on, h.hearing_time or "")) if coming else None


class CourtCaseDialog(CaseDialog):
    """Add a court case (item None) or change one, with its list of hearings."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, item: CourtCase | None = None) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Record a court case") if item is None
                         else self.tr("Change a court case"))
        self.setObjectName("courtCaseDialog")
        self.item = item
        labels = ctx.labels
        self.kind = VocabCombo(labels, "court_case_kind", name=self.tr("Kind of case"))
        self.court = QLineEdit()
        self.court.setObjectName("courtName")
        self.court.setAccessibleName(self.tr("Court or prosecutor's office"))
        self.court.setMaxLength(200)
        self.file_no = QLineEdit()
        self.file_no.setAccessibleName(self.tr("File number"))
        self.file_no.setMaxLength(100)
        self.lawyer = VocabCombo(labels, "court_lawyer", name=self.tr("Her lawyer"))
        self.status = VocabCombo(labels, "court_case_status", name=self.tr("Status of the case"))
        self.status.setObjectName("courtStatus")
        self.outcome = VocabCombo(labels, "court_outcome", self.tr("— not decided —"), name=self.tr("Outcome"))
        self.outcome.setObjectName("courtOutcome")
        self.opened_on = DateField(name=self.tr("Filed on"))
        self.decided_on = DateField(name=self.tr("Decided on"))
        self.notes = PlainTextField(lines=2)
        self.notes.setAccessibleName(self.tr("Notes on the case"))
        self.hearings: list[Hearing] = [Hearing(h.hearing_on, h.hearing_time, h.note, h.id)
                                        for h in (item.hearings if item else [])]
        self.hearing_table = make_table([self.tr("Hearing"), self.tr("Time"), self.tr("Note")], self.tr("Hearings"),
                                        "hearingTable")
        self.hearing_on = DateField(name=self.tr("Date of a hearing"), not_future=False)
        self.hearing_on.setObjectName("hearingDate")
        self.hearing_time = QLineEdit()
        self.hearing_time.setObjectName("hearingTime")
        self.hearing_time.setAccessibleName(self.tr("Time of the hearing (HH:MM)"))
        self.hearing_time.setPlaceholderText(self.tr("HH:MM"))
        self.hearing_time.setMaxLength(5)
        self.hearing_note = QLineEdit()
        self.hearing_note.setAccessibleName(self.tr("Note on the hearing"))
        self.hearing_note.setMaxLength(200)
        self.add_hearing_button = QPushButton(self.tr("Add &hearing"))
        self.add_hearing_button.setObjectName("addHearingButton")
        self.add_hearing_button.clicked.connect(self.add_hearing)
        self.remove_hearing_button = QPushButton(self.tr("Remo&ve chosen hearing"))
        self.remove_hearing_button.setObjectName("removeHearingButton")
        self.remove_hearing_button.clicked.connect(self.remove_hearing)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Court:"), self.court)
        form.addRow(self.tr("&File number:"), self.file_no)
        form.addRow(self.tr("&Lawyer:"), self.lawyer)
        form.addRow(self.tr("S&tatus:"), self.status)
        form.addRow(self.tr("O&utcome:"), self.outcome)
        form.addRow(self.tr("Filed o&n:"), self.opened_on)
        form.addRow(self.tr("&Decided on:"), self.decided_on)
        form.addRow(self.tr("N&otes:"), self.notes)
        entry = QHBoxLayout()
        entry.addWidget(self.hearing_on)
        entry.addWidget(self.hearing_time)
        entry.addWidget(self.hearing_note, 1)
        form.addRow(self.tr("Ne&w hearing:"), entry)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_hearing_button)
        buttons.addWidget(self.remove_hearing_button)
        buttons.addStretch(1)
        self.lay_out(form, buttons, plain_label(self.tr("Hearings:")), (self.hearing_table, 1))
        self.fields = {
            "kind": (self.kind, self.tr("Kind")), "court": (self.court, self.tr("Court")),
            "file_no": (self.file_no, self.tr("File number")), "lawyer": (self.lawyer, self.tr("Lawyer")),
            "status": (self.status, self.tr("Status")), "outcome": (self.outcome, self.tr("Outcome")),
            "opened_on": (self.opened_on, self.tr("Filed on")), "decided_on": (self.decided_on, self.tr("Decided on")),
            "notes": (self.notes, self.tr("Notes")), "hearings": (self.hearing_table, self.tr("Hearings")),
            "hearing_on": (self.hearing_on, self.tr("Date of a hearing")),
            "hearing_time": (self.hearing_time, self.tr("Time of the hearing")),
        }
        if item is not None:
            self.kind.set_value(item.kind)
            self.court.setText(item.court)
            self.file_no.setText(item.file_no)
            self.lawyer.set_value(item.lawyer)
            self.status.set_value(item.status)
            self.outcome.set_value(item.outcome)
            self.opened_on.set_value(item.opened_on)
            self.decided_on.set_value(item.decided_on)
            self.notes.set_text(item.notes)
        else:
            self.lawyer.set_value("bar_legal_aid")
            self.status.set_value("filed")
        self._show_hearings()

    def _show_hearings(self) -> None:
        self.hearings.sort(key=lambda h: (h.hearing_on, h.hearing_time or ""))
        fill_table(self.hearing_table, [[day_text(h.hearing_on), h.hearing_time or "—", h.note]
                                        for h in self.hearings], list(range(len(self.hearings))))
        self.remove_hearing_button.setEnabled(bool(self.hearings))

    def add_hearing(self) -> None:
        """The hearing typed in the row above the list joins the list (saved with the case)."""
        self.hearing_on.normalise()
        problem = self.hearing_on.problem() or ("is required" if self.hearing_on.value() is None else None)
        if problem:
            self.refuse([("hearing_on", problem)])
            return
        time = self.hearing_time.text().strip() or None
        if time is not None and len(time) == 4 and time[1] == ":":
            time = "0" + time
        self.hearings.append(Hearing(self.hearing_on.value() or "", time, self.hearing_note.text().strip()))
        self.hearing_on.set_value(None)
        self.hearing_time.clear()
        self.hearing_note.clear()
        self.mark({})
        self._show_hearings()
        self.hearing_on.setFocus()

    def remove_hearing(self) -> None:
        key = selected_key(self.hearing_table)
        if isinstance(key, int) and 0 <= key < len(self.hearings):
            del self.hearings[key]
            self._show_hearings()

    def submit(self) -> None:
        for field in (self.opened_on, self.decided_on):
            field.normalise()
        if self.hearing_on.text().strip():  # typed but not added: she means it
            self.add_hearing()
            if self.hearing_on.text().strip():
                return
        missing = [(key, "is required") for key, combo in (("kind", self.kind), ("lawyer", self.lawyer),
                                                            ("status", self.status)) if combo.value() is None]
        if missing:
            self.refuse(missing)
            return
        old = self.item
        item = CourtCase(self.kind.value() or "", self.court.text().strip(), self.file_no.text().strip(),
                         self.lawyer.value() or "none", self.status.value() or "filed", self.outcome.value(),
                         self.opened_on.value(), self.decided_on.value(), self.notes.text(), list(self.hearings),
                         id=old.id if old is not None else None,
                         row_version=old.row_version if old is not None else None)
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: support.save_court_case(session, case_id, item))


class CourtTab(CaseTab):
    def build(self) -> None:
        self.data: CaseData | None = None
        self.add_button: QPushButton | None = None
        self.edit_button: QPushButton | None = None
        self.dialog: CaseDialog | None = None
        layout = self.list_layout("courtSummary", [
            self.tr("Kind"), self.tr("Court"), self.tr("File number"), self.tr("Lawyer"), self.tr("Status"),
            self.tr("Outcome"), self.tr("Next hearing")], self.tr("Court cases"))
        self.hearings = make_table([self.tr("Hearing"), self.tr("Time"), self.tr("Note")],
                                   self.tr("Hearings of the chosen court case"), "courtHearings")
        layout.addWidget(self.table, 2)
        layout.addWidget(plain_label(self.tr("Hearings of the chosen court case:")))
        layout.addWidget(self.hearings, 1)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())

    def fill(self, data: CaseData) -> None:
        self.data = data
        editable = data.editable
        self.add_button = sync_button(self.add_button, editable, self.bar, self.tr("Record a court &case…"),
                                      "addCourtCaseButton", self.add)
        self.edit_button = sync_button(self.edit_button, editable, self.bar, self.tr("Chan&ge court case…"),
                                       "editCourtCaseButton", self.edit_selected)
        labels = self.view.ctx.labels
        items = data.record.court_cases
        coming = [(h, k) for k in items if (h := next_hearing(k)) is not None]
        first = min(coming, key=lambda x: (x[0].hearing_on, x[0].hearing_time or "")) if coming else None
        if not items:
            self.summary.setText(self.tr("No court cases recorded."))
        elif first is None:
            self.summary.setText(self.tr("Court cases: %1 · no hearing ahead").replace("%1", str(len(items))))
        else:
            self.summary.setText(self.tr("Court cases: %1 · next hearing: %2 (%3)").replace(
                "%1", str(len(items))).replace("%2", " ".join(filter(None, (day_text(first[0].hearing_on),
                                                                           first[0].hearing_time)))).replace(
                "%3", labels.label("court_case_kind", first[1].kind)))
        rows = []
        for k in items:
            h = next_hearing(k)
            rows.append([labels.label("court_case_kind", k.kind), k.court, k.file_no or "—",
                         labels.label("court_lawyer", k.lawyer), labels.label("court_case_status", k.status),
                         labels.label("court_outcome", k.outcome) if k.outcome else "—",
                         " ".join(filter(None, (day_text(h.hearing_on), h.hearing_time))) if h else "—"])
        fill_table(self.table, rows, [k.id for k in items])
        self._selected()

    def _item(self) -> CourtCase | None:
        return self.chosen(self.data.record.court_cases) if self.data is not None else None

    def _selected(self) -> None:
        item = self._item()
        if self.edit_button is not None:
            self.edit_button.setEnabled(item is not None)
        today = date.today().isoformat()
        fill_table(self.hearings, [[
            day_text(h.hearing_on) if h.hearing_on >= today else self.tr("%1 (held)").replace(
                "%1", day_text(h.hearing_on)), h.hearing_time or "—", h.note] for h in (item.hearings if item else [])])

    def add(self) -> CaseDialog | None:
        if not self.view.editable:
            return None
        return self.open_dialog(CourtCaseDialog(self.view.ctx, self.view.case_id, self),
                                self.tr("Court case recorded."))

    def edit_selected(self) -> CaseDialog | None:
        item = self._item()
        if not self.view.editable or item is None:
            return None
        return self.open_dialog(CourtCaseDialog(self.view.ctx, self.view.case_id, self, item),
                                self.tr("Court case saved."))
