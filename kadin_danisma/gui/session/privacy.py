"""Privacy mode (on by default): client names are masked in every list (the client code is shown) until
the user reveals one row, so a name is not readable over a shoulder or on a shared screen. One key
(F9) toggles it for the whole workspace; a revealed row is masked again when the selection moves on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...vault.case_queries import CaseSummary

MASK = "\u2022" * 6


class Privacy(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.masked = True
        self.revealed: int | None = None  # one case id at a time

    def toggle(self) -> None:
        self.set_masked(not self.masked)

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        self.revealed = None
        self.changed.emit()

    def reveal(self, case_id: int | None) -> None:
        if self.revealed != case_id:
            self.revealed = case_id
            self.changed.emit()

    def hides(self, case_id: int) -> bool:
        return self.masked and case_id != self.revealed

    def name(self, case: CaseSummary) -> str:
        """What a list shows in the name column: the name, or a mask (the code is in its own column)."""
        return MASK if self.hides(case.id) else case.client_name
