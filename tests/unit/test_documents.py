"""The PDF documents (§6), checked from the outside: what a reader (or a search tool) gets back from each
file, that every font is embedded and that the file is structurally sound. The files are read with PDFium
and qpdf's library (`tests/pdf_reading.py`), pip-installed: no system tool is needed and none is skipped.

Synthetic people only, named in every script the centers work in.
"""

from __future__ import annotations

import ast
import re
import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import kd_support
import pdf_reading
import pytest
from pdf_reading import compact, norm

from kadin_danisma.documents import (
    case_summary,
    client_record,
    engine,
    labels,
    recovery_sheet,
    referral_letter,
    samples,
)
from kadin_danisma.documents.models import LetterData, LetterField, RecordData, RecoverySheetData, SummaryData
from kadin_danisma.domain import records as r
from kadin_danisma.domain import recovery_code
from kadin_danisma.domain.vocabularies import Kind, label

# (script, client name, a child's name, the perpetrator's name, interpreter language code)
PEOPLE = [
    ("turkish", "Işıl Şahin", "Çağrı Şahin", "Oğuz Şahin", None),
    ("kurmanji", "Rojîn Zozan", "Bêrîvan Zozan", "Şêrko Zozan", "kmr"),
    ("french", "Hélène Lefèvre", "Noël Lefèvre", "Jérôme Lefèvre", "fra"),
    ("arabic", "فاطمة الزهراء", "مريم", "خالد العلي", "ara"),
    ("persian", "زهرا احمدی", "پریا", "رضا احمدی", "fas"),
    ("armenian", "Անահիտ Պետրոսյան", "Նարե Պետրոսյան", "Արամ Պետրոսյան", "hye"),
]
IDS = [p[0] for p in PEOPLE]

CENTER = "Deneme Belediyesi Kadın Danışma Merkezi"
LETTERHEAD = ["T.C. Deneme Belediyesi", "Kadın ve Aile Hizmetleri Müdürlüğü"]
MIXED_NOTE = ("Danışan, kız kardeşi فاطمة الزهراء ile birlikte geldi; komşusu Անահիտ Պետրոսյան de eşlik etti. "
              "Rojîn'in önerisiyle Hélène hanımla görüşülecek.")
SECRET_NOTE = "Bu gizli not çıktılara girmemeli KIRMIZI-ZÜMRÜT-42"
SHELTER = "Güneş Kadın Konukevi"
SHELTER_ADDRESS = "Gizli Sokak No: 7 Çankaya"  # held by the shelter registry only, never passed to a document
SAFE_PHONE = "0555 123 45 67"


# -- reading the files back --------------------------------------------------------------------------


def extract(pdf: bytes, folder: Path) -> str:
    """The document's text, normalised; written to the folder first, as a person would get it."""
    assert pdf.startswith(b"%PDF-")
    return pdf_reading.text(pdf)


def check_file(pdf: bytes, folder: Path) -> None:
    """All fonts embedded (and none of the built-in 14), and nothing `qpdf --check` would report."""
    pdf_reading.assert_sound(pdf)


def page_count(pdf: bytes, folder: Path) -> int:
    return pdf_reading.page_count(pdf)


def assert_has(found: str, *expected: str) -> None:
    missing = [e for e in expected if compact(e) not in compact(found)]
    assert not missing, f"missing from the PDF text: {missing}"


def assert_lacks(found: str, *unexpected: str) -> None:
    present = [u for u in unexpected if compact(u) in compact(found)]
    assert not present, f"should not be in the PDF text: {present}"


# -- synthetic data --------------------------------------------------------------------------------


def make_client(name: str, language: str | None) -> r.Client:
    return r.Client(
        full_name=name, client_code="KD-7Q4M", birth_year=1991, nationality="Suriye" if language == "ara" else "TC",
        migrant_status="temporary_protection" if language else "citizen",
        languages=[language] if language else ["tur"], interpreter_language=language,
        disability_needs="Tekerlekli sandalye kullanıyor", marital_status="separated", education="primary",
        employment="homemaker", income="Düzenli geliri yok",
        safe_contact=r.SafeContact(SAFE_PHONE, "Hafta içi 10:00–12:00", True, "Papatya",
                                   "Önce mesaj atın, yanıt gelmezse aramayın."),
    )


