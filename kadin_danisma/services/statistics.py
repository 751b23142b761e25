"""Statistics reports that never reveal a woman (issue 18): permissions, audit, monthly snapshots.

`run_report(session, ReportRequest)` gives a `Report`: typed tables whose cells carry their suppression
state (domain/stat_tables.py), the period, the consent count and where the figures come from. Supervisors
and the coordinator (admin) see the center; a counselor sees only the cases assigned to her (always
computed from the vault as it is). Every run is audited with its kind, period, scope and source, never a
figure.

Snapshots: the raw counts of every closed month, quarter and year are stored once (the first time they
are asked for, or by `close_due_periods`, which the app runs after unlock), so a closed period's report is
the same every time and survives the destruction of the cases behind it. A center report of a closed
month, quarter or year is read from its snapshot; any other range, or a period not over yet, is computed
from the cases in the vault now (and says so). Cases recorded after a snapshot was taken are counted and
stated, not added.

Long runs take `progress(done, total)` and `cancel()` callables (the GUI's worker passes them); a
cancelled run raises ReportCancelled and keeps every snapshot already stored (each one is complete).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..domain import stat_axes
from ..domain.activity_tables import activity_counts
from ..domain.errors import InvalidPeriod, PermissionDenied, ReportCancelled
from ..domain.gbvims_tables import gbvims_counts
from ..domain.permissions import Action
from ..domain.stat_facts import Facts
from ..domain.stat_population import VocabView
from ..domain.stat_rules import Period, months_between
from ..domain.stat_tables import Counts, Report, present
from ..vault import stat_queries
from ..vault.audit import now_iso
from ..vault.port import Connection, dialect
from . import access, settings
from .session import Session

__all__ = ["ACTIVITY", "GBVIMS", "KINDS", "Report", "ReportRequest", "close_due_periods", "due_periods",
           "run_report"]

ACTIVITY = "activity"
GBVIMS = "gbvims"
KINDS = (ACTIVITY, GBVIMS)
# Version of the counting rules, stored with each snapshot (a snapshot is never recomputed).
ENGINE = 1
MAX_DAYS = 20 * 366
TITLES = {ACTIVITY: ("Faaliyet raporu", "Activity report"), GBVIMS: ("GBVIMS tabloları", "GBVIMS-style tables")}

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
Builder = Callable[[Facts, Period, str, VocabView], tuple[dict[str, int], list[Counts]]]
BUILDERS: Mapping[str, Builder] = {ACTIVITY: activity_counts, GBVIMS: gbvims_counts}


@dataclass(frozen=True)
class ReportRequest:
    kind: str  # ACTIVITY or GBVIMS
    start: date
    end: date
    lang: str = "tr"


def check_request(request: ReportRequest, today: date | None = None) -> Period:
    """The request's period, or a content-free error naming what is wrong."""
    today = today or date.today()
    if request.kind not in KINDS:
        raise InvalidPeriod(f"unknown report kind; use {' or '.join(KINDS)}")
    if request.lang not in ("tr", "en"):
        raise InvalidPeriod("unknown report language; use tr or en")
    if request.end < request.start:
        raise InvalidPeriod("the period ends before it starts")
    if request.end > today:
        raise InvalidPeriod("the period ends in the future")
    if request.start.year < 1900 or (request.end - request.start).days >= MAX_DAYS:
        raise InvalidPeriod("the period is longer than 20 years")
    return Period(request.start, request.end)


def _scope(session: Session) -> int | None:
    """None for the center; the user's id for her own caseload."""
    if session.user is None:
        raise PermissionDenied("you do not have permission for this")
    if access.allowed(session, Action.STATISTICS_CENTER):
        return None
    if access.allowed(session, Action.STATISTICS_OWN):
        return session.user.id
    raise PermissionDenied("you do not have permission for this")


