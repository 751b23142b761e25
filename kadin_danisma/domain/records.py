"""The case-work records (§4) as plain dataclasses: what services take and return, what the interchange
format carries and what documents render. Codes from the vocabularies, never labels; dates as ISO text
(YYYY-MM-DD). No I/O here.

Field names match the interchange format's JSON keys, so one definition drives both (see
services/interchange.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The support records (issue 21) are part of a case: re-exported so callers read them as records.X.
from .support_records import Aid as Aid
from .support_records import CourtCase as CourtCase
from .support_records import Employment as Employment
from .support_records import Hearing as Hearing


@dataclass
class SafeContact:
    """How (and how not) to reach her: shown prominently whenever someone is about to contact her."""

    safe_phone: str = ""
    safe_contact_times: str = ""
    never_call_home: bool = False
    code_word: str = ""
    safe_contact_notes: str = ""
    address: str = ""  # where she lives now (for a home visit or a letter only when it is safe)


@dataclass
class Client:
    full_name: str
    client_code: str = ""
    birth_year: int | None = None
    birth_date: str | None = None
    nationality: str = ""
    migrant_status: str | None = None
    languages: list[str] = field(default_factory=list)
    interpreter_language: str | None = None
    disability_needs: str = ""
    marital_status: str | None = None
    education: str | None = None
    employment: str | None = None
    income: str = ""
    safe_contact: SafeContact = field(default_factory=SafeContact)
    # Coded for statistics (issue 18). district: a `district` code ("unknown" when not asked);
    # disability_types: `disability_type` codes (Washington Group domains, or ["none"]); empty: not asked.
    district: str = "unknown"
    disability_types: list[str] = field(default_factory=list)
    row_version: int | None = None  # the version read (a save based on an older one is refused)


@dataclass
class Child:
    name: str
    birth_year: int | None = None
    sex: str = "unknown"  # female | male | unknown
    accompanying: bool = False
    school: str = ""
    concerns: list[str] = field(default_factory=list)
    needs: str = ""
    id: int | None = None
    row_version: int | None = None  # the version read (a save based on an older one is refused)


@dataclass
class Perpetrator:
    relationship: str
    name: str = ""
    sex: str = "unknown"
    lives_with_client: bool = False
    weapon_access: bool = False
    notes: str = ""
    id: int | None = None
    row_version: int | None = None  # the version read (a save based on an older one is refused)


@dataclass
class Intake:
    intake_date: str
    channel: str | None = None
    referred_by: str = ""
    presenting_request: str = ""
    violence_types: list[str] = field(default_factory=list)
    frequency: str = ""
    last_incident: str | None = None
    prior_police: bool = False
    prior_court: bool = False
    prior_contact_notes: str = ""
    immediate_needs: list[str] = field(default_factory=list)
    heard_from: str = "unknown"  # a `referral_source` code: how she heard of the center or who sent her
    row_version: int | None = None  # the version read (a save based on an older one is refused)


@dataclass
class RiskAssessment:
    assessed_on: str
    indicators: list[str]
    level: str
    reason: str = ""
    suggested_level: str = ""
    assessor: str = ""
    id: int | None = None


@dataclass
class SafetyPlan:
    reviewed_on: str
    items: list[str] = field(default_factory=list)
    free_text: str = ""
    reviewer: str = ""
    id: int | None = None


@dataclass
class NoteRevision:
    version: int
    note_type: str
    note_date: str
    duration_minutes: int | None
    interpreter_present: bool
    interpreter_language: str | None
    interpreter_name: str
    never_export: bool
    body: str
    replaced_at: str
    replaced_by: str = ""


@dataclass
class Note:
    note_type: str
    note_date: str
    body: str
    duration_minutes: int | None = None
    interpreter_present: bool = False
    interpreter_language: str | None = None
    interpreter_name: str = ""
    never_export: bool = False
    author: str = ""
    version: int = 1
    revisions: list[NoteRevision] = field(default_factory=list)
    child: str | None = None  # the name of the case's child the session was with; None: with her
    id: int | None = None
    row_version: int | None = None  # the version read (a save based on an older one is refused)


@dataclass
class Institution:
    name: str
    institution_type: str
    city: str = ""
    district: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""
    active: bool = True
    id: int | None = None
    row_version: int | None = None  # the version read (a save based on an older one is refused)


@dataclass
class ReferralEvent:
    on_date: str
    to_status: str
    from_status: str | None = None
    comment: str = ""
    by: str = ""


@dataclass
class Referral:
    institution: str
    institution_type: str
    status: str = "draft"
    reason: str = ""
    requested_service: str = ""
    created_on: str = ""
    sent_on: str | None = None
    responded_on: str | None = None
    closed_on: str | None = None
    rejection_reason: str = ""
    outcome: str = ""
    consent_override_reason: str = ""
    events: list[ReferralEvent] = field(default_factory=list)
    institution_city: str = ""
    id: int | None = None


@dataclass
class Shelter:
    name: str
    shelter_type: str
    capacity: int
    city: str = ""
    boys_age_limit: int | None = None
    accessible: bool = False
    address: str = ""
    phone: str = ""
    contact_person: str = ""
    active: bool = True
    id: int | None = None
    row_version: int | None = None  # the version read (a save based on an older one is refused)


@dataclass
class Placement:
    shelter: str
    status: str = "requested"  # requested | placed | ended
    requested_on: str = ""
    placed_on: str | None = None
    ended_on: str | None = None
    exit_reason: str | None = None
    children: list[str] = field(default_factory=list)  # names of the children who went with her
    capacity_override_reason: str = ""
    age_flag: bool = False
    transferred_from: int | None = None
    id: int | None = None


@dataclass
class Violation:
    violation_date: str
    description: str = ""
    reported_to: str = ""
    id: int | None = None


@dataclass
class Measure:
    measure_type: str
    authority: str
    decision_date: str
    start_date: str
    end_date: str | None = None
    court_file_no: str = ""
    status: str = "active"
    notes: str = ""
    violations: list[Violation] = field(default_factory=list)
    id: int | None = None
    row_version: int | None = None  # the version read (a save based on an older one is refused)
    # Law 6284's deadlines (issue 21; domain/measure_deadlines.py): times as YYYY-MM-DDTHH:MM
    requested_at: str | None = None
    decided_at: str | None = None
    judge_confirmed_at: str | None = None
    electronic_monitoring: bool = False
    identity_confidential: bool = False


@dataclass
class Consent:
    kind: str
    given_on: str
    version: str = ""
    institution: str | None = None  # for share_with_institution
    withdrawn_on: str | None = None
    notes: str = ""
    id: int | None = None


@dataclass
class FollowUp:
    """A date to get back to her. Planned until settled: done (with what came of it), rescheduled (a new one
    is planned in its place) or cancelled (with why); `done_on` is the day it was settled."""

    due_on: str
    purpose: str = ""
    done_on: str | None = None
    status: str = "planned"  # planned | done | rescheduled | cancelled
    outcome: str = ""
    settled_by: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        # Before statuses (interchange files of earlier versions), a date done was all there was.
        if self.done_on is not None and self.status == "planned":
            self.status = "done"


@dataclass
class ClosureRequest:
    reason: str
    requested_at: str = ""
    checklist: list[str] = field(default_factory=list)
    summary: str = ""
    status: str = "pending"
    requested_by: str = ""
    decided_by: str = ""
    decided_at: str | None = None
    comment: str = ""
    placement_override: str = ""  # a supervisor's reason to close while she is still placed in a shelter
    id: int | None = None


@dataclass
class Appointment:
    """A planned session (or a visit, an accompaniment) and what became of it. Times are the center's local
    time, written YYYY-MM-DDTHH:MM. Counselors are user names; the room and the interpreter are named as the
    center's lists name them. `uuid` stays the same wherever the record travels (packages, issue 17)."""

    starts_at: str
    ends_at: str
    kind: str
    status: str = "planned"  # planned | attended | no_show | cancelled
    counselors: list[str] = field(default_factory=list)
    room: str = ""
    interpreter_language: str | None = None
    interpreter: str = ""
    cancel_reason: str = ""
    uuid: str = ""
    id: int | None = None


