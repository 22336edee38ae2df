"""The Reports section exports a quarter: picked as the officer picks it, titled for it."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from greendesk.ui.bus import Bus
from greendesk.ui.reports_view import ReportsView


def test_a_quarter_picked_in_the_reports_section_titles_the_workbook(  # type: ignore[no-untyped-def]
        qtbot, demo_db, tmp_path: Path) -> None:
    view = ReportsView(Bus())
    qtbot.addWidget(view)
    view.set_database(demo_db)
    view.show()
    kinds = [view.period_kind.itemData(i) for i in range(view.period_kind.count())]
    assert {"year", "quarter", "month"} <= set(kinds)
    view.picker.select("quarter", "2025-Q1")
    assert "Q1 2025" in view.preview.text()
    target = tmp_path / "q1.xlsx"
    with qtbot.waitSignal(view.exported, timeout=60_000) as blocker:
        view.export(target)
    assert blocker.args == ["written"]
    wb = load_workbook(target, read_only=True)
    cover = {r[0]: r[1] if len(r) > 1 else None
             for r in wb["Cover"].iter_rows(values_only=True) if r and r[0]}
    assert next(iter(cover)) == "Environmental compliance report for Q1 2025"
    assert cover["Period"] == "Q1 2025 (quarter, 2025-01-01 – 2025-03-31)"
    first = next(wb["Waste inventory"].iter_rows(max_row=1, values_only=True))
    assert first[0] == "Waste report for Q1 2025"
