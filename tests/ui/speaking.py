"""The window's catalogues installed for one test: what a Russian or Kazakh officer sees."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from greendesk.ui.app import install_translators


@contextmanager
def speaking(qapp: QApplication, code: str) -> Iterator[None]:
    """GreenDesk's and Qt's translators for `code` ("ru", "kk") while the block runs."""
    loaded = install_translators(qapp, QLocale(code), None)
    try:
        yield
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
