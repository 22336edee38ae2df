"""Numbers and dates as the officer reads them, in the UI's locale (rounded for display only)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from greendesk.models import DatePrecision

DECIMALS = {"t": 3, "kg": 1, "kt": 3, "Mt": 4, "m³": 2, "L": 0, "thousand m³": 3,
            "GJ": 2, "TJ": 4, "kWh": 0, "MWh": 3, "GWh": 4, "Gcal": 2, "tce": 3, "toe": 3}


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


def quantity(value: float, unit: str) -> str:
    return f"{number(value, unit)} {unit}"


def flow_date(value: date, precision: DatePrecision) -> str:
    return value.strftime("%Y-%m") if precision is DatePrecision.MONTH else value.isoformat()
