"""Validation of each case-work record (domain.records), shared by the services and the importer.

Each function adds problems to a Checker under a path ("client.full_name", "notes[3].body") and never
raises by itself, so an import can report every problem in a file at once.
"""

from __future__ import annotations

from . import records as r
from . import support_checks
from .appointments import MAX_MINUTES, MIN_MINUTES, STATUSES, minutes, parse_time
from .validation import MAX_NAME, MAX_NOTE, MAX_TEXT, Checker

SEXES = ("female", "male", "unknown")
CLOSURE_STATES = ("pending", "approved", "returned", "withdrawn")
FOLLOW_UP_STATES = ("planned", "done", "rescheduled", "cancelled")


def client(c: Checker, x: r.Client, p: str = "client") -> None:
    c.text(f"{p}.full_name", x.full_name, required=True, max_len=MAX_NAME)
    c.identifier(f"{p}.client_code", x.client_code, max_len=40)
    c.year(f"{p}.birth_year", x.birth_year)
    c.date(f"{p}.birth_date", x.birth_date, not_future=True)
    c.text(f"{p}.nationality", x.nationality, max_len=MAX_NAME)
    c.code(f"{p}.migrant_status", "migrant_status", x.migrant_status, required=False)
    c.codes_list(f"{p}.languages", "interpreter_language", x.languages)
    c.code(f"{p}.interpreter_language", "interpreter_language", x.interpreter_language, required=False)
    c.text(f"{p}.disability_needs", x.disability_needs, max_len=MAX_TEXT)
    c.code(f"{p}.marital_status", "marital_status", x.marital_status, required=False)
    c.code(f"{p}.education", "education", x.education, required=False)
    c.code(f"{p}.employment", "employment", x.employment, required=False)
    c.text(f"{p}.income", x.income)
    s = x.safe_contact
    c.text(f"{p}.safe_contact.safe_phone", s.safe_phone, max_len=100)
    c.text(f"{p}.safe_contact.safe_contact_times", s.safe_contact_times)
    c.flag(f"{p}.safe_contact.never_call_home", s.never_call_home)
    c.text(f"{p}.safe_contact.code_word", s.code_word, max_len=MAX_NAME)
    c.text(f"{p}.safe_contact.safe_contact_notes", s.safe_contact_notes, max_len=MAX_TEXT)
    c.text(f"{p}.safe_contact.address", s.address, max_len=MAX_TEXT)
    c.code(f"{p}.district", "district", x.district)
    c.codes_list(f"{p}.disability_types", "disability_type", x.disability_types)
    if isinstance(x.disability_types, list) and "none" in x.disability_types and len(x.disability_types) > 1:
        c.add(f"{p}.disability_types", "'none' cannot be combined with a disability")


def child(c: Checker, x: r.Child, p: str) -> None:
    c.text(f"{p}.name", x.name, required=True, max_len=MAX_NAME)
    c.year(f"{p}.birth_year", x.birth_year)
    c.choice(f"{p}.sex", x.sex, SEXES)
    c.flag(f"{p}.accompanying", x.accompanying)
    c.text(f"{p}.school", x.school, max_len=MAX_NAME)
    c.codes_list(f"{p}.concerns", "child_concern", x.concerns)
    c.text(f"{p}.needs", x.needs, max_len=MAX_TEXT)


def perpetrator(c: Checker, x: r.Perpetrator, p: str) -> None:
    c.code(f"{p}.relationship", "perpetrator_relationship", x.relationship)
    c.text(f"{p}.name", x.name, max_len=MAX_NAME)
    c.choice(f"{p}.sex", x.sex, SEXES)
    c.flag(f"{p}.lives_with_client", x.lives_with_client)
    c.flag(f"{p}.weapon_access", x.weapon_access)
    c.text(f"{p}.notes", x.notes, max_len=MAX_TEXT)


def intake(c: Checker, x: r.Intake, p: str = "intake") -> None:
    c.date(f"{p}.intake_date", x.intake_date, required=True, not_future=True)
    c.code(f"{p}.channel", "intake_channel", x.channel, required=False)
    c.text(f"{p}.referred_by", x.referred_by, max_len=MAX_NAME)
    c.text(f"{p}.presenting_request", x.presenting_request, max_len=MAX_TEXT)
    c.codes_list(f"{p}.violence_types", "violence_type", x.violence_types)
    c.text(f"{p}.frequency", x.frequency, max_len=MAX_NAME)
    c.date(f"{p}.last_incident", x.last_incident, not_future=True)
    c.flag(f"{p}.prior_police", x.prior_police)
    c.flag(f"{p}.prior_court", x.prior_court)
    c.text(f"{p}.prior_contact_notes", x.prior_contact_notes, max_len=MAX_TEXT)
    c.codes_list(f"{p}.immediate_needs", "immediate_need", x.immediate_needs)
    c.code(f"{p}.heard_from", "referral_source", x.heard_from)


