"""Start here: how to begin with an empty database, and how far the set-up has come.

A new database opens on this page instead of blank sections. It offers the three ways in
(a set-up workbook, the demo plant, entering the plant by hand) and lists the steps in the
order an officer takes them, each with what is done so far and a button to its section.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from greendesk import periods
from greendesk.services.changes import Entity
from greendesk.services.first_steps import STEP_SECTIONS, Step, first_steps
from greendesk.services.obligation_calendar import due_soon
from greendesk.services.permit_alerts import permit_alerts
from greendesk.ui import formatting
from greendesk.ui.kit.panels import entry_panel, heading, scrolling
from greendesk.ui.section import Section
from greendesk.ui.start_due import DueSoon

# Each step's title and what it means, in the order taken (translated when shown).
STEP_TEXT: dict[str, tuple[str, str]] = {
    "structure": (QT_TRANSLATE_NOOP("StartView", "Plant structure"),
                  QT_TRANSLATE_NOOP("StartView", "The sites and their nodes: mines, plants, "
                                    "stores, dumps, and where flows enter and leave.")),
    "materials": (QT_TRANSLATE_NOOP("StartView", "Materials"),
                  QT_TRANSLATE_NOOP("StartView", "What flows between the nodes: ore, "
                                    "concentrate, tailings, fuels, energy, with their units.")),
    "classifier": (QT_TRANSLATE_NOOP("StartView", "Waste classifier"),
                   QT_TRANSLATE_NOOP("StartView", "Load the national classifier of waste in "
                                     "the Waste register, so waste types get their official "
                                     "codes.")),
    "waste": (QT_TRANSLATE_NOOP("StartView", "Waste types"),
              QT_TRANSLATE_NOOP("StartView", "The plant's wastes with their codes, hazard and "
                                "the node that generates them.")),
    "flows": (QT_TRANSLATE_NOOP("StartView", "First month of flows"),
              QT_TRANSLATE_NOOP("StartView", "Enter a month of flow records in the ledger, or "
                                "import them from the flow template.")),
    "report": (QT_TRANSLATE_NOOP("StartView", "First report"),
               QT_TRANSLATE_NOOP("StartView", "Export a workbook for the authority or an "
                                 "auditor in Reports.")),
}


class StartView(Section):
    """The start page: ways in, and the set-up steps with their state."""

    WATCHES = frozenset({Entity.SITE, Entity.NODE, Entity.MATERIAL, Entity.CLASSIFIER,
                         Entity.WASTE_TYPE, Entity.FLOW, Entity.IMPORT_BATCH,
                         Entity.AUDIT_ENTRY, Entity.OBLIGATION, Entity.OBLIGATION_STATUS,
                         Entity.CLOSED_PERIOD, Entity.PERMIT, Entity.WASTE_CONTRACTOR})
    EAGER = False

    def build(self) -> None:
        layout = self.page_layout()
        layout.addWidget(self.title_label(self.tr("Start here")))
        layout.addWidget(self.message_bar)
        page = QWidget(self)
        body = QGridLayout(page)
        body.setColumnStretch(1, 1)
        body.setVerticalSpacing(10)
        intro = QLabel(self.tr(
            "Set up your plant once; every balance, register and report is built from it. "
            "Choose how to begin, then take the steps below in order. The set-up workbook "
            "holds sheets for sites, nodes, materials, waste types, contractors, formations "
            "and monitoring points: fill it in Excel and set up the plant from it in one go."),
            page)
        intro.setWordWrap(True)
        body.addWidget(intro, 0, 0, 1, 4)
        ways = QFrame(page)
        entry_panel(ways)
        ways_row = QHBoxLayout(ways)
        self.btn_template = QPushButton(self.tr("Save the set-up workbook…"), ways)
        self.btn_workbook = QPushButton(self.tr("Set up from a workbook…"), ways)
        self.btn_demo = QPushButton(self.tr("Open the demo plant"), ways)
        self.btn_by_hand = QPushButton(self.tr("Enter the plant by hand"), ways)
        for button in (self.btn_template, self.btn_workbook, self.btn_demo, self.btn_by_hand):
            ways_row.addWidget(button)
        ways_row.addStretch(1)
        self.btn_template.clicked.connect(lambda: self._window_call("save_plant_template"))
        self.btn_workbook.clicked.connect(lambda: self._window_call("import_plant_setup"))
        self.btn_demo.clicked.connect(lambda: self._window_call("open_demo"))
        self.btn_by_hand.clicked.connect(lambda: self._go("structure"))
        body.addWidget(ways, 1, 0, 1, 4)
        body.addWidget(heading(self.tr("Steps"), page), 2, 0, 1, 4)
        self.rows: dict[str, tuple[QLabel, QLabel, QPushButton]] = {}
        for i, (key, (title_en, what_en)) in enumerate(STEP_TEXT.items()):
            title = QCoreApplication.translate("StartView", title_en)
            what = QCoreApplication.translate("StartView", what_en)
            mark = QLabel(page)
            text = QLabel(f"<b>{title}</b><br>{what}", page)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            state = QLabel(page)
            go = QPushButton(self.tr("Go"), page)
            go.setObjectName(f"go_{key}")
            go.clicked.connect(lambda _=False, section=STEP_SECTIONS[key]: self._go(section))
            body.addWidget(mark, 3 + i, 0, Qt.AlignmentFlag.AlignTop)
            body.addWidget(text, 3 + i, 1)
            body.addWidget(state, 3 + i, 2, Qt.AlignmentFlag.AlignTop)
            body.addWidget(go, 3 + i, 3, Qt.AlignmentFlag.AlignTop)
            self.rows[key] = (mark, state, go)
        after = 3 + len(self.rows)
        self.due = DueSoon(page)
        self.due.go.clicked.connect(lambda: self._go("calendar"))
        body.addWidget(self.due, after, 0, 1, 4)
        body.setRowStretch(after + 1, 1)
        layout.addWidget(scrolling(page, self), 1)

    def database_set(self) -> None:
        writable = self.writable
        self.btn_by_hand.setEnabled(writable)
        self.btn_workbook.setEnabled(writable)

    def load(self) -> None:
        steps = first_steps(self.db) if self.db is not None else []
        following = next((s.key for s in steps if not s.done), None)
        for step in steps:
            mark, state, go = self.rows[step.key]
            self._show_step(step, step.key == following, mark, state, go)
        self.due.show_items(due_soon(self.db) if self.db is not None else [])
        self.due.alerts.show_alerts(permit_alerts(self.db, periods.today())
                                    if self.db is not None else [])

    def _show_step(self, step: Step, is_next: bool, mark: QLabel, state: QLabel,
                   go: QPushButton) -> None:
        mark.setText("✔" if step.done else ("➜" if is_next else "○"))
        state.setText(self.tr("done (%1)").replace("%1", formatting.count(step.count))
                      if step.done else (self.tr("next") if is_next else self.tr("to do")))
        go.setDefault(is_next)

    # -- ways in --------------------------------------------------------------------------
    def _go(self, section: str) -> None:
        self._window_call("show_section", section)

    def _window_call(self, name: str, *args: object) -> None:
        method = getattr(self.window(), name, None)
        if method is not None:
            method(*args)
