"""Reporting periods: a month, a quarter, a year or a custom range, with their labels.

The ledger's period picker, balances and reports all speak in these; the CLI parses
`2025`, `2025-Q1` and `2025-03`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from greendesk.errors import Message
from greendesk.i18n import QT_TRANSLATE_NOOP


def today() -> date:
    """The machine's date: the latest day a record may state a fact about. One function,
    so tests can fix the clock."""
    return date.today()


@dataclass(frozen=True)
class Period:
    """A reporting period: first and last day (inclusive) and its label."""
    start: date
    end: date  # inclusive
    label: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(Message(
                QT_TRANSLATE_NOOP("Refusal", "The period {period} ends before it starts."),
                period=self.label))


FIRST_YEAR, LAST_YEAR = 1901, 2199  # the years a record may be dated in (flows.py)


def year(y: int) -> Period:
    """A calendar year; ValueError for a year no record can be dated in."""
    if not FIRST_YEAR <= y <= LAST_YEAR:
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "There is no year {year} in GreenDesk's records; "
                                         "years run from 1901 to 2199."), year=str(y)))
    return Period(date(y, 1, 1), date(y, 12, 31), f"{y}")


def quarter(y: int, q: int) -> Period:
    """A calendar quarter (1 to 4); ValueError for another number."""
    year(y)  # the year's own refusal
    if not 1 <= q <= 4:
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "There is no quarter {quarter}; quarters are 1 to 4."),
            quarter=q))
    first = 3 * (q - 1) + 1
    return Period(date(y, first, 1), date(y, first + 2, calendar.monthrange(y, first + 2)[1]),
                  f"{y}-Q{q}")


def month(y: int, m: int) -> Period:
    """A calendar month (1 to 12); ValueError for another number."""
    year(y)
    if not 1 <= m <= 12:
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "There is no month {month}; months are 1 to 12."),
            month=m))
    return Period(date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), f"{y}-{m:02d}")


def custom(start: date, end: date) -> Period:
    """Any span of days, labelled by its dates."""
    return Period(start, end, f"{start.isoformat()} – {end.isoformat()}")


_FORMS = (
    (re.compile(r"^(\d{4})$"), lambda g: year(int(g[0]))),
    # any digit after Q, so "2026-Q5" is told there is no quarter 5
    (re.compile(r"^(\d{4})-?[Qq](\d{1,2})$"), lambda g: quarter(int(g[0]), int(g[1]))),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), lambda g: month(int(g[0]), int(g[1]))),
    (re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$"),
     lambda g: custom(_day(g[0]), _day(g[1]))),
)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "There is no day {day} in the calendar."),
            day=text)) from None


def parse_period(text: str) -> Period:
    """`2025`, `2025-Q1`, `2025-03` or `2025-01-01..2025-06-30`; ValueError says what is wrong."""
    value = text.strip()
    for pattern, make in _FORMS:
        match = pattern.match(value)
        if match:
            return make(match.groups())
    raise ValueError(
        Message(QT_TRANSLATE_NOOP("Refusal", "{text!r} is not a period; write a year (2025), a "
                                             "quarter (2025-Q1), a month (2025-03) or a range "
                                             "(2025-01-01..2025-06-30)."), text=text))


def periods_between(first: date, last: date, kind: str) -> list[Period]:
    """Every year, quarter or month from `first` to `last`, newest first (for pickers)."""
    out: list[Period] = []
    for y in range(last.year, first.year - 1, -1):
        if kind == "year":
            out.append(year(y))
        elif kind == "quarter":
            out.extend(p for q in range(4, 0, -1)
                       if first <= (p := quarter(y, q)).end and p.start <= last)
        else:
            out.extend(p for m in range(12, 0, -1)
                       if first <= (p := month(y, m)).end and p.start <= last)
    return out


# ---------------------------------------------------------------- naming and comparing
MONTH_NAMES = (QT_TRANSLATE_NOOP("periods", "January"), QT_TRANSLATE_NOOP("periods", "February"),
               QT_TRANSLATE_NOOP("periods", "March"), QT_TRANSLATE_NOOP("periods", "April"),
               QT_TRANSLATE_NOOP("periods", "May"), QT_TRANSLATE_NOOP("periods", "June"),
               QT_TRANSLATE_NOOP("periods", "July"), QT_TRANSLATE_NOOP("periods", "August"),
               QT_TRANSLATE_NOOP("periods", "September"),
               QT_TRANSLATE_NOOP("periods", "October"),
               QT_TRANSLATE_NOOP("periods", "November"),
               QT_TRANSLATE_NOOP("periods", "December"))
KIND_NAMES = {"year": QT_TRANSLATE_NOOP("periods", "year"),
              "quarter": QT_TRANSLATE_NOOP("periods", "quarter"),
              "month": QT_TRANSLATE_NOOP("periods", "month"),
              "custom": QT_TRANSLATE_NOOP("periods", "range of days")}
_ROMAN = ("I", "II", "III", "IV")


def kind(period: Period) -> str:
    """"year", "quarter", "month" or "custom", read from the dates alone, so a period
    recorded in a workbook as its first and last day is named again the same way."""
    s, e = period.start, period.end
    if s.day != 1 or e != date(e.year, e.month, calendar.monthrange(e.year, e.month)[1]) \
            or s.year != e.year:
        return "custom"
    months = e.month - s.month + 1
    if months == 12:
        return "year"
    if months == 3 and s.month % 3 == 1:
        return "quarter"
    return "month" if months == 1 else "custom"


def name(period: Period) -> Message:
    """The period as a title names it, a translatable phrase: "January 2026", "Q1 2026",
    "2026", or its first and last day. Translators give each kind its proper form
    ("январь 2026 г.", "I квартал 2026 г.", "2026 жылғы қаңтар")."""
    which, y = kind(period), str(period.start.year)
    if which == "year":
        return Message(QT_TRANSLATE_NOOP("periods", "{year}"), context="periods", year=y)
    if which == "quarter":
        q = (period.start.month - 1) // 3 + 1
        return Message(QT_TRANSLATE_NOOP("periods", "Q{quarter} {year}"), context="periods",
                       quarter=str(q), roman=_ROMAN[q - 1], year=y)
    if which == "month":
        return Message(QT_TRANSLATE_NOOP("periods", "{month} {year}"), context="periods",
                       month=Message(MONTH_NAMES[period.start.month - 1], context="periods"),
                       year=y)
    return Message(QT_TRANSLATE_NOOP("periods", "{start} – {end}"), context="periods",
                   start=period.start, end=period.end)


def kind_name(period: Period) -> Message:
    """The period's kind as a word: "month", "quarter", "year" or "range of days"."""
    return Message(KIND_NAMES[kind(period)], context="periods")


def _shift(day: date, years: int) -> date:
    y = day.year + years
    return day.replace(year=y, day=min(day.day, calendar.monthrange(y, day.month)[1]))


def shifted(period: Period, years: int) -> Period:
    """The same period `years` later (earlier when negative): January 2026 → January
    2025; a range keeps its days (29 February becomes the 28th). A month, quarter or year
    keeps its whole length and its usual label."""
    which = kind(period)
    y = period.start.year + years
    if which == "year":
        return year(y)
    if which == "quarter":
        return quarter(y, (period.start.month - 1) // 3 + 1)
    if which == "month":
        return month(y, period.start.month)
    return custom(_shift(period.start, years), _shift(period.end, years))


def year_earlier(period: Period) -> Period | None:
    """The same period a year earlier, what a report compares with; None for a range of
    more than a year (the two would overlap) or one before the calendar's first year."""
    if period.start.year - 1 < FIRST_YEAR:
        return None
    earlier = shifted(period, -1)
    return earlier if earlier.end < period.start else None
