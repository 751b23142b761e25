"""The statistics reports' reads and the snapshot store (issue 18): plain, parameterised, standard SQL.

`load_facts` reads the coded facts dated inside one window of days (domain/stat_facts.py), optionally only
for one counselor's cases; the rules of who and what counts are applied afterwards, in domain/. No query
here reads a name, a client code, a case number, a shelter name or free text; the one free-text column
read, a client's nationality, is turned into a country code before it leaves this module.

No engine-specific functions (no json_each, no date arithmetic): JSON lists are decoded in Python, dates are
ISO text compared as text, so the server adapter can run the same statements.
"""

from __future__ import annotations

import json
from typing import Any

from ..domain.countries import country_code
from ..domain.stat_facts import (
    ActivityFact,
    AidFact,
    AppointmentFact,
    CaseFact,
    ClientFact,
    ClosureFact,
    ContactFact,
    EmploymentFact,
    Facts,
    IntakeFact,
    MeasureFact,
    NoteFact,
    PlacementChildFact,
    PlacementFact,
    ReferralFact,
    ViolationFact,
)
from .port import Connection, errors_translated

__all__ = ["earliest_case_day", "late_entries", "load_facts", "snapshot_get", "snapshot_periods", "snapshot_put",
           "vocabulary"]

_NOT_DRAFT = "c.status <> 'draft'"
_OVERLAP = "c.opened_on <= ? AND (c.closed_on IS NULL OR c.closed_on >= ?)"
_OPENED_IN = "a.status <> 'draft' AND a.opened_on BETWEEN ? AND ?"


def _scope(column: str, counselor_id: int | None) -> tuple[str, tuple[Any, ...]]:
    if counselor_id is None:
        return "", ()
    return f" AND {column} IN (SELECT cc.case_id FROM case_counselors cc WHERE cc.user_id = ?)", (counselor_id,)


def _codes(text: str | None) -> tuple[str, ...]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def load_facts(conn: Connection, first: str, last: str, counselor_id: int | None = None) -> Facts:
    """Every fact dated in [first, last] for the cases open in it (and in the counselor's caseload)."""
    f = Facts(first, last)
    win = (first, last)
    with errors_translated():
        sc, sp = _scope("c.id", counselor_id)
        for row in conn.execute(
            f"SELECT c.id, c.client_id, c.status, c.opened_on, c.closed_on FROM cases c"
            f" WHERE {_NOT_DRAFT} AND {_OVERLAP}{sc}", (last, first, *sp)
        ):
            f.cases[int(row[0])] = CaseFact(int(row[0]), int(row[1]), str(row[2]), str(row[3]), row[4], str(row[3]))
        sa, sap = _scope("a.id", counselor_id)
        applied = f"SELECT a.client_id FROM cases a WHERE {_OPENED_IN}{sa}"
        first_day = {int(client_id): str(day) for client_id, day in conn.execute(
            f"SELECT c.client_id, MIN(c.opened_on) FROM cases c WHERE {_NOT_DRAFT} AND c.client_id IN ({applied})"
            " GROUP BY c.client_id", (*win, *sap))}
        for case_id, case in f.cases.items():
            day = first_day.get(case.client_id)
            if day is not None and day != case.first_opened_on:
                f.cases[case_id] = case._replace(first_opened_on=day)
        for row in conn.execute(
            "SELECT cl.id, cl.birth_year, cl.birth_date, cl.marital_status, cl.education, cl.employment,"
            " cl.nationality, cl.migrant_status, cl.district, cl.disability_types FROM clients cl"
            f" WHERE cl.id IN ({applied})", (*win, *sap)
        ):
            f.clients[int(row[0])] = ClientFact(int(row[0]), row[1], row[2], row[3], row[4], row[5],
                                                country_code(row[6]), row[7], str(row[8]), _codes(row[9]))
        for row in conn.execute(
            "SELECT i.case_id, i.intake_date, i.channel, i.heard_from, i.violence_types, i.immediate_needs,"
            f" i.last_incident FROM intakes i JOIN cases a ON a.id = i.case_id WHERE {_OPENED_IN}{sa}", (*win, *sap)
        ):
            f.intakes[int(row[0])] = IntakeFact(int(row[0]), str(row[1]), row[2], str(row[3]), _codes(row[4]),
                                                _codes(row[5]), row[6])
        for case_id, relationship in conn.execute(
            "SELECT p.case_id, p.relationship FROM perpetrators p JOIN cases a ON a.id = p.case_id"
            f" WHERE {_OPENED_IN}{sa} ORDER BY p.case_id, p.id", (*win, *sap)
        ):
            f.perpetrators.setdefault(int(case_id), []).append(str(relationship))
        open_clients = f"SELECT c.client_id FROM cases c WHERE {_NOT_DRAFT} AND {_OVERLAP}{sc}"
        for client_id, given, withdrawn in conn.execute(
            "SELECT s.client_id, s.given_on, s.withdrawn_on FROM consents s"
            f" WHERE s.kind = 'anonymous_statistics' AND s.client_id IN ({open_clients})", (last, first, *sp)
        ):
            f.consents.setdefault(int(client_id), []).append((str(given), withdrawn))
        _activity(conn, f, counselor_id)
        if counselor_id is None:
            _center_work(conn, f)
    return f