def make_record(person: tuple[str, str, str, str, str | None], number: str = "KDM-2026-0042") -> r.CaseRecord:
    _, name, child, perpetrator, language = person
    return r.CaseRecord(
        case_number=number, status="closure_requested", opened_on="2026-01-05", client=make_client(name, language),
        intake=r.Intake("2026-01-05", "referral", "ŞÖNİM Ankara", f"{name}: evden uzaklaşmak istiyorum.",
                        ["physical", "psychological", "economic"], "Haftada birkaç kez", "2026-01-03", True, False,
                        "Karakola bir kez gitmiş, şikâyetini geri almış.", ["shelter", "legal"]),
        risk_level="high", counselors=["ayse", "zeynep"],
        children=[r.Child(child, 2016, "female", True, "Atatürk İlkokulu", ["witnessed_violence"],
                          "Okul kaydının nakli gerekiyor")],
        perpetrators=[r.Perpetrator("husband", perpetrator, "male", False, True, "Av tüfeği var.")],
        risk_assessments=[
            r.RiskAssessment("2026-01-05", ["threats_to_kill", "weapon_access"], "very_high", "Silah ve tehdit",
                             "very_high", "Ayşe Yılmaz"),
            r.RiskAssessment("2026-02-10", ["stalking"], "high", "Takip sürüyor", "medium", "Ayşe Yılmaz"),
        ],
        safety_plans=[r.SafetyPlan("2026-01-06", ["emergency_bag", "emergency_numbers"], "Komşuda yedek anahtar",
                                   "Ayşe Yılmaz")],
        notes=[
            r.Note("psychosocial_session", "2026-01-06", MIXED_NOTE, 50, language is not None, language,
                   "Tercüman Leyla" if language else "", False, "Ayşe Yılmaz", 2, revisions=[
                       r.NoteRevision(1, "psychosocial_session", "2026-01-06", 45, False, None, "", False,
                                      "İlk sürüm: görüşme kısa sürdü ESKİ-SÜRÜM-77", "2026-01-07T08:30:00+00:00",
                                      "Ayşe Yılmaz")]),
            r.Note("legal_counseling", "2026-01-20", "Koruma kararı için başvuru dilekçesi hazırlandı.", 30,
                   author="Zeynep Kaya"),
            r.Note("phone_call", "2026-01-25", SECRET_NOTE, 10, never_export=True, author="Ayşe Yılmaz"),
        ],
        referrals=[r.Referral("Ankara Barosu Adli Yardım", "bar_legal_aid", "accepted", "Boşanma davası",
                              "Avukat atanması", "2026-01-10", "2026-01-11", "2026-01-15",
                              events=[r.ReferralEvent("2026-01-11", "sent", "draft", "", "ayse"),
                                      r.ReferralEvent("2026-01-15", "accepted", "sent", "Avukat atandı", "ayse")],
                              institution_city="Ankara")],
        placements=[r.Placement(SHELTER, "placed", "2026-01-07", "2026-01-08", children=[child])],
        measures=[r.Measure("no_approach", "family_judge", "2026-01-09", "2026-01-09", "2026-07-09",
                            "2026/123 D.İş", "active", violations=[
                                r.Violation("2026-02-01", "Okul önünde bekledi", "155 Polis İmdat")],
                            requested_at="2026-01-08T16:20", decided_at="2026-01-09T11:05",
                            electronic_monitoring=True)],
        aid=[r.Aid("rent", "sydv", "2026-01-12", "delivered", 850_050, source_detail="Çankaya SYDV",
                   decided_on="2026-01-20", delivered_on="2026-01-25", inquiry_report_on="2026-01-15",
                   committee_decision_no="YK-2026/77", recorded_by="ayse")],
        employment=[r.Employment("vocational_course", "Halk Eğitim Merkezi Çankaya", "2026-01-15", "completed",
                                 "2026-02-15", recorded_by="ayse")],
        court_cases=[r.CourtCase("divorce", "Ankara 4. Aile Mahkemesi", "2026/311 Esas", "bar_legal_aid", "ongoing",
                                 opened_on="2026-01-20", hearings=[r.Hearing("2026-03-12", "10:30")])],
        consents=[r.Consent("information_notice", "2026-01-05", "v2"),
                  r.Consent("share_with_institution", "2026-01-10", "v2", "Ankara Barosu Adli Yardım")],
        follow_ups=[r.FollowUp("2026-03-01", "Okul nakli takibi")],
        closure_requests=[r.ClosureRequest("goals_met", "2026-02-20T09:00:00+00:00", ["needs_met"],
                                           "Hedeflere ulaşıldı", "returned", "ayse", "selin",
                                           "2026-02-21T10:00:00+00:00", "Güvenlik planını güncelleyin")],
        status_history=[r.StatusChange("2026-01-05T09:00:00+00:00", "draft", "create", None, "", "ayse"),
                        r.StatusChange("2026-01-05T10:00:00+00:00", "open", "finish_intake", "draft", "", "ayse")],
    )