@dataclass
class Room:
    """A room of the center where sessions are held."""

    name: str
    active: bool = True
    id: int | None = None


@dataclass
class Interpreter:
    """One of the center's interpreters and the languages she interprets (interpreter_language codes)."""

    name: str
    languages: list[str] = field(default_factory=list)
    phone: str = ""
    notes: str = ""
    active: bool = True
    id: int | None = None


@dataclass
class StatusChange:
    at: str
    to_status: str
    event: str
    from_status: str | None = None
    comment: str = ""
    by: str = ""


@dataclass
class CaseRecord:
    """Everything held about one case: what `export` writes and `import` reads."""

    case_number: str
    status: str
    opened_on: str
    client: Client
    intake: Intake | None = None
    risk_level: str | None = None
    closed_on: str | None = None
    counselors: list[str] = field(default_factory=list)  # user names
    children: list[Child] = field(default_factory=list)
    perpetrators: list[Perpetrator] = field(default_factory=list)
    risk_assessments: list[RiskAssessment] = field(default_factory=list)
    safety_plans: list[SafetyPlan] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    closure_requests: list[ClosureRequest] = field(default_factory=list)
    status_history: list[StatusChange] = field(default_factory=list)
    id: int | None = None
    appointments: list[Appointment] = field(default_factory=list)
    # issue 21, part A: domain/support_records.py
    aid: list[Aid] = field(default_factory=list)
    employment: list[Employment] = field(default_factory=list)
    court_cases: list[CourtCase] = field(default_factory=list)
