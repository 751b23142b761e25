"""Labels of the activity report's tables for the center's own work (issue 21 part B): their own axes and
the specs of their tables (title, unit, row and column axes, note), in Turkish and English. Pure data, read
by stat_axes.AXES and stat_tables.SPECS; the counting is domain/center_tables.py."""

from __future__ import annotations

from typing import Any

from .center_work import AGE_BANDS

AXES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "activity_measure": (
        ("events", "Etkinlik", "Events"),
        ("participants", "Katılımcı", "Participants"),
    ),
    "participant_sex": (
        ("female", "Kadın", "Women"),
        ("male", "Erkek", "Men"),
    ),
    "participant_age": tuple(zip(AGE_BANDS, (
        "0–17", "18–29", "30–44", "45–64", "65 ve üstü", "Yaşı bilinmeyen"), (
        "0–17", "18–29", "30–44", "45–64", "65 and over", "Age not known"), strict=True)),
    "contact_referred": (
        ("referred", "Yönlendirildi", "Referred"),
        ("not_referred", "Yönlendirilmedi", "Not referred"),
    ),
}
SUMMARY = (
    ("group_activities", "Grup etkinliği ve eğitim", "Group activities and trainings"),
    ("activity_participants", "Etkinlik katılımcısı", "Participants in activities"),
    ("info_contacts", "Bilgi amaçlı başvuru (dosyasız)", "Contacts for information (no case)"),
    ("contacts_to_intake", "Dosyaya dönüşen bilgi başvurusu", "Contacts turned into an intake"),
)

_CONTACTS = ("Başvuru sayısı", "Contacts")
SPECS: dict[str, dict[str, Any]] = {
    "activities": {"title": ("Grup etkinlikleri ve eğitimler: türü", "Group activities and trainings by kind"),
                   "unit": ("Sayı", "Number"), "rows": "activity_kind", "cols": "activity_measure", "chart": False,
                   "note": ("Katılımcılar cinsiyet ve yaş grubuna göre sayılır; kimse adıyla sayılmaz.",
                            "Participants are counted by sex and age band; nobody is counted by name.")},
    "activity_participants": {"title": ("Etkinlik katılımcıları: yaş grubu ve cinsiyet",
                                        "Participants in activities by age band and sex"),
                              "unit": ("Katılımcı sayısı", "Participants"), "rows": "participant_age",
                              "cols": "participant_sex", "chart": False},
    "contacts_channel": {"title": ("Bilgi amaçlı başvurular: başvuru yolu", "Contacts for information by channel"),
                         "unit": _CONTACTS, "rows": "contact_channel",
                         "note": ("Dosya açılmadan yalnızca bilgi almak için yapılan görüşmeler.",
                                  "Calls, visits and messages for information only, without a case.")},
    "contacts_topic": {"title": ("Bilgi amaçlı başvurular: konu ve yönlendirme",
                                 "Contacts for information by topic and referral"),
                       "unit": _CONTACTS, "rows": "contact_topic", "cols": "contact_referred", "chart": False},
    "contacts_referral": {"title": ("Bilgi amaçlı başvurular: yönlendirilen kurum türü",
                                    "Contacts for information by the type of institution referred to"),
                          "unit": _CONTACTS, "rows": "institution_type"},
}
