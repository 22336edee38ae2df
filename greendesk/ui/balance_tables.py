"""The balance section's figures: the material, energy and metal tables and their summary.

Split from balance_view; the strings keep the "BalanceView" translation context, so they are
translated explicitly rather than with self.tr() (whose context would be this mixin's name).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLabel,
    QTableWidget,
)

from greendesk.analysis import node_balance as nb
from greendesk.services import balances as bal
from greendesk.ui import formatting, labels
from greendesk.ui.kit.tables import reset_table, stretch_column, table_item
from greendesk.ui.refusals import shown

ALERT = QColor("#f6d4d0")
translate = QCoreApplication.translate


def tr_balances(text: str) -> str:
    """Text marked in greendesk.analysis.balances (context "balances")."""
    return QCoreApplication.translate("balances", text)


class BalanceTables:
    """Fills BalanceView's tables from a ScopeBalance; mixed into BalanceView."""

    table: QTableWidget
    summary: QLabel
    notes: QLabel
    energy_table: QTableWidget
    energy_summary: QLabel
    metal_table: QTableWidget
    metal_formula: QLabel
    indicator_table: QTableWidget
    threshold: QDoubleSpinBox
    indicators: list
    alert_rows: list[int]

    def _show_lines(self, scope: bal.ScopeBalance) -> None:
        """The scope as receipts and expenditures (приход / расход), the total mass's
        unaccounted line, and per-material lines only for materials passing through."""
        sheet = scope.sheet
        base = sheet.receipts_t
        threshold = self.threshold.value() / 100
        rows: list[tuple[str, str, float | None, float | None, str]] = []  # label, unit, qty, %, style

        def entries(items: tuple[nb.Entry, ...]) -> None:
            for e in items:
                rows.append(("   " + self._entry_label(e), e.unit, e.qty, e.share_of(base), ""))

        if sheet.receipts or sheet.expenditures:
            rows.append((translate("BalanceView", "Receipts"), "", None, None, "head"))
            entries(sheet.receipts)
            if sheet.has_mass:
                rows.append((translate("BalanceView", "Received, total mass"), "t",
                             sheet.received_t, None, "total"))
            rows.append((translate("BalanceView", "Expenditures"), "", None, None, "head"))
            entries(sheet.expenditures)
            if sheet.has_mass:
                rows.append((translate("BalanceView", "Spent, total mass"), "t", sheet.spent_t,
                             None, "total"))
                rows.append((translate("BalanceView", "Unaccounted, total mass"), "t",
                             sheet.unaccounted_t, sheet.unaccounted_share, "alert"))
        if sheet.passing:
            rows.append((translate("BalanceView", "Materials passing through unchanged"), "",
                         None, None, "head"))
            rows += [("   " + translate("BalanceView", "Unaccounted: %1").replace(
                "%1", p.material), p.unit, p.unaccounted, p.share, "alert")
                for p in sheet.passing]
        headers = [translate("BalanceView", "Line"), translate("BalanceView", "Unit"),
                   translate("BalanceView", "Quantity"), translate("BalanceView", "% of receipts")]
        t = reset_table(self.table, headers, len(rows))
        bold = QFont()
        bold.setBold(True)
        self.alert_rows: list[int] = []
        for row, (label, unit, qty, share, style) in enumerate(rows):
            cells = [table_item(label, False), table_item(formatting.unit(unit), False),
                     table_item("" if qty is None else formatting.number(qty, unit or None)),
                     table_item("" if share is None else formatting.number(share * 100, None, 2))]
            alert = style == "alert" and share is not None and abs(share) > threshold
            for col, cell in enumerate(cells):
                if style in ("head", "total", "alert"):
                    cell.setFont(bold)
                if alert and col >= 2:
                    cell.setBackground(QBrush(ALERT))
                t.setItem(row, col, cell)
            if alert:
                self.alert_rows.append(row)
        # The lines' names take the spare width (wrapping if the window is narrow); the
        # unit, quantity and share keep their contents' width.
        stretch_column(t, 0)
        self._show_summary(scope)

    def _entry_label(self, e: nb.Entry) -> str:
        if e.role == nb.OPENING:
            return translate("BalanceView", "Opening stock: %1").replace("%1", e.material)
        if e.role == nb.CLOSING:
            return translate("BalanceView", "Closing stock: %1").replace("%1", e.material)
        if e.role == nb.LOSS and e.reason is not None:
            return (translate("BalanceView", "Accounted loss (%1): %2")
                    .replace("%1", labels.loss_reason(e.reason).lower())
                    .replace("%2", e.material))
        return e.material

    def _show_summary(self, scope: bal.ScopeBalance) -> None:
        total = scope.total
        where = scope.scope_name
        if total is None:
            self.summary.setText(
                translate("BalanceView", "<b>%1</b>, %2: no material flows.").replace(
                    "%1", where).replace("%2", scope.period.label))
        else:
            share = total.unaccounted_share
            over = share is not None and abs(share) > self.threshold.value() / 100
            colour = "#a12626" if over else "#1d4d3c"
            self.summary.setText(
                translate("BalanceView", "<b>%1</b>, %2 — unaccounted loss of total mass: "
                          "<span style='color:%3'><b>%4 t</b> (%5 % of inputs)</span>%6")
                .replace("%1", where).replace("%2", scope.period.label)
                .replace("%3", colour)
                .replace("%4", formatting.number(total.unaccounted, "t"))
                .replace("%5", "—" if share is None else formatting.number(share * 100, None, 2))
                .replace("%6", translate("BalanceView", " — above the threshold") if over else ""))
        notes = [translate("BalanceView",
                           "Energy carriers are balanced on the Energy tab (GJ and tce), not in "
                           "the total mass. Volumes (m³) are totalled apart from masses."),
                 translate("BalanceView",
                           "A process turns one material into others, so only the total mass "
                           "shows what is unaccounted; a material's own unaccounted line is shown "
                           "where it passes through unchanged.")]
        notes += [shown(note) for note in scope.stock_notes]
        self.notes.setText("\n".join(notes))

    def _show_energy(self, scope: bal.ScopeBalance) -> None:
        headers = [translate("BalanceView", "Carrier"), translate("BalanceView", "Purchased, GJ"),
                   translate("BalanceView", "Produced, GJ"), translate("BalanceView", "Use, GJ"),
                   translate("BalanceView", "Passed on, GJ"),
                   translate("BalanceView", "Accounted losses, GJ"),
                   translate("BalanceView", "Stock change, GJ"),
                   translate("BalanceView", "Unaccounted, GJ"),
                   translate("BalanceView", "Supplied, tce"), translate("BalanceView", "Use, tce")]
        t = reset_table(self.energy_table, headers, len(scope.energy))
        bold = QFont()
        bold.setBold(True)
        for row, e in enumerate(scope.energy):
            g = e.gj
            label = tr_balances(e.label) if e.material_id is None else e.label
            cells = [table_item(label, False, tr_balances(e.note) if e.note else "")]
            cells += [table_item(formatting.number(v, "GJ")) for v in (
                g.purchased, g.produced, g.use, g.exported, g.accounted, g.stock_change,
                g.unaccounted)]
            cells += [table_item("—" if e.tce is None else formatting.number(v, "tce"))
                      for v in ((e.tce.supplied, e.tce.use) if e.tce else (0, 0))]
            for col, cell in enumerate(cells):
                if e.material_id is None:
                    cell.setFont(bold)
                t.setItem(row, col, cell)
        intensity = scope.energy_intensity
        self.energy_summary.setText(
            translate("BalanceView",
                      "Energy use %1 GJ; production %2 t; energy intensity %3 GJ per tonne.")
            .replace("%1", formatting.number(scope.energy_use_gj, "GJ"))
            .replace("%2", formatting.number(scope.product_t, "t"))
            .replace("%3", "—" if intensity is None else formatting.number(intensity, None, 4)))

    def _show_metal(self, scope: bal.ScopeBalance) -> None:
        from greendesk.analysis.balances import RECOVERY_FORMULA
        from greendesk.analysis.metal_balance import TECHNOLOGICAL_FORMULA

        headers = [translate("BalanceView", "Component"), translate("BalanceView", "Feed, t"),
                   translate("BalanceView", "Products, t"), translate("BalanceView", "Wastes, t"),
                   translate("BalanceView", "Accounted losses, t"),
                   translate("BalanceView", "Unaccounted, t"), translate("BalanceView", "Recovery, %"),
                   translate("BalanceView", "Technological recovery, %"),
                   translate("BalanceView", "Metal unaccounted, t"),
                   translate("BalanceView", "Yield, %"),
                   translate("BalanceView", "Ratio of concentration"),
                   translate("BalanceView", "Enrichment ratio")]
        t = reset_table(self.metal_table, headers, len(scope.metal))
        threshold = self.threshold.value() / 100
        bold = QFont()
        bold.setBold(True)
        looks: list[str] = []
        for row, m in enumerate(scope.metal):
            cells = [table_item(m.component, False)] + [
                table_item(formatting.number(v, "t")) for v in (m.feed, m.products, m.wastes,
                                                               m.accounted, m.unaccounted)]
            cells.append(table_item(_pct(m.recovery)))
            note = "" if m.technological_note is None else shown(m.technological_note)
            cells.append(table_item(_pct(m.technological_recovery), tip=note))
            cells.append(table_item("—" if m.metal_unaccounted is None
                                    else formatting.number(m.metal_unaccounted, "t"), tip=note))
            cells.append(table_item(_pct(m.yield_), tip=note))
            cells += [table_item("—" if v is None else formatting.number(v, None, 2), tip=note)
                      for v in (m.concentration_ratio, m.enrichment_ratio)]
            look = m.where_to_look(threshold)
            for col, cell in enumerate(cells):
                if look and col in (6, 7, 8):
                    cell.setBackground(QBrush(ALERT))
                    cell.setFont(bold)
                    cell.setToolTip(tr_balances(look))
                t.setItem(row, col, cell)
            if look:
                looks.append(f"{m.component}: {tr_balances(look)}")
        text = (translate("BalanceView", "Recovery: %s") % tr_balances(RECOVERY_FORMULA)
                + "\n" + translate("BalanceView", "Technological recovery: %s")
                % tr_balances(TECHNOLOGICAL_FORMULA)) if scope.metal else translate(
            "BalanceView", "No assays for this scope and period.")
        self.metal_formula.setText("\n".join([text, *looks]))
        headers = [translate("BalanceView", "Indicator"), translate("BalanceView", "Value, %"),
                   translate("BalanceView", "Numerator"), translate("BalanceView", "Denominator"),
                   translate("BalanceView", "Formula")]
        it = reset_table(self.indicator_table, headers, len(self.indicators))
        for row, i in enumerate(self.indicators):
            name = tr_balances(i.title) + (f" ({i.component})" if i.component else "")
            cells = [table_item(name, False),
                     table_item("—" if i.value is None
                                else formatting.number(i.value * 100, None, 2)),
                     table_item(formatting.quantity(i.numerator, i.unit)),
                     table_item(formatting.quantity(i.denominator, i.unit)),
                     table_item(tr_balances(i.formula), False)]
            for col, cell in enumerate(cells):
                it.setItem(row, col, cell)


def _pct(v: float | None) -> str:
    return "—" if v is None else formatting.number(v * 100, None, 2)
