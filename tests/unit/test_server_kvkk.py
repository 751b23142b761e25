"""KVKK retention (issue 19) on a center server: not yet available there, and refused as such.

Every step that changes or destroys records (the policy, legal holds, her requests, proposing, approving or
dry-running a destruction, the access review) is refused with the code `kvkk_not_on_server` (translated in
the GUI, which hides the KVKK page and the case tab's buttons and says why); what only reads works (a case's
holds and requests, the dashboard's waiting requests, the overview's reminder). The tables exist on the
server (so `server migrate` can carry a vault's rows) under row-level security that lets no staff login
write them, psql included.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import NotOnServer
from kadin_danisma.services import (
    access_review,
    cases,
    dashboard,
    data_requests,
    destruction,
    legal_hold,
    overview,
    retention_policy,
)


@pytest.fixture
def case_on_server(server_team: Any) -> tuple[Any, int]:
    ayse = server_team.login("ayse")
    cid = cases.create_case(ayse, r.Client(full_name="Sunucu Kadın"),
                            r.Intake("2026-02-01", "walk_in", violence_types=["economic"]))
    cases.finish_intake(ayse, cid)
    return server_team, cid


def refused(call: Any) -> None:
    with pytest.raises(NotOnServer) as caught:
        call()
    assert caught.value.code == "kvkk_not_on_server"


def test_every_change_is_refused_with_its_code(case_on_server: tuple[Any, int]) -> None:
    team, cid = case_on_server
    ayse, selin, bilgi = team.login("ayse"), team.login("selin"), team.login("bilgi")
    refused(lambda: legal_hold.place_hold(selin, cid, "Savcılık talebi, dosya no 2026/1"))
    refused(lambda: legal_hold.lift_hold(selin, cid, "Dava bitti, karar kesinleşti"))
    refused(lambda: data_requests.record_request(ayse, cid, "access", date.today().isoformat()))
    refused(lambda: data_requests.answer_request(ayse, 1, "record_given"))
    refused(lambda: retention_policy.set_policy(bilgi, retention_policy.Policy(keep_years=5)))
    refused(lambda: destruction.queue(bilgi))
    refused(lambda: destruction.propose(bilgi))
    refused(lambda: destruction.approve(selin, 1))
    refused(lambda: destruction.preview(selin, 1))
    refused(lambda: destruction.finish_compaction(bilgi))
    refused(lambda: access_review.review(selin, date(2026, 1, 1), date(2026, 1, 31)))
    # nothing was written by any of it
    for table in ("legal_holds", "data_requests", "destruction_cycles", "destruction_records"):
        assert team.psql("selin", f"SELECT count(*) FROM kd.{table}").stdout.strip() == "0"


def test_what_only_reads_works_and_offers_no_change(case_on_server: tuple[Any, int]) -> None:
    team, cid = case_on_server
    ayse, selin, bilgi = team.login("ayse"), team.login("selin"), team.login("bilgi")
    holds = legal_hold.case_holds(selin, cid)
    assert holds.holds == [] and not holds.may_place and not holds.may_lift
    assert data_requests.case_requests(ayse, cid) == []
    assert not data_requests.may_record(ayse, cid)
    assert data_requests.waiting_requests(selin) == []
    assert dashboard.dashboard(ayse) is not None
    reminder = destruction.reminder(bilgi)
    assert reminder.last_done is None and not reminder.due and reminder.pending_compaction == []
    seen = overview.overview(bilgi)
    assert seen.last_destruction is None and seen.backups == [] and not seen.destruction_due


def test_no_staff_login_writes_the_retention_tables(case_on_server: tuple[Any, int]) -> None:
    team, cid = case_on_server
    for user, sql in (
        ("ayse", f"INSERT INTO kd.legal_holds (case_id, placed_at, reason) VALUES ({cid}, 'x', 'neden')"),
        ("selin", f"INSERT INTO kd.legal_holds (case_id, placed_at, reason) VALUES ({cid}, 'x', 'neden')"),
        ("ayse", f"INSERT INTO kd.data_requests (case_id, client_id, kind, received_on, due_on, status,"
                 f" recorded_at) SELECT id, client_id, 'access', 'x', 'y', 'open', 'z' FROM kd.cases"
                 f" WHERE id = {cid}"),
        ("bilgi", "INSERT INTO kd.destruction_records (cycle_id, done_at, keep_until, data)"
                  " VALUES (1, 'x', 'y', '{}')"),
        ("selin", "UPDATE kd.cases SET anonymized_on = 'x'"),
    ):
        result = team.psql(user, sql)
        assert result.returncode != 0 and "permission denied" in result.stderr, (user, sql, result.stdout)
    # the gate of a destruction's transaction: no staff login sees a row of it (no policy names one)
    assert team.psql("selin", "SELECT count(*) FROM kd.destruction_gate").stdout.strip() == "0"
    # a case's reference tells an anonymized case (none here) from a live one, on the server too
    assert team.psql("ayse", f"SELECT anonymized_on IS NULL FROM kd.case_refs WHERE id = {cid}").stdout.strip() \
        == "t"
