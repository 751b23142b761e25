"""The Reports page: choose the report and its period, run it in a worker (progress, cancel), read the
figures on screen (what the files will say about themselves, every table as a Qt table, one-column tables as
bar charts) and save it as PDF, XLSX or CSV through the one file chooser and the one file writer.

Supervisors and the coordinator see the center's figures, a counselor those of her own caseload: the service
decides (services/statistics), and audits every run and every saved file (kind, period, scope; never a
figure, never the path). Cells come as the service made them: a count, "<k" for a small one, "×" for one
hidden so the small ones cannot be worked out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ReportCancelled
from ...domain.permissions import Action
from ...domain.stat_tables import Report, Table
from ...services import access, report_files, statistics
from ...services.statistics import ReportRequest
from ..base.files import choose_save_file, csv_filter, pdf_filter, xlsx_filter
from ..base.forms import CodeCombo
from ..base.lines import isolate, ui_line
from ..base.messages import error_text, folder_warning_text
from ..base.pages import FlowLayout
from ..base.preferences import current_language
from ..base.scaling import follow, set_width_in_chars
from ..base.styles import set_error
from ..base.tables import fit_columns, prepare_view
from ..base.widgets import buddy, heading, plain_label, set_visible, strong_label
from ..base.workers import Progress, run_in_worker
from ..session.context import Context
from .period import PeriodPicker
from .tables import BarChart, ReportTableModel

FORMATS = ("pdf", "xlsx", "csv")
MAX_LINES = 16  # rows a table shows before it scrolls


class ReportsPage(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reportsPage")
        self.center = access.allowed(ctx.session, Action.STATISTICS_CENTER)
        self.report: Report | None = None
        self.job: Progress | None = None
        self.saving = False
        self.models: list[ReportTableModel] = []

        intro = (self.tr("The center's figures, from the cases whose client consented to anonymous statistics. "
                         "Small counts are hidden so that no woman can be recognised.") if self.center else
                 self.tr("The figures of your own caseload, from the cases whose client consented to anonymous "
                         "statistics. Small counts are hidden so that no woman can be recognised."))
        self.kind = CodeCombo([(statistics.ACTIVITY, self.tr("Activity report")),
                               (statistics.GBVIMS, self.tr("GBVIMS-style tables"))], name=self.tr("Report"))
        self.kind.setObjectName("reportKind")
        self.period = PeriodPicker()
        self.run_button = QPushButton(self.tr("R&un the report"))
        self.run_button.setObjectName("reportRun")
        self.cancel_button = QPushButton(self.tr("Cancel the run"))
        self.cancel_button.setObjectName("reportCancel")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setAccessibleName(self.tr("Report progress"))
        self.progress.setTextVisible(False)
        set_width_in_chars(self.progress, 16)
        self.state = strong_label("", "reportState")

        choose = QFormLayout()
        choose.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        choose.addRow(buddy(self.tr("&Report:"), self.kind), self.kind)
        run_row = FlowLayout()
        run_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.run_button, self.cancel_button, self.progress):
            run_row.addWidget(widget)

        # -- the result ------------------------------------------------------------------------------------
        self.result = QWidget()
        self.result.setObjectName("reportResult")
        self.title = heading("", 1.2)
        self.title.setObjectName("reportTitle")
        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.save_buttons: dict[str, QPushButton] = {
            "pdf": QPushButton(self.tr("Save as P&DF…")), "xlsx": QPushButton(self.tr("Save as &XLSX…")),
            "csv": QPushButton(self.tr("Save as &CSV…"))}
        save_row = FlowLayout()
        save_row.setContentsMargins(0, 0, 0, 0)
        for fmt, button in self.save_buttons.items():
            button.setObjectName(f"reportSave_{fmt}")
            button.clicked.connect(lambda _checked=False, f=fmt: self.save(f))
            save_row.addWidget(button)
        self.save_state = plain_label("")
        self.save_state.setObjectName("reportSaveState")
        self.table_list = QListWidget()
        self.table_list.setObjectName("reportTables")
        self.table_list.setAccessibleName(self.tr("Tables of the report"))
        self.table_list.setWordWrap(True)
        set_width_in_chars(self.table_list, 36)
        self.table_title = strong_label("", "reportTableTitle")
        self.table_note = plain_label("")
        self.table_note.setObjectName("reportTableNote")
        self.view = QTableView()
        prepare_view(self.view, self.tr("Table"), "reportTable")
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
        follow(self.view, lambda _view: self._fit_view(), "columns")  # again when the text size changes
        self.chart = BarChart()
        self.chart.setAccessibleName(self.tr("Bar chart of the table"))
        self.chart.setAccessibleDescription(self.tr("The same figures as the table, as bars; hidden counts have "
                                                    "no bar."))
        detail = QVBoxLayout()
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.table_title)
        detail.addWidget(self.table_note)
        figures = QHBoxLayout()  # the table, and its chart beside it
        figures.setContentsMargins(0, 0, 0, 0)
        figures.addWidget(self.view)
        figures.addWidget(self.chart, 1)
        detail.addLayout(figures)
        detail.addStretch(1)
        browse = QHBoxLayout()
        browse.addWidget(self.table_list)
        browse.addLayout(detail, 1)
        result = QVBoxLayout(self.result)
        result.setContentsMargins(0, 0, 0, 0)
        result.addWidget(self.title)
        result.addLayout(self.facts)
        result.addLayout(save_row)
        result.addWidget(self.save_state)
        result.addWidget(buddy(self.tr("T&ables:"), self.table_list))
        result.addLayout(browse, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Reports"), 1.2))
        layout.addWidget(plain_label(intro))
        layout.addLayout(choose)
        layout.addWidget(self.period)
        layout.addLayout(run_row)
        layout.addWidget(self.state)
        layout.addWidget(self.result, 1)
        set_visible(self.progress, False)
        set_visible(self.state, False)
        set_visible(self.save_state, False)
        set_visible(self.result, False)

        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.table_list.currentRowChanged.connect(self.show_table)

    # -- running -------------------------------------------------------------------------------------------
    def _say(self, text: str, error: bool = False) -> None:
        self.state.setText(text)
        set_error(self.state, error)
        set_visible(self.state, bool(text))

    def run(self) -> None:
        if self.job is not None:
            return
        span = self.period.span()
        if span is None:
            self._say(self.period.problem() or "", error=True)
            self.period.start.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        kind = self.kind.value() or statistics.ACTIVITY
        request = ReportRequest(kind, span[0], span[1], current_language())
        job = Progress()
        job.changed.connect(self._progressed)
        self.job = job
        self._clear()
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)  # busy until the first step is known
        set_visible(self.progress, True)
        self._say(self.tr("Counting…"))
        session = self.ctx.session
        run_in_worker(self, lambda: statistics.run_report(session, request, job.report, job.cancelled),
                      self._shown, self._failed)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self) -> None:
        self.job = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        set_visible(self.progress, False)

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        self._say(error_text(exc), error=not isinstance(exc, ReportCancelled))

    def _clear(self) -> None:
        self.report = None
        self.view.setModel(None)
        self.models = []
        self.table_list.clear()
        self.chart.set_table(None, 1)
        while self.facts.rowCount():
            self.facts.removeRow(0)
        set_visible(self.result, False)
        set_visible(self.save_state, False)

    # -- showing -------------------------------------------------------------------------------------------
    def _shown(self, report: Report) -> None:
        self._finished()
        self.report = report
        self._say("")
        self.title.setText(report.title)
        for label, text in report_files.describe(report):
            line = plain_label(text)
            line.setAccessibleDescription(label)
            self.facts.addRow(strong_label(label + ":"), line)
        first = self.tr("Category")
        self.models = [ReportTableModel(t, report.k, first, self) for t in report.tables]
        for table in report.tables:
            self.table_list.addItem(table.title)
        set_visible(self.result, True)
        if report.tables:
            self.table_list.setCurrentRow(0)

    def show_table(self, index: int) -> None:
        if self.report is None or not 0 <= index < len(self.models):
            return
        table: Table = self.report.tables[index]
        model = self.models[index]
        self.view.setModel(model)
        self.view.setAccessibleName(table.title)
        self.table_title.setText(table.title)
        note = " ".join(x for x in (table.unit, table.note) if x)
        if table.withheld:
            note = " ".join(x for x in (report_files.withheld_text(self.report), note) if x)
        self.table_note.setText(note)
        set_visible(self.view, not table.withheld)
        self._fit_view()
        charted = table.chart and not table.withheld
        self.chart.set_table(table if charted else None, self.report.k)
        set_visible(self.chart, charted and self.chart.has_bars())

    def scrub(self) -> None:
        """Before a lock: stop a run and forget the figures shown."""
        if self.job is not None:
            self.job.cancel()
        self._clear()

    def _fit_view(self) -> None:
        """Columns as wide as their text; as tall as its rows (up to MAX_LINES of them, then it scrolls), so
        the page, not the table, scrolls."""
        model = self.view.model()
        if model is not None:
            fit_columns(self.view)
        line = self.view.fontMetrics().height() + 8
        rows = model.rowCount() if model is not None else 0
        shown = sum(self.view.rowHeight(i) for i in range(min(rows, MAX_LINES))) or line
        frame = 2 * self.view.frameWidth()
        self.view.setFixedHeight(shown + self.view.horizontalHeader().sizeHint().height() + frame
                                 + (line if rows > MAX_LINES else 0))

    # -- saving --------------------------------------------------------------------------------------------
    def file_name(self, fmt: str) -> str:
        """A neutral name: the report's kind and period, nothing about anyone."""
        assert self.report is not None
        return f"{self.report.kind}-{self.report.period.first}-{self.report.period.last}.{fmt}"

    def save(self, fmt: str, path: Path | None = None) -> None:
        """Ask where (None) or write to `path` (the chooser asked before replacing a file)."""
        if self.report is None or self.saving:
            return
        if path is None:
            filters: dict[str, Callable[[], str]] = {"pdf": pdf_filter, "xlsx": xlsx_filter, "csv": csv_filter}
            choose_save_file(self, self.tr("Save the report"), self.file_name(fmt), filters[fmt](),
                             lambda chosen: self.save(fmt, chosen), suffix=fmt)
            return
        self.saving = True
        for button in self.save_buttons.values():
            button.setEnabled(False)
        self.save_state.setText(self.tr("Saving…"))
        set_visible(self.save_state, True)
        session, report = self.ctx.session, self.report
        run_in_worker(self, lambda: (report_files.save_report(session, report, fmt, path, force=True), path)[1],
                      self._saved, self._save_failed)

    def _save_done(self) -> None:
        self.saving = False
        for button in self.save_buttons.values():
            button.setEnabled(True)

    def _saved(self, path: Path) -> None:
        self._save_done()
        warning = folder_warning_text(path)
        self.save_state.setText(ui_line(self.tr("Saved: %1").replace("%1", isolate(str(path))))
                                + (" " + warning if warning else ""))

    def _save_failed(self, exc: BaseException) -> None:
        self._save_done()
        self.save_state.setText(self.tr("Not saved: %1").replace("%1", error_text(exc)))