def risk(c: Checker, x: r.RiskAssessment, p: str) -> None:
    c.date(f"{p}.assessed_on", x.assessed_on, required=True, not_future=True)
    c.codes_list(f"{p}.indicators", "risk_indicator", x.indicators)
    c.code(f"{p}.level", "risk_level", x.level)
    c.text(f"{p}.reason", x.reason, max_len=MAX_TEXT)


def safety_plan(c: Checker, x: r.SafetyPlan, p: str) -> None:
    c.date(f"{p}.reviewed_on", x.reviewed_on, required=True, not_future=True)
    c.codes_list(f"{p}.items", "safety_plan_item", x.items)
    c.text(f"{p}.free_text", x.free_text, max_len=MAX_TEXT)


def note(c: Checker, x: r.Note, p: str) -> None:
    c.code(f"{p}.note_type", "note_type", x.note_type)
    c.date(f"{p}.note_date", x.note_date, required=True, not_future=True)
    c.text(f"{p}.body", x.body, required=True, max_len=MAX_NOTE)
    c.number(f"{p}.duration_minutes", x.duration_minutes, 1, 24 * 60)
    c.flag(f"{p}.interpreter_present", x.interpreter_present)
    c.flag(f"{p}.never_export", x.never_export)
    c.text(f"{p}.interpreter_name", x.interpreter_name, max_len=MAX_NAME)
    if getattr(x, "child", None) is not None:
        c.text(f"{p}.child", x.child, required=True, max_len=MAX_NAME)
    if x.interpreter_present:
        c.code(f"{p}.interpreter_language", "interpreter_language", x.interpreter_language)
    elif x.interpreter_language is not None or x.interpreter_name:
        c.add(f"{p}.interpreter_present", "must be true when an interpreter language or name is given")


def referral_base(c: Checker, x: r.Referral, p: str) -> None:
    c.text(f"{p}.reason", x.reason, max_len=MAX_TEXT)
    c.text(f"{p}.requested_service", x.requested_service, max_len=MAX_TEXT)


def measure(c: Checker, x: r.Measure, p: str) -> None:
    c.code(f"{p}.measure_type", "measure_type", x.measure_type)
    c.code(f"{p}.authority", "measure_authority", x.authority)
    c.date(f"{p}.decision_date", x.decision_date, required=True, not_future=True)
    c.date(f"{p}.start_date", x.start_date, required=True)
    c.date(f"{p}.end_date", x.end_date)
    c.order(f"{p}.end_date", x.start_date, x.end_date)
    c.text(f"{p}.court_file_no", x.court_file_no, max_len=100)
    c.code(f"{p}.status", "measure_status", x.status)
    c.text(f"{p}.notes", x.notes, max_len=MAX_TEXT)
    support_checks.measure_deadlines(c, x, p)
    for i, v in enumerate(x.violations):
        violation(c, v, f"{p}.violations[{i}]")


def violation(c: Checker, x: r.Violation, p: str) -> None:
    c.date(f"{p}.violation_date", x.violation_date, required=True, not_future=True)
    c.text(f"{p}.description", x.description, max_len=MAX_TEXT)
    c.text(f"{p}.reported_to", x.reported_to, max_len=MAX_NAME)


def consent(c: Checker, x: r.Consent, p: str) -> None:
    c.code(f"{p}.kind", "consent_kind", x.kind)
    c.date(f"{p}.given_on", x.given_on, required=True, not_future=True)
    c.date(f"{p}.withdrawn_on", x.withdrawn_on, not_future=True)
    c.order(f"{p}.withdrawn_on", x.given_on, x.withdrawn_on)
    c.text(f"{p}.version", x.version, max_len=100)
    c.text(f"{p}.notes", x.notes, max_len=MAX_TEXT)
    if x.kind == "share_with_institution":
        c.text(f"{p}.institution", x.institution, required=True, max_len=MAX_NAME)
    elif x.institution is not None:
        c.add(f"{p}.institution", "is only for consent to share with an institution")


def follow_up(c: Checker, x: r.FollowUp, p: str) -> None:
    c.date(f"{p}.due_on", x.due_on, required=True)
    c.text(f"{p}.purpose", x.purpose, max_len=MAX_TEXT)
    c.date(f"{p}.done_on", x.done_on, not_future=True)
    c.choice(f"{p}.status", x.status, FOLLOW_UP_STATES)
    c.text(f"{p}.outcome", x.outcome, max_len=MAX_TEXT)
    if (x.status == "planned") != (x.done_on is None):
        c.add(f"{p}.done_on", "is the day a follow-up was settled: empty while it is planned")


