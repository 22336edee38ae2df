"""pyqtgraph's right-click menu on a chart speaks the officer's language.

pyqtgraph translates its menu under its own contexts and ships no catalogue; ours carries
them (greendesk/ui/chart_menu_texts.py). Each marked text must still be one pyqtgraph asks
for (a pyqtgraph upgrade that renames one would leave it English), and a chart made under
the Russian or Kazakh catalogue shows none of them in English.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMenu

from greendesk.ui.app import install_translators
from greendesk.ui.chart_menu_texts import MENU_TEXTS


@pytest.fixture(params=["ru", "kk"])
def translated(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed: list[QTranslator] = install_translators(qapp, QLocale(request.param))
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()] if menu.title() else []
    for action in menu.actions():
        texts.append(action.text())
        sub = action.menu()
        if isinstance(sub, QMenu):
            texts += _menu_texts(sub)
    return [t for t in texts if t]


def test_the_chart_menu_is_translated(qtbot, translated: str) -> None:
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    item = plot.getPlotItem()
    shown = [*_menu_texts(item.getViewBox().menu), *_menu_texts(item.ctrlMenu),
             *(a.text() for a in plot.scene().contextMenu)]
    english = {text for _context, text in MENU_TEXTS} | {"X axis", "Y axis"}
    assert "Export..." in english and len(shown) >= len(MENU_TEXTS)
    assert not [t for t in shown if t in english], shown


def test_every_marked_text_is_one_pyqtgraph_asks_for(qapp: QApplication) -> None:
    """A catalogue that knows only the marked (context, text) pairs sees each one asked for."""
    import pyqtgraph as pg

    class Asked(QTranslator):
        def __init__(self) -> None:
            super().__init__()
            self.asked: set[tuple[str, str]] = set()

        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str:
            self.asked.add((context, source))
            return ""

        def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
            return False

    asked = Asked()
    qapp.installTranslator(asked)
    try:
        plot = pg.PlotWidget()
    finally:
        qapp.removeTranslator(asked)
    plot.deleteLater()
    assert not set(MENU_TEXTS) - asked.asked
