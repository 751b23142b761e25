"""The intake form's problems: the domain checks the services will run, run here first (with the vocabulary
read at unlock); each problem is marked on its field (or on an entry of the children and perpetrators lists),
listed under its section, and the first one gets the focus. A field is checked again as she leaves it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...domain import record_checks
from ...domain.validation import Checker
from ..base.forms import CheckList, CodeCombo, clear_invalid, is_marked, mark_invalid
from ..base.messages import field_problem, sentence
from . import state
from .records import RecordList

if TYPE_CHECKING:
    from .form import IntakePage

INDEXED = re.compile(r"(children|perpetrators)\[(\d+)\]\.(\w+)")
_LIST_ITEM = re.compile(r"\[\d+\]$")


def normal(path: str) -> str:
    """A problem's path as the form names its fields: no "$.", an entry's field kept, a list's index dropped."""
    path = path.removeprefix("$").removeprefix(".")
    if INDEXED.fullmatch(path):
        return path
    m = re.match(r"((?:children|perpetrators)\[\d+\]\.\w+)", path)
    if m:
        return m.group(1)
    return _LIST_ITEM.sub("", path)


class Problems:
    """The problems shown in one intake form (path -> domain message)."""

    def __init__(self, page: IntakePage) -> None:
        self.page = page
        self.current: dict[str, str] = {}
        self.general: list[str] = []  # problems with no field of their own

    def watch(self) -> None:
        """Check a field again as she leaves it (name required, year range, date format, length), and a marked
        choice once it changes; an entry's problems move up with it when an entry above is removed."""
        page = self.page
        for widget in page.fields.values():
            self._watch(widget, None)
        for records in (page.child_list, page.perpetrator_list):
            for widget in records.editor.fields.values():
                self._watch(widget, records)
        page.child_list.removed.connect(lambda row: self.row_removed("children", row))
        page.perpetrator_list.removed.connect(lambda row: self.row_removed("perpetrators", row))

    def _watch(self, widget: QWidget, records: RecordList | None) -> None:
        signal = getattr(widget, "editingFinished", None)
        if signal is not None:
            signal.connect(lambda: self.recheck(widget, records))
        elif isinstance(widget, CodeCombo | CheckList):
            widget.changed.connect(lambda: self.recheck(widget, records) if is_marked(widget) else None)

    def found(self, finish: bool) -> list[tuple[str, str]]:
        """The domain checks the services will run, with the vocabulary read at unlock; paths without "$."."""
        page = self.page
        c = Checker(lambda kind: page.known.get(kind, frozenset()), "$")
        record_checks.client(c, state.client(page))
        intake = state.intake(page)
        record_checks.intake(c, intake)
        for i, rec in enumerate(page.child_list.records):
            record_checks.child(c, state.child(rec), f"children[{i}]")
        for i, rec in enumerate(page.perpetrator_list.records):
            record_checks.perpetrator(c, state.perpetrator(rec), f"perpetrators[{i}]")
        assessment = state.assessment(page)
        if assessment is not None:
            record_checks.risk(c, assessment, "assessment")
            if assessment.level != page.suggested_level() and not assessment.reason.strip():
                c.add("assessment.reason", "is required when the level differs from the suggestion")
        if finish and not intake.violence_types and not intake.presenting_request.strip():
            c.add("intake.violence_types", "give at least one violence type or her request")
        return [(normal(path), message) for path, message in c.problems]

    def widget_for(self, path: str) -> tuple[QWidget | None, RecordList | None, int]:
        m = INDEXED.fullmatch(path)
        if m:
            records = self.page.child_list if m.group(1) == "children" else self.page.perpetrator_list
            return records.editor.fields.get(m.group(3)), records, int(m.group(2))
        if path == "intake":
            return self.page.request, None, -1
        if path.startswith("consent."):
            return self.page.consents, None, -1
        return self.page.fields.get(path), None, -1

    def _paths_of(self, widget: QWidget, records: RecordList | None) -> list[str]:
        if records is not None:
            names = [n for n, w in records.editor.fields.items() if w is widget]
            kind = "children" if records is self.page.child_list else "perpetrators"
            return [f"{kind}[{records.row()}].{n}" for n in names]
        return [p for p, w in self.page.fields.items() if w is widget]

    def recheck(self, widget: QWidget, records: RecordList | None = None) -> None:
        """She left a field: check it now (only it), and clear its mark once it is right."""
        if self.page.busy or (records is not None and records.row() < 0):
            return
        paths = set(self._paths_of(widget, records))
        if not paths:
            return
        found = {p: m for p, m in self.found(finish=False) if p in paths}
        problems = {p: m for p, m in self.current.items() if p not in paths}
        for path, message in found.items():
            problems.setdefault(path, message)
        self.show(problems)

    def show(self, problems: dict[str, str]) -> None:
        """Show these problems (path -> domain message) inline; clear every other mark."""
        self.current = dict(problems)
        page = self.page
        for widget in self.page.fields.values():
            clear_invalid(widget)
        per_section: dict[int, list[str]] = {}
        list_marks: dict[int, dict[tuple[int, str], str]] = {id(page.child_list): {}, id(page.perpetrator_list): {}}
        general: list[str] = []
        for path, message in problems.items():
            text = field_problem(message)
            found, records, row = self.widget_for(path)
            if found is None:
                general.append(sentence(text))
                continue
            widget = found
            if records is not None:
                kind = "children" if records is self.page.child_list else "perpetrators"
                name = self.page.names[kind] + f" {row + 1} — " + widget.accessibleName()
                list_marks[id(records)][(row, path.rsplit(".", 1)[1])] = text
                section = self.page.section_of_path[kind]
            else:
                mark_invalid(widget, text)
                name = widget.accessibleName()
                section = self.page.section_of_path.get(path, 0)
            per_section.setdefault(section, []).append(f"{name}: {text}")
        self.page.child_list.set_marks(list_marks[id(self.page.child_list)])
        self.page.perpetrator_list.set_marks(list_marks[id(self.page.perpetrator_list)])
        for i, (_title, _box, label) in enumerate(self.page.sections):
            lines = per_section.get(i, [])
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))
        self.general = general
        if general:
            page.say("\n".join(general), error=True)

    def row_removed(self, kind: str, row: int) -> None:
        """Problems of later entries move up with them; those of the removed entry go."""
        moved: dict[str, str] = {}
        for path, message in self.current.items():
            m = INDEXED.fullmatch(path)
            if m is None or m.group(1) != kind:
                moved[path] = message
            elif int(m.group(2)) != row:
                index = int(m.group(2)) - (int(m.group(2)) > row)
                moved[f"{kind}[{index}].{m.group(3)}"] = message
        self.show(moved)

    def focus_first(self) -> None:
        best: tuple[int, QWidget, RecordList | None, int] | None = None
        for path in self.current:
            widget, records, row = self.widget_for(path)
            if widget is None:
                continue
            focus = getattr(widget, "focus_widgets", None)
            target = focus()[0] if callable(focus) and focus() else widget
            order = self.page.chain.index(target) if target in self.page.chain else len(self.page.chain)
            order = order * 1000 + max(row, 0)
            if best is None or order < best[0]:
                best = (order, target, records, row)
        if best is None:
            return
        _order, target, records, row = best
        if records is not None:
            records.select(row)
        self.page.scroll_area.ensureWidgetVisible(target, 20, 40)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
