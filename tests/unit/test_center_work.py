"""Issue 21 part B on both stores: group activities (named attendance only for a support group and only with
her consent), contacts that are not cases (anonymous notes warned, turned into an intake and linked), and
follow-ups on a closed case only under a supervisor's allowance."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from kadin_danisma.domain import center_work as cw
from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import CaseReadOnly, EditConflict, InvalidInput, PermissionDenied
from kadin_danisma.services import (
    cases,
    closure,
    consents,
    dashboard,
    followups,
    followups_after,
    group_activities,
    info_contacts,
)

pytestmark = pytest.mark.both_stores

TODAY = date.today()


def day(offset: int = 0) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def new_case(ayse: Any, name: str = "Deneme Kadın") -> int:
    cid = cases.create_case(ayse, r.Client(full_name=name), r.Intake(day(-30), "walk_in", violence_types=["economic"]))
    cases.finish_intake(ayse, cid)
    return cid


def closed_case(team: Any) -> int:
    ayse, selin = team.login("ayse"), team.login("selin")
    cid = new_case(ayse, "Kapanan Dosya")
    closure.request_closure(ayse, cid, r.ClosureRequest(
        "goals_met", checklist=["needs_met", "safety_plan_reviewed", "told_can_return"], summary="Hedefler tamam."))
    closure.decide(selin, cid, True)
    assert cases.open_case(ayse, cid).status == "closed"
    return cid


def seminar(**kw: Any) -> cw.GroupActivity:
    values: dict[str, Any] = {"kind": "seminar", "held_on": day(-2), "place": "Merkez salonu",
                              "facilitator_name": "Av. Dış Eğitmen", "topic": "6284 sayılı Kanun",
                              "participants": {"female": {"18_29": 12, "30_44": 9}, "male": {"30_44": 2}}}
    values.update(kw)
    return cw.GroupActivity(**values)


def codes(call: Any) -> str:
    with pytest.raises(InvalidInput) as caught:
        call()
    return str(caught.value.code)


def test_an_activity_is_recorded_listed_and_edited(team: Any) -> None:
    ayse, selin, bilgi = team.login("ayse"), team.login("selin"), team.login("bilgi")
    aid = group_activities.add_activity(ayse, seminar())
    rows = group_activities.list_activities(selin)
    assert [(x.id, x.kind, x.total, x.facilitator) for x in rows] == [(aid, "seminar", 23, "Av. Dış Eğitmen")]
    got = group_activities.get_activity(selin, aid)
    got.participants["male"]["45_64"] = 1
    group_activities.update_activity(selin, got)
    assert group_activities.get_activity(ayse, aid).total() == 24
    # a save based on the version before selin's is refused, not lost
    stale = seminar(id=aid, row_version=got.row_version, topic="Başka konu")
    with pytest.raises(EditConflict):
        group_activities.update_activity(ayse, stale)
    # an admin without a case role does not read or write the center's activities (counts only, in the report)
    with pytest.raises(PermissionDenied):
        group_activities.list_activities(bilgi)
    with pytest.raises(PermissionDenied):
        group_activities.add_activity(bilgi, seminar())


def test_bad_activities_are_refused_with_their_field(team: Any) -> None:
    ayse = team.login("ayse")
    for bad in ({"participants": {"female": {"18_29": -1}}}, {"participants": {"female": {"18_29": True}}},
                {"participants": {"other": {"18_29": 3}}}, {"participants": {"female": {"12_99": 3}}},
                {"kind": "party"}, {"held_on": "2026-02-30"}, {"topic": " "},
                {"facilitator_name": "", "facilitator_id": None}, {"facilitator_id": 99999, "facilitator_name": ""},
                {"topic": "\ud800"}):
        with pytest.raises(InvalidInput):
            group_activities.add_activity(ayse, seminar(**bad))
    assert group_activities.count_activities(ayse) == 0
    staff = dict((name, uid) for uid, name in group_activities.staff_choices(ayse))
    assert group_activities.add_activity(ayse, seminar(facilitator_id=min(staff.values()), facilitator_name=""))


def test_named_attendance_only_in_a_support_group_and_only_with_her_consent(team: Any) -> None:
    ayse, zeynep = team.login("ayse"), team.login("zeynep")
    cid = new_case(ayse)
    talk = group_activities.add_activity(ayse, seminar())
    group = group_activities.add_activity(ayse, seminar(kind="support_group", topic="Destek grubu 3. oturum"))
    assert codes(lambda: group_activities.name_attendee(ayse, group, cid)) == "attendance_without_consent"
    consents.record_consent(ayse, cid, r.Consent("explicit_processing", day(-10)))  # another kind does not do
    assert codes(lambda: group_activities.name_attendee(ayse, group, cid)) == "attendance_without_consent"
    given = consents.record_consent(ayse, cid, r.Consent("group_attendance", day(-5)))
    assert codes(lambda: group_activities.name_attendee(ayse, talk, cid)) == "attendance_not_support_group"
    group_activities.name_attendee(ayse, group, cid)
    assert codes(lambda: group_activities.name_attendee(ayse, group, cid)) == "attendance_already_named"
    assert [(a.case_id, a.client_name) for a in group_activities.attendees(ayse, group)] == [(cid, "Deneme Kadın")]
    # a colleague who does not work on her case sees the group but not her name
    assert group_activities.attendees(zeynep, group) == []
    assert [x.named for x in group_activities.list_activities(zeynep) if x.id == group] == [1]
    # a support group with a named woman cannot become a seminar
    again = group_activities.get_activity(ayse, group)
    again.kind = "seminar"
    assert codes(lambda: group_activities.update_activity(ayse, again)) == "activity_has_named_attendance"
    # withdrawn consent: no new naming (a later group)
    consents.withdraw_consent(ayse, cid, given, day(-1))
    later = group_activities.add_activity(ayse, seminar(kind="support_group", held_on=day(0)))
    assert codes(lambda: group_activities.name_attendee(ayse, later, cid)) == "attendance_without_consent"
    group_activities.remove_attendee(ayse, group, cid)
    assert group_activities.attendees(ayse, group) == []


def test_contacts_warn_about_names_and_become_intakes(team: Any) -> None:
    ayse, selin = team.login("ayse"), team.login("selin")
    plain = cw.InfoContact(day(-1), "phone", "rights_6284", None, "Koruma kararı nasıl alınır diye sordu.")
    kid = info_contacts.add_contact(ayse, plain)
    for personal in ("Arayan Fatma Yılmaz idi.", "Kimlik no 12345678901", "Numarası 0532 123 45 67"):
        bad = cw.InfoContact(day(-1), "phone", "rights_6284", None, personal)
        assert codes(lambda b=bad: info_contacts.add_contact(ayse, b)) == "contact_notes_look_personal"
    # confirmed by the person: saved (the warning is a stop, not a ban)
    assert info_contacts.add_contact(ayse, cw.InfoContact(day(0), "visit", "other", None, "Ankara Barosu önerildi."),
                                     confirmed_anonymous=True)
    for bad_contact in (cw.InfoContact(day(2), "phone", "other"), cw.InfoContact(day(0), "fax", "other"),
                        cw.InfoContact(day(0), "phone", "gossip"), cw.InfoContact(day(0), "phone", "other", 99999)):
        with pytest.raises(InvalidInput):
            info_contacts.add_contact(ayse, bad_contact)
    listed = info_contacts.list_contacts(selin)
    assert [x.id for x in listed][-1] == kid and info_contacts.count_contacts(selin) == 2
    # turn into an intake: prefilled, then linked to the new case; only once
    intake = info_contacts.intake_prefill(ayse, kid)
    assert (intake.intake_date, intake.channel) == (day(0), "phone")
    cid = cases.create_case(ayse, r.Client(full_name="Aranan Kadın"), intake)
    info_contacts.link_case(ayse, kid, cid)
    assert info_contacts.get_contact(ayse, kid).case_id == cid
    assert codes(lambda: info_contacts.intake_prefill(ayse, kid)) == "contact_has_case"
    assert codes(lambda: info_contacts.link_case(ayse, kid, cid)) == "contact_has_case"
    number = cases.open_case(ayse, cid).case_number
    assert [x.case_number for x in info_contacts.list_contacts(ayse) if x.id == kid] == [number]


def test_follow_ups_on_a_closed_case_only_under_an_allowance(team: Any) -> None:
    cid = closed_case(team)
    ayse, selin, zeynep = team.login("ayse"), team.login("selin"), team.login("zeynep")
    three_months = r.FollowUp(day(90), "Konukevinden çıkışından üç ay sonra arama")
    with pytest.raises(CaseReadOnly) as refused:
        followups.add_follow_up(ayse, cid, three_months)
    assert refused.value.code == "follow_up_not_allowed"
    # a counselor cannot allow them; a supervisor can, on a closed case only
    with pytest.raises(PermissionDenied):
        followups_after.allow(ayse, cid, day(200), 2)
    open_one = new_case(ayse, "Açık Dosya")
    assert codes(lambda: followups_after.allow(selin, open_one, day(200), 2)) == "allowance_case_not_closed"
    for until, count in ((day(-1), 2), (day(200), 0), (day(200), 13), ("yarın", 1)):
        with pytest.raises(InvalidInput):
            followups_after.allow(selin, cid, until, count)
    allowance = followups_after.allow(selin, cid, day(200), 2)
    first = followups.add_follow_up(ayse, cid, three_months)
    second = followups.add_follow_up(ayse, cid, r.FollowUp(day(180), "Altı ay sonra arama"))
    with pytest.raises(CaseReadOnly):  # used up: two allowed
        followups.add_follow_up(ayse, cid, r.FollowUp(day(190), "Üçüncü"))
    # a colleague not on the case cannot use the allowance
    with pytest.raises((PermissionDenied, CaseReadOnly)):
        followups.settle(zeynep, cid, first, "done", "Aradım")
    followups.settle(ayse, cid, first, "done", "Aradı, iyi olduğunu söyledi; işe başlamış.")
    record = cases.open_case(ayse, cid)
    assert record.status == "closed"
    assert [(f.status, f.outcome) for f in record.follow_ups if f.id == first] == [
        ("done", "Aradı, iyi olduğunu söyledi; işe başlamış.")]
    # everything else stays read-only
    from kadin_danisma.services import notes
    with pytest.raises(CaseReadOnly):
        notes.add_note(ayse, cid, r.Note(day(0), "session", "Kapalı dosyaya not"))
    [shown] = followups_after.allowances(selin, cid)
    assert (shown.id, shown.max_count, shown.used, shown.allowed_by) == (allowance, 2, 2, "selin")
    # the dashboard lists the follow-up due on the closed case
    board = dashboard.dashboard(ayse, TODAY + timedelta(days=178))
    assert [f.id for f in board.follow_ups if f.case.id == cid] == [second]
    # revoked: no more settling under it
    followups_after.revoke(selin, cid, allowance)
    with pytest.raises(CaseReadOnly):
        followups.settle(ayse, cid, second, "cancelled", "Ulaşılamadı")
