"""The smaller lifecycles: a referral (draft → sent → accepted | rejected → completed | withdrawn) and a
shelter placement (requested → placed → ended). Each allowed step is listed; anything else is refused."""

from __future__ import annotations

from .case_states import InvalidTransition

REFERRAL_STEPS: dict[str, frozenset[str]] = {
    "draft": frozenset({"sent", "withdrawn"}),
    "sent": frozenset({"accepted", "rejected", "withdrawn"}),
    "accepted": frozenset({"completed", "withdrawn"}),
    "rejected": frozenset(),
    "completed": frozenset(),
    "withdrawn": frozenset(),
}

PLACEMENT_STEPS: dict[str, frozenset[str]] = {
    "requested": frozenset({"placed", "ended"}),
    "placed": frozenset({"ended"}),
    "ended": frozenset(),
}


def check_step(steps: dict[str, frozenset[str]], current: str, target: str, what: str) -> None:
    if target not in steps.get(current, frozenset()):
        raise InvalidTransition(f"a {what} that is '{current}' cannot become '{target}'")
