"""Balance arithmetic over aggregated flows: pure functions, no database, no Qt.

The service hands over flow sums per (from node, to node, material) for a period, the
nodes' kinds and the stock changes; these functions split them into the terms of a
balance. For a scope (one node, or the inside of a site: its process and stock nodes):

    inputs − outputs − stock change − accounted losses = unaccounted loss

Accounted losses are flows into loss nodes, by the loss node's reason. The identity holds
by construction; what the tests check is that nothing is counted twice or forgotten — a
site's unaccounted loss is the sum of its nodes' (internal flows cancel).

Energy carriers are not in the material balance: a fuel's mass leaves as flue gas that no
one weighs, so counting coal in tonnes would show every boiler as a loss. They get their own
balance in GJ and tce, where energy flowing into a process is its metered use.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import LossReason, MaterialCategory, NodeKind, QuantityKind

INSIDE_KINDS = frozenset({NodeKind.PROCESS, NodeKind.STOCK})
NOT_PRODUCTION = frozenset({MaterialCategory.WASTE, MaterialCategory.ENERGY_CARRIER,
                            MaterialCategory.WATER})


@dataclass(frozen=True)
class NodeInfo:
    """What the balance needs of a node: its kind decides which side of a balance a flow falls on."""
    id: int
    name: str
    kind: NodeKind
    loss_reason: LossReason | None = None

    @property
    def inside(self) -> bool:
        """A process or stock node: inside the site's balance boundary."""
        return self.kind in INSIDE_KINDS


@dataclass(frozen=True)
class MaterialInfo:
    """What the balance needs of a material: category, kind and energy factors."""
    id: int
    name: str
    category: MaterialCategory
    kind: QuantityKind
    unit: str  # canonical: t, m³ or GJ
    gj_per_unit: float | None = None  # energy content per canonical unit (1 for GJ)
    tce_per_unit: float | None = None  # tonnes of coal equivalent per canonical unit

    @property
    def is_energy(self) -> bool:
        """Energy carriers are balanced in GJ, apart from the mass and volume lines."""
        return self.category is MaterialCategory.ENERGY_CARRIER


@dataclass(frozen=True)
class FlowSum:
    """Canonical quantity of one material from one node to another in a period."""

    from_node_id: int
    to_node_id: int
    material_id: int
    qty: float


@dataclass
class Terms:
    """The balance terms of one material (or a sum of materials) in one scope."""

    inputs: float = 0.0
    outputs: float = 0.0
    stock_change: float = 0.0
    accounted: dict[LossReason, float] = field(default_factory=dict)

    @property
    def accounted_total(self) -> float:
        """The losses explained by a reason, summed."""
        return sum(self.accounted.values())

    @property
    def unaccounted(self) -> float:
        """What the balance cannot explain: inputs − outputs − stock change − accounted losses."""
        return self.inputs - self.outputs - self.stock_change - self.accounted_total

    def add_loss(self, reason: LossReason, qty: float) -> None:
        """Add an accounted loss under its reason."""
        self.accounted[reason] = self.accounted.get(reason, 0.0) + qty

    def __iadd__(self, other: Terms) -> Terms:
        self.inputs += other.inputs
        self.outputs += other.outputs
        self.stock_change += other.stock_change
        for reason, qty in other.accounted.items():
            self.add_loss(reason, qty)
        return self


def node_terms(flows: Iterable[FlowSum], nodes: Mapping[int, NodeInfo], node_id: int,
               stock: Mapping[tuple[int, int], float]) -> dict[int, Terms]:
    """Terms per material of one node: flows into it, out of it (to loss nodes: accounted),
    and its stock change (closing − opening count; stock nodes only)."""
    out: dict[int, Terms] = {}
    for f in flows:
        if f.to_node_id == node_id:
            out.setdefault(f.material_id, Terms()).inputs += f.qty
        elif f.from_node_id == node_id:
            terms = out.setdefault(f.material_id, Terms())
            target = nodes[f.to_node_id]
            if target.kind is NodeKind.LOSS:
                terms.add_loss(target.loss_reason or LossReason.PROCESS, f.qty)
            else:
                terms.outputs += f.qty
    for (nid, material_id), change in stock.items():
        if nid == node_id:
            out.setdefault(material_id, Terms()).stock_change += change
    return out