def make_letter(name: str, lang: str = "tr") -> LetterData:
    return LetterData(
        center_name=CENTER, letterhead_lines=LETTERHEAD, reference_no="E-2026/118", case_number="KDM-2026-0042",
        date="12.02.2026", recipient_name="Av. Derya Çelik", recipient_lines=["Ankara Barosu Adli Yardım Bürosu",
                                                                            "Sıhhiye / Ankara"],
        subject="Danışan yönlendirmesi hk.",
        fields=[LetterField("full_name", "Ad soyad" if lang == "tr" else "Full name", name),
                LetterField("birth_year", "Doğum yılı" if lang == "tr" else "Year of birth", "1991"),
                LetterField("children", "Çocuklar" if lang == "tr" else "Children", "Çağrı (2016)")],
        reason="Boşanma ve nafaka davası için hukuki destek gerekiyor.",
        requested_service="Adli yardım kapsamında avukat atanması.", counselor_name="Ayşe Yılmaz",
        counselor_title="Sosyal Çalışmacı", lang=lang,
    )


# -- referral letter -------------------------------------------------------------------------------


@pytest.mark.parametrize("person", PEOPLE, ids=IDS)
def test_letter_prints_what_was_passed_and_nothing_else(person: tuple[str, str, str, str, str | None],
                                                         tmp_path: Path) -> None:
    name = person[1]
    pdf = referral_letter.render(make_letter(name))
    found = extract(pdf, tmp_path)
    assert_has(found, CENTER, *LETTERHEAD, "E-2026/118", "KDM-2026-0042", "12.02.2026", "Sayın", "Av. Derya Çelik",
               "Ankara Barosu Adli Yardım Bürosu", "Sıhhiye / Ankara", "Konu", "Danışan yönlendirmesi hk.",
               "Ad soyad", name, "1991", "Çağrı (2016)", "Yönlendirme nedeni", "Boşanma ve nafaka davası",
               "Talep edilen hizmet", "avukat atanması", "Gereğini bilgilerinize arz ederim.", "Ayşe Yılmaz",
               "Sosyal Çalışmacı", "İmza", "Danışman", "Yönlendirme Yazısı", "Referans no", "Dosya no", "Tarih",
               "GİZLİDİR")
    # her phone, her code word and her shelter were not ticked: they are nowhere in the letter
    assert_lacks(found, SAFE_PHONE, "Papatya", SHELTER, SHELTER_ADDRESS, "Güvenli telefon", "Referral Letter")
    check_file(pdf, tmp_path)


def test_letter_field_not_passed_is_absent(tmp_path: Path) -> None:
    data = make_letter("Işıl Şahin")
    data.fields = [f for f in data.fields if f.key != "children"]
    found = extract(referral_letter.render(data), tmp_path)
    assert_has(found, "Işıl Şahin", "1991")
    assert_lacks(found, "Çocuklar", "Çağrı (2016)")
    # fields keep the order they were given in
    assert found.index("Ad soyad") < found.index("Doğum yılı")


def test_letter_in_english(tmp_path: Path) -> None:
    pdf = referral_letter.render(make_letter("Hélène Lefèvre", lang="en"))
    found = extract(pdf, tmp_path)
    assert_has(found, "Referral Letter", "Reference no.", "Case no.", "Date", "Subject", "To: Av. Derya Çelik",
               "Full name", "Hélène Lefèvre", "Reason for referral", "Requested service", "Signature", "Counsellor",
               "I kindly ask you to take the necessary action.", "CONFIDENTIAL")
    assert_lacks(found, "Sayın", "Yönlendirme Yazısı", "Gereğini bilgilerinize arz ederim", "Referans no", "İmza")
    check_file(pdf, tmp_path)


