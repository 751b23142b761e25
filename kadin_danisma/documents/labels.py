"""Every fixed string the documents print, in Turkish (the default) and English, plus the few formatting
helpers (dates, yes/no, counts) the renderers share.

Vocabulary codes are not here: their labels come from `domain.vocabularies` (or the vault's own terms,
passed in by the service). User text is never looked up here either; this is template text only.
"""

from __future__ import annotations

from datetime import date, datetime

from .support_sections import SUPPORT_TEXTS

__all__ = ["LANGS", "TEXTS", "count_text", "date_text", "lang_of", "text", "time_text", "yes_no"]

LANGS = ("tr", "en")

# key -> (Turkish, English). Placeholders use str.format names ({n}, {number}).
TEXTS: dict[str, tuple[str, str]] = {
    **SUPPORT_TEXTS,  # issue 21's sections (documents/support_sections.py)
    # shared
    "case_number": ("Dosya no", "Case no."),
    "reference_no": ("Referans no", "Reference no."),
    "date": ("Tarih", "Date"),
    "generated_on": ("Hazırlanma tarihi", "Prepared on"),
    "generated_by": ("Hazırlayan", "Prepared by"),
    "center": ("Merkez", "Centre"),
    "yes": ("Evet", "Yes"),
    "no": ("Hayır", "No"),
    "none_recorded": ("Kayıt yok.", "None recorded."),
    "minutes": ("{n} dk", "{n} min"),
    "comment": ("Açıklama", "Comment"),
    "notes_field": ("Notlar", "Notes"),
    "name": ("Ad", "Name"),
    "sex": ("Cinsiyet", "Sex"),
    "sex_female": ("Kadın", "Female"),
    "sex_male": ("Erkek", "Male"),
    "sex_unknown": ("Belirtilmemiş", "Not stated"),
    "child_sex_female": ("Kız", "Girl"),
    "child_sex_male": ("Erkek", "Boy"),
    "by": ("İşlemi yapan", "By"),
    "item": ("Bilgi", "Item"),
    "value": ("Değer", "Value"),
    # referral letter
    "letter_title": ("Yönlendirme Yazısı", "Referral Letter"),
    "addressee": ("Sayın", "To:"),
    "subject": ("Konu", "Subject"),
    "letter_intro": (
        "Merkezimizden destek alan danışanımızın yönlendirilmesi için gerekli bilgiler aşağıda sunulmuştur.",
        "The information needed for the referral of our client, who receives support from our centre, is set "
        "out below.",
    ),
    "client_information": ("Danışan bilgileri", "Client information"),
    "letter_field": ("Bilgi", "Item"),
    "letter_information": ("Açıklama", "Details"),
    "referral_reason": ("Yönlendirme nedeni", "Reason for referral"),
    "requested_service": ("Talep edilen hizmet", "Requested service"),
    "letter_closing": ("Gereğini bilgilerinize arz ederim.", "I kindly ask you to take the necessary action."),
    "counselor": ("Danışman", "Counsellor"),
    "signature": ("İmza", "Signature"),
    "letter_privacy": (
        "Bu yazı özel nitelikli kişisel veri içerir (6698 sayılı KVKK). Yalnızca bu yönlendirme amacıyla "
        "kullanılmalı, üçüncü kişilerle paylaşılmamalıdır.",
        "This letter contains special categories of personal data (Turkish Law No. 6698, KVKK). Use it only "
        "for this referral and do not share it with third parties.",
    ),
    # case summary: case
    "summary_title": ("Vaka özeti", "Case summary"),
    "summary_purpose": ("Süpervizyon için hazırlanmıştır.", "Prepared for supervision."),
    "sec_case": ("Dosya", "Case"),
    "status": ("Durum", "Status"),
    "opened_on": ("Açılış tarihi", "Opened on"),
    "closed_on": ("Kapanış tarihi", "Closed on"),
    "risk_level": ("Güncel risk düzeyi", "Current risk level"),
    "counselors": ("Danışmanlar", "Counsellors"),
    "withheld": (
        "“Dışa aktarımlara asla dahil etme” olarak işaretlenmiş {n} not bu belgeye alınmadı.",
        "{n} notes marked “never include in exports” were left out of this document.",
    ),
    "withheld_one": (
        "“Dışa aktarımlara asla dahil etme” olarak işaretlenmiş 1 not bu belgeye alınmadı.",
        "1 note marked “never include in exports” was left out of this document.",
    ),
    # client
    "sec_client": ("Danışan", "Client"),
    "full_name": ("Ad soyad", "Full name"),
    "client_code": ("Danışan kodu", "Client code"),
    "birth_year": ("Doğum yılı", "Year of birth"),
    "birth_date": ("Doğum tarihi", "Date of birth"),
    "nationality": ("Uyruk", "Nationality"),
    "migrant_status": ("Göç / koruma statüsü", "Migration / protection status"),
    "languages": ("Konuştuğu diller", "Languages spoken"),
    "interpreter_need": ("Tercüman ihtiyacı", "Interpreter needed"),
    "disability_needs": ("Engellilik ve erişilebilirlik ihtiyaçları", "Disability and accessibility needs"),
    "marital_status": ("Medeni durum", "Marital status"),
    "education": ("Eğitim durumu", "Education"),
    "employment": ("Çalışma durumu", "Employment"),
    "income": ("Gelir", "Income"),
    # safe contact
    "sec_safe_contact": ("Güvenli iletişim – iletişime geçmeden önce okuyun",
                         "Safe contact – read before contacting her"),
    "safe_phone": ("Güvenli telefon", "Safe phone"),
    "safe_contact_times": ("Aranabileceği zamanlar", "Safe times to call"),
    "never_call_home": ("EVDEN ASLA ARANMAMALIDIR.", "NEVER CALL HER AT HOME."),
    "code_word": ("Parola", "Code word"),
    "address": ("Adres", "Address"),
    "safe_contact_notes": ("İletişim notları", "Contact notes"),
    # children
    "sec_children": ("Çocuklar", "Children"),
    "accompanying": ("Annesiyle birlikte", "Accompanying her"),
    "school": ("Okul", "School"),
    "concerns": ("Endişeler", "Concerns"),
    "needs": ("İhtiyaçlar", "Needs"),
    # intake
    "sec_intake": ("Başvuru", "Intake"),
    "intake_date": ("Başvuru tarihi", "Intake date"),
    "channel": ("Başvuru şekli", "How she came"),
    "referred_by": ("Yönlendiren", "Referred by"),
    "presenting_request": ("Başvuru talebi (kendi ifadesiyle)", "Presenting request (in her own words)"),
    "violence_types": ("Şiddet türleri", "Types of violence"),
    "frequency": ("Sıklık", "Frequency"),
    "last_incident": ("Son olay tarihi", "Last incident"),
    "prior_police": ("Daha önce kolluğa başvurdu", "Prior contact with the police"),
    "prior_court": ("Daha önce yargıya başvurdu", "Prior contact with the courts"),
    "prior_contact_notes": ("Önceki başvurulara ilişkin notlar", "Notes on prior contacts"),
    "immediate_needs": ("Acil ihtiyaçlar", "Immediate needs"),
    # perpetrators
    "sec_perpetrators": ("Şiddet uygulayan kişiler", "Perpetrators"),
    "relationship": ("Yakınlığı", "Relationship"),
    "lives_with_client": ("Danışanla birlikte yaşıyor", "Lives with her"),
    "weapon_access": ("Silaha erişimi var", "Has access to a weapon"),
    # risk
    "sec_risk": ("Risk değerlendirmeleri", "Risk assessments"),
    "assessed_on": ("Değerlendirme tarihi", "Assessed on"),
    "level": ("Düzey", "Level"),
    "suggested_level": ("Önerilen düzey", "Suggested level"),
    "indicators": ("Tehlike göstergeleri", "Danger indicators"),
    "reason": ("Gerekçe", "Reason"),
    "assessor": ("Değerlendiren", "Assessed by"),
    # safety plans
    "sec_safety_plans": ("Güvenlik planları", "Safety plans"),
    "reviewed_on": ("Gözden geçirme tarihi", "Reviewed on"),
    "plan_items": ("Plan maddeleri", "Plan items"),
    "plan_text": ("Açıklama", "Details"),
    "reviewer": ("Gözden geçiren", "Reviewed by"),
    # notes
    "sec_notes": ("Görüşme notları", "Notes"),
    "note_type": ("Tür", "Type"),
    "duration": ("Süre", "Duration"),
    "interpreter": ("Tercüman", "Interpreter"),
    "interpreter_present": ("Tercüman vardı", "Interpreter present"),
    "author": ("Yazan", "Author"),
    "version": ("Sürüm", "Version"),
    "never_export_flag": ("“Dışa aktarımlara asla dahil etme” olarak işaretli",
                          "Marked “never include in exports”"),
    "revisions": ("Önceki sürümler", "Earlier versions"),
    "revision_heading": ("Sürüm {n}", "Version {n}"),
    "replaced_at": ("Değiştirilme zamanı", "Replaced at"),
    "replaced_by": ("Değiştiren", "Replaced by"),
    # referrals
    "sec_referrals": ("Yönlendirmeler", "Referrals"),
    "institution": ("Kurum", "Institution"),
    "institution_type": ("Kurum türü", "Type of institution"),
    "city": ("İl", "City"),
    "created_on": ("Oluşturulma tarihi", "Created on"),
    "sent_on": ("Gönderilme tarihi", "Sent on"),
    "responded_on": ("Yanıt tarihi", "Answered on"),
    "concluded_on": ("Sonuçlanma tarihi", "Concluded on"),
    "rejection_reason": ("Ret gerekçesi", "Reason for rejection"),
    "outcome": ("Sonuç", "Outcome"),
    "consent_override_reason": ("Onay olmadan paylaşım gerekçesi", "Reason for sharing without consent"),
    "events": ("İşlem geçmişi", "History"),
    # placements
    "sec_placements": ("Konukevi yerleştirmeleri", "Shelter placements"),
    "shelter": ("Konukevi", "Shelter"),
    "requested_on": ("Talep tarihi", "Requested on"),
    "placed_on": ("Yerleştirme tarihi", "Placed on"),
    "ended_on": ("Ayrılış tarihi", "Left on"),
    "exit_reason": ("Ayrılış nedeni", "Reason for leaving"),
    "children_with_her": ("Birlikte kalan çocuklar", "Children with her"),
    "capacity_override_reason": ("Kapasite aşımı gerekçesi", "Reason for exceeding capacity"),
    "age_flag": ("Erkek çocuk yaş sınırı aşılıyor", "A boy is over the shelter's age limit"),
    "transferred": ("Başka bir yerleştirmeden nakil", "Transferred from an earlier placement"),
    # measures
    "sec_measures": ("Koruyucu ve önleyici tedbirler (6284 sayılı Kanun)",
                     "Protective and preventive measures (Law No. 6284)"),
    "measure_type": ("Tedbir", "Measure"),
    "authority": ("Karar veren", "Issuing authority"),
    "decision_date": ("Karar tarihi", "Decision date"),
    "start_date": ("Başlangıç", "Start"),
    "end_date": ("Bitiş", "End"),
    "court_file_no": ("Mahkeme dosya no", "Court file no."),
    "violations": ("İhlaller", "Violations"),
    "violation_date": ("İhlal tarihi", "Date of violation"),
    "reported_to": ("Bildirildiği yer", "Reported to"),
    "description": ("Açıklama", "Description"),
    # consents
    "sec_consents": ("Onaylar ve bilgilendirme (KVKK)", "Consents and information notice (KVKK)"),
    "consent_kind": ("Tür", "Kind"),
    "given_on": ("Veriliş tarihi", "Given on"),
    "text_version": ("Metin sürümü", "Text version"),
    "withdrawn_on": ("Geri alınma tarihi", "Withdrawn on"),
    # follow-ups
    "sec_follow_ups": ("İzlem planı", "Follow-ups"),
    "due_on": ("Planlanan tarih", "Due on"),
    "purpose": ("Amaç", "Purpose"),
    "done_on": ("Yapıldığı tarih", "Done on"),
    "not_done": ("Henüz yapılmadı", "Not done yet"),
    # closure requests
    "sec_closure": ("Kapanış talepleri", "Closure requests"),
    "requested_at": ("Talep zamanı", "Requested at"),
    "requested_by": ("Talep eden", "Requested by"),
    "closure_reason": ("Kapanış nedeni", "Reason for closing"),
    "checklist": ("Kontrol listesi", "Checklist"),
    "closure_summary": ("Özet", "Summary"),
    "decision": ("Karar", "Decision"),
    "decided_by": ("Karar veren", "Decided by"),
    "decided_at": ("Karar zamanı", "Decided at"),
    "closure_pending": ("Karar bekliyor", "Awaiting decision"),
    "closure_approved": ("Onaylandı", "Approved"),
    "closure_returned": ("Geri gönderildi", "Returned"),
    "closure_withdrawn": ("Geri çekildi", "Withdrawn"),
    # status history
    "sec_status_history": ("Durum geçmişi", "Status history"),
    "event_create": ("Dosya oluşturuldu", "Case created"),
    "event_finish_intake": ("Başvuru tamamlandı", "Intake finished"),
    "event_activate": ("Çalışma başladı", "Work started"),
    "event_request_closure": ("Kapanış istendi", "Closure requested"),
    "event_withdraw_request": ("Kapanış talebi geri çekildi", "Closure request withdrawn"),
    "event_return_closure": ("Kapanış talebi geri gönderildi", "Closure request returned"),
    "event_approve_closure": ("Kapanış onaylandı", "Closure approved"),
    "event_reopen": ("Dosya yeniden açıldı", "Case reopened"),
    # client record (KVKK access request)
    "record_title": ("Kişisel veri erişim talebi – danışan kaydı", "Personal data access request – client record"),
    "record_intro": (
        "Bu belge, 6698 sayılı Kişisel Verilerin Korunması Kanunu'nun 11. maddesi kapsamında yapılan erişim "
        "talebi üzerine, merkezimizde danışana ilişkin tutulan kayıtların tamamını içerir.",
        "This document contains every record our centre holds about the client, prepared in answer to an "
        "access request under Article 11 of the Turkish Personal Data Protection Law No. 6698 (KVKK).",
    ),
    "sec_client_data": ("Danışan bilgileri", "Client details"),
    "case_heading": ("Dosya {number}", "Case {number}"),
    "no_cases": ("Bu danışana ait dosya yok.", "There are no cases for this client."),
    # recovery sheet
    "recovery_title": ("Kurtarma anahtarı", "Recovery key"),
    "vault_id": ("Kasa kimliği", "Vault ID"),
    "recovery_created_on": ("Oluşturulma tarihi", "Created on"),
    "recovery_groups": ("Anahtarı 8 grup hâlinde, soldan sağa ve yukarıdan aşağıya girin.",
                        "Enter the key as 8 groups, left to right, top row first."),
    "recovery_what_heading": ("Bu anahtar nedir?", "What is this key?"),
    "recovery_what": (
        "Bu anahtar, kasanın kilidini parola olmadan açar ve bir yöneticinin bütün kullanıcılar için yeni "
        "parola belirlemesine izin verir. Bu sayfayı eline geçiren herkes bütün danışan kayıtlarına "
        "ulaşabilir.",
        "This key unlocks the vault without a password and lets an administrator set new passwords for every "
        "user. Anyone who holds this page can reach every client record.",
    ),
    "recovery_do_heading": ("Ne yapmalısınız?", "What to do with it"),
    "recovery_do_print": ("Bu sayfayı yazdırın; kâğıt dışında hiçbir yerde saklamayın.",
                          "Print this page and keep it on paper only."),
    "recovery_do_lock": (
        "Kilitli bir yerde (ör. çelik kasa veya kilitli dolap), bilgisayardan ayrı bir yerde saklayın.",
        "Keep it locked away (e.g. in a safe or a locked cabinet), in a different place from the computer.",
    ),
    "recovery_do_never": (
        "Asla fotoğrafını çekmeyin, taramayın; bilgisayarda, telefonda, e-postada veya bulutta saklamayın.",
        "Never photograph or scan it, and never store it on a computer, a phone, in e-mail or in the cloud.",
    ),
    "recovery_do_new": (
        "Yeni bir kurtarma anahtarı oluşturulduğunda bu anahtar geçersiz olur; o zaman bu sayfayı "
        "parçalayarak imha edin.",
        "Making a new recovery key voids this one; then destroy this page by shredding it.",
    ),
    "recovery_do_use": (
        "Yalnızca yönetici parolaları unutulduğunda veya kaybedildiğinde kullanın.",
        "Use it only when the administrator passwords are forgotten or lost.",
    ),
    # front-desk day list
    "day_list_title": ("Günlük randevu listesi", "Appointments of the day"),
    "day_list_no_names": (
        "Bu listede danışan adı yoktur: dosya numarası ve oda yeterlidir. Gün bitince imha edin.",
        "This list holds no client names: the case number and the room are enough. Destroy it at the end of "
        "the day.",
    ),
    "day_list_time": ("Saat", "Time"),
    "day_list_room": ("Oda", "Room"),
    "day_list_counselor": ("Danışman", "Counsellor"),
    "day_list_interpreter": ("Tercüman", "Interpreter"),
    "day_list_status": ("Durum", "Status"),
    "day_list_empty": ("Bu gün için randevu yok.", "No appointments on this day."),
    "day_list_count": ("{n} randevu", "{n} appointments"),
    "day_list_count_one": ("1 randevu", "1 appointment"),
    "attachments_heading": ("Ekler", "Attachments"),
    "attachments_embedded": (
        "Ekler bu PDF dosyasının içindedir (PDF okuyucusunun ekler bölümünde).",
        "The attachments are inside this PDF file (in the PDF reader's attachments panel).",
    ),
}


