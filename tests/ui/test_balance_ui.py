"""The balance section on the demo plant: figures match the service, charts, Sankey, reconcile."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from greendesk import periods
from greendesk.services import balances as bal
from greendesk.ui import formatting
from greendesk.ui.main_window import MainWindow

SITE = "Nurken concentrator"


def _open(qtbot, demo_path: Path):  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.resize(1250, 760)
    win.show()
    win.show_section("balances")
    view = win.section("balances")
    view.select(site=SITE, period=("year", "2025"))
    return win, view


def _row(table, label: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text().strip() == label)


def test_total_mass_matches_the_service_and_the_threshold_highlights(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    win, view = _open(qtbot, demo_path)
    site_id = view.site.currentData()
    want = bal.balance(win.db, periods.year(2025), site_id=site_id).total
    table = view.table
    row = _row(table, "Unaccounted, total mass")
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert table.item(row, headers.index("Quantity")).text() == formatting.number(
        want.unaccounted, "t")
    assert table.item(row, headers.index("% of receipts")).text() == formatting.number(
        want.unaccounted_share * 100, None, 2)
    labels = [table.item(r, 0).text().strip() for r in range(table.rowCount())]
    assert labels[0] == "Receipts" and "Expenditures" in labels
    assert any(text.startswith("Accounted loss (handling): ") for text in labels)  # dusting

    view.threshold.setValue(0.1)  # 0.56 % of inputs is unaccounted: above 0.1 %
    assert row in view.alert_rows and "above the threshold" in view.summary.text()
    view.threshold.setValue(5.0)
    assert row not in view.alert_rows
    from greendesk.ui.settings import settings

    assert float(settings().value("balances/unaccounted_threshold_pct")) == 5.0

    view.select(node="Grinding and flotation")
    node = bal.balance(win.db, periods.year(2025), node_id=view.node.currentData())
    assert view.scope.scope_name == "Grinding and flotation"
    energy = _row(view.energy_table, "Total energy")
    assert view.energy_table.item(energy, 3).text() == formatting.number(node.energy_use_gj, "GJ")
    metal = view.metal_table.item(0, 6).text()
    assert metal == formatting.number(node.metal[0].recovery * 100, None, 2)
    assert view.indicator_table.rowCount() == 5  # metallurgy: Cu and S (the demo's S grades)
    assert "ε_b" in view.indicator_table.item(1, 4).text()


def test_a_process_node_reads_as_receipts_and_expenditures(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    _win, view = _open(qtbot, demo_path)
    view.select(node="Grinding and flotation")
    table = view.table
    labels = [table.item(r, 0).text().strip() for r in range(table.rowCount())]
    receipts, spent = labels.index("Receipts"), labels.index("Expenditures")
    assert "Copper ore" in labels[receipts:spent]
    assert {"Copper concentrate", "Flotation tailings"} <= set(labels[spent:])
    # ore becomes concentrate and tailings: no "ore unaccounted" line, only the total's
    assert not any(text.startswith("Unaccounted: ") for text in labels)
    assert "Unaccounted, total mass" in labels
    view.select(node="Crushing")  # ore in, ore out: it passes through unchanged
    labels = [table.item(r, 0).text().strip() for r in range(table.rowCount())]
    assert "Unaccounted: Copper ore" in labels


def test_charts_and_sankey_render_and_export(qtbot, demo_path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _win, view = _open(qtbot, demo_path)
    view.tabs.setCurrentWidget(view.charts_tab)
    assert view.charts is not None and len(view.charts.points) == 12
    view.charts.rate.show_month(2)
    assert view.charts.rate.hover.text().startswith("2025-03:")
    written = view.export_charts(tmp_path / "balance.png")
    assert [p.name for p in written] == ["balance-losses.png", "balance-loss-rate.png",
                                         "balance-intensity.png"]
    assert all(p.stat().st_size > 1000 for p in written)

    view.tabs.setCurrentWidget(view.sankey_tab)
    scene = view.sankey.sankey
    assert len(scene.node_items) >= 8
    kinds = {item.data(0) for item in scene.link_items}
    assert kinds == {"flow", "waste", "loss"}
    png = view.sankey.export_png(tmp_path / "sankey.png")
    svg = view.sankey.export_svg(tmp_path / "sankey.svg")
    assert png.stat().st_size > 1000
    assert "<svg" in svg.read_text(encoding="utf-8")
    view.sankey_mode.setCurrentIndex(1)  # energy
    assert view.sankey.sankey.data.unit == "GJ" and view.sankey.sankey.link_items


def test_reconcile_button_shows_the_table_and_the_global_test(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    _win, view = _open(qtbot, demo_path)
    view.select(period=("month", "2025-03"))
    qtbot.mouseClick(view.reconcile_button, Qt.MouseButton.LeftButton)
    assert view.reconcile_table.rowCount() == len(view.reconciliation.result.variables) > 5
    # The components' grades follow the tonnages, each in its assays' unit.
    units = [view.reconcile_table.item(r, 1).text() for r in range(view.reconcile_table.rowCount())]
    assert "t" in units and "%" in units and units.index("%") > units.index("t")
    assert "χ²" in view.chi2_label.text() and "degrees of freedom" in view.chi2_label.text()
    view.uncertainty[next(iter(view.uncertainty))].setValue(3.0)
    qtbot.mouseClick(view.save_uncertainty, Qt.MouseButton.LeftButton)
    assert "saved" in view.message_bar.text()


def test_pyqtgraph_is_not_imported_until_the_charts_are_shown(demo_path) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from greendesk.ui.main_window import MainWindow\n"
        "w = MainWindow(); w.show()\n"
        f"w.open_path(__import__('pathlib').Path({str(demo_path)!r}))\n"
        "w.show_section('balances'); app.processEvents()\n"
        "print('pyqtgraph' in sys.modules)\n"
        "w.section('balances').tabs.setCurrentIndex(3); app.processEvents()\n"
        "print('pyqtgraph' in sys.modules)\n"
        "import os; sys.stdout.flush(); os._exit(0)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
                         timeout=120)
    assert out.stdout.split() == ["False", "True"], out.stderr


def test_record_a_stock_taking_and_undo_it(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    win, view = _open(qtbot, demo_path)
    view.select(node="Concentrate warehouse", period=("month", "2025-12"))
    before = view.scope.total.stock_change
    qtbot.mouseClick(view.count_button, Qt.MouseButton.LeftButton)
    dlg = view.dialog
    assert dlg.node.currentText() == "Concentrate warehouse"
    dlg.material.setCurrentIndex(dlg.material.findText("Copper concentrate"))
    from PySide6.QtCore import QDate

    dlg.day.setDate(QDate(2025, 12, 31))  # the demo already counted that day: refused
    dlg.quantity.setValue(5000.0)
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert view.dialog is dlg and "already has a count" in dlg.error_label.text()
    dlg.day.setDate(QDate(2026, 1, 31))
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert view.dialog is None
    rows = bal.list_stock_takings(win.db, view.node.currentData())
    assert rows[-1].taken_on.isoformat() == "2026-01-31" and rows[-1].qty_canonical == 5000.0
    assert view.scope.total.stock_change == before  # a January count: December unchanged
    win.undo_stack.undo()
    assert bal.list_stock_takings(win.db, view.node.currentData())[-1].taken_on.year == 2025


def test_metal_tab_shows_technological_against_commercial(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    win, view = _open(qtbot, demo_path)
    view.select(node="Grinding and flotation")
    cu = bal.balance(win.db, periods.year(2025), node_id=view.node.currentData()).metal[0]
    t = view.metal_table
    headers = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]

    def cell(name: str) -> str:
        return t.item(0, headers.index(name)).text()

    assert cell("Technological recovery, %") == formatting.number(
        cu.technological_recovery * 100, None, 2)
    assert cell("Recovery, %") == formatting.number(cu.commercial_recovery * 100, None, 2)
    assert cell("Metal unaccounted, t") == formatting.number(cu.metal_unaccounted, "t")
    assert cell("Yield, %") == formatting.number(cu.yield_ * 100, None, 2)
    assert cell("Ratio of concentration") == formatting.number(cu.concentration_ratio, None, 2)
    assert cell("Enrichment ratio") == formatting.number(cu.enrichment_ratio, None, 2)
    gap = abs(cu.technological_recovery - cu.commercial_recovery) * 100  # ≈ 0.6 points
    col = headers.index("Technological recovery, %")
    view.threshold.setValue(gap / 2)
    look = cu.where_to_look(gap / 200)  # weighing: the mass too is off by more than that
    assert look is not None and "weighing" in look
    assert t.item(0, col).font().bold() and look in view.metal_formula.text()
    view.threshold.setValue(gap * 2)
    assert not t.item(0, col).font().bold() and look not in view.metal_formula.text()


def test_the_line_column_takes_the_spare_width_not_the_share(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QHeaderView

    _win, view = _open(qtbot, demo_path)
    view.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    header = view.table.horizontalHeader()
    last = view.table.columnCount() - 1
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(last) == QHeaderView.ResizeMode.ResizeToContents
    assert not header.stretchLastSection()
    # the names are wider than the share, and the share's header is shown whole
    assert header.sectionSize(0) > header.sectionSize(last)
    share = view.table.horizontalHeaderItem(last).text()
    assert header.sectionSize(last) >= view.table.fontMetrics().horizontalAdvance(share)


def test_the_charts_months_are_written_as_the_language_writes_them(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("ru"))  # the window's locale, as make_app sets it for --lang
    try:
        _win, view = _open(qtbot, demo_path)
        view.tabs.setCurrentWidget(view.charts_tab)
        assert view.charts.rate.labels[0] == "01.2025"  # not the period's ISO "2025-01"
        view.charts.rate.show_month(2)
        assert view.charts.rate.hover.text().startswith("03.2025:")
    finally:
        QLocale.setDefault(before)