def test_letter_user_text_is_never_markup(tmp_path: Path) -> None:
    """Angle brackets and ampersands in what people typed are printed, never interpreted."""
    data = make_letter('Ayşe <font name="Helvetica">Kara</font> & <b>Ak</b>')
    data.reason = "<para>kırık</para> </b> <br/> &amp; &"
    pdf = referral_letter.render(data)
    found = extract(pdf, tmp_path)
    assert_has(found, 'Ayşe <font name="Helvetica">Kara</font> & <b>Ak</b>', "<para>kırık</para> </b> <br/> &amp; &")
    check_file(pdf, tmp_path)


def test_letter_without_optional_parts(tmp_path: Path) -> None:
    data = LetterData(CENTER, [], "", "", "", "", [], "", [], "", "", "", "")
    pdf = referral_letter.render(data)
    found = extract(pdf, tmp_path)
    assert_has(found, "Yönlendirme Yazısı", "Gereğini bilgilerinize arz ederim.", "İmza")
    assert_lacks(found, "Sayın", "Konu", "Yönlendirme nedeni", "Danışan bilgileri")
    check_file(pdf, tmp_path)


def test_letter_with_a_long_reason_flows_over_pages(tmp_path: Path) -> None:
    data = make_letter("Rojîn Zozan")
    data.reason = "\n\n".join(f"Paragraf {i}: " + "uzun gerekçe metni " * 60 for i in range(20))
    data.fields.append(LetterField("notes", "Not", "kısa bilgi " * 300))
    pdf = referral_letter.render(data)
    assert page_count(pdf, tmp_path) >= 3
    assert_has(extract(pdf, tmp_path), "Paragraf 19:", "Ayşe Yılmaz")


# -- case summary ----------------------------------------------------------------------------------


def summary_for(person: tuple[str, str, str, str, str | None], lang: str = "tr", withheld: int = 2) -> SummaryData:
    return SummaryData(CENTER, LETTERHEAD, make_record(person), "2026-02-12", "Selin Demir", withheld, lang)


@pytest.mark.parametrize("person", PEOPLE, ids=IDS)
def test_summary_has_every_section(person: tuple[str, str, str, str, str | None], tmp_path: Path) -> None:
    _, name, child, perpetrator, language = person
    pdf = case_summary.render(summary_for(person))
    found = extract(pdf, tmp_path)
    assert_has(
        found, CENTER, "Vaka özeti", "KDM-2026-0042", "Kapanış istendi", "ayse, zeynep", name, "KD-7Q4M", "1991",
        SAFE_PHONE, "Hafta içi 10:00–12:00", "EVDEN ASLA ARANMAMALIDIR.", "Papatya", "Önce mesaj atın",
        child, "Atatürk İlkokulu", "Şiddete tanıklık", "05.01.2026", "ŞÖNİM Ankara", "evden uzaklaşmak istiyorum",
        "Fiziksel şiddet, Psikolojik şiddet, Ekonomik şiddet", "Barınma, Hukuki destek", perpetrator, "Eş",
        "Silaha erişimi var", "Çok yüksek", "Öldürmekle tehdit", "10.02.2026", "Takip sürüyor",
        "Acil durum çantası hazırlandı", "Komşuda yedek anahtar", "Psikososyal görüşme", "50 dk", MIXED_NOTE,
        "Koruma kararı için başvuru dilekçesi hazırlandı.", "Ankara Barosu Adli Yardım", "Kabul edildi",
        "Avukat atandı", SHELTER, "Yerleştirildi", "Korunan kişiye, konutuna", "2026/123 D.İş",
        "Okul önünde bekledi", "155 Polis İmdat", "Aydınlatma metni", "Kurumla paylaşım için açık rıza",
        "Okul nakli takibi", "Hedeflere ulaşıldı", "Geri gönderildi", "Güvenlik planını güncelleyin",
        "Dosya oluşturuldu", "Başvuru tamamlandı", "Selin Demir", "GİZLİDİR",
        # issue 21: aid, employment support, court cases, the measure's times and flags
        "Ayni ve nakdi yardımlar", "Kira yardımı", "Teslim edildi", "8.500,50 TL", "Çankaya SYDV", "YK-2026/77",
        "İstihdam desteği", "Meslek edindirme kursu", "Halk Eğitim Merkezi Çankaya", "Tamamlandı",
        "Davalar", "Boşanma", "Ankara 4. Aile Mahkemesi", "2026/311 Esas", "Baro adli yardım avukatı",
        "12.03.2026 10:30", "Elektronik izleme",
        # the service withheld two notes; a third, still flagged, is dropped here and counted too
        "“Dışa aktarımlara asla dahil etme” olarak işaretlenmiş 3 not bu belgeye alınmadı.",
    )
    if language:
        assert_has(found, label(Kind.INTERPRETER_LANGUAGE, language, "tr"), "Tercüman Leyla")
    assert_lacks(found, SECRET_NOTE, "KIRMIZI-ZÜMRÜT-42", SHELTER_ADDRESS, "ESKİ-SÜRÜM-77", "Case summary")
    check_file(pdf, tmp_path)


