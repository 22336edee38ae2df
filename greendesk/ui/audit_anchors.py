"""The audit trail section's anchors: heads kept outside the database, and whether the trail
still holds them.

Listed: the heads the trail's own exports recorded, and the workbooks or hand-written heads
the officer (or an auditor at the officer's desk) checked in this session. Only a copy out
of the database owner's reach proves anything, which the hint under the list says.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.store.audit_anchor import Anchor, AnchorCheck, parse_head
from greendesk.ui import file_dialogs
from greendesk.ui.forms import FormDialog, open_form
from greendesk.ui.refusals import shown

_HOLDS, _BROKEN = QColor("#1d4d3c"), QColor("#7a1f1f")


class HeadDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, self.tr("Check a head written down"))
        self.head = QLineEdit()
        self.head.setPlaceholderText(self.tr("entry:hash, as a workbook's cover shows it"))
        self.add_field(self.tr("Head"), self.head, "head")


class AnchorsPanel(QGroupBox):
    """Anchors and their state; `anchors_changed` asks the section to verify again."""

    anchors_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Anchors outside the database"))
        self.given: list[Anchor] = []  # checked in this session, for the open database
        self.checks: list[AnchorCheck] = []
        self.dialog: FormDialog | None = None
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Workbook"), self.tr("Entry"),
                                              self.tr("Hash"), self.tr("State")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(90)
        self.workbook_button = QPushButton(self.tr("Check a workbook…"), self)
        self.workbook_button.clicked.connect(self.choose_workbook)
        self.head_button = QPushButton(self.tr("Check a head…"), self)
        self.head_button.clicked.connect(self.enter_head)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#a12626;")
        self.error.hide()
        hint = QLabel(self.tr(
            "Every exported workbook carries the trail's head. A copy the database's owner "
            "cannot change — the auditor's, a head written into a letter — shows whether the "
            "trail was cut or rewritten since; your own copies can be changed with it."), self)
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.workbook_button)
        buttons.addWidget(self.head_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(hint)

    # -- what is checked ---------------------------------------------------------------
    def reset(self) -> None:
        """Another database: its anchors are its own."""
        self.given, self.checks = [], []
        self.error.hide()
        self._fill()

    def add(self, anchor: Anchor) -> None:
        self.error.hide()
        if anchor not in self.given:
            self.given.append(anchor)
        self._fill()
        self.anchors_changed.emit()

    def add_workbook(self, path: Path) -> None:
        from greendesk.errors import DomainError
        from greendesk.reports.verify import read_anchor

        try:
            anchor = read_anchor(path)
        except DomainError as exc:
            self.error.setText(shown(exc))
            self.error.show()
            return
        self.add(anchor)

    def choose_workbook(self) -> None:
        path = file_dialogs.open_file(self, self.tr("A workbook GreenDesk exported"), "",
                                      self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.add_workbook(Path(path))

    def enter_head(self) -> None:
        dlg = HeadDialog(self)

        def submit() -> None:
            self.add(parse_head(dlg.head.text()))

        open_form(self, dlg, submit)

    # -- what verification found -------------------------------------------------------
    def show_checks(self, checks: Sequence[AnchorCheck]) -> None:
        self.checks = list(checks)
        self._fill()

    def _fill(self) -> None:
        checked = {c.anchor: c for c in self.checks}
        rows: list[tuple[Anchor, AnchorCheck | None]] = [(a, checked.get(a)) for a in self.given]
        rows += [(c.anchor, c) for c in self.checks if c.anchor not in self.given]
        self.table.setRowCount(len(rows))
        for r, (anchor, result) in enumerate(rows):
            name = anchor.name or self.tr("(written down)")
            if anchor.export_entry is not None:
                name = self.tr("%1 (export, entry #%2)").replace("%1", anchor.name).replace(
                    "%2", str(anchor.export_entry))
            state = self.tr("not checked yet") if result is None else \
                self.tr("holds") if result.holds else self.tr("broken")
            for c, text in enumerate((name, str(anchor.entry), anchor.hash[:12] + "…", state)):
                item = QTableWidgetItem(text)
                if result is not None:
                    item.setToolTip(result.message)
                    if c == 3:
                        item.setForeground(QBrush(_HOLDS if result.holds else _BROKEN))
                self.table.setItem(r, c, item)
