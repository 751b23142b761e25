"""Name, place and sentence pools for the synthetic demo data (services/demo.py). Never real people.

Kept apart from the generator so the logic stays readable; everything here is data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from ..domain.vocabularies import Kind, terms

T = TypeVar("T")


def names(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split("|") if x.strip())


# -- who the clients are ---------------------------------------------------------------------------------

TR_F = names("Ayşe|Fatma|Emine|Hatice|Zeynep|Elif|Meryem|Şerife|Zehra|Sultan|Hülya|Gülşen|Işıl|Çiğdem|Özlem|"
               "Derya|Sevgi|Gül|Nur|Büşra|Esra|Merve|Kübra|Tuğba|Şeyma|Nurcan|Songül|Yıldız|Dilek|Aynur|Fadime|"
               "Hacer|Necla|Sibel|Pınar|Ebru|Ülkü|İpek|Gökçe|Şükran|Nazlı|Cansu|Gülay|Döndü|Ümmühan|Seher|"
               "Kader|Melek|İlknur|Hanife|Şenay|Tülay|Öznur|Gülten|Rabia|Sümeyye|Irmak|Ece|Damla|Aslı")
TR_L = names("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|"
               "Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Korkmaz|Güneş|Akın|Ünal|Bulut|Keskin|Çakır|Uçar|Tekin|"
               "Özer|Güler|Karaca|Aktaş|Bozkurt|Işık|Sarı|Coşkun|Eren|Gündoğdu|Köse|Erdem|Ateş|Çiftçi|Türkmen")
TR_M = names("Mehmet|Ahmet|Mustafa|Ali|Hüseyin|Hasan|İbrahim|İsmail|Osman|Yusuf|Murat|Ömer|Ramazan|Halil|"
               "Süleyman|Abdullah|Mahmut|Recep|Kadir|Emre|Serkan|Burak|Uğur|Erkan|Volkan|Gökhan|Oğuz|Çağlar")
KU_F = names("Rojîn|Berfîn|Zozan|Xecê|Bêrîvan|Nûdem|Hêvî|Rengîn|Jiyan|Dilan|Sosin|Zînê|Gulistan|Nazê|"
               "Hêlîn|Şîlan|Delal|Bêrîtan|Felek|Evîn|Rojda|Asmîn|Welat|Newroz|Ronahî|Perwîn")
KU_L = names("Baran|Keskin|Tekin|Ekinci|Akbaş|Oruç|Ateş|Kaplan|Acar|Aydın|Bingöl|Yıldırım|Zorlu|Ay|"
               "Güler|Ertaş|Ölmez|Sevim|Çiçek|Kılınç")
KU_M = names("Azad|Baran|Dilşad|Rênas|Şivan|Serhat|Welat|Hogir|Berzan|Ciwan|Mehmet|Ramazan|Abdullah")
AR_F = names("فاطمة|مريم|عائشة|زينب|خديجة|نور|هبة|رنا|سلمى|ليلى|أمل|رهف|دعاء|آمنة|سارة|ياسمين|"
               "بشرى|هدى|سعاد|منى|لمى|غادة|رشا|وفاء")
AR_L = names("الحسن|عبد الله|الأحمد|الخليل|العلي|المحمد|الحمصي|الحلبي|الشامي|إبراهيم|السيد|يوسف|"
               "الحمود|الخطيب|الديري|العبد الله|الرفاعي|حداد")
AR_M = names("محمد|أحمد|خالد|عمر|مصطفى|حسن|علي|إبراهيم|يوسف|عبد الرحمن|محمود|سامر")
ARL_F = names("Fatima|Maryam|Aisha|Zeinab|Khadija|Nour|Hiba|Rana|Salma|Layla|Amal|Rahaf|Duaa|Amina|Yasmin")
ARL_L = names("El Hasan|Abdullah|Al Ahmad|El Halil|El Ali|El Mohammad|Homsi|Halabi|Şami|İbrahim|Haddad")
ARL_M = names("Muhammed|Ahmad|Khaled|Omar|Mustafa|Hassan|Ali|Yusuf|Mahmoud")
FA_F = names("زهرا|فاطمه|مریم|نرگس|لیلا|شیرین|پریسا|سمیه|کبری|گلناز|فرشته|ستاره|مژگان|نیلوفر|معصومه|"
               "زینب|پروین|سکینه|پریا|ژیلا|گلاله|کوثر")
FA_L = names("احمدی|رضایی|محمدی|حسینی|کریمی|موسوی|جعفری|نوری|قاسمی|صادقی|رحیمی|هاشمی|کاظمی|پورمحمدی|"
               "کرمانی|یزدانی")
AF_L = names("حیدری|نظری|سلطانی|یوسفی|صدیقی|رحمانی|حکیمی|پوپل|کاکر|عزیزی|نیازی|امیری")
FA_M = names("علی|رضا|حسین|محمد|مهدی|امیر|جواد|کریم|نادر|پرویز|احمد|گل‌محمد")
CKB_F = names("شیلان|ژیان|نەسرین|ئاوات|ڕۆژان|هێڤی|کوێستان|شنۆ|ئاسۆ|بەهار")
CKB_L = names("ئەحمەد|محەمەد|عەلی|کەریم|ڕەشید|حەسەن|عوسمان|قادر")
CKB_M = names("ئازاد|کاروان|هێمن|دڵشاد|سەردار|بەختیار")
HY_F = names("Անահիտ|Մարիամ|Նարինե|Լուսինե|Սոնա|Արմինե|Գայանե|Հասմիկ|Սիրանուշ|Անի|Թամար|Քնարիկ|Լիլիթ|Աննա")
HY_L = names("Պետրոսյան|Հակոբյան|Սարգսյան|Գրիգորյան|Հովհաննիսյան|Վարդանյան|Կարապետյան|Մկրտչյան|Ավետիսյան")
HY_M = names("Արամ|Տիգրան|Արմեն|Դավիթ|Գևորգ|Հայկ|Սամվել|Կարեն")
FR_F = names("Aminata|Fatoumata|Mariam|Aïcha|Clarisse|Marie|Hawa|Kadiatou|Rokia|Josiane|Nadège|Bintou")
FR_L = names("Diallo|Traoré|Koné|Camara|Ndiaye|Sow|Nkounkou|Mbala|Ndayishimiye|Kaboré|Ouédraogo|Fofana")
FR_M = names("Moussa|Ibrahima|Mamadou|Jean|Serge|Amadou|Patrice|Oumar")
EN_F = names("Grace|Blessing|Mercy|Joy|Patience|Esther|Faith|Gift|Abena|Ruth|Comfort|Precious")
EN_L = names("Okafor|Adeyemi|Mensah|Nwosu|Boateng|Okonkwo|Asante|Eze|Owusu|Nakato|Achieng|Ibe")
EN_M = names("Emmanuel|Samuel|Daniel|Kwame|Chinedu|John|Peter|Kofi|David")
UK_F = names("Олена|Ірина|Наталія|Оксана|Тетяна|Юлія|Світлана|Марія|Анна|Людмила|Ольга|Вікторія")
UK_L = names("Коваленко|Шевчук|Бондаренко|Ткаченко|Кравченко|Мельник|Олійник|Лисенко|Савчук|Руденко")
UK_M = names("Олександр|Андрій|Сергій|Дмитро|Василь|Іван|Максим")


@dataclass(frozen=True)
class Profile:
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


CITIZEN = (("citizen", 1),)
PROFILES: tuple[Profile, ...] = (
    Profile("tr", 54.0, TR_F, TR_L, TR_M, ("Türkiye",), CITIZEN, (("tur", 1),), (), 0.0),
    Profile("deaf", 1.5, TR_F, TR_L, TR_M, ("Türkiye",), CITIZEN, (("tsm", 1),), ("tur",), 1.0),
    Profile("ku", 14.0, KU_F, KU_L, KU_M, ("Türkiye",), CITIZEN, (("kmr", 80), ("zza", 20)), ("tur",), 0.3),
    Profile("ckb", 1.5, CKB_F, CKB_L, CKB_M, ("Irak",),
             (("international_protection_applicant", 5), ("refugee", 3), ("residence_permit", 2)),
             (("ckb", 1),), ("ara", "tur"), 0.8),
    Profile("ar", 10.5, AR_F, AR_L, AR_M, ("Suriye",), (("temporary_protection", 95), ("residence_permit", 5)),
             (("ara", 1),), ("tur",), 0.7),
    Profile("ar_lat", 3.5, ARL_F, ARL_L, ARL_M, ("Suriye",), (("temporary_protection", 95),
             ("residence_permit", 5)), (("ara", 1),), ("tur",), 0.6),
    Profile("af", 5.0, FA_F, AF_L, FA_M, ("Afganistan",),
             (("international_protection_applicant", 50), ("refugee", 15), ("irregular", 25),
              ("residence_permit", 10)), (("fas", 70), ("prs", 30)), ("tur",), 0.9),
    Profile("ir", 3.0, FA_F, FA_L, FA_M, ("İran",),
             (("international_protection_applicant", 40), ("refugee", 20), ("residence_permit", 40)),
             (("fas", 1),), ("tur", "eng"), 0.7),
    Profile("hy", 2.0, HY_F, HY_L, HY_M, ("Ermenistan",), (("residence_permit", 60), ("irregular", 40)),
             (("hye", 1),), ("rus", "tur"), 0.6),
    Profile("fr", 1.5, FR_F, FR_L, FR_M, ("Senegal", "Gine", "Kamerun", "Kongo DC", "Fildişi Sahili"),
             (("residence_permit", 40), ("irregular", 35), ("international_protection_applicant", 25)),
             (("fra", 1),), ("eng",), 0.85),
    Profile("en", 1.5, EN_F, EN_L, EN_M, ("Nijerya", "Gana", "Uganda", "Kenya"),
             (("residence_permit", 40), ("irregular", 35), ("international_protection_applicant", 25)),
             (("eng", 1),), ("tur",), 0.55),
    Profile("uk", 1.5, UK_F, UK_L, UK_M, ("Ukrayna",), (("residence_permit", 80),
             ("international_protection_applicant", 20)), (("ukr", 1),), ("rus", "eng"), 0.8),
)
PROFILE = {p.key: p for p in PROFILES}
PROFILE_WEIGHTS = [p.weight for p in PROFILES]

INTERPRETERS: dict[str, tuple[str, ...]] = {
    "ara": names("Hiba Darwish|Rana Kassab|Nour Haddad|Samira Atassi|Huda Saleh"),
    "fas": names("Nasrin Ahmadi|Maryam Karimi|Shirin Tehrani|Parvin Sadeghi"),
    "prs": names("Hamida Noori|Farzana Sultani|Zarghuna Amiri"),
    "kmr": names("Dilan Aktaş|Rojda Yıldız|Nesrin Kaya|Berivan Tunç"),
    "zza": names("Gülistan Doğan|Xece Sevim"),
    "ckb": names("Shilan Karim|Avin Rashid"),
    "hye": names("Talin Kasapyan|Maral Bedikyan"),
    "fra": names("Sophie Martin|Awa Sarr"),
    "eng": names("Sarah Collins|Ayla Brown"),
    "ukr": names("Oksana Demir|Iryna Kaya"),
    "tsm": names("Seda Ergin (TİD)|Melike Sönmez (TİD)|Hakan Yalın (TİD)"),
}

COUNSELOR_NAMES = names("Psk. Elif Arslan|Sos. Çal. Zeynep Koç|Av. Merve Aydın|Psk. Selin Kurt|"
                          "Sos. Çal. Deniz Öztürk|Psk. Gizem Polat|Av. Burcu Şen|Sos. Çal. Aslı Korkmaz|"
                          "Psk. Ceren Tan|Sos. Çal. Nazlı Güler|Psk. Ebru Acar|Av. Pelin Uçar")
CITIES = names("İstanbul|Ankara|İzmir|Gaziantep|Diyarbakır|Bursa|Adana|Van|Eskişehir|Mersin")

# -- what the texts say (composed from pools; no real people, places are generic) -------------------------

REQUESTS = names(
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
COMMON = names(
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
SENTENCES: dict[str, tuple[str, ...]] = {
    "psychosocial_session": names(
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
    "legal_counseling": names(
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
    "social_work": names(
        "SYDV başvurusu için gerekli evraklar birlikte hazırlandı.|"
        "Çocukların okul kaydı ve nakli konusunda okul yönetimiyle görüşülmesi planlandı.|"
        "Kreş desteği için belediyenin ilgili birimine başvuru yapıldı.|"
        "Danışanın meslek edindirme kurslarına katılma isteği değerlendirildi.|"
        "Geçici barınma seçenekleri danışanla birlikte değerlendirildi.|"
        "Sağlık güvencesi durumu kontrol edildi; genel sağlık sigortası başvurusu anlatıldı.|"
        "Kira yardımı ve gıda desteği için uygun kaynaklar araştırıldı.|"
        "Danışanın adres kaydının gizli tutulması için yapılacaklar konuşuldu.|"
        "İŞKUR kaydı ve iş arama süreci hakkında bilgi verildi."),
    "phone_call": names(
        "Danışan, belirlediği güvenli saat aralığında arandı.|"
        "Kısa telefon görüşmesinde danışanın güvende olduğu teyit edildi.|"
        "Danışan parola kelimeyi kullandı; görüşme kısa tutuldu ve daha sonra tekrar arandı.|"
        "Randevu saati teyit edildi.|"
        "Danışan, şiddet uygulayanın evin çevresinde görüldüğünü bildirdi; 155 hatırlatıldı.|"
        "Başvuru sonucunun henüz çıkmadığı danışana iletildi."),
    "home_visit": names(
        "Ev ziyareti önceden danışanla planlanarak, şiddet uygulayanın evde olmadığı saatte yapıldı.|"
        "Evin fiziksel koşulları ve çocukların bakım durumu gözlemlendi.|"
        "Danışanın komşularıyla ilişkisinin iyi olduğu ve bir komşunun acil durumda destek olabileceği öğrenildi.|"
        "Kapı kilidinin değiştirilmesi ihtiyacı belirlendi.|"
        "Ziyaret sırasında çocuklarla da kısa bir görüşme yapıldı."),
    "institution_contact": names(
        "ŞÖNİM ile görüşülerek danışanın dosyasının durumu soruldu.|"
        "Baro adli yardım bürosu avukat görevlendirmesi yapıldığını bildirdi.|"
        "Aile ve Sosyal Hizmetler İl Müdürlüğü ile konukevi kontenjanı hakkında görüşüldü.|"
        "Okul rehberlik servisiyle, danışanın onayıyla, çocuğun durumu hakkında görüşüldü.|"
        "Hastaneden randevu alındı; danışana bilgi verildi.|"
        "İl Göç İdaresi ile kayıt güncelleme randevusu konusunda görüşüldü.|"
        "Kolluk ile tedbir kararının tebliğ durumu teyit edildi."),
}
NOTE_TYPES = tuple(t.code for t in terms(Kind.NOTE_TYPE))
NOTE_WEIGHTS = {"psychosocial_session": 35, "legal_counseling": 15, "social_work": 18, "phone_call": 18,
                 "home_visit": 4, "institution_contact": 10}
SAFE_TIMES = names("Hafta içi 10:00–12:00|Sabah 09:00–11:00 arası (eşi işteyken)|Salı ve perşembe öğleden "
                     "sonra|Yalnızca 14:00–16:00|Hafta içi öğle arası|Akşam 18:00'den sonra aramayın|"
                     "Cumartesi 10:00–13:00")
CODE_WORDS = names("Papatya|Mavi şemsiye|Teyzem aradı|Ekmek aldın mı?|Kırmızı çanta|Limon|Bahçe|"
                     "Eczaneden arıyorum|Kargo geldi|Nar çiçeği|Yeşil defter|Halı yıkama")
SAFE_NOTES = names("Önce mesaj atın, kendisi geri arayacak.|Kız kardeşinin telefonundan ulaşılabilir.|"
                     "Sesli mesaj bırakmayın.|Kurumun adını söylemeyin; 'anket' diye arayın.|"
                     "Yalnızca bu numarayı arayın.|Telefonu açmazsa tekrar aramayın, kendisi dönecek.")
FREQUENCIES = names("Her gün|Haftada birkaç kez|Ayda birkaç kez|Tek seferlik|Yıllardır düzenli olarak|"
                      "Son aylarda artarak")
REFERRED_BY = names("ŞÖNİM|İlçe Emniyet Müdürlüğü|Aile sağlığı merkezi|Okul rehberlik servisi|Muhtarlık|"
                      "Göç ve uyum masası|Komşusu|Bir STK")
CHILD_NEEDS = names("Okul kaydının yeni adrese taşınması|Psikolojik destek|Kreş desteği|Sağlık kontrolü|"
                      "Kırtasiye ve kıyafet desteği|Rehberlik servisiyle iş birliği|")
PLAN_TEXT = names(
    "Acil durumda komşusunun evine gidecek; komşu durumdan haberdar.|"
    "Kız kardeşinin evi güvenli yer olarak belirlendi.|"
    "Önemli belgelerin fotokopileri merkezde saklanıyor.|"
    "KADES uygulaması telefonuna yüklendi ve denendi.|"
    "Çocuklarla 'eve gitme' parolası belirlendi.|"
    "Telefondaki konum paylaşımı kapatıldı, şifreler değiştirildi.")
RISK_UP = names("Son görüşmede şiddetin arttığını anlattı; seviye bir üst düzeye çıkarıldı.|"
                  "Şiddet uygulayanın yakın zamanda cezaevinden çıkacak olması nedeniyle seviye yükseltildi.|"
                  "Danışanın anlattıkları gösterge listesine tam yansımıyor; mesleki değerlendirmeyle yükseltildi.")
REF_REASONS: dict[str, tuple[str, ...]] = {
    "sonim": names("6284 kapsamında koruyucu tedbir ve barınma desteği|Vaka yönetimi için ŞÖNİM'e bildirim"),
    "police": names("Şikâyet ve koruma talebi|Tedbir kararının uygulanması"),
    "gendarmerie": names("Şikâyet ve koruma talebi|Tedbir kararının uygulanması"),
    "prosecutor": names("Suç duyurusu|Soruşturma hakkında bilgi"),
    "family_court": names("Tedbir kararı başvurusu|Tedbirin uzatılması"),
    "bar_legal_aid": names("Boşanma ve nafaka davası için adli yardım|Velayet davası için avukat"),
    "hospital": names("Darp raporu ve tedavi|Psikiyatri değerlendirmesi|Gebelik takibi"),
    "child_monitoring_center": names("Çocuğun görüşmesi ve değerlendirilmesi"),
    "family_social_services": names("Konukevi başvurusu|Çocuklar için sosyal inceleme"),
    "shelter": names("Konukevi yerleştirme talebi"),
    "social_assistance_foundation": names("Nakdi yardım başvurusu|Kira ve yakacak yardımı"),
    "iskur": names("Meslek edindirme ve iş arama desteği"),
    "sgk": names("Genel sağlık sigortası tescili|Sigorta durumunun öğrenilmesi"),
    "migration_administration": names("Kayıt ve adres güncelleme|Kimlik yenileme|Statü başvurusu bilgisi"),
    "municipal_unit": names("Meslek kursu kaydı|Engelli hizmetlerinden yararlanma|Uyum ve dil kursu"),
    "ngo": names("Dayanışma grubuna katılım|Akran desteği"),
}
OUTCOMES = names("Hizmet sağlandı; danışan memnun olduğunu belirtti.|Başvuru olumlu sonuçlandı.|"
                   "Danışan kursa başladı.|Avukat görevlendirildi, dava açıldı.|Rapor alındı.|Yardım bağlandı.")
REJECTIONS = names("Kontenjan dolu.|Başvuru koşulları sağlanmıyor.|Gerekli belgeler eksik.|"
                     "Kurumun görev alanı dışında.")
FOLLOW_UPS = names("Tedbir kararının süresi kontrol edilecek|Güvenli saat aralığında telefonla durum sorulacak|"
                     "Avukat görüşmesi sonrası değerlendirme|Çocuğun okul kaydı takip edilecek|"
                     "SYDV başvurusunun sonucu sorulacak|Hastane randevusu sonrası görüşme|"
                     "Güvenlik planı gözden geçirilecek")
CLOSURE_SUMMARIES = names(
    "Danışanın hukuki süreci tamamlandı, güvenli bir yerde çocuklarıyla yaşıyor; ihtiyaç hâlinde yeniden "
    "başvurabileceği anlatıldı.|"
    "Danışan çalışmaya başladı ve ekonomik bağımsızlığını kazandı; risk düşük olarak değerlendirildi.|"
    "Danışan başka bir ile taşındı; oradaki ŞÖNİM ile bağlantısı kuruldu.|"
    "Danışanla uzun süredir iletişim kurulamıyor; güvenli kanallardan yapılan aramalar yanıtsız kaldı.|"
    "Danışan desteğin sona ermesini istedi; güvenlik planı birlikte gözden geçirildi.")
RETURN_COMMENTS = names("Güvenlik planı güncellenmeden kapanış uygun değil.|Açık yönlendirme sonuçlandırılmalı.|"
                          "Tedbir kararının süresi dolmadan kapatılmamalı.")
APPROVE_COMMENTS = names("Onaylandı.|Dosya incelendi, kapanış uygun.|Onaylandı; iyi çalışma.|")
VIOLATIONS = names("Eve yaklaştı ve kapıyı çaldı.|Mesajla tehdit etti.|İşyerinin önünde bekledi.")
DISABILITY = names("Tekerlekli sandalye kullanıyor; zemin kattaki görüşme odası kullanılmalı.|"
                     "Görme engelli; belgeler sesli okunmalı.|Kronik hastalığı var; düzenli ilaç kullanıyor.")
INCOME_TR = names("Gelir yok|Asgari ücret|Eşinin gelirine bağımlı|SYDV yardımı|Gündelik işlerden düzensiz "
                    "gelir|Yetim aylığı")
INCOME_MIGRANT = names("Gelir yok|Kızılay Kart (SUY) desteği|Kayıt dışı gündelik işler|Akrabalarından destek")

STATUS_WEIGHTS = (("draft", 3), ("open", 12), ("active", 50), ("closure_requested", 5), ("closed", 30))
# How often each indicator is ticked (not its risk weight): gives roughly a quarter low, a third medium, a fifth
# high and a fifth very high, like a center's caseload.
INDICATOR_WEIGHTS = {"threats_to_kill": 2, "weapon_access": 1, "strangulation": 1, "escalation": 6,
                      "recent_separation": 7, "pregnancy": 3, "stalking": 5, "order_violations": 2,
                      "threats_to_children": 3, "perpetrator_substance_abuse": 7, "forced_sex": 2,
                      "controlling_jealousy": 14, "perpetrator_suicide_threats": 2, "prior_injuries_needing_care": 3}
VIOLENCE_WEIGHTS = {"physical": 60, "sexual": 10, "rape": 3, "psychological": 85, "economic": 45, "verbal": 55,
                     "stalking": 15, "digital": 12, "forced_early_marriage": 5}

# -- coded fields for statistics (issue 18) ----------------------------------------------------------------

# The demo center is in İzmir (create_demo_vault sets "province" = 35): districts weighted roughly by
# population. Added to another vault with `demo-data`, they count as "unknown" until its province is İzmir.
DEMO_PROVINCE = "35"
DISTRICTS = (("izmir_buca", 14), ("izmir_karabaglar", 13), ("izmir_bornova", 12), ("izmir_karsiyaka", 9),
             ("izmir_konak", 9), ("izmir_bayrakli", 8), ("izmir_cigli", 6), ("izmir_menemen", 5),
             ("izmir_torbali", 5), ("izmir_gaziemir", 4), ("izmir_kemalpasa", 3), ("izmir_odemis", 3),
             ("izmir_bergama", 3), ("izmir_tire", 2), ("izmir_menderes", 2), ("izmir_aliaga", 2),
             ("izmir_balcova", 2), ("izmir_narlidere", 2), ("izmir_urla", 2), ("izmir_seferihisar", 1),
             ("izmir_cesme", 1), ("izmir_dikili", 1), ("izmir_foca", 1), ("izmir_guzelbahce", 1),
             ("izmir_bayindir", 1), ("izmir_selcuk", 1), ("izmir_kinik", 1), ("izmir_kiraz", 1),
             ("izmir_beydag", 1), ("izmir_karaburun", 1), ("other_province", 4), ("unknown", 3))
HEARD_FROM = (("relative_friend", 22), ("former_client", 6), ("police_gendarmerie", 14), ("sonim", 8),
              ("alo183", 6), ("health", 7), ("prosecutor_court", 4), ("bar_association", 3), ("social_services", 5),
              ("municipality", 6), ("muhtar", 3), ("school", 2), ("ngo", 4), ("internet", 5), ("media_print", 3),
              ("outreach", 3), ("other", 2), ("unknown", 4))
# Washington Group domains for the few women who report a difficulty (besides the ones the profile implies).
DISABILITY_DOMAINS = (("mobility", 30), ("seeing", 20), ("cognition", 15), ("hearing", 12), ("self_care", 10),
                      ("communication", 8))
# Share of women who agree to be counted in anonymous statistics (of those given the information notice).
STATS_CONSENT = 0.8
# Share of cases (not drafts) that are a new application of a woman whose earlier case was closed.
RETURNING = 0.12
# Share of psychosocial sessions and social work held with one of her children (when she has any).
CHILD_SESSION = 0.12
RELATIONS = (("husband", 45), ("ex_husband", 15), ("partner", 5), ("ex_partner", 5), ("fiance", 2),
              ("father", 6), ("mother", 2), ("brother", 6), ("son", 3), ("in_law", 8), ("other_relative", 2),
              ("acquaintance", 2), ("employer", 1), ("stranger", 1))
FEMALE_RELATIONS = frozenset({"mother"})
MEASURES = (("no_approach", 30), ("no_contact", 25), ("removal_from_home", 18), ("no_threats", 20),
             ("temporary_protection", 6), ("shelter", 5), ("identity_confidentiality", 3), ("financial_aid", 4),
             ("psychological_guidance", 4), ("electronic_monitoring", 2), ("surrender_weapon", 3),
             ("personal_relations_with_children", 3))
EXITS = (("independent_living", 35), ("moved_to_relatives", 25), ("returned_home", 15), ("left_voluntarily", 15),
          ("rule_violation", 5), ("other", 5))
LEVELS = tuple(t.code for t in terms(Kind.RISK_LEVEL))
WORKING = frozenset({"active", "closure_requested", "closed"})
FORCED: tuple[tuple[str, str, dict[str, bool]], ...] = (
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
