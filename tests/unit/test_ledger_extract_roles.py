"""The ledger extract shows each record's reconciliation role in the workbook's language,
and a fresh export still verifies; a role changed afterwards makes it stale."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select, update

from greendesk.models import Flow, ReconciliationRole
from greendesk.periods import month
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import write_report
from greendesk.reports.verify import verify_workbook
from greendesk.store.db import Database


def _export(db: Database, path: Path, language: str | None) -> dict[str, str]:
    """Export March 2025's ledger: column L (after Method) of the heading and first rows."""
    write_report(["ledger"], ReportContext(db, month(2025, 3), language=language), path)
    ws = load_workbook(path).worksheets[1]  # after the cover
    return {str(r): ws.cell(r, 12).value for r in range(3, 7)} | {"K3": ws["K3"].value}


def test_the_role_is_shown_and_the_export_verifies(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.write() as s:
        first, second = s.scalars(select(Flow.id).where(
            Flow.flow_date.between(date(2025, 3, 1), date(2025, 3, 31)))
            .order_by(Flow.flow_date, Flow.id).limit(2)).all()
        s.execute(update(Flow).where(Flow.id == first)
                  .values(reconciliation=ReconciliationRole.UNMEASURED))
        s.execute(update(Flow).where(Flow.id == second)
                  .values(reconciliation=ReconciliationRole.CONSTANT))
    path = tmp_path / "en.xlsx"
    shown = _export(demo_db, path, "en")
    assert (shown["K3"], shown["3"], shown["4"], shown["5"], shown["6"]) == (
        "Method", "Reconciliation", "Unmeasured", "Constant", "Measured")
    assert verify_workbook(path, demo_db).matches
    ru = tmp_path / "ru.xlsx"
    assert _export(demo_db, ru, "ru")["6"] == "Измерено"  # in the workbook's language
    assert verify_workbook(ru, demo_db).matches
    with demo_db.write() as s:  # the role is part of what the extract was made from
        s.execute(update(Flow).where(Flow.id == first)
                  .values(reconciliation=ReconciliationRole.MEASURED))
    assert not verify_workbook(path, demo_db).fingerprint_matches
