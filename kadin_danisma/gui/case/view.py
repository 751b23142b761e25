"""The case workspace: one case, opened deliberately (an audited read).

Above the tabs, always visible: the header (client, case number, status, risk badge, counselors, flags,
the closure buttons), the banners (break-glass, read-only) and her safe-contact instructions. The eighteen
tabs: overview, notes, follow-ups, appointments, children, violence and risk, safety plan, consents, history,
referrals, shelter placement, protective measures, aid, employment, court cases (issue 21), attached files,
closure, KVKK (legal hold and her own requests). Each is a CaseTab that sees this view only as a CaseHost
(case/data.py); what one tab asks of another (the referrals tab's "record her consent first") goes through
a signal this view connects.

Edit controls exist only for people who may edit this case now (services.access.may CASE_EDIT): a
supervisor, or anyone on a case under closure review or closed, gets none at all (not disabled ones).
A counselor opening a case not assigned to her gets `reason_needed`; the caller asks for a reason and
calls `open_with_reason`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from ...domain import records as r
from ...domain.errors import ReasonRequired
from ...domain.permissions import Relation
from ...services import cases
from ..base.labels import risk_text
from ..base.lines import compose, isolate, ui_line
from ..base.messages import error_text
from ..base.pages import FlowLayout
from ..base.styles import risk_style
from ..base.widgets import badge, banner, heading, open_modal, plain_label, set_banner, set_visible, strong_label
from ..base.workers import run_in_worker
from ..session.context import Context
from .aid_tab import AidTab
from .appointments_tab import AppointmentsTab
from .attachments_tab import AttachmentsTab
from .children_tab import ChildrenTab
from .closure_tab import ClosureHeader, ClosureTab
from .conflicts_dialog import ConflictsDialog
from .consents_tab import ConsentsTab
from .court_tab import CourtTab
from .data import CaseData
from .employment_tab import EmploymentTab
from .followups_tab import FollowUpsTab
from .history_tab import HistoryTab
from .kvkk_tab import KvkkTab
from .measures_tab import MeasuresTab
from .note_editor import NoteEditor
from .notes_tab import NotesTab
from .overview_tab import OverviewTab
from .placements_tab import PlacementsTab
from .referrals_tab import ReferralsTab
from .risk_tab import ViolenceRiskTab
from .rules import active_measure, expiring_measures, in_shelter
from .safety_plan_tab import SafetyPlanTab
from .tab import CaseTab


class CaseView(QWidget):
    loaded = Signal()
    reason_needed = Signal(int)
    failed = Signal(str)
    changed = Signal(int)
    close_requested = Signal()
    open_case_requested = Signal(int)  # another case to show (a new application of the same woman)

    def __init__(self, ctx: Context, case_id: int, parent: QWidget | None = None, reason: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.data: CaseData | None = None
        self.editable = False
        self.loading = False
        self.restored_drafts: dict[str, NoteEditor] = {}
        self.setObjectName("caseView")

        # -- header
        self.client_label = heading("", 1.3)
        self.client_label.setObjectName("caseClient")
        self.client_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header_number = heading("", 1.1)
        self.header_number.setObjectName("caseNumber")
        self.header_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header_status = plain_label("")
        self.header_status.setObjectName("caseStatus")
        self.header_status.setWordWrap(False)
        self.risk_badge = badge(plain_label(""))
        self.risk_badge.setObjectName("riskBadge")
        self.counselors_label = plain_label("")
        self.counselors_label.setObjectName("caseCounselors")
        self.flags_label = strong_label("", "caseFlags")
        self.close_button = QPushButton(self.tr("Close (Ctrl+W)"))
        self.close_button.setAccessibleName(self.tr("Close this case"))
        self.close_button.clicked.connect(self.close_requested)

        # One row that wraps at a large text size, so the safe-contact banner below is never wider than the window.
        self.client_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        top = FlowLayout()
        top.addWidget(self.client_label)
        top.addWidget(self.header_number)
        top.addWidget(self.header_status)
        top.addWidget(self.risk_badge)
        self.closure_tab = ClosureTab(self)
        self.closure_header = ClosureHeader(self, self.closure_tab)
        top.addWidget(self.closure_header)
        top.addWidget(self.close_button)
        second = QHBoxLayout()
        second.addWidget(self.counselors_label, 1)
        second.addWidget(self.flags_label, 1)

        # -- banners (above the tabs, never inside one)
        self.break_glass_banner = banner("breakGlassBanner", "warning")
        self.read_only_banner = banner("readOnlyBanner", "info")
        self.safe_contact_banner = banner("safeContactBanner", "warning")
        self.safe_contact_banner.setAccessibleDescription(self.tr("Safe contact"))
        # A package left fields for a person to decide (issue 17): said above the tabs, with the way to them.
        self.conflicts_banner = banner("conflictsBanner", "warning")
        self.conflicts_button = QPushButton(self.tr("Resolve &conflicts…"))
        self.conflicts_button.setObjectName("resolveConflictsButton")
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.conflicts_row = QWidget()
        conflicts_layout = QHBoxLayout(self.conflicts_row)
        conflicts_layout.setContentsMargins(0, 0, 0, 0)
        conflicts_layout.addWidget(self.conflicts_banner, 1)
        conflicts_layout.addWidget(self.conflicts_button)
        # Said at the bottom, in a status bar that is always there: a line appearing above the tabs pushed
        # them down under her pointer ("Note saved.", then a click landed on the wrong tab).
        self.status = plain_label("")
        self.status.setObjectName("caseStatusLine")
        self.status.setWordWrap(False)
        self.status_bar = QStatusBar()
        self.status_bar.setObjectName("caseStatusBar")
        self.status_bar.setSizeGripEnabled(False)
        self.status_bar.addWidget(self.status, 1)

        # -- tabs
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setAccessibleName(self.tr("Case sections"))
        self.overview_tab = OverviewTab(self)
        self.notes_tab = NotesTab(self)
        self.followups_tab = FollowUpsTab(self)
        self.children_tab = ChildrenTab(self)
        self.risk_tab = ViolenceRiskTab(self)
        self.safety_tab = SafetyPlanTab(self)
        self.consents_tab = ConsentsTab(self)
        self.history_tab = HistoryTab(self)
        self.referrals_tab = ReferralsTab(self)
        self.placements_tab = PlacementsTab(self)
        self.measures_tab = MeasuresTab(self)
        self.appointments_tab = AppointmentsTab(self)
        self.attachments_tab = AttachmentsTab(self)
        self.kvkk_tab = KvkkTab(self)
        self.aid_tab = AidTab(self)
        self.employment_tab = EmploymentTab(self)
        self.court_tab = CourtTab(self)
        self.named_tabs: dict[str, CaseTab] = {
            "overview": self.overview_tab, "notes": self.notes_tab, "follow_ups": self.followups_tab,
            "appointments": self.appointments_tab, "children": self.children_tab, "risk": self.risk_tab,
            "safety_plan": self.safety_tab, "consents": self.consents_tab, "history": self.history_tab,
            "referrals": self.referrals_tab, "placements": self.placements_tab, "measures": self.measures_tab,
            "aid": self.aid_tab, "employment": self.employment_tab, "court": self.court_tab,
            "attachments": self.attachments_tab, "closure": self.closure_tab, "kvkk": self.kvkk_tab,
        }
        for tab, title in zip(self.named_tabs.values(), (
                self.tr("Overvi&ew"), self.tr("&Notes"), self.tr("Follow-ups"), self.tr("Appoint&ments"),
                self.tr("C&hildren"), self.tr("&Violence and risk"), self.tr("Sa&fety plan"), self.tr("Consen&ts"),
                self.tr("Histor&y"), self.tr("&Referrals"), self.tr("Shelter pl&acement"),
                self.tr("Protective mea&sures"), self.tr("Aid"), self.tr("Employment"), self.tr("Court cases"),
                self.tr("Attached f&iles"), self.tr("Clos&ure"),
                self.tr("KVKK")), strict=True):
            self.tabs.addTab(tab, title)
        self.referrals_tab.consent_needed.connect(self._record_consent)
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.break_glass_banner)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.safe_contact_banner)
        layout.addWidget(self.conflicts_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_bar)
        for widget in (self.break_glass_banner, self.read_only_banner, self.tabs, self.safe_contact_banner,
                       self.conflicts_row):
            set_visible(widget, False)

        self.new_note_shortcut = QShortcut(QKeySequence(self.tr("Ctrl+N")), self)
        self.new_note_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_note_shortcut.setEnabled(False)
        self.new_note_shortcut.activated.connect(self._new_note_key)
        self.load(reason)

    def set_status(self, text: str) -> None:
        """The case's status bar, under the tabs: loading, saved, errors (empty when there is nothing to say;
        it never appears or disappears, so nothing moves)."""
        self.status.setText(text)

    # -- loading ---------------------------------------------------------------------------------------
    @property
    def record(self) -> r.CaseRecord | None:
        return self.data.record if self.data else None

    def load(self, reason: str | None = None) -> None:
        self.loading = True
        first = self.data is None
        if first:
            self.set_status(self.tr("Opening the case…"))
        session, case_id = self.ctx.session, self.case_id
        # The first read is logged; a re-read after her own save is not (the save is).
        run_in_worker(self, lambda: cases.case_view_data(session, case_id, reason, audit=first or reason is not None),
                      self._loaded, self._load_failed)

    def reload(self) -> None:
        self.load(None)

    def open_with_reason(self, reason: str) -> None:
        """After `reason_needed`: open with the stated reason (a break-glass grant, audited)."""
        self.load(reason)

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        self.set_status(error_text(exc))
        if isinstance(exc, ReasonRequired):
            self.reason_needed.emit(self.case_id)
        else:
            self.failed.emit(error_text(exc))

    def _loaded(self, data: CaseData) -> None:
        self.loading = False
        first = self.data is None
        self.data = data
        self.editable = data.editable
        if self.status.text() == self.tr("Opening the case…"):
            self.set_status("")
        self._show_header(data)
        self.new_note_shortcut.setEnabled(self.editable)
        for tab in self.named_tabs.values():
            tab.show_data(data)
        self.closure_header.show_data(data)
        set_visible(self.tabs, True)
        if first and self.isVisible():
            # The case she opened has the focus (its sections), not the search box or list she opened it from:
            # its keys (Ctrl+N) work at once, and a screen reader says where she is.
            focus = QApplication.focusWidget()
            if focus is None or not self.isAncestorOf(focus):
                self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
        self.loaded.emit()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.history_tab:
            self.history_tab.ensure_loaded()
        elif self.tabs.widget(index) is self.kvkk_tab:
            self.kvkk_tab.ensure_loaded()

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.named_tabs[name])

    def _record_consent(self) -> None:
        self.show_tab("consents")
        self.consents_tab.record()

    # -- header and banners ----------------------------------------------------------------------------
    def counselor_names(self, data: CaseData) -> str:
        return ", ".join(isolate(f"{data.user_display.get(u, u)} ({u})") for u in data.record.counselors)

    def _show_header(self, data: CaseData) -> None:
        rec, labels = data.record, self.ctx.labels
        self.client_label.setText(ui_line(isolate(rec.client.full_name)))
        self.header_number.setText(rec.case_number)
        self.header_status.setText(self.tr("Status: %1").replace("%1", labels.label("case_status", rec.status)))
        self.risk_badge.setText(risk_text(labels, rec.risk_level))
        self.risk_badge.setStyleSheet(risk_style(rec.risk_level))
        self.counselors_label.setText(compose(self.tr("Counselor: %1"),
                                              self.counselor_names(data) or self.tr("none assigned")))
        flags = []
        if rec.client.interpreter_language:
            flags.append(self.tr("Interpreter: %1").replace(
                "%1", labels.label("interpreter_language", rec.client.interpreter_language)))
        if in_shelter(rec):
            flags.append(self.tr("In shelter"))
        if active_measure(rec):
            flags.append(self.tr("Active protective measure"))
        if expiring_measures(rec):
            flags.append(self.tr("Protective measure ends within 14 days"))
        if data.legal_hold:
            flags.append(self.tr("On legal hold"))
        self.flags_label.setText(" · ".join(flags))
        self.conflicts_banner.setText(self.tr("Conflicts from a package: %1 waiting for a decision. Nothing was "
                                              "overwritten.").replace("%1", str(data.conflicts)))
        set_visible(self.conflicts_row, data.conflicts > 0)
        self.conflicts_button.setEnabled(data.editable)

        if data.relation is Relation.BREAK_GLASS:
            text = self.tr("Opened with a stated reason (break-glass). This access is logged for the supervisors.")
            if data.break_glass_reason:
                text += "\n" + compose(self.tr("Reason: %1"), data.break_glass_reason)
            self.break_glass_banner.setText(text)
        set_visible(self.break_glass_banner, data.relation is Relation.BREAK_GLASS)

        if rec.status == "closed":
            self.read_only_banner.setText(self.tr("Read-only: this case is closed."))
        elif rec.status == "closure_requested":
            self.read_only_banner.setText(self.tr("Read-only: this case is under closure review."))
        else:
            self.read_only_banner.setText(self.tr("Read-only: you can read this case but not change it."))
        set_visible(self.read_only_banner, not data.editable)
        self._show_safe_contact(rec.client.safe_contact)

    def _show_safe_contact(self, s: r.SafeContact) -> None:
        lines = []
        if s.never_call_home:
            lines.append(self.tr("NEVER CALL AT HOME"))
        # One line of "label: value" pairs, each value isolated: a phone number or an Arabic code word can then
        # never jump in front of its label (lines.compose).
        details = []
        if s.safe_phone.strip():
            details.append(compose(self.tr("Safe number: %1"), s.safe_phone.strip()))
        if s.safe_contact_times.strip():
            details.append(compose(self.tr("Times: %1"), s.safe_contact_times.strip()))
        if s.code_word.strip():
            details.append(compose(self.tr("Code word: %1"), s.code_word.strip()))
        if details:
            lines.append(ui_line("   ·   ".join(details)))
        if s.safe_contact_notes.strip():
            lines.append(ui_line(isolate(s.safe_contact_notes.strip())))
        if not lines:
            lines.append(self.tr("No safe-contact details recorded — ask her before calling."))
        self.safe_contact_banner.setText("\n".join(lines))
        set_banner(self.safe_contact_banner, "danger" if s.never_call_home else "warning", strong=s.never_call_home)
        set_visible(self.safe_contact_banner, True)

    # -- saving ----------------------------------------------------------------------------------------
    def open_conflicts(self) -> None:
        """The conflict panel (case/conflicts_dialog.py); the case loads again when it closes."""
        dialog = ConflictsDialog(self.ctx, self.case_id, self)
        dialog.finished.connect(lambda _r: self.reload() if dialog.changed else None)
        self.conflicts_dialog = dialog
        open_modal(dialog)

    def saved(self, message: str = "") -> None:
        """A tab's dialog saved something: say so, load the case again, tell the workspace."""
        self.set_status(message or self.tr("Saved."))
        self.reload()
        self.changed.emit(self.case_id)

    def returning_opened(self, new_case_id: int | None) -> None:
        """A new application of this woman was opened: the lists change, and the new case opens."""
        self.changed.emit(self.case_id)
        if new_case_id is not None:
            self.open_case_requested.emit(new_case_id)

    def open_note_editor(self, draft: dict[str, Any] | None = None) -> NoteEditor | None:
        """A new note (or, from a draft, the note being written when the app crashed or locked). A draft
        is restored once per view: asked again (say, on every `loaded`), the open editor is returned, or
        None once it was saved or put away."""
        if not self.editable:
            return None
        key = draft.get("_key") if draft else None
        appointment = draft.get("_appointment_id") if draft else None
        if isinstance(appointment, int):  # the note of an attended appointment: it goes back there
            self.show_tab("appointments")
            self.appointments_tab.attended(appointment, draft)
            return None
        if isinstance(key, str) and key in self.restored_drafts:
            earlier = self.restored_drafts[key]
            return earlier if Shiboken.isValid(earlier) and earlier.isVisible() else None
        # The notes behind the editor, as with Ctrl+N (a restored draft would otherwise open over the overview
        # and, once saved, leave her without the note in sight).
        self.show_tab("notes")
        editor = self.notes_tab.open_editor(draft=draft)
        if editor is not None and isinstance(key, str) and key:
            self.restored_drafts[key] = editor
        return editor

    def scrub(self) -> None:
        """Blank everything that shows case data now (at lock), before the deferred deletion."""
        for tab in self.findChildren(CaseTab):
            tab.forget()
        for label in self.findChildren(QLabel):
            label.clear()
        for table in self.findChildren(QTableWidget):
            table.clearContents()
            table.setRowCount(0)
        for text in self.findChildren(QTextEdit) + self.findChildren(QPlainTextEdit):
            text.clear()
        for edit in self.findChildren(QLineEdit):
            edit.clear()
        self.data = None

    def _new_note_key(self) -> None:
        if self.editable:
            self.show_tab("notes")
            self.notes_tab.new_note()

