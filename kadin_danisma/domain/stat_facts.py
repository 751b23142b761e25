"""What the statistics reports are computed from: the coded facts of one window of days, as plain tuples.

The storage layer fills these with the rows of a date window (vault/stat_queries.py); the table builders
(domain/activity_tables.py, domain/gbvims_tables.py) apply every rule of who and what counts. No name, code
of a person, case number, shelter name or free text is ever put in here; the one exception, a client's
nationality as she gave it, is turned into a country code (domain/countries.py) when the row is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = [
    "ActivityFact",
    "AppointmentFact",
    "CaseFact",
    "ClientFact",
    "ClosureFact",
    "ContactFact",
    "Facts",
    "IntakeFact",
    "MeasureFact",
    "NoteFact",
    "PlacementChildFact",
    "PlacementFact",
    "ReferralFact",
    "ViolationFact",
]


class CaseFact(NamedTuple):
    case_id: int
    client_id: int
    status: str
    opened_on: str
    closed_on: str | None
    first_opened_on: str  # the opening day of her first case (not a draft): returning women


class ClientFact(NamedTuple):
    client_id: int
    birth_year: int | None
    birth_date: str | None
    marital_status: str | None
    education: str | None
    employment: str | None
    country: str  # domain.countries code
    migrant_status: str | None
    district: str
    disability_types: tuple[str, ...]


class IntakeFact(NamedTuple):
    case_id: int
    intake_date: str
    channel: str | None
    heard_from: str
    violence_types: tuple[str, ...]
    immediate_needs: tuple[str, ...]
    last_incident: str | None


class NoteFact(NamedTuple):
    case_id: int
    note_date: str
    note_type: str
    interpreter_present: bool
    interpreter_language: str | None
    child_id: int | None


class AppointmentFact(NamedTuple):
    """An appointment (issue 20): its day, what became of it, whether an interpreter was booked."""

    case_id: int
    day: str
    status: str
    interpreter: bool


class ReferralFact(NamedTuple):
    case_id: int
    sent_on: str
    institution_type: str
    status: str


class PlacementFact(NamedTuple):
    placement_id: int
    case_id: int
    shelter_type: str
    requested_on: str
    placed_on: str | None
    ended_on: str | None
    exit_reason: str | None
    transferred: bool  # a move from another shelter, not a new request


class PlacementChildFact(NamedTuple):
    placement_id: int
    child_id: int
    birth_year: int | None


class MeasureFact(NamedTuple):
    case_id: int
    decision_date: str
    measure_type: str
    authority: str


class ViolationFact(NamedTuple):
    case_id: int
    violation_date: str
    measure_type: str


class ClosureFact(NamedTuple):
    case_id: int
    closed_on: str
    reason: str | None  # the reason of the approved closure request


class ActivityFact(NamedTuple):
    """A group activity of the center (issue 21): its day, kind and participants as (sex, age band, number)."""

    held_on: str
    kind: str
    participants: tuple[tuple[str, str, int], ...]


class ContactFact(NamedTuple):
    """A contact that is not a case (issue 21): day, channel, topic, the referred institution's type (None: not
    referred) and whether it became an intake."""

    contact_on: str
    channel: str
    topic: str
    institution_type: str | None
    became_case: bool


class AidFact(NamedTuple):
    """An aid item requested in the window (issue 21): codes, its status today and, for money, the amount."""

    case_id: int
    requested_on: str
    kind: str
    source: str
    status: str
    amount_kurus: int | None


class EmploymentFact(NamedTuple):
    """An employment support begun in the window, with its outcome today."""

    case_id: int
    start_on: str
    kind: str
    outcome: str


@dataclass
class Facts:
    """Everything dated inside one window of days, for the cases in the report's scope. `consents` holds,
    per client, her consents to anonymous statistics as (given on, withdrawn on)."""

    first: str
    last: str
    cases: dict[int, CaseFact] = field(default_factory=dict)
    clients: dict[int, ClientFact] = field(default_factory=dict)
    intakes: dict[int, IntakeFact] = field(default_factory=dict)
    perpetrators: dict[int, list[str]] = field(default_factory=dict)  # case id -> relationships, in order
    notes: list[NoteFact] = field(default_factory=list)
    appointments: list[AppointmentFact] = field(default_factory=list)
    referrals: list[ReferralFact] = field(default_factory=list)
    placements: list[PlacementFact] = field(default_factory=list)
    placement_children: list[PlacementChildFact] = field(default_factory=list)
    measures: list[MeasureFact] = field(default_factory=list)
    violations: list[ViolationFact] = field(default_factory=list)
    closures: list[ClosureFact] = field(default_factory=list)
    aid: list[AidFact] = field(default_factory=list)
    employment: list[EmploymentFact] = field(default_factory=list)
    consents: dict[int, list[tuple[str, str | None]]] = field(default_factory=dict)
    # The center's own work (issue 21 part B): read for the center's report only, not a counselor's caseload.
    activities: list[ActivityFact] = field(default_factory=list)
    contacts: list[ContactFact] = field(default_factory=list)
