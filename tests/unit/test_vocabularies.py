"""Built-in vocabularies: well-formed codes and labels, GBVIMS mapping, Law 6284 articles, risk suggestion."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kadin_danisma.domain import vocabularies as v
from kadin_danisma.domain.vocabularies import BUILTIN, GBVIMS_CORE_TYPES, Kind, Term

CODE = re.compile(r"[a-z][a-z0-9_]*")
TURKISH_ONLY = set("çğıİöşüÇĞÖŞÜ")


def test_every_kind_has_terms_and_values_are_snake_case() -> None:
    assert set(BUILTIN) == set(Kind)
    assert len(Kind) == 45  # issue 21: part B 3 kinds, part A 10
    for kind in Kind:
        assert CODE.fullmatch(kind.value)
        assert len(BUILTIN[kind]) >= 3, kind


@pytest.mark.parametrize("kind", list(Kind))
def test_codes_are_unique_and_well_formed(kind: Kind) -> None:
    kind_codes = [t.code for t in v.terms(kind)]
    assert len(kind_codes) == len(set(kind_codes))
    for code in kind_codes:
        assert CODE.fullmatch(code), code
    assert v.codes(kind) == frozenset(kind_codes)


@pytest.mark.parametrize("kind", list(Kind))
def test_labels_are_present_and_trimmed(kind: Kind) -> None:
    for t in v.terms(kind):
        for text in (t.tr, t.en):
            assert text.strip() == text and text, (kind, t.code)
            assert "  " not in text
        # English labels must not carry Turkish letters except in proper names (ŞÖNİM, ÇİM, İŞKUR).
        # District names are place names in both languages.
        if kind is not Kind.DISTRICT and not any(name in t.en for name in ("ŞÖNİM", "ÇİM", "İŞKUR")):
            assert not TURKISH_ONLY & set(t.en), (kind, t.code, t.en)


def test_turkish_labels_use_turkish_letters() -> None:
    assert v.label(Kind.VIOLENCE_TYPE, "psychological", "tr") == "Psikolojik şiddet"
    assert v.label(Kind.CASE_STATUS, "closure_requested", "tr") == "Kapanış istendi"
    assert v.label(Kind.CASE_STATUS, "open", "tr") == "Açık"
    assert v.label(Kind.INSTITUTION_TYPE, "sonim", "tr").startswith("ŞÖNİM")
    assert v.label(Kind.INTERPRETER_LANGUAGE, "tsm", "tr") == "Türk İşaret Dili"


@pytest.mark.parametrize("kind", list(Kind))
def test_meta_is_json_serialisable(kind: Kind) -> None:
    for t in v.terms(kind):
        assert json.loads(json.dumps(t.meta)) == t.meta


def test_gbvims_core_types() -> None:
    assert [t.code for t in GBVIMS_CORE_TYPES] == [
        "rape",
        "sexual_assault",
        "physical_assault",
        "forced_marriage",
        "denial_of_resources",
        "psychological_abuse",
    ]
    for t in GBVIMS_CORE_TYPES:
        assert t.tr and t.en


def test_violence_types_map_to_gbvims() -> None:
    mapping = {t.code: t.meta["gbvims"] for t in v.terms(Kind.VIOLENCE_TYPE)}
    assert mapping == {
        "physical": "physical_assault",
        "rape": "rape",
        "sexual": "sexual_assault",
        "psychological": "psychological_abuse",
        "economic": "denial_of_resources",
        "verbal": "psychological_abuse",
        "stalking": "psychological_abuse",
        "digital": "psychological_abuse",
        "forced_early_marriage": "forced_marriage",
    }
    assert set(mapping.values()) <= {t.code for t in GBVIMS_CORE_TYPES}


def test_interpreter_languages_have_iso_codes() -> None:
    required = {"tur", "eng", "fra", "ara", "fas", "kmr", "ckb", "zza", "hye", "tsm", "other"}
    languages = {t.code: t for t in v.terms(Kind.INTERPRETER_LANGUAGE)}
    assert required <= set(languages)
    for code, t in languages.items():
        assert t.meta["iso639_3"] == ("" if code == "other" else code)
    assert languages["fas"].meta["iso639_3_alt"] == "pes"
    assert v.terms(Kind.INTERPRETER_LANGUAGE)[-1].code == "other"


def test_measure_types_cover_articles_3_4_5() -> None:
    articles = {t.code: int(str(t.meta["article"])) for t in v.terms(Kind.MEASURE_TYPE)}
    assert set(articles.values()) == {3, 4, 5}
    assert articles["shelter"] == 3
    assert articles["temporary_protection"] == 3
    assert articles["title_deed_annotation"] == 4
    assert articles["identity_confidentiality"] == 4
    assert articles["removal_from_home"] == 5
    assert articles["no_contact"] == 5
    assert articles["electronic_monitoring"] == 5
    # Listed in the order of the law: every article-3 measure before article 4, before article 5.
    assert list(articles.values()) == sorted(articles.values())
    urgent = {t.code for t in v.terms(Kind.MEASURE_TYPE) if t.meta.get("urgent_authority")}
    assert urgent == {"shelter", "temporary_protection", "no_threats", "removal_from_home", "no_approach"}


def test_risk_levels_are_ranked() -> None:
    assert [(t.code, t.meta["rank"]) for t in v.terms(Kind.RISK_LEVEL)] == [
        ("low", 0),
        ("medium", 1),
        ("high", 2),
        ("very_high", 3),
    ]


def test_risk_indicator_weights() -> None:
    weights = {t.code: t.meta["weight"] for t in v.terms(Kind.RISK_INDICATOR)}
    assert weights["threats_to_kill"] == weights["weapon_access"] == weights["strangulation"] == 3
    assert weights["escalation"] == 2
    assert weights["pregnancy"] == 1
    assert weights["prior_injuries_needing_care"] == 2
    assert len(weights) >= 14


def test_case_status_labels() -> None:
    assert [(t.code, t.tr) for t in v.terms(Kind.CASE_STATUS)] == [
        ("draft", "Taslak"),
        ("open", "Açık"),
        ("active", "Aktif"),
        ("closure_requested", "Kapanış istendi"),
        ("closed", "Kapalı"),
    ]


def test_term_lookup() -> None:
    t = v.term(Kind.MEASURE_TYPE, "removal_from_home")
    assert isinstance(t, Term)
    assert t.meta == {"article": 5, "urgent_authority": True}
    with pytest.raises(KeyError):
        v.term(Kind.MEASURE_TYPE, "no_such_measure")
    with pytest.raises(KeyError):
        v.term(Kind.NOTE_TYPE, "removal_from_home")  # a code of another kind


def test_label_languages_and_fallback() -> None:
    assert v.label(Kind.REFERRAL_STATUS, "rejected", "tr") == "Reddedildi"
    assert v.label(Kind.REFERRAL_STATUS, "rejected", "en") == "Rejected"
    assert v.label(Kind.REFERRAL_STATUS, "center_specific", "tr") == "center_specific"
    assert v.label(Kind.REFERRAL_STATUS, "center_specific", "en") == "center_specific"
    with pytest.raises(ValueError, match="language"):
        v.label(Kind.REFERRAL_STATUS, "rejected", "de")


def test_terms_are_hashable_and_builtin_is_read_only() -> None:
    assert len({*v.terms(Kind.RISK_LEVEL)}) == 4
    with pytest.raises(TypeError):
        BUILTIN[Kind.RISK_LEVEL] = ()  # type: ignore[index]


@pytest.mark.parametrize(
    ("indicators", "expected"),
    [
        ([], "low"),
        (["pregnancy"], "low"),
        (["controlling_jealousy", "pregnancy"], "medium"),
        (["escalation"], "medium"),
        (["threats_to_kill"], "medium"),  # 3 alone: below 4
        (["threats_to_kill", "pregnancy"], "high"),  # 4, and pregnancy weighs only 1
        (["escalation", "stalking"], "high"),
        (["strangulation", "escalation"], "very_high"),  # lethality indicator + another of weight >= 2
        (["weapon_access", "threats_to_kill"], "very_high"),
        (["escalation", "stalking", "recent_separation"], "very_high"),  # sum 6
        (["escalation", "stalking", "pregnancy", "controlling_jealousy"], "very_high"),  # sum 6
        (["escalation", "stalking", "pregnancy"], "high"),  # sum 5
        (["pregnancy", "pregnancy", "controlling_jealousy", "controlling_jealousy"], "medium"),  # counted once
    ],
)
def test_risk_suggestion(indicators: list[str], expected: str) -> None:
    assert v.risk_suggestion(indicators) == expected
    assert v.risk_suggestion(iter(indicators)) == expected  # any iterable


def test_risk_suggestion_rejects_unknown_codes() -> None:
    with pytest.raises(ValueError, match="made_up"):
        v.risk_suggestion(["escalation", "made_up"])
    with pytest.raises(ValueError):
        v.risk_suggestion(["High"])  # a level, not an indicator


def test_risk_suggestion_with_vault_weights() -> None:
    weights = {**{t.code: int(str(t.meta["weight"])) for t in v.terms(Kind.RISK_INDICATOR)}, "center_extra": 2}
    assert v.risk_suggestion(["center_extra"], weights=weights) == "medium"
    assert v.risk_suggestion(["strangulation", "center_extra"], weights=weights) == "very_high"
    with pytest.raises(ValueError):
        v.risk_suggestion(["center_extra"])


@given(st.sets(st.sampled_from(sorted(v.codes(Kind.RISK_INDICATOR)))))
def test_risk_suggestion_is_monotonic(ticked: set[str]) -> None:
    """Ticking one more indicator never lowers the suggestion."""
    rank = {t.code: t.meta["rank"] for t in v.terms(Kind.RISK_LEVEL)}
    level = v.risk_suggestion(ticked)
    assert level in rank
    for extra in v.codes(Kind.RISK_INDICATOR) - ticked:
        assert int(str(rank[v.risk_suggestion(ticked | {extra})])) >= int(str(rank[level]))


def test_statistics_mappings_are_complete() -> None:
    """Every built-in perpetrator relationship has its GBVIMS group and every institution type its GBVIMS
    service (issue 18); the districts of a province carry its plate number."""
    groups = {"intimate_partner", "primary_caregiver", "other_family", "supervisor_employer",
              "family_friend_neighbour", "no_relation", "other"}
    assert {t.meta["gbvims"] for t in v.terms(Kind.PERPETRATOR_RELATIONSHIP)} <= groups
    services = {"health", "psychosocial", "safety_security", "legal", "livelihoods", "safe_house", "other"}
    assert {t.meta["gbvims_service"] for t in v.terms(Kind.INSTITUTION_TYPE)} <= services
    izmir = [t for t in v.terms(Kind.DISTRICT) if t.meta.get("province") == "35"]
    assert len(izmir) == 30 and v.label(Kind.DISTRICT, "izmir_karsiyaka", "tr") == "Karşıyaka"
    assert {"other_province", "unknown"} <= v.codes(Kind.DISTRICT)
    assert [t.code for t in v.terms(Kind.DISABILITY_TYPE)][:6] == [
        "seeing", "hearing", "mobility", "cognition", "self_care", "communication"]
