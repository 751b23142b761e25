"""The activity report's tables (issue 18 §3): applications, the women who applied, violence, how they
found the center, sessions, interpreters, disability, referrals, shelters, Law 6284 measures, closures.

Pure: facts of a window of days in, raw counts out (domain/stat_tables.Counts). What each table counts:

- applications: cases opened in the period; women who applied: each once (domain/stat_population);
  profile tables (age, marital status … district, how she heard) describe the women who applied;
- violence types and perpetrators: every type or relationship named in any of her applications in the
  period, a woman once per row (several rows per woman, so no total);
- sessions: notes dated in the period, by type; those held with one of her children, by type;
  interpreter-assisted sessions by language (sign language included);
- appointments (issue 20): those of the period's days by what became of them (attended, did not come,
  cancelled, still to be recorded), with and without an interpreter booked; an attended appointment's
  session is its note, counted with the sessions above;
- referrals: sent in the period, by institution type and their status today;
- shelters: requests and placements begun (transfers apart), exits, who stayed during and at the end;
  accompanying children are those who went with a placement begun in the period;
- measures: decided in the period, by type and authority; violations: dated in the period;
- closures: cases closed in the period, by the reason of the approved closure request;
- aid and employment support (issue 21): domain/activity_support.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from . import stat_axes
from .activity_support import support_tables
from .center_tables import center_counts
from .stat_facts import Facts
from .stat_population import Population, VocabView, population
from .stat_rules import UNKNOWN, Period, age_group, child_age_group, stay_band
from .stat_tables import Counts, column, grid

__all__ = ["activity_counts"]

REFERRAL_OUTCOMES = ("sent", "accepted", "completed", "rejected", "withdrawn")


def _code(value: str | None, known: Iterable[str]) -> str:
    return value if value is not None and value in known else UNKNOWN


def activity_counts(f: Facts, period: Period, as_of: str, vocab: VocabView) -> tuple[dict[str, int], list[Counts]]:
    """(header figures, tables). Header: women served, applications and what was left out for want of
    consent (cases and women), never suppressed."""
    pop = population(f, period, as_of)
    women = pop.first_application
    tables: list[Counts] = []
    tables += _applications(f, pop, vocab)
    tables += _profile(f, pop, vocab)
    sessions, children_seen = _sessions(f, pop, vocab, tables)
    no_shows = _appointments(f, pop, vocab, tables)
    referrals = _referrals(f, pop, vocab, tables)
    in_shelter = _shelters(f, pop, vocab, tables)
    measures, violations = _measures(f, pop, vocab, tables)
    closed = _closures(f, pop, vocab, tables)
    center_summary, center_tables = center_counts(f, period, vocab)  # issue 21 part B: the center's own work
    tables += center_tables
    support_tables(f, pop, vocab, tables)
    summary = {
        "women_served": len(pop.women_served), "women_applied": len(women), "applications": len(pop.applications),
        "sessions": sessions, "children_seen": children_seen, "no_shows": no_shows, "referrals_sent": referrals,
        "women_in_shelter": in_shelter, "measures": measures, "violations": violations, "cases_closed": closed,
        **center_summary,
    }
    tables.insert(0, column("summary", summary, stat_axes.axis_codes("summary", unknown=False), total=False))
    header = {"women_served": len(pop.women_served), "excluded_cases": pop.excluded_cases,
              "excluded_women": pop.excluded_women}
    return header, tables


def _applications(f: Facts, pop: Population, vocab: VocabView) -> list[Counts]:
    kinds = Counter("returning" if c.first_opened_on < pop.period.first else "first_time"
                    for c in pop.first_application.values())
    channels = vocab.rows("intake_channel")
    needs = vocab.rows("immediate_need")
    by_channel: Counter[str] = Counter()
    by_need: Counter[str] = Counter()
    for case in pop.applications:
        intake = f.intakes.get(case.case_id)
        by_channel[_code(intake.channel if intake else None, channels)] += 1
        stated = {n for n in (intake.immediate_needs if intake else ()) if n in needs}
        by_need.update(stated or {UNKNOWN})
    return [
        column("applicants", kinds, stat_axes.axis_codes("applicant", unknown=False)),
        column("channel", by_channel, channels),
        column("reasons", by_need, needs, total=False),
    ]


def _fold(raw: Counter[str | None], rows: tuple[str, ...]) -> Counter[str]:
    """Counts by raw code, moved onto the table's rows: a code that is not a row counts as unknown."""
    known = set(rows)
    out: Counter[str] = Counter()
    for code, n in raw.items():
        out[code if code is not None and code in known else UNKNOWN] += n
    return out