def site_terms(flows: Iterable[FlowSum], nodes: Mapping[int, NodeInfo],
               stock: Mapping[tuple[int, int], float]) -> dict[int, Terms]:
    """Terms per material of a site's inside (process and stock nodes, with its loss sinks).

    Inputs come from boundary nodes, outputs go to them; flows between inside nodes cancel.
    Accounted losses are what loss nodes received net of anything taken back out of them,
    so flows from a loss node (rare, but possible) never break the identity.
    """
    out: dict[int, Terms] = {}
    for f in flows:
        src, dst = nodes[f.from_node_id], nodes[f.to_node_id]
        src_in, dst_in = _inside_or_loss(src), _inside_or_loss(dst)
        src_loss, dst_loss = src.kind is NodeKind.LOSS, dst.kind is NodeKind.LOSS
        if not src_in and not dst_in:
            continue  # boundary to boundary: passes the site by
        if src_in and dst_in and src_loss == dst_loss:
            continue  # inside to inside (or loss to loss): cancels
        terms = out.setdefault(f.material_id, Terms())
        if not src_in:
            terms.inputs += f.qty
        if not dst_in:
            terms.outputs += f.qty
        if dst_loss and not src_loss:
            terms.add_loss(dst.loss_reason or LossReason.PROCESS, f.qty)
        if src_loss and not dst_loss:
            terms.add_loss(src.loss_reason or LossReason.PROCESS, -f.qty)
    for (nid, material_id), change in stock.items():
        if nid in nodes and nodes[nid].inside:
            out.setdefault(material_id, Terms()).stock_change += change
    return out


def _inside_or_loss(node: NodeInfo) -> bool:
    return node.inside or node.kind is NodeKind.LOSS


# -- lines: per material, per category, in total ----------------------------------------

@dataclass(frozen=True)
class BalanceLine:
    """One row of a balance table, in canonical units."""

    level: str  # "material", "category" or "total"
    label: str  # material name, category code, or the kind for totals
    unit: str
    inputs: float
    outputs: float
    stock_change: float
    accounted: tuple[tuple[LossReason, float], ...]
    unaccounted: float
    material_id: int | None = None
    category: MaterialCategory | None = None
    kind: QuantityKind | None = None
    # False where the remainder is not a loss: in a process (or a site with processes) ore
    # becomes concentrate and tailings, so per material only the total mass balances.
    meaningful: bool = True

    @property
    def accounted_total(self) -> float:
        """The accounted losses, summed."""
        return sum(q for _r, q in self.accounted)

    @property
    def unaccounted_share(self) -> float | None:
        """Unaccounted loss as a fraction of inputs (None when nothing came in)."""
        return self.unaccounted / self.inputs if self.inputs > 0 else None

    def as_dict(self) -> dict[str, object]:
        """The line for JSON output (the unaccounted share in percent)."""
        share = self.unaccounted_share
        return {
            "level": self.level, "label": self.label, "unit": self.unit,
            "inputs": self.inputs, "outputs": self.outputs, "stock_change": self.stock_change,
            "accounted": {r.value: q for r, q in self.accounted},
            "accounted_total": self.accounted_total, "unaccounted": self.unaccounted,
            "unaccounted_pct": None if share is None else share * 100.0,
            "unaccounted_is_loss": self.meaningful,
        }


def _line(level: str, label: str, unit: str, t: Terms, *, material_id: int | None = None,
          category: MaterialCategory | None = None, kind: QuantityKind | None = None,
          meaningful: bool = True) -> BalanceLine:
    accounted = tuple(sorted(t.accounted.items(), key=lambda kv: list(LossReason).index(kv[0])))
    return BalanceLine(level, label, unit, t.inputs, t.outputs, t.stock_change, accounted,
                       t.unaccounted, material_id, category, kind, meaningful)


TOTAL_LABELS = {
    QuantityKind.MASS: QT_TRANSLATE_NOOP("balances", "Total mass"),
    QuantityKind.VOLUME: QT_TRANSLATE_NOOP("balances", "Total volume"),
}


