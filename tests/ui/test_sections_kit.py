"""Every section stands on the Section base and builds its widgets once, when first shown;
the kit's table builder and period picker behave as the sections relied on."""

from __future__ import annotations

import importlib
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView

from greendesk.ui.bus import Bus
from greendesk.ui.kit.periods import PeriodPicker
from greendesk.ui.kit.tables import fill_rows, read_only_table
from greendesk.ui.section import Section
from greendesk.ui.sections import SECTIONS


def _class(module: str, name: str) -> type:
    return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize(("key", "module", "name"), [(s[0], s[3], s[4]) for s in SECTIONS])
def test_every_section_is_a_section_built_once_on_first_show(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, demo_db, key: str, module: str, name: str) -> None:
    cls = _class(module, name)
    assert issubclass(cls, Section), key
    builds: list[str] = []
    original = cls.build

    def counting(self) -> None:  # type: ignore[no-untyped-def]
        builds.append(key)
        original(self)
    monkeypatch.setattr(cls, "build", counting)
    view = cls(Bus(), QUndoStack())
    qtbot.addWidget(view)
    view.set_database(demo_db)
    assert not view.built and builds == []  # constructed and given a database: nothing built
    assert view.findChildren(QAbstractItemView) == []
    view.show()
    assert view.built and builds == [key]
    assert view.message_bar.parent() is view
    view.hide()
    view.show()
    view.set_database(demo_db)
    assert builds == [key]  # built once
    if hasattr(view, "wait_for_background"):
        view.wait_for_background()


def test_the_window_makes_only_the_section_it_shows(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    from greendesk.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(demo_path)
    win.show()
    win.show_section("materials")
    assert set(win.sections) <= {"structure", "materials"}  # the last one shown, and this
    assert all(s.built for s in win.sections.values())
    assert win.section("materials").rows  # given the database when it was made


def test_a_hidden_lazy_section_reloads_when_shown_not_before(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from greendesk.services.changes import Changes, Entity
    from greendesk.ui.balance_view import BalanceView

    bus = Bus()
    view = BalanceView(bus)
    qtbot.addWidget(view)
    view.set_database(demo_db)
    view.show()
    loads: list[int] = []
    original = view.load
    view.load = lambda: (loads.append(1), original())[1]  # type: ignore[method-assign]
    view.hide()
    bus.announce(Changes.of(Entity.FLOW))
    bus.announce(Changes.of(Entity.WASTE_BASIS))  # not watched
    assert loads == []
    view.show()
    assert loads == [1]


def test_read_only_table_builds_and_fills(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    table = read_only_table(None, ["Name", "Tonnes"], single=True, wrap=False)
    qtbot.addWidget(table)
    assert table.columnCount() == 2 and table.horizontalHeaderItem(1).text() == "Tonnes"
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert not table.wordWrap() and table.verticalHeader().isHidden()
    red = QColor("#a12626")
    fill_rows(table, [["Tailings", "1 200"], ["Slag", "35"]], right={1}, red={1}, colour=red)
    assert table.rowCount() == 2 and table.item(1, 0).text() == "Slag"
    assert table.item(0, 1).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert not table.item(0, 0).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert table.item(1, 0).foreground().color() == red
    assert table.item(0, 0).foreground().color() != red
    fill_rows(table, [])
    assert table.rowCount() == 0


def test_period_picker_lists_keeps_and_reports_the_choice(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = PeriodPicker([("All", "all"), ("Year", "year"), ("Quarter", "quarter"),
                           ("From – to", "custom")])
    qtbot.addWidget(picker)
    picker.show()
    heard: list[int] = []
    picker.changed.connect(lambda: heard.append(1))
    picker.set_range(date(2023, 5, 1), date(2025, 3, 31))
    assert heard == []  # filling is silent
    assert picker.current() is None and picker.bounds() == (None, None)  # "all"
    assert picker.period.isHidden() and picker.date_from.isHidden()
    picker.select("year", "2024")
    assert heard and picker.current().label == "2024"  # type: ignore[union-attr]
    assert [picker.period.itemText(i) for i in range(picker.period.count())] == \
        ["2025", "2024", "2023"]
    assert picker.bounds() == (date(2024, 1, 1), date(2024, 12, 31))
    picker.set_range(date(2022, 1, 1), date(2025, 6, 30))  # a wider range keeps the choice
    assert picker.current().label == "2024"  # type: ignore[union-attr]
    with pytest.raises(ValueError):
        picker.select("year", "1999")
    picker.select("custom")
    assert picker.date_from.isVisible() and picker.period.isHidden()
    assert picker.bounds() == (date(2022, 1, 1), date(2025, 6, 30))
    picker.date_to.setDate(picker.date_from.date().addDays(-1))
    assert picker.current() is None  # ends before it starts


def test_period_picker_can_start_on_the_last_complete_year(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = PeriodPicker([("Year", "year"), ("Month", "month")], complete_year=True)
    qtbot.addWidget(picker)
    picker.set_range(date(2023, 1, 1), date(2025, 3, 31), keep=False)
    assert picker.period.currentText() == "2024"
    picker.set_range(date(2023, 1, 1), date(2024, 12, 31), keep=False)
    assert picker.period.currentText() == "2024"  # the last year is complete
    picker.set_range(None, None)
    assert picker.period.count() == 0 and picker.current() is None