def _vocab(session: Session) -> tuple[VocabView, dict[tuple[str, str], tuple[str, str]]]:
    """The vocabularies for the table builders, and every term's labels. District rows are the districts of
    the center's province (setting), the center's own terms, "another province" and "unknown"."""
    codes: dict[str, list[str]] = {}
    meta: dict[str, dict[str, Mapping[str, object]]] = {}
    labels: dict[tuple[str, str], tuple[str, str]] = {}
    province = settings.province(session)
    aliases: dict[str, str] = {}
    for kind, code, tr, en, extra in stat_queries.vocabulary(session.connection()):
        if kind == "district" and "province" in extra and extra["province"] != province:
            # a built-in district of another province: where she lives is "another province" for this center
            aliases[code] = "other_province" if province else "unknown"
            continue
        codes.setdefault(kind, []).append(code)
        meta.setdefault(kind, {})[code] = extra
        labels[(kind, code)] = (tr, en)
    return VocabView({k: tuple(v) for k, v in codes.items()}, meta, {"district": aliases}), labels


def _labeller(labels: Mapping[tuple[str, str], tuple[str, str]], lang: str) -> Callable[[str, str], str]:
    def label(axis: str, code: str) -> str:
        own = stat_axes.label(axis, code, lang)
        if own is not None:
            return own
        found = labels.get((axis, code))
        if found is not None:
            return found[0] if lang == "tr" else found[1]
        return stat_axes.common_label(code, lang) or code

    return label


def _step(progress: Progress | None, cancel: Cancel | None, done: int, total: int) -> None:
    if cancel is not None and cancel():
        raise ReportCancelled()
    if progress is not None:
        progress(done, total)


@contextlib.contextmanager
def _reading(session: Session, counselor: int | None) -> Iterator[Connection]:
    """The connection the figures are read with: the whole center's coded facts for a center report (on a
    server through views of their own, as row-level security keeps an admin from the cases), her own
    caseload's otherwise."""
    conn = session.connection()
    if counselor is not None:
        yield conn
        return
    with dialect(conn).center_statistics(conn) as reader:
        yield reader


def _compute(session: Session, kind: str, period: Period, counselor: int | None, vocab: VocabView,
             as_of: str) -> tuple[dict[str, int], list[Counts]]:
    with _reading(session, counselor) as conn:
        facts = stat_queries.load_facts(conn, period.first, period.last, counselor)
    return BUILDERS[kind](facts, period, as_of, vocab)


def _snapshot_data(header: dict[str, int], tables: list[Counts]) -> dict[str, Any]:
    return {"header": header, "tables": [t.to_json() for t in tables]}


def _store(session: Session, kind: str, period: Period, as_of: str, data: dict[str, Any]) -> None:
    with session.write() as conn:
        if stat_queries.snapshot_put(conn, kind, period.first, period.last, now_iso(), as_of, ENGINE, data):
            session.log(conn, "statistics_snapshot", None, kind=kind, first=period.first, last=period.last,
                        engine=ENGINE)


