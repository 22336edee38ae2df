"""Numbers and dates in the window's language: "1 234,5" and 31.03.2025 in Russian and
Kazakh, "1,234.5" and 2025-03-31 in English; typed numbers read with either decimal mark
where that is unambiguous, and refused in one translated sentence where it is not, the
officer's text kept."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from greendesk.errors import DomainError
from greendesk.models import DatePrecision
from greendesk.ui import formatting
from greendesk.ui.kit.numbers import AmbiguousNumber, number_text
from greendesk.ui.kit.periods import date_edit
from tests.pseudo_locale import CLOSE, OPEN, Marker

NBSP = "\u00a0"


@pytest.fixture
def language() -> Iterator[Callable[[str], None]]:
    """Set the window's locale as make_app does for --lang (QLocale.setDefault)."""
    before = QLocale()

    def use(code: str) -> None:
        QLocale.setDefault(QLocale(code))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(("code", "number", "day", "month", "count"), [
    ("ru", f"1{NBSP}234,5", "31.03.2025", "03.2025", f"1{NBSP}560"),
    ("kk", f"1{NBSP}234,5", "31.03.2025", "03.2025", f"1{NBSP}560"),
    ("en", "1,234.5", "2025-03-31", "2025-03", "1,560"),
])
def test_numbers_and_dates_in_each_language(qapp, language, code: str, number: str, day: str,  # type: ignore[no-untyped-def]
                                            month: str, count: str) -> None:
    language(code)
    assert formatting.number(1234.5, decimals=1) == number
    assert formatting.quantity(1234.5, "t") == number + ("00 t" if code == "en" else "00 т")
    assert formatting.day(date(2025, 3, 31)) == day
    assert formatting.flow_date(date(2025, 3, 1), DatePrecision.MONTH) == month
    assert formatting.flow_date(date(2025, 3, 31), DatePrecision.DAY) == day
    assert formatting.count(1560) == count
    assert formatting.moment(datetime(2025, 3, 31, 8, 5, 9)) == f"{day} 08:05:09"
    edit = date_edit(date(2025, 3, 31))
    assert edit.text() == day


def test_chart_ticks_follow_the_language(qapp, language) -> None:  # type: ignore[no-untyped-def]
    from greendesk.ui.chart_axes import LocaleAxis, LocaleDateAxis

    language("ru")
    axis = LocaleAxis("left")
    assert axis.tickStrings([1.5, 2.0, 2.5], 1.0, 0.5) == ["1,5", "2,0", "2,5"]
    assert axis.tickStrings([2000.0, 4000.0], 1.0, 2000.0) == ["2000", "4000"]
    day = datetime(2025, 3, 31).timestamp()
    assert LocaleDateAxis().tickStrings([day], 1.0, 86400) == ["31.03.2025"]
    assert LocaleDateAxis().tickStrings([day], 1.0, 31 * 86400) == ["03.2025"]
    language("en")
    assert axis.tickStrings([1.5, 2.0, 2.5], 1.0, 0.5) == ["1.5", "2.0", "2.5"]


def test_a_year_on_a_narrow_chart_still_shows_its_months(qapp, language) -> None:  # type: ignore[no-untyped-def]
    # "03.2025" is twice pyqtgraph's "Mar": twelve of them did not fit a monitoring chart
    # 440 px wide, so pyqtgraph left the whole level out and the axis showed no date
    from greendesk.ui.chart_axes import LocaleDateAxis

    language("ru")
    from PySide6.QtGui import QFont, QFontMetrics

    axis = LocaleDateAxis()
    axis.fontMetrics = QFontMetrics(QFont())  # what painting sets before it asks for ticks
    start, end = datetime(2025, 1, 1).timestamp(), datetime(2025, 12, 31).timestamp()
    levels = dict(axis.tickValues(start, end, 440))
    months = levels[30 * 86400]
    assert 3 <= len(months) <= 6  # every third month
    width = axis.fontMetrics.boundingRect("03.2025").width()
    assert len(months) * (width + 10) < 440  # they fit, so they are drawn
    assert axis.tickStrings(months[:1], 1.0, 30 * 86400)[0].endswith(".2025")


@pytest.mark.parametrize("code", ["ru", "kk", "en"])
@pytest.mark.parametrize("typed", ["1234,5", "1234.5", "1 234,5", f"1{NBSP}234,5",
                                   "1\u202f234,5", "1 234.5", "1.234,5", "1,234.5"])
