"""The waste register: the List of Waste as loaded, waste types, contractors, transfers.

Movements of waste are ordinary flow records (so the ledger, balances and imports see
them); this module only adds what a flow cannot say: which classifier entry a waste is,
who received a transfer under which R/D operation, and which stock nodes are temporary
storage and which are technogenic formations.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from greendesk.models.base import Base, Timestamped, utcnow
from greendesk.models.plant import _enum


class EntryLevel(enum.StrEnum):
    """The List of Waste's three levels: 2-digit chapters, 4-digit sub-chapters, 6-digit entries."""

    CHAPTER = "chapter"
    SUBCHAPTER = "subchapter"
    ENTRY = "entry"


class PhysicalState(enum.StrEnum):
    """A waste's physical state, as the waste passport records it."""
    SOLID = "solid"
    POWDER = "powder"  # dusty, powdery
    SLUDGE = "sludge"  # sludge, paste
    LIQUID = "liquid"
    GAS = "gas"  # contained gas


class LegacyLevel(enum.StrEnum):
    """The pre-2021 green / amber / red hazard lists, kept for historical data and statistics."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class StorageRole(enum.StrEnum):
    """What a stock node holding waste is: temporary storage or a technogenic formation."""

    STORAGE = "storage"
    FORMATION = "formation"


# Recovery R1–R13 and disposal D1–D15 operations (Environmental Code 2021, after the EU
# Waste Framework Directive annexes).
WasteOperation = enum.StrEnum(  # type: ignore[misc]
    "WasteOperation",
    [(f"R{i}", f"R{i}") for i in range(1, 14)] + [(f"D{i}", f"D{i}") for i in range(1, 16)],
)


class ClassifierVersion(Base):
    """One load of the classifier: which file, which language, what it changed."""

    __tablename__ = "classifier_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    language: Mapped[str] = mapped_column(String(8))
    label: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(400))
    file_sha256: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    entries: Mapped[int] = mapped_column(Integer)
    added: Mapped[int] = mapped_column(Integer)
    removed: Mapped[int] = mapped_column(Integer)
    changed: Mapped[int] = mapped_column(Integer)
    retired: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("entries >= 0 AND added >= 0 AND removed >= 0 AND changed >= 0 "
                        "AND retired >= 0", name="counts_non_negative"),
    )


class ClassifierEntry(Base):
    """A chapter, sub-chapter or six-digit entry. Codes are stored as digits only ("010304").

    An entry that disappeared from a newer version while waste types use it is kept with
    `retired_in_id` set, so no waste type is ever left without its code.
    """

    __tablename__ = "classifier_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    level: Mapped[EntryLevel] = mapped_column(_enum(EntryLevel, "entry_level"))
    hazardous: Mapped[bool] = mapped_column(Boolean, default=False)
    mirror: Mapped[bool] = mapped_column(Boolean, default=False)
    retired_in_id: Mapped[int | None] = mapped_column(
        ForeignKey("classifier_version.id", ondelete="RESTRICT"))

    __table_args__ = (
        CheckConstraint(
            "(level = 'chapter' AND length(code) = 2) OR (level = 'subchapter' AND "
            "length(code) = 4) OR (level = 'entry' AND length(code) = 6)",
            name="code_matches_level"),
    )


class ClassifierText(Base):
    """An entry's description in one language; several languages live side by side."""

    __tablename__ = "classifier_text"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("classifier_entry.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    text: Mapped[str] = mapped_column(String(1000))

    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)


