"""The monitoring tab of the formations section: points with their limits and PEK programme,
a point's readings as a chart with the limit drawn in, and the period's exceedances and gaps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from greendesk.analysis import formations as an
from greendesk.errors import DomainError
from greendesk.models import Medium, SourceKind
from greendesk.periods import year
from greendesk.services import monitoring as ms
from greendesk.services import monitoring_checks
from greendesk.services.pek import SetProgramme, list_programme
from greendesk.store.db import Database
from greendesk.ui import formation_labels as fl
from greendesk.ui import formatting
from greendesk.ui.bus import Bus
from greendesk.ui.formation_charts import SeriesChart
from greendesk.ui.formation_dialogs import parse_optional
from greendesk.ui.forms import FactDateEdit, FormDialog, MessageBar, open_form
from greendesk.ui.kit.actions import add_action, toolbar
from greendesk.ui.kit.combos import combo
from greendesk.ui.kit.tables import fill_rows, read_only_table
from greendesk.ui.pek_programme_dialog import ProgrammeDialog
from greendesk.ui.refusals import shown
from greendesk.ui.undo import perform, perform_irreversible

RED = QColor("#a12626")


def reading(value: float) -> str:
    """A measured value with the decimals its size needs (540, 6.2, 0.034)."""
    size = abs(value)
    decimals = 0 if size >= 1000 else 1 if size >= 100 else 2 if size >= 1 else 3
    return formatting.number(value, decimals=decimals)


def parameter_label(p: ms.ParameterRow) -> str:
    return p.name if p.unit == p.name else f"{p.name} ({formatting.unit(p.unit)})"


def with_unit(value: float, unit: str) -> str:
    return reading(value) if unit == "pH" else f"{reading(value)} {formatting.unit(unit)}"


class PointDialog(FormDialog):
    def __init__(self, parent: QWidget | None, formations: list[tuple[int, str]],
                 nodes: list[tuple[int, str]], row: ms.PointRow | None = None) -> None:
        super().__init__(parent, self.tr("Edit monitoring point") if row
                         else self.tr("New monitoring point"))
        d = row.draft() if row else ms.PointDraft("", SourceKind.FORMATION, Medium.GROUNDWATER)
        self.name = QLineEdit(d.name)
        self.source = combo(fl.items(SourceKind), d.source_kind)
        self.formation = combo([(name, fid) for fid, name in formations], d.formation_id,
                               blank=self.tr("(none)"))
        self.node = combo([(name, nid) for nid, name in nodes], d.node_id,
                          blank=self.tr("(none)"))
        self.medium = combo(fl.items(Medium), d.medium)
        self.interval = QSpinBox()
        self.interval.setRange(1, 3660)
        self.interval.setValue(d.interval_days)
        self.interval.setSuffix(self.tr(" days"))
        self.note = QLineEdit(d.note)
        for caption, w, f in ((self.tr("Name"), self.name, "name"),
                              (self.tr("Watches"), self.source, "source_kind"),
                              (self.tr("Formation"), self.formation, "formation"),
                              (self.tr("Source node"), self.node, "node"),
                              (self.tr("Medium"), self.medium, "medium"),
                              (self.tr("A reading at least every"), self.interval,
                               "interval_days"),
                              (self.tr("Note"), self.note, "note")):
            self.add_field(caption, w, f)

    def draft(self) -> ms.PointDraft:
        return ms.PointDraft(self.name.text(), self.source.currentData(),
                             self.medium.currentData(), self.interval.value(),
                             formation_id=self.formation.currentData(),
                             node_id=self.node.currentData(), note=self.note.text())


class LimitDialog(FormDialog):
    def __init__(self, parent: QWidget | None, point: str,
                 parameters: list[ms.ParameterRow]) -> None:
        super().__init__(parent, self.tr("Permitted limit at %1").replace("%1", point))
        self.parameter = QComboBox()
        for p in parameters:
            self.parameter.addItem(parameter_label(p), p.id)
        self.max_value = QLineEdit()
        self.min_value = QLineEdit()
        self.min_value.setPlaceholderText(self.tr("only where a lower bound applies (pH)"))
        self.inclusive = QCheckBox(self.tr("A reading equal to the limit is an exceedance"))
        self.basis = QLineEdit()
        self.basis.setPlaceholderText(self.tr("e.g. permit No., appendix"))
        self.add_field(self.tr("Parameter"), self.parameter, "parameter")
        self.add_field(self.tr("Upper limit"), self.max_value, "max_value")
        self.add_field(self.tr("Lower limit"), self.min_value, "min_value")
        self.add_field("", self.inclusive, "inclusive")
        self.add_field(self.tr("Basis"), self.basis, "basis")

    def values(self) -> tuple[int, float | None, float | None, bool, str]:
        return (self.parameter.currentData(),
                parse_optional(self.max_value, "max_value", self.tr("Upper limit")),
                parse_optional(self.min_value, "min_value", self.tr("Lower limit")),
                self.inclusive.isChecked(), self.basis.text())


class ReadingDialog(FormDialog):
    def __init__(self, parent: QWidget | None, point: ms.PointRow,
                 parameters: list[ms.ParameterRow], current: int | None) -> None:
        super().__init__(parent, self.tr("New reading at %1").replace("%1", point.name))
        self.point = point
        self.parameter = QComboBox()
        for p in parameters:
            self.parameter.addItem(parameter_label(p), p.id)
        if current is not None:
            self.parameter.setCurrentIndex(max(0, self.parameter.findData(current)))
        self.taken_on = FactDateEdit(parent=self)
        self.value = QLineEdit()
        self.note = QLineEdit()
        self.add_field(self.tr("Parameter"), self.parameter, "parameter")
        self.add_field(self.tr("Date"), self.taken_on, "taken_on")
        self.add_field(self.tr("Value"), self.value, "value")
        self.add_field(self.tr("Note"), self.note, "note")

    def draft(self) -> ms.ReadingDraft:
        value = parse_optional(self.value, "value", self.tr("Value"))
        if value is None:
            raise DomainError("Type the value that was measured.", field="value")
        qd = self.taken_on.date()
        return ms.ReadingDraft(self.point.id, self.parameter.currentData(),
                               date(qd.year(), qd.month(), qd.day()), value, self.note.text())


class MonitoringPanel(QWidget):
    """Points, one point's readings and chart, and the year's exceedances and gaps."""

    def __init__(self, bus: Bus, undo_stack: QUndoStack, message_bar: MessageBar,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus, self.undo_stack, self.message_bar = bus, undo_stack, message_bar
        self.db: Database | None = None
        self.points: list[ms.PointRow] = []
        self.parameters: list[ms.ParameterRow] = []
        self.readings: list[ms.ReadingRow] = []
        self.dialog: FormDialog | None = None
        self.toolbar = toolbar(self)
        self.act_add_point = self._action(self.tr("Add point"), "add", self.add_point)
        self.act_edit_point = self._action(self.tr("Edit point"), "rename", self.edit_point)
        self.act_limit = self._action(self.tr("Set limit"), "rename", self.set_limit)
        self.act_programme = self._action(self.tr("PEK programme…"), "rename",
                                          self.edit_programme)
        self.act_reading = self._action(self.tr("Add reading"), "add", self.add_reading)
        self.act_delete = self._action(self.tr("Delete readings"), "delete",
                                       self.delete_readings)
        self.points_table = read_only_table(self, [
            self.tr("Point"), self.tr("Watches"), self.tr("Medium"), self.tr("Every"),
            self.tr("Limits")], single=True)
        self.points_table.itemSelectionChanged.connect(self._point_changed)
        self.parameter = QComboBox(self)
        self.parameter.currentIndexChanged.connect(self._show_series)
        self.chart = SeriesChart(self)
        self.chart.setMinimumHeight(160)  # grows with the window; 220 overflowed a laptop
        self.readings_table = read_only_table(self, [
            self.tr("Date"), self.tr("Value"), self.tr("Limit"), self.tr("Note")])
        self.period = QComboBox(self)
        self.period.currentIndexChanged.connect(self.refresh_findings)
        self.exceedance_table = read_only_table(self, [
            self.tr("Date"), self.tr("Point"), self.tr("Watches"), self.tr("Parameter"),
            self.tr("Value"), self.tr("Limit"), self.tr("Margin")])
        self.gap_table = read_only_table(self, [
            self.tr("Point"), self.tr("Parameter"), self.tr("No reading from"), self.tr("To", "end of a date range"),
            self.tr("Days"), self.tr("Required")])
        self.findings = QTabWidget(self)
        self.findings.addTab(self.exceedance_table, self.tr("Exceedances"))
        self.findings.addTab(self.gap_table, self.tr("Gaps in the readings"))

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Parameter")))
        row.addWidget(self.parameter, 1)
        rl.addLayout(row)
        rl.addWidget(self.chart, 2)
        rl.addWidget(self.readings_table, 1)
        top = QSplitter(self)
        top.addWidget(self.points_table)
        top.addWidget(right)
        top.setSizes([520, 560])
        bottom = QWidget(self)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        prow = QHBoxLayout()
        prow.addWidget(QLabel(self.tr("Year")))
        prow.addWidget(self.period)
        prow.addStretch(1)
        bl.addLayout(prow)
        bl.addWidget(self.findings, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([420, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(split, 1)

    def _action(self, text: str, icon_name: str, slot: Callable[[], object]) -> QAction:
        return add_action(self, self.toolbar, text, icon_name, slot)

    # -- data ---------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        self.db = db
        writable = db is not None and not db.read_only
        for act in (self.act_add_point, self.act_edit_point, self.act_limit, self.act_reading,
                    self.act_delete, self.act_programme):
            act.setEnabled(writable)
        self.period.blockSignals(True)
        self.period.clear()
        this = date.today().year
        for y in range(this, this - 11, -1):
            self.period.addItem(str(y), y)
        self.period.blockSignals(False)
        self.period.setToolTip(self.period.currentText())  # chosen silently
        self.refresh()
        self._pick_recent_year()

    def _pick_recent_year(self) -> None:
        """Open on the latest year that has readings."""
        if self.db is None:
            return
        latest = max((r.taken_on.year for p in self.points
                      for r in ms.list_readings(self.db, p.id)[-1:]), default=None)
        if latest is not None:
            self.period.setCurrentIndex(max(0, self.period.findData(latest)))

    def refresh(self) -> None:
        current = self.current_point()
        self.points = ms.list_points(self.db) if self.db else []
        self.parameters = ms.list_parameters(self.db) if self.db else []
        fill_rows(self.points_table, [[
            p.name, p.attached_to or fl.name(p.source_kind), fl.name(p.medium),
            self.tr("%1 days").replace("%1", str(p.interval_days)),
            "; ".join(f"{lim.parameter} {fl.limit_text(lim)}" for lim in p.limits)]
            for p in self.points])
        if self.points:
            names = [p.name for p in self.points]
            self.points_table.selectRow(names.index(current.name)
                                        if current and current.name in names else 0)
        self._point_changed()
        self.refresh_findings()

    def current_point(self) -> ms.PointRow | None:
        r = self.points_table.currentRow()
        return self.points[r] if 0 <= r < len(self.points) else None

    def select_point(self, name: str) -> None:
        for r, p in enumerate(self.points):
            if p.name == name:
                self.points_table.selectRow(r)

    def _point_changed(self) -> None:
        point = self.current_point()
        keep = self.parameter.currentData()
        self.parameter.blockSignals(True)
        self.parameter.clear()
        if point is not None and self.db is not None:
            used = {lim.parameter_id for lim in point.limits}
            used |= {r.parameter_id for r in ms.list_readings(self.db, point.id)}
            for p in self.parameters:
                if p.id in used:
                    self.parameter.addItem(parameter_label(p), p.id)
        self.parameter.blockSignals(False)
        self.parameter.setToolTip(self.parameter.currentText())  # chosen silently
        if keep is not None and self.parameter.findData(keep) >= 0:
            self.parameter.setCurrentIndex(self.parameter.findData(keep))
        self._show_series()

    def _show_series(self) -> None:
        point, pid = self.current_point(), self.parameter.currentData()
        if point is None or pid is None or self.db is None:
            self.readings = []
            fill_rows(self.readings_table, [])
            return
        self.readings = ms.list_readings(self.db, point.id, pid)
        param = next(p for p in self.parameters if p.id == pid)
        limit = next((lim for lim in point.limits if lim.parameter_id == pid), None)
        flags = [limit is not None and an.exceedance(r.value, limit.limit()) is not None
                 for r in self.readings]
        fill_rows(self.readings_table, [[
            formatting.day(r.taken_on), reading(r.value),
            fl.limit_text(limit) if limit else "", r.note] for r in reversed(self.readings)],
            right={1}, red={len(flags) - 1 - i for i, f in enumerate(flags) if f}, colour=RED)
        if self.isVisible():
            self.chart.show_series([r.taken_on for r in self.readings],
                                   [r.value for r in self.readings], param.unit,
                                   limit.max_value if limit else None,
                                   limit.min_value if limit else None, flags)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self._show_series()  # the chart (and pyqtgraph) is built when first seen

    def refresh_findings(self) -> None:
        y = self.period.currentData()
        if self.db is None or y is None:
            return
        period = year(y)
        self.exceedances = monitoring_checks.exceedances(self.db, period)
        self.gaps = monitoring_checks.gaps(self.db, period)
        fill_rows(self.exceedance_table, [[
            formatting.day(e.taken_on), e.point, e.attached_to, e.parameter,
            with_unit(e.value, e.unit),
            ("≥ " if e.side == "below" else "≤ ") + reading(e.limit_value),
            ("+" if e.side == "above" else "−") + reading(e.margin)
            + ("" if e.margin_pct is None else f" ({formatting.number(e.margin_pct, decimals=0)} %)")]
            for e in self.exceedances], right={4, 5, 6},
            red=set(range(len(self.exceedances))), colour=RED)
        fill_rows(self.gap_table, [[
            g.point, g.parameter, formatting.day(g.start), formatting.day(g.end), formatting.count(g.days),
            self.tr("every %1 days").replace("%1", str(g.interval_days))] for g in self.gaps],
            right={4})
        self.findings.setTabText(0, self.tr("Exceedances (%1)").replace(
            "%1", str(len(self.exceedances))))
        self.findings.setTabText(1, self.tr("Gaps in the readings (%1)").replace(
            "%1", str(len(self.gaps))))

    # -- operations ---------------------------------------------------------------------
    def _open(self, dlg: FormDialog, submit, what: str) -> None:  # type: ignore[no-untyped-def]
        """A form whose write undo cannot take back: Undo stops at `what`."""
        open_form(self, dlg, lambda: perform_irreversible(self.undo_stack, self.bus, submit,
                                                          what))

    def _formations_and_nodes(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        from greendesk.services import formations as fs
        from greendesk.services import structure

        assert self.db is not None
        forms = [(f.id, f.name) for f in fs.list_formations(self.db) if f.site_id is not None]
        nodes = [(n.id, f"{n.name} — {site.name}") for site in structure.get_plant(self.db).sites
                 for n in site.nodes]
        return forms, nodes

    def add_point(self) -> None:
        if self.db is None:
            return
        db = self.db
        dlg = PointDialog(self, *self._formations_and_nodes())
        self._open(dlg, lambda: ms.add_point(db, dlg.draft())[1],
                   self.tr("Add monitoring point"))

    def edit_point(self) -> None:
        point = self.current_point()
        if self.db is None or point is None:
            return
        db = self.db
        dlg = PointDialog(self, *self._formations_and_nodes(), row=point)
        self._open(dlg, lambda: ms.update_point(db, point.id, dlg.draft()),
                   self.tr("Edit monitoring point %1").replace("%1", point.name))

    def set_limit(self) -> None:
        point = self.current_point()
        if self.db is None or point is None:
            return
        db = self.db
        dlg = LimitDialog(self, point.name, self.parameters)
        self._open(dlg, lambda: ms.set_limit(db, point.id, *dlg.values()),
                   self.tr("Set a limit at %1").replace("%1", point.name))

    def edit_programme(self) -> None:
        """Edit the chosen point's PEK programme; one undoable step."""
        point = self.current_point()
        if self.db is None or point is None:
            return
        db = self.db
        dlg = ProgrammeDialog(self, point, self.parameters, list_programme(db, point.id))
        open_form(self, dlg, lambda: perform(
            self.undo_stack, SetProgramme(point.id, dlg.drafts()), db, self.bus,
            self.tr("PEK programme at %1").replace("%1", point.name), self._error))

    def add_reading(self) -> None:
        point = self.current_point()
        if self.db is None or point is None:
            return
        db = self.db
        dlg = ReadingDialog(self, point, self.parameters, self.parameter.currentData())

        def submit():  # type: ignore[no-untyped-def]
            return perform(self.undo_stack, ms.AddReadings([dlg.draft()]), db, self.bus,
                           self.tr("Add reading"), self._error)
        open_form(self, dlg, submit)  # perform() announces the change itself

    def delete_readings(self) -> None:
        rows = sorted({i.row() for i in self.readings_table.selectionModel().selectedRows()})
        if self.db is None or not rows:
            return
        newest_first = list(reversed(self.readings))
        ids = [newest_first[r].id for r in rows]
        try:
            perform(self.undo_stack, ms.DeleteReadings(ids), self.db, self.bus,
                    self.tr("Delete %n reading(s)", "", len(ids)), self._error)
        except DomainError as exc:
            self._error(shown(exc))
            return
        self.message_bar.show_message(self.tr("%n reading(s) deleted. Undo with Ctrl+Z.", "",
                                              len(ids)), "info")

    def _error(self, text: str) -> None:
        self.message_bar.show_message(text, "error")
