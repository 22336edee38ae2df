"""The obligations register's deadline rules (pure) and Kazakhstan's days off."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from greendesk.analysis.deadlines import (
    HolidayCalendar,
    carried_days_off,
    due_in,
    parse_rule,
    periods_of,
)
from greendesk.errors import DomainError
from greendesk.periods import month, quarter, year
from greendesk.services.obligation_file import holidays

FEE = parse_rule({"day": 15, "months_after": 2})
PEK = parse_rule({"day": 10, "months_after": 1})
TENTH_WORKING = parse_rule({"working_days_after": 10})
APRIL = parse_rule({"month": 4, "day": 1, "years_after": 1})
NONE = HolidayCalendar()


def test_the_fee_declaration_is_due_on_the_15th_of_the_second_month_after_the_quarter() -> None:
    # 15 May 2025 is a Thursday: no shift.
    assert FEE.due(quarter(2025, 1), holidays()) == date(2025, 5, 15)
    # Q4 2026: 15 February 2027 is a Monday.
    assert FEE.due(quarter(2026, 4), holidays()) == date(2027, 2, 15)


def test_a_due_date_on_a_weekend_moves_to_the_next_working_day() -> None:
    # 15 November 2025 is a Saturday -> Monday 17 November.
    assert FEE.due(quarter(2025, 3), NONE) == date(2025, 11, 17)
    assert parse_rule({"day": 15, "months_after": 2, "shift": "none"}).due(
        quarter(2025, 3), NONE) == date(2025, 11, 15)


def test_a_holiday_shifts_the_due_date_and_a_holiday_on_a_weekend_carries_its_day_off() -> None:
    cal = holidays()
    # Victory Day, 9 May 2026, is a Saturday, so Monday 11 May is a day off (Art. 5): a
    # due date of 9 May moves to Tuesday 12 May.
    assert not cal.is_working(date(2026, 5, 11))
    rule = parse_rule({"day": 9, "months_after": 1})
    assert rule.due(month(2026, 4), cal) == date(2026, 5, 12)
    # Nauryz 21-23 March 2026 (Sat-Mon): 24 and 25 March are carried days off.
    assert [cal.is_working(date(2026, 3, d)) for d in range(20, 27)] == [
        True, False, False, False, False, False, True]


def test_working_days_are_counted_past_days_off() -> None:
    cal = holidays()
    # After Q4 2025: 1, 2 and 7 January 2026 are holidays, 3-4 and 10-11 a weekend: the
    # working days are 5, 6, 8, 9, 12, 13, 14, 15, 16 and 19 January.
    assert TENTH_WORKING.due(quarter(2025, 4), cal) == date(2026, 1, 19)


def test_a_fixed_date_of_the_next_year() -> None:
    assert APRIL.due(year(2025), holidays()) == date(2026, 4, 1)


@given(st.integers(2000, 2090), st.integers(1, 4),
       st.sampled_from([FEE, PEK, TENTH_WORKING, APRIL]))
def test_every_quarters_due_date_falls_after_the_quarter_and_on_a_working_day(
        y: int, q: int, rule) -> None:  # type: ignore[no-untyped-def]
    cal = holidays()
    p = quarter(y, q)
    due = rule.due(p, cal)
    assert due > p.end
    assert cal.is_working(due)
    assert due - rule.unshifted(p, cal) < timedelta(days=10)


@given(st.dates(date(2000, 1, 1), date(2090, 12, 28)))
def test_a_holiday_shifts_to_the_first_working_day_after_it(day: date) -> None:
    cal = HolidayCalendar(frozenset({day}), frozenset(), frozenset({day.year}))
    rule = parse_rule({"day": day.day, "months_after": 1})
    before = month(day.year - (day.month == 1), (day.month - 2) % 12 + 1)
    due = rule.due(before, cal)
    assert due > day
    assert cal.is_working(due)
    assert all(not cal.is_working(day + timedelta(days=n)) for n in range((due - day).days))


def test_carried_days_off_skip_other_holidays() -> None:
    sat, sun = date(2026, 3, 21), date(2026, 3, 22)
    mon = date(2026, 3, 23)
    off = carried_days_off([sat, sun, mon], [sat, sun, mon])
    assert off == {sat, sun, mon, date(2026, 3, 24), date(2026, 3, 25)}


@pytest.mark.parametrize("bad", [None, "15th of the 2nd month", {"day": 15},
                                 {"day": 32, "months_after": 1},
                                 {"working_days_after": 0}, {"day": 1, "month": 13,
                                                             "years_after": 1},
                                 {"day": 15, "months_after": 2, "shift": "back"}])
def test_a_rule_the_calendar_cannot_read_is_refused_in_a_sentence(bad: object) -> None:
    with pytest.raises(DomainError, match="deadline of obligation X"):
        parse_rule(bad, "X")


def test_periods_of_each_kind_and_due_in_a_range() -> None:
    assert [p.label for p in periods_of("half_year", date(2026, 1, 1), date(2026, 12, 31))] \
        == ["2026-H1", "2026-H2"]
    assert [p.label for p in periods_of("quarter", date(2026, 2, 1), date(2026, 7, 1))] == [
        "2026-Q1", "2026-Q2", "2026-Q3"]
    assert periods_of("once", date(2026, 1, 1), date(2026, 12, 31)) == []
    got = due_in(FEE, "quarter", date(2026, 1, 1), date(2026, 12, 31), NONE)
    assert [(p.label, d) for p, d in got] == [
        ("2025-Q4", date(2026, 2, 16)), ("2026-Q1", date(2026, 5, 15)),
        ("2026-Q2", date(2026, 8, 17)), ("2026-Q3", date(2026, 11, 16))]
