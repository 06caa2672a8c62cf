"""File → Export Workplan: a save dialog, then the export in a worker thread with a progress dialog.

The worker reads the plan through its own database connection and writes a temporary file that is
renamed only at the end, so cancelling or a failure leaves nothing behind and the window stays
responsive on a 10,000-action plan.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..core.errors import PlanError
from .file_dialogs import ask_path

if TYPE_CHECKING:
    from ..core.document import PlanDocument
    from ..export.writer import ExportReport


class _Cancelled(Exception):
    pass


class ExportWorker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)  # ExportReport
    failed = Signal(str)

    def __init__(self, doc: PlanDocument, target: Path, lang: str | None) -> None:
        super().__init__()
        self.doc, self.target, self.lang = doc, target, lang
        self.cancelled = False

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise _Cancelled
        self.progressed.emit(done, total)

    @Slot()
    def run(self) -> None:
        from ..export.writer import ExportCancelled, export_workplan

        try:
            report = export_workplan(self.doc, self.target, self.lang, self._progress)
        except _Cancelled:
            self.failed.emit(ExportCancelled().message())
        except PlanError as exc:
            self.failed.emit(exc.message())
        else:
            self.finished.emit(report)


class ExportRunner(QObject):
    """Runs one export for a window; ``done(ok, message)`` when it ends."""

    done = Signal(bool, str)

    def __init__(self, parent: QWidget, doc: PlanDocument) -> None:
        super().__init__(parent)
        self.window, self.doc = parent, doc
        self.thread: QThread | None = None
        self.worker: ExportWorker | None = None
        self.dialog: QProgressDialog | None = None

    def ask_target(self) -> Path | None:
        suggestion = self.doc.path.with_name(
            self.tr("%1 workplan").replace("%1", self.doc.path.stem) + ".xlsx")
        path = ask_path(self.window, self.tr("Export workplan"), str(suggestion),
                        self.tr("Excel workbooks (*.xlsx)"), save=True, suffix="xlsx")
        if path is None:
            return None
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def start(self, target: Path, lang: str | None = None) -> None:
        self.dialog = QProgressDialog(self.tr("Writing the workplan…"), self.tr("Cancel"), 0, 100,
                                      self.window)
        self.dialog.setWindowTitle(self.tr("Export workplan"))
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.thread = QThread(self)
        self.worker = ExportWorker(self.doc, target, lang)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.dialog.canceled.connect(self._cancel)
        self.thread.start()

    def _cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancelled = True

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and total:
            self.dialog.setValue(int(done * 100 / total))

    def _finish(self) -> None:
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()
        if self.dialog is not None:
            self.dialog.close()

    def _on_finished(self, report: ExportReport) -> None:
        self._finish()
        text = self.tr("Exported %n action(s) to %1.", None, report.actions).replace(
            "%1", str(report.path))
        if report.removed_characters:
            text += "\n" + self.tr(
                "Removed %n character(s) that a workbook cannot hold (control characters).", None,
                report.removed_characters)
        self.done.emit(True, text)

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.done.emit(False, message)


def export_from_window(window: QWidget, doc: PlanDocument, target: Path | None = None,
                       lang: str | None = None) -> ExportRunner | None:
    """Ask where (unless given) and start the export; the window shows the result."""
    runner = ExportRunner(window, doc)
    target = target or runner.ask_target()
    if target is None:
        return None

    def report(ok: bool, message: str) -> None:
        if ok:
            window.statusBar().showMessage(message.splitlines()[0], 10000)  # type: ignore[attr-defined]
            if "\n" in message:
                QMessageBox.information(window, runner.tr("Workplan exported"), message)
        else:
            QMessageBox.critical(window, runner.tr("Export failed"), message)

    runner.done.connect(report)
    runner.start(target, lang)
    return runner
