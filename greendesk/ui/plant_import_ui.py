"""File ▸ Import plant set-up…: the workbook is checked and its differences shown in a
confirm dialog before anything is written; a refused file lists every problem in the flow
import's problems dialog; an applied import is announced as a step Undo cannot take back,
as a flow import is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCursor, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from greendesk.errors import DomainError
from greendesk.importers.import_problems import ImportRejected
from greendesk.importers.plant_import import PlantImport, difference_lines, import_plant
from greendesk.store.db import Database
from greendesk.ui import file_dialogs
from greendesk.ui.bus import Bus
from greendesk.ui.flow_import_ui import ImportProblemsDialog
from greendesk.ui.forms import MessageBar
from greendesk.ui.refusals import qt_translate, shown
from greendesk.ui.undo import announce_irreversible

_LISTED = 40  # differences named in the dialog's text; all of them are in its details


class PlantImportController(QObject):
    """One plant set-up import for a window; emits `finished(outcome)`: "imported",
    "unchanged", "declined", "refused" or "failed"."""

    finished = Signal(str)

    def __init__(self, parent: QWidget, bus: Bus, undo_stack: QUndoStack,
                 message_bar: MessageBar) -> None:
        super().__init__(parent)
        self.parent_widget, self.bus, self.undo_stack = parent, bus, undo_stack
        self.message_bar = message_bar
        self.db: Database | None = None
        self.problems_dialog: ImportProblemsDialog | None = None
        self.pending_question: QMessageBox | None = None

    def choose_and_import(self) -> None:
        if self.db is None:
            return
        path = file_dialogs.open_file(self.parent_widget, self.tr("Import plant set-up"),
                                      str(Path.home()), self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.start(Path(path))

    def _run(self, path: Path, apply: bool) -> PlantImport | None:
        assert self.db is not None
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            return import_plant(self.db, path, apply=apply, translate=qt_translate)
        except ImportRejected as exc:
            self.message_bar.show_message(shown(exc), "error")
            self.problems_dialog = ImportProblemsDialog(self.parent_widget, shown(exc),
                                                        list(exc.problems))
            self.problems_dialog.open()
            self.finished.emit("refused")
        except (DomainError, OSError) as exc:
            self.message_bar.show_message(shown(exc), "error")
            self.finished.emit("failed")
        finally:
            QApplication.restoreOverrideCursor()
        return None

    def start(self, path: Path) -> None:
        """Check the workbook and show what it would change; apply it once confirmed."""
        if self.db is None:
            return
        preview = self._run(path, apply=False)
        if preview is None:
            return
        lines = [shown(line) for line in difference_lines(preview)]
        if not preview.differences:
            text = self.tr("%1 matches the plant; nothing to change.").replace(
                "%1", preview.file_name)
            self.message_bar.show_message(" ".join([text, *lines]), "info")
            self.finished.emit("unchanged")
            return
        summary = self.tr("Importing %1 makes %n change(s):", "", len(preview.differences)
                          ).replace("%1", preview.file_name)
        more = len(lines) - _LISTED
        listed = "\n".join(lines[:_LISTED]) + (
            "\n" + self.tr("… and %n more (see the details).", "", more) if more > 0 else "")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import plant set-up"),
                          f"{summary}\n\n{listed}\n\n" + self.tr("Apply these changes?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.parent_widget)
        box.setDetailedText("\n".join(lines))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.pending_question = box

        def answered(_r: int) -> None:
            self.pending_question = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self._apply(path)
            else:
                self.message_bar.show_message(self.tr("Nothing was changed."), "info")
                self.finished.emit("declined")
        box.finished.connect(answered)
        box.open()

    def _apply(self, path: Path) -> None:
        done = self._run(path, apply=True)
        if done is None:
            return
        announce_irreversible(self.undo_stack, self.bus, done.changes,
                              self.tr("Import plant set-up from %1").replace("%1",
                                                                             done.file_name))
        text = self.tr("Imported the plant set-up from %1: %n change(s).", "",
                       len(done.differences)).replace("%1", done.file_name)
        kept = [shown(k) for k in done.kept]
        self.message_bar.show_message(" ".join([text, *kept]), "info")
        self.finished.emit("imported")
