"""The multilingual PDF engine (documents.fonts/text/layout/encrypt), checked by reading the PDFs back.

Every PDF is read back with PDFium and qpdf's library (`tests/pdf_reading.py`: pypdfium2 and pikepdf, no
system tools): names in Turkish, Kurmanji, French, English, Arabic (with harakat), Persian and Armenian come
back; right-to-left words are drawn right-to-left (x positions of their glyphs); fonts are embedded and no
base-14 font is referenced; long text flows across pages with no word lost or duplicated; user text is
never interpreted as markup; AES-256 protection opens with the password only.

Extracted text is compared after NFKC (Arabic is drawn as presentation forms, which NFKC maps back to the
base letters) with format characters removed and whitespace collapsed; `pdf_reading` says what else it
normalises and why.
"""

from __future__ import annotations

import os
import random
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pdf_reading
import pypdfium2 as pdfium
import pytest
from pdf_reading import Word, is_rtl, norm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from kadin_danisma.documents import encrypt, fonts, layout, text

TR = "Işıl Şahin, Çiğdem Öztürk, ğüşıöç İĞÜŞÖÇ"
KU = "Rojîn Xwedê û Zozan Êzîdî"
FR = "Hélène Lefèvre, garçon, œuvre"
EN = "Mary O'Brien, Jane Smith"
AR = "فاطمة الزهراء عبد الله"
AR_VOWELLED = "مُحَمَّد"
FA = "زهرا احمدی پور"
HY = "Անահիտ Պետրոսյան"
MIXED = "Danışan فاطمة الزهراء ile görüşüldü."
PERSIAN_PARAGRAPH = "مراجعه‌کننده در تاریخ ۱۲ مارس (همراه خواهرش) با مشاور صحبت کرد."
LATIN_NAMES = (TR, KU, FR, EN, HY)
RTL_NAMES = (AR, AR_VOWELLED, FA)

META = layout.DocMeta(title="Sevk yazısı", center_name="Örnek Belediyesi Kadın Danışma Merkezi",
                      letterhead_lines=["Atatürk Cad. No: 1, Çankaya / Ankara"], reference="KDM-2025-0042")


# -- helpers -----------------------------------------------------------------------------------------------


