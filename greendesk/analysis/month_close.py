"""The month close's arithmetic: which items of a site's month are still open.

Numbers and row objects in, items out; no sessions. The service (services/month_close.py)
gathers the stock changes, balances, transfers and gaps and adds the officer's waivers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from greendesk.errors import Message
from greendesk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "month_close"


class ItemKind(StrEnum):
    """What an open item is about; the text is the key of JSON output and the CLI."""
    STOCK_TAKING = "stock_taking"
    ASSAY = "assay"
    READING = "reading"
    TRANSFER = "transfer"
    BALANCE = "balance"
    METAL = "metal"
    EMISSION_FACTOR = "emission_factor"


@dataclass(frozen=True)
class CloseItem:
    """One thing a month needs before it is closed: what it is, and where to fix it.

    `key` names the item stably (a waiver is kept against it); `section` is the window's
    section key and `ids` the records to open there."""
    key: str
    kind: ItemKind
    what: Message
    section: str
    ids: tuple[int, ...] = ()
    waived: str | None = None  # the reason, when the officer waived the item

    @property
    def open(self) -> bool:
        """Neither done nor waived."""
        return self.waived is None


def _msg(template: str, **args: object) -> Message:
    return Message(template, CONTEXT, **args)


@dataclass(frozen=True)
class StockGap:
    """A stock node's material whose stock change for the month is not known."""
    node_id: int
    node: str
    material_id: int
    material: str
    has_opening: bool  # a count before the month exists


def stock_items(gaps: Iterable[StockGap], month_end: str) -> list[CloseItem]:
    """One item per (stock node, material) without both counts the month's change needs."""
    out = []
    for g in gaps:
        what = _msg(QT_TRANSLATE_NOOP("month_close", "{node}, {material}: no stock-taking at "
                                                     "the end of the month ({day})."),
                    node=g.node, material=g.material, day=month_end) if g.has_opening else _msg(
            QT_TRANSLATE_NOOP("month_close", "{node}, {material}: no stock-taking before the "
                                             "month, so its stock change is unknown."),
            node=g.node, material=g.material)
        out.append(CloseItem(f"stock:{g.node_id}:{g.material_id}", ItemKind.STOCK_TAKING, what,
                             "balances", (g.node_id, g.material_id)))
    return out


@dataclass(frozen=True)
class ScopeShare:
    """A balance scope's unaccounted share of total-mass inputs (None: no inputs)."""
    node_id: int | None  # None: the whole site
    name: str
    share: float | None


def balance_items(scopes: Iterable[ScopeShare], threshold_pct: float) -> list[CloseItem]:
    """One item per scope whose unaccounted share (loss or apparent gain) is above the
    threshold, in percent of inputs."""
    out = []
    for sc in scopes:
        if sc.share is None or abs(sc.share) * 100 <= threshold_pct:
            continue
        out.append(CloseItem(
            f"balance:{'site' if sc.node_id is None else sc.node_id}", ItemKind.BALANCE,
            _msg(QT_TRANSLATE_NOOP("month_close", "{scope}: {share:.2f} % of inputs is "
                                                  "unaccounted, above the threshold of "
                                                  "{threshold:.2f} %."),
                 scope=sc.name, share=sc.share * 100, threshold=threshold_pct),
            "balances", () if sc.node_id is None else (sc.node_id,)))
    return out


@dataclass(frozen=True)
class MetalGap:
    """A process node's component whose technological recovery (assays alone) and
    commercial recovery (weighed tonnages × assays) differ."""
    node_id: int
    node: str
    component: str
    technological: float  # fractions
    commercial: float
    metal_unaccounted: float | None  # t


