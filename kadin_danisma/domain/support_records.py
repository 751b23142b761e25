"""The support records of a case (issue 21, part A): what the center gave or arranged (aid and support
ledger), employment support, and the court proceedings behind her case with their hearings. Plain data, as
domain/records.py (which holds them in a CaseRecord): what the services save, the tabs show and `export` /
`import` carry. Codes come from the vocabularies in domain/vocab_support.py; dates are YYYY-MM-DD.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Aid:
    """One aid or support item. Money (cash, rent) in kuruş, so sums are exact; goods as a quantity."""

    kind: str
    source: str
    requested_on: str
    status: str = "requested"
    amount_kurus: int | None = None
    quantity: int | None = None
    source_detail: str = ""  # which unit, foundation or association
    decided_on: str | None = None  # approved or refused
    delivered_on: str | None = None
    inquiry_report_on: str | None = None  # social inquiry report (sosyal inceleme raporu)
    committee_decision_no: str = ""  # aid committee decision number (yardım komisyonu kararı)
    refusal_reason: str | None = None
    notes: str = ""
    recorded_by: str = ""  # filled when read; an import keeps the name
    id: int | None = None
    row_version: int | None = None


@dataclass
class Employment:
    """A course, an İŞKUR registration or a job placement, and how it ended."""

    kind: str
    institution: str
    start_on: str
    outcome: str = "ongoing"
    outcome_on: str | None = None
    notes: str = ""
    recorded_by: str = ""
    id: int | None = None
    row_version: int | None = None


@dataclass
class Hearing:
    """One hearing of a court case: a date in the court's calendar, not a room booking."""

    hearing_on: str
    hearing_time: str | None = None  # HH:MM
    note: str = ""
    id: int | None = None


@dataclass
class CourtCase:
    kind: str
    court: str
    file_no: str = ""
    lawyer: str = "none"
    status: str = "filed"
    outcome: str | None = None
    opened_on: str | None = None
    decided_on: str | None = None
    notes: str = ""
    hearings: list[Hearing] = field(default_factory=list)
    recorded_by: str = ""
    id: int | None = None
    row_version: int | None = None
