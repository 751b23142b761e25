"""The builder of synthetic demo cases (services/demo.py runs it): one whole `CaseRecord` at a time, with
client, children, perpetrators, risk assessments, safety plans, notes, referrals, placements, measures,
consents, follow-ups and closures that agree with the case's state, keeping the running shelter occupancy.
Deterministic for a seed: a `random.Random`, never `secrets`. Synthetic data only."""

from __future__ import annotations

import copy
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from ..domain import records as r
from ..domain.vocabularies import Kind, risk_suggestion, term, terms
from . import demo_calendar
from . import demo_pools as pools
from .demo_support import SupportMaker

T = TypeVar("T")
SUPERVISOR = "supervizor"  # the demo supervisor who decides the synthetic closures


def _weighted(rng: random.Random, pairs: Sequence[tuple[T, int]]) -> T:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def _sample_weighted(rng: random.Random, weights: dict[str, int], k: int) -> list[str]:
    population, w = list(weights), list(weights.values())
    chosen: list[str] = []
    while len(chosen) < min(k, len(population)):
        pick = rng.choices(population, w)[0]
        if pick not in chosen:
            chosen.append(pick)
    return chosen


@dataclass
class _Earlier:
    """A woman whose case was closed: she may come back with a new application."""

    client_id: int
    profile: str
    surname: str
    client: r.Client
    children: list[r.Child]
    closed_on: int


@dataclass
class _Shelter:
    name: str
    capacity: int
    occupied: int
    boys_age_limit: int | None


