"""The demo plant's obligations: the shipped register, and the last demo year's fourth
quarter fee declarations marked submitted (an invented reference number) so the calendar
shows a submission beside items still to do."""

from __future__ import annotations

from datetime import date

from greendesk import periods
from greendesk.demo.plant import DemoContext
from greendesk.models.obligations import ObligationState
from greendesk.services import obligation_calendar, obligation_status, obligations
from greendesk.store.db import Database


def extend(db: Database, ctx: DemoContext) -> None:
    """Load the register; mark the declarations for the last demo year's Q4 submitted."""
    obligations.ensure_default_register(db)
    last = ctx.years[-1]
    items = obligation_calendar.calendar(db, date(last + 1, 1, 1), date(last + 1, 3, 31))
    for n, item in enumerate(i for i in items if i.period.label == f"{last}-Q4"
                             and i.obligation.code.startswith("fee_declaration")):
        obligation_status.set_status(db, item.obligation.id, item.site_id, item.period.label,
                                     obligation_status.StatusDraft(
                                         ObligationState.SUBMITTED,
                                         min(item.due, periods.today()),
                                         f"DEMO-{last + 1}-{n + 1:03d}",
                                         note=ctx.names("Demo data: an invented submission.")))
