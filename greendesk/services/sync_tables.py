"""Which records a site's period package carries, and how their references travel.

A record's own values travel as stored; what it refers to travels by name (a node by its
site's node name, a material, a contractor by theirs), because ids differ between the site
and the company database while the names agree once the structure was handed down
(`greendesk sync export --structure`). A record that belongs to another record of the
package (an assay, a transfer) names it by its local id. Portable Core queries only.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Table, select
from sqlalchemy.orm import Session

from greendesk.models import Base, load_all

NODE, MATERIAL, CONTRACTOR = "node", "material", "waste_contractor"
POINT, PARAMETER = "monitoring_point", "monitoring_parameter"
# What names each referenced kind in a package (nodes by name within the site).
LABEL = {NODE: "name", MATERIAL: "name", CONTRACTOR: "name", POINT: "name", PARAMETER: "code"}
# Columns a package never carries: the database's own bookkeeping.
_LOCAL = frozenset({"version", "created_at", "changed_at", "import_batch_id", "site_id"})


@dataclass(frozen=True)
class Spec:
    """One record kind of a package: dated in the period (`date`) or owned by a record of
    another kind (`parent`: column, table); `refs` are columns naming a node, material or
    contractor."""
    table: str
    date: str | None = None
    parent: tuple[str, str] | None = None
    refs: dict[str, str] = field(default_factory=dict)
    # A record without site_id is the site's through this column's record (column, table).
    placed_by: tuple[str, str] | None = None

    def sa_table(self) -> Table:
        """The Core table (the whole metadata is loaded first)."""
        load_all()
        return Base.metadata.tables[self.table]

    def columns(self) -> list[str]:
        """The package's columns of this kind, in the table's order."""
        return [c.name for c in self.sa_table().columns if c.name not in _LOCAL]


SPECS: tuple[Spec, ...] = (
    Spec("flow", date="flow_date",
         refs={"from_node_id": NODE, "to_node_id": NODE, "material_id": MATERIAL}),
    Spec("flow_assay", parent=("flow_id", "flow")),
    Spec("waste_transfer", parent=("flow_id", "flow"), refs={"contractor_id": CONTRACTOR}),
    Spec("stock_taking", date="taken_on", refs={"node_id": NODE, "material_id": MATERIAL},
         placed_by=("node_id", NODE)),
    Spec("monitoring_reading", date="taken_on", refs={"point_id": POINT,
                                                     "parameter_id": PARAMETER},
         placed_by=("point_id", POINT)),
    Spec("incident", date="occurred_on"),
)
SPEC = {s.table: s for s in SPECS}


def plain(value: Any) -> Any:
    """A column value as JSON holds it: dates ISO, enumerations by value."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def typed(table: Table, columns: Sequence[str], row: Sequence[Any]) -> dict[str, Any]:
    """A package row back to the values Core binds (dates as dates)."""
    out = dict(zip(columns, row, strict=True))
    for name in columns:
        value, kind = out[name], table.c[name].type
        if isinstance(value, str) and isinstance(kind, DateTime):
            out[name] = datetime.fromisoformat(value)
        elif isinstance(value, str) and isinstance(kind, Date):
            out[name] = date.fromisoformat(value)
    return out


def names(s: Session, kind: str, site_id: int) -> dict[int, str]:
    """id → name (a parameter's code) of the site's nodes, or of every record of `kind`."""
    load_all()
    table = Base.metadata.tables[kind]
    q = select(table.c.id, table.c[LABEL[kind]])
    if kind == NODE:
        q = q.where(table.c.site_id == site_id)
    return {int(i): str(n) for i, n in s.execute(q)}


def period_rows(s: Session, site_id: int, first: date, last: date
                ) -> Iterator[tuple[Spec, list[str], list[list[Any]]]]:
    """Every record kind's rows of the site dated first..last (and those they own), as the
    package carries them: references by name."""
    ids: dict[str, list[int]] = {}
    lookups = {k: names(s, k, site_id) for k in LABEL}
    for spec in SPECS:
        table = spec.sa_table()
        cols = spec.columns()
        q = select(*(table.c[c] for c in cols))
        if spec.parent is not None:
            col, parent = spec.parent
            wanted = ids.get(parent, [])
            rows: list[Any] = []
            for start in range(0, len(wanted), 500):  # under every driver's parameter limit
                rows.extend(s.execute(q.where(table.c[col].in_(wanted[start:start + 500]))))
        else:
            assert spec.date is not None
            q = q.where(table.c[spec.date].between(first, last))
            if spec.placed_by:
                col, owner = spec.placed_by
                owners = Base.metadata.tables[owner]
                q = q.where(table.c[col].in_(
                    select(owners.c.id).where(owners.c.site_id == site_id)))
            else:
                q = q.where(table.c.site_id == site_id)
            rows = list(s.execute(q.order_by(*table.primary_key.columns)))
        out = []
        for r in rows:
            values = [plain(v) for v in r]
            for col, kind in spec.refs.items():
                i = cols.index(col)
                values[i] = lookups[kind].get(values[i], values[i])
            out.append(values)
        if "id" in cols:
            ids[spec.table] = [int(v[cols.index("id")]) for v in out]
        yield spec, cols, out
