"""Typed ORM models, one module per aggregate. Importing this package registers them all."""

from greendesk.models.audit import AuditAction, AuditEntry, ClosedPeriod, Versioned
from greendesk.models.balances import (  # noqa: F401 - registers the tables
    FlowAssay,
    MethodUncertainty,
    PeriodAssay,
    StockTaking,
)
from greendesk.models.base import Base
from greendesk.models.checklist import (  # noqa: F401 - registers the tables
    ActionChange,
    ActionStatus,
    ChecklistItem,
    ChecklistMeasure,
    CostClass,
    Drill,
    Evidence,
    Incident,
    IncidentWaste,
    SiteAction,
    TemplateState,
)
from greendesk.models.flows import DatePrecision, Flow, Method
from greendesk.models.formations import (  # noqa: F401 - registers the tables
    ConsequenceClass,
    ConstructionMethod,
    Formation,
    FormationAssay,
    FormationAssumption,
    FormationBlock,
    FormationKind,
    FormationSample,
    FormationStatus,
    GradeComponent,
    GradeUnit,
    Medium,
    MonitoringLimit,
    MonitoringParameter,
    MonitoringPoint,
    MonitoringReading,
    SourceKind,
)
from greendesk.models.imports import ImportBatch
from greendesk.models.materials import CANONICAL_UNIT, Material, MaterialCategory, QuantityKind
from greendesk.models.plant import (
    BOUNDARY_KINDS,
    Enterprise,
    LossReason,
    Node,
    NodeKind,
    Site,
    SiteKind,
)
from greendesk.models.waste import (
    ClassifierEntry,
    ClassifierText,
    ClassifierVersion,
    EntryLevel,
    LegacyLevel,
    PhysicalState,
    StorageRole,
    WasteBasis,
    WasteContractor,
    WasteOperation,
    WasteStorage,
    WasteTransfer,
    WasteType,
)

__all__ = [
    "AuditAction",
    "AuditEntry",
    "ClosedPeriod",
    "Versioned",
    "BOUNDARY_KINDS",
    "CANONICAL_UNIT",
    "Base",
    "DatePrecision",
    "Enterprise",
    "Flow",
    "ImportBatch",
    "LossReason",
    "Material",
    "MaterialCategory",
    "Method",
    "Node",
    "NodeKind",
    "QuantityKind",
    "Site",
    "SiteKind",
    # waste register
    "ClassifierEntry",
    "ClassifierText",
    "ClassifierVersion",
    "EntryLevel",
    "LegacyLevel",
    "PhysicalState",
    "StorageRole",
    "WasteBasis",
    "WasteContractor",
    "WasteOperation",
    "WasteStorage",
    "WasteTransfer",
    "WasteType",
]