def _profile(f: Facts, pop: Population, vocab: VocabView) -> list[Counts]:
    # Counted per woman with plain comprehensions into Counters (a year of a big center is 20,000 women), then
    # folded onto each table's rows.
    firsts = list(pop.first_application.values())
    clients = [f.clients.get(c.client_id) for c in firsts]
    intakes = [f.intakes.get(c.case_id) for c in firsts]
    present = [cl for cl in clients if cl is not None]
    missing = len(clients) - len(present)
    rows = {"marital": vocab.rows("marital_status"), "education": vocab.rows("education"),
            "employment": vocab.rows("employment"), "nationality": stat_axes.axis_codes("country"),
            "migrant": vocab.rows("migrant_status"), "district": vocab.rows("district"),
            "heard_from": vocab.rows("referral_source"), "disability": stat_axes.axis_codes("disability_status")}

    def per_woman(values: list[str | None]) -> Counter[str | None]:
        counted: Counter[str | None] = Counter(values)
        if missing:
            counted[None] += missing
        return counted

    district = vocab.aliases.get("district", {})
    fields = {
        "marital": per_woman([cl.marital_status for cl in present]),
        "education": per_woman([cl.education for cl in present]),
        "employment": per_woman([cl.employment for cl in present]),
        "nationality": per_woman([cl.country for cl in present]),
        "migrant": per_woman([cl.migrant_status for cl in present]),
        "district": per_woman([district.get(cl.district, cl.district) for cl in present]),
        "heard_from": Counter(it.heard_from if it else None for it in intakes),
        "disability": per_woman(["no_disability" if cl.disability_types == ("none",) else "with_disability"
                                 if set(cl.disability_types) - {"none"} else UNKNOWN for cl in present]),
    }
    age = Counter(age_group(cl.birth_year, cl.birth_date, first.opened_on) if cl else UNKNOWN
                  for cl, first in zip(clients, firsts, strict=True))
    domains = vocab.rows("disability_type", unknown=False, without=("none",))
    domain_set = set(domains)
    by_domain = Counter(t for cl in present for t in set(cl.disability_types) if t in domain_set)
    violence_rows, relation_rows = vocab.rows("violence_type"), vocab.rows("perpetrator_relationship")
    violence_set, relation_set = set(violence_rows), set(relation_rows)
    her_cases: dict[int, list[int]] = {}
    for case in pop.applications:
        her_cases.setdefault(case.client_id, []).append(case.case_id)
    violence: Counter[str] = Counter()
    relations: Counter[str] = Counter()
    for case_ids in her_cases.values():
        kinds: set[str] = set()
        related: set[str] = set()
        for case_id in case_ids:
            it = f.intakes.get(case_id)
            if it is not None:
                kinds.update(it.violence_types)
            related.update(f.perpetrators.get(case_id, ()))
        kinds &= violence_set
        related &= relation_set
        violence.update(kinds or (UNKNOWN,))
        relations.update(related or (UNKNOWN,))
    return [
        column("age", age, stat_axes.axis_codes("age_group")),
        column("marital", _fold(fields["marital"], rows["marital"]), rows["marital"]),
        column("education", _fold(fields["education"], rows["education"]), rows["education"]),
        column("employment", _fold(fields["employment"], rows["employment"]), rows["employment"]),
        column("nationality", _fold(fields["nationality"], rows["nationality"]), rows["nationality"]),
        column("migrant", _fold(fields["migrant"], rows["migrant"]), rows["migrant"]),
        column("district", _fold(fields["district"], rows["district"]), rows["district"]),
        column("violence", violence, violence_rows, total=False),
        column("perpetrator", relations, relation_rows, total=False),
        column("heard_from", _fold(fields["heard_from"], rows["heard_from"]), rows["heard_from"]),
        column("disability", _fold(fields["disability"], rows["disability"]), rows["disability"]),
        column("disability_types", by_domain, domains, total=False),
    ]


def _sessions(f: Facts, pop: Population, vocab: VocabView, out: list[Counts]) -> tuple[int, int]:
    types = vocab.rows("note_type")
    languages = vocab.rows("interpreter_language")
    by_type: Counter[str | None] = Counter()
    with_child: Counter[str | None] = Counter()
    by_language: Counter[str | None] = Counter()
    children: set[int] = set()
    first, last = pop.period.first, pop.period.last
    eligible = pop.eligible
    # the largest loop of a report (a quarter of a million notes a year in a big center): tuple unpacking,
    # raw codes counted, folded onto the rows afterwards
    for case_id, day, kind, interpreter, language, child in f.notes:
        if case_id in eligible and first <= day <= last:
            by_type[kind] += 1
            if child is not None:
                with_child[kind] += 1
                children.add(child)
            if interpreter:
                by_language[language] += 1
    # Two tables, not one two-way table: the sessions with her per type would be the difference of the two,
    # and publishing both ways would force many more cells to be hidden.
    out.append(column("sessions", _fold(by_type, types), types))
    out.append(column("child_sessions", _fold(with_child, types), types))
    out.append(column("interpreter", _fold(by_language, languages), languages))
    return sum(by_type.values()), len(children)


