"""Districts (ilçe) of the provinces whose municipalities most often run a women's counseling center.

The center's province is a setting; the intake offers that province's districts plus "another province"
and "unknown". A center elsewhere adds its own districts as vocabulary terms (an admin task), so this list
only saves typing. Codes are `<province>_<district>` in lower-case ASCII (stable; labels may be corrected).
Source: the official district lists of each province (2024); metropolitan districts only change by law.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["OTHER_PROVINCE", "PROVINCES", "UNKNOWN_DISTRICT", "district_terms", "slug"]

OTHER_PROVINCE = "other_province"
UNKNOWN_DISTRICT = "unknown"

_ASCII = str.maketrans({"ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u", "â": "a", "î": "i",
                        "û": "u", " ": "_", "-": "_", "'": ""})


def slug(name: str) -> str:
    return name.replace("İ", "i").replace("I", "ı").lower().translate(_ASCII)


def _names(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split("|") if x.strip())


# plate number -> (province, its districts)
PROVINCES = MappingProxyType({
    "01": ("Adana", _names("Aladağ|Ceyhan|Çukurova|Feke|İmamoğlu|Karaisalı|Karataş|Kozan|Pozantı|Saimbeyli|Sarıçam|"
                           "Seyhan|Tufanbeyli|Yumurtalık|Yüreğir")),
    "06": ("Ankara", _names("Akyurt|Altındağ|Ayaş|Bala|Beypazarı|Çamlıdere|Çankaya|Çubuk|Elmadağ|Etimesgut|Evren|"
                            "Gölbaşı|Güdül|Haymana|Kahramankazan|Kalecik|Keçiören|Kızılcahamam|Mamak|Nallıhan|"
                            "Polatlı|Pursaklar|Sincan|Şereflikoçhisar|Yenimahalle")),
    "07": ("Antalya", _names("Akseki|Aksu|Alanya|Demre|Döşemealtı|Elmalı|Finike|Gazipaşa|Gündoğmuş|İbradı|Kaş|"
                             "Kemer|Kepez|Konyaaltı|Korkuteli|Kumluca|Manavgat|Muratpaşa|Serik")),
    "16": ("Bursa", _names("Büyükorhan|Gemlik|Gürsu|Harmancık|İnegöl|İznik|Karacabey|Keles|Kestel|Mudanya|"
                           "Mustafakemalpaşa|Nilüfer|Orhaneli|Orhangazi|Osmangazi|Yenişehir|Yıldırım")),
    "21": ("Diyarbakır", _names("Bağlar|Bismil|Çermik|Çınar|Çüngüş|Dicle|Eğil|Ergani|Hani|Hazro|Kayapınar|"
                                "Kocaköy|Kulp|Lice|Silvan|Sur|Yenişehir")),
    "26": ("Eskişehir", _names("Alpu|Beylikova|Çifteler|Günyüzü|Han|İnönü|Mahmudiye|Mihalgazi|Mihalıççık|"
                               "Odunpazarı|Sarıcakaya|Seyitgazi|Sivrihisar|Tepebaşı")),
    "27": ("Gaziantep", _names("Araban|İslahiye|Karkamış|Nizip|Nurdağı|Oğuzeli|Şahinbey|Şehitkamil|Yavuzeli")),
    "33": ("Mersin", _names("Akdeniz|Anamur|Aydıncık|Bozyazı|Çamlıyayla|Erdemli|Gülnar|Mezitli|Mut|Silifke|Tarsus|"
                            "Toroslar|Yenişehir")),
    "34": ("İstanbul", _names("Adalar|Arnavutköy|Ataşehir|Avcılar|Bağcılar|Bahçelievler|Bakırköy|Başakşehir|"
                              "Bayrampaşa|Beşiktaş|Beykoz|Beylikdüzü|Beyoğlu|Büyükçekmece|Çatalca|Çekmeköy|Esenler|"
                              "Esenyurt|Eyüpsultan|Fatih|Gaziosmanpaşa|Güngören|Kadıköy|Kağıthane|Kartal|"
                              "Küçükçekmece|Maltepe|Pendik|Sancaktepe|Sarıyer|Silivri|Sultanbeyli|Sultangazi|Şile|"
                              "Şişli|Tuzla|Ümraniye|Üsküdar|Zeytinburnu")),
    "35": ("İzmir", _names("Aliağa|Balçova|Bayındır|Bayraklı|Bergama|Beydağ|Bornova|Buca|Çeşme|Çiğli|Dikili|Foça|"
                           "Gaziemir|Güzelbahçe|Karabağlar|Karaburun|Karşıyaka|Kemalpaşa|Kınık|Kiraz|Konak|Menderes|"
                           "Menemen|Narlıdere|Ödemiş|Seferihisar|Selçuk|Tire|Torbalı|Urla")),
    "41": ("Kocaeli", _names("Başiskele|Çayırova|Darıca|Derince|Dilovası|Gebze|Gölcük|İzmit|Kandıra|Karamürsel|"
                             "Kartepe|Körfez")),
})


def district_terms() -> tuple[tuple[str, str, str, dict[str, str]], ...]:
    """(code, Turkish, English, meta) of every shipped district (meta: the province's plate number), then
    the two codes every center has. Plain tuples: domain.vocabularies turns them into terms."""
    out = [(f"{slug(province)}_{slug(name)}", name, name, {"province": plate})
           for plate, (province, names) in PROVINCES.items() for name in names]
    out.append((OTHER_PROVINCE, "Başka bir il", "Another province", {}))
    out.append((UNKNOWN_DISTRICT, "Bilinmiyor", "Unknown", {}))
    return tuple(out)
