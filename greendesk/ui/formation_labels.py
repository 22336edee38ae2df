"""Display names of the formation and monitoring enumerations, in the UI's language.

The names are marked in the Qt-free greendesk/labels.py (context "formation_labels"), shared
with the reports; Qt translates them here.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from greendesk import labels as shared
from greendesk.services.monitoring import LimitRow
from greendesk.ui import formatting


def name(value: Enum | None) -> str:
    """The display name of a value in the UI's language ("" for None)."""
    return shared.label(value, QCoreApplication.translate)


def items(cls: type[Enum]) -> list[tuple[str, Enum]]:
    """(display name, value) of every member, for combo boxes."""
    return [(name(m), m) for m in cls]  # type: ignore[var-annotated]


def limit_text(limit: LimitRow) -> str:
    """A limit as "≥ 6,5 and ≤ 8,5" in the UI's language and number format (pH has no unit
    after it). An inclusive limit is breached on reaching it, hence "<" and ">"."""
    op_hi, op_lo = ("<", ">") if limit.inclusive else ("≤", "≥")
    parts = [f"{op} {formatting.short_number(v)}" for op, v in
             ((op_lo, limit.min_value), (op_hi, limit.max_value)) if v is not None]
    text = parts[0] if len(parts) == 1 else QCoreApplication.translate(
        "formation_labels", "%1 and %2", "both sides of a limit").replace(
        "%1", parts[0]).replace("%2", parts[-1]) if parts else ""
    return text + (f" {limit.unit}" if limit.unit != "pH" else "")
