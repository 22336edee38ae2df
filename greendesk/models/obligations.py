"""The obligations register (what must be handed in, to whom, by when) and each due
instance's status.

The register is reference data loaded in versions like the waste classifier: every load
records its file, hash and what it changed; an entry that a newer file drops while statuses
refer to it is kept, retired, so a recorded submission never loses its obligation. A status
row exists only once the officer has said something about an instance (in preparation,
submitted): an instance without one is "not started".
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
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from greendesk.models.audit import Versioned
from greendesk.models.base import Base, LoadedVersion, Timestamped
from greendesk.models.plant import _enum


class ObligationState(enum.StrEnum):
    """Where the officer is with one due instance; "not started" is the absence of a row."""
    NOT_STARTED = "not_started"
    IN_PREPARATION = "in_preparation"
    SUBMITTED = "submitted"


class ObligationVersion(LoadedVersion, Base):
    """One load of the register: which file, its hash, what it changed."""
    __tablename__ = "obligation_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    entries: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("entries >= 0 AND added >= 0 AND removed >= 0 AND changed >= 0",
                        name="counts_non_negative"),
    )


class Obligation(Base):
    """An entry of the register. `deadline` is the rule's structured form as JSON (see
    analysis/deadlines.py), `categories` the facility categories it applies to ("I,II"),
    `threshold_*` a further condition (e.g. ghg_t_co2 >= 20000)."""
    __tablename__ = "obligation"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name_en: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    name_kk: Mapped[str] = mapped_column(String(300))
    basis_act: Mapped[str] = mapped_column(String(300))
    basis_article: Mapped[str] = mapped_column(String(100), default="")
    basis_order: Mapped[str] = mapped_column(String(300), default="")
    basis_date: Mapped[date | None] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(String(20))  # "enterprise" or "site"
    categories: Mapped[str] = mapped_column(String(20))
    threshold_key: Mapped[str | None] = mapped_column(String(40))
    threshold_min: Mapped[float | None] = mapped_column(Float)
    period_kind: Mapped[str] = mapped_column(String(20))
    deadline: Mapped[str] = mapped_column(Text)
    deadline_en: Mapped[str] = mapped_column(String(300))
    deadline_ru: Mapped[str] = mapped_column(String(300))
    deadline_kk: Mapped[str] = mapped_column(String(300))
    authority: Mapped[str] = mapped_column(String(300), default="")
    report_kind: Mapped[str | None] = mapped_column(String(40))
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(Text, default="")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    retired_in_id: Mapped[int | None] = mapped_column(
        ForeignKey("obligation_version.id", ondelete="RESTRICT"))

    __table_args__ = (
        CheckConstraint("scope IN ('enterprise', 'site')", name="scope_known"),
        CheckConstraint("period_kind IN ('month', 'quarter', 'half_year', 'year', 'once')",
                        name="period_kind_known"),
    )


class ObligationStatus(Versioned, Timestamped, Base):
    """The officer's word on one due instance: an obligation, for the enterprise (site None)
    or a site, for one period ("2026-Q1"). A submission carries its date, the authority's
    reference number and the evidence: a file's name and SHA-256, or the export's audit
    entry when the exported workbook itself was handed in."""
    __tablename__ = "obligation_status"

    id: Mapped[int] = mapped_column(primary_key=True)
    obligation_id: Mapped[int] = mapped_column(
        ForeignKey("obligation.id", ondelete="RESTRICT"), index=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="RESTRICT"))
    period: Mapped[str] = mapped_column(String(20))
    state: Mapped[ObligationState] = mapped_column(_enum(ObligationState, "obligation_state"))
    submitted_on: Mapped[date | None] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(100), default="", server_default="")
    evidence_name: Mapped[str] = mapped_column(String(400), default="", server_default="")
    evidence_sha256: Mapped[str | None] = mapped_column(String(64))
    export_entry_id: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(2000), default="", server_default="")

    __table_args__ = (
        # SQLite treats NULLs as distinct: the service keeps the enterprise's rows unique.
        UniqueConstraint("obligation_id", "site_id", "period", name="uq_obligation_status"),
        CheckConstraint("state <> 'submitted' OR submitted_on IS NOT NULL",
                        name="submitted_has_date"),
        CheckConstraint("evidence_sha256 IS NULL OR length(evidence_sha256) = 64",
                        name="sha256_length"),
    )
