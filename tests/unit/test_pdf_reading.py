"""The PDF reader the tests rely on (`tests/pdf_reading.py`) can fail: a base-14 or unembedded font, a
damaged file, a file without a password, an untagged file, a line read back in the wrong order are all
caught. Without this, a reader that returned "all good" would make every PDF test pass."""

from __future__ import annotations

import io
from pathlib import Path

import pdf_reading
import pikepdf
import pytest

from kadin_danisma.documents import encrypt, referral_letter
from kadin_danisma.documents.models import LetterData, LetterField


def helvetica_pdf() -> bytes:
    """One line in the base-14 Helvetica, not embedded: what a careless generator writes."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica))
    page = pdf.add_blank_page(page_size=(595, 842))
    page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    page.obj.Contents = pdf.make_stream(b"BT /F1 12 Tf 72 720 Td (Isil Sahin) Tj ET")
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def line(value: str) -> bytes:
    """A letter whose one field holds `value`: drawn by the app's engine."""
    data = LetterData("", [], "", "", "", "", [], "", [LetterField("f", "Ad", value)], "", "", "", "")
    return referral_letter.render(data)


def test_a_base_14_font_is_caught() -> None:
    pdf = helvetica_pdf()
    used = pdf_reading.fonts(pdf)
    assert ("Helvetica", False) in [(f.name, f.embedded) for f in used]
    with pytest.raises(AssertionError, match="not embedded"):
        pdf_reading.assert_sound(pdf)


def test_an_untagged_file_shows_as_untagged() -> None:
    tags = pdf_reading.tagging(helvetica_pdf())
    assert not tags.marked and tags.elements == [] and tags.pdfua_part is None and tags.lang is None
    assert not tags.display_doc_title and tags.langs() == set()


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
    assert "Ad Işıl Şahin" in pdf_reading.exact_lines(locked, "parola-1234")
    with pytest.raises(AssertionError, match="not encrypted"):
        pdf_reading.encryption(plain, "")


@pytest.mark.parametrize("logical", [
    "Danışan فاطمة الزهراء ile görüşüldü.",  # read left to right by PDFium
    "Ad Soyad: فاطمة الزهراء عبد الله",  # more right-to-left segments: PDFium reads it right to left
    "Görüşmeye زهرا احمدی پور (kız kardeşi) katıldı.",  # brackets next to a right-to-left run
    "Eş · رضا احمدی · Erkek",  # as many segments each way: PDFium reads left to right
])
def test_lines_come_back_in_reading_order(logical: str) -> None:
    assert f"Ad {logical}" in pdf_reading.exact_lines(line(logical))


def _reverse_glyphs_of_arabic_runs(pdf: bytes) -> bytes:
    """The same file with the glyphs of each right-to-left run (Typst marks them /ReversedChars) drawn in the
    opposite order: letters in the wrong order on the page, same text map."""
    source = pikepdf.open(io.BytesIO(pdf))
    for page in source.pages:
        operations = []
        reversed_run = False
        for operands, operator in pikepdf.parse_content_stream(page):
            name = str(operator)
            if name == "BMC" and str(operands[0]) == "/ReversedChars":
                reversed_run = True
            elif name == "EMC":
                reversed_run = False
            elif reversed_run and name in ("Tj", "TJ"):
                items = operands[0] if name == "TJ" else [operands[0]]
                strings = [bytes(item) for item in items if isinstance(item, pikepdf.String)]
                codes = b"".join(strings)
                flipped = b"".join(codes[k:k + 2] for k in range(len(codes) - 2, -1, -2))
                operands = [pikepdf.Array([pikepdf.String(flipped)])] if name == "TJ" else [pikepdf.String(flipped)]
            operations.append((operands, operator))
        page.Contents = source.make_stream(pikepdf.unparse_content_stream(operations))
    out = io.BytesIO()
    source.save(out)
    return out.getvalue()


def test_a_name_drawn_in_the_wrong_order_is_not_repaired() -> None:
    """The reader undoes PDFium's reading, never the drawing: letters drawn in the wrong order do not come
    back as the name."""
    good = line("Danışan فاطمة الزهراء ile")
    assert "Ad Danışan فاطمة الزهراء ile" in pdf_reading.exact_lines(good)
    bad = " ".join(pdf_reading.exact_lines(_reverse_glyphs_of_arabic_runs(good)))
    assert "فاطمة" not in bad and "الزهراء" not in bad and "Danışan" in bad
