"""Small editable tables inside the action editor: budget lines and indicators.

Thin QAbstractTableModels over the document's rows; an edit in a cell goes through the Commander
(one undo step, committed at once) and the model reloads when the document reports the change.
Numbers are typed and shown in the UI language's way; choice columns use a combo-box delegate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from ..core.rows import BudgetLineRow, IndicatorRow
from ..core.vocab import FundingSource, IndicatorKind, Vocabulary
from . import fmt

if TYPE_CHECKING:
    from .commander import Commander

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole


class RowsTableModel(QAbstractTableModel):
    """A thin table over a list of row values: columns (key, source label), translated headers."""

    columns: tuple[tuple[str, str], ...] = ()
    context = ""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.commander: Commander | None = None
        self._rows: list[Any] = []

    def _load(self) -> list[Any]:
        raise NotImplementedError

    def reload(self) -> None:
        """Fetch the rows; the same rows in the same order only repaint (selection stays)."""
        rows = self._load()
        if rows and [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def key(self, column: int) -> str:
        return self.columns[column][0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # type: ignore[no-untyped-def]  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY \
                and 0 <= section < len(self.columns):
            return QCoreApplication.translate(self.context, self.columns[section][1])
        return super().headerData(section, orientation, role)

    def editable(self, index: Index) -> bool:
        return (index.isValid() and self.commander is not None
                and not self.commander.doc.read_only)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if self.editable(index) else base


class _RowsModel(RowsTableModel):
    """Rows that belong to one action (its budget lines, its indicators)."""

    kinds: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.owner_id: int | None = None

    def set_owner(self, commander: Commander | None, owner_id: int | None) -> None:
        if self.commander is not None and self.commander is not commander:
            self.commander.doc.changed.disconnect(self._on_changed)
        if commander is not None and self.commander is not commander:
            commander.doc.changed.connect(self._on_changed)
        self.commander, self.owner_id = commander, owner_id
        self.reload()

    def _on_changed(self, kind: str, _ids: list) -> None:  # type: ignore[type-arg]
        if kind in self.kinds or kind == "all":
            self.reload()

    def reload(self) -> None:
        if self.commander is None or not self.owner_id:
            self.beginResetModel()
            self._rows = []
            self.endResetModel()
            return
        super().reload()


class BudgetModel(_RowsModel):
    columns = (
        ("year", QT_TRANSLATE_NOOP("BudgetTable", "Year")),
        ("amount", QT_TRANSLATE_NOOP("BudgetTable", "Amount")),
        ("source", QT_TRANSLATE_NOOP("BudgetTable", "Funding source")),
        ("confirmed", QT_TRANSLATE_NOOP("BudgetTable", "Confirmed")),
        ("spent", QT_TRANSLATE_NOOP("BudgetTable", "Spent")),
    )
    context = "BudgetTable"
    kinds = ("budget",)  # a restored action says "budget" too (document.restore)

    def _load(self) -> list[BudgetLineRow]:
        assert self.commander is not None and self.owner_id is not None
        return self.commander.doc.budget_lines(self.owner_id)

    def data(self, index: Index, role: int = DISPLAY):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        line: BudgetLineRow = self._rows[index.row()]
        key = self.key(index.column())
        if role == IdRole:
            return line.id
        if key == "confirmed":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if line.confirmed else Qt.CheckState.Unchecked
            if role == DISPLAY:
                return self.tr("confirmed") if line.confirmed else self.tr("expected")
            return None
        if role == DISPLAY:
            if key == "year":
                return str(line.year)
            if key in ("amount", "spent"):
                value = getattr(line, key)
                return "" if value is None else fmt.number(value)
            return FundingSource.label_of(line.source)
        if role == EDIT:
            spent = "" if line.spent is None else fmt.number(line.spent)
            return {"year": line.year, "amount": fmt.number(line.amount), "source": line.source,
                    "spent": spent}[key]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("year", "amount", "spent"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.key(index.column()) == "confirmed":
            flags = (flags & ~Qt.ItemFlag.ItemIsEditable) | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid() or self.commander is None:
            return False
        line: BudgetLineRow = self._rows[index.row()]
        key = self.key(index.column())
        if key == "confirmed" and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.commander.update_budget_line(line.id, confirmed=checked)
        if role != EDIT:
            return False
        if key == "spent" and not str(value).strip():
            value = None  # not reported (which is not "nothing spent")
        elif key in ("amount", "spent"):
            amount = fmt.parse_number(str(value))
            if amount is None:
                self.commander.failed.emit(self.tr("%1 is not an amount.").replace("%1", str(value)),
                                           key)
                return False
            value = amount
        return self.commander.update_budget_line(line.id, **{key: value})


class IndicatorModel(_RowsModel):
    columns = (
        ("name", QT_TRANSLATE_NOOP("IndicatorTable", "Indicator")),
        ("kind", QT_TRANSLATE_NOOP("IndicatorTable", "Kind")),
        ("unit", QT_TRANSLATE_NOOP("IndicatorTable", "Unit")),
        ("baseline", QT_TRANSLATE_NOOP("IndicatorTable", "Baseline")),
        ("baseline_year", QT_TRANSLATE_NOOP("IndicatorTable", "Baseline year")),
        ("target", QT_TRANSLATE_NOOP("IndicatorTable", "Target value")),
        ("target_year", QT_TRANSLATE_NOOP("IndicatorTable", "Target year")),
        ("actual", QT_TRANSLATE_NOOP("IndicatorTable", "Actual")),
        ("source", QT_TRANSLATE_NOOP("IndicatorTable", "Data source")),
    )
    context = "IndicatorTable"
    kinds = ("indicator",)
    _values = ("baseline", "target", "actual")

    def _load(self) -> list[IndicatorRow]:
        assert self.commander is not None and self.owner_id is not None
        return self.commander.doc.indicators(action_id=self.owner_id)

    def _value_text(self, row: IndicatorRow, key: str) -> str:
        value = getattr(row, key)
        if value is None:
            return ""
        if IndicatorKind.is_numeric(row.kind):
            return fmt.plain_number(value)
        if row.kind == IndicatorKind.YES_NO.value:
            return self.tr("yes") if value == "yes" else self.tr("no")
        return value

    def data(self, index: Index, role: int = DISPLAY):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row: IndicatorRow = self._rows[index.row()]
        key = self.key(index.column())
        if role == IdRole:
            return row.id
        if role not in (DISPLAY, EDIT):
            return None
        if key == "kind":
            return row.kind if role == EDIT else IndicatorKind.label_of(row.kind)
        if key in self._values:
            return self._value_text(row, key)
        value = getattr(row, key)
        return "" if value is None else str(value)

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid() or role != EDIT or self.commander is None:
            return False
        row: IndicatorRow = self._rows[index.row()]
        key = self.key(index.column())
        text = str(value).strip()
        if key in self._values and IndicatorKind.is_numeric(row.kind) and text:
            number = fmt.parse_number(text)
            if number is None:
                self.commander.failed.emit(self.tr("%1 is not a number.").replace("%1", text), key)
                return False
            value = number
        elif key in self._values and row.kind == IndicatorKind.YES_NO.value and text:
            value = text.casefold() in ("yes", self.tr("yes").casefold(), "1", "true")
        elif key in ("baseline_year", "target_year"):
            value = int(text) if text.isdigit() else (None if not text else text)
        return self.commander.update_indicator(row.id, **{key: value})


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of one vocabulary's labels; stores the code (EditRole)."""

    def __init__(self, vocabulary: type[Vocabulary], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.vocabulary = vocabulary

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # type: ignore[no-untyped-def]  # noqa: N802
        combo = QComboBox(parent)
        for member in self.vocabulary:
            combo.addItem(member.label, member.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(EDIT))))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT)
