"""Qt's own texts follow the language, and the date filter says "from" as a date."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale
from PySide6.QtWidgets import QApplication

from greendesk.ui.app import install_translators

QT_DIR = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


@pytest.fixture
def translated(qapp: QApplication):  # type: ignore[no-untyped-def]
    installed: list = []

    def use(code: str, qt_dir: Path | None = None) -> list:
        loaded = install_translators(qapp, QLocale(code), str(qt_dir) if qt_dir else None)
        installed.extend(loaded)
        return loaded

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)


def qt_cancel() -> str:
    return QCoreApplication.translate("QPlatformTheme", "Cancel")


@pytest.mark.parametrize(("code", "cancel", "qm"), [
    ("ru", "Отмена", "qtbase_ru.qm"),
    ("kk", "Бас тарту", "qtbase_kk.qm"),  # PySide6 ships a Kazakh qtbase
])
def test_qt_dialog_buttons_speak_the_language(translated, code: str, cancel: str,  # type: ignore[no-untyped-def]
                                              qm: str) -> None:
    loaded = translated(code)
    assert any(t.filePath().endswith(qm) for t in loaded)
    assert qt_cancel() == cancel


def test_kazakh_falls_back_to_russian_where_qt_has_no_kazakh(  # type: ignore[no-untyped-def]
        translated, tmp_path: Path) -> None:
    shutil.copy(QT_DIR / "qtbase_ru.qm", tmp_path / "qtbase_ru.qm")  # a Qt without qtbase_kk
    loaded = translated("kk", tmp_path)
    assert any(t.filePath().endswith("qtbase_ru.qm") for t in loaded)
    assert qt_cancel() == "Отмена"


def test_english_loads_no_foreign_qt_catalogue(translated, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shutil.copy(QT_DIR / "qtbase_ru.qm", tmp_path / "qtbase_ru.qm")
    translated("en", tmp_path)
    assert qt_cancel() == "Cancel"


@pytest.mark.parametrize(("code", "start", "end", "node"), [
    ("ru", "С", "по", "Откуда"),
    ("kk", "Бастап", "дейін", "Қайдан"),
])
def test_a_date_range_from_is_not_a_flow_from(qtbot, translated, db_path: Path,  # type: ignore[no-untyped-def]
                                              code: str, start: str, end: str, node: str) -> None:
    from greendesk.ui.main_window import MainWindow

    translated(code)
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_path(db_path)
    audit = win.section("audit")
    assert audit.use_from.text() == start
    assert audit.use_to.text() == end
    assert QCoreApplication.translate("FlowEntryPanel", "From", "source node of a flow") == node
    assert QCoreApplication.translate("StockTakingDialog", "Stock") != "Stock"
