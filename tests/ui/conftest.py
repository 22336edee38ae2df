"""UI fixtures: QSettings in tmp_path, and a main window on a fresh database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path: Path) -> Iterator[None]:
    QCoreApplication.setOrganizationName("GreenDeskTests")
    QCoreApplication.setApplicationName("GreenDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
    yield


@pytest.fixture
def window(qtbot, db_path: Path):  # type: ignore[no-untyped-def]
    from greendesk.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(db_path)
    win.show()
    qtbot.waitExposed(win)
    return win
