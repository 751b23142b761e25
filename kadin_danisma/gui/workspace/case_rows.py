"""A case in a list, drawn one way everywhere (the case list, the dashboard, the review queue, the search
results): its number, the client's name masked while privacy mode hides it, its status; the case's id at
CASE_ID_ROLE. `CaseRows` is the short list of the dashboard and the review queue; the case list's model
(case_list.py) and the search results (search_box.py) use the same role and texts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ...vault.case_queries import CaseSummary
from ..base.scaling import follow
from ..base.tables import fit_columns
from ..session.context import Context

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def case_line(ctx: Context, case: CaseSummary) -> str:
    """One line for a case (a search result): number · client (or the mask) · client code · status."""
    return " · ".join([case.case_number, ctx.privacy.name(case), case.client_code,
                       ctx.labels.label("case_status", case.status)])


class CaseRows(QTreeWidget):
    """A short list of cases: number, client (masked in privacy mode), and one or two detail columns.
    Enter or a double click opens the case."""

    activated_case = Signal(int)

    def __init__(self, ctx: Context, name: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        # Every column as wide as its text, at any text size (tables.fit_columns): a list too wide for its box
        # scrolls sideways rather than cutting a case number or a measure's name short.
        self.header().setStretchLastSection(False)
        self.setAllColumnsShowFocus(True)
        self.setHeaderLabels(headers)
        self.setColumnCount(len(headers))
        self._cases: list[CaseSummary] = []
        self.itemActivated.connect(self._activated)
        ctx.privacy.changed.connect(self._mask)
        follow(self, lambda _w: fit_columns(self), "columns")

    def fill(self, rows: list[tuple[CaseSummary, list[str]]]) -> None:
        self.clear()
        self._cases = [case for case, _ in rows]
        for case, details in rows:
            item = QTreeWidgetItem([case.case_number, self.ctx.privacy.name(case), *details])
            item.setData(0, CASE_ID_ROLE, case.id)
            self.addTopLevelItem(item)
        fit_columns(self)

    def _mask(self) -> None:
        for i, case in enumerate(self._cases):
            item = self.topLevelItem(i)
            if item is not None:
                item.setText(1, self.ctx.privacy.name(case))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.activated_case.emit(int(item.data(0, CASE_ID_ROLE)))

    def current_case_id(self) -> int | None:
        item = self.currentItem()
        return int(item.data(0, CASE_ID_ROLE)) if item is not None else None
