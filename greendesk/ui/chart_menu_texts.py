"""pyqtgraph's own right-click menu on a chart, marked for lupdate under pyqtgraph's contexts.

pyqtgraph names its menu with QCoreApplication.translate(context, text) under its own
contexts (GraphicsScene, ViewBox, PlotItem) but ships no catalogue, and lupdate reads only
greendesk/: these marks put the menu's entries in our catalogue, so the officer's chart menu
speaks his language. The forms inside the axis and plot-option submenus and the export
dialog stay pyqtgraph's English. Nothing imports this module; lupdate reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MENU_TEXTS: tuple[tuple[str, str], ...] = (
    ("GraphicsScene", QT_TRANSLATE_NOOP("GraphicsScene", "Export...")),
    ("ViewBox", QT_TRANSLATE_NOOP("ViewBox", "ViewBox options")),
    ("ViewBox", QT_TRANSLATE_NOOP("ViewBox", "View All")),
    ("ViewBox", QT_TRANSLATE_NOOP("ViewBox", "axis")),  # "X axis", "Y axis"
    ("ViewBox", QT_TRANSLATE_NOOP("ViewBox", "Mouse Mode")),
    ("ViewBox", QT_TRANSLATE_NOOP("ViewBox", "3 button")),
    ("ViewBox", QT_TRANSLATE_NOOP("ViewBox", "1 button")),
    ("PlotItem", QT_TRANSLATE_NOOP("PlotItem", "Plot Options")),
    ("PlotItem", QT_TRANSLATE_NOOP("PlotItem", "Transforms")),
    ("PlotItem", QT_TRANSLATE_NOOP("PlotItem", "Downsample")),
    ("PlotItem", QT_TRANSLATE_NOOP("PlotItem", "Average")),
    ("PlotItem", QT_TRANSLATE_NOOP("PlotItem", "Alpha")),
    ("PlotItem", QT_TRANSLATE_NOOP("PlotItem", "Grid")),
    ("PlotItem", QT_TRANSLATE_NOOP("PlotItem", "Points")),
)
