"""The statistics reports' own axes (those that are not vault vocabularies) with their codes, in display
order, and their Turkish and English labels; `label` also knows the labels every axis shares ("total",
"not recorded")."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from . import center_axes, countries
from .stat_rules import AGE_GROUPS, CHILD_AGE_GROUPS, REPORT_BANDS, STAY_BANDS, UNKNOWN
from .vocabularies import GBVIMS_CORE_TYPES

__all__ = ["AXES", "axis_codes", "common_label", "label"]

Labels = tuple[tuple[str, str, str], ...]  # (code, tr, en)


def _bands(bands: tuple[tuple[object, int], ...]) -> Labels:
    return tuple((t.code, t.tr, t.en) for t, _ in bands)  # type: ignore[attr-defined]


AXES: Mapping[str, Labels] = MappingProxyType({
    "summary": (
        ("women_served", "Hizmet verilen kadın", "Women served"),
        ("women_applied", "Dönem içinde başvuran kadın", "Women who applied in the period"),
        ("applications", "Başvuru (açılan dosya)", "Applications (cases opened)"),
        ("sessions", "Görüşme", "Sessions"),
        ("children_seen", "Görüşme yapılan çocuk", "Children seen in sessions"),
        ("no_shows", "Gelinmeyen randevu", "Appointments she did not come to"),
        ("referrals_sent", "Gönderilen yönlendirme", "Referrals sent"),
        ("women_in_shelter", "Konukevinde kalan kadın", "Women staying in a shelter"),
        ("measures", "6284 tedbir kararı", "Law 6284 measures decided"),
        ("violations", "Tedbir ihlali", "Violations of measures"),
        ("cases_closed", "Kapanan dosya", "Cases closed"),
        *center_axes.SUMMARY,
    ),
    "gbv_summary": (
        ("incidents", "Bildirilen olay", "Incidents reported"),
        ("survivors", "Hayatta kalan (kadın)", "Survivors (women)"),
        ("referrals_sent", "Gönderilen yönlendirme", "Referrals sent"),
    ),
    "interpreter_booked": (
        ("with_interpreter", "Tercüman ayarlanmış", "With an interpreter"),
        ("without_interpreter", "Tercümansız", "Without an interpreter"),
    ),
    "applicant": (
        ("first_time", "İlk kez başvuran", "First time"),
        ("returning", "Yeniden başvuran", "Returning"),
    ),
    "disability_status": (
        ("with_disability", "Engeli var", "With a disability"),
        ("no_disability", "Engeli yok", "No disability"),
        (UNKNOWN, "Sorulmamış / belirtilmemiş", "Not asked / not recorded"),
    ),
    "shelter_item": (
        ("requests", "Yerleştirme talebi", "Requests for a place"),
        ("placed", "Yerleştirme", "Placements"),
        ("transfers", "Başka konukevine nakil", "Transfers to another shelter"),
        ("ended", "Ayrılış", "Exits"),
        ("women_during", "Dönem içinde kalan kadın", "Women who stayed during the period"),
        ("women_at_end", "Dönem sonunda kalan kadın", "Women staying at the end of the period"),
    ),
    "occupancy": (
        ("during", "Dönem içinde", "During the period"),
        ("at_end", "Dönem sonunda", "At the end of the period"),
    ),
    "measure_article": (
        ("art3", "Madde 3 (mülki amir: koruyucu)", "Article 3 (governor: protective)"),
        ("art4", "Madde 4 (hâkim: koruyucu)", "Article 4 (judge: protective)"),
        ("art5", "Madde 5 (önleyici)", "Article 5 (preventive)"),
    ),
    "gbvims_type": tuple((t.code, t.tr, t.en) for t in GBVIMS_CORE_TYPES),
    "gbvims_relationship": (
        ("intimate_partner", "Yakın partner / eski partner", "Intimate partner / former partner"),
        ("primary_caregiver", "Birincil bakım veren", "Primary caregiver"),
        ("other_family", "Eş veya bakım veren dışında aile üyesi", "Family other than spouse or caregiver"),
        ("supervisor_employer", "Amir / işveren", "Supervisor / employer"),
        ("family_friend_neighbour", "Aile dostu / komşu / tanıdık", "Family friend / neighbour / acquaintance"),
        ("no_relation", "Yakınlığı yok", "No relation"),
        ("other", "Diğer", "Other"),
    ),
    "perpetrator_count": (
        ("1", "1", "1"),
        ("2", "2", "2"),
        ("3+", "3 veya daha fazla", "3 or more"),
    ),
    "gbvims_service": (
        ("health", "Sağlık", "Health / medical"),
        ("psychosocial", "Psikososyal", "Psychosocial"),
        ("safety_security", "Güvenlik", "Safety / security"),
        ("legal", "Hukuki yardım", "Legal assistance"),
        ("livelihoods", "Geçim desteği", "Livelihoods"),
        ("safe_house", "Güvenli ev / konukevi", "Safe house / shelter"),
        ("other", "Diğer", "Other"),
    ),
    "age_group": _bands(AGE_GROUPS),
    "child_age_group": _bands(CHILD_AGE_GROUPS),
    "report_band": _bands(REPORT_BANDS),
    "stay_band": _bands(STAY_BANDS),
    "country": tuple((c, countries.country_label(c, "tr"), countries.country_label(c, "en"))
                     for c in countries.country_codes() if c != UNKNOWN),
    **center_axes.AXES,
})
_COMMON = {"total": ("Toplam", "Total"), "n": ("Sayı", "Number"), UNKNOWN: ("Belirtilmemiş", "Not recorded")}
_INDEX = {axis: {code: (tr, en) for code, tr, en in entries} for axis, entries in AXES.items()}


def axis_codes(axis: str, unknown: bool = True) -> tuple[str, ...]:
    """The codes of one of the report's own axes, in order, with "unknown" last if asked for."""
    codes = tuple(code for code, _, _ in AXES[axis])
    return (*codes, UNKNOWN) if unknown and UNKNOWN not in codes else codes


def label(axis: str, code: str, lang: str) -> str | None:
    """The label of `code` on one of the report's own axes; None for a vault vocabulary's axis (the caller
    asks the vault) or a code the axis does not have."""
    found = _INDEX.get(axis, {}).get(code)
    return None if found is None else found[0] if lang == "tr" else found[1]


def common_label(code: str, lang: str) -> str | None:
    """"Total", "Number" and "Not recorded", on any axis."""
    found = _COMMON.get(code)
    return None if found is None else found[0] if lang == "tr" else found[1]
