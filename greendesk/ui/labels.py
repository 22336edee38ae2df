"""Translated display names for the domain's enumerations (the database keeps the codes).

The names are marked with QT_TRANSLATE_NOOP so that lupdate extracts them, and translated
when shown.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from greendesk.models import LossReason, MaterialCategory, Method, NodeKind, QuantityKind, SiteKind

# Keyed by (type, value): as strings NodeKind.PROCESS == LossReason.PROCESS, so the enum
# members themselves cannot be the keys.
_ENTRIES: list[tuple[Enum, str]] = [
    (SiteKind.MINE, QT_TRANSLATE_NOOP("labels", "Mine or quarry")),
    (SiteKind.CONCENTRATOR, QT_TRANSLATE_NOOP("labels", "Concentrator")),
    (SiteKind.SMELTER, QT_TRANSLATE_NOOP("labels", "Smelter or refinery")),
    (SiteKind.AUXILIARY, QT_TRANSLATE_NOOP("labels", "Auxiliary")),
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
]
_NAMES: dict[tuple[type, str], str] = {(type(k), k.value): v for k, v in _ENTRIES}


def name(value: Enum) -> str:
    """The display name of an enumeration value in the UI's language."""
    return QCoreApplication.translate("labels", _NAMES[(type(value), value.value)])


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
