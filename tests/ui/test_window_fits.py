"""The window fits a laptop: every section, in English, Russian and Kazakh, works in a
1280×720 window (a 1366×768 screen, or 1920×1080 at 150 %) with no caption or button cut.

Each language opens the demo plant written in that language, shows every section and every
tab in turn at 1280×720, and checks the window's minimum size and every visible label,
button and combo: its text fits, or it wraps and has the height for it, or it is elided with
the whole text in its tooltip (a combo's list then opens as wide as its longest entry).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabWidget,
    QWidget,
)

from greendesk.ui.app import install_translators
from greendesk.ui.kit.text import ElidedLabel
from greendesk.ui.sections import SECTIONS

LAPTOP = QSize(1280, 720)


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The UI in `request.param`, as make_app sets it for --lang (catalogues and formats)."""
    code = request.param
    before = QLocale()
    QLocale.setDefault(QLocale(code))
    installed = install_translators(qapp, QLocale(code)) if code != "en" else []
    yield code
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def demo_window(qtbot, tmp_path: Path, language: str):  # type: ignore[no-untyped-def]
    from greendesk.demo.plant import write_demo
    from greendesk.ui.main_window import MainWindow
    from tests.conftest import DEMO_TODAY

    path = tmp_path / f"demo-{language}.sqlite"
    write_demo(path, years=1, today=DEMO_TODAY, language=language)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.resize(LAPTOP)
    win.show()
    qtbot.waitExposed(win)
    return win


def _cut(widget: QWidget) -> str | None:
    """Why a visible label's or button's text does not show whole, or None if it does."""
    text = widget.text()  # type: ignore[attr-defined]
    if not text.strip():
        return None
    if isinstance(widget, ElidedLabel):
        return None if widget.toolTip() == text else "elided without its text in a tooltip"
    if isinstance(widget, QLabel) and widget.wordWrap():
        need = widget.heightForWidth(widget.width())
        return None if need <= widget.height() else f"wraps to {need} px but has {widget.height()}"
    need = widget.sizeHint()
    if need.width() <= widget.width() and need.height() <= widget.height():
        return None
    return f"needs {need.width()}×{need.height()}, has {widget.width()}×{widget.height()}"


def _cut_choice(box: QComboBox) -> str | None:
    """Why a combo's chosen entry does not show whole, or None if it does (or if the combo
    is narrow on purpose: its tooltip and its list, as wide as the longest entry, show it)."""
    text = box.currentText()
    if not text or box.isEditable():
        return None
    opt = QStyleOptionComboBox()
    box.initStyleOption(opt)
    # measured as QComboBox measures its entries when it fits itself to them
    content = QSize(box.fontMetrics().boundingRect(text).width(), box.fontMetrics().height())
    need = box.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt, content, box)
    if need.width() <= box.width():
        return None
    if box.toolTip() == text and box.view().minimumWidth() >= content.width():
        return None
    return f"needs {need.width()} px, has {box.width()}"


def cut_texts(root: QWidget) -> list[str]:
    """Every visible label, button and combo under `root` whose text is cut, and why."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QComboBox):
            why = _cut_choice(widget)
            if why is not None:
                found.append(f"QComboBox {widget.currentText()!r}: {why}")
            continue
        if not isinstance(widget, QLabel | QAbstractButton):
            continue
        why = _cut(widget)
        if why is not None:
            found.append(f"{type(widget).__name__} {widget.text()!r}: {why}")
    return found


def _each_tab(section: QWidget, qtbot) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Show each tab of the section's top tab widgets in turn; yields the tab's title."""
    tabs = [t for t in section.findChildren(QTabWidget) if t.isVisible()]
    yield ""
    for tab_widget in tabs:
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            qtbot.wait(1)  # layouts settle
            yield tab_widget.tabText(index)


@pytest.mark.parametrize("language", ["en", "ru", "kk"], indirect=True)
def test_every_section_fits_a_1280_by_720_window(demo_window, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    win = demo_window
    problems: list[str] = []
    for key, *_rest in SECTIONS:
        win.show_section(key)
        qtbot.wait(1)
        for tab in _each_tab(win.sections[key], qtbot):
            minimum = win.minimumSizeHint().expandedTo(win.minimumSize())
            if minimum.width() > LAPTOP.width() or minimum.height() > LAPTOP.height():
                problems.append(f"{key} {tab}: the window needs at least "
                                f"{minimum.width()}×{minimum.height()}")
            problems += [f"{key} {tab}: {p}" for p in cut_texts(win)]
    assert not problems, f"{language}:\n" + "\n".join(problems)
    assert win.size() == LAPTOP
