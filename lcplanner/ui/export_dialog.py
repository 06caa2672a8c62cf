"""File → Export Workplan: where to and with what, then the export in a worker thread with progress.

The dialog holds the workbook's path (typed, or chosen with Browse) and whether the contact
persons' phones and e-mails go in (personal data: off unless asked for).  It asks before replacing
an existing file, once, for the final name however it was given: the file dialog's own question is
turned off, because a native dialog may not ask, and the name may still gain ".xlsx" afterwards.
The worker reads the plan through its own database connection and writes a temporary file that is
renamed only at the end, so cancelling or a failure leaves nothing behind and the window stays
responsive on a 10,000-action plan.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

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

    def __init__(self, doc: PlanDocument, target: Path, lang: str | None,
                 contacts: bool = False) -> None:
        super().__init__()
        self.doc, self.target, self.lang, self.contacts = doc, target, lang, contacts
        self.cancelled = False

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise _Cancelled
        self.progressed.emit(done, total)

    @Slot()
    def run(self) -> None:
        from ..export.writer import ExportCancelled, export_workplan

        try:
            report = export_workplan(self.doc, self.target, self.lang, self._progress,
                                     contacts=self.contacts)
        except _Cancelled:
            self.failed.emit(ExportCancelled().message())
        except PlanError as exc:
            self.failed.emit(exc.message())
        else:
            self.finished.emit(report)


class ExportDialog(QDialog):
    """Asks where the workbook goes and whether personal data goes with it.

    After ``exec()`` is accepted, ``target`` is the final path (with ".xlsx") and the person has
    agreed to replace it if it existed; ``contacts`` is the checkbox.
    """

    def __init__(self, parent: QWidget | None, suggestion: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export workplan"))
        self.folder = suggestion.parent  # a relative name is taken from the plan's folder
        self.target: Path | None = None
        self.path = QLineEdit(str(suggestion))
        self.path.setMinimumWidth(420)
        label = QLabel(self.tr("&Workbook:"))
        label.setBuddy(self.path)
        self.browse_button = QPushButton(self.tr("B&rowse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        self.contacts_box = QCheckBox(self.tr("Include &contact persons' phones and e-mails"))
        self.contacts_box.setToolTip(self.tr(
            "Left out unless you tick this: phones and e-mails of people are personal data."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.path.textChanged.connect(
            lambda text: self.export_button.setEnabled(bool(text.strip())))
        grid = QGridLayout(self)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.path, 0, 1)
        grid.addWidget(self.browse_button, 0, 2)
        grid.addWidget(self.contacts_box, 1, 1, 1, 2)
        grid.addWidget(self.buttons, 2, 0, 1, 3)

    @property
    def contacts(self) -> bool:
        return self.contacts_box.isChecked()

    def chosen_path(self) -> Path | None:
        """The path in the field as it will be written: absolute, ending in .xlsx."""
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self.folder / path
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def browse(self) -> None:
        start = self.chosen_path() or self.folder
        path = ask_path(self, self.tr("Export workplan"), str(start),
                        self.tr("Excel workbooks (*.xlsx)"), save=True, suffix="xlsx",
                        confirm_overwrite=False)  # asked once, in accept(), for the final name
        if path is not None:
            self.path.setText(str(path))

    def accept(self) -> None:
        """Export, after asking whether to replace an existing file; "No" keeps the dialog open."""
        target = self.chosen_path()
        if target is None:
            return
        if str(target) != self.path.text():
            self.path.setText(str(target))  # the name that will be written, ".xlsx" and all
        if os.path.lexists(target) and not target.is_dir():  # a folder: the export says so
            answer = QMessageBox.question(
                self, self.tr("Replace the file?"),
                self.tr("%1 already exists. Do you want to replace it?").replace("%1", str(target)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self.path.setFocus()
                return
        self.target = target
        super().accept()


class ExportRunner(QObject):
    """Runs one export for a window; ``done(ok, message)`` when it ends."""

    done = Signal(bool, str)

    def __init__(self, parent: QWidget, doc: PlanDocument) -> None:
        super().__init__(parent)
        self.window, self.doc = parent, doc
        self.thread: QThread | None = None
        self.worker: ExportWorker | None = None
        self.dialog: QProgressDialog | None = None

    def ask_target(self) -> tuple[Path, bool] | None:
        """The workbook's path and whether contacts go in; None when the person cancels."""
        suggestion = self.doc.path.with_name(
            self.tr("%1 workplan").replace("%1", self.doc.path.stem) + ".xlsx")
        dialog = ExportDialog(self.window, suggestion)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.target is None:
                return None
            return dialog.target, dialog.contacts
        finally:
            shiboken6.delete(dialog)  # now, not at exit (see file_dialogs)

    def start(self, target: Path, lang: str | None = None, contacts: bool = False) -> None:
        self.dialog = QProgressDialog(self.tr("Writing the workplan…"), self.tr("Cancel"), 0, 100,
                                      self.window)
        self.dialog.setWindowTitle(self.tr("Export workplan"))
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.thread = QThread(self)
        self.worker = ExportWorker(self.doc, target, lang, contacts)
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
                       lang: str | None = None, contacts: bool = False) -> ExportRunner | None:
    """Ask where and with what (unless a target is given) and start the export; the window shows
    the result."""
    runner = ExportRunner(window, doc)
    if target is None:
        chosen = runner.ask_target()
        if chosen is None:
            runner.deleteLater()
            return None
        target, contacts = chosen

    def report(ok: bool, message: str) -> None:
        if ok:
            window.statusBar().showMessage(message.splitlines()[0], 10000)  # type: ignore[attr-defined]
            if "\n" in message:
                QMessageBox.information(window, runner.tr("Workplan exported"), message)
        else:
            QMessageBox.critical(window, runner.tr("Export failed"), message)

    runner.done.connect(report)
    runner.start(target, lang, contacts)
    return runner
