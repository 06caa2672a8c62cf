"""The import preview's tree model: sheets → rows → fields of a change set, with the person's
choices (take a conflict's workbook value, delete a missing row) kept on copies of the change
set's flags until :meth:`ChangeModel.write_back`.  Nothing is built per row but a small node, so
a 10,000-row import opens at once.  The dialog is :mod:`.import_preview`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QStyle

from ..exchange.changes import ChangeSet, RowChange, field_label, shown
from ..export.labels import WORKPLAN_COLUMNS
from . import fmt

CONTEXT = "ImportPreviewDialog"

# The tree's columns: the row or field, its cell, the plan's value, the workbook's, the choice.
NAME, CELL, OLD, NEW, CHOICE = range(5)
COLUMNS = 5
EXPAND_ALL = 5000  # rows up to which every row opens with its fields (10,000 open in 0.2 s)

# What a line of the tree is.
_ROOT, _SHEET, _ROW, _FIELD, _VALUE, _NOTE = range(6)

# Texts the model shows (translated when the dialog opens; context ImportPreviewDialog).
HEADERS = (
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Row and field"),
    #: The column of the preview with a cell's name in the workbook ("F12").
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Cell"),
    #: The column of the preview with the value the plan holds now.
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "In the plan"),
    #: The column of the preview with the value the workbook brings.
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "In the workbook"),
    #: The column of the preview where the person decides (tick boxes).
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Your choice"),
)
#: A changed row: %1 its number in the sheet, %2 how a person knows it ("BB1-3 Reading clubs").
ROW_UPDATED = QT_TRANSLATE_NOOP("ImportPreviewDialog", "Row %1: %2")
#: A row the workbook adds to the plan: %1 its number in the sheet, %2 its code and title.
ROW_ADDED = QT_TRANSLATE_NOOP("ImportPreviewDialog", "Row %1, new: %2")
#: A row of the plan the workbook no longer has: %1 its code and title.
ROW_MISSING = QT_TRANSLATE_NOOP("ImportPreviewDialog", "Not in the workbook: %1")
#: A field changed both in the plan and in the workbook since the export: %1 the column's name.
CONFLICT_FIELD = QT_TRANSLATE_NOOP("ImportPreviewDialog", "Conflict: %1")
CONFLICT_ROW_TIP = QT_TRANSLATE_NOOP(
    "ImportPreviewDialog", "Changed in the plan and in the workbook since the export: "
    "choose which value to keep.")
#: Tick box of a conflict; unticked, the plan's value stays.
TAKE = QT_TRANSLATE_NOOP("ImportPreviewDialog", "Take the workbook's value")
TAKE_TIP = QT_TRANSLATE_NOOP(
    "ImportPreviewDialog", "Unticked, the plan keeps its value. Space ticks or unticks.")
#: Tick box of a row missing from the workbook: delete it from the plan.
DELETE = QT_TRANSLATE_NOOP("ImportPreviewDialog", "Delete")
DELETE_TIP = QT_TRANSLATE_NOOP(
    "ImportPreviewDialog", "Unticked, the row stays in the plan. Space ticks or unticks.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _fill(text: str, *args: object) -> str:
    """%1, %2 … replaced in one pass from the highest (a value holding "%1" stays as it is)."""
    for i, value in reversed(list(enumerate(args, start=1))):
        text = text.replace(f"%{i}", str(value))
    return text


def value_text(value: Any, locale: QLocale | None = None, field: str = "") -> str:
    """A typed value as the preview writes it: dates and amounts the UI language's way, the
    rest as :func:`~lcplanner.exchange.changes.shown` writes it."""
    if isinstance(value, dt.date):
        return fmt.date(value, locale)
    if isinstance(value, Decimal):
        return (locale or QLocale()).toString(float(value), "f", 2)
    if isinstance(value, dict):  # a foreign row's budget line or indicator
        if "amount" in value:
            return f"{value.get('year', '')}: {value_text(value['amount'], locale)}".strip(": ")
        return str(value.get("name", ""))
    if field == "partners" and isinstance(value, (list, tuple)):
        return ", ".join(f"{name} ({shown(role, 'role')})" for name, role in value)
    if isinstance(value, (list, tuple)):
        return ", ".join(value_text(v, locale) for v in value)
    return shown(value, field)


def _one_line(text: str) -> str:
    """A long text's line breaks as a visible mark: every line of the tree is one line high."""
    return " ↵ ".join(text.splitlines()) if "\n" in text or "\r" in text else text


