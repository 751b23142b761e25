"""The interchange format (§7): lossless export → import → export between two vaults, exact text
round trips, withheld notes, the checked-in JSON Schema, and malformed input (property-based): every
problem reported with its JSON path and never a partial write. Synthetic data only."""

from __future__ import annotations

import copy
import json
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import kd_support
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kadin_danisma.domain import records as r
from kadin_danisma.domain.dictcodec import from_dict, to_dict
from kadin_danisma.domain.errors import ImportInvalid
from kadin_danisma.services import (
    cases,
    closure,
    consents,
    directory,
    followups,
    interchange,
    measures,
    notes,
    referrals,
    risk,
    search,
    shelters,
)

# The service suite: every test here runs on a vault and on a center server (issue 16).
pytestmark = pytest.mark.both_stores

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
MIXED_NAME = "Rojîn Xelîl Şahin روجين خليل Ռոժին"
TRICKY_BODY = ("Başla \u202eters yazı\u202c sonra \u200fRLM\u200f, kontrol \x01 ve \x1b[31m kaçış, sekme\tve\r\n"
               "satır; birleşik e\u0301 a\u0308 İ\u0307, emoji 👩🏽‍⚕️ 🇹🇷, Arapça فاطِمَة, Ermenice Անահիտ, "
               "BOM \ufeff, sıfır genişlik \u200b\u200c\u200d, NUL-yok, son boşluklar   ")


def _huge_body() -> str:
    chunk = "Işık Çağrı Şahin görüşmesi; فاطمة الحسن تحدثت; Անահիտ Պետրոսյան խոսեց։ 0123456789\n"
    body = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    assert len(body) == 1_000_000
    return body


# -- vaults ------------------------------------------------------------------------------------------------


@pytest.fixture
def other(_team_template: Path, tmp_path: Path) -> Iterator[kd_support.Team]:
    """A second vault with the same team (user names), where the exported cases do not exist yet."""
    folder = tmp_path / "other"
    shutil.copytree(_team_template, folder)
    t = kd_support.Team(folder)
    yield t
    t.close()


def table_counts(conn: Any) -> dict[str, int]:
    sql = ("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name" if conn.dialect.name == "sqlite" else
           "SELECT relname FROM pg_class WHERE relnamespace = 'kd'::regnamespace AND relkind = 'r' ORDER BY 1")
    names = [str(n) for (n,) in conn.execute(sql) if not str(n).startswith("search_fts_")]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


# -- a rich case, built through the services ------------------------------------------------------------


def setup_directory(team: kd_support.Team) -> dict[str, int]:
    admin = team.login("koordinator")
    ids = {
        "shelter": shelters.save_shelter(admin, r.Shelter(
            "Umut Kadın Konukevi", "kadin_konukevi", 10, "Ankara", 12, True, "Gizli Sok. 1", "0312 000 00 00",
            "Müdire Hanım")),
        "shelter2": shelters.save_shelter(admin, r.Shelter("Güneş Konukevi", "ngo_shelter", 5, "İzmir")),
        "institution": directory.save_institution(admin, r.Institution(
            "Kadın Hakları Derneği", "ngo", "İzmir", "Konak", "0232 000 00 00", "dernek@example.org", "Adres",
            "gönüllü avukatlar")),
    }
    return ids