def test_summary_without_withheld_notes_says_nothing_about_them(tmp_path: Path) -> None:
    data = summary_for(PEOPLE[0], withheld=0)
    data.record.notes = [n for n in data.record.notes if not n.never_export]
    found = extract(case_summary.render(data), tmp_path)
    assert_lacks(found, "asla dahil etme")


def test_summary_of_an_empty_case(tmp_path: Path) -> None:
    rec = r.CaseRecord("KDM-2026-0001", "draft", "2026-02-01", r.Client("Rojîn Zozan"))
    pdf = case_summary.render(SummaryData(CENTER, [], rec, "2026-02-12", "Selin Demir", 0))
    found = extract(pdf, tmp_path)
    assert_has(found, "Rojîn Zozan", "Taslak", "Kayıt yok.", "Görüşme notları", "Durum geçmişi")
    check_file(pdf, tmp_path)


def test_summary_in_english(tmp_path: Path) -> None:
    data = summary_for(PEOPLE[3], lang="en", withheld=0)
    pdf = case_summary.render(data)
    found = extract(pdf, tmp_path)
    assert_has(found, "Case summary", "Client", "Safe contact", "NEVER CALL HER AT HOME.", "Intake",
               "Physical violence, Psychological violence, Economic violence", "Husband", "Very high",
               "Psychosocial session", "50 min", "Arabic", "Referrals", "Accepted", "Shelter placements", SHELTER,
               "No approaching the protected person", "Information notice", "Closure requests", "Returned",
               "Case created", "2026-01-05", "1 note marked “never include in exports” was left out",
               "CONFIDENTIAL", "فاطمة الزهراء")
    assert_lacks(found, "Vaka özeti", "Fiziksel şiddet", "Görüşme notları", "EVDEN ASLA", SECRET_NOTE)
    check_file(pdf, tmp_path)


def test_summary_uses_the_vaults_own_labels(tmp_path: Path) -> None:
    data = summary_for(PEOPLE[0], withheld=0)
    assert data.record.intake is not None
    data.record.intake.violence_types.append("spiritual")
    data.vocab_labels = {"violence_type": {"spiritual": "Manevi şiddet (merkez terimi)"}}
    assert_has(extract(case_summary.render(data), tmp_path), "Manevi şiddet (merkez terimi)")


# -- client record (KVKK access request) -----------------------------------------------------------


@pytest.mark.parametrize("person", PEOPLE, ids=IDS)
def test_client_record_has_everything_with_revisions(person: tuple[str, str, str, str, str | None],
                                                     tmp_path: Path) -> None:
    name, child = person[1], person[2]
    first = make_record(person, "KDM-2025-0007")
    second = make_record(person, "KDM-2026-0042")
    second.notes[1] = replace(second.notes[1], body="İkinci dosyanın notu İKİNCİ-DOSYA-99")
    pdf = client_record.render(RecordData(CENTER, LETTERHEAD, first.client, [first, second], "2026-02-12",
                                          "Selin Demir", withheld_notes=1))
    found = extract(pdf, tmp_path)
    assert_has(found, "Kişisel veri erişim talebi – danışan kaydı", "6698", name, SAFE_PHONE, "Dosya KDM-2025-0007",
               "Dosya KDM-2026-0042", child, MIXED_NOTE, "Sürüm: 2", "Önceki sürümler", "Sürüm 1",
               "İlk sürüm: görüşme kısa sürdü ESKİ-SÜRÜM-77", "Değiştirilme zamanı", "İKİNCİ-DOSYA-99", SHELTER,
               "1 not bu belgeye alınmadı", "Selin Demir", "GİZLİDİR")
    assert found.index("Dosya KDM-2025-0007") < found.index("Dosya KDM-2026-0042")
    assert_lacks(found, SHELTER_ADDRESS)
    check_file(pdf, tmp_path)


