"""The ledger's read side: filters as SQL, pages in any offered order, counts and totals.

Built for a million records: every offered sort order is served by an index (read the
plans with `explain`), a page is a LIMIT/OFFSET window of plain tuples, and the names of
sites, nodes and materials come from the small catalogue, not from joins.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import aliased

from greendesk.models import (
    CANONICAL_UNIT,
    Flow,
    Material,
    MaterialCategory,
    Method,
    Node,
    QuantityKind,
    Site,
)
from greendesk.services.catalog import Catalog
from greendesk.services.flows import FLOW_COLUMNS, FlowRow
from greendesk.store.db import Database


class SortKey(enum.StrEnum):
    """The ledger's sortable columns."""
    DATE = "date"
    SITE = "site"
    FROM = "from"
    TO = "to"
    MATERIAL = "material"
    QUANTITY = "quantity"
    UNIT = "unit"
    CANONICAL = "canonical"
    METHOD = "method"


@dataclass(frozen=True)
class LedgerFilter:
    """What the ledger filters on; every field empty lists every record."""
    date_from: date | None = None
    date_to: date | None = None
    site_id: int | None = None
    node_id: int | None = None  # either end of the flow
    category: MaterialCategory | None = None
    material_id: int | None = None
    method: Method | None = None
    text: str = ""


@dataclass(frozen=True)
class Totals:
    """The count and canonical sums of the records a filter matches."""
    count: int
    by_kind: dict[QuantityKind, float]  # canonical units: t, m³, GJ

    def describe(self) -> list[tuple[QuantityKind, float, str]]:
        """(kind, sum, unit) per quantity kind, in kind order."""
        return [(k, v, CANONICAL_UNIT[k]) for k, v in sorted(self.by_kind.items())]


_COLUMNS = [getattr(Flow, c) for c in FLOW_COLUMNS]


def _where(f: LedgerFilter, catalog: Catalog) -> list:
    clauses = []
    if f.date_from:
        clauses.append(Flow.flow_date >= f.date_from)
    if f.date_to:
        clauses.append(Flow.flow_date <= f.date_to)
    if f.site_id is not None:
        clauses.append(Flow.site_id == f.site_id)
    if f.node_id is not None:
        clauses.append(or_(Flow.from_node_id == f.node_id, Flow.to_node_id == f.node_id))
    if f.material_id is not None:
        clauses.append(Flow.material_id == f.material_id)
    elif f.category is not None:
        ids = [m.id for m in catalog.materials.values() if m.category == f.category]
        clauses.append(Flow.material_id.in_(ids or [-1]))
    if f.method is not None:
        clauses.append(Flow.method == f.method)
    text = f.text.strip()
    if text:
        needle = text.casefold()
        nodes = [n.id for n in catalog.nodes.values() if needle in n.name.casefold()]
        materials = [m.id for m in catalog.materials.values() if needle in m.name.casefold()]
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        matches = [Flow.note.ilike(f"%{escaped}%", escape="\\")]
        if nodes:
            matches += [Flow.from_node_id.in_(nodes), Flow.to_node_id.in_(nodes)]
        if materials:
            matches.append(Flow.material_id.in_(materials))
        clauses.append(or_(*matches))
    return clauses


def _ordered(q: Select, sort: SortKey, descending: bool) -> Select:
    """Order by the chosen column, then date, then id (a total, index-friendly order)."""
    def d(col):
        return col.desc() if descending else col.asc()

    tail = [d(Flow.flow_date), d(Flow.id)]
    if sort is SortKey.DATE:
        return q.order_by(*tail)
    if sort in (SortKey.FROM, SortKey.TO):
        node = aliased(Node)
        col = Flow.from_node_id if sort is SortKey.FROM else Flow.to_node_id
        return q.join(node, node.id == col).order_by(d(node.name), d(node.id), *tail)
    if sort is SortKey.MATERIAL:
        return q.join(Material, Material.id == Flow.material_id).order_by(
            d(Material.name), d(Material.id), *tail)
    if sort is SortKey.SITE:
        return q.join(Site, Site.id == Flow.site_id).order_by(d(Site.name), d(Site.id), *tail)
    column = {SortKey.QUANTITY: Flow.qty_entered, SortKey.UNIT: Flow.unit_entered,
              SortKey.CANONICAL: Flow.qty_canonical, SortKey.METHOD: Flow.method}[sort]
    if sort in (SortKey.QUANTITY, SortKey.CANONICAL):
        return q.order_by(d(column), d(Flow.id))
    return q.order_by(d(column), *tail)


def page_query(f: LedgerFilter, catalog: Catalog, sort: SortKey = SortKey.DATE,
               descending: bool = False) -> Select:
    """The filtered, sorted query of flow rows that the ledger pages through."""
    q = select(*_COLUMNS).where(and_(True, *_where(f, catalog)))
    return _ordered(q, sort, descending)


def fetch_page(db: Database, f: LedgerFilter, catalog: Catalog, offset: int, limit: int,
               sort: SortKey = SortKey.DATE, descending: bool = False,
               total: int | None = None) -> list[FlowRow]:
    """One page of the filtered ledger. With `total` (the filter's count), a page in the
    second half is read from the other end in the reverse order, so the jump to the end
    skips as few rows as the first page (a server's OFFSET walks every row it skips)."""
    if total is not None and offset > total // 2:
        size = max(0, min(limit, total - offset))
        q = page_query(f, catalog, sort, not descending).limit(size).offset(
            max(0, total - offset - size))
        with db.read() as s:
            return [FlowRow(*r) for r in s.execute(q)][::-1]
    q = page_query(f, catalog, sort, descending).limit(limit).offset(offset)
    with db.read() as s:
        return [FlowRow(*r) for r in s.execute(q)]


def count(db: Database, f: LedgerFilter, catalog: Catalog) -> int:
    """How many records the filter matches."""
    q = select(func.count()).select_from(Flow).where(and_(True, *_where(f, catalog)))
    with db.read() as s:
        return int(s.scalar(q) or 0)


def totals(db: Database, f: LedgerFilter, catalog: Catalog) -> Totals:
    """Count and canonical totals per quantity kind of what the filter selects."""
    q = (select(Flow.material_id, func.count(), func.sum(Flow.qty_canonical))
         .where(and_(True, *_where(f, catalog))).group_by(Flow.material_id))
    by_kind: dict[QuantityKind, float] = {}
    n = 0
    with db.read() as s:
        for material_id, cnt, total in s.execute(q):
            n += cnt
            kind = catalog.materials[material_id].kind
            by_kind[kind] = by_kind.get(kind, 0.0) + float(total or 0.0)
    return Totals(n, by_kind)


def explain(db: Database, q: Select) -> list[str]:
    """The query plan for a statement, SQLite's or the server's (tests and benchmarks
    read it)."""
    compiled = q.compile(db.engine, compile_kwargs={"literal_binds": True})
    with db.engine.connect() as conn:
        if db.server:
            return [r[0] for r in conn.exec_driver_sql(f"EXPLAIN {compiled}")]
        return [r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")]
