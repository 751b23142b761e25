"""A stated reason: the words a person gives for a step that needs one (opening a case not assigned to her,
placing a woman beyond a shelter's capacity, sending a referral without her consent, reopening a closed
case). One rule for all of them, here: white space folded, at least MIN_REASON and at most MAX_REASON
characters. The services refuse a reason that breaks it; the GUI checks the same rule as she types."""

from __future__ import annotations

MIN_REASON = 10
MAX_REASON = 500


def normal(reason: str) -> str:
    """The reason as it is recorded: runs of white space (line breaks included) folded to one space."""
    return " ".join(reason.split())


def reason_problem(reason: str) -> str | None:
    """What is wrong with a stated reason, as a domain check message (none when it may be recorded)."""
    text = normal(reason)
    if len(text) < MIN_REASON:
        return f"is shorter than {MIN_REASON} characters"
    if len(text) > MAX_REASON:
        return f"is longer than {MAX_REASON} characters"
    return None
