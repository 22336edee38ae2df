"""A number typed into a line edit (or a table cell), read the way the importers read
spreadsheet cells, whichever decimal mark the officer's keyboard gives.

Both marks are read where the text can mean one number only: "1234,5", "1234.5" and
"1 234,5" are all 1234.5 in every language. A lone comma before exactly three digits
("1,234") is 1234 in an English spreadsheet and 1.234 in a Russian one, so it is refused
with a sentence saying how to write either; the field keeps what was typed."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from greendesk.errors import DomainError


class AmbiguousNumber(DomainError):
    """A number that reads two ways ("1,234"); the sentence says how to write each."""


_AMBIGUOUS = re.compile(r"([+\-\u2212]?[1-9][0-9]{0,2}),([0-9]{3})")


def line_number(edit: QLineEdit, field: str, what: str, *, required: bool = False,
                comma_decimal: bool = False) -> float | None:
    """The number typed in a line edit; see `number_text`."""
    return number_text(edit.text(), field, what, required=required,
                       comma_decimal=comma_decimal)


def number_text(text: str, field: str, what: str, *, required: bool = False,
                comma_decimal: bool = False) -> float | None:
    """The number in `text` (spaces and decimal commas accepted), None when empty and
    optional; otherwise a DomainError naming the field, shown next to it.

    `comma_decimal`: a lone comma is a decimal comma ("1,234" is 1.234, as grades are
    written) rather than refused as ambiguous. The sentences keep their "forms" translation
    context (where this function was born)."""
    text = text.strip()
    if not text:
        if required:
            raise DomainError(QCoreApplication.translate("forms", "Enter the %s.") % what,
                              field=field)
        return None
    return typed_number(text, field, what, comma_decimal=comma_decimal)


def typed_number(text: str, field: str, what: str, *, comma_decimal: bool = False,
                 not_number: str | None = None) -> float:
    """The number in non-empty `text`, or a DomainError: the ambiguity explained, or
    `not_number` (by default "<What>: '<text>' is not a number.")."""
    from greendesk.readers.tabular import parse_number

    text = text.strip()
    lone_comma = "," in text and "." not in text
    try:
        return parse_number(text, decimal_comma=True if comma_decimal and lone_comma else None)
    except ValueError:
        label = what[:1].upper() + what[1:]
        if m := _AMBIGUOUS.fullmatch(text):
            raise AmbiguousNumber(ambiguity(label, text, m[1] + m[2], f"{m[1]}.{m[2]}"),
                                  field=field) from None
        raise DomainError(not_number or QCoreApplication.translate(
            "forms", "%1: %2 is not a number.").replace("%1", label)
            .replace("%2", repr(text)), field=field) from None


def ambiguity(label: str, text: str, whole: str, fraction: str) -> str:
    """One sentence: "1,234" could be 1234 or 1.234, and how to write each."""
    return (QCoreApplication.translate(
        "forms", "%1: “%2” could be %3 or %4; write %3 without the thousands separator, or "
        "%4 with a decimal point.").replace("%1", label).replace("%2", text)
        .replace("%3", whole).replace("%4", fraction))
