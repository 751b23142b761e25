"""The dashboard's two lists of issue 21 (a part of services/dashboard.py): court hearings in the next
14 days, and Law 6284 deadlines still open (a request waiting for its decision, due 24 hours after it; a
governor's or police chief's measure waiting for a judge's confirmation, due 48 hours after the decision),
overdue first. Counselors see their own cases; a supervisor who is not a counselor the whole center (the
caller says which: `only`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..domain import records as r
from ..domain.measure_deadlines import AWAITING, NEEDS_CONFIRMATION, Deadline, open_deadline
from ..vault.case_queries import CaseSummary
from ..vault.port import Connection, errors_translated

HEARING_DAYS = 14
LIMIT = 5000


@dataclass(frozen=True)
class HearingSoon:
    case: CaseSummary
    hearing_on: str
    hearing_time: str | None
    kind: str  # the court case's kind code


@dataclass(frozen=True)
class DeadlineDue:
    case: CaseSummary
    measure_type: str
    deadline: Deadline


@dataclass
class Raw:
    hearings: list[tuple[int, str, str | None, str]]
    deadlines: list[tuple[int, str, Deadline]]

    def case_ids(self, shown: int) -> set[int]:
        return {x[0] for x in self.hearings[:shown]} | {x[0] for x in self.deadlines[:shown]}


def _mine(column: str, only: int | None) -> str:
    return (f" AND EXISTS (SELECT 1 FROM case_counselors y WHERE y.case_id = {column} AND y.user_id = :uid)"
            if only is not None else "")


def gather(conn: Connection, only: int | None, day: date, now: datetime | None = None) -> Raw:
    """The rows of both lists (case ids, not yet summaries), soonest first."""
    marks = {f"a{i}": code for i, code in enumerate(sorted(NEEDS_CONFIRMATION))}
    with errors_translated():
        hearings = conn.execute(
            "SELECT k.case_id, h.hearing_on, h.hearing_time, k.kind FROM court_hearings h"
            " JOIN court_cases k ON k.id = h.court_case_id JOIN cases c ON c.id = k.case_id"
            " WHERE h.hearing_on BETWEEN :first AND :last AND c.status != 'closed'" + _mine("k.case_id", only)
            + f" ORDER BY h.hearing_on, h.hearing_time, h.id LIMIT {LIMIT}",
            {"first": day.isoformat(), "last": (day + timedelta(days=HEARING_DAYS)).isoformat(), "uid": only},
        ).fetchall()
        measures = conn.execute(
            "SELECT m.case_id, m.measure_type, m.authority, m.status, m.requested_at, m.decided_at,"
            " m.judge_confirmed_at FROM measures m JOIN cases c ON c.id = m.case_id WHERE c.status != 'closed'"
            " AND ((m.status = :awaiting AND m.decided_at IS NULL AND m.requested_at IS NOT NULL)"
            f" OR (m.status = 'active' AND m.authority IN ({', '.join(':' + k for k in marks)})"
            " AND m.judge_confirmed_at IS NULL AND m.decided_at IS NOT NULL))" + _mine("m.case_id", only)
            + f" LIMIT {LIMIT}",
            {"awaiting": AWAITING, "uid": only, **marks},
        ).fetchall()
    deadlines = []
    for case_id, mtype, authority, status, requested_at, decided_at, confirmed_at in measures:
        m = r.Measure(str(mtype), str(authority), "", "", status=str(status), requested_at=requested_at,
                      decided_at=decided_at, judge_confirmed_at=confirmed_at)
        found = open_deadline(m, now)
        if found is not None:
            deadlines.append((int(case_id), str(mtype), found))
    deadlines.sort(key=lambda x: x[2].due_at)
    return Raw([(int(x[0]), str(x[1]), x[2], str(x[3])) for x in hearings], deadlines)


def build(raw: Raw, by_id: dict[int, CaseSummary], shown: int) -> tuple[list[HearingSoon], list[DeadlineDue]]:
    hearings = [HearingSoon(by_id[c], on, at, kind) for c, on, at, kind in raw.hearings[:shown] if c in by_id]
    deadlines = [DeadlineDue(by_id[c], mtype, d) for c, mtype, d in raw.deadlines[:shown] if c in by_id]
    return hearings, deadlines
