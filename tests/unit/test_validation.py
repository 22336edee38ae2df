from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from greendesk.errors import DomainError
from greendesk.validation import bin_check_digit, clean_name, make_valid_bin, validate_bin


def test_known_bin_check_digit() -> None:
    # Weighted sum with weights 1..11 of 05034000000 is 0*1+5*2+0*3+3*4+4*5 = 42; 42 % 11 = 9.
    assert bin_check_digit("05034000000") == 9
    assert validate_bin("050340000009") == "050340000009"


def test_bin_with_spaces_is_normalised() -> None:
    assert validate_bin(" 0503 4000 0009 ") == "050340000009"


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("12345", "exactly 12 digits"),
        ("05034000000A", "exactly 12 digits"),
        ("051340000009", "registration month"),
        ("050310000009", "fifth digit"),
        ("050340000008", "control digit"),
    ],
)
def test_bad_bins_are_refused_with_a_reason(value: str, fragment: str) -> None:
    with pytest.raises(DomainError, match=fragment) as info:
        validate_bin(value)
    assert info.value.field == "bin"


@given(st.integers(0, 99), st.integers(1, 12), st.sampled_from("456"),
       st.sampled_from("0123"), st.text(alphabet="0123456789", min_size=5, max_size=5),
       st.integers(1, 9))
def test_valid_bins_pass_and_a_wrong_control_digit_fails(
        yy: int, mm: int, kind: str, division: str, serial: str, shift: int) -> None:
    prefix = f"{yy:02d}{mm:02d}{kind}{division}{serial}"
    check = bin_check_digit(prefix)
    if check is None:  # such numbers are never issued
        return
    assert validate_bin(prefix + str(check)) == prefix + str(check)
    with pytest.raises(DomainError, match="control digit"):
        validate_bin(prefix + str((check + shift) % 10))


def test_make_valid_bin_gives_valid_numbers() -> None:
    assert validate_bin(make_valid_bin("990140")) .startswith("990140")


def test_clean_name() -> None:
    assert clean_name("  Open   pit  ", "site") == "Open pit"
    with pytest.raises(DomainError, match="must not be empty"):
        clean_name("   ", "site")
    with pytest.raises(DomainError, match="at most 200"):
        clean_name("x" * 201, "site")
