"""The application's change bus: operations announce what they touched, views decide."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from greendesk.services.changes import Changes


class Bus(QObject):
    """`changed(Changes)` after every successful operation; `database_opened` on open."""

    changed = Signal(object)
    database_opened = Signal(object)

    def announce(self, changes: Changes) -> None:
        if changes.entities:
            self.changed.emit(changes)
