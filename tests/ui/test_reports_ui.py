"""Export a compliance pack from the window; cancel leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from greendesk.ui.bus import Bus
from greendesk.ui.reports_view import ReportsView


def _view(qtbot, db):  # type: ignore[no-untyped-def]
    v = ReportsView(Bus())
    qtbot.addWidget(v)
    v.set_database(db)
    v.show()
    return v


def test_export_a_pack_for_one_site(qtbot, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, demo_db)
    assert view.period.currentText() == "2025"
    for i in range(view.sites.count()):
        item = view.sites.item(i)
        if item.text() != "Nurken concentrator":
            item.setCheckState(Qt.CheckState.Unchecked)
    assert "for 1 site(s), 2025; 168 flow records" in view.preview.text()
    view.prepared_by.setText("A. Nurlanova")
    target = tmp_path / "pack.xlsx"
    with qtbot.waitSignal(view.exported, timeout=60_000) as blocker:
        view.export(target)
    assert blocker.args == ["written"]
    assert "Saved" in view.message_bar.text() and view.open_folder.isVisible()
    wb = load_workbook(target, read_only=True)
    assert wb.sheetnames[0] == "Cover" and "Ledger" in wb.sheetnames
    cover = [row[:2] for row in wb["Cover"].iter_rows(values_only=True) if row]
    assert ("Language", "English (en)") in cover  # the window's language, for verify


def test_cancel_leaves_no_file(qtbot, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, demo_db)
    target = tmp_path / "cancelled.xlsx"
    view.cancel()
    view._cancel.set()
    with qtbot.waitSignal(view.exported, timeout=60_000) as blocker:
        view.export(target)
        view.cancel()
    assert blocker.args == ["cancelled"]
    assert list(tmp_path.glob("*.xlsx*")) == [] and list(tmp_path.glob(".*partial")) == []


def test_unwritable_target_is_said_plainly(qtbot, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, demo_db)
    with qtbot.waitSignal(view.exported, timeout=60_000) as blocker:
        view.export(tmp_path / "missing-folder" / "r.xlsx")
    assert blocker.args == ["failed"]
    assert "does not exist" in view.message_bar.text()


def test_the_approver_goes_on_the_cover_and_is_offered_next_time(  # type: ignore[no-untyped-def]
        qtbot, demo_db, tmp_path: Path) -> None:
    view = _view(qtbot, demo_db)
    view.prepared_by.setText("A. Nurlanova")
    view.prepared_position.setText("Lead ecologist")
    view.approved_by.setText("S. Nurlanov")
    view.approved_position.setText("Chief engineer")
    target = tmp_path / "signed.xlsx"
    with qtbot.waitSignal(view.exported, timeout=60_000):
        view.export(target)
    rows = [row[:2] for row in load_workbook(target)["Cover"].iter_rows(values_only=True)
            if row and row[0]]
    i = rows.index(("Approved by", "S. Nurlanov"))
    assert rows[i + 1] == ("Position", "Chief engineer")
    assert ("Position", "Lead ecologist") in rows
    again = _view(qtbot, demo_db)
    assert (again.approved_by.text(), again.approved_position.text(),
            again.prepared_position.text()) == ("S. Nurlanov", "Chief engineer", "Lead ecologist")
