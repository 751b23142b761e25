"""Saving an intake form in one call and one transaction: the case (created as a draft, or updated), the
children and perpetrators that changed, a new risk assessment, consents ticked and unticked, and, with
`finish`, the step from draft to open. Either all of it is written or, on any refusal, none of it: a half
saved intake (a case without the child she just typed) cannot happen, and the form needs no bookkeeping of
what got through. Each part goes through its own service function, with its own checks and audit entry;
Session.write() joins them into the one transaction opened here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain import records as r
from ..domain.errors import InvalidInput
from . import cases, consents, risk
from .casework import today
from .session import Session


@dataclass
class IntakePlan:
    """What one save of the form sends. List entries keep their place in the form (the index), so a problem
    comes back with the path the form shows it under ("$.children[1].name")."""

    case_id: int | None  # None: create the case
    client: r.Client
    intake: r.Intake
    children: list[tuple[int, r.Child]] = field(default_factory=list)
    perpetrators: list[tuple[int, r.Perpetrator]] = field(default_factory=list)
    risk: r.RiskAssessment | None = None
    consents_add: list[str] = field(default_factory=list)  # consent kinds ticked since the last save
    consents_withdraw: list[tuple[str, int]] = field(default_factory=list)  # (kind, consent id) unticked
    finish: bool = False


@dataclass
class IntakeSaved:
    """What the save wrote: the case's id and the ids the new entries got."""

    case_id: int
    child_ids: dict[int, int] = field(default_factory=dict)  # form index -> child id
    perpetrator_ids: dict[int, int] = field(default_factory=dict)
    consent_ids: dict[str, int] = field(default_factory=dict)  # kind -> consent id
    finished: bool = False


def _reprefix(exc: InvalidInput, old: str, new: str) -> InvalidInput:
    problems = exc.details.get("problems")
    if not isinstance(problems, list):
        return exc
    moved = [(p.replace(old, new, 1) if p.startswith(old) else p, m) for p, m in problems]
    return InvalidInput(str(exc), problems=moved)


def save_intake(session: Session, plan: IntakePlan) -> IntakeSaved:
    with session.write():
        if plan.case_id is None:
            saved = IntakeSaved(cases.create_case(session, plan.client, plan.intake))
        else:
            saved = IntakeSaved(plan.case_id)
            cases.update_client(session, plan.case_id, plan.client)
            cases.set_intake(session, plan.case_id, plan.intake)
        for index, child in plan.children:
            try:
                saved.child_ids[index] = cases.save_child(session, saved.case_id, child)
            except InvalidInput as exc:
                raise _reprefix(exc, "$.child", f"$.children[{index}]") from exc
        for index, person in plan.perpetrators:
            try:
                saved.perpetrator_ids[index] = cases.save_perpetrator(session, saved.case_id, person)
            except InvalidInput as exc:
                raise _reprefix(exc, "$.perpetrator", f"$.perpetrators[{index}]") from exc
        if plan.risk is not None:
            risk.add_assessment(session, saved.case_id, plan.risk)
        for kind in plan.consents_add:
            saved.consent_ids[kind] = consents.record_consent(session, saved.case_id, r.Consent(kind, today()))
        for _kind, consent_id in plan.consents_withdraw:
            consents.withdraw_consent(session, saved.case_id, consent_id)
        if plan.finish:
            cases.finish_intake(session, saved.case_id)
            saved.finished = True
    return saved
