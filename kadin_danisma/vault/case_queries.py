"""Read-only queries over many cases: list pages with filters and sort, summaries by id, dashboard lists.

They return small summary rows (number, code, name, status, risk, flags), never whole records; the
services decide who may see which rows and audit the reading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .port import Connection, dialect, errors_translated

HIGH_RISK = ("high", "very_high")


@dataclass(frozen=True)
class CaseSummary:
    id: int
    case_number: str
    client_code: str
    client_name: str
    status: str
    risk_level: str | None
    opened_on: str
    interpreter_language: str | None
    in_shelter: bool
    active_measure: bool
    counselors: tuple[str, ...]

    @property
    def high_risk(self) -> bool:
        return self.risk_level in HIGH_RISK


@dataclass
class CaseFilter:
    statuses: tuple[str, ...] = ()
    risk_levels: tuple[str, ...] = ()
    counselor_id: int | None = None
    interpreter_language: str | None = None
    in_shelter: bool | None = None
    active_measure: bool | None = None
    only_user_id: int | None = None  # permission filter: cases assigned to this counselor
    extra: dict[str, Any] = field(default_factory=dict)


SORT_COLUMNS = {
    "case_number": "c.case_number",
    "opened_on": "c.opened_on",
    "status": "c.status",
    "risk": "CASE c.risk_level WHEN 'very_high' THEN 3 WHEN 'high' THEN 2 WHEN 'medium' THEN 1"
            " WHEN 'low' THEN 0 ELSE -1 END",
    "client_code": "cl.client_code",
}


def _select(conn: Connection) -> str:
    """The summary columns; `:today` is today's local date (bound, so both engines agree on "today")."""
    return f"""
    SELECT c.id, c.case_number, cl.client_code, cl.full_name, c.status, c.risk_level, c.opened_on,
           cl.interpreter_language,
           EXISTS (SELECT 1 FROM placements p WHERE p.case_id = c.id AND p.status = 'placed'),
           EXISTS (SELECT 1 FROM measures m WHERE m.case_id = c.id AND m.status = 'active'
                   AND (m.end_date IS NULL OR m.end_date >= :today)),
           (SELECT {dialect(conn).group_concat("u.username", "','")} FROM case_counselors x
             JOIN users u ON u.id = x.user_id WHERE x.case_id = c.id)
    FROM cases c JOIN clients cl ON cl.id = c.client_id
"""


def _summary(row: tuple[Any, ...]) -> CaseSummary:
    return CaseSummary(
        int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), row[5], str(row[6]), row[7],
        bool(row[8]), bool(row[9]), tuple(sorted(str(row[10]).split(","))) if row[10] else (),
    )


def _where(f: CaseFilter) -> tuple[str, dict[str, Any]]:
    # An anonymized case (issue 19) is in no list: nothing in it names anyone any more.
    parts: list[str] = ["c.anonymized_on IS NULL"]
    params: dict[str, Any] = {}
    if f.statuses:
        parts.append("c.status IN (" + ", ".join(f":st{i}" for i in range(len(f.statuses))) + ")")
        params.update({f"st{i}": s for i, s in enumerate(f.statuses)})
    if f.risk_levels:
        parts.append("c.risk_level IN (" + ", ".join(f":rl{i}" for i in range(len(f.risk_levels))) + ")")
        params.update({f"rl{i}": s for i, s in enumerate(f.risk_levels)})
    for key, uid in (("cid", f.counselor_id), ("oid", f.only_user_id)):
        if uid is not None:
            parts.append(f"EXISTS (SELECT 1 FROM case_counselors y WHERE y.case_id = c.id AND y.user_id = :{key})")
            params[key] = uid
    if f.interpreter_language is not None:
        parts.append("cl.interpreter_language = :lang")
        params["lang"] = f.interpreter_language
    if f.in_shelter is not None:
        parts.append(("" if f.in_shelter else "NOT ")
                     + "EXISTS (SELECT 1 FROM placements p WHERE p.case_id = c.id AND p.status = 'placed')")
    if f.active_measure is not None:
        parts.append(("" if f.active_measure else "NOT ")
                     + "EXISTS (SELECT 1 FROM measures m WHERE m.case_id = c.id AND m.status = 'active'"
                       " AND (m.end_date IS NULL OR m.end_date >= :today))")
        params["today"] = date.today().isoformat()
    return " WHERE " + " AND ".join(parts), params


def count_cases(conn: Connection, f: CaseFilter) -> int:
    where, params = _where(f)
    # Every case has exactly one client, so the join only matters when a client column is filtered on;
    # without it the count reads one small index (50,000 cases: 112 ms -> a few ms, at every unlock).
    source = "cases c JOIN clients cl ON cl.id = c.client_id" if "cl." in where else "cases c"
    with errors_translated():
        return int(conn.execute(f"SELECT count(*) FROM {source}{where}", params).fetchone()[0])


def list_cases(conn: Connection, f: CaseFilter, sort: str = "opened_on", descending: bool = True,
               offset: int = 0, limit: int = 200) -> list[CaseSummary]:
    """One page. The page's ids are found first (sorting only ids and the sort key), then only those rows
    get their flags and counselors: computing the flag sub-queries for every row before sorting made deep
    pages of 50,000 cases take over a second."""
    if sort not in SORT_COLUMNS:
        raise ValueError("unknown sort column")
    where, params = _where(f)
    direction = "DESC" if descending else "ASC"
    params.update(limit=limit, offset=offset)
    sql = (f"SELECT c.id FROM cases c JOIN clients cl ON cl.id = c.client_id{where}"
           f" ORDER BY {SORT_COLUMNS[sort]} {direction}, c.id {direction} LIMIT :limit OFFSET :offset")
    with errors_translated():
        ids = [int(r[0]) for r in conn.execute(sql, params)]
    return summaries(conn, ids)


def summaries(conn: Connection, case_ids: list[int]) -> list[CaseSummary]:
    """Summaries in the order of case_ids."""
    if not case_ids:
        return []
    marks = ", ".join(f":i{n}" for n in range(len(case_ids)))
    params: dict[str, Any] = {f"i{n}": case_id for n, case_id in enumerate(case_ids)}
    params["today"] = date.today().isoformat()
    with errors_translated():
        found = {int(r[0]): _summary(r) for r in conn.execute(f"{_select(conn)} WHERE c.id IN ({marks})", params)}
    return [found[i] for i in case_ids if i in found]


def case_ids_where(conn: Connection, sql_condition: str, params: dict[str, Any], only_user_id: int | None,
                   limit: int = 500) -> list[int]:
    """Ids of cases matching a fixed condition written by the dashboard module (never user text)."""
    assigned = (" AND EXISTS (SELECT 1 FROM case_counselors y WHERE y.case_id = c.id AND y.user_id = :oid)"
                if only_user_id is not None else "")
    with errors_translated():
        rows = conn.execute(
            f"SELECT c.id FROM cases c WHERE ({sql_condition}) AND c.anonymized_on IS NULL{assigned}"
            " ORDER BY c.id DESC LIMIT :limit",
            {**params, "oid": only_user_id, "limit": limit},
        )
        return [int(r[0]) for r in rows]
