"""Undo and redo: the one place every write the window makes goes through.

Scope, decided for issue 13: Edit ▸ Undo takes back the officer's *last* change in the window,
whichever section made it, and the menu names it ("Undo: Delete 3 flow record(s)"). A change
the services can take back is pushed as a command (`perform`). A change they cannot (closing
a period, an import, a material's properties...) goes through `perform_irreversible`: Undo
then stops at it and reads "Cannot undo: <that change>", disabled, with the reason in its
tip. It never reaches past it to an older change, which could be wrong after the newer one.
An undo the services refuse (its period was closed meanwhile) becomes such a stop as well.
A stop is never wrong, where a revert written for each of some forty more service writes could
be; so those stay irreversible, and say so.

Exporting a report and backing up are not changes to the records and stop nothing.

QUndoStack.push() calls redo() at once and keeps the command even if it raises, so the
command is applied first, and only a success is pushed, wrapped so that its first redo()
does nothing. The closed-period and stock rules hold on undo and redo because commands
apply and revert through the services' write functions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from greendesk.errors import DomainError
from greendesk.services.changes import Changes
from greendesk.store.db import Database
from greendesk.ui.bus import Bus
from greendesk.ui.refusals import shown


class DomainCommand(Protocol):
    def apply(self, db: Database) -> Changes: ...
    def revert(self, db: Database) -> Changes: ...


class UndoHistory(QUndoStack):
    """The window's undo stack, which remembers the irreversible change it starts after.

    The stop lies below every command (the stack is cleared when it is set), so neither
    Undo nor a direct `undo()` can pass it.
    """

    stop_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stop: str | None = None  # what the last irreversible change was
        self.stop_reason = ""  # why it cannot be undone, when more specific than "it can't"
        self._failure: str | None = None

    def mark_irreversible(self, text: str, reason: str = "") -> None:
        """Nothing before this change can be undone any more; Undo names it and stops."""
        super().clear()
        self.stop, self.stop_reason = text, reason
        self.stop_changed.emit()

    def stopped_at(self) -> str | None:
        """The irreversible change Undo has reached, or None while Undo can go on."""
        return self.stop if self.index() == 0 else None

    def clear(self) -> None:
        """Forget everything (another database): nothing to undo and no stop."""
        super().clear()
        self.stop, self.stop_reason = None, ""
        self.stop_changed.emit()

    def note_failure(self, reason: str) -> None:
        self._failure = reason

    def undo(self) -> None:
        """Undo the last command; if the services refuse, it stays done and Undo stops at it."""
        if not self.canUndo():
            return
        text, self._failure = self.undoText(), None
        super().undo()
        if self._failure is not None:
            self.mark_irreversible(text, self._failure)

    def redo(self) -> None:
        self._failure = None
        super().redo()  # a refused redo changed nothing; the command is dropped


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


def perform(stack: QUndoStack | None, command: DomainCommand, db: Database, bus: Bus,
            text: str, on_error: Callable[[str], None]) -> Changes:
    """Apply a command now and, on success, make it undoable as `text` (what Edit ▸ Undo
    will name; a section built without a stack just applies it). DomainError propagates,
    and then nothing was pushed."""
    changes = command.apply(db)
    if stack is None:
        bus.announce(changes)
        return changes

    def failed(reason: str) -> None:
        if isinstance(stack, UndoHistory):
            stack.note_failure(reason)
        on_error(reason)
    stack.push(ServiceCommand(command, db, bus, text, failed))
    bus.announce(changes)
    return changes


def mark_irreversible(stack: QUndoStack | None, text: str, reason: str = "") -> None:
    """Record that `text` happened and cannot be undone (a plain stack is just cleared)."""
    if isinstance(stack, UndoHistory):
        stack.mark_irreversible(text, reason)
    elif stack is not None:
        stack.clear()


def perform_irreversible(stack: QUndoStack | None, bus: Bus, write: Callable[[], Changes],
                         text: str, reason: str = "") -> Changes:
    """Run a write the services cannot take back; on success Undo stops at it, naming
    `text`. DomainError propagates, and then the undo history is as it was."""
    return announce_irreversible(stack, bus, write(), text, reason)


def announce_irreversible(stack: QUndoStack | None, bus: Bus, changes: Changes, text: str,
                          reason: str = "") -> Changes:
    """A write already made (by an import's worker, say) that cannot be taken back: Undo
    stops at it, naming `text`, and the views hear of it."""
    mark_irreversible(stack, text, reason)
    bus.announce(changes)
    return changes


class EditActions(QObject):
    """Edit ▸ Undo and Redo, whose text names the step they would take, or why not."""

    def __init__(self, stack: UndoHistory, parent: QObject) -> None:
        super().__init__(parent)
        self.stack = stack
        self.undo = QAction(parent)
        self.redo = QAction(parent)
        self.undo.triggered.connect(stack.undo)
        self.redo.triggered.connect(stack.redo)
        for signal in (stack.indexChanged, stack.stop_changed, stack.undoTextChanged,
                       stack.redoTextChanged):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        if not shiboken6.isValid(self.stack):  # the window is closing: the stack clears itself
            return
        self._set(self.undo, *self._undo_state())
        redo = self.stack.redoText() if self.stack.canRedo() else None
        self._set(self.redo, self.tr("&Redo: %1").replace("%1", redo) if redo else self.tr("&Redo"),
                  redo is not None,
                  self.tr("Redo: %1").replace("%1", redo) if redo else self.tr("Nothing to redo."))

    def _undo_state(self) -> tuple[str, bool, str]:
        """(menu text, enabled, tip)."""
        if self.stack.canUndo():
            text = self.stack.undoText()
            return (self.tr("&Undo: %1").replace("%1", text), True,
                    self.tr("Undo: %1").replace("%1", text))
        stop = self.stack.stopped_at()
        if stop is None:
            return self.tr("&Undo"), False, self.tr("Nothing to undo.")
        if self.stack.stop_reason:
            tip = self.tr("“%1” cannot be undone: %2").replace("%1", stop).replace(
                "%2", self.stack.stop_reason)
        else:
            tip = self.tr("“%1” cannot be undone, so Undo stops here: undoing an older change "
                          "after it could leave the records wrong.").replace("%1", stop)
        return self.tr("Cannot undo: %1").replace("%1", stop), False, tip

    @staticmethod
    def _set(action: QAction, text: str, enabled: bool, tip: str) -> None:
        action.setText(text)
        action.setEnabled(enabled)
        action.setToolTip(tip)
        action.setStatusTip(tip)