def build_rich_case(team: kd_support.Team, *, huge: bool = False) -> int:
    """A case touching every part of the record, as counselor ayse (closure decided by selin)."""
    ids = setup_directory(team)
    ayse, selin = team.login("ayse"), team.login("selin")
    client = r.Client(
        full_name=MIXED_NAME, birth_year=1990, birth_date="1990-05-06", nationality="Suriye",
        migrant_status="temporary_protection", languages=["ara", "kmr"], interpreter_language="ara",
        disability_needs="işitme cihazı", marital_status="married", education="primary", employment="homemaker",
        income="aylık 5.000 TL", safe_contact=r.SafeContact("0555 000 00 00", "hafta içi 10-12", True, "lale",
                                                           "komşu üzerinden değil"),
    )
    intake = r.Intake("2026-01-10", "walk_in", "komşusu", "barınma ve hukuki destek", ["physical", "economic"],
                      "haftalık", "2026-01-08", True, False, "karakola bir kez gitmiş", ["shelter", "legal"])
    children = [r.Child("Dilan", 2016, "female", True, "İlkokul", ["witnessed_violence"], "okul kaydı"),
                r.Child("Baran", 2010, "male", True, "Ortaokul", ["emotional_distress", "school_absence"], "")]
    perpetrators = [r.Perpetrator("husband", "Ahmet Örnek", "male", True, True, "ruhsatsız silahı var")]
    case_id = cases.create_case(ayse, client, intake, children, perpetrators)
    cases.finish_intake(ayse, case_id)
    risk.add_assessment(ayse, case_id, r.RiskAssessment("2026-01-10", ["threats_to_kill", "weapon_access"],
                                                        "very_high", "tehdit ve silah birlikte"))
    risk.save_safety_plan(ayse, case_id, r.SafetyPlan("2026-01-11", ["emergency_bag", "safe_place"],
                                                      "acil çanta komşuda"))
    first = r.Note("psychosocial_session", "2026-01-10", "İlk görüşme: korkuyor.", 50)
    note_id = notes.add_note(ayse, case_id, first)
    notes.edit_note(ayse, case_id, note_id, r.Note("psychosocial_session", "2026-01-10",
                                                   "İlk görüşme: çok korkuyor.", 55))
    notes.edit_note(ayse, case_id, note_id, r.Note("psychosocial_session", "2026-01-10",
                                                   "İlk görüşme: çok korkuyor, çocuklar da.", 60))
    notes.add_note(ayse, case_id, r.Note("legal_counseling", "2026-01-12", "Tercümanla hukuki bilgilendirme.", 40,
                                         True, "ara", "Tercüman Leyla"))
    notes.add_note(ayse, case_id, r.Note("phone_call", "2026-01-13", "Sadece merkezde kalacak not.",
                                         never_export=True))
    notes.add_note(ayse, case_id, r.Note("home_visit", "2026-01-14", TRICKY_BODY))
    if huge:
        notes.add_note(ayse, case_id, r.Note("social_work", "2026-01-15", _huge_body()))
    consents.record_consent(ayse, case_id, r.Consent("information_notice", "2026-01-10", "v2"))
    consents.record_consent(ayse, case_id, r.Consent("share_with_institution", "2026-01-12", "v2"),
                            institution_id=ids["institution"])
    rid = referrals.create_referral(ayse, case_id, ids["institution"], "boşanma davası", "avukat")
    referrals.change_status(ayse, case_id, rid, "sent", on="2026-01-13")
    referrals.change_status(ayse, case_id, rid, "accepted", on="2026-01-15", comment="avukat atandı")
    record = cases.open_case(ayse, case_id)
    child_ids = [c.id for c in record.children]
    pid = shelters.place(ayse, case_id, ids["shelter"], child_ids, on="2026-01-14")
    shelters.transfer(ayse, case_id, pid, ids["shelter2"], on="2026-02-01")
    mid = measures.save_measure(ayse, case_id, r.Measure("no_approach", "family_judge", "2026-01-16", "2026-01-16",
                                                         "2026-07-16", "2026/123 Esas"))
    measures.add_violation(ayse, case_id, mid, r.Violation("2026-02-01", "evin önüne geldi", "155 polis"))
    fid = followups.add_follow_up(ayse, case_id, r.FollowUp("2026-02-10", "tedbir kontrolü"))
    followups.mark_done(ayse, case_id, fid, on="2026-02-11")
    followups.add_follow_up(ayse, case_id, r.FollowUp("2026-03-10", "okul kaydı"))
    closure.request_closure(ayse, case_id, r.ClosureRequest("goals_met", checklist=["needs_met"], summary="özet"))
    closure.decide(selin, case_id, approve=False, comment="okul kaydı bekleniyor")
    closure.request_closure(ayse, case_id, r.ClosureRequest(
        "goals_met", checklist=["needs_met", "told_can_return"], summary="özet 2"))
    return case_id


# -- round trip ----------------------------------------------------------------------------------------------


def test_round_trip_between_vaults_is_lossless(team: kd_support.Team, other: kd_support.Team) -> None:
    case_id = build_rich_case(team, huge=True)
    ayse = team.login("ayse")
    doc = interchange.export_case(ayse, case_id, include_withheld=True)
    text = json.dumps(doc, ensure_ascii=False)
    doc = interchange.load_json(text.encode("utf-8"))  # through JSON text, as a file would carry it
    case = doc["cases"][0]
    assert doc["withheld_notes"] == 0
    assert case["status"] == "closure_requested"
    assert len(case["notes"]) == 5
    assert [len(n["revisions"]) for n in case["notes"]] == [2, 0, 0, 0, 0]
    edited = case["notes"][0]
    assert (edited["version"], edited["body"]) == (3, "İlk görüşme: çok korkuyor, çocuklar da.")
    assert [(v["version"], v["body"], v["replaced_by"]) for v in edited["revisions"]] == [
        (1, "İlk görüşme: korkuyor.", "ayse"), (2, "İlk görüşme: çok korkuyor.", "ayse")]
    assert [(n["interpreter_present"], n["interpreter_language"], n["interpreter_name"]) for n in case["notes"]][1] \
        == (True, "ara", "Tercüman Leyla")
    assert [n["never_export"] for n in case["notes"]] == [False, False, True, False, False]
    assert [(x["status"], [e["to_status"] for e in x["events"]]) for x in case["referrals"]] == [
        ("accepted", ["draft", "sent", "accepted"])]
    assert case["placements"][1]["children"] == ["Dilan", "Baran"]
    assert [p["age_flag"] for p in case["placements"]] == [True, False]
    assert case["measures"][0]["violations"][0]["description"] == "evin önüne geldi"
    assert [c["kind"] for c in case["consents"]] == ["information_notice", "share_with_institution"]
    assert case["risk_level"] == "very_high"
    assert [p["transferred_from"] for p in case["placements"]] == [None, 0]
    assert [c["status"] for c in case["closure_requests"]] == ["returned", "pending"]
    assert [s["name"] for s in doc["shelters"]] == ["Güneş Konukevi", "Umut Kadın Konukevi"]
    assert all("address" not in s and "phone" not in s and "contact_person" not in s for s in doc["shelters"])
    assert "Gizli Sok. 1" not in text

    other_ayse = other.login("ayse")
    # What only a supervisor of the receiving vault decides does not travel (issue 14): the returned closure
    # and its step are refused by path until taken out; everything else comes back as it went.
    with pytest.raises(ImportInvalid) as refused:
        interchange.import_document(other_ayse, doc)
    returned = case["status_history"].index(next(h for h in case["status_history"] if h["event"] == "return_closure"))
    assert {p for p, _ in refused.value.problems} == {
        "$.cases[0].closure_requests[0].status", "$.cases[0].closure_requests[0].decided_by",
        "$.cases[0].closure_requests[0].decided_at", "$.cases[0].closure_requests[0].comment",
        f"$.cases[0].status_history[{returned}].event"}
    case["closure_requests"] = [c for c in case["closure_requests"] if c["status"] == "pending"]
    del case["status_history"][returned]
    new_ids = interchange.import_document(other_ayse, doc)
    assert len(new_ids) == 1
    again = interchange.export_case(other_ayse, new_ids[0], include_withheld=True)
    assert again["cases"] == doc["cases"]
    assert again["institutions"] == doc["institutions"]
    assert again["shelters"] == doc["shelters"]
    # and the imported case is searchable in the new vault
    assert [x.id for x in search.search(other_ayse, "rojin xelil")] == new_ids
    assert [x.id for x in search.search(other_ayse, "çocuklar da")] == new_ids