def closure(c: Checker, x: r.ClosureRequest, p: str) -> None:
    c.code(f"{p}.reason", "closure_reason", x.reason)
    c.codes_list(f"{p}.checklist", "closure_checklist", x.checklist)
    c.text(f"{p}.summary", x.summary, max_len=MAX_TEXT)
    c.choice(f"{p}.status", x.status, CLOSURE_STATES)
    c.text(f"{p}.comment", x.comment, max_len=MAX_TEXT)
    c.text(f"{p}.placement_override", x.placement_override, max_len=MAX_TEXT)


def shelter(c: Checker, x: r.Shelter, p: str = "shelter") -> None:
    c.text(f"{p}.name", x.name, required=True, max_len=MAX_NAME)
    c.code(f"{p}.shelter_type", "shelter_type", x.shelter_type)
    c.number(f"{p}.capacity", x.capacity, 0, 10_000, required=True)
    c.text(f"{p}.city", x.city, max_len=MAX_NAME)
    c.number(f"{p}.boys_age_limit", x.boys_age_limit, 0, 18)
    c.flag(f"{p}.accessible", x.accessible)
    c.text(f"{p}.address", x.address, max_len=MAX_TEXT)
    c.text(f"{p}.phone", x.phone, max_len=100)
    c.text(f"{p}.contact_person", x.contact_person, max_len=MAX_NAME)


def institution(c: Checker, x: r.Institution, p: str = "institution") -> None:
    c.text(f"{p}.name", x.name, required=True, max_len=MAX_NAME)
    c.code(f"{p}.institution_type", "institution_type", x.institution_type)
    for name in ("city", "district", "phone", "email"):
        c.text(f"{p}.{name}", getattr(x, name), max_len=MAX_NAME)
    c.text(f"{p}.address", x.address, max_len=MAX_TEXT)
    c.text(f"{p}.notes", x.notes, max_len=MAX_TEXT)


def appointment(c: Checker, x: r.Appointment, p: str) -> None:
    """An appointment's own fields (whether the counselor, room and interpreter exist is the service's)."""
    for name in ("starts_at", "ends_at"):
        value = getattr(x, name)
        if not isinstance(value, str) or not value:
            c.add(f"{p}.{name}", "is required")
        elif parse_time(value) is None:
            c.add(f"{p}.{name}", "must be a time written YYYY-MM-DDTHH:MM")
        elif value[:4] < "1900":
            c.add(f"{p}.{name}", "is before 1900")
    if parse_time(x.starts_at) is not None and parse_time(x.ends_at) is not None:
        length = minutes(x.starts_at, x.ends_at)
        if length < MIN_MINUTES:
            c.add(f"{p}.ends_at", "must be after the start")
        elif length > MAX_MINUTES:
            c.add(f"{p}.ends_at", "is more than 12 hours after the start")
    c.code(f"{p}.kind", "appointment_kind", x.kind)
    c.choice(f"{p}.status", x.status, STATUSES)
    c.code(f"{p}.interpreter_language", "interpreter_language", x.interpreter_language, required=False)
    c.text(f"{p}.room", x.room, max_len=MAX_NAME)
    c.text(f"{p}.interpreter", x.interpreter, max_len=MAX_NAME)
    if x.interpreter and x.interpreter_language is None:
        c.add(f"{p}.interpreter_language", "is required when an interpreter is booked")
    c.text(f"{p}.cancel_reason", x.cancel_reason, max_len=MAX_TEXT)
    if x.status == "cancelled" and isinstance(x.cancel_reason, str) and not x.cancel_reason.strip():
        c.add(f"{p}.cancel_reason", "is required")
    if not isinstance(x.counselors, list) or not all(isinstance(n, str) for n in x.counselors):
        c.add(f"{p}.counselors", "must be a list of user names")


def room(c: Checker, x: r.Room, p: str = "room") -> None:
    c.text(f"{p}.name", x.name, required=True, max_len=MAX_NAME)
    c.flag(f"{p}.active", x.active)


def interpreter(c: Checker, x: r.Interpreter, p: str = "interpreter") -> None:
    c.text(f"{p}.name", x.name, required=True, max_len=MAX_NAME)
    c.codes_list(f"{p}.languages", "interpreter_language", x.languages)
    if isinstance(x.languages, list) and not x.languages:
        c.add(f"{p}.languages", "give at least one language")
    c.text(f"{p}.phone", x.phone, max_len=100)
    c.text(f"{p}.notes", x.notes, max_len=MAX_TEXT)
    c.flag(f"{p}.active", x.active)