def material_lines(terms: Mapping[int, Terms], materials: Mapping[int, MaterialInfo],
                   conserved: bool = False) -> list[BalanceLine]:
    """Per material, per (category, kind) and totals per kind; energy carriers excluded.

    A category can hold materials of different kinds (water in m³ and in t), so category
    lines are per kind too. Totals add up only like with like: tonnes, and cubic metres.
    `conserved`: the scope keeps each material as it is (a stock), so per-material
    remainders are losses too; elsewhere only the totals' remainders are.
    """
    per_material: list[BalanceLine] = []
    by_category: dict[tuple[MaterialCategory, QuantityKind], Terms] = {}
    by_kind: dict[QuantityKind, Terms] = {}
    for material_id, t in terms.items():
        m = materials[material_id]
        if m.is_energy:
            continue
        per_material.append(_line("material", m.name, m.unit, t, material_id=m.id,
                                  category=m.category, kind=m.kind, meaningful=conserved))
        by_category.setdefault((m.category, m.kind), Terms()).__iadd__(t)
        by_kind.setdefault(m.kind, Terms()).__iadd__(t)
    categories = list(MaterialCategory)
    rank: dict[MaterialCategory | None, int] = {c: i for i, c in enumerate(categories)}
    per_material.sort(key=lambda ln: (rank[ln.category], ln.label.casefold()))
    lines = per_material
    for (cat, kind), t in sorted(by_category.items(),
                                 key=lambda kv: (categories.index(kv[0][0]), kv[0][1].value)):
        lines.append(_line("category", cat.value, _unit(kind), t, category=cat, kind=kind,
                           meaningful=conserved))
    for kind in (QuantityKind.MASS, QuantityKind.VOLUME):
        if kind in by_kind:  # water taken in ends up in slurries no one measures by volume
            lines.append(_line("total", TOTAL_LABELS[kind], _unit(kind), by_kind[kind],
                               kind=kind, meaningful=conserved or kind is QuantityKind.MASS))
    return lines


def _unit(kind: QuantityKind) -> str:
    return {QuantityKind.MASS: "t", QuantityKind.VOLUME: "m³", QuantityKind.ENERGY: "GJ"}[kind]


def total_line(lines: Iterable[BalanceLine], kind: QuantityKind = QuantityKind.MASS
               ) -> BalanceLine | None:
    """The total line of one quantity kind, when the lines have one."""
    return next((ln for ln in lines if ln.level == "total" and ln.kind is kind), None)


# -- energy --------------------------------------------------------------------------------

@dataclass
class EnergyTerms:
    """An energy carrier's balance in GJ. For a site: supplied (purchased from the boundary
    and produced by processes) = use (into processes) + exported + accounted + stock change
    + unaccounted. For a process node, what it does not pass on is its use."""

    purchased: float = 0.0
    produced: float = 0.0
    use: float = 0.0
    exported: float = 0.0
    stock_change: float = 0.0
    accounted: float = 0.0

    @property
    def supplied(self) -> float:
        """Purchased plus produced."""
        return self.purchased + self.produced

    @property
    def unaccounted(self) -> float:
        """Supplied − use − exported − stock change − accounted losses."""
        return (self.supplied - self.use - self.exported - self.stock_change - self.accounted)

    def __iadd__(self, o: EnergyTerms) -> EnergyTerms:
        for name in ("purchased", "produced", "use", "exported", "stock_change", "accounted"):
            setattr(self, name, getattr(self, name) + getattr(o, name))
        return self


@dataclass(frozen=True)
class EnergyLine:
    """One energy carrier's balance (or the sum over carriers) in GJ, and in tce when known."""
    label: str
    material_id: int | None
    gj: EnergyTerms
    tce_per_gj: float | None  # the carrier's own factor; totals: None (summed in tce)
    tce: EnergyTerms | None  # the same terms in tce, when a factor is known
    note: str = ""

    def as_dict(self) -> dict[str, object]:
        """The line for JSON output."""
        def terms(t: EnergyTerms | None) -> dict[str, float] | None:
            if t is None:
                return None
            return {"purchased": t.purchased, "produced": t.produced, "supplied": t.supplied,
                    "use": t.use, "exported": t.exported, "stock_change": t.stock_change,
                    "accounted": t.accounted, "unaccounted": t.unaccounted}
        return {"label": self.label, "gj": terms(self.gj), "tce": terms(self.tce),
                "note": self.note}