def test_texts_round_trip_exactly(team: kd_support.Team, other: kd_support.Team) -> None:
    ayse = team.login("ayse")
    huge = _huge_body()
    case_id = cases.create_case(ayse, r.Client(full_name="\u202eRTL\u202c Zeliha \u200fزليخة\u200f e\u0301"))
    bodies = [huge, TRICKY_BODY, "\t\x01\x1b\r\n", "a\u0301\u0327\u0308", "👩‍👩‍👧‍👦 \U0001f3f3\ufe0f\u200d\U0001f308",
              "\u200f\u200e\u202a\u202b\u202d\u202e\u2066\u2067\u2069", "sonu satır sonu\r\n\r\n"]
    for i, body in enumerate(bodies):
        notes.add_note(ayse, case_id, r.Note("phone_call", f"2026-01-{i + 1:02d}", body))
    doc = interchange.export_case(ayse, case_id)
    raw = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    data = interchange.load_json(raw)
    assert [n["body"] for n in data["cases"][0]["notes"]] == bodies
    other_ayse = other.login("ayse")
    (new_id,) = interchange.import_document(other_ayse, data)
    record = cases.open_case(other_ayse, new_id)
    assert [n.body for n in record.notes] == bodies
    assert record.notes[0].body == huge
    assert record.client.full_name == "\u202eRTL\u202c Zeliha \u200fزليخة\u200f e\u0301"


def test_save_writes_the_document_exactly(team: kd_support.Team, tmp_path: Path) -> None:
    ayse = team.login("ayse")
    case_id = cases.create_case(ayse, r.Client(full_name="Nur \u202eSu\u202c"))
    notes.add_note(ayse, case_id, r.Note("phone_call", "2026-01-01", TRICKY_BODY))
    doc = interchange.export_case(ayse, case_id)
    out = tmp_path / "çıktı" / "dosya.json"
    out.parent.mkdir()
    interchange.save(out, doc)
    assert interchange.load_json(out.read_bytes()) == doc
    assert [p.name for p in out.parent.iterdir()] == ["dosya.json"]  # no temp file left behind


