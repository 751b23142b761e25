"""The referrals tab: referrals to institutions from the directory, their lifecycle and the letter.

A referral starts as a draft (institution, reason, requested service). Sending it needs her consent to
share with that institution (services.referrals checks it when the status becomes "sent"): without it the
step is refused with the consent message, and the counselor is taken to the consents tab to record it; a
supervisor may instead override with a stated reason. Every later step (accepted, rejected — with the
reason —, completed, withdrawn) keeps its date and shows in the referral's events.

Create and status controls exist only for people who may edit the case now; the override for those who
may override consent; the letter for those who may export the case (a supervisor may produce one).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from ...domain import records as r
from ...domain.errors import ConsentMissing, InvalidInput
from ...domain.lifecycles import REFERRAL_STEPS
from ...domain.permissions import Action
from ...domain.reasons import reason_problem
from ...services import access, directory, referrals
from ...services.session import Session
from ..base.forms import DateField
from ..base.labels import day_text
from ..base.lines import isolate, ui_line
from ..base.messages import error_text
from ..base.scaling import set_height_in_lines
from ..base.tables import fill_table, select_key, selected_key, sync_button
from ..base.widgets import buddy, open_modal, plain_label, set_visible
from ..base.workers import Latest
from ..session.context import Context
from .data import CaseData, iso_today
from .letter_dialog import LetterDialog
from .tab import CaseDialog, CaseTab

SEARCH_DELAY_MS = 150


def _text_box(name: str, lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    set_height_in_lines(box, lines, at_most=True)
    return box


class NewReferralDialog(CaseDialog):
    """Find the institution in the directory (name, type, city), then the reason and requested service."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        super().__init__(ctx, case_id, parent, self.tr("New referral"))
        self.setObjectName("newReferralDialog")
        self.search = QLineEdit()
        self.search.setObjectName("institutionSearch")
        self.search.setAccessibleName(self.tr("Search the directory by name"))
        self.search.setPlaceholderText(self.tr("Name, district…"))
        self.search.setClearButtonEnabled(True)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("institutionType")
        self.type_combo.setAccessibleName(self.tr("Type of institution"))
        self.type_combo.addItem(self.tr("Any type"), None)
        for code, text in ctx.labels.choices("institution_type"):
            self.type_combo.addItem(text, code)
        self.city = QLineEdit()
        self.city.setObjectName("institutionCity")
        self.city.setAccessibleName(self.tr("City"))
        self.results = QListWidget()
        self.results.setObjectName("institutionResults")
        self.results.setAccessibleName(self.tr("Institutions found"))
        set_height_in_lines(self.results, 6, at_least=True)
        self.found_label = plain_label("")
        self.found_label.setObjectName("institutionsFound")
        self.reason = _text_box(self.tr("Reason for the referral"))
        self.reason.setObjectName("referralReason")
        self.service = QLineEdit()
        self.service.setObjectName("requestedService")
        self.service.setAccessibleName(self.tr("Requested service"))

        search_row = QHBoxLayout()
        search_row.addWidget(buddy(self.tr("&Find:"), self.search))
        search_row.addWidget(self.search, 2)
        search_row.addWidget(buddy(self.tr("&Type:"), self.type_combo))
        search_row.addWidget(self.type_combo, 2)
        search_row.addWidget(buddy(self.tr("&City:"), self.city))
        search_row.addWidget(self.city, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Institution:"), self.results)
        form.addRow("", self.found_label)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("Requested &service:"), self.service)
        self.lay_out(search_row, form)
        self.fields = {"institution": (self.results, self.tr("Institution")),
                       "reason": (self.reason, self.tr("Reason")),
                       "requested_service": (self.service, self.tr("Requested service"))}
        self.resize(720, 520)

        self.searches = Latest(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.city.textChanged.connect(lambda _t: self.timer.start())
        self.type_combo.currentIndexChanged.connect(lambda _i: self.timer.start())
        self.run_search()

    @property
    def searching(self) -> bool:
        return self.searches.busy

    def run_search(self) -> None:
        """Each search in a worker; only the newest answer is shown."""
        session: Session = self.ctx.session
        text, city = self.search.text(), self.city.text().strip() or None
        kind = self.type_combo.currentData()
        self.searches.ask(lambda: directory.search_institutions(session, text, kind, city), self._found,
                          lambda exc: self.found_label.setText(error_text(exc)))

    def _found(self, found: list[r.Institution]) -> None:
        chosen = self.institution_id()
        self.results.clear()
        labels = self.ctx.labels
        for inst in found:
            place = ", ".join(x for x in (inst.district, inst.city) if x)
            text = f"{inst.name} — {labels.label('institution_type', inst.institution_type)}"
            item = QListWidgetItem(text + (f" ({place})" if place else ""))
            item.setData(Qt.ItemDataRole.UserRole, inst.id)
            self.results.addItem(item)
            if inst.id == chosen:
                self.results.setCurrentItem(item)
        self.found_label.setText(self.tr("%1 found").replace("%1", str(len(found))) if found
                                 else self.tr("No institution matches. Try fewer words, another type or city."))

    def institution_id(self) -> int | None:
        item = self.results.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None
        return int(value) if value is not None else None

    def choose(self, institution_id: int) -> bool:
        """Select an institution in the results (what a click does); False if it is not listed."""
        for i in range(self.results.count()):
            item = self.results.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == institution_id:
                self.results.setCurrentItem(item)
                item.setSelected(True)
                return True
        return False

    def submit(self) -> None:
        institution_id = self.institution_id()
        problems = []
        if institution_id is None:
            problems.append(("institution", self.tr("choose one from the list.")))
        if not self.reason.toPlainText().strip():
            problems.append(("reason", "is required"))
        if problems or institution_id is None:
            self.refuse(problems)
            return
        session, case_id = self.ctx.session, self.case_id
        reason, service = self.reason.toPlainText().strip(), self.service.text().strip()
        self.run(lambda: referrals.create_referral(session, case_id, institution_id, reason, service))


class OverrideDialog(CaseDialog):
    """A supervisor lets a draft referral go without her share consent; the reason is recorded."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, referral: r.Referral) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Override the missing consent"))
        self.setObjectName("overrideDialog")
        self.referral = referral
        intro = plain_label(ui_line(self.tr(
            "She has not consented to sharing with %1. You may let this referral be sent anyway (for example, "
            "a child at risk). Your reason is recorded and logged.").replace("%1", isolate(referral.institution))))
        self.reason = _text_box(self.tr("Reason for the override"), 5)
        self.reason.setObjectName("overrideReason")
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        self.lay_out(intro, form)
        self.fields = {"reason": (self.reason, self.tr("Reason"))}
        self.resize(560, 300)

    def submit(self) -> None:
        if self.referral.id is None:
            return
        reason = self.reason.toPlainText().strip()
        if problem := reason_problem(reason):
            self.refuse([("reason", problem)])
            return
        session, case_id, rid = self.ctx.session, self.case_id, self.referral.id
        self.run(lambda: referrals.override_consent(session, case_id, rid, reason))


class StatusDialog(CaseDialog):
    """The next step of a referral, with its date; a rejection needs the reason, a completion may say
    the outcome. A send without her consent is refused here, with the ways forward."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, referral: r.Referral,
                 tab: ReferralsTab) -> None:
        super().__init__(ctx, case_id, parent, self.tr("Change the referral's status"))
        self.setObjectName("referralStatusDialog")
        self.referral = referral
        self.tab = tab
        labels = ctx.labels
        intro = plain_label(ui_line(self.tr("%1 — now: %2").replace("%1", isolate(referral.institution)).replace(
            "%2", labels.label("referral_status", referral.status))))
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("referralNextStatus")
        self.status_combo.setAccessibleName(self.tr("New status"))
        order = [code for code, _ in labels.choices("referral_status", include_retired=True)]
        for code in sorted(REFERRAL_STEPS.get(referral.status, frozenset()), key=lambda c: (
                order.index(c) if c in order else len(order), c)):
            self.status_combo.addItem(labels.label("referral_status", code), code)
        self.on = DateField(name=self.tr("Date of this step"), required=True, value=iso_today())
        self.comment = _text_box(self.tr("Comment"))
        self.comment.setObjectName("referralComment")
        self.comment_label = buddy("", self.comment)
        form = QFormLayout()
        form.addRow(self.tr("New &status:"), self.status_combo)
        form.addRow(self.tr("&On:"), self.on)
        form.addRow(self.comment_label, self.comment)

        # Shown after a send is refused for want of consent.
        self.consent_button = QPushButton(self.tr("Go to consents and &record hers…"))
        self.consent_button.setObjectName("goRecordConsentButton")
        self.consent_button.clicked.connect(self.go_record_consent)
        self.override_button = QPushButton(self.tr("O&verride with a reason…"))
        self.override_button.setObjectName("dialogOverrideButton")
        self.override_button.clicked.connect(self.go_override)
        ways = QHBoxLayout()
        ways.addWidget(self.consent_button)
        ways.addWidget(self.override_button)
        ways.addStretch(1)

        self.lay_out(intro, form, after=ways)
        self.fields = {"status": (self.status_combo, self.tr("New status")), "on": (self.on, self.tr("Date")),
                       "comment": (self.comment, self.tr("Comment"))}
        self.consent_missing = False
        self._ways(False)
        self.status_combo.currentIndexChanged.connect(lambda _i: self._status_changed())
        self._status_changed()
        self.resize(560, 340)

    def _ways(self, missing: bool) -> None:
        self.consent_missing = missing
        set_visible(self.consent_button, missing and self.tab.view.editable)
        set_visible(self.override_button, missing and self.tab.may_override)

    def status_code(self) -> str:
        value = self.status_combo.currentData()
        return str(value) if value is not None else ""

    def _status_changed(self) -> None:
        code = self.status_code()
        text = {"rejected": self.tr("Reason for the re&jection (required):"),
                "completed": self.tr("Out&come:")}.get(code, self.tr("Co&mment:"))
        self.comment_label.setText(text)
        self.comment.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.fields["comment"] = (self.comment, text.replace("&", "").rstrip(":").replace(" (required)", ""))

    def submit(self) -> None:
        if self.referral.id is None:
            return
        code = self.status_code()
        if not code:
            return
        comment = self.comment.toPlainText().strip()
        if code == "rejected" and not comment:
            self.refuse([("comment", "is required")])
            return
        self._ways(False)
        session, case_id, rid, on = self.ctx.session, self.case_id, self.referral.id, self.on.value() or ""
        self.run(lambda: referrals.change_status(session, case_id, rid, code, on=on, comment=comment))

    def failed(self, exc: BaseException) -> None:
        found = exc.details.get("problems") if isinstance(exc, InvalidInput) else None
        if isinstance(found, list) and any(str(m) == "a rejected referral needs the reason" for _p, m in found):
            self.refuse([("comment", "is required")])
            return
        super().failed(exc)
        if isinstance(exc, ConsentMissing):
            self._ways(True)
            self.save_button().setEnabled(True)

    def go_record_consent(self) -> None:
        """Close this step and ask for the consents tab's dialog, so she can record the consent first."""
        self.reject()
        self.tab.consent_needed.emit()

    def go_override(self) -> None:
        self.reject()
        self.tab.override_selected()


