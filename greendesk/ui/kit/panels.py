"""Headings and the framed side panels (entry forms, editors) the window's style sheet
dresses by object name; panels taller than a laptop's window scroll."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget


def heading(text: str, parent: QWidget | None = None, name: str = "panelTitle") -> QLabel:
    """A title: "sectionTitle" heads a section, "panelTitle" a panel within it."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    return label


def entry_panel(frame: QFrame) -> None:
    """Dress a frame as a side panel (a light box the form sits in)."""
    frame.setObjectName("entryPanel")
    frame.setFrameShape(QFrame.Shape.StyledPanel)


def scrolling(panel: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """`panel` in a frameless scroll area: as wide as the room it gets, and scrolled up and
    down when the window is too low for all of it (a form on a 720-pixel laptop)."""
    area = QScrollArea(parent)
    area.setWidget(panel)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area
