"""The activity report's support tables (issue 21, part A), a part of activity_tables.py: pure, facts in,
raw counts out.

- aid: items requested in the period, by kind and status today; aid_source: the same by source;
- aid_amount: the lira of cash and rent items (money kinds) by kind and status, rounded to whole lira; each
  cell is hidden when the number of items behind it is (its `basis`: a sum over one or two women is as
  telling as their count);
- employment_support: supports begun in the period, by kind and outcome today.
"""

from __future__ import annotations

from collections import Counter

from .stat_facts import Facts
from .stat_population import Population, VocabView
from .stat_rules import UNKNOWN
from .stat_tables import Counts, grid

MONEY_KINDS = ("cash", "rent")


def _code(value: str | None, known: tuple[str, ...]) -> str:
    return value if value is not None and value in known else UNKNOWN


def support_tables(f: Facts, pop: Population, vocab: VocabView, out: list[Counts]) -> tuple[int, int]:
    """Appends the tables; returns (aid items, employment supports) counted."""
    kinds, sources = vocab.rows("aid_kind"), vocab.rows("aid_source")
    states = vocab.rows("aid_status", unknown=False)
    by_kind: Counter[tuple[str, str]] = Counter()
    by_source: Counter[tuple[str, str]] = Counter()
    money = {k for k, v in vocab.mapping("aid_kind", "money").items() if v == "True"} or set(MONEY_KINDS)
    money_rows = tuple(k for k in kinds if k in money)
    kurus: Counter[tuple[str, str]] = Counter()
    items: Counter[tuple[str, str]] = Counter()
    for a in f.aid:
        if a.case_id not in pop.eligible or not pop.period.contains(a.requested_on):
            continue
        kind, status = _code(a.kind, kinds), _code(a.status, states)
        by_kind[(kind, status)] += 1
        by_source[(_code(a.source, sources), status)] += 1
        if kind in money and a.amount_kurus is not None:
            kurus[(kind, status)] += a.amount_kurus
            items[(kind, status)] += 1
    out.append(grid("aid", by_kind, kinds, states))
    out.append(grid("aid_source", by_source, sources, states))
    lira = {key: (value + 50) // 100 for key, value in kurus.items()}
    amounts = grid("aid_amount", lira, money_rows, states)
    basis = grid("aid_amount", items, money_rows, states)
    out.append(Counts(amounts.key, amounts.rows, amounts.cols, amounts.values, True, True, basis.values))
    outcome_rows = vocab.rows("employment_outcome")
    support_kinds = vocab.rows("employment_support_kind")
    employment: Counter[tuple[str, str]] = Counter()
    for e in f.employment:
        if e.case_id in pop.eligible and pop.period.contains(e.start_on):
            employment[(_code(e.kind, support_kinds), _code(e.outcome, outcome_rows))] += 1
    out.append(grid("employment_support", employment, support_kinds, outcome_rows))
    return sum(by_kind.values()), sum(employment.values())