class ReferralsTab(CaseTab):
    consent_needed = Signal()  # she chose to record the missing consent first (the view opens the consents tab)

    def build(self) -> None:
        self.setObjectName("referralsTab")
        self.new_button: QPushButton | None = None
        self.status_button: QPushButton | None = None
        self.override_button: QPushButton | None = None
        self.letter_button: QPushButton | None = None
        self.dialog: QDialog | None = None
        self.may_override = False
        self.may_export = False
        self.rights_known = False
        self.rights = Latest(self)
        self.editable = False

        layout = self.list_layout("referralsSummary", [
            self.tr("Institution"), self.tr("Type"), self.tr("Status"), self.tr("Created"), self.tr("Sent"),
            self.tr("Answered"), self.tr("Closed"), self.tr("Consent override")], self.tr("Referrals"))
        self.table.setObjectName("referralsTable")
        self.details = QPlainTextEdit()
        self.details.setObjectName("referralDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("The selected referral and its events"))
        self.details.setPlaceholderText(self.tr("Select a referral to see its reason and events."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

    # -- data ----------------------------------------------------------------------------------------------
    def fill(self, data: CaseData) -> None:
        self.editable = data.editable
        self.new_button = sync_button(self.new_button, data.editable, self.bar, self.tr("Ne&w referral…"),
                                      "newReferralButton", self.new_referral)
        self.status_button = sync_button(self.status_button, data.editable, self.bar, self.tr("&Change status…"),
                                         "referralStatusButton", self.change_selected)
        chosen = selected_key(self.table)
        items = data.record.referrals
        labels = self.view.ctx.labels
        open_count = sum(1 for x in items if x.status in ("draft", "sent", "accepted"))
        self.summary.setText(self.tr("Open: %1 · all: %2").replace("%1", str(open_count)).replace(
            "%2", str(len(items))) if items else self.tr("No referrals yet."))
        fill_table(self.table, [[x.institution, labels.label("institution_type", x.institution_type),
                                 labels.label("referral_status", x.status), day_text(x.created_on),
                                 day_text(x.sent_on) or "—", day_text(x.responded_on) or "—",
                                 day_text(x.closed_on) or "—",
                                 self.tr("overridden") if x.consent_override_reason else ""] for x in items],
                   [x.id for x in items])
        if not (isinstance(chosen, int) and self.select(chosen)) and items:
            self.table.selectRow(0)  # details in sight at once, and a selection to act on from the keyboard
        self._selected()
        self._load_rights()

    def _load_rights(self) -> None:
        """Override and letter depend on permissions beyond editing; asked in a worker, like the load."""
        session, case_id = self.view.ctx.session, self.view.case_id

        def rights() -> tuple[bool, bool]:
            return (access.may(session, case_id, Action.CONSENT_OVERRIDE),
                    access.may(session, case_id, Action.CASE_EXPORT))

        self.rights.ask(rights, self._rights, lambda exc: self._rights((False, False)))

    def _rights(self, found: tuple[bool, bool]) -> None:
        self.may_override, self.may_export = found
        self.rights_known = True
        self.override_button = sync_button(self.override_button, self.may_override, self.bar,
                                           self.tr("&Override with a reason…"), "overrideConsentButton",
                                           self.override_selected)
        self.letter_button = sync_button(self.letter_button, self.may_export, self.bar, self.tr("Letter as P&DF…"),
                                         "referralLetterButton", self.letter_for_selected)
        self._selected()

    def referral(self) -> r.Referral | None:
        return self.chosen(self.view.data.record.referrals) if self.view.data is not None else None

    def select(self, referral_id: int) -> bool:
        return select_key(self.table, referral_id)

    def _selected(self) -> None:
        x = self.referral()
        if self.status_button is not None:
            self.status_button.setEnabled(x is not None and bool(REFERRAL_STEPS.get(x.status)))
        if self.override_button is not None:
            self.override_button.setEnabled(x is not None and x.status == "draft" and not x.consent_override_reason)
        if self.letter_button is not None:
            self.letter_button.setEnabled(x is not None and x.status not in ("withdrawn",))
        self.details.setPlainText(self._details(x) if x is not None else "")

    def _details(self, x: r.Referral) -> str:
        labels = self.view.ctx.labels
        lines = [ui_line(f"{isolate(x.institution)} — {labels.label('institution_type', x.institution_type)}"
                         + (f" ({isolate(x.institution_city)})" if x.institution_city else ""))]
        pairs = [(self.tr("Reason"), x.reason), (self.tr("Requested service"), x.requested_service),
                 (self.tr("Reason for the rejection"), x.rejection_reason), (self.tr("Outcome"), x.outcome),
                 (self.tr("Consent overridden by a supervisor"), x.consent_override_reason)]
        lines += [ui_line(f"{name}: {isolate(value)}") for name, value in pairs if value]
        lines.append("")
        lines.append(self.tr("Events:"))
        for e in x.events:
            step = labels.label("referral_status", e.to_status)
            if e.from_status:
                step = f"{labels.label('referral_status', e.from_status)} → {step}"
            line = f"{day_text(e.on_date)}  {step}"
            if e.by:
                line += f"  · {isolate(e.by)}"
            if e.comment:
                line += f"  · {isolate(e.comment)}"
            lines.append(ui_line(line))
        return "\n".join(lines)

    # -- actions ------------------------------------------------------------------------------------------
    def new_referral(self) -> NewReferralDialog | None:
        if not self.view.editable:
            return None
        dialog = NewReferralDialog(self.view.ctx, self.view.case_id, self)
        dialog.accepted.connect(lambda: self._after(self.tr(
            "Referral saved as a draft. Send it with Change status once she has consented.")))
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def change_selected(self) -> StatusDialog | None:
        x = self.referral()
        if not self.view.editable or x is None or not REFERRAL_STEPS.get(x.status):
            return None
        dialog = StatusDialog(self.view.ctx, self.view.case_id, self, x, self)
        dialog.accepted.connect(lambda: self._after(self.tr("Referral status changed.")))
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def override_selected(self) -> OverrideDialog | None:
        x = self.referral()
        if not self.may_override or x is None or x.status != "draft" or x.consent_override_reason:
            return None
        dialog = OverrideDialog(self.view.ctx, self.view.case_id, self, x)
        dialog.accepted.connect(lambda: self._after(self.tr("Override recorded; the referral may now be sent.")))
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def letter_for_selected(self) -> LetterDialog | None:
        x = self.referral()
        if not self.may_export or x is None or x.id is None:
            return None
        dialog = LetterDialog(self.view.ctx, self.view.case_id, x, self)
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def _after(self, message: str) -> None:
        self.view.saved(message)
