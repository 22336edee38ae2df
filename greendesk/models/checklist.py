"""The greening checklist: template measures and items, each site's actions, their history,
evidence files, environmental incidents and emergency drills."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from greendesk.models.base import Base, utcnow
from greendesk.models.plant import _enum


class CostClass(enum.StrEnum):
    """How the greening approach orders spending: organisational first, investment last."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ActionStatus(enum.StrEnum):
    """Where an action of the greening plan stands."""
    NOT_STARTED = "not_started"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


class ChecklistMeasure(Base):
    """A measure of the greening checklist (M1 .. M10), from the shipped template."""
    __tablename__ = "checklist_measure"

    id: Mapped[str] = mapped_column(String(20), primary_key=True)  # "M1" .. "M10"
    title: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer)
    indicators: Mapped[list[str]] = mapped_column(JSON, default=list)


class ChecklistItem(Base):
    """An action under a measure: from the template (stable id "M1.1") or the officer's own."""

    __tablename__ = "checklist_item"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    measure_id: Mapped[str] = mapped_column(ForeignKey("checklist_measure.id"), index=True)
    text: Mapped[str] = mapped_column(String(1000))
    default_cost: Mapped[CostClass] = mapped_column(_enum(CostClass, "cost_class"))
    position: Mapped[int] = mapped_column(Integer)
    builtin: Mapped[bool] = mapped_column(Boolean, default=True)
    # An officer's own action belongs to one site; template items to all.
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)  # dropped by a newer template

    __table_args__ = (
        CheckConstraint("builtin OR site_id IS NOT NULL", name="own_items_have_a_site"),
    )


class SiteAction(Base):
    """One site's plan entry for one checklist item."""

    __tablename__ = "site_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"))
    item_id: Mapped[str] = mapped_column(ForeignKey("checklist_item.id"), index=True)
    status: Mapped[ActionStatus] = mapped_column(
        _enum(ActionStatus, "action_status"), default=ActionStatus.NOT_STARTED)
    owner: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    cost_class: Mapped[CostClass] = mapped_column(_enum(CostClass, "cost_class"))
    estimated_cost: Mapped[float | None] = mapped_column(Float)  # tenge
    expected_effect: Mapped[float | None] = mapped_column(Float)
    effect_unit: Mapped[str] = mapped_column(String(40), default="")  # "t/yr", "GJ/yr"
    indicator: Mapped[str] = mapped_column(String(60), default="")
    actual_effect: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")
    not_applicable_reason: Mapped[str] = mapped_column(String(1000), default="")
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        UniqueConstraint("site_id", "item_id", name="uq_site_action_site_item"),
        CheckConstraint("estimated_cost IS NULL OR estimated_cost >= 0", name="cost_non_negative"),
        CheckConstraint("start_date IS NULL OR due_date IS NULL OR start_date <= due_date",
                        name="start_before_due"),
        CheckConstraint("status <> 'not_applicable' OR length(not_applicable_reason) > 0",
                        name="not_applicable_needs_reason"),
    )


class ActionChange(Base):
    """The history of a site action: who changed which field when, from what to what."""

    __tablename__ = "action_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("site_action.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    who: Mapped[str] = mapped_column(String(200))
    field: Mapped[str] = mapped_column(String(60))
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")


class Evidence(Base):
    """A document attached to an action, kept inside the database with its SHA-256."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("site_action.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(400))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(200))


class Incident(Base):
    """An environmental emergency (measure 9): what happened, what was released, the response."""

    __tablename__ = "incident"
    __period_column__ = "occurred_on"  # closed periods refuse changes dated in them

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text)
    substances: Mapped[str] = mapped_column(String(500), default="")
    quantity_released: Mapped[float | None] = mapped_column(Float)
    quantity_unit: Mapped[str] = mapped_column(String(20), default="")
    weather: Mapped[str] = mapped_column(String(300), default="")
    response: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint("quantity_released IS NULL OR quantity_released >= 0",
                        name="quantity_non_negative"),
    )


class IncidentWaste(Base):
    """Clean-up wastes of an incident: flow records (waste movements) in the ledger."""

    __tablename__ = "incident_waste"
    __period_via__ = "flow_id"  # dated by its flow record: closed with the flow's month

    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), primary_key=True)
    flow_id: Mapped[int] = mapped_column(ForeignKey("flow.id", ondelete="RESTRICT"),
                                         primary_key=True)


class Drill(Base):
    """An emergency-preparedness drill held for a measure-9 action."""

    __tablename__ = "drill"
    __period_column__ = "held_on"  # closed periods refuse changes dated in them

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("site_action.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(1000), default="")


class TemplateState(Base):
    """Which version of the built-in template this database has merged."""

    __tablename__ = "checklist_template_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
