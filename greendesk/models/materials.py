"""The material catalogue: what flows, in which kind of quantity, with which properties."""

from __future__ import annotations

import enum

from sqlalchemy import CheckConstraint, Float, String
from sqlalchemy.orm import Mapped, mapped_column

from greendesk.models.audit import Versioned
from greendesk.models.base import Base, Timestamped
from greendesk.models.plant import _enum


class MaterialCategory(enum.StrEnum):
    """The role of a material, which decides how balances and indicators count it."""
    RAW_MATERIAL = "raw_material"
    REAGENT = "reagent"
    INTERMEDIATE = "intermediate"
    PRODUCT = "product"
    BY_PRODUCT = "by_product"
    ENERGY_CARRIER = "energy_carrier"
    WATER = "water"
    WASTE = "waste"


class QuantityKind(enum.StrEnum):
    """The canonical unit follows from the kind: t, m³ or GJ."""

    MASS = "mass"
    VOLUME = "volume"
    ENERGY = "energy"


CANONICAL_UNIT = {QuantityKind.MASS: "t", QuantityKind.VOLUME: "m³", QuantityKind.ENERGY: "GJ"}


class Material(Versioned, Timestamped, Base):
    """A material measured by mass, volume or energy, with the factors its units need."""
    __tablename__ = "material"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    category: Mapped[MaterialCategory] = mapped_column(
        _enum(MaterialCategory, "material_category"), index=True
    )
    kind: Mapped[QuantityKind] = mapped_column(_enum(QuantityKind, "quantity_kind"))
    default_unit: Mapped[str] = mapped_column(String(20))
    density_t_per_m3: Mapped[float | None] = mapped_column(Float)
    # Net calorific value per canonical unit of the material's own kind (GJ/t or GJ/m³).
    ncv_gj_per_unit: Mapped[float | None] = mapped_column(Float)
    # Officially tabled tonnes of coal equivalent per `tce_factor_unit` (e.g. 0.123 per MWh).
    tce_factor: Mapped[float | None] = mapped_column(Float)
    tce_factor_unit: Mapped[str | None] = mapped_column(String(20))
    waste_code: Mapped[str | None] = mapped_column(String(8))  # List of Waste, six digits
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(
            "density_t_per_m3 IS NULL OR (density_t_per_m3 > 0 AND density_t_per_m3 < 30)",
            name="density_range",
        ),
        CheckConstraint(
            "ncv_gj_per_unit IS NULL OR (ncv_gj_per_unit > 0 AND ncv_gj_per_unit < 200)",
            name="ncv_range",
        ),
        CheckConstraint("tce_factor IS NULL OR tce_factor > 0", name="tce_factor_positive"),
        CheckConstraint(
            "(tce_factor IS NULL) = (tce_factor_unit IS NULL)", name="tce_factor_with_unit"
        ),
        CheckConstraint(
            "waste_code IS NULL OR (length(waste_code) = 6 AND category = 'waste')",
            name="waste_code_shape",
        ),
    )
