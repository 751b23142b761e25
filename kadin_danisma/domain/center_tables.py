"""The activity report's tables of the center's own work (issue 21 part B): group activities and trainings
(events and participants by kind; participants by age band and sex) and contacts that are not cases (by
channel, by topic and whether she was referred, by the type of institution referred to). Pure: facts in,
raw counts out. Only the center's report reads these facts (a counselor's caseload report has none)."""

from __future__ import annotations

from collections import Counter

from . import stat_axes
from .stat_facts import Facts
from .stat_population import VocabView
from .stat_rules import UNKNOWN, Period
from .stat_tables import Counts, column, grid


def center_counts(f: Facts, period: Period, vocab: VocabView) -> tuple[dict[str, int], list[Counts]]:
    """(summary figures, tables)."""
    kinds = vocab.rows("activity_kind")
    by_kind: Counter[tuple[str, str]] = Counter()
    by_age_sex: Counter[tuple[str, str]] = Counter()
    activities = [a for a in f.activities if period.contains(a.held_on)]
    for a in activities:
        kind = a.kind if a.kind in kinds else UNKNOWN
        by_kind[(kind, "events")] += 1
        for sex, band, n in a.participants:
            by_kind[(kind, "participants")] += n
            by_age_sex[(band, sex)] += n
    channels = vocab.rows("contact_channel")
    topics = vocab.rows("contact_topic")
    types = vocab.rows("institution_type")
    by_channel: Counter[str] = Counter()
    by_topic: Counter[tuple[str, str]] = Counter()
    by_type: Counter[str] = Counter()
    contacts = [k for k in f.contacts if period.contains(k.contact_on)]
    for k in contacts:
        by_channel[k.channel if k.channel in channels else UNKNOWN] += 1
        referred = k.institution_type is not None
        by_topic[(k.topic if k.topic in topics else UNKNOWN, "referred" if referred else "not_referred")] += 1
        if referred:
            by_type[k.institution_type if k.institution_type in types else UNKNOWN] += 1
    tables = [
        grid("activities", by_kind, kinds, stat_axes.axis_codes("activity_measure", unknown=False)),
        grid("activity_participants", by_age_sex, stat_axes.axis_codes("participant_age", unknown=False),
             stat_axes.axis_codes("participant_sex", unknown=False)),
        column("contacts_channel", by_channel, channels),
        grid("contacts_topic", by_topic, topics, stat_axes.axis_codes("contact_referred", unknown=False)),
        column("contacts_referral", by_type, types),
    ]
    summary = {"group_activities": len(activities),
               "activity_participants": sum(n for (_, m), n in by_kind.items() if m == "participants"),
               "info_contacts": len(contacts), "contacts_to_intake": sum(1 for k in contacts if k.became_case)}
    return summary, tables
