"""Relations the officer knows between two streams of a site, for reconciliation to use.

A stream is an edge of the site's flow graph carrying one material (from node, to node,
material). A transfer relation says stream B = k × stream A with k's standard deviation
(e.g. a share of an inflow going out); an equal relation says the two are the same. Each
write is one transaction checking every rule, recorded in the audit trail by the session
listener, and undoable like the permit register's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError, NotFoundError
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import Flow, FlowRelation, Material, Node, RelationKind, Site
from greendesk.services.changes import Changes, Entity
from greendesk.services.conflicts import check_version
from greendesk.store.db import Database

FIELDS = ("site_id", "kind", "a_from_node_id", "a_to_node_id", "a_material_id",
          "b_from_node_id", "b_to_node_id", "b_material_id", "coefficient",
          "coefficient_sigma", "valid_from", "valid_until", "note")


class Stream(NamedTuple):
    """An edge of the flow graph carrying one material: what a relation ties together."""
    from_node_id: int
    to_node_id: int
    material_id: int


@dataclass(frozen=True)
class RelationDraft:
    """A relation as the officer enters it: B = k × A (transfer; k > 0 and its σ ≥ 0) or
    B = A (equal; no coefficient). `valid_until` None: no end."""
    site_id: int
    kind: RelationKind
    a: Stream
    b: Stream
    coefficient: float | None = None
    coefficient_sigma: float | None = None
    valid_from: date = date(1900, 1, 1)
    valid_until: date | None = None
    note: str = ""


@dataclass(frozen=True)
class RelationRow:
    """A relation as the register lists it, with its streams named."""
    id: int
    draft: RelationDraft
    a_label: str
    b_label: str
    version: int | None = None  # pass back to EditRelation to catch edits made elsewhere

    def valid_on(self, day: date) -> bool:
        """Whether the relation holds on `day` (its last day included)."""
        d = self.draft
        return d.valid_from <= day and (d.valid_until is None or day <= d.valid_until)


def _draft(r: FlowRelation) -> RelationDraft:
    return RelationDraft(r.site_id, RelationKind(r.kind),
                         Stream(r.a_from_node_id, r.a_to_node_id, r.a_material_id),
                         Stream(r.b_from_node_id, r.b_to_node_id, r.b_material_id),
                         r.coefficient, r.coefficient_sigma, r.valid_from, r.valid_until,
                         r.note)


def stream_label(names: dict[int, str], materials: dict[int, str], stream: Stream) -> str:
    """"Crushing → Flotation: Ore" for a stream."""
    return (f"{names.get(stream.from_node_id, '?')} → {names.get(stream.to_node_id, '?')}: "
            f"{materials.get(stream.material_id, '?')}")


def list_relations(db: Database, site_id: int | None = None, *, start: date | None = None,
                   end: date | None = None) -> list[RelationRow]:
    """Every relation (or one site's; with `start`/`end` those valid on a day of the
    span), oldest validity first."""
    with db.read() as s:
        q = select(FlowRelation).order_by(FlowRelation.site_id, FlowRelation.valid_from,
                                          FlowRelation.id)
        if site_id is not None:
            q = q.where(FlowRelation.site_id == site_id)
        if end is not None:
            q = q.where(FlowRelation.valid_from <= end)
        if start is not None:
            q = q.where(or_(FlowRelation.valid_until.is_(None),
                            FlowRelation.valid_until >= start))
        relations = list(s.scalars(q))
        names = dict(s.execute(select(Node.id, Node.name)).all())
        materials = dict(s.execute(select(Material.id, Material.name)).all())
    out = []
    for r in relations:
        d = _draft(r)
        out.append(RelationRow(r.id, d, stream_label(names, materials, d.a),
                               stream_label(names, materials, d.b), r.version))
    return out


def site_streams(db: Database, site_id: int) -> list[tuple[Stream, str]]:
    """The streams the site's flow records use, named, by name: what a relation is picked
    from."""
    with db.read() as s:
        edges = s.execute(select(Flow.from_node_id, Flow.to_node_id, Flow.material_id)
                          .where(Flow.site_id == site_id).distinct()).all()
        names = dict(s.execute(select(Node.id, Node.name)).all())
        materials = dict(s.execute(select(Material.id, Material.name)).all())
    out = [(Stream(*e), stream_label(names, materials, Stream(*e))) for e in edges]
    return sorted(out, key=lambda p: p[1].casefold())


def _finite(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _clean(s: Session, d: RelationDraft) -> dict[str, object]:
    """The draft's values as stored; DomainError (one sentence, with its field) otherwise."""
    site = s.get(Site, d.site_id)
    if site is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The site no longer exists; it may "
                                                         "have been deleted."))
    try:
        kind = RelationKind(d.kind)
    except ValueError:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{value!r} is not a kind of relation; "
                                                       "choose transfer or equal."),
                          value=str(d.kind), field="kind") from None
    for field, stream in (("a", d.a), ("b", d.b)):
        nodes = [s.get(Node, n) for n in (stream.from_node_id, stream.to_node_id)]
        if any(n is None or n.site_id != site.id for n in nodes):
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A relation's streams run between "
                                                           "nodes of {site}; choose them "
                                                           "again."),
                              site=site.name, field=field)
        if stream.from_node_id == stream.to_node_id:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A stream cannot go from a node to "
                                                           "itself."), field=field)
        if s.get(Material, stream.material_id) is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Choose the material."), field=field)
    if Stream(*d.a) == Stream(*d.b):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A relation ties two different streams; "
                                                       "choose another stream B."), field="b")
    coefficient = sigma = None
    if kind is RelationKind.TRANSFER:
        coefficient, sigma = _finite(d.coefficient), _finite(d.coefficient_sigma)
        if coefficient is None or coefficient <= 0:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The transfer coefficient is a "
                                                           "number greater than zero."),
                              field="coefficient")
        if sigma is None or sigma < 0:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The coefficient's standard "
                                                           "deviation is a number of zero or "
                                                           "more."),
                              field="coefficient_sigma")
    elif d.coefficient is not None or d.coefficient_sigma is not None:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Two equal streams take no "
                                                       "coefficient."), field="coefficient")
    if d.valid_until is not None and d.valid_until < d.valid_from:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A relation's validity must end on or "
                                                       "after it begins: valid until {until} "
                                                       "is before valid from {start}."),
                          until=d.valid_until.isoformat(), start=d.valid_from.isoformat(),
                          field="valid_until")
    note = d.note.strip()
    if len(note) > 2000:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "A note is at most 2,000 characters."),
                          field="note")
    return {"site_id": site.id, "kind": kind,
            "a_from_node_id": d.a[0], "a_to_node_id": d.a[1], "a_material_id": d.a[2],
            "b_from_node_id": d.b[0], "b_to_node_id": d.b[1], "b_material_id": d.b[2],
            "coefficient": coefficient, "coefficient_sigma": sigma,
            "valid_from": d.valid_from, "valid_until": d.valid_until, "note": note}


