"""Typed ORM models, one module per aggregate.

The core aggregates (plant, materials, flows, imports, audit) are imported with the package;
the others (balances, waste, formations, checklist, permits, emissions) on first use, so
start-up pays only for what the first screen needs. `load_all()` registers every table: migrations, the audit
trail's cascade tracking and its verification need the whole metadata.
"""

import importlib
from typing import TYPE_CHECKING

from greendesk.models.audit import (
    AuditAction,
    AuditEntry,
    ClosedPeriod,
    MonthCloseWaiver,
    Versioned,
)
from greendesk.models.base import Base
from greendesk.models.flows import (
    DatePrecision,
    Flow,
    FlowRelation,
    Method,
    ReconciliationRole,
    RelationKind,
)
from greendesk.models.imports import ImportBatch
from greendesk.models.materials import CANONICAL_UNIT, Material, MaterialCategory, QuantityKind
from greendesk.models.plant import (
    BOUNDARY_KINDS,
    Enterprise,
    FacilityCategory,
    LossReason,
    Node,
    NodeKind,
    Site,
    SiteKind,
)

if TYPE_CHECKING:  # what the lazy __getattr__ below returns, for the type checker
    from greendesk.models.balances import (
        FlowAssay,
        MethodUncertainty,
        PeriodAssay,
        StockTaking,
    )
    from greendesk.models.checklist import (
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
    from greendesk.models.emissions import (
        EmissionFactor,
        EmissionNorm,
        EmissionSource,
        EmissionSourceKind,
        FactorUnit,
        FactorVersion,
        SourceAbatement,
        SourceStream,
    )
    from greendesk.models.fees import FeeRate, FeeRateVersion, RateKind
    from greendesk.models.formations import (
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
        PekFrequency,
        PekProgrammeItem,
        SourceKind,
    )
    from greendesk.models.permits import Permit, PermitCondition, PermitWasteLimit
    from greendesk.models.sync import DatabaseIdentity, SyncPackage, SyncRecord
    from greendesk.models.waste import (
        ClassifierEntry,
        ClassifierText,
        ClassifierVersion,
        EntryLevel,
        LegacyLevel,
        PhysicalState,
        ShareUnit,
        StorageRole,
        WasteBasis,
        WasteComponent,
        WasteContractor,
        WasteHazardBasis,
        WasteOperation,
        WastePassport,
        WasteStorage,
        WasteTransfer,
        WasteType,
    )

__all__ = [
    "AuditAction",
    "AuditEntry",
    "ClosedPeriod",
    "MonthCloseWaiver",
    "Versioned",
    "BOUNDARY_KINDS",
    "CANONICAL_UNIT",
    "Base",
    "DatePrecision",
    "Enterprise",
    "FacilityCategory",
    "Flow",
    "FlowRelation",
    "ImportBatch",
    "LossReason",
    "Material",
    "MaterialCategory",
    "Method",
    "Node",
    "NodeKind",
    "QuantityKind",
    "ReconciliationRole",
    "RelationKind",
    "Site",
    "SiteKind",
    # waste register
    "ClassifierEntry",
    "ClassifierText",
    "ClassifierVersion",
    "EntryLevel",
    "LegacyLevel",
    "PhysicalState",
    "ShareUnit",
    "StorageRole",
    "WasteBasis",
    "WasteComponent",
    "WasteContractor",
    "WasteHazardBasis",
    "WasteOperation",
    "WastePassport",
    "WasteStorage",
    "WasteTransfer",
    "WasteType",
    # the fee's rates
    "FeeRate",
    "FeeRateVersion",
    "RateKind",
]


# Names of the lazily imported aggregates → their module.
_LAZY: dict[str, str] = {
    "FlowAssay": "balances",
    "MethodUncertainty": "balances",
    "PeriodAssay": "balances",
    "StockTaking": "balances",
    "ActionChange": "checklist",
    "ActionStatus": "checklist",
    "ChecklistItem": "checklist",
    "ChecklistMeasure": "checklist",
    "CostClass": "checklist",
    "Drill": "checklist",
    "Evidence": "checklist",
    "Incident": "checklist",
    "IncidentWaste": "checklist",
    "SiteAction": "checklist",
    "TemplateState": "checklist",
    "ConsequenceClass": "formations",
    "ConstructionMethod": "formations",
    "Formation": "formations",
    "FormationAssay": "formations",
    "FormationAssumption": "formations",
    "FormationBlock": "formations",
    "FormationKind": "formations",
    "FormationSample": "formations",
    "FormationStatus": "formations",
    "GradeComponent": "formations",
    "GradeUnit": "formations",
    "Medium": "formations",
    "MonitoringLimit": "formations",
    "MonitoringParameter": "formations",
    "MonitoringPoint": "formations",
    "MonitoringReading": "formations",
    "PekFrequency": "formations",
    "PekProgrammeItem": "formations",
    "SourceKind": "formations",
    "Obligation": "obligations",
    "ObligationState": "obligations",
    "ObligationStatus": "obligations",
    "ObligationVersion": "obligations",
    "Permit": "permits",
    "FeeRate": "fees",
    "FeeRateVersion": "fees",
    "RateKind": "fees",
    "PermitCondition": "permits",
    "PermitWasteLimit": "permits",
    "EmissionFactor": "emissions",
    "EmissionNorm": "emissions",
    "EmissionSource": "emissions",
    "EmissionSourceKind": "emissions",
    "FactorUnit": "emissions",
    "FactorVersion": "emissions",
    "SourceAbatement": "emissions",
    "SourceStream": "emissions",
    "ClassifierEntry": "waste",
    "ClassifierText": "waste",
    "ClassifierVersion": "waste",
    "EntryLevel": "waste",
    "LegacyLevel": "waste",
    "PhysicalState": "waste",
    "ShareUnit": "waste",
    "StorageRole": "waste",
    "WasteBasis": "waste",
    "WasteComponent": "waste",
    "WasteContractor": "waste",
    "WasteHazardBasis": "waste",
    "WasteOperation": "waste",
    "WastePassport": "waste",
    "WasteStorage": "waste",
    "WasteTransfer": "waste",
    "WasteType": "waste",
    "DatabaseIdentity": "sync",
    "SyncPackage": "sync",
    "SyncRecord": "sync",
}
AGGREGATES = ("audit", "balances", "checklist", "emissions", "fees", "flows", "formations",
              "imports", "materials", "obligations", "permits", "plant", "sync", "waste")


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'greendesk.models' has no attribute {name!r}")
    return getattr(importlib.import_module(f"greendesk.models.{module}"), name)


def load_all() -> None:
    """Import every aggregate so that Base.metadata holds every table."""
    for module in AGGREGATES:
        importlib.import_module(f"greendesk.models.{module}")
