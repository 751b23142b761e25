"""Law 6284's deadlines on a protective measure (issue 21): a decision on a request is due within 24 hours
of the request, and a measure a governor or a police chief took must be confirmed by a judge within 48 hours
(as the issue states the rule). Pure: a measure and "now" in, what is due out; the dashboard, the case's
measures tab and the checks read it. Times are written YYYY-MM-DDTHH:MM (the appointments' form).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .appointments import TIME_FORMAT, parse_time
from .records import Measure

DECISION_HOURS = 24
CONFIRMATION_HOURS = 48
SOON_HOURS = 12  # "due soon" when less than this is left
# Who may take a measure that a judge must then confirm.
NEEDS_CONFIRMATION = frozenset({"governor", "police_chief"})
AWAITING = "requested"  # a measure's status while the request waits for a decision


@dataclass(frozen=True)
class Deadline:
    kind: str  # "decision" (24 hours after the request) or "confirmation" (48 hours after the decision)
    due_at: str  # YYYY-MM-DDTHH:MM
    overdue: bool

    def soon(self, now: datetime) -> bool:
        due = parse_time(self.due_at)
        return due is not None and not self.overdue and due - now <= timedelta(hours=SOON_HOURS)


def _after(start: str | None, hours: int) -> str | None:
    moment = parse_time(start or "")
    return (moment + timedelta(hours=hours)).strftime(TIME_FORMAT) if moment is not None else None


def open_deadline(m: Measure, now: datetime | None = None) -> Deadline | None:
    """The deadline still open on the measure, if any: a request without a decision, or a governor's or
    police chief's measure in force without a judge's confirmation."""
    moment = (now or datetime.now()).strftime(TIME_FORMAT)
    if m.status == AWAITING and m.decided_at is None:
        due = _after(m.requested_at, DECISION_HOURS)
        return Deadline("decision", due, moment > due) if due else None
    if m.status == "active" and m.authority in NEEDS_CONFIRMATION and m.judge_confirmed_at is None:
        due = _after(m.decided_at, CONFIRMATION_HOURS)
        return Deadline("confirmation", due, moment > due) if due else None
    return None


def decided_late(m: Measure) -> bool:
    """The decision came more than 24 hours after the request (kept on record: it matters to her lawyer)."""
    due = _after(m.requested_at, DECISION_HOURS)
    return due is not None and m.decided_at is not None and m.decided_at > due


def confirmed_late(m: Measure) -> bool:
    due = _after(m.decided_at, CONFIRMATION_HOURS)
    return due is not None and m.judge_confirmed_at is not None and m.judge_confirmed_at > due
