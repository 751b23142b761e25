"""Administering people beyond passwords: another user's roles (never one's own: the service refuses it too),
and handing a leaving counselor's open cases (or one of them, by its number) over to another counselor. The
cases are counted, never shown: an administrator sees no case content."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from ...domain.roles import ALL_ROLES, Role
from ...services import assignments, users
from ...services.assignments import Counselor
from ...services.session import Session
from ...vault.repositories import UserRow
from ..base.dialogs import Dialog
from ..base.labels import role_label
from ..base.lines import isolate, ui_line
from ..base.messages import error_text
from ..base.widgets import plain_label
from ..base.workers import run_in_worker


class RolesDialog(Dialog):
    """Tick the roles another user holds."""

    def __init__(self, parent: QWidget, session: Session, user: UserRow) -> None:
        super().__init__(parent, self.tr("Change roles"))
        self.setObjectName("rolesDialog")
        self.session = session
        self.user = user
        intro = plain_label(ui_line(self.tr("Roles of %1 (%2). The change is recorded in the audit log.").replace(
            "%1", isolate(user.display_name)).replace("%2", user.username)))
        self.boxes = {role: QCheckBox(role_label(role)) for role in ALL_ROLES}
        row = QHBoxLayout()
        for role, box in self.boxes.items():
            box.setObjectName(f"role:{role.value}")
            box.setChecked(role in user.roles)
            row.addWidget(box)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Roles:"), row)
        self.lay_out(intro, form)
        self.ok_button().setText(self.tr("&Save the roles"))
        self.resize(520, 220)

    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.boxes.items() if box.isChecked())

    def submit(self) -> None:
        session, username, roles = self.session, self.user.username, self.roles()
        self.run(lambda: users.set_roles(session, username, roles))


class HandoverDialog(Dialog):
    """A counselor's open cases, or one of them, go to another counselor."""

    def __init__(self, parent: QWidget, session: Session, from_username: str) -> None:
        super().__init__(parent, self.tr("Hand over cases"), working=self.tr("Handing the cases over…"))
        self.setObjectName("handoverDialog")
        self.session = session
        self.from_username = from_username
        self.counselors: list[Counselor] = []
        self.intro = plain_label(self.tr("Loading…"))
        self.intro.setObjectName("handoverIntro")
        self.all_cases = QRadioButton(self.tr("&All her open cases"))
        self.all_cases.setChecked(True)
        self.one_case = QRadioButton(self.tr("&Only the case numbered:"))
        self.case_number = QLineEdit()
        self.case_number.setObjectName("handoverCaseNumber")
        self.case_number.setAccessibleName(self.tr("Case number"))
        self.case_number.setEnabled(False)
        self.one_case.toggled.connect(self.case_number.setEnabled)
        one = QHBoxLayout()
        one.addWidget(self.one_case)
        one.addWidget(self.case_number, 1)
        self.to = QComboBox()
        self.to.setObjectName("handoverTo")
        self.to.setAccessibleName(self.tr("The counselor who takes them"))
        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.to)
        note = plain_label(self.tr("A colleague sharing a case keeps it. Each case's new counselor is recorded in its "
                                   "history, and the counselor who takes them sees them as newly assigned."))
        self.lay_out(self.intro, self.all_cases, one, form, note)
        self.ok_button().setText(self.tr("&Hand over"))
        self.ok_button().setEnabled(False)
        self.resize(620, 380)
        self.fields = {"case_number": (self.case_number, self.tr("Case number"))}
        run_in_worker(self, lambda: assignments.counselors(session), self._loaded,
                      lambda exc: self.say(error_text(exc)))

    def _loaded(self, found: list[Counselor]) -> None:
        self.counselors = found
        giver = next((c for c in found if c.username == self.from_username), None)
        count = giver.open_cases if giver else 0
        name = giver.display_name if giver else self.from_username
        self.intro.setText(ui_line(self.tr("%1 has %2 open case(s).").replace("%1", isolate(name)).replace(
            "%2", str(count))))
        for c in found:
            if c.username != self.from_username and c.active:
                self.to.addItem(f"{c.display_name} ({c.username}) — " + self.tr("%1 open").replace(
                    "%1", str(c.open_cases)), c.username)
        self.ok_button().setEnabled(self.to.count() > 0)
        if self.to.count() == 0:
            self.say(self.tr("There is no other counselor to take the cases. Add one first."))

    def submit(self) -> None:
        to = self.to.currentData()
        number = self.case_number.text().strip() if self.one_case.isChecked() else ""
        if self.one_case.isChecked() and not number:
            self.refuse([("case_number", "is required")])
            return
        session, giver = self.session, self.from_username
        self.run(lambda: assignments.hand_over(session, giver, str(to), number))
