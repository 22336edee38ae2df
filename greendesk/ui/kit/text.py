"""Text that may be longer than the room it gets: elided with the whole in a tooltip.

A file path in the status bar, a long name in a heading: in Russian or Kazakh such a line
can be wider than a laptop's window. An `ElidedLabel` asks for its whole width but accepts
less, shows "…" where it is cut, and keeps the whole text in its tooltip and in `text()`.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """One line of plain text, elided at the end when narrower than the text."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 min_chars: int = 12,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        """`mode`: where the "…" goes (ElideMiddle keeps a path's file name)."""
        super().__init__(parent)
        self._min_chars, self._mode = min_chars, mode
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        room = self.fontMetrics().horizontalAdvance("x") * self._min_chars
        return QSize(min(hint.width(), room), hint.height())

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if not self.is_elided():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), self._mode, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), shown)


def wrapping(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that wraps its text at word breaks to the width it is given."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label