def write(tmp_path: Path, pdf: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def build(story: Sequence[Flowable], meta: layout.DocMeta = META) -> bytes:
    return layout.build_pdf(list(story), meta)


def extract(path: Path) -> str:
    """The text, pages separated by form feeds, not yet normalised."""
    return "\f".join(pdf_reading.page_texts(path))


def page_count(path: Path) -> int:
    return pdf_reading.page_count(path)


def bbox_words(path: Path) -> list[Word]:
    return pdf_reading.words(path)


def occurrences(words: list[Word], word: str) -> list[Word]:
    return [w for w in words if w.text == norm(word)]


def assert_drawn_in_order(words: list[Word], logical: Sequence[str], rtl: Sequence[bool]) -> None:
    """The words (in logical order) occur on one line; rtl[i] says whether word i is drawn right of word
    i + 1 (True) or left of it (False)."""
    candidates = occurrences(words, logical[0])
    assert candidates, f"{logical[0]!r} not found"
    for first in candidates:
        line = [first]
        for word in logical[1:]:
            found = [w for w in occurrences(words, word) if w.same_line(first)]
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


def names_story(st: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Çok dilli deneme", st["h1"])]
    story += [text.label_value("Ad Soyad", name, st) for name in (*LATIN_NAMES, *RTL_NAMES)]
    story += text.paragraph(MIXED, st["body"])
    story.append(Paragraph(f"Görüşmeye {text.markup(FA)} (kız kardeşi) 12.03.2025 tarihinde katıldı; "
                           f"tercüman {text.markup(HY)}.", st["body"]))
    story += text.paragraph(PERSIAN_PARAGRAPH, st["body"])
    return story


# -- fonts ---------------------------------------------------------------------------------------------------


def test_font_chain_picks_a_font_with_the_glyph() -> None:
    fonts.register()
    fonts.register()  # idempotent
    assert fonts.font_for("ş") == fonts.REGULAR and fonts.font_for("ş", bold=True) == fonts.BOLD
    assert fonts.font_for("ف") == fonts.ARABIC and fonts.font_for("\ufe91", bold=True) == fonts.ARABIC_BOLD
    assert fonts.font_for("Ա") == fonts.ARMENIAN
    assert fonts.font_for("☺") == fonts.DEJAVU  # only DejaVu has it
    assert fonts.font_for("\u4e00") == fonts.DEJAVU  # nobody has it: last resort
    # no tofu: every character of the test texts is covered by the font chosen for it
    for ch in "".join((*LATIN_NAMES, *RTL_NAMES, MIXED, "۱۲،؟()«»")):
        shaped = text.visual_line(ch)
        for visual in shaped:
            for bold in (False, True):
                assert fonts.covers(fonts.font_for(visual, bold), visual), (ch, visual, bold)


def test_styles_use_only_bundled_fonts() -> None:
    st = text.styles(11)
    assert set(st) == {"body", "small", "h1", "h2", "label", "mono"}
    assert all(style.fontName in fonts.ALL_FONTS for style in st.values())
    assert st["body"].fontSize == 11 and st["h1"].fontName == fonts.BOLD and st["mono"].fontName == fonts.MONO


# -- the text engine without PDF tools -------------------------------------------------------------------


def test_visual_line_reorders_rtl_and_mirrors_brackets() -> None:
    visual = text.visual_line("(همسرش)")
    assert visual[0] == "(" and visual[-1] == ")"  # mirrored: the pair still encloses the word
    assert norm(visual[1:-1][::-1]) == "همسرش"
    assert text.visual_line("Ali Veli") == "Ali Veli"
    # the words of an RTL run are glued with NBSP and reversed; the spaces next to LTR words stay
    visual = text.visual_line("Danışan فاطمة الزهراء ile")
    assert visual.startswith("Danışan ") and visual.endswith(" ile")
    middle = visual[len("Danışan "):-len(" ile")]
    assert " " not in middle and "\u00a0" in middle
    left, right = middle.split("\u00a0")
    assert norm(right[::-1]) == "فاطمة" and norm(left[::-1]) == "الزهراء"


def test_levels_come_from_the_rust_engine_and_the_fallback_agrees() -> None:
    """python-bidi's Rust engine is read through its debug dump; a format change must not go unnoticed
    (it would silently switch to the pure-Python fallback), and the fallback gives the same levels here."""
    for line, rtl in ((AR, True), (FA, True), (MIXED, False), ("Ad: زهرا 12 ile ۱۲ Անահիտ", False),
                      ("مراجعه‌کننده در تاریخ ۱۲ مارس با Ali صحبت کرد.", True)):
        shaped = text._shape(line)
        rust = text._rust_levels(shaped, "R" if rtl else "L")
        assert rust is not None, line
        assert rust == text._python_levels(shaped, "R" if rtl else "L"), line
        assert text.levels(shaped, rtl) == rust
    assert text.levels("", True) == []


def test_harakat_and_zwnj_survive_shaping() -> None:
    visual = text.visual_line(AR_VOWELLED)
    assert sum(unicodedata.combining(ch) > 0 for ch in visual) == 4  # damma, fatha, fatha, shadda
    persian = text.visual_line("می\u200cتوانم")
    assert "\u200c" not in persian and norm(persian[::-1]) == "میتوانم"


def test_markup_escapes_and_drops_controls() -> None:
    out = text.markup("<b>x</b> & <font name='Helvetica'>y</font>\x00\x07\x1b\x9b\u202eZ\nline2")
    assert "<b>" not in out and "&lt;b&gt;x&lt;/b&gt; &amp; &lt;font name='Helvetica'&gt;" in out
    assert "<br/>" in out and "line2" in out
    for ch in "\x00\x07\x1b\x9b\u202e":
        assert ch not in out
    assert 'face="KD-NotoSans-Bold"' in text.markup("x", bold=True)


# -- PDFs read back with PDFium and checked with qpdf's library ---------------------------------------------


def test_every_name_comes_back_and_fonts_are_embedded(tmp_path: Path) -> None:
    path = write(tmp_path, build(names_story(text.styles())))
    extracted = norm(extract(path))
    # whole names, right-to-left ones in reading order too (pdf_reading turns PDFium's reading back into it)
    for name in (*LATIN_NAMES, *RTL_NAMES, MIXED):
        assert norm(name) in extracted, name
    # whole sentences: a Persian name with brackets after it in a Turkish one, a Persian paragraph
    assert norm(f"Görüşmeye {FA} (kız kardeşi) 12.03.2025 tarihinde katıldı; tercüman {HY}.") in extracted
    assert norm(PERSIAN_PARAGRAPH) in extracted
    assert "Sayfa 1 / 1" in extracted and "GİZLİDİR / CONFIDENTIAL" in extracted and "Sayı: KDM-2025-0042" in extracted

    # every font embedded, none of the base 14, and nothing `qpdf --check` would report
    used = {font.name for font in pdf_reading.assert_sound(path, fonts_at_least=4)}
    for font in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular", "NotoSansArmenian-Regular"):
        assert font in used


def test_rtl_words_are_drawn_right_to_left(tmp_path: Path) -> None:
    words = bbox_words(write(tmp_path, build(names_story(text.styles()))))
    assert_drawn_in_order(words, AR.split(), [True] * 3)
    assert_drawn_in_order(words, FA.split(), [True] * 2)
    assert_drawn_in_order(words, HY.split(), [False])
    # mixed line, logical order; drawn as: Danışan | الزهراء فاطمة | ile görüşüldü.
    assert_drawn_in_order(words, ["Danışan", "فاطمة", "الزهراء", "ile", "görüşüldü."], [False, True, False, False])
    # an RTL paragraph: first logical word rightmost, brackets around their word
    assert_drawn_in_order(words, ["مراجعه\u200cکننده", "در", "تاریخ"], [True, True])


def test_metadata_and_page_footer(tmp_path: Path) -> None:
    st = text.styles()
    story = [*names_story(st), *text.paragraph("\n".join(["Uzun bir not satırı. " * 8] * 120), st["body"])]
    meta = layout.DocMeta(title="Case summary", center_name="Center", lang="en", subject="Supervision")
    path = write(tmp_path, build(story, meta))
    info = pdf_reading.metadata(path)
    assert info["Title"] == "Case summary" and info["Subject"] == "Supervision", info
    assert info["Author"] == "Kadın Danışma" and info["Creator"] == "Kadın Danışma", info
    total = page_count(path)
    assert total >= 3
    pages = extract(path).split("\f")[:total]
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page and "GİZLİDİR / CONFIDENTIAL" in page
    assert "Center" in pages[0] and "Center" not in norm(pages[1])  # letterhead on the first page only
    # deterministic: same input, same bytes (no timestamps)
    assert build(names_story(st)) == build(names_story(st))


def vocabulary(script: str) -> list[str]:
    return {
        "tr": [*norm(TR).replace(",", "").split(), "görüşme", "danışan", "güvenlik", "şiddet", "ÇAĞRI"],
        "ku": [*KU.split(), "jin", "malê", "zarok", "hêvî"],
        "fr": [*norm(FR).replace(",", "").split(), "français", "été", "sécurité"],
        "en": ["counseling", "session", "safety", "plan", "referral", "Smith"],
        "ar": [*AR.split(), AR_VOWELLED, "مساعدة", "لا", "الأمان"],
        "fa": [*FA.split(), "می\u200cتوانم", "کمک", "خانه", "امنیت"],
        "hy": [*HY.split(), "Երևան", "օգնություն"],
    }[script]


def long_text(script: str, length: int = 30_000) -> tuple[str, Counter[str]]:
    rng = random.Random(script)
    words = vocabulary(script)
    lines: list[str] = []
    counts: Counter[str] = Counter()
    # one paragraph longer than a page (must split inside itself), then paragraphs of varied length
    first = [rng.choice(words) for _ in range(1800)]
    counts.update(norm(word) for word in first)
    lines.append(" ".join(first))
    size = len(lines[0])
    while size < length:
        line = [rng.choice(words) for _ in range(rng.randint(20, 140))]
        counts.update(norm(word) for word in line)
        lines.append(" ".join(line))
        size += len(lines[-1]) + 1
        if rng.random() < 0.1:
            lines.append("")  # blank line: spacing
    return "\n".join(lines), counts


@pytest.mark.parametrize("script", ["tr", "ku", "fr", "en", "ar", "fa", "hy"])
def test_long_text_flows_across_pages_without_losing_words(tmp_path: Path, script: str) -> None:
    note, counts = long_text(script)
    assert len(note) >= 30_000
    st = text.styles()
    path = write(tmp_path, build([Paragraph("Not", st["h2"]), *text.paragraph(note, st["body"])]))
    assert page_count(path) >= 3
    extracted = Counter(norm(extract(path)).split())
    for word, count in counts.items():
        assert extracted[word] == count, (word, extracted[word], count)
    assert pdf_reading.syntax_problems(path) == []


def test_long_rtl_runs_inside_ltr_text_keep_their_order(tmp_path: Path) -> None:
    """A Persian passage longer than a line inside a Turkish paragraph, and as a label's value: wrapped
    before reordering, so the first logical word is the rightmost of the first line."""
    passage = " ".join(["آغاز", *(["خانه", "کمک", "امنیت"] * 400), "پایان"])
    st = text.styles()
    story = [*text.paragraph(f"Not: {passage} bitti.", st["body"]), text.label_value("Açıklama", passage, st)]
    path = write(tmp_path, build(story))
    assert page_count(path) >= 2
    words = bbox_words(path)
    starts = occurrences(words, "آغاز")
    assert len(starts) == 2
    for start in starts:
        line = [w for w in words if w.same_line(start) and is_rtl(w.text)]
        assert start.x_max == max(w.x_max for w in line)
    ends = occurrences(words, "پایان")
    assert len(ends) == 2
    for end in ends:
        line = [w for w in words if w.same_line(end) and is_rtl(w.text)]
        assert end.x_min == min(w.x_min for w in line)
    extracted = norm(extract(path))
    assert Counter(extracted.split())["امنیت"] == 800
    assert extracted.count("Açıklama:") == 1 and extracted.count("bitti.") == 1 and extracted.count("Not:") == 1


def test_names_in_wrapped_sentences_are_never_split(tmp_path: Path) -> None:
    """Wherever the line breaks fall, an Arabic name inside a Turkish paragraph stays on one line, its
    words right-to-left."""
    filler = "Görüşme notu: danışan"
    sentence = " ".join(f"{filler[: i % len(filler)]} {AR} ile görüşüldü." for i in range(1, 80))
    st = text.styles()
    path = write(tmp_path, build(text.paragraph(sentence, st["body"])))
    words = bbox_words(path)
    firsts = occurrences(words, "فاطمة")
    assert len(firsts) == 79
    for first in firsts:
        rest = [w for w in words if w.same_line(first) and w.x_max <= first.x_min + 0.5]
        closest = max(rest, key=lambda w: w.x_max)
        assert closest.text == "الزهراء"
        assert [w.text for w in sorted(rest, key=lambda w: -w.x_max)[:3]] == ["الزهراء", "عبد", "الله"]


def test_user_text_is_never_markup_and_controls_are_dropped(tmp_path: Path) -> None:
    st = text.styles()
    injection = "<b>x</b> & <font name='Helvetica'>y</font>"
    controls = "A\x00B\x01C\x08D\x0bE\x0cF\x1bG\x7fH\x85I\x9fJ\ud800K\u202eL\ufeffM\u200bN 😀"
    story = [text.label_value("Ad", injection, st), *text.paragraph(injection, st["body"]),
             *text.paragraph(controls, st["body"]), text.label_value("Not", controls, st),
             Paragraph("Ad: " + text.markup(injection), st["body"])]
    path = write(tmp_path, build(story, layout.DocMeta(title="T", center_name=injection,
                                                        letterhead_lines=[controls], reference=injection)))
    raw = extract(path)
    # literally, every time: label_value, paragraph, markup in a sentence, letterhead, footer reference
    assert norm(raw).count(norm(injection)) == 5
    for ch in "\x00\x01\x08\x1b\x7f\x9f\u202e\ufeff":
        assert ch not in raw
    for letter in "ABCDEFGHIJKLMN":
        assert letter in raw
    used = pdf_reading.assert_sound(path)  # embedded, no base-14 font: the injected Helvetica was not obeyed
    assert not any("helvetica" in font.name.lower() for font in used)


def test_build_leaves_no_temporary_files(tmp_path: Path) -> None:
    tmp = Path(tempfile.gettempdir())
    before = sorted(os.listdir(tmp))
    st = text.styles()
    pdf = build([*names_story(st), *text.paragraph(long_text("fa", 5000)[0], st["body"])])
    protected = encrypt.protect(pdf, "parola")
    assert sorted(os.listdir(tmp)) == before
    assert pdf.startswith(b"%PDF-") and protected.startswith(b"%PDF-")


def test_protect_aes256(tmp_path: Path) -> None:
    password = "Gizli parola 1!"
    pdf = build(names_story(text.styles()))
    path = write(tmp_path, encrypt.protect(pdf, password), "protected.pdf")
    # PDFium and qpdf both refuse the file without its password, and a wrong one
    assert pdf_reading.needs_password(path)
    with pytest.raises(pdfium.PdfiumError, match=r"(?i)password"):
        pdf_reading.text(path, "wrong password")
    opened = pdf_reading.text(path, password)
    assert norm(HY) in opened and norm(TR) in opened
    shown = pdf_reading.encryption(path, password)
    assert (shown.revision, shown.version, shown.stream_method, shown.string_method) == (6, 5, "aesv3", "aesv3")
    assert shown.bits == 256
    pdf_reading.assert_sound(path, password, fonts_at_least=4)
    with pytest.raises(ValueError):
        encrypt.protect(pdf, "")
    with pytest.raises(ValueError):
        encrypt.protect(b"not a pdf", "x")
    assert encrypt.protect(pdf, password) != encrypt.protect(pdf, password)  # random owner password, salts


def test_a_page_renders(tmp_path: Path) -> None:
    path = write(tmp_path, build(names_story(text.styles())))
    png = pdf_reading.render_png(path, tmp_path / "page.png")
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 10_000
