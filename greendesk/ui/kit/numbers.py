"""A number typed into a line edit (or a table cell), read the way the importers read
spreadsheet cells."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from greendesk.errors import DomainError


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
    from greendesk.readers.tabular import parse_number

    text = text.strip()
    if not text:
        if required:
            raise DomainError(QCoreApplication.translate("forms", "Enter the %s.") % what,
                              field=field)
        return None
    lone_comma = "," in text and "." not in text
    try:
        return parse_number(text, decimal_comma=True if comma_decimal and lone_comma else None)
    except ValueError:
        raise DomainError(QCoreApplication.translate("forms", "%1: %2 is not a number.")
                          .replace("%1", what[:1].upper() + what[1:])
                          .replace("%2", repr(text)), field=field) from None
