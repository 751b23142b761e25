"""A synthetic center built for the statistics tests (issue 18), and an independent count of what its reports
must say. Synthetic data only.

The population is a list of cases in the interchange format, written the way the demo generator writes its
cases (`load`: closed cases and counselors' assignments included, which an import leaves to the receiving
vault), generated from a seed for year Y (a closed year): women with one case, one woman with three cases in
Y (she counts once), women without consent to statistics (left out), cases opened the year before (outside
the period), notes, referrals, measures, placements and closures. `expected` counts the same figures
straight from the cases with plain loops, sharing no code with the report engine.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from typing import Any

SHELTER = "Sedef Kadın Konukevi"
INSTITUTIONS = (("Aile Mahkemesi", "family_court"), ("Devlet Hastanesi", "hospital"),
                ("Şiddet Önleme ve İzleme Merkezi (ŞÖNİM)", "sonim"), ("Baro Adli Yardım Bürosu", "bar_legal_aid"))
DISTRICTS = ("izmir_buca", "izmir_konak", "izmir_karsiyaka", "izmir_bornova", "other_province", "unknown")
NATIONALITIES = ("Türkiye", "Türkiye", "Türkiye", "Suriye", "Afganistan", "Atlantis", "")
CHANNELS = ("walk_in", "phone", "referral", "email")
HEARD = ("relative_friend", "police_gendarmerie", "sonim", "internet")
VIOLENCE = ("physical", "psychological", "economic", "sexual", "rape", "verbal")
RELATIONS = ("husband", "ex_husband", "father", "brother")
NOTE_TYPES = ("psychosocial_session", "legal_counseling", "social_work", "phone_call")
MEASURES = (("no_approach", "family_judge"), ("removal_from_home", "family_judge"), ("shelter", "governor"))
FIRST_NAMES = ("Sevgül", "Nermin", "Hacer", "Rojda", "Berfin", "Fatma", "Leyla", "Amina", "Narine", "Zehra")
LAST_NAMES = ("Öztürkmen", "Kılıçarslan", "Yazıcıoğlu", "Acarbay", "Demirtaşlı", "Kocabıyık")
MOTHER_OF_THREE = "DN-3333TTT"
NO_CONSENT_MARK = "DN-NNN"


def _d(day: date) -> str:
    return day.isoformat()


def build(year: int, seed: int = 7, women: int = 48) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(interchange document, its cases) for a center whose figures are counted over `year`."""
    rng = random.Random(seed)
    start = date(year, 1, 1)
    cases: list[dict[str, Any]] = []
    number = 0

    def new_case(code: str, client: dict[str, Any], opened: date, consent: bool, *, closed: bool = False,
                 returning_names: list[str] | None = None) -> dict[str, Any]:
        nonlocal number
        number += 1
        children = returning_names if returning_names is not None else [
            f"{rng.choice(FIRST_NAMES)} Çocuk{number}" for _ in range(rng.randint(0, 2))]
        last_incident = opened - timedelta(days=rng.choice((0, 2, 4, 9, 20, 45)))
        case: dict[str, Any] = {
            "case_number": f"TST-{year}-{number:05d}", "status": "closed" if closed else "active",
            "opened_on": _d(opened), "client": {**client, "client_code": code},
            "counselors": [rng.choice(("ayse", "zeynep"))],
            "intake": {"intake_date": _d(opened), "channel": rng.choice(CHANNELS),
                       "heard_from": rng.choice(HEARD), "last_incident": _d(last_incident),
                       "violence_types": rng.sample(VIOLENCE, rng.randint(1, 3)),
                       "immediate_needs": rng.sample(("legal", "psychological", "shelter"), rng.randint(1, 2)),
                       "presenting_request": f"Gizli istek metni {number}"},
            "children": [{"name": n, "birth_year": year - rng.randint(1, 15), "sex": "female",
                          "accompanying": True} for n in children],
            "perpetrators": [{"relationship": r, "name": f"Fail {number}-{i}"}
                             for i, r in enumerate(rng.sample(RELATIONS, rng.choice((0, 1, 1, 1, 2, 3))))],
            "consents": [{"kind": "information_notice", "given_on": _d(opened)}],
            "notes": [], "referrals": [], "measures": [], "placements": [], "closure_requests": [],
        }
        if consent:
            case["consents"].append({"kind": "anonymous_statistics", "given_on": _d(opened)})
        last = min(opened + timedelta(days=200), date(year, 12, 31))
        for n in range(rng.randint(1, 5)):
            day = opened + timedelta(days=rng.randint(0, (last - opened).days))
            kind = rng.choice(NOTE_TYPES)
            note: dict[str, Any] = {"note_type": kind, "note_date": _d(day), "body": f"Gizli not metni {number}-{n}"}
            if rng.random() < 0.3:
                note.update(interpreter_present=True, interpreter_language=rng.choice(("ara", "tsm", "kmr")),
                            interpreter_name="Tercüman Hanım")
            if case["children"] and kind == "psychosocial_session" and rng.random() < 0.5:
                note["child"] = case["children"][0]["name"]
            case["notes"].append(note)
        for _ in range(rng.randint(0, 2)):
            inst, itype = rng.choice(INSTITUTIONS)
            sent = opened + timedelta(days=rng.randint(0, 20))
            status = rng.choice(("sent", "accepted", "completed", "rejected"))
            case["referrals"].append({"institution": inst, "institution_type": itype, "status": status,
                                      "created_on": _d(sent), "sent_on": _d(sent),
                                      "rejection_reason": "dolu" if status == "rejected" else ""})
        if rng.random() < 0.4:
            mtype, authority = rng.choice(MEASURES)
            decided = opened + timedelta(days=rng.randint(0, 10))
            violations = ([{"violation_date": _d(decided + timedelta(days=5))}] if rng.random() < 0.4 else [])
            case["measures"].append({"measure_type": mtype, "authority": authority, "decision_date": _d(decided),
                                     "start_date": _d(decided), "end_date": _d(decided + timedelta(days=90)),
                                     "status": "expired", "violations": violations})
        if rng.random() < 0.25:
            placed = opened + timedelta(days=1)
            ended = placed + timedelta(days=rng.choice((5, 40, 100)))
            case["placements"].append({"shelter": SHELTER, "status": "ended", "requested_on": _d(opened),
                                       "placed_on": _d(placed), "ended_on": _d(ended),
                                       "exit_reason": "independent_living", "children": children[:1]})
        if closed:
            closed_on = min(opened + timedelta(days=rng.randint(30, 90)), date(opened.year, 12, 31))
            case["closed_on"] = _d(closed_on)
            case["closure_requests"].append({"reason": rng.choice(("goals_met", "client_request")),
                                             "status": "approved", "requested_at": _d(closed_on)})
        return case

    def client(i: int) -> dict[str, Any]:
        return {"full_name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {i}",
                "birth_year": year - rng.choice((16, 22, 30, 35, 38, 45, 52, 66)),
                "nationality": rng.choice(NATIONALITIES), "marital_status": rng.choice(("married", "divorced")),
                "education": rng.choice(("primary", "upper_secondary", "bachelor")),
                "employment": rng.choice(("homemaker", "unemployed")),
                "migrant_status": rng.choice(("citizen", "temporary_protection")),
                "district": rng.choice(DISTRICTS),
                "disability_types": rng.choice(([], ["none"], ["none"], ["hearing"], ["mobility", "seeing"])),
                "safe_contact": {"safe_phone": f"0555 111 {i:04d}", "code_word": f"parola{i}"}}

    for i in range(women):
        opened = start + timedelta(days=rng.randint(0, 330))
        cases.append(new_case(f"DN-W{i:04d}XY", client(i), opened, consent=True, closed=rng.random() < 0.3))
    # one woman, three cases in the year (the first closed before the second opened, and so on)
    mother = client(900)
    kids = ["Ceren Üçdosya"]
    for month in (2, 6, 10):
        cases.append(new_case(MOTHER_OF_THREE, mother, date(year, month, 3), consent=True, closed=month < 10,
                              returning_names=kids))
    # a woman who came the year before and comes back in the year: "returning"
    back = client(901)
    cases.append(new_case("DN-BACK22X", back, date(year - 1, 3, 1), consent=True, closed=True))
    cases.append(new_case("DN-BACK22X", back, date(year, 4, 1), consent=True))
    # no consent to statistics: left out
    for i in range(5):
        cases.append(new_case(f"{NO_CONSENT_MARK}{i:03d}Q", client(800 + i),
                              start + timedelta(days=rng.randint(0, 300)), consent=False))
    # opened and closed the year before: outside the period
    for i in range(4):
        opened = date(year - 1, 2, 1) + timedelta(days=rng.randint(0, 150))
        case = new_case(f"DN-OLD{i:03d}Z", client(700 + i), opened, consent=True, closed=True)
        cases.append(case)
    doc = {"format": "kadin-danisma-cases", "version": 1, "institutions": [],
           "shelters": [{"name": SHELTER, "shelter_type": "kadin_konukevi", "capacity": 20}], "cases": cases}
    return doc, cases


