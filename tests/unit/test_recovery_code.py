"""Recovery keys: 8 groups of 6 digits, each a multiple of 11, so typos are caught per group before any KDF."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kadin_danisma.domain import recovery_code

keys = st.binary(min_size=16, max_size=16)


@given(keys)
def test_round_trip_any_key(key: bytes) -> None:
    text = recovery_code.encode(key)
    assert re.fullmatch(r"\d{6}(-\d{6}){7}", text)
    assert recovery_code.invalid_groups(text) == []
    assert recovery_code.decode(text) == key


@given(keys, st.sampled_from([" ", "  ", "-", " - ", "\t", ""]))
def test_separators_and_surrounding_space_accepted(key: bytes, sep: str) -> None:
    text = recovery_code.encode(key).replace("-", sep)
    assert recovery_code.decode(f"  {text}\n") == key


@given(keys, st.integers(0, 7), st.integers(0, 5), st.integers(1, 9))
def test_every_single_digit_mistype_flags_exactly_that_group(key: bytes, group: int, pos: int, delta: int) -> None:
    groups = recovery_code.encode(key).split("-")
    digits = list(groups[group])
    typed = (int(digits[pos]) + delta) % 10
    digits[pos] = str(typed)
    groups[group] = "".join(digits)
    text = "-".join(groups)
    # Changing one digit moves the value by d * 10^k with 0 < |d| < 10; 10^k is ±1 mod 11, so the result
    # is never again a multiple of 11: every single-digit typo is caught, in its own group.
    assert int(groups[group]) % 11 != 0
    assert recovery_code.invalid_groups(text) == [group + 1]
    with pytest.raises(ValueError, match=str(group + 1)):
        recovery_code.decode(text)


@given(keys, st.integers(0, 7), st.integers(0, 4))
def test_adjacent_transposition_is_caught(key: bytes, group: int, pos: int) -> None:
    groups = recovery_code.encode(key).split("-")
    digits = list(groups[group])
    if digits[pos] == digits[pos + 1]:
        return  # swapping equal digits is not a typo
    digits[pos], digits[pos + 1] = digits[pos + 1], digits[pos]
    groups[group] = "".join(digits)
    assert recovery_code.invalid_groups("-".join(groups)) == [group + 1]


def test_group_range_limits() -> None:
    assert recovery_code.group_is_valid("000000")
    assert recovery_code.group_is_valid(f"{65535 * 11:06d}")
    assert not recovery_code.group_is_valid(f"{65536 * 11:06d}")  # a multiple of 11 but out of range
    assert not recovery_code.group_is_valid("00000")
    assert not recovery_code.group_is_valid("0000000")
    assert not recovery_code.group_is_valid("١٢٣٤٥٦")  # Arabic-Indic digits are not accepted silently
    assert not recovery_code.group_is_valid("+00011")


@given(keys)
def test_missing_and_extra_groups_are_named(key: bytes) -> None:
    groups = recovery_code.encode(key).split("-")
    assert recovery_code.invalid_groups("-".join(groups[:6])) == [7, 8]
    assert recovery_code.invalid_groups("-".join([*groups, "000000"])) == [9]
    assert recovery_code.invalid_groups("") == list(range(1, 9))


def test_generate_is_random_and_valid() -> None:
    seen = {recovery_code.generate() for _ in range(20)}
    assert len(seen) == 20
    assert all(recovery_code.invalid_groups(k) == [] for k in seen)


def test_encode_rejects_wrong_length() -> None:
    with pytest.raises(ValueError):
        recovery_code.encode(b"\x00" * 15)