def _check_overlap(s: Session, v: dict[str, object], except_id: int | None) -> None:
    """No second relation for the same two streams (either way round) on a common day."""
    a = (v["a_from_node_id"], v["a_to_node_id"], v["a_material_id"])
    b = (v["b_from_node_id"], v["b_to_node_id"], v["b_material_id"])
    start, until = v["valid_from"], v["valid_until"]
    for r in s.scalars(select(FlowRelation).where(FlowRelation.site_id == v["site_id"])):
        if r.id == except_id:
            continue
        d = _draft(r)
        if {tuple(d.a), tuple(d.b)} != {a, b}:
            continue
        if (until is None or d.valid_from <= until) and (  # type: ignore[operator]
                d.valid_until is None or start <= d.valid_until):  # type: ignore[operator]
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "These two streams already have a "
                                                           "relation valid from {start}; end "
                                                           "it before this one begins, or "
                                                           "edit it."),
                              start=d.valid_from.isoformat(), field="valid_from")


def relations_naming(s: Session, node_id: int) -> int:
    """How many relations have a stream from or to the node (they keep it from deletion)."""
    r = FlowRelation
    return s.scalar(select(func.count()).select_from(r).where(or_(
        r.a_from_node_id == node_id, r.a_to_node_id == node_id,
        r.b_from_node_id == node_id, r.b_to_node_id == node_id))) or 0


def _get(s: Session, relation_id: int) -> FlowRelation:
    relation = s.get(FlowRelation, relation_id)
    if relation is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The relation no longer exists; it may "
                                                         "have been deleted."))
    return relation


