"""The repeatable parts of the intake form: children and perpetrators, each a list with an editor for the
selected entry (RecordList), plus the small value helpers the form uses to read a draft state safely
(a restored draft is JSON from the vault: every value is checked for its type before it reaches a widget).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..base.forms import CodeCombo, PlainTextField, VocabCheckList, VocabCombo, YearSpinBox, clear_invalid, mark_invalid
from ..base.labels import Labels, child_sex_choices, sex_choices
from ..base.lines import isolate
from ..base.scaling import set_height_in_lines
from ..base.widgets import plain_label


def as_text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def as_year(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def as_codes(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def as_code(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def labelled_row(form: QFormLayout, text: str, widget: QWidget, name: str) -> QLabel:
    """A form row: a label with a mnemonic pointing at its field, and the field's accessible name."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(name)
    form.addRow(label, widget)
    return label


# -- children and perpetrators ---------------------------------------------------------------------------------
class _Editor(QGroupBox):
    """The fields of the selected entry of a RecordList."""

    changed = Signal()

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QWidget] = {}
        self.chain: list[QWidget] = []

    def empty(self) -> dict[str, Any]:
        raise NotImplementedError

    def get(self) -> dict[str, Any]:
        raise NotImplementedError

    def set(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def _watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            for name in ("textChanged", "valueChanged", "toggled", "changed"):
                signal = getattr(w, name, None)
                if signal is not None and hasattr(signal, "connect"):
                    signal.connect(lambda *_: self.changed.emit())
                    break


class ChildEditor(_Editor):
    def __init__(self, labels: Labels) -> None:
        super().__init__("")
        self.setTitle(self.tr("Selected child"))
        self.name = QLineEdit()
        self.birth_year = YearSpinBox(start_year=date.today().year - 5)
        self.sex = CodeCombo(child_sex_choices())
        self.accompanying = QCheckBox(self.tr("Accompanying her"))
        self.accompanying.setAccessibleDescription(self.tr("Child is accompanying her"))
        self.school = QLineEdit()
        self.concerns = VocabCheckList(labels, "child_concern", columns=2)
        self.needs = PlainTextField(lines=2)
        labelled_row(self.form, self.tr("Child's name:"), self.name, self.tr("Child's name"))
        labelled_row(self.form, self.tr("Child's birth year:"), self.birth_year, self.tr("Child's birth year"))
        labelled_row(self.form, self.tr("Child's sex:"), self.sex, self.tr("Child's sex"))
        self.form.addRow("", self.accompanying)
        labelled_row(self.form, self.tr("School:"), self.school, self.tr("Child's school"))
        labelled_row(self.form, self.tr("Concerns:"), self.concerns, self.tr("Concerns about the child"))
        labelled_row(self.form, self.tr("Child's needs:"), self.needs, self.tr("Child's needs"))
        self.fields = {"name": self.name, "birth_year": self.birth_year, "sex": self.sex,
                       "accompanying": self.accompanying, "school": self.school, "concerns": self.concerns,
                       "needs": self.needs}
        self.chain = [self.name, self.birth_year, self.sex, self.accompanying, self.school,
                      *self.concerns.focus_widgets(), self.needs]
        self._watch(self.name, self.birth_year, self.sex, self.accompanying, self.school, self.concerns,
                    self.needs)

    def empty(self) -> dict[str, Any]:
        return {"id": None, "name": "", "birth_year": None, "sex": "unknown", "accompanying": False,
                "school": "", "concerns": [], "needs": ""}

    def get(self) -> dict[str, Any]:
        return {"name": self.name.text(), "birth_year": self.birth_year.year(), "sex": self.sex.value() or "unknown",
                "accompanying": self.accompanying.isChecked(), "school": self.school.text(),
                "concerns": self.concerns.values(), "needs": self.needs.text()}

    def set(self, values: dict[str, Any]) -> None:
        self.name.setText(as_text(values.get("name")))
        self.birth_year.set_year(as_year(values.get("birth_year")))
        self.sex.set_value(as_code(values.get("sex")) or "unknown")
        self.accompanying.setChecked(values.get("accompanying") is True)
        self.school.setText(as_text(values.get("school")))
        self.concerns.set_values(as_codes(values.get("concerns")))
        self.needs.set_text(as_text(values.get("needs")))


class PerpetratorEditor(_Editor):
    def __init__(self, labels: Labels) -> None:
        super().__init__("")
        self.setTitle(self.tr("Selected perpetrator"))
        self.relationship = VocabCombo(labels, "perpetrator_relationship", self.tr("(choose)"))
        self.name = QLineEdit()
        self.sex = CodeCombo(sex_choices())
        self.lives_with_client = QCheckBox(self.tr("Lives with her"))
        self.lives_with_client.setAccessibleDescription(self.tr("Perpetrator lives with her"))
        self.weapon_access = QCheckBox(self.tr("Has access to a weapon"))
        self.weapon_access.setAccessibleDescription(self.tr("Perpetrator has access to a weapon"))
        self.notes = PlainTextField(lines=2)
        labelled_row(self.form, self.tr("Relationship to her:"), self.relationship,
                  self.tr("Perpetrator's relationship to her"))
        labelled_row(self.form, self.tr("Perpetrator's name:"), self.name, self.tr("Perpetrator's name"))
        labelled_row(self.form, self.tr("Perpetrator's sex:"), self.sex, self.tr("Perpetrator's sex"))
        self.form.addRow("", self.lives_with_client)
        self.form.addRow("", self.weapon_access)
        labelled_row(self.form, self.tr("Notes:"), self.notes, self.tr("Notes on the perpetrator"))
        self.fields = {"relationship": self.relationship, "name": self.name, "sex": self.sex,
                       "lives_with_client": self.lives_with_client, "weapon_access": self.weapon_access,
                       "notes": self.notes}
        self.chain = [self.relationship, self.name, self.sex, self.lives_with_client, self.weapon_access, self.notes]
        self._watch(self.relationship, self.name, self.sex, self.lives_with_client, self.weapon_access, self.notes)

    def empty(self) -> dict[str, Any]:
        return {"id": None, "relationship": None, "name": "", "sex": "unknown", "lives_with_client": False,
                "weapon_access": False, "notes": ""}

    def get(self) -> dict[str, Any]:
        return {"relationship": self.relationship.value(), "name": self.name.text(),
                "sex": self.sex.value() or "unknown", "lives_with_client": self.lives_with_client.isChecked(),
                "weapon_access": self.weapon_access.isChecked(), "notes": self.notes.text()}

    def set(self, values: dict[str, Any]) -> None:
        self.relationship.set_value(as_code(values.get("relationship")))
        self.name.setText(as_text(values.get("name")))
        self.sex.set_value(as_code(values.get("sex")) or "unknown")
        self.lives_with_client.setChecked(values.get("lives_with_client") is True)
        self.weapon_access.setChecked(values.get("weapon_access") is True)
        self.notes.set_text(as_text(values.get("notes")))


@dataclass
class ListTexts:
    list_name: str
    add: str
    add_name: str
    remove: str
    remove_name: str
    unnamed: str
    saved_hint: str


class RecordList(QWidget):
    """A list of entries (dicts) with Add / Remove and an editor for the selected one. Entries saved with
    the case carry their "id" and cannot be removed here."""

    edited = Signal()
    removed = Signal(int)  # the row that was removed (rows after it moved up by one)

    def __init__(self, editor: _Editor, texts: ListTexts, summary_field: str) -> None:
        super().__init__()
        self.editor = editor
        self.texts = texts
        self.summary_field = summary_field
        self.records: list[dict[str, Any]] = []
        self.marks: dict[tuple[int, str], str] = {}
        self._loading = False
        self.list = QListWidget()
        self.list.setAccessibleName(texts.list_name)
        set_height_in_lines(self.list, 5, at_most=True)
        self.add_button = QPushButton(texts.add)
        self.add_button.setAccessibleDescription(texts.add_name)
        self.remove_button = QPushButton(texts.remove)
        self.remove_button.setAccessibleDescription(texts.remove_name)
        self.hint = plain_label("")
        self.hint.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(editor)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(self._show)
        editor.changed.connect(self._edited)
        self._show(-1)

    def focus_widgets(self) -> list[QWidget]:
        return [self.list, self.add_button, self.remove_button, *self.editor.chain]

    def row(self) -> int:
        return self.list.currentRow()

    def values(self) -> list[dict[str, Any]]:
        return [dict(rec) for rec in self.records]

    def set_values(self, records: list[dict[str, Any]]) -> None:
        self.records = []
        self.marks.clear()
        self.list.clear()
        for rec in records:
            full = {**self.editor.empty(), **rec}
            full["id"] = rec.get("id") if isinstance(rec.get("id"), int) else None
            self.records.append(full)
            self.list.addItem(self._summary(full))
        self.list.setCurrentRow(0 if self.records else -1)
        self._show(self.row())

    def add(self) -> None:
        self.records.append(self.editor.empty())
        self.list.addItem(self._summary(self.records[-1]))
        self.list.setCurrentRow(len(self.records) - 1)
        self.editor.chain[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()

    def remove_selected(self) -> None:
        row = self.row()
        if row < 0:
            return
        if self.records[row].get("id") is not None:
            self.hint.setText(self.texts.saved_hint)
            self.hint.show()
            return
        del self.records[row]
        self.marks = {(i - (i > row), f): m for (i, f), m in self.marks.items() if i != row}
        self._loading = True
        self.list.takeItem(row)
        self._loading = False
        self.list.setCurrentRow(min(row, len(self.records) - 1))
        self._show(self.row())
        (self.list if self.records else self.add_button).setFocus(Qt.FocusReason.OtherFocusReason)
        self.removed.emit(row)
        self.edited.emit()

    def set_ids(self, ids: dict[int, int]) -> None:
        for index, row_id in ids.items():
            if 0 <= index < len(self.records):
                self.records[index]["id"] = row_id
        self._update_buttons()

    def select(self, row: int) -> None:
        if 0 <= row < len(self.records):
            self.list.setCurrentRow(row)

    def set_marks(self, marks: dict[tuple[int, str], str]) -> None:
        self.marks = dict(marks)
        self._apply_marks()

    def _summary(self, rec: dict[str, Any]) -> str:
        name = as_text(rec.get(self.summary_field)).strip()
        text = isolate(name) if name else self.texts.unnamed
        year = rec.get("birth_year")
        return f"{text} ({year})" if isinstance(year, int) and year else text

    def _show(self, row: int) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            has = 0 <= row < len(self.records)
            self.editor.set(self.records[row] if has else self.editor.empty())
            self.editor.setEnabled(has)
            self.hint.hide()
        finally:
            self._loading = False
        self._apply_marks()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.row() >= 0)

    def _apply_marks(self) -> None:
        row = self.row()
        for name, widget in self.editor.fields.items():
            message = self.marks.get((row, name))
            if message is None:
                clear_invalid(widget)
            else:
                mark_invalid(widget, message)

    def _edited(self) -> None:
        row = self.row()
        if self._loading or row < 0:
            return
        self.records[row].update(self.editor.get())
        item = self.list.item(row)
        if item is not None:
            item.setText(self._summary(self.records[row]))
        self.edited.emit()
