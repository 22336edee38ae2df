"""Closed periods: records dated in them cannot be added, changed, deleted or imported;
reopening needs a reason; both are audited."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from greendesk.cli import main
from greendesk.demo.plant import S_MINE
from greendesk.errors import DomainError
from greendesk.importers.flows_import import import_flows
from greendesk.models import Flow
from greendesk.services.flows import AddFlows, DeleteFlows, EditFlow, edit_field, get_flows
from greendesk.services.materials import MaterialDraft, list_materials, update_material
from greendesk.services.periods_closed import (
    check_open,
    close_period,
    list_periods,
    normalise,
    reopen_period,
)
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")

MARCH = re.escape("March 2025 is closed; reopen it (with a reason) to change its records.")


def flow_in(db: Database, month: str) -> int:
    with db.read() as s:
        return s.scalar(select(func.min(Flow.id)).where(
            func.substr(Flow.flow_date, 1, 7) == month))  # type: ignore[return-value]


def count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Flow)) or 0)


def audit_rows(db: Database, action: str) -> list[dict]:
    with db.read() as s:
        return [dict(r._mapping) for r in s.connection().exec_driver_sql(
            "SELECT * FROM audit_entry WHERE action = ? ORDER BY id", (action,))]


@pytest.mark.parametrize("text, expected", [("2025-03", "2025-03"), (" 2025-3 ", "2025-03"),
                                            ("2025", "2025")])
def test_periods_are_months_or_years(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize("text", ["2025-13", "March", "2025-Q1", "25-03", ""])
def test_anything_else_is_refused_plainly(text: str) -> None:
    with pytest.raises(DomainError, match="is not a month or a year"):
        normalise(text)


def test_closing_and_reopening_are_audited(demo_db: Database) -> None:
    close_period(demo_db, "2025-03")
    with pytest.raises(DomainError, match="already closed"):
        close_period(demo_db, "2025-03")
    with pytest.raises(DomainError, match="Give a reason"):
        reopen_period(demo_db, "2025-03", "   ")
    reopen_period(demo_db, "2025-03", "Weighbridge readings corrected")
    close_period(demo_db, "2025-03")
    (closed, reopened, again) = [*audit_rows(demo_db, "period_close")[:1],
                                 *audit_rows(demo_db, "period_reopen"),
                                 *audit_rows(demo_db, "period_close")[1:]]
    assert closed["entity"] == "closed_period" and closed["before"] is None
    assert reopened["note"] == "Weighbridge readings corrected"
    assert json.loads(reopened["after"])["reopen_reason"] == "Weighbridge readings corrected"
    assert json.loads(again["after"])["reopened_at"] is None
    (row,) = list_periods(demo_db)
    assert (row.period, row.label, row.closed) == ("2025-03", "March 2025", True)
    assert verify(demo_db).ok


def test_records_in_a_closed_month_cannot_change(demo_db: Database) -> None:
    flow_id = flow_in(demo_db, "2025-03")
    row = get_flows(demo_db, [flow_id])[0]
    close_period(demo_db, "2025-03")
    n = count(demo_db)
    with pytest.raises(DomainError, match=MARCH):
        AddFlows([row.draft()]).apply(demo_db)
    with pytest.raises(DomainError, match=MARCH):
        EditFlow(flow_id, edit_field(row, qty_entered=1.0)).apply(demo_db)
    with pytest.raises(DomainError, match=MARCH):  # moving it out is a change too
        EditFlow(flow_id, edit_field(row, flow_date=date(2025, 4, 1))).apply(demo_db)
    with pytest.raises(DomainError, match=MARCH):  # and so is moving one in
        april = get_flows(demo_db, [flow_in(demo_db, "2025-04")])[0]
        EditFlow(april.id, edit_field(april, flow_date=date(2025, 3, 1))).apply(demo_db)
    with pytest.raises(DomainError, match=MARCH):
        DeleteFlows([flow_id]).apply(demo_db)
    assert count(demo_db) == n and get_flows(demo_db, [flow_id])[0] == row


def test_undo_into_a_closed_period_is_refused(demo_db: Database) -> None:
    flow_id = flow_in(demo_db, "2025-03")
    delete = DeleteFlows([flow_id])
    delete.apply(demo_db)
    close_period(demo_db, "2025-03")
    with pytest.raises(DomainError, match=MARCH):
        delete.revert(demo_db)
    reopen_period(demo_db, "2025-03", "to undo a deletion")
    delete.revert(demo_db)
    assert get_flows(demo_db, [flow_id])


def test_a_closed_year_closes_its_months(demo_db: Database) -> None:
    close_period(demo_db, "2025")
    row = get_flows(demo_db, [flow_in(demo_db, "2025-11")])[0]
    with pytest.raises(DomainError, match="^2025 is closed; reopen it"):
        EditFlow(row.id, edit_field(row, qty_entered=1.0)).apply(demo_db)
    with pytest.raises(DomainError, match="the whole year 2025 is closed"):
        close_period(demo_db, "2025-11")
    with pytest.raises(DomainError, match="reopen the year"):
        reopen_period(demo_db, "2025-11", "why not")
    row24 = get_flows(demo_db, [flow_in(demo_db, "2024-11")])[0]
    EditFlow(row24.id, edit_field(row24, qty_entered=1.0)).apply(demo_db)  # 2024 is open


def test_an_import_into_a_closed_period_writes_nothing(demo_db: Database,
                                                       tmp_path: Path) -> None:
    path = tmp_path / "flows.csv"
    path.write_text("Date,Site,From,To,Material,Quantity,Unit\n"
                    f"2025-04-02,{S_MINE},Open-pit mining,Run-of-mine ore stockpile,Copper ore,5,t\n"
                    f"2025-03-31,{S_MINE},Open-pit mining,Run-of-mine ore stockpile,Copper ore,5,t\n",
                    encoding="utf-8")
    close_period(demo_db, "2025-03")
    n, entries = count(demo_db), len(audit_rows(demo_db, "import"))
    with pytest.raises(DomainError, match=MARCH):
        import_flows(demo_db, path)
    assert count(demo_db) == n and len(audit_rows(demo_db, "import")) == entries


def test_a_property_change_cannot_recompute_closed_records(demo_db: Database) -> None:
    diesel = next(m for m in list_materials(demo_db) if m.name == "Diesel fuel")
    draft = MaterialDraft(**{k: v for k, v in asdict(diesel).items()
                             if k not in ("id", "version")} | {"density_t_per_m3": 0.85})
    close_period(demo_db, "2024")
    with pytest.raises(DomainError, match="^2024 is closed"):
        update_material(demo_db, diesel.id, draft)
    assert next(m for m in list_materials(demo_db) if m.name == "Diesel fuel") == diesel


def test_check_open_accepts_dates_and_iso_text(demo_db: Database) -> None:
    close_period(demo_db, "2025-03")
    with demo_db.read() as s:
        check_open(s, [date(2025, 4, 1), "2025-02-28"])
        with pytest.raises(DomainError, match=MARCH):
            check_open(s, ["2025-04-01", date(2025, 3, 15)])


def test_period_commands(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["period", "close", "2025-03", "--db", str(demo_path)]) == 0
    assert "March 2025 is closed" in capsys.readouterr().out
    assert main(["period", "reopen", "2025-03", "--db", str(demo_path), "--reason", ""]) == 2
    assert "Give a reason" in capsys.readouterr().err
    assert main(["period", "reopen", "2025-03", "--db", str(demo_path),
                 "--reason", "late invoice"]) == 0
    assert main(["period", "list", "--db", str(demo_path)]) == 0
    assert "late invoice" in capsys.readouterr().out


def test_stock_takings_and_readings_in_a_closed_month_are_refused(demo_db) -> None:  # type: ignore[no-untyped-def]
    """Not only flows: every model with a period column is frozen by a closed period."""
    from datetime import date

    from greendesk.errors import DomainError
    from greendesk.models.balances import StockTaking
    from greendesk.services import periods_closed

    periods_closed.close_period(demo_db, "2025-03")
    with demo_db.read() as s:
        count = s.query(StockTaking).count()
        sample = s.query(StockTaking).first()
    with pytest.raises(DomainError, match="March 2025|2025-03"), demo_db.write() as s:
        s.add(StockTaking(node_id=sample.node_id, material_id=sample.material_id,
                          taken_on=date(2025, 3, 31), qty_entered=1.0, unit_entered="t",
                          qty_canonical=1.0))
    with demo_db.read() as s:
        assert s.query(StockTaking).count() == count
