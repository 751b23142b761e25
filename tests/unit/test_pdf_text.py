"""The documents' engine (Typst, documents/engine.py and textlayer.py), checked by reading the PDFs back.

Every PDF is read back with PDFium and qpdf's library (`tests/pdf_reading.py`: pypdfium2 and pikepdf, no
system tools):

- names in Turkish, Kurmanji, Arabic, Persian, Sorani, Armenian, French and English, and mixed lines, come
  back as typed (PDFium's text, lines in reading order, NFC only: `pdf_reading.exact_lines`);
- right-to-left words are drawn right-to-left (x positions of their glyphs);
- the PDF is tagged for PDF/UA-1 (headings, a table with header cells, /Lang for the document and for runs
  of another script, the title shown, XMP declaring PDF/UA-1; PDF/A-2a as well for an archive copy);
- every font is embedded; user text is never markup (Typst's `#`, `*`, `[`, `$`, `\\`, `//`, `@`, `<…>`);
- AES-256 protection still needs its password and keeps the tags.
"""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

import pdf_reading
import pikepdf
import pypdfium2 as pdfium
import pytest
from pdf_reading import Word, is_rtl, norm

from kadin_danisma.documents import encrypt, engine, referral_letter, textlayer
from kadin_danisma.documents.models import LetterData, LetterField

NAMES = {
    "Türkçe": "Işıl Şahin Çiğdem Öztürk",
    "Kurmancî": "Rojîn Xwedê û Zozan Êzîdî",
    "Arapça": "فاطمة الزهراء عبد الله",
    "Arapça 2": "حسن الأحمد",
    "Farsça": "زهرا احمدی پور",
    "Farsça 2": "می‌توانم مریم",
    "Soranî": "شیلان ڕەحیم ئەحمەد",
    "Ermenice": "Անահիտ Պետրոսյան",
    "Français": "Hélène Lefèvre, œuvre",
    "English": "Mary O'Brien",
}
MIXED = [
    "Danışan فاطمة الزهراء ile 12.03.2025 tarihinde görüşüldü.",
    "Görüşmeye زهرا احمدی پور (kız kardeşi) katıldı; tercüman Անահիտ Պետրոսյան.",
    "Eş · خالد العلي · Erkek",
    "مراجعه‌کننده در تاریخ ۱۲ مارس با Ali صحبت کرد.",
    "Rojîn ve شیلان ڕەحیم birlikte geldi (Hélène ile), 2026.",
]
INJECTION = 'Ad #let x = 1 *kalın* _eğik_ [köşeli] $a^2$ \\ // yorum @ref <etiket> `kod` ~ = #eval("1+1") /* ]'
PASSWORD = "Gizli parola 1!"


def letter(fields: dict[str, str], reason: str = "", lang: str = "tr") -> LetterData:
    return LetterData(
        center_name="Örnek Belediyesi Kadın Danışma Merkezi", letterhead_lines=["Atatürk Cad. No: 1, Çankaya"],
        reference_no="KDM-2026-0042/Y-3", case_number="KDM-2026-0042", date="2026-02-12",
        recipient_name="Ankara Barosu", recipient_lines=["Sıhhiye / Ankara"], subject="Danışan yönlendirmesi hk.",
        fields=[LetterField(f"f{i}", label, value) for i, (label, value) in enumerate(fields.items())],
        reason=reason, requested_service="Adli yardım.", counselor_name="Ayşe Yılmaz", counselor_title="", lang=lang,
    )


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.fixture(scope="module")
def names_pdf() -> bytes:
    return referral_letter.render(letter(NAMES, "\n\n".join(MIXED)))


# -- text as typed -------------------------------------------------------------------------------------------


def test_every_name_comes_back_exactly_as_typed(names_pdf: bytes) -> None:
    """Each table row is one line "label value": the value in reading order, every letter, ZWNJ kept, no
    presentation forms (NFC only: nothing looser)."""
    lines = pdf_reading.exact_lines(names_pdf)
    for label, name in NAMES.items():
        assert nfc(f"{label} {name}") in lines, (name, [line for line in lines if name.split()[0] in line])


