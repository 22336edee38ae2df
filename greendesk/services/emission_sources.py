"""Emission sources with their streams and abatement, and the permits' norms for them.

A source is written whole (its streams and abatement rows with it) in one transaction,
recorded in the audit trail by the session listener; each command reverts, so the window's
Undo takes it back. A source with norms is deleted only after its norms, so no permit
loses a norm without the officer seeing it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError, NotFoundError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import Material, Node, Site
from greendesk.models.emissions import (
    EmissionNorm,
    EmissionSource,
    EmissionSourceKind,
    SourceAbatement,
    SourceStream,
)
from greendesk.models.permits import Permit
from greendesk.services.changes import Changes, Entity
from greendesk.services.conflicts import check_version
from greendesk.store.db import Database


@dataclass(frozen=True)
class StreamDraft:
    """A ledger stream driving a source: from node, to node, material; the factor
    library's name of its material (`activity`) and the share attributed (0 to 1]."""
    from_node_id: int
    to_node_id: int
    material_id: int
    activity: str
    share: float = 1.0


@dataclass(frozen=True)
class AbatementDraft:
    """Abatement equipment's efficiency η (0 to below 1) for one substance."""
    equipment: str
    substance: str
    efficiency: float


@dataclass(frozen=True)
class SourceDraft:
    """A source as the officer enters it."""
    site_id: int
    number: str
    name: str
    kind: EmissionSourceKind
    node_id: int | None = None
    mobile: bool = False
    height_m: float | None = None
    diameter_m: float | None = None
    gas_flow_m3_s: float | None = None
    gas_temperature_c: float | None = None
    monitoring_point_id: int | None = None
    hours_per_year: float | None = None
    streams: tuple[StreamDraft, ...] = ()
    abatement: tuple[AbatementDraft, ...] = ()
    note: str = ""


FIELDS = ("site_id", "number", "name", "kind", "node_id", "mobile", "height_m", "diameter_m",
          "gas_flow_m3_s", "gas_temperature_c", "monitoring_point_id", "hours_per_year", "note")


def _refuse(template: str, field: str | None = None, **args: object) -> DomainError:
    return DomainError(template, field=field, **args)


def _check(s: Session, d: SourceDraft, except_id: int | None) -> SourceDraft:
    number, name = " ".join(d.number.split()), " ".join(d.name.split())
    if not number or len(number) > 20:
        raise _refuse(QT_TRANSLATE_NOOP("Refusal", "Enter the source's number (at most 20 "
                                                   "characters)."), "number")
    if not name:
        raise _refuse(QT_TRANSLATE_NOOP("Refusal", "Enter the source's name."), "name")
    site = s.get(Site, d.site_id)
    if site is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The site no longer exists; it may "
                                                         "have been deleted."))
    q = select(EmissionSource.id).where(EmissionSource.site_id == site.id,
                                        func.lower(EmissionSource.number) == number.lower())
    if except_id is not None:
        q = q.where(EmissionSource.id != except_id)
    if s.scalars(q).first() is not None:
        raise _refuse(QT_TRANSLATE_NOOP("Refusal", "{site!r} already has a source numbered "
                                                   "{number!r}."), "number",
                      site=site.name, number=number)
    for value, label in ((d.height_m, "height_m"), (d.diameter_m, "diameter_m"),
                         (d.gas_flow_m3_s, "gas_flow_m3_s")):
        if value is not None and not value > 0:
            raise _refuse(QT_TRANSLATE_NOOP("Refusal", "A stack's height, diameter and gas flow "
                                                       "are above zero."), label)
    if d.hours_per_year is not None and not 0 < d.hours_per_year <= 8784:
        raise _refuse(QT_TRANSLATE_NOOP("Refusal", "A source works 1 to 8,784 hours a year."),
                      "hours_per_year")
    nodes = [d.node_id] if d.node_id is not None else []
    nodes += [n for st in d.streams for n in (st.from_node_id, st.to_node_id)]
    for node_id in nodes:
        node = s.get(Node, node_id)
        if node is None or node.site_id != site.id:
            raise _refuse(QT_TRANSLATE_NOOP("Refusal", "A source's nodes and streams are on its "
                                                       "own site, {site}."), "streams",
                          site=site.name)
    for st in d.streams:
        if s.get(Material, st.material_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The material no longer exists; it "
                                                             "may have been deleted."))
        if not st.activity.strip():
            raise _refuse(QT_TRANSLATE_NOOP("Refusal", "Name each stream's activity material "
                                                       "as the factor library names it (e.g. "
                                                       "diesel)."), "streams")
        if not 0 < st.share <= 1:
            raise _refuse(QT_TRANSLATE_NOOP("Refusal", "A stream's share of the source is above "
                                                       "0 and at most 1, not {share}."),
                          "streams", share=st.share)
    subs = [a.substance.strip().upper() for a in d.abatement]
    if len(set(subs)) != len(subs) or any(not x for x in subs):
        raise _refuse(QT_TRANSLATE_NOOP("Refusal", "Give each substance's abatement once."),
                      "abatement")
    for a in d.abatement:
        if not 0 <= a.efficiency < 1:
            raise _refuse(QT_TRANSLATE_NOOP("Refusal", "An abatement efficiency η is at least 0 "
                                                       "and below 1, not {eta}."), "abatement",
                          eta=a.efficiency)
    return SourceDraft(
        d.site_id, number, name, d.kind, d.node_id, d.mobile, d.height_m, d.diameter_m,
        d.gas_flow_m3_s, d.gas_temperature_c, d.monitoring_point_id, d.hours_per_year,
        tuple(StreamDraft(st.from_node_id, st.to_node_id, st.material_id,
                          st.activity.strip().lower(), st.share) for st in d.streams),
        tuple(AbatementDraft(" ".join(a.equipment.split()), a.substance.strip().upper(),
                             a.efficiency) for a in d.abatement),
        d.note.strip())


