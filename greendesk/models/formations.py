"""Technogenic mineral formations (dumps, tailings, slag heaps), their sampling and monitoring.

A formation keeps the figures as the officer gave them (tonnage, volume, bulk density: any
two derive the third, see analysis.formations); what it holds is measured by assays of
samples, optionally grouped into blocks with their own tonnage. Monitoring points measure
parameters against permitted limits at a formation or at a pollution source.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from greendesk.models.base import Base, Timestamped
from greendesk.models.plant import _enum


class FormationKind(enum.StrEnum):
    """The kinds of technogenic mineral formation."""
    WASTE_ROCK_DUMP = "waste_rock_dump"
    TAILINGS = "tailings"  # tailings storage facility
    SLAG_HEAP = "slag_heap"
    SLUDGE_POND = "sludge_pond"
    HEAP_LEACH_RESIDUE = "heap_leach_residue"
    OTHER = "other"


class FormationStatus(enum.StrEnum):
    """A formation's state of operation."""
    OPERATING = "operating"
    INACTIVE = "inactive"
    CLOSED = "closed"
    RECLAIMED = "reclaimed"
    ABANDONED = "abandoned"  # no owner looks after it: the largest liability
    UNDER_CONSTRUCTION = "under_construction"


class ConstructionMethod(enum.StrEnum):
    """How a tailings dam is raised; upstream dams are the ones that fail most often."""

    UPSTREAM = "upstream"
    DOWNSTREAM = "downstream"
    CENTRELINE = "centreline"
    WATER_RETAINING = "water_retaining"  # a conventional dam built to full height
    OTHER = "other"


class ConsequenceClass(enum.StrEnum):
    """Dam failure consequence classification (GISTM / CDA scale)."""

    LOW = "low"
    SIGNIFICANT = "significant"
    HIGH = "high"
    VERY_HIGH = "very_high"
    EXTREME = "extreme"


class GradeUnit(enum.StrEnum):
    """The units a component's grade is given in."""
    PERCENT = "%"
    GRAM_PER_TONNE = "g/t"


class Medium(enum.StrEnum):
    """What a monitoring point samples."""
    AIR = "air"
    GROUNDWATER = "groundwater"
    SURFACE_WATER = "surface_water"
    SOIL = "soil"
    STRUCTURE = "structure"  # water level in the pond, settlement of the dam


class SourceKind(enum.StrEnum):
    """What a monitoring point watches."""

    FORMATION = "formation"
    STACK = "stack"
    DISCHARGE = "discharge"
    DUSTING_SURFACE = "dusting_surface"
    OTHER = "other"


