"""The workshop's first step: who is in the room and who should be.

A table of stakeholders (organisation, person, sector, influence, interest, and one tick column per
workshop for who was present) beside the influence/interest grid.  Stakeholders are organisations
of the register, not copies: typing a name the register does not know adds it there too, and the
sector shown is the register's (chosen on the Organisations page).  Every edit is one undo step
through the Commander; a refusal is said under the table, never as a traceback.

Keys: type an organisation and Enter to add; F2 or typing edits a cell, Enter commits; Space ticks
attendance; Delete removes; Alt+arrow keys move the selected stakeholder on the grid.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.rows import StakeholderRow, WorkshopRow
from ..core.vocab import Sector
from .cell_editing import ActionTableView, CellDelegate
from .date_field import DateField, format_date, parse_date
from .detail_tables import RowsTableModel
from .stakeholder_grid import StakeholderGrid, step_for_key
from .wrap_row import WrapRow

if TYPE_CHECKING:
    from .commander import Commander

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
CHECK = Qt.ItemDataRole.CheckStateRole
# Which editor of the action table each editable column borrows (cell_editing.CellDelegate).
# The narrowest the grid may be beside the table, in letters; narrower, it goes under it.
GRID_EMS = 20
_EDITORS = {"name": "lead", "person": "title", "influence": "priority", "interest": "priority"}


class StakeholderModel(RowsTableModel):
    """Stakeholders with one checkable column per workshop after the fixed ones."""

    columns = (
        ("name", QT_TRANSLATE_NOOP("StakeholderTable", "Organisation")),
        ("person", QT_TRANSLATE_NOOP("StakeholderTable", "Person")),
        ("sector", QT_TRANSLATE_NOOP("StakeholderTable", "Sector")),
        ("influence", QT_TRANSLATE_NOOP("StakeholderTable", "Influence")),
        ("interest", QT_TRANSLATE_NOOP("StakeholderTable", "Interest")),
    )
    context = "StakeholderTable"

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.workshops: list[WorkshopRow] = []
        self.commit: Any = None  # the page's (stakeholder id, key, value) -> bool

    def _load(self) -> list[StakeholderRow]:
        return self.commander.doc.stakeholders() if self.commander else []

    def reload(self) -> None:
        workshops = self.commander.doc.workshops() if self.commander else []
        if [w.id for w in workshops] != [w.id for w in self.workshops] \
                or [w.name for w in workshops] != [w.name for w in self.workshops]:
            self.beginResetModel()
            self.workshops, self._rows = workshops, self._load()
            self.endResetModel()
            return
        super().reload()

    def key(self, column: int) -> str:
        return self.columns[column][0] if column < len(self.columns) else "workshop"

    def workshop_of(self, column: int) -> WorkshopRow | None:
        at = column - len(self.columns)
        return self.workshops[at] if 0 <= at < len(self.workshops) else None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns) + len(self.workshops)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # type: ignore[no-untyped-def]  # noqa: N802
        workshop = self.workshop_of(section) if orientation == Qt.Orientation.Horizontal else None
        if workshop is not None:
            if role == DISPLAY:
                return workshop.name
            if role == Qt.ItemDataRole.ToolTipRole:
                text = self.tr("Present at %1 (Space ticks)").replace("%1", workshop.name)
                return text
            return None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = DISPLAY):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row: StakeholderRow = self._rows[index.row()]
        key = self.key(index.column())
        if role == IdRole:
            return row.id
        if key == "workshop":
            workshop = self.workshop_of(index.column())
            if role == CHECK and workshop is not None:
                return Qt.CheckState.Checked if workshop.id in row.present \
                    else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole and workshop is not None:
                return self.tr("present") if workshop.id in row.present else self.tr("absent")
            return None
        if role == DISPLAY:
            if key == "sector":
                return Sector.label_of(row.sector) if row.sector else "—"
            return str(getattr(row, key))
        if role == EDIT:
            return getattr(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "sector":
            return self.tr("The register's sector; choose it on the Organisations page.")
        if role == Qt.ItemDataRole.ToolTipRole and key in ("name", "person"):
            return getattr(row, key) or None  # the whole name where the cell cuts it
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("influence", "interest"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.commander is None or self.commander.doc.read_only:
            return base
        key = self.key(index.column())
        if key == "workshop":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable if key in _EDITORS else base

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid() or self.commit is None:
            return False
        row: StakeholderRow = self._rows[index.row()]
        key = self.key(index.column())
        if key == "workshop" and role == CHECK:
            workshop = self.workshop_of(index.column())
            if workshop is None:
                return False
            present = set(row.present)
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                present.add(workshop.id)
            else:
                present.discard(workshop.id)
            return bool(self.commit(row.id, "present", sorted(present)))
        if role != EDIT or key not in _EDITORS:
            return False
        return bool(self.commit(row.id, key, value))


class StakeholdersPage(QWidget):
    """Stakeholders, workshops and the influence/interest grid (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commander: Commander | None = None
        self.model = StakeholderModel(self)
        self.model.commit = self._commit
        self._names = QStringListModel(self)
        self._shared: tuple[int, str] | None = None  # the width and font the split was made for
        self._build()

    # --- construction ----------------------------------------------------------------------------

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        heading = QLabel(self.tr("<h2>Stakeholders</h2>"), objectName="stakeholdersTitle")
        column.addWidget(heading)
        self.table = ActionTableView(objectName="stakeholderTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Stakeholders"))
        self.table.setEditTriggers(self.table.edit_triggers())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the add field, as in a form
        self.table.verticalHeader().hide()
        self.table.setItemDelegate(CellDelegate(
            lambda c: _EDITORS.get(self.model.key(c)), self._organisation_names, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the rest fit beside it
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.modelReset.connect(self._size_columns)
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.delete_selected),
                           ("Alt+Up", lambda: self._key_step(Qt.Key.Key_Up)),
                           ("Alt+Down", lambda: self._key_step(Qt.Key.Key_Down)),
                           ("Alt+Left", lambda: self._key_step(Qt.Key.Key_Left)),
                           ("Alt+Right", lambda: self._key_step(Qt.Key.Key_Right))):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        column.addWidget(self.table, 1)

        self.new_name = QLineEdit(objectName="newStakeholder")
        self.new_name.setPlaceholderText(self.tr("New stakeholder: type an organisation and "
                                                 "press Enter"))
        self.new_name.setAccessibleName(self.tr("New stakeholder"))
        completer = QCompleter(self._names, self.new_name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.new_name.setCompleter(completer)
        self.new_name.returnPressed.connect(self.add_from_field)
        column.addWidget(self.new_name)
        keys = QLabel(self.tr("F2 or typing edits a cell, Space ticks a workshop, Delete "
                              "removes; Alt+arrow keys move the selected one on the grid."),
                      objectName="keys", wordWrap=True)
        keys.setStyleSheet("color: #505050;")
        column.addWidget(keys)
        self.hint = QLabel(objectName="hint", wordWrap=True)
        self.hint.hide()
        column.addWidget(self.hint)
        column.addWidget(self._build_workshops())

        self.grid = StakeholderGrid()
        self.grid.placed.connect(self.place)
        self.grid.nudged.connect(self.nudge)
        self.grid.chosen.connect(self.select_stakeholder)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.grid)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self.table, self.new_name)
        self.setTabOrder(self.new_name, self.workshop_list)
        self.setTabOrder(self.workshop_list, self.workshop_name)
        self.setTabOrder(self.workshop_name, self.workshop_date)
        self.setTabOrder(self.workshop_date, self.add_workshop_button)
        self.setTabOrder(self.add_workshop_button, self.grid)

    def _build_workshops(self) -> QWidget:
        box = QWidget(objectName="workshops")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("<b>Workshops</b> (a tick column each; Delete removes "
                                        "one)")))
        self.workshop_list = QListWidget(objectName="workshopList")
        self.workshop_list.setAccessibleName(self.tr("Workshops"))
        self.workshop_list.setMaximumHeight(self.fontMetrics().height() * 4 + 8)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.workshop_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_workshop)
        column.addWidget(self.workshop_list)
        row = WrapRow()  # one under another in a narrow pane (presentation type at 1024 px)
        self.workshop_name = QLineEdit(objectName="newWorkshop")
        self.workshop_name.setPlaceholderText(self.tr("New workshop: its name, then Enter"))
        self.workshop_name.setAccessibleName(self.tr("New workshop"))
        self.workshop_name.returnPressed.connect(self.add_workshop_from_fields)
        self.workshop_date = DateField(self.tr("Workshop date"), objectName="workshopDate")
        self.workshop_date.edit.returnPressed.connect(self.add_workshop_from_fields)
        self.add_workshop_button = QPushButton(self.tr("Add &workshop"), objectName="addWorkshop")
        self.add_workshop_button.clicked.connect(self.add_workshop_from_fields)
        row.addWidget(self.workshop_name, 3)
        row.addWidget(self.workshop_date, 2)
        row.addWidget(self.add_workshop_button)
        column.addWidget(row)
        return box

    def _size_columns(self) -> None:
        """The organisation takes the room; the rest as wide as their titles (person and
        sector ~8 letters, at most a tenth of the page each), so the tick columns stay in view
        at presentation sizes (whole names in the tooltips)."""
        fm = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(fm.horizontalAdvance("M") * 2)
        self.table.verticalHeader().setDefaultSectionSize(fm.height() + 10)
        em = fm.horizontalAdvance("M")
        for section in range(1, self.model.columnCount()):
            title = str(self.model.headerData(section, Qt.Orientation.Horizontal) or "")
            width = fm.horizontalAdvance(title) + 16
            if self.model.key(section) in ("person", "sector"):
                width = min(max(width, em * 8), max(self.width(), 1000) // 10)
            header.resizeSection(section, min(width, em * 8))
        self._shared = None
        self._share_width()

    def _share_width(self) -> None:
        """The table as wide as its columns need (the organisation ~14 letters), the grid the
        rest; at presentation sizes the grid gives way, down to a third of the page.  Where
        that leaves the grid under GRID_EMS letters (presentation type at 1024 px: its chips
        and quadrant names were cut), the grid goes under the table instead."""
        total = self.splitter.width() - self.splitter.handleWidth()
        key = (self.width(), self.height(), self.font().key())
        if not self.isVisible() or total <= 0 or self._shared == key:
            return
        self._shared = key  # once per size and font: no resize loop
        header = self.table.horizontalHeader()
        em = self.table.fontMetrics().horizontalAdvance("M")
        fixed = sum(header.sectionSize(s) for s in range(1, self.model.columnCount()))
        need = fixed + em * 14 + 40
        left = max(int(total * 0.5), min(need, int(total * 0.66)),
                   self.splitter.widget(0).minimumSizeHint().width())
        if total - left >= em * GRID_EMS:
            self.splitter.setOrientation(Qt.Orientation.Horizontal)
            self.splitter.setSizes([left, total - left])
        else:
            self.splitter.setOrientation(Qt.Orientation.Vertical)
            height = self.splitter.height() - self.splitter.handleWidth()
            top = height * 3 // 5  # the table's rows and the fields under it need the more
            self.splitter.setSizes([top, height - top])

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self._share_width()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._share_width()

    # --- commander -------------------------------------------------------------------------------

    def set_commander(self, commander: Commander | None) -> None:
        if self.commander is not None:
            self.commander.doc.changed.disconnect(self._on_changed)
        self.commander = commander
        self.model.commander = commander
        if commander is not None:
            commander.doc.changed.connect(self._on_changed)
        read_only = commander is None or commander.doc.read_only
        for widget in (self.new_name, self.workshop_name, self.workshop_date,
                       self.add_workshop_button):
            widget.setEnabled(not read_only)
        self.grid.read_only = read_only
        self.hint.hide()
        self.reload()

    def _on_changed(self, kind: str, _ids: list) -> None:  # type: ignore[type-arg]
        if kind in ("workshop", "organisation", "all"):
            self.reload()

    def reload(self) -> None:
        keep = self.current_id()
        self.model.reload()
        self.grid.set_rows(list(self.model._rows))
        self._names.setStringList(self._organisation_names())
        with QSignalBlocker(self.workshop_list):
            current = self.workshop_list.currentRow()
            self.workshop_list.clear()
            for workshop in self.model.workshops:
                text = workshop.name if workshop.held_on is None else self.tr("%1 (%2)").replace(
                    "%2", format_date(workshop.held_on)).replace("%1", workshop.name)
                item = QListWidgetItem(text)
                item.setData(IdRole, workshop.id)
                self.workshop_list.addItem(item)
            self.workshop_list.setCurrentRow(min(current, self.workshop_list.count() - 1))
        if keep is not None and self.current_id() != keep:
            self.select_stakeholder(keep)
        self.grid.set_current(self.current_id())

    def _organisation_names(self) -> list[str]:
        return [o.name for o in self.commander.doc.organisations()] if self.commander else []

    # --- messages --------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.hint.setStyleSheet("")
        self.hint.setText(text)
        self.hint.show()

    def warn(self, text: str) -> None:
        """A refusal, in red under the table, until the next step."""
        self.say(text)
        self.hint.setStyleSheet("color: #b00020;")

    def _done(self, ok: bool) -> bool:
        if ok:
            self.hint.hide()
        elif self.commander is not None:
            self.warn(self.commander.last_error)
        return ok

    # --- selection -------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(IdRole) if index.isValid() else None

    def select_stakeholder(self, stakeholder_id: int) -> None:
        for r in range(self.model.rowCount()):
            if self.model.index(r, 0).data(IdRole) == stakeholder_id:
                column = max(0, self.table.currentIndex().column())
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(r, column), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return

    def _on_current(self, *_: object) -> None:
        self.grid.set_current(self.current_id())

    # --- edits -----------------------------------------------------------------------------------

    def add_from_field(self) -> int | None:
        """Enter in the add field: the typed organisation becomes a stakeholder (and joins the
        register when it is new), selected, and the field is ready for the next."""
        name = self.new_name.text().strip()
        if self.commander is None or not name:
            return None
        new_id = self.commander.add_stakeholder(name)
        if not self._done(new_id is not None):
            return None
        self.new_name.clear()
        self.select_stakeholder(new_id)  # type: ignore[arg-type]
        return new_id

    def _commit(self, stakeholder_id: int, key: str, value: Any) -> bool:
        """A cell's value: the organisation by name (a new name joins the register, one step),
        the person, a score, or the workshops present at."""
        if self.commander is None:
            return False
        commander = self.commander
        if key == "present":
            return self._done(commander.set_attendance(stakeholder_id, value))
        if key == "name":
            name = str(value).strip()
            row = commander.doc.stakeholder(stakeholder_id)
            if not name:
                self.warn(self.tr("A stakeholder is an organisation: type its name."))
                return False
            if name == row.name:
                return True
            with commander.macro(self.tr("Change the stakeholder's organisation")):
                org_id = commander.organisation_for(name)
                ok = org_id is not None and commander.update_stakeholder(
                    stakeholder_id, organisation_id=org_id)
            return self._done(ok)
        return self._done(commander.update_stakeholder(stakeholder_id, **{key: value}))

    def delete_selected(self) -> None:
        """Delete the selected stakeholders (one undo step); the organisations stay."""
        if self.commander is None or self.commander.doc.read_only:
            return
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        ids = [self.model.index(r, 0).data(IdRole) for r in rows]
        if not ids:
            return
        with self.commander.macro(self.tr("Delete %n stakeholder(s)", None, len(ids))):
            ok = all([self.commander.delete_stakeholder(i) for i in ids])
        if self._done(ok):
            self.say(self.tr("Deleted %n stakeholder(s). Undo with Ctrl+Z.", None, len(ids)))
        if self.model.rowCount():
            below = min(rows[0], self.model.rowCount() - 1)
            self.select_stakeholder(self.model.index(below, 0).data(IdRole))

    def place(self, stakeholder_id: int, influence: int, interest: int) -> bool:
        """A drop on the grid: both scores in one undo step."""
        if self.commander is None:
            return False
        self.select_stakeholder(stakeholder_id)
        return self._done(self.commander.update_stakeholder(
            stakeholder_id, influence=influence, interest=interest))

    def nudge(self, stakeholder_id: int, d_influence: int, d_interest: int) -> bool:
        """Alt+arrow: one step up/down (influence) or across (interest), stopping at 1 and 5."""
        if self.commander is None:
            return False
        row = self.commander.doc.stakeholder(stakeholder_id)
        influence = min(5, max(1, row.influence + d_influence))
        interest = min(5, max(1, row.interest + d_interest))
        if (influence, interest) == (row.influence, row.interest):
            return True
        return self.place(stakeholder_id, influence, interest)

    def _key_step(self, key: Qt.Key) -> None:
        current = self.current_id()
        step = step_for_key(key, self.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        if current is not None and step is not None and self.commander is not None \
                and not self.commander.doc.read_only:
            self.nudge(current, *step)

    # --- workshops -------------------------------------------------------------------------------

    def add_workshop_from_fields(self) -> int | None:
        """Enter in the workshop's name or date: add it (a date that is not one is explained)."""
        name = self.workshop_name.text().strip()
        if self.commander is None or not name:
            return None
        try:
            held_on = parse_date(self.workshop_date.edit.text())
        except ValueError:
            self.warn(self.tr("“%1” is not a date. Type it like %2, or leave it empty.")
                      .replace("%2", format_date(dt.date.today()))
                      .replace("%1", self.workshop_date.edit.text()))
            self.workshop_date.setFocus()
            return None
        new_id = self.commander.add_workshop(name, held_on=held_on)
        if self._done(new_id is not None):
            self.workshop_name.clear()
            self.workshop_date.set_date(None)
            self.workshop_name.setFocus()
        return new_id

    def delete_workshop(self) -> None:
        item = self.workshop_list.currentItem()
        if item is None or self.commander is None or self.commander.doc.read_only:
            return
        if self._done(self.commander.delete_workshop(item.data(IdRole))):
            self.say(self.tr("Deleted the workshop and who was present at it. Undo with Ctrl+Z."))