def _write(s: Session, source: EmissionSource, d: SourceDraft) -> None:
    for k in FIELDS:
        setattr(source, k, getattr(d, k))
    s.flush()
    s.execute(delete(SourceStream).where(SourceStream.source_id == source.id))
    s.execute(delete(SourceAbatement).where(SourceAbatement.source_id == source.id))
    s.add_all(SourceStream(source_id=source.id, from_node_id=st.from_node_id,
                           to_node_id=st.to_node_id, material_id=st.material_id,
                           activity=st.activity, share=st.share) for st in d.streams)
    s.add_all(SourceAbatement(source_id=source.id, equipment=a.equipment,
                              substance=a.substance, efficiency=a.efficiency)
              for a in d.abatement)


def _draft_of(s: Session, source: EmissionSource) -> SourceDraft:
    streams = tuple(StreamDraft(x.from_node_id, x.to_node_id, x.material_id, x.activity, x.share)
                    for x in s.scalars(select(SourceStream).where(
                        SourceStream.source_id == source.id).order_by(SourceStream.id)))
    abatement = tuple(AbatementDraft(x.equipment, x.substance, x.efficiency)
                      for x in s.scalars(select(SourceAbatement).where(
                          SourceAbatement.source_id == source.id).order_by(SourceAbatement.id)))
    values = {k: getattr(source, k) for k in FIELDS}
    return SourceDraft(**values, streams=streams, abatement=abatement)


def _get(s: Session, source_id: int) -> EmissionSource:
    source = s.get(EmissionSource, source_id)
    if source is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The emission source no longer exists; "
                                                         "it may have been deleted."))
    return source


class AddSource:
    """Add a source with its streams and abatement; undo deletes it, redo adds it back."""

    def __init__(self, draft: SourceDraft) -> None:
        self.draft = draft
        self.id: int | None = None

    def apply(self, db: Database) -> Changes:
        """Check the draft (number free on its site, nodes on the site, shares and η in
        range) and write it in one transaction. Announces the source."""
        with db.write() as s:
            d = _check(s, self.draft, None)
            source = EmissionSource(id=self.id) if self.id is not None else EmissionSource()
            s.add(source)
            _write(s, source, d)
            self.id = source.id
        return Changes.of(Entity.EMISSION_SOURCE, ids=(self.id,))

    def revert(self, db: Database) -> Changes:
        """Delete the source added. Announces the source."""
        assert self.id is not None
        return DeleteSource(self.id).apply(db)


class EditSource:
    """Change a source, its streams and its abatement; undo restores them."""

    def __init__(self, source_id: int, draft: SourceDraft, version: int | None = None
                 ) -> None:
        self.source_id, self.draft, self.version = source_id, draft, version
        self.before: SourceDraft | None = None

    def apply(self, db: Database) -> Changes:
        """Check the draft as AddSource does and write it in one transaction; refused for
        a source edited elsewhere since `version`."""
        with db.write() as s:
            source = _get(s, self.source_id)
            if self.before is None:
                check_version(s, source, self.version)
            d = _check(s, self.draft, source.id)
            self.before = self.before or _draft_of(s, source)
            _write(s, source, d)
        return Changes.of(Entity.EMISSION_SOURCE, ids=(self.source_id,))

    def revert(self, db: Database) -> Changes:
        """Put back what the edit replaced."""
        assert self.before is not None
        with db.write() as s:
            _write(s, _get(s, self.source_id), self.before)
        return Changes.of(Entity.EMISSION_SOURCE, ids=(self.source_id,))


