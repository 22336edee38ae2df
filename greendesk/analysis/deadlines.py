"""Deadline rules of the obligations register: given a reporting period, its due date.

Pure: a rule, a period and a holiday calendar in; a date out. The register file states each
rule in a small structured form (`parse_rule`) so the calendar never guesses from prose:

- ``{day: 15, months_after: 2}``: the 15th day of the 2nd month after the period ends
  (``months_after: 1`` is the month following it);
- ``{working_days_after: 10}``: the 10th working day after the period ends;
- ``{month: 4, day: 1, years_after: 1}``: 1 April of the year after the period's year;
- ``shift: next_working_day`` (the default) moves a due date falling on a day off to the next
  working day, as the law states for the register's deadlines; ``shift: none`` keeps it.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.periods import Period, periods_between, quarter, year

PERIOD_KINDS = ("month", "quarter", "half_year", "year", "once")
SHIFTS = ("next_working_day", "none")


@dataclass(frozen=True)
class HolidayCalendar:
    """Days off beyond Saturdays and Sundays, and Saturdays or Sundays made working days.

    `days_off` holds public holidays, the days off they carry to when they fall on a
    weekend, and days off moved by Government decree; `working_days` the weekend days a
    decree made working in exchange. `years` are the years the data covers: outside them only
    weekends are known, which `known` lets a caller say."""
    days_off: frozenset[date] = frozenset()
    working_days: frozenset[date] = frozenset()
    years: frozenset[int] = frozenset()

    def is_working(self, day: date) -> bool:
        """Whether `day` is a working day (five-day week)."""
        if day in self.working_days:
            return True
        return day.weekday() < 5 and day not in self.days_off

    def known(self, day: date) -> bool:
        """Whether the holiday data covers `day`'s year."""
        return day.year in self.years

    def next_working(self, day: date) -> date:
        """`day` itself when it is a working day, else the first working day after it."""
        while not self.is_working(day):
            day += timedelta(days=1)
        return day


def carried_days_off(holidays: Iterable[date], carried: Iterable[date]) -> frozenset[date]:
    """The holidays and, for each of `carried` (those the law carries) falling on a Saturday or
    Sunday, the next weekday that is not itself a holiday or a day already carried to: the
    Law "On holidays", Article 5 ("when a day off and a holiday coincide, the day off is the
    working day following the holiday")."""
    off = set(holidays)
    for day in sorted(set(carried)):
        if day.weekday() < 5:
            continue
        nxt = day + timedelta(days=1)
        while nxt.weekday() >= 5 or nxt in off:
            nxt += timedelta(days=1)
        off.add(nxt)
    return frozenset(off)


@dataclass(frozen=True)
class DeadlineRule:
    """A deadline in the register's structured form; see the module's docstring."""
    day: int | None = None
    months_after: int | None = None
    working_days_after: int | None = None
    month: int | None = None
    years_after: int | None = None
    shift: str = "next_working_day"
    source: Mapping[str, object] = field(default_factory=dict, compare=False)

    def unshifted(self, period: Period, holidays: HolidayCalendar) -> date:
        """The date the rule names before any shift off a day off."""
        if self.working_days_after is not None:
            day, left = period.end, self.working_days_after
            while left:
                day += timedelta(days=1)
                if holidays.is_working(day):
                    left -= 1
            return day
        assert self.day is not None
        if self.months_after is not None:
            y, m = divmod(period.end.month - 1 + self.months_after, 12)
            yy, mm = period.end.year + y, m + 1
            return date(yy, mm, min(self.day, calendar.monthrange(yy, mm)[1]))
        assert self.month is not None and self.years_after is not None
        yy = period.end.year + self.years_after
        return date(yy, self.month, min(self.day, calendar.monthrange(yy, self.month)[1]))

    def due(self, period: Period, holidays: HolidayCalendar) -> date:
        """The due date for `period`, moved off a day off when the rule says so."""
        day = self.unshifted(period, holidays)
        return holidays.next_working(day) if self.shift == "next_working_day" else day


def _refuse(code: str, rule: object) -> DomainError:
    return DomainError(QT_TRANSLATE_NOOP(
        "Refusal", "The deadline of obligation {code} is not one GreenDesk can read: {rule}."),
        code=code, rule=str(rule))


def _int(value: object, low: int, high: int, code: str, rule: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _refuse(code, rule)
    return value


def parse_rule(value: object, code: str = "") -> DeadlineRule:
    """The rule a register file states (a mapping; see the module's docstring); one sentence
    naming the obligation for anything else."""
    if not isinstance(value, Mapping):
        raise _refuse(code, value)
    keys = set(value) - {"shift"}
    shift = value.get("shift", "next_working_day")
    if shift not in SHIFTS:
        raise _refuse(code, value)
    if keys == {"working_days_after"}:
        return DeadlineRule(working_days_after=_int(value["working_days_after"], 1, 250, code,
                                                    value), shift=str(shift), source=value)
    if keys == {"day", "months_after"}:
        return DeadlineRule(day=_int(value["day"], 1, 31, code, value),
                            months_after=_int(value["months_after"], 0, 24, code, value),
                            shift=str(shift), source=value)
    if keys == {"day", "month", "years_after"}:
        return DeadlineRule(day=_int(value["day"], 1, 31, code, value),
                            month=_int(value["month"], 1, 12, code, value),
                            years_after=_int(value["years_after"], 0, 2, code, value),
                            shift=str(shift), source=value)
    raise _refuse(code, value)


def half_year(y: int, h: int) -> Period:
    """The first (1) or second (2) half of year `y`."""
    first, last = (quarter(y, 1), quarter(y, 2)) if h == 1 else (quarter(y, 3), quarter(y, 4))
    return Period(first.start, last.end, f"{y}-H{h}")


def periods_of(kind: str, first: date, last: date) -> list[Period]:
    """The reporting periods of `kind` overlapping [first, last]: months, quarters, halves or
    years ("once" has none: a one-off obligation is not on a calendar of periods)."""
    if kind in ("month", "quarter"):
        return sorted(periods_between(first, last, kind), key=lambda p: p.start)
    if kind == "half_year":
        return [half_year(y, h) for y in range(first.year, last.year + 1) for h in (1, 2)
                if half_year(y, h).end >= first and half_year(y, h).start <= last]
    if kind == "year":
        return [year(y) for y in range(first.year, last.year + 1)]
    return []


def due_in(rule: DeadlineRule, kind: str, start: date, end: date,
           holidays: HolidayCalendar) -> list[tuple[Period, date]]:
    """Each (period, due date) of an obligation whose due date falls in [start, end].

    The periods looked at reach back far enough for any rule of the register (two years)."""
    look_back = date(start.year - 3, 1, 1)
    out = [(p, rule.due(p, holidays)) for p in periods_of(kind, look_back, end)]
    return [(p, d) for p, d in out if start <= d <= end]