def test_client_record_in_english(tmp_path: Path) -> None:
    rec = make_record(PEOPLE[5])
    pdf = client_record.render(RecordData(CENTER, LETTERHEAD, rec.client, [rec], "2026-02-12", "Selin Demir", "en"))
    found = extract(pdf, tmp_path)
    assert_has(found, "Personal data access request – client record", "Client details", "Case KDM-2026-0042",
               "Earlier versions", "Version 1", "Replaced at", "Անահիտ Պետրոսյան", "CONFIDENTIAL")
    assert_lacks(found, "danışan kaydı", "Önceki sürümler")


def test_client_record_without_cases(tmp_path: Path) -> None:
    pdf = client_record.render(RecordData(CENTER, [], r.Client("Işıl Şahin"), [], "2026-02-12", "Selin Demir"))
    assert_has(extract(pdf, tmp_path), "Işıl Şahin", "Bu danışana ait dosya yok.")


def long_record() -> tuple[r.Client, list[r.CaseRecord]]:
    """Three cases with many long notes in several scripts, some with revisions: well over 200 pages."""
    words = ("Danışan görüşmede yaşadıklarını ayrıntılı anlattı; güvenlik planı gözden geçirildi. "
             "Hélène Lefèvre ile yapılan ortak görüşmede فاطمة الزهراء de hazır bulundu. "
             "Rojîn Zozan bêrîvan û zarokên xwe. Անահիտ Պետրոսյան. ")
    cases = []
    for k in range(3):
        rec = make_record(PEOPLE[k], f"KDM-202{k}-{k + 1:04d}")
        notes = []
        for i in range(30):
            body = "\n\n".join(f"{i}.{p} " + words * 6 for p in range(8))
            revisions = [r.NoteRevision(1, "social_work", "2026-01-10", 30, False, None, "", False, words * 10,
                                        "2026-01-11T10:00:00+00:00", "Ayşe Yılmaz")] if i % 5 == 0 else []
            notes.append(r.Note("social_work", "2026-01-10", body, 40, author="Ayşe Yılmaz", version=2 if revisions
                                else 1, revisions=revisions))
        rec.notes = notes
        cases.append(rec)
    return cases[0].client, cases


def test_client_record_of_200_pages(tmp_path: Path, isolated_env: kd_support.Env) -> None:
    """A long record builds in memory, in reasonable time, and leaves nothing in the temp folder."""
    tmp = isolated_env.tmp
    assert Path(tempfile.gettempdir()) == tmp
    before = sorted(tmp.rglob("*"))
    client, cases = long_record()
    started = time.perf_counter()
    pdf = client_record.render(RecordData(CENTER, LETTERHEAD, client, cases, "2026-02-12", "Selin Demir"))
    elapsed = time.perf_counter() - started
    assert sorted(tmp.rglob("*")) == before, "the build wrote to the temp folder"
    pages = page_count(pdf, tmp_path / "out")
    assert pages >= 180, pages  # 228 pages with reportlab, 185 with Typst (denser)
    assert elapsed < 60, f"{pages} pages took {elapsed:.1f} s"
    found = extract(pdf, tmp_path / "out")
    assert_has(found, "29.7", f"Sayfa {pages}")
    check_file(pdf, tmp_path / "out")


# -- recovery sheet --------------------------------------------------------------------------------


def test_recovery_sheet(tmp_path: Path) -> None:
    key = recovery_code.generate()
    groups = recovery_code.split_groups(key)
    pdf = recovery_sheet.render(RecoverySheetData(CENTER, "5f0c2a9e-7d41-4c55-9d0b-3f1e8a6b2c77",
                                                  "2026-02-12T09:30:00+00:00", groups))
    found = extract(pdf, tmp_path)
    assert len(groups) == 8
    assert_has(found, *groups, "Kurtarma anahtarı", "Kasa kimliği", "5f0c2a9e-7d41-4c55-9d0b-3f1e8a6b2c77",
               "12.02.2026", CENTER, "yazdırın", "bilgisayardan ayrı", "yeni parola", "geçersiz olur",
               "fotoğrafını çekmeyin")
    # two rows of four, in order
    assert found.index(groups[0]) < found.index(groups[3]) < found.index(groups[4]) < found.index(groups[7])
    assert page_count(pdf, tmp_path) == 1
    check_file(pdf, tmp_path)


