"""The page of one building block or condition: objectives, actions, quick add, the editor.

Quick add is the workshop's fast path: type a title, press Enter, the action exists under the
selected objective and the cursor waits for the next one.  The table filters by the store's
Turkish-aware search and by status, sorts by the plan language's collation, and reorders with
Alt+Up/Down; Delete removes the selected actions as one undoable step.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core import framework
from ..core.vocab import Status
from .action_editor import ActionEditor
from .action_table import COLUMNS, ActionFilterProxy, ActionTableModel, IdRole
from .cell_editing import ActionTableView, BadDate, CellDelegate
from .column_fit import ColumnFitter
from .date_field import format_date
from .objective_list import CodeRole, CountRole, ObjectiveList, StatementRole

if TYPE_CHECKING:
    from .commander import Commander

# The action table's columns on a projector, most useful first (see column_fit).
FIT_ORDER = ("code", "title", "status", "lead", "end", "percent", "start", "budget", "priority")


class AreaPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commander: Commander | None = None
        self.area: str | None = None
        self.model = ActionTableModel(self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._keep: list[int] = []
        self.model.moveRequested.connect(self._move_to)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self._build()

    # --- construction ----------------------------------------------------------------------------

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        self.heading = QLabel(objectName="areaTitle")
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)

        self.objectives = ObjectiveList()
        self.objectives.setAccessibleName(self.tr("Objectives"))
        self.objectives.setToolTip(self.tr("F2 renames, Alt+Up/Down reorders, Ctrl+Shift+M moves "
                                           "the objective and its actions to another area"))
        self.objectives.setMaximumHeight(self.fontMetrics().height() * 5)
        self.objectives.setWordWrap(True)
        self.objectives.currentItemChanged.connect(self._objective_chosen)
        self.objectives.renameRequested.connect(self._rename_objective)
        self.objectives.moveRequested.connect(self._move_objective)
        self.objectives.areaRequested.connect(self._ask_objective_area)
        self._objective_of: dict[str, int] = {}  # each area's current objective (quick add's target)
        column.addWidget(QLabel(self.tr("Objectives (new actions go under the selected one):")))
        column.addWidget(self.objectives)
        objective_row = QHBoxLayout()
        self.new_objective = QLineEdit(objectName="newObjective")
        self.new_objective.setPlaceholderText(self.tr("New objective: type it and press Enter"))
        self.new_objective.setAccessibleName(self.tr("New objective"))
        self.new_objective.returnPressed.connect(self._add_objective)
        self.delete_objective = QPushButton(self.tr("Delete objective"), objectName="deleteObjective")
        self.delete_objective.clicked.connect(self._delete_objective)
        objective_row.addWidget(self.new_objective, 1)
        objective_row.addWidget(self.delete_objective)
        column.addLayout(objective_row)

        filters = QHBoxLayout()
        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(self.tr("Filter this area's actions (Ctrl+F: the whole "
                                               "plan)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.status = QComboBox(objectName="statusFilter")
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status.addItem(status.label, status.value)
        self.status.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status.currentData()))
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        column.addLayout(filters)

        self.table = ActionTableView(objectName="actionTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(CellDelegate(lambda column: COLUMNS[column][0],
                                                self._organisation_names, self.table))
        self.model.commit = self._commit_cell
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # plan order until a click
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(self.table.edit_triggers())  # F2, typing, double click
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (to quick add), as in a form
        keys = [key for key, _title in COLUMNS]
        self.fitter = ColumnFitter(self.table, [keys.index(k) for k in FIT_ORDER], keys.index("title"))
        self._size_columns()
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        column.addWidget(self.table, 1)
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected),
                           ("Alt+Up", lambda: self.move_current(-1)),
                           ("Alt+Down", lambda: self.move_current(1)),
                           ("Ctrl+Shift+M", self.ask_action_area)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        self.quick_add = QLineEdit(objectName="quickAdd")  # its placeholder names the objective
        self.quick_add.setAccessibleName(self.tr("Quick add action"))
        self.quick_add.returnPressed.connect(self._quick_add)
        column.addWidget(self.quick_add)
        self.hint = QLabel(objectName="hint")
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        self._hint_step = -1  # the undo step a hint speaks of; another step makes it untrue

        self.editor = ActionEditor()
        self.editor.areaChosen.connect(lambda ident, area: self.move_to_area([ident], area))
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _size_columns(self) -> None:
        """Widths from sample texts, never from the rows: 10,000 rows must not be measured."""
        fm = self.table.fontMetrics()
        self.table.horizontalHeader().setFont(self.table.font())  # readable on a projector too
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(fm.height() + 10)
        samples = ("BB1-1000", "M" * 30, "M" * 16, "30.12.2028", "30.12.2028", "₺1.200.000,00",
                   max((s.label for s in Status), key=len), "5", "%100")
        widths = []
        for section, sample in enumerate(samples):
            title = str(self.model.headerData(section, Qt.Orientation.Horizontal))
            widths.append(max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title) + 16) + 14)
        self.fitter.set_widths(widths, fm.horizontalAdvance("M" * 12))

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.type() == event.Type.FontChange:  # presentation mode: wider columns
            self._size_columns()
        super().changeEvent(event)

    # --- feeding ---------------------------------------------------------------------------------

    def set_commander(self, commander: Commander | None) -> None:
        if self.commander is not None:
            self.commander.doc.changed.disconnect(self._on_changed)
        self.commander = commander
        doc = commander.doc if commander else None
        if commander is not None:
            commander.doc.changed.connect(self._on_changed)
            commander.stack.indexChanged.connect(self._expire_hint)
            self.proxy.set_language(commander.doc.language)
        self._objective_of.clear()
        self.model.set_document(doc)
        self.editor.set_commander(commander)
        read_only = doc is None or doc.read_only
        for widget in (self.quick_add, self.new_objective, self.delete_objective):
            widget.setEnabled(not read_only)
        self.objectives.editable(not read_only)

    def set_area(self, area: str) -> None:
        self.area = area
        info = framework.AREA_BY_CODE[area]
        self.heading.setText(self.tr("<h2>%1 %2</h2>").replace("%1", area)
                             .replace("%2", framework.tr_label(info.name)))
        self.editor.set_action(None)
        self.model.set_area(area)
        self._fill_objectives()
        self._filter(self.search.text())  # selects the first row: the editor shows it

    def say(self, text: str) -> None:
        """A hint about the step just taken ("Undo with Ctrl+Z"), cleared once it is not true."""
        self.hint.setText(text)
        self.hint.setStyleSheet("")
        self._hint_step = self.commander.stack.index() if self.commander is not None else -1

    def _expire_hint(self, index: int) -> None:
        if index != self._hint_step:
            self.hint.clear()

    def _on_changed(self, kind: str, _ids: list) -> None:  # type: ignore[type-arg]
        if kind in ("objective", "all") or (kind == "action" and self._objectives_moved()):
            self._fill_objectives()
        if self.search.text().strip() and kind in ("action", "organisation", "all", "objective"):
            self._filter(self.search.text())

    def _fill_objectives(self) -> None:
        """Refill the list and select the area's remembered objective, else its first one: new
        actions never land under "no objective" just because the plan was reopened."""
        current = self._objective_of.get(self.area or "")
        with QSignalBlocker(self.objectives):
            self.objectives.clear()
        if self.commander is None or self.area is None:
            self._objective_chosen()
            return
        objectives = self.commander.doc.objectives(self.area)
        if current not in {o.id for o in objectives}:
            current = objectives[0].id if objectives else None
        for objective in objectives:
            item = QListWidgetItem(self.tr("%1  %2 (%n action(s))", None, objective.actions)
                                   .replace("%1", objective.code).replace("%2", objective.statement))
            item.setData(Qt.ItemDataRole.UserRole, objective.id)
            item.setData(CodeRole, objective.code)
            item.setData(CountRole, objective.actions)
            item.setData(StatementRole, objective.statement)
            item.setToolTip(objective.statement)
            if not self.commander.doc.read_only:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)  # F2 renames
            with QSignalBlocker(self.objectives):
                self.objectives.addItem(item)
            if objective.id == current:
                self.objectives.setCurrentItem(item)
        self._objective_chosen()

    def _objectives_moved(self) -> bool:
        """Whether an action edit changed what the objective list shows (its action counts)."""
        if self.commander is None or self.area is None:
            return False
        shown = {self.objectives.item(i).data(Qt.ItemDataRole.UserRole):
                 self.objectives.item(i).data(CountRole)
                 for i in range(self.objectives.count())}
        return shown != {o.id: o.actions for o in self.commander.doc.objectives(self.area)}

    def _objective_chosen(self, *_args: object) -> None:
        """Remember the choice and say in the quick-add field where new actions will go."""
        objective_id = self.current_objective()
        if self.area is not None and objective_id is not None:
            self._objective_of[self.area] = objective_id
        item = self.objectives.currentItem()
        if self.commander is not None and item is not None:
            code = item.data(CodeRole)
            text = self.tr("New action under %1: type its title and press Enter").replace("%1", code)
        else:
            text = self.tr("New action (no objective): type its title and press Enter")
        self.quick_add.setPlaceholderText(text)

    def current_objective(self) -> int | None:
        item = self.objectives.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    # --- selection -------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(IdRole) for r in rows]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(IdRole) if index.isValid() else None

    def select_row(self, row: int) -> None:
        """Make ``row`` current and selected (QTableView.selectRow does nothing right to left)."""
        column = self.table.currentIndex().column()
        index = self.proxy.index(row, column if column > 0 else 1)  # typing edits the title
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def select_action(self, action_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(IdRole) == action_id:
                self.select_row(r)
                return

    def _remember_selection(self) -> None:
        self._keep = [i for i in [self.current_id()] if i is not None]

    def _restore_selection(self) -> None:
        if self._keep:
            self.select_action(self._keep[0])
        if self.current_id() is None:
            self.editor.set_action(None)

    def _on_current(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        action_id = current.siblingAtColumn(0).data(IdRole) if current.isValid() else None
        if action_id != self.editor.action_id:
            self.editor.set_action(action_id)

    # --- commands --------------------------------------------------------------------------------

    def _quick_add(self) -> None:
        title = self.quick_add.text().strip()
        if self.commander is None or self.area is None or not title:
            return
        new_id = self.commander.add_action(self.area, title, self.current_objective())
        if new_id is not None:
            self.quick_add.setText("")  # setText, not clear(): the field forgets the typed title,
            # so Ctrl+Z goes to the plan's undo and takes the action back (input_guard)
            self.select_action(new_id)
            self.say(self.tr("Added %1. Type the next action, or press Tab to edit it.")
                              .replace("%1", self.commander.doc.action(new_id).code))
        self.quick_add.setFocus()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if self.commander is None or not ids:
            return
        row = self.table.currentIndex().row()
        self.commander.delete_actions(ids)
        self.say(self.tr("Deleted %n action(s). Undo with Ctrl+Z.", None, len(ids)))
        if self.proxy.rowCount():
            self.select_row(min(row, self.proxy.rowCount() - 1))

    def move_current(self, step: int) -> None:
        action_id = self.current_id()
        if self.commander is None or action_id is None:
            return
        if self.proxy.filtering or self.proxy.sortColumn() >= 0:
            self.hint.setText(self.tr("Clear the search and the sorting to reorder actions."))
            return
        position = self.model.row_of_id(action_id) + step
        if 0 <= position < self.model.rowCount():
            self.commander.move_action(action_id, position)
            self.select_action(action_id)

    def _move_to(self, action_id: int, position: int) -> None:
        """A drop in the table: the same rules as Alt+Up/Down."""
        if self.commander is None:
            return
        if self.proxy.filtering or self.proxy.sortColumn() >= 0:
            self.hint.setText(self.tr("Clear the search and the sorting to reorder actions."))
            return
        self.commander.move_action(action_id, position)
        self.select_action(action_id)

    def _add_objective(self) -> None:
        text = self.new_objective.text().strip()
        if self.commander is None or self.area is None or not text:
            return
        new_id = self.commander.add_objective(self.area, text)
        if new_id is not None:
            self.new_objective.clear()
            for i in range(self.objectives.count()):
                if self.objectives.item(i).data(Qt.ItemDataRole.UserRole) == new_id:
                    self.objectives.setCurrentRow(i)

    def _delete_objective(self) -> None:
        """Ask first, naming how many actions go with it: one click must not take a dozen."""
        objective_id = self.current_objective()
        if self.commander is None or objective_id is None:
            return
        objective = self.commander.doc.objective(objective_id)
        count = objective.actions
        question = self.tr("Delete the objective %1 with its %n action(s)? Ctrl+Z brings them "
                           "back.", None, count).replace("%1", objective.code)
        answer = QMessageBox.question(
            self, self.tr("Delete objective"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.commander.delete_objective(objective_id)
        self.say(self.tr("Deleted the objective with its actions. Undo with Ctrl+Z."))

    # --- editing in place, moving between areas --------------------------------------------------

    _CELL_FIELDS = {"title": "title", "start": "start_date", "end": "end_date", "status": "status",
                    "priority": "priority", "percent": "percent"}

    def _organisation_names(self) -> list[str]:
        return [o.name for o in self.commander.doc.organisations()] if self.commander else []

    def _commit_cell(self, action_id: int, key: str, value: object) -> bool:
        """A value typed into a table cell: the editor's command and rules; the reason under the
        table when the store refuses (the cell keeps its value)."""
        if self.commander is None:
            return False
        if isinstance(value, BadDate):
            self.warn(self.tr("“%1” is not a date. Type it like %2.").replace("%1", value)
                      .replace("%2", format_date(dt.date.today())))
            return False
        if key == "lead":
            ok = self.commander.set_lead(action_id, str(value))
        else:
            ok = self.commander.update_action(action_id, **{self._CELL_FIELDS[key]: value})
        if not ok:
            self.warn(self.commander.last_error)
        return ok

    def warn(self, text: str) -> None:
        """A refusal, in the hint line under the table (red), until the next step."""
        self.say(text)
        self.hint.setProperty("problem", True)
        self.hint.setStyleSheet("color: #b00020;")

    def _rename_objective(self, objective_id: int, text: str) -> None:
        if self.commander is not None and not self.commander.update_objective(objective_id,
                                                                              statement=text):
            self.warn(self.commander.last_error)

    def _move_objective(self, objective_id: int, position: int) -> None:
        if self.commander is not None and self.commander.move_objective(objective_id, position):
            self.select_objective(objective_id)

    def select_objective(self, objective_id: int) -> None:
        for i in range(self.objectives.count()):
            if self.objectives.item(i).data(Qt.ItemDataRole.UserRole) == objective_id:
                self.objectives.setCurrentRow(i)

    def _ask_area(self, title: str, label: str) -> str | None:
        """Another building block or condition, chosen from a list (None when cancelled)."""
        choices = [a for a in framework.PLAN_AREAS if a.code != self.area]
        names = [self.tr("%1 %2").replace("%1", a.code).replace("%2", framework.tr_label(a.short))
                 for a in choices]
        name, ok = QInputDialog.getItem(self, title, label, names, 0, False)
        return choices[names.index(name)].code if ok and name in names else None

    def _ask_objective_area(self, objective_id: int) -> None:
        if self.commander is None:
            return
        code = self.commander.doc.objective(objective_id).code
        area = self._ask_area(self.tr("Move objective"), self.tr(
            "Move %1 and its actions to:").replace("%1", code))
        if area is not None and self.commander.move_objective_to_area(objective_id, area):
            self.say(self.tr("Moved %1 with its actions to %2. Undo with Ctrl+Z.")
                     .replace("%1", code).replace("%2", area))

    def ask_action_area(self) -> None:
        """Ctrl+Shift+M on the table: the selected actions go to another area."""
        ids = self.selected_ids()
        if self.commander is None or not ids or self.commander.doc.read_only:
            return
        area = self._ask_area(self.tr("Move actions"),
                              self.tr("Move %n action(s) to:", None, len(ids)))
        if area is not None:
            self.move_to_area(ids, area)

    def move_to_area(self, ids: list[int], area: str) -> bool:
        """Actions to the end of another area (the editor's area list, a drop on the navigator)."""
        if self.commander is None or not ids or area == self.area:
            return False
        row = max(0, self.table.currentIndex().row())
        if not self.commander.move_actions_to_area(ids, area):
            self.warn(self.commander.last_error)
            return False
        self.say(self.tr("Moved %n action(s) to %1. Undo with Ctrl+Z.", None, len(ids))
                 .replace("%1", area))
        if self.proxy.rowCount():
            self.select_row(min(row, self.proxy.rowCount() - 1))
        return True

    def _filter(self, text: str) -> None:
        """Filter the table; the selection and the editor stay in step: the current action stays
        when it still shows, else the first match is chosen, and clearing keeps the choice."""
        keep = self.current_id()
        if self.commander is None or not text.strip():
            self.proxy.set_ids(None)
        else:
            self.proxy.set_ids(self.commander.doc.search_ids(text))
        if keep is not None:
            self.select_action(keep)
        if self.current_id() is None and self.proxy.rowCount():
            self.select_row(0)
