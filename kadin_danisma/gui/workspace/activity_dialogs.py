"""The dialogs of the group activities page (issue 21 part B): an activity (kind, day, place, facilitator,
topic, participants by sex and age band), and a support group's named attendance (a woman named only
through her case and with her recorded consent; the service refuses otherwise and the dialog says why)."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...domain import center_work as cw
from ...domain.validation import MAX_NAME
from ...services import cases, group_activities
from ..base.dialogs import Buttons, Dialog
from ..base.forms import CodeCombo, DateField, VocabCombo
from ..base.lines import isolate
from ..base.messages import error_text
from ..base.widgets import buddy, plain_label
from ..base.workers import run_in_worker
from ..session.context import Context


class ParticipantsGrid(QGroupBox):
    """Participants by age band (rows) and sex (columns): numbers only."""

    def __init__(self) -> None:
        super().__init__(self.tr("Participants (numbers, no names)"))
        self.setObjectName("participantsGrid")
        bands = {"0_17": self.tr("0–17"), "18_29": self.tr("18–29"), "30_44": self.tr("30–44"),
                 "45_64": self.tr("45–64"), "65_plus": self.tr("65 and over"), "unknown": self.tr("Age not known")}
        sexes = {"female": self.tr("Women"), "male": self.tr("Men")}
        grid = QGridLayout(self)
        for j, text in enumerate(sexes.values()):
            grid.addWidget(QLabel(text), 0, j + 1)
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        for i, (band, band_text) in enumerate(bands.items()):
            grid.addWidget(QLabel(band_text), i + 1, 0)
            for j, (sex, sex_text) in enumerate(sexes.items()):
                spin = QSpinBox()
                spin.setRange(0, cw.MAX_PARTICIPANTS)
                spin.setAccessibleName(f"{sex_text}, {band_text}")
                grid.addWidget(spin, i + 1, j + 1)
                self.spins[(sex, band)] = spin

    def value(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for (sex, band), spin in self.spins.items():
            if spin.value():
                out.setdefault(sex, {})[band] = spin.value()
        return out

    def set_value(self, value: dict[str, dict[str, int]]) -> None:
        for (sex, band), spin in self.spins.items():
            spin.setValue(int(value.get(sex, {}).get(band, 0)))

    def widgets(self) -> list[QWidget]:
        return [self.spins[(s, b)] for b in cw.AGE_BANDS for s in cw.PARTICIPANT_SEXES]


class ActivityDialog(Dialog):
    """Add (activity None) or edit a group activity or training."""

    def __init__(self, ctx: Context, parent: QWidget, staff: list[tuple[int, str]],
                 activity: cw.GroupActivity | None = None) -> None:
        super().__init__(parent, self.tr("Edit activity") if activity else self.tr("Record an activity or training"),
                         accept=Buttons.Save)
        self.ctx = ctx
        self.activity = activity
        self.kind = VocabCombo(ctx.labels, "activity_kind", name=self.tr("Kind"))
        self.held_on = DateField(not_future=False, required=True, name=self.tr("Date"))
        self.place = QLineEdit()
        self.place.setMaxLength(MAX_NAME)
        self.place.setAccessibleName(self.tr("Place"))
        self.facilitator = CodeCombo([(str(uid), name) for uid, name in staff],
                                     self.tr("Someone not on the staff (name below)"), name=self.tr("Facilitator"))
        self.facilitator_name = QLineEdit()
        self.facilitator_name.setMaxLength(MAX_NAME)
        self.facilitator_name.setAccessibleName(self.tr("Facilitator's name (not on the staff)"))
        self.topic = QLineEdit()
        self.topic.setAccessibleName(self.tr("Topic"))
        self.participants = ParticipantsGrid()
        shown = [
            ("kind", self.tr("&Kind:"), self.tr("Kind"), self.kind),
            ("held_on", self.tr("&Date:"), self.tr("Date"), self.held_on),
            ("place", self.tr("&Place:"), self.tr("Place"), self.place),
            ("facilitator", self.tr("&Facilitator:"), self.tr("Facilitator"), self.facilitator),
            ("facilitator_name", self.tr("&Name if not on the staff:"), self.tr("Facilitator's name"),
             self.facilitator_name),
            ("topic", self.tr("&Topic:"), self.tr("Topic"), self.topic),
        ]
        form = QFormLayout()
        for key, label_text, field_name, widget in shown:
            form.addRow(buddy(label_text, widget), widget)
            self.fields[key] = (widget, field_name)
        self.fields["participants"] = (self.participants, self.tr("Participants"))
        self.lay_out(form, self.participants)
        order = [w for *_x, w in shown] + self.participants.widgets() + [self.save_button()]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        if activity is not None:
            self.kind.set_value(activity.kind)
            self.held_on.set_value(activity.held_on)
            self.place.setText(activity.place)
            self.facilitator.set_value(str(activity.facilitator_id) if activity.facilitator_id is not None else None)
            self.facilitator_name.setText(activity.facilitator_name)
            self.topic.setText(activity.topic)
            self.participants.set_value(activity.participants)
        else:
            from datetime import date
            self.held_on.set_value(date.today().isoformat())

    def value(self) -> cw.GroupActivity:
        chosen = self.facilitator.value()
        a = cw.GroupActivity(self.kind.value() or "", self.held_on.value() or "", self.place.text().strip(),
                             int(chosen) if chosen else None, "" if chosen else self.facilitator_name.text().strip(),
                             self.topic.text().strip(), self.participants.value())
        if self.activity is None:
            return a
        return replace(a, id=self.activity.id, row_version=self.activity.row_version)

    def submit(self) -> None:
        session, a = self.ctx.session, self.value()
        if a.id is None:
            self.run(lambda: group_activities.add_activity(session, a))
        else:
            self.run(lambda: group_activities.update_activity(session, a))


class AttendanceDialog(Dialog):
    """A support group's named attendance: the women named (of the cases she may read), added by case number
    (her consent to it must be recorded in her case), removed with the button."""

    def __init__(self, ctx: Context, parent: QWidget, activity_id: int) -> None:
        super().__init__(parent, self.tr("Named attendance"), accept=Buttons.Close, cancel=False)
        self.ctx = ctx
        self.activity_id = activity_id
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Women named on this support group's attendance"))
        self.case_number = QLineEdit()
        self.case_number.setAccessibleName(self.tr("Case number of the woman to name"))
        self.add_button = QPushButton(self.tr("&Name her"))
        self.remove_button = QPushButton(self.tr("&Remove from the list"))
        row = QHBoxLayout()
        row.addWidget(buddy(self.tr("&Case number:"), self.case_number))
        row.addWidget(self.case_number, 1)
        row.addWidget(self.add_button)
        self.status = plain_label("")
        self.status.setObjectName("attendanceStatus")
        self.lay_out(plain_label(self.tr(
            "Name a woman here only if she agreed to it: her consent to be named on a support group's attendance "
            "must be recorded in her case. Everyone else is counted by number only.")), self.names, row,
            self.remove_button, self.status)
        self.add_button.clicked.connect(self.add)
        self.case_number.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.refresh()

    def refresh(self) -> None:
        session, aid = self.ctx.session, self.activity_id
        run_in_worker(self, lambda: group_activities.attendees(session, aid), self._show,
                      lambda exc: self.status.setText(error_text(exc)))

    def _show(self, found: list[group_activities.Attendee]) -> None:
        self.names.clear()
        for a in found:
            item = QListWidgetItem(f"{isolate(a.case_number)} — {isolate(a.client_name)}")
            item.setData(256, a.case_id)
            self.names.addItem(item)
        self.remove_button.setEnabled(bool(found))

    def add(self) -> None:
        session, aid, number = self.ctx.session, self.activity_id, self.case_number.text().strip()
        if not number:
            return

        def work() -> int:
            return group_activities.name_attendee(session, aid, cases.find_case_id(session, number))

        run_in_worker(self, work, self._added, lambda exc: self.status.setText(error_text(exc)))

    def _added(self, _xid: int) -> None:
        self.case_number.clear()
        self.status.setText(self.tr("Named on the attendance."))
        self.refresh()

    def remove(self) -> None:
        item = self.names.currentItem()
        if item is None:
            return
        session, aid, cid = self.ctx.session, self.activity_id, int(item.data(256))
        run_in_worker(self, lambda: group_activities.remove_attendee(session, aid, cid), self._removed,
                      lambda exc: self.status.setText(error_text(exc)))

    def _removed(self, _result: object) -> None:
        self.status.setText(self.tr("Removed from the attendance."))
        self.refresh()
