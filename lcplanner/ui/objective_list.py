"""The objectives of one area as a list the facilitator edits by keyboard.

F2 (or a double click) renames in place: the editor holds the statement alone, not the code and
action count the row shows.  Alt+Up/Down reorder; Ctrl+Shift+M moves the objective, with its
actions, to another area.  The list only asks: the page runs the undoable commands.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

IdRole = Qt.ItemDataRole.UserRole
CodeRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2
StatementRole = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


class _StatementDelegate(QStyledItemDelegate):
    """Edits the statement only; the new text goes to ``renameRequested``, not into the item."""

    def __init__(self, owner: ObjectiveList) -> None:
        super().__init__(owner)
        self._owner = owner

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        return QLineEdit(parent, objectName="objectiveRename")

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        editor.setText(index.data(StatementRole) or "")
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if text and text != index.data(StatementRole):
            self._owner.renameRequested.emit(index.data(IdRole), text)


class ObjectiveList(QListWidget):
    """Rows carry IdRole, CodeRole, CountRole and StatementRole; edits are requests (signals)."""

    renameRequested = Signal(int, str)  # noqa: N815  # objective id, new statement
    moveRequested = Signal(int, int)  # noqa: N815  # objective id, new position in the area
    areaRequested = Signal(int)  # noqa: N815  # objective id: ask where to move it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objectives")
        self.setItemDelegate(_StatementDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        for keys, slot in (("Alt+Up", lambda: self._step(-1)), ("Alt+Down", lambda: self._step(1)),
                           ("Ctrl+Shift+M", self._ask_area)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def editable(self, on: bool) -> None:
        """Read-only plans show their objectives but take no edits."""
        flags = QAbstractItemView.EditTrigger
        self.setEditTriggers(flags.EditKeyPressed | flags.DoubleClicked if on
                             else flags.NoEditTriggers)
        self.setProperty("lcEditable", on)

    def current_id(self) -> int | None:
        item = self.currentItem()
        return item.data(IdRole) if item else None

    def _step(self, step: int) -> None:
        row = self.currentRow()
        if row < 0 or not self.property("lcEditable") or not 0 <= row + step < self.count():
            return
        self.moveRequested.emit(self.item(row).data(IdRole), row + step)

    def _ask_area(self) -> None:
        if self.currentItem() is not None and self.property("lcEditable"):
            self.areaRequested.emit(self.currentItem().data(IdRole))