def lang_of(lang: str) -> str:
    """The document language: "en" for English, Turkish for anything else (Turkish is the default)."""
    return "en" if lang == "en" else "tr"


def text(key: str, lang: str = "tr") -> str:
    """The template string `key` in `lang` ("tr" or "en"); KeyError for an unknown key."""
    tr, en = TEXTS[key]
    return en if lang_of(lang) == "en" else tr


def yes_no(value: bool, lang: str) -> str:
    return text("yes" if value else "no", lang)


def count_text(key: str, n: int, lang: str) -> str:
    """A counted sentence: `key_one` for exactly one when it exists, else `key` with {n} filled in."""
    if n == 1 and f"{key}_one" in TEXTS:
        return text(f"{key}_one", lang)
    return text(key, lang).format(n=n)


def date_text(value: str | None, lang: str) -> str:
    """An ISO date (YYYY-MM-DD) as printed: 05.03.2026 in Turkish, ISO in English; other text unchanged."""
    if not value:
        return ""
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return value
    return parsed.strftime("%d.%m.%Y") if lang_of(lang) == "tr" else parsed.isoformat()


def time_text(value: str | None, lang: str) -> str:
    """An ISO timestamp as local date and time to the minute; a plain date goes through `date_text`."""
    if not value:
        return ""
    if len(value) <= 10:
        return date_text(value, lang)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return value
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone()  # stored in UTC; staff read local time
    fmt = "%d.%m.%Y %H:%M" if lang_of(lang) == "tr" else "%Y-%m-%d %H:%M"
    return parsed.strftime(fmt)
