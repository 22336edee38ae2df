"""Translated display names for the domain's enumerations (the database keeps the codes).

The names are marked in the Qt-free greendesk/labels.py, which the reports and the command
line share, and translated here by Qt when shown.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from greendesk import labels as shared
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import LossReason, MaterialCategory, Method, NodeKind, QuantityKind, SiteKind


def name(value: Enum) -> str:
    """The display name of an enumeration value in the UI's language."""
    return shared.label(value, QCoreApplication.translate)


def site_kind(kind: SiteKind) -> str:
    return name(SiteKind(kind))


def node_kind(kind: NodeKind) -> str:
    return name(NodeKind(kind))


def loss_reason(reason: LossReason) -> str:
    return name(LossReason(reason))


def material_category(cat: MaterialCategory) -> str:
    return name(MaterialCategory(cat))


def quantity_kind(kind: QuantityKind) -> str:
    return name(QuantityKind(kind))


def method(m: Method) -> str:
    return name(Method(m))


# The audit trail's kinds of record, by table, in the words it has always shown ("waste type"
# for waste_type); an unknown table shows as its name.
_RECORDS: dict[str, str] = {
    "enterprise": QT_TRANSLATE_NOOP("records", "enterprise"),
    "material": QT_TRANSLATE_NOOP("records", "material"),
    "site": QT_TRANSLATE_NOOP("records", "site"),
    "permit": QT_TRANSLATE_NOOP("records", "permit"),
    "obligation_version": QT_TRANSLATE_NOOP("records", "obligations register version"),
    "obligation": QT_TRANSLATE_NOOP("records", "obligation"),
    "obligation_status": QT_TRANSLATE_NOOP("records", "obligation status"),
    "permit_condition": QT_TRANSLATE_NOOP("records", "permit condition"),
    "permit_waste_limit": QT_TRANSLATE_NOOP("records", "permit waste limit"),
    "node": QT_TRANSLATE_NOOP("records", "node"),
    "import_batch": QT_TRANSLATE_NOOP("records", "import batch"),
    "flow": QT_TRANSLATE_NOOP("records", "flow"),
    "flow_relation": QT_TRANSLATE_NOOP("records", "flow relation"),
    "month_close_waiver": QT_TRANSLATE_NOOP("records", "month-close waiver"),
    "fee_rate_version": QT_TRANSLATE_NOOP("records", "fee rate version"),
    "fee_rate": QT_TRANSLATE_NOOP("records", "fee rate"),
    "method_uncertainty": QT_TRANSLATE_NOOP("records", "method uncertainty"),
    "period_assay": QT_TRANSLATE_NOOP("records", "period assay"),
    "stock_taking": QT_TRANSLATE_NOOP("records", "stock taking"),
    "flow_assay": QT_TRANSLATE_NOOP("records", "flow assay"),
    "classifier_version": QT_TRANSLATE_NOOP("records", "classifier version"),
    "classifier_entry": QT_TRANSLATE_NOOP("records", "classifier entry"),
    "classifier_text": QT_TRANSLATE_NOOP("records", "classifier text"),
    "waste_contractor": QT_TRANSLATE_NOOP("records", "waste contractor"),
    "waste_storage": QT_TRANSLATE_NOOP("records", "waste storage"),
    "waste_basis": QT_TRANSLATE_NOOP("records", "waste basis"),
    "waste_type": QT_TRANSLATE_NOOP("records", "waste type"),
    "waste_transfer": QT_TRANSLATE_NOOP("records", "waste transfer"),
    "waste_component": QT_TRANSLATE_NOOP("records", "waste component"),
    "waste_hp_basis": QT_TRANSLATE_NOOP("records", "basis of a hazardous property"),
    "waste_passport": QT_TRANSLATE_NOOP("records", "waste passport"),
    "closed_period": QT_TRANSLATE_NOOP("records", "closed period"),
    "grade_component": QT_TRANSLATE_NOOP("records", "grade component"),
    "monitoring_parameter": QT_TRANSLATE_NOOP("records", "monitoring parameter"),
    "formation": QT_TRANSLATE_NOOP("records", "formation"),
    "formation_assumption": QT_TRANSLATE_NOOP("records", "formation assumption"),
    "formation_block": QT_TRANSLATE_NOOP("records", "formation block"),
    "monitoring_point": QT_TRANSLATE_NOOP("records", "monitoring point"),
    "formation_sample": QT_TRANSLATE_NOOP("records", "formation sample"),
    "monitoring_limit": QT_TRANSLATE_NOOP("records", "monitoring limit"),
    "pek_programme_item": QT_TRANSLATE_NOOP("records", "PEK programme item"),
    "monitoring_reading": QT_TRANSLATE_NOOP("records", "monitoring reading"),
    "formation_assay": QT_TRANSLATE_NOOP("records", "formation assay"),
    "checklist_measure": QT_TRANSLATE_NOOP("records", "checklist measure"),
    "checklist_template_state": QT_TRANSLATE_NOOP("records", "checklist template state"),
    "checklist_item": QT_TRANSLATE_NOOP("records", "checklist item"),
    "incident": QT_TRANSLATE_NOOP("records", "incident"),
    "site_action": QT_TRANSLATE_NOOP("records", "site action"),
    "action_change": QT_TRANSLATE_NOOP("records", "action change"),
    "drill": QT_TRANSLATE_NOOP("records", "drill"),
    "evidence": QT_TRANSLATE_NOOP("records", "evidence"),
    "incident_waste": QT_TRANSLATE_NOOP("records", "incident waste"),
    "database": QT_TRANSLATE_NOOP("records", "database"),  # a restore
    "report": QT_TRANSLATE_NOOP("records", "report"),  # an export
    "emission_source": QT_TRANSLATE_NOOP("records", "emission source"),
    "source_stream": QT_TRANSLATE_NOOP("records", "emission source's stream"),
    "source_abatement": QT_TRANSLATE_NOOP("records", "emission source's abatement"),
    "factor_version": QT_TRANSLATE_NOOP("records", "emission factor library version"),
    "emission_factor": QT_TRANSLATE_NOOP("records", "emission factor"),
    "emission_norm": QT_TRANSLATE_NOOP("records", "emission norm"),
    "database_identity": QT_TRANSLATE_NOOP("records", "database identity"),
    "sync_package": QT_TRANSLATE_NOOP("records", "month handed in"),
    "sync_record": QT_TRANSLATE_NOOP("records", "record taken in from a site"),
}


def record_kind(table: str) -> str:
    """The kind of record a table holds, in the UI's language, for the audit trail."""
    text = _RECORDS.get(table)
    return QCoreApplication.translate("records", text) if text else table.replace("_", " ")


def record(table: str, record_id: str | None) -> str:
    """The record an audit entry concerns, "waste type #3" (the kind alone for many)."""
    return f"{record_kind(table)} #{record_id}" if record_id else record_kind(table)
