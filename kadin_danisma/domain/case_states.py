"""The life of a case as a small state machine (§4 "Closure and review").

draft → open (intake finished) → active (work under way) → closure_requested → closed; a returned or
withdrawn request goes back to active; a supervisor's reopen takes a closed case back to active.
Only draft, open and active cases can be edited: a case under review or closed is frozen.
"""

from __future__ import annotations

from enum import StrEnum

from .errors import InvalidInput


class Status(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    ACTIVE = "active"
    CLOSURE_REQUESTED = "closure_requested"
    CLOSED = "closed"


class Event(StrEnum):
    FINISH_INTAKE = "finish_intake"
    ACTIVATE = "activate"
    REQUEST_CLOSURE = "request_closure"
    WITHDRAW_REQUEST = "withdraw_request"
    RETURN_CLOSURE = "return_closure"
    APPROVE_CLOSURE = "approve_closure"
    REOPEN = "reopen"


TRANSITIONS: dict[tuple[Status, Event], Status] = {
    (Status.DRAFT, Event.FINISH_INTAKE): Status.OPEN,
    (Status.OPEN, Event.ACTIVATE): Status.ACTIVE,
    (Status.OPEN, Event.REQUEST_CLOSURE): Status.CLOSURE_REQUESTED,
    (Status.ACTIVE, Event.REQUEST_CLOSURE): Status.CLOSURE_REQUESTED,
    (Status.CLOSURE_REQUESTED, Event.WITHDRAW_REQUEST): Status.ACTIVE,
    (Status.CLOSURE_REQUESTED, Event.RETURN_CLOSURE): Status.ACTIVE,
    (Status.CLOSURE_REQUESTED, Event.APPROVE_CLOSURE): Status.CLOSED,
    (Status.CLOSED, Event.REOPEN): Status.ACTIVE,
}

EDITABLE = frozenset({Status.DRAFT, Status.OPEN, Status.ACTIVE})


class InvalidTransition(InvalidInput):
    code = "invalid_transition"


def next_status(current: Status | str, event: Event) -> Status:
    try:
        return TRANSITIONS[(Status(current), event)]
    except (KeyError, ValueError):
        raise InvalidTransition(f"a case in state '{current}' cannot do '{event.value}'") from None


def can(current: Status | str, event: Event) -> bool:
    try:
        return (Status(current), event) in TRANSITIONS
    except ValueError:
        return False


def is_editable(current: Status | str) -> bool:
    return current in EDITABLE
