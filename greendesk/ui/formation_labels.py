"""Display names of the formation and monitoring enumerations, in the UI's language.

The names are marked in the Qt-free greendesk/labels.py (context "formation_labels"), shared
with the reports; Qt translates them here.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from greendesk import labels as shared


def name(value: Enum | None) -> str:
    """The display name of a value in the UI's language ("" for None)."""
    return shared.label(value, QCoreApplication.translate)


def items(cls: type[Enum]) -> list[tuple[str, Enum]]:
    """(display name, value) of every member, for combo boxes."""
    return [(name(m), m) for m in cls]  # type: ignore[var-annotated]
