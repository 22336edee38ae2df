"""The closed-period guard: months and years whose records may no longer change.

Lives in the store because the audit hook calls it for every model that names its date
column in `__period_column__`, so a write that forgets the check is refused all the same.
Closing and reopening are services (services/periods_closed.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError, Message
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import ClosedPeriod

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def label(period: str) -> str:
    """A period as a sentence names it: "March 2025", or the year."""
    if len(period) == 7:
        return f"{MONTHS[int(period[5:7]) - 1]} {period[:4]}"
    return period


def closed_periods(session: Session) -> set[str]:
    """The periods closed now ("2025-03", "2025")."""
    return set(session.scalars(select(ClosedPeriod.period)
                               .where(ClosedPeriod.reopened_at.is_(None))))


def check_open(session: Session, dates: Iterable[date | datetime | str],
               labels: Sequence[str | Message] | None = None) -> None:
    """DomainError naming the first closed period any of `dates` falls in; with `labels`
    (one per date, such as an import's "Row 17"), the first record in order, by its label."""
    closed = closed_periods(session)
    if not closed:
        return
    months = [(d.isoformat() if isinstance(d, date) else str(d))[:7] for d in dates]
    order = range(len(months)) if labels else sorted(range(len(months)), key=months.__getitem__)
    for i in order:
        for period in (months[i][:4], months[i]):
            if period in closed:
                where = labels[i] if labels else ""
                raise DomainError(
                    QT_TRANSLATE_NOOP("Refusal", "{where}: {label} is closed; reopen it (with a "
                                                 "reason) to change its records.") if where else
                    QT_TRANSLATE_NOOP("Refusal", "{label} is closed; reopen it (with a reason) "
                                                 "to change its records."),
                    where=where, label=label(period))
