"""Display names of the domain's enumerations (the database keeps the codes), without Qt.

One set for every edge: the window translates them through Qt (ui/labels.py,
ui/formation_labels.py), the reports and the command line through the same catalogues read
without Qt (a ReportContext's `translate`, i18n_catalog). Each name is marked with
QT_TRANSLATE_NOOP under the context it has always had ("labels", "formation_labels",
"waste"), so lupdate extracts it where the translators already translated it.

    label(Method.MEASURED)               # "Measured"
    label(Method.MEASURED, translate)    # "Измерено", with the Russian catalogue
"""

from __future__ import annotations

from enum import Enum

from greendesk.errors import Translate, english
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    ConsequenceClass,
    ConstructionMethod,
    FacilityCategory,
    FormationKind,
    FormationStatus,
    LegacyLevel,
    LossReason,
    MaterialCategory,
    Medium,
    Method,
    NodeKind,
    PekFrequency,
    PhysicalState,
    QuantityKind,
    ReconciliationRole,
    RelationKind,
    SiteKind,
    SourceKind,
)
from greendesk.models.checklist import ActionStatus
from greendesk.models.emissions import EmissionSourceKind

LABELS = "labels"
FORMATION_LABELS = "formation_labels"
WASTE = "waste"

# Keyed by (type, value): as strings NodeKind.PROCESS == LossReason.PROCESS, so the enum
# members themselves cannot be the keys.
_LABELS: list[tuple[Enum, str]] = [
    (SiteKind.MINE, QT_TRANSLATE_NOOP("labels", "Mine or quarry")),
    (SiteKind.CONCENTRATOR, QT_TRANSLATE_NOOP("labels", "Concentrator")),
    (SiteKind.SMELTER, QT_TRANSLATE_NOOP("labels", "Smelter or refinery")),
    (SiteKind.AUXILIARY, QT_TRANSLATE_NOOP("labels", "Auxiliary")),
    # The Environmental Code's four categories of objects (Article 12), by their impact.
    (FacilityCategory.I, QT_TRANSLATE_NOOP("labels", "Category I: significant negative impact")),
    (FacilityCategory.II, QT_TRANSLATE_NOOP("labels", "Category II: moderate negative impact")),
    (FacilityCategory.III, QT_TRANSLATE_NOOP("labels",
                                             "Category III: insignificant negative impact")),
    (FacilityCategory.IV, QT_TRANSLATE_NOOP("labels", "Category IV: minimal negative impact")),
    (EmissionSourceKind.ORGANISED, QT_TRANSLATE_NOOP("labels", "Organised (stack)")),
    (EmissionSourceKind.FUGITIVE, QT_TRANSLATE_NOOP("labels", "Fugitive")),
    (EmissionSourceKind.DISCHARGE, QT_TRANSLATE_NOOP("labels", "Discharge to water")),
    (NodeKind.PROCESS, QT_TRANSLATE_NOOP("labels", "Process")),
    (NodeKind.STOCK, QT_TRANSLATE_NOOP("labels", "Stock or storage")),
    (NodeKind.SUPPLIER, QT_TRANSLATE_NOOP("labels", "Supplier (boundary)")),
    (NodeKind.CUSTOMER, QT_TRANSLATE_NOOP("labels", "Customer (boundary)")),
    (NodeKind.ENVIRONMENT, QT_TRANSLATE_NOOP("labels", "Environment (boundary)")),
    (NodeKind.CONTRACTOR, QT_TRANSLATE_NOOP("labels", "Waste contractor (boundary)")),
    (NodeKind.LOSS, QT_TRANSLATE_NOOP("labels", "Accounted loss")),
    (LossReason.STORAGE, QT_TRANSLATE_NOOP("labels", "Storage")),
    (LossReason.TRANSPORT, QT_TRANSLATE_NOOP("labels", "Transport")),
    (LossReason.HANDLING, QT_TRANSLATE_NOOP("labels", "Handling")),
    (LossReason.PROCESS, QT_TRANSLATE_NOOP("labels", "Process losses")),
    (LossReason.MEASUREMENT, QT_TRANSLATE_NOOP("labels", "Measurement")),
    (MaterialCategory.RAW_MATERIAL, QT_TRANSLATE_NOOP("labels", "Raw material")),
    (MaterialCategory.REAGENT, QT_TRANSLATE_NOOP("labels", "Reagent")),
    (MaterialCategory.INTERMEDIATE, QT_TRANSLATE_NOOP("labels", "Intermediate")),
    (MaterialCategory.PRODUCT, QT_TRANSLATE_NOOP("labels", "Product")),
    (MaterialCategory.BY_PRODUCT, QT_TRANSLATE_NOOP("labels", "By-product")),
    (MaterialCategory.ENERGY_CARRIER, QT_TRANSLATE_NOOP("labels", "Energy carrier")),
    (MaterialCategory.WATER, QT_TRANSLATE_NOOP("labels", "Water")),
    (MaterialCategory.WASTE, QT_TRANSLATE_NOOP("labels", "Waste")),
    (QuantityKind.MASS, QT_TRANSLATE_NOOP("labels", "Mass")),
    (QuantityKind.VOLUME, QT_TRANSLATE_NOOP("labels", "Volume")),
    (QuantityKind.ENERGY, QT_TRANSLATE_NOOP("labels", "Energy")),
    (Method.MEASURED, QT_TRANSLATE_NOOP("labels", "Measured")),
    (Method.CALCULATED, QT_TRANSLATE_NOOP("labels", "Calculated")),
    (Method.ESTIMATED, QT_TRANSLATE_NOOP("labels", "Estimated")),
    # What reconciliation may do with a flow's quantity; the words the import reads too.
    (ReconciliationRole.MEASURED, QT_TRANSLATE_NOOP("labels", "Measured")),
    (ReconciliationRole.UNMEASURED, QT_TRANSLATE_NOOP("labels", "Unmeasured")),
    (ReconciliationRole.CONSTANT, QT_TRANSLATE_NOOP("labels", "Constant")),
    (RelationKind.TRANSFER, QT_TRANSLATE_NOOP("labels", "Transfer coefficient")),
    (RelationKind.EQUAL, QT_TRANSLATE_NOOP("labels", "Equal flows")),
]
_FORMATION_LABELS: list[tuple[Enum, str]] = [
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
    (PekFrequency.MONTHLY, QT_TRANSLATE_NOOP("formation_labels", "Monthly")),
    (PekFrequency.QUARTERLY, QT_TRANSLATE_NOOP("formation_labels", "Quarterly")),
    (PekFrequency.HALF_YEARLY, QT_TRANSLATE_NOOP("formation_labels", "Half-yearly")),
    (PekFrequency.YEARLY, QT_TRANSLATE_NOOP("formation_labels", "Yearly")),
]
# The pre-2021 hazard lists, as the waste dialogs name them.
_WASTE_LABELS: list[tuple[Enum, str]] = [
    (LegacyLevel.GREEN, QT_TRANSLATE_NOOP("waste", "Green")),
    (LegacyLevel.AMBER, QT_TRANSLATE_NOOP("waste", "Amber")),
    (LegacyLevel.RED, QT_TRANSLATE_NOOP("waste", "Red")),
    (PhysicalState.SOLID, QT_TRANSLATE_NOOP("waste", "Solid")),
    (PhysicalState.POWDER, QT_TRANSLATE_NOOP("waste", "Dusty or powdery")),
    (PhysicalState.SLUDGE, QT_TRANSLATE_NOOP("waste", "Sludge or paste")),
    (PhysicalState.LIQUID, QT_TRANSLATE_NOOP("waste", "Liquid")),
    (PhysicalState.GAS, QT_TRANSLATE_NOOP("waste", "Gas in containers")),
]

