"""The one search box (§5): case number, client code, client name (any script) and note text, folded
the Turkish way, over the cases this person may open (counselors: assigned to her; supervisors: all).
The query text itself is case content, so the audit entry records only that a search ran and its count."""

from __future__ import annotations

from ..domain.errors import QueryTooShort
from ..domain.permissions import Action
from ..domain.roles import Role
from ..vault import case_queries, search_index
from ..vault.case_queries import CaseSummary
from . import access
from .session import Session

DEFAULT_LIMIT = 50


def check_query(query: str) -> None:
    """Refuse a query that could match nothing (fewer than two letters or digits) with a clear error, for
    callers that would otherwise print nothing (the command line); the search box simply waits."""
    if search_index.match_expression(query) is None:
        raise QueryTooShort()


def search(session: Session, query: str, limit: int = DEFAULT_LIMIT, audit: bool = True) -> list[CaseSummary]:
    access.require(session, Action.SEARCH)
    conn = session.connection()
    only = None if session.has(Role.SUPERVISOR) else session.user_id
    ids = search_index.matching_case_ids(conn, query, only, limit)
    found = case_queries.summaries(conn, ids)
    if audit:
        session.audit("search", None, results=len(found))
    return found
