"""The compare view: what changed from one state of the plan to another, grouped by area.

Each area is a branch; under it every added, removed or changed row, and under a changed row each
field with its value before and after.  The same words as ``lcplanner diff`` (DiffCli, in the UI's
language).  Export to Excel writes the list as a workbook a council officer can filter and print
(:mod:`lcplanner.export.diff_workbook`).  Used by File → Snapshots (compare with now, compare two)
and File → Compare with a Plan File, and as the merge dialog's list of changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..core.diff import RowDiff
from ..core.errors import PlanError
from .file_dialogs import ask_path

EXPAND_ALL = 300  # rows at most shown opened at once; more stay folded under their area


def words():  # type: ignore[no-untyped-def]
    """The diff's words in the UI's language (kinds of rows, field names, values, areas)."""
    from ..diff_command import DiffCli

    return DiffCli(i18n.ui_language())


class CompareTree(QTreeWidget):
    """Areas, rows and fields of a list of differences (read-only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareTree")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("What changed"), self.tr("Before"), self.tr("After")])
        self.setAccessibleName(self.tr("Differences"))
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)

    def show_diffs(self, diffs: Sequence[RowDiff]) -> None:
        w = words()
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        area_item: QTreeWidgetItem | None = None
        area = None
        items = []
        for diff in diffs:
            if area_item is None or diff.area != area:
                area = diff.area
                area_item = QTreeWidgetItem([w.area(area)])
                area_item.setFont(0, bold)
                items.append(area_item)
            row = QTreeWidgetItem(area_item, [w.line(diff.op).replace("%2", diff.label)
                                              .replace("%1", w.kind(diff.table))])
            row.setData(0, Qt.ItemDataRole.UserRole, diff.uuid)
            for field in diff.fields:
                QTreeWidgetItem(row, [w.field_name(diff.table, field.field),
                                      w.value(field.field, field.old),
                                      w.value(field.field, field.new)])
        self.addTopLevelItems(items)
        for item in items:
            # %1 an area's name, %2 how many of its rows changed.
            item.setText(0, self.tr("%1 (%2)").replace("%2", str(item.childCount()))
                         .replace("%1", item.text(0)))
        if len(diffs) <= EXPAND_ALL:
            self.expandAll()
        else:
            for item in items:
                item.setExpanded(True)
        self.resizeColumnToContents(0)
        self.setColumnWidth(0, min(self.columnWidth(0), 480))
        for column in (1, 2):
            self.setColumnWidth(column, 260)
        if items:
            self.setCurrentItem(items[0])


class CompareDialog(QDialog):
    """Differences between two named states, with Export to Excel."""

    def __init__(self, parent: QWidget, diffs: Sequence[RowDiff], before: str, after: str) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.diffs = list(diffs)
        self.before, self.after = before, after
        self.setWindowTitle(self.tr("Compare"))
        # %1 the earlier state (a snapshot's name, a file), %2 the later one.
        heading = QLabel(self.tr("From %1 to %2").replace("%1", f"“{before}”")
                         .replace("%2", f"“{after}”"))
        heading.setWordWrap(True)
        count = QLabel(self.tr("%n difference(s).", None, len(self.diffs)) if self.diffs
                       else self.tr("No differences: both hold the same rows and values."))
        count.setObjectName("compareCount")
        self.tree = CompareTree(self)
        self.tree.show_diffs(self.diffs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.setObjectName("exportDiff")
        self.export_button.setEnabled(bool(self.diffs))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(count)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(960, 600)
        self.tree.setFocus()

    def export(self, target: Path | None = None) -> Path | None:
        """Ask where (unless given) and write the workbook; a refusal is one message."""
        from ..export.diff_workbook import write_diff

        if target is None:
            start = Path.home() / (self.tr("Differences") + ".xlsx")
            target = ask_path(self, self.tr("Export the differences"), str(start),
                              self.tr("Excel workbooks (%1)").replace("%1", "*.xlsx"), save=True,
                              suffix="xlsx")
            if target is None:
                return None
        try:
            write_diff(target, self.diffs, words(), self.before, self.after)
        except PlanError as exc:
            QMessageBox.critical(self, self.tr("Cannot export the differences"), exc.message())
            return None
        return target


def show_compare(parent: QWidget, diffs: Sequence[RowDiff], before: str, after: str) -> None:
    dialog = CompareDialog(parent, diffs, before, after)
    try:
        dialog.exec()
    finally:
        shiboken6.delete(dialog)