def load(session: Any, made: list[dict[str, Any]]) -> None:
    """Write the cases into the vault as the demo generator does (one transaction): a case's counselors
    are the vault's users of those names; cases sharing a client code share the client."""
    from kadin_danisma.domain import records as r
    from kadin_danisma.domain.dictcodec import from_dict
    from kadin_danisma.services import casework, interchange, shelters
    from kadin_danisma.services.directory import all_institutions
    from kadin_danisma.vault import search_index

    problems: list[tuple[str, str]] = []
    records = [from_dict(r.CaseRecord, case, f"$.cases[{i}]", problems) for i, case in enumerate(made)]
    assert not problems, problems
    conn = session.connection()
    inst_ids = {i.name: i.id for i in all_institutions(conn, include_inactive=True) if i.id is not None}
    shelter_ids = {o.name: o.shelter_id for o in shelters.occupancy(conn)}
    users = casework.user_ids(conn)
    clients: dict[str, int] = {}
    with session.write() as wconn, search_index.deferred(wconn):
        for rec in records:
            interchange.write_case(session, wconn, rec, inst_ids, shelter_ids, users, clients)


def identifying_strings(cases: list[dict[str, Any]]) -> set[str]:
    """Names, client codes, case numbers, the shelter's name and every free text of the synthetic vault."""
    found = {SHELTER}
    for case in cases:
        c = case["client"]
        found |= {c["full_name"], c["client_code"], case["case_number"], c["safe_contact"]["safe_phone"],
                  c["safe_contact"]["code_word"], case["intake"]["presenting_request"]}
        found |= {ch["name"] for ch in case["children"]} | {p["name"] for p in case["perpetrators"]}
        found |= {n["body"] for n in case["notes"]}
        if c["nationality"] == "Atlantis":
            found.add("Atlantis")
    return found


