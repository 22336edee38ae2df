"""The window's "Open demo plant" writes the demo in the window's language."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from greendesk.paths import demo_db_path


@pytest.fixture
def russian_window_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))  # what make_app does for --lang ru
    yield
    QLocale.setDefault(before)


def test_open_demo_plant_in_a_russian_window_writes_the_russian_plant(
        window, russian_window_locale) -> None:  # type: ignore[no-untyped-def]
    assert not demo_db_path().exists()
    window.open_demo()
    con = sqlite3.connect(demo_db_path())
    try:
        sites = {r[0] for r in con.execute("SELECT name FROM site")}
    finally:
        con.close()
    assert "Обогатительная фабрика «Нуркен»" in sites
    assert window.db is not None and window.db.path == demo_db_path()
