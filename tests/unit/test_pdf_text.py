"""The multilingual PDF engine (documents.fonts/text/layout/encrypt), checked with the real PDF tools.

Every PDF is written to tmp_path and read back with poppler (pdftotext, pdffonts, pdfinfo, pdftoppm) and
qpdf: names in Turkish, Kurmanji, French, English, Arabic (with harakat), Persian and Armenian come back;
right-to-left words are drawn right-to-left (``pdftotext -bbox`` x positions); fonts are embedded and no
base-14 font is referenced; long text flows across pages with no word lost or duplicated; user text is
never interpreted as markup; AES-256 protection opens in poppler with the password only.

Extracted text is compared after NFKC (Arabic is drawn as presentation forms, which NFKC maps back to the
base letters) with format characters removed and whitespace collapsed.
"""

from __future__ import annotations

import html
import os
import random
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest
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
LATIN_NAMES = (TR, KU, FR, EN, HY)
RTL_NAMES = (AR, AR_VOWELLED, FA)

META = layout.DocMeta(title="Sevk yazısı", center_name="Örnek Belediyesi Kadın Danışma Merkezi",
                      letterhead_lines=["Atatürk Cad. No: 1, Çankaya / Ankara"], reference="KDM-2025-0042")

WORD_RE = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>')


# -- helpers -----------------------------------------------------------------------------------------------


def tool(*cmd: str) -> subprocess.CompletedProcess[str]:
    """Run a PDF tool; fail (never skip) when it is not installed."""
    if shutil.which(cmd[0]) is None:
        pytest.fail(f"{cmd[0]} is missing: the PDF tests need poppler-utils (pdftotext, pdffonts, pdfinfo, "
                    f"pdftoppm) and qpdf installed")
    return subprocess.run(list(cmd), capture_output=True, text=True, timeout=120, check=False)


def norm(value: str) -> str:
    """NFKC, format characters (bidi marks, ZWNJ…) removed, whitespace collapsed."""
    value = unicodedata.normalize("NFKC", value)
    value = "".join(ch for ch in value if unicodedata.category(ch) != "Cf")
    return " ".join(value.split())


def is_rtl(word: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in word)


def write(tmp_path: Path, pdf: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def build(story: Sequence[Flowable], meta: layout.DocMeta = META) -> bytes:
    return layout.build_pdf(list(story), meta)


def extract(path: Path, *args: str) -> str:
    proc = tool("pdftotext", *args, str(path), "-")
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def page_count(path: Path) -> int:
    proc = tool("pdfinfo", str(path))
    assert proc.returncode == 0, proc.stderr
    match = re.search(r"^Pages:\s+(\d+)", proc.stdout, re.MULTILINE)
    assert match, proc.stdout
    return int(match.group(1))


class Word:
    """One word of ``pdftotext -bbox``: its logical text (visual glyph order undone for RTL), place."""

    def __init__(self, page: int, x_min: float, y_min: float, x_max: float, y_max: float, raw: str) -> None:
        self.page, self.x_min, self.x_max = page, x_min, x_max
        self.y_mid = (y_min + y_max) / 2
        drawn = html.unescape(raw)
        # poppler gives the glyphs in drawing order: reverse RTL words before NFKC (lam-alef is one glyph)
        self.text = norm(drawn[::-1] if is_rtl(drawn) else drawn)

    def same_line(self, other: Word) -> bool:
        return self.page == other.page and abs(self.y_mid - other.y_mid) < 4


def bbox_words(path: Path) -> list[Word]:
    words = []
    for page, chunk in enumerate(extract(path, "-bbox").split("<page ")[1:], start=1):
        words += [Word(page, float(a), float(b), float(c), float(d), raw) for a, b, c, d, raw in WORD_RE.findall(chunk)]
    return words


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
    story += text.paragraph("مراجعه‌کننده در تاریخ ۱۲ مارس (همراه خواهرش) با مشاور صحبت کرد.", st["body"])
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


# -- PDFs checked with poppler and qpdf -------------------------------------------------------------------


def test_every_name_comes_back_and_fonts_are_embedded(tmp_path: Path) -> None:
    path = write(tmp_path, build(names_story(text.styles())))
    extracted = norm(extract(path))
    for name in LATIN_NAMES:
        assert norm(name) in extracted, name
    for name in (*RTL_NAMES, MIXED):
        for word in name.split():
            assert norm(word) in extracted, word
    assert "Sayfa 1 / 1" in extracted and "GİZLİDİR / CONFIDENTIAL" in extracted and "Sayı: KDM-2025-0042" in extracted

    proc = tool("pdffonts", str(path))
    assert proc.returncode == 0, proc.stderr
    rows = proc.stdout.splitlines()[2:]
    assert len(rows) >= 4
    for row in rows:
        columns = row.split()
        assert columns[-5] == "yes", f"not embedded: {row}"
        assert not re.search(r"Helvetica|Times|Courier|Symbol|ZapfDingbats", row), row
    used = " ".join(rows)
    for font in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular", "NotoSansArmenian-Regular"):
        assert font in used

    check = tool("qpdf", "--check", str(path))
    assert check.returncode == 0, check.stdout + check.stderr


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
    info = tool("pdfinfo", str(path)).stdout
    assert re.search(r"^Title:\s+Case summary$", info, re.MULTILINE), info
    assert re.search(r"^Author:\s+Kadın Danışma$", info, re.MULTILINE), info
    assert re.search(r"^Creator:\s+Kadın Danışma$", info, re.MULTILINE), info
    assert re.search(r"^Subject:\s+Supervision$", info, re.MULTILINE), info
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
    assert tool("qpdf", "--check", str(path)).returncode == 0


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
    # poppler glues "bitti." to the neighbouring Persian word on a mostly right-to-left page: count substrings
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
    fonts_out = tool("pdffonts", str(path)).stdout
    assert "Helvetica" not in fonts_out
    assert tool("qpdf", "--check", str(path)).returncode == 0


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
    denied = tool("pdftotext", str(path), "-")
    assert denied.returncode != 0 and norm(HY) not in norm(denied.stdout)
    opened = tool("pdftotext", "-upw", password, str(path), "-")
    assert opened.returncode == 0, opened.stderr
    assert norm(HY) in norm(opened.stdout) and norm(TR) in norm(opened.stdout)
    shown = tool("qpdf", f"--password={password}", "--show-encryption", str(path))
    assert shown.returncode == 0, shown.stderr
    assert re.search(r"\bR = 6\b", shown.stdout) and "AESv3" in shown.stdout, shown.stdout
    assert tool("qpdf", f"--password={password}", "--check", str(path)).returncode == 0
    with pytest.raises(ValueError):
        encrypt.protect(pdf, "")
    with pytest.raises(ValueError):
        encrypt.protect(b"not a pdf", "x")
    assert encrypt.protect(pdf, password) != encrypt.protect(pdf, password)  # random owner password, salts


def test_a_page_renders(tmp_path: Path) -> None:
    path = write(tmp_path, build(names_story(text.styles())))
    proc = tool("pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page"))
    assert proc.returncode == 0, proc.stderr
    png = next(tmp_path.glob("page*.png"))
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 10_000
