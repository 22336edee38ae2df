"""Closed periods: months and years whose records may no longer change.

An officer closes a month (or a whole year) once it is reported; from then on records
dated in it cannot be added, changed, deleted or imported until it is reopened, with a
reason. Closing and reopening are recorded in the audit trail (period_close,
period_reopen). Services call `check_open(session, dates)` inside their transaction; the
audit hook also calls it for every model that names its date column in
`__period_column__`, so a write that forgets is refused all the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import AuditAction, ClosedPeriod
from greendesk.models.base import utcnow
from greendesk.services.changes import Changes, Entity
from greendesk.store import audit
from greendesk.store.closed_periods import MONTHS, check_open, closed_periods, label  # noqa: F401 - re-exported
from greendesk.store.db import Database

_PERIOD = re.compile(r"([0-9]{4})(?:-([0-9]{1,2}))?")


@dataclass(frozen=True)
class ClosedPeriodRow:
    """A period's close and, if reopened, who reopened it and why."""
    period: str  # "2025-03" or "2025"
    label: str   # "March 2025" or "2025"
    closed: bool
    closed_at: datetime
    closed_by: str
    reopened_at: datetime | None
    reopened_by: str | None
    reopen_reason: str | None


def normalise(period: str) -> str:
    """"2025-3", " 2025-03 " -> "2025-03"; "2025" stays. DomainError for anything else."""
    m = _PERIOD.fullmatch(period.strip())
    if not m or not 1900 < int(m[1]) < 2200 or (m[2] and not 1 <= int(m[2]) <= 12):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{text!r} is not a month or a year; write "
                                                       "2025-03 for March 2025 or 2025 for the "
                                                       "whole year."),
                          text=period.strip(), field="period")
    return f"{m[1]}-{int(m[2]):02d}" if m[2] else m[1]


def _who() -> str:
    return audit.officer_name() or audit.os_user()


def check_year_open(session: Session, year: int) -> None:
    """For figures entered per year (a waste basis): refused while the whole year is closed."""
    if str(year) in closed_periods(session):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{year} is closed; reopen it (with a "
                                                       "reason) to change its records."),
                          year=year)


def list_periods(db: Database) -> list[ClosedPeriodRow]:
    """Every period ever closed, newest first, with whether it is closed now."""
    with db.read() as s:
        rows = s.scalars(select(ClosedPeriod).order_by(ClosedPeriod.period.desc())).all()
        return [ClosedPeriodRow(r.period, label(r.period), r.reopened_at is None, r.closed_at,
                                r.closed_by, r.reopened_at, r.reopened_by, r.reopen_reason)
                for r in rows]


def close_period(db: Database, period: str, note: str = "") -> Changes:
    """Close a month or a year; its records stay as they are and can no longer change.
    One transaction; refuses a period already closed (or inside a closed year). Announces
    closed_period."""
    period = normalise(period)
    with db.write() as s:
        closed = closed_periods(s)
        if period in closed:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{label} is already closed."),
                              label=label(period), field="period")
        if len(period) == 7 and period[:4] in closed:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{label} is already closed: the whole "
                                                           "year {year} is closed."),
                              label=label(period), year=period[:4], field="period")
        row = s.scalars(select(ClosedPeriod).where(ClosedPeriod.period == period)).first()
        if row is None:
            row = ClosedPeriod(period=period)
            s.add(row)
        row.closed_at, row.closed_by = utcnow(), _who()
        row.reopened_at = row.reopened_by = row.reopen_reason = None
        audit.annotate(s, row, AuditAction.PERIOD_CLOSE, note.strip() or f"{label(period)} closed")
    return Changes.of(Entity.CLOSED_PERIOD)


def reopen_period(db: Database, period: str, reason: str) -> Changes:
    """Reopen a closed month or year; the reason is kept with the period and in the trail.
    One transaction; refuses a period not closed, a month closed as part of its year, a missing
    or overlong reason. Announces closed_period."""
    period = normalise(period)
    reason = " ".join(reason.split())
    if not reason:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Give a reason for reopening {label}; it "
                                                       "is kept in the audit trail."),
                          label=label(period), field="reason")
    if len(reason) > 2000:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The reason is longer than 2,000 "
                                                       "characters."), field="reason")
    with db.write() as s:
        row = s.scalars(select(ClosedPeriod).where(ClosedPeriod.period == period,
                                                   ClosedPeriod.reopened_at.is_(None))).first()
        if row is None:
            if len(period) == 7 and period[:4] in closed_periods(s):
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{label} is closed as part of the "
                                                               "year {year}; reopen the year."),
                                  label=label(period), year=period[:4], field="period")
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{label} is not closed."),
                              label=label(period), field="period")
        row.reopened_at, row.reopened_by, row.reopen_reason = utcnow(), _who(), reason
        audit.annotate(s, row, AuditAction.PERIOD_REOPEN, reason)
    return Changes.of(Entity.CLOSED_PERIOD)
