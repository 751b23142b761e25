"""The destruction record (imha tutanağı, issue 19) as a PDF: when, why (legal basis), how (method, the policy),
how much of each kind, what was skipped and why, who proposed and who approved, what happened to the file
afterwards, and the warning about backups made before it. No woman is named: the record holds counts only.

The layout is the template `destruction-record.typ`; the words are here, in Turkish and English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from . import engine
from .plain import clean, page_labels

__all__ = ["RecordDoc", "data_for", "render"]


@dataclass(frozen=True)
class RecordDoc:
    center_name: str
    letterhead: list[str]
    record: dict[str, Any]  # as stored (services/destruction.py `_destroy`)
    compacted_at: str | None
    lang: str = "tr"


def _t(lang: str, tr: str, en: str) -> str:
    return tr if lang == "tr" else en


BASIS = {
    "kvkk_7": ("6698 sayılı Kişisel Verilerin Korunması Kanunu, m. 7 (silme, yok etme, anonim hale getirme)",
               "Law 6698 on the Protection of Personal Data, art. 7 (erasure, destruction, anonymization)"),
    "kvkk_11": ("6698 sayılı Kanun, m. 11 ve 13 (ilgili kişinin talebi, 30 gün içinde yanıt)",
                "Law 6698, art. 11 and 13 (the data subject's request, answered within 30 days)"),
    "regulation_periodic": ("Kişisel Verilerin Silinmesi, Yok Edilmesi veya Anonim Hale Getirilmesi Hakkında "
                            "Yönetmelik, m. 11 (periyodik imha, en geç altı ayda bir)",
                            "Regulation on the Erasure, Destruction or Anonymization of Personal Data, art. 11 "
                            "(periodic destruction, at most six months apart)"),
    "regulation_request": ("Kişisel Verilerin Silinmesi, Yok Edilmesi veya Anonim Hale Getirilmesi Hakkında "
                           "Yönetmelik, m. 12 (ilgili kişinin talebi üzerine silme)",
                           "Regulation on the Erasure, Destruction or Anonymization of Personal Data, art. 12 "
                           "(erasure at the data subject's request)"),
}
METHOD = {
    "anonymize": ("Anonim hale getirme: kimliği belirleyen alanlar ve tüm serbest metin silindi; istatistik için "
                  "kodlu alanlar (tarihler, türler, yaş, il/ilçe kodu) kaldı.",
                  "Anonymization: the identifying fields and all free text removed; the coded fields (dates, kinds, "
                  "age, district code) kept for statistics."),
    "delete": ("Silme: kadının kaydı, tüm dosyaları ve onlara bağlı her satır silindi.",
               "Deletion: her record, every case of hers and every row that hangs on them deleted."),
}
ORIGIN = {"periodic": ("Periyodik imha", "Periodic destruction"),
          "request": ("İlgili kişinin talebi üzerine silme", "Erasure at the data subject's request")}
KINDS = {
    "cases": ("Dosya", "Cases"), "cases_anonymized": ("Anonimleştirilen dosya", "Cases anonymized"),
    "clients": ("Kadın kaydı (silinen)", "Women's records deleted"),
    "clients_anonymized": ("Kadın kaydı (anonimleştirilen)", "Women's records anonymized"),
    "notes": ("Görüşme notu (silinen)", "Notes deleted"), "notes_emptied": ("Görüşme notu (metni silinen)",
                                                                              "Notes emptied"),
    "note_revisions": ("Notun önceki sürümü", "Earlier versions of notes"),
    "children": ("Çocuk (silinen)", "Children deleted"),
    "children_emptied": ("Çocuk (adı silinen)", "Children emptied"),
    "perpetrators": ("Fail (silinen)", "Perpetrators deleted"),
    "perpetrators_emptied": ("Fail (adı silinen)", "Perpetrators emptied"),
    "intakes": ("Başvuru", "Intakes"), "intakes_emptied": ("Başvuru (metni silinen)", "Intakes emptied"),
    "risk_assessments": ("Risk değerlendirmesi", "Risk assessments"),
    "risk_assessments_emptied": ("Risk değerlendirmesi (gerekçesi silinen)", "Risk assessments emptied"),
    "safety_plans": ("Güvenlik planı", "Safety plans"), "safety_plans_emptied": ("Güvenlik planı (metni silinen)",
                                                                                 "Safety plans emptied"),
    "referrals": ("Yönlendirme", "Referrals"),
    "referrals_emptied": ("Yönlendirme (metni silinen)", "Referrals emptied"),
    "referral_events": ("Yönlendirme adımı", "Referral steps"),
    "referral_events_emptied": ("Yönlendirme adımı (açıklaması silinen)", "Referral steps emptied"),
    "placements": ("Konukevi yerleştirmesi", "Shelter placements"),
    "placements_emptied": ("Yerleştirme (gerekçesi silinen)", "Placements emptied"),
    "measures": ("Koruyucu tedbir", "Protective measures"),
    "measures_emptied": ("Tedbir (dosya no. ve notu silinen)", "Measures emptied"),
    "measure_violations": ("Tedbir ihlali", "Measure violations"),
    "measure_violations_emptied": ("Tedbir ihlali (açıklaması silinen)", "Violations emptied"),
    "consents": ("Rıza kaydı", "Consents"), "follow_ups": ("Takip", "Follow-ups"),
    "closure_requests": ("Kapatma talebi", "Closure requests"),
    "closure_requests_emptied": ("Kapatma talebi (metni silinen)", "Closure requests emptied"),
    "status_history": ("Durum geçmişi", "Status history"),
    "case_status_history_emptied": ("Durum geçmişi (yorumu silinen)", "Status history emptied"),
    "assignments": ("Danışman ataması", "Counselor assignments"),
    "drafts": ("Taslak", "Drafts"), "field_history": ("Alan geçmişi (eski değerler)", "Field history (old values)"),
    "legal_holds": ("Yasal saklama kaydı", "Legal holds"), "requests": ("İlgili kişi talebi", "Data subject requests"),
    "search_entries": ("Arama dizini kaydı", "Search index entries"), "attachments": ("Ek dosya", "Attachments"),
    "appointments": ("Randevu", "Appointments"),
    "attendance": ("Destek grubu katılım kaydı (adıyla)", "Named support group attendance"),
    "follow_up_allowances": ("Kapanış sonrası takip izni", "Follow-up allowances after closure"),
    "contacts_unlinked": ("Bilgi başvurusunun dosya bağlantısı (kaldırılan)", "Contacts unlinked from the case"),
    "contact_notes": ("Bilgi başvurusu notu (silinen)", "Contact notes cleared"),
    "safe_contacts": ("Güvenli iletişim bilgisi (silinen)", "Safe-contact details cleared"),
    "shelter_contacts": ("Konukevi iletişim bilgisi (silinen)", "Shelter contact details cleared"),
}
SKIPPED = {"legal_hold": ("Yasal saklama (hukuki bekletme) kararı", "Legal hold"),
           "live": ("Yeniden açılan dosya", "A case was reopened"),
           "not_due": ("Saklama süresi dolmamış", "Not due any more"),
           "gone": ("Kayıt artık yok", "Record no longer there")}


def _when(at: str | None) -> str:
    if not at:
        return "—"
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


def _person(p: dict[str, Any]) -> str:
    name, user = str(p.get("name", "")), str(p.get("username", ""))
    # the name isolated: a right-to-left name must not turn the user name and the time around it
    return f"\u2068{name}\u2069 ({user}), {_when(p.get('at'))}" if name else f"{user}, {_when(p.get('at'))}"


def data_for(doc: RecordDoc) -> dict[str, Any]:
    rec, lang = doc.record, doc.lang
    i = 0 if lang == "tr" else 1
    pol = rec.get("policy", {})
    facts = [
        [_t(lang, "Tutanak no.", "Record no."), str(rec.get("id", ""))],
        [_t(lang, "İmha tarihi", "Date of destruction"), _when(rec.get("done_at"))],
        [_t(lang, "Türü", "Kind"), ORIGIN.get(str(rec.get("origin")), ("", ""))[i]],
        [_t(lang, "Yöntem", "Method"), METHOD.get(str(rec.get("method")), ("", ""))[i]],
        [_t(lang, "Saklama politikası", "Retention policy"), _t(
            lang, f"son dosyanın kapanmasından sonra {pol.get('keep_years')} yıl; güvenli iletişim bilgisi "
                  f"{pol.get('safe_contact_years')} yıl; kapatılan konukevinin iletişim bilgisi "
                  f"{pol.get('shelter_contact_years')} yıl",
            f"{pol.get('keep_years')} years after her last case closed; safe-contact details "
            f"{pol.get('safe_contact_years')} years; a closed shelter's contact details "
            f"{pol.get('shelter_contact_years')} years")],
        [_t(lang, "Öneren", "Proposed by"), _person(rec.get("proposed", {}))],
        [_t(lang, "Onaylayan", "Approved by"), _person(rec.get("approved", {}))],
        [_t(lang, "Kadın sayısı", "Women"), str(rec.get("women", 0))],
        [_t(lang, "Dosya sayısı", "Cases"), str(rec.get("cases", 0))],
        [_t(lang, "Sabitlenen istatistik dönemi", "Statistics periods fixed first"),
         str(rec.get("snapshots_fixed", 0))],
        [_t(lang, "Veritabanı dosyası", "Database file"), _t(
            lang, f"imhadan sonra yeniden yazıldı (VACUUM), boş sayfa bırakılmadı: {_when(doc.compacted_at)}",
            f"rewritten after the destruction (VACUUM), no free page left: {_when(doc.compacted_at)}")
         if doc.compacted_at else _t(lang, "yeniden yazılması bekliyor (uygulama ilk fırsatta yapar)",
                                     "rewrite pending (the app does it at the first chance)")],
        [_t(lang, "En az şu tarihe kadar saklanır", "Kept at least until"), str(rec.get("keep_until", ""))],
    ]
    counts = sorted(((KINDS.get(k, (k, k))[i], int(v)) for k, v in dict(rec.get("counts", {})).items()),
                    key=lambda p: p[0])
    skipped = [[SKIPPED.get(k, (k, k))[i], str(v)] for k, v in dict(rec.get("skipped", {})).items()]
    backups = int(rec.get("backups_before", 0))
    last_backup = _when(rec.get("last_backup_at"))
    backup_note = _t(
        lang, f"Bu imhadan önce alınmış yedekler ({backups} yedek; sonuncusu {last_backup}) imha edilen verileri hâlâ "
              "içerir. Bir yedekten geri dönülürse imha edilenler geri gelir: yedekler kendi saklama süreleri dolunca "
              "yok edilmeli, o zamana kadar kilit altında tutulmalı, geri yüklenen bir kasada bu imha yeniden "
              "yapılmalıdır.",
        f"Backups made before this destruction ({backups} backups; the last {last_backup}) still contain the "
        "destroyed data. Restoring one brings it back: destroy those backups when their own period ends, keep them "
        "locked away until then, and run this destruction again in a restored vault.")
    return {
        "lang": lang,
        "title": _t(lang, "Kişisel Veri İmha Tutanağı", "Record of Destruction of Personal Data"),
        "subject": _t(lang, "İmha tutanağı", "Destruction record"),
        "center_name": clean(doc.center_name),
        "letterhead": [clean(line) for line in doc.letterhead],
        "reference": f"IMHA-{rec.get('id', '')}",
        "labels": {**page_labels(lang), "basis": _t(lang, "Hukuki dayanak", "Legal basis"),
                   "counts": _t(lang, "İmha edilen kayıtlar", "Records destroyed"),
                   "kind": _t(lang, "Kayıt türü", "Kind of record"), "count": _t(lang, "Sayı", "Number"),
                   "none": _t(lang, "Bu dönemde imhası gereken kayıt yoktu.", "Nothing was due in this cycle."),
                   "skipped": _t(lang, "Atlananlar", "Skipped"), "reason": _t(lang, "Neden", "Reason"),
                   "backups": _t(lang, "Yedekler", "Backups"),
                   "signatures": _t(lang, "İmzalar", "Signatures"),
                   "proposer": _t(lang, "Öneren", "Proposed by"), "approver": _t(lang, "Onaylayan", "Approved by"),
                   "privacy": _t(lang, "Bu tutanak hiçbir kadının adını, numarasını ya da dosya içeriğini içermez; "
                                       "yalnızca sayıları gösterir. En az üç yıl saklanır (Yönetmelik m. 7/3).",
                                 "This record names no woman, holds no case number and no case content: counts only. "
                                 "It is kept at least three years (Regulation art. 7(3)).")},
        "facts": [[clean(a), clean(b)] for a, b in facts],
        "basis": [BASIS.get(code, (code, code))[i] for code in rec.get("legal_basis", [])],
        "counts": [[clean(k), str(v)] for k, v in counts],
        "skipped": skipped,
        "backup_note": backup_note,
        "proposer": clean(str(rec.get("proposed", {}).get("name", ""))),
        "approver": clean(str(rec.get("approved", {}).get("name", ""))),
    }


def render(doc: RecordDoc, *, archive: bool = False) -> bytes:
    return engine.render("destruction-record", data_for(doc), archive=archive)