def _add_energy_flow(t: EnergyTerms, qty: float, src: NodeInfo, dst: NodeInfo,
                     node_id: int | None) -> None:
    """Count one energy flow into its carrier's terms. For a node: in is purchased, on is
    exported or an accounted loss. For a site: a loss is accounted (and purchased or
    produced by where it came from); otherwise produced or purchased by its source, used or
    exported by its destination."""
    if node_id is not None:
        if dst.id == node_id:
            t.purchased += qty
        elif dst.kind is NodeKind.LOSS:
            t.accounted += qty
        else:
            t.exported += qty
        return
    if dst.kind is NodeKind.LOSS and src.kind is not NodeKind.LOSS:
        t.accounted += qty
        if not _inside_or_loss(src):
            t.purchased += qty
        elif src.kind is NodeKind.PROCESS:
            t.produced += qty
        return
    if src.kind is NodeKind.PROCESS:
        t.produced += qty
    elif not src.inside and src.kind is not NodeKind.LOSS and dst.inside:
        t.purchased += qty
    if dst.kind is NodeKind.PROCESS:
        t.use += qty
    elif not dst.inside and dst.kind is not NodeKind.LOSS and src.inside:
        t.exported += qty


def energy_terms_site(flows: Iterable[FlowSum], nodes: Mapping[int, NodeInfo],
                      stock: Mapping[tuple[int, int], float],
                      materials: Mapping[int, MaterialInfo], node_id: int | None = None
                      ) -> dict[int, EnergyTerms]:
    """Energy terms per carrier, in the carrier's canonical unit (converted by the caller).

    With `node_id`, the scope is that node: what flows in is purchased (for the node), what
    it passes on is exported, and for a process the rest is its use."""
    out: dict[int, EnergyTerms] = {}
    for f in flows:
        if not materials[f.material_id].is_energy:
            continue
        src, dst = nodes[f.from_node_id], nodes[f.to_node_id]
        if node_id is not None and node_id not in (src.id, dst.id):
            continue
        _add_energy_flow(out.setdefault(f.material_id, EnergyTerms()), f.qty, src, dst, node_id)
    for (nid, material_id), change in stock.items():
        carrier = materials.get(material_id)
        if carrier is None or not carrier.is_energy or nid not in nodes or not nodes[nid].inside:
            continue
        if node_id is None or nid == node_id:
            out.setdefault(material_id, EnergyTerms()).stock_change += change
    if node_id is not None and nodes[node_id].kind is NodeKind.PROCESS:
        for t in out.values():  # a process uses what it does not pass on
            t.use = t.purchased - t.exported - t.accounted - t.stock_change
    return out


def energy_lines(terms: Mapping[int, EnergyTerms], materials: Mapping[int, MaterialInfo]
                 ) -> list[EnergyLine]:
    """Per carrier in GJ and tce, then the total (carriers without an energy content are
    listed with a note and left out of the total)."""
    lines: list[EnergyLine] = []
    total_gj, total_tce = EnergyTerms(), EnergyTerms()
    for material_id, t in sorted(terms.items(), key=lambda kv: materials[kv[0]].name):
        m = materials[material_id]
        if m.gj_per_unit is None:
            lines.append(EnergyLine(m.name, m.id, t, None, None, QT_TRANSLATE_NOOP(
                "balances", "no calorific value: not in the total")))
            continue
        gj = _scaled(t, m.gj_per_unit)
        tce = _scaled(t, m.tce_per_unit) if m.tce_per_unit is not None else None
        lines.append(EnergyLine(m.name, m.id, gj, (m.tce_per_unit / m.gj_per_unit)
                                if m.tce_per_unit is not None and m.gj_per_unit else None, tce))
        total_gj += gj
        if tce is not None:
            total_tce += tce
    if lines:
        lines.append(EnergyLine(QT_TRANSLATE_NOOP("balances", "Total energy"), None, total_gj,
                                None, total_tce))
    return lines


