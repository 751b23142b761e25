"""Synthetic demo data (§2): realistic, varied case histories for demos, tests and benchmarks. Never real data.

Clients are named in Latin Turkish, Kurdish (Kurmanji), Arabic, Persian, Sorani, Armenian and Cyrillic
script, with nationality, migrant status, languages and interpreter need consistent with the name. Each
case is built whole as a `CaseRecord` (intake, children, perpetrators, risk assessments, safety plans,
notes, referrals to directory institutions, shelter placements, Law 6284 measures, KVKK consents,
follow-ups, closure requests and a status history that agrees with the case's state) and written through
the importer's `write_case`, many cases per transaction with one `demo_data` audit entry per batch.

Deterministic for a seed (given the same day and an empty vault): a `random.Random`, never `secrets`.
Client codes are left to the vault (they come from `secrets`), and dates are relative to today.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from ..domain import records as r
from ..domain.errors import InvalidInput
from ..domain.permissions import Action
from ..domain.roles import Role
from ..domain.vocabularies import Kind, risk_suggestion, term, terms
from ..vault import repositories
from . import access, casework, interchange, shelters, users, vault_service
from .directory import all_institutions
from .session import Session

__all__ = ["CENTER_NAME", "DEMO_ADMIN", "DEMO_PASSWORD", "SUPERVISOR", "DemoReport", "create_demo_vault", "generate"]

# Passes the password policy for every demo user name ("demo" itself must not appear in it).
DEMO_PASSWORD = "Deneme-Parola-2026"  # noqa: S105 (published on purpose: demo vaults only)
DEMO_ADMIN = "demo"
SUPERVISOR = "supervizor"
COUNSELOR_PREFIX = "danisman"
SHELTER_PREFIX = "Demo Konukevi"
CENTER_NAME = "DEMO – Kadın Danışma Merkezi"
BATCH = 500
CASES_PER_COUNSELOR = 400
MIN_COUNSELORS, MAX_COUNSELORS = 3, 12

T = TypeVar("T")


@dataclass(frozen=True)
class DemoReport:
    cases: int
    notes: int
    usernames: tuple[str, ...]  # the demo counselors, then the demo supervisor (all use DEMO_PASSWORD)


def _names(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split("|") if x.strip())


# -- who the clients are ---------------------------------------------------------------------------------

_TR_F = _names("Ayşe|Fatma|Emine|Hatice|Zeynep|Elif|Meryem|Şerife|Zehra|Sultan|Hülya|Gülşen|Işıl|Çiğdem|Özlem|"
               "Derya|Sevgi|Gül|Nur|Büşra|Esra|Merve|Kübra|Tuğba|Şeyma|Nurcan|Songül|Yıldız|Dilek|Aynur|Fadime|"
               "Hacer|Necla|Sibel|Pınar|Ebru|Ülkü|İpek|Gökçe|Şükran|Nazlı|Cansu|Gülay|Döndü|Ümmühan|Seher|"
               "Kader|Melek|İlknur|Hanife|Şenay|Tülay|Öznur|Gülten|Rabia|Sümeyye|Irmak|Ece|Damla|Aslı")
_TR_L = _names("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|"
               "Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Korkmaz|Güneş|Akın|Ünal|Bulut|Keskin|Çakır|Uçar|Tekin|"
               "Özer|Güler|Karaca|Aktaş|Bozkurt|Işık|Sarı|Coşkun|Eren|Gündoğdu|Köse|Erdem|Ateş|Çiftçi|Türkmen")
_TR_M = _names("Mehmet|Ahmet|Mustafa|Ali|Hüseyin|Hasan|İbrahim|İsmail|Osman|Yusuf|Murat|Ömer|Ramazan|Halil|"
               "Süleyman|Abdullah|Mahmut|Recep|Kadir|Emre|Serkan|Burak|Uğur|Erkan|Volkan|Gökhan|Oğuz|Çağlar")
_KU_F = _names("Rojîn|Berfîn|Zozan|Xecê|Bêrîvan|Nûdem|Hêvî|Rengîn|Jiyan|Dilan|Sosin|Zînê|Gulistan|Nazê|"
               "Hêlîn|Şîlan|Delal|Bêrîtan|Felek|Evîn|Rojda|Asmîn|Welat|Newroz|Ronahî|Perwîn")
_KU_L = _names("Baran|Keskin|Tekin|Ekinci|Akbaş|Oruç|Ateş|Kaplan|Acar|Aydın|Bingöl|Yıldırım|Zorlu|Ay|"
               "Güler|Ertaş|Ölmez|Sevim|Çiçek|Kılınç")
_KU_M = _names("Azad|Baran|Dilşad|Rênas|Şivan|Serhat|Welat|Hogir|Berzan|Ciwan|Mehmet|Ramazan|Abdullah")
_AR_F = _names("فاطمة|مريم|عائشة|زينب|خديجة|نور|هبة|رنا|سلمى|ليلى|أمل|رهف|دعاء|آمنة|سارة|ياسمين|"
               "بشرى|هدى|سعاد|منى|لمى|غادة|رشا|وفاء")
_AR_L = _names("الحسن|عبد الله|الأحمد|الخليل|العلي|المحمد|الحمصي|الحلبي|الشامي|إبراهيم|السيد|يوسف|"
               "الحمود|الخطيب|الديري|العبد الله|الرفاعي|حداد")
_AR_M = _names("محمد|أحمد|خالد|عمر|مصطفى|حسن|علي|إبراهيم|يوسف|عبد الرحمن|محمود|سامر")
_ARL_F = _names("Fatima|Maryam|Aisha|Zeinab|Khadija|Nour|Hiba|Rana|Salma|Layla|Amal|Rahaf|Duaa|Amina|Yasmin")
_ARL_L = _names("El Hasan|Abdullah|Al Ahmad|El Halil|El Ali|El Mohammad|Homsi|Halabi|Şami|İbrahim|Haddad")
_ARL_M = _names("Muhammed|Ahmad|Khaled|Omar|Mustafa|Hassan|Ali|Yusuf|Mahmoud")
_FA_F = _names("زهرا|فاطمه|مریم|نرگس|لیلا|شیرین|پریسا|سمیه|کبری|گلناز|فرشته|ستاره|مژگان|نیلوفر|معصومه|"
               "زینب|پروین|سکینه|پریا|ژیلا|گلاله|کوثر")
_FA_L = _names("احمدی|رضایی|محمدی|حسینی|کریمی|موسوی|جعفری|نوری|قاسمی|صادقی|رحیمی|هاشمی|کاظمی|پورمحمدی|"
               "کرمانی|یزدانی")
_AF_L = _names("حیدری|نظری|سلطانی|یوسفی|صدیقی|رحمانی|حکیمی|پوپل|کاکر|عزیزی|نیازی|امیری")
_FA_M = _names("علی|رضا|حسین|محمد|مهدی|امیر|جواد|کریم|نادر|پرویز|احمد|گل‌محمد")
_CKB_F = _names("شیلان|ژیان|نەسرین|ئاوات|ڕۆژان|هێڤی|کوێستان|شنۆ|ئاسۆ|بەهار")
_CKB_L = _names("ئەحمەد|محەمەد|عەلی|کەریم|ڕەشید|حەسەن|عوسمان|قادر")
_CKB_M = _names("ئازاد|کاروان|هێمن|دڵشاد|سەردار|بەختیار")
_HY_F = _names("Անահիտ|Մարիամ|Նարինե|Լուսինե|Սոնա|Արմինե|Գայանե|Հասմիկ|Սիրանուշ|Անի|Թամար|Քնարիկ|Լիլիթ|Աննա")
_HY_L = _names("Պետրոսյան|Հակոբյան|Սարգսյան|Գրիգորյան|Հովհաննիսյան|Վարդանյան|Կարապետյան|Մկրտչյան|Ավետիսյան")
_HY_M = _names("Արամ|Տիգրան|Արմեն|Դավիթ|Գևորգ|Հայկ|Սամվել|Կարեն")
_FR_F = _names("Aminata|Fatoumata|Mariam|Aïcha|Clarisse|Marie|Hawa|Kadiatou|Rokia|Josiane|Nadège|Bintou")
_FR_L = _names("Diallo|Traoré|Koné|Camara|Ndiaye|Sow|Nkounkou|Mbala|Ndayishimiye|Kaboré|Ouédraogo|Fofana")
_FR_M = _names("Moussa|Ibrahima|Mamadou|Jean|Serge|Amadou|Patrice|Oumar")
_EN_F = _names("Grace|Blessing|Mercy|Joy|Patience|Esther|Faith|Gift|Abena|Ruth|Comfort|Precious")
_EN_L = _names("Okafor|Adeyemi|Mensah|Nwosu|Boateng|Okonkwo|Asante|Eze|Owusu|Nakato|Achieng|Ibe")
_EN_M = _names("Emmanuel|Samuel|Daniel|Kwame|Chinedu|John|Peter|Kofi|David")
_UK_F = _names("Олена|Ірина|Наталія|Оксана|Тетяна|Юлія|Світлана|Марія|Анна|Людмила|Ольга|Вікторія")
_UK_L = _names("Коваленко|Шевчук|Бондаренко|Ткаченко|Кравченко|Мельник|Олійник|Лисенко|Савчук|Руденко")
_UK_M = _names("Олександр|Андрій|Сергій|Дмитро|Василь|Іван|Максим")


@dataclass(frozen=True)
class _Profile:
    key: str
    weight: float
    first: tuple[str, ...]
    last: tuple[str, ...]
    male: tuple[str, ...]
    nationalities: tuple[str, ...]
    statuses: tuple[tuple[str, int], ...]
    langs: tuple[tuple[str, int], ...]  # her first language; also the interpreter's language when needed
    extra_langs: tuple[str, ...]
    interpreter_share: float


_CITIZEN = (("citizen", 1),)
_PROFILES: tuple[_Profile, ...] = (
    _Profile("tr", 54.0, _TR_F, _TR_L, _TR_M, ("Türkiye",), _CITIZEN, (("tur", 1),), (), 0.0),
    _Profile("deaf", 1.5, _TR_F, _TR_L, _TR_M, ("Türkiye",), _CITIZEN, (("tsm", 1),), ("tur",), 1.0),
    _Profile("ku", 14.0, _KU_F, _KU_L, _KU_M, ("Türkiye",), _CITIZEN, (("kmr", 80), ("zza", 20)), ("tur",), 0.3),
    _Profile("ckb", 1.5, _CKB_F, _CKB_L, _CKB_M, ("Irak",),
             (("international_protection_applicant", 5), ("refugee", 3), ("residence_permit", 2)),
             (("ckb", 1),), ("ara", "tur"), 0.8),
    _Profile("ar", 10.5, _AR_F, _AR_L, _AR_M, ("Suriye",), (("temporary_protection", 95), ("residence_permit", 5)),
             (("ara", 1),), ("tur",), 0.7),
    _Profile("ar_lat", 3.5, _ARL_F, _ARL_L, _ARL_M, ("Suriye",), (("temporary_protection", 95),
             ("residence_permit", 5)), (("ara", 1),), ("tur",), 0.6),
    _Profile("af", 5.0, _FA_F, _AF_L, _FA_M, ("Afganistan",),
             (("international_protection_applicant", 50), ("refugee", 15), ("irregular", 25),
              ("residence_permit", 10)), (("fas", 70), ("prs", 30)), ("tur",), 0.9),
    _Profile("ir", 3.0, _FA_F, _FA_L, _FA_M, ("İran",),
             (("international_protection_applicant", 40), ("refugee", 20), ("residence_permit", 40)),
             (("fas", 1),), ("tur", "eng"), 0.7),
    _Profile("hy", 2.0, _HY_F, _HY_L, _HY_M, ("Ermenistan",), (("residence_permit", 60), ("irregular", 40)),
             (("hye", 1),), ("rus", "tur"), 0.6),
    _Profile("fr", 1.5, _FR_F, _FR_L, _FR_M, ("Senegal", "Gine", "Kamerun", "Kongo DC", "Fildişi Sahili"),
             (("residence_permit", 40), ("irregular", 35), ("international_protection_applicant", 25)),
             (("fra", 1),), ("eng",), 0.85),
    _Profile("en", 1.5, _EN_F, _EN_L, _EN_M, ("Nijerya", "Gana", "Uganda", "Kenya"),
             (("residence_permit", 40), ("irregular", 35), ("international_protection_applicant", 25)),
             (("eng", 1),), ("tur",), 0.55),
    _Profile("uk", 1.5, _UK_F, _UK_L, _UK_M, ("Ukrayna",), (("residence_permit", 80),
             ("international_protection_applicant", 20)), (("ukr", 1),), ("rus", "eng"), 0.8),
)
_PROFILE = {p.key: p for p in _PROFILES}
_PROFILE_WEIGHTS = [p.weight for p in _PROFILES]

_INTERPRETERS: dict[str, tuple[str, ...]] = {
    "ara": _names("Hiba Darwish|Rana Kassab|Nour Haddad|Samira Atassi|Huda Saleh"),
    "fas": _names("Nasrin Ahmadi|Maryam Karimi|Shirin Tehrani|Parvin Sadeghi"),
    "prs": _names("Hamida Noori|Farzana Sultani|Zarghuna Amiri"),
    "kmr": _names("Dilan Aktaş|Rojda Yıldız|Nesrin Kaya|Berivan Tunç"),
    "zza": _names("Gülistan Doğan|Xece Sevim"),
    "ckb": _names("Shilan Karim|Avin Rashid"),
    "hye": _names("Talin Kasapyan|Maral Bedikyan"),
    "fra": _names("Sophie Martin|Awa Sarr"),
    "eng": _names("Sarah Collins|Ayla Brown"),
    "ukr": _names("Oksana Demir|Iryna Kaya"),
    "tsm": _names("Seda Ergin (TİD)|Melike Sönmez (TİD)|Hakan Yalın (TİD)"),
}

_COUNSELOR_NAMES = _names("Psk. Elif Arslan|Sos. Çal. Zeynep Koç|Av. Merve Aydın|Psk. Selin Kurt|"
                          "Sos. Çal. Deniz Öztürk|Psk. Gizem Polat|Av. Burcu Şen|Sos. Çal. Aslı Korkmaz|"
                          "Psk. Ceren Tan|Sos. Çal. Nazlı Güler|Psk. Ebru Acar|Av. Pelin Uçar")
_CITIES = _names("İstanbul|Ankara|İzmir|Gaziantep|Diyarbakır|Bursa|Adana|Van|Eskişehir|Mersin")

# -- what the texts say (composed from pools; no real people, places are generic) -------------------------

_REQUESTS = _names(
    "Eşimden ayrılmak istiyorum ama nereye gideceğimi bilmiyorum.|"
    "Çocuklarımla birlikte güvenli bir yerde kalmak istiyorum.|"
    "Boşanma davası açmak istiyorum, avukat tutacak param yok.|"
    "Beni sürekli tehdit ediyor, evden çıkmama izin vermiyor.|"
    "Telefonumu kontrol ediyor, arkadaşlarımla görüşmemi yasaklıyor.|"
    "Uzaklaştırma kararı almak istiyorum, eve gelmesinden korkuyorum.|"
    "Çalışıp kendi paramı kazanmak istiyorum.|"
    "Ailem beni istemediğim biriyle evlendirmek istiyor.|"
    "Geceleri uyuyamıyorum, biriyle konuşmaya ihtiyacım var.|"
    "Kimliğim ve belgelerim eşimde kaldı, geri almak istiyorum.|"
    "Eski eşim işyerime gelip beni rahatsız ediyor.|"
    "Oğlum da şiddet görüyor, onu korumak istiyorum.|"
    "Fotoğraflarımı internette yaymakla tehdit ediyor.|"
    "Kirayı ödeyemiyorum, maddi desteğe ihtiyacım var.|"
    "Türkçe bilmiyorum, haklarımı öğrenmek istiyorum.|"
    "Karakola gittim ama ne olacağını anlamadım, yardım istiyorum.|"
    "Kayınvalidem ve kayınbiraderim de bana baskı yapıyor.|"
    "Çocuklarımın velayetini kaybetmekten korkuyorum.")
_COMMON = _names(
    "Görüşme sakin bir ortamda yapıldı; danışan kendini güvende hissettiğini ifade etti.|"
    "Danışanın güvenli iletişim talimatları yeniden teyit edildi.|"
    "Danışan son görüşmeden bu yana yeni bir şiddet olayı yaşamadığını belirtti.|"
    "Danışan, şiddet uygulayanın son günlerde kendisini sık sık aradığını anlattı.|"
    "Çocukların okul ve sağlık durumu hakkında bilgi alındı.|"
    "Danışan uyku düzeninin bozulduğunu ve iştahının azaldığını söyledi.|"
    "Güvenlik planındaki acil durum adımları birlikte gözden geçirildi.|"
    "Danışan kararlarını kendisinin vereceğini, merkezin destek olacağını bildiğini ifade etti.|"
    "Bir sonraki görüşme için tarih belirlendi.|"
    "Danışanın ekonomik durumu ve temel ihtiyaçları konuşuldu.|"
    "Danışan ailesinden kısmen destek gördüğünü, ancak kız kardeşi dışında kimseye güvenmediğini söyledi.|"
    "Risk göstergeleri yeniden değerlendirildi; belirgin bir artış gözlenmedi.|"
    "Danışan, yaşadıklarını anlatırken zaman zaman duygusal olarak zorlandı; ara verildi.|"
    "Danışana 155, 156, ALO 183 ve KADES uygulaması hakkında tekrar bilgi verildi.|"
    "Danışan gelecek planlarından, özellikle iş bulma isteğinden söz etti.")
_SENTENCES: dict[str, tuple[str, ...]] = {
    "psychosocial_session": _names(
        "Psikososyal görüşmede danışanın yaşadığı şiddetin etkileri üzerinde çalışıldı.|"
        "Danışan suçluluk duygusunun azaldığını, kendini daha az yalnız hissettiğini ifade etti.|"
        "Nefes egzersizleri ve kaygıyla baş etme yöntemleri birlikte uygulandı.|"
        "Danışanın güçlü yanları ve destek kaynakları listelendi.|"
        "Travma sonrası stres belirtileri konuşuldu; gerekirse psikiyatri yönlendirmesi planlandı.|"
        "Danışan, çocuklarının önünde yaşanan olayların onları nasıl etkilediğini düşündüğünü paylaştı.|"
        "Öz bakım ve günlük rutinin yeniden kurulması üzerine konuşuldu.|"
        "Danışanın kendi sınırlarını belirleme konusundaki kararlılığı desteklendi.|"
        "Danışan, ilk kez yaşadıklarını birine eksiksiz anlatabildiğini söyledi.|"
        "Ayrılma kararının getirdiği belirsizlik ve korkular üzerinde duruldu."),
    "legal_counseling": _names(
        "6284 sayılı Kanun kapsamındaki koruyucu ve önleyici tedbirler hakkında bilgi verildi.|"
        "Boşanma, nafaka ve velayet süreçleri ana hatlarıyla anlatıldı.|"
        "Baro adli yardım başvurusu için gerekli belgeler listelendi.|"
        "Tedbir kararının süresi ve uzatma başvurusunun nasıl yapılacağı açıklandı.|"
        "Tedbir kararına aykırılık hâlinde zorlama hapsi yaptırımı olduğu anlatıldı.|"
        "Suç duyurusu ile tedbir başvurusunun ayrı süreçler olduğu açıklandı.|"
        "Aile konutu şerhi ve ortak mal varlığı konusunda bilgi verildi.|"
        "Danışanın elindeki mesaj ve fotoğrafların delil olarak saklanması önerildi.|"
        "Geçici koruma kapsamındaki danışanların da 6284 sayılı Kanundan yararlanabileceği anlatıldı.|"
        "Duruşma tarihine kadar yapılacaklar birlikte planlandı."),
    "social_work": _names(
        "SYDV başvurusu için gerekli evraklar birlikte hazırlandı.|"
        "Çocukların okul kaydı ve nakli konusunda okul yönetimiyle görüşülmesi planlandı.|"
        "Kreş desteği için belediyenin ilgili birimine başvuru yapıldı.|"
        "Danışanın meslek edindirme kurslarına katılma isteği değerlendirildi.|"
        "Geçici barınma seçenekleri danışanla birlikte değerlendirildi.|"
        "Sağlık güvencesi durumu kontrol edildi; genel sağlık sigortası başvurusu anlatıldı.|"
        "Kira yardımı ve gıda desteği için uygun kaynaklar araştırıldı.|"
        "Danışanın adres kaydının gizli tutulması için yapılacaklar konuşuldu.|"
        "İŞKUR kaydı ve iş arama süreci hakkında bilgi verildi."),
    "phone_call": _names(
        "Danışan, belirlediği güvenli saat aralığında arandı.|"
        "Kısa telefon görüşmesinde danışanın güvende olduğu teyit edildi.|"
        "Danışan parola kelimeyi kullandı; görüşme kısa tutuldu ve daha sonra tekrar arandı.|"
        "Randevu saati teyit edildi.|"
        "Danışan, şiddet uygulayanın evin çevresinde görüldüğünü bildirdi; 155 hatırlatıldı.|"
        "Başvuru sonucunun henüz çıkmadığı danışana iletildi."),
    "home_visit": _names(
        "Ev ziyareti önceden danışanla planlanarak, şiddet uygulayanın evde olmadığı saatte yapıldı.|"
        "Evin fiziksel koşulları ve çocukların bakım durumu gözlemlendi.|"
        "Danışanın komşularıyla ilişkisinin iyi olduğu ve bir komşunun acil durumda destek olabileceği öğrenildi.|"
        "Kapı kilidinin değiştirilmesi ihtiyacı belirlendi.|"
        "Ziyaret sırasında çocuklarla da kısa bir görüşme yapıldı."),
    "institution_contact": _names(
        "ŞÖNİM ile görüşülerek danışanın dosyasının durumu soruldu.|"
        "Baro adli yardım bürosu avukat görevlendirmesi yapıldığını bildirdi.|"
        "Aile ve Sosyal Hizmetler İl Müdürlüğü ile konukevi kontenjanı hakkında görüşüldü.|"
        "Okul rehberlik servisiyle, danışanın onayıyla, çocuğun durumu hakkında görüşüldü.|"
        "Hastaneden randevu alındı; danışana bilgi verildi.|"
        "İl Göç İdaresi ile kayıt güncelleme randevusu konusunda görüşüldü.|"
        "Kolluk ile tedbir kararının tebliğ durumu teyit edildi."),
}
_NOTE_TYPES = tuple(t.code for t in terms(Kind.NOTE_TYPE))
_NOTE_WEIGHTS = {"psychosocial_session": 35, "legal_counseling": 15, "social_work": 18, "phone_call": 18,
                 "home_visit": 4, "institution_contact": 10}
_SAFE_TIMES = _names("Hafta içi 10:00–12:00|Sabah 09:00–11:00 arası (eşi işteyken)|Salı ve perşembe öğleden "
                     "sonra|Yalnızca 14:00–16:00|Hafta içi öğle arası|Akşam 18:00'den sonra aramayın|"
                     "Cumartesi 10:00–13:00")
_CODE_WORDS = _names("Papatya|Mavi şemsiye|Teyzem aradı|Ekmek aldın mı?|Kırmızı çanta|Limon|Bahçe|"
                     "Eczaneden arıyorum|Kargo geldi|Nar çiçeği|Yeşil defter|Halı yıkama")
_SAFE_NOTES = _names("Önce mesaj atın, kendisi geri arayacak.|Kız kardeşinin telefonundan ulaşılabilir.|"
                     "Sesli mesaj bırakmayın.|Kurumun adını söylemeyin; 'anket' diye arayın.|"
                     "Yalnızca bu numarayı arayın.|Telefonu açmazsa tekrar aramayın, kendisi dönecek.")
_FREQUENCIES = _names("Her gün|Haftada birkaç kez|Ayda birkaç kez|Tek seferlik|Yıllardır düzenli olarak|"
                      "Son aylarda artarak")
_REFERRED_BY = _names("ŞÖNİM|İlçe Emniyet Müdürlüğü|Aile sağlığı merkezi|Okul rehberlik servisi|Muhtarlık|"
                      "Göç ve uyum masası|Komşusu|Bir STK")
_CHILD_NEEDS = _names("Okul kaydının yeni adrese taşınması|Psikolojik destek|Kreş desteği|Sağlık kontrolü|"
                      "Kırtasiye ve kıyafet desteği|Rehberlik servisiyle iş birliği|")
_PLAN_TEXT = _names(
    "Acil durumda komşusunun evine gidecek; komşu durumdan haberdar.|"
    "Kız kardeşinin evi güvenli yer olarak belirlendi.|"
    "Önemli belgelerin fotokopileri merkezde saklanıyor.|"
    "KADES uygulaması telefonuna yüklendi ve denendi.|"
    "Çocuklarla 'eve gitme' parolası belirlendi.|"
    "Telefondaki konum paylaşımı kapatıldı, şifreler değiştirildi.")
_RISK_UP = _names("Son görüşmede şiddetin arttığını anlattı; seviye bir üst düzeye çıkarıldı.|"
                  "Şiddet uygulayanın yakın zamanda cezaevinden çıkacak olması nedeniyle seviye yükseltildi.|"
                  "Danışanın anlattıkları gösterge listesine tam yansımıyor; mesleki değerlendirmeyle yükseltildi.")
_REF_REASONS: dict[str, tuple[str, ...]] = {
    "sonim": _names("6284 kapsamında koruyucu tedbir ve barınma desteği|Vaka yönetimi için ŞÖNİM'e bildirim"),
    "police": _names("Şikâyet ve koruma talebi|Tedbir kararının uygulanması"),
    "gendarmerie": _names("Şikâyet ve koruma talebi|Tedbir kararının uygulanması"),
    "prosecutor": _names("Suç duyurusu|Soruşturma hakkında bilgi"),
    "family_court": _names("Tedbir kararı başvurusu|Tedbirin uzatılması"),
    "bar_legal_aid": _names("Boşanma ve nafaka davası için adli yardım|Velayet davası için avukat"),
    "hospital": _names("Darp raporu ve tedavi|Psikiyatri değerlendirmesi|Gebelik takibi"),
    "child_monitoring_center": _names("Çocuğun görüşmesi ve değerlendirilmesi"),
    "family_social_services": _names("Konukevi başvurusu|Çocuklar için sosyal inceleme"),
    "shelter": _names("Konukevi yerleştirme talebi"),
    "social_assistance_foundation": _names("Nakdi yardım başvurusu|Kira ve yakacak yardımı"),
    "iskur": _names("Meslek edindirme ve iş arama desteği"),
    "sgk": _names("Genel sağlık sigortası tescili|Sigorta durumunun öğrenilmesi"),
    "migration_administration": _names("Kayıt ve adres güncelleme|Kimlik yenileme|Statü başvurusu bilgisi"),
    "municipal_unit": _names("Meslek kursu kaydı|Engelli hizmetlerinden yararlanma|Uyum ve dil kursu"),
    "ngo": _names("Dayanışma grubuna katılım|Akran desteği"),
}
_OUTCOMES = _names("Hizmet sağlandı; danışan memnun olduğunu belirtti.|Başvuru olumlu sonuçlandı.|"
                   "Danışan kursa başladı.|Avukat görevlendirildi, dava açıldı.|Rapor alındı.|Yardım bağlandı.")
_REJECTIONS = _names("Kontenjan dolu.|Başvuru koşulları sağlanmıyor.|Gerekli belgeler eksik.|"
                     "Kurumun görev alanı dışında.")
_FOLLOW_UPS = _names("Tedbir kararının süresi kontrol edilecek|Güvenli saat aralığında telefonla durum sorulacak|"
                     "Avukat görüşmesi sonrası değerlendirme|Çocuğun okul kaydı takip edilecek|"
                     "SYDV başvurusunun sonucu sorulacak|Hastane randevusu sonrası görüşme|"
                     "Güvenlik planı gözden geçirilecek")
_CLOSURE_SUMMARIES = _names(
    "Danışanın hukuki süreci tamamlandı, güvenli bir yerde çocuklarıyla yaşıyor; ihtiyaç hâlinde yeniden "
    "başvurabileceği anlatıldı.|"
    "Danışan çalışmaya başladı ve ekonomik bağımsızlığını kazandı; risk düşük olarak değerlendirildi.|"
    "Danışan başka bir ile taşındı; oradaki ŞÖNİM ile bağlantısı kuruldu.|"
    "Danışanla uzun süredir iletişim kurulamıyor; güvenli kanallardan yapılan aramalar yanıtsız kaldı.|"
    "Danışan desteğin sona ermesini istedi; güvenlik planı birlikte gözden geçirildi.")
_RETURN_COMMENTS = _names("Güvenlik planı güncellenmeden kapanış uygun değil.|Açık yönlendirme sonuçlandırılmalı.|"
                          "Tedbir kararının süresi dolmadan kapatılmamalı.")
_APPROVE_COMMENTS = _names("Onaylandı.|Dosya incelendi, kapanış uygun.|Onaylandı; iyi çalışma.|")
_VIOLATIONS = _names("Eve yaklaştı ve kapıyı çaldı.|Mesajla tehdit etti.|İşyerinin önünde bekledi.")
_DISABILITY = _names("Tekerlekli sandalye kullanıyor; zemin kattaki görüşme odası kullanılmalı.|"
                     "Görme engelli; belgeler sesli okunmalı.|Kronik hastalığı var; düzenli ilaç kullanıyor.")
_INCOME_TR = _names("Gelir yok|Asgari ücret|Eşinin gelirine bağımlı|SYDV yardımı|Gündelik işlerden düzensiz "
                    "gelir|Yetim aylığı")
_INCOME_MIGRANT = _names("Gelir yok|Kızılay Kart (SUY) desteği|Kayıt dışı gündelik işler|Akrabalarından destek")

_STATUS_WEIGHTS = (("draft", 3), ("open", 12), ("active", 50), ("closure_requested", 5), ("closed", 30))
# How often each indicator is ticked (not its risk weight): gives roughly a quarter low, a third medium, a fifth
# high and a fifth very high, like a center's caseload.
_INDICATOR_WEIGHTS = {"threats_to_kill": 2, "weapon_access": 1, "strangulation": 1, "escalation": 6,
                      "recent_separation": 7, "pregnancy": 3, "stalking": 5, "order_violations": 2,
                      "threats_to_children": 3, "perpetrator_substance_abuse": 7, "forced_sex": 2,
                      "controlling_jealousy": 14, "perpetrator_suicide_threats": 2, "prior_injuries_needing_care": 3}
_VIOLENCE_WEIGHTS = {"physical": 60, "sexual": 12, "psychological": 85, "economic": 45, "verbal": 55,
                     "stalking": 15, "digital": 12, "forced_early_marriage": 5}
_RELATIONS = (("husband", 45), ("ex_husband", 15), ("partner", 5), ("ex_partner", 5), ("fiance", 2),
              ("father", 6), ("mother", 2), ("brother", 6), ("son", 3), ("in_law", 8), ("other_relative", 2),
              ("acquaintance", 2), ("employer", 1), ("stranger", 1))
_FEMALE_RELATIONS = frozenset({"mother"})
_MEASURES = (("no_approach", 30), ("no_contact", 25), ("removal_from_home", 18), ("no_threats", 20),
             ("temporary_protection", 6), ("shelter", 5), ("identity_confidentiality", 3), ("financial_aid", 4),
             ("psychological_guidance", 4), ("electronic_monitoring", 2), ("surrender_weapon", 3),
             ("personal_relations_with_children", 3))
_EXITS = (("independent_living", 35), ("moved_to_relatives", 25), ("returned_home", 15), ("left_voluntarily", 15),
          ("rule_violation", 5), ("other", 5))
_LEVELS = tuple(t.code for t in terms(Kind.RISK_LEVEL))
_WORKING = frozenset({"active", "closure_requested", "closed"})
_FORCED: tuple[tuple[str, str, dict[str, bool]], ...] = (
    # (status, profile, features) for the first cases of a run, so even a small demo shows every state,
    # script and kind of record.
    ("draft", "tr", {}),
    ("open", "ku", {}),
    ("active", "ar", {"interpreter": True, "referral": True}),
    ("closure_requested", "af", {"interpreter": True}),
    ("closed", "ir", {"referral": True}),
    ("active", "hy", {"placement": True}),
    ("active", "deaf", {"measure_soon": True, "interpreter": True}),
    ("active", "ku", {"interpreter": True, "measure_soon": True}),
    ("active", "uk", {"placement": True, "referral": True}),
    ("active", "fr", {}),
    ("closed", "tr", {"placement": True, "measure": True}),
    ("active", "ckb", {}),
)


def _weighted(rng: random.Random, pairs: Sequence[tuple[T, int]]) -> T:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def _sample_weighted(rng: random.Random, weights: dict[str, int], k: int) -> list[str]:
    population, w = list(weights), list(weights.values())
    chosen: list[str] = []
    while len(chosen) < min(k, len(population)):
        pick = rng.choices(population, w)[0]
        if pick not in chosen:
            chosen.append(pick)
    return chosen


@dataclass
class _Shelter:
    name: str
    capacity: int
    occupied: int
    boys_age_limit: int | None


class _Builder:
    """Builds whole synthetic cases; keeps the running shelter occupancy."""

    def __init__(self, rng: random.Random, today: date, counselors: list[tuple[str, str]],
                 institutions: list[r.Institution], shelter_state: list[_Shelter]) -> None:
        self.rng = rng
        self.today = today.toordinal()
        self.year = today.year
        self.counselors = counselors
        self.shelters = shelter_state
        self.by_type: dict[str, list[str]] = {}
        for inst in institutions:
            self.by_type.setdefault(inst.institution_type, []).append(inst.name)
        self.any_institution = [i.name for i in institutions]
        self._iso: dict[int, str] = {}
        self.note_weights = [_NOTE_WEIGHTS.get(code, 5) for code in _NOTE_TYPES]

    # dates are day ordinals inside the builder; ISO text only on the records
    def d(self, ordinal: int) -> str:
        text = self._iso.get(ordinal)
        if text is None:
            text = self._iso[ordinal] = date.fromordinal(ordinal).isoformat()
        return text

    def ts(self, ordinal: int, hour: int) -> str:
        return f"{self.d(ordinal)}T{hour:02d}:{self.rng.randint(0, 59):02d}:00.000000+00:00"

    def days(self, start: int, end: int, k: int) -> list[int]:
        return sorted(self.rng.randint(start, max(start, end)) for _ in range(k))

    def case(self, forced: tuple[str, str, dict[str, bool]] | None = None) -> r.CaseRecord:
        rng = self.rng
        status = forced[0] if forced else _weighted(rng, _STATUS_WEIGHTS)
        profile = _PROFILE[forced[1]] if forced else rng.choices(_PROFILES, _PROFILE_WEIGHTS)[0]
        features = forced[2] if forced else {}
        username, display = rng.choice(self.counselors)
        working = status in _WORKING
        opened, last, requested, closed = self.timeline(status)
        needs_interpreter = features.get("interpreter", rng.random() < profile.interpreter_share)
        client, surname = self.client(profile, needs_interpreter)
        children = self.children(profile, client.birth_year or self.year - 35, surname, opened)
        perpetrators = self.perpetrators(profile, surname)
        client.marital_status = self.marital(profile, perpetrators[0].relationship)
        intake = self.intake(status, opened, needs_interpreter, bool(children))
        placement = working and (features.get("placement") or rng.random() < 0.095)
        if placement and "shelter" not in intake.immediate_needs:
            intake.immediate_needs.append("shelter")
        rec = r.CaseRecord("", status, self.d(opened), client, intake, counselors=[username], children=children,
                           perpetrators=perpetrators)
        rec.risk_assessments = self.risks(status, opened, last, display, perpetrators)
        rec.risk_level = rec.risk_assessments[-1].level if rec.risk_assessments else None
        if status != "draft" and rng.random() < 0.8:
            rec.safety_plans = self.safety_plans(opened, last, working, display)
        rec.consents = self.consents(status, opened)
        history = [r.StatusChange(self.ts(opened, 9), "draft", "create", None, "", username)]
        if status != "draft":
            history.append(r.StatusChange(self.ts(opened, 10), "open", "finish_intake", "draft", "", username))
        if working:
            returned = rng.random() < (0.1 if status == "closed" else 0.05) and last - opened > 6
            pause = (opened + (last - opened) // 2) if returned else None
            rec.notes = self.notes(opened, last, pause, display, client.interpreter_language, needs_interpreter)
            history.append(r.StatusChange(self.ts(_ordinal(rec.notes[0].note_date), 11), "active", "activate",
                                          "open", "", username))
            if features.get("referral") or rng.random() < 0.47:
                self.referrals(rec, opened, last, status == "closed", username)
            if placement:
                rec.placements = self.placements(status, opened, last, rec.children)
            if features.get("measure") or features.get("measure_soon") or rng.random() < 0.29:
                rec.measures = self.measures(status, opened, last, bool(features.get("measure_soon")))
            if pause is not None:
                self.returned_closure(rec, history, pause, username)
        rec.follow_ups = self.follow_ups(status, opened, last)
        if requested is not None:
            self.closure(rec, history, requested, closed, username)
        rec.status_history = history
        return rec

    def timeline(self, status: str) -> tuple[int, int, int | None, int | None]:
        """(opened, last day of work, closure requested on, closed on) as day ordinals."""
        rng, t = self.rng, self.today
        if status in ("draft", "open"):
            opened = t - rng.randint(0, 20 if status == "draft" else 45)
            return opened, opened, None, None
        if status == "active":
            band = rng.random()
            age = rng.randint(7, 120) if band < 0.4 else rng.randint(120, 400) if band < 0.75 else rng.randint(
                400, 1500)
            return t - age, t - rng.randint(0, min(21, age - 1)), None, None
        if status == "closure_requested":
            requested = t - rng.randint(0, 20)
            return t - rng.randint(45, 900), requested, requested, None
        age = rng.randint(60, 3640)
        opened = t - age
        closed = opened + rng.randint(30, min(540, age - 5))
        requested = closed - rng.randint(1, 14)
        return opened, requested, requested, closed

    def client(self, p: _Profile, interpreter: bool) -> tuple[r.Client, str]:
        rng = self.rng
        first, surname = rng.choice(p.first), rng.choice(p.last)
        if p.key == "tr" and rng.random() < 0.1:
            first = f"{first} {rng.choice(p.first)}"
        home = _weighted(rng, p.langs)
        if interpreter:
            languages = [home] + [x for x in p.extra_langs if rng.random() < 0.25]
        else:
            languages = [home] + [x for i, x in enumerate(p.extra_langs) if i == 0 or rng.random() < 0.3]
        birth_year = self.year - int(rng.triangular(18, 66, 33))
        citizen = p.statuses == _CITIZEN
        disability = ("İşitme engelli; görüşmeler Türk İşaret Dili tercümanıyla yapılmalı, telefon yerine "
                      "görüntülü görüşme veya SMS tercih ediyor." if home == "tsm"
                      else rng.choice(_DISABILITY) if rng.random() < 0.03 else "")
        safe = r.SafeContact()
        if rng.random() < 0.88:
            safe = r.SafeContact(
                f"0500 {rng.randint(0, 999):03d} {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}"
                if rng.random() < 0.9 else "", rng.choice(_SAFE_TIMES), rng.random() < 0.6,
                rng.choice(_CODE_WORDS) if rng.random() < 0.7 else "",
                rng.choice(_SAFE_NOTES) if rng.random() < 0.5 else "")
        client = r.Client(
            full_name=f"{first} {surname}", birth_year=birth_year,
            birth_date=f"{birth_year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if citizen and rng.random() < 0.3 else None,
            nationality=rng.choice(p.nationalities), migrant_status=_weighted(rng, p.statuses), languages=languages,
            interpreter_language=home if interpreter else None, disability_needs=disability,
            education=_weighted(rng, (("illiterate", 6 if citizen else 15), ("literate", 8), ("primary", 25),
                                      ("lower_secondary", 18), ("upper_secondary", 20), ("associate", 5),
                                      ("bachelor", 10), ("postgraduate", 2), ("unknown", 4))),
            employment=_weighted(rng, (("unemployed", 25), ("homemaker", 35), ("employed_registered", 10),
                                       ("employed_informal", 14 if citizen else 25), ("self_employed", 3),
                                       ("seasonal", 4), ("student", 3), ("retired", 2), ("unable_to_work", 2))),
            income=rng.choice(_INCOME_TR if citizen else _INCOME_MIGRANT), safe_contact=safe)
        return client, surname

    def children(self, p: _Profile, mother_born: int, surname: str, opened: int) -> list[r.Child]:
        rng = self.rng
        out: list[r.Child] = []
        count = _weighted(rng, ((0, 25), (1, 25), (2, 25), (3, 15), (4, 10)))
        latest = date.fromordinal(opened).year
        earliest = max(mother_born + 17, latest - 25)
        for _ in range(count):
            if earliest > latest:
                break
            sex = _weighted(rng, (("female", 48), ("male", 48), ("unknown", 4)))
            pool = p.male if sex == "male" else p.first
            name = f"{rng.choice(pool)} {surname}"
            if any(c.name == name for c in out):
                continue
            born = rng.randint(earliest, latest)
            age = date.fromordinal(opened).year - born
            concerns = _sample_weighted(rng, {"witnessed_violence": 12, "emotional_distress": 6, "neglect": 2,
                                              "physical_abuse": 2, "school_absence": 2, "health": 2,
                                              "sexual_abuse": 1}, _weighted(rng, ((0, 30), (1, 45), (2, 25))))
            school = ("" if age < 3 else "Kreş / anaokulu" if age < 6 else "İlkokul" if age < 10
                      else "Ortaokul" if age < 14 else "Lise" if age < 18 else "")
            if school and rng.random() < 0.12:
                school = "Okula gitmiyor"
                if "school_absence" not in concerns:
                    concerns.append("school_absence")
            out.append(r.Child(name, born, sex, age < 18 and rng.random() < 0.55, school, concerns,
                               rng.choice(_CHILD_NEEDS)))
        return out

    def perpetrators(self, p: _Profile, surname: str) -> list[r.Perpetrator]:
        rng = self.rng
        out: list[r.Perpetrator] = []
        for i in range(1 if rng.random() < 0.78 else 2):
            relation = _weighted(rng, _RELATIONS)
            if i and any(x.relationship == relation for x in out):
                continue
            female = relation in _FEMALE_RELATIONS or (relation == "in_law" and rng.random() < 0.4)
            named = rng.random() < 0.7 and not female
            partner = relation in ("husband", "ex_husband", "partner", "ex_partner", "fiance")
            family = surname if relation in ("husband", "father", "brother", "son") else rng.choice(p.last)
            out.append(r.Perpetrator(
                relation, f"{rng.choice(p.male)} {family}" if named else "", "female" if female else "male",
                rng.random() < (0.7 if relation in ("husband", "partner", "father", "brother", "son", "in_law")
                                else 0.05),
                rng.random() < (0.15 if partner else 0.05),
                "Kayınvalidesi" if relation == "in_law" and female else ""))
        return out

    def marital(self, p: _Profile, relation: str) -> str:
        rng = self.rng
        if relation == "husband":
            religious = 0.35 if p.key in ("ar", "ar_lat", "af") else 0.1
            return "religious_marriage_only" if rng.random() < religious else _weighted(
                rng, (("married", 80), ("separated", 12), ("divorce_pending", 8)))
        if relation == "ex_husband":
            return _weighted(rng, (("divorced", 60), ("divorce_pending", 25), ("separated", 15)))
        if relation in ("partner", "ex_partner"):
            return _weighted(rng, (("cohabiting", 50), ("single", 50)))
        return _weighted(rng, (("single", 55), ("married", 25), ("widowed", 10), ("divorced", 10)))

    def intake(self, status: str, opened: int, interpreter: bool, has_children: bool) -> r.Intake:
        rng = self.rng
        channel = _weighted(rng, (("walk_in", 40), ("phone", 20), ("referral", 25), ("outreach", 7),
                                  ("online", 5), ("other", 3)))
        types = _sample_weighted(rng, _VIOLENCE_WEIGHTS, rng.randint(1, 3))
        needs = _sample_weighted(rng, {"legal": 8, "psychological": 9, "economic": 6, "health": 3, "shelter": 2,
                                       "child_related": 4 if has_children else 0}, rng.randint(1, 3))
        if interpreter:
            needs.append("interpreter")
        police = rng.random() < 0.35
        partial = status == "draft" and rng.random() < 0.5
        return r.Intake(
            self.d(opened), channel, rng.choice(_REFERRED_BY) if channel == "referral" else "",
            " ".join(rng.sample(_REQUESTS, rng.randint(1, 3))), [] if partial else types,
            "" if partial else rng.choice(_FREQUENCIES), self.d(opened - rng.randint(0, 60)), police,
            police and rng.random() < 0.4,
            "Karakolda ifade verdi; tedbir kararı için aile mahkemesine yönlendirilmiş." if police else "", needs)

    def risks(self, status: str, opened: int, last: int, assessor: str,
              perpetrators: list[r.Perpetrator]) -> list[r.RiskAssessment]:
        rng = self.rng
        if status == "draft" and rng.random() < 0.5:
            return []
        count = 1 if status in ("draft", "open") else _weighted(rng, ((1, 45), (2, 35), (3, 20)))
        dates = [opened, *self.days(opened + 1, last, count - 1)]
        out = []
        for n, day in enumerate(dates):
            k = _weighted(rng, ((0, 15), (1, 28), (2, 28), (3, 15), (4, 8), (5, 4), (6, 2)))
            if n and status == "closed":
                k = min(k, 2)
            indicators = _sample_weighted(rng, _INDICATOR_WEIGHTS, k)
            if n == 0 and any(x.weapon_access for x in perpetrators) and "weapon_access" not in indicators:
                indicators.append("weapon_access")
            suggested = risk_suggestion(indicators)
            level, reason = suggested, ""
            if suggested != "very_high" and rng.random() < 0.12:
                level, reason = _LEVELS[_LEVELS.index(suggested) + 1], rng.choice(_RISK_UP)
            out.append(r.RiskAssessment(self.d(day), indicators, level, reason, suggested, assessor))
        return out

    def safety_plans(self, opened: int, last: int, working: bool, reviewer: str) -> list[r.SafetyPlan]:
        rng = self.rng
        items = [t.code for t in terms(Kind.SAFETY_PLAN_ITEM)]
        count = 2 if working and last - opened > 30 and rng.random() < 0.3 else 1
        days = [opened, *self.days(opened + 14, last, count - 1)]
        return [r.SafetyPlan(self.d(day), rng.sample(items, rng.randint(3, 7)),
                             " ".join(rng.sample(_PLAN_TEXT, rng.randint(1, 3))), reviewer) for day in days]

    def consents(self, status: str, opened: int) -> list[r.Consent]:
        rng = self.rng
        out: list[r.Consent] = []
        if rng.random() < (0.6 if status == "draft" else 0.97):
            out.append(r.Consent("information_notice", self.d(opened), "Aydınlatma metni v3"))
            if rng.random() < 0.92:
                out.append(r.Consent("explicit_processing", self.d(opened), "Açık rıza metni v3"))
            if rng.random() < 0.6:
                withdrawn = self.d(min(self.today, opened + rng.randint(30, 300))) if rng.random() < 0.05 else None
                out.append(r.Consent("anonymous_statistics", self.d(opened), "v1", None, withdrawn))
        return out

    def notes(self, opened: int, last: int, pause: int | None, author: str, language: str | None,
              interpreter: bool) -> list[r.Note]:
        rng = self.rng
        count = int(rng.triangular(2, 21, 12))
        # The first session is at or just after the intake; the rest spread over the time worked.
        days = [opened + rng.randint(0, min(3, last - opened)), *self.days(opened, last, count - 1)]
        days.sort()
        if pause is not None:  # no work while a closure request was waiting (pause .. pause+1)
            days = [day for day in days if day <= pause or day > pause + 1] or [opened]
        names = _INTERPRETERS.get(language or "", ("Tercüman",))
        interpreter_name = rng.choice(names)
        out = []
        for day in days:
            kind = rng.choices(_NOTE_TYPES, self.note_weights)[0]
            present = interpreter and language is not None and rng.random() < (
                0.35 if kind in ("phone_call", "institution_contact") else 0.85)
            if kind == "institution_contact":
                present = False
            minutes = rng.randint(10, 30) if kind == "phone_call" else rng.randint(20, 90)
            if present and rng.random() < 0.1:
                interpreter_name = rng.choice(names)
            out.append(r.Note(kind, self.d(day), self.body(kind), minutes, present, language if present else None,
                              interpreter_name if present else "", rng.random() < 0.05, author))
        return out

    def body(self, kind: str) -> str:
        """200-1500 characters of Turkish, in one to a few paragraphs."""
        rng = self.rng
        own = _SENTENCES[kind]
        target = rng.randint(200, 1500)
        paragraphs: list[list[str]] = [[]]
        size = 0
        while size < target:
            sentence = rng.choice(own) if rng.random() < 0.55 else rng.choice(_COMMON)
            if size + len(sentence) + 2 > 1500:
                break
            if paragraphs[-1] and rng.random() < 0.15:
                paragraphs.append([])
                size += 2  # the paragraph break
            elif paragraphs[-1]:
                size += 1  # the space
            paragraphs[-1].append(sentence)
            size += len(sentence)
        return "\n\n".join(" ".join(p) for p in paragraphs)

    def institution(self, institution_type: str) -> tuple[str, str] | None:
        names = self.by_type.get(institution_type)
        if names:
            return self.rng.choice(names), institution_type
        return None

    def referrals(self, rec: r.CaseRecord, opened: int, last: int, closed: bool, username: str) -> None:
        rng = self.rng
        if not self.any_institution:
            return
        wanted: list[str] = []
        needs = rec.intake.immediate_needs if rec.intake else []
        for need, types in (("legal", ("bar_legal_aid", "family_court", "prosecutor")),
                            ("shelter", ("sonim", "family_social_services")), ("health", ("hospital",)),
                            ("economic", ("social_assistance_foundation", "iskur", "municipal_unit")),
                            ("child_related", ("child_monitoring_center", "family_social_services")),
                            ("psychological", ("hospital", "ngo"))):
            if need in needs:
                wanted.append(rng.choice(types))
        if rec.client.migrant_status not in (None, "citizen"):
            wanted.append("migration_administration")
        wanted += ["sonim", "police", "sgk", "municipal_unit", "ngo"]
        seen: set[str] = set()
        for institution_type in wanted[:_weighted(rng, ((1, 60), (2, 30), (3, 10)))]:
            found = self.institution(institution_type)
            if found is None or found[0] in seen:
                continue
            seen.add(found[0])
            name, itype = found
            created = rng.randint(opened, max(opened, last - 3))
            states = (("completed", 55), ("rejected", 15), ("withdrawn", 15)) if closed else (
                ("draft", 10), ("sent", 15), ("accepted", 15), ("rejected", 10), ("completed", 40), ("withdrawn", 10))
            final = _weighted(rng, states)
            ref = r.Referral(name, itype, final, rng.choice(_REF_REASONS.get(itype, ("Destek talebi",))),
                             "", self.d(created))
            ref.events = [r.ReferralEvent(self.d(created), "draft", None, "", username)]
            step = created
            path = {"draft": [], "sent": ["sent"], "accepted": ["sent", "accepted"], "rejected": ["sent", "rejected"],
                    "completed": ["sent", "accepted", "completed"],
                    "withdrawn": [*rng.choice([[], ["sent"], ["sent", "accepted"]]), "withdrawn"]}[final]
            for to in path:
                step = min(last, step + rng.randint(0, 10))
                comment = ""
                if to == "sent":
                    ref.sent_on = self.d(step)
                elif to in ("accepted", "rejected"):
                    ref.responded_on = self.d(step)
                    if to == "rejected":
                        comment = ref.rejection_reason = rng.choice(_REJECTIONS)
                else:
                    ref.closed_on = self.d(step)
                    if to == "completed":
                        comment = ref.outcome = rng.choice(_OUTCOMES)
                ref.events.append(r.ReferralEvent(self.d(step), to, ref.events[-1].to_status, comment, username))
            if ref.sent_on is not None or rng.random() < 0.5:
                rec.consents.append(r.Consent("share_with_institution", self.d(created), "Paylaşım rızası v2", name))
            rec.referrals.append(ref)

    def placements(self, status: str, opened: int, last: int, children: list[r.Child]) -> list[r.Placement]:
        rng = self.rng
        if not self.shelters:
            return []
        going = [c.name for c in children if c.accompanying]
        kids = [c for c in children if c.accompanying]
        requested = rng.randint(opened, max(opened, min(last, opened + 20)))
        if status == "active":  # she is in a shelter now: placed within the last five months
            requested = rng.randint(max(opened, last - 150), last)
            free = [s for s in self.shelters if s.occupied < s.capacity]
            if not free:  # every demo shelter is full: she waits (never placed beyond capacity)
                return [r.Placement(rng.choice(self.shelters).name, "requested", self.d(requested), children=going)]
            shelter = rng.choice(free)
            shelter.occupied += 1
            placed = min(last, requested + rng.randint(0, 3))
            return [r.Placement(shelter.name, "placed", self.d(requested), self.d(placed), children=going,
                                age_flag=self.age_flag(shelter, kids, placed))]
        shelter = rng.choice(self.shelters)
        placed = min(last, requested + rng.randint(0, 3))
        ended = rng.randint(placed, last)
        transfer = ended < last and len(self.shelters) > 1 and rng.random() < 0.12
        out = [r.Placement(shelter.name, "ended", self.d(requested), self.d(placed), self.d(ended),
                           "transferred" if transfer else _weighted(rng, _EXITS), going,
                           age_flag=self.age_flag(shelter, kids, placed))]
        if transfer:
            other = rng.choice([s for s in self.shelters if s is not shelter])
            out.append(r.Placement(other.name, "ended", self.d(ended), self.d(ended), self.d(rng.randint(ended, last)),
                                   _weighted(rng, _EXITS[:3]), going, transferred_from=0,
                                   age_flag=self.age_flag(other, kids, ended)))
        return out

    def age_flag(self, shelter: _Shelter, going: list[r.Child], on: int) -> bool:
        year = date.fromordinal(on).year
        return shelter.boys_age_limit is not None and any(
            c.sex == "male" and c.birth_year is not None and year - c.birth_year > shelter.boys_age_limit
            for c in going)

    def measures(self, status: str, opened: int, last: int, soon: bool) -> list[r.Measure]:
        rng = self.rng
        out = []
        for n in range(_weighted(rng, ((1, 55), (2, 30), (3, 15)))):
            mtype = _weighted(rng, _MEASURES)
            article = term(Kind.MEASURE_TYPE, mtype).meta.get("article")
            urgent = bool(term(Kind.MEASURE_TYPE, mtype).meta.get("urgent_authority"))
            authority = ("governor" if article == 3 else "family_judge") if not (
                urgent and rng.random() < 0.15) else "police_chief"
            duration = rng.choice((30, 60, 90, 180, 180))
            if status == "active" and ((soon and n == 0) or rng.random() < 0.25):
                end = self.today + rng.randint(0, 14)  # ending within the dashboard's 14 days
                start = max(opened, end - duration)
            elif status == "active" and rng.random() < 0.5:
                start = rng.randint(max(opened, self.today - 170), self.today)
                end = start + duration
            else:
                start = rng.randint(opened, max(opened, last - 10))
                end = start + duration
            start = min(start, self.today)
            decision = max(opened, start - rng.randint(0, 2))
            state = "active" if end >= self.today else "expired"
            if rng.random() < 0.04:
                state = "lifted" if end >= self.today or rng.random() < 0.5 else "expired"
            year = date.fromordinal(decision).year
            court = (f"{year}/{rng.randint(100, 9999)} D. İş" if authority == "family_judge" else
                     f"{year}/{rng.randint(10, 999)}" if authority == "governor" else "")
            violations = []
            if rng.random() < 0.1 and start < min(end, self.today):
                day = rng.randint(start, min(end, self.today))
                violations.append(r.Violation(self.d(day), rng.choice(_VIOLATIONS), "155 Polis İmdat"))
            out.append(r.Measure(mtype, authority, self.d(decision), self.d(start), self.d(end), court, state,
                                 "", violations))
        return out

    def follow_ups(self, status: str, opened: int, last: int) -> list[r.FollowUp]:
        rng = self.rng
        t = self.today
        out = []
        for _ in range(rng.randint(1, 3) if status in ("open", "active") else rng.randint(0, 2)):
            purpose = rng.choice(_FOLLOW_UPS)
            kind = _weighted(rng, (("overdue", 25), ("week", 35), ("later", 25), ("done", 15)))
            if status in ("open", "active") and kind != "done":
                due = (max(opened, t - rng.randint(1, 20)) if kind == "overdue" else t + rng.randint(0, 7)
                       if kind == "week" else t + rng.randint(8, 60))
                out.append(r.FollowUp(self.d(due), purpose))
            elif status != "draft":
                due = rng.randint(opened, last)
                out.append(r.FollowUp(self.d(due), purpose, self.d(min(last, due + rng.randint(0, 3)))))
        return out

    def returned_closure(self, rec: r.CaseRecord, history: list[r.StatusChange], on: int, username: str) -> None:
        comment = self.rng.choice(_RETURN_COMMENTS)
        rec.closure_requests.append(r.ClosureRequest(
            self.rng.choice(("goals_met", "client_request")), self.ts(on, 15), ["told_can_return"],
            self.rng.choice(_CLOSURE_SUMMARIES), "returned", username, SUPERVISOR, self.ts(on + 1, 9), comment))
        history.append(r.StatusChange(self.ts(on, 15), "closure_requested", "request_closure", "active", "", username))
        history.append(r.StatusChange(self.ts(on + 1, 9), "active", "return_closure", "closure_requested", comment,
                                      SUPERVISOR))

    def closure(self, rec: r.CaseRecord, history: list[r.StatusChange], requested: int, closed: int | None,
                username: str) -> None:
        rng = self.rng
        checklist = [t.code for t in terms(Kind.CLOSURE_CHECKLIST) if rng.random() < 0.8]
        request = r.ClosureRequest(
            _weighted(rng, (("goals_met", 45), ("client_request", 15), ("moved_away", 10),
                            ("referred_elsewhere", 10), ("lost_contact", 15), ("other", 5))),
            self.ts(requested, 16), checklist, rng.choice(_CLOSURE_SUMMARIES), "pending", username)
        history.append(r.StatusChange(request.requested_at, "closure_requested", "request_closure", "active", "",
                                      username))
        if closed is not None:
            request.status, request.decided_by = "approved", SUPERVISOR
            request.decided_at, request.comment = self.ts(closed, 17), rng.choice(_APPROVE_COMMENTS)
            history.append(r.StatusChange(request.decided_at, "closed", "approve_closure", "closure_requested",
                                          request.comment, SUPERVISOR))
            rec.closed_on = self.d(closed)
        rec.closure_requests.append(request)


def _ordinal(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


# -- accounts and shelters ---------------------------------------------------------------------------------

def _counselor_count(n_cases: int) -> int:
    return max(MIN_COUNSELORS, min(MAX_COUNSELORS, math.ceil(n_cases / CASES_PER_COUNSELOR)))


def _ensure_user(session: Session, username: str, display_name: str, role: Role) -> str:
    """The demo account (created if missing, ready to log in with DEMO_PASSWORD); returns its display name."""
    conn = session.connection()
    row = repositories.find_user(conn, username)
    if row is not None:
        return row.display_name
    created = users.add_user(session, username, display_name, frozenset({role}), DEMO_PASSWORD)
    with session.write() as wconn:
        # A throwaway demo account: its first password is published, so no forced change at first unlock.
        repositories.update_user(wconn, created.id, must_change_password=0)
        session.log(wconn, "demo_user", username, must_change_password=False)
    return created.display_name


def _ensure_shelters(session: Session, rng: random.Random) -> list[_Shelter]:
    conn = session.connection()
    if not any(o.name.startswith(SHELTER_PREFIX) for o in shelters.occupancy(conn)):
        types = ["kadin_konukevi", "sonim_first_stage", "ngo_shelter"] + ["kadin_konukevi"] * 5
        for n in range(1, rng.randint(4, 8) + 1):
            shelters.save_shelter(session, r.Shelter(
                f"{SHELTER_PREFIX} {n}", types[n - 1], rng.randint(10, 40), rng.choice(_CITIES),
                12 if rng.random() < 0.8 else rng.choice((None, 6, 15)), rng.random() < 0.4,
                f"Gizli adres {n} (demo)", f"0500 000 {n:02d} {rng.randint(10, 99)}",
                f"{rng.choice(_TR_F)} {rng.choice(_TR_L)}"))
    return [_Shelter(o.name, o.capacity, o.occupied, o.boys_age_limit) for o in shelters.occupancy(conn)
            if o.name.startswith(SHELTER_PREFIX)]


# -- entry points -------------------------------------------------------------------------------------------

def generate(session: Session, n_cases: int, seed: int = 1,
             progress: Callable[[int, int], None] | None = None) -> DemoReport:
    """Add `n_cases` synthetic cases (plus demo counselors, a demo supervisor and demo shelters if missing)."""
    access.require(session, Action.USERS_MANAGE)
    if n_cases < 0:
        raise InvalidInput("the number of demo cases cannot be negative")
    counselors: list[tuple[str, str]] = []
    for n in range(1, _counselor_count(n_cases) + 1):
        username = f"{COUNSELOR_PREFIX}{n}"
        name = _COUNSELOR_NAMES[(n - 1) % len(_COUNSELOR_NAMES)]
        counselors.append((username, _ensure_user(session, username, f"{name} (demo)", Role.COUNSELOR)))
    _ensure_user(session, SUPERVISOR, "Demo Süpervizör", Role.SUPERVISOR)
    shelter_state = _ensure_shelters(session, random.Random(f"{seed}/shelters"))  # noqa: S311 (synthetic data)
    conn = session.connection()
    institutions = all_institutions(conn)
    inst_ids = {i.name: i.id for i in all_institutions(conn, include_inactive=True) if i.id is not None}
    shelter_ids = {o.name: o.shelter_id for o in shelters.occupancy(conn)}
    user_ids = casework.user_ids(conn)
    builder = _Builder(random.Random(seed), date.today(), counselors, institutions,  # noqa: S311
                       shelter_state)
    forced = _FORCED if n_cases >= len(_FORCED) else ()
    done = notes = 0
    while done < n_cases:
        size = min(BATCH, n_cases - done)
        with session.write() as wconn:
            for index in range(done, done + size):
                rec = builder.case(forced[index] if index < len(forced) else None)
                rec.case_number = casework.new_case_number(wconn, rec.opened_on)
                interchange.write_case(session, wconn, rec, inst_ids, shelter_ids, user_ids)
                notes += len(rec.notes)
            session.log(wconn, "demo_data", None, cases=size)
        done += size
        if progress is not None:
            progress(done, n_cases)
    return DemoReport(done, notes, (*(c[0] for c in counselors), SUPERVISOR))


def create_demo_vault(folder: Path, n_cases: int = 300, seed: int = 1) -> tuple[Session, DemoReport]:
    """A new vault full of synthetic cases, with the admin "demo" (password DEMO_PASSWORD) signed in."""
    created = vault_service.create_vault(Path(folder), CENTER_NAME, DEMO_ADMIN, "Demo Koordinatör", DEMO_PASSWORD)
    session = created.session
    try:
        report = generate(session, n_cases, seed)
    except BaseException:
        session.lock()
        raise
    return session, report
