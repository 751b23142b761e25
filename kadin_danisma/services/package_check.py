"""The checks a package's content passes (issue 17): the import's own rules (services/interchange.py), run
on a case after a package's changes were merged into it, and the rules of import for added records. A
problem is ImportInvalid with its JSON path; the caller's transaction then writes nothing."""

from __future__ import annotations

from typing import Any

from ..domain.errors import ImportInvalid
from ..vault.port import Connection, errors_translated
from .casework import checker
from .directory import all_institutions
from .interchange import SUPERVISOR_EVENTS, SUPERVISOR_ONLY, _check_case
from .record_loader import load_record


def check_case(conn: Connection, case_id: int, path: str) -> None:
    """Every value of the case as an import checks it (it is here already: no "already exists")."""
    record = load_record(conn, case_id)
    positions = {p.id: i for i, p in enumerate(record.placements)}  # a transfer is checked as the file writes it
    for placement in record.placements:
        placement.transferred_from = positions.get(placement.transferred_from)
    c = checker(conn, "$")
    institutions = {i.name for i in all_institutions(conn, include_inactive=True)}
    # names only: a supervisor's login on a server reads the shelters' public columns, not their contacts
    with errors_translated():
        shelters = {str(x[0]) for x in conn.execute("SELECT name FROM shelters").fetchall()}
    _check_case(conn, c, record, path.removeprefix("$."), set(), institutions, shelters, existing=True)
    if c.problems:
        raise ImportInvalid(c.problems)


def check_added(table: str, values: dict[str, Any], path: str) -> list[tuple[str, str]]:
    """What the sender's role could not make cannot come in: a supervisor's step in the status history."""
    if table == "case_status_history" and values.get("event") in SUPERVISOR_EVENTS:
        return [(f"{path}.f.event", f"{values.get('event')} " + SUPERVISOR_ONLY)]
    return []
