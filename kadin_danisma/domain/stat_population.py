"""Who a report counts (issue 18), shared by the activity and GBVIMS tables.

- A case is in the report when it is not a draft, was open on at least one day of the period (opened on or
  before its last day, not closed before its first) and its client has a valid consent to anonymous
  statistics on the day the figures are made. Cases left out for want of consent are counted (the report
  states how many), never shown.
- An *application* is such a case opened in the period; a woman who applied counts once, with what she
  told at her first application in the period (age, how she heard of the center).
- Women are keyed on the client record: one woman with three cases is one woman.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .stat_facts import CaseFact, Facts
from .stat_rules import Period, consent_valid

__all__ = ["Population", "VocabView", "population"]


@dataclass(frozen=True)
class VocabView:
    """The vault's vocabularies as the table builders need them: every code of a kind (retired ones too,
    in display order) and the terms' meta (GBVIMS mappings, Law 6284 articles)."""

    codes: Mapping[str, tuple[str, ...]]
    meta: Mapping[str, Mapping[str, Mapping[str, object]]] = field(default_factory=dict)
    # kind -> code -> the row it counts under (codes that are not rows of their own)
    aliases: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def alias(self, kind: str, code: str | None) -> str | None:
        if code is None:
            return None
        return self.aliases.get(kind, {}).get(code, code)

    def rows(self, kind: str, unknown: bool = True, without: Sequence[str] = ()) -> tuple[str, ...]:
        out = tuple(c for c in self.codes.get(kind, ()) if c not in without and c != "unknown")
        return (*out, "unknown") if unknown else out

    def mapping(self, kind: str, key: str) -> dict[str, str]:
        return {code: str(m[key]) for code, m in self.meta.get(kind, {}).items() if key in m}


@dataclass
class Population:
    period: Period
    eligible: dict[int, CaseFact]
    applications: list[CaseFact]
    first_application: dict[int, CaseFact]  # client id -> her first application in the period
    women_served: set[int]
    excluded_cases: int
    excluded_women: int


def population(f: Facts, period: Period, as_of: str) -> Population:
    eligible: dict[int, CaseFact] = {}
    excluded: set[int] = set()
    excluded_women: set[int] = set()
    consent_cache: dict[int, bool] = {}
    for case in f.cases.values():
        if case.status == "draft" or not period.overlaps(case.opened_on, case.closed_on):
            continue
        ok = consent_cache.get(case.client_id)
        if ok is None:
            ok = consent_cache[case.client_id] = consent_valid(f.consents.get(case.client_id, ()), as_of)
        if ok:
            eligible[case.case_id] = case
        else:
            excluded.add(case.case_id)
            excluded_women.add(case.client_id)
    applications = sorted((c for c in eligible.values() if period.contains(c.opened_on)),
                          key=lambda c: (c.opened_on, c.case_id))
    first: dict[int, CaseFact] = {}
    for case in applications:
        first.setdefault(case.client_id, case)
    return Population(period, eligible, applications, first, {c.client_id for c in eligible.values()},
                      len(excluded), len(excluded_women))
