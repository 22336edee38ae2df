"""The form for an obligation's status: not started, in preparation, or submitted with its
date, reference number and evidence (a file, hashed, or an exported workbook's audit entry)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from greendesk.errors import DomainError
from greendesk.models.obligations import ObligationState
from greendesk.services.obligation_calendar import CalendarItem
from greendesk.services.obligation_status import ExportEntry, StatusDraft, file_evidence
from greendesk.ui import file_dialogs, formatting
from greendesk.ui.forms import FactDateEdit, FormDialog
from greendesk.ui.kit.combos import combo
from greendesk.ui.refusals import shown

STATE_NAMES = {
    ObligationState.NOT_STARTED: QT_TRANSLATE_NOOP("ObligationStatusDialog", "not started"),
    ObligationState.IN_PREPARATION: QT_TRANSLATE_NOOP("ObligationStatusDialog",
                                                      "in preparation"),
    ObligationState.SUBMITTED: QT_TRANSLATE_NOOP("ObligationStatusDialog", "submitted"),
}


def state_name(state: ObligationState) -> str:
    """A status as the window names it, in the officer's language."""
    return QCoreApplication.translate("ObligationStatusDialog", STATE_NAMES[state])


class ObligationStatusDialog(FormDialog):
    """Set an instance's status; the service checks the date and the evidence on OK."""

    def __init__(self, parent: QWidget | None, item: CalendarItem, title: str,
                 exports: list[tuple[str, int]]) -> None:
        super().__init__(parent, self.tr("Status of an obligation"))
        st = item.status
        self.setMinimumWidth(660)  # room for a long obligation's name
        self.what = QLabel(title)  # two lines: the name, then for whom and which period
        self.what.setToolTip(title)
        self.state = combo([(state_name(s), s) for s in ObligationState], item.state)
        self.submitted = FactDateEdit(st.submitted_on if st and st.submitted_on else None)
        self.reference = QLineEdit(st.reference if st else "")
        self.reference.setPlaceholderText(self.tr("the authority's reference number"))
        self.evidence_name = st.evidence_name if st else ""
        self.evidence_sha = st.evidence_sha256 if st else None
        self.file_label = QLabel(self._file_text())
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        self.export = combo(exports, st.export_entry_id if st else None,
                            blank=self.tr("none"))
        self.note = QLineEdit(st.note if st else "")
        for caption, widget, field in (
                (self.tr("Obligation"), self.what, "obligation"),
                (self.tr("Status"), self.state, "state"),
                (self.tr("Submitted on"), self.submitted, "submitted_on"),
                (self.tr("Reference number"), self.reference, "reference"),
                (self.tr("Submitted file"), file_row, "evidence"),
                (self.tr("Exported workbook"), self.export, "export"),
                (self.tr("Note"), self.note, "note")):
            self.add_field(caption, widget, field)
        self.state.currentIndexChanged.connect(self._enable)
        self._enable()

    def _file_text(self) -> str:
        if not self.evidence_sha:
            return self.tr("no file")
        return f"{self.evidence_name} (SHA-256 {self.evidence_sha[:12]}…)"

    def _enable(self) -> None:
        on = ObligationState(self.state.currentData()) is ObligationState.SUBMITTED
        for w in (self.submitted, self.file_label, self.export):
            w.setEnabled(on)

    def _choose(self) -> None:
        path = file_dialogs.open_file(self, self.tr("The submitted file"))
        if path:
            self.use_file(path)

    def use_file(self, path: str) -> None:
        """Keep the file's name and SHA-256 as the evidence (tests call it directly)."""
        try:
            self.evidence_name, self.evidence_sha = file_evidence(path)  # type: ignore[arg-type]
        except DomainError as exc:
            self.file_label.setText(shown(exc))
            return
        self.file_label.setText(self._file_text())

    def draft(self) -> StatusDraft:
        """The form as the service's draft."""
        state = ObligationState(self.state.currentData())  # Qt hands back the plain text
        submitted = state is ObligationState.SUBMITTED
        return StatusDraft(state, self.submitted.day() if submitted else None,
                           self.reference.text(), self.evidence_name if submitted else "",
                           self.evidence_sha if submitted else None,
                           self.export.currentData() if submitted else None, self.note.text())


def export_choices(entries: list[ExportEntry]) -> list[tuple[str, int]]:
    """(text, entry) for each export audit entry: "#12 · plant 2025.xlsx · 07.12.2026"."""
    return [(f"#{e.id} · {e.file_name} · {formatting.day(e.day)}", e.id) for e in entries]
