"""Guard against a Qt binding release that leaks or steals references.

PySide6 6.12.0 took one reference off None for every call of a method returning nothing;
with Python 3.11 a long session then aborted with "Fatal Python error: none_dealloc".
pyproject.toml excludes that release; this test fails if another one does the same.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_leave_none_and_bools_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("x")
        label.setVisible(False)
        label.setObjectName("probe")
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
