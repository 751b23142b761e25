"""Built-in controlled vocabularies: the seed terms every vault starts with.

Each vocabulary (a `Kind`) is an ordered list of `Term`s: a stable code that goes into the database, a
Turkish and an English label, and kind-specific extras in `meta` (JSON-serialisable). The vault seeds these
into its `vocabulary` table, where an admin may add a center's own terms or retire old ones; records always
store codes, never labels. This module is pure data plus a few lookups and `risk_suggestion`; it does no I/O.

Changing a built-in code is a data migration (stored records use it), so codes are only ever added; labels,
order and meta may be corrected freely.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from types import MappingProxyType

from . import vocab_center, vocab_support
from .districts import district_terms
from .vocab_protection import (
    MEASURE_AUTHORITY as _MEASURE_AUTHORITY,
)
from .vocab_protection import (
    MEASURE_STATUS as _MEASURE_STATUS,
)
from .vocab_protection import (
    MEASURE_TYPE as _MEASURE_TYPE,
)
from .vocab_protection import (
    RISK_INDICATOR as _RISK_INDICATOR,
)
from .vocab_protection import (
    RISK_LEVEL as _RISK_LEVEL,
)
from .vocab_protection import (
    SAFETY_PLAN_ITEM as _SAFETY_PLAN_ITEM,
)
from .vocab_term import Term

__all__ = [
    "BUILTIN",
    "GBVIMS_CORE_TYPES",
    "Kind",
    "Term",
    "codes",
    "label",
    "risk_suggestion",
    "term",
    "terms",
]


class Kind(StrEnum):
    VIOLENCE_TYPE = "violence_type"
    PERPETRATOR_RELATIONSHIP = "perpetrator_relationship"
    INSTITUTION_TYPE = "institution_type"
    NOTE_TYPE = "note_type"
    CLOSURE_REASON = "closure_reason"
    CLOSURE_CHECKLIST = "closure_checklist"
    MEASURE_TYPE = "measure_type"
    MEASURE_AUTHORITY = "measure_authority"
    MEASURE_STATUS = "measure_status"
    INTERPRETER_LANGUAGE = "interpreter_language"
    INTAKE_CHANNEL = "intake_channel"
    IMMEDIATE_NEED = "immediate_need"
    RISK_INDICATOR = "risk_indicator"
    RISK_LEVEL = "risk_level"
    MIGRANT_STATUS = "migrant_status"
    MARITAL_STATUS = "marital_status"
    EDUCATION = "education"
    EMPLOYMENT = "employment"
    PLACEMENT_EXIT_REASON = "placement_exit_reason"
    SHELTER_TYPE = "shelter_type"
    CONSENT_KIND = "consent_kind"
    SAFETY_PLAN_ITEM = "safety_plan_item"
    REFERRAL_STATUS = "referral_status"
    PLACEMENT_STATUS = "placement_status"
    CASE_STATUS = "case_status"
    CHILD_CONCERN = "child_concern"
    APPOINTMENT_KIND = "appointment_kind"
    APPOINTMENT_STATUS = "appointment_status"
    ATTACHMENT_TYPE = "attachment_type"
    DISTRICT = "district"
    REFERRAL_SOURCE = "referral_source"
    DISABILITY_TYPE = "disability_type"
    ACTIVITY_KIND = "activity_kind"
    CONTACT_CHANNEL = "contact_channel"
    CONTACT_TOPIC = "contact_topic"
    AID_KIND = "aid_kind"
    AID_SOURCE = "aid_source"
    AID_STATUS = "aid_status"
    AID_REFUSAL_REASON = "aid_refusal_reason"
    EMPLOYMENT_SUPPORT_KIND = "employment_support_kind"
    EMPLOYMENT_OUTCOME = "employment_outcome"
    COURT_CASE_KIND = "court_case_kind"
    COURT_LAWYER = "court_lawyer"
    COURT_CASE_STATUS = "court_case_status"
    COURT_OUTCOME = "court_outcome"


T = Term  # short alias: the tables below are easier to proofread when each term fits on one line

# The six GBVIMS (Gender-Based Violence Information Management System) core incident types. Each Law 6284
# violence type maps to one of them so that statistics can be shared with international partners.
GBVIMS_CORE_TYPES: tuple[Term, ...] = (
    T("rape", "Tecavüz", "Rape"),
    T("sexual_assault", "Cinsel saldırı", "Sexual assault"),
    T("physical_assault", "Fiziksel saldırı", "Physical assault"),
    T("forced_marriage", "Zorla evlendirme", "Forced marriage"),
    T(
        "denial_of_resources",
        "Kaynak, fırsat veya hizmetlerden yoksun bırakma",
        "Denial of resources, opportunities or services",
    ),
    T("psychological_abuse", "Psikolojik / duygusal istismar", "Psychological / emotional abuse"),
)

_VIOLENCE_TYPE = (
    T("physical", "Fiziksel şiddet", "Physical violence", {"gbvims": "physical_assault"}),
    # Kept apart from "sexual" so that the GBVIMS statistics can tell rape (penetration) from other assault.
    T("rape", "Cinsel saldırı – tecavüz (organ veya cisim sokma)", "Rape (penetration)", {"gbvims": "rape"}),
    T("sexual", "Cinsel şiddet", "Sexual violence", {"gbvims": "sexual_assault"}),
    T("psychological", "Psikolojik şiddet", "Psychological violence", {"gbvims": "psychological_abuse"}),
    T("economic", "Ekonomik şiddet", "Economic violence", {"gbvims": "denial_of_resources"}),
    T("verbal", "Sözlü şiddet", "Verbal violence", {"gbvims": "psychological_abuse"}),
    T("stalking", "Israrlı takip", "Stalking", {"gbvims": "psychological_abuse"}),
    T("digital", "Dijital şiddet", "Digital violence", {"gbvims": "psychological_abuse"}),
    T(
        "forced_early_marriage",
        "Zorla ve erken yaşta evlilik",
        "Forced and early marriage",
        {"gbvims": "forced_marriage"},
    ),
)

# "gbvims": the GBVIMS alleged-perpetrator relationship group (domain.stat_rules, GBVIMS tables).
_PERPETRATOR_RELATIONSHIP = (
    T("husband", "Eş", "Husband", {"gbvims": "intimate_partner"}),
    T("ex_husband", "Eski eş", "Former husband", {"gbvims": "intimate_partner"}),
    T("partner", "Partner / sevgili", "Partner", {"gbvims": "intimate_partner"}),
    T("ex_partner", "Eski partner / eski sevgili", "Former partner", {"gbvims": "intimate_partner"}),
    T("fiance", "Nişanlı", "Fiancé", {"gbvims": "intimate_partner"}),
    T("father", "Baba", "Father", {"gbvims": "primary_caregiver"}),
    T("mother", "Anne", "Mother", {"gbvims": "primary_caregiver"}),
    T("brother", "Erkek kardeş", "Brother", {"gbvims": "other_family"}),
    T("son", "Oğul", "Son", {"gbvims": "other_family"}),
    T(
        "in_law",
        "Eşinin ailesi (kayınpeder, kayınvalide, kayınbirader vb.)",
        "In-laws (father-, mother-, brother-in-law etc.)",
        {"gbvims": "other_family"},
    ),
    T("other_relative", "Diğer akraba", "Other relative", {"gbvims": "other_family"}),
    T("acquaintance", "Tanıdık", "Acquaintance", {"gbvims": "family_friend_neighbour"}),
    T("employer", "İşveren", "Employer", {"gbvims": "supervisor_employer"}),
    T("stranger", "Tanımadığı biri", "Stranger", {"gbvims": "no_relation"}),
    T("other", "Diğer", "Other", {"gbvims": "other"}),
)

# "gbvims_service": the GBVIMS service a referral to this kind of institution counts under.
_INSTITUTION_TYPE = (
    T("sonim", "ŞÖNİM (Şiddet Önleme ve İzleme Merkezi)", "ŞÖNİM (Violence Prevention and Monitoring Centre)",
      {"gbvims_service": "safety_security"}),
    T("police", "Emniyet (polis)", "Police", {"gbvims_service": "safety_security"}),
    T("gendarmerie", "Jandarma", "Gendarmerie", {"gbvims_service": "safety_security"}),
    T("prosecutor", "Cumhuriyet başsavcılığı", "Public prosecutor's office", {"gbvims_service": "legal"}),
    T("family_court", "Aile mahkemesi", "Family court", {"gbvims_service": "legal"}),
    T("bar_legal_aid", "Baro adli yardım", "Bar association legal aid", {"gbvims_service": "legal"}),
    T("hospital", "Hastane", "Hospital", {"gbvims_service": "health"}),
    T("child_monitoring_center", "Çocuk İzlem Merkezi (ÇİM)", "Child Monitoring Centre (ÇİM)",
      {"gbvims_service": "health"}),
    T(
        "family_social_services",
        "Aile ve Sosyal Hizmetler İl Müdürlüğü",
        "Provincial Directorate of Family and Social Services",
        {"gbvims_service": "psychosocial"},
    ),
    T("shelter", "Kadın konukevi", "Women's shelter", {"gbvims_service": "safe_house"}),
    T(
        "social_assistance_foundation",
        "Sosyal Yardımlaşma ve Dayanışma Vakfı (SYDV)",
        "Social Assistance and Solidarity Foundation (SYDV)",
        {"gbvims_service": "livelihoods"},
    ),
    T("iskur", "İŞKUR (Türkiye İş Kurumu)", "İŞKUR (Turkish Employment Agency)",
      {"gbvims_service": "livelihoods"}),
    T("sgk", "SGK (Sosyal Güvenlik Kurumu)", "SGK (Social Security Institution)", {"gbvims_service": "livelihoods"}),
    T("migration_administration", "Göç İdaresi", "Migration administration", {"gbvims_service": "other"}),
    T("municipal_unit", "Belediye birimi", "Municipal unit", {"gbvims_service": "livelihoods"}),
    T("ngo", "Sivil toplum kuruluşu (STK)", "Non-governmental organisation (NGO)", {"gbvims_service": "psychosocial"}),
    T("other", "Diğer", "Other", {"gbvims_service": "other"}),
)

_NOTE_TYPE = (
    T("psychosocial_session", "Psikososyal görüşme", "Psychosocial session"),
    T("legal_counseling", "Hukuki danışmanlık", "Legal counselling"),
    T("social_work", "Sosyal çalışma", "Social work"),
    T("phone_call", "Telefon görüşmesi", "Phone call"),
    T("home_visit", "Ev ziyareti", "Home visit"),
    T("institution_contact", "Kurumla görüşme", "Contact with an institution"),
)

_CLOSURE_REASON = (
    T("goals_met", "Hedeflere ulaşıldı", "Goals met"),
    T("client_request", "Danışanın talebi", "Client's request"),
    T("moved_away", "Başka bir yere taşındı", "Moved away"),
    T("referred_elsewhere", "Başka bir kuruma yönlendirildi", "Referred elsewhere"),
    T("lost_contact", "Kendisine ulaşılamıyor", "Lost contact"),
    T("deceased", "Vefat", "Deceased"),
    T("other", "Diğer", "Other"),
)

_CLOSURE_CHECKLIST = (
    T("needs_met", "Belirlenen ihtiyaçlar karşılandı", "Identified needs have been met"),
    T("safety_plan_reviewed", "Güvenlik planı birlikte gözden geçirildi", "Safety plan reviewed together"),
    T(
        "told_can_return",
        "Dilediği zaman yeniden başvurabileceği söylendi",
        "She was told she can come back at any time",
    ),
    T("referrals_closed", "Açık yönlendirmeler sonuçlandırıldı", "Open referrals have been concluded"),
    T("children_needs_addressed", "Çocukların ihtiyaçları ele alındı", "Children's needs have been addressed"),
    T(
        "measures_checked",
        "Koruyucu ve önleyici tedbirlerin durumu kontrol edildi",
        "Protective and preventive measures checked",
    ),
)

# Codes are ISO 639-3 so that they stay meaningful outside the app. "fas" is the Persian macrolanguage;
# Iranian Persian proper is "pes", kept as an alternative for exchanges that use individual languages.
_INTERPRETER_LANGUAGE = (
    T("tur", "Türkçe", "Turkish", {"iso639_3": "tur"}),
    T("ara", "Arapça", "Arabic", {"iso639_3": "ara"}),
    T("fas", "Farsça", "Persian", {"iso639_3": "fas", "iso639_3_alt": "pes"}),
    T("prs", "Darice (Dari)", "Dari", {"iso639_3": "prs"}),
    T("pus", "Peştuca", "Pashto", {"iso639_3": "pus"}),
    T("kmr", "Kürtçe (Kurmancî)", "Kurdish (Kurmanji)", {"iso639_3": "kmr"}),
    T("ckb", "Kürtçe (Soranî)", "Kurdish (Sorani)", {"iso639_3": "ckb"}),
    T("zza", "Zazaca", "Zazaki", {"iso639_3": "zza"}),
    T("hye", "Ermenice", "Armenian", {"iso639_3": "hye"}),
    T("eng", "İngilizce", "English", {"iso639_3": "eng"}),
    T("fra", "Fransızca", "French", {"iso639_3": "fra"}),
    T("rus", "Rusça", "Russian", {"iso639_3": "rus"}),
    T("ukr", "Ukraynaca", "Ukrainian", {"iso639_3": "ukr"}),
    T("tsm", "Türk İşaret Dili", "Turkish Sign Language", {"iso639_3": "tsm"}),
    T("other", "Diğer", "Other", {"iso639_3": ""}),
)

_INTAKE_CHANNEL = (
    T("walk_in", "Doğrudan başvuru", "Walk-in"),
    T("phone", "Telefon", "Phone"),
    T("email", "E-posta", "E-mail"),
    T("referral", "Kurum yönlendirmesi", "Referral from an institution"),
    T("outreach", "Saha çalışması", "Outreach"),
    T("online", "Çevrim içi", "Online"),
    T("other", "Diğer", "Other"),
)

_IMMEDIATE_NEED = (
    T("shelter", "Barınma", "Shelter"),
    T("legal", "Hukuki destek", "Legal support"),
    T("psychological", "Psikolojik destek", "Psychological support"),
    T("health", "Sağlık", "Health care"),
    T("economic", "Ekonomik destek", "Economic support"),
    T("child_related", "Çocuklarla ilgili", "Child-related"),
    T("interpreter", "Tercüman", "Interpreter"),
)

_MIGRANT_STATUS = (
    T("citizen", "T.C. vatandaşı", "Turkish citizen"),
    T("temporary_protection", "Geçici koruma", "Temporary protection"),
    T("international_protection_applicant", "Uluslararası koruma başvuru sahibi", "International protection applicant"),
    T(
        "refugee",
        "Uluslararası koruma statüsü sahibi (mülteci, şartlı mülteci, ikincil koruma)",
        "International protection holder (refugee, conditional refugee, subsidiary protection)",
    ),
    T("residence_permit", "İkamet izni sahibi", "Residence permit holder"),
    T("irregular", "Düzensiz göçmen (belgesiz)", "Irregular migrant (undocumented)"),
    T("other", "Diğer", "Other"),
)

# Religious-only marriage (imam nikâhı) is listed separately: it leaves the woman without the civil-law
# protections of marriage (e.g. the family-home annotation), which matters for legal counselling.
_MARITAL_STATUS = (
    T("single", "Bekâr", "Single"),
    T("married", "Evli (resmî nikâh)", "Married (civil marriage)"),
    T("religious_marriage_only", "Yalnızca dinî nikâh", "Religious marriage only"),
    T("cohabiting", "Birlikte yaşıyor", "Cohabiting"),
    T("separated", "Ayrı yaşıyor", "Separated"),
    T("divorce_pending", "Boşanma davası sürüyor", "Divorce pending"),
    T("divorced", "Boşanmış", "Divorced"),
    T("widowed", "Eşi vefat etmiş", "Widowed"),
    T("other", "Diğer", "Other"),
)

_EDUCATION = (
    T("illiterate", "Okuryazar değil", "Cannot read or write"),
    T("literate", "Okuryazar (okul bitirmemiş)", "Literate, no diploma"),
    T("primary", "İlkokul", "Primary school"),
    T("lower_secondary", "Ortaokul", "Lower secondary school"),
    T("upper_secondary", "Lise", "Upper secondary school"),
    T("associate", "Ön lisans", "Associate degree"),
    T("bachelor", "Lisans", "Bachelor's degree"),
    T("postgraduate", "Lisansüstü", "Postgraduate degree"),
    T("unknown", "Bilinmiyor", "Unknown"),
)

_EMPLOYMENT = (
    T("unemployed", "Çalışmıyor", "Not working"),
    T("employed_registered", "Kayıtlı (sigortalı) çalışıyor", "Employed with social security"),
    T("employed_informal", "Kayıt dışı (sigortasız) çalışıyor", "Employed informally (no social security)"),
    T("self_employed", "Kendi işini yapıyor", "Self-employed"),
    T("seasonal", "Mevsimlik veya gündelik işçi", "Seasonal or day labourer"),
    T("homemaker", "Ev işleriyle meşgul", "Homemaker"),
    T("student", "Öğrenci", "Student"),
    T("retired", "Emekli", "Retired"),
    T("unable_to_work", "Çalışamaz durumda (engellilik veya hastalık)", "Unable to work (disability or illness)"),
    T("other", "Diğer", "Other"),
)

_PLACEMENT_EXIT_REASON = (
    T("returned_home", "Evine döndü", "Returned home"),
    T("independent_living", "Bağımsız yaşama geçti", "Moved to independent living"),
    T("moved_to_relatives", "Yakınlarının yanına gitti", "Moved in with relatives"),
    T("transferred", "Başka bir konukevine nakledildi", "Transferred to another shelter"),
    T("left_voluntarily", "Kendi isteğiyle ayrıldı", "Left voluntarily"),
    T("rule_violation", "Kurallara uymadığı için ilişiği kesildi", "Placement ended for breaking shelter rules"),
    T("other", "Diğer", "Other"),
)

_SHELTER_TYPE = (
    T("kadin_konukevi", "Kadın konukevi", "Women's shelter"),
    T("sonim_first_stage", "ŞÖNİM ilk kabul birimi", "ŞÖNİM first-stage reception unit"),
    T("ngo_shelter", "STK sığınağı", "NGO shelter"),
    T("other", "Diğer", "Other"),
)

# KVKK (Law 6698): the information notice is a duty to inform, not a consent; explicit consent is needed for
# special categories of data (health, sex life…) and for sharing with a specific institution.
_CONSENT_KIND = (
    T("information_notice", "Aydınlatma metni", "Information notice"),
    T(
        "explicit_processing",
        "Özel nitelikli kişisel veriler için açık rıza",
        "Explicit consent for special categories of data",
    ),
    T("share_with_institution", "Kurumla paylaşım için açık rıza", "Consent to share with an institution"),
    T("anonymous_statistics", "Anonim istatistiklerde kullanım onayı", "Consent to anonymous statistics"),
    # issue 21: her name on a support group's attendance (otherwise the group counts her by number only)
    T("group_attendance", "Destek grubu katılımının adıyla kaydı için açık rıza",
      "Consent to name her in a support group's attendance"),
)

_REFERRAL_STATUS = (
    T("draft", "Taslak", "Draft"),
    T("sent", "Gönderildi", "Sent"),
    T("accepted", "Kabul edildi", "Accepted"),
    T("rejected", "Reddedildi", "Rejected"),
    T("completed", "Tamamlandı", "Completed"),
    T("withdrawn", "Geri çekildi", "Withdrawn"),
)

_PLACEMENT_STATUS = (
    T("requested", "Talep edildi", "Requested"),
    T("placed", "Yerleştirildi", "Placed"),
    T("ended", "Sona erdi", "Ended"),
)

_CASE_STATUS = (
    T("draft", "Taslak", "Draft"),
    T("open", "Açık", "Open"),
    T("active", "Aktif", "Active"),
    T("closure_requested", "Kapanış istendi", "Closure requested"),
    T("closed", "Kapalı", "Closed"),
)

_CHILD_CONCERN = (
    T("witnessed_violence", "Şiddete tanıklık", "Witnessed violence"),
    T("physical_abuse", "Fiziksel istismar", "Physical abuse"),
    T("sexual_abuse", "Cinsel istismar", "Sexual abuse"),
    T("neglect", "İhmal", "Neglect"),
    T("school_absence", "Okula devamsızlık", "School absence"),
    T("health", "Sağlık sorunu", "Health concern"),
    T("emotional_distress", "Duygusal sıkıntı", "Emotional distress"),
    T("other", "Diğer", "Other"),
)

# What a session is for; `note_type` is the kind of note an attended appointment becomes (services.appointments).
_APPOINTMENT_KIND = (
    T("psychological", "Psikolojik görüşme", "Psychological session", {"note_type": "psychosocial_session"}),
    T("legal", "Hukuki görüşme", "Legal counselling", {"note_type": "legal_counseling"}),
    T("social", "Sosyal çalışma görüşmesi", "Social work session", {"note_type": "social_work"}),
    T("child_session", "Çocukla görüşme", "Session with a child", {"note_type": "psychosocial_session"}),
    T("home_visit", "Ev ziyareti", "Home visit", {"note_type": "home_visit"}),
    T("court_accompaniment", "Adliyeye refakat", "Accompaniment to court", {"note_type": "institution_contact"}),
    T("hospital_accompaniment", "Hastaneye refakat", "Accompaniment to hospital",
      {"note_type": "institution_contact"}),
)

_APPOINTMENT_STATUS = (
    T("planned", "Planlandı", "Planned"),
    T("attended", "Geldi", "Attended"),
    T("no_show", "Gelmedi", "Did not come"),
    T("cancelled", "İptal edildi", "Cancelled"),
)

_ATTACHMENT_TYPE = (
    T("decision_6284", "6284 kararı", "Decision under Law 6284"),
    T("medical_report", "Sağlık raporu (darp raporu)", "Medical (injury) report"),
    T("police_record", "Kolluk tutanağı", "Police record"),
    T("court_document", "Mahkeme belgesi", "Court document"),
    T("signed_consent", "İmzalı onam formu", "Signed consent form"),
    T("id_copy", "Kimlik fotokopisi", "ID copy"),
    T("other", "Diğer", "Other"),
)

# How she heard of the center, or who sent her (statistics, issue 18); "unknown" for records made before.
_REFERRAL_SOURCE = (
    T("relative_friend", "Yakını veya arkadaşı", "A relative or friend"),
    T("former_client", "Merkeze daha önce gelmiş bir kadın", "A woman who had come to the center"),
    T("police_gendarmerie", "Kolluk (polis, jandarma)", "Police or gendarmerie"),
    T("sonim", "ŞÖNİM", "ŞÖNİM"),
    T("alo183", "ALO 183 hattı", "ALO 183 helpline"),
    T("health", "Sağlık kuruluşu", "Health service"),
    T("prosecutor_court", "Savcılık veya mahkeme", "Prosecutor or court"),
    T("bar_association", "Baro", "Bar association"),
    T("social_services", "Aile ve Sosyal Hizmetler", "Family and social services"),
    T("municipality", "Belediyenin başka bir birimi", "Another municipal unit"),
    T("muhtar", "Muhtarlık", "Neighbourhood head (muhtar)"),
    T("school", "Okul veya rehberlik servisi", "School or school counsellor"),
    T("ngo", "Sivil toplum kuruluşu", "NGO"),
    T("internet", "İnternet veya sosyal medya", "Internet or social media"),
    T("media_print", "Afiş, broşür veya basın", "Poster, leaflet or the press"),
    T("outreach", "Saha çalışması veya bilgilendirme etkinliği", "Outreach or an information event"),
    T("other", "Diğer", "Other"),
    T("unknown", "Bilinmiyor", "Unknown"),
)

# The six domains of the Washington Group Short Set on functioning; "none" when she was asked and has none.
# A client with no code recorded has not been asked (statistics count her as "not recorded").
_DISABILITY_TYPE = (
    T("seeing", "Görme", "Seeing"),
    T("hearing", "İşitme", "Hearing"),
    T("mobility", "Yürüme veya merdiven çıkma", "Walking or climbing steps"),
    T("cognition", "Hatırlama veya odaklanma", "Remembering or concentrating"),
    T("self_care", "Öz bakım (yıkanma, giyinme)", "Self-care (washing, dressing)"),
    T("communication", "İletişim (anlama, anlaşılma)", "Communication (understanding, being understood)"),
    T("none", "Engeli yok", "No disability"),
)

_DISTRICT = tuple(T(code, tr, en, meta) for code, tr, en, meta in district_terms())

# Read-only view so that no caller can add or replace a whole vocabulary at runtime.
BUILTIN: Mapping[Kind, tuple[Term, ...]] = MappingProxyType(
    {
        Kind.VIOLENCE_TYPE: _VIOLENCE_TYPE,
        Kind.PERPETRATOR_RELATIONSHIP: _PERPETRATOR_RELATIONSHIP,
        Kind.INSTITUTION_TYPE: _INSTITUTION_TYPE,
        Kind.NOTE_TYPE: _NOTE_TYPE,
        Kind.CLOSURE_REASON: _CLOSURE_REASON,
        Kind.CLOSURE_CHECKLIST: _CLOSURE_CHECKLIST,
        Kind.MEASURE_TYPE: _MEASURE_TYPE,
        Kind.MEASURE_AUTHORITY: _MEASURE_AUTHORITY,
        Kind.MEASURE_STATUS: _MEASURE_STATUS,
        Kind.INTERPRETER_LANGUAGE: _INTERPRETER_LANGUAGE,
        Kind.INTAKE_CHANNEL: _INTAKE_CHANNEL,
        Kind.IMMEDIATE_NEED: _IMMEDIATE_NEED,
        Kind.RISK_INDICATOR: _RISK_INDICATOR,
        Kind.RISK_LEVEL: _RISK_LEVEL,
        Kind.MIGRANT_STATUS: _MIGRANT_STATUS,
        Kind.MARITAL_STATUS: _MARITAL_STATUS,
        Kind.EDUCATION: _EDUCATION,
        Kind.EMPLOYMENT: _EMPLOYMENT,
        Kind.PLACEMENT_EXIT_REASON: _PLACEMENT_EXIT_REASON,
        Kind.SHELTER_TYPE: _SHELTER_TYPE,
        Kind.CONSENT_KIND: _CONSENT_KIND,
        Kind.SAFETY_PLAN_ITEM: _SAFETY_PLAN_ITEM,
        Kind.REFERRAL_STATUS: _REFERRAL_STATUS,
        Kind.PLACEMENT_STATUS: _PLACEMENT_STATUS,
        Kind.CASE_STATUS: _CASE_STATUS,
        Kind.CHILD_CONCERN: _CHILD_CONCERN,
        Kind.APPOINTMENT_KIND: _APPOINTMENT_KIND,
        Kind.APPOINTMENT_STATUS: _APPOINTMENT_STATUS,
        Kind.ATTACHMENT_TYPE: _ATTACHMENT_TYPE,
        Kind.DISTRICT: _DISTRICT,
        Kind.REFERRAL_SOURCE: _REFERRAL_SOURCE,
        Kind.DISABILITY_TYPE: _DISABILITY_TYPE,
        Kind.ACTIVITY_KIND: vocab_center.ACTIVITY_KIND,
        Kind.CONTACT_CHANNEL: vocab_center.CONTACT_CHANNEL,
        Kind.CONTACT_TOPIC: vocab_center.CONTACT_TOPIC,
        Kind.AID_KIND: vocab_support.AID_KIND,
        Kind.AID_SOURCE: vocab_support.AID_SOURCE,
        Kind.AID_STATUS: vocab_support.AID_STATUS,
        Kind.AID_REFUSAL_REASON: vocab_support.AID_REFUSAL_REASON,
        Kind.EMPLOYMENT_SUPPORT_KIND: vocab_support.EMPLOYMENT_SUPPORT_KIND,
        Kind.EMPLOYMENT_OUTCOME: vocab_support.EMPLOYMENT_OUTCOME,
        Kind.COURT_CASE_KIND: vocab_support.COURT_CASE_KIND,
        Kind.COURT_LAWYER: vocab_support.COURT_LAWYER,
        Kind.COURT_CASE_STATUS: vocab_support.COURT_CASE_STATUS,
        Kind.COURT_OUTCOME: vocab_support.COURT_OUTCOME,
    }
)

del T

# code -> term per kind, built once; lookups happen for every label shown in lists and documents.
_INDEX: Mapping[Kind, Mapping[str, Term]] = MappingProxyType(
    {kind: MappingProxyType({t.code: t for t in kind_terms}) for kind, kind_terms in BUILTIN.items()}
)


def terms(kind: Kind) -> tuple[Term, ...]:
    """The built-in terms of `kind`, in display order."""
    return BUILTIN[Kind(kind)]


def term(kind: Kind, code: str) -> Term:
    """The built-in term `code` of `kind`; KeyError if there is none."""
    try:
        return _INDEX[Kind(kind)][code]
    except KeyError:
        raise KeyError(f"unknown {Kind(kind).value} code: {code!r}") from None


def codes(kind: Kind) -> frozenset[str]:
    """Every built-in code of `kind`."""
    return frozenset(_INDEX[Kind(kind)])


def label(kind: Kind, code: str, lang: str) -> str:
    """The Turkish ("tr") or English ("en") label of a built-in code; an unknown code is returned as is.

    Falling back to the code keeps lists and documents readable for codes an admin added later (those
    labels live in the database) or a term that was renamed. An unknown `lang` is a programming error.
    """
    if lang not in ("tr", "en"):
        raise ValueError(f"unknown label language: {lang!r} (use 'tr' or 'en')")
    found = _INDEX[Kind(kind)].get(code)
    if found is None:
        return code
    return found.tr if lang == "tr" else found.en


_LETHALITY_INDICATORS = frozenset({"threats_to_kill", "weapon_access", "strangulation"})


def _builtin_weight(code: str) -> int:
    weight = _INDEX[Kind.RISK_INDICATOR][code].meta["weight"]
    assert isinstance(weight, int)
    return weight


_WEIGHTS: Mapping[str, int] = MappingProxyType({t.code: _builtin_weight(t.code) for t in _RISK_INDICATOR})


def risk_suggestion(indicator_codes: Iterable[str], *, weights: Mapping[str, int] | None = None) -> str:
    """Suggest a `risk_level` code from the ticked danger indicators. Only a suggestion: the counselor decides.

    Each indicator counts once (duplicates are ignored) with its `weight` from the `risk_indicator`
    vocabulary. The rule, first match wins:

    - very_high: a lethality indicator (threats_to_kill, weapon_access, strangulation) together with any
      *other* indicator of weight 2 or more (another lethality indicator counts);
    - very_high: total weight 6 or more;
    - high: total weight 4 or more;
    - medium: total weight 2 or more;
    - low: otherwise (including no indicators at all).

    `weights` (code -> weight) replaces the built-in weights, e.g. with the vault's vocabulary including
    indicators an admin added; by default only built-in codes are known. Unknown codes raise ValueError.
    """
    table = _WEIGHTS if weights is None else weights
    ticked = set(indicator_codes)
    unknown = sorted(ticked - table.keys())
    if unknown:
        raise ValueError(f"unknown risk indicator code(s): {', '.join(unknown)}")
    lethal = ticked & _LETHALITY_INDICATORS
    for code in lethal:
        if any(table[other] >= 2 for other in ticked if other != code):
            return "very_high"
    total = sum(table[code] for code in ticked)
    if total >= 6:
        return "very_high"
    if total >= 4:
        return "high"
    if total >= 2:
        return "medium"
    return "low"
