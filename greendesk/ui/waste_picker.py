"""A searchable List of Waste picker: type a code ("10 06", "100601") or words ("copper slag").

The ~850 entries sit in a small table model; a QSortFilterProxyModel filters them with the
same matcher the services use, so what the officer types means the same everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from greendesk.services.classifier import EntryRow, matcher

_Index = QModelIndex | QPersistentModelIndex


class WasteCodeModel(QAbstractTableModel):
    """Entries as rows: code (with the asterisk), description, hazardous / mirror marks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[EntryRow] = []
        self.context: list[str] = []  # chapter and sub-chapter titles, searched too

    def set_rows(self, rows: list[EntryRow], headings: dict[str, str] | None = None) -> None:
        headings = headings or {}
        self.beginResetModel()
        self.rows = rows
        self.context = [" / ".join(t for t in (headings.get(r.code[:2]),
                                                headings.get(r.code[:4])) if t) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), self.tr("Description"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return row.display_code
            marks = []
            if row.mirror:
                marks.append(self.tr("mirror entry"))
            if row.retired:
                marks.append(self.tr("retired"))
            return row.description + (f"  ({', '.join(marks)})" if marks else "")
        if role == Qt.ItemDataRole.ForegroundRole and row.hazardous and index.column() == 0:
            return QBrush(QColor("#a12626"))
        if role == Qt.ItemDataRole.ToolTipRole:
            hazard = self.tr("Hazardous") if row.hazardous else self.tr("Non-hazardous")
            context = self.context[index.row()] if self.context else ""
            return f"{hazard}\n{context}" if context else hazard
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


class WasteCodeFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._match = matcher("")

    def set_query(self, text: str) -> None:
        self._match = matcher(text)
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, WasteCodeModel)
        row = model.rows[source_row]
        context = model.context[source_row] if model.context else ""
        return self._match(row.code, f"{row.description} {context}")


class WasteCodePicker(QWidget):
    """Search line over a list of entries; `chosen` is emitted with the selected EntryRow."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by code (10 06 01) or words (copper slag)"))
        self.search.setClearButtonEnabled(True)
        self.model = WasteCodeModel(self)
        self.proxy = WasteCodeFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.setMinimumHeight(170)
        self.count = QLabel(self)
        self.count.setStyleSheet("color:#56655d;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self._filter)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._emit())

    def set_entries(self, rows: list[EntryRow], headings: dict[str, str] | None = None) -> None:
        self.model.set_rows(rows, headings)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        n = self.proxy.rowCount()
        self.count.setText(self.tr("%n entry(ies)", "", n))
        if n == 1:
            self.view.selectRow(0)

    def _emit(self) -> None:
        self.chosen.emit(self.current())

    def current(self) -> EntryRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, Qt.ItemDataRole.UserRole)  # type: ignore[return-value]

    def select_first(self) -> EntryRow | None:
        if self.proxy.rowCount():
            self.view.selectRow(0)
        return self.current()

    def select_code(self, code: str) -> None:
        self.search.clear()
        for i, row in enumerate(self.model.rows):
            if row.code == code:
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(i, 0)).row())
                return
