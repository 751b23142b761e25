"""The activity report counts the center's own work (issue 21 part B), on both stores: group activities and
their participants by kind, sex and age band, and contacts that are not cases by channel, topic, referral and
the type of institution referred to. Read back from the report as a person sees it, for a supervisor and for
the coordinator-admin (who reads no activity or contact herself); outside the period nothing counts, and a
counselor's caseload report has none of it (it is the center's work, not her cases')."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest

from kadin_danisma.domain import center_work as cw
from kadin_danisma.domain.stat_tables import Report
from kadin_danisma.domain.suppression import CellState
from kadin_danisma.services import directory, group_activities, info_contacts, settings, statistics
from kadin_danisma.services.statistics import ReportRequest

pytestmark = pytest.mark.both_stores

TODAY = date.today()
FIRST = TODAY - timedelta(days=20)


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def shown(report: Report, key: str) -> dict[tuple[str, str], int]:
    t = report.table(key)
    out = {}
    for a, row in zip(t.rows, t.cells, strict=True):
        for c, cell in zip(t.columns, row, strict=True):
            if a.code != "total" and c.code != "total" and cell.value:
                assert cell.state is CellState.SHOWN
                out[(a.code, c.code)] = cell.value
    return out


def run(session: Any, lang: str = "tr") -> Report:
    return statistics.run_report(session, ReportRequest("activity", FIRST, TODAY, lang))


def test_activities_and_contacts_in_the_activity_report(team: Any) -> None:
    ayse, selin, koordinator = team.login("ayse"), team.login("selin"), team.login("koordinator")
    settings.set_stats_min_cell(koordinator, 1)  # every figure shown: this test checks the counting
    people = {"female": {"18_29": 14, "30_44": 21, "unknown": 3}, "male": {"30_44": 4}}
    made = [("seminar", day(-3), people), ("seminar", day(-10), {"female": {"45_64": 8}}),
            ("support_group", day(-1), {"female": {"30_44": 6}}), ("staff_training", day(-2), {"male": {"18_29": 5}}),
            ("awareness_event", day(-40), {"female": {"18_29": 500}})]  # before the period: not counted
    for kind, held, parts in made:
        group_activities.add_activity(ayse, cw.GroupActivity(kind, held, "Salon", None, "Dış eğitmen", "Konu",
                                                             parts))
    bar = next(i for i in directory.all_institutions(ayse.connection()) if i.institution_type == "bar_legal_aid")
    contacts = [("phone", "rights_6284", bar.id), ("phone", "rights_6284", None), ("phone", "shelter_info", None),
                ("email", "legal_info", bar.id), ("walk_in", "employment", None), ("visit", "other", None)]
    for channel, topic, inst in contacts:
        info_contacts.add_contact(ayse, cw.InfoContact(day(-5), channel, topic, inst, ""))
    info_contacts.add_contact(ayse, cw.InfoContact(day(-30), "phone", "other", None, ""))  # before the period

    for reader in (selin, team.login("bilgi")):  # bilgi: an admin without a case role
        report = run(reader)
        summary = {a: n for (a, _), n in shown(report, "summary").items()}
        assert (summary["group_activities"], summary["activity_participants"]) == (4, 61)
        assert (summary["info_contacts"], summary.get("contacts_to_intake", 0)) == (6, 0)
        assert shown(report, "activities") == {
            ("seminar", "events"): 2, ("seminar", "participants"): 50, ("support_group", "events"): 1,
            ("support_group", "participants"): 6, ("staff_training", "events"): 1,
            ("staff_training", "participants"): 5}
        assert shown(report, "activity_participants") == {
            ("18_29", "female"): 14, ("30_44", "female"): 27, ("45_64", "female"): 8, ("unknown", "female"): 3,
            ("30_44", "male"): 4, ("18_29", "male"): 5}
        assert {a: n for (a, _), n in shown(report, "contacts_channel").items()} == dict(
            Counter(c for c, _, _ in contacts))
        assert shown(report, "contacts_topic") == {
            ("rights_6284", "referred"): 1, ("rights_6284", "not_referred"): 1, ("shelter_info", "not_referred"): 1,
            ("legal_info", "referred"): 1, ("employment", "not_referred"): 1, ("other", "not_referred"): 1}
        assert {a: n for (a, _), n in shown(report, "contacts_referral").items()} == {"bar_legal_aid": 2}
    # labelled in the report's language
    english = run(selin, "en").table("activities")
    assert english.title == "Group activities and trainings by kind"
    assert [a.label for a in english.rows][:3] == ["Seminar", "Workshop", "Support group"]
    # a counselor's own caseload: none of the center's work
    own = run(ayse)
    assert own.scope == "caseload"
    assert shown(own, "activities") == {} and shown(own, "contacts_channel") == {}
