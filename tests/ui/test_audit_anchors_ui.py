"""The audit trail section's anchors: the heads its exports recorded and the workbooks or
heads the officer checks, each shown as holding or broken."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from greendesk import periods
from greendesk.reports.context import ReportContext
from greendesk.reports.registry import write_report
from greendesk.services.changes import Entity
from greendesk.ui.main_window import MainWindow


def rows(view) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    table = view.anchors.table
    return [tuple(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())]


def verified(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.status_kind in ("ok", "bad") and not view._busy)


def test_anchors_are_listed_checked_and_shown_broken(qtbot, demo_path: Path,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    result = write_report(["ledger"], ReportContext(win.db, periods.parse_period("2025-03")),
                          tmp_path / "auditor.xlsx")
    entry, digest = result.head
    win.show()
    win.show_section("audit")
    view = win.section("audit")
    verified(view, qtbot)
    assert view.status_kind == "ok"
    assert rows(view) == [(f"auditor.xlsx (export, entry #{result.export_entry})", str(entry),
                           digest[:12] + "…", "holds")]

    view.anchors.add_workbook(tmp_path / "auditor.xlsx")  # the auditor's copy, checked
    verified(view, qtbot)
    assert rows(view)[0] == ("auditor.xlsx", str(entry), digest[:12] + "…", "holds")

    view.anchors.enter_head()
    dlg = view.anchors.dialog
    dlg.head.setText("12:abc")
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dlg.error_label.isVisible() and "is not an audit trail head" in dlg.error_label.text()
    dlg.head.setText(f"{entry}:{'0' * 64}")
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    verified(view, qtbot)
    assert view.status_kind == "bad"
    assert ("(written down)", str(entry), "000000000000…", "broken") in rows(view)
    assert "no longer holds the head given by hand" in view.status.text()

    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    view.anchors.add_workbook(bad)
    assert view.anchors.error.isVisible() and "bad.xlsx" in view.anchors.error.text()

    con = sqlite3.connect(demo_path)  # the trail cut below the head the workbooks carry
    con.execute("DELETE FROM audit_entry WHERE id >= ?", (entry,))
    con.commit()
    con.close()
    view.act_verify.trigger()
    verified(view, qtbot)
    states = {r[0]: r[3] for r in rows(view)}
    assert states["auditor.xlsx"] == "broken"
    assert "the trail ends at entry" in view.anchors.table.item(0, 3).toolTip()


def test_an_export_from_the_window_says_its_head_and_refreshes_the_log(  # type: ignore[no-untyped-def]
        qtbot, demo_db, tmp_path: Path) -> None:
    from greendesk.store.audit_anchor import current_head
    from greendesk.ui.bus import Bus
    from greendesk.ui.reports_view import ReportsView

    bus = Bus()
    heard = []
    bus.changed.connect(heard.append)
    view = ReportsView(bus)
    qtbot.addWidget(view)
    view.set_database(demo_db)
    view.show()  # a section builds its widgets when first shown
    entry, digest = current_head(demo_db)
    with qtbot.waitSignal(view.exported, timeout=60_000):
        view.export(tmp_path / "pack.xlsx")
    assert f"Its cover carries the audit trail head {entry}:{digest}." in \
        view.message_bar.text()
    assert any(c.touches(Entity.AUDIT_ENTRY) for c in heard)
    assert current_head(demo_db)[0] > entry  # the export is an entry
