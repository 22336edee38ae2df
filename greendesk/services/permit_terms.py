"""A permit's conditions (an ordered list of texts) and its waste limits per waste type.

Both are written together by one command that replaces the permit's whole list, so a form
that edits them saves in one transaction and Undo puts the previous list back. The limits
are tonnes per year: accumulation (held in storage at year end) and burial (placed net into
the site's own formations); `permit_checks` compares them with the waste register.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import WasteType
from greendesk.models.permits import PermitCondition, PermitWasteLimit
from greendesk.services.changes import Changes, Entity
from greendesk.services.permits import _get
from greendesk.store.db import Database

MAX_CONDITIONS = 500
MAX_LIMIT_T = 1e12


@dataclass(frozen=True)
class WasteLimit:
    """A permit's limits for one waste type, t/year; None: the permit sets none."""
    waste_type_id: int
    accumulation_t: float | None = None
    burial_t: float | None = None
    waste_type: str = ""  # the waste type's name, as listed (not written)


@dataclass(frozen=True)
class PermitTerms:
    """A permit's conditions, in order, and its waste limits, by waste type name."""
    conditions: tuple[str, ...] = ()
    waste_limits: tuple[WasteLimit, ...] = ()


def _read(s: Session, permit_id: int) -> PermitTerms:
    conditions = tuple(s.scalars(select(PermitCondition.text)
                                 .where(PermitCondition.permit_id == permit_id)
                                 .order_by(PermitCondition.position)))
    limits = tuple(
        WasteLimit(lim.waste_type_id, lim.accumulation_t, lim.burial_t, name)
        for lim, name in s.execute(
            select(PermitWasteLimit, WasteType.name)
            .join(WasteType, WasteType.id == PermitWasteLimit.waste_type_id)
            .where(PermitWasteLimit.permit_id == permit_id).order_by(WasteType.name)))
    return PermitTerms(conditions, limits)


def permit_terms(db: Database, permit_id: int) -> PermitTerms:
    """A permit's conditions and waste limits (empty for a permit without them)."""
    with db.read() as s:
        return _read(s, permit_id)


def all_waste_limits(db: Database) -> dict[int, tuple[WasteLimit, ...]]:
    """Every permit's waste limits, by permit id."""
    out: dict[int, list[WasteLimit]] = {}
    with db.read() as s:
        for lim, name in s.execute(select(PermitWasteLimit, WasteType.name)
                                   .join(WasteType, WasteType.id == PermitWasteLimit.waste_type_id)
                                   .order_by(WasteType.name)):
            out.setdefault(lim.permit_id, []).append(
                WasteLimit(lim.waste_type_id, lim.accumulation_t, lim.burial_t, name))
    return {k: tuple(v) for k, v in out.items()}


def _tonnes(value: float | None, name: str) -> float | None:
    if value is None:
        return None
    if not math.isfinite(value) or not 0 <= value <= MAX_LIMIT_T:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A waste limit is a number of tonnes "
                                                       "from 0 up; {value} is not."),
                          value=f"{value:g}", field=name)
    return float(value)


def clean_terms(s: Session, site_id: int, terms: PermitTerms) -> PermitTerms:
    """The terms as stored (conditions trimmed, blank ones dropped); DomainError, one
    sentence, for a condition over 2,000 characters, a limit that is not tonnes from 0 up,
    a waste type with no limit or listed twice, or one of another site."""
    conditions = tuple(" ".join(c.split()) for c in terms.conditions if c.strip())
    if len(conditions) > MAX_CONDITIONS:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A permit lists at most 500 "
                                                       "conditions."), field="conditions")
    for c in conditions:
        if len(c) > 2000:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A permit condition is at most "
                                                           "2,000 characters."),
                              field="conditions")
    types = dict(s.execute(select(WasteType.id, WasteType.name)
                           .where(WasteType.site_id == site_id)).all())
    seen: set[int] = set()
    limits = []
    for lim in terms.waste_limits:
        if lim.waste_type_id not in types:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A permit's waste limits are for "
                                                           "waste types of its own site."),
                              field="waste_limits")
        name = types[lim.waste_type_id]
        if lim.waste_type_id in seen:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The waste type {waste!r} is listed "
                                                           "twice in the permit's limits."),
                              waste=name, field="waste_limits")
        seen.add(lim.waste_type_id)
        acc = _tonnes(lim.accumulation_t, "accumulation_t")
        burial = _tonnes(lim.burial_t, "burial_t")
        if acc is None and burial is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Give the accumulation limit, the "
                                                           "burial limit or both for "
                                                           "{waste!r}."),
                              waste=name, field="waste_limits")
        limits.append(WasteLimit(lim.waste_type_id, acc, burial, name))
    return PermitTerms(conditions, tuple(sorted(limits, key=lambda w: w.waste_type)))


def write_terms(s: Session, permit_id: int, terms: PermitTerms) -> None:
    """Replace the permit's conditions and limits with `terms` (already clean)."""
    s.execute(delete(PermitCondition).where(PermitCondition.permit_id == permit_id))
    s.execute(delete(PermitWasteLimit).where(PermitWasteLimit.permit_id == permit_id))
    s.flush()
    s.add_all(PermitCondition(permit_id=permit_id, position=i, text=text)
              for i, text in enumerate(terms.conditions, 1))
    s.add_all(PermitWasteLimit(permit_id=permit_id, waste_type_id=lim.waste_type_id,
                               accumulation_t=lim.accumulation_t, burial_t=lim.burial_t)
              for lim in terms.waste_limits)


def read_terms(s: Session, permit_id: int) -> PermitTerms:
    """The permit's stored terms, inside a transaction (for a delete to keep for undo)."""
    return _read(s, permit_id)


class SetPermitTerms:
    """Replace a permit's conditions and waste limits; undo puts the previous ones back."""

    def __init__(self, permit_id: int, terms: PermitTerms) -> None:
        self.permit_id, self.terms = permit_id, terms
        self.before: PermitTerms | None = None
        self.after: PermitTerms | None = None

    def apply(self, db: Database) -> Changes:
        """Check the terms (see clean_terms) and write them in one transaction; refused for
        a permit deleted. Announces the permit."""
        with db.write() as s:
            permit = _get(s, self.permit_id)
            if self.after is None:
                self.after = clean_terms(s, permit.site_id, self.terms)
                self.before = _read(s, permit.id)
            write_terms(s, permit.id, self.after)
        return Changes.of(Entity.PERMIT, ids=(self.permit_id,))

    def revert(self, db: Database) -> Changes:
        """Put the previous conditions and limits back; one transaction."""
        assert self.before is not None
        with db.write() as s:
            permit = _get(s, self.permit_id)
            write_terms(s, permit.id, self.before)
        return Changes.of(Entity.PERMIT, ids=(self.permit_id,))


def set_permit_terms(db: Database, permit_id: int, conditions: Sequence[str],
                     waste_limits: Sequence[WasteLimit]) -> Changes:
    """Replace a permit's conditions and waste limits (see SetPermitTerms)."""
    return SetPermitTerms(permit_id, PermitTerms(tuple(conditions),
                                                 tuple(waste_limits))).apply(db)
