"""Writing a workbook from the window: in a worker thread, behind a progress dialog.

The Reports section and the waste register's Passport… share it. Cancel leaves no file
(the workbook is written to a temporary name and renamed only when complete). Its texts
keep the "ReportsView" translation context, where they were first written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from greendesk.reports.context import NothingToReport, ReportCancelled, ReportContext
from greendesk.reports.registry import ReportResult, write_report
from greendesk.ui.refusals import shown


def describe(outcome: object) -> tuple[str, str, str]:
    """(sentence, message-bar kind, outcome name) for what an export ended with: a
    ReportResult, ReportCancelled, NothingToReport or another exception."""
    if isinstance(outcome, ReportResult):
        skipped = QCoreApplication.translate("ReportsView", "Skipped")
        note = "".join(f" {skipped} {k}: {why}" for k, why in outcome.skipped)
        if outcome.head is not None:  # what an auditor's copy anchors (see Audit trail)
            note += " " + QCoreApplication.translate(
                "ReportsView", "Its cover carries the audit trail head %s.") % (
                f"{outcome.head[0]}:{outcome.head[1]}")
        return (QCoreApplication.translate("ReportsView", "Saved %s.") % outcome.path + note,
                "info", "written")
    if isinstance(outcome, ReportCancelled):
        return (QCoreApplication.translate(
            "ReportsView", "The export was cancelled; no file was written."), "info", "cancelled")
    if isinstance(outcome, NothingToReport):
        return (QCoreApplication.translate("ReportsView", "Nothing to report: %s") % outcome,
                "error", "nothing")
    why = getattr(outcome, "strerror", None) or shown(outcome)  # type: ignore[arg-type]
    return (QCoreApplication.translate("ReportsView", "The workbook could not be written: %s")
            % why, "error", "failed")


class _Signals(QObject):
    finished = Signal(object)
    progressed = Signal(int, int)


class ReportExporter(QObject):
    """Runs one export at a time; `finished(outcome)` comes back in the window's thread
    with the ReportResult or the exception the export ended with."""

    finished = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.owner = parent
        self.cancelled = threading.Event()
        self.progress: QProgressDialog | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="report")
        self._future: Future[None] | None = None
        self._signals = _Signals(self)
        self._signals.finished.connect(self._finished)
        self._signals.progressed.connect(self._progressed)

    def busy(self) -> bool:
        return self._future is not None and not self._future.done()

    def on_progress(self) -> Callable[[int, int], bool]:
        """The ReportContext's progress callback: reports progress, False once cancelled."""
        signals = self._signals
        return lambda done, total: (signals.progressed.emit(done, total),
                                    not self.cancelled.is_set())[1]

    def start(self, kinds: list[str], ctx: ReportContext, target: Path) -> bool:
        """Write `kinds` to `target` in the worker thread; False while another runs."""
        if self.busy():
            return False
        self.cancelled.clear()
        self.progress = QProgressDialog(
            QCoreApplication.translate("ReportsView", "Writing %s…") % target.name,
            QCoreApplication.translate("ReportsView", "Cancel"), 0, 0, self.owner)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(self.cancelled.set)
        signals = self._signals

        def work() -> None:
            try:
                outcome: object = write_report(kinds, ctx, target)
            except Exception as exc:  # noqa: BLE001 - every outcome goes back to the window
                outcome = exc
            signals.finished.emit(outcome)

        self._future = self._pool.submit(work)
        return True

    def cancel(self) -> None:
        self.cancelled.set()

    def wait(self) -> None:
        if self._future is not None:
            self._future.result()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None and total > 1:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))

    def _finished(self, outcome: object) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.finished.emit(outcome)
