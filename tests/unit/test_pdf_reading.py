"""The PDF reader the tests rely on (`tests/pdf_reading.py`) can fail: a base-14 or unembedded font, a
damaged file, a file without a password, a line read back in the wrong order are all caught. Without this,
a reader that returned "all good" would make every PDF test pass."""

from __future__ import annotations

import io
from pathlib import Path

import pdf_reading
import pikepdf
import pytest
from reportlab.pdfgen import canvas

from kadin_danisma.documents import encrypt, fonts, text


def helvetica_pdf() -> bytes:
    """reportlab's default: the base-14 Helvetica, not embedded."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Işıl Şahin")
    page.save()
    return buffer.getvalue()


def drawn(visual: str) -> bytes:
    """One line already in visual order, drawn left to right in font runs: the way the app's engine draws."""
    fonts.register()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    x = 72.0
    for face, run in text.font_runs(visual):
        page.setFont(face, 11)
        page.drawString(x, 720, run)
        x += page.stringWidth(run, face, 11)
    page.save()
    return buffer.getvalue()


def line(logical: str) -> bytes:
    """A line as the app's engine draws it (reshaped, reordered, brackets mirrored)."""
    return drawn(text.visual_line(logical))


def test_a_base_14_font_is_caught() -> None:
    pdf = helvetica_pdf()
    used = pdf_reading.fonts(pdf)
    assert ("Helvetica", False) in [(f.name, f.embedded) for f in used]
    with pytest.raises(AssertionError, match="not embedded"):
        pdf_reading.assert_sound(pdf)


def test_a_damaged_file_is_caught(tmp_path: Path) -> None:
    good = line("Işıl Şahin")
    assert pdf_reading.syntax_problems(good) == []
    # the page's content stream says it is deflated but is not: qpdf's check reports the page
    with pikepdf.open(io.BytesIO(good)) as pdf:
        pdf.pages[0].Contents.write(b"BT /F1 12 Tf (x) Tj ET", filter=pikepdf.Name.FlateDecode)
        pdf.save(tmp_path / "bad.pdf")
    problems = pdf_reading.syntax_problems(tmp_path / "bad.pdf")
    assert any(p.startswith("ERROR: page 1") for p in problems), problems


def test_password_detection_both_ways() -> None:
    plain = line("Işıl Şahin")
    assert not pdf_reading.needs_password(plain)
    locked = encrypt.protect(plain, "parola-1234")
    assert pdf_reading.needs_password(locked)
    assert pdf_reading.text(locked, "parola-1234") == "Işıl Şahin"
    with pytest.raises(AssertionError, match="not encrypted"):
        pdf_reading.encryption(plain, "")


@pytest.mark.parametrize("logical", [
    "Danışan فاطمة الزهراء ile görüşüldü.",  # read left to right by PDFium
    "Ad Soyad: فاطمة الزهراء عبد الله",  # more right-to-left segments: PDFium reads it right to left
    "Ad Soyad: مُحَمَّد",  # harakat split the word into segments
    "Görüşmeye زهرا احمدی پور (kız kardeşi) katıldı.",  # brackets next to a right-to-left run
    "مراجعه‌کننده در تاریخ ۱۲ مارس (همراه خواهرش) با مشاور صحبت کرد.",  # a right-to-left sentence
    "Eş · رضا احمدی · Erkek",  # as many segments each way: PDFium reads left to right
])
def test_lines_come_back_in_reading_order(logical: str) -> None:
    assert pdf_reading.text(line(logical)) == pdf_reading.norm(logical)


def test_a_name_drawn_in_the_wrong_order_is_not_repaired() -> None:
    """The reader undoes PDFium's reading, never the drawing: a name whose words are drawn in the wrong
    order, or whose letters are not reversed, does not come back."""
    visual = text.visual_line("Danışan فاطمة الزهراء ile")
    first, second = visual[len("Danışan "):-len(" ile")].split("\u00a0")
    swapped = pdf_reading.text(drawn(f"Danışan {second}\u00a0{first} ile"))
    assert pdf_reading.norm("فاطمة الزهراء") not in swapped and pdf_reading.norm("الزهراء فاطمة") in swapped
    unreversed = pdf_reading.text(drawn(f"Danışan {first[::-1]}\u00a0{second[::-1]} ile"))
    assert pdf_reading.norm("فاطمة") not in unreversed and pdf_reading.norm("الزهراء") not in unreversed
