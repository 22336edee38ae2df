"""The plant structure service: rules, refusals, and all-or-nothing writes."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from greendesk.errors import DomainError
from greendesk.models import Flow, LossReason, NodeKind, SiteKind
from greendesk.services import structure
from greendesk.services.structure import NodeDraft, SiteDraft
from greendesk.store.db import Database

# The database-level rules hold alike on SQLite and on a PostgreSQL server.
pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _site_id(db: Database, name: str = "Test mine") -> int:
    return next(s.id for s in structure.get_plant(db).sites if s.name == name)


def _add_flow(db: Database, site_id: int, a: int, b: int) -> None:
    from greendesk.models import Material, MaterialCategory, QuantityKind

    with db.write() as s:
        mat = s.scalars(select(Material)).first()
        if mat is None:
            mat = Material(name="Ore", category=MaterialCategory.RAW_MATERIAL,
                           kind=QuantityKind.MASS, default_unit="t")
            s.add(mat)
            s.flush()
        s.add(Flow(site_id=site_id, flow_date=date(2025, 1, 1), from_node_id=a, to_node_id=b,
                   material_id=mat.id, qty_entered=1.0, unit_entered="t", qty_canonical=1.0))


def test_enterprise_is_created_then_updated(db: Database) -> None:
    structure.set_enterprise(db, "  Saryarka   Copper ", "050340000009")
    structure.set_enterprise(db, "Saryarka Copper JSC", "050340000009")
    plant = structure.get_plant(db)
    assert (plant.enterprise_name, plant.bin) == ("Saryarka Copper JSC", "050340000009")


def test_sites_need_an_enterprise(db: Database) -> None:
    with pytest.raises(DomainError, match="enterprise"):
        structure.add_site(db, SiteDraft("Pit", "Karaganda", SiteKind.MINE))


def test_add_nodes_and_read_them_back_in_chain_order(plant: Database) -> None:
    site = _site_id(plant)
    structure.add_node(plant, NodeDraft(site, "Power grid", NodeKind.SUPPLIER))
    structure.add_node(plant, NodeDraft(site, "Mining", NodeKind.PROCESS))
    structure.add_node(plant, NodeDraft(site, "Haulage losses", NodeKind.LOSS,
                                        LossReason.TRANSPORT))
    nodes = structure.get_plant(plant).sites[0].nodes
    assert [n.name for n in nodes] == ["Mining", "Power grid", "Haulage losses"]
    assert nodes[2].loss_reason is LossReason.TRANSPORT


def test_duplicate_names_are_refused_per_site(plant: Database) -> None:
    site = _site_id(plant)
    structure.add_node(plant, NodeDraft(site, "Crushing", NodeKind.PROCESS))
    with pytest.raises(DomainError, match="already has a node named 'Crushing'") as info:
        structure.add_node(plant, NodeDraft(site, " Crushing ", NodeKind.PROCESS))
    assert info.value.field == "name"
    other, _ = structure.add_site(plant, SiteDraft("Mill", "Karaganda", SiteKind.CONCENTRATOR))
    structure.add_node(plant, NodeDraft(other, "Crushing", NodeKind.PROCESS))  # another site: fine
    with pytest.raises(DomainError, match="already a site named"):
        structure.add_site(plant, SiteDraft("Mill", "Abai", SiteKind.AUXILIARY))


def test_loss_node_needs_a_reason(plant: Database) -> None:
    with pytest.raises(DomainError, match="needs a reason"):
        structure.add_node(plant, NodeDraft(_site_id(plant), "Losses", NodeKind.LOSS))


def test_rename_and_change_kind(plant: Database) -> None:
    site = _site_id(plant)
    node_id, _ = structure.add_node(plant, NodeDraft(site, "Stockpile", NodeKind.STOCK))
    structure.update_node(plant, node_id, NodeDraft(site, "ROM stockpile", NodeKind.STOCK,
                                                    note="north side"))
    node = structure.get_plant(plant).sites[0].nodes[0]
    assert (node.name, node.note) == ("ROM stockpile", "north side")


def test_delete_refused_while_flows_refer_and_nothing_changes(plant: Database) -> None:
    site = _site_id(plant)
    a, _ = structure.add_node(plant, NodeDraft(site, "Mining", NodeKind.PROCESS))
    b, _ = structure.add_node(plant, NodeDraft(site, "Stockpile", NodeKind.STOCK))
    _add_flow(plant, site, a, b)
    before = structure.get_plant(plant)
    with pytest.raises(DomainError, match=r"'Mining' cannot be deleted: 1 flow records refer"):
        structure.delete_node(plant, a)
    with pytest.raises(DomainError, match="cannot be deleted: 1 flow records belong"):
        structure.delete_site(plant, site)
    assert structure.get_plant(plant) == before


def test_delete_site_removes_its_unused_nodes(plant: Database) -> None:
    site = _site_id(plant)
    structure.add_node(plant, NodeDraft(site, "Mining", NodeKind.PROCESS))
    structure.delete_site(plant, site)
    assert structure.get_plant(plant).sites == ()


def test_move_node_between_sites(plant: Database) -> None:
    site = _site_id(plant)
    other, _ = structure.add_site(plant, SiteDraft("Mill", "Karaganda", SiteKind.CONCENTRATOR))
    node, _ = structure.add_node(plant, NodeDraft(site, "Workshop", NodeKind.PROCESS))
    structure.move_node(plant, node, other)
    sites = {s.name: [n.name for n in s.nodes] for s in structure.get_plant(plant).sites}
    assert sites == {"Mill": ["Workshop"], "Test mine": []}


def test_move_refused_when_flows_refer(plant: Database) -> None:
    site = _site_id(plant)
    other, _ = structure.add_site(plant, SiteDraft("Mill", "Karaganda", SiteKind.CONCENTRATOR))
    a, _ = structure.add_node(plant, NodeDraft(site, "Mining", NodeKind.PROCESS))
    b, _ = structure.add_node(plant, NodeDraft(site, "Stockpile", NodeKind.STOCK))
    _add_flow(plant, site, a, b)
    with pytest.raises(DomainError, match="cannot be moved to 'Mill'"):
        structure.move_node(plant, a, other)


def test_deleted_node_gives_a_plain_not_found(plant: Database) -> None:
    with pytest.raises(DomainError, match="no longer exists"):
        structure.delete_node(plant, 9999)


def test_a_failed_write_leaves_the_database_as_it_was(plant: Database) -> None:
    """An error half-way through a transaction rolls back everything done before it."""
    site = _site_id(plant)
    before = structure.get_plant(plant)
    with pytest.raises(RuntimeError), plant.write() as s:
        from greendesk.models import Node

        s.add(Node(site_id=site, name="Half-way", kind=NodeKind.PROCESS))
        s.flush()
        raise RuntimeError("disk full")
    assert structure.get_plant(plant) == before


def test_database_constraints_back_the_services(plant: Database) -> None:
    """Even writes that bypass the services cannot store a loss node without a reason."""
    from sqlalchemy.exc import IntegrityError

    from greendesk.models import Node

    with pytest.raises(IntegrityError), plant.write() as s:
        s.add(Node(site_id=_site_id(plant), name="Bad", kind=NodeKind.LOSS))
        s.flush()
