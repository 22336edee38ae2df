"""Combo boxes: a new one filled with (text, data) pairs, and refilling one in place."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QComboBox, QWidget

# A combo sized to its longest entry keeps every name whole; squeezed by a row too wide for
# the window, it would cut them ("Nurken c"). Rows of such combos wrap instead (kit.flow).


def combo(items: Iterable[tuple[str, object]], current: object = None,
          blank: str | None = None, parent: QWidget | None = None) -> QComboBox:
    """A combo of (text, data) pairs, `blank` (data None) first if given, `current` chosen."""
    box = QComboBox(parent)
    if blank is not None:
        box.addItem(blank, None)
    for text, data in items:
        box.addItem(text, data)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


def fill_combo(box: QComboBox, items: Iterable[tuple[str, object]], *,
               keep_empty: bool = False) -> None:
    """Refill a combo box, keeping the chosen entry when it is still offered, silently.

    When it is gone the first entry is chosen, or none with `keep_empty` (a picker that
    stays empty until the officer chooses)."""
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    for text, data in items:
        box.addItem(text, data)
    index = box.findData(current)
    box.setCurrentIndex(index if index >= 0 or keep_empty else 0)
    box.blockSignals(False)
    box.setToolTip(box.currentText())  # chosen silently: the tip follows here


def whole_names(box: QComboBox, cap_chars: int = 40) -> QComboBox:
    """Size the combo to its longest entry, re-measured whenever it is refilled, and never
    narrower than that, up to `cap_chars` characters (a longer name is cut only when the
    window has no room for it; its list still opens wide enough, its tooltip says it)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    cap = box.fontMetrics().horizontalAdvance("x") * cap_chars
    return _follow(box, lambda: box.setMinimumWidth(min(box.sizeHint().width(), cap)))


def narrow(box: QComboBox, chars: int = 14) -> QComboBox:
    """A combo in a narrow panel: it may be as narrow as `chars` characters, shows the
    chosen entry's whole text in its tooltip, and its list opens as wide as the longest
    entry, so every name can be read whole."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    return _follow(box, lambda: None)


def _follow(box: QComboBox, measure: Callable[[], None]) -> QComboBox:
    """Run `measure` and widen the list now and whenever the entries change; keep the
    chosen entry's text in the tooltip."""
    def fit() -> None:
        measure()
        view = box.view()
        metrics = view.fontMetrics()
        widest = max((metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count())),
                     default=0)
        view.setMinimumWidth(widest + view.verticalScrollBar().sizeHint().width()
                             + box.iconSize().width() + 24)

    model = box.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                   model.dataChanged):
        signal.connect(lambda *_args: fit())
    # the tooltip follows the choice through signals (and where a combo is chosen silently,
    # the chooser sets it), not an event filter:
    # Python called for every event, a child removed while a widget is destroyed too, can
    # deadlock PySide's deferred deletions (it hung CI)
    box.currentTextChanged.connect(box.setToolTip)
    fit()
    box.setToolTip(box.currentText())
    return box