def _participants(text: str | None) -> tuple[tuple[str, str, int], ...]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return ()
    if not isinstance(value, dict):
        return ()
    return tuple((str(sex), str(band), n) for sex, bands in value.items() if isinstance(bands, dict)
                 for band, n in bands.items() if isinstance(n, int) and not isinstance(n, bool) and n > 0)


def _center_work(conn: Connection, f: Facts) -> None:
    """The center's group activities and contacts that are not cases dated in the window (issue 21)."""
    f.activities = [ActivityFact(str(r[0]), str(r[1]), _participants(r[2])) for r in conn.execute(
        "SELECT g.held_on, g.kind, g.participants FROM group_activities g WHERE g.held_on BETWEEN ? AND ?",
        (f.first, f.last))]
    f.contacts = [ContactFact(str(r[0]), str(r[1]), str(r[2]), r[3], r[4] is not None) for r in conn.execute(
        "SELECT k.contact_on, k.channel, k.topic, i.institution_type, k.case_id FROM info_contacts k"
        " LEFT JOIN institutions i ON i.id = k.institution_id WHERE k.contact_on BETWEEN ? AND ?",
        (f.first, f.last))]


def _activity(conn: Connection, f: Facts, counselor_id: int | None) -> None:
    win = (f.first, f.last)
    sn, snp = _scope("n.case_id", counselor_id)
    # The largest read (a year of a big center is a quarter of a million notes): rows go straight into
    # NoteFact (its fields are the columns in order; interpreter_present stays 0/1).
    f.notes = list(map(NoteFact._make, conn.execute(
        "SELECT n.case_id, n.note_date, n.note_type, n.interpreter_present, n.interpreter_language, n.child_id"
        f" FROM notes n WHERE n.note_date BETWEEN ? AND ?{sn}", (*win, *snp))))
    sa, sap = _scope("a.case_id", counselor_id)
    # Appointments of the period's days (their time is local wall-clock time: the day is its first 10 letters).
    f.appointments = [AppointmentFact(int(r[0]), str(r[1])[:10], str(r[2]), bool(r[3])) for r in conn.execute(
        "SELECT a.case_id, a.starts_at, a.status, a.interpreter_id IS NOT NULL OR a.interpreter_language IS NOT NULL"
        f" FROM appointments a WHERE a.starts_at BETWEEN ? AND ?{sa}", (f.first, f.last + "T99", *sap))]
    sr, srp = _scope("r.case_id", counselor_id)
    f.referrals = [ReferralFact(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in conn.execute(
        "SELECT r.case_id, r.sent_on, i.institution_type, r.status FROM referrals r"
        f" JOIN institutions i ON i.id = r.institution_id WHERE r.sent_on BETWEEN ? AND ?{sr}", (*win, *srp))]
    sl, slp = _scope("p.case_id", counselor_id)
    f.placements = [PlacementFact(int(r[0]), int(r[1]), str(r[2]), str(r[3]), r[4], r[5], r[6], r[7] is not None)
                    for r in conn.execute(
        "SELECT p.id, p.case_id, s.shelter_type, p.requested_on, p.placed_on, p.ended_on, p.exit_reason,"
        " p.transferred_from FROM placements p JOIN shelters s ON s.id = p.shelter_id"
        f" WHERE p.requested_on <= ? AND (p.ended_on IS NULL OR p.ended_on >= ?){sl}", (f.last, f.first, *slp))]
    f.placement_children = [PlacementChildFact(int(r[0]), int(r[1]), r[2]) for r in conn.execute(
        "SELECT pc.placement_id, ch.id, ch.birth_year FROM placement_children pc"
        " JOIN children ch ON ch.id = pc.child_id JOIN placements p ON p.id = pc.placement_id"
        f" WHERE p.placed_on BETWEEN ? AND ?{sl}", (*win, *slp))]
    sm, smp = _scope("m.case_id", counselor_id)
    f.measures = [MeasureFact(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in conn.execute(
        f"SELECT m.case_id, m.decision_date, m.measure_type, m.authority FROM measures m"
        f" WHERE m.decision_date BETWEEN ? AND ? AND m.status <> 'requested'{sm}", (*win, *smp))]
    f.violations = [ViolationFact(int(r[0]), str(r[1]), str(r[2])) for r in conn.execute(
        "SELECT m.case_id, v.violation_date, m.measure_type FROM measure_violations v"
        f" JOIN measures m ON m.id = v.measure_id WHERE v.violation_date BETWEEN ? AND ?{sm}", (*win, *smp))]
    sc, scp = _scope("c.id", counselor_id)
    closed: dict[int, tuple[str, int, str | None]] = {}
    for case_id, closed_on, request_id, reason in conn.execute(
        "SELECT c.id, c.closed_on, cr.id, cr.reason FROM cases c"
        # coalesce() keeps SQLite from looking the approved requests up by the status index (every approved
        # request of the center, once per closed case: 102 s for a year at 50,000 cases) instead of by case.
        " LEFT JOIN closure_requests cr ON cr.case_id = c.id AND coalesce(cr.status, '') = 'approved'"
        f" WHERE c.status = 'closed' AND c.closed_on BETWEEN ? AND ?{sc}", (*win, *scp)
    ):
        known = closed.get(int(case_id))
        if known is None or (request_id is not None and int(request_id) > known[1]):
            closed[int(case_id)] = (str(closed_on), int(request_id or 0), reason)
    f.closures = [ClosureFact(case_id, day, reason) for case_id, (day, _, reason) in closed.items()]
    _support_facts(conn, f, counselor_id)


def _support_facts(conn: Connection, f: Facts, counselor_id: int | None) -> None:
    """Aid requested and employment supports begun in the window (issue 21): codes, dates and amounts only."""
    win = (f.first, f.last)
    sa, sap = _scope("a.case_id", counselor_id)
    f.aid = [AidFact(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), None if r[5] is None else int(r[5]))
             for r in conn.execute(
        "SELECT a.case_id, a.requested_on, a.kind, a.source, a.status, a.amount_kurus FROM aid_records a"
        f" WHERE a.requested_on BETWEEN ? AND ?{sa}", (*win, *sap))]
    se, sep = _scope("e.case_id", counselor_id)
    f.employment = [EmploymentFact(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in conn.execute(
        "SELECT e.case_id, e.start_on, e.kind, e.outcome FROM employment_supports e"
        f" WHERE e.start_on BETWEEN ? AND ?{se}", (*win, *sep))]


def earliest_case_day(conn: Connection) -> str | None:
    """The opening day of the first case that is not a draft (where snapshots start)."""
    with errors_translated():
        row = conn.execute("SELECT MIN(opened_on) FROM cases WHERE status <> 'draft'").fetchone()
    return str(row[0]) if row and row[0] else None


def late_entries(conn: Connection, first: str, last: str, taken_at: str) -> int:
    """Cases opened in [first, last] but recorded after `taken_at` (a snapshot's time): not in its figures."""
    with errors_translated():
        row = conn.execute("SELECT COUNT(*) FROM cases WHERE status <> 'draft' AND opened_on BETWEEN ? AND ?"
                           " AND created_at > ?", (first, last, taken_at)).fetchone()
    return int(row[0])


def snapshot_get(conn: Connection, kind: str, first: str, last: str) -> dict[str, Any] | None:
    with errors_translated():
        row = conn.execute("SELECT taken_at, as_of, engine, data FROM stat_snapshots"
                           " WHERE kind = ? AND period_start = ? AND period_end = ?", (kind, first, last)).fetchone()
    if row is None:
        return None
    return {"taken_at": str(row[0]), "as_of": str(row[1]), "engine": int(row[2]), "data": json.loads(row[3])}


def snapshot_put(conn: Connection, kind: str, first: str, last: str, taken_at: str, as_of: str, engine: int,
                 data: dict[str, Any]) -> bool:
    """Store a period's figures once; False when they were already stored (by another session)."""
    with errors_translated():
        cur = conn.execute(
            "INSERT INTO stat_snapshots (kind, period_start, period_end, taken_at, as_of, engine, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, period_start, period_end) DO NOTHING",
            (kind, first, last, taken_at, as_of, engine, json.dumps(data, sort_keys=True, separators=(",", ":"))))
    return int(cur.rowcount) == 1


def snapshot_periods(conn: Connection) -> set[tuple[str, str, str]]:
    """(kind, first day, last day) of every stored snapshot."""
    with errors_translated():
        return {(str(a), str(b), str(c)) for a, b, c in
                conn.execute("SELECT kind, period_start, period_end FROM stat_snapshots")}


def vocabulary(conn: Connection) -> list[tuple[str, str, str, str, dict[str, Any]]]:
    """(kind, code, Turkish label, English label, meta) of every term, retired ones too, in display order."""
    with errors_translated():
        found = conn.execute("SELECT kind, code, label_tr, label_en, meta FROM vocabulary"
                             " ORDER BY kind, position, code").fetchall()
    out = []
    for kind, code, tr, en, meta in found:
        try:
            extra = json.loads(meta or "{}")
        except ValueError:
            extra = {}
        out.append((str(kind), str(code), str(tr), str(en), extra if isinstance(extra, dict) else {}))
    return out
