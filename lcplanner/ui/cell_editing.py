"""Spreadsheet-style editing of the action table: F2 or typing starts, Enter commits and goes down.

The cells do not write to the store themselves.  The model's ``setData`` hands the typed value to
the page, which runs the same Commander command (and so the same validation, undo step and error
message) as the editor panel would.  A value the store refuses leaves the cell as it was and says
why under the table.

Editors: a line edit for the title, an editable list of organisations for the lead (a new name
becomes a new organisation, as in the editor), a typed date field (the locale's order, as
:mod:`date_field`), the status list, and spin boxes for priority and per cent done.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ..core.vocab import Status
from . import fmt
from .date_field import format_date, parse_date

Index = QModelIndex | QPersistentModelIndex
EDITABLE = ("title", "lead", "start", "end", "status", "priority", "percent")
# What the model's EditRole gives per column, and what the page receives back:
# title str, lead str (a name, "" for none), start/end dt.date | None, status code, priority and
# percent int.


class CellDelegate(QStyledItemDelegate):
    """Creates the editor that fits each editable column (keys from ``column_key``)."""

    def __init__(self, column_key: Any, organisations: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = column_key  # callable: column -> key
        self._organisations = organisations  # callable: () -> list of names, collated

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget | None:
        key = self._key(index.column())
        if key == "lead":
            combo = QComboBox(parent, objectName="cellLead")
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItem("")
            combo.addItems(self._organisations())
            combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            return combo
        if key == "status":
            combo = QComboBox(parent, objectName="cellStatus")
            for status in Status:
                combo.addItem(status.label, status.value)
            return combo
        if key in ("priority", "percent"):
            spin = QSpinBox(parent, objectName=f"cell{key.title()}")
            spin.setRange(1, 5) if key == "priority" else spin.setRange(0, 100)
            if key == "percent":
                fmt.percent_affixes(spin)
            return spin
        if key in ("title", "start", "end", "note", "reported_by"):
            edit = QLineEdit(parent, objectName=f"cell{key.title().replace('_', '')}")
            if key != "title":
                edit.setPlaceholderText(format_date(dt.date.today()))
            return edit
        return None

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        key = self._key(index.column())
        if isinstance(editor, QComboBox) and key == "status":
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(value or "")
            editor.lineEdit().selectAll()
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
            editor.selectAll()
        elif isinstance(editor, QLineEdit):
            editor.setText(format_date(value) if key in ("start", "end") else (value or ""))
            editor.selectAll()  # typing replaces the cell, as in a spreadsheet

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        key = self._key(index.column())
        value: Any
        if isinstance(editor, QComboBox) and key == "status":
            value = editor.currentData()
        elif isinstance(editor, QComboBox):
            value = editor.currentText().strip()
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            value = editor.value()
        elif isinstance(editor, QLineEdit) and key in ("start", "end"):
            try:
                value = parse_date(editor.text())
            except ValueError:
                value = BadDate(editor.text())  # the page says how to write a date
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class BadDate(str):
    """Text typed into a date cell that is not a date (the page explains, nothing is saved)."""


class ActionTableView(QTableView):
    """A table where Enter in a cell editor commits and moves to the cell below (same column)."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        down = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if down else hint)
        current = self.currentIndex()
        if down and current.isValid():
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)
        self.setFocus()

    def edit_triggers(self) -> QAbstractItemView.EditTrigger:
        """F2, typing, or a double click start editing; a single click only selects."""
        flags = QAbstractItemView.EditTrigger
        return flags.EditKeyPressed | flags.AnyKeyPressed | flags.DoubleClicked
