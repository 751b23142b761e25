"""The group activities page (issue 21 part B): the center's seminars, workshops, support groups, trainings
and awareness events, newest first, fetched a page at a time; recorded and edited in a dialog; a support
group's named attendance in its own dialog. For counselors and supervisors (the service checks)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from ...domain import center_work as cw
from ...services import group_activities
from ..base.labels import day_text
from ..base.messages import error_text
from ..base.scaling import follow
from ..base.tables import fit_columns, prepare_view
from ..base.widgets import open_modal, plain_label
from ..base.workers import run_in_worker
from ..session.context import Context
from .activity_dialogs import ActivityDialog, AttendanceDialog
from .paged_rows import PagedModel


class ActivitiesPage(QWidget):
    changed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        session, labels = ctx.session, ctx.labels
        self.model = PagedModel(
            [self.tr("Date"), self.tr("Kind"), self.tr("Topic"), self.tr("Facilitator"), self.tr("Participants"),
             self.tr("Named")],
            lambda: group_activities.count_activities(session),
            lambda offset, limit: group_activities.list_activities(session, offset, limit),
            lambda row: row.id,
            lambda row: [day_text(row.held_on), labels.label("activity_kind", row.kind), row.topic, row.facilitator,
                         str(row.total), str(row.named) if row.kind == cw.NAMED_KIND else ""],
            self)
        self.table = QTableView()
        prepare_view(self.table, self.tr("Group activities and trainings"), "activitiesTable")
        self.table.setModel(self.model)
        self.model.keep_selection(self.table)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # widths from the headers and cells, again at every text size: nothing is cut (base/tables.fit_columns)
        follow(self.table, lambda _t: fit_columns(self.table), "columns")
        self.model.modelReset.connect(lambda: fit_columns(self.table))
        self.model.rowsInserted.connect(lambda *_a: fit_columns(self.table))
        self.add_button = QPushButton(self.tr("&Record an activity…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.attendance_button = QPushButton(self.tr("&Named attendance…"))
        self.status = plain_label("")
        self.status.setObjectName("activitiesStatus")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.attendance_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Seminars, workshops, support groups, trainings and awareness events of the center. Participants are "
            "counted by sex and age band; a woman is named only on a support group's attendance, with her "
            "consent recorded in her case. The activity report counts them.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.attendance_button.clicked.connect(self.attendance)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.model.failed.connect(self.status.setText)
        self.model.loaded.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.staff: list[tuple[int, str]] = []
        self.refresh()

    def refresh(self) -> None:
        session = self.ctx.session
        self.model.reload()
        run_in_worker(self, lambda: group_activities.staff_choices(session), self._staff,
                      lambda exc: self.status.setText(error_text(exc)))

    def _staff(self, staff: list[tuple[int, str]]) -> None:
        self.staff = staff

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key_at(rows[0].row()) if rows else None

    def selected_row(self) -> group_activities.ActivityRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        if self.model.resetting:  # the selection comes back in a moment (PagedModel.keep_selection)
            return
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.attendance_button.setEnabled(row is not None and row.kind == cw.NAMED_KIND)

    def _saved(self, message: str) -> None:
        self.status.setText(message)
        self.model.reload()
        self.changed.emit()

    def add(self) -> ActivityDialog:
        dialog = ActivityDialog(self.ctx, self, self.staff)
        dialog.accepted.connect(lambda: self._saved(self.tr("Activity recorded.")))
        open_modal(dialog)
        return dialog

    def edit(self) -> ActivityDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = ActivityDialog(self.ctx, self, self.staff, row.activity)
        dialog.accepted.connect(lambda: self._saved(self.tr("Activity saved.")))
        open_modal(dialog)
        self.edit_dialog = dialog
        return dialog

    def attendance(self) -> AttendanceDialog | None:
        aid = self.selected_id()
        if aid is None:
            return None
        dialog = AttendanceDialog(self.ctx, self, aid)
        dialog.finished.connect(lambda _r: self.model.reload())
        open_modal(dialog)
        return dialog

    def scrub(self) -> None:
        self.model.clear()