def test_recovery_sheet_in_english(tmp_path: Path) -> None:
    groups = recovery_code.split_groups(recovery_code.generate())
    pdf = recovery_sheet.render(RecoverySheetData(CENTER, "vault-1", "2026-02-12", groups, "en"))
    found = extract(pdf, tmp_path)
    assert_has(found, *groups, "Recovery key", "Vault ID", "vault-1", "Print this page", "locked away",
               "set new passwords", "voids this one", "Never photograph")
    assert_lacks(found, "Kurtarma anahtarı", "Kasa kimliği")


# -- templates, metadata and layering --------------------------------------------------------------


def test_metadata_carries_no_personal_data(tmp_path: Path) -> None:
    """Title and subject of every document are generic: a file listing or a viewer's title bar shows no name."""
    person = PEOPLE[0]
    rec = make_record(person)
    groups = recovery_code.split_groups(recovery_code.generate())
    pdfs = [
        referral_letter.render(make_letter(person[1])),
        case_summary.render(summary_for(person)),
        client_record.render(RecordData(CENTER, LETTERHEAD, rec.client, [rec], "2026-02-12", "Selin Demir")),
        recovery_sheet.render(RecoverySheetData(CENTER, "vault-1", "2026-02-12", groups)),
    ]
    for pdf in pdfs:
        meta = pdf_reading.metadata(pdf)
        info = norm(" ".join(f"{key}: {value}" for key, value in meta.items()))
        assert_lacks(info, person[1], person[2], "Şahin", SAFE_PHONE, groups[0])
        assert re.search(r"Title: (Yönlendirme Yazısı|Vaka özeti|Kişisel veri erişim talebi|Kurtarma anahtarı)", info)




# -- tags: every document is PDF/UA-1, an archive copy PDF/A-2a as well ---------------------------------------


def every_document(person: tuple[str, str, str, str, str | None], archive: bool = False) -> dict[str, bytes]:
    rec = make_record(person)
    groups = recovery_code.split_groups(recovery_code.generate())
    docs = {
        "letter": referral_letter.render(make_letter(person[1]), archive=archive),
        "summary": case_summary.render(summary_for(person), archive=archive),
        "record": client_record.render(RecordData(CENTER, LETTERHEAD, rec.client, [rec], "2026-02-12",
                                                  "Selin Demir"), archive=archive),
    }
    if not archive:
        docs["recovery"] = recovery_sheet.render(RecoverySheetData(CENTER, "vault-1", "2026-02-12", groups))
    return docs


SCRIPT_LANG = {"arabic": "ar", "persian": "fa", "armenian": "hy"}


@pytest.mark.parametrize("person", [p for p in PEOPLE if p[0] in SCRIPT_LANG], ids=lambda p: p[0])
def test_every_document_is_tagged_pdf_ua(person: tuple[str, str, str, str, str | None]) -> None:
    """What a screen reader needs: a title shown in the window, the document's language and the language of
    each run of another script, a heading, a table with header cells; XMP says PDF/UA-1."""
    for kind, pdf in every_document(person).items():
        tags = pdf_reading.tagging(pdf)
        assert tags.marked and tags.display_doc_title and tags.lang == "tr", kind
        assert tags.pdfua_part == "1" and tags.pdfa_part is None, kind
        roles = tags.roles()
        assert roles.count("H1") == 1 and "H2" in roles and "TH" in roles and "TD" in roles, (kind, roles)
        if kind != "recovery":
            assert SCRIPT_LANG[person[0]] in tags.langs(), (kind, tags.langs())
        assert tags.xmp_title == pdf_reading.metadata(pdf)["Title"]
        pdf_reading.assert_sound(pdf)


def test_archive_copies_are_pdf_a_2a() -> None:
    for kind, pdf in every_document(PEOPLE[3], archive=True).items():
        tags = pdf_reading.tagging(pdf)
        assert (tags.pdfa_part, tags.pdfa_conformance, tags.pdfua_part) == ("2", "A", "1"), kind
        assert tags.output_intent and tags.marked, kind
        assert compact("فاطمة الزهراء") in compact(extract(pdf, Path()))
        pdf_reading.assert_sound(pdf)


