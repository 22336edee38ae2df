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


def year(y: int) -> Period:
    """A calendar year."""
    return Period(date(y, 1, 1), date(y, 12, 31), f"{y}")


def quarter(y: int, q: int) -> Period:
    """A calendar quarter (1 to 4); ValueError for another number."""
    if not 1 <= q <= 4:
        raise ValueError(Message(
            QT_TRANSLATE_NOOP("Refusal", "There is no quarter {quarter}; quarters are 1 to 4."),
            quarter=q))
    first = 3 * (q - 1) + 1
    return Period(date(y, first, 1), date(y, first + 2, calendar.monthrange(y, first + 2)[1]),
                  f"{y}-Q{q}")


def month(y: int, m: int) -> Period:
    """A calendar month (1 to 12); ValueError for another number."""
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
    (re.compile(r"^(\d{4})-?[Qq]([1-4])$"), lambda g: quarter(int(g[0]), int(g[1]))),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), lambda g: month(int(g[0]), int(g[1]))),
    (re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$"),
     lambda g: custom(date.fromisoformat(g[0]), date.fromisoformat(g[1]))),
)


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