class WasteType(Timestamped, Base):
    """A waste of one site: its classifier entry and the material its movements are recorded in.

    One waste type per (site, material), so every flow of a waste material at a site
    belongs to exactly one waste type.
    """

    __tablename__ = "waste_type"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"))
    material_id: Mapped[int] = mapped_column(ForeignKey("material.id", ondelete="RESTRICT"))
    # None while the code awaits a classifier: then `unverified_code` holds it as written
    # ("100607*", the star marking a hazardous entry) until loading a classifier links it
    entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("classifier_entry.id", ondelete="RESTRICT"), index=True)
    unverified_code: Mapped[str | None] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(200))
    physical_state: Mapped[PhysicalState] = mapped_column(
        _enum(PhysicalState, "physical_state"))
    # SET NULL: deleting the node (allowed once no flows refer to it) must not be blocked by
    # a register entry; the waste type then asks for a new generating node.
    generating_node_id: Mapped[int | None] = mapped_column(
        ForeignKey("node.id", ondelete="SET NULL"))
    hp_properties: Mapped[str] = mapped_column(String(120), default="", server_default="")
    mirror_assessment: Mapped[str] = mapped_column(String(2000), default="", server_default="")
    legacy_level: Mapped[LegacyLevel | None] = mapped_column(_enum(LegacyLevel, "legacy_level"))
    storage_limit_months: Mapped[int] = mapped_column(Integer, default=6, server_default="6")
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")

    __table_args__ = (
        UniqueConstraint("site_id", "material_id", name="uq_waste_type_site_material"),
        UniqueConstraint("site_id", "name", name="uq_waste_type_site_name"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("storage_limit_months BETWEEN 1 AND 120", name="storage_limit_range"),
        CheckConstraint("(entry_id IS NULL) <> (unverified_code IS NULL)",
                        name="code_verified_or_kept"),
    )


class WasteContractor(Timestamped, Base):
    """A licensed receiver of waste; `operations` lists the licensed codes ("R4,R5,D9")."""

    __tablename__ = "waste_contractor"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    bin: Mapped[str] = mapped_column(String(12))
    licence_number: Mapped[str] = mapped_column(String(100))
    licence_valid_until: Mapped[date] = mapped_column(Date)
    operations: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")

    __table_args__ = (
        CheckConstraint("length(bin) = 12", name="bin_length"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("length(trim(licence_number)) > 0", name="licence_not_blank"),
    )


class WasteTransfer(Base):
    """Who received a transfer flow and under which recovery or disposal operation.

    Deleting the flow (in the ledger) deletes this row with it.
    """

    __tablename__ = "waste_transfer"
    __period_via__ = "flow_id"  # dated by its flow record: closed with the flow's month

    flow_id: Mapped[int] = mapped_column(
        ForeignKey("flow.id", ondelete="CASCADE"), primary_key=True)
    contractor_id: Mapped[int] = mapped_column(
        ForeignKey("waste_contractor.id", ondelete="RESTRICT"), index=True)
    operation: Mapped[str] = mapped_column(_enum(WasteOperation, "waste_operation"))


class WasteStorage(Base):
    """The role of a stock node that holds waste; an unmarked stock node counts as storage."""

    __tablename__ = "waste_storage"

    node_id: Mapped[int] = mapped_column(
        ForeignKey("node.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[StorageRole] = mapped_column(_enum(StorageRole, "storage_role"))


class WasteBasis(Base):
    """What waste intensities are divided by, as the officer enters it for a year:
    the main product in tonnes and the output value. `site_id` NULL is the enterprise."""

    __tablename__ = "waste_basis"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int | None] = mapped_column(
        ForeignKey("site.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    main_product: Mapped[str] = mapped_column(String(200), default="", server_default="")
    main_product_t: Mapped[float | None] = mapped_column(Float)
    output_value: Mapped[float | None] = mapped_column(Float)
    value_unit: Mapped[str] = mapped_column(String(40), default="million KZT",
                                            server_default="million KZT")

    __table_args__ = (
        CheckConstraint("year BETWEEN 1900 AND 2200", name="year_range"),
        CheckConstraint("main_product_t IS NULL OR main_product_t > 0",
                        name="main_product_positive"),
        CheckConstraint("output_value IS NULL OR output_value > 0", name="output_value_positive"),
    )


class ShareUnit(enum.StrEnum):
    """The units a component's share in a waste's composition is given in."""

    PERCENT = "%"
    MG_PER_KG = "mg/kg"
    G_PER_T = "g/t"


class WasteComponent(Base):
    """One component of a waste's composition as the passport states it: its share and
    where the figure comes from (a laboratory protocol, a calculation). The list is set as
    a whole; `position` keeps the officer's order."""

    __tablename__ = "waste_component"

    id: Mapped[int] = mapped_column(primary_key=True)
    waste_type_id: Mapped[int] = mapped_column(
        ForeignKey("waste_type.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    share: Mapped[float] = mapped_column(Float)
    unit: Mapped[ShareUnit] = mapped_column(_enum(ShareUnit, "share_unit"))
    basis: Mapped[str] = mapped_column(String(300), default="", server_default="")

    __table_args__ = (
        UniqueConstraint("waste_type_id", "position", name="uq_waste_component_position"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("share >= 0", name="share_non_negative"),
    )


class WasteHazardBasis(Base):
    """Why a waste has one hazardous property (HP1–HP15, C16): the protocol, test or
    calculation the passport cites beside it."""

    __tablename__ = "waste_hp_basis"

    waste_type_id: Mapped[int] = mapped_column(
        ForeignKey("waste_type.id", ondelete="CASCADE"), primary_key=True)
    property: Mapped[str] = mapped_column(String(4), primary_key=True)
    basis: Mapped[str] = mapped_column(String(500))

    __table_args__ = (CheckConstraint("length(trim(basis)) > 0", name="basis_not_blank"),)


class WastePassport(Base):
    """What a hazardous-waste passport states beyond the register entry: precautions for
    handling, transport and storage, and who prepared the passport on which date. Blank
    text means not entered (the passport says so)."""

    __tablename__ = "waste_passport"

    waste_type_id: Mapped[int] = mapped_column(
        ForeignKey("waste_type.id", ondelete="CASCADE"), primary_key=True)
    handling: Mapped[str] = mapped_column(String(2000), default="", server_default="")
    transport: Mapped[str] = mapped_column(String(2000), default="", server_default="")
    storage: Mapped[str] = mapped_column(String(2000), default="", server_default="")
    prepared_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    prepared_on: Mapped[date | None] = mapped_column(Date)
