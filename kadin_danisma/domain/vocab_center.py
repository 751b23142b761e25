"""Vocabularies of the center's own work (issue 21 part B): kinds of group activity, how a contact that is
not a case reached the center and what she asked about. Codes only ever added (vocabularies.py)."""

from __future__ import annotations

from .vocab_term import Term

T = Term  # short alias, as in vocabularies.py: each term fits on one line

ACTIVITY_KIND = (
    T("seminar", "Seminer", "Seminar"),
    T("workshop", "Atölye çalışması", "Workshop"),
    T("support_group", "Destek grubu", "Support group"),
    T("staff_training", "Personel eğitimi", "Training for staff"),
    T("institution_training", "Diğer kurumlara eğitim", "Training for other institutions"),
    T("awareness_event", "Farkındalık etkinliği", "Awareness event"),
)

CONTACT_CHANNEL = (
    T("phone", "Telefon", "Phone call"),
    T("visit", "Ziyaret", "Visit"),
    T("email", "E-posta", "E-mail"),
    T("walk_in", "Kendiliğinden başvuru (bilgi almak için)", "Walk-in"),
)

CONTACT_TOPIC = (
    T("rights_6284", "6284 sayılı Kanun ve haklar", "Law 6284 and her rights"),
    T("shelter_info", "Konukevi ve barınma", "Shelter and housing"),
    T("legal_info", "Hukuki bilgi (boşanma, nafaka, velayet)", "Legal information (divorce, alimony, custody)"),
    T("economic_support", "Ekonomik destek ve yardımlar", "Economic support and aid"),
    T("employment", "İstihdam ve kurslar", "Employment and courses"),
    T("psychological_support", "Psikolojik destek", "Psychological support"),
    T("services_info", "Merkezin hizmetleri", "The center's services"),
    T("for_someone_else", "Bir yakını için bilgi", "Information for someone else"),
    T("other", "Diğer", "Other"),
)
