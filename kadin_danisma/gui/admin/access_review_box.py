"""The access review for supervisors (issue 19, KVKK Board decision 2018/10): a period, then a PDF or a CSV of
who opened which case (break-glass openings first, with their reasons) and who holds which role, written where
she chose. The review is made and written in a worker; both steps are audited by the service."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QWidget

from ...services import access_review
from ...services.session import Session
from ..base.files import choose_save_file, pdf_filter
from ..base.forms import DateField, clear_invalid, mark_invalid
from ..base.messages import error_text, field_problem
from ..base.preferences import current_language
from ..base.styles import set_error
from ..base.widgets import plain_label
from ..base.workers import run_in_worker


class AccessReviewBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Access review (supervisors)"), parent)
        self.setObjectName("accessReviewBox")
        self.session = session
        self.busy = False
        self.file_dialog: QFileDialog | None = None
        today = date.today()
        self.first = DateField(name=self.tr("First day of the review"), required=True,
                               value=(today - timedelta(days=90)).isoformat())
        self.last = DateField(name=self.tr("Last day of the review"), required=True, value=today.isoformat())
        self.pdf_button = QPushButton(self.tr("&Write the review as PDF…"))
        self.pdf_button.setObjectName("reviewPdfButton")
        self.csv_button = QPushButton(self.tr("Write the review as CS&V…"))
        self.csv_button.setObjectName("reviewCsvButton")
        self.status = plain_label("")
        self.status.setObjectName("reviewStatus")
        form = QFormLayout(self)
        form.addRow(plain_label(self.tr(
            "Who opened which case in the period (case numbers only), the openings with a stated reason first, "
            "and who holds which role: a periodic review of access takes ten minutes with it.")))
        form.addRow(self.tr("Fro&m:"), self.first)
        form.addRow(self.tr("&To:"), self.last)
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addWidget(self.csv_button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.status)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))

    def _period(self) -> tuple[date, date] | None:
        ok = True
        for field in (self.first, self.last):
            problem = field.problem()
            if problem:
                mark_invalid(field, field_problem(problem))
                ok = False
            else:
                clear_invalid(field)
        if not ok:
            set_error(self.status, True)
            self.status.setText(self.tr("Give the period as two dates, YYYY-MM-DD."))
            return None
        return date.fromisoformat(self.first.value() or ""), date.fromisoformat(self.last.value() or "")

    def save(self, fmt: str, path: Path | None = None) -> None:
        """Ask where (unless `path`), then make the review and write it."""
        period = self._period()
        if period is None or self.busy:
            return
        if path is None:
            name = f"erisim-denetimi-{period[0].isoformat()}-{period[1].isoformat()}.{fmt}"
            text_filter = pdf_filter() if fmt == "pdf" else self.tr("CSV files (*.csv)")
            self.file_dialog = choose_save_file(self, self.tr("Save the access review"), Path.home() / name,
                                                text_filter,
                             lambda chosen: self.save(fmt, chosen), suffix=fmt)
            return
        session, lang, target = self.session, current_language(), path
        self.busy = True
        self.pdf_button.setEnabled(False)
        self.csv_button.setEnabled(False)
        set_error(self.status, False)
        self.status.setText(self.tr("Reading the audit log…"))

        def work() -> int:
            result = access_review.review(session, period[0], period[1])
            return access_review.save_review(session, result, fmt, target, lang)

        run_in_worker(self, work, lambda _size: self._done(self.tr("Access review saved as %1.").replace(
            "%1", target.name), False), lambda exc: self._done(error_text(exc), True))

    def _done(self, text: str, error: bool) -> None:
        self.busy = False
        self.pdf_button.setEnabled(True)
        self.csv_button.setEnabled(True)
        set_error(self.status, error)
        self.status.setText(text)