class Formation(Timestamped, Base):
    """A technogenic mineral formation: a dump, tailings facility or slag heap, with its
    tonnage figures, construction and hazard."""
    __tablename__ = "formation"

    id: Mapped[int] = mapped_column(primary_key=True)
    # A formation from an external register (an imported national list) has no site.
    site_id: Mapped[int | None] = mapped_column(
        ForeignKey("site.id", ondelete="SET NULL"), index=True)
    # The stock node placements go to: its tonnage grows with the ledger.
    node_id: Mapped[int | None] = mapped_column(
        ForeignKey("node.id", ondelete="SET NULL"), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[FormationKind] = mapped_column(_enum(FormationKind, "formation_kind"))
    status: Mapped[FormationStatus] = mapped_column(
        _enum(FormationStatus, "formation_status"))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    year_from: Mapped[int | None] = mapped_column(Integer)
    year_to: Mapped[int | None] = mapped_column(Integer)
    area_ha: Mapped[float | None] = mapped_column(Float)
    # As given; whichever of the three is missing is derived on reading.
    volume_m3: Mapped[float | None] = mapped_column(Float)
    density_t_m3: Mapped[float | None] = mapped_column(Float)
    tonnage_t: Mapped[float | None] = mapped_column(Float)
    capacity_m3: Mapped[float | None] = mapped_column(Float)  # design / authorised
    capacity_t: Mapped[float | None] = mapped_column(Float)
    # What the formation held before the ledger began (placements from opening_date on add).
    opening_tonnage_t: Mapped[float | None] = mapped_column(Float)
    opening_date: Mapped[date | None] = mapped_column(Date)
    height_m: Mapped[float | None] = mapped_column(Float)
    construction_method: Mapped[ConstructionMethod | None] = mapped_column(
        _enum(ConstructionMethod, "construction_method"))
    consequence_class: Mapped[ConsequenceClass | None] = mapped_column(
        _enum(ConsequenceClass, "consequence_class"))
    waste_code: Mapped[str | None] = mapped_column(String(8))
    hazardous: Mapped[bool | None] = mapped_column(Boolean)
    responsible: Mapped[str] = mapped_column(String(200), default="", server_default="")
    documents: Mapped[str] = mapped_column(String(4000), default="", server_default="")
    operator: Mapped[str] = mapped_column(String(200), default="", server_default="")
    locality: Mapped[str] = mapped_column(String(200), default="", server_default="")
    external_id: Mapped[str | None] = mapped_column(String(60), unique=True)
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="RESTRICT"), index=True)

    __table_args__ = (
        UniqueConstraint("site_id", "name", name="uq_formation_site_name"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("latitude IS NULL OR (latitude >= -90 AND latitude <= 90)",
                        name="latitude_range"),
        CheckConstraint("longitude IS NULL OR (longitude >= -180 AND longitude <= 180)",
                        name="longitude_range"),
        CheckConstraint("year_from IS NULL OR year_to IS NULL OR year_from <= year_to",
                        name="years_in_order"),
        CheckConstraint("area_ha IS NULL OR area_ha >= 0", name="area_non_negative"),
        CheckConstraint("volume_m3 IS NULL OR volume_m3 >= 0", name="volume_non_negative"),
        CheckConstraint("density_t_m3 IS NULL OR (density_t_m3 > 0 AND density_t_m3 < 30)",
                        name="density_range"),
        CheckConstraint("tonnage_t IS NULL OR tonnage_t >= 0", name="tonnage_non_negative"),
        CheckConstraint("capacity_m3 IS NULL OR capacity_m3 >= 0", name="capacity_m3_ok"),
        CheckConstraint("capacity_t IS NULL OR capacity_t >= 0", name="capacity_t_ok"),
        CheckConstraint("opening_tonnage_t IS NULL OR opening_tonnage_t >= 0",
                        name="opening_non_negative"),
        CheckConstraint("height_m IS NULL OR height_m >= 0", name="height_non_negative"),
        CheckConstraint("construction_method IS NULL OR kind = 'tailings'",
                        name="method_for_tailings"),
        CheckConstraint("waste_code IS NULL OR length(waste_code) = 6", name="waste_code_shape"),
    )


class GradeComponent(Base):
    """A useful component assays report (Cu, Au, ...) and its default screening assumptions:
    price per tonne of metal, recovery and processing cost per tonne of material."""

    __tablename__ = "grade_component"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    unit: Mapped[GradeUnit] = mapped_column(_enum(GradeUnit, "grade_unit"))
    price_per_t: Mapped[float | None] = mapped_column(Float)
    recovery_pct: Mapped[float | None] = mapped_column(Float)
    cost_per_t: Mapped[float | None] = mapped_column(Float)

    __table_args__ = (
        CheckConstraint("length(trim(code)) > 0", name="code_not_blank"),
        CheckConstraint("price_per_t IS NULL OR price_per_t >= 0", name="price_non_negative"),
        CheckConstraint("recovery_pct IS NULL OR (recovery_pct >= 0 AND recovery_pct <= 100)",
                        name="recovery_range"),
        CheckConstraint("cost_per_t IS NULL OR cost_per_t >= 0", name="cost_non_negative"),
    )


class FormationAssumption(Base):
    """A formation's own price, recovery or cost for one component (None: the default)."""

    __tablename__ = "formation_assumption"

    id: Mapped[int] = mapped_column(primary_key=True)
    formation_id: Mapped[int] = mapped_column(ForeignKey("formation.id", ondelete="CASCADE"))
    component_id: Mapped[int] = mapped_column(
        ForeignKey("grade_component.id", ondelete="RESTRICT"))
    price_per_t: Mapped[float | None] = mapped_column(Float)
    recovery_pct: Mapped[float | None] = mapped_column(Float)
    cost_per_t: Mapped[float | None] = mapped_column(Float)

    __table_args__ = (
        UniqueConstraint("formation_id", "component_id",
                         name="uq_formation_assumption_formation_component"),
        CheckConstraint("price_per_t IS NULL OR price_per_t >= 0", name="price_non_negative"),
        CheckConstraint("recovery_pct IS NULL OR (recovery_pct >= 0 AND recovery_pct <= 100)",
                        name="recovery_range"),
        CheckConstraint("cost_per_t IS NULL OR cost_per_t >= 0", name="cost_non_negative"),
    )


class FormationBlock(Base):
    """A delineated block or zone of a formation with its own tonnage."""

    __tablename__ = "formation_block"

    id: Mapped[int] = mapped_column(primary_key=True)
    formation_id: Mapped[int] = mapped_column(ForeignKey("formation.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    tonnage_t: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")

    __table_args__ = (
        UniqueConstraint("formation_id", "name", name="uq_formation_block_formation_name"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("tonnage_t > 0", name="tonnage_positive"),
    )


class FormationSample(Base):
    """A sample taken from a formation (in a block or not); its grades are its assays."""
    __tablename__ = "formation_sample"

    id: Mapped[int] = mapped_column(primary_key=True)
    formation_id: Mapped[int] = mapped_column(ForeignKey("formation.id", ondelete="CASCADE"))
    block_id: Mapped[int | None] = mapped_column(
        ForeignKey("formation_block.id", ondelete="SET NULL"), index=True)
    code: Mapped[str] = mapped_column(String(60))
    taken_on: Mapped[date | None] = mapped_column(Date)
    depth_m: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="RESTRICT"), index=True)

    __table_args__ = (
        UniqueConstraint("formation_id", "code", name="uq_formation_sample_formation_code"),
        CheckConstraint("length(trim(code)) > 0", name="code_not_blank"),
        CheckConstraint("depth_m IS NULL OR depth_m >= 0", name="depth_non_negative"),
    )


class FormationAssay(Base):
    """One component's grade in one sample: as entered, and in g/t (1 % = 10,000 g/t)."""

    __tablename__ = "formation_assay"

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(
        ForeignKey("formation_sample.id", ondelete="CASCADE"))
    # Denormalised from the sample, so that a register's grades are one covering-index
    # GROUP BY (formation, component) however many assays it has.
    formation_id: Mapped[int] = mapped_column(ForeignKey("formation.id", ondelete="CASCADE"))
    component_id: Mapped[int] = mapped_column(
        ForeignKey("grade_component.id", ondelete="RESTRICT"))
    grade_entered: Mapped[float] = mapped_column(Float)
    unit_entered: Mapped[str] = mapped_column(String(10))
    grade_gpt: Mapped[float] = mapped_column(Float)

    __table_args__ = (
        UniqueConstraint("sample_id", "component_id",
                         name="uq_formation_assay_sample_component"),
        CheckConstraint("grade_entered >= 0", name="grade_entered_non_negative"),
        CheckConstraint("grade_gpt >= 0 AND grade_gpt <= 1000000", name="grade_range"),
        Index("ix_formation_assay_formation_component", "formation_id", "component_id",
              "grade_gpt"),
    )


class MonitoringParameter(Base):
    """What is measured (PM10, pH, sulphate, ...) and in which unit readings are kept."""

    __tablename__ = "monitoring_parameter"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    unit: Mapped[str] = mapped_column(String(20))

    __table_args__ = (CheckConstraint("length(trim(code)) > 0", name="code_not_blank"),)


class MonitoringPoint(Timestamped, Base):
    """A place where the environment around a formation or node is sampled, at a required
    interval."""
    __tablename__ = "monitoring_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="SET NULL"))
    formation_id: Mapped[int | None] = mapped_column(
        ForeignKey("formation.id", ondelete="SET NULL"), index=True)
    node_id: Mapped[int | None] = mapped_column(ForeignKey("node.id", ondelete="SET NULL"))
    source_kind: Mapped[SourceKind] = mapped_column(_enum(SourceKind, "source_kind"))
    medium: Mapped[Medium] = mapped_column(_enum(Medium, "monitoring_medium"))
    # Readings are required at least this often (31: monthly, 92: quarterly).
    interval_days: Mapped[int] = mapped_column(Integer)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("interval_days > 0 AND interval_days <= 3660", name="interval_range"),
    )


