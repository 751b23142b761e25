"""The protection vocabularies (a part of vocabularies.py, which seeds and looks them up): Law 6284 measures
(type, authority, status), the danger indicators with their weights for `risk_suggestion`, the risk levels
and the safety-plan items. Pure data. Codes are only ever added (stored records use them)."""

from __future__ import annotations

from .vocab_term import Term

T = Term  # short alias, as in vocabularies.py: each term fits on one line

# Law 6284 (Ailenin Korunması ve Kadına Karşı Şiddetin Önlenmesine Dair Kanun) measures, in the order of the
# law. Art. 3: protective measures ordered by the governor/district governor (mülki amir); art. 4: protective
# measures ordered by the judge; art. 5: preventive measures against the perpetrator, ordered by the judge.
# "urgent_authority" marks the measures a police or gendarmerie chief (kolluk amiri) may also take when delay
# would be dangerous, subject to approval by the governor (art. 3) or the judge (art. 5) afterwards.
MEASURE_TYPE = (
    T("shelter", "Barınma yeri sağlanması", "Provision of shelter", {"article": 3, "urgent_authority": True}),
    T("financial_aid", "Geçici maddi yardım", "Temporary financial aid", {"article": 3}),
    T(
        "psychological_guidance",
        "Psikolojik, mesleki, hukuki ve sosyal rehberlik ve danışmanlık",
        "Psychological, vocational, legal and social guidance and counselling",
        {"article": 3},
    ),
    T(
        "temporary_protection",
        "Geçici koruma altına alınma",
        "Temporary protection (police protection)",
        {"article": 3, "urgent_authority": True},
    ),
    T("daycare", "Kreş imkânı sağlanması", "Provision of day care for children", {"article": 3}),
    T("workplace_change", "İşyerinin değiştirilmesi", "Change of workplace", {"article": 4}),
    T("separate_residence", "Ayrı yerleşim yeri belirlenmesi", "Separate place of residence", {"article": 4}),
    T(
        "title_deed_annotation",
        "Tapu kütüğüne aile konutu şerhi konulması",
        "Family-home annotation in the land register",
        {"article": 4},
    ),
    T(
        "identity_confidentiality",
        "Kimlik ve ilgili bilgilerin gizlenmesi / değiştirilmesi",
        "Confidentiality or change of identity details",
        {"article": 4},
    ),
    T(
        "no_threats",
        "Şiddet tehdidi, hakaret, aşağılama veya küçük düşürmede bulunmaması",
        "No threats, insults or humiliation",
        {"article": 5, "urgent_authority": True},
    ),
    T(
        "removal_from_home",
        "Müşterek konuttan uzaklaştırma",
        "Removal from the shared home",
        {"article": 5, "urgent_authority": True},
    ),
    T(
        "no_approach",
        "Korunan kişiye, konutuna, okuluna ve işyerine yaklaşmaması",
        "No approaching the protected person, her home, school or workplace",
        {"article": 5, "urgent_authority": True},
    ),
    T(
        "personal_relations_with_children",
        "Çocuklarla kişisel ilişkinin refakatçiyle yapılması, sınırlanması veya kaldırılması",
        "Contact with the children supervised, restricted or suspended",
        {"article": 5},
    ),
    T(
        "no_approach_to_relatives",
        "Korunan kişinin yakınlarına, tanıklarına ve çocuklarına yaklaşmaması",
        "No approaching her relatives, witnesses or children",
        {"article": 5},
    ),
    T(
        "no_damaging_property",
        "Korunan kişinin şahsi eşyalarına ve ev eşyalarına zarar vermemesi",
        "No damaging her personal or household belongings",
        {"article": 5},
    ),
    T(
        "no_contact",
        "İletişim araçlarıyla veya sair surette rahatsız etmemesi",
        "No contact by phone, messages or otherwise",
        {"article": 5},
    ),
    T("surrender_weapon", "Silahın kolluğa teslim edilmesi", "Surrender of weapons to the police", {"article": 5}),
    T(
        "surrender_service_weapon",
        "Görevi nedeniyle zimmetindeki silahın kurumuna teslim edilmesi",
        "Surrender of service weapon to the employer",
        {"article": 5},
    ),
    T(
        "no_substance_use",
        "Alkol veya uyuşturucu madde kullanmaması, bağımlılık tedavisi",
        "No alcohol or drug use; addiction treatment",
        {"article": 5},
    ),
    T("medical_treatment", "Muayene veya tedaviye başvurması", "Medical examination or treatment", {"article": 5}),
    T("electronic_monitoring", "Elektronik izleme (elektronik kelepçe)", "Electronic monitoring (tag)", {"article": 5}),
)

