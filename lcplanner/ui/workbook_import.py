"""File → Import Workbook…: a workbook's edits come back into the open plan, as one undo step.

An export of this plan is read by its row IDs; another plan's export may come in as new rows if
the person says so; a spreadsheet LC Planner did not write goes through the column mapping
(:mod:`.import_mapping`).  The preview (:mod:`.import_preview`) shows every change and lets the
person decide conflicts, deletions and new organisations; only then is the plan touched: a copy of
the file is kept beside it, and the import is one command on the undo stack (the plan's rows before
and after, so Undo and Redo put back exactly either state).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from ..core.errors import PlanError
from .file_dialogs import ask_path
from .undo import DocCommand, run
from .waiting import busy

if TYPE_CHECKING:
    from ..core.commands.base import Snapshot
    from ..core.document import PlanDocument
    from ..exchange.changes import ChangeSet


class ImportCommand(DocCommand):
    """Apply a change set; undo puts back the plan's rows as they were, redo as they became."""

    def __init__(self, doc: PlanDocument, text: str, changes: ChangeSet) -> None:
        super().__init__(doc, text)
        self.changes = changes
        self.before: Snapshot | None = None
        self.after: Snapshot | None = None

    def apply(self) -> None:
        if self.after is not None:
            self.doc.put_state(self.after)
            return
        from ..exchange.apply import apply_changes

        self.before = self.doc.take_state()
        apply_changes(self.doc, self.changes)
        self.after = self.doc.take_state()

    def revert(self) -> None:
        assert self.before is not None
        self.doc.put_state(self.before)


class WorkbookImport(QObject):
    """The flow's texts (context "WorkbookImport") and steps."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window

    def ask_file(self, start: Path) -> Path | None:
        return ask_path(self.window, self.tr("Import Workbook"), str(start),
                        self.tr("Workbooks and CSV files (*.xlsx *.xlsm *.csv);;All files (*)"),
                        save=False)

    def read(self, doc: PlanDocument, path: Path) -> ChangeSet | None:
        """The change set of ``path``, asking the person where the file is not a plain export
        of this plan; None when they cancel or the file cannot be read (said in a box)."""
        from ..exchange import record, roundtrip
        from ..exchange.tables import ImportFileError

        try:
            with busy():
                return roundtrip.read_edits(path, doc)
        except ImportFileError as exc:
            if exc.text == roundtrip.OTHER_PLAN:
                answer = QMessageBox.question(
                    self.window, self.tr("Import Workbook"),
                    self.tr("%1\n\nImport its rows into this plan as new rows?")
                    .replace("%1", exc.message()))
                if answer != QMessageBox.StandardButton.Yes:
                    return None
                with busy():
                    return roundtrip.read_edits(path, doc, as_new=True)
            if exc.text in (record.NO_RECORD, roundtrip.NOT_XLSX):
                return self.mapped(doc, path)
            raise

    def mapped(self, doc: PlanDocument, path: Path) -> ChangeSet | None:
        """A spreadsheet of the city's own: the column mapping wizard makes the change set."""
        from .import_mapping import ImportMappingDialog

        dialog = ImportMappingDialog(path, doc, self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.changes()
        finally:
            shiboken6.delete(dialog)

    def run(self) -> None:
        window = self.window
        doc: PlanDocument | None = window.doc
        if doc is None or window.commander is None:
            return
        if doc.read_only:
            QMessageBox.information(window, self.tr("Import Workbook"), self.tr(
                "This plan is open read-only, so nothing can be imported into it. Open it "
                "again when no other window or program is editing it."))
            return
        path = self.ask_file(Path(doc.path).parent)
        if path is None:
            return
        try:
            changes = self.read(doc, path)
            if changes is None:
                return
            if not self.preview(changes):
                return
            from ..exchange.apply import backup_before

            with busy():
                backup = backup_before(doc)
                command = ImportCommand(doc, self.tr("Import %1").replace("%1", path.name),
                                        changes)
                run(window.undo_stack, command)
        except PlanError as exc:
            QMessageBox.critical(window, self.tr("Import failed"), exc.message())
            return
        window.statusBar().showMessage(self.tr(
            "Imported %1. The plan before the import was kept as %2.").replace(
            "%1", path.name).replace("%2", backup.name), 15000)

    def preview(self, changes: ChangeSet) -> bool:
        from .import_preview import ImportPreviewDialog

        dialog = ImportPreviewDialog(changes, self.window)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and not changes.problems
        finally:
            shiboken6.delete(dialog)


def import_workbook(window: Any) -> None:
    WorkbookImport(window).run()


