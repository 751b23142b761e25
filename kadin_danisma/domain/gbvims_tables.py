"""GBVIMS-style tables (issue 18 §3), after the Gender-Based Violence Information Management System's
standard statistics as Primero GBV reports them.

An *incident* is an application in the period (a case opened in it, with consent; domain/stat_population).
Its type is the first GBVIMS core type, in GBVIMS order, that one of its violence types maps to; the
survivor's age group is her age at the intake; the perpetrator is the first one recorded (relationship
grouped as GBVIMS does) and their number is counted; the time to report runs from the last incident to
the intake. Referrals are those sent in the period, by the GBVIMS service their institution type gives.
"""

from __future__ import annotations

from collections import Counter

from . import stat_axes
from .stat_facts import Facts
from .stat_population import VocabView, population
from .stat_rules import UNKNOWN, Period, age_group, gbvims_type, report_delay_band
from .stat_tables import Counts, column, grid

__all__ = ["gbvims_counts"]


def gbvims_counts(f: Facts, period: Period, as_of: str, vocab: VocabView) -> tuple[dict[str, int], list[Counts]]:
    pop = population(f, period, as_of)
    to_core = vocab.mapping("violence_type", "gbvims")
    to_group = vocab.mapping("perpetrator_relationship", "gbvims")
    to_service = vocab.mapping("institution_type", "gbvims_service")
    groups = stat_axes.axis_codes("gbvims_relationship", unknown=False)
    services = stat_axes.axis_codes("gbvims_service", unknown=False)
    type_age: Counter[tuple[str, str]] = Counter()
    relation: Counter[str] = Counter()
    number: Counter[str] = Counter()
    delay: Counter[str] = Counter()
    for case in pop.applications:
        intake = f.intakes.get(case.case_id)
        client = f.clients.get(case.client_id)
        core = gbvims_type(intake.violence_types, to_core) if intake else UNKNOWN
        age = age_group(client.birth_year, client.birth_date, case.opened_on) if client else UNKNOWN
        type_age[(core, age)] += 1
        people = f.perpetrators.get(case.case_id, [])
        group = to_group.get(people[0], "other") if people else UNKNOWN
        relation[group if group in groups else UNKNOWN] += 1
        number[UNKNOWN if not people else str(len(people)) if len(people) < 3 else "3+"] += 1
        delay[report_delay_band(intake.last_incident, intake.intake_date) if intake else UNKNOWN] += 1
    referrals: Counter[str] = Counter()
    for ref in f.referrals:
        if ref.case_id in pop.eligible and period.contains(ref.sent_on):
            service = to_service.get(ref.institution_type, "other")
            referrals[service if service in services else "other"] += 1
    summary = {"incidents": len(pop.applications), "survivors": len(pop.first_application),
               "referrals_sent": sum(referrals.values())}
    tables = [
        column("gbv_summary", summary, stat_axes.axis_codes("gbv_summary", unknown=False), total=False),
        grid("gbv_type_age", type_age, stat_axes.axis_codes("gbvims_type"), stat_axes.axis_codes("age_group")),
        column("gbv_perpetrator", relation, stat_axes.axis_codes("gbvims_relationship")),
        column("gbv_perpetrator_count", number, stat_axes.axis_codes("perpetrator_count")),
        column("gbv_report_delay", delay, stat_axes.axis_codes("report_band")),
        column("gbv_referrals", referrals, services),
    ]
    header = {"women_served": len(pop.women_served), "excluded_cases": pop.excluded_cases,
              "excluded_women": pop.excluded_women}
    return header, tables