def _write(s: Session, relation: FlowRelation, values: dict[str, object]) -> None:
    _check_overlap(s, values, relation.id)
    for k, v in values.items():
        setattr(relation, k, v)


class AddRelation:
    """Add a relation; undo deletes it, redo puts the same relation back."""

    def __init__(self, draft: RelationDraft) -> None:
        self.draft = draft
        self.id: int | None = None
        self._values: dict[str, object] | None = None

    def apply(self, db: Database) -> Changes:
        """Check the draft (streams between nodes of the site, two different ones; k finite
        and > 0 with σ ≥ 0 for a transfer; no other relation of the pair on a common day) and
        insert it in one transaction. Announces the relation."""
        with db.write() as s:
            values = dict(self._values) if self._values else _clean(s, self.draft)
            _check_overlap(s, values, None)
            relation = FlowRelation(**values)
            s.add(relation)
            s.flush()
            self.id = relation.id
            self._values = {"id": relation.id, **{k: values[k] for k in FIELDS}}
        return Changes.of(Entity.FLOW_RELATION, ids=(relation.id,))

    def revert(self, db: Database) -> Changes:
        """Delete the relation added; one transaction. Announces the relation."""
        assert self.id is not None
        with db.write() as s:
            s.delete(_get(s, self.id))
        return Changes.of(Entity.FLOW_RELATION, ids=(self.id,))


class EditRelation:
    """Change a relation; undo restores what it was."""

    def __init__(self, relation_id: int, draft: RelationDraft,
                 version: int | None = None) -> None:
        self.relation_id, self.draft, self.version = relation_id, draft, version
        self.before: dict[str, object] | None = None
        self.after: dict[str, object] | None = None

    def apply(self, db: Database) -> Changes:
        """Check the draft as AddRelation does and write it in one transaction; refused for a
        relation deleted, or edited elsewhere since `version`. Announces the relation."""
        with db.write() as s:
            relation = _get(s, self.relation_id)
            if self.after is None:
                check_version(s, relation, self.version)
                self.after = _clean(s, self.draft)
                self.before = {k: getattr(relation, k) for k in FIELDS}
            _write(s, relation, self.after)
        return Changes.of(Entity.FLOW_RELATION, ids=(self.relation_id,))

    def revert(self, db: Database) -> Changes:
        """Put back the values the edit replaced; one transaction. Announces the relation."""
        assert self.before is not None
        with db.write() as s:
            _write(s, _get(s, self.relation_id), self.before)
        return Changes.of(Entity.FLOW_RELATION, ids=(self.relation_id,))


class DeleteRelation:
    """Delete a relation; undo puts it back with the same id."""

    def __init__(self, relation_id: int) -> None:
        self.relation_id = relation_id
        self._values: dict[str, object] | None = None

    def apply(self, db: Database) -> Changes:
        """Delete the relation in one transaction, its values kept for undo; NotFoundError
        for one already gone. Announces the relation."""
        with db.write() as s:
            relation = _get(s, self.relation_id)
            self._values = {"id": relation.id, **{k: getattr(relation, k) for k in FIELDS}}
            s.delete(relation)
        return Changes.of(Entity.FLOW_RELATION, ids=(self.relation_id,))

    def revert(self, db: Database) -> Changes:
        """Restore the deleted relation, id unchanged; refused if another relation of the
        pair now covers its days. One transaction; announces the relation."""
        assert self._values is not None
        with db.write() as s:
            _check_overlap(s, self._values, None)
            s.add(FlowRelation(**self._values))
        return Changes.of(Entity.FLOW_RELATION, ids=(self.relation_id,))


def add_relation(db: Database, draft: RelationDraft) -> tuple[int, Changes]:
    """Add a relation (see AddRelation): its id and the Changes."""
    cmd = AddRelation(draft)
    changes = cmd.apply(db)
    assert cmd.id is not None
    return cmd.id, changes


def update_relation(db: Database, relation_id: int, draft: RelationDraft, *,
                    version: int | None = None) -> Changes:
    """Change a relation (see EditRelation)."""
    return EditRelation(relation_id, draft, version).apply(db)


def delete_relation(db: Database, relation_id: int) -> Changes:
    """Delete a relation (see DeleteRelation)."""
    return DeleteRelation(relation_id).apply(db)
