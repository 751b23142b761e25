"""Validation of the support records (domain/support_records.py), shared by the services and the importer,
as record_checks.py is for the other case records: each function adds problems under a path and never
raises by itself.

The rules a person would get wrong: money for cash and rent, a quantity (or nothing) for goods, never a
negative or absurd figure; a refusal needs its reason and only a refusal has one; a delivery or decision
cannot come before the request; where the municipality's aid rules require it (`committee_kinds`, a
setting), an approved or delivered item needs the social inquiry report's date and the committee's decision
number. An outcome that ended (completed, placed, dropped out) has its date; a decided court case has an
outcome.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from .appointments import parse_time
from .support_records import Aid, CourtCase, Employment, Hearing
from .validation import MAX_NAME, MAX_TEXT, Checker

# 100 million lira in kuruş: far beyond any aid, small enough that a typo of extra zeros is caught.
MAX_AMOUNT_KURUS = 10_000_000_000
MAX_QUANTITY = 100_000
MONEY_KINDS = frozenset({"cash", "rent"})  # built-in kinds counted in lira (vocab meta "money")
AID_STATES = ("requested", "approved", "delivered", "refused")
EMPLOYMENT_ENDED = frozenset({"completed", "placed", "dropped_out"})
COURT_DECIDED = frozenset({"decided", "appealed", "closed"})
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def aid(c: Checker, x: Aid, p: str, committee_kinds: frozenset[str] = MONEY_KINDS) -> None:
    c.code(f"{p}.kind", "aid_kind", x.kind)
    c.code(f"{p}.source", "aid_source", x.source)
    c.choice(f"{p}.status", x.status, AID_STATES)
    c.text(f"{p}.source_detail", x.source_detail, max_len=MAX_NAME)
    c.date(f"{p}.requested_on", x.requested_on, required=True, not_future=True)
    c.date(f"{p}.decided_on", x.decided_on, not_future=True)
    c.date(f"{p}.delivered_on", x.delivered_on, not_future=True)
    c.date(f"{p}.inquiry_report_on", x.inquiry_report_on, not_future=True)
    c.order(f"{p}.decided_on", x.requested_on, x.decided_on)
    c.order(f"{p}.delivered_on", x.requested_on, x.delivered_on)
    c.text(f"{p}.committee_decision_no", x.committee_decision_no, max_len=100)
    c.text(f"{p}.notes", x.notes, max_len=MAX_TEXT)
    c.number(f"{p}.amount_kurus", x.amount_kurus, 1, MAX_AMOUNT_KURUS)
    c.number(f"{p}.quantity", x.quantity, 1, MAX_QUANTITY)
    if x.kind in MONEY_KINDS:
        if x.amount_kurus is None:
            c.add(f"{p}.amount_kurus", "is required for cash and rent")
        if x.quantity is not None:
            c.add(f"{p}.quantity", "is not used for cash and rent (give the amount)")
    elif x.amount_kurus is not None:
        c.add(f"{p}.amount_kurus", "is only for cash and rent (give a quantity)")
    if x.status == "refused":
        if x.refusal_reason is None:
            c.add(f"{p}.refusal_reason", "is required when the aid was refused")
        else:
            c.code(f"{p}.refusal_reason", "aid_refusal_reason", x.refusal_reason)
        if x.delivered_on is not None:
            c.add(f"{p}.delivered_on", "a refused aid was not delivered")
    elif x.refusal_reason is not None:
        c.add(f"{p}.refusal_reason", "is only for a refused aid")
    if x.status == "delivered" and x.delivered_on is None:
        c.add(f"{p}.delivered_on", "is required when the aid was delivered")
    if x.status in ("approved", "delivered") and x.kind in committee_kinds:
        if x.inquiry_report_on is None:
            c.add(f"{p}.inquiry_report_on", "is required for this kind of aid")
        if not (isinstance(x.committee_decision_no, str) and x.committee_decision_no.strip()):
            c.add(f"{p}.committee_decision_no", "is required for this kind of aid")


def employment(c: Checker, x: Employment, p: str) -> None:
    c.code(f"{p}.kind", "employment_support_kind", x.kind)
    c.text(f"{p}.institution", x.institution, required=True, max_len=MAX_NAME)
    c.date(f"{p}.start_on", x.start_on, required=True)
    c.code(f"{p}.outcome", "employment_outcome", x.outcome)
    c.date(f"{p}.outcome_on", x.outcome_on, not_future=True)
    c.order(f"{p}.outcome_on", x.start_on, x.outcome_on)
    c.text(f"{p}.notes", x.notes, max_len=MAX_TEXT)
    if x.outcome in EMPLOYMENT_ENDED and x.outcome_on is None:
        c.add(f"{p}.outcome_on", "is required when the support has ended")
    if x.outcome == "ongoing" and x.outcome_on is not None:
        c.add(f"{p}.outcome_on", "is only for a support that has ended")


def court_case(c: Checker, x: CourtCase, p: str) -> None:
    c.code(f"{p}.kind", "court_case_kind", x.kind)
    c.text(f"{p}.court", x.court, required=True, max_len=MAX_NAME)
    c.text(f"{p}.file_no", x.file_no, max_len=100)
    c.code(f"{p}.lawyer", "court_lawyer", x.lawyer)
    c.code(f"{p}.status", "court_case_status", x.status)
    c.code(f"{p}.outcome", "court_outcome", x.outcome, required=False)
    c.date(f"{p}.opened_on", x.opened_on, not_future=True)
    c.date(f"{p}.decided_on", x.decided_on, not_future=True)
    c.order(f"{p}.decided_on", x.opened_on, x.decided_on)
    c.text(f"{p}.notes", x.notes, max_len=MAX_TEXT)
    if x.status in COURT_DECIDED and x.outcome is None:
        c.add(f"{p}.outcome", "is required once the court has decided")
    if x.status not in COURT_DECIDED and x.outcome is not None:
        c.add(f"{p}.outcome", "is only for a decided case")
    if isinstance(x.hearings, list):
        for i, h in enumerate(x.hearings):
            hearing(c, h, f"{p}.hearings[{i}]")
    else:
        c.add(f"{p}.hearings", "must be a list")


def hearing(c: Checker, x: Hearing, p: str) -> None:
    c.date(f"{p}.hearing_on", x.hearing_on, required=True)
    if x.hearing_time is not None and not (isinstance(x.hearing_time, str) and _TIME.fullmatch(x.hearing_time)):
        c.add(f"{p}.hearing_time", "must be a time written HH:MM")
    c.text(f"{p}.note", x.note, max_len=MAX_NAME)


def measure_deadlines(c: Checker, x: Any, p: str) -> None:
    """A measure's Law 6284 times (domain/measure_deadlines.py) and flags: real times, none in the future,
    in order (request, decision, a judge's confirmation); a request waiting for a decision has no decision
    time; a confirmation only for a measure a governor or police chief took."""
    for name in ("requested_at", "decided_at", "judge_confirmed_at"):
        value = getattr(x, name, None)
        if value is None:
            continue
        moment = parse_time(value) if isinstance(value, str) else None
        if moment is None:
            c.add(f"{p}.{name}", "must be a time written YYYY-MM-DDTHH:MM")
        elif moment > datetime.now() + timedelta(minutes=5):
            c.add(f"{p}.{name}", "is in the future")
    c.order(f"{p}.decided_at", x.requested_at, x.decided_at)
    c.order(f"{p}.judge_confirmed_at", x.decided_at, x.judge_confirmed_at)
    c.flag(f"{p}.electronic_monitoring", x.electronic_monitoring)
    c.flag(f"{p}.identity_confidential", x.identity_confidential)
    if x.status == "requested":
        if x.requested_at is None:
            c.add(f"{p}.requested_at", "is required for a request waiting for a decision")
        if x.decided_at is not None:
            c.add(f"{p}.decided_at", "a request waiting for a decision has no decision time")
    if x.judge_confirmed_at is not None and x.authority not in ("governor", "police_chief"):
        c.add(f"{p}.judge_confirmed_at", "is only for a measure a governor or police chief took")
