"""The history tab: what changed in the case and, for supervisors, who opened, saved or printed it, each
entry one sentence in the interface language with names, never ids or raw keys (case/history_lines.py).
Loaded when first shown, since reading the access log is itself logged."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout

from ...services import history
from ..base.labels import when_text
from ..base.messages import error_text
from ..base.tables import fill_table, make_table
from ..base.widgets import plain_label, set_visible
from ..base.workers import Latest
from .data import CaseData
from .history_lines import HistoryLines
from .tab import CaseTab

Found = tuple[list[history.HistoryEntry], list[history.HistoryEntry], history.HistoryNames]


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
        self.table = make_table([self.tr("When"), self.tr("Who"), self.tr("What happened")],
                                self.tr("Changes to the case, newest first"))
        self.access_table = make_table([self.tr("When"), self.tr("Who"), self.tr("What happened")],
                                       self.tr("Who opened, saved or printed the case"))
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

        def fetch() -> Found:
            changes = history.case_history(session, case_id)
            accesses = history.access_log(session, case_id) if with_log else []
            return changes, accesses, history.history_names(session, case_id)

        self.reads.ask(fetch, self._loaded, lambda exc: self.state.setText(error_text(exc)))

    def _loaded(self, found: Found) -> None:
        self.loaded = True
        self.changes, self.accesses, names = found
        lines = HistoryLines(self.view.ctx.labels, names)
        self.state.setText(self.tr("Changes recorded: %1").replace("%1", str(len(self.changes))))
        for table, entries in ((self.table, self.changes), (self.access_table, self.accesses)):
            fill_table(table, [[when_text(e.at), lines.who(e.user), lines.line(e)] for e in entries])