def _scaled(t: EnergyTerms, k: float) -> EnergyTerms:
    return EnergyTerms(t.purchased * k, t.produced * k, t.use * k, t.exported * k,
                       t.stock_change * k, t.accounted * k)


# -- metal (component) balances -------------------------------------------------------------

@dataclass(frozen=True)
class MetalSum:
    """Contained metal (t) of one component in the flows from one node to another."""

    from_node_id: int
    to_node_id: int
    material_id: int
    component: str
    metal_t: float
    qty_t: float  # the assayed quantity, to show the mean grade


@dataclass
class MetalTerms:
    """Contained metal of one component: into a scope (feed) and out of it, by destination."""
    feed: float = 0.0
    products: float = 0.0
    wastes: float = 0.0
    accounted: float = 0.0

    @property
    def unaccounted(self) -> float:
        """Feed − products − wastes − accounted losses."""
        return self.feed - self.products - self.wastes - self.accounted

    @property
    def recovery(self) -> float | None:
        """Metal in products / metal in feed."""
        return self.products / self.feed if self.feed > 0 else None


RECOVERY_FORMULA = QT_TRANSLATE_NOOP(
    "balances", "ε = Σ(Q_product × β) / Σ(Q_feed × α) × 100 %  — metal in products over "
    "metal in feed (Q tonnes, α and β grades)")


def metal_terms(sums: Iterable[MetalSum], nodes: Mapping[int, NodeInfo],
                materials: Mapping[int, MaterialInfo], node_id: int | None = None
                ) -> dict[str, MetalTerms]:
    """Per component, over a site's process nodes (or one process node).

    Feed is metal flowing into the processes from outside them; products are outputs of
    products, intermediates and by-products; wastes are outputs of wastes; accounted are
    outputs to loss nodes. Process nodes hold no stock, so the rest is unaccounted.
    """
    def member(n: NodeInfo) -> bool:
        return n.id == node_id if node_id is not None else n.kind is NodeKind.PROCESS

    out: dict[str, MetalTerms] = {}
    for s in sums:
        src, dst = nodes[s.from_node_id], nodes[s.to_node_id]
        src_in, dst_in = member(src), member(dst)
        if src_in == dst_in:
            continue
        t = out.setdefault(s.component, MetalTerms())
        if dst_in:
            t.feed += s.metal_t
        elif dst.kind is NodeKind.LOSS:
            t.accounted += s.metal_t
        elif materials[s.material_id].category is MaterialCategory.WASTE:
            t.wastes += s.metal_t
        else:
            t.products += s.metal_t
    return out


# -- rational use of mineral resources ------------------------------------------------------

@dataclass(frozen=True)
class Indicator:
    """A rational-use indicator: a ratio with the figures it comes from, so it can be checked."""
    key: str
    title: str
    formula: str
    value: float | None  # a fraction; None when the data do not allow it
    numerator: float
    denominator: float
    unit: str  # of numerator and denominator
    component: str | None = None

    def as_dict(self) -> dict[str, object]:
        """The indicator for JSON output (the value in percent)."""
        return {"key": self.key, "title": self.title, "formula": self.formula,
                "component": self.component,
                "value_pct": None if self.value is None else self.value * 100.0,
                "numerator": self.numerator, "denominator": self.denominator,
                "unit": self.unit}


