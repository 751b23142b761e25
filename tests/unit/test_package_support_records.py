"""Issue 21's records in packages (issue 17's registry): aid, employment support, a court case and its
hearings travel with the first whole package and in later ones; a changed aid status and a new hearing
arrive at the other side; a measure's 6284 times travel with it. Synthetic data only."""

from __future__ import annotations

from typing import Any

import kd_support
from package_support import Link, case_id_of, new_case

from kadin_danisma.domain import records as r
from kadin_danisma.services import cases, measures, support


def record(session: Any, number: str) -> r.CaseRecord:
    return cases.open_case(session, case_id_of(session, number), audit=False)


def test_support_records_travel_both_ways(sides: tuple[kd_support.Team, kd_support.Team]) -> None:
    center, laptop = sides
    a, b = center.login("ayse"), laptop.login("ayse")
    case_id, number = new_case(a)
    support.save_aid(a, case_id, r.Aid("rent", "sydv", "2026-11-04", "approved", 700_000, decided_on="2026-11-05",
                                       inquiry_report_on="2026-11-04", committee_decision_no="YK-9"))
    support.save_employment(a, case_id, r.Employment("vocational_course", "Halk Eğitim", "2026-11-04"))
    support.save_court_case(a, case_id, r.CourtCase("divorce", "Ankara 2. Aile Mahkemesi", "2026/5 Esas",
                                                    hearings=[r.Hearing("2026-12-20", "10:00")]))
    measures.save_measure(a, case_id, r.Measure("no_contact", "police_chief", "2026-11-04", "2026-11-04",
                                                decided_at="2026-11-04T09:30", electronic_monitoring=True))
    link = Link()
    link.send(a, "center", b, [number])
    got = record(b, number)
    assert [(x.kind, x.status, x.amount_kurus, x.committee_decision_no) for x in got.aid] == [
        ("rent", "approved", 700_000, "YK-9")]
    assert [(e.kind, e.institution) for e in got.employment] == [("vocational_course", "Halk Eğitim")]
    assert [(k.court, [(h.hearing_on, h.hearing_time) for h in k.hearings]) for k in got.court_cases] == [
        ("Ankara 2. Aile Mahkemesi", [("2026-12-20", "10:00")])]
    m = next(x for x in got.measures if x.measure_type == "no_contact")
    assert (m.decided_at, m.electronic_monitoring) == ("2026-11-04T09:30", True)

    # the shelter delivers the rent and adds a hearing; the center gets both
    bid = case_id_of(b, number)
    aid = got.aid[0]
    aid.status, aid.delivered_on = "delivered", "2026-11-10"
    support.save_aid(b, bid, aid)
    court = got.court_cases[0]
    court.hearings.append(r.Hearing("2027-01-15", "11:00"))
    support.save_court_case(b, bid, court)
    summary = link.send(b, "laptop", a, [number])
    assert summary.conflicts == 0
    back = record(a, number)
    assert [(x.status, x.delivered_on) for x in back.aid] == [("delivered", "2026-11-10")]  # the same record
    assert len(back.court_cases) == 1
    assert [h.hearing_on for h in back.court_cases[0].hearings] == ["2026-12-20", "2027-01-15"]
