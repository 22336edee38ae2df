"""Translated display names for the domain's enumerations (the database keeps the codes).

The names are marked in the Qt-free greendesk/labels.py, which the reports and the command
line share, and translated here by Qt when shown.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from greendesk import labels as shared
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