INDICATOR_TEXT = {
    "extraction": (
        QT_TRANSLATE_NOOP("balances", "Extraction of the mineral from the subsoil"),
        QT_TRANSLATE_NOOP("balances", "K_ext = (Q_mined − Q_lost) / Q_mined × 100 %, where "
                          "Q_mined is raw material taken from the subsoil and Q_lost its "
                          "accounted and unaccounted losses at the mine")),
    "beneficiation": (
        QT_TRANSLATE_NOOP("balances", "Recovery of useful components in beneficiation"),
        QT_TRANSLATE_NOOP("balances", "ε_b = metal in the concentrator's products / metal in "
                          "the ore fed to its processes × 100 %")),
    "metallurgy": (
        QT_TRANSLATE_NOOP("balances", "Recovery in metallurgical conversion"),
        QT_TRANSLATE_NOOP("balances", "ε_m = metal in the smelter's products / metal in the "
                          "concentrate and other feed to its processes × 100 %")),
    "waste_use": (
        QT_TRANSLATE_NOOP("balances", "Use of production waste"),
        QT_TRANSLATE_NOOP("balances", "K_w = Q_used / Q_generated × 100 %, where Q_generated "
                          "is overburden, tailings, slag and other waste leaving processes and "
                          "Q_used the site's waste going into a process or to a customer")),
}


def _indicator(key: str, num: float, den: float, unit: str, component: str | None = None
               ) -> Indicator:
    title, formula = INDICATOR_TEXT[key]
    return Indicator(key, title, formula, num / den if den > 0 else None, num, den, unit,
                     component)


def extraction_indicator(site_flows: Iterable[tuple[Iterable[FlowSum], Mapping[int, NodeInfo],
                                                     Mapping[int, Terms]]],
                         materials: Mapping[int, MaterialInfo]) -> Indicator:
    """Over mine sites: for each raw material taken from an environment node (the subsoil),
    mined = that flow; lost = the site's accounted and unaccounted loss of that material."""
    mined = lost = 0.0
    for flows, nodes, terms in site_flows:
        from_subsoil: dict[int, float] = {}
        for f in flows:
            m = materials[f.material_id]
            if (m.category is MaterialCategory.RAW_MATERIAL and m.kind is QuantityKind.MASS
                    and nodes[f.from_node_id].kind is NodeKind.ENVIRONMENT
                    and nodes[f.to_node_id].inside):
                from_subsoil[f.material_id] = from_subsoil.get(f.material_id, 0.0) + f.qty
        for material_id, qty in from_subsoil.items():
            t = terms.get(material_id, Terms())
            mined += qty
            lost += t.accounted_total + t.unaccounted
    return _indicator("extraction", mined - lost, mined, "t")


def recovery_indicators(key: str, metal: Mapping[str, MetalTerms]) -> list[Indicator]:
    """One indicator per assayed component (beneficiation or metallurgy)."""
    return [_indicator(key, t.products, t.feed, "t", component)
            for component, t in sorted(metal.items())]


def waste_use_indicator(flows: Iterable[FlowSum], nodes: Mapping[int, NodeInfo],
                        materials: Mapping[int, MaterialInfo]) -> Indicator:
    """Waste used (into processes or to customers) over waste generated, by mass."""
    generated = used = 0.0
    for f in flows:
        m = materials[f.material_id]
        if m.category is not MaterialCategory.WASTE or m.kind is not QuantityKind.MASS:
            continue
        src, dst = nodes[f.from_node_id], nodes[f.to_node_id]
        if src.kind is NodeKind.PROCESS:
            generated += f.qty
        if src.inside and dst.kind in (NodeKind.PROCESS, NodeKind.CUSTOMER):
            used += f.qty
    return _indicator("waste_use", used, generated, "t")


def energy_intensity(energy_use_gj: float, product_t: float) -> float | None:
    """GJ of energy used per tonne of product."""
    return energy_use_gj / product_t if product_t > 0 else None


def product_output(flows: Iterable[FlowSum], nodes: Mapping[int, NodeInfo],
                   materials: Mapping[int, MaterialInfo], node_id: int | None = None) -> float:
    """Tonnes of production: a site's shipments to customers (ore, concentrate, metal, acid),
    or what one node passes on to any node but a loss sink; never waste, water or fuel."""
    total = 0.0
    for f in flows:
        m = materials[f.material_id]
        if m.category in NOT_PRODUCTION or m.kind is not QuantityKind.MASS:
            continue
        src, dst = nodes[f.from_node_id], nodes[f.to_node_id]
        if node_id is not None:
            if src.id == node_id and dst.kind is not NodeKind.LOSS:
                total += f.qty
        elif src.inside and dst.kind is NodeKind.CUSTOMER:
            total += f.qty
    return total
