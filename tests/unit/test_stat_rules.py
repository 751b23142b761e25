"""The pure counting rules of the statistics (issue 18): periods, consent, ages, GBVIMS bands and types, and
nationality as a country. No vault here."""

from __future__ import annotations

from datetime import date

import pytest

from kadin_danisma.domain import stat_rules as sr
from kadin_danisma.domain.countries import country_code
from kadin_danisma.domain.stat_rules import Period
from kadin_danisma.domain.vocabularies import Kind, terms

GBVIMS = {t.code: str(t.meta["gbvims"]) for t in terms(Kind.VIOLENCE_TYPE)}


def test_period_shapes_and_months() -> None:
    assert Period.month(2024, 2).last == "2024-02-29" and Period.month(2024, 2).shape() == "month"
    assert Period.quarter(2025, 4) == Period(date(2025, 10, 1), date(2025, 12, 31))
    assert Period.quarter(2025, 4).shape() == "quarter" and Period.year(2025).shape() == "year"
    assert Period(date(2025, 2, 1), date(2025, 4, 30)).shape() is None  # three months, not a quarter
    assert Period(date(2025, 1, 2), date(2025, 1, 31)).shape() is None
    assert [p.first for p in sr.months_between(date(2024, 11, 15), date(2025, 2, 1))] == [
        "2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01"]
    with pytest.raises(ValueError):
        Period(date(2025, 2, 1), date(2025, 1, 1))
    p = Period.month(2025, 3)
    assert p.contains("2025-03-31") and p.contains("2025-03-01T23:59:00+00:00") and not p.contains("2025-04-01")
    assert p.overlaps("2024-01-01", None) and p.overlaps("2025-03-31", "2026-01-01")
    assert not p.overlaps("2024-01-01", "2025-02-28") and not p.overlaps("2025-04-01", None)


def test_consent_on_the_day_the_figures_are_made() -> None:
    assert sr.consent_valid([("2025-01-10", None)], "2025-01-10")
    assert not sr.consent_valid([("2025-01-11", None)], "2025-01-10")  # not yet given
    assert not sr.consent_valid([("2025-01-01", "2025-01-10")], "2025-01-10")  # withdrawn that day
    assert sr.consent_valid([("2025-01-01", "2025-01-10"), ("2025-02-01", None)], "2025-03-01")  # given again
    assert not sr.consent_valid([], "2025-03-01")


def test_age_at_intake_and_groups() -> None:
    assert sr.age_on(1990, "1990-06-15", "2025-06-14") == 34 and sr.age_on(1990, "1990-06-15", "2025-06-15") == 35
    assert sr.age_on(1990, None, "2025-01-01") == 35  # birth year only
    assert sr.age_on(None, None, "2025-01-01") is None and sr.age_on(2030, None, "2025-01-01") is None
    edges = {11: "0-11", 12: "12-17", 17: "12-17", 18: "18-25", 25: "18-25", 26: "26-40", 40: "26-40",
             41: "41-60", 60: "41-60", 61: "61+", 95: "61+"}
    for age, band in edges.items():
        assert sr.age_group(2025 - age, None, "2025-05-05") == band, age
    assert sr.age_group(None, None, "2025-05-05") == "unknown"
    assert sr.child_age_group(2025 - 12, "2025-05-05") == "12-17"


def test_time_from_incident_to_report_follows_gbvims() -> None:
    cases = {0: "0-3d", 3: "0-3d", 4: "4-5d", 5: "4-5d", 6: "6-14d", 14: "6-14d", 15: "15d-1m", 30: "15d-1m",
             31: "1m+", 400: "1m+"}
    for days, band in cases.items():
        incident = date.fromordinal(date(2025, 6, 1).toordinal() - days).isoformat()
        assert sr.report_delay_band(incident, "2025-06-01") == band, days
    assert sr.report_delay_band(None, "2025-06-01") == "unknown"
    assert sr.report_delay_band("2025-06-02", "2025-06-01") == "unknown"  # after the report


def test_gbvims_type_is_the_first_that_applies_in_gbvims_order() -> None:
    assert sr.gbvims_type(["psychological", "rape", "physical"], GBVIMS) == "rape"
    assert sr.gbvims_type(["economic", "physical"], GBVIMS) == "physical_assault"
    assert sr.gbvims_type(["verbal", "forced_early_marriage"], GBVIMS) == "forced_marriage"
    assert sr.gbvims_type(["digital"], GBVIMS) == "psychological_abuse"
    assert sr.gbvims_type([], GBVIMS) == "unknown" and sr.gbvims_type(["center_own"], GBVIMS) == "unknown"


def test_nationality_text_becomes_a_country_or_other() -> None:
    for text, code in (("Türkiye", "tur"), ("TÜRKİYE", "tur"), ("T.C.", "tur"), ("turkey", "tur"), ("SURİYE", "syr"),
                       ("Suriyeli", "syr"), ("afganistan", "afg"), ("İran", "irn"), ("Kongo DC", "cod"),
                       ("Ukrayna", "ukr"), ("Atlantis", "other"), ("", "unknown"), (None, "unknown")):
        assert country_code(text) == code, text
