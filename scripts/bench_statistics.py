"""`make bench`, statistics (issue 18): an annual activity report against raw SQL GROUP BY queries of the same
counts, on the same (encrypted) connection, in the same run.

The annual report is computed from the cases (1 January to 30 December of last year: a range that is not a
closed year is never read from a snapshot; a closed year is computed like this once, then read, measured too),
and so is the report of the busiest 12 months (the demo vault is densest in its last year). The baseline is
what a hand-written report would run: one GROUP BY per table (json_each for the lists, window functions for
each woman's first application), consent and "once per woman" in SQL, no suppression, no labels, no audit.
Before timing, the engine's raw counts are checked against the baseline's for the tables both compute the
same way, so the two are known to count the same thing.
"""

from __future__ import annotations

import statistics as stats
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

BASE = """
WITH ok AS (SELECT DISTINCT client_id FROM consents WHERE kind = 'anonymous_statistics' AND given_on <= :asof
            AND (withdrawn_on IS NULL OR withdrawn_on > :asof)),
el AS (SELECT c.id, c.client_id, c.opened_on, c.closed_on, c.status FROM cases c
       WHERE c.status <> 'draft' AND c.opened_on <= :last AND (c.closed_on IS NULL OR c.closed_on >= :first)
       AND c.client_id IN (SELECT client_id FROM ok)),
app AS (SELECT * FROM el WHERE opened_on BETWEEN :first AND :last),
firsts AS (SELECT * FROM (SELECT app.*, ROW_NUMBER() OVER (PARTITION BY client_id ORDER BY opened_on, id) AS n
                          FROM app) WHERE n = 1)
"""

