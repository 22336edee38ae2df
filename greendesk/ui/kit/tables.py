"""Read-only tables of whole rows: building one, filling it with text, one cell at a time."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def read_only_table(parent: QWidget | None, headers: Sequence[str] | None = None, *,
                    single: bool = False, wrap: bool = True, fit: bool = True
                    ) -> QTableWidget:
    """A table the officer reads and selects whole rows of, but cannot type into.

    `single`: one row at a time; `wrap=False`: long text is elided, not wrapped; `fit`:
    columns sized to their contents. The last column stretches."""
    table = QTableWidget(0, len(headers or ()), parent)
    if headers:
        table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    if not wrap:
        table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    if fit:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def fill_rows(table: QTableWidget, rows: Sequence[Sequence[str]],
              right: Collection[int] = (), red: Collection[int] = (),
              colour: QColor | None = None) -> None:
    """Replace the table's rows with text; columns in `right` are right-aligned and the rows
    in `red` drawn in `colour`."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c in right:
                item.setTextAlignment(RIGHT)
            if r in red and colour is not None:
                item.setForeground(colour)
            table.setItem(r, c, item)


def reset_table(table: QTableWidget, headers: Sequence[str], rows: int) -> QTableWidget:
    """Empty the table and give it new headers and `rows` empty rows (for tables whose
    columns change with what they show)."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(rows)
    return table


def stretch_column(table: QTableView, column: int) -> None:
    """Give `column` the table's spare width and size every other column to its contents
    (so a name column is not squeezed while a short last column stretches empty). Call
    after the columns exist (`reset_table`)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for c in range(header.count()):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c == column
                                    else QHeaderView.ResizeMode.ResizeToContents)


def set_widths(table: QTableView, widths: Sequence[int]) -> None:
    """Give the columns these widths, each at least its heading's (a translated heading
    longer than the English one is shown whole rather than clipped)."""
    header = table.horizontalHeader()
    for col, width in enumerate(widths):
        table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))


def table_item(text: str, align_right: bool = True, tip: str = "") -> QTableWidgetItem:
    """A read-only cell, numbers right-aligned."""
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(RIGHT)
    if tip:
        item.setToolTip(tip)
    return item


def row_view(parent: QWidget | None, *, single: bool = True, sorting: bool = False
             ) -> QTableView:
    """A QTableView over a model of many rows: whole rows selected, fixed row height (a
    large model is never measured), no wrapping, the last column stretched."""
    view = QTableView(parent)
    view.setSortingEnabled(sorting)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection if single else
                          QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    vheader = view.verticalHeader()
    vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vheader.setDefaultSectionSize(view.fontMetrics().height() + 8)
    vheader.hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view