def run_report(session: Session, request: ReportRequest, progress: Progress | None = None,
               cancel: Cancel | None = None) -> Report:
    counselor = _scope(session)
    period = check_request(request)
    today = date.today()
    as_of = today.isoformat()
    conn = session.connection()
    vocab, labels = _vocab(session)
    _step(progress, cancel, 0, 3)
    fixed = counselor is None and period.shape() is not None and period.end < today
    source, fixed_at, late = "live", None, 0
    if fixed:
        snap = stat_queries.snapshot_get(conn, request.kind, period.first, period.last)
        if snap is None:
            header, counts = _compute(session, request.kind, period, None, vocab, as_of)
            _step(progress, cancel, 1, 3)
            _store(session, request.kind, period, as_of, _snapshot_data(header, counts))
            snap = stat_queries.snapshot_get(conn, request.kind, period.first, period.last)
            assert snap is not None
        data = snap["data"]
        header = {k: int(v) for k, v in data["header"].items()}
        counts = [Counts.from_json(t) for t in data["tables"]]
        source, fixed_at, as_of = "snapshot", snap["taken_at"], snap["as_of"]
        with _reading(session, None) as reader:
            late = stat_queries.late_entries(reader, period.first, period.last, snap["taken_at"])
    else:
        header, counts = _compute(session, request.kind, period, counselor, vocab, as_of)
    _step(progress, cancel, 2, 3)
    k = settings.stats_min_cell(session)
    label = _labeller(labels, request.lang)
    tables = tuple(present(c, k, label, request.lang) for c in counts)
    assert session.user is not None
    scope = "center" if counselor is None else "caseload"
    session.audit("statistics_report", None, kind=request.kind, first=period.first, last=period.last,
                  scope=scope, source=source)
    _step(progress, cancel, 3, 3)
    center = settings.center_name(session)
    lang_i = 0 if request.lang == "tr" else 1
    return Report(
        request.kind, TITLES[request.kind][lang_i], request.lang, period, scope,
        center if counselor is None else session.user.display_name, center, tuple(settings.letterhead_lines(session)),
        k, source, fixed_at, as_of, header.get("excluded_cases", 0), header.get("excluded_women", 0), late,
        now_iso(), ENGINE, tables,
    )


# -- closing past periods --------------------------------------------------------------------------------

def _closed_periods(first_day: date, today: date) -> list[Period]:
    """Every month, quarter and year from the one holding `first_day` that ended before `today`."""
    last_closed = today.replace(day=1) - timedelta(days=1)
    out: list[Period] = []
    if first_day > last_closed:
        return out
    for month in months_between(first_day, last_closed):
        out.append(month)
        m = month.start.month
        if m % 3 == 0:
            out.append(Period.quarter(month.start.year, m // 3))
        if m == 12:
            out.append(Period.year(month.start.year))
    return out


def due_periods(session: Session, today: date | None = None) -> list[tuple[str, Period]]:
    """(kind, period) of every closed month, quarter and year whose figures are not stored yet."""
    if session.user is None:
        raise PermissionDenied("you do not have permission for this")
    if session.on_server and not access.allowed(session, Action.STATISTICS_CENTER):
        return []  # she could not read the center's facts there (close_due_periods)
    conn = session.connection()
    with _reading(session, None) as reader:
        earliest = stat_queries.earliest_case_day(reader)
    if earliest is None:
        return []
    stored = stat_queries.snapshot_periods(conn)
    return [(kind, p) for p in _closed_periods(date.fromisoformat(earliest[:10]), today or date.today())
            for kind in KINDS if (kind, p.first, p.last) not in stored]


def close_due_periods(session: Session, progress: Progress | None = None, cancel: Cancel | None = None,
                      today: date | None = None) -> int:
    """Store the figures of every closed period not stored yet (each with its audit entry); returns how many.
    Reads each year's facts once. Any signed-in user may run it in a vault (it shows nothing to anyone); on a
    server only one who may see the center's figures (another's sign-in reads only her own cases there, and
    a snapshot of those would be wrong for good), so for anyone else it stores nothing."""
    if session.on_server and not access.allowed(session, Action.STATISTICS_CENTER):
        return 0
    due = due_periods(session, today)
    if not due:
        return 0
    vocab, _ = _vocab(session)
    as_of = (today or date.today()).isoformat()
    by_year: dict[int, list[tuple[str, Period]]] = {}
    for kind, period in due:
        by_year.setdefault(period.start.year, []).append((kind, period))
    done = 0
    _step(progress, cancel, 0, len(due))
    for year, items in sorted(by_year.items()):
        first = min(p.start for _, p in items)
        last = max(p.end for _, p in items)
        with _reading(session, None) as reader:
            facts = stat_queries.load_facts(reader, first.isoformat(), last.isoformat())
        for kind, period in items:
            header, counts = BUILDERS[kind](facts, period, as_of, vocab)
            _store(session, kind, period, as_of, _snapshot_data(header, counts))
            done += 1
            _step(progress, cancel, done, len(due))
        del facts, year
    return done