def test_never_export_notes_withheld_by_default(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    case_id = cases.create_case(ayse, r.Client(full_name="Gizem Aydın"))
    notes.add_note(ayse, case_id, r.Note("phone_call", "2026-01-01", "paylaşılabilir"))
    notes.add_note(ayse, case_id, r.Note("phone_call", "2026-01-02", "GIZLI-BIR", never_export=True))
    notes.add_note(ayse, case_id, r.Note("phone_call", "2026-01-03", "GIZLI-IKI", never_export=True))
    doc = interchange.export_case(ayse, case_id)
    assert doc["withheld_notes"] == 2
    assert [n["body"] for n in doc["cases"][0]["notes"]] == ["paylaşılabilir"]
    assert "GIZLI" not in json.dumps(doc, ensure_ascii=False)
    full = interchange.export_case(ayse, case_id, include_withheld=True)
    assert full["withheld_notes"] == 0
    assert [(n["body"], n["never_export"]) for n in full["cases"][0]["notes"]] == [
        ("paylaşılabilir", False), ("GIZLI-BIR", True), ("GIZLI-IKI", True)]
    details = [json.loads(d) for (d,) in kd_support.raw(ayse).execute(
        "SELECT details FROM audit_log WHERE action = 'case_export' ORDER BY id")]
    assert [(d["withheld_notes"], d["included_withheld"]) for d in details] == [(2, False), (0, True)]


def test_checked_in_schema_matches_the_records() -> None:
    sys.path.insert(0, str(SCRIPTS))
    try:
        import make_schema
    finally:
        sys.path.remove(str(SCRIPTS))
    assert interchange.SCHEMA_PATH.read_text("utf-8") == make_schema.render()
    assert json.loads(interchange.SCHEMA_PATH.read_text("utf-8")) == interchange.schema()


# -- a small JSON Schema checker (the subset interchange.schema() uses), as the oracle ------------------------


def conforms(node: dict[str, Any], value: Any, root: dict[str, Any]) -> bool:
    if "$ref" in node:
        node = root["$defs"][node["$ref"].rsplit("/", 1)[1]]
    if "anyOf" in node:
        return any(conforms(n, value, root) for n in node["anyOf"])
    if "const" in node:
        return type(value) is type(node["const"]) and value == node["const"]
    kind = node.get("type")
    if kind == "object":
        if not isinstance(value, dict):
            return False
        props = node.get("properties", {})
        if any(k not in value for k in node.get("required", [])):
            return False
        if node.get("additionalProperties") is False and any(k not in props for k in value):
            return False
        return all(conforms(props[k], v, root) for k, v in value.items() if k in props)
    if kind == "array":
        return isinstance(value, list) and all(conforms(node["items"], v, root) for v in value)
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool) and value >= node.get("minimum", value)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "null":
        return value is None
    raise AssertionError(f"schema construct not handled: {node}")


Path_ = tuple[str | int, ...]


def path_text(path: Path_) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def walk(value: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    yield path, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from walk(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from walk(v, (*path, i))


def get(doc: Any, path: Path_) -> Any:
    for p in path:
        doc = doc[p]
    return doc


# .name, [index], or ["any key"] (a JSON string: how the importer names keys that are not identifiers)
_TOKEN = re.compile(r"\.([^.[]*)|\[(\d+)\]|\[(\"(?:[^\"\\]|\\.)*\")\]")


def points_into(doc: Any, problem_path: str) -> bool:
    """The problem path names a place in the document: every step exists, except perhaps a missing key, or
    the path goes on below a value of the wrong type (see test_wrong_type_reported_once_at_its_path)."""
    if not problem_path.startswith("$"):
        return False
    rest = problem_path[1:]
    steps: list[str | int] = []
    pos = 0
    while pos < len(rest):
        m = _TOKEN.match(rest, pos)
        if m is None:
            return False
        if m.group(3) is not None:
            steps.append(json.loads(m.group(3)))
        else:
            steps.append(m.group(1) if m.group(1) is not None else int(m.group(2)))
        pos = m.end()
    node = doc
    for i, step in enumerate(steps):
        last = i == len(steps) - 1
        if isinstance(step, int) and isinstance(node, list):
            if step >= len(node):
                return False
            node = node[step]
        elif isinstance(step, str) and isinstance(node, dict):
            if step not in node:
                return last
            node = node[step]
        else:
            return i > 0
    return True


def within(problem: str, location: str) -> bool:
    return problem == location or problem.startswith(location + ".") or problem.startswith(location + "[")


# -- malformed input ----------------------------------------------------------------------------------------

CODE_KEYS = frozenset({
    "migrant_status", "languages", "interpreter_language", "marital_status", "education", "employment", "sex",
    "concerns", "relationship", "channel", "violence_types", "immediate_needs", "indicators", "level",
    "suggested_level", "items", "note_type", "status", "institution_type", "to_status", "from_status", "event",
    "exit_reason", "measure_type", "authority", "kind", "reason", "checklist", "risk_level", "shelter_type",
})
DATE_KEY = re.compile(r"(_on|_date|^on_date)$")
# Fields that name things local to a vault (users, directory entries) or are filled in when missing: an
# import maps or recomputes them, so a changed value need not come back unchanged.
LOCAL_KEYS = frozenset({"by", "replaced_by", "requested_by", "decided_by", "counselors", "institution_type",
                        "institution_city", "suggested_level", "requested_at", "exported_at", "withheld_notes"})
GARBAGE_DATES = ["2026-13-01", "2026-02-30", "yesterday", "01.02.2026", "2026-1-1", "", "20260101",
                 "2026-01-01T10:00", "٢٠٢٦-٠١-٠١", "0999-01-01", "2026-01-01 ", "31-12-2025"]
JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text("abxyz_", max_size=5), inner, max_size=3),
    max_leaves=6,
)


def code_paths(doc: Any) -> list[Path_]:
    """Places holding a code (or a list item that is one), with a value to replace."""
    found = []
    for path, value in walk(doc):
        if not path:
            continue
        key = path[-1] if isinstance(path[-1], str) else path[-2]
        if key in CODE_KEYS and isinstance(value, str) and value:
            if key == "reason" and "closure_requests" not in path:
                continue  # a free-text reason (referral, risk assessment)
            found.append(path)
    return found


