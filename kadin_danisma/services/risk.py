"""Risk assessments over time and the safety plan. The indicator checklist suggests a level
(domain.vocabularies.risk_suggestion); the counselor sets the level, with a reason when it differs."""

from __future__ import annotations

from ..domain import record_checks
from ..domain import records as r
from ..domain.permissions import Action
from ..domain.vocabularies import Kind, risk_suggestion
from ..vault import rows
from ..vault.audit import now_iso
from ..vault.port import Connection
from . import access
from .cases import touch
from .casework import as_json, checker
from .session import Session
from .vocab import terms


def indicator_weights(conn: Connection) -> dict[str, int]:
    """Weights from the vault's vocabulary, so an indicator the center added counts too."""
    return {t.code: int(t.meta.get("weight", 1)) for t in terms(conn, Kind.RISK_INDICATOR, include_retired=True)}


def suggest(session: Session, indicators: list[str]) -> str:
    return risk_suggestion(indicators, weights=indicator_weights(session.connection()))


def add_assessment(session: Session, case_id: int, assessment: r.RiskAssessment) -> int:
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    c = checker(session.connection())
    record_checks.risk(c, assessment, "assessment")
    c.raise_if_any()
    suggested = suggest(session, assessment.indicators)
    if assessment.level != suggested and not assessment.reason.strip():
        c.add("assessment.reason", "is required when the level differs from the suggestion")
        c.raise_if_any()
    assert session.user is not None
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        row_id = rows.insert(conn, "risk_assessments", {
            "case_id": case_id, "assessed_on": assessment.assessed_on, "assessed_by": session.user_id,
            "assessor_name": session.user.display_name, "indicators": as_json(assessment.indicators),
            "suggested_level": suggested, "level": assessment.level, "reason": assessment.reason,
            "created_at": now_iso(),
        })
        before = (rows.get(conn, "cases", case_id) or {}).get("risk_level")
        latest = conn.execute("SELECT level FROM risk_assessments WHERE case_id = ? ORDER BY assessed_on DESC, id DESC"
                              " LIMIT 1", (case_id,)).fetchone()[0]
        rows.update(conn, "cases", case_id, {"risk_level": latest})
        session.log(conn, "risk_assessment", ref.target, id=row_id, suggested=suggested, level=assessment.level,
                    indicators=sorted(assessment.indicators), before=before, after=latest)
        touch(session, conn, ref)
    return row_id


def save_safety_plan(session: Session, case_id: int, plan: r.SafetyPlan) -> int:
    """A new revision of the plan (the latest is the current one; earlier ones stay as its history)."""
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    c = checker(session.connection())
    record_checks.safety_plan(c, plan, "safety_plan")
    c.raise_if_any()
    assert session.user is not None
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        row_id = rows.insert(conn, "safety_plans", {
            "case_id": case_id, "items": as_json(plan.items), "free_text": plan.free_text,
            "reviewed_on": plan.reviewed_on, "reviewed_by": session.user_id,
            "reviewer_name": session.user.display_name,
        })
        session.log(conn, "safety_plan", ref.target, id=row_id, items=sorted(plan.items),
                    free_text_length=len(plan.free_text))
        touch(session, conn, ref)
    return row_id
