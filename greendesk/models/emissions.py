"""Emissions to air and discharges to water: the sources of a site, the ledger streams that
drive them, their abatement, the factor library and the permit's norms per source and
substance.

A source's emissions are computed from the ledger (the streams' quantities times their
share, times a factor of the loaded library, less abatement) unless the monitoring section
holds instrumental readings at the point linked to it; a discharge's pollutants are its
water streams times the concentrations measured at its point. Factors are versioned reference data
the officer loads (like the waste classifier), never constants in code. Every key here is
RESTRICT except the source's monitoring point (SET NULL: deleting a point leaves the source
computed); the services delete a source's streams, abatement and norms with it.
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
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from greendesk.models.audit import Versioned
from greendesk.models.base import Base, LoadedVersion, Timestamped
from greendesk.models.plant import _enum


class EmissionSourceKind(enum.StrEnum):
    """To air: organised (a stack or vent with measured geometry) or fugitive (a dusting
    surface, a haul road, a transfer point); to water: a discharge point (mine water,
    tailings water, process water), its pollutants from the concentrations measured at its
    monitoring point."""
    ORGANISED = "organised"
    FUGITIVE = "fugitive"
    DISCHARGE = "discharge"


class FactorUnit(enum.StrEnum):
    """The units a factor of the library is stated in; each says what it multiplies."""
    KG_PER_TJ = "kg/TJ"  # energy of the fuel burned (NCV basis)
    G_PER_GJ = "g/GJ"
    KG_PER_T = "kg/t"  # tonnes of the activity material
    TJ_PER_GG = "TJ/Gg"  # a net calorific value (= GJ/t), not an emission factor
    SULPHUR_PERCENT = "%S"  # SO₂ from the fuel's sulphur: value S %, parameter η′


class EmissionSource(Versioned, Timestamped, Base):
    """A source of emissions to air on a site, numbered as the permit's inventory numbers
    it; an organised source carries its stack's geometry and flue gas."""
    __tablename__ = "emission_source"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"), index=True)
    node_id: Mapped[int | None] = mapped_column(ForeignKey("node.id", ondelete="RESTRICT"))
    number: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[EmissionSourceKind] = mapped_column(
        _enum(EmissionSourceKind, "emission_source_kind"))
    mobile: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    height_m: Mapped[float | None] = mapped_column(Float)
    diameter_m: Mapped[float | None] = mapped_column(Float)
    gas_flow_m3_s: Mapped[float | None] = mapped_column(Float)
    gas_temperature_c: Mapped[float | None] = mapped_column(Float)
    # Readings in g/s at this point make the source's emissions measured, not calculated.
    monitoring_point_id: Mapped[int | None] = mapped_column(
        ForeignKey("monitoring_point.id", ondelete="SET NULL"))
    hours_per_year: Mapped[float | None] = mapped_column(Float)  # to turn g/s into tonnes
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")

    __table_args__ = (
        UniqueConstraint("site_id", "number", name="uq_emission_source_site_number"),
        CheckConstraint("length(trim(number)) > 0", name="number_not_blank"),
        CheckConstraint("hours_per_year IS NULL OR (hours_per_year > 0 AND "
                        "hours_per_year <= 8784)", name="hours_in_a_year"),
    )


class SourceStream(Base):
    """A ledger stream (from node → to node, material) that drives a source, the share of
    it attributed to the source, and the factor library's name of its material."""
    __tablename__ = "source_stream"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("emission_source.id", ondelete="RESTRICT"), index=True)
    from_node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="RESTRICT"))
    to_node_id: Mapped[int] = mapped_column(ForeignKey("node.id", ondelete="RESTRICT"))
    material_id: Mapped[int] = mapped_column(ForeignKey("material.id", ondelete="RESTRICT"))
    activity: Mapped[str] = mapped_column(String(40))  # e.g. "diesel_offroad", "coal"
    share: Mapped[float] = mapped_column(Float)

    __table_args__ = (
        CheckConstraint("share > 0 AND share <= 1", name="share_range"),
        CheckConstraint("length(trim(activity)) > 0", name="activity_not_blank"),
    )


class SourceAbatement(Base):
    """Abatement equipment on a source and its efficiency η (0 to below 1) for one
    substance."""
    __tablename__ = "source_abatement"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("emission_source.id", ondelete="RESTRICT"), index=True)
    equipment: Mapped[str] = mapped_column(String(200))
    substance: Mapped[str] = mapped_column(String(20))
    efficiency: Mapped[float] = mapped_column(Float)

    __table_args__ = (
        UniqueConstraint("source_id", "substance", name="uq_source_abatement_substance"),
        CheckConstraint("efficiency >= 0 AND efficiency < 1", name="efficiency_range"),
    )


class FactorVersion(LoadedVersion, Base):
    """One load of the factor library: which file, when, and what it changed."""
    __tablename__ = "factor_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    entries: Mapped[int] = mapped_column(Integer)


class EmissionFactor(Base):
    """A factor (or a net calorific value) of one version of the library: substance,
    activity material, value and unit, method or tier, its source, the days it is valid."""
    __tablename__ = "emission_factor"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("factor_version.id", ondelete="RESTRICT"), index=True)
    substance: Mapped[str] = mapped_column(String(20))  # "CO2", "SO2", "NCV"
    activity: Mapped[str] = mapped_column(String(40))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[FactorUnit] = mapped_column(_enum(FactorUnit, "factor_unit"))
    parameter: Mapped[float | None] = mapped_column(Float)  # η′ of the %S formula
    method: Mapped[str] = mapped_column(String(100), default="", server_default="")
    citation: Mapped[str] = mapped_column(String(400))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("value >= 0", name="value_not_negative"),
        CheckConstraint("length(trim(citation)) > 0", name="citation_given"),
    )


class EmissionNorm(Versioned, Base):
    """A permit's norm for one source and substance: g/s and t/year, valid on its days."""
    __tablename__ = "emission_norm"

    id: Mapped[int] = mapped_column(primary_key=True)
    permit_id: Mapped[int] = mapped_column(
        ForeignKey("permit.id", ondelete="RESTRICT"), index=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("emission_source.id", ondelete="RESTRICT"), index=True)
    substance: Mapped[str] = mapped_column(String(20))
    g_per_s: Mapped[float | None] = mapped_column(Float)
    t_per_year: Mapped[float | None] = mapped_column(Float)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("g_per_s IS NOT NULL OR t_per_year IS NOT NULL", name="some_norm"),
        CheckConstraint("(g_per_s IS NULL OR g_per_s >= 0) AND "
                        "(t_per_year IS NULL OR t_per_year >= 0)", name="norm_not_negative"),
        CheckConstraint("valid_until IS NULL OR valid_until > valid_from",
                        name="valid_until_after_valid_from"),
    )
