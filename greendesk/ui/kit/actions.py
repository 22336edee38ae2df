"""Toolbars of actions, the way every section lays them out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from greendesk.ui.icons import icon

Shortcut = QKeySequence | QKeySequence.StandardKey


def toolbar(parent: QWidget) -> QToolBar:
    """A toolbar whose buttons show their text beside the icon."""
    bar = QToolBar(parent)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return bar


def add_action(owner: QWidget, bar: QToolBar, text: str, icon_name: str,
               slot: Callable[[], Any], shortcut: Shortcut | None = None) -> QAction:
    """An action on `bar`, owned by `owner`; its shortcut works anywhere inside `owner`."""
    act = QAction(icon(icon_name), text, owner)
    if shortcut is not None:
        act.setShortcut(shortcut)
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    act.triggered.connect(lambda _checked=False: slot())
    bar.addAction(act)
    owner.addAction(act)
    return act
