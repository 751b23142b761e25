"""The history tab: what changed in the case (field by field, from the audit chain) and, for supervisors,
who opened or exported it. Loaded when first shown, since reading the access log is itself logged."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout

from ...services import history
from ..base.labels import when_text
from ..base.messages import error_text
from ..base.tables import fill_table, make_table
from ..base.widgets import plain_label, set_visible
from ..base.workers import Latest
from .data import CaseData
from .tab import CaseTab


class HistoryTab(CaseTab):
    """Loaded when first shown (reading the access log is itself logged), and again after each save."""

    def build(self) -> None:
        self.loaded = False
        self.reads = Latest(self)
        self.may_access_log = False
        self.changes: list[history.HistoryEntry] = []
        self.accesses: list[history.HistoryEntry] = []
        self.refresh_button = QPushButton(self.tr("Load a&gain"))
        self.refresh_button.clicked.connect(self.load)
        self.state = plain_label("")
        self.state.setObjectName("historyState")
        bar = QHBoxLayout()
        bar.addWidget(self.state, 1)
        bar.addWidget(self.refresh_button)
        self.table = make_table([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")],
                                self.tr("Changes to the case, newest first"))
        self.access_table = make_table([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")],
                                       self.tr("Who opened or exported the case"))
        self.access_box = QGroupBox(self.tr("Access log (supervisors)"))
        QVBoxLayout(self.access_box).addWidget(self.access_table)
        changes_box = QGroupBox(self.tr("Changes"))
        QVBoxLayout(changes_box).addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(changes_box, 2)
        layout.addWidget(self.access_box, 1)
        self.access_box.setVisible(False)

    def fill(self, data: CaseData) -> None:
        self.may_access_log = data.may_access_log
        set_visible(self.access_box, data.may_access_log)
        if self.loaded:
            self.load()

    @property
    def loading(self) -> bool:
        return self.reads.busy

    def ensure_loaded(self) -> None:
        if not self.loaded and not self.loading:
            self.load()

    def load(self) -> None:
        self.state.setText(self.tr("Loading the history…"))
        session, case_id, with_log = self.view.ctx.session, self.view.case_id, self.may_access_log

        def fetch() -> tuple[list[history.HistoryEntry], list[history.HistoryEntry]]:
            changes = history.case_history(session, case_id)
            accesses = history.access_log(session, case_id) if with_log else []
            return changes, accesses

        self.reads.ask(fetch, self._loaded, lambda exc: self.state.setText(error_text(exc)))

    def _loaded(self, found: tuple[list[history.HistoryEntry], list[history.HistoryEntry]]) -> None:
        self.loaded = True
        self.changes, self.accesses = found
        self.state.setText(self.tr("Changes recorded: %1").replace("%1", str(len(self.changes))))
        fill_table(self.table, [[when_text(e.at), e.user, self.action_label(e.action), self.details(e)]
                                for e in self.changes])
        fill_table(self.access_table, [[when_text(e.at), e.user, self.action_label(e.action), self.details(e)]
                                       for e in self.accesses])

    def action_label(self, action: str) -> str:
        known = {
            "case_create": self.tr("Case created"), "case_update": self.tr("Changed"),
            "case_status": self.tr("Status changed"), "case_assign": self.tr("Counselors assigned"),
            "note_add": self.tr("Note added"), "risk_assessment": self.tr("Risk assessed"),
            "safety_plan": self.tr("Safety plan reviewed"), "consent_record": self.tr("Consent recorded"),
            "consent_withdraw": self.tr("Consent withdrawn"), "measure_add": self.tr("Measure added"),
            "measure_violation": self.tr("Measure violation recorded"), "referral_create": self.tr("Referral made"),
            "referral_status": self.tr("Referral updated"), "placement": self.tr("Shelter placement"),
            "placement_status": self.tr("Placement updated"), "closure_request": self.tr("Closure requested"),
            "closure_decision": self.tr("Closure decided"), "follow_up_add": self.tr("Follow-up planned"),
            "follow_up_done": self.tr("Follow-up done"), "case_import": self.tr("Imported"),
            "case_view": self.tr("Opened"), "break_glass": self.tr("Opened with a stated reason"),
            "export_pdf": self.tr("PDF exported"), "case_export": self.tr("Exported"),
            "access_log_view": self.tr("Access log viewed"),
            "referral_consent_override": self.tr("Consent overridden for a referral"),
        }
        return known.get(action, action.replace("_", " "))

    @staticmethod
    def _value(value: Any) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, list):
            return ", ".join(str(v) for v in value) or "—"
        return str(value)

    def details(self, entry: history.HistoryEntry) -> str:
        parts = []
        changes = entry.details.get("changes")
        if isinstance(changes, dict):
            for name, pair in changes.items():
                if isinstance(pair, list) and len(pair) == 2:
                    parts.append(f"{name.replace('_', ' ')}: {self._value(pair[0])} → {self._value(pair[1])}")
        for key, value in entry.details.items():
            if key in ("changes", "id"):
                continue
            parts.append(f"{key.replace('_', ' ')}: {self._value(value)}")
        return "; ".join(parts)
