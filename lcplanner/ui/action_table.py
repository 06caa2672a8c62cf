"""The actions of one area as a table: a thin QAbstractTableModel over the document's rows.

The model keeps :class:`ActionRow` values only (never a session or ORM object) and reloads them
when the document says actions, budgets or indicators changed.  Display text follows the UI's
QLocale; ``SortRole`` gives raw values so a proxy can sort numbers and dates as such, and text by
the plan language's collation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QMimeData,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from ..core.rows import ActionRow
from ..core.text import sort_key
from ..core.vocab import Status
from . import fmt
from .cell_editing import EDITABLE
from .navigator import ACTION_MIME

if TYPE_CHECKING:
    from ..core.document import PlanDocument

IdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    ("code", QT_TRANSLATE_NOOP("ActionTable", "Code")),
    ("title", QT_TRANSLATE_NOOP("ActionTable", "Action")),
    #: The organisation that leads (is responsible for) the action, not a verb.
    ("lead", QT_TRANSLATE_NOOP("ActionTable", "Lead")),
    ("start", QT_TRANSLATE_NOOP("ActionTable", "Start")),
    ("end", QT_TRANSLATE_NOOP("ActionTable", "End")),
    ("budget", QT_TRANSLATE_NOOP("ActionTable", "Budget")),
    ("status", QT_TRANSLATE_NOOP("ActionTable", "Status")),
    ("priority", QT_TRANSLATE_NOOP("ActionTable", "Priority")),
    ("percent", QT_TRANSLATE_NOOP("ActionTable", "% done")),
)


MIME = ACTION_MIME  # a drop on the navigator moves actions to another area


class ActionTableModel(QAbstractTableModel):
    """Rows: the actions of one area, in plan order; rows can be dragged to a new place.

    A drop does not move rows itself: it emits ``moveRequested(action_id, position)`` and the page
    runs the undoable move, after which the document's signal reloads the rows.
    """

    moveRequested = Signal(int, int)  # noqa: N815

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._doc: PlanDocument | None = None
        self._area: str | None = None
        self._rows: list[ActionRow] = []
        self._currency = "TRY"
        # The page's handler for an edit typed into a cell: (action id, column key, value) ->
        # whether the store took it.  None: the table is not editable in place.
        self.commit: Callable[[int, str, Any], bool] | None = None

    # --- feeding ---------------------------------------------------------------------------------

    def set_document(self, doc: PlanDocument | None) -> None:
        if self._doc is not None:
            self._doc.changed.disconnect(self._on_changed)
        self._doc = doc
        self._area = None  # a new plan starts with no area shown (no stale query)
        if doc is not None:
            doc.changed.connect(self._on_changed)
        self.reload()

    def set_area(self, area: str | None) -> None:
        self._area = area
        self.reload()

    @property
    def area(self) -> str | None:
        return self._area

    def _on_changed(self, kind: str, ids: list) -> None:  # type: ignore[type-arg]
        if kind == "action" and ids and self._refresh_rows(ids):
            return
        if kind in ("action", "objective", "organisation", "budget", "all", "plan"):
            self.reload()

    def _refresh_rows(self, ids: list[int]) -> bool:
        """An edit of shown actions: fetch just those rows (a 10,000-action plan stays quick).

        Returns False when a full reload is needed (a new action, one that left the area).
        """
        if self._doc is None or len(ids) > 20:
            return False
        rows = {r.id: r for r in self._doc.actions(ids=ids)}
        positions = [self.row_of_id(i) for i in ids]
        if -1 in positions or len(rows) != len(ids):
            return False
        if any(rows[i].area != self._area or rows[i].position != self._rows[p].position
               for i, p in zip(ids, positions)):
            return False
        for ident, position in zip(ids, positions):
            self._rows[position] = rows[ident]
            self.dataChanged.emit(self.index(position, 0),
                                  self.index(position, len(COLUMNS) - 1))
        return True

    def reload(self) -> None:
        """Fetch the rows again; same actions in the same order only repaint (selection stays)."""
        if self._doc is None or self._area is None:
            rows: list[ActionRow] = []
        else:
            rows = self._doc.actions(self._area)
            self._currency = self._doc.plan().currency
        if rows and [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of_id(self, action_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == action_id:
                return i
        return -1

    def action_at(self, row: int) -> ActionRow:
        return self._rows[row]

    # --- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ActionTable", COLUMNS[section][1])
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == IdRole:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, key)
        if role == SortRole:
            return self._sort_value(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("budget", "priority", "percent"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "title" and row.description:
            return row.description[:500]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._doc is not None and not self._doc.read_only:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if index.isValid():
                flags |= Qt.ItemFlag.ItemIsDragEnabled
                if self.commit is not None and COLUMNS[index.column()][0] in EDITABLE:
                    flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """A cell edit goes through the page's command (validation, undo), never straight in."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.commit is None:
            return False
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if key not in EDITABLE or value == self._edit_value(row, key):
            return False
        return self.commit(row.id, key, value)

    @staticmethod
    def _edit_value(row: ActionRow, key: str) -> Any:
        values = {"code": row.code, "title": row.title, "lead": row.lead_name,
                  "start": row.start_date, "end": row.end_date, "budget": row.budget_total,
                  "status": row.status, "priority": row.priority, "percent": row.percent}
        return values[key]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # type: ignore[no-untyped-def]  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME, ",".join(str(self._rows[r].id) for r in rows).encode("ascii"))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        return data.hasFormat(MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [int(x) for x in bytes(data.data(MIME).data()).decode("ascii").split(",") if x]
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        for action_id in ids:
            old = self.row_of_id(action_id)
            if old < 0:
                continue
            position = target - 1 if old < target else target
            self.moveRequested.emit(action_id, max(0, position))
            target = position + 1 if old < target else target + 1
        return True

    def _display(self, row: ActionRow, key: str) -> str:
        if key == "code":
            return row.code
        if key == "title":
            return row.title
        if key == "lead":
            return row.lead_name
        if key == "start":
            return fmt.date(row.start_date)
        if key == "end":
            return fmt.date(row.end_date)
        if key == "budget":
            return fmt.money(row.budget_total, self._currency) if row.budget_total else ""
        if key == "status":
            return Status.label_of(row.status)
        if key == "priority":
            return str(row.priority)
        return fmt.percent(row.percent)

    @staticmethod
    def _sort_value(row: ActionRow, key: str):  # type: ignore[no-untyped-def]
        values = {"code": row.code, "title": row.title, "lead": row.lead_name,
                  "start": row.start_date.toordinal() if row.start_date else 0,
                  "end": row.end_date.toordinal() if row.end_date else 0,
                  "budget": float(row.budget_total), "status": Status.codes().index(row.status)
                  if row.status in Status.codes() else 99,
                  "priority": row.priority, "percent": row.percent}
        return values[key]


class ActionFilterProxy(QSortFilterProxyModel):
    """Filters by a set of ids (the store's search) and a status; sorts text by collation."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._ids: set[int] | None = None
        self._status: str | None = None
        self._key = sort_key("en")
        self.setSortRole(SortRole)

    def set_language(self, lang: str) -> None:
        self._key = sort_key(lang)
        self.invalidate()

    def set_ids(self, ids: set[int] | None) -> None:
        """Show only these actions (None: all)."""
        self.beginFilterChange()
        self._ids = ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def filtering(self) -> bool:
        return self._ids is not None or self._status is not None

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, ActionTableModel) or source_row >= model.rowCount():
            return True
        row = model.action_at(source_row)
        if self._ids is not None and row.id not in self._ids:
            return False
        return self._status is None or row.status == self._status

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        a, b = left.data(SortRole), right.data(SortRole)
        if isinstance(a, str) and isinstance(b, str):
            return self._key(a) < self._key(b)
        return (a if a is not None else 0) < (b if b is not None else 0)
