"""The support vocabularies (a part of vocabularies.py, which seeds and looks them up): the aid and support
ledger (kind, source, status, reasons for a refusal), employment support (kind, outcome) and court
proceedings (kind, lawyer, status, outcome). Pure data. Codes are only ever added (stored records use them).

An aid kind's meta `money` says whether it is counted in Turkish lira (cash, rent) rather than in pieces;
the municipality's rule on which kinds need a social inquiry report and a committee decision is a setting
(services/support.py), because each municipality's aid regulation says it differently.
"""

from __future__ import annotations

from .vocab_term import Term

T = Term  # short alias, as in vocabularies.py: each term fits on one line

AID_KIND = (
    T("food", "Gıda", "Food", {"money": False}),
    T("clothing", "Giyim", "Clothing", {"money": False}),
    T("fuel", "Yakacak", "Fuel", {"money": False}),
    T("household_goods", "Ev eşyası", "Household goods", {"money": False}),
    T("hygiene", "Hijyen malzemesi", "Hygiene supplies", {"money": False}),
    T("day_care", "Kreş / gündüz bakımı", "Day care", {"money": False}),
    T("rent", "Kira yardımı", "Rent", {"money": True}),
    T("cash", "Nakdi yardım", "Cash", {"money": True}),
)

AID_SOURCE = (
    T("municipal_unit", "Belediye birimi", "Municipal unit"),
    T("sydv", "Sosyal Yardımlaşma ve Dayanışma Vakfı (SYDV)", "Social Assistance and Solidarity Foundation (SYDV)"),
    T("ngo", "Sivil toplum kuruluşu", "Non-governmental organisation"),
    T("other", "Diğer", "Other"),
)

# The workflow's states (fixed: the services and the report read them); refused needs a reason code.
AID_STATUS = (
    T("requested", "Talep edildi", "Requested"),
    T("approved", "Onaylandı", "Approved"),
    T("delivered", "Teslim edildi", "Delivered"),
    T("refused", "Reddedildi", "Refused"),
)

AID_REFUSAL_REASON = (
    T("not_eligible", "Yardım koşullarını taşımıyor", "Does not meet the aid criteria"),
    T("income_above_limit", "Gelir sınırın üzerinde", "Income above the limit"),
    T("duplicate_support", "Başka kurumdan aynı destek alınıyor", "Same support received elsewhere"),
    T("budget_exhausted", "Bütçe / stok yetersiz", "Budget or stock exhausted"),
    T("documents_missing", "Belgeler eksik", "Documents missing"),
    T("client_withdrew", "Başvurudan vazgeçti", "She withdrew the request"),
    T("other", "Diğer", "Other"),
)

EMPLOYMENT_SUPPORT_KIND = (
    T("vocational_course", "Meslek edindirme kursu", "Vocational course"),
    T("iskur_registration", "İŞKUR kaydı", "İŞKUR registration"),
    T("job_placement", "İşe yerleştirme", "Job placement"),
    T("other", "Diğer", "Other"),
)

EMPLOYMENT_OUTCOME = (
    T("ongoing", "Devam ediyor", "Ongoing"),
    T("completed", "Tamamlandı", "Completed"),
    T("placed", "İşe yerleşti", "Placed in a job"),
    T("dropped_out", "Ayrıldı / bıraktı", "Dropped out"),
    T("not_started", "Başlamadı", "Did not start"),
)

COURT_CASE_KIND = (
    T("divorce", "Boşanma", "Divorce"),
    T("custody", "Velayet", "Custody"),
    T("alimony", "Nafaka", "Alimony"),
    T("criminal_complaint", "Suç duyurusu / ceza davası", "Criminal complaint"),
    T("objection_6284", "6284 tedbir kararına itiraz", "Objection to a Law 6284 measure"),
    T("other", "Diğer", "Other"),
)

COURT_LAWYER = (
    T("bar_legal_aid", "Baro adli yardım avukatı", "Bar legal aid"),
    T("own", "Kendi avukatı", "Her own lawyer"),
    T("none", "Avukat yok", "No lawyer"),
)

COURT_CASE_STATUS = (
    T("preparing", "Hazırlanıyor", "Being prepared"),
    T("filed", "Açıldı", "Filed"),
    T("ongoing", "Sürüyor", "Ongoing"),
    T("decided", "Karara bağlandı", "Decided"),
    T("appealed", "Kanun yolunda", "On appeal"),
    T("closed", "Kesinleşti / kapandı", "Final or closed"),
)

COURT_OUTCOME = (
    T("granted", "Lehine sonuçlandı", "In her favour"),
    T("partly_granted", "Kısmen lehine", "Partly in her favour"),
    T("dismissed", "Aleyhine / reddedildi", "Dismissed"),
    T("withdrawn", "Feragat / geri çekildi", "Withdrawn"),
    T("settled", "Uzlaşma / anlaşma", "Settled"),
    T("non_prosecution", "Kovuşturmaya yer yok", "No prosecution"),
    T("other", "Diğer", "Other"),
)

del T
