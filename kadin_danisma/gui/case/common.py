"""What the case workspace's tabs and dialogs share: the loaded case, small private inputs (a date field, a
vocabulary combo and check list), banners, the risk badge's colours, and a dialog base that saves in a
worker and shows every problem a service reports next to its field.

Deliberately self-contained (the shared form widgets are being written elsewhere); codes are stored,
labels are shown, and user data is always plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...domain import records as r
from ...domain.errors import InvalidInput
from ...domain.permissions import Relation
from ..base.labels import Labels
from ..base.messages import error_text
from ..base.widgets import plain_label
from ..base.workers import run_in_worker
from ..session.context import Context

ERROR_STYLE = "color: #9b1c1c; font-weight: bold;"
INVALID_PROPERTY = "invalid"


@dataclass
class CaseData:
    """One load of a case: the record and what the signed-in person may do with it."""

    record: r.CaseRecord
    editable: bool
    relation: Relation
    break_glass_reason: str = ""
    may_access_log: bool = False
    user_display: dict[str, str] = field(default_factory=dict)  # username -> display name
    me: str = ""  # the signed-in user's display name (notes carry their author's display name)


def iso_today() -> str:
    return date.today().isoformat()


def age_text(birth_year: int | None) -> str:
    if birth_year is None:
        return ""
    age = date.today().year - birth_year
    return QCoreApplication.translate("CaseView", "%1 (age %2)").replace("%1", str(birth_year)).replace(
        "%2", str(age))


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("CaseView", "yes") if value else QCoreApplication.translate("CaseView", "no")


def sex_label(code: str) -> str:
    return {
        "female": QCoreApplication.translate("CaseView", "female"),
        "male": QCoreApplication.translate("CaseView", "male"),
        "unknown": QCoreApplication.translate("CaseView", "not stated"),
    }.get(code, code)


# -- banners and the risk badge ---------------------------------------------------------------------------
BANNER_STYLES = {
    "warning": "background: #fff4ce; color: #3d2b00; padding: 6px; border: 1px solid #c9a227;",
    "danger": "background: #fde7e9; color: #5c0a0a; padding: 6px; border: 2px solid #b3261e;",
    "info": "background: #e8f0fe; color: #0b2a5b; padding: 6px; border: 1px solid #5b7fc7;",
}


def badge(label: QLabel) -> QLabel:
    """A label only as wide as its text (for the coloured risk badges)."""
    label.setWordWrap(False)
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
    return label


def banner(name: str, kind: str = "warning") -> QLabel:
    label = plain_label("")
    label.setObjectName(name)
    label.setStyleSheet(BANNER_STYLES[kind])
    return label


# Background, text and border for each level: every pair passes WCAG AA contrast, and the text always
# names the level, so the colour is never the only signal.
RISK_STYLES = {
    "low": ("#e6f4ea", "#1e4620", "#2e7d32"),
    "medium": ("#fff4ce", "#3d2b00", "#c9a227"),
    "high": ("#fde7e9", "#7a1010", "#c62828"),
    "very_high": ("#7a1010", "#ffffff", "#4a0000"),
    None: ("#eeeeee", "#303030", "#9e9e9e"),
}


def risk_style(level: str | None) -> str:
    bg, fg, border = RISK_STYLES.get(level, RISK_STYLES[None])
    return (f"background: {bg}; color: {fg}; border: 2px solid {border}; border-radius: 4px;"
            " padding: 2px 8px; font-weight: bold;")


def risk_text(labels: Labels, level: str | None) -> str:
    if not level:
        return QCoreApplication.translate("CaseView", "Risk: not assessed")
    return QCoreApplication.translate("CaseView", "Risk: %1").replace("%1", labels.label("risk_level", level))


# -- small inputs -----------------------------------------------------------------------------------------
class DateField(QDateEdit):
    """A date as YYYY-MM-DD with a calendar; by default no later than today."""

    def __init__(self, accessible_name: str, value: str | None = None, *, allow_future: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(1900, 1, 1))
        if not allow_future:
            self.setMaximumDate(QDate.currentDate())
        self.setAccessibleName(accessible_name)
        self.set_iso(value or iso_today())

    def set_iso(self, value: str) -> None:
        day = QDate.fromString(value, "yyyy-MM-dd")
        if day.isValid():
            self.setDate(day)

    def iso(self) -> str:
        return self.date().toString("yyyy-MM-dd")


class VocabCombo(QComboBox):
    """One code of a vocabulary; shows labels, gives codes. A retired code already in the record stays."""

    def __init__(self, labels: Labels, kind: str, accessible_name: str, *, optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = labels
        self.kind = kind
        self.setAccessibleName(accessible_name)
        if optional:
            self.addItem(QCoreApplication.translate("CaseView", "— not stated —"), None)
        for code, text in labels.choices(kind):
            self.addItem(text, code)

    def code(self) -> str | None:
        value = self.currentData()
        return str(value) if value is not None else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        if index < 0 and code is not None:
            self.addItem(self.labels.label(self.kind, code), code)
            index = self.count() - 1
        if index >= 0:
            self.setCurrentIndex(index)


class VocabChecks(QWidget):
    """A check box per code of a vocabulary, in columns; `codes()` in the vocabulary's order."""

    def __init__(self, labels: Labels, kind: str, group_name: str, selected: Iterable[str] = (),
                 columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(group_name)
        chosen = list(selected)
        choices = labels.choices(kind)
        known = {code for code, _ in choices}
        choices += [(code, labels.label(kind, code)) for code in chosen if code not in known]
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = (len(choices) + columns - 1) // max(1, columns)
        for i, (code, text) in enumerate(choices):
            box = QCheckBox(text)
            box.setAccessibleName(f"{group_name}: {text}")
            box.setChecked(code in chosen)
            self.boxes[code] = box
            grid.addWidget(box, i % max(1, rows), i // max(1, rows))

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)


# -- problems from services -------------------------------------------------------------------------------
_MESSAGES: list[tuple[re.Pattern[str], object]] = [
    (re.compile(r"^is required$"), QT_TRANSLATE_NOOP("CaseView", "is required")),
    (re.compile(r"^is in the future$"), QT_TRANSLATE_NOOP("CaseView", "is in the future")),
    (re.compile(r"^must be a date written YYYY-MM-DD$"),
     QT_TRANSLATE_NOOP("CaseView", "must be a date written YYYY-MM-DD")),
    (re.compile(r"^is not a real date$"), QT_TRANSLATE_NOOP("CaseView", "is not a real date")),
    (re.compile(r"^is longer than (\d+) characters$"), QT_TRANSLATE_NOOP("CaseView", "is longer than %1 characters")),
    (re.compile(r"^must be between (\d+) and (\d+)$"), QT_TRANSLATE_NOOP("CaseView", "must be between %1 and %2")),
    (re.compile(r"^is not a known .* code$"), QT_TRANSLATE_NOOP("CaseView", "is not a known choice")),
    (re.compile(r"^lists a code twice$"), QT_TRANSLATE_NOOP("CaseView", "lists a choice twice")),
    (re.compile(r"^is before the start$"), QT_TRANSLATE_NOOP("CaseView", "is before the start")),
    (re.compile(r"^is required when the level differs from the suggestion$"),
     QT_TRANSLATE_NOOP("CaseView", "is required when the level differs from the suggestion")),
    (re.compile(r"^must be true when an interpreter language or name is given$"),
     QT_TRANSLATE_NOOP("CaseView", "must be ticked when an interpreter language or name is given")),
]


def problem_message(message: str) -> str:
    for pattern, text in _MESSAGES:
        found = pattern.match(message)
        if found:
            out = QCoreApplication.translate("CaseView", str(text))
            for i, group in enumerate(found.groups(), start=1):
                out = out.replace(f"%{i}", group)
            return out
    return message


def problem_field(path: str) -> str:
    """"$.note.body" -> "body"; "$.assessment.indicators[2]" -> "indicators"."""
    last = path.split(".")[-1] if "." in path else path
    return last.split("[")[0]


class SaveDialog(QDialog):
    """OK runs the save in a worker; problems are listed inline with each field's own name and the
    field is marked; whatever was typed stays."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.setWindowTitle(title)
        self.error = plain_label("")
        self.error.setObjectName("dialogError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(QCoreApplication.translate("CaseView", "Problems"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.fields: dict[str, tuple[QWidget, str]] = {}  # service field name -> (widget, shown name)
        self.result_value: Any = None
        self.busy = False

    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def run(self, fn: Callable[[], Any]) -> None:
        self.busy = True
        self.save_button().setEnabled(False)
        self._mark([])
        self.error.setText(QCoreApplication.translate("CaseView", "Saving…"))
        run_in_worker(self, fn, self._done, self._failed)

    def _done(self, value: Any) -> None:
        self.busy = False
        self.result_value = value
        self.saved(value)
        self.accept()

    def saved(self, value: Any) -> None:
        """After a successful save, before the dialog closes."""

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.save_button().setEnabled(True)
        problems: list[tuple[str, str]] = []
        if isinstance(exc, InvalidInput):
            found = exc.details.get("problems")
            if isinstance(found, list):
                problems = [(str(p), str(m)) for p, m in found]
        if not problems:
            self.error.setText(error_text(exc))
            return
        lines = []
        for path, message in problems:
            key = problem_field(path)
            shown = self.fields[key][1] if key in self.fields else key
            lines.append(f"{shown}: {problem_message(message)}")
        self.error.setText("\n".join(lines))
        self._mark([problem_field(p) for p, _ in problems])
        for p, _ in problems:
            entry = self.fields.get(problem_field(p))
            if entry is not None:
                entry[0].setFocus()
                break

    def _mark(self, keys: list[str]) -> None:
        for key, (widget, _name) in self.fields.items():
            bad = key in keys
            widget.setProperty(INVALID_PROPERTY, bad)
            # A type selector, so the frame goes on the field itself and not on its scroll bars or boxes.
            meta = widget.metaObject()
            while meta.superClass() is not None and not meta.className().startswith("Q"):
                meta = meta.superClass()
            widget.setStyleSheet(f"{meta.className()} {{ border: 2px solid #b3261e; }}" if bad else "")

    def submit(self) -> None:
        raise NotImplementedError


def set_visible(widget: QWidget, visible: bool) -> None:
    """setVisible on a widget that already has a parent (a parentless one would open as a window)."""
    if widget.parentWidget() is not None or not visible:
        widget.setVisible(visible)


def make_table(headers: list[str], accessible_name: str) -> QTableWidget:
    """A read-only table of plain-text cells, one row selected at a time."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(accessible_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], keys: list[object] | None = None) -> None:
    """Replace the rows; `keys` (one per row) go into the first cell's UserRole."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            if j == 0 and keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[i])
            table.setItem(i, j, item)
    for j in range(table.columnCount() - 1):
        table.resizeColumnToContents(j)
        table.setColumnWidth(j, min(table.columnWidth(j), 320))
    table.resizeRowsToContents()


def selected_key(table: QTableWidget) -> object:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def sync_button(button: QPushButton | None, editable: bool, bar: QBoxLayout, text: str, name: str,
                slot: Callable[[], object]) -> QPushButton | None:
    """An edit control exists only while the case may be edited: created then, removed (not disabled)
    otherwise."""
    if editable and button is None:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        bar.addWidget(button)
    elif not editable and button is not None:
        button.setParent(None)
        button.deleteLater()
        button = None
    return button
