""""Open" on a month-close item goes to the record that caused it (issue 16 §6): a flow
without assays is selected in the ledger, a transfer without contractor opens that record's
form, a metal imbalance the node's Metal tab; a stock never counted defaults to the material
flowing into it most."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from greendesk.analysis.month_close import ItemKind
from greendesk.models import Flow, FlowAssay, Node, NodeKind, WasteTransfer
from greendesk.services import balances as bal
from greendesk.services import month_close
from greendesk.services.flows import AddFlows, FlowDraft
from greendesk.services.structure import NodeDraft, add_node
from greendesk.ui.transfer_dialog import TransferDialog
from tests.ui.test_month_close_ui import _open


def _item(win, view, kind: ItemKind):  # type: ignore[no-untyped-def]
    view.open_month_close()
    sheet = month_close.checklist(win.db, view.site.currentData(), "2025-11")
    return next(i for i in sheet.open_items if i.kind is kind)


def test_a_flow_without_assays_is_selected_in_the_ledger(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    win, view = _open(qtbot, demo_path)
    with win.db.read() as s:
        assayed = s.scalars(select(Flow).join(FlowAssay, FlowAssay.flow_id == Flow.id).where(
            Flow.flow_date.between(date(2025, 11, 1), date(2025, 11, 30))).order_by(Flow.id)
        ).first()
        source = s.scalars(select(Node.id).where(
            Node.site_id == assayed.site_id, Node.kind == NodeKind.STOCK,
            Node.id != assayed.from_node_id).order_by(Node.id)).first()
    add = AddFlows([FlowDraft(date(2025, 11, 20), source, assayed.to_node_id,
                              assayed.material_id, 1.0, "t")])
    add.apply(win.db)
    view.site.setCurrentIndex(view.site.findData(assayed.site_id))
    item = _item(win, view, ItemKind.ASSAY)
    view.month_dialog.opened.emit(item)
    ledger = win.section("ledger")
    assert ledger.isVisible()
    chosen = [ledger.model.row_at(i.row()).id for i in ledger.table.selectionModel().selectedRows()]
    assert chosen == [add.ids[0]]  # that record, not the section


def test_a_transfer_without_contractor_opens_its_form(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    win, view = _open(qtbot, demo_path)
    with win.db.read() as s:
        flow, mark = s.execute(select(Flow, WasteTransfer).join(
            WasteTransfer, WasteTransfer.flow_id == Flow.id).order_by(Flow.id)).first()
        draft = FlowDraft(date(2025, 11, 20), flow.from_node_id, flow.to_node_id,
                          flow.material_id, 0.001, "t")
        contractor, operation = mark.contractor_id, mark.operation
        site = flow.site_id
    view.site.setCurrentIndex(view.site.findData(site))
    view.select(period=("month", "2025-11"))
    add = AddFlows([draft])
    add.apply(win.db)
    item = _item(win, view, ItemKind.TRANSFER)
    view.month_dialog.opened.emit(item)
    form = view.dialog
    assert isinstance(form, TransferDialog) and form.row.id == add.ids[0]
    form.contractor.setCurrentIndex(form.contractor.findData(contractor))
    form.operation.setCurrentIndex(form.operation.findData(operation))
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert view.dialog is None
    assert all(i.kind is not ItemKind.TRANSFER for i in view.month_dialog.sheet.items)


def test_a_metal_imbalance_opens_the_nodes_metal_tab(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    win, view = _open(qtbot, demo_path)
    view.site.setCurrentIndex(view.site.findText("Nurken copper smelter"))
    item = _item(win, view, ItemKind.METAL)
    view.month_dialog.opened.emit(item)
    assert view.tabs.currentIndex() == 2 and view.node.currentData() == item.ids[0]
    assert view.scope.scope_name == "Smelting and converting"
    assert view.month_dialog.kind_name(item.kind) == "Metal balance"


def test_a_stock_never_counted_defaults_to_what_flows_into_it_most(qtbot, demo_path) -> None:  # type: ignore[no-untyped-def]
    win, view = _open(qtbot, demo_path)
    site = view.site.currentData()
    ref = bal.load_reference(win.db)
    pile, _ = add_node(win.db, NodeDraft(site, "New stockpile", NodeKind.STOCK))
    crushing = next(i for i, n in ref.nodes.items() if n.name == "Crushing")
    by_name = {m.name: i for i, m in ref.materials.items()}
    AddFlows([FlowDraft(date(2025, 11, d), crushing, pile, by_name[m], q, "t") for d, m, q in (
        (5, "Lime", 10.0), (6, "Copper ore", 900.0), (7, "Lime", 20.0))]).apply(win.db)
    view.load()
    view.select(node="New stockpile", period=("month", "2025-11"))
    view.open_stock_taking()
    assert view.dialog.material.currentText() == "Copper ore"  # not the first in the list
    assert view.dialog.previous.text() == "none before this day"
