"""Importing flows from the window: a worker thread, a progress dialog that can cancel,
the full list of problems when a file is refused, and a question for a repeated file."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greendesk.errors import DomainError
from greendesk.importers.flows_import import (
    DuplicateImport,
    ImportCancelled,
    ImportRejected,
    ImportResult,
    RepeatedRows,
    RowProblem,
    import_flows,
)
from greendesk.store.db import Database
from greendesk.ui import file_dialogs, formatting
from greendesk.ui.bus import Bus
from greendesk.ui.forms import MessageBar
from greendesk.ui.refusals import shown
from greendesk.ui.undo import announce_irreversible


class ImportProblemsDialog(QDialog):
    """Every problem of a refused file: where it is, what it holds, what is wrong."""

    def __init__(self, parent: QWidget | None, summary: str, problems: list[RowProblem]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nothing was imported"))
        self.resize(900, 420)
        self.problems = problems
        label = QLabel(summary)
        label.setWordWrap(True)
        self.table = QTableWidget(len(problems), 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Value"),
             self.tr("What is wrong")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, p in enumerate(problems):
            column = f"{p.column_letter} ({p.column_header})" if p.column_header else p.column_letter
            for c, v in enumerate((p.sheet, str(p.row), column, _shown(p.value), shown(p.text))):
                self.table.setItem(r, c, QTableWidgetItem(v))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy list"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def copy(self) -> None:
        lines = ["\t".join(("file", "sheet", "row", "column", "value", "problem"))]
        lines += ["\t".join((p.file, p.sheet, str(p.row), p.column_letter, _shown(p.value),
                             shown(p.text))) for p in self.problems]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")


def _shown(value: object) -> str:
    return "" if value is None else str(value)


class FlowImportController(QObject):
    """Runs one import at a time for a window; emits `finished(outcome)` when it ends.

    outcome is "imported", "refused", "duplicate", "cancelled" or "failed".
    """

    progressed = Signal(int, int)
    _done = Signal(object, object, bool)  # result or exception, path, again
    finished = Signal(str)

    def __init__(self, parent: QWidget, bus: Bus, undo_stack: QUndoStack,
                 message_bar: MessageBar) -> None:
        super().__init__(parent)
        self.parent_widget, self.bus, self.undo_stack = parent, bus, undo_stack
        self.message_bar = message_bar
        self.db: Database | None = None
        self.progress: QProgressDialog | None = None
        self.problems_dialog: ImportProblemsDialog | None = None
        self.pending_question: QMessageBox | None = None
        self._cancel = threading.Event()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="flow-import")
        self._future = None
        self.progressed.connect(self._show_progress)
        self._done.connect(self._on_done)

    def choose_and_import(self) -> None:
        if self.db is None:
            return
        path = file_dialogs.open_file(
            self.parent_widget, self.tr("Import flow records"), str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt)"))
        if path:
            self.start(Path(path))

    def start(self, path: Path, again: bool = False) -> None:
        if self.db is None or self.is_running():
            return
        db = self.db
        self._cancel.clear()
        self.progress = QProgressDialog(self.tr("Reading %s…") % path.name, self.tr("Cancel"),
                                        0, 0, self.parent_widget)
        self.progress.setWindowTitle(self.tr("Importing flow records"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self._cancel.set)

        def report(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self._cancel.is_set()

        def work() -> None:
            try:
                outcome: object = import_flows(db, path, again=again, progress=report)
            except Exception as exc:  # noqa: BLE001 - every outcome goes back to the window
                outcome = exc
            self._done.emit(outcome, path, again)

        self._future = self._pool.submit(work)

    def is_running(self) -> bool:
        return self._future is not None and not self._future.done()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        if self._future is not None:
            self._future.result()

    def _show_progress(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))
            self.progress.setLabelText(self.tr("Checking and writing the rows… %s %%")
                                       % (100 * done // total))

    def _on_done(self, outcome: object, path: Path, again: bool) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        if isinstance(outcome, ImportResult):
            announce_irreversible(self.undo_stack, self.bus, outcome.changes, self.tr(
                "Import %n flow record(s) from %1", "", outcome.rows).replace(
                "%1", outcome.file_name))
            text = self.tr("Imported %1 flow records from %2.").replace(
                "%1", formatting.count(outcome.rows)).replace("%2", outcome.file_name)
            if outcome.notes:
                text += " " + " ".join(shown(note) for note in outcome.notes)
            self.message_bar.show_message(text, "info")
            self.finished.emit("imported")
        elif isinstance(outcome, ImportRejected):
            self.message_bar.show_message(shown(outcome), "error")
            self.problems_dialog = ImportProblemsDialog(self.parent_widget, shown(outcome),
                                                        list(outcome.problems))
            self.problems_dialog.open()
            self.finished.emit("refused")
        elif isinstance(outcome, DuplicateImport):
            self._ask_again(path, outcome)
            self.finished.emit("duplicate")
        elif isinstance(outcome, ImportCancelled):
            self.message_bar.show_message(
                self.tr("The import was cancelled; nothing was imported."), "info")
            self.finished.emit("cancelled")
        elif isinstance(outcome, DomainError | OSError):
            self.message_bar.show_message(shown(outcome), "error")
            self.finished.emit("failed")
        else:
            self.message_bar.show_message(
                self.tr("The import failed unexpectedly and nothing was imported: %s")
                % outcome, "error")
            self.finished.emit("failed")

    def _ask_again(self, path: Path, outcome: DuplicateImport) -> None:
        """The same file, or a file whose rows are already recorded (a re-saved copy):
        ask before recording them a second time."""
        if isinstance(outcome, RepeatedRows):
            title = self.tr("Import rows already recorded?")
            question = self.tr("Import these rows anyway, recording them a second time?")
        else:
            title, question = self.tr("Import again?"), self.tr("Import it again anyway?")
        box = QMessageBox(QMessageBox.Icon.Question, title, shown(outcome) + "\n\n" + question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.parent_widget)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.pending_question = box

        def answered(_r: int) -> None:
            self.pending_question = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.start(path, again=True)
        box.finished.connect(answered)
        box.open()

    def shutdown(self) -> None:
        self.cancel()
        self.wait()
