"""The audit trail section and the backup actions, driven as an officer would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from greendesk import settings
from greendesk.services import structure
from greendesk.services.changes import Changes, Entity
from greendesk.store import backup
from greendesk.ui.backup_actions import install_backup_actions
from greendesk.ui.main_window import MainWindow


def click_ok(qtbot, dlg) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def open_window(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    install_backup_actions(win)
    assert win.open_path(path)
    win.show()
    qtbot.waitExposed(win)
    return win


def audit_view(win: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    win.show_section("audit")
    view = win.section("audit")
    qtbot.waitUntil(lambda: view.status_kind not in ("busy", "idle"))  # verified on showing
    return view


def test_the_log_lists_filters_and_explains_entries(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, demo_path)
    plant = structure.get_plant(win.db)
    site = plant.sites[0]
    structure.update_site(win.db, site.id, structure.SiteDraft("Nurken pit", site.region,
                                                               site.kind))
    view = audit_view(win, qtbot)
    view.refresh()
    first = view.model.rows[0]
    assert (first.action, first.record) == ("update", f"site #{site.id}")
    view.table.selectRow(0)
    fields = {view.changes.item(r, 0).text(): (view.changes.item(r, 1).text(),
                                               view.changes.item(r, 2).text())
              for r in range(view.changes.rowCount())}
    assert fields["name"] == (site.name, "Nurken pit")
    assert "Changed site #" in view.detail_title.text()

    view.entity.setCurrentIndex(view.entity.findData("flow"))
    assert {r.entity for r in view.model.rows} == {"flow"}
    view.entity.setCurrentIndex(0)
    view.action.setCurrentIndex(view.action.findData("insert"))
    assert {r.action for r in view.model.rows} == {"insert"}
    view.action.setCurrentIndex(0)
    qtbot.keyClicks(view.search, "monthly flows")
    assert [r.action for r in view.model.rows] == ["import"]
    view.table.selectRow(0)
    assert "flow records" in view.summary.text()


def test_verify_shows_intact_then_names_the_tampering(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, demo_path)
    view = audit_view(win, qtbot)  # verified when first shown
    assert view.status_kind == "ok" and "intact" in view.status.text()
    con = sqlite3.connect(demo_path)
    con.execute("UPDATE audit_entry SET note = 'edited' WHERE id = 5")
    con.commit()
    con.close()
    view.act_verify.trigger()
    qtbot.waitUntil(lambda: view.status_kind == "bad")
    assert "broken at entry #5 " in view.status.text()
    assert view.problems.isVisible() and view.problems.count() >= 1


def test_closing_and_reopening_a_period(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, demo_path)
    view = audit_view(win, qtbot)
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    dlg = view.dialog
    qtbot.keyClicks(dlg.period, "2025-03")
    click_ok(qtbot, dlg)
    assert view.dialog is None
    assert view.periods.item(0, 0).text() == "March 2025"
    assert view.periods.item(0, 1).text() == "closed"
    assert "March 2025 is closed" in view.message_bar.text()

    view.periods.selectRow(0)
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    dlg = view.dialog
    click_ok(qtbot, dlg)  # no reason: refused in the dialog
    assert view.dialog is dlg and "Give a reason" in dlg.error_label.text()
    qtbot.keyClicks(dlg.reason, "Late invoice for March")
    click_ok(qtbot, dlg)
    assert view.periods.item(0, 1).text() == "reopened"
    assert "Late invoice for March" in view.periods.item(0, 3).text()
    assert view.model.rows[0].action == "period_reopen"


def test_the_officer_name_is_recorded(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, demo_path)
    view = audit_view(win, qtbot)
    qtbot.mouseClick(view.officer_button, Qt.MouseButton.LeftButton)
    dlg = view.dialog
    dlg.name.clear()
    qtbot.keyClicks(dlg.name, "Aigerim Bekova")
    click_ok(qtbot, dlg)
    assert view.officer_label.text() == "Officer: Aigerim Bekova"
    assert settings.officer_name() == "Aigerim Bekova"
    site = structure.get_plant(win.db).sites[0]
    structure.update_site(win.db, site.id, structure.SiteDraft("Renamed", site.region,
                                                               site.kind))
    win.bus.announce(Changes.of(Entity.SITE))
    assert view.model.rows[0].officer == "Aigerim Bekova"


def test_back_up_now_and_restore_from_the_file_menu(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, demo_path)
    actions = win.backup_actions
    file_menu = win.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Back up now" in texts and "&Restore from backup…" in texts
    actions.act_backup.trigger()
    assert "Backed up to" in win.banner.text()
    made = backup.list_backups(demo_path)[0]
    assert made.label == "manual"

    site = structure.get_plant(win.db).sites[0]
    structure.update_site(win.db, site.id, structure.SiteDraft("After the backup",
                                                               site.region, site.kind))
    actions.act_restore.trigger()
    dlg = actions.dialog
    assert dlg.list.count() >= 2  # the automatic one on opening, and ours
    dlg.list.setCurrentRow(0)
    click_ok(qtbot, dlg)
    assert actions.dialog is None
    assert "Restored demo.sqlite" in win.banner.text()
    assert structure.get_plant(win.db).sites[0].name == site.name
    assert win.db is not None and not win.db.read_only


def test_a_damaged_database_offers_the_newest_good_backup(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    backup.back_up(demo_path, "manual")
    data = bytearray(demo_path.read_bytes())
    data[100:100 + 4096] = b"\xff" * 4096  # the schema page is gone
    demo_path.write_bytes(bytes(data))
    win = MainWindow()
    qtbot.addWidget(win)
    actions = install_backup_actions(win)
    win.show()
    assert not win.open_path(demo_path)
    assert actions.offer.isVisible()
    assert "The newest good backup is from" in actions.offer.label.text()
    qtbot.mouseClick(actions.offer.button, Qt.MouseButton.LeftButton)
    assert win.db is not None and win.db.path == demo_path.resolve()
    assert "Restored demo.sqlite" in win.banner.text()
    assert not actions.offer.isVisible()
