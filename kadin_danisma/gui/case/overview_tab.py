"""The case's overview tab: the client and how to reach her safely, the intake (violence history and her
request), her counselors, the documents of the case (its summary, her full record), and the status history.

For people who may edit the case, each of her details has its "Change…" (case/details_dialogs.py): a woman's
phone, address and situation change during a case. The documents are saved as a PDF or printed by those who
may export the case, who may also send it to a paired partner as an encrypted package ("Send to…",
case/send_dialog.py; on a center server a supervisor sends, and a counselor reads why in its place).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...domain.case_states import Status
from ...domain.errors import PackageRefused
from ...domain.permissions import Action
from ...services import access, exports, packages
from ...services.exports import Purpose
from ..base.documents import DocumentActions
from ..base.labels import age_text, day_text, when_text, yes_no
from ..base.lines import isolate, ui_line
from ..base.messages import error_text
from ..base.scaling import set_height_in_lines
from ..base.tables import fill_table, make_table, sync_button
from ..base.widgets import fill_with_scrolling, open_modal, plain_label, set_visible, two_columns
from .data import CaseData, CaseHost
from .details_dialogs import ClientDialog, CounselorsDialog, SafeContactDialog, ViolenceHistoryDialog
from .returning_dialog import ReturningDialog
from .rules import may_assign, may_export
from .send_dialog import SendPackageDialog
from .tab import CaseTab


def record_actions(view: CaseHost, name: str) -> DocumentActions:
    """Everything held about her, every case of hers (a KVKK access request), saved or printed."""
    translate = QCoreApplication.translate
    session, case_id, lang = view.ctx.session, view.case_id, view.ctx.labels.language

    def build(purpose: Purpose) -> bytes:
        return exports.client_record_pdf(session, case_id, "en" if lang == "en" else "tr", purpose=purpose)

    return DocumentActions(translate("OverviewTab", "her full record"), translate("OverviewTab", "client-record.pdf"),
                           build, name=name)


# Values typed by a person (not chosen from a list): shown isolated, whatever their script.
FREE_TEXT = ("nationality", "disability_needs", "income", "safe_phone", "safe_times", "code_word", "contact_notes",
             "address", "referred_by", "presenting_request", "frequency")

class OverviewTab(CaseTab):
    FIELDS = ("full_name", "client_code", "birth", "nationality", "migrant_status", "languages",
              "interpreter_language", "disability_needs", "disability_types", "district", "marital_status",
              "education", "employment", "income",
              "safe_phone", "safe_times", "never_call_home", "code_word", "contact_notes", "address",
              "intake_date", "channel", "referred_by", "heard_from", "presenting_request", "violence_types",
              "frequency", "last_incident", "prior_contact", "immediate_needs", "opened_on", "closed_on",
              "counselors")

    def build(self) -> None:
        from .closure_tab import summary_actions  # the same document as the closure tab's

        self.values: dict[str, QLabel] = {}
        for key in self.FIELDS:
            label = plain_label("")
            label.setObjectName(f"overview_{key}")
            self.values[key] = label
        # Edit controls exist only while she may edit the case (sync_button), like every tab's.
        self.edit_buttons: dict[str, QPushButton | None] = {"client": None, "contact": None, "intake": None,
                                                            "counselors": None, "returning": None}
        self.bars: dict[str, QHBoxLayout] = {}

        client = self._group(self.tr("Client"), "client", (
            ("full_name", self.tr("Name:")), ("client_code", self.tr("Client code:")), ("birth", self.tr("Born:")),
            ("nationality", self.tr("Nationality:")), ("migrant_status", self.tr("Residence status:")),
            ("languages", self.tr("Languages:")), ("interpreter_language", self.tr("Needs an interpreter for:")),
            ("disability_needs", self.tr("Disability or access needs:")),
            ("disability_types", self.tr("Disability (Washington Group):")),
            ("district", self.tr("District she lives in:")),
            ("marital_status", self.tr("Marital status:")), ("education", self.tr("Education:")),
            ("employment", self.tr("Employment:")), ("income", self.tr("Income:"))))
        contact = self._group(self.tr("Contacting her safely"), "contact", (
            ("safe_phone", self.tr("Safe phone:")), ("safe_times", self.tr("Safe times:")),
            ("never_call_home", self.tr("Never call at home:")), ("code_word", self.tr("Code word:")),
            ("contact_notes", self.tr("Notes:")), ("address", self.tr("Address:"))))
        intake = self._group(self.tr("Intake"), "intake", (
            ("intake_date", self.tr("Intake date:")), ("channel", self.tr("How she came:")),
            ("referred_by", self.tr("Referred by:")), ("heard_from", self.tr("How she heard of us:")),
            ("presenting_request", self.tr("Her request:")),
            ("violence_types", self.tr("Violence types:")), ("frequency", self.tr("How often:")),
            ("last_incident", self.tr("Last incident:")), ("prior_contact", self.tr("Police / court before:")),
            ("immediate_needs", self.tr("Immediate needs:"))))
        case = self._group(self.tr("Case"), "counselors", (
            ("opened_on", self.tr("Opened:")), ("closed_on", self.tr("Closed:")),
            ("counselors", self.tr("Counselors:"))))
        self.documents = QGroupBox(self.tr("Documents"))
        self.documents.setObjectName("caseDocuments")
        self.summary_actions = summary_actions(self.view, "overviewSummary")
        self.record_actions = record_actions(self.view, "overviewRecord")
        docs = QFormLayout(self.documents)
        docs.addRow(self.tr("Case summary (for supervision):"), self.summary_actions)
        docs.addRow(self.tr("Her full record (KVKK access request):"), self.record_actions)
        self.send_button = QPushButton(self.tr("Send to…"))
        self.send_button.setObjectName("sendPackageButton")
        self.send_button.setAccessibleName(self.tr("Send to a partner: this case as an encrypted package"))
        self.send_button.clicked.connect(lambda: self.send_to())
        # On a center server a supervisor sends packages; a counselor reads why where the button would be.
        holds = packages.holds_keys(self.view.ctx.session)
        self.send_note = plain_label("" if holds else error_text(
            PackageRefused("", code="packages_supervisors_on_server")))
        self.send_note.setObjectName("sendPackageNote")
        send_row = QHBoxLayout()
        send_row.addWidget(self.send_button)
        send_row.addWidget(self.send_note, 1)
        set_visible(self.send_button, holds)
        set_visible(self.send_note, not holds)
        docs.addRow(self.tr("To a paired partner (encrypted package):"), send_row)
        self.status_history = make_table(
            [self.tr("When"), self.tr("From"), self.tr("To"), self.tr("Step"), self.tr("By"), self.tr("Comment")],
            self.tr("Status history"))
        set_height_in_lines(self.status_history, 6, at_least=True)
        statuses = QGroupBox(self.tr("Status history"))
        QVBoxLayout(statuses).addWidget(self.status_history)
        fill_with_scrolling(self, two_columns([client, intake], [contact, case, self.documents]), statuses)
        self.dialog = None

    def _group(self, title: str, edits: str, rows: tuple[tuple[str, str], ...]) -> QGroupBox:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        form = QFormLayout()
        for key, text in rows:
            form.addRow(text, self.values[key])
        column.addLayout(form)
        if edits:
            bar = QHBoxLayout()
            bar.addStretch(1)
            column.addLayout(bar)
            self.bars[edits] = bar
        return box

    def fill(self, data: CaseData) -> None:
        rec, labels = data.record, self.view.ctx.labels
        c = rec.client
        s = c.safe_contact
        birth = age_text(c.birth_year)
        if c.birth_date:
            birth = f"{day_text(c.birth_date)} — {birth}" if birth else day_text(c.birth_date)
        it = rec.intake
        before = []
        if it is not None and it.prior_police:
            before.append(self.tr("police"))
        if it is not None and it.prior_court:
            before.append(self.tr("court"))
        values = {
            "full_name": ui_line(isolate(c.full_name)), "client_code": c.client_code, "birth": birth,
            "nationality": c.nationality, "migrant_status": labels.label("migrant_status", c.migrant_status),
            "languages": labels.labels("interpreter_language", c.languages),
            "interpreter_language": labels.label("interpreter_language", c.interpreter_language)
            or self.tr("no interpreter needed"),
            "disability_needs": c.disability_needs, "marital_status": labels.label("marital_status", c.marital_status),
            "education": labels.label("education", c.education), "employment": labels.label("employment", c.employment),
            "income": c.income, "district": labels.label("district", c.district or "unknown"),
            "disability_types": labels.labels("disability_type", c.disability_types) or self.tr("not asked"),
            "safe_phone": s.safe_phone, "safe_times": s.safe_contact_times,
            "never_call_home": yes_no(s.never_call_home),
            "code_word": s.code_word, "contact_notes": s.safe_contact_notes, "address": s.address,
            "intake_date": day_text(it.intake_date) if it else self.tr("no intake recorded"),
            "channel": labels.label("intake_channel", it.channel) if it else "",
            "referred_by": it.referred_by if it else "",
            "heard_from": labels.label("referral_source", it.heard_from or "unknown") if it else "",
            "presenting_request": it.presenting_request if it else "",
            "violence_types": labels.labels("violence_type", it.violence_types) if it else "",
            "frequency": it.frequency if it else "", "last_incident": day_text(it.last_incident) if it else "",
            "prior_contact": ", ".join(before) if it else "",
            "immediate_needs": labels.labels("immediate_need", it.immediate_needs) if it else "",
            "opened_on": day_text(rec.opened_on), "closed_on": day_text(rec.closed_on) or "—",
            "counselors": self.view.counselor_names(data) or self.tr("none assigned"),
        }
        for key in FREE_TEXT:
            # What she typed may be in any script (an Arabic code word): each line its own isolate, read in the
            # language's direction.
            values[key] = "\n".join(ui_line(isolate(line)) for line in values[key].split("\n")) if values[key] else ""
        for key, text in values.items():
            self.values[key].setText(text or "—")
        for what, text, name in (("client", self.tr("Change her details…"), "editClientButton"),
                                 ("contact", self.tr("Change how to reach her…"), "editContactButton"),
                                 ("intake", self.tr("Change the violence history…"), "editIntakeButton")):
            self.edit_buttons[what] = sync_button(self.edit_buttons[what], data.editable, self.bars[what], text, name,
                                                  partial(self.change, what))
        self.edit_buttons["counselors"] = sync_button(
            self.edit_buttons["counselors"], may_assign(self.view.ctx.session, data), self.bars["counselors"],
            self.tr("Change counselors…"), "changeCounselorsButton", partial(self.change, "counselors"))
        # She comes back after her case was closed: a new case of the same woman (for whoever records intakes);
        # the closed case stays as it is.
        self.edit_buttons["returning"] = sync_button(
            self.edit_buttons["returning"], access.allowed(self.view.ctx.session, Action.CASE_CREATE)
            and rec.status == Status.CLOSED.value, self.bars["counselors"],
            self.tr("New application for this woman…"), "returningButton", self.new_application)
        set_visible(self.documents, may_export(self.view.ctx.session, data))
        fill_table(self.status_history, [
            [when_text(h.at), labels.label("case_status", h.from_status) if h.from_status else "—",
             labels.label("case_status", h.to_status), step_label(h.event), h.by, h.comment]
            for h in reversed(rec.status_history)])

    def change(self, what: str) -> object:
        """Open the dialog that changes her details ("client"), how to reach her ("contact") or the violence
        history ("intake")."""
        data = self.view.data
        if data is None or (not self.view.editable and what != "counselors"):
            return None
        ctx, case_id, rec = self.view.ctx, self.view.case_id, data.record
        if what == "counselors":
            if not may_assign(ctx.session, data):
                return None
            return self.open_dialog(CounselorsDialog(ctx, case_id, self, rec.counselors), self.tr("Counselors saved."))
        if what == "client":
            return self.open_dialog(ClientDialog(ctx, case_id, self, rec.client), self.tr("Her details saved."))
        if what == "contact":
            return self.open_dialog(SafeContactDialog(ctx, case_id, self, rec.client),
                                    self.tr("How to reach her saved."))
        return self.open_dialog(ViolenceHistoryDialog(ctx, case_id, self, rec.intake, rec.opened_on),
                                self.tr("Violence history saved."))


    def send_to(self) -> SendPackageDialog | None:
        data = self.view.data
        if data is None:
            return None
        dialog = SendPackageDialog(self.view.ctx, data.record.case_number, self)
        dialog.accepted.connect(lambda: self.view.set_status(dialog.done_text()))
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def new_application(self) -> ReturningDialog:
        dialog = ReturningDialog(self.view.ctx, self.view.case_id, self)
        dialog.accepted.connect(lambda: self.view.returning_opened(dialog.new_case_id))
        self.dialog = dialog
        open_modal(dialog)
        return dialog


def step_label(event: str) -> str:
    """A step of the case's life in words ("finish_intake" → "Intake finished")."""
    translate = QCoreApplication.translate
    return {
        "create": translate("CaseSteps", "Case created"),
        "finish_intake": translate("CaseSteps", "Intake finished"),
        "activate": translate("CaseSteps", "Work began"),
        "request_closure": translate("CaseSteps", "Closure requested"),
        "withdraw_request": translate("CaseSteps", "Closure request withdrawn"),
        "approve_closure": translate("CaseSteps", "Closure approved"),
        "return_closure": translate("CaseSteps", "Closure returned"),
        "reopen": translate("CaseSteps", "Reopened"),
        "import": translate("CaseSteps", "Imported"),
    }.get(event, event.replace("_", " "))
