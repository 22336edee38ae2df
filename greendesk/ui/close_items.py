"""Where "Open" on a month-close item goes: the exact record where one caused the item.

A missing count opens the stock-taking form filled in; a balance or a metal imbalance the
node's balance on its tab; a flow without assays the ledger, filtered to the month, with
those records selected; a transfer without contractor the form for that one record; a
reading the section it names. Split from balance_view to keep it small.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from greendesk import periods
from greendesk.analysis.month_close import CloseItem, ItemKind

if TYPE_CHECKING:
    from greendesk.ui.balance_view import BalanceView

METAL_TAB, BALANCE_TAB = 2, 0


def open_item(view: BalanceView, item: CloseItem, month_text: str) -> None:
    """Open the place to fix `item` of the month "2026-01"."""
    month = periods.month(int(month_text[:4]), int(month_text[5:7]))
    if item.kind is ItemKind.STOCK_TAKING:
        view.open_stock_taking(item.ids[0], item.ids[1], min(month.end, periods.today()))
    elif item.kind in (ItemKind.BALANCE, ItemKind.METAL):
        with contextlib.suppress(ValueError):  # a month outside the records: keep it
            view.picker.select("month", month.label)
        if item.ids:
            view.node.setCurrentIndex(max(0, view.node.findData(item.ids[0])))
        view.tabs.setCurrentIndex(METAL_TAB if item.kind is ItemKind.METAL else BALANCE_TAB)
    elif item.kind is ItemKind.ASSAY and len(item.ids) == 3:
        _show_flows(view, month, *item.ids)
    elif item.kind is ItemKind.TRANSFER and item.ids:
        open_transfer(view, item.ids[0])
    else:
        show = getattr(view.window(), "show_section", None)
        if show is not None:
            show(item.section)


def _show_flows(view: BalanceView, month: periods.Period, source: int, target: int,
                material: int) -> None:
    """The ledger, filtered to the month, the source node and the material, with the
    records from `source` to `target` selected (the ones the assay is missing on)."""
    window = view.window()
    show, section = getattr(window, "show_section", None), getattr(window, "section", None)
    if show is None or section is None:
        return
    show("ledger")
    section("ledger").show_flows(month, source, target, material)


def open_transfer(view: BalanceView, flow_id: int) -> None:
    """The contractor-and-operation form for one record already in the ledger."""
    from greendesk.services.flows import get_flows
    from greendesk.services.waste import list_contractors
    from greendesk.services.waste_movements import assign_transfer
    from greendesk.ui.forms import open_form
    from greendesk.ui.transfer_dialog import TransferDialog
    from greendesk.ui.undo import perform_irreversible

    db = view.db
    if db is None or view._ref is None:
        return
    rows = get_flows(db, [flow_id])
    if not rows:
        view.message_bar.show_message(view.tr("The record no longer exists."), "error")
        return
    row, ref = rows[0], view._ref
    contractors = list_contractors(db)
    if not contractors:
        view.message_bar.show_message(view.tr("Add the contractor first, with its licence "
                                              "(Waste ▸ Contractors)."), "error")
        return
    what = (f"{ref.materials[row.material_id].name}: {ref.nodes[row.from_node_id].name} → "
            f"{ref.nodes[row.to_node_id].name}")
    dialog = TransferDialog(view, row, what, contractors)

    def submit() -> None:
        contractor, operation = dialog.choice()
        perform_irreversible(view.undo_stack, view.bus,
                             lambda: assign_transfer(db, [flow_id], contractor or 0, operation),
                             view.tr("Record the transfer's contractor"))
    open_form(view, dialog, submit)  # a refusal stays in the form, under its field
