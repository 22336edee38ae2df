"""The ledger's table model: row count from SQL, rows fetched a page at a time on demand.

Holds at most MAX_PAGES pages of frozen rows, never the whole ledger; a million records cost
a count query and a few pages.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from greendesk.models import CANONICAL_UNIT, Method
from greendesk.services import ledger
from greendesk.services.catalog import Catalog
from greendesk.services.flow_grades import Grade, grades_of
from greendesk.services.flows import FlowRow
from greendesk.services.ledger import LedgerFilter, SortKey
from greendesk.store.db import Database
from greendesk.ui import formatting, labels

PAGE = 256
MAX_PAGES = 40

# (key, header, sort key or None when the column is not offered for sorting)
COLUMNS: list[tuple[str, str, SortKey | None]] = [
    ("date", QT_TRANSLATE_NOOP("FlowTableModel", "Date"), SortKey.DATE),
    ("site", QT_TRANSLATE_NOOP("FlowTableModel", "Site"), SortKey.SITE),
    ("from", QT_TRANSLATE_NOOP("FlowTableModel", "From"), SortKey.FROM),
    ("to", QT_TRANSLATE_NOOP("FlowTableModel", "To"), SortKey.TO),
    ("material", QT_TRANSLATE_NOOP("FlowTableModel", "Material"), SortKey.MATERIAL),
    ("quantity", QT_TRANSLATE_NOOP("FlowTableModel", "Quantity"), SortKey.QUANTITY),
    ("unit", QT_TRANSLATE_NOOP("FlowTableModel", "Unit"), SortKey.UNIT),
    ("canonical", QT_TRANSLATE_NOOP("FlowTableModel", "Canonical"), SortKey.CANONICAL),
    ("method", QT_TRANSLATE_NOOP("FlowTableModel", "Method"), SortKey.METHOD),
    ("uncertainty", QT_TRANSLATE_NOOP("FlowTableModel", "Uncertainty, %"), None),
    ("reconciliation", QT_TRANSLATE_NOOP("FlowTableModel", "Reconciliation"), None),
    ("grades", QT_TRANSLATE_NOOP("FlowTableModel", "Grades"), None),
    ("note", QT_TRANSLATE_NOOP("FlowTableModel", "Note"), None),
]
EDITABLE = {"date", "quantity", "unit", "method", "uncertainty", "reconciliation", "grades",
            "note"}
NUMERIC = {"quantity", "canonical", "uncertainty"}
Index = QModelIndex | QPersistentModelIndex


def method_label(m: Method) -> str:
    return labels.method(m)


class FlowTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db: Database | None = None
        self.catalog: Catalog | None = None
        self.filter = LedgerFilter()
        self.sort_key = SortKey.DATE
        self.descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[FlowRow]] = OrderedDict()
        self._grades: dict[int, tuple[Grade, ...]] = {}  # of the cached pages' records
        # Inline edits are handed to the view, which turns them into undoable commands.
        self.on_edit: Callable[[FlowRow, dict[str, object]], bool] = lambda row, ch: False

    # -- loading ------------------------------------------------------------------------
    def set_source(self, db: Database | None, catalog: Catalog | None) -> None:
        self.db, self.catalog = db, catalog
        self.reload()

    def set_filter(self, f: LedgerFilter) -> None:
        self.filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._grades.clear()
        self._count = (ledger.count(self.db, self.filter, self.catalog)
                       if self.db and self.catalog else 0)
        self.endResetModel()

    def refresh_rows(self) -> None:
        """After an edit elsewhere: refetch, keeping the view's place when the count holds."""
        if self.db is None or self.catalog is None:
            return
        new_count = ledger.count(self.db, self.filter, self.catalog)
        if new_count != self._count:
            self.reload()
            return
        self._pages.clear()
        self._grades.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(COLUMNS) - 1))

    def _page(self, number: int) -> list[FlowRow]:
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        assert self.db is not None and self.catalog is not None
        rows = ledger.fetch_page(self.db, self.filter, self.catalog, number * PAGE, PAGE,
                                 self.sort_key, self.descending, total=self._count)
        self._pages[number] = rows
        self._grades.update(grades_of(self.db, [r.id for r in rows]))
        if len(self._pages) > MAX_PAGES:
            _n, gone = self._pages.popitem(last=False)
            for r in gone:
                self._grades.pop(r.id, None)
        return rows

    def row_at(self, row: int) -> FlowRow | None:
        if not 0 <= row < self._count:
            return None
        rows = self._page(row // PAGE)
        offset = row % PAGE
        return rows[offset] if offset < len(rows) else None

    def cached_pages(self) -> int:
        return len(self._pages)

    # -- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FlowTableModel", COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and COLUMNS[index.column()][0] in EDITABLE and self.db \
                and not self.db.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if row is None or self.catalog is None:
            return None
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.note or None if key == "note" else None
        return self.display(row, key)

    def display(self, row: FlowRow, key: str) -> str:
        cat = self.catalog
        assert cat is not None
        if key == "date":
            return formatting.flow_date(row.flow_date, row.date_precision)
        if key == "site":
            return cat.sites.get(row.site_id, "")
        if key == "from":
            return cat.node_label(row.from_node_id)
        if key == "to":
            return cat.node_label(row.to_node_id)
        if key == "material":
            m = cat.materials.get(row.material_id)
            return m.name if m else ""
        if key == "quantity":
            return formatting.number(row.qty_entered, row.unit_entered)
        if key == "unit":
            return formatting.unit(row.unit_entered)
        if key == "canonical":
            unit = CANONICAL_UNIT[cat.materials[row.material_id].kind]
            return formatting.quantity(row.qty_canonical, unit)
        if key == "method":
            return method_label(row.method)
        if key == "uncertainty":
            return "" if row.uncertainty_pct is None else formatting.number(
                row.uncertainty_pct, decimals=1)
        if key == "reconciliation":
            return labels.name(row.reconciliation)
        if key == "grades":
            return "; ".join(f"{c} {formatting.number(v, None, 4).rstrip('0').rstrip(',.')} "
                             f"{formatting.unit(u)}"
                             for c, v, u in self._grades.get(row.id, ()))
        return row.note

    def _edit_value(self, row: FlowRow, key: str) -> object:
        return {"date": formatting.day(row.flow_date), "quantity": row.qty_entered,
                "unit": formatting.unit(row.unit_entered), "method": row.method.value,
                "uncertainty": row.uncertainty_pct if row.uncertainty_pct is not None else "",
                "reconciliation": labels.name(row.reconciliation),
                "note": row.note, "grades": "; ".join(
                    f"{c} {v:g} {u}" for c, v, u in self._grades.get(row.id, ()))}.get(key)

    def setData(self, index: Index, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.row_at(index.row())
        key = COLUMNS[index.column()][0]
        if row is None or key not in EDITABLE:
            return False
        change = _parse_edit(key, value)
        if change is None:
            return False
        return self.on_edit(row, change)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][2]
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


def _parse_edit(key: str, value: object) -> dict[str, object] | None:
    """Turn an inline edit into draft fields; text that is not a value gives `_invalid`,
    a number that could be read two ways `_refused` with the sentence saying so."""
    from greendesk.readers.tabular import parse_date, parse_number
    from greendesk.ui.kit.numbers import AmbiguousNumber, typed_number

    text = str(value).strip() if value is not None else ""
    label = dict((c[0], c[1]) for c in COLUMNS).get(key, key)

    def typed() -> float:
        return typed_number(text, key, QCoreApplication.translate("FlowTableModel", label))

    if key == "grades":
        from greendesk.errors import DomainError
        from greendesk.services.balance_records import parse_grades
        from greendesk.ui.refusals import shown

        try:
            return {"grades": parse_grades(text.replace("\u00a0", ""))}
        except DomainError as exc:
            return {"_refused": shown(exc)}
    try:
        if key == "date":
            return {"flow_date": parse_date(text) if text else None}
        if key == "quantity":
            return {"qty_entered": parse_number(value) if isinstance(value, float) else typed()}
        if key == "uncertainty":
            return {"uncertainty_pct": typed() if text else None}
        if key == "method":
            return {"method": Method(text)}
        if key == "reconciliation":  # the officer's word, in any of the three languages
            from greendesk.importers.flows_rows import parse_role

            return {"reconciliation": parse_role(text)}
        if key == "unit":
            return {"unit_entered": text}
        return {"note": text}
    except AmbiguousNumber as exc:
        return {"_refused": str(exc)}
    except ValueError:  # DomainError too: the ledger says "… is not a valid …" itself
        return {"_invalid": (key, text)}
