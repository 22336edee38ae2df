"""The ledger's quantity sorts on a PostgreSQL server are served whole by an index: a
PostgreSQL index does not carry the row id as SQLite's does, so the (quantity, id) indexes
of migration 0021 must be there, or jumping to the end sorts the whole table (issue 20)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import Select, select, text

from greendesk.models import Node, NodeKind, Site
from greendesk.services import ledger
from greendesk.services.catalog import load_catalog
from greendesk.services.flow_writes import insert_flows
from greendesk.services.ledger import LedgerFilter, SortKey
from greendesk.store.db import Database

pytestmark = pytest.mark.backends("postgresql")
N = 5_000


def _flows(db: Database) -> None:
    from greendesk.models import MaterialCategory, QuantityKind
    from greendesk.services import structure
    from greendesk.services.materials import MaterialDraft, add_material

    ore, _ = add_material(db, MaterialDraft("Ore", MaterialCategory.PRODUCT, QuantityKind.MASS))
    structure.add_node(db, structure.NodeDraft(1, "Supplier", NodeKind.SUPPLIER))
    structure.add_node(db, structure.NodeDraft(1, "Mill", NodeKind.PROCESS))
    rnd = random.Random(20)
    with db.write() as s:
        site = s.scalars(select(Site.id)).one()
        a, b = s.scalars(select(Node.id).order_by(Node.id)).all()[:2]
        rows = [(site, date(2025, 1, 1) + timedelta(i % 365), "day", a, b, ore, q, "t", q,
                 "measured", None, "", "measured")
                for i in range(N) for q in [round(rnd.uniform(1, 500), 1)]]
        insert_flows(s, rows)
    with db.engine.connect() as conn:
        conn.execute(text("ANALYZE flow"))
        conn.commit()


def _plan(db: Database, q: Select) -> str:
    """The server's plan when the table is too large to read whole and sort (on a million
    records the planner's own choice; on this test's table only when told so)."""
    sql = q.compile(db.engine, compile_kwargs={"literal_binds": True})
    with db.engine.connect() as conn:
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        return "\n".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {sql}"))


@pytest.mark.parametrize("sort", [SortKey.QUANTITY, SortKey.CANONICAL])
@pytest.mark.parametrize("descending", [False, True])
def test_a_quantity_sort_is_read_from_its_index_to_the_last_page(
        plant: Database, sort: SortKey, descending: bool) -> None:
    _flows(plant)
    cat = load_catalog(plant)
    column = "qty_entered" if sort is SortKey.QUANTITY else "qty_canonical"
    for offset in (0, N - 100):  # the first page, and the jump to the end
        q = ledger.page_query(LedgerFilter(), cat, sort, descending).limit(100).offset(offset)
        # The first page is the planner's own choice even on a small table.
        plan = "\n".join(ledger.explain(plant, q)) if offset == 0 else _plan(plant, q)
        assert f"Index Scan{' Backward' if descending else ''} using ix_flow_{column}_id" \
            in plan, plan
        assert "Sort" not in plan, plan  # no sort of the whole table, not even incremental
    # The jump to the end reads from the other end: the same rows, without skipping N.
    end = ledger.fetch_page(plant, LedgerFilter(), cat, N - 100, 100, sort, descending)
    assert ledger.fetch_page(plant, LedgerFilter(), cat, N - 100, 100, sort, descending,
                             total=N) == end and len(end) == 100
