"""The KVKK tab of a case (issue 19): its legal hold (placed by her counselor or a supervisor, lifted by a
supervisor, each with a reason) and her own requests under KVKK art. 11 with their 30-day deadlines (recorded,
then answered: access with her record as a PDF, correction, objection, erasure through the destruction path).

Loaded when first shown and after every change here, in a worker like every read of the vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout

from ...services import data_requests, legal_hold
from ..base.files import choose_save_file, pdf_filter
from ..base.kvkk_labels import duty_basis, request_kind, request_state
from ..base.labels import when_text
from ..base.messages import code_text, error_text
from ..base.preferences import current_language
from ..base.styles import WARNING_ROW, set_error
from ..base.tables import fill_table, make_table, selected_key, tint_rows
from ..base.widgets import open_modal, plain_label, strong_label
from ..base.workers import Latest, run_in_worker
from .data import CaseData
from .kvkk_dialogs import AnswerDialog, LiftHoldDialog, PlaceHoldDialog, RecordRequestDialog
from .tab import CaseTab

SOON_DAYS = 7  # a deadline this close (or past) is marked in the table


class KvkkTab(CaseTab):
    def build(self) -> None:
        self.loaded = False
        self.reads = Latest(self)
        self.holds: legal_hold.HoldView | None = None
        self.requests: list[data_requests.Request] = []
        self.may_record = False
        self.dialog = None
        self.file_dialog: QFileDialog | None = None
        self.state = plain_label("")
        self.state.setObjectName("kvkkState")
        # -- legal hold
        self.hold_state = strong_label("", "holdState")
        self.place_button = QPushButton(self.tr("Place a le&gal hold…"))
        self.place_button.setObjectName("placeHoldButton")
        self.lift_button = QPushButton(self.tr("Lift the legal h&old…"))
        self.lift_button.setObjectName("liftHoldButton")
        self.hold_table = make_table([self.tr("Placed"), self.tr("By"), self.tr("Reason"), self.tr("Lifted"),
                                      self.tr("By"), self.tr("Reason for lifting")], self.tr("Legal holds of the case"),
                                     "holdTable")
        hold_box = QGroupBox(self.tr("Legal hold"))
        hold_bar = QHBoxLayout()
        hold_bar.addWidget(self.hold_state, 1)
        hold_bar.addWidget(self.place_button)
        hold_bar.addWidget(self.lift_button)
        hold_layout = QVBoxLayout(hold_box)
        hold_layout.addLayout(hold_bar)
        hold_layout.addWidget(self.hold_table)
        # -- her requests
        self.requests_summary = plain_label("")
        self.requests_summary.setObjectName("requestsSummary")
        self.record_button = QPushButton(self.tr("Recor&d a request…"))
        self.record_button.setObjectName("recordRequestButton")
        self.answer_button = QPushButton(self.tr("Ans&wer…"))
        self.answer_button.setObjectName("answerRequestButton")
        self.request_table = make_table([self.tr("She asks for"), self.tr("Came on"), self.tr("Answer due"),
                                         self.tr("State"), self.tr("Her words")],
                                        self.tr("Her requests under KVKK article 11"), "requestTable")
        requests_box = QGroupBox(self.tr("Her requests (KVKK art. 11: answered within 30 days)"))
        bar = QHBoxLayout()
        bar.addWidget(self.requests_summary, 1)
        bar.addWidget(self.record_button)
        bar.addWidget(self.answer_button)
        box_layout = QVBoxLayout(requests_box)
        box_layout.addLayout(bar)
        box_layout.addWidget(self.request_table)
        # On a center server the holds and requests are shown, not changed (services refuse it): say why.
        self.server_note = plain_label(code_text("kvkk_not_on_server"))
        self.server_note.setObjectName("kvkkServerNote")
        self.server_note.setVisible(self.view.ctx.session.on_server)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.server_note)
        layout.addWidget(hold_box, 1)
        layout.addWidget(requests_box, 2)
        for button in (self.place_button, self.lift_button, self.record_button, self.answer_button):
            button.setEnabled(False)
        self.place_button.clicked.connect(lambda: self.place_hold())
        self.lift_button.clicked.connect(lambda: self.lift_hold())
        self.record_button.clicked.connect(lambda: self.record_request())
        self.answer_button.clicked.connect(lambda: self.answer_selected())
        self.request_table.itemSelectionChanged.connect(self._selected)

    def fill(self, data: CaseData) -> None:
        if self.loaded:
            self.load()

    @property
    def loading(self) -> bool:
        return self.reads.busy

    def ensure_loaded(self) -> None:
        if not self.loaded and not self.loading:
            self.load()

    def load(self) -> None:
        self.state.setText(self.tr("Loading…"))
        session, case_id = self.view.ctx.session, self.view.case_id

        def fetch() -> tuple[legal_hold.HoldView, list[data_requests.Request], bool]:
            return (legal_hold.case_holds(session, case_id), data_requests.case_requests(session, case_id),
                    data_requests.may_record(session, case_id))

        self.reads.ask(fetch, self._loaded, self._failed)

    def _failed(self, exc: BaseException) -> None:
        set_error(self.state, True)
        self.state.setText(error_text(exc))

    def _loaded(self, found: tuple[legal_hold.HoldView, list[data_requests.Request], bool]) -> None:
        self.loaded = True
        self.holds, self.requests, self.may_record = found
        set_error(self.state, False)
        self.state.setText("")
        names = self.holds.names
        active = self.holds.active
        if active is None:
            self.hold_state.setText(self.tr("Not on legal hold: her record is destroyed when its retention period "
                                            "ends."))
        else:
            self.hold_state.setText(self.tr("ON LEGAL HOLD since %1 (placed by %2). Nothing of her record is "
                                            "destroyed until a supervisor lifts it.").replace(
                "%1", when_text(active.placed_at)).replace("%2", names.get(active.placed_by or 0, "")))
        self.place_button.setEnabled(self.holds.may_place and active is None)
        self.lift_button.setEnabled(self.holds.may_lift and active is not None)
        self.place_button.setVisible(self.holds.may_place)
        self.lift_button.setVisible(self.holds.may_lift)
        fill_table(self.hold_table, [
            [when_text(h.placed_at), names.get(h.placed_by or 0, ""), h.reason, when_text(h.lifted_at) or "—",
             names.get(h.lifted_by or 0, "") if h.lifted_by else "", h.lift_reason]
            for h in self.holds.holds], [h.id for h in self.holds.holds])
        today = date.today()
        rows, soon = [], []
        for i, q in enumerate(self.requests):
            state = request_state(q.status, q.outcome)
            if q.outcome == "refused_duty" and q.duty_basis:
                state += f" ({duty_basis(q.duty_basis)})"
            due = q.due_on
            if q.waiting:
                left = q.days_left(today)
                due += " — " + (self.tr("%1 days late").replace("%1", str(-left)) if left < 0 else
                                self.tr("%1 days left").replace("%1", str(left)))
                if left <= SOON_DAYS:
                    soon.append(i)
            rows.append([request_kind(q.kind), q.received_on, due, state, q.details])
        fill_table(self.request_table, rows, [q.id for q in self.requests])
        tint_rows(self.request_table, soon, WARNING_ROW)
        waiting = [q for q in self.requests if q.waiting]
        if not self.requests:
            self.requests_summary.setText(self.tr("No requests from her."))
        elif waiting:
            nearest = min(q.days_left(today) for q in waiting)
            self.requests_summary.setText(self.tr("Waiting for an answer: %1; the nearest deadline is in %2 days.")
                                          .replace("%1", str(len(waiting))).replace("%2", str(nearest)))
        else:
            self.requests_summary.setText(self.tr("Every request answered."))
        self.record_button.setVisible(self.may_record)
        self.answer_button.setVisible(self.may_record)
        self.record_button.setEnabled(self.may_record)
        self._selected()

    def chosen_request(self) -> data_requests.Request | None:
        key = selected_key(self.request_table)
        return next((q for q in self.requests if q.id == key), None)

    def _selected(self) -> None:
        request = self.chosen_request()
        self.answer_button.setEnabled(self.may_record and request is not None and request.status == "open")

    # -- actions ---------------------------------------------------------------------------------------
    def _after(self, message: str) -> None:
        """Say it, and load the case again (its header's hold flag; this tab reloads with it)."""
        self.view.saved(message)

    def place_hold(self) -> PlaceHoldDialog:
        dialog = PlaceHoldDialog(self.view.ctx, self.view.case_id, self)
        dialog.accepted.connect(lambda: self._after(self.tr("Legal hold placed.")))
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def lift_hold(self) -> LiftHoldDialog:
        dialog = LiftHoldDialog(self.view.ctx, self.view.case_id, self)
        dialog.accepted.connect(lambda: self._after(self.tr("Legal hold lifted.")))
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def record_request(self) -> RecordRequestDialog:
        dialog = RecordRequestDialog(self.view.ctx, self.view.case_id, self)
        dialog.accepted.connect(lambda: self._after(self.tr("Request recorded; answer it within 30 days.")))
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def answer_selected(self, path: Path | None = None) -> AnswerDialog | None:
        """Answer the chosen request: an access request with her record as a PDF (asks where, unless `path`),
        any other in a dialog."""
        request = self.chosen_request()
        if request is None or request.status != "open":
            return None
        if request.kind == "access":
            self.give_record(request, path)
            return None
        held = self.holds is not None and self.holds.active is not None
        dialog = AnswerDialog(self.view.ctx, self.view.case_id, self, request, held)
        dialog.accepted.connect(lambda: self._answered(dialog.result_value))
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    def _answered(self, value: object) -> None:
        if isinstance(value, data_requests.ErasureStep):
            self._after(self.tr("Her record is on legal hold: the erasure was refused and the answer recorded.")
                        if value.refused_for_hold else
                        self.tr("Erasure proposed: a supervisor who did not propose it approves it on the KVKK page."))
        else:
            self._after(self.tr("Answer recorded."))

    def give_record(self, request: data_requests.Request, path: Path | None = None) -> None:
        if path is None:
            suggested = Path.home() / f"kayit-{request.case_number}.pdf"
            self.file_dialog = choose_save_file(self, self.tr("Save her record"), suggested,
                             pdf_filter(), lambda chosen: self.give_record(request, chosen), suffix="pdf")
            return
        session, lang, target = self.view.ctx.session, current_language(), path
        self.state.setText(self.tr("Writing her record…"))
        run_in_worker(self, lambda: data_requests.answer_access(session, request.id, target, lang),
                      lambda _size: self._after(self.tr("Her record was saved as %1 and the request answered.")
                                                .replace("%1", target.name)),
                      self._failed)
