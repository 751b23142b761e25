"""Law 6284 protective and preventive measures on a case, their status, and recorded violations."""

from __future__ import annotations

from ..domain import record_checks
from ..domain import records as r
from ..domain.errors import NotFound
from ..domain.permissions import Action
from ..vault import rows
from . import access
from .cases import touch
from .casework import checker, update_logged
from .session import Session


def _values(m: r.Measure) -> dict[str, object]:
    return {"measure_type": m.measure_type, "authority": m.authority, "decision_date": m.decision_date,
            "start_date": m.start_date, "end_date": m.end_date, "court_file_no": m.court_file_no,
            "status": m.status, "notes": m.notes, "requested_at": m.requested_at, "decided_at": m.decided_at,
            "judge_confirmed_at": m.judge_confirmed_at, "electronic_monitoring": int(m.electronic_monitoring),
            "identity_confidential": int(m.identity_confidential)}


def save_measure(session: Session, case_id: int, measure: r.Measure) -> int:
    """Add (measure.id None) or update a measure; violations are recorded separately."""
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    c = checker(session.connection())
    record_checks.measure(c, measure, "measure")
    c.raise_if_any()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        if measure.id is None:
            mid = rows.insert(conn, "measures", {"case_id": case_id, **_values(measure)})
            session.log(conn, "measure_add", ref.target, id=mid, type=measure.measure_type,
                        authority=measure.authority, end=measure.end_date)
        else:
            row = rows.get(conn, "measures", measure.id)
            if row is None or row["case_id"] != case_id:
                raise NotFound("no such measure in this case")
            mid = measure.id
            update_logged(session, conn, "measures", mid, _values(measure), ref.target, "measure",
                          base=measure.row_version)
        touch(session, conn, ref)
    return mid


def add_violation(session: Session, case_id: int, measure_id: int, violation: r.Violation) -> int:
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    c = checker(session.connection())
    record_checks.violation(c, violation, "violation")
    c.raise_if_any()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        row = rows.get(conn, "measures", measure_id)
        if row is None or row["case_id"] != case_id:
            raise NotFound("no such measure in this case")
        vid = rows.insert(conn, "measure_violations", {
            "measure_id": measure_id, "violation_date": violation.violation_date,
            "description": violation.description, "reported_to": violation.reported_to,
            "recorded_by": session.user_id,
        })
        session.log(conn, "measure_violation", ref.target, id=vid, measure=measure_id)
        touch(session, conn, ref)
    return vid
