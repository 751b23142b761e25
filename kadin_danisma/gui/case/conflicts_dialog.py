"""The conflict panel of a case (issue 17): what a package could not merge by itself. Each open conflict is
a row with both values, who changed each and when; she picks one, keeps this vault's, or types a new text,
and resolves it. Loaded in a worker when opened, and again after each resolution; it closes once nothing is
left. The service checks who may decide and writes the audit entry (field names only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from ...services import package_conflicts
from ..base.dialogs import Buttons, Dialog
from ..base.labels import when_text
from ..base.messages import error_text
from ..base.package_labels import conflict_kind, field_name, record_kind, value_text
from ..base.tables import fill_table, make_table, select_key, selected_key
from ..base.widgets import plain_label
from ..base.workers import Latest
from ..session.context import Context


class ConflictsDialog(Dialog):
    def __init__(self, ctx: Context, case_id: int, parent: QWidget) -> None:
        super().__init__(parent, self.tr("Conflicts from packages"), accept=Buttons.Ok)
        self.setObjectName("conflictsDialog")
        self.ctx = ctx
        self.case_id = case_id
        self.conflicts: list[package_conflicts.Conflict] = []
        self.changed = False
        self.reads = Latest(self)
        self.ok_button().setText(self.tr("&Resolve"))
        self.buttons.button(Buttons.Cancel).setText(self.tr("C&lose"))
        self.state = plain_label(self.tr("Loading…"))
        self.state.setObjectName("conflictsState")
        self.table = make_table([self.tr("What"), self.tr("Why"), self.tr("This vault"), self.tr("Changed here"),
                                 self.tr("The partner"), self.tr("Changed there")],
                                self.tr("Open conflicts"), "conflictsTable")
        self.table.itemSelectionChanged.connect(self._selected)
        self.keep_local = QRadioButton(self.tr("&Keep this vault's value"))
        self.keep_local.setObjectName("keepLocal")
        self.take_incoming = QRadioButton(self.tr("&Take the partner's value"))
        self.take_incoming.setObjectName("takeIncoming")
        self.type_new = QRadioButton(self.tr("T&ype a new value:"))
        self.type_new.setObjectName("typeNew")
        self.typed = QLineEdit()
        self.typed.setObjectName("typedValue")
        self.typed.setAccessibleName(self.tr("New value"))
        self.typed.textEdited.connect(lambda _t: self.type_new.setChecked(True))
        self.choice = QButtonGroup(self)
        for button in (self.keep_local, self.take_incoming, self.type_new):
            self.choice.addButton(button)
        choices = QVBoxLayout()
        for button in (self.keep_local, self.take_incoming, self.type_new):  # as wide as their text: a click
            choices.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)  # beside it would miss (leading in RTL)
        choices.addWidget(self.typed)
        intro = plain_label(self.tr(
            "A package brought changes that could not be merged by themselves. Nothing was overwritten: choose "
            "which value the case keeps. Your choice goes to the partner with the next package."))
        self.lay_out(intro, self.state, (self.table, 1), choices)
        self.resize(900, 520)
        self.load()

    def load(self) -> None:
        session, case_id = self.ctx.session, self.case_id
        self.reads.ask(lambda: package_conflicts.list_open(session, case_id), self._loaded,
                       lambda exc: self.state.setText(error_text(exc)))

    def _loaded(self, found: list[package_conflicts.Conflict]) -> None:
        self.conflicts = found
        if not found and self.changed:
            self.accept()  # all resolved: the case loads again
            return
        keep = selected_key(self.table)
        self.state.setText(self.tr("Open conflicts: %1").replace("%1", str(len(found))))
        fill_table(self.table, [[
            f"{record_kind(c.table)}: {field_name(c.field)}", conflict_kind(c.kind),
            value_text(c.local_value, c.field, c.table), self._who(c.local_by, c.local_at),
            value_text(c.incoming_value, c.field, c.table), self._who(c.incoming_by, c.incoming_at),
        ] for c in found], [c.id for c in found])
        if not (keep is not None and select_key(self.table, keep)) and found:
            self.table.selectRow(0)
        self._selected()
        self.fields_arrived()

    def _who(self, name: str, at: str | None) -> str:
        return " · ".join(x for x in (name, when_text(at) if at else "") if x) or "—"

    def current(self) -> package_conflicts.Conflict | None:
        key = selected_key(self.table)
        return next((c for c in self.conflicts if c.id == key), None)

    def _selected(self) -> None:
        c = self.current()
        typable = c is not None and c.typable
        self.type_new.setEnabled(typable)
        self.typed.setEnabled(typable)
        if c is not None and typable:
            self.typed.setText(str(c.local_value))
        if not typable and self.type_new.isChecked():
            self.keep_local.setChecked(True)
        self.ok_button().setEnabled(c is not None and not self.busy)

    def submit(self) -> None:
        c = self.current()
        if c is None:
            self.say(self.tr("Choose a conflict in the list."))
            return
        if self.keep_local.isChecked():
            choice, typed = "local", None
        elif self.take_incoming.isChecked():
            choice, typed = "incoming", None
        elif self.type_new.isChecked():
            choice, typed = "typed", self.typed.text()
        else:
            self.say(self.tr("Choose which value the case keeps."))
            return
        session, case_id = self.ctx.session, self.case_id
        self.run(lambda: package_conflicts.resolve(session, case_id, c.id, choice, typed), self._resolved)

    def _resolved(self, _value: Any) -> None:
        self.changed = True
        self.say(self.tr("Resolved."))
        self.load()
