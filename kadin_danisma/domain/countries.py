"""Nationality as a country code for statistics (issue 18): the client's nationality is free text as she gave
it; reports never print that text, only the label of the country it is recognised as (or "other").

Recognition folds the text (domain.folding: case, Turkish dotted/dotless i, accents) and compares it with
the Turkish and English names and common spellings below. Codes are ISO 3166-1 alpha-3 in lower case.
The list holds the nationalities a Turkish center meets most often; anything else counts as "other".
"""

from __future__ import annotations

import re
from functools import cache
from types import MappingProxyType

from .folding import fold

__all__ = ["COUNTRIES", "OTHER", "UNKNOWN", "country_code", "country_label"]

OTHER = "other"
UNKNOWN = "unknown"

# code -> (Turkish, English, other spellings separated by "|")
COUNTRIES = MappingProxyType({
    "tur": ("Türkiye", "Türkiye", "Turkey|Turkiye|TC|T.C.|Türk|Turkish|Türkiye Cumhuriyeti"),
    "syr": ("Suriye", "Syria", "Suriyeli|Syrian|Syrian Arab Republic"),
    "afg": ("Afganistan", "Afghanistan", "Afgan|Afganistanlı|Afghan"),
    "irq": ("Irak", "Iraq", "Iraklı|Iraqi"),
    "irn": ("İran", "Iran", "İranlı|Iranian"),
    "pak": ("Pakistan", "Pakistan", "Pakistanlı|Pakistani"),
    "aze": ("Azerbaycan", "Azerbaijan", "Azeri|Azerbaycanlı"),
    "geo": ("Gürcistan", "Georgia", "Gürcü|Georgian"),
    "arm": ("Ermenistan", "Armenia", "Armenian"),
    "rus": ("Rusya", "Russia", "Rusya Federasyonu|Russian Federation|Rus|Russian"),
    "ukr": ("Ukrayna", "Ukraine", "Ukraynalı|Ukrainian"),
    "uzb": ("Özbekistan", "Uzbekistan", "Özbek|Uzbek"),
    "tkm": ("Türkmenistan", "Turkmenistan", "Türkmen|Turkmen"),
    "kgz": ("Kırgızistan", "Kyrgyzstan", "Kırgız|Kyrgyz"),
    "tjk": ("Tacikistan", "Tajikistan", "Tacik|Tajik"),
    "kaz": ("Kazakistan", "Kazakhstan", "Kazak|Kazakh"),
    "mda": ("Moldova", "Moldova", "Moldovalı|Moldovan"),
    "bgd": ("Bangladeş", "Bangladesh", "Bangladeşli|Bangladeshi"),
    "egy": ("Mısır", "Egypt", "Mısırlı|Egyptian"),
    "lby": ("Libya", "Libya", "Libyalı|Libyan"),
    "yem": ("Yemen", "Yemen", "Yemenli|Yemeni"),
    "pse": ("Filistin", "Palestine", "Filistinli|Palestinian"),
    "som": ("Somali", "Somalia", "Somalili|Somali"),
    "eth": ("Etiyopya", "Ethiopia", "Etiyopyalı|Ethiopian"),
    "eri": ("Eritre", "Eritrea", "Eritreli|Eritrean"),
    "sdn": ("Sudan", "Sudan", "Sudanlı|Sudanese"),
    "dza": ("Cezayir", "Algeria", "Cezayirli|Algerian"),
    "mar": ("Fas", "Morocco", "Faslı|Moroccan"),
    "tun": ("Tunus", "Tunisia", "Tunuslu|Tunisian"),
    "sen": ("Senegal", "Senegal", "Senegalli|Senegalese"),
    "gin": ("Gine", "Guinea", "Gineli|Guinean"),
    "cmr": ("Kamerun", "Cameroon", "Kamerunlu|Cameroonian"),
    "cod": ("Kongo Demokratik Cumhuriyeti", "DR Congo", "Kongo DC|DRC|DR Kongo|Democratic Republic of the Congo"),
    "civ": ("Fildişi Sahili", "Côte d'Ivoire", "Ivory Coast|Fildişi"),
    "nga": ("Nijerya", "Nigeria", "Nijeryalı|Nigerian"),
    "gha": ("Gana", "Ghana", "Ganalı|Ghanaian"),
    "uga": ("Uganda", "Uganda", "Ugandalı|Ugandan"),
    "ken": ("Kenya", "Kenya", "Kenyalı|Kenyan"),
    "stateless": ("Vatansız", "Stateless", "Vatansız / tabiiyetsiz|Tabiiyetsiz|Uyruksuz"),
})
_LABELS = {OTHER: ("Diğer", "Other"), UNKNOWN: ("Belirtilmemiş", "Not recorded")}
_PUNCT = re.compile(r"[^\w]+")


def _key(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", fold(text)).split())


@cache
def _index() -> dict[str, str]:
    out: dict[str, str] = {}
    for code, (tr, en, more) in COUNTRIES.items():
        for name in (tr, en, *more.split("|")):
            out[_key(name)] = code
    return out


def country_code(nationality: str | None) -> str:
    """The country a free-text nationality names, "other" when it is not on the list, "unknown" when empty."""
    if nationality is None or not nationality.strip():
        return UNKNOWN
    return _index().get(_key(nationality), OTHER)


def country_label(code: str, lang: str) -> str:
    entry = COUNTRIES.get(code)
    tr, en = (entry[0], entry[1]) if entry else _LABELS.get(code, (code, code))
    return tr if lang == "tr" else en


def country_codes() -> tuple[str, ...]:
    """Every row of a nationality table, in the order shown."""
    return (*COUNTRIES, OTHER, UNKNOWN)
