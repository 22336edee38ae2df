"""One write path per record kind (issue 12, point 1): monitoring readings, assays and
waste transfers go through one function each, which checks what the flow path checks."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from greendesk.errors import DomainError
from greendesk.models import Flow, MonitoringReading, WasteTransfer
from greendesk.services import monitoring as ms
from greendesk.services.catalog import load_catalog_in
from greendesk.services.flow_writes import ROW_COLUMNS, FlowWriter
from greendesk.services.flows import EditFlow, FlowDraft, FlowValidator, edit_field, get_flows
from greendesk.services.periods_closed import close_period
from greendesk.store.db import Database
from tests.conftest import DEMO_TODAY
from tests.unit.test_closed_writes import closed, march_readings, one, reading_draft, refused

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")


def test_a_redo_of_a_reading_cannot_go_back_into_a_closed_month(demo_db: Database,
                                                                clock) -> None:
    """The hole the attack found: add, undo, close the month, redo put the reading back."""
    clock(DEMO_TODAY)
    cmd = ms.AddReadings([reading_draft(demo_db)])
    cmd.apply(demo_db)
    cmd.revert(demo_db)
    closed(demo_db)
    refused(demo_db, lambda: cmd.apply(demo_db))
    assert not set(cmd.ids) & set(march_readings(demo_db))


def test_undoing_a_reading_delete_into_a_closed_month_is_refused(demo_db: Database,
                                                                 clock) -> None:
    clock(DEMO_TODAY)
    delete = ms.DeleteReadings(march_readings(demo_db))
    delete.apply(demo_db)
    closed(demo_db)
    refused(demo_db, lambda: delete.revert(demo_db))


def test_a_reading_after_today_is_refused(demo_db: Database, clock) -> None:
    clock(date(2025, 3, 19))
    with pytest.raises(DomainError, match=r"2025-03-20 is after today \(2025-03-19\); a "
                                          "monitoring reading states what has happened"):
        ms.add_readings(demo_db, [reading_draft(demo_db)])


def _oil(s) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """Material, storage and contractor node of the demo's waste-oil transfers."""
    f = s.scalars(select(Flow).join(WasteTransfer, WasteTransfer.flow_id == Flow.id)
                  .where(WasteTransfer.operation == "R9")).first()
    return f.material_id, f.from_node_id, f.to_node_id


def test_a_stock_refusal_names_the_last_row_of_the_day(demo_db: Database, clock) -> None:
    """Rows of one date: the refusal names the later one ("Row 10"), not the one whose
    label sorts last as text ("Row 9")."""
    clock(DEMO_TODAY)
    with demo_db.write() as s:
        material, storage, contractor = _oil(s)
        check = FlowValidator(load_catalog_in(s)).check
        day = date(2025, 6, 2)
        rows = [tuple(check(FlowDraft(day, a, b, material, q, "t"))[c] for c in ROW_COLUMNS)
                for a, b, q in ((storage, contractor, 1.0), (storage, contractor, 500.0))]
        writer = FlowWriter(s, bulk=True)
        writer.add(rows, ["Row 9", "Row 10"])
        with pytest.raises(DomainError, match="^Row 10: this record would make the stock"):
            writer.finish()


def test_a_closed_month_in_a_file_names_the_row(demo_db: Database, clock) -> None:
    clock(DEMO_TODAY)
    close_period(demo_db, "2025-03")
    with demo_db.write() as s:
        material, storage, _ = _oil(s)
        check = FlowValidator(load_catalog_in(s)).check
        src = s.scalar(select(Flow.from_node_id).where(Flow.to_node_id == storage))
        rows = [tuple(check(FlowDraft(day, src, storage, material, 1.0, "t"))[c]
                      for c in ROW_COLUMNS) for day in (date(2025, 4, 1), date(2025, 3, 31))]
        with pytest.raises(DomainError, match="^Row 3: March 2025 is closed"):
            FlowWriter(s, bulk=True).add(rows, ["Row 2", "Row 3"])


def test_deleting_a_point_with_readings_in_a_closed_month_is_refused(demo_db: Database,
                                                                    clock) -> None:
    clock(DEMO_TODAY)
    point = reading_draft(demo_db).point_id
    closed(demo_db)
    refused(demo_db, lambda: ms.delete_point(demo_db, point))
    with demo_db.read() as s:
        assert s.scalar(select(MonitoringReading.id).where(MonitoringReading.point_id == point))


def test_moving_a_withdrawal_before_its_stock_arrived_is_refused(db: Database) -> None:
    """The check starts at the earliest date the step touches: an edit that moves a
    transfer from after the generation that covers it to before it leaves the storage
    negative in between, though the balance at the later date is unchanged."""
    from tests.unit.test_waste import G, T, build, move

    wp = build(db)
    move(wp, G, date(2025, 2, 1), 5.0, dst=wp.store_a)
    out = move(wp, T, date(2025, 2, 10), 5.0, src=wp.store_a)
    row = get_flows(db, [out.flow_id])[0]  # type: ignore[list-item]
    with pytest.raises(DomainError, match="negative: it would be −5 t on 2025-01-20"):
        EditFlow(row.id, edit_field(row, flow_date=date(2025, 1, 20))).apply(db)


def test_a_redo_whose_numbers_were_taken_meanwhile_is_refused_plainly(demo_db: Database,
                                                                     clock) -> None:
    """Found by the stock-rule model: add, undo, then an incident's clean-up (or an import,
    or another window) gets the freed number; the redo raised IntegrityError."""
    from greendesk.services.flows import AddFlows

    clock(DEMO_TODAY)
    row = get_flows(demo_db, [one(demo_db, select(Flow.id).order_by(Flow.id.desc()))[0]])[0]
    add = AddFlows([row.draft()])
    add.apply(demo_db)
    add.revert(demo_db)
    AddFlows([row.draft()]).apply(demo_db)  # in another window: takes the freed number
    refused(demo_db, lambda: add.apply(demo_db), match="cannot be put back: their numbers")
    readings = ms.AddReadings([reading_draft(demo_db)])
    readings.apply(demo_db)
    readings.revert(demo_db)
    ms.add_readings(demo_db, [reading_draft(demo_db)])
    refused(demo_db, lambda: readings.apply(demo_db), match="cannot be put back")


def test_undoing_an_edit_that_later_withdrawals_need_is_refused(db: Database) -> None:
    from tests.unit.test_waste import G, T, build, move

    wp = build(db)
    gen = move(wp, G, date(2025, 2, 1), 5.0, dst=wp.store_a)
    row = get_flows(db, [gen.flow_id])[0]  # type: ignore[list-item]
    more = EditFlow(row.id, edit_field(row, qty_entered=10.0))
    more.apply(db)
    move(wp, T, date(2025, 2, 10), 10.0, src=wp.store_a)
    with pytest.raises(DomainError, match="^Undoing this change would make the stock"):
        more.revert(db)
    assert get_flows(db, [row.id])[0].qty_entered == 10.0