MEASURE_AUTHORITY = (
    T("governor", "Mülki amir (vali / kaymakam)", "Governor or district governor"),
    T("family_judge", "Aile mahkemesi hâkimi", "Family court judge"),
    T("police_chief", "Kolluk amiri", "Police or gendarmerie chief"),
    T("other", "Diğer", "Other"),
)

MEASURE_STATUS = (
    T("active", "Yürürlükte", "Active"),
    T("expired", "Süresi doldu", "Expired"),
    T("lifted", "Kaldırıldı", "Lifted"),
    T("rejected", "Reddedildi", "Rejected"),
    # issue 21: a request waiting for its decision (due within 24 hours: domain/measure_deadlines.py)
    T("requested", "Talep edildi, karar bekleniyor", "Requested, awaiting a decision"),
)

# Danger indicators and their weights for `risk_suggestion`. Weight 3 marks the strongest predictors of lethal
# violence in the risk-assessment literature (threats to kill, access to a weapon, strangulation).
RISK_INDICATOR = (
    T("threats_to_kill", "Öldürmekle tehdit", "Threats to kill", {"weight": 3}),
    T("weapon_access", "Silaha erişimi var", "Access to a weapon", {"weight": 3}),
    T("strangulation", "Boğazını sıkma / boğma girişimi", "Strangulation or choking", {"weight": 3}),
    T(
        "escalation",
        "Şiddetin sıklığı veya ağırlığı artıyor",
        "Violence is escalating in frequency or severity",
        {"weight": 2},
    ),
    T(
        "recent_separation",
        "Yakın zamanda ayrılık veya ayrılma girişimi",
        "Recent separation or attempt to leave",
        {"weight": 2},
    ),
    T("pregnancy", "Gebelik", "Pregnancy", {"weight": 1}),
    T("stalking", "Israrlı takip", "Stalking", {"weight": 2}),
    T("order_violations", "Tedbir kararlarının ihlali", "Violations of protective orders", {"weight": 2}),
    T("threats_to_children", "Çocukları tehdit", "Threats to the children", {"weight": 2}),
    T(
        "perpetrator_substance_abuse",
        "Şiddet uygulayanın alkol veya madde kullanımı",
        "Perpetrator's alcohol or drug abuse",
        {"weight": 1},
    ),
    T("forced_sex", "Zorla cinsel ilişki", "Forced sex", {"weight": 2}),
    T(
        "controlling_jealousy",
        "Aşırı kıskançlık ve kontrol",
        "Controlling behaviour and extreme jealousy",
        {"weight": 1},
    ),
    T(
        "perpetrator_suicide_threats",
        "Şiddet uygulayanın intihar tehdidi",
        "Perpetrator's suicide threats",
        {"weight": 2},
    ),
    T(
        "prior_injuries_needing_care",
        "Tıbbi müdahale gerektiren önceki yaralanmalar",
        "Prior injuries needing medical care",
        {"weight": 2},
    ),
)

RISK_LEVEL = (
    T("low", "Düşük", "Low", {"rank": 0}),
    T("medium", "Orta", "Medium", {"rank": 1}),
    T("high", "Yüksek", "High", {"rank": 2}),
    T("very_high", "Çok yüksek", "Very high", {"rank": 3}),
)

SAFETY_PLAN_ITEM = (
    T("emergency_bag", "Acil durum çantası hazırlandı", "Emergency bag packed"),
    T("safe_place", "Gidebileceği güvenli bir yer belirlendi", "Safe place to go identified"),
    T("trusted_person", "Güvendiği bir kişi belirlendi", "Trusted person identified"),
    T(
        "code_word_with_children",
        "Çocuklar ve güvendiği kişilerle parola belirlendi",
        "Code word agreed with children and trusted people",
    ),
    T(
        "important_documents",
        "Önemli belgelerin kopyaları güvenli bir yerde",
        "Copies of important documents kept safe",
    ),
    T(
        "emergency_numbers",
        "Acil numaralar biliniyor (112, 155, 156, ALO 183, KADES)",
        "Knows emergency numbers (112, 155, 156, ALO 183, KADES app)",
        {"numbers": ["112", "155", "156", "183"]},
    ),
    T("route_planning", "Kaçış yolu planlandı", "Escape route planned"),
    T("phone_safety", "Telefon güvenliği (hızlı arama, arama geçmişi)", "Phone safety (speed dial, call history)"),
    T(
        "digital_safety",
        "Dijital güvenlik (konum paylaşımı, şifreler, takip uygulamaları)",
        "Digital safety (location sharing, passwords, stalkerware)",
    ),
)
