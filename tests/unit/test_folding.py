"""Search folding: Turkish I's, accents, Arabic-script variants, invisible characters, idempotence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kadin_danisma.domain.folding import fold, query_words


@pytest.mark.parametrize("text", ["ışık", "Işık", "isik", "ISIK", "IŞIK", "İŞİK", "işık"])
def test_turkish_i_variants_all_fold_to_isik(text: str) -> None:
    assert fold(text) == "isik"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Şahin", "sahin"),
        ("İstanbul", "istanbul"),
        ("Çağrı Öztürk", "cagri ozturk"),
        ("Xwedê û Rojîn", "xwede u rojin"),  # Kurmanji
        ("Hélène Lefèvre", "helene lefevre"),  # French
        ("Անահիտ", "անահիտ"),  # Armenian: casefold only
        ("ŞÖNİM", "sonim"),
        ("  Ayşe \t\n  GÜL  ", "ayse gul"),
        ("ﬁliz", "filiz"),  # NFKC: ligature
        ("ＡＹŞＥ", "ayse"),  # NFKC: full-width letters
        ("I\u0307rem", "irem"),  # I + combining dot above, as some keyboards type İ
        ("Straße", "strasse"),  # casefold, not lower
    ],
)
def test_fold_examples(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_arabic_vowel_marks_are_ignored() -> None:
    vowelled, plain = "فَاطِمَة", "فاطمة"
    assert fold(vowelled) == fold(plain) == "فاطمه"
    assert fold("مُحَمَّد") == fold("محمد")  # damma, fatha, shadda


def test_persian_and_arabic_letter_forms_match() -> None:
    assert fold("علی") == fold("علي") == "علي"
    assert fold("کریم") == fold("كريم") == "كريم"


def test_hamza_forms_and_tatweel_and_alef_maksura() -> None:
    assert fold("أحمد") == fold("إحمد") == fold("احمد") == "احمد"
    assert fold("آمنة") == "امنه"
    assert fold("مـحـمـد") == "محمد"  # tatweel
    assert fold("مصطفى") == fold("مصطفي")


def test_hebrew_points_are_removed() -> None:
    assert fold("שָׁלוֹם") == fold("שלום")


def test_bidi_and_zero_width_characters_are_removed() -> None:
    assert fold("Ay\u202eşe") == "ayse"
    assert fold("Ay\u200bşe\u200c") == "ayse"
    assert fold("\u2067Fatma\u2069 \u200fKaya\u200e") == "fatma kaya"
    assert fold("\ufeffZey\u00adnep") == "zeynep"


@pytest.mark.parametrize("text", ["ab\x00cd", "ab\x07cd", "ab\u0085cd", "ab\U000e0041cd"])
def test_control_characters_become_word_breaks(text: str) -> None:
    assert fold(text) == "ab cd"


def test_arabic_indic_digits_become_ascii() -> None:
    assert fold("٢٠٢٦") == "2026"
    assert fold("۲۰۲۶") == "2026"  # Persian (extended) digits
    assert fold("KD-٢٠٢٦-٠٠٧") == "kd-2026-007"


def test_query_words() -> None:
    assert query_words("  Şahin-Yılmaz 2026 ") == ["sahin", "yilmaz", "2026"]
    assert query_words("Ayşe'nin_dosyası") == ["ayse", "nin", "dosyasi"]
    assert query_words(" -- ,, ") == []
    assert query_words("") == []


def test_empty_and_whitespace() -> None:
    assert fold("") == ""
    assert fold(" \u00a0\u3000 ") == ""


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@given(st.text())
def test_fold_output_has_no_uppercase_or_double_spaces(text: str) -> None:
    folded = fold(text)
    assert folded == folded.strip()
    assert "  " not in folded
    assert not any(ch in folded for ch in "İIı\u0307\u200b\u202e")


@given(st.text())
def test_query_words_are_folded_and_non_empty(text: str) -> None:
    for word in query_words(text):
        assert word
        assert fold(word) == word
        assert " " not in word
