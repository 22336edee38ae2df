"""The kit pieces that let the window fit a laptop: wrapping rows, elided labels, combos that
keep whole names, the wrapping sidebar."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from greendesk.ui.kit.combos import fill_combo, narrow, whole_names
from greendesk.ui.kit.flow import flow_row, labelled
from greendesk.ui.kit.text import ElidedLabel

LONG = "Обогатительная фабрика «Нуркен»"


def _buttons(n: int) -> list[QPushButton]:
    return [QPushButton(f"Button number {i}") for i in range(n)]


def test_a_flow_row_wraps_instead_of_widening(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    buttons = _buttons(6)
    flow = flow_row(*buttons, parent=host)
    one_line = flow.sizeHint()
    widest = max(b.sizeHint().width() for b in buttons)
    assert flow.minimumSize().width() == widest  # not the sum: it may wrap
    assert flow.heightForWidth(one_line.width()) == one_line.height()
    narrow_width = widest * 2 + 20
    assert flow.heightForWidth(narrow_width) >= 3 * one_line.height()
    host.resize(narrow_width, flow.heightForWidth(narrow_width))
    host.show()
    qtbot.waitExposed(host)
    rows = {b.y() for b in buttons}
    assert len(rows) == 3
    for b in buttons:  # each keeps its preferred width, within the row
        assert b.width() == b.sizeHint().width()
        assert b.geometry().right() < narrow_width


def test_hidden_items_take_no_room(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    a, b = _buttons(2)
    flow = flow_row(a, b, parent=host)
    before = flow.sizeHint().width()
    b.hide()
    assert flow.sizeHint().width() == a.sizeHint().width() < before


def test_labelled_keeps_a_caption_beside_its_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = QComboBox()
    box = labelled("Site", field)
    qtbot.addWidget(box)
    caption = box.findChild(QLabel)
    assert caption.text() == "Site" and caption.buddy() is field
    assert field.parent() is box


def test_an_elided_label_shrinks_but_keeps_its_whole_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = "Database: /home/officer/.local/share/GreenDesk/plants/Nurken concentrator.sqlite"
    label = ElidedLabel(text, mode=Qt.TextElideMode.ElideMiddle)
    qtbot.addWidget(label)
    full = label.fontMetrics().horizontalAdvance(text)
    assert label.minimumSizeHint().width() < full / 3
    assert label.sizeHint().width() >= full
    label.resize(200, label.sizeHint().height())
    label.show()
    qtbot.waitExposed(label)
    assert label.is_elided()
    assert label.text() == text and label.toolTip() == text
    label.setText("short")
    assert label.toolTip() == "short" and not label.is_elided()


def test_a_whole_names_combo_is_never_squeezed_below_its_longest_entry(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The Balances site picker showed "Nurken c": a row too wide for the window squeezed the
    combo to its minimum, which Qt keeps small whatever the entries."""
    host = QWidget()
    qtbot.addWidget(host)
    row = QHBoxLayout(host)
    site = whole_names(QComboBox())
    row.addWidget(site)
    row.addWidget(QPushButton("x" * 200))  # something wide beside it
    host.show()  # measured while empty, as a section is built before it loads
    qtbot.waitExposed(host)
    fill_combo(site, [("Карьер «Нуркен»", 1), (LONG, 2)])
    site.setCurrentIndex(1)
    host.resize(host.minimumSizeHint())  # the narrowest the window can be made
    qtbot.waitUntil(lambda: host.width() == host.minimumSizeHint().width())
    text_width = site.fontMetrics().boundingRect(LONG).width()
    assert site.width() >= text_width
    assert site.minimumWidth() == site.sizeHint().width()


def test_a_whole_names_combo_gives_way_only_past_its_cap(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = whole_names(QComboBox(), cap_chars=10)
    qtbot.addWidget(box)
    fill_combo(box, [(LONG * 3, 1)])
    assert box.minimumWidth() == box.fontMetrics().horizontalAdvance("x") * 10
    assert box.sizeHint().width() > box.minimumWidth()
    assert box.view().minimumWidth() >= box.fontMetrics().horizontalAdvance(LONG * 3)


def test_a_narrow_combo_shows_long_names_in_its_list_and_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = narrow(QComboBox(), chars=8)
    qtbot.addWidget(box)
    fill_combo(box, [("short", 1), (LONG, 2)])  # signals blocked, as the sections fill
    assert box.toolTip() == "short"  # chosen silently, the tip still follows
    box.setCurrentIndex(1)
    assert box.minimumSizeHint().width() < box.fontMetrics().horizontalAdvance(LONG)
    assert box.view().minimumWidth() >= box.fontMetrics().horizontalAdvance(LONG)
    box.show()
    qtbot.waitExposed(box)
    assert box.toolTip() == LONG


def test_long_sidebar_titles_wrap_instead_of_widening_the_window(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from greendesk.ui.app import install_translators
    from greendesk.ui.main_window import SIDEBAR_WIDTH, MainWindow

    installed = install_translators(qapp, QLocale("ru"))
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        sidebar = win.sidebar
        assert sidebar.width() <= SIDEBAR_WIDTH[1]
        rows = [sidebar.visualItemRect(sidebar.item(i)) for i in range(sidebar.count())]
        titles = [sidebar.item(i).text() for i in range(sidebar.count())]
        longest = max(range(len(titles)), key=lambda i: len(titles[i]))
        assert titles[longest] == "Техногенные минеральные образования"
        line = sidebar.fontMetrics().height()
        assert rows[longest].height() >= 2 * line  # two lines, not one cut line
        assert sidebar.fontMetrics().horizontalAdvance(titles[longest]) > sidebar.width() - 60
        # and the item below starts below it: nothing overlaps
        assert rows[longest + 1].top() >= rows[longest].bottom()
        assert sidebar.indexAt(QPoint(10, rows[longest].bottom() - 2)).row() == longest
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