# -- the independent count ----------------------------------------------------------------------------------

def _in(day: str | None, first: str, last: str) -> bool:
    return day is not None and first <= day <= last


def _age_band(age: int) -> str:
    for low, code in ((61, "61+"), (41, "41-60"), (26, "26-40"), (18, "18-25"), (12, "12-17"), (0, "0-11")):
        if age >= low:
            return code
    return "unknown"


def expected(cases: list[dict[str, Any]], first: str, last: str) -> dict[str, Any]:
    """The figures of the activity and GBVIMS reports for [first, last], counted plainly."""
    def consented(case: dict[str, Any]) -> bool:
        code = case["client"]["client_code"]
        return any(k["kind"] == "anonymous_statistics" for c in cases if c["client"]["client_code"] == code
                   for k in c["consents"])

    def open_in(case: dict[str, Any]) -> bool:
        return case["opened_on"] <= last and (case.get("closed_on") is None or case["closed_on"] >= first)

    counted = [c for c in cases if open_in(c) and consented(c)]
    left_out = [c for c in cases if open_in(c) and not consented(c)]
    applied = sorted((c for c in counted if _in(c["opened_on"], first, last)), key=lambda c: c["opened_on"])
    firsts: dict[str, dict[str, Any]] = {}
    for c in applied:
        firsts.setdefault(c["client"]["client_code"], c)
    earliest: dict[str, str] = {}
    for c in cases:
        code = c["client"]["client_code"]
        earliest[code] = min(earliest.get(code, c["opened_on"]), c["opened_on"])
    out: dict[str, Any] = {
        "women_served": len({c["client"]["client_code"] for c in counted}),
        "women_applied": len(firsts), "applications": len(applied),
        "excluded_cases": len(left_out), "excluded_women": len({c["client"]["client_code"] for c in left_out}),
        "returning": sum(1 for code in firsts if earliest[code] < first),
        "channel": Counter(c["intake"]["channel"] for c in applied),
        "district": Counter(c["client"]["district"] for c in firsts.values()),
        "age": Counter(_age_band(int(c["opened_on"][:4]) - c["client"]["birth_year"]) for c in firsts.values()),
        "nationality": Counter({"Türkiye": "tur", "Suriye": "syr", "Afganistan": "afg", "": "unknown"}.get(
            c["client"]["nationality"], "other") for c in firsts.values()),
        "disability": Counter("unknown" if not c["client"]["disability_types"] else "no_disability"
                              if c["client"]["disability_types"] == ["none"] else "with_disability"
                              for c in firsts.values()),
    }
    violence: Counter[str] = Counter()
    for code in firsts:
        kinds = {v for c in applied if c["client"]["client_code"] == code for v in c["intake"]["violence_types"]}
        violence.update(kinds)
    out["violence"] = violence
    notes = [n for c in counted for n in c["notes"] if _in(n["note_date"], first, last)]
    out["sessions"] = Counter(n["note_type"] for n in notes)
    out["child_sessions"] = Counter(n["note_type"] for n in notes if n.get("child"))
    out["children_seen"] = len({(c["case_number"], n["child"]) for c in counted for n in c["notes"]
                                if n.get("child") and _in(n["note_date"], first, last)})
    out["interpreter"] = Counter(n["interpreter_language"] for n in notes if n.get("interpreter_present"))
    refs = [(r["institution_type"], r["status"]) for c in counted for r in c["referrals"]
            if _in(r["sent_on"], first, last)]
    out["referrals"] = Counter(refs)
    out["measures"] = Counter((m["measure_type"], m["authority"]) for c in counted for m in c["measures"]
                              if _in(m["decision_date"], first, last))
    out["violations"] = sum(1 for c in counted for m in c["measures"] for v in m["violations"]
                            if _in(v["violation_date"], first, last))
    out["closures"] = Counter(c["closure_requests"][-1]["reason"] for c in counted
                              if _in(c.get("closed_on"), first, last))
    out["women_in_shelter"] = len({c["client"]["client_code"] for c in counted for p in c["placements"]
                                   if p["placed_on"] <= last and p["ended_on"] >= first})
    # GBVIMS: one incident per application
    order = ("rape", "sexual_assault", "physical_assault", "forced_marriage", "denial_of_resources",
             "psychological_abuse")
    core = {"physical": "physical_assault", "psychological": "psychological_abuse", "verbal": "psychological_abuse",
            "economic": "denial_of_resources", "sexual": "sexual_assault", "rape": "rape"}
    types = Counter(next(t for t in order if t in {core[v] for v in c["intake"]["violence_types"]}) for c in applied)
    out["gbv_types"] = types
    out["gbv_perpetrators"] = Counter("unknown" if not c["perpetrators"] else
                                      str(len(c["perpetrators"])) if len(c["perpetrators"]) < 3 else "3+"
                                      for c in applied)

    def delay(c: dict[str, Any]) -> str:
        days = (date.fromisoformat(c["intake"]["intake_date"]) - date.fromisoformat(c["intake"]["last_incident"])).days
        return "0-3d" if days <= 3 else "4-5d" if days <= 5 else "6-14d" if days <= 14 else "15d-1m" if days <= 30 \
            else "1m+"

    out["gbv_delay"] = Counter(delay(c) for c in applied)
    return out
