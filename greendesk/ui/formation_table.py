"""The formations register's table model and the small read-only tables of the section.

Split from formations_view; FormationTableModel keeps its name, so its strings keep their
translation context.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QTableView,
    QWidget,
)

from greendesk.services import formations as fs
from greendesk.ui import formation_labels as fl
from greendesk.ui import formatting
from greendesk.ui.icons import icon
from greendesk.ui.kit.tables import row_view

Index = QModelIndex | QPersistentModelIndex
GREEN, RED = QColor("#1f6b45"), QColor("#a12626")

# key, header
REGISTER_COLUMNS = [
    ("name", QT_TRANSLATE_NOOP("FormationTableModel", "Formation")),
    ("kind", QT_TRANSLATE_NOOP("FormationTableModel", "Kind")),
    ("site", QT_TRANSLATE_NOOP("FormationTableModel", "Site")),
    ("status", QT_TRANSLATE_NOOP("FormationTableModel", "Status")),
    ("tonnage", QT_TRANSLATE_NOOP("FormationTableModel", "Tonnage, t")),
    ("net", QT_TRANSLATE_NOOP("FormationTableModel", "Net value, USD")),
    ("rank", QT_TRANSLATE_NOOP("FormationTableModel", "Rank")),
    ("hazard", QT_TRANSLATE_NOOP("FormationTableModel", "Hazardous")),
    ("area", QT_TRANSLATE_NOOP("FormationTableModel", "Area, ha")),
    ("volume", QT_TRANSLATE_NOOP("FormationTableModel", "Volume, m³")),
    ("density", QT_TRANSLATE_NOOP("FormationTableModel", "Density, t/m³")),
]
RANKING_COLUMNS = [
    ("rank", QT_TRANSLATE_NOOP("FormationTableModel", "Rank")),
    ("name", QT_TRANSLATE_NOOP("FormationTableModel", "Formation")),
    ("net", QT_TRANSLATE_NOOP("FormationTableModel", "Net value, USD")),
    ("value", QT_TRANSLATE_NOOP("FormationTableModel", "Recoverable value, USD")),
    ("cost", QT_TRANSLATE_NOOP("FormationTableModel", "Processing cost, USD")),
    ("paying", QT_TRANSLATE_NOOP("FormationTableModel", "Paying components")),
    ("tonnage", QT_TRANSLATE_NOOP("FormationTableModel", "Tonnage, t")),
    ("hazard", QT_TRANSLATE_NOOP("FormationTableModel", "Hazardous")),
    ("area", QT_TRANSLATE_NOOP("FormationTableModel", "Area, ha")),
    ("status", QT_TRANSLATE_NOOP("FormationTableModel", "Status")),
    ("kind", QT_TRANSLATE_NOOP("FormationTableModel", "Kind")),
]
NUMERIC = {"tonnage", "volume", "density", "area", "net", "value", "cost", "rank"}


def money(v: float | None) -> str:
    return "" if v is None else formatting.number(v, decimals=0)


class FormationTableModel(QAbstractTableModel):
    """The register's lines (a few thousand frozen rows) with display and sort values."""

    def __init__(self, columns: list[tuple[str, str]], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.columns = columns
        self.all_rows: list[fs.RegisterRow] = []
        self.rows: list[fs.RegisterRow] = []
        self._haystacks: list[str] = []
        self.needle = ""
        self.sort_column, self.order = 0, Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: list[fs.RegisterRow]) -> None:
        self.all_rows = rows
        self._haystacks = [" ".join((r.formation.name, r.formation.site_name,
                                     fl.name(r.formation.kind), fl.name(r.formation.status),
                                     r.formation.locality, r.formation.external_id or "")
                                    ).casefold() for r in rows]
        self._apply()

    def set_filter(self, text: str) -> None:
        self.needle = text.strip().casefold()
        self._apply()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here in one Python sort: a sorting proxy would ask data() ~70,000 times
        for a register of 2,000."""
        self.sort_column, self.order = column, order
        self._apply()

    def _apply(self) -> None:
        rows = self.all_rows
        if self.needle:
            rows = [r for r, h in zip(rows, self._haystacks, strict=True) if self.needle in h]
        key = self.columns[self.sort_column][0]
        keyed = [(self.value(r, key), r) for r in rows]
        known = [kv for kv in keyed if kv[0] is not None]
        known.sort(key=lambda kv: kv[0], reverse=self.order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self.rows = [r for _v, r in known] + [r for v, r in keyed if v is None]  # unknown last
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FormationTableModel", self.columns[section][1])
        return None

    def value(self, r: fs.RegisterRow, key: str) -> object:
        """The sort value of a cell."""
        f, a = r.formation, r.assessment
        if key == "name":
            return f.name.casefold()
        if key in ("kind", "status"):
            return fl.name(getattr(f, key))
        if key == "site":
            return f.site_name
        if key in ("tonnage", "volume", "density"):
            return getattr(f.figures, {"tonnage": "tonnage_t", "volume": "volume_m3",
                                       "density": "density_t_m3"}[key])
        if key == "area":
            return f.area_ha
        if key == "hazard":
            return {True: 2, False: 0, None: 1}[f.hazardous]
        if key in ("net", "value", "cost"):
            return getattr(a, {"net": "net_value", "value": "recoverable_value",
                               "cost": "processing_cost"}[key])
        if key == "rank":
            return r.rank
        return ", ".join(a.paying)

    def display(self, r: fs.RegisterRow, key: str) -> str:
        f, a = r.formation, r.assessment
        fig = f.figures
        num = formatting.number
        if key == "name":
            return f.name
        if key in ("kind", "status"):
            return fl.name(getattr(f, key))
        if key == "site":
            return f.site_name
        if key == "tonnage":
            return "" if fig.tonnage_t is None else num(fig.tonnage_t, decimals=0)
        if key == "volume":
            return "" if fig.volume_m3 is None else num(fig.volume_m3, decimals=0)
        if key == "density":
            return "" if fig.density_t_m3 is None else num(fig.density_t_m3, decimals=2)
        if key == "area":
            return "" if f.area_ha is None else num(f.area_ha, decimals=1)
        if key == "hazard":
            return {True: self.tr("yes"), False: self.tr("no"), None: ""}[f.hazardous]
        if key in ("net", "value", "cost"):
            return money({"net": a.net_value, "value": a.recoverable_value,
                           "cost": a.processing_cost}[key])
        if key == "rank":
            return "" if a.net_value is None else str(r.rank)
        return ", ".join(a.paying)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        key = self.columns[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(r, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "net" and \
                r.assessment.net_value is not None:
            return GREEN if r.assessment.net_value > 0 else RED
        if role == Qt.ItemDataRole.ToolTipRole and key in ("tonnage", "volume", "density"):
            fig = r.formation.figures
            if fig.note:
                return fig.note
            if fig.derived == key:
                return self.tr("Derived from the other two figures.")
            if key == "tonnage" and r.formation.ledger_t is not None:
                return self.tr("Opening tonnage plus %1 t placed through %2.").replace(
                    "%1", formatting.number(r.formation.ledger_t, decimals=0)).replace(
                    "%2", r.formation.node_name)
        if role == Qt.ItemDataRole.DecorationRole and key == "tonnage" and \
                r.formation.figures.note:
            return icon("loss")
        return None


def table_view(model: FormationTableModel, parent: QWidget) -> QTableView:
    """The register's (or the ranking's) view, sorted by its first column to start with."""
    view = row_view(parent, sorting=True)
    view.setModel(model)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return view
