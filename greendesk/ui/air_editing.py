"""The Air and climate section's writes and its chart: a source added, edited and deleted,
a norm added and deleted (each an undoable step through `ui/undo.perform`), a factor file
loaded as a new version of the library after its differences are shown (a step undo does
not reach past), and the chosen emission line drawn month by month against its norm."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QMessageBox, QToolBar, QWidget

from greendesk import periods
from greendesk.errors import DomainError
from greendesk.services import emission_sources as es
from greendesk.services.emissions import EmissionLine, emission_lines
from greendesk.services.factors import current_factors, load_factors, preview_factors
from greendesk.services.materials import list_materials
from greendesk.services.monitoring import list_points
from greendesk.services.permits import list_permits
from greendesk.services.structure import get_plant
from greendesk.ui import formatting
from greendesk.ui.air_dialogs import FactorPreviewDialog, NormDialog, SourceDialog
from greendesk.ui.refusals import shown
from greendesk.ui.undo import perform

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableWidget

    from greendesk.store.db import Database
    from greendesk.ui.bus import Bus

Monthly = list[tuple[str, float | None, float | None]]


class AirEditing:
    """Mixed into AirView (a Section): its actions, forms and chart."""

    # provided by AirView / Section
    db: Database | None
    bus: Bus
    undo_stack: Any
    sources: QTableWidget
    norms: QTableWidget
    emissions: QTableWidget
    source_bar: QToolBar
    factor_bar: QToolBar
    chart_box: QWidget
    chart_hint: QLabel
    source_rows: list[es.SourceRow]
    norm_rows: list[es.NormRow]
    lines: list[EmissionLine]
    writable: bool
    pending_confirmation: QMessageBox | None = None
    chart: Any = None

    def build_actions(self) -> None:
        """The sources tab's and the factors tab's buttons."""
        self.monthly: dict[tuple[object, int, str], Monthly] = {}
        bar = self.source_bar
        self.act_add_source = self.add_action(self.tr("Add source"), "add", self.add_source,
                                              bar=bar)
        self.act_edit_source = self.add_action(self.tr("Edit source"), "rename",
                                               self.edit_source, bar=bar)
        self.act_delete_source = self.add_action(self.tr("Delete source"), "delete",
                                                 self.delete_source, bar=bar)
        self.act_add_norm = self.add_action(self.tr("Add norm"), "add", self.add_norm, bar=bar)
        self.act_edit_norm = self.add_action(self.tr("Edit norm"), "rename", self.edit_norm,
                                             bar=bar)
        self.act_delete_norm = self.add_action(self.tr("Delete norm"), "delete",
                                               self.delete_norm, bar=bar)
        self.act_import_factors = self.add_action(self.tr("Load factor file…"), "import",
                                                  self.import_factors, bar=self.factor_bar)

    # -- selection -----------------------------------------------------------------------
    def selected_source(self) -> es.SourceRow | None:
        r = self.sources.currentRow()
        return (self.source_rows[r] if 0 <= r < len(self.source_rows)
                and self.sources.selectedItems() else None)

    def selected_norm(self) -> es.NormRow | None:
        r = self.norms.currentRow()
        return (self.norm_rows[r] if 0 <= r < len(self.norm_rows)
                and self.norms.selectedItems() else None)

    def update_actions(self) -> None:
        """Enable what the selection and a writable file allow."""
        w = self.writable
        source = self.selected_source()
        self.act_add_source.setEnabled(w)
        for act in (self.act_edit_source, self.act_delete_source, self.act_add_norm):
            act.setEnabled(w and source is not None)
        for act in (self.act_edit_norm, self.act_delete_norm):
            act.setEnabled(w and self.selected_norm() is not None)
        self.act_import_factors.setEnabled(w)

    def _perform(self, command: object, text: str) -> None:
        assert self.db is not None
        perform(self.undo_stack, command, self.db, self.bus, text,  # type: ignore[arg-type]
                self.show_error)

    # -- sources -------------------------------------------------------------------------
    def _source_form(self, draft: es.SourceDraft | None) -> SourceDialog:
        assert self.db is not None
        plant = get_plant(self.db)
        materials = [(m.name, m.id) for m in list_materials(self.db)]
        points = [(p.name, p.id) for p in list_points(self.db)]
        return SourceDialog(self, plant.sites, materials, points, draft)  # type: ignore[arg-type]

    def add_source(self) -> None:
        """The form for a new source; OK adds it as one undoable step."""
        if not self.writable:
            return
        dlg = self._source_form(None)
        self.open_dialog(dlg, lambda: self._perform(
            es.AddSource(dlg.draft()),
            self.tr("Add emission source “%s”") % dlg.number_edit.text().strip()))

    def edit_source(self) -> None:
        """The chosen source's form; OK changes it as one undoable step."""
        row = self.selected_source()
        if row is None or not self.writable or self.db is None:
            return
        dlg = self._source_form(es.source_draft(self.db, row.id))
        self.open_dialog(dlg, lambda: self._perform(
            es.EditSource(row.id, dlg.draft(), row.version),
            self.tr("Edit emission source “%s”") % row.number))

    def delete_source(self) -> None:
        """Ask, then delete the chosen source (refused while it has norms)."""
        row = self.selected_source()
        if row is None or not self.writable:
            return
        self._confirm(self.tr("Delete emission source"),
                      self.tr("Delete emission source “%s”?") % f"{row.number} {row.name}",
                      lambda: self._perform(es.DeleteSource(row.id),
                                            self.tr("Delete emission source “%s”") % row.number))

    def _confirm(self, title: str, question: str, then: Any) -> None:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, title, question, yes | no,
                          self)  # type: ignore[arg-type]
        box.setDefaultButton(no)
        self.pending_confirmation = box

        def answered(_result: int) -> None:
            self.pending_confirmation = None
            if box.clickedButton() is not box.button(yes):
                return
            try:
                then()
            except DomainError as exc:
                self.show_error(shown(exc))
        box.finished.connect(answered)
        box.open()

    # -- norms ---------------------------------------------------------------------------
    def _norm_form(self, source_id: int, label: str, norm: es.NormRow | None) -> NormDialog:
        """The norm form offering the source's site's permits and the library's substances."""
        assert self.db is not None
        draft = es.source_draft(self.db, source_id)
        permits = [(p.number, p.id) for p in list_permits(self.db, draft.site_id)]
        substances = sorted({f.substance for f in current_factors(self.db)
                             if f.substance != "NCV"}
                            | {a.substance for a in draft.abatement})
        return NormDialog(self, (label, source_id), permits, substances,  # type: ignore[arg-type]
                          norm)

    def edit_norm(self) -> None:
        """The chosen norm's form; OK changes it as one undoable step."""
        norm = self.selected_norm()
        if norm is None or not self.writable or self.db is None:
            return
        dlg = self._norm_form(norm.source_id, norm.source, norm)
        self.open_dialog(dlg, lambda: self._perform(
            es.EditNorm(norm.id, dlg.draft(), norm.version),
            self.tr("Edit norm for %s") % f"{norm.substance}, {norm.source}"))

    def add_norm(self) -> None:
        """A norm for the chosen source: its site's permits, the substances it emits."""
        row = self.selected_source()
        if row is None or not self.writable or self.db is None:
            return
        dlg = self._norm_form(row.id, f"{row.number} {row.name}", None)
        self.open_dialog(dlg, lambda: self._perform(
            es.AddNorm(dlg.draft()),
            self.tr("Add norm for %1 of source “%2”").replace(
                "%1", dlg.substance_box.currentText().strip().upper()).replace("%2", row.number)))

    def delete_norm(self) -> None:
        """Ask, then delete the chosen norm."""
        norm = self.selected_norm()
        if norm is None or not self.writable:
            return
        what = f"{norm.substance}, {norm.source}"
        self._confirm(self.tr("Delete norm"), self.tr("Delete the norm for %s?") % what,
                      lambda: self._perform(es.DeleteNorm(norm.id),
                                            self.tr("Delete norm for %s") % what))

    # -- factors -------------------------------------------------------------------------
    def import_factors(self, path: str | None = None) -> None:
        """Choose a factor file, show what it changes, load it as a new version on OK."""
        if not self.writable or self.db is None:
            return
        if path is None:
            from greendesk.ui.file_dialogs import open_file

            path = open_file(self, self.tr("Load factor file"), "",  # type: ignore[arg-type]
                             self.tr("Factor files (*.xlsx *.csv)"))
            if not path:
                return
        from greendesk.importers.factors_import import read_factors

        db, name = self.db, Path(path).name
        try:
            drafts, sha = read_factors(path)
            diff = preview_factors(db, drafts, name)
        except DomainError as exc:
            self.show_error(shown(exc))
            return
        except OSError as exc:
            self.show_error(self.tr("Cannot read %1: %2").replace("%1", name)
                            .replace("%2", exc.strerror or str(exc)))
            return
        dlg = FactorPreviewDialog(self, name, diff)  # type: ignore[arg-type]

        def load() -> None:
            def write() -> Any:
                result, changes = load_factors(db, drafts, name, sha or hashlib.sha256(
                    Path(path).read_bytes()).hexdigest())
                self.show_info(shown(result.summary()) if result.version_id is not None else
                               self.tr("The file matches the library as loaded; nothing "
                                       "changed."))
                return changes
            self.irreversible(write, self.tr("Load factor file “%s”") % name)
        self.open_dialog(dlg, load)

    # -- chart ---------------------------------------------------------------------------
    def _months(self, line: EmissionLine) -> Monthly:
        """The line's source and substance in each month of the chosen period."""
        period = self.picker.current()  # type: ignore[attr-defined]
        assert self.db is not None and period is not None
        key = (period, line.source_id, line.substance)
        if key not in self.monthly:
            out: Monthly = []
            for m in sorted(periods.periods_between(period.start, period.end, "month"),
                            key=lambda m: m.start):
                found = next((x for x in emission_lines(self.db, m, line.site_id)
                              if x.source_id == line.source_id
                              and x.substance == line.substance), None)
                out.append((formatting.month(m.start), found.mass_t if found else None,
                            found.norm_t if found else None))
            self.monthly[key] = out
        return self.monthly[key]

    def show_chart(self) -> None:
        """Draw the chosen emission line by month (pyqtgraph loaded on first use)."""
        r = self.emissions.currentRow()
        line = (self.lines[r] if 0 <= r < len(self.lines) and self.emissions.selectedItems()
                else None)
        self.chart_hint.setVisible(line is None)
        self.chart_box.setVisible(line is not None)
        if line is None or self.db is None:
            return
        if self.chart is None:
            from greendesk.ui.air_charts import NormChart

            self.chart = NormChart(self.chart_box)
            layout = self.chart_box.layout()
            assert layout is not None
            layout.addWidget(self.chart)
        months = self._months(line)
        self.chart.set_series(f"{line.source} — {line.substance}", [m for m, _, _ in months],
                              [x for _, x, _ in months], [n for _, _, n in months])