QUERIES: dict[str, str] = {
    "summary_women": "SELECT 'women_served', COUNT(DISTINCT client_id) FROM el",
    "channel": "SELECT COALESCE(i.channel, 'unknown'), COUNT(*) FROM app JOIN intakes i ON i.case_id = app.id"
               " GROUP BY 1",
    "reasons": "SELECT j.value, COUNT(DISTINCT app.id) FROM app JOIN intakes i ON i.case_id = app.id,"
               " json_each(i.immediate_needs) j GROUP BY j.value",
    "marital": "SELECT COALESCE(cl.marital_status, 'unknown'), COUNT(*) FROM firsts JOIN clients cl"
               " ON cl.id = firsts.client_id GROUP BY 1",
    "education": "SELECT COALESCE(cl.education, 'unknown'), COUNT(*) FROM firsts JOIN clients cl"
                 " ON cl.id = firsts.client_id GROUP BY 1",
    "employment": "SELECT COALESCE(cl.employment, 'unknown'), COUNT(*) FROM firsts JOIN clients cl"
                  " ON cl.id = firsts.client_id GROUP BY 1",
    "migrant": "SELECT COALESCE(cl.migrant_status, 'unknown'), COUNT(*) FROM firsts JOIN clients cl"
               " ON cl.id = firsts.client_id GROUP BY 1",
    "district": "SELECT cl.district, COUNT(*) FROM firsts JOIN clients cl ON cl.id = firsts.client_id GROUP BY 1",
    "nationality": "SELECT cl.nationality, COUNT(*) FROM firsts JOIN clients cl ON cl.id = firsts.client_id"
                   " GROUP BY 1",
    "disability": "SELECT cl.disability_types, COUNT(*) FROM firsts JOIN clients cl ON cl.id = firsts.client_id"
                  " GROUP BY 1",
    "age": "SELECT CAST(substr(firsts.opened_on, 1, 4) AS INTEGER) - cl.birth_year, COUNT(*) FROM firsts"
           " JOIN clients cl ON cl.id = firsts.client_id GROUP BY 1",
    "heard_from": "SELECT i.heard_from, COUNT(*) FROM firsts JOIN intakes i ON i.case_id = firsts.id GROUP BY 1",
    "violence": "SELECT j.value, COUNT(DISTINCT app.client_id) FROM app JOIN intakes i ON i.case_id = app.id,"
                " json_each(i.violence_types) j GROUP BY j.value",
    "perpetrator": "SELECT p.relationship, COUNT(DISTINCT app.client_id) FROM app JOIN perpetrators p"
                   " ON p.case_id = app.id GROUP BY 1",
    "sessions": "SELECT n.note_type, COUNT(*) FROM notes n JOIN el ON el.id = n.case_id"
                " WHERE n.note_date BETWEEN :first AND :last GROUP BY 1",
    "child_sessions": "SELECT n.note_type, COUNT(*) FROM notes n JOIN el ON el.id = n.case_id"
                      " WHERE n.note_date BETWEEN :first AND :last AND n.child_id IS NOT NULL GROUP BY 1",
    "interpreter": "SELECT COALESCE(n.interpreter_language, 'unknown'), COUNT(*) FROM notes n JOIN el"
                   " ON el.id = n.case_id WHERE n.note_date BETWEEN :first AND :last AND n.interpreter_present = 1"
                   " GROUP BY 1",
    "referrals": "SELECT i.institution_type, r.status, COUNT(*) FROM referrals r JOIN el ON el.id = r.case_id"
                 " JOIN institutions i ON i.id = r.institution_id WHERE r.sent_on BETWEEN :first AND :last"
                 " GROUP BY 1, 2",
    "shelter": "SELECT s.shelter_type, COUNT(DISTINCT el.client_id) FROM placements p JOIN el ON el.id = p.case_id"
               " JOIN shelters s ON s.id = p.shelter_id WHERE p.placed_on <= :last AND (p.ended_on IS NULL"
               " OR p.ended_on >= :first) GROUP BY 1",
    "shelter_exit": "SELECT p.exit_reason, COUNT(*) FROM placements p JOIN el ON el.id = p.case_id"
                    " WHERE p.ended_on BETWEEN :first AND :last GROUP BY 1",
    "measures": "SELECT m.measure_type, m.authority, COUNT(*) FROM measures m JOIN el ON el.id = m.case_id"
                " WHERE m.decision_date BETWEEN :first AND :last GROUP BY 1, 2",
    "violations": "SELECT m.measure_type, COUNT(*) FROM measure_violations v JOIN measures m ON m.id = v.measure_id"
                  " JOIN el ON el.id = m.case_id WHERE v.violation_date BETWEEN :first AND :last GROUP BY 1",
    "closures": "SELECT cr.reason, COUNT(DISTINCT el.id) FROM el JOIN closure_requests cr ON cr.case_id = el.id"
                " AND cr.status = 'approved' WHERE el.status = 'closed' AND el.closed_on BETWEEN :first AND :last"
                " GROUP BY 1",
}


def raw_counts(conn: Any, first: str, last: str, as_of: str) -> dict[str, dict[Any, int]]:
    params = {"first": first, "last": last, "asof": as_of}
    out: dict[str, dict[Any, int]] = {}
    for key, sql in QUERIES.items():
        rows = conn.execute(BASE + sql, params).fetchall()
        out[key] = {tuple(r[:-1]) if len(r) > 2 else r[0]: int(r[-1]) for r in rows}
    return out


def _check(engine: dict[str, Any], raw: dict[str, dict[Any, int]]) -> list[str]:
    """Tables both count the same way: the engine's raw counts (no suppression) against the GROUP BYs."""
    problems = []
    for key in ("channel", "marital", "education", "employment", "migrant", "district", "heard_from", "violence",
                "sessions", "child_sessions", "referrals", "measures", "closures"):
        counts = engine[key]
        mine = {}
        for i, row in enumerate(counts.rows):
            for j, col in enumerate(counts.cols):
                if counts.values[i][j]:
                    mine[row if len(counts.cols) == 1 else (row, col)] = counts.values[i][j]
        theirs = {k: v for k, v in raw[key].items() if v}
        if key == "violence":  # the engine adds "unknown" for women with none recorded
            mine.pop("unknown", None)
        if mine != theirs:
            problems.append(key)
    return problems


