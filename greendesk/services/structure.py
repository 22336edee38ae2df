"""The plant's structure: enterprise, sites and nodes. Reads return frozen rows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from greendesk.errors import DomainError, Message, NotFoundError, term
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import (
    Enterprise,
    FacilityCategory,
    Flow,
    LossReason,
    Node,
    NodeKind,
    Site,
    SiteKind,
)
from greendesk.services.changes import Changes, Entity
from greendesk.services.conflicts import check_version
from greendesk.store.db import Database
from greendesk.validation import clean_name, validate_bin

# The regions offered when a site is added, as the window names them (QT_TRANSLATE_NOOP: the
# window shows them in its language; a site stores whatever region text the officer chose).
KAZAKHSTAN_REGIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("regions", "Abai"),
    QT_TRANSLATE_NOOP("regions", "Akmola"),
    QT_TRANSLATE_NOOP("regions", "Aktobe"),
    QT_TRANSLATE_NOOP("regions", "Almaty"),
    QT_TRANSLATE_NOOP("regions", "Atyrau"),
    QT_TRANSLATE_NOOP("regions", "East Kazakhstan"),
    QT_TRANSLATE_NOOP("regions", "Jambyl"),
    QT_TRANSLATE_NOOP("regions", "Jetisu"),
    QT_TRANSLATE_NOOP("regions", "Karaganda"),
    QT_TRANSLATE_NOOP("regions", "Kostanay"),
    QT_TRANSLATE_NOOP("regions", "Kyzylorda"),
    QT_TRANSLATE_NOOP("regions", "Mangystau"),
    QT_TRANSLATE_NOOP("regions", "North Kazakhstan"),
    QT_TRANSLATE_NOOP("regions", "Pavlodar"),
    QT_TRANSLATE_NOOP("regions", "Turkistan"),
    QT_TRANSLATE_NOOP("regions", "Ulytau"),
    QT_TRANSLATE_NOOP("regions", "West Kazakhstan"),
    QT_TRANSLATE_NOOP("regions", "Astana (city)"),
    QT_TRANSLATE_NOOP("regions", "Almaty (city)"),
    QT_TRANSLATE_NOOP("regions", "Shymkent (city)"),
)


# How nodes are listed under a site: the process chain first, then stocks, then the
# boundary, then the accounted-loss sinks.
NODE_ORDER = {k: i for i, k in enumerate((
    NodeKind.PROCESS, NodeKind.STOCK, NodeKind.SUPPLIER, NodeKind.CUSTOMER,
    NodeKind.CONTRACTOR, NodeKind.ENVIRONMENT, NodeKind.LOSS))}


@dataclass(frozen=True)
class NodeRow:
    """A node of a site as the structure tree shows it."""
    id: int
    site_id: int
    name: str
    kind: NodeKind
    loss_reason: LossReason | None
    note: str
    version: int | None = None  # pass back to update_node to catch edits made elsewhere


@dataclass(frozen=True)
class SiteRow:
    """A site with its nodes."""
    id: int
    name: str
    region: str
    kind: SiteKind
    nodes: tuple[NodeRow, ...]
    version: int | None = None
    address: str = ""
    category: FacilityCategory | None = None  # None: not set yet


@dataclass(frozen=True)
class PlantRow:
    """The whole tree: enterprise → sites → nodes. Enterprise may be None in a new file."""

    enterprise_id: int | None
    enterprise_name: str
    bin: str
    sites: tuple[SiteRow, ...]
    enterprise_version: int | None = None


@dataclass(frozen=True)
class SiteDraft:
    """A site as the officer enters it."""
    name: str
    region: str
    kind: SiteKind
    address: str = ""
    category: FacilityCategory | None = None


@dataclass(frozen=True)
class NodeDraft:
    """A node as the officer enters it; a loss node names its loss reason."""
    site_id: int
    name: str
    kind: NodeKind
    loss_reason: LossReason | None = None
    note: str = ""


def _node_row(n: Node) -> NodeRow:
    return NodeRow(n.id, n.site_id, n.name, n.kind, n.loss_reason, n.note, n.version)


def get_plant(db: Database) -> PlantRow:
    """The enterprise, its sites and their nodes (in kind order, then by name), in one read."""
    with db.read() as s:
        ent = s.scalars(select(Enterprise).order_by(Enterprise.id)).first()
        sites = s.scalars(select(Site).order_by(Site.name)).all()
        nodes = sorted(s.scalars(select(Node)), key=lambda n: (NODE_ORDER[n.kind], n.name))
        by_site: dict[int, list[NodeRow]] = {}
        for n in nodes:
            by_site.setdefault(n.site_id, []).append(_node_row(n))
        site_rows = tuple(
            SiteRow(st.id, st.name, st.region, st.kind, tuple(by_site.get(st.id, ())),
                    st.version, st.address, st.category)
            for st in sites
        )
        if ent is None:
            return PlantRow(None, "", "", site_rows)
        return PlantRow(ent.id, ent.name, ent.bin, site_rows, ent.version)


def set_enterprise(db: Database, name: str, bin_: str, *, version: int | None = None
                   ) -> Changes:
    """Create the database's enterprise, or update its name and BIN (refused if it changed
    elsewhere since `version` was read).
    One transaction; refuses a blank name and an invalid BIN. Announces the enterprise with its
    id."""
    name = clean_name(name, QT_TRANSLATE_NOOP("Refusal", "enterprise"))
    bin_ = validate_bin(bin_)
    with db.write() as s:
        ent = s.scalars(select(Enterprise).order_by(Enterprise.id)).first()
        if ent is None:
            ent = Enterprise(name=name, bin=bin_)
            s.add(ent)
        else:
            check_version(s, ent, version)
            ent.name, ent.bin = name, bin_
        s.flush()
        return Changes.of(Entity.ENTERPRISE, ids=(ent.id,))


def _check_region(region: str) -> str:
    region = " ".join(region.split())
    if not region:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "Choose the region the site is in."),
            field="region")
    return region


def _address(address: str) -> str:
    """An address as typed, with runs of blank space folded; refused past 500 characters."""
    address = " ".join(address.split())
    if len(address) > 500:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "An address is at most 500 characters."),
                          field="address")
    return address


def _category(category: FacilityCategory | str | None) -> FacilityCategory | None:
    """The facility category (I–IV) or None; refused when it is none of the four."""
    if category is None or category == "":
        return None
    try:
        return FacilityCategory(category)
    except ValueError:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{value!r} is not a facility category; "
                                                       "the categories are I, II, III and IV."),
                          value=category, field="category") from None


def _site_name_free(s: Session, enterprise_id: int, name: str, except_id: int | None) -> None:
    q = select(Site.id).where(Site.enterprise_id == enterprise_id, Site.name == name)
    if except_id is not None:
        q = q.where(Site.id != except_id)
    if s.scalars(q).first() is not None:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is already a site named {name!r}."),
                          name=name, field="name")


def add_site(db: Database, draft: SiteDraft) -> tuple[int, Changes]:
    """Add a site to the enterprise; one transaction. Refuses a blank or taken name, a missing
    region, and sites before the enterprise exists. Announces the site with its id."""
    name = clean_name(draft.name, QT_TRANSLATE_NOOP("Refusal", "site"))
    region = _check_region(draft.region)
    with db.write() as s:
        ent = s.scalars(select(Enterprise).order_by(Enterprise.id)).first()
        if ent is None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Enter the enterprise's name and BIN "
                                                           "before adding sites."))
        _site_name_free(s, ent.id, name, None)
        site = Site(enterprise_id=ent.id, name=name, region=region, kind=SiteKind(draft.kind),
                    address=_address(draft.address), category=_category(draft.category))
        s.add(site)
        s.flush()
        return site.id, Changes.of(Entity.SITE, ids=(site.id,))


def update_site(db: Database, site_id: int, draft: SiteDraft, *, version: int | None = None
                ) -> Changes:
    """Rename or reclassify a site; one transaction. Refuses a taken name, a missing region, a
    site deleted or edited elsewhere since `version`. Announces the site."""
    name = clean_name(draft.name, QT_TRANSLATE_NOOP("Refusal", "site"))
    region = _check_region(draft.region)
    with db.write() as s:
        site = _get(s, Site, site_id, QT_TRANSLATE_NOOP("Refusal", "site"))
        check_version(s, site, version)
        _site_name_free(s, site.enterprise_id, name, site.id)
        site.name, site.region, site.kind = name, region, SiteKind(draft.kind)
        site.address, site.category = _address(draft.address), _category(draft.category)
        return Changes.of(Entity.SITE, ids=(site.id,))


def delete_site(db: Database, site_id: int) -> Changes:
    """Delete a site with its nodes and permits, refused while flow records, obligation
    statuses or emission sources refer to it.
    One transaction; NotFoundError for a site already gone. Announces the site, its nodes
    and permits."""
    with db.write() as s:
        site = _get(s, Site, site_id, QT_TRANSLATE_NOOP("Refusal", "site"))
        n_flows = s.scalar(select(func.count()).select_from(Flow).where(Flow.site_id == site_id))
        if n_flows:
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "Site {site!r} cannot be deleted: {count:,} flow "
                                             "records belong to it."),
                site=site.name, count=n_flows
            )
        from greendesk.models.emissions import EmissionSource  # loaded on first use

        if s.scalars(select(EmissionSource.id).where(
                EmissionSource.site_id == site_id)).first() is not None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Site {site!r} cannot be deleted: it "
                                                           "has emission sources; delete them "
                                                           "first."), site=site.name)
        from greendesk.models.obligations import ObligationStatus  # loaded on first use

        n_statuses = s.scalar(select(func.count()).select_from(ObligationStatus)
                              .where(ObligationStatus.site_id == site_id))
        if n_statuses:  # a submission recorded is evidence: it is not deleted with the site
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "Site {site!r} cannot be deleted: the calendar "
                                             "records {count:,} obligation statuses for it."),
                site=site.name, count=n_statuses)
        from greendesk.models import FlowRelation

        for relation in s.scalars(select(FlowRelation).where(FlowRelation.site_id == site_id)):
            s.delete(relation)  # without records its relations between flows mean nothing
        s.flush()
        for node in s.scalars(select(Node).where(Node.site_id == site_id)):
            s.delete(node)
        from greendesk.models.permits import Permit  # loaded on first use

        for permit in s.scalars(select(Permit).where(Permit.site_id == site_id)):
            s.delete(permit)
        s.flush()
        s.delete(site)
        return Changes.of(Entity.SITE, Entity.NODE, Entity.PERMIT, ids=(site_id,))


def _check_node(draft: NodeDraft) -> tuple[str, NodeKind, LossReason | None]:
    name = clean_name(draft.name, QT_TRANSLATE_NOOP("Refusal", "node"))
    kind = NodeKind(draft.kind)
    reason = LossReason(draft.loss_reason) if draft.loss_reason else None
    if kind is NodeKind.LOSS and reason is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("Refusal", "A loss node needs a reason: storage, transport, "
                                         "handling, process or measurement."),
            field="loss_reason",
        )
    if kind is not NodeKind.LOSS:
        reason = None
    return name, kind, reason


def _node_name_free(s: Session, site_id: int, name: str, except_id: int | None) -> None:
    q = select(Node.id).where(Node.site_id == site_id, Node.name == name)
    if except_id is not None:
        q = q.where(Node.id != except_id)
    if s.scalars(q).first() is not None:
        site_name = s.get(Site, site_id).name  # type: ignore[union-attr]
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Site {site!r} already has a node named "
                                                       "{name!r}."),
                          site=site_name, name=name, field="name")


def add_node(db: Database, draft: NodeDraft) -> tuple[int, Changes]:
    """Add a node to a site; one transaction. Refuses a blank or taken name, a loss node without
    its reason, a deleted site. Announces the node with its id."""
    name, kind, reason = _check_node(draft)
    with db.write() as s:
        _get(s, Site, draft.site_id, QT_TRANSLATE_NOOP("Refusal", "site"))
        _node_name_free(s, draft.site_id, name, None)
        node = Node(site_id=draft.site_id, name=name, kind=kind, loss_reason=reason,
                    note=draft.note.strip())
        s.add(node)
        s.flush()
        return node.id, Changes.of(Entity.NODE, ids=(node.id,))


def update_node(db: Database, node_id: int, draft: NodeDraft, *, version: int | None = None
                ) -> Changes:
    """Rename a node or change its kind; moving it between sites is `move_node`.
    One transaction; refuses a blank or taken name, a loss node without its reason, a node
    deleted or edited elsewhere since `version`. Announces the node."""
    name, kind, reason = _check_node(draft)
    with db.write() as s:
        node = _get(s, Node, node_id, QT_TRANSLATE_NOOP("Refusal", "node"))
        check_version(s, node, version)
        _node_name_free(s, node.site_id, name, node.id)
        node.name, node.kind, node.loss_reason = name, kind, reason
        node.note = draft.note.strip()
        return Changes.of(Entity.NODE, ids=(node.id,))


def _flows_touching(s: Session, node_id: int) -> int:
    q = select(func.count()).select_from(Flow).where(
        or_(Flow.from_node_id == node_id, Flow.to_node_id == node_id)
    )
    return int(s.scalar(q) or 0)


def move_node(db: Database, node_id: int, site_id: int) -> Changes:
    """Move a node to another site; refused while flows recorded at its site refer to it.
    One transaction; NotFoundError for a node or site gone. Announces the node."""
    with db.write() as s:
        node = _get(s, Node, node_id, QT_TRANSLATE_NOOP("Refusal", "node"))
        target = _get(s, Site, site_id, QT_TRANSLATE_NOOP("Refusal", "site"))
        if node.site_id == site_id:
            return Changes()
        n_flows = _flows_touching(s, node_id)
        if n_flows:
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "Node {node!r} cannot be moved to {target!r}: "
                                             "{count:,} flow records of its present site refer to "
                                             "it."),
                node=node.name, target=target.name, count=n_flows
            )
        _node_name_free(s, site_id, node.name, node.id)
        node.site_id = site_id
        return Changes.of(Entity.NODE, ids=(node.id,))


def delete_node(db: Database, node_id: int) -> Changes:
    """Delete a node; one transaction. Refused while flow records or emission sources refer
    to it. Announces the node."""
    with db.write() as s:
        node = _get(s, Node, node_id, QT_TRANSLATE_NOOP("Refusal", "node"))
        n_flows = _flows_touching(s, node_id)
        if n_flows:
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "Node {node!r} cannot be deleted: {count:,} flow "
                                             "records refer to it."),
                node=node.name, count=n_flows
            )
        from greendesk.services.flow_relations import relations_naming

        if n_relations := relations_naming(s, node_id):
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "Node {node!r} cannot be deleted: {count:,} "
                                             "relations between flows name it; remove them "
                                             "first."),
                node=node.name, count=n_relations)
        from greendesk.models.emissions import EmissionSource, SourceStream  # on first use

        if s.scalars(select(EmissionSource.id).where(EmissionSource.node_id == node_id).union(
                select(SourceStream.source_id).where(
                    (SourceStream.from_node_id == node_id)
                    | (SourceStream.to_node_id == node_id)))).first() is not None:
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Node {node!r} cannot be deleted: an "
                                                           "emission source or its stream refers "
                                                           "to it."), node=node.name)
        s.delete(node)
        return Changes.of(Entity.NODE, ids=(node_id,))


def _get(s: Session, model: type, id_: int, what: str | Message):
    obj = s.get(model, id_)
    if obj is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Refusal", "The {what} no longer exists; it may "
                                                         "have been deleted."),
                            what=term(what))
    return obj
