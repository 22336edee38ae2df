"""Headings and the framed side panels (entry forms, editors) the window's style sheet
dresses by object name."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QWidget


def heading(text: str, parent: QWidget | None = None, name: str = "panelTitle") -> QLabel:
    """A title: "sectionTitle" heads a section, "panelTitle" a panel within it."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    return label


def entry_panel(frame: QFrame) -> None:
    """Dress a frame as a side panel (a light box the form sits in)."""
    frame.setObjectName("entryPanel")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
