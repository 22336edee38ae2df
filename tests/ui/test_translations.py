"""Russian and Kazakh load from resources/i18n without touching code."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from greendesk.ui.app import install_translators
from greendesk.ui.main_window import MainWindow


@pytest.fixture
def translated(qapp: QApplication):  # type: ignore[no-untyped-def]
    installed: list = []

    def use(code: str) -> None:
        installed.extend(install_translators(qapp, QLocale(code)))

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize(("code", "section", "add_site"), [
    ("ru", "Структура предприятия", "Добавить площадку"),
    ("kk", "Кәсіпорын құрылымы", "Алаң қосу"),
])
def test_the_window_speaks_the_locale(qtbot, translated, db_path: Path, code: str,  # type: ignore[no-untyped-def]
                                      section: str, add_site: str) -> None:
    translated(code)
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_path(db_path)
    assert win.sidebar.item(1).text() == section  # after "Start here"
    assert win.sidebar.item(0).text() != "Start here"
    assert win.structure_view.act_add_site.text() == add_site
    assert QCoreApplication.translate("labels", "Accounted loss") != "Accounted loss"


def test_english_is_the_source(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow()
    qtbot.addWidget(win)
    assert [win.sidebar.item(i).text() for i in (0, 1)] == ["Start here", "Plant structure"]


def test_kinds_that_share_a_code_keep_their_own_names() -> None:
    from greendesk.models import LossReason, NodeKind
    from greendesk.ui import labels

    assert labels.node_kind(NodeKind.PROCESS) == "Process"
    assert labels.loss_reason(LossReason.PROCESS) == "Process losses"
