"""A flow's reconciliation role through the write path (unmeasured records keep their
estimate and never count as measurements), and reconciled values written back into them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from greendesk.errors import DomainError
from greendesk.models import AuditEntry, Flow, Method, ReconciliationRole
from greendesk.services.catalog import Catalog, load_catalog
from greendesk.services.flow_reconciled import WriteReconciled, write_reconciled
from greendesk.services.flow_relations import Stream
from greendesk.services.flows import AddFlows, EditFlow, FlowDraft, edit_field, get_flows
from greendesk.services.periods_closed import close_period
from greendesk.store.db import Database

U = ReconciliationRole.UNMEASURED
SITE = "Nurken concentrator"


def _ids(cat: Catalog, *names: str) -> list[int]:
    site = next(i for i, n in cat.sites.items() if n == SITE)
    by = cat.node_by_name()
    return [by[(site, n.casefold())] for n in names]


@pytest.fixture
def dust(demo_db: Database, clock) -> tuple[Catalog, Stream]:
    """The concentrator's crusher dust: an edge nobody weighs."""
    clock(date(2026, 2, 10))
    cat = load_catalog(demo_db)
    crushing, losses = _ids(cat, "Crushing", "Crusher dusting losses")
    return cat, Stream(crushing, losses, cat.material_by_name()["copper ore"])


def _draft(stream: Stream, day: int, qty: float, **kw: object) -> FlowDraft:
    return FlowDraft(date(2026, 1, day), stream.from_node_id, stream.to_node_id,
                     stream.material_id, qty, "t", **kw)  # type: ignore[arg-type]


def test_an_unmeasured_record_keeps_its_estimate_but_is_never_a_measurement(
        demo_db: Database, dust: tuple[Catalog, Stream]) -> None:
    _cat, stream = dust
    cmd = AddFlows([_draft(stream, 5, 120.0, reconciliation=U),
                    _draft(stream, 6, 80.0, reconciliation=ReconciliationRole.CONSTANT),
                    _draft(stream, 7, 50.0, reconciliation=U, method=Method.CALCULATED)])
    cmd.apply(demo_db)
    rows = get_flows(demo_db, cmd.ids)
    assert [(r.reconciliation, r.method, r.qty_canonical) for r in rows] == [
        (U, Method.ESTIMATED, 120.0),                         # measured → estimated
        (ReconciliationRole.CONSTANT, Method.MEASURED, 80.0),
        (U, Method.CALCULATED, 50.0)]
    assert rows[0].draft().reconciliation is U                 # an edit form starts from it


def test_the_role_is_edited_undone_and_a_bad_one_refused(
        demo_db: Database, dust: tuple[Catalog, Stream]) -> None:
    _cat, stream = dust
    add = AddFlows([_draft(stream, 5, 120.0)])
    add.apply(demo_db)
    row, = get_flows(demo_db, add.ids)
    assert row.reconciliation is ReconciliationRole.MEASURED   # the default
    edit = EditFlow(row.id, edit_field(row, reconciliation=U))
    edit.apply(demo_db)
    assert get_flows(demo_db, add.ids)[0].reconciliation is U
    edit.revert(demo_db)
    assert get_flows(demo_db, add.ids)[0].reconciliation is ReconciliationRole.MEASURED
    with pytest.raises(DomainError, match="'guessed' is not a reconciliation role; choose "
                                          "measured, unmeasured or constant."):
        AddFlows([_draft(stream, 5, 1.0, reconciliation="guessed")]).apply(demo_db)


def test_reconciled_values_are_shared_over_the_unmeasured_records(
        demo_db: Database, dust: tuple[Catalog, Stream]) -> None:
    _cat, stream = dust
    add = AddFlows([_draft(stream, 5, 100.0, reconciliation=U),
                    _draft(stream, 20, 300.0, reconciliation=U),
                    _draft(stream, 21, 999.0)])                 # measured: not touched
    add.apply(demo_db)
    cmd = WriteReconciled(demo_db_site(demo_db), date(2026, 1, 1), date(2026, 1, 31),
                          [(stream, 800.0)])
    changes = cmd.apply(demo_db)
    assert set(add.ids[:2]) <= changes.ids
    assert [r.qty_canonical for r in get_flows(demo_db, add.ids)] == pytest.approx(
        [200.0, 600.0, 999.0])
    with demo_db.read() as s:
        updates = s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "flow", AuditEntry.action == "update")).all()
    assert len(updates) >= 2                                   # audited
    cmd.revert(demo_db)
    assert [r.qty_canonical for r in get_flows(demo_db, add.ids)] == [100.0, 300.0, 999.0]
    cmd.apply(demo_db)                                         # redo
    assert get_flows(demo_db, add.ids)[1].qty_entered == pytest.approx(600.0)


def demo_db_site(db: Database) -> int:
    cat = load_catalog(db)
    return next(i for i, n in cat.sites.items() if n == SITE)


@pytest.mark.parametrize(("total", "sentence"), [
    (0.0, "only a quantity above zero can be written"),
    (float("nan"), "only a quantity above zero can be written"),
])
def test_a_total_that_is_no_quantity_is_refused(demo_db: Database,
                                                dust: tuple[Catalog, Stream], total: float,
                                                sentence: str) -> None:
    _cat, stream = dust
    AddFlows([_draft(stream, 5, 100.0, reconciliation=U)]).apply(demo_db)
    with pytest.raises(DomainError, match=sentence):
        write_reconciled(demo_db, demo_db_site(demo_db), date(2026, 1, 1), date(2026, 1, 31),
                         [(stream, total)])


def test_a_stream_without_unmeasured_records_or_a_closed_month_is_refused(
        demo_db: Database, dust: tuple[Catalog, Stream]) -> None:
    _cat, stream = dust
    site = demo_db_site(demo_db)
    add = AddFlows([_draft(stream, 5, 100.0)])
    add.apply(demo_db)
    with pytest.raises(DomainError, match="Crushing → Crusher dusting losses: Copper ore has "
                                          "no unmeasured record from 2026-01-01 to 2026-01-31"):
        write_reconciled(demo_db, site, date(2026, 1, 1), date(2026, 1, 31), [(stream, 5.0)])
    row, = get_flows(demo_db, add.ids)
    EditFlow(row.id, edit_field(row, reconciliation=U)).apply(demo_db)
    close_period(demo_db, "2026-01")
    with pytest.raises(DomainError, match="is closed"):
        write_reconciled(demo_db, site, date(2026, 1, 1), date(2026, 1, 31), [(stream, 5.0)])
    with demo_db.read() as s:
        assert s.get(Flow, row.id).qty_canonical == 100.0  # type: ignore[union-attr]


def test_balances_keep_counting_the_estimate(demo_db: Database,
                                             dust: tuple[Catalog, Stream]) -> None:
    from greendesk.services.balance_reference import flow_sums_in

    _cat, stream = dust
    site = demo_db_site(demo_db)

    def dust_sum() -> float:
        with demo_db.read() as s:
            return sum(f.qty for f in flow_sums_in(s, site, date(2026, 1, 1), date(2026, 1, 31))
                       if (f.from_node_id, f.to_node_id, f.material_id) == tuple(stream))

    before = dust_sum()
    AddFlows([_draft(stream, 5, 120.0, reconciliation=U)]).apply(demo_db)
    assert dust_sum() == pytest.approx(before + 120.0)
