"""What an empty table says instead of standing blank: the next thing to do.

An officer on a new database meets empty tables everywhere; each one tells, in a sentence
over its empty area, what fills it and where that is done. The sentence comes from a
function of the section (it may depend on whether the database or only the filter is
empty) and is re-read whenever the table's rows change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QLabel, QLayout, QSizePolicy


class EmptyHint(QLabel):
    """A sentence over a table's viewport, shown only while the table has no rows."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyHint")
        self.view, self.text_of = view, text
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("color: #5B6B63; padding: 24px;")
        # a layout on the viewport keeps the sentence filling it as it resizes (no event
        # filter: Python called for every event can deadlock PySide's deferred deletions)
        fill = QGridLayout(view.viewport())
        fill.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the view's size rules
        fill.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        fill.addWidget(self, 0, 0)
        self._watch()
        self.refresh()

    def _watch(self) -> None:
        model = self.view.model()
        if model is None:
            return
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.refresh)

    def refresh(self, *_args: object) -> None:
        """Show the sentence (read afresh) when the table is empty, else hide it."""
        model = self.view.model()
        if model is not None and model.rowCount() > 0:
            self.hide()
            return
        self.setText(self.text_of())
        self.show()
