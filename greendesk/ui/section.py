"""The base of every sidebar section: built when first shown, reloaded on the change notices
it watches, with the toolbar-action helper they all used to copy.

A section's life: `__init__(bus, undo_stack, parent)` only remembers its collaborators (the
window constructs it when first asked for). `build()` makes its widgets, once, just before it
is first shown (or when the window hands it out: `ensure_built()`). `set_database(db)` may
come before or after; once built, `database_set()` resets what belonged to the previous
database and `load()` fetches what the section shows. A change notice that touches one of
`WATCHES` reloads it: at once if `EAGER` or visible, otherwise when it is next shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtGui import QAction, QShowEvent, QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QToolBar, QVBoxLayout, QWidget

from greendesk.services.changes import Changes, Entity
from greendesk.store.db import Database
from greendesk.ui.bus import Bus
from greendesk.ui.forms import MessageBar, open_form
from greendesk.ui.kit.actions import Shortcut, add_action, toolbar
from greendesk.ui.kit.panels import heading
from greendesk.ui.undo import perform_irreversible


class Section(QWidget):
    """Subclasses set `WATCHES` (and `EAGER`) and implement `build()` and `load()`."""

    WATCHES: ClassVar[frozenset[Entity]] = frozenset()
    EAGER: ClassVar[bool] = True  # False: a hidden section only marks itself stale
    message_bar: MessageBar
    toolbar: QToolBar

    def __init__(self, bus: Bus, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus, self.undo_stack = bus, undo_stack
        self.db: Database | None = None
        self.dialog: QDialog | None = None  # the open form, if any (tests drive it)
        self.built = False
        self._stale = True
        bus.changed.connect(self._changed)

    # -- what a section provides --------------------------------------------------------
    def build(self) -> None:
        """Make the widgets (self.message_bar exists already)."""
        raise NotImplementedError

    def database_set(self) -> None:
        """Reset what belonged to the previous database (before `load`)."""

    def load(self) -> None:
        """Fetch and show everything the section shows for `self.db`."""

    def on_changes(self, changes: Changes) -> None:
        """A change notice while built and a database is open; reloads on `WATCHES`."""
        if changes.touches(*self.WATCHES):
            self.reload()

    # -- the life cycle -----------------------------------------------------------------
    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        self.message_bar = MessageBar(self)
        self.build()
        self.database_set()
        self.reload()

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self._stale = True
        if self.built:
            self.database_set()
            self.reload()

    def reload(self) -> None:
        """Load now if eager or visible; otherwise when next shown."""
        self._stale = True
        if self.EAGER or self.isVisible():
            self._stale = False
            self.load()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        if visible:
            self.ensure_built()  # before the children are shown with it
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.ensure_built()  # shown along with a parent, setVisible is not called
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _changed(self, changes: Changes) -> None:
        if self.built and self.db is not None:
            self.on_changes(changes)

    # -- helpers ------------------------------------------------------------------------
    @property
    def writable(self) -> bool:
        return self.db is not None and not self.db.read_only

    def title_label(self, text: str) -> QLabel:
        return heading(text, self, "sectionTitle")

    def page_layout(self) -> QVBoxLayout:
        """The section's own layout, with the margins every section uses."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        return layout

    def make_toolbar(self) -> QToolBar:
        self.toolbar = toolbar(self)
        return self.toolbar

    def add_action(self, text: str, icon_name: str, slot: Callable[[], Any],
                   shortcut: Shortcut | None = None, bar: QToolBar | None = None) -> QAction:
        """An action on the section's toolbar (or `bar`); a shortcut works anywhere in the
        section."""
        return add_action(self, bar if bar is not None else self.toolbar, text, icon_name,
                          slot, shortcut)

    def show_error(self, text: str) -> None:
        self.message_bar.show_message(text, "error")

    def show_info(self, text: str) -> None:
        self.message_bar.show_message(text, "info")

    def open_dialog(self, dialog: QDialog, submit: Callable[[], object] | None = None
                    ) -> QDialog:
        """Open a form without blocking; it is `self.dialog` while open."""
        return open_form(self, dialog, submit)

    def irreversible(self, write: Callable[[], Changes], what: str) -> Changes:
        """Run a write undo cannot take back; Undo stops at `what` instead of reaching past it."""
        return perform_irreversible(self.undo_stack, self.bus, write, what)
