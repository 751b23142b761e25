"""Statistics on a center server (issue 18 in server mode). An admin without a case role reads no case there,
yet must get the center's figures: she gets exactly the supervisor's, through the statistics views
(vault/pg/stats_views.py); a counselor gets her caseload and never stores a closed period's snapshot (it would
hold her cases only, for good). With psql the views give an admin coded columns and no name, and give a
counselor nothing at all."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.suppression import CellState
from kadin_danisma.services import cases, consents, notes, settings, statistics
from kadin_danisma.services.statistics import Report, ReportRequest

YEAR = date.today().year - 1
SECRET = "İstatistik Gizli Adı"
LIVE = (date(YEAR, 3, 1), date(YEAR, 4, 15))  # not a month, quarter or year: counted from the cases now


def values(report: Report, key: str) -> dict[str, int]:
    t = report.table(key)
    out = {}
    for axis, row in zip(t.rows, t.cells, strict=True):
        if axis.code != "total":
            assert row[0].state is CellState.SHOWN
            out[axis.code] = row[0].value
    return out


def run(session: Any, first: date, last: date) -> Report:
    return statistics.run_report(session, ReportRequest("activity", first, last))


@pytest.fixture
def center(server_team: Any) -> Any:
    """Three cases of ayse's and two of zeynep's, each with consent to anonymous statistics and a session."""
    for name, count in (("ayse", 3), ("zeynep", 2)):
        who = server_team.login(name)
        for i in range(count):
            day = f"{YEAR}-03-1{i}"
            cid = cases.create_case(who, r.Client(full_name=f"{SECRET} {name} {i}", birth_year=1985 + i),
                                    r.Intake(day, "walk_in", violence_types=["physical"]))
            consents.record_consent(who, cid, r.Consent("anonymous_statistics", day))
            cases.finish_intake(who, cid)
            notes.add_note(who, cid, r.Note("phone_call", f"{YEAR}-03-2{i}", "görüşme"))
    settings.set_stats_min_cell(server_team.login("koordinator"), 1)
    return server_team


def test_an_admin_without_a_case_role_gets_the_supervisors_center_figures(center: Any) -> None:
    bilgi, selin, ayse = center.login("bilgi"), center.login("selin"), center.login("ayse")
    admin, supervisor, own = run(bilgi, *LIVE), run(selin, *LIVE), run(ayse, *LIVE)
    assert admin.scope == supervisor.scope == "center" and own.scope == "caseload"
    assert values(admin, "summary") == values(supervisor, "summary")
    assert values(admin, "summary")["applications"] == 5 and values(own, "summary")["applications"] == 3
    assert admin.tables == supervisor.tables
    # and still no case for her through the ordinary tables
    assert bilgi.connection().execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def test_only_a_center_reader_stores_closed_periods(center: Any) -> None:
    ayse, bilgi, selin = center.login("ayse"), center.login("bilgi"), center.login("selin")
    assert statistics.due_periods(ayse) == [] and statistics.close_due_periods(ayse) == 0
    due = statistics.due_periods(bilgi)
    assert ("activity", statistics.Period.month(YEAR, 3)) in due
    assert statistics.close_due_periods(bilgi) == len(due) and statistics.due_periods(selin) == []
    march = run(selin, date(YEAR, 3, 1), date(YEAR, 3, 31))
    assert march.source == "snapshot" and values(march, "summary")["applications"] == 5


def test_the_views_give_an_admin_coded_columns_and_a_counselor_nothing(center: Any) -> None:
    admin = center.psql("bilgi", "SELECT count(*) FROM kd_stats.cases")
    assert admin.returncode == 0 and admin.stdout.strip() == "5", admin.stderr
    names = center.psql("bilgi", "SELECT string_agg(x::text, ' ') FROM kd_stats.clients x")
    assert names.returncode == 0 and SECRET not in names.stdout and "1985" in names.stdout
    assert center.psql("bilgi", "SELECT full_name FROM kd_stats.clients").returncode != 0
    assert center.psql("bilgi", "SELECT count(*) FROM kd.clients").stdout.strip() == "0"
    for table in ("cases", "clients", "notes"):
        refused = center.psql("zeynep", f"SELECT count(*) FROM kd_stats.{table}")
        assert refused.returncode != 0 and "permission denied" in refused.stderr, table