def test_either_decimal_mark_is_read_where_unambiguous(language, code: str, typed: str  # type: ignore[no-untyped-def]
                                                       ) -> None:
    language(code)
    assert number_text(typed, "density", "density") == 1234.5


@pytest.mark.parametrize("code", ["ru", "kk", "en"])
def test_a_number_that_reads_two_ways_is_refused_in_one_sentence(language, code: str  # type: ignore[no-untyped-def]
                                                                 ) -> None:
    language(code)
    with pytest.raises(AmbiguousNumber) as refused:
        number_text("1,234", "density", "density")
    text = str(refused.value)
    assert refused.value.field == "density"
    assert "1234" in text and "1.234" in text and "1,234" in text
    assert text.endswith(".") and not re.search(r"[.;:]\s+[A-Z]", text)  # one sentence
    assert number_text("1.234", "density", "density") == 1.234  # what it suggests reads
    assert number_text("1234", "density", "density") == 1234.0
    with pytest.raises(DomainError, match="not a number"):
        number_text("12,34,5", "density", "density")


def test_the_refusal_is_translated(qapp: QApplication) -> None:
    marker = Marker(qapp)
    qapp.installTranslator(marker)
    try:
        with pytest.raises(AmbiguousNumber) as refused:
            number_text("1,234", "density", "density")
    finally:
        qapp.removeTranslator(marker)
    assert str(refused.value).startswith(OPEN) and str(refused.value).endswith(CLOSE)


@pytest.mark.parametrize("code", ["ru", "kk", "en"])
@pytest.mark.parametrize("value", [1234.5, 1.234, 0.726, 12000.0, 1234.0])
def test_a_number_put_in_a_field_reads_back_unchanged(language, code: str, value: float  # type: ignore[no-untyped-def]
                                                      ) -> None:
    language(code)
    text = formatting.editable(value, 3)
    assert number_text(text, "x", "x") == value
    if code != "en" and value == 1234.5:
        assert text == "1234,5"


@pytest.fixture
def russian_window(qtbot, language, demo_path: Path):  # type: ignore[no-untyped-def]
    from greendesk.ui.main_window import MainWindow

    language("ru")  # before the window: its widgets read the locale as they are made
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    return win if win.open_path(demo_path) else pytest.fail("the demo did not open")


def test_the_ledger_shows_russian_dates_and_numbers(russian_window) -> None:  # type: ignore[no-untyped-def]
    russian_window.show_section("ledger")
    model = russian_window.ledger_view.model
    dates = [model.display(model.row_at(r), "date") for r in range(5)]
    quantities = [model.display(model.row_at(r), "quantity") for r in range(5)]
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4}|\d\d\.\d{4}", d) for d in dates), dates
    assert all("," in q and "." not in q for q in quantities), quantities


def test_a_form_keeps_the_typed_text_and_says_why(qtbot, russian_window) -> None:  # type: ignore[no-untyped-def]
    russian_window.show_section("materials")
    view = russian_window.materials_view
    view.select_material("Diesel fuel")
    view.act_edit.trigger()
    dlg = view.dialog
    shown = dlg.density.text()  # the stored density, in the window's format
    assert re.fullmatch(r"0,\d+", shown), shown
    dlg.density.setText("1,234")
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert view.dialog is dlg  # still open
    assert dlg.density.text() == "1,234"
    assert "1234" in dlg.error_label.text() and "1.234" in dlg.error_label.text()
    dlg.density.setText("0,86")
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert view.dialog is None


def test_a_ledger_cell_refuses_a_number_that_reads_two_ways(russian_window) -> None:  # type: ignore[no-untyped-def]
    russian_window.show_section("ledger")
    view = russian_window.ledger_view
    model = view.model
    column = next(i for i in range(model.columnCount()) if model.headerData(
        i, Qt.Orientation.Horizontal) == "Quantity")
    before = model.display(model.row_at(0), "quantity")
    assert not model.setData(model.index(0, column), "2,500")
    assert "2500" in view.message_bar.text() and "2.500" in view.message_bar.text()
    assert model.display(model.row_at(0), "quantity") == before
    assert model.setData(model.index(0, column), "2500,5")
    assert model.display(model.row_at(0), "quantity").startswith(f"2{NBSP}500,5")