@pytest.mark.parametrize("line", MIXED)
def test_mixed_lines_come_back_exactly_as_typed(names_pdf: bytes, line: str) -> None:
    assert nfc(line) in pdf_reading.exact_lines(names_pdf)


def test_lam_alef_and_joiners_map_back_to_their_letters(names_pdf: bytes) -> None:
    """The ligature لأ in الأحمد and the ZWNJ inside می‌توانم are one glyph each for two characters; their
    text is stored so that readers, which reverse right-to-left runs, give the letters in typed order."""
    text = " ".join(pdf_reading.exact_lines(names_pdf))
    assert "الأحمد" in text and "األحمد" not in text
    assert "می\u200cتوانم" in text and "شیلان" in text and "شیالن" not in text


def assert_drawn_in_order(words: list[Word], logical: list[str], rtl: list[bool]) -> None:
    """The words (in logical order) occur on one line; rtl[i] says whether word i is drawn right of word
    i + 1 (True) or left of it (False)."""
    for first in [w for w in words if w.text == norm(logical[0])]:
        line = [first]
        for word in logical[1:]:
            found = [w for w in words if w.text == norm(word) and w.same_line(first)]
            if not found:
                break
            line.append(found[0])
        if len(line) == len(logical):
            break
    else:
        raise AssertionError(f"{logical} not found on one line")
    for prev, nxt, right_to_left in zip(line, line[1:], rtl, strict=False):
        if right_to_left:
            assert prev.x_min > nxt.x_max - 0.5, f"{prev.text!r} should be right of {nxt.text!r}"
        else:
            assert prev.x_max < nxt.x_min + 0.5, f"{prev.text!r} should be left of {nxt.text!r}"


def test_right_to_left_words_are_drawn_right_to_left(names_pdf: bytes) -> None:
    words = pdf_reading.words(names_pdf)
    assert_drawn_in_order(words, ["فاطمة", "الزهراء", "عبد", "الله"], [True] * 3)
    assert_drawn_in_order(words, ["شیلان", "ڕەحیم", "ئەحمەد"], [True] * 2)
    assert_drawn_in_order(words, ["Անահիտ", "Պետրոսյան"], [False])
    # a Turkish sentence with an Arabic name: Danışan | الزهراء فاطمة | ile …
    assert_drawn_in_order(words, ["Danışan", "فاطمة", "الزهراء", "ile"], [False, True, False])
    # a Persian sentence: its first word rightmost
    assert_drawn_in_order(words, ["مراجعه\u200cکننده", "در", "تاریخ"], [True, True])


def test_user_text_is_never_markup(names_pdf: bytes) -> None:
    """Typst markup, code and comments typed into a name, a reason or the letterhead print as typed."""
    data = letter({"Ad soyad": INJECTION}, INJECTION)
    data.center_name = INJECTION
    data.recipient_name = INJECTION
    text = pdf_reading.compact(" ".join(pdf_reading.exact_lines(referral_letter.render(data))))
    # letterhead, addressee, the table row and the reason; long lines wrap, so spaces are not compared
    assert text.count(pdf_reading.compact(INJECTION)) == 4, text
    assert pdf_reading.compact(f"Ad soyad {INJECTION}") in text


def test_control_characters_are_dropped_and_letters_kept() -> None:
    controls = "A\x00B\x01C\x08D\x0bE\x0cF\x1bG\x7fH\x85I\x9fJ\ud800K\u202eL\ufeffM\u200bN"
    pdf = referral_letter.render(letter({"Not": controls}, controls))
    raw = "\n".join(pdf_reading.page_texts(pdf))
    for ch in "\x00\x01\x08\x1b\x7f\x9f\u202e\ufeff":
        assert ch not in raw
    assert "Not ABCD" in pdf_reading.exact_lines(pdf) and "ABCDEFGHIJKLMN" in norm(raw).replace(" ", "")


