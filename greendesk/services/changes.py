"""What an operation touched, so each view can decide for itself whether to refetch."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Entity(StrEnum):
    """The kinds of record a change notice can name.

    A str-valued enum: a member equals (and hashes like) its text, so a notice is unchanged
    on the wire; naming the members keeps a typo from becoming a notice nobody hears."""

    ENTERPRISE = "enterprise"
    SITE = "site"
    PERMIT = "permit"
    NODE = "node"
    MATERIAL = "material"
    FLOW = "flow"
    FLOW_RELATION = "flow_relation"
    IMPORT_BATCH = "import_batch"
    STOCK_TAKING = "stock_taking"
    ASSAY = "assay"
    METHOD_UNCERTAINTY = "method_uncertainty"
    WASTE_TYPE = "waste_type"
    WASTE_CONTRACTOR = "waste_contractor"
    WASTE_MOVEMENT = "waste_movement"
    WASTE_STORAGE = "waste_storage"
    WASTE_BASIS = "waste_basis"
    WASTE_PASSPORT = "waste_passport"  # composition, basis of HP properties, precautions
    CLASSIFIER = "classifier"
    FEE_RATES = "fee_rates"
    FORMATION = "formation"
    FORMATION_SAMPLE = "formation_sample"
    GRADE_COMPONENT = "grade_component"
    MONITORING = "monitoring"
    MONITORING_READING = "monitoring_reading"
    CHECKLIST = "checklist"
    INCIDENT = "incident"
    CLOSED_PERIOD = "closed_period"
    MONTH_CLOSE_WAIVER = "month_close_waiver"
    AUDIT_ENTRY = "audit_entry"
    OBLIGATION = "obligation"  # the register loaded
    OBLIGATION_STATUS = "obligation_status"
    EMISSION_SOURCE = "emission_source"  # with its streams and abatement
    EMISSION_FACTOR = "emission_factor"
    EMISSION_NORM = "emission_norm"


@dataclass(frozen=True)
class Changes:
    """The entities touched (see `Entity`) and the ids of the records, where known."""

    entities: frozenset[Entity] = field(default_factory=frozenset)
    ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *entities: Entity, ids: tuple[int, ...] = ()) -> Changes:
        """The Changes naming these entities (and record ids)."""
        return cls(frozenset(entities), frozenset(ids))

    def touches(self, *entities: Entity) -> bool:
        """Whether any of these entities changed; a view refetches only then."""
        return bool(self.entities.intersection(entities))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.entities | other.entities, self.ids | other.ids)