def metal_items(gaps: Iterable[MetalGap], threshold_pct: float) -> list[CloseItem]:
    """One item per node and component whose two recoveries differ by more than the
    threshold (percentage points): the metal the weighing or the sampling misses."""
    out = []
    for g in gaps:
        if abs(g.technological - g.commercial) * 100 <= threshold_pct:
            continue
        out.append(CloseItem(
            f"metal:{g.node_id}:{g.component}", ItemKind.METAL,
            _msg(QT_TRANSLATE_NOOP("month_close", "{node}, {component}: technological recovery "
                                                  "{technological:.2f} % against commercial "
                                                  "{commercial:.2f} %, {metal:.3f} t of metal "
                                                  "unaccounted; the gap is above the threshold "
                                                  "of {threshold:.2f} %."),
                 node=g.node, component=g.component, technological=g.technological * 100,
                 commercial=g.commercial * 100, metal=g.metal_unaccounted or 0.0,
                 threshold=threshold_pct),
            "balances", (g.node_id,)))
    return out


@dataclass(frozen=True)
class FlowKey:
    """A site's flows of one material between two nodes, summed (from, to, material)."""
    from_node_id: int
    to_node_id: int
    material_id: int


def assay_items(flows: Iterable[FlowKey], assayed: Mapping[FlowKey, set[str]],
                process_ids: set[int], names: Mapping[int, str],
                materials: Mapping[int, str]) -> list[CloseItem]:
    """Flows into or out of a process that the metal balance needs but that have no assay:
    a material assayed for a component on some flow of the month, moving on another flow
    of a process whose metal balance counts that component, without an assay for it."""
    components: dict[int, set[str]] = {}  # material -> components it is assayed for
    node_comps: dict[int, set[str]] = {}  # process -> components of its metal balance
    for key, comps in assayed.items():
        components.setdefault(key.material_id, set()).update(comps)
        for nid in (key.from_node_id, key.to_node_id):
            if nid in process_ids:
                node_comps.setdefault(nid, set()).update(comps)
    out = []
    for f in flows:
        wanted: set[str] = set()
        for nid in (f.from_node_id, f.to_node_id):
            wanted |= node_comps.get(nid, set())
        missing = sorted((wanted & components.get(f.material_id, set()))
                         - assayed.get(f, set()))
        if not missing:
            continue
        out.append(CloseItem(
            f"assay:{f.from_node_id}:{f.to_node_id}:{f.material_id}", ItemKind.ASSAY,
            _msg(QT_TRANSLATE_NOOP("month_close", "{material} from {source} to {target}: no "
                                                  "assay of {components} this month, so the "
                                                  "metal balance leaves it out."),
                 material=materials.get(f.material_id, ""), source=names.get(f.from_node_id, ""),
                 target=names.get(f.to_node_id, ""), components=", ".join(missing)),
            "balances", (f.from_node_id, f.to_node_id, f.material_id)))
    return out


@dataclass(frozen=True)
class FactorGap:
    """An emission source's substance with a permit norm whose mass over the quarter cannot
    be counted: `missing` names each factor (or calorific value) to load."""
    source_id: int
    source: str
    substance: str
    missing: tuple[Message, ...]


def factor_items(gaps: Iterable[FactorGap], quarter: str) -> list[CloseItem]:
    """One item per source and substance with a norm but no factor, for the quarter's last
    month: the fee declaration would leave its mass out."""
    return [CloseItem(
        f"factor:{quarter}:{g.source_id}:{g.substance}", ItemKind.EMISSION_FACTOR,
        _msg(QT_TRANSLATE_NOOP("month_close", "{source}, {substance}: the permit sets a norm "
                                              "but the {quarter} emissions cannot be counted "
                                              "({missing})."),
             source=g.source, substance=g.substance, quarter=quarter,
             missing=g.missing[0] if g.missing else "—"),
        "air", (g.source_id,)) for g in gaps]


def with_waivers(items: Iterable[CloseItem], waivers: Mapping[str, str]) -> list[CloseItem]:
    """The items, each waived one carrying its reason."""
    return [replace(i, waived=waivers[i.key]) if i.key in waivers else i for i in items]

