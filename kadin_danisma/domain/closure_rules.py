"""What is still open in a case when it is put forward for closure, decided from the case record alone.

Closing a case ends nothing by itself: a shelter placement, a protective measure and a referral each have
their own end. So the closure request lists them, and the placement is the one that stops a closure: she
must have left the shelter (or the request for a place must be withdrawn) before a supervisor approves,
unless the supervisor states why the case closes while she stays (services/closure.decide).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from . import records as r

OPEN_REFERRAL_STATES = ("draft", "sent", "accepted")
OPEN_PLACEMENT_STATES = ("placed", "requested")


@dataclass(frozen=True)
class OpenItems:
    placements: list[r.Placement] = field(default_factory=list)  # in a shelter now, or a place asked for
    measures: list[r.Measure] = field(default_factory=list)  # protective measures in force
    referrals: list[r.Referral] = field(default_factory=list)  # referrals not completed, rejected or withdrawn

    @property
    def blocks_closure(self) -> bool:
        """A placement (or a request for one) is open: a supervisor approves only with a stated reason."""
        return bool(self.placements)

    @property
    def empty(self) -> bool:
        return not (self.placements or self.measures or self.referrals)


def open_items(record: r.CaseRecord, today: date | None = None) -> OpenItems:
    day = (today or date.today()).isoformat()
    return OpenItems(
        placements=[p for p in record.placements if p.status in OPEN_PLACEMENT_STATES],
        measures=[m for m in record.measures if m.status == "active" and (m.end_date is None or m.end_date >= day)],
        referrals=[x for x in record.referrals if x.status in OPEN_REFERRAL_STATES],
    )