# The greening plan's action statuses, in the words (and context) the plan editor shows.
_ACTION_LABELS: list[tuple[Enum, str]] = [
    (ActionStatus.NOT_STARTED, QT_TRANSLATE_NOOP("ActionLabels", "Not started")),
    (ActionStatus.PLANNED, QT_TRANSLATE_NOOP("ActionLabels", "Planned")),
    (ActionStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("ActionLabels", "In progress")),
    (ActionStatus.DONE, QT_TRANSLATE_NOOP("ActionLabels", "Done")),
    (ActionStatus.NOT_APPLICABLE, QT_TRANSLATE_NOOP("ActionLabels", "Not applicable")),
]

_NAMES: dict[tuple[type, str], tuple[str, str]] = {
    (type(member), member.value): (context, text)
    for context, entries in ((LABELS, _LABELS), (FORMATION_LABELS, _FORMATION_LABELS),
                             (WASTE, _WASTE_LABELS), ("ActionLabels", _ACTION_LABELS))
    for member, text in entries}


def source(value: Enum) -> tuple[str, str]:
    """(context, English name) of an enumeration value, as it is marked for translation."""
    return _NAMES[(type(value), value.value)]


def label(value: Enum | None, translate: Translate = english) -> str:
    """The display name of an enumeration value in `translate`'s language ("" for None)."""
    if value is None:
        return ""
    return translate(*source(value))
