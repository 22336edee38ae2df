"""A snapshot of the small reference tables (sites, nodes, materials) for fast look-ups.

The ledger shows names for ids and the importer resolves names to ids for every row;
both read these few hundred rows once instead of joining a million times.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.models import Material, Node, NodeKind, Site
from greendesk.services.materials import MaterialRow, material_row
from greendesk.store.db import Database


@dataclass(frozen=True)
class NodeRef:
    """A node's id, site, name and kind: what validation and import need of it."""
    id: int
    site_id: int
    name: str
    kind: NodeKind


@dataclass(frozen=True)
class Catalog:
    """Sites, nodes and materials read once, so a form or an import checks many rows without a
    query per row."""
    sites: dict[int, str]
    nodes: dict[int, NodeRef]
    materials: dict[int, MaterialRow]

    def node_by_name(self) -> dict[tuple[int, str], int]:
        """(site id, case-folded node name) → node id; names are unique per site."""
        return {(n.site_id, n.name.casefold()): n.id for n in self.nodes.values()}

    def material_by_name(self) -> dict[str, int]:
        """Case-folded material name -> id."""
        return {m.name.casefold(): m.id for m in self.materials.values()}

    def node_label(self, node_id: int) -> str:
        """The node's name, or "#id" for one no longer known."""
        node = self.nodes.get(node_id)
        return node.name if node else f"#{node_id}"


def load_catalog_in(s: Session) -> Catalog:
    """The catalog read in the caller's session."""
    sites = {site.id: site.name for site in s.scalars(select(Site))}
    nodes = {n.id: NodeRef(n.id, n.site_id, n.name, n.kind) for n in s.scalars(select(Node))}
    materials = {m.id: material_row(m) for m in s.scalars(select(Material))}
    return Catalog(sites, nodes, materials)


def load_catalog(db: Database) -> Catalog:
    """The catalog in a read of its own."""
    with db.read() as s:
        return load_catalog_in(s)
