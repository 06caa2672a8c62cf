"""An action's milestones in its editor: name, date and whether it was reached, edited in place.

The timeline draws each as a diamond on the action's bar (filled once reached).  A new milestone
takes the action's end date (or today) and its name cell opens for typing; each edit is one
undo step.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from ..core.rows import MilestoneRow
from . import fmt
from .date_field import format_date, parse_date
from .detail_tables import DISPLAY, EDIT, IdRole, Index, _RowsModel
from .editor_parts import _TableBox


class MilestoneModel(_RowsModel):
    columns = (
        ("name", QT_TRANSLATE_NOOP("MilestoneTable", "Milestone")),
        ("due_on", QT_TRANSLATE_NOOP("MilestoneTable", "Date")),
        ("done", QT_TRANSLATE_NOOP("MilestoneTable", "Reached")),
    )
    context = "MilestoneTable"
    kinds = ("milestone",)

    def _load(self) -> list[MilestoneRow]:
        assert self.commander is not None and self.owner_id is not None
        return self.commander.doc.milestones(self.owner_id)

    def data(self, index: Index, role: int = DISPLAY):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row: MilestoneRow = self._rows[index.row()]
        key = self.key(index.column())
        if role == IdRole:
            return row.id
        if key == "done":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
            return None
        if role == DISPLAY:
            return fmt.date(row.due_on) if key == "due_on" else row.name
        if role == EDIT:
            return format_date(row.due_on) if key == "due_on" else row.name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.key(index.column()) == "done":
            flags = (flags & ~Qt.ItemFlag.ItemIsEditable)
            if self.editable(index):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid() or self.commander is None:
            return False
        row: MilestoneRow = self._rows[index.row()]
        key = self.key(index.column())
        if key == "done" and role == Qt.ItemDataRole.CheckStateRole:
            return self.commander.update_milestone(
                row.id, done=Qt.CheckState(value) == Qt.CheckState.Checked)
        if role != EDIT:
            return False
        if key == "due_on":
            try:
                value = parse_date(str(value))
            except ValueError:
                self.commander.failed.emit(self.tr("%1 is not a date.").replace("%1", str(value)),
                                           "due_on")
                return False
        return self.commander.update_milestone(row.id, **{key: value})


class MilestoneBox(_TableBox):
    fit_order = ("name", "due_on", "done")
    fit_stretch = "name"

    def __init__(self, parent: QWidget | None = None) -> None:
        model = MilestoneModel()
        super().__init__(model, self.tr("Milestones"), self.tr("Add milestone"), parent)
        model.setParent(self)
        self.view.setObjectName("milestoneTable")
        self.add_button.setObjectName("addMilestone")
        self.new_name = QLineEdit(objectName="newMilestone")
        self.new_name.setPlaceholderText(self.tr("New milestone, e.g. opening day"))
        self.new_name.setAccessibleName(self.tr("New milestone name"))
        self.new_name.returnPressed.connect(self._add)
        self.controls.insertWidget(0, self.new_name, 1)

    def _add(self) -> None:
        if self.commander is None or self.row is None:
            return
        name = self.new_name.text().strip() or self.tr("New milestone")
        day = self.row.end_date or dt.date.today()
        new_id = self.commander.add_milestone(self.row.id, name, day)
        if new_id is not None:
            self.new_name.clear()
            self._edit_new(new_id, 1)  # its date, to type

    def _remove(self) -> None:
        if self.commander is None:
            return
        for ident in self.selected_ids():
            self.commander.delete_milestone(ident)