# -- templates a center can adapt -----------------------------------------------------------------------------


@pytest.fixture
def center_templates(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    shutil.copytree(engine.BUNDLED_TEMPLATES, folder)
    return folder


def test_bundled_templates_pass_their_check() -> None:
    assert samples.check_templates(engine.BUNDLED_TEMPLATES) == []


def test_a_center_adapts_footer_and_logo(center_templates: Path) -> None:
    """Her IT person changes the footer wording and adds a logo (with its alt text) in kd.typ; every document
    then carries them, and no template holds case content."""
    kd = center_templates / "kd.typ"
    source = kd.read_text("utf-8")
    source = source.replace('#let footer-wording = (tr: "GİZLİDİR / CONFIDENTIAL", en: "GİZLİDİR / CONFIDENTIAL")',
                            '#let footer-wording = (tr: "ÖZEL NİTELİKLİ KİŞİSEL VERİ", en: "SPECIAL CATEGORY DATA")')
    source = source.replace("#let logo = none", '#let logo = "logo.png"')
    kd.write_text(source, "utf-8")
    pdf_reading.render_png(referral_letter.render(make_letter("Işıl Şahin")), center_templates / "logo.png", dpi=10)
    try:
        samples.adopt(center_templates)
        assert engine.templates_in_use() == center_templates.resolve()
        pdf = referral_letter.render(make_letter("Işıl Şahin"))
    finally:
        engine.use_templates(None)
    found = extract(pdf, center_templates)
    assert_has(found, "ÖZEL NİTELİKLİ KİŞİSEL VERİ", "Işıl Şahin")
    assert_lacks(found, "GİZLİDİR")
    assert "Figure" in pdf_reading.tagging(pdf).roles()
    assert "GİZLİDİR" in extract(referral_letter.render(make_letter("Işıl Şahin")), center_templates)  # bundled again
    for template in center_templates.glob("*.typ"):
        for person in PEOPLE:
            assert person[1] not in template.read_text("utf-8")


def test_a_broken_template_folder_is_refused_and_named(center_templates: Path) -> None:
    (center_templates / "case-summary.typ").write_text("#import \"kd.typ\": *\n#let x = (\n", "utf-8")
    (center_templates / "recovery-sheet.typ").unlink()
    with pytest.raises(engine.TemplateError) as raised:
        samples.adopt(center_templates)
    message = str(raised.value)
    assert "case-summary.typ" in message and "recovery-sheet.typ" in message
    assert engine.templates_in_use() == engine.BUNDLED_TEMPLATES
    assert samples.check_templates(center_templates / "nowhere") != []
    # made-up data only: no real person in what the check reports
    assert "Işıl" not in message and "فاطمة" not in message


def test_every_template_string_has_both_languages() -> None:
    for key, (tr, en) in labels.TEXTS.items():
        assert tr.strip() and en.strip(), key
        assert re.findall(r"{\w+}", tr) == re.findall(r"{\w+}", en), key
    assert labels.text("letter_title") == "Yönlendirme Yazısı"
    assert labels.text("letter_title", "en") == "Referral Letter"
    assert labels.text("addressee", "tr") == "Sayın"
    assert labels.text("letter_closing", "tr") == "Gereğini bilgilerinize arz ederim."
    assert labels.text("record_title", "tr") == "Kişisel veri erişim talebi – danışan kaydı"
    assert labels.date_text("2026-03-05", "tr") == "05.03.2026"
    assert labels.date_text("2026-03-05", "en") == "2026-03-05"
    assert labels.count_text("withheld", 1, "en").startswith("1 note marked")
    assert labels.count_text("withheld", 4, "en").startswith("4 notes marked")


def test_documents_import_neither_services_nor_vault() -> None:
    folder = Path(case_summary.__file__).parent
    offenders = []
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            modules: list[str] = []
            if isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [("." * node.level) + (node.module or "")]
            for m in modules:
                if re.match(r"^(\.\.|kadin_danisma\.)(services|vault|gui)\b", m) or m.startswith("PySide6"):
                    offenders.append(f"{path.name}: {m}")
    assert offenders == []
