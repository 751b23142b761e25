"""Password policy: length, deny-list (case- and Turkish-i-insensitive), NFC normalisation."""

from __future__ import annotations

import unicodedata
from importlib import resources
from pathlib import Path

import kd_support
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kadin_danisma.domain import passwords
from kadin_danisma.domain.errors import PolicyViolation, WrongCredentials
from kadin_danisma.services import vault_service


def _deny_words() -> list[str]:
    text = resources.files("kadin_danisma").joinpath("resources/common_passwords.txt").read_text("utf-8")
    return [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]


DENY = _deny_words()
LETTER_WORDS = [w for w in DENY if any(c.isalpha() for c in w)]


@given(st.text(max_size=passwords.MIN_LENGTH - 1))
def test_short_passwords_refused(pw: str) -> None:
    assert passwords.TOO_SHORT in passwords.password_problems(pw)


def test_too_long_refused() -> None:
    assert passwords.TOO_LONG in passwords.password_problems("Ab3-" * 300)


@pytest.mark.parametrize("pw", [
    "ŞİFRE123456", "şifre123456", "SIFRE123456", "Sifre12345!", "PAROLA2026!!", "Parola123456",
    "PASSWORD1234", "PaSsWoRd123!", "QWERTYUIOP", "qwertyuiop?", "1234567890", "1234567890!",
    "ıloveyou1234", "İLOVEYOU1234", "s\u0327ifre123456", "trustno1234", "TRUSTNO1!!!!",  # NFD ş, stems
])
def test_deny_list_variants_refused(pw: str) -> None:
    assert passwords.COMMON in passwords.password_problems(pw)


@given(
    st.sampled_from(LETTER_WORDS),
    st.lists(st.booleans(), min_size=40, max_size=40),
    st.text(alphabet="0123456789!.?*", max_size=6),
)
def test_deny_listed_word_any_case_any_digit_suffix(word: str, upper: list[bool], suffix: str) -> None:
    cased = "".join(c.upper() if u else c for c, u in zip(word, upper, strict=False))
    assert passwords.COMMON in passwords.password_problems(cased + suffix)


@given(st.sampled_from(DENY), st.text(alphabet="!.?*", max_size=4))
def test_deny_listed_with_punctuation_suffix(word: str, suffix: str) -> None:
    assert passwords.COMMON in passwords.password_problems(word + suffix)


@pytest.mark.parametrize("pw", ["Guclu-Parola-2026", "mavi kuş sabah erken uçar", "Zeytin+Dalı+Nar+7"])
def test_reasonable_passwords_accepted(pw: str) -> None:
    assert passwords.password_problems(pw, "ayse.k") == []


def test_one_character_and_username() -> None:
    assert passwords.ONE_CHARACTER in passwords.password_problems("x" * 12)
    assert passwords.CONTAINS_USERNAME in passwords.password_problems("Ayse.Kaya-2026-mavi", "ayse.kaya")


@given(st.text(max_size=30))
def test_policy_ignores_normalisation_form(pw: str) -> None:
    nfd = unicodedata.normalize("NFD", pw)
    assert passwords.password_problems(nfd) == passwords.password_problems(pw)
    assert passwords.normalise(nfd) == passwords.normalise(unicodedata.normalize("NFC", pw))


def test_policy_enforced_at_creation(tmp_path: Path) -> None:
    with pytest.raises(PolicyViolation) as info:
        vault_service.create_vault(tmp_path / "v", "Merkez", "koordinator", "K", "ŞİFRE123456")
    assert info.value.problems
    assert not (tmp_path / "v" / "keyslots.json").exists()


def test_nfc_and_nfd_unlock_the_same_slot(tmp_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", "Güçlü-Şifre-Öğrenci-2026")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    created = vault_service.create_vault(tmp_path / "v", "Merkez", kd_support.ADMIN, "K", nfd)
    created.session.lock()
    vault_service.unlock(tmp_path / "v", kd_support.ADMIN, nfc).lock()
    vault_service.unlock(tmp_path / "v", kd_support.ADMIN, nfd).lock()
    with pytest.raises(WrongCredentials):
        vault_service.unlock(tmp_path / "v", kd_support.ADMIN, nfc.replace("Ş", "S"))


@pytest.mark.parametrize("name,ok", [("ayse.k", True), ("a1", True), ("Ayse", False), ("a", False),
                                     ("-ayse", False), ("ayşe", False), ("x" * 33, False)])
def test_username_rules(name: str, ok: bool) -> None:
    assert (passwords.username_problem(name) is None) is ok
