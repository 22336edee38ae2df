"""A refusal shown in the window writes its numbers and dates as the window's language does
(QLocale's default, set by make_app), the same way the window's tables write theirs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.ui import formatting
from greendesk.ui.refusals import shown

TEMPLATE = "{count:,} rows, {tonnage:,.0f} t, {x:,.3f}, on {when:%Y-%m-%d at %H:%M}"


@pytest.fixture
def window_language() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(("code", "expected"), [
    ("ru", "1\u00a0234 rows, 56\u00a0789 t, 1\u00a0234,500, on 31.03.2025 14:05"),
    ("kk", "1\u00a0234 rows, 56\u00a0789 t, 1\u00a0234,500, on 31.03.2025 14:05"),
    ("en", "1,234 rows, 56,789 t, 1,234.500, on 2025-03-31 at 14:05"),
])
def test_a_refusal_in_the_window_writes_numbers_as_its_tables_do(  # type: ignore[no-untyped-def]
        qapp, window_language, code: str, expected: str) -> None:
    QLocale.setDefault(QLocale(code))
    error = DomainError(QT_TRANSLATE_NOOP("Refusal", TEMPLATE), count=1234, tonnage=56789.2,
                        x=1234.5, when=datetime(2025, 3, 31, 14, 5))
    assert shown(error) == expected
    assert formatting.count(1234) in shown(error)  # the same separator as the tables
