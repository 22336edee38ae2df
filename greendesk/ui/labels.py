"""Translated display names for the domain's enumerations (the database keeps the codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from greendesk.models import LossReason, MaterialCategory, NodeKind, QuantityKind, SiteKind


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def site_kind(kind: SiteKind) -> str:
    return {
        SiteKind.MINE: _t("Mine or quarry"),
        SiteKind.CONCENTRATOR: _t("Concentrator"),
        SiteKind.SMELTER: _t("Smelter or refinery"),
        SiteKind.AUXILIARY: _t("Auxiliary"),
    }[kind]


def node_kind(kind: NodeKind) -> str:
    return {
        NodeKind.PROCESS: _t("Process"),
        NodeKind.STOCK: _t("Stock or storage"),
        NodeKind.SUPPLIER: _t("Supplier (boundary)"),
        NodeKind.CUSTOMER: _t("Customer (boundary)"),
        NodeKind.ENVIRONMENT: _t("Environment (boundary)"),
        NodeKind.CONTRACTOR: _t("Waste contractor (boundary)"),
        NodeKind.LOSS: _t("Accounted loss"),
    }[kind]


def loss_reason(reason: LossReason) -> str:
    return {
        LossReason.STORAGE: _t("Storage"),
        LossReason.TRANSPORT: _t("Transport"),
        LossReason.HANDLING: _t("Handling"),
        LossReason.PROCESS: _t("Process"),
        LossReason.MEASUREMENT: _t("Measurement"),
    }[reason]


def material_category(cat: MaterialCategory) -> str:
    return {
        MaterialCategory.RAW_MATERIAL: _t("Raw material"),
        MaterialCategory.REAGENT: _t("Reagent"),
        MaterialCategory.INTERMEDIATE: _t("Intermediate"),
        MaterialCategory.PRODUCT: _t("Product"),
        MaterialCategory.BY_PRODUCT: _t("By-product"),
        MaterialCategory.ENERGY_CARRIER: _t("Energy carrier"),
        MaterialCategory.WATER: _t("Water"),
        MaterialCategory.WASTE: _t("Waste"),
    }[cat]


def quantity_kind(kind: QuantityKind) -> str:
    return {
        QuantityKind.MASS: _t("Mass"),
        QuantityKind.VOLUME: _t("Volume"),
        QuantityKind.ENERGY: _t("Energy"),
    }[kind]