class _Builder:
    """Builds whole synthetic cases; keeps the running shelter occupancy."""

    def __init__(self, rng: random.Random, today: date, counselors: list[tuple[str, str]],
                 institutions: list[r.Institution], shelter_state: list[_Shelter]) -> None:
        self.rng = rng
        self.today = today.toordinal()
        self.year = today.year
        self.counselors = counselors
        self.shelters = shelter_state
        self.by_type: dict[str, list[str]] = {}
        for inst in institutions:
            self.by_type.setdefault(inst.institution_type, []).append(inst.name)
        self.any_institution = [i.name for i in institutions]
        self._iso: dict[int, str] = {}
        self.note_weights = [pools.NOTE_WEIGHTS.get(code, 5) for code in pools.NOTE_TYPES]
        self.earlier: list[_Earlier] = []
        self.pending_client: int | None = None
        self.pending: tuple[str, str, r.Client, list[r.Child], int | None] = ("", "", r.Client(""), [], None)
        self.planner: demo_calendar.Planner | None = None
        # Its own stream (seeded from this one without drawing from it), so the other records stay as they were.
        self.support = SupportMaker(random.Random(hash(rng.getstate())), self.today, self.d)  # noqa: S311 (demo)

    # dates are day ordinals inside the builder; ISO text only on the records
    def d(self, ordinal: int) -> str:
        text = self._iso.get(ordinal)
        if text is None:
            text = self._iso[ordinal] = date.fromordinal(ordinal).isoformat()
        return text

    def ts(self, ordinal: int, hour: int) -> str:
        return f"{self.d(ordinal)}T{hour:02d}:{self.rng.randint(0, 59):02d}:00.000000+00:00"

    def days(self, start: int, end: int, k: int) -> list[int]:
        return sorted(self.rng.randint(start, max(start, end)) for _ in range(k))

    def case(self, forced: tuple[str, str, dict[str, bool]] | None = None) -> r.CaseRecord:
        rng = self.rng
        status = forced[0] if forced else _weighted(rng, pools.STATUS_WEIGHTS)
        profile = pools.PROFILE[forced[1]] if forced else rng.choices(pools.PROFILES, pools.PROFILE_WEIGHTS)[0]
        features = forced[2] if forced else {}
        username, display = rng.choice(self.counselors)
        working = status in pools.WORKING
        opened, last, requested, closed = self.timeline(status)
        earlier = self.returning(opened) if not forced and status != "draft" else None
        self.pending_client = earlier.client_id if earlier else None
        if earlier is not None:  # she comes back: same woman, same children, a new application
            profile, client, surname = pools.PROFILE[earlier.profile], copy.deepcopy(earlier.client), earlier.surname
            needs_interpreter = client.interpreter_language is not None
            children = copy.deepcopy(earlier.children)
        else:
            needs_interpreter = features.get("interpreter", rng.random() < profile.interpreter_share)
            client, surname = self.client(profile, needs_interpreter)
            children = self.children(profile, client.birth_year or self.year - 35, surname, opened)
        self.pending = (profile.key, surname, client, children, closed)
        perpetrators = self.perpetrators(profile, surname)
        client.marital_status = self.marital(profile, perpetrators[0].relationship)
        intake = self.intake(status, opened, needs_interpreter, bool(children))
        placement = working and (features.get("placement") or rng.random() < 0.095)
        if placement and "shelter" not in intake.immediate_needs:
            intake.immediate_needs.append("shelter")
        rec = r.CaseRecord("", status, self.d(opened), client, intake, counselors=[username], children=children,
                           perpetrators=perpetrators)
        rec.risk_assessments = self.risks(status, opened, last, display, perpetrators)
        rec.risk_level = rec.risk_assessments[-1].level if rec.risk_assessments else None
        if status != "draft" and rng.random() < 0.8:
            rec.safety_plans = self.safety_plans(opened, last, working, display)
        rec.consents = self.consents(status, opened)
        history = [r.StatusChange(self.ts(opened, 9), "draft", "create", None, "", username)]
        if status != "draft":
            history.append(r.StatusChange(self.ts(opened, 10), "open", "finish_intake", "draft", "", username))
        if working:
            returned = rng.random() < (0.1 if status == "closed" else 0.05) and last - opened > 6
            pause = (opened + (last - opened) // 2) if returned else None
            rec.notes = self.notes(opened, last, pause, display, client.interpreter_language, needs_interpreter,
                                   [c.name for c in children])
            history.append(r.StatusChange(self.ts(_ordinal(rec.notes[0].note_date), 11), "active", "activate",
                                          "open", "", username))
            if features.get("referral") or rng.random() < 0.47:
                self.referrals(rec, opened, last, status == "closed", username)
            if placement:
                rec.placements = self.placements(status, opened, last, rec.children)
            if features.get("measure") or features.get("measure_soon") or rng.random() < 0.29:
                rec.measures = self.measures(status, opened, last, bool(features.get("measure_soon")))
            self.support.add(rec, opened, last, status in ("open", "active"))
            if pause is not None:
                self.returned_closure(rec, history, pause, username)
        rec.follow_ups = self.follow_ups(status, opened, last)
        if requested is not None:
            self.closure(rec, history, requested, closed, username)
        rec.status_history = history
        if self.planner is not None and status != "draft":
            rec.appointments = self.planner.appointments(rec, status in ("open", "active"), opened, last)
        return rec

    def returning(self, opened: int) -> _Earlier | None:
        """A woman whose earlier case closed at least a month before `opened`, now and then."""
        if not self.earlier or self.rng.random() >= pools.RETURNING:
            return None
        fits = [e for e in self.earlier if e.closed_on < opened - 30]
        if not fits:
            return None
        chosen = self.rng.choice(fits)
        self.earlier.remove(chosen)  # one return each is plenty for demo data
        return chosen

    def written(self, client_id: int) -> None:
        """The case just built was written for this client: a closed case makes her a possible returner."""
        key, surname, client, children, closed = self.pending
        if closed is not None and self.pending_client is None:
            self.earlier.append(_Earlier(client_id, key, surname, client, children, closed))

    def timeline(self, status: str) -> tuple[int, int, int | None, int | None]:
        """(opened, last day of work, closure requested on, closed on) as day ordinals."""
        rng, t = self.rng, self.today
        if status in ("draft", "open"):
            opened = t - rng.randint(0, 20 if status == "draft" else 45)
            return opened, opened, None, None
        if status == "active":
            band = rng.random()
            age = rng.randint(7, 120) if band < 0.4 else rng.randint(120, 400) if band < 0.75 else rng.randint(
                400, 1500)
            return t - age, t - rng.randint(0, min(21, age - 1)), None, None
        if status == "closure_requested":
            requested = t - rng.randint(0, 20)
            return t - rng.randint(45, 900), requested, requested, None
        age = rng.randint(60, 3640)
        opened = t - age
        closed = opened + rng.randint(30, min(540, age - 5))
        requested = closed - rng.randint(1, 14)
        return opened, requested, requested, closed

    def client(self, p: pools.Profile, interpreter: bool) -> tuple[r.Client, str]:
        rng = self.rng
        first, surname = rng.choice(p.first), rng.choice(p.last)
        if p.key == "tr" and rng.random() < 0.1:
            first = f"{first} {rng.choice(p.first)}"
        home = _weighted(rng, p.langs)
        if interpreter:
            languages = [home] + [x for x in p.extra_langs if rng.random() < 0.25]
        else:
            languages = [home] + [x for i, x in enumerate(p.extra_langs) if i == 0 or rng.random() < 0.3]
        birth_year = self.year - int(rng.triangular(18, 66, 33))
        citizen = p.statuses == pools.CITIZEN
        disability = ("İşitme engelli; görüşmeler Türk İşaret Dili tercümanıyla yapılmalı, telefon yerine "
                      "görüntülü görüşme veya SMS tercih ediyor." if home == "tsm"
                      else rng.choice(pools.DISABILITY) if rng.random() < 0.03 else "")
        safe = r.SafeContact()
        if rng.random() < 0.88:
            safe = r.SafeContact(
                f"0500 {rng.randint(0, 999):03d} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"
                if rng.random() < 0.9 else "", rng.choice(pools.SAFE_TIMES), rng.random() < 0.6,
                rng.choice(pools.CODE_WORDS) if rng.random() < 0.7 else "",
                rng.choice(pools.SAFE_NOTES) if rng.random() < 0.5 else "")
        client = r.Client(
            full_name=f"{first} {surname}", birth_year=birth_year,
            birth_date=f"{birth_year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if citizen and rng.random() < 0.3 else None,
            nationality=rng.choice(p.nationalities), migrant_status=_weighted(rng, p.statuses), languages=languages,
            interpreter_language=home if interpreter else None, disability_needs=disability,
            education=_weighted(rng, (("illiterate", 6 if citizen else 15), ("literate", 8), ("primary", 25),
                                      ("lower_secondary", 18), ("upper_secondary", 20), ("associate", 5),
                                      ("bachelor", 10), ("postgraduate", 2), ("unknown", 4))),
            employment=_weighted(rng, (("unemployed", 25), ("homemaker", 35), ("employed_registered", 10),
                                       ("employed_informal", 14 if citizen else 25), ("self_employed", 3),
                                       ("seasonal", 4), ("student", 3), ("retired", 2), ("unable_to_work", 2))),
            income=rng.choice(pools.INCOME_TR if citizen else pools.INCOME_MIGRANT), safe_contact=safe,
            district=_weighted(rng, pools.DISTRICTS), disability_types=self.disability(home, disability))
        return client, surname

    def disability(self, home: str, needs: str) -> list[str]:
        """Washington Group domains consistent with what her access needs say; a few were never asked."""
        rng = self.rng
        if home == "tsm":
            return ["hearing", "communication"]
        if "Tekerlekli" in needs:
            return ["mobility"]
        if "Görme" in needs:
            return ["seeing"]
        roll = rng.random()
        if roll < 0.08:
            return []
        if roll < 0.14:
            return _sample_weighted(rng, dict(pools.DISABILITY_DOMAINS), _weighted(rng, ((1, 80), (2, 20))))
        return ["none"]

    def children(self, p: pools.Profile, mother_born: int, surname: str, opened: int) -> list[r.Child]:
        rng = self.rng
        out: list[r.Child] = []
        count = _weighted(rng, ((0, 25), (1, 25), (2, 25), (3, 15), (4, 10)))
        latest = date.fromordinal(opened).year
        earliest = max(mother_born + 17, latest - 25)
        for _ in range(count):
            if earliest > latest:
                break
            sex = _weighted(rng, (("female", 48), ("male", 48), ("unknown", 4)))
            pool = p.male if sex == "male" else p.first
            name = f"{rng.choice(pool)} {surname}"
            if any(c.name == name for c in out):
                continue
            born = rng.randint(earliest, latest)
            age = date.fromordinal(opened).year - born
            concerns = _sample_weighted(rng, {"witnessed_violence": 12, "emotional_distress": 6, "neglect": 2,
                                              "physical_abuse": 2, "school_absence": 2, "health": 2,
                                              "sexual_abuse": 1}, _weighted(rng, ((0, 30), (1, 45), (2, 25))))
            school = ("" if age < 3 else "Kreş / anaokulu" if age < 6 else "İlkokul" if age < 10
                      else "Ortaokul" if age < 14 else "Lise" if age < 18 else "")
            if school and rng.random() < 0.12:
                school = "Okula gitmiyor"
                if "school_absence" not in concerns:
                    concerns.append("school_absence")
            out.append(r.Child(name, born, sex, age < 18 and rng.random() < 0.55, school, concerns,
                               rng.choice(pools.CHILD_NEEDS)))
        return out

    def perpetrators(self, p: pools.Profile, surname: str) -> list[r.Perpetrator]:
        rng = self.rng
        out: list[r.Perpetrator] = []
        for i in range(1 if rng.random() < 0.78 else 2):
            relation = _weighted(rng, pools.RELATIONS)
            if i and any(x.relationship == relation for x in out):
                continue
            female = relation in pools.FEMALE_RELATIONS or (relation == "in_law" and rng.random() < 0.4)
            named = rng.random() < 0.7 and not female
            partner = relation in ("husband", "ex_husband", "partner", "ex_partner", "fiance")
            family = surname if relation in ("husband", "father", "brother", "son") else rng.choice(p.last)
            out.append(r.Perpetrator(
                relation, f"{rng.choice(p.male)} {family}" if named else "", "female" if female else "male",
                rng.random() < (0.7 if relation in ("husband", "partner", "father", "brother", "son", "in_law")
                                else 0.05),
                rng.random() < (0.15 if partner else 0.05),
                "Kayınvalidesi" if relation == "in_law" and female else ""))
        return out

    def marital(self, p: pools.Profile, relation: str) -> str:
        rng = self.rng
        if relation == "husband":
            religious = 0.35 if p.key in ("ar", "ar_lat", "af") else 0.1
            return "religious_marriage_only" if rng.random() < religious else _weighted(
                rng, (("married", 80), ("separated", 12), ("divorce_pending", 8)))
        if relation == "ex_husband":
            return _weighted(rng, (("divorced", 60), ("divorce_pending", 25), ("separated", 15)))
        if relation in ("partner", "ex_partner"):
            return _weighted(rng, (("cohabiting", 50), ("single", 50)))
        return _weighted(rng, (("single", 55), ("married", 25), ("widowed", 10), ("divorced", 10)))

    def intake(self, status: str, opened: int, interpreter: bool, has_children: bool) -> r.Intake:
        rng = self.rng
        channel = _weighted(rng, (("walk_in", 40), ("phone", 20), ("email", 3), ("referral", 25), ("outreach", 7),
                                  ("online", 4), ("other", 2)))
        types = _sample_weighted(rng, pools.VIOLENCE_WEIGHTS, rng.randint(1, 3))
        needs = _sample_weighted(rng, {"legal": 8, "psychological": 9, "economic": 6, "health": 3, "shelter": 2,
                                       "child_related": 4 if has_children else 0}, rng.randint(1, 3))
        if interpreter:
            needs.append("interpreter")
        police = rng.random() < 0.35
        partial = status == "draft" and rng.random() < 0.5
        return r.Intake(
            self.d(opened), channel, rng.choice(pools.REFERRED_BY) if channel == "referral" else "",
            " ".join(rng.sample(pools.REQUESTS, rng.randint(1, 3))), [] if partial else types,
            "" if partial else rng.choice(pools.FREQUENCIES), self.d(opened - rng.randint(0, 60)), police,
            police and rng.random() < 0.4,
            "Karakolda ifade verdi; tedbir kararı için aile mahkemesine yönlendirilmiş." if police else "", needs,
            "unknown" if partial else _weighted(rng, pools.HEARD_FROM))

    def risks(self, status: str, opened: int, last: int, assessor: str,
              perpetrators: list[r.Perpetrator]) -> list[r.RiskAssessment]:
        rng = self.rng
        if status == "draft" and rng.random() < 0.5:
            return []
        count = 1 if status in ("draft", "open") else _weighted(rng, ((1, 45), (2, 35), (3, 20)))
        dates = [opened, *self.days(opened + 1, last, count - 1)]
        out = []
        for n, day in enumerate(dates):
            k = _weighted(rng, ((0, 15), (1, 28), (2, 28), (3, 15), (4, 8), (5, 4), (6, 2)))
            if n and status == "closed":
                k = min(k, 2)
            indicators = _sample_weighted(rng, pools.INDICATOR_WEIGHTS, k)
            if n == 0 and any(x.weapon_access for x in perpetrators) and "weapon_access" not in indicators:
                indicators.append("weapon_access")
            suggested = risk_suggestion(indicators)
            level, reason = suggested, ""
            if suggested != "very_high" and rng.random() < 0.12:
                level, reason = pools.LEVELS[pools.LEVELS.index(suggested) + 1], rng.choice(pools.RISK_UP)
            out.append(r.RiskAssessment(self.d(day), indicators, level, reason, suggested, assessor))
        return out

    def safety_plans(self, opened: int, last: int, working: bool, reviewer: str) -> list[r.SafetyPlan]:
        rng = self.rng
        items = [t.code for t in terms(Kind.SAFETY_PLAN_ITEM)]
        count = 2 if working and last - opened > 30 and rng.random() < 0.3 else 1
        days = [opened, *self.days(opened + 14, last, count - 1)]
        return [r.SafetyPlan(self.d(day), rng.sample(items, rng.randint(3, 7)),
                             " ".join(rng.sample(pools.PLAN_TEXT, rng.randint(1, 3))), reviewer) for day in days]

    def consents(self, status: str, opened: int) -> list[r.Consent]:
        rng = self.rng
        out: list[r.Consent] = []
        if rng.random() < (0.6 if status == "draft" else 0.97):
            out.append(r.Consent("information_notice", self.d(opened), "Aydınlatma metni v3"))
            if rng.random() < 0.92:
                out.append(r.Consent("explicit_processing", self.d(opened), "Açık rıza metni v3"))
            if rng.random() < pools.STATS_CONSENT:
                withdrawn = self.d(min(self.today, opened + rng.randint(30, 300))) if rng.random() < 0.05 else None
                out.append(r.Consent("anonymous_statistics", self.d(opened), "v1", None, withdrawn))
        return out

    def notes(self, opened: int, last: int, pause: int | None, author: str, language: str | None,
              interpreter: bool, children: list[str]) -> list[r.Note]:
        rng = self.rng
        count = int(rng.triangular(2, 21, 12))
        # The first session is at or just after the intake; the rest spread over the time worked.
        days = [opened + rng.randint(0, min(3, last - opened)), *self.days(opened, last, count - 1)]
        days.sort()
        if pause is not None:  # no work while a closure request was waiting (pause .. pause+1)
            days = [day for day in days if day <= pause or day > pause + 1] or [opened]
        names = pools.INTERPRETERS.get(language or "", ("Tercüman",))
        interpreter_name = rng.choice(names)
        out = []
        for day in days:
            kind = rng.choices(pools.NOTE_TYPES, self.note_weights)[0]
            present = interpreter and language is not None and rng.random() < (
                0.35 if kind in ("phone_call", "institution_contact") else 0.85)
            if kind == "institution_contact":
                present = False
            minutes = rng.randint(10, 30) if kind == "phone_call" else rng.randint(20, 90)
            if present and rng.random() < 0.1:
                interpreter_name = rng.choice(names)
            child = (rng.choice(children) if children and kind in ("psychosocial_session", "social_work")
                     and rng.random() < pools.CHILD_SESSION else None)
            out.append(r.Note(kind, self.d(day), self.body(kind), minutes, present, language if present else None,
                              interpreter_name if present else "", rng.random() < 0.05, author, child=child))
        return out

    def body(self, kind: str) -> str:
        """200-1500 characters of Turkish, in one to a few paragraphs."""
        rng = self.rng
        own = pools.SENTENCES[kind]
        target = rng.randint(200, 1500)
        paragraphs: list[list[str]] = [[]]
        size = 0
        while size < target:
            sentence = rng.choice(own) if rng.random() < 0.55 else rng.choice(pools.COMMON)
            if size + len(sentence) + 2 > 1500:
                break
            if paragraphs[-1] and rng.random() < 0.15:
                paragraphs.append([])
                size += 2  # the paragraph break
            elif paragraphs[-1]:
                size += 1  # the space
            paragraphs[-1].append(sentence)
            size += len(sentence)
        return "\n\n".join(" ".join(p) for p in paragraphs)

    def institution(self, institution_type: str) -> tuple[str, str] | None:
        names = self.by_type.get(institution_type)
        if names:
            return self.rng.choice(names), institution_type
        return None

    def referrals(self, rec: r.CaseRecord, opened: int, last: int, closed: bool, username: str) -> None:
        rng = self.rng
        if not self.any_institution:
            return
        wanted: list[str] = []
        needs = rec.intake.immediate_needs if rec.intake else []
        for need, types in (("legal", ("bar_legal_aid", "family_court", "prosecutor")),
                            ("shelter", ("sonim", "family_social_services")), ("health", ("hospital",)),
                            ("economic", ("social_assistance_foundation", "iskur", "municipal_unit")),
                            ("child_related", ("child_monitoring_center", "family_social_services")),
                            ("psychological", ("hospital", "ngo"))):
            if need in needs:
                wanted.append(rng.choice(types))
        if rec.client.migrant_status not in (None, "citizen"):
            wanted.append("migration_administration")
        wanted += ["sonim", "police", "sgk", "municipal_unit", "ngo"]
        seen: set[str] = set()
        for institution_type in wanted[:_weighted(rng, ((1, 60), (2, 30), (3, 10)))]:
            found = self.institution(institution_type)
            if found is None or found[0] in seen:
                continue
            seen.add(found[0])
            name, itype = found
            created = rng.randint(opened, max(opened, last - 3))
            states = (("completed", 55), ("rejected", 15), ("withdrawn", 15)) if closed else (
                ("draft", 10), ("sent", 15), ("accepted", 15), ("rejected", 10), ("completed", 40), ("withdrawn", 10))
            final = _weighted(rng, states)
            ref = r.Referral(name, itype, final, rng.choice(pools.REF_REASONS.get(itype, ("Destek talebi",))),
                             "", self.d(created))
            ref.events = [r.ReferralEvent(self.d(created), "draft", None, "", username)]
            step = created
            path = {"draft": [], "sent": ["sent"], "accepted": ["sent", "accepted"], "rejected": ["sent", "rejected"],
                    "completed": ["sent", "accepted", "completed"],
                    "withdrawn": [*rng.choice([[], ["sent"], ["sent", "accepted"]]), "withdrawn"]}[final]
            for to in path:
                step = min(last, step + rng.randint(0, 10))
                comment = ""
                if to == "sent":
                    ref.sent_on = self.d(step)
                elif to in ("accepted", "rejected"):
                    ref.responded_on = self.d(step)
                    if to == "rejected":
                        comment = ref.rejection_reason = rng.choice(pools.REJECTIONS)
                else:
                    ref.closed_on = self.d(step)
                    if to == "completed":
                        comment = ref.outcome = rng.choice(pools.OUTCOMES)
                ref.events.append(r.ReferralEvent(self.d(step), to, ref.events[-1].to_status, comment, username))
            if ref.sent_on is not None or rng.random() < 0.5:
                rec.consents.append(r.Consent("share_with_institution", self.d(created), "Paylaşım rızası v2", name))
            rec.referrals.append(ref)

    def placements(self, status: str, opened: int, last: int, children: list[r.Child]) -> list[r.Placement]:
        rng = self.rng
        if not self.shelters:
            return []
        going = [c.name for c in children if c.accompanying]
        kids = [c for c in children if c.accompanying]
        requested = rng.randint(opened, max(opened, min(last, opened + 20)))
        if status == "active":  # she is in a shelter now: placed within the last five months
            requested = rng.randint(max(opened, last - 150), last)
            persons = 1 + len(kids)  # capacity counts the children with her too
            free = [s for s in self.shelters if s.occupied + persons <= s.capacity]
            if not free:  # every demo shelter is full: she waits (never placed beyond capacity)
                return [r.Placement(rng.choice(self.shelters).name, "requested", self.d(requested), children=going)]
            shelter = rng.choice(free)
            shelter.occupied += persons
            placed = min(last, requested + rng.randint(0, 3))
            return [r.Placement(shelter.name, "placed", self.d(requested), self.d(placed), children=going,
                                age_flag=self.age_flag(shelter, kids, placed))]
        shelter = rng.choice(self.shelters)
        placed = min(last, requested + rng.randint(0, 3))
        ended = rng.randint(placed, last)
        transfer = ended < last and len(self.shelters) > 1 and rng.random() < 0.12
        out = [r.Placement(shelter.name, "ended", self.d(requested), self.d(placed), self.d(ended),
                           "transferred" if transfer else _weighted(rng, pools.EXITS), going,
                           age_flag=self.age_flag(shelter, kids, placed))]
        if transfer:
            other = rng.choice([s for s in self.shelters if s is not shelter])
            out.append(r.Placement(other.name, "ended", self.d(ended), self.d(ended), self.d(rng.randint(ended, last)),
                                   _weighted(rng, pools.EXITS[:3]), going, transferred_from=0,
                                   age_flag=self.age_flag(other, kids, ended)))
        return out

    def age_flag(self, shelter: _Shelter, going: list[r.Child], on: int) -> bool:
        year = date.fromordinal(on).year
        return shelter.boys_age_limit is not None and any(
            c.sex == "male" and c.birth_year is not None and year - c.birth_year > shelter.boys_age_limit
            for c in going)

    def measures(self, status: str, opened: int, last: int, soon: bool) -> list[r.Measure]:
        rng = self.rng
        out = []
        for n in range(_weighted(rng, ((1, 55), (2, 30), (3, 15)))):
            mtype = _weighted(rng, pools.MEASURES)
            article = term(Kind.MEASURE_TYPE, mtype).meta.get("article")
            urgent = bool(term(Kind.MEASURE_TYPE, mtype).meta.get("urgent_authority"))
            authority = ("governor" if article == 3 else "family_judge") if not (
                urgent and rng.random() < 0.15) else "police_chief"
            duration = rng.choice((30, 60, 90, 180, 180))
            if status == "active" and ((soon and n == 0) or rng.random() < 0.25):
                end = self.today + rng.randint(0, 14)  # ending within the dashboard's 14 days
                start = max(opened, end - duration)
            elif status == "active" and rng.random() < 0.5:
                start = rng.randint(max(opened, self.today - 170), self.today)
                end = start + duration
            else:
                start = rng.randint(opened, max(opened, last - 10))
                end = start + duration
            start = min(start, self.today)
            decision = max(opened, start - rng.randint(0, 2))
            state = "active" if end >= self.today else "expired"
            if rng.random() < 0.04:
                state = "lifted" if end >= self.today or rng.random() < 0.5 else "expired"
            year = date.fromordinal(decision).year
            court = (f"{year}/{rng.randint(100, 9999)} D. İş" if authority == "family_judge" else
                     f"{year}/{rng.randint(10, 999)}" if authority == "governor" else "")
            violations = []
            if rng.random() < 0.1 and start < min(end, self.today):
                day = rng.randint(start, min(end, self.today))
                violations.append(r.Violation(self.d(day), rng.choice(pools.VIOLATIONS), "155 Polis İmdat"))
            out.append(r.Measure(mtype, authority, self.d(decision), self.d(start), self.d(end), court, state,
                                 "", violations))
        return out

    def follow_ups(self, status: str, opened: int, last: int) -> list[r.FollowUp]:
        rng = self.rng
        t = self.today
        out = []
        for _ in range(rng.randint(1, 3) if status in ("open", "active") else rng.randint(0, 2)):
            purpose = rng.choice(pools.FOLLOW_UPS)
            kind = _weighted(rng, (("overdue", 25), ("week", 35), ("later", 25), ("done", 15)))
            if status in ("open", "active") and kind != "done":
                due = (max(opened, t - rng.randint(1, 20)) if kind == "overdue" else t + rng.randint(0, 7)
                       if kind == "week" else t + rng.randint(8, 60))
                out.append(r.FollowUp(self.d(due), purpose))
            elif status != "draft":
                due = rng.randint(opened, last)
                out.append(r.FollowUp(self.d(due), purpose, self.d(min(last, due + rng.randint(0, 3)))))
        return out

    def returned_closure(self, rec: r.CaseRecord, history: list[r.StatusChange], on: int, username: str) -> None:
        comment = self.rng.choice(pools.RETURN_COMMENTS)
        rec.closure_requests.append(r.ClosureRequest(
            self.rng.choice(("goals_met", "client_request")), self.ts(on, 15), ["told_can_return"],
            self.rng.choice(pools.CLOSURE_SUMMARIES), "returned", username, SUPERVISOR, self.ts(on + 1, 9), comment))
        history.append(r.StatusChange(self.ts(on, 15), "closure_requested", "request_closure", "active", "", username))
        history.append(r.StatusChange(self.ts(on + 1, 9), "active", "return_closure", "closure_requested", comment,
                                      SUPERVISOR))

    def closure(self, rec: r.CaseRecord, history: list[r.StatusChange], requested: int, closed: int | None,
                username: str) -> None:
        rng = self.rng
        checklist = [t.code for t in terms(Kind.CLOSURE_CHECKLIST) if rng.random() < 0.8]
        request = r.ClosureRequest(
            _weighted(rng, (("goals_met", 45), ("client_request", 15), ("moved_away", 10),
                            ("referred_elsewhere", 10), ("lost_contact", 15), ("other", 5))),
            self.ts(requested, 16), checklist, rng.choice(pools.CLOSURE_SUMMARIES), "pending", username)
        history.append(r.StatusChange(request.requested_at, "closure_requested", "request_closure", "active", "",
                                      username))
        if closed is not None:
            request.status, request.decided_by = "approved", SUPERVISOR
            request.decided_at, request.comment = self.ts(closed, 17), rng.choice(pools.APPROVE_COMMENTS)
            history.append(r.StatusChange(request.decided_at, "closed", "approve_closure", "closure_requested",
                                          request.comment, SUPERVISOR))
            rec.closed_on = self.d(closed)
        rec.closure_requests.append(request)


def _ordinal(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()
