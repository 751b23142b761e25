"""Issue 21 part B on a center server, by hand with psql (the rule holds for any client): named attendance is
read only with her case; a closed case's follow-ups are written only under a supervisor's allowance in force;
an admin without a case role reads neither the center's activities nor its contacts (their counts reach her
through the statistics views only); a counselor cannot give herself an allowance."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from kadin_danisma.domain import center_work as cw
from kadin_danisma.domain import records as r
from kadin_danisma.services import cases, closure, consents, followups_after, group_activities, info_contacts


def ok(done: Any) -> str:
    assert done.returncode == 0, done.stderr
    return str(done.stdout).strip()


def refused(done: Any) -> None:
    assert done.returncode != 0, done.stdout


def day(offset: int) -> str:
    return (date.today() + timedelta(days=offset)).isoformat()


def test_rows_of_the_center_work_by_hand(server_team: Any) -> None:
    team = server_team
    ayse, selin = team.login("ayse"), team.login("selin")
    cid = cases.create_case(ayse, r.Client(full_name="Sunucu Kadın"),
                            r.Intake(day(-20), "phone", violence_types=["economic"]))
    cases.finish_intake(ayse, cid)
    consents.record_consent(ayse, cid, r.Consent("group_attendance", day(-10)))
    group = group_activities.add_activity(ayse, cw.GroupActivity(
        "support_group", day(-1), "Salon", None, "Psk. Dış", "Destek grubu", {"female": {"30_44": 6}}))
    group_activities.name_attendee(ayse, group, cid)
    info_contacts.add_contact(ayse, cw.InfoContact(day(0), "phone", "shelter_info", None, "Bilgi verildi."))

    # zeynep (not on the case) sees the group and how many are named, never who
    assert ok(team.psql("zeynep", "SELECT count(*) FROM kd.group_activities")) == "1"
    assert ok(team.psql("zeynep", "SELECT count(*) FROM kd.activity_attendance")) == "0"
    assert ok(team.psql("zeynep", "SELECT named FROM kd.activity_named")) == "1"
    refused(team.psql("zeynep", f"INSERT INTO kd.activity_attendance (activity_id, case_id, consent_id, recorded_at)"
                                f" VALUES ({group}, {cid}, 1, 'x')"))
    assert ok(team.psql("ayse", "SELECT count(*) FROM kd.activity_attendance")) == "1"
    # the admin without a case role: no activity, contact or name; the statistics views give her the counts
    for table in ("group_activities", "info_contacts", "activity_attendance"):
        assert ok(team.psql("bilgi", f"SELECT count(*) FROM kd.{table}")) == "0"
    assert ok(team.psql("bilgi", "SELECT count(*) FROM kd_stats.info_contacts")) == "1"
    refused(team.psql("bilgi", "SELECT notes FROM kd_stats.info_contacts"))
    refused(team.psql("bilgi", "INSERT INTO kd.info_contacts (contact_on, channel, topic, recorded_at)"
                               " VALUES ('2026-01-01', 'phone', 'other', 'x')"))

    # closed: her follow-ups are frozen by hand too, until a supervisor allows them
    closure.request_closure(ayse, cid, r.ClosureRequest(
        "goals_met", checklist=["needs_met", "safety_plan_reviewed", "told_can_return"], summary="Tamam."))
    closure.decide(selin, cid, True)
    insert = f"INSERT INTO kd.follow_ups (case_id, due_on, purpose, allowance_id) VALUES ({cid}, '{day(90)}', 'x', "
    refused(team.psql("ayse", insert + "NULL)"))
    # a counselor cannot allow herself follow-ups
    refused(team.psql("ayse", f"INSERT INTO kd.followup_allowances (case_id, allowed_by, allowed_at, until_on,"
                              f" max_count) VALUES ({cid}, 2, 'x', '{day(100)}', 5)"))
    allowance = followups_after.allow(selin, cid, day(100), 1)
    refused(team.psql("ayse", insert + "NULL)"))  # not under the allowance
    refused(team.psql("zeynep", insert + f"{allowance})"))  # not her case
    # a colleague reads neither the allowance nor the follow-ups of a case that is not hers
    assert ok(team.psql("zeynep", "SELECT count(*) FROM kd.followup_allowances")) == "0"
    assert ok(team.psql("ayse", "SELECT count(*) FROM kd.followup_allowances")) == "1"
    ok(team.psql("ayse", insert + f"{allowance})"))
    refused(team.psql("ayse", insert + f"{allowance})"))  # used up: one allowed
    ok(team.psql("ayse", f"UPDATE kd.follow_ups SET outcome = 'Aradı' WHERE case_id = {cid}"))
    # the case itself stays closed and unchanged by her
    assert ok(team.psql("ayse", f"UPDATE kd.cases SET status = 'active' WHERE id = {cid} RETURNING id")) == ""
    assert ok(team.psql("ayse", f"SELECT status FROM kd.cases WHERE id = {cid}")) == "closed"
    followups_after.revoke(selin, cid, allowance)
    assert ok(team.psql("ayse", f"UPDATE kd.follow_ups SET outcome = 'Yine' WHERE case_id = {cid} RETURNING id")) == ""