def _appointments(f: Facts, pop: Population, vocab: VocabView, out: list[Counts]) -> int:
    """Appointments by outcome, with and without an interpreter; returns the no-shows."""
    outcomes = vocab.rows("appointment_status")
    counts: Counter[tuple[str, str]] = Counter()
    for a in f.appointments:
        if a.case_id in pop.eligible and pop.period.contains(a.day):
            counts[(_code(a.status, outcomes), "with_interpreter" if a.interpreter else "without_interpreter")] += 1
    out.append(grid("appointments", counts, outcomes, stat_axes.axis_codes("interpreter_booked", unknown=False)))
    return sum(n for (status, _), n in counts.items() if status == "no_show")


def _referrals(f: Facts, pop: Population, vocab: VocabView, out: list[Counts]) -> int:
    types = vocab.rows("institution_type")
    counts: Counter[tuple[str, str]] = Counter()
    for ref in f.referrals:
        if ref.case_id in pop.eligible and pop.period.contains(ref.sent_on):
            counts[(_code(ref.institution_type, types), _code(ref.status, REFERRAL_OUTCOMES))] += 1
    out.append(grid("referrals", counts, types, (*REFERRAL_OUTCOMES, UNKNOWN)))
    return sum(counts.values())


def _shelters(f: Facts, pop: Population, vocab: VocabView, out: list[Counts]) -> int:
    period = pop.period
    types = vocab.rows("shelter_type")
    exits = vocab.rows("placement_exit_reason")
    items: Counter[str] = Counter()
    during: set[int] = set()
    at_end: set[int] = set()
    occupancy: dict[tuple[str, str], set[int]] = {}
    began: set[int] = set()
    stay: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for p in f.placements:
        case = pop.eligible.get(p.case_id)
        if case is None:
            continue
        if period.contains(p.requested_on) and not p.transferred:
            items["requests"] += 1
        if period.contains(p.placed_on):
            items["transfers" if p.transferred else "placed"] += 1
            if not p.transferred:
                began.add(p.placement_id)
        if period.contains(p.ended_on):
            items["ended"] += 1
            stay[stay_band(p.placed_on, p.ended_on)] += 1
            reasons[_code(p.exit_reason, exits)] += 1
        stype = _code(p.shelter_type, types)
        if p.placed_on is not None and period.overlaps(p.placed_on, p.ended_on):
            during.add(case.client_id)
            occupancy.setdefault((stype, "during"), set()).add(case.client_id)
            if p.placed_on <= period.last and (p.ended_on is None or p.ended_on > period.last):
                at_end.add(case.client_id)
                occupancy.setdefault((stype, "at_end"), set()).add(case.client_id)
    items["women_during"], items["women_at_end"] = len(during), len(at_end)
    kids: dict[int, str] = {}
    placed_on = {p.placement_id: p.placed_on for p in f.placements if p.placement_id in began}
    for pc in f.placement_children:
        day = placed_on.get(pc.placement_id)
        if day is not None:
            kids.setdefault(pc.child_id, child_age_group(pc.birth_year, day))
    out += [
        column("shelter", items, stat_axes.axis_codes("shelter_item", unknown=False), total=False),
        column("shelter_children", Counter(kids.values()), stat_axes.axis_codes("child_age_group")),
        column("shelter_stay", stay, stat_axes.axis_codes("stay_band")),
        column("shelter_exit", reasons, exits),
        grid("shelter_occupancy", {k: len(v) for k, v in occupancy.items()}, types,
             stat_axes.axis_codes("occupancy", unknown=False), totals=False),
    ]
    return len(during)


def _measures(f: Facts, pop: Population, vocab: VocabView, out: list[Counts]) -> tuple[int, int]:
    types = vocab.rows("measure_type")
    authorities = vocab.rows("measure_authority")
    articles = vocab.mapping("measure_type", "article")
    counts: Counter[tuple[str, str]] = Counter()
    for m in f.measures:
        if m.case_id in pop.eligible and pop.period.contains(m.decision_date):
            counts[(_code(m.measure_type, types), _code(m.authority, authorities))] += 1
    violations: Counter[str] = Counter()
    for v in f.violations:
        if v.case_id in pop.eligible and pop.period.contains(v.violation_date):
            article = articles.get(v.measure_type)
            violations[f"art{article}" if article in ("3", "4", "5") else UNKNOWN] += 1
    out.append(grid("measures", counts, types, authorities))
    out.append(column("violations", violations, stat_axes.axis_codes("measure_article")))
    return sum(counts.values()), sum(violations.values())


def _closures(f: Facts, pop: Population, vocab: VocabView, out: list[Counts]) -> int:
    reasons = vocab.rows("closure_reason")
    counts: Counter[str] = Counter()
    for c in f.closures:
        if c.case_id in pop.eligible and pop.period.contains(c.closed_on):
            counts[_code(c.reason, reasons)] += 1
    out.append(column("closures", counts, reasons))
    return sum(counts.values())
