"""Relations between two streams of a site: rules and refusals, undo, the audit trail."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from greendesk.errors import DomainError
from greendesk.models import AuditEntry, RelationKind
from greendesk.services import flow_relations as fr
from greendesk.services.catalog import Catalog, load_catalog
from greendesk.services.changes import Entity
from greendesk.services.flow_relations import RelationDraft, Stream
from greendesk.store.audit_verify import verify
from greendesk.store.db import Database

SITE = "Nurken concentrator"


def _site(cat: Catalog, name: str = SITE) -> int:
    return next(i for i, n in cat.sites.items() if n == name)


def _stream(cat: Catalog, src: str, dst: str, material: str, site: str = SITE) -> Stream:
    by = cat.node_by_name()
    return Stream(by[(_site(cat, site), src.casefold())], by[(_site(cat, site), dst.casefold())],
                  cat.material_by_name()[material.casefold()])


@pytest.fixture
def cat(demo_db: Database) -> Catalog:
    return load_catalog(demo_db)


def _transfer(cat: Catalog, **kw: object) -> RelationDraft:
    values: dict[str, object] = dict(
        kind=RelationKind.TRANSFER,
        a=_stream(cat, "Ore receipt from the mine", "Crushing", "Copper ore"),
        b=_stream(cat, "Crushing", "Crusher dusting losses", "Copper ore"),
        coefficient=0.002, coefficient_sigma=0.0005, valid_from=date(2025, 1, 1))
    values.update(kw)
    return RelationDraft(_site(cat), **values)  # type: ignore[arg-type]


def test_a_relation_is_added_listed_audited_and_undone(demo_db: Database, cat: Catalog) -> None:
    cmd = fr.AddRelation(_transfer(cat, note=" dust is 0.2 % of the ore "))
    changes = cmd.apply(demo_db)
    assert changes.touches(Entity.FLOW_RELATION) and cmd.id in changes.ids
    row, = fr.list_relations(demo_db, _site(cat))
    assert (row.a_label, row.b_label) == ("Ore receipt from the mine → Crushing: Copper ore",
                                          "Crushing → Crusher dusting losses: Copper ore")
    assert (row.draft.coefficient, row.draft.coefficient_sigma, row.draft.note) == (
        0.002, 0.0005, "dust is 0.2 % of the ore")
    assert fr.list_relations(demo_db, start=date(2024, 1, 1), end=date(2024, 12, 31)) == []
    with demo_db.read() as s:
        entry, = s.scalars(select(AuditEntry).where(AuditEntry.entity == "flow_relation"))
    assert json.loads(entry.after or "{}")["coefficient"] == 0.002
    cmd.revert(demo_db)
    assert fr.list_relations(demo_db) == []
    cmd.apply(demo_db)                                          # redo: the same relation
    assert [r.id for r in fr.list_relations(demo_db)] == [cmd.id]
    assert verify(demo_db).ok


def test_edit_and_delete_are_undone(demo_db: Database, cat: Catalog) -> None:
    rid, _ = fr.add_relation(demo_db, _transfer(cat))
    row, = fr.list_relations(demo_db)
    edit = fr.EditRelation(rid, _transfer(cat, coefficient=0.003), row.version)
    edit.apply(demo_db)
    assert fr.list_relations(demo_db)[0].draft.coefficient == 0.003
    edit.revert(demo_db)
    assert fr.list_relations(demo_db)[0].draft.coefficient == 0.002
    delete = fr.DeleteRelation(rid)
    delete.apply(demo_db)
    assert fr.list_relations(demo_db) == []
    delete.revert(demo_db)
    assert [r.id for r in fr.list_relations(demo_db)] == [rid]


def test_equal_streams_take_no_coefficient(demo_db: Database, cat: Catalog) -> None:
    draft = _transfer(cat, kind=RelationKind.EQUAL, coefficient=None, coefficient_sigma=None)
    fr.add_relation(demo_db, draft)
    assert fr.list_relations(demo_db)[0].draft.kind is RelationKind.EQUAL
    with pytest.raises(DomainError, match="Two equal streams take no coefficient."):
        fr.add_relation(demo_db, _transfer(cat, kind=RelationKind.EQUAL,
                                           valid_from=date(2030, 1, 1)))


@pytest.mark.parametrize(("change", "sentence"), [
    (dict(coefficient=0.0), "The transfer coefficient is a number greater than zero."),
    (dict(coefficient=float("inf")), "The transfer coefficient is a number greater than zero."),
    (dict(coefficient=None), "The transfer coefficient is a number greater than zero."),
    (dict(coefficient_sigma=-0.1), "The coefficient's standard deviation is a number of zero"),
    (dict(coefficient_sigma=float("nan")), "The coefficient's standard deviation is a number"),
    (dict(valid_until=date(2024, 12, 31)), "valid until 2024-12-31 is before valid from "
                                           "2025-01-01"),
    (dict(kind="proportional"), "'proportional' is not a kind of relation"),
])
def test_bad_relations_are_refused_in_one_sentence(demo_db: Database, cat: Catalog,
                                                   change: dict, sentence: str) -> None:
    with pytest.raises(DomainError, match=sentence):
        fr.add_relation(demo_db, _transfer(cat, **change))
    assert fr.list_relations(demo_db) == []


def test_streams_must_be_two_of_the_site(demo_db: Database, cat: Catalog) -> None:
    ore = _stream(cat, "Ore receipt from the mine", "Crushing", "Copper ore")
    with pytest.raises(DomainError, match="A relation ties two different streams"):
        fr.add_relation(demo_db, _transfer(cat, b=ore))
    elsewhere = _stream(cat, "Concentrate receipt", "Smelting and converting",
                        "Copper concentrate", site="Nurken copper smelter")
    with pytest.raises(DomainError, match="run between nodes of Nurken concentrator"):
        fr.add_relation(demo_db, _transfer(cat, b=elsewhere))
    with pytest.raises(DomainError, match="cannot go from a node to itself"):
        fr.add_relation(demo_db, _transfer(cat, b=Stream(ore[1], ore[1], ore[2])))


def test_a_pair_has_one_relation_on_any_day(demo_db: Database, cat: Catalog) -> None:
    fr.add_relation(demo_db, _transfer(cat, valid_until=date(2025, 6, 30)))
    swapped = _transfer(cat)
    swapped = RelationDraft(swapped.site_id, swapped.kind, swapped.b, swapped.a, 500.0, 10.0,
                            date(2025, 6, 1))
    with pytest.raises(DomainError, match="These two streams already have a relation valid "
                                          "from 2025-01-01"):
        fr.add_relation(demo_db, swapped)
    fr.add_relation(demo_db, _transfer(cat, valid_from=date(2025, 7, 1)))  # after: fine
    assert len(fr.list_relations(demo_db)) == 2


def test_site_streams_are_the_edges_its_records_use(demo_db: Database, cat: Catalog) -> None:
    labels = [label for _s, label in fr.site_streams(demo_db, _site(cat))]
    assert "Crushing → Crusher dusting losses: Copper ore" in labels
    assert labels == sorted(labels, key=str.casefold)


def test_a_node_named_by_a_relation_is_not_deleted_without_a_sentence(
        demo_db: Database, cat: Catalog) -> None:
    from greendesk.services import structure
    from greendesk.services.flows import DeleteFlows

    draft = _transfer(cat)
    fr.add_relation(demo_db, draft)
    with demo_db.read() as s:
        from greendesk.models import Flow

        ids = s.scalars(select(Flow.id).where(Flow.to_node_id == draft.b.to_node_id)).all()
    DeleteFlows(list(ids)).apply(demo_db)                     # no record names the node now
    with pytest.raises(DomainError, match="'Crusher dusting losses' cannot be deleted: 1 "
                                          "relations between flows name it; remove them first"):
        structure.delete_node(demo_db, draft.b.to_node_id)
