"""The formations section's detail pane: a formation's facts, samples, assessment and
grade–tonnage curve.

Split from formations_view; the strings keep the "FormationsView" translation context, so they
are translated explicitly rather than with self.tr() (whose context would be this mixin's name).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget, QTabWidget, QWidget

from greendesk.analysis import formations as an
from greendesk.services import formations as fs
from greendesk.store.db import Database
from greendesk.ui import formation_labels as fl
from greendesk.ui import formatting
from greendesk.ui.formation_charts import GradeTonnageChart
from greendesk.ui.formation_table import money
from greendesk.ui.kit.tables import fill_rows

translate = QCoreApplication.translate


class FormationDetails:
    """Shows the selected formation in FormationsView's detail pane; mixed into FormationsView."""

    db: Database | None
    current: fs.RegisterRow | None
    rows: list[fs.RegisterRow]
    samples: list[fs.SampleRow]
    components: list
    detail_title: QLabel
    detail_facts: QLabel
    samples_table: QTableWidget
    assessment_table: QTableWidget
    assessment_summary: QLabel
    curve_component: QComboBox
    curve_table: QTableWidget
    curve_hint: QLabel
    curve_chart: GradeTonnageChart
    curve_tab: QWidget
    detail_tabs: QTabWidget

    def _show_detail(self, row: fs.RegisterRow | None) -> None:
        self.current = row
        has = row is not None and self.db is not None and not self.db.read_only
        for act in (self.act_edit, self.act_delete, self.act_add_sample,
                    self.act_edit_sample, self.act_delete_sample, self.act_add_block,
                    self.act_assumptions):
            act.setEnabled(has)
        if row is None or self.db is None:
            self.detail_title.setText(translate("FormationsView", "No formation selected"))
            self.detail_facts.setText("")
            self.samples = []
            self.samples_table.setRowCount(0)
            self.assessment_table.setRowCount(0)
            self.assessment_summary.setText("")
            self.curve_component.clear()
            return
        f = row.formation
        self.detail_title.setText(f.name)
        self.detail_facts.setText(self._facts(f))
        self.samples = fs.list_samples(self.db, f.id)
        self._show_samples()
        self._show_assessment(row)
        blocked = [c.code for c in row.assessment.components
                   if c.contained is not None and c.contained.basis == "blocks"]
        keep = self.curve_component.currentText()
        self.curve_component.blockSignals(True)
        self.curve_component.clear()
        self.curve_component.addItems(blocked)
        if keep in blocked:
            self.curve_component.setCurrentText(keep)
        self.curve_component.blockSignals(False)
        self.curve_component.setToolTip(self.curve_component.currentText())  # chosen silently
        self._show_curve()

    def _facts(self, f: fs.FormationRow) -> str:
        fig = f.figures
        parts = [fl.name(f.kind), fl.name(f.status)]
        if f.site_name:
            parts.append(f.site_name)
        if f.node_name:
            parts.append(translate("FormationsView", "placements through %1").replace("%1", f.node_name))
        if fig.tonnage_t is not None:
            parts.append(formatting.quantity(fig.tonnage_t, "t").replace(".000 t", " t"))
        if f.construction_method:
            parts.append(translate("FormationsView", "%1 construction").replace("%1", fl.name(
                f.construction_method)))
        if f.consequence_class:
            parts.append(translate("FormationsView", "consequence class: %1").replace(
                "%1", fl.name(f.consequence_class)))
        if f.waste_code:
            parts.append(translate("FormationsView", "LoW %1").replace("%1", f.waste_code))
        text = " · ".join(parts)
        if fig.note:
            text += "\n⚠ " + fig.note
        return text

    def _show_samples(self) -> None:
        codes = [c.code for c in self.components
                 if any(a.component == c.code for s in self.samples for a in s.assays)]
        unit = {c.code: c.unit.value for c in self.components}
        heads = [translate("FormationsView", "Sample"), translate("FormationsView", "Block"), translate("FormationsView", "Taken on"), translate("FormationsView", "Depth, m")]
        heads += [f"{c}, {formatting.unit(unit[c])}" for c in codes]
        self.samples_table.setColumnCount(len(heads))
        self.samples_table.setHorizontalHeaderLabels(heads)
        rows = []
        for s in self.samples:
            grades = {a.component: a for a in s.assays}
            rows.append([s.code, s.block_name, formatting.day(s.taken_on) if s.taken_on else "",
                         "" if s.depth_m is None else formatting.number(s.depth_m, decimals=1)]
                        + ["" if c not in grades else formatting.number(
                            grades[c].grade_in(unit[c]), decimals=3) for c in codes])
        fill_rows(self.samples_table, rows, set(range(3, len(heads))))

    def _show_assessment(self, row: fs.RegisterRow) -> None:
        a = row.assessment
        rows = []
        num = formatting.number
        for c in a.components:
            con = c.contained
            basis = "" if con is None else (translate("FormationsView", "blocks") if con.basis == "blocks"
                                             else translate("FormationsView", "mean grade"))
            rows.append([
                c.code, basis,
                "" if con is None else f"{num(an.from_gpt(con.grade_gpt, c.unit), decimals=3)} "
                                       f"{formatting.unit(c.unit)}",
                "" if con is None else num(con.tonnage_t, decimals=0),
                "" if con is None else num(con.metal_t, decimals=3),
                "" if c.assumptions.recovery_pct is None
                else num(c.assumptions.recovery_pct, decimals=1),
                "" if c.recoverable_t is None else num(c.recoverable_t, decimals=3),
                "" if c.assumptions.price_per_t is None
                else num(c.assumptions.price_per_t, decimals=0),
                money(c.recoverable_value), money(c.processing_cost), money(c.net_value),
                {True: translate("FormationsView", "yes"), False: translate("FormationsView", "no"), None: c.missing or ""}[
                    c.profitable]])
        fill_rows(self.assessment_table, rows, set(range(2, 11)))
        if a.net_value is None:
            self.assessment_summary.setText(translate("FormationsView",
                "Not valued: the formation needs assays and a tonnage (or blocks)."))
        elif a.profitable:
            self.assessment_summary.setText(translate("FormationsView",
                "Net value %1 USD, rank %2 of %3: re-mining pays for %4.").replace(
                "%1", money(a.net_value)).replace("%2", str(row.rank)).replace(
                "%3", str(len(self.rows))).replace("%4", ", ".join(a.paying)))
        else:
            self.assessment_summary.setText(translate("FormationsView",
                "Net value %1 USD, rank %2 of %3: re-mining does not pay at these "
                "assumptions.").replace("%1", money(a.net_value)).replace(
                "%2", str(row.rank)).replace("%3", str(len(self.rows))))

    def _show_curve(self) -> None:
        row, code = self.current, self.curve_component.currentText()
        if row is None or not code or self.db is None:
            self.curve_table.setRowCount(0)
            self.curve_hint.setText(translate("FormationsView", "A curve needs blocks with assays.")
                                    if row is not None else "")
            return
        comp = next(c for c in self.components if c.code == code)
        unit = comp.unit.value
        curve = fs.grade_tonnage(self.db, row.formation.id, code)
        value = next(c for c in row.assessment.components if c.code == code)
        breakeven = an.breakeven_grade_gpt(value.assumptions)
        num = formatting.number
        fill_rows(self.curve_table, [[
            f"{num(an.from_gpt(p.cutoff_gpt, unit), decimals=3)} {formatting.unit(unit)}",
            num(p.tonnage_t, decimals=0),
            "" if p.grade_gpt is None else f"{num(an.from_gpt(p.grade_gpt, unit), decimals=3)}",
            num(p.metal_t, decimals=3), str(p.n_blocks)] for p in curve], {0, 1, 2, 3, 4})
        self.curve_hint.setText("" if breakeven is None else translate("FormationsView",
            "Break-even grade at the assumptions: %1 %2").replace(
            "%1", num(an.from_gpt(breakeven, unit), decimals=3)).replace("%2", formatting.unit(unit)))
        if self.detail_tabs.currentWidget() is self.curve_tab and self.isVisible():
            self.curve_chart.show_curve(
                [an.from_gpt(p.cutoff_gpt, unit) for p in curve],
                [p.tonnage_t / 1e6 for p in curve],
                [None if p.grade_gpt is None else an.from_gpt(p.grade_gpt, unit)
                 for p in curve], formatting.unit(unit),
                None if breakeven is None else an.from_gpt(breakeven, unit))
