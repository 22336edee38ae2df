"""The two rules of every record that states a dated fact (a flow, a stock-taking, a
monitoring reading, an assay, a waste transfer, an incident): its date is not after today
(the machine's clock decides, `periods.today()`), and it is not in a closed period.

Each record kind has one write function in `services/` that calls `check_dated` on what it
puts in and `check_open` on what it takes out, inside its write transaction, so no caller
(a form, an undo, a redo, the demo, an import) can forget either. Taking a record out only
needs its period open: a future-dated typo left by an older version must stay deletable.
Records put back (redo, undo of a delete) keep their numbers, so `check_free` refuses when
a record added since has taken one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk import periods
from greendesk.errors import DomainError, Message, term
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.store.closed_periods import check_open

Day = date | datetime | str


# what a refused record is called in the sentence, when the caller does not say
A_FLOW_RECORD = QT_TRANSLATE_NOOP("Refusal", "a flow record")
A_RECORD = QT_TRANSLATE_NOOP("Refusal", "a record")


def day_of(value: Day) -> date:
    """The day of a date, datetime or ISO text."""
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def check_not_future(days: Iterable[Day], label: str | Message = "", *,
                     noun: str = A_FLOW_RECORD,
                     labels: Sequence[str | Message] | None = None,
                     field: str = "flow_date") -> None:
    """Refuse a record dated after today, naming the first such one (`labels[i]` names
    the i-th day, e.g. "Row 17"; else `label`)."""
    now = periods.today()
    for i, d in enumerate(map(day_of, days)):
        if d > now:
            where = labels[i] if labels else label
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "{where}: the date {date} is after today ({today}); "
                                             "{noun} states what has happened.") if where else
                QT_TRANSLATE_NOOP("Refusal", "the date {date} is after today ({today}); {noun} "
                                             "states what has happened."),
                where=where, date=d.isoformat(), today=now.isoformat(), noun=term(noun),
                field=field)


def check_dated(s: Session, days: Sequence[Day], label: str | Message = "", *,
                noun: str = A_RECORD,
                labels: Sequence[str | Message] | None = None,
                field: str = "date") -> None:
    """Both rules for records being put in (added, restored, changed to)."""
    days = list(days)
    check_not_future(days, label, noun=noun, labels=labels, field=field)
    check_open(s, days, labels or ([label] * len(days) if label else None))


def month_starts(start: date, end: date) -> list[date]:
    """The first day of every month from `start`'s to `end`'s (a range is in each)."""
    out, y, m = [], start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append(date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def check_free(s: Session, key: Any, ids: Sequence[int]) -> None:
    """Records put back keep their numbers (the trail and other undo steps name them), but
    SQLite gives the number of the newest record, once deleted, to the next one: a redo or
    an undo after an import, a clean-up or another window added records would collide."""
    taken = 0
    for start in range(0, len(ids), 500):
        taken += len(s.execute(select(key).where(key.in_(ids[start:start + 500]))).all())
    if taken:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{taken} of these records cannot be put "
                                                       "back: their numbers have been given to "
                                                       "records added since (by an import, an "
                                                       "incident's clean-up or another window). "
                                                       "Enter them again instead."),
                          taken=taken)
