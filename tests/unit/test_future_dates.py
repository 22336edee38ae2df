"""Dates after today (issue 12, point 10): every dated fact is refused in its one write
function with a sentence; removing a future-dated record (a typo an older version let in)
stays possible; such a record never becomes a default period or date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from greendesk.errors import DomainError
from greendesk.models import Flow, StockTaking, WasteTransfer
from greendesk.services import balances as bal
from greendesk.services import checklist as cl
from greendesk.services import monitoring as ms
from greendesk.services.flows import AddFlows, DeleteFlows, get_flows
from greendesk.services.summary import date_range, summarise
from greendesk.services.waste_movements import assign_transfer
from greendesk.store.db import Database
from tests.unit.test_closed_writes import (
    count_draft,
    oil_movement,
    one,
    reading_draft,
    snapshot,
)

TODAY = date(2025, 3, 19)
LATER = date(2025, 3, 20)


def _later_flow(db: Database, *where) -> int:  # type: ignore[no-untyped-def]
    return one(db, select(Flow.id).where(Flow.flow_date > TODAY, *where).order_by(Flow.id))[0]


def _transfer(db: Database) -> None:
    flow_id, contractor_id = one(db, select(WasteTransfer.flow_id, WasteTransfer.contractor_id)
                                 .join(Flow, Flow.id == WasteTransfer.flow_id)
                                 .where(Flow.flow_date > TODAY))
    assign_transfer(db, [flow_id], contractor_id, "D10")


WRITES: dict[str, Callable[[Database], object]] = {
    "flow": lambda db: AddFlows([get_flows(db, [_later_flow(db)])[0].draft()]).apply(db),
    "stock-taking": lambda db: bal.record_stock_takings(db, [count_draft(db).__class__(
        **{**vars(count_draft(db)), "taken_on": LATER})]),
    "monitoring reading": lambda db: ms.add_readings(db, [reading_draft(db)]),
    "flow assay": lambda db: bal.set_flow_assays(db, _later_flow(db), {"Cu": (1.0, "%")}),
    "period assay": lambda db: bal.add_period_assays(db, [bal.PeriodAssayDraft(
        *one(db, select(StockTaking.node_id, StockTaking.material_id)), "Zn",
        date(2025, 3, 1), date(2025, 3, 31), 1.0)]),
    "waste transfer": _transfer,
    "waste movement": lambda db: oil_movement(db).apply(db),
    "incident": lambda db: cl.record_incident(db, cl.IncidentDraft(
        one(db, select(Flow.site_id))[0], LATER, "Pit", "Hose burst")),
}


@pytest.mark.parametrize("kind", sorted(WRITES))
def test_a_fact_dated_after_today_is_refused(kind: str, demo_db: Database, clock) -> None:
    clock(TODAY)
    if kind == "waste movement":  # oil_movement() is dated 2025-03-09
        clock(date(2025, 3, 8))
    before = snapshot(demo_db)
    with pytest.raises(DomainError, match=r"is after today|in the future"):
        WRITES[kind](demo_db)
    assert snapshot(demo_db) == before


def test_future_dated_records_can_still_be_removed(demo_db: Database, clock) -> None:
    clock(TODAY)
    late = _later_flow(demo_db)
    DeleteFlows([late]).apply(demo_db)
    late_count = one(demo_db, select(StockTaking.id).where(StockTaking.taken_on > TODAY))[0]
    bal.delete_stock_takings(demo_db, [late_count])
    assert not get_flows(demo_db, [late])


def test_a_future_dated_record_is_never_the_default_period(demo_db: Database, clock) -> None:
    """The demo's flows run to 2025-12-01; on 2025-06-15 the later ones are what an older
    version let in as typos. Defaults (periods, reports, the date of a new record) stop at
    today; `greendesk info` still shows the real span."""
    clock(date(2025, 6, 15))
    assert date_range(demo_db) == (date(2023, 1, 1), date(2025, 6, 1))
    assert summarise(demo_db).last_date == "2025-12-01"
    clock(date(2022, 6, 15))  # everything after today: no default at all
    assert date_range(demo_db) == (None, None)
