"""The base of every tab of a case workspace: its widgets are made the first time the tab is shown.

Opening a case built all eleven tabs (thirteen tables, a hundred labels) to show one of them, and Qt then
polished and laid out every one: most of the 164 ms an open took on the 50,000-case bench, against 13 ms
to read the record. A tab now makes its widgets (`build`) when it first becomes visible, or when code first
reaches for one of them (a keyboard shortcut opening the note editor, a test reading a hidden table), and
the loaded case waits for it (`fill`). Once made, a tab is filled on every load like before, so what it
shows is never older than the case.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QDialog, QSizePolicy, QVBoxLayout, QWidget

from ..base.dialogs import Buttons, Dialog
from ..base.pages import FlowLayout
from ..base.tables import make_table, selected_key
from ..base.widgets import open_modal, plain_label
from ..session.context import Context
from .data import CaseData, CaseHost

D = TypeVar("D", bound=QDialog)
T = TypeVar("T")


class CaseTab(QWidget):
    """A tab of one case. It knows its host only as a CaseHost (case/data.py) and tells it things through
    it; it never reaches into a sibling tab."""

    dialog: QDialog | None  # the tab's open dialog, if any (made by `build`, like every widget)

    def __init__(self, view: CaseHost) -> None:
        super().__init__()
        self.view = view
        self._built = False
        self._building = False
        self._pending: CaseData | None = None

    # -- what each tab provides ------------------------------------------------------------------------
    def build(self) -> None:
        """Make the tab's widgets and layout (once)."""
        raise NotImplementedError

    def fill(self, data: CaseData) -> None:
        """Show one load of the case."""
        raise NotImplementedError

    # -- shared parts ----------------------------------------------------------------------------------
    def list_layout(self, summary_name: str, columns: list[str], table_name: str) -> QVBoxLayout:
        """The common shape of a tab of items: a summary line with the action buttons (`self.bar`, where
        `sync_button` puts them), then the table; the caller adds the table and what follows it."""
        self.bar = FlowLayout()  # the buttons go onto a second row at a large text size
        self.summary = plain_label("")
        self.summary.setObjectName(summary_name)
        self.summary.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bar.addWidget(self.summary)
        self.table = make_table(columns, table_name)
        self.table.itemSelectionChanged.connect(self._selected)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        return layout

    def _selected(self) -> None:
        """The selection changed: enable the buttons that act on the chosen row."""

    def chosen(self, items: Iterable[T]) -> T | None:
        """The item shown in the table's selected row (items carry their `id`, the row's key)."""
        key = selected_key(self.table)
        return None if key is None else next((x for x in items if getattr(x, "id", None) == key), None)

    def open_dialog(self, dialog: D, saved: str) -> D:
        """Open one of the tab's dialogs; when it has saved, say `saved` and load the case again."""
        dialog.accepted.connect(lambda: self.view.saved(saved))
        self.dialog = dialog
        open_modal(dialog)
        return dialog

    # -- the deferral ----------------------------------------------------------------------------------
    @property
    def is_built(self) -> bool:
        return self._built

    def ensure_built(self) -> None:
        if self._built or self._building:
            return
        self._building = True
        try:
            self.build()
        finally:
            self._building = False
        self._built = True
        if self._pending is not None:
            data, self._pending = self._pending, None
            self.fill(data)

    def show_data(self, data: CaseData) -> None:
        if self._built:
            self.fill(data)
        else:
            self._pending = data

    def forget(self) -> None:
        """At lock: drop a load that was waiting for the tab (the scrub blanks the widgets already made)."""
        self._pending = None

    def setVisible(self, visible: bool) -> None:
        # Built before Qt shows it, so the new children are shown and polished with it, in the same paint.
        if visible:
            self.ensure_built()
        super().setVisible(visible)

    if not TYPE_CHECKING:  # at run time only: the type checker sees the widgets `build` makes, typos included

        def __getattr__(self, name: str) -> Any:
            # Reached only for an attribute that does not exist yet: one of the widgets `build` makes.
            state = self.__dict__
            if name.startswith("__") or state.get("_built", True) or state.get("_building", True):
                raise AttributeError(name)
            self.ensure_built()
            return getattr(self, name)


class CaseDialog(Dialog):
    """A dialog that saves something in one case: Save and Cancel, the context and the case's id."""

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, title: str) -> None:
        super().__init__(parent, title, accept=Buttons.Save)
        self.ctx = ctx
        self.case_id = case_id