class _Node:
    __slots__ = ("kind", "id", "parent", "pos", "children", "ri", "fi", "key")

    def __init__(self, kind: int, node_id: int, parent: _Node | None, ri: int = -1, fi: int = -1,
                 key: str = "") -> None:
        self.kind, self.id, self.parent = kind, node_id, parent
        self.pos = len(parent.children) if parent is not None else 0
        self.children: list[_Node] = []
        self.ri, self.fi, self.key = ri, fi, key
        if parent is not None:
            parent.children.append(self)


class ChangeModel(QAbstractItemModel):
    """Sheets → rows → fields of a change set, with the person's choices on copies of its flags
    (``accepted`` per row, ``take`` per field) until :meth:`write_back`."""

    def __init__(self, changes: ChangeSet, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.changes = changes
        rows = changes.rows
        self.accepted = [r.accepted for r in rows]
        self.take = [[f.take for f in r.fields] for r in rows]
        self.locale = QLocale()
        self.texts = {text: _tr(text) for text in (
            *HEADERS, ROW_UPDATED, ROW_ADDED, ROW_MISSING, CONFLICT_FIELD, CONFLICT_ROW_TIP, TAKE,
            TAKE_TIP, DELETE, DELETE_TIP)}
        self.field_names = {key: QCoreApplication.translate("Export", header)
                            for key, header, _width in WORKPLAN_COLUMNS}
        self._conflict_brush = QBrush(QColor(255, 179, 0, 70))  # amber, under an icon and a word
        self._icons: dict[str, Any] = {}
        self._nodes: list[_Node] = []
        self.root = self._node(_ROOT, None)
        self.conflicts: list[_Node] = []  # the conflict fields, in the tree's order
        self._build()

    # --- the tree ------------------------------------------------------------------------------

    def _node(self, kind: int, parent: _Node | None, ri: int = -1, fi: int = -1,
              key: str = "") -> _Node:
        node = _Node(kind, len(self._nodes), parent, ri, fi, key)
        self._nodes.append(node)
        return node

    def _build(self) -> None:
        sheets: dict[str, _Node] = {}
        for ri, row in enumerate(self.changes.rows):
            sheet = sheets.get(row.sheet)
            if sheet is None:
                sheet = sheets[row.sheet] = self._node(_SHEET, self.root, key=row.sheet)
            line = self._node(_ROW, sheet, ri)
            if row.note:
                self._node(_NOTE, line, ri)
            conflicts_first = sorted(range(len(row.fields)),
                                     key=lambda fi: not row.fields[fi].conflict)
            for fi in conflicts_first:
                node = self._node(_FIELD, line, ri, fi)
                if row.fields[fi].conflict:
                    self.conflicts.append(node)
            if not row.fields:  # an added row: the values it brings, as the columns name them
                for key, value in row.values.items():
                    if field_label(row.kind, key) and value not in (None, "", (), []):
                        self._node(_VALUE, line, ri, key=key)

    def node(self, index: QModelIndex | QPersistentModelIndex) -> _Node:
        return self._nodes[index.internalId()] if index.isValid() else self.root

    def index_of(self, node: _Node, column: int = NAME) -> QModelIndex:
        if node is self.root:
            return QModelIndex()
        return self.createIndex(node.pos, column, node.id)

    def sheets(self) -> list[_Node]:
        return list(self.root.children)

    def index(self, row: int, column: int,  # noqa: A003 - Qt's name
              parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        owner = self.node(parent)
        if 0 <= row < len(owner.children) and 0 <= column < COLUMNS:
            return self.createIndex(row, column, owner.children[row].id)
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex | None = None):  # type: ignore[override]
        if index is None:
            return QObject.parent(self)
        if not index.isValid():
            return QModelIndex()
        return self.index_of(self._nodes[index.internalId()].parent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != NAME:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.texts[HEADERS[section]]
        return None

    # --- what a line shows ---------------------------------------------------------------------

    def _row(self, node: _Node) -> RowChange:
        return self.changes.rows[node.ri]

    def checkable(self, node: _Node) -> bool:
        if node.kind == _ROW:
            return self._row(node).op == "delete"
        return node.kind == _FIELD and self._row(node).fields[node.fi].conflict

    def checked(self, node: _Node) -> bool:
        return self.take[node.ri][node.fi] if node.kind == _FIELD else self.accepted[node.ri]

    def _text(self, node: _Node, column: int) -> str:  # noqa: PLR0911 - one return per kind
        kind = node.kind
        if kind == _SHEET:
            return node.key if column == NAME else ""
        row = self._row(node)
        if kind == _ROW:
            if column == NAME:
                template = {"add": ROW_ADDED, "delete": ROW_MISSING}.get(row.op, ROW_UPDATED)
                if row.op == "delete":
                    return _fill(self.texts[template], row.label)
                # the number as the workbook's row header writes it, like the cell ("C12")
                return _fill(self.texts[template], str(row.row), row.label)
            if column == CHOICE and row.op == "delete":
                return self.texts[DELETE]
            return ""
        if kind == _NOTE:
            return QCoreApplication.translate("Import", row.note) if column == NAME else ""
        if kind == _VALUE:
            if column == NAME:
                label = field_label(row.kind, node.key)
                return QCoreApplication.translate("Export", label) if label else node.key
            if column == (OLD if row.op == "delete" else NEW):
                return value_text(row.values[node.key], self.locale, node.key)
            return ""
        change = row.fields[node.fi]
        if column == NAME:
            return _fill(self.texts[CONFLICT_FIELD], change.column) if change.conflict \
                else change.column
        if column == CELL:
            return change.cell
        if column == OLD:
            return value_text(change.old, self.locale, change.field)
        if column == NEW:
            return value_text(change.new, self.locale, change.field)
        return self.texts[TAKE] if change.conflict else ""

    def in_conflict(self, node: _Node) -> bool:
        if node.kind == _FIELD:
            return self._row(node).fields[node.fi].conflict
        return node.kind == _ROW and any(f.conflict for f in self._row(node).fields)

    def _icon(self, name: str) -> Any:
        if name not in self._icons:
            from PySide6.QtWidgets import QApplication

            pixmap = {"conflict": QStyle.StandardPixmap.SP_MessageBoxWarning,
                      "delete": QStyle.StandardPixmap.SP_TrashIcon}[name]
            self._icons[name] = QApplication.style().standardIcon(pixmap)
        return self._icons[name]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _one_line(self._text(node, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CHOICE and self.checkable(node):
                return self.texts[TAKE_TIP if node.kind == _FIELD else DELETE_TIP]
            if column == NAME and node.kind == _ROW and self.in_conflict(node):
                return self.texts[CONFLICT_ROW_TIP]
            text = self._text(node, column)
            return text or None
        if role == Qt.ItemDataRole.CheckStateRole:
            if column == CHOICE and self.checkable(node):
                return Qt.CheckState.Checked if self.checked(node) else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == NAME and node.kind in (_ROW, _FIELD):
                if self.in_conflict(node):
                    return self._icon("conflict")
                if node.kind == _ROW and self._row(node).op == "delete":
                    return self._icon("delete")
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._font(node, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if node.kind == _FIELD and self.in_conflict(node):
                return self._conflict_brush
            return None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            if column == CHOICE and self.checkable(node):
                return self.texts[TAKE_TIP if node.kind == _FIELD else DELETE_TIP]
        return None

    def _font(self, node: _Node, column: int) -> QFont | None:
        if node.kind == _SHEET:
            font = QFont()
            font.setBold(True)
            return font
        if node.kind == _ROW and column == NAME and self._row(node).op == "delete" \
                and self.accepted[node.ri]:
            font = QFont()
            font.setStrikeOut(True)  # and the ticked "Delete" beside it says so in words
            return font
        if node.kind == _FIELD and column in (OLD, NEW) and self.in_conflict(node):
            font = QFont()  # the value that will stay in the plan
            font.setBold((column == NEW) == self.take[node.ri][node.fi])
            return font
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CHOICE and self.checkable(self._nodes[index.internalId()]):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        node = self._nodes[index.internalId()]
        if not self.checkable(node):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        self.set_checked(node, state == Qt.CheckState.Checked.value)
        return True

    def set_checked(self, node: _Node, on: bool) -> None:
        if node.kind == _FIELD:
            self.take[node.ri][node.fi] = on
        else:
            self.accepted[node.ri] = on
        self.dataChanged.emit(self.index_of(node, NAME), self.index_of(node, CHOICE))

    def toggle(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Tick or untick the choice on ``index``'s line; False when it has none."""
        node = self.node(index)
        if node is self.root or not self.checkable(node):
            return False
        self.set_checked(node, not self.checked(node))
        return True

    def write_back(self) -> None:
        """The choices into the change set's own flags (Apply)."""
        for ri, row in enumerate(self.changes.rows):
            row.accepted = self.accepted[ri]
            for fi, change in enumerate(row.fields):
                change.take = self.take[ri][fi]
