"""The balance report's "Receipts and expenditures" sheet (приход / расход) per scope and month.

A concentrator's per-material remainders mean nothing (ore becomes concentrate and tailings),
so each scope is written as a balance sheet: what it received (and its opening stock), what
it dispatched, lost and kept (closing stock), then the total mass's unaccounted line and
one per material passing through unchanged. Totals, the unaccounted lines and the shares
are formulas over the quantities above them, cached with the services' figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from greendesk.analysis import node_balance as nb
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import QuantityKind
from greendesk.reports.book import ReportBook
from greendesk.reports.context import ReportContext
from greendesk.reports.sheet import Column, Formula, SheetWriter

SIDES = {nb.RECEIPT: QT_TRANSLATE_NOOP("reports", "Receipts"),
         nb.EXPENDITURE: QT_TRANSLATE_NOOP("reports", "Expenditures"),
         "unaccounted": QT_TRANSLATE_NOOP("reports", "Unaccounted")}
COLUMNS = [Column(QT_TRANSLATE_NOOP("reports", "Site"), width=22),
           Column(QT_TRANSLATE_NOOP("reports", "Scope"), width=28),
           Column(QT_TRANSLATE_NOOP("reports", "Month"), width=9, kind="month"),
           Column(QT_TRANSLATE_NOOP("reports", "Side"), width=14),
           Column(QT_TRANSLATE_NOOP("reports", "Line"), width=34),
           Column(QT_TRANSLATE_NOOP("reports", "Unit"), width=6),
           Column(QT_TRANSLATE_NOOP("reports", "Quantity"), width=15, kind="formula",
                  fmt="#,##0.000"),
           Column(QT_TRANSLATE_NOOP("reports", "Share of receipts"), "%", width=11,
                  kind="formula")]


def _sum(cells: Sequence[str]) -> str:
    return "+".join(cells) if cells else "0"


class ReceiptsSheet:
    """Writes scopes one after another; `finish` makes the table."""

    def __init__(self, wb: ReportBook, ctx: ReportContext) -> None:
        tr = ctx.tr
        self.tr = tr
        self.ctx = ctx
        self.out = SheetWriter(wb, QT_TRANSLATE_NOOP("reports", "Receipts and expenditures"),
                               QT_TRANSLATE_NOOP("reports", "Receipts and expenditures"),
                               tr(QT_TRANSLATE_NOOP(
                                   "reports", "Per site, node and month: materials received "
                                   "and dispatched, stock counted, the total mass's unaccounted "
                                   "loss, and a material's own only where it passes through "
                                   "unchanged. %s")) % ctx.period_name(), COLUMNS,
                               "ReceiptsExpenditures", tr=tr)

    def _label(self, e: nb.Entry) -> str:
        tr = self.tr
        if e.role == nb.OPENING:
            return tr(QT_TRANSLATE_NOOP("reports", "Opening stock: %s")) % e.material
        if e.role == nb.CLOSING:
            return tr(QT_TRANSLATE_NOOP("reports", "Closing stock: %s")) % e.material
        if e.role == nb.LOSS and e.reason is not None:
            return tr(QT_TRANSLATE_NOOP("reports", "Accounted loss (%s): %s")) % (
                self.ctx.enum_name(e.reason).lower(), e.material)
        return e.material

    def add(self, site: str, scope: str, month: date, sheet: nb.ReceiptsExpenditures) -> None:
        """Write one scope's month: entries, totals, unaccounted lines."""
        if not sheet.receipts and not sheet.expenditures:
            return
        out, tr = self.out, self.tr
        first = out.row_number()
        entries = [*sheet.receipts, *sheet.expenditures]
        cell = {i: f"G{first + i}" for i in range(len(entries))}
        # the share's base, the mass received through flows, in one cell below the entries:
        # each share names that cell, so a row deleted above moves every reference alike
        base = f"G{first + len(entries)}"
        receipts_t = sheet.receipts_t
        for i, e in enumerate(entries):
            share = e.share_of(receipts_t)
            out.append([site, scope, month, tr(SIDES[e.side]), self._label(e),
                        self.ctx.unit_name(e.unit), e.qty,
                        None if share is None
                        else Formula(f'=IF({base}=0,"",{cell[i]}/{base})', share)])
            self.ctx.fingerprint.add("receipts", site, scope, e.side, e.role, e.material,
                                     e.reason, e.qty)
        if not sheet.has_mass:
            return

        def mass(side: str, roles: tuple[str, ...]) -> str:
            return _sum([cell[i] for i, e in enumerate(entries) if e.side == side
                         and e.role in roles and e.kind is QuantityKind.MASS])

        row = self._total(site, scope, month, nb.RECEIPT, QT_TRANSLATE_NOOP(
            "reports", "Receipts, total mass"), f"={mass(nb.RECEIPT, (nb.MATERIAL,))}",
            receipts_t)
        received = base
        if any(e.role == nb.OPENING and e.kind is QuantityKind.MASS for e in sheet.receipts):
            received = self._total(site, scope, month, nb.RECEIPT, QT_TRANSLATE_NOOP(
                "reports", "Received with opening stock, total mass"),
                f"={base}+{mass(nb.RECEIPT, (nb.OPENING,))}", sheet.received_t)
        spent = self._total(site, scope, month, nb.EXPENDITURE, QT_TRANSLATE_NOOP(
            "reports", "Spent, total mass"), f"={mass(nb.EXPENDITURE, (nb.MATERIAL, nb.LOSS, nb.CLOSING))}",
            sheet.spent_t)
        assert row == base
        r = f"G{out.row_number()}"
        share = sheet.unaccounted_share
        out.append([site, scope, month, tr(SIDES["unaccounted"]),
                    tr(QT_TRANSLATE_NOOP("reports", "Total mass")), "t",
                    Formula(f"={received}-{spent}", sheet.unaccounted_t),
                    Formula(f'=IF({base}=0,"",{r}/{base})', "" if share is None else share)])
        for p in sheet.passing:
            mine = [i for i, e in enumerate(entries) if e.material_id == p.material_id]
            came = _sum([cell[i] for i in mine if entries[i].side == nb.RECEIPT])
            went = _sum([cell[i] for i in mine if entries[i].side == nb.EXPENDITURE])
            own = [cell[i] for i in mine if entries[i].side == nb.RECEIPT
                   and entries[i].role == nb.MATERIAL]  # at most one: its flows in
            r = f"G{out.row_number()}"
            pshare = p.share
            out.append([site, scope, month, tr(SIDES["unaccounted"]),
                        tr(QT_TRANSLATE_NOOP("reports", "%s (passing through)")) % p.material,
                        self.ctx.unit_name(p.unit), Formula(f"=({came})-({went})", p.unaccounted),
                        Formula(f'=IF({own[0]}=0,"",{r}/{own[0]})',
                                "" if pshare is None else pshare) if own else None])

    def _total(self, site: str, scope: str, month: date, side: str, label: str, formula: str,
               value: float) -> str:
        """A total mass row; returns its quantity's cell."""
        cell = f"G{self.out.row_number()}"
        self.out.append([site, scope, month, self.tr(SIDES[side]), self.tr(label), "t",
                         Formula(formula, value), None])
        return cell

    def finish(self) -> None:
        """Make the written rows an Excel table."""
        self.out.finish_table()