def date_paths(doc: Any) -> list[Path_]:
    return [p for p, v in walk(doc) if p and isinstance(p[-1], str) and DATE_KEY.search(p[-1]) and "cases" in p
            and (v is None or isinstance(v, str))]


def object_paths(doc: Any) -> list[Path_]:
    return [p for p, v in walk(doc) if isinstance(v, dict)]


def required_paths(doc: Any, schema: dict[str, Any]) -> list[Path_]:
    """(object path + required key) for every required key in the document."""
    found: list[Path_] = []
    for path, value in walk(doc):
        if isinstance(value, dict) and path:
            node = schema_at(schema, path)
            if node is not None:
                found += [(*path, k) for k in node.get("required", []) if k in value]
    found += [(k,) for k in schema["required"] if k in doc]
    return found


def schema_at(schema: dict[str, Any], path: Path_) -> dict[str, Any] | None:
    node: dict[str, Any] | None = schema
    for p in path:
        if node is None:
            return None
        if "$ref" in node:
            node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
        if "anyOf" in node:
            node = next((n for n in node["anyOf"] if n.get("type") != "null"), None)
            if node is not None and "$ref" in node:
                node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
        if node is None:
            return None
        node = node.get("items") if isinstance(p, int) else node.get("properties", {}).get(p)
    if node is not None and "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
    if node is not None and "anyOf" in node:
        inner = next((n for n in node["anyOf"] if n.get("type") != "null"), None)
        if inner is not None and "$ref" in inner:
            return schema["$defs"][inner["$ref"].rsplit("/", 1)[1]]
    return node


def set_at(doc: Any, path: Path_, value: Any) -> Any:
    if not path:
        return value
    get(doc, path[:-1])[path[-1]] = value
    return doc


def two_case_document(team: kd_support.Team) -> dict[str, Any]:
    case_id = build_rich_case(team)
    doc = interchange.export_case(team.login("ayse"), case_id, include_withheld=True)
    second = copy.deepcopy(doc["cases"][0])
    second["client"]["full_name"] = "Gülizar Öztürk"
    second["client"]["client_code"] = "B"
    second["case_number"] = "B"
    doc["cases"].append(second)
    return doc


def renumbered(doc: dict[str, Any], n: int) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    for i, case in enumerate(doc["cases"]):
        case["case_number"] = f"MUT-{n:04d}-{i}"
        case["client"]["client_code"] = f"MC-{n:04d}-{i}"
    return doc


