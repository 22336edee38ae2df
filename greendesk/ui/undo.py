"""Undo and redo over the services' commands.

QUndoStack.push() calls redo() at once and keeps the command even if it raises, so the
command is applied first, and only a success is pushed, wrapped so that its first redo()
does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from greendesk.errors import DomainError
from greendesk.services.changes import Changes
from greendesk.store.db import Database
from greendesk.ui.bus import Bus
from greendesk.ui.refusals import shown


class DomainCommand(Protocol):
    def apply(self, db: Database) -> Changes: ...
    def revert(self, db: Database) -> Changes: ...


class ServiceCommand(QUndoCommand):
    def __init__(self, command: DomainCommand, db: Database, bus: Bus, text: str,
                 on_error: Callable[[str], None]) -> None:
        super().__init__(text)
        self.command, self.db, self.bus, self.on_error = command, db, bus, on_error
        self._applied_once = True

    def redo(self) -> None:
        if self._applied_once:
            self._applied_once = False
            return
        self._run(self.command.apply)

    def undo(self) -> None:
        self._run(self.command.revert)

    def _run(self, step: Callable[[Database], Changes]) -> None:
        try:
            self.bus.announce(step(self.db))
        except DomainError as exc:
            self.setObsolete(True)  # the stack drops a command that cannot be replayed
            self.on_error(shown(exc))


def perform(stack: QUndoStack, command: DomainCommand, db: Database, bus: Bus, text: str,
            on_error: Callable[[str], None]) -> Changes:
    """Apply a command now and, on success, make it undoable. DomainError propagates."""
    changes = command.apply(db)
    stack.push(ServiceCommand(command, db, bus, text, on_error))
    bus.announce(changes)
    return changes