class DeleteSource:
    """Delete a source with its streams and abatement; undo restores it, id unchanged."""

    def __init__(self, source_id: int) -> None:
        self.source_id = source_id
        self.before: SourceDraft | None = None

    def apply(self, db: Database) -> Changes:
        """Refused while a permit holds norms for the source; one transaction."""
        with db.write() as s:
            source = _get(s, self.source_id)
            if s.scalars(select(EmissionNorm.id).where(
                    EmissionNorm.source_id == source.id)).first() is not None:
                raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Source {number} has permit norms; "
                                                               "delete them first."),
                                  number=source.number)
            self.before = _draft_of(s, source)
            s.execute(delete(SourceStream).where(SourceStream.source_id == source.id))
            s.execute(delete(SourceAbatement).where(SourceAbatement.source_id == source.id))
            s.delete(source)
        return Changes.of(Entity.EMISSION_SOURCE, ids=(self.source_id,))

    def revert(self, db: Database) -> Changes:
        """Restore the deleted source with the same id."""
        assert self.before is not None
        with db.write() as s:
            d = _check(s, self.before, None)
            source = EmissionSource(id=self.source_id)
            s.add(source)
            _write(s, source, d)
        return Changes.of(Entity.EMISSION_SOURCE, ids=(self.source_id,))


def add_source(db: Database, draft: SourceDraft) -> tuple[int, Changes]:
    """Add a source (see AddSource): its id and the Changes."""
    cmd = AddSource(draft)
    changes = cmd.apply(db)
    assert cmd.id is not None
    return cmd.id, changes


# ---------------------------------------------------------------- norms
@dataclass(frozen=True)
class NormDraft:
    """A permit's norm for a source and substance (g/s, t/year or both) and its days."""
    permit_id: int
    source_id: int
    substance: str
    g_per_s: float | None
    t_per_year: float | None
    valid_from: date
    valid_until: date | None = None


def _check_norm(s: Session, d: NormDraft) -> str:
    """The norm's substance as stored, or DomainError for a rule it breaks."""
    substance = d.substance.strip().upper()
    if not substance:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Name the norm's substance."),
                          field="substance")
    if d.g_per_s is None and d.t_per_year is None:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A norm states g/s, t/year or both."),
                          field="t_per_year")
    if any(v is not None and not v >= 0 for v in (d.g_per_s, d.t_per_year)):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A norm cannot be negative."),
                          field="t_per_year")
    if d.valid_until is not None and d.valid_until <= d.valid_from:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A norm's validity must end after "
                                                       "it begins."), field="valid_until")
    permit, source = s.get(Permit, d.permit_id), _get(s, d.source_id)
    if permit is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The permit no longer exists; "
                                                         "it may have been deleted."))
    if permit.site_id != source.site_id:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Permit {permit} is not of the "
                                                       "site of source {number}."),
                          permit=permit.number, number=source.number)
    return substance


class AddNorm:
    """Add a norm to a permit; undo deletes it."""

    def __init__(self, draft: NormDraft) -> None:
        self.draft = draft
        self.id: int | None = None

    def apply(self, db: Database) -> Changes:
        """Refuses a norm without a figure, a negative one, a source on another site than
        the permit's, and validity ending before it begins. One transaction."""
        d = self.draft
        with db.write() as s:
            substance = _check_norm(s, d)
            norm = EmissionNorm(id=self.id, permit_id=d.permit_id, source_id=d.source_id,
                                substance=substance, g_per_s=d.g_per_s,
                                t_per_year=d.t_per_year, valid_from=d.valid_from,
                                valid_until=d.valid_until)
            s.add(norm)
            s.flush()
            self.id = norm.id
        return Changes.of(Entity.EMISSION_NORM, ids=(self.id,))

    def revert(self, db: Database) -> Changes:
        """Delete the norm added."""
        assert self.id is not None
        with db.write() as s:
            norm = s.get(EmissionNorm, self.id)
            if norm is not None:
                s.delete(norm)
        return Changes.of(Entity.EMISSION_NORM, ids=(self.id,))


def add_norm(db: Database, draft: NormDraft) -> tuple[int, Changes]:
    """Add a norm (see AddNorm): its id and the Changes."""
    cmd = AddNorm(draft)
    changes = cmd.apply(db)
    assert cmd.id is not None
    return cmd.id, changes


