"""Validators for identifiers and text the officer types."""

from __future__ import annotations

from greendesk.errors import DomainError, Message, term
from greendesk.i18n import QT_TRANSLATE_NOOP

_BIN_WEIGHTS_1 = tuple(range(1, 12))
_BIN_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def bin_check_digit(first_eleven: str) -> int | None:
    """The Kazakh IIN/BIN control digit, or None when the number cannot have one.

    Weighted sum mod 11 with weights 1..11; a result of 10 is recomputed with weights
    3..11,1,2; a second 10 means the number is invalid (such numbers are never issued).
    """
    digits = [int(c) for c in first_eleven]
    for weights in (_BIN_WEIGHTS_1, _BIN_WEIGHTS_2):
        check = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if check != 10:
            return check
    return None


def validate_bin(value: str) -> str:
    """Return the normalised 12-digit BIN or raise DomainError saying what is wrong.

    A BIN is YYMM of registration, the entity type (4 resident legal entity, 5 non-resident,
    6 individual entrepreneur in a joint venture), the division (0 head office, 1 branch,
    2 representative office, 3 farm), five serial digits and the control digit.
    """
    bin_ = "".join(value.split())
    if not bin_.isdigit() or len(bin_) != 12:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The BIN must be exactly 12 digits; {value!r} is not."),
            value=value.strip(), field="bin"
        )
    month = int(bin_[2:4])
    if not 1 <= month <= 12:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The BIN {bin} is not valid: digits 3–4 must be the "
                                         "registration month."),
            bin=bin_,
            field="bin",
        )
    if bin_[4] not in "456":
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The BIN {bin} is not valid: the fifth digit must be 4, "
                                         "5 or 6 for a legal entity."),
            bin=bin_,
            field="bin",
        )
    if bin_check_digit(bin_[:11]) != int(bin_[11]):
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The BIN {bin} is not valid: its control digit does not "
                                         "match; check for a typo."),
            bin=bin_,
            field="bin",
        )
    return bin_


def clean_name(value: str, what: str | Message, *, max_len: int = 200) -> str:
    """A name with its blank space folded; DomainError when empty or over `max_len`."""
    name = " ".join(value.split())
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The {what} name must not be empty."),
                          what=term(what), field="name")
    if len(name) > max_len:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "The {what} name is {count} characters long; at most "
                                         "{most} are allowed."),
            what=term(what), count=len(name), most=max_len,
            field="name",
        )
    return name


def make_valid_bin(prefix: str) -> str:
    """Complete 11 digits with their control digit (demo data and tests need real BINs)."""
    for serial in range(100000):
        candidate = (prefix + f"{serial:05d}")[:11]
        check = bin_check_digit(candidate)
        if check is not None:
            return candidate + str(check)
    raise ValueError(prefix)
