"""Drive the plant structure section as an officer would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from greendesk.models import NodeKind
from greendesk.ui.main_window import MainWindow


def _accept(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _names(view) -> list[str]:  # type: ignore[no-untyped-def]
    names = []
    stack = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        names.append(item.text(0))
        stack.extend(item.child(i) for i in range(item.childCount()))
    return names


def _set_up_enterprise(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.window().show_section("structure")  # a new database opens on the start page
    assert view.empty_button.isVisible()
    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
    dlg = view.dialog
    qtbot.keyClicks(dlg.name_edit, "Saryarka Copper JSC")
    qtbot.keyClicks(dlg.bin_edit, "050340000009")
    _accept(qtbot, dlg)
    assert view.dialog is None and view.tree.isVisible()


def test_add_site_and_process_survive_reopening(qtbot, window: MainWindow, db_path: Path
                                                ) -> None:  # type: ignore[no-untyped-def]
    view = window.structure_view
    _set_up_enterprise(qtbot, view)

    view.act_add_site.trigger()
    dlg = view.dialog
    qtbot.keyClicks(dlg.name_edit, "Nurken open pit")
    _accept(qtbot, dlg)
    assert view.selected_ref()[0] == "site"

    view.act_add_node.trigger()
    dlg = view.dialog
    qtbot.keyClicks(dlg.name_edit, "Open-pit mining")
    assert dlg.kind_combo.currentData() == NodeKind.PROCESS
    _accept(qtbot, dlg)
    assert "Open-pit mining" in _names(view)
    window.close()

    reopened = MainWindow()
    qtbot.addWidget(reopened)
    assert reopened.open_path(db_path)
    assert _names(reopened.structure_view) == [
        "Saryarka Copper JSC", "Nurken open pit", "Open-pit mining"]
    assert str(db_path) in reopened.db_label.text()


def test_form_errors_stay_in_the_form(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.structure_view
    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
    dlg = view.dialog
    qtbot.keyClicks(dlg.name_edit, "Saryarka Copper JSC")
    qtbot.keyClicks(dlg.bin_edit, "050340000008")  # wrong control digit
    _accept(qtbot, dlg)
    assert view.dialog is dlg and dlg.isVisible()
    assert "control digit" in dlg.error_label.text()
    assert view.plant is not None and view.plant.enterprise_id is None  # nothing saved
    dlg.bin_edit.clear()
    qtbot.keyClicks(dlg.bin_edit, "050340000009")
    _accept(qtbot, dlg)
    assert view.plant.enterprise_name == "Saryarka Copper JSC"


def test_deleting_a_node_with_flows_is_refused_with_a_sentence(
        qtbot, tmp_path: Path, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    view = win.structure_view
    node = next(n for s in view.plant.sites for n in s.nodes if n.name == "Crushing")
    view.select_ref(("node", node.id))
    view.act_delete.trigger()
    box = view.pending_confirmation
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert "cannot be deleted" in view.message_bar.text()
    assert "flow records refer to it" in view.message_bar.text()
    assert "Crushing" in _names(view)


def test_rename_and_delete_an_unused_node(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.structure_view
    _set_up_enterprise(qtbot, view)
    view.act_add_site.trigger()
    qtbot.keyClicks(view.dialog.name_edit, "Mill")
    _accept(qtbot, view.dialog)
    view.act_add_node.trigger()
    qtbot.keyClicks(view.dialog.name_edit, "Crusher")
    _accept(qtbot, view.dialog)
    view.act_edit.trigger()
    view.dialog.name_edit.selectAll()
    qtbot.keyClicks(view.dialog.name_edit, "Primary crusher")
    _accept(qtbot, view.dialog)
    assert "Primary crusher" in _names(view)
    view.act_delete.trigger()
    qtbot.mouseClick(view.pending_confirmation.button(QMessageBox.StandardButton.Yes),
                     Qt.MouseButton.LeftButton)
    assert "Primary crusher" not in _names(view)
    assert "deleted" in view.message_bar.text()


def test_choices_persist(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from greendesk.ui import settings as app_settings

    win = MainWindow()
    qtbot.addWidget(win)
    win.open_path(db_path)
    win.show()
    qtbot.waitExposed(win)
    win.resize(780, 595)  # the offscreen screen is 800 × 600; above the window's minimum
    qtbot.wait(10)
    size = (win.width(), win.height())
    win.show_section("ledger")
    win.close()
    assert app_settings.last_database() == db_path.resolve()
    assert str(db_path.resolve()) in app_settings.recent_databases()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.height() == size[1]  # the width is clamped to the 800 px offscreen screen
    assert again.stack.currentWidget() is again.ledger_view


def test_refused_file_keeps_the_open_database(qtbot, window: MainWindow, tmp_path: Path
                                              ) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 10)
    current = window.db
    assert not window.open_path(junk)
    assert window.db is current
    assert "not a GreenDesk database" in window.banner.text()


def test_two_windows_do_not_overwrite_each_other(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = MainWindow(), MainWindow()
    for w in (first, second):
        qtbot.addWidget(w)
        assert w.open_path(demo_path)
    node = next(n for s in first.structure_view.plant.sites for n in s.nodes
                if n.name == "Crushing")
    for w, new_name in ((first, "Primary crushing"), (second, "Crushing plant")):
        view = w.structure_view
        view.select_ref(("node", node.id))
        view.act_edit.trigger()
        view.dialog.name_edit.setText(new_name)
        _accept(qtbot, view.dialog)
    assert second.structure_view.dialog is not None  # refused: the form stays open
    assert "changed elsewhere" in second.structure_view.dialog.error_label.text()
    second.structure_view.dialog.reject()
    second.structure_view.refresh()
    assert "Primary crushing" in _names(second.structure_view)
