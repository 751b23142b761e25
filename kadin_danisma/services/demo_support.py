"""Synthetic support records for demo vaults (issue 21, part A; a part of demo_builder.py): aid and support
(food and hygiene parcels from the municipality, SYDV rent and cash with their social inquiry report and
committee decision, now and then a refusal), employment support (courses, İŞKUR, a job), court cases with
hearings (some in the coming weeks, for the dashboard), and the Law 6284 times of a case's measures (most
urgent measures confirmed by a judge in time; a few recent ones still waiting, a request awaiting its
decision). Every name and number here is invented."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta

from ..domain import records as r
from ..domain.appointments import TIME_FORMAT

UNITS = ("Sosyal Yardım İşleri Müdürlüğü (örnek)", "Kadın ve Aile Hizmetleri Müdürlüğü (örnek)")
FOUNDATION = "Örnek İlçe SYDV"
NGOS = ("Mor Dayanışma Derneği (örnek)", "Kadın Emeği Kooperatifi (örnek)")
COURSES = ("Halk Eğitim Merkezi (örnek)", "Belediye Meslek Edindirme Kursu (örnek)")
ISKUR = "İŞKUR Hizmet Merkezi (örnek)"
EMPLOYERS = ("Örnek Tekstil Atölyesi", "Örnek Gıda Kooperatifi", "Örnek Temizlik Hizmetleri")
GOODS = (("food", 60), ("hygiene", 25), ("clothing", 20), ("fuel", 10), ("household_goods", 10), ("day_care", 8))
REFUSALS = ("income_above_limit", "duplicate_support", "budget_exhausted", "documents_missing")
COURT_KINDS = (("divorce", 40), ("criminal_complaint", 30), ("custody", 12), ("alimony", 10),
               ("objection_6284", 4), ("other", 4))


def _pick(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


class SupportMaker:
    """Adds support records to a demo case record (`d` turns a day ordinal into YYYY-MM-DD)."""

    def __init__(self, rng: random.Random, today: int, d: Callable[[int], str], city: str = "Ankara") -> None:
        self.rng = rng
        self.today = today
        self.d = d
        self.city = city
        self.committee = 0

    def add(self, rec: r.CaseRecord, opened: int, last: int, active: bool) -> None:
        rng = self.rng
        if rng.random() < 0.35:
            rec.aid = self.aid(opened, last)
        if rng.random() < 0.15:
            rec.employment = self.employment(opened, last)
        if rng.random() < 0.22:
            rec.court_cases = self.court_cases(opened, last, active)
        self.deadlines(rec.measures, active)

    def aid(self, opened: int, last: int) -> list[r.Aid]:
        rng = self.rng
        out = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            asked = rng.randint(opened, max(opened, last))
            if last > self.today - 30 and rng.random() < 0.4:
                # a case still worked on has requests waiting for an answer, whatever the date
                asked = rng.randint(max(opened, self.today - 29), max(opened, last))
            kind = "rent" if rng.random() < 0.12 else "cash" if rng.random() < 0.15 else _pick(rng, GOODS)
            money = kind in ("cash", "rent")
            source = "sydv" if money and rng.random() < 0.6 else _pick(
                rng, (("municipal_unit", 70), ("ngo", 20), ("sydv", 8), ("other", 2)))
            detail = {"municipal_unit": rng.choice(UNITS), "sydv": FOUNDATION, "ngo": rng.choice(NGOS)}.get(source, "")
            roll = rng.random()
            status = "requested" if asked > self.today - 30 and roll < 0.4 else \
                "refused" if roll < 0.1 else "approved" if roll < 0.2 else "delivered"
            decided = min(self.today, asked + rng.randint(1, 10)) if status != "requested" else None
            delivered = min(self.today, (decided or asked) + rng.randint(0, 7)) if status == "delivered" else None
            aid = r.Aid(kind, source, self.d(asked), status,
                        rng.choice((150_000, 250_000, 300_000, 500_000)) if kind == "cash" else
                        rng.choice((600_000, 800_000, 1_000_000)) if kind == "rent" else None,
                        rng.randint(1, 4) if not money else None, detail,
                        self.d(decided) if decided else None, self.d(delivered) if delivered else None,
                        refusal_reason=rng.choice(REFUSALS) if status == "refused" else None)
            if money and status in ("approved", "delivered"):
                self.committee += 1
                aid.inquiry_report_on = self.d(max(asked, (decided or asked) - rng.randint(1, 3)))
                aid.committee_decision_no = f"{date.fromordinal(decided or asked).year}/{self.committee:04d}"
            out.append(aid)
        return out

    def employment(self, opened: int, last: int) -> list[r.Employment]:
        rng = self.rng
        start = rng.randint(opened, max(opened, last))
        kind = _pick(rng, (("vocational_course", 50), ("iskur_registration", 35), ("job_placement", 15)))
        place = rng.choice(COURSES) if kind == "vocational_course" else ISKUR if kind == "iskur_registration" \
            else rng.choice(EMPLOYERS)
        ended = start + rng.randint(20, 120)
        if ended >= self.today:
            return [r.Employment(kind, place, self.d(start))]
        outcome = _pick(rng, (("completed", 45), ("placed", 30), ("dropped_out", 25)))
        return [r.Employment(kind, place, self.d(start), outcome, self.d(ended))]

    def court_cases(self, opened: int, last: int, active: bool) -> list[r.CourtCase]:
        rng = self.rng
        kind = _pick(rng, COURT_KINDS)
        filed = rng.randint(opened, max(opened, last))
        year = date.fromordinal(filed).year
        court = f"{self.city} Cumhuriyet Başsavcılığı" if kind == "criminal_complaint" else \
            f"{self.city} {rng.randint(1, 12)}. Aile Mahkemesi"
        hearings: list[r.Hearing] = []
        day = filed + rng.randint(30, 90)
        while day < self.today + 120 and len(hearings) < 4:
            hearings.append(r.Hearing(self.d(day), rng.choice(("09:30", "10:00", "11:15", "14:00", None))))
            day += rng.randint(45, 120)
        if active and rng.random() < 0.5:  # one in the coming two weeks, for the dashboard
            hearings.append(r.Hearing(self.d(self.today + rng.randint(1, 14)), "10:30"))
        past = [h for h in hearings if h.hearing_on < self.d(self.today)]
        decided = not active and len(past) >= 2 and rng.random() < 0.6
        last_day = max((h.hearing_on for h in past), default=None)
        return [r.CourtCase(kind, court, f"{year}/{rng.randint(100, 9999)} Esas",
                            _pick(rng, (("bar_legal_aid", 70), ("own", 15), ("none", 15))),
                            "decided" if decided else "ongoing" if past else "filed",
                            _pick(rng, (("granted", 50), ("partly_granted", 20), ("dismissed", 15), ("settled", 15)))
                            if decided else None, self.d(filed), last_day if decided else None,
                            hearings=sorted({(h.hearing_on, h.hearing_time): h for h in hearings}.values(),
                                            key=lambda h: h.hearing_on))]

    def deadlines(self, measures: list[r.Measure], active: bool) -> None:
        """The law's times on the demo measures: decided within hours of the request; an urgent measure a
        police chief or governor took confirmed about a day later, except a recent one now and then; never a
        time after now."""
        rng = self.rng
        now = datetime.now().replace(second=0, microsecond=0)

        def at(moment: datetime) -> str:
            return min(moment, now).strftime(TIME_FORMAT)

        for m in measures:
            decided = datetime.fromisoformat(m.decision_date).replace(hour=rng.randint(9, 17),
                                                                       minute=rng.randint(0, 59))
            m.decided_at = at(decided)
            m.requested_at = at(decided - timedelta(hours=rng.randint(2, 20)))
            m.electronic_monitoring = m.measure_type in ("no_approach", "removal_from_home") and rng.random() < 0.1
            m.identity_confidential = m.measure_type == "identity_confidentiality"
            if m.authority in ("police_chief", "governor"):
                recent = decided.date().toordinal() >= self.today - 3
                if not (active and m.status == "active" and recent and rng.random() < 0.5):
                    m.judge_confirmed_at = at(decided + timedelta(hours=rng.randint(18, 40)))
        if active and measures and rng.random() < 0.06:  # a request still waiting for its decision
            asked = now - timedelta(hours=rng.randint(2, 30))
            measures.append(r.Measure(measures[0].measure_type, "family_judge", asked.date().isoformat(),
                                      asked.date().isoformat(), status="requested", requested_at=at(asked)))