class DeleteNorm:
    """Delete a norm; undo puts it back with the same id."""

    def __init__(self, norm_id: int) -> None:
        self.norm_id = norm_id
        self._draft: NormDraft | None = None

    def apply(self, db: Database) -> Changes:
        """Delete the norm in one transaction; NotFoundError for one already gone."""
        with db.write() as s:
            norm = s.get(EmissionNorm, self.norm_id)
            if norm is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The norm no longer exists; it "
                                                                 "may have been deleted."))
            self._draft = NormDraft(norm.permit_id, norm.source_id, norm.substance,
                                    norm.g_per_s, norm.t_per_year, norm.valid_from,
                                    norm.valid_until)
            s.delete(norm)
        return Changes.of(Entity.EMISSION_NORM, ids=(self.norm_id,))

    def revert(self, db: Database) -> Changes:
        """Restore the deleted norm, id unchanged."""
        assert self._draft is not None
        cmd = AddNorm(self._draft)
        cmd.id = self.norm_id
        return cmd.apply(db)


class EditNorm:
    """Change a norm's permit, substance, figures or validity; undo restores them."""

    def __init__(self, norm_id: int, draft: NormDraft, version: int | None = None) -> None:
        self.norm_id, self.draft, self.version = norm_id, draft, version
        self.before: NormDraft | None = None

    def _set(self, db: Database, d: NormDraft, check: bool) -> Changes:
        with db.write() as s:
            norm = s.get(EmissionNorm, self.norm_id)
            if norm is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The norm no longer exists; it "
                                                                 "may have been deleted."))
            if check:
                check_version(s, norm, self.version)
            substance = _check_norm(s, d)
            self.before = self.before or NormDraft(
                norm.permit_id, norm.source_id, norm.substance, norm.g_per_s, norm.t_per_year,
                norm.valid_from, norm.valid_until)
            norm.permit_id, norm.source_id, norm.substance = d.permit_id, d.source_id, substance
            norm.g_per_s, norm.t_per_year = d.g_per_s, d.t_per_year
            norm.valid_from, norm.valid_until = d.valid_from, d.valid_until
        return Changes.of(Entity.EMISSION_NORM, ids=(self.norm_id,))

    def apply(self, db: Database) -> Changes:
        """Check the draft as AddNorm does and write it in one transaction; refused for a
        norm edited elsewhere since `version`."""
        return self._set(db, self.draft, self.before is None)

    def revert(self, db: Database) -> Changes:
        """Put back what the edit replaced."""
        assert self.before is not None
        return self._set(db, self.before, False)


# ---------------------------------------------------------------- lists
@dataclass(frozen=True)
class SourceRow:
    """A source as the section lists it."""
    id: int
    site: str
    number: str
    name: str
    kind: EmissionSourceKind
    mobile: bool
    height_m: float | None
    streams: int
    abatement: str  # "DUST 0.99" …
    version: int | None = None  # pass back to EditSource to catch edits made elsewhere


def list_sources(db: Database, site_id: int | None = None) -> list[SourceRow]:
    """Every source (or one site's), by site name and number."""
    with db.read() as s:
        q = (select(EmissionSource, Site.name).join(Site, Site.id == EmissionSource.site_id)
             .order_by(Site.name, EmissionSource.number))
        if site_id is not None:
            q = q.where(EmissionSource.site_id == site_id)
        out = []
        for src, site in s.execute(q):
            d = _draft_of(s, src)
            out.append(SourceRow(src.id, site, src.number, src.name, src.kind, src.mobile,
                                 src.height_m, len(d.streams),
                                 ", ".join(f"{a.substance} {a.efficiency:g}"
                                           for a in d.abatement), src.version))
        return out


@dataclass(frozen=True)
class NormRow:
    """A norm as the section lists it, with its permit's number and source's number."""
    id: int
    permit: str
    source: str
    substance: str
    g_per_s: float | None
    t_per_year: float | None
    valid_from: date
    valid_until: date | None
    version: int | None = None  # pass back to EditNorm to catch edits made elsewhere
    permit_id: int = 0
    source_id: int = 0


def list_norms(db: Database) -> list[NormRow]:
    """Every permit's norms, by source number and substance."""
    with db.read() as s:
        q = (select(EmissionNorm, Permit.number, EmissionSource.number, EmissionSource.name)
             .join(Permit, Permit.id == EmissionNorm.permit_id)
             .join(EmissionSource, EmissionSource.id == EmissionNorm.source_id)
             .order_by(EmissionSource.number, EmissionNorm.substance, EmissionNorm.valid_from))
        return [NormRow(n.id, permit, f"{number} {name}", n.substance, n.g_per_s, n.t_per_year,
                        n.valid_from, n.valid_until, n.version, n.permit_id, n.source_id)
                for n, permit, number, name in s.execute(q)]


def source_draft(db: Database, source_id: int) -> SourceDraft:
    """A source's values, streams and abatement as a draft (for its edit form and export)."""
    with db.read() as s:
        return _draft_of(s, _get(s, source_id))