# -- tags and declarations -----------------------------------------------------------------------------------


def test_tagged_for_pdf_ua(names_pdf: bytes) -> None:
    tags = pdf_reading.tagging(names_pdf)
    assert tags.marked and tags.display_doc_title
    assert tags.lang == "tr" and tags.xmp_title == "Yönlendirme Yazısı"
    assert tags.pdfua_part == "1" and tags.pdfa_part is None
    roles = tags.roles()
    assert roles[0] == "Document" and "H1" in roles and "H2" in roles
    assert "Table" in roles and roles.count("TH") == 2 and "TD" in roles
    # each run of another script carries its language for a screen reader's voice
    assert {"ar", "fa", "ckb", "hy"} <= tags.langs()
    assert pdf_reading.metadata(names_pdf)["Title"] == "Yönlendirme Yazısı"


def test_archive_copy_is_pdf_a_2a_and_pdf_ua() -> None:
    pdf = referral_letter.render(letter(NAMES), archive=True)
    tags = pdf_reading.tagging(pdf)
    assert (tags.pdfa_part, tags.pdfa_conformance, tags.pdfua_part) == ("2", "A", "1")
    assert tags.output_intent and tags.marked and "TH" in tags.roles()
    pdf_reading.assert_sound(pdf, fonts_at_least=4)
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert document.open_metadata().pdfa_status == "2A"
        assert not document.is_encrypted


def test_every_font_is_embedded(names_pdf: bytes) -> None:
    used = {font.name for font in pdf_reading.assert_sound(names_pdf, fonts_at_least=4)}
    for font in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular", "NotoSansArmenian-Regular"):
        assert font in used, used


def test_same_data_same_bytes() -> None:
    """No date or random id of the moment of printing in the file."""
    assert referral_letter.render(letter(NAMES)) == referral_letter.render(letter(NAMES))


# -- long text ------------------------------------------------------------------------------------------------


def vocabulary(script: str) -> list[str]:
    return {
        "tr": ["Işıl", "Şahin", "görüşme", "danışan", "güvenlik", "şiddet", "ÇAĞRI"],
        "ku": ["Rojîn", "Xwedê", "û", "jin", "malê", "zarok", "hêvî"],
        "fr": ["Hélène", "Lefèvre", "œuvre", "français", "été", "sécurité"],
        "en": ["counseling", "session", "safety", "plan", "referral", "Smith"],
        "ar": ["فاطمة", "الزهراء", "عبد", "الله", "مساعدة", "لا", "الأمان"],
        "fa": ["زهرا", "احمدی", "می\u200cتوانم", "کمک", "خانه", "امنیت"],
        "ckb": ["شیلان", "ڕەحیم", "یارمەتی", "ماڵ"],
        "hy": ["Անահիտ", "Պետրոսյան", "Երևան", "օգնություն"],
    }[script]


@pytest.mark.parametrize("script", ["tr", "ku", "fr", "en", "ar", "fa", "ckb", "hy"])
def test_long_text_flows_across_pages_without_losing_words(script: str) -> None:
    rng = random.Random(script)
    words = vocabulary(script)
    paragraphs = [" ".join(rng.choice(words) for _ in range(rng.randint(20, 600))) for _ in range(40)]
    note = "\n\n".join(paragraphs)
    expected = Counter(nfc(word) for word in note.split())
    pdf = referral_letter.render(letter({}, note))
    assert pdf_reading.page_count(pdf) >= 3
    found = Counter(" ".join(pdf_reading.exact_lines(pdf)).split())
    for word, count in expected.items():
        assert found[word] == count, (word, found[word], count)


# -- the text layer fix on its own ----------------------------------------------------------------------------


