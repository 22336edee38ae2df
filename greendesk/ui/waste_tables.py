"""The waste section's read-only tables: one row selected at a time, long text elided."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTableWidget, QWidget

from greendesk.ui import formatting
from greendesk.ui.kit.tables import read_only_table


def waste_table(parent: QWidget, headers: Sequence[str]) -> QTableWidget:
    return read_only_table(parent, headers, single=True, wrap=False)


def tonnes(value: float) -> str:
    """A mass in tonnes as the section shows it."""
    return formatting.number(value, "t")
