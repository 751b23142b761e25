"""One load of a case as its tabs show it (services.cases.case_view_data reads it in a worker), and what a tab
needs from the view that holds it (`CaseHost`): the tabs see the host through this small protocol and tell it
things by calling it, never by reaching into a sibling tab."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from ...services.cases import CaseViewData as CaseData
from ..session.context import Context

__all__ = ["CaseData", "CaseHost", "iso_today"]


def iso_today() -> str:
    return date.today().isoformat()


class CaseHost(Protocol):
    """The case view as its tabs see it."""

    ctx: Context
    case_id: int
    data: CaseData | None
    editable: bool

    def saved(self, message: str = "") -> None:
        """A tab saved something: say so, load the case again, tell the workspace."""

    def set_status(self, text: str) -> None:
        """The view's one status line (loading, saved, errors)."""

    def show_tab(self, name: str) -> None:
        """Bring one of the case's tabs to the front ("consents", "notes", "closure")."""

    def counselor_names(self, data: CaseData) -> str:
        """Her counselors, as the header names them."""

    def returning_opened(self, new_case_id: int | None) -> None:
        """A new application of this woman was opened (ReturningDialog): show it."""