def _timed_pair(reps: int, engine: Callable[[], object], raw: Callable[[], object]) -> tuple[list[float], list[float]]:
    """Alternated, so a slow moment of a shared machine hits both sides."""
    ours, theirs = [], []
    for _ in range(reps):
        t0 = time.perf_counter()
        engine()
        ours.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        raw()
        theirs.append(time.perf_counter() - t0)
    return ours, theirs


def figures(folder: Path, user: str, password: str, reps: int, figure: Callable[..., Any],
            verdict: Callable[[bool], str]) -> list[Any]:
    from kadin_danisma.services import statistics, vault_service
    from kadin_danisma.services.statistics import ReportRequest

    session = vault_service.unlock(folder, user, password)
    out = []
    try:
        today = date.today()
        conn = session.connection()
        year = today.year - 1
        # The annual report as computed from the cases: 1 January to 30 December, a range that is not a closed
        # year, so it is never read from a snapshot (a closed year is computed like this once, then read).
        ranges = [("annual activity report (live, 1 Jan – 30 Dec of last year)", date(year, 1, 1),
                   date(year, 12, 30)),
                  ("activity report of the busiest 12 months (live, last 365 days)", today - timedelta(days=365),
                   today - timedelta(days=1))]
        for name, start, end in ranges:
            request = ReportRequest("activity", start, end)
            first, last, as_of = start.isoformat(), end.isoformat(), today.isoformat()
            # same counts? (untimed) the engine's raw counts against the GROUP BYs
            vocab, _ = statistics._vocab(session)
            _, counts = statistics._compute(session, "activity", statistics.check_request(request), None, vocab, as_of)
            problems = _check({c.key: c for c in counts}, raw_counts(conn, first, last, as_of))
            statistics.run_report(session, request)  # warm: first reads of the pages
            box: list[Any] = []
            engine, raw = _timed_pair(reps, lambda r=request, b=box: b.append(statistics.run_report(session, r)),
                                      lambda a=first, b=last, c=as_of: raw_counts(conn, a, b, c))
            women = box[-1].table("summary").cells[1][0].value
            notes = box[-1].table("summary").cells[3][0].value
            f = figure(f"{name}: facts, counts, suppression, labels, audit", engine,
                       f"raw SQL GROUP BY of the same counts ({len(QUERIES)} queries, same connection)", raw,
                       "< 2 s and ≤ 5× raw")
            f.verdict = verdict(stats.median(engine) < 2 and f.ratio is not None and f.ratio <= 5 and not problems)
            f.note = (f"{women} women applied, {notes} sessions, {len(box[-1].tables)} tables; engine and GROUP BY "
                      + ("counts agree on every table compared" if not problems
                         else f"counts DIFFER on {', '.join(problems)}"))
            out.append(f)
        closed = ReportRequest("activity", date(year, 1, 1), date(year, 12, 31))
        t0 = time.perf_counter()
        statistics.run_report(session, closed)
        first_run = time.perf_counter() - t0
        reads = []
        for _ in range(reps):
            t0 = time.perf_counter()
            statistics.run_report(session, closed)
            reads.append(time.perf_counter() - t0)
        out.append(figure(f"annual activity report of {year} (closed: read from its snapshot)", reads,
                          note=f"its first run computed and stored the snapshot in {first_run * 1000:.0f} ms"))
        due = statistics.due_periods(session)
        t0 = time.perf_counter()
        stored = statistics.close_due_periods(session)
        out.append(figure("close every past month, quarter and year (first unlock after the upgrade)",
                          [time.perf_counter() - t0],
                          note=f"{stored} snapshots ({len(due)} due), one read of facts per year"))
    finally:
        session.lock()
    return out
