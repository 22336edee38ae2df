"""Combo boxes: a new one filled with (text, data) pairs, and refilling one in place."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QWidget


def combo(items: Iterable[tuple[str, object]], current: object = None,
          blank: str | None = None, parent: QWidget | None = None) -> QComboBox:
    """A combo of (text, data) pairs, `blank` (data None) first if given, `current` chosen."""
    box = QComboBox(parent)
    if blank is not None:
        box.addItem(blank, None)
    for text, data in items:
        box.addItem(text, data)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


def fill_combo(box: QComboBox, items: Iterable[tuple[str, object]], *,
               keep_empty: bool = False) -> None:
    """Refill a combo box, keeping the chosen entry when it is still offered, silently.

    When it is gone the first entry is chosen, or none with `keep_empty` (a picker that
    stays empty until the officer chooses)."""
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    for text, data in items:
        box.addItem(text, data)
    index = box.findData(current)
    box.setCurrentIndex(index if index >= 0 or keep_empty else 0)
    box.blockSignals(False)
