"""Display names of the formation and monitoring enumerations, in the UI's language."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from greendesk.models import (
    ConsequenceClass,
    ConstructionMethod,
    FormationKind,
    FormationStatus,
    Medium,
    SourceKind,
)
from greendesk.services.monitoring import LimitRow
from greendesk.ui import formatting

_ENTRIES: list[tuple[Enum, str]] = [
    (FormationKind.WASTE_ROCK_DUMP, QT_TRANSLATE_NOOP("formation_labels", "Waste-rock dump")),
    (FormationKind.TAILINGS, QT_TRANSLATE_NOOP("formation_labels", "Tailings storage facility")),
    (FormationKind.SLAG_HEAP, QT_TRANSLATE_NOOP("formation_labels", "Slag heap")),
    (FormationKind.SLUDGE_POND, QT_TRANSLATE_NOOP("formation_labels", "Sludge pond")),
    (FormationKind.HEAP_LEACH_RESIDUE, QT_TRANSLATE_NOOP("formation_labels",
                                                         "Heap-leach residue")),
    (FormationKind.OTHER, QT_TRANSLATE_NOOP("formation_labels", "Other")),
    (FormationStatus.OPERATING, QT_TRANSLATE_NOOP("formation_labels", "Operating")),
    (FormationStatus.INACTIVE, QT_TRANSLATE_NOOP("formation_labels", "Inactive")),
    (FormationStatus.CLOSED, QT_TRANSLATE_NOOP("formation_labels", "Closed")),
    (FormationStatus.RECLAIMED, QT_TRANSLATE_NOOP("formation_labels", "Reclaimed")),
    (FormationStatus.ABANDONED, QT_TRANSLATE_NOOP("formation_labels", "Abandoned")),
    (FormationStatus.UNDER_CONSTRUCTION, QT_TRANSLATE_NOOP("formation_labels",
                                                           "Under construction")),
    (ConstructionMethod.UPSTREAM, QT_TRANSLATE_NOOP("formation_labels", "Upstream")),
    (ConstructionMethod.DOWNSTREAM, QT_TRANSLATE_NOOP("formation_labels", "Downstream")),
    (ConstructionMethod.CENTRELINE, QT_TRANSLATE_NOOP("formation_labels", "Centreline")),
    (ConstructionMethod.WATER_RETAINING, QT_TRANSLATE_NOOP("formation_labels",
                                                           "Water-retaining dam")),
    (ConstructionMethod.OTHER, QT_TRANSLATE_NOOP("formation_labels", "Other")),
    (ConsequenceClass.LOW, QT_TRANSLATE_NOOP("formation_labels", "Low")),
    (ConsequenceClass.SIGNIFICANT, QT_TRANSLATE_NOOP("formation_labels", "Significant")),
    (ConsequenceClass.HIGH, QT_TRANSLATE_NOOP("formation_labels", "High")),
    (ConsequenceClass.VERY_HIGH, QT_TRANSLATE_NOOP("formation_labels", "Very high")),
    (ConsequenceClass.EXTREME, QT_TRANSLATE_NOOP("formation_labels", "Extreme")),
    (Medium.AIR, QT_TRANSLATE_NOOP("formation_labels", "Air")),
    (Medium.GROUNDWATER, QT_TRANSLATE_NOOP("formation_labels", "Groundwater")),
    (Medium.SURFACE_WATER, QT_TRANSLATE_NOOP("formation_labels", "Surface water")),
    (Medium.SOIL, QT_TRANSLATE_NOOP("formation_labels", "Soil")),
    (Medium.STRUCTURE, QT_TRANSLATE_NOOP("formation_labels", "Structure (level, settlement)")),
    (SourceKind.FORMATION, QT_TRANSLATE_NOOP("formation_labels", "Formation")),
    (SourceKind.STACK, QT_TRANSLATE_NOOP("formation_labels", "Stack")),
    (SourceKind.DISCHARGE, QT_TRANSLATE_NOOP("formation_labels", "Discharge")),
    (SourceKind.DUSTING_SURFACE, QT_TRANSLATE_NOOP("formation_labels", "Dusting surface")),
    (SourceKind.OTHER, QT_TRANSLATE_NOOP("formation_labels", "Other source")),
]
_NAMES: dict[tuple[type, str], str] = {(type(k), k.value): v for k, v in _ENTRIES}


def name(value: Enum | None) -> str:
    """The display name of a value in the UI's language ("" for None)."""
    if value is None:
        return ""
    return QCoreApplication.translate("formation_labels", _NAMES[(type(value), value.value)])


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