def test_text_layer_left_alone_without_right_to_left_clusters() -> None:
    """Without right-to-left letters the engine skips the fix (engine._RTL_LETTERS); that is safe because
    there is nothing to fix: Latin, Armenian, combining accents."""
    latin = referral_letter.render(letter({"Ad": "Işıl Şahin", "Ermenice": "Անահիտ", "NFD": "Xwede\u0302"}))
    assert textlayer.reorder_rtl_clusters(latin) == latin  # the same bytes


def test_text_layer_reverses_only_right_to_left_clusters() -> None:
    cmap = b"<0001> <0627> <0002> <06440627> <0003> <00660069> <0004> <062A200C> <0005> <0645064F> <0006> <0645064F>"
    widths = {1: 500.0, 2: 600.0, 3: 550.0, 4: 400.0, 5: 0.0, 6: 480.0}
    fixed = textlayer._reordered_cmap(cmap, widths, 1000.0)
    assert b"<0001> <0627>" in fixed and b"<0003> <00660069>" in fixed  # one letter; Latin fi ligature
    assert b"<0002> <06270644>" in fixed  # lam-alef, reversed
    assert b"<0004> <200C062A>" in fixed  # a letter with its ZWNJ, reversed
    assert b"<0005> <064F>" in fixed and b"<0006> <0645>" in fixed  # mark glyph: the mark; base glyph: the letter


# -- encryption ------------------------------------------------------------------------------------------------


def test_protect_aes256_keeps_the_tags(names_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "protected.pdf"
    path.write_bytes(encrypt.protect(names_pdf, PASSWORD))
    assert pdf_reading.needs_password(path)
    with pytest.raises(pdfium.PdfiumError, match=r"(?i)password"):
        pdf_reading.text(path, "wrong password")
    assert nfc(f"Türkçe {NAMES['Türkçe']}") in pdf_reading.exact_lines(path, PASSWORD)
    shown = pdf_reading.encryption(path, PASSWORD)
    assert (shown.revision, shown.version, shown.stream_method, shown.bits) == (6, 5, "aesv3", 256)
    tags = pdf_reading.tagging(path, PASSWORD)
    assert tags.marked and tags.pdfua_part == "1" and "TH" in tags.roles()
    pdf_reading.assert_sound(path, PASSWORD, fonts_at_least=4)
    with pytest.raises(ValueError):
        encrypt.protect(names_pdf, "")
    with pytest.raises(ValueError):
        encrypt.protect(b"not a pdf", "x")


def test_documents_need_no_lxml() -> None:
    """The bundle leaves lxml out (packaging/kadin_danisma.spec): building, fixing the text layer and
    encrypting must not need it (pikepdf would use it to rewrite the XMP packet)."""
    code = (
        "import sys; sys.modules['lxml'] = None\n"
        "from kadin_danisma.documents import encrypt, referral_letter\n"
        "from kadin_danisma.documents.models import LetterData, LetterField\n"
        "data = LetterData('', [], '', '', '', '', [], '', [LetterField('f', 'Ad', 'فاطمة الزهراء')], '', '', '', '')\n"
        "pdf = referral_letter.render(data)\n"
        "assert encrypt.protect(pdf, 'parola-1234').startswith(b'%PDF-')\n"
        "assert referral_letter.render(data, archive=True).startswith(b'%PDF-')\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


def test_build_leaves_no_temporary_files() -> None:
    tmp = Path(tempfile.gettempdir())
    before = sorted(os.listdir(tmp))
    pdf = referral_letter.render(letter(NAMES, "\n\n".join(MIXED)), archive=True)
    encrypt.protect(referral_letter.render(letter(NAMES)), "parola")
    assert sorted(os.listdir(tmp)) == before and pdf.startswith(b"%PDF-")


def test_a_page_renders(names_pdf: bytes, tmp_path: Path) -> None:
    png = pdf_reading.render_png(names_pdf, tmp_path / "page.png")
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 10_000


def test_unknown_template_and_words_on_right_to_left_words() -> None:
    with pytest.raises(ValueError):
        engine.render("no-such-document", {})
    assert is_rtl("فاطمة") and not is_rtl("Işıl")
