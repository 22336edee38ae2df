"""Numbers and dates as the officer reads them, in the UI's locale (rounded for display only).

The UI's locale is QLocale's default, which the application sets from the window's language
(ui/app.py): in Russian and Kazakh "1 234,5" and 31.03.2025, in English "1,234.5" and
2025-03-31. The services keep canonical numbers and dates; only what is shown changes here.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QLocale

from greendesk.models import DatePrecision
from greendesk.units import unit_label

DECIMALS = {"t": 3, "kg": 1, "kt": 3, "Mt": 4, "m³": 2, "L": 0, "thousand m³": 3,
            "GJ": 2, "TJ": 4, "kWh": 0, "MWh": 3, "GWh": 4, "Gcal": 2, "tce": 3, "toe": 3}
# Languages whose officers write dates day first with dots (31.03.2025); others read ISO.
_TWO_WAYS = re.compile(r"-?[1-9][0-9]{0,2},[0-9]{3}")  # kit/numbers refuses these
DAY_FIRST = {QLocale.Language.Russian, QLocale.Language.Kazakh}


def locale() -> QLocale:
    """The officer's locale; the bare "C" locale (no thousands separators) reads as English."""
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return loc


def number(value: float, unit: str | None = None, decimals: int | None = None) -> str:
    if decimals is None:
        decimals = DECIMALS.get(unit or "", 3)
    return locale().toString(float(value), "f", decimals)


def short_number(value: float) -> str:
    """A figure as typed, without trailing zeros ("6,5", "500"): limits, factors."""
    return locale().toString(float(value), "g", 6)


def editable(value: float | None, decimals: int | None = 6) -> str:
    """A number to put into a field for editing: the locale's decimal mark, no thousands
    separator, no trailing zeros ("1234,5" in Russian), so that it reads back unchanged.
    `decimals=None`: six significant digits, as "%g" writes them.

    A value that would read two ways with a comma ("1,234": 1234 or 1.234?) keeps its
    decimal point, which every language's fields read as decimal."""
    if value is None:
        return ""
    if decimals is None:
        text = f"{value:g}"
    else:
        text = f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"
    comma = text.replace(".", locale().decimalPoint())
    return text if _TWO_WAYS.fullmatch(comma) else comma


def count(n: int) -> str:
    """A whole number of things, grouped as the locale groups ("1 560" records)."""
    return locale().toString(int(n))


def percent(share: float, decimals: int = 0) -> str:
    """A share (0.25) as a percentage ("25%")."""
    return number(share * 100, None, decimals) + "%"


def unit(symbol: str) -> str:
    """A stored unit symbol as the window's language writes it («т» for "t" in Russian and
    Kazakh); the one way the window shows a unit (the symbol itself stays what is stored)."""
    return unit_label(symbol, locale().name())


def quantity(value: float, unit_symbol: str) -> str:
    return f"{number(value, unit_symbol)} {unit(unit_symbol)}"


def day_first() -> bool:
    return locale().language() in DAY_FIRST


def date_format() -> str:
    """The QDateEdit display format for the UI's language."""
    return "dd.MM.yyyy" if day_first() else "yyyy-MM-dd"


def day(value: date) -> str:
    """31.03.2025 in Russian and Kazakh, 2025-03-31 in English."""
    return value.strftime("%d.%m.%Y" if day_first() else "%Y-%m-%d")


def month(value: date) -> str:
    """03.2025 in Russian and Kazakh, 2025-03 in English."""
    return value.strftime("%m.%Y") if day_first() else value.strftime("%Y-%m")


def moment(value: datetime, seconds: bool = True) -> str:
    """A date and time of day (the audit trail's, a backup's), in local time as given."""
    return f"{day(value)} {value.strftime('%H:%M:%S' if seconds else '%H:%M')}"


def flow_date(value: date, precision: DatePrecision) -> str:
    return month(value) if precision is DatePrecision.MONTH else day(value)