class MonitoringLimit(Base):
    """The permitted range of one parameter at one point. `inclusive`: a reading equal to
    the limit already counts as an exceedance."""

    __tablename__ = "monitoring_limit"

    id: Mapped[int] = mapped_column(primary_key=True)
    point_id: Mapped[int] = mapped_column(
        ForeignKey("monitoring_point.id", ondelete="CASCADE"))
    parameter_id: Mapped[int] = mapped_column(
        ForeignKey("monitoring_parameter.id", ondelete="RESTRICT"))
    max_value: Mapped[float | None] = mapped_column(Float)
    min_value: Mapped[float | None] = mapped_column(Float)  # pH has a lower limit too
    inclusive: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    basis: Mapped[str] = mapped_column(String(400), default="", server_default="")

    __table_args__ = (
        UniqueConstraint("point_id", "parameter_id",
                         name="uq_monitoring_limit_point_parameter"),
        CheckConstraint("max_value IS NOT NULL OR min_value IS NOT NULL", name="some_bound"),
        CheckConstraint("max_value IS NULL OR min_value IS NULL OR min_value <= max_value",
                        name="bounds_in_order"),
    )


class PekFrequency(enum.StrEnum):
    """How often the production environmental control programme measures a parameter."""
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


class PekProgrammeItem(Base):
    """One line of the production environmental control (PEK) programme: a parameter
    measured at a point, by which method, how often and by which laboratory. The norm it is
    compared with is the point's MonitoringLimit for the parameter."""

    __tablename__ = "pek_programme_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    point_id: Mapped[int] = mapped_column(
        ForeignKey("monitoring_point.id", ondelete="CASCADE"), index=True)
    parameter_id: Mapped[int] = mapped_column(
        ForeignKey("monitoring_parameter.id", ondelete="RESTRICT"))
    method: Mapped[str] = mapped_column(String(300), default="", server_default="")
    frequency: Mapped[PekFrequency] = mapped_column(_enum(PekFrequency, "pek_frequency"))
    laboratory: Mapped[str] = mapped_column(String(300), default="", server_default="")

    __table_args__ = (
        UniqueConstraint("point_id", "parameter_id", name="uq_pek_programme_point_parameter"),
    )


class MonitoringReading(Base):
    """One measured value of a parameter at a point on a day."""
    __tablename__ = "monitoring_reading"
    __period_column__ = "taken_on"  # closed periods refuse changes dated in them

    id: Mapped[int] = mapped_column(primary_key=True)
    point_id: Mapped[int] = mapped_column(
        ForeignKey("monitoring_point.id", ondelete="CASCADE"))
    parameter_id: Mapped[int] = mapped_column(
        ForeignKey("monitoring_parameter.id", ondelete="RESTRICT"))
    taken_on: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="RESTRICT"), index=True)

    __table_args__ = (
        Index("ix_monitoring_reading_point_parameter_date", "point_id", "parameter_id",
              "taken_on"),
        Index("ix_monitoring_reading_taken_on", "taken_on"),
    )
