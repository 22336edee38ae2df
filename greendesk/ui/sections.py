"""The sidebar's sections, in order: (key, title, icon, module, class).

A section class takes `(bus, undo_stack, parent)` and has `set_database(db | None)`. It is
imported and built when the officer first opens it. Add a section here only when it works.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SECTIONS: list[tuple[str, str, str, str, str]] = [
    ("start", QT_TRANSLATE_NOOP("sections", "Start here"), "app",
     "greendesk.ui.start_view", "StartView"),
    ("structure", QT_TRANSLATE_NOOP("sections", "Plant structure"), "structure",
     "greendesk.ui.structure_view", "StructureView"),
    ("ledger", QT_TRANSLATE_NOOP("sections", "Flow ledger"), "ledger",
     "greendesk.ui.ledger_view", "LedgerView"),
    ("materials", QT_TRANSLATE_NOOP("sections", "Materials"), "materials",
     "greendesk.ui.materials_view", "MaterialsView"),
    ("balances", QT_TRANSLATE_NOOP("sections", "Balances"), "balances",
     "greendesk.ui.balance_view", "BalanceView"),
    ("waste", QT_TRANSLATE_NOOP("sections", "Waste register"), "waste",
     "greendesk.ui.waste_view", "WasteView"),
    ("formations", QT_TRANSLATE_NOOP("sections", "Technogenic formations"), "formations",
     "greendesk.ui.formations_view", "FormationsView"),
    ("air", QT_TRANSLATE_NOOP("sections", "Air and climate"), "environment",
     "greendesk.ui.air_view", "AirView"),
    ("checklist", QT_TRANSLATE_NOOP("sections", "Greening plan"), "checklist",
     "greendesk.ui.checklist_view", "ChecklistView"),
    ("calendar", QT_TRANSLATE_NOOP("sections", "Calendar"), "calendar",
     "greendesk.ui.calendar_view", "CalendarView"),
    ("reports", QT_TRANSLATE_NOOP("sections", "Reports"), "reports",
     "greendesk.ui.reports_view", "ReportsView"),
    ("audit", QT_TRANSLATE_NOOP("sections", "Audit trail"), "audit",
     "greendesk.ui.audit_view", "AuditView"),
]