def test_property_malformed_documents_are_refused_whole(team: kd_support.Team, other: kd_support.Team) -> None:
    base = two_case_document(team)
    schema = interchange.schema()
    assert conforms(schema, base, schema)
    deniz = other.login("deniz")  # counselor (imports) and supervisor (exports any case)
    conn = deniz.connection()
    counter = iter(range(1, 10_000))
    seen_kinds: set[str] = set()
    outcomes = {"refused": 0, "imported": 0}

    @settings(max_examples=120, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        doc = renumbered(base, next(counter))
        kind = data.draw(st.sampled_from(["delete", "retype", "unknown_key", "code", "date", "version", "duplicate",
                                          "top"]), label="kind")
        seen_kinds.add(kind)
        must_fail = True
        location = "$"
        if kind == "delete":
            path = data.draw(st.sampled_from(required_paths(doc, schema)), label="path")
            del get(doc, path[:-1])[path[-1]]
            location = path_text(path)
        elif kind == "retype":
            path = data.draw(st.sampled_from([p for p, _ in walk(doc) if p]), label="path")
            doc = set_at(doc, path, data.draw(JSON, label="value"))
            must_fail = not conforms(schema, doc, schema)
            location = path_text(path)
        elif kind == "unknown_key":
            path = data.draw(st.sampled_from(object_paths(doc)), label="path")
            key = data.draw(st.sampled_from(["extra", "notes_v2", "id", "Case_Number", "x"]), label="key")
            if key in get(doc, path):
                key += "_unknown"
            get(doc, path)[key] = data.draw(JSON, label="value")
            location = path_text((*path, key))
        elif kind == "code":
            path = data.draw(st.sampled_from(code_paths(doc)), label="path")
            doc = set_at(doc, path, data.draw(st.sampled_from(["bilinmeyen", "PHYSICAL", "physical ", "0", "şiddet",
                                                              "draft2", "very high"]), label="code"))
            location = path_text(path)
        elif kind == "date":
            path = data.draw(st.sampled_from(date_paths(doc)), label="path")
            doc = set_at(doc, path, data.draw(st.sampled_from(GARBAGE_DATES), label="date"))
            location = path_text(path)
        elif kind == "version":
            doc["version"] = data.draw(st.sampled_from([2, 0, -1, 99, "1", "v1", None, 1.5, [1], {"v": 1}]),
                                       label="version")
            location = "$.version"
        elif kind == "duplicate":
            doc["cases"][1]["case_number"] = doc["cases"][0]["case_number"]
            location = "$.cases[1].case_number"
        else:
            doc = data.draw(st.sampled_from([[], [doc], "cases", 1, None, True, 2.5]), label="top")
        before = table_counts(conn)
        try:
            new_ids = interchange.import_document(deniz, doc)
        except ImportInvalid as exc:
            outcomes["refused"] += 1
            assert exc.problems, kind
            for problem, message in exc.problems:
                assert problem.startswith("$"), (problem, message)
                assert points_into(doc, problem), (problem, message)
                assert isinstance(message, str) and message
            if must_fail:
                assert any(within(p, location) for p, _ in exc.problems), (location, exc.problems)
            assert table_counts(conn) == before, "a refused import wrote something"
            return
        outcomes["imported"] += 1
        assert not must_fail, f"{kind} at {location} was imported"
        # the mutation kept the document valid: then all of it is in the vault
        assert len(new_ids) == len(doc["cases"])
        after = table_counts(conn)
        assert after["cases"] == before["cases"] + len(doc["cases"])
        assert after["notes"] == before["notes"] + sum(len(c["notes"]) for c in doc["cases"])
        local = any(p in LOCAL_KEYS for p in (location.replace("[", ".").split(".")))
        for case_id, sent in zip(new_ids, doc["cases"], strict=True):
            back = interchange.export_case(deniz, case_id, include_withheld=True)["cases"][0]
            if not local:  # as sent, with the defaults for fields the file left out
                assert back == to_dict(from_dict(r.CaseRecord, sent, "$", [])), location

    check()
    assert seen_kinds == {"delete", "retype", "unknown_key", "code", "date", "version", "duplicate", "top"}
    assert outcomes["refused"] > 0


# -- specific malformed inputs --------------------------------------------------------------------------------


@pytest.fixture
def small_doc(team: kd_support.Team) -> dict[str, Any]:
    ayse = team.login("ayse")
    case_id = cases.create_case(ayse, r.Client(full_name="Saadet Koç"), r.Intake("2026-01-05", "phone"),
                                [r.Child("Ela", 2018, "female")], [r.Perpetrator("ex_husband")])
    notes.add_note(ayse, case_id, r.Note("phone_call", "2026-01-06", "ilk arama"))
    return interchange.export_case(ayse, case_id)


@pytest.fixture
def referral_doc(team: kd_support.Team) -> dict[str, Any]:
    ayse = team.login("ayse")
    case_id = cases.create_case(ayse, r.Client(full_name="Saadet Koç"), r.Intake("2026-01-05", "phone"))
    inst = directory.all_institutions(ayse.connection())[0]
    assert inst.id is not None
    consents.record_consent(ayse, case_id, r.Consent("share_with_institution", "2026-01-05"), institution_id=inst.id)
    rid = referrals.create_referral(ayse, case_id, inst.id, "destek")
    referrals.change_status(ayse, case_id, rid, "sent", on="2026-01-06")
    return interchange.export_case(ayse, case_id)


def assert_refused(session: Any, doc: Any) -> list[tuple[str, str]]:
    conn = session.connection()
    before = table_counts(conn)
    with pytest.raises(ImportInvalid) as caught:
        interchange.import_document(session, doc)
    assert table_counts(conn) == before
    for path, _ in caught.value.problems:
        assert path.startswith("$")
    return caught.value.problems


def test_invalid_json_text_names_the_line() -> None:
    text = '{\n "format": "kadin-danisma-cases",\n "version": 1,\n "cases": [\n  {"case_number": "X",}\n ]\n}'
    with pytest.raises(ImportInvalid) as caught:
        interchange.load_json(text)
    ((path, message),) = caught.value.problems
    assert path == "$"
    assert "line 5" in message
    with pytest.raises(ImportInvalid) as caught:
        interchange.load_json(b"\xff\xfe{")
    assert caught.value.problems[0][0] == "$"
    with pytest.raises(ImportInvalid):
        interchange.load_json("")


def test_newer_version_says_so(other: kd_support.Team, small_doc: dict[str, Any]) -> None:
    session = other.login("ayse")
    problems = assert_refused(session, {**small_doc, "version": 2})
    assert [p for p, _ in problems] == ["$.version"]
    assert "newer" in problems[0][1]
    assert "update" in problems[0][1]


_attempt = iter(range(5000, 100_000))


def accepted_variants(session: Any, doc: dict[str, Any], variants: list[tuple[Path_, Any]]) -> list[str]:
    """Apply each (path, value) to a fresh, renumbered copy of doc; the ones imported without a problem at
    that path. A refused import must leave every table as it was."""
    conn = session.connection()
    accepted = []
    for path, value in variants:
        variant = set_at(renumbered(doc, next(_attempt)), path, value)
        before = table_counts(conn)
        try:
            interchange.import_document(session, variant)
        except ImportInvalid as exc:
            assert table_counts(conn) == before
            if path_text(path) not in [p for p, _ in exc.problems]:
                accepted.append(f"{path_text(path)} = {value!r} refused elsewhere: {exc.problems}")
            continue
        accepted.append(f"{path_text(path)} = {value!r}")
    return accepted


def test_version_must_be_the_number_one(other: kd_support.Team, small_doc: dict[str, Any]) -> None:
    session = other.login("ayse")
    variants: list[tuple[Path_, Any]] = [(("version",), v) for v in (True, "1", False, "2", None, 0)]
    accepted = accepted_variants(session, small_doc, variants)
    assert not accepted, "imported although invalid:\n" + "\n".join(accepted)


def test_every_problem_is_reported_at_once(other: kd_support.Team, small_doc: dict[str, Any]) -> None:
    session = other.login("ayse")
    doc = copy.deepcopy(small_doc)
    case = doc["cases"][0]
    case["intake"]["intake_date"] = "2026-02-30"
    case["children"][0]["sex"] = "girl"
    case["perpetrators"][0]["relationship"] = "neighbour"
    case["notes"][0]["note_type"] = "chat"
    problems = dict(assert_refused(session, doc))
    assert set(problems) == {"$.cases[0].intake.intake_date", "$.cases[0].children[0].sex",
                             "$.cases[0].perpetrators[0].relationship", "$.cases[0].notes[0].note_type"}


def test_header_fields_are_checked(other: kd_support.Team, small_doc: dict[str, Any]) -> None:
    """The schema says exported_at is text and withheld_notes a whole number >= 0."""
    session = other.login("ayse")
    variants: list[tuple[Path_, Any]] = [
        (("exported_at",), 5), (("exported_at",), None), (("withheld_notes",), "two"), (("withheld_notes",), -1),
        (("withheld_notes",), None), (("institutions",), {}), (("shelters",), "none"), (("format",), "other"),
    ]
    accepted = accepted_variants(session, small_doc, variants)
    assert not accepted, "imported although invalid:\n" + "\n".join(accepted)


def test_status_history_and_event_codes_are_checked(other: kd_support.Team, referral_doc: dict[str, Any]) -> None:
    """Status-history and referral-event states and events are codes like any other."""
    session = other.login("ayse")
    small_doc = referral_doc
    assert [e["from_status"] for e in small_doc["cases"][0]["referrals"][0]["events"]] == [None, "draft"]
    history = ("cases", 0, "status_history", 0)
    event = ("cases", 0, "referrals", 0, "events", 1)
    variants: list[tuple[Path_, Any]] = [((*history, "to_status"), "lost"), ((*history, "event"), "teleport"),
                                         ((*history, "from_status"), "lost"), ((*event, "to_status"), "lost"),
                                         ((*event, "from_status"), "lost")]
    accepted = accepted_variants(session, small_doc, variants)
    assert not accepted, "imported although invalid:\n" + "\n".join(accepted)


def assert_refused_at(session: Any, doc: Any, path: str) -> None:
    conn = session.connection()
    before = table_counts(conn)
    try:
        interchange.import_document(session, doc)
    except ImportInvalid as exc:
        assert path in [p for p, _ in exc.problems]
    except Exception as exc:  # the point of the test: what the person is told instead
        raise AssertionError(f"expected ImportInvalid at {path}, got {type(exc).__name__}: {exc}") from None
    else:
        raise AssertionError(f"imported despite the problem at {path}")
    finally:
        assert table_counts(conn) == before


def test_wrong_type_reported_once_at_its_path(other: kd_support.Team, small_doc: dict[str, Any]) -> None:
    """A record that is not an object is one problem at its own path, not also one "is required" for each of
    its fields (paths into a value that is null or text)."""
    session = other.login("ayse")
    for path, value in ((("cases", 0, "notes", 0), None), (("cases", 0), "vaka"), (("cases", 0, "client"), [])):
        doc = set_at(copy.deepcopy(small_doc), path, value)
        problems = assert_refused(session, doc)
        assert problems == [(path_text(path), "must be an object")], problems


def test_odd_key_names_get_unambiguous_paths(other: kd_support.Team, small_doc: dict[str, Any]) -> None:
    """An unknown key is named so that its path cannot be read as another place in the file: a key
    "cases[0]" at the top is not "$.cases[0]" (the first case, which is fine)."""
    session = other.login("ayse")
    problems = assert_refused(session, {**small_doc, "cases[0]": 1})
    assert len(problems) == 1
    assert problems[0][0] != "$.cases[0]", problems
    problems = assert_refused(session, {**small_doc, "cases": [{**small_doc["cases"][0], "client.full_name": ""}]})
    assert len(problems) == 1
    assert problems[0][0] != "$.cases[0].client.full_name", problems


def test_client_code_twice_in_one_file_is_one_woman_with_two_cases(other: kd_support.Team,
                                                                    small_doc: dict[str, Any]) -> None:
    """Cases sharing a client code are applications of one woman (issue 18: she counts once): one client
    row, her consents kept once; if the two copies of her details differ, nothing is imported."""
    session = other.login("ayse")
    doc = copy.deepcopy(small_doc)
    second = copy.deepcopy(doc["cases"][0])
    second["case_number"] = second["case_number"] + "-B"
    doc["cases"].append(second)  # same client code as the first case
    changed = copy.deepcopy(doc)
    changed["cases"][1]["client"]["education"] = "bachelor"
    assert_refused_at(session, changed, "$.cases[1].client")
    conn = session.connection()
    clients_before = table_counts(conn)["clients"]
    consents_before = table_counts(conn)["consents"]
    ids = interchange.import_document(session, doc)
    assert len(ids) == 2
    owners = {conn.execute("SELECT client_id FROM cases WHERE id = ?", (i,)).fetchone()[0] for i in ids}
    assert len(owners) == 1
    assert table_counts(conn)["clients"] == clients_before + 1
    assert table_counts(conn)["consents"] == consents_before + len(doc["cases"][0]["consents"])


def test_counselor_named_twice_is_a_problem_not_a_crash(other: kd_support.Team, small_doc: dict[str, Any]) -> None:
    session = other.login("ayse")
    doc = copy.deepcopy(small_doc)
    assert doc["cases"][0]["counselors"] == ["ayse"]
    doc["cases"][0]["counselors"] = ["ayse", "ayse"]
    try:
        ids = interchange.import_document(session, doc)
    except ImportInvalid as exc:  # refusing it is fine too
        assert [p for p, _ in exc.problems] == ["$.cases[0].counselors"]
    except Exception as exc:
        raise AssertionError(f"expected an import or ImportInvalid, got {type(exc).__name__}: {exc}") from None
    else:
        assert cases.open_case(session, ids[0]).counselors == ["ayse"]


def test_existing_case_number_and_code_are_refused(team: kd_support.Team, small_doc: dict[str, Any]) -> None:
    session = team.login("ayse")  # the vault the case came from
    problems = dict(assert_refused(session, small_doc))
    assert "already exists" in problems["$.cases[0].case_number"]
    assert "already exists" in problems["$.cases[0].client.client_code"]


def test_admin_without_case_role_cannot_import(other: kd_support.Team, small_doc: dict[str, Any]) -> None:
    from kadin_danisma.domain.errors import PermissionDenied

    session = other.login("bilgi")
    before = table_counts(session.connection())
    with pytest.raises(PermissionDenied):
        interchange.import_document(session, small_doc)
    assert table_counts(session.connection()) == before


# -- many cases ----------------------------------------------------------------------------------------------

GIVEN = ["Ayşe", "Fatma", "Işıl", "Zelal", "Bêrîvan", "فاطمة", "زینب", "Անահիտ", "Gülşen", "Ülkü"]
FAMILY = ["Yılmaz", "Şahin", "Çelik", "Xelîl", "الحسن", "کریمی", "Պետրոսյան", "Öztürk", "Doğan", "Kaya"]


def test_importing_300_cases_keeps_the_audit_chain(team: kd_support.Team, other: kd_support.Team) -> None:
    ayse = team.login("ayse")
    case_id = cases.create_case(ayse, r.Client(full_name="Taban Vaka", languages=["tur"]),
                                r.Intake("2026-01-05", "phone", violence_types=["psychological"]),
                                [r.Child("Ela", 2018, "female")], [r.Perpetrator("ex_husband", "X")])
    notes.add_note(ayse, case_id, r.Note("phone_call", "2026-01-06", "ilk arama"))
    notes.add_note(ayse, case_id, r.Note("psychosocial_session", "2026-01-07", "ikinci görüşme"))
    base = interchange.export_case(ayse, case_id)
    template = base["cases"][0]
    many = []
    for i in range(300):
        case = copy.deepcopy(template)
        case["case_number"] = f"AKT-2026-{i:06d}"
        case["client"]["client_code"] = f"AKT-{i:05d}"
        case["client"]["full_name"] = f"{GIVEN[i % 10]} {FAMILY[(i // 10) % 10]} {i}"
        case["children"][0]["name"] = f"Çocuk {i}"
        case["notes"][0]["body"] = f"arama numarası {i} — {GIVEN[(i * 7) % 10]}"
        case["opened_on"] = f"2026-{1 + i % 9:02d}-{1 + i % 28:02d}"
        case["status"] = ["draft", "open", "active"][i % 3]
        many.append(case)
    doc = {**base, "cases": many}
    deniz = other.login("deniz")
    conn = deniz.connection()
    audit_before = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    new_ids = interchange.import_document(deniz, doc)
    assert len(new_ids) == 300 == len(set(new_ids))
    entries = conn.execute("SELECT action, target, details FROM audit_log WHERE id > ? ORDER BY id",
                           (audit_before,)).fetchall()
    imports = [json.loads(d) for a, _, d in entries if a == "import"]
    assert imports == [{"cases": 300}]
    per_case = [(t, json.loads(d)) for a, t, d in entries if a == "case_import"]
    assert [t for t, _ in per_case] == [f"case:{i}" for i in new_ids]
    assert [d["case_number"] for _, d in per_case] == [c["case_number"] for c in many]
    assert all("full_name" not in d and "Çocuk" not in d for _, d in per_case)
    report = deniz.store.audit_verify(conn)
    assert report.ok, report.problem
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 300
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 600
    # and they are searchable, by name in any script and by note text
    hits = search.search(deniz, "Պետրոսյան", limit=1000)
    assert len(hits) == 30
    assert {x.case_number for x in search.search(deniz, "arama numarası 137")} == {"AKT-2026-000137"}
    assert [x.case_number for x in search.search(deniz, "AKT-00042")] == ["AKT-2026-000042"]
