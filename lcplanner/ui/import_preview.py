"""File → Import Workbook, before anything changes: what the import would do, and the person's say.

The dialog shows a :class:`~lcplanner.exchange.changes.ChangeSet` sheet by sheet and row by row,
each field with the plan's value beside the workbook's.  Three things wait for a decision:

- a **conflict** (a field changed in the plan and in the workbook since the export): the plan's
  value stays unless "Take the workbook's value" is ticked (F3 goes to the next one);
- a row **missing from the workbook**: offered for deletion, never deleted unless "Delete" is
  ticked;
- an organisation not in the register: created only when its box is ticked.

The choices are made on copies of the change set's flags and written back only by Apply, so
Cancel (or Escape) leaves the change set exactly as it came.  A change set with problems shows
them and offers only Close: nothing of it may be applied.

The tree is a model over the change set (nothing is built per row but a small node), so a
10,000-row import opens at once; Space ticks or unticks the choice of the current line.
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
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

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


def _fit_rows(listing: QListWidget, most: int) -> None:
    """A list as high as its items, up to ``most`` lines (then it scrolls)."""
    listing.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    indicator = listing.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)
    line = max(listing.sizeHintForRow(0), listing.fontMetrics().lineSpacing(), indicator) + 4
    rows = min(max(listing.count(), 1), most)
    listing.setFixedHeight(line * rows + 2 * listing.frameWidth() + 2)


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


class ChangeTree(QTreeView):
    """The preview's tree: Space ticks or unticks the current line's choice whatever column
    the cursor is in; the columns share the width (the values get what the others leave)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            model = self.model()
            current = self.currentIndex()
            if isinstance(model, ChangeModel) and current.isValid():
                model.toggle(current.siblingAtColumn(CHOICE))
                event.accept()
                return
        super().keyPressEvent(event)

    def fixed_widths(self) -> tuple[int, int]:
        """The cell column's width and the choice column's, from the texts they hold."""
        fm = self.fontMetrics()
        model = self.model()
        texts = model.texts if isinstance(model, ChangeModel) else {}
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        header = self.header()
        hfm = header.fontMetrics()
        cell = max(fm.horizontalAdvance("XFD99999"), hfm.horizontalAdvance(
            texts.get(HEADERS[CELL], ""))) + pad
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 12
        choice = max([fm.horizontalAdvance(texts.get(t, "")) + indicator for t in (TAKE, DELETE)]
                     + [hfm.horizontalAdvance(texts.get(HEADERS[CHOICE], ""))]) + pad
        return cell, choice

    def share_width(self) -> None:
        header = self.header()
        if header.count() < COLUMNS:
            return
        cell, choice = self.fixed_widths()
        rest = max(self.viewport().width() - cell - choice, 300)
        name = rest * 40 // 100
        header.resizeSection(NAME, name)
        header.resizeSection(CELL, cell)
        header.resizeSection(OLD, (rest - name) // 2)
        header.resizeSection(NEW, rest - name - (rest - name) // 2)
        header.resizeSection(CHOICE, choice)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self.share_width()


class ImportPreviewDialog(QDialog):
    """What an import would do, and the person's decisions.

    After Apply (``exec()`` accepted) the change set carries the decisions: ``RowChange.accepted``
    (a deletion ticked), ``FieldChange.take`` (a conflict's workbook value taken) and
    ``new_organisations[name]`` (create it).  Cancel leaves every flag as it was.  With problems
    in the change set, or nothing in it, there is only Close.
    """

    def __init__(self, changes: ChangeSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes = changes
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import preview: %1").replace("%1", changes.source))
        self.can_apply = changes.ok and not changes.empty
        self.model: ChangeModel | None = None
        self.tree: ChangeTree | None = None
        self.organisations: QListWidget | None = None
        self.problems_list: QListWidget | None = None
        self.next_conflict_button: QPushButton | None = None
        self.apply_button: QPushButton | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(objectName="importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        if not changes.ok:
            self.summary.setText(self.tr(
                "Nothing can be imported from this workbook until %n problem(s) in it are fixed. "
                "The plan has not changed.", None, len(changes.problems)))
            self._add_problems(layout)
        elif changes.empty:
            self.summary.setText(self.tr("The workbook holds no changes to the plan."))
        else:
            self.summary.setText(self.summary_text())
            self._add_tree(layout)
            self._add_organisations(layout)
        self._add_warnings(layout)
        if not self.can_apply and not changes.warnings and not changes.problems:
            layout.addStretch(1)
        self._add_buttons(layout)
        self._size_for_screen()

    # --- the parts -------------------------------------------------------------------------------

    def summary_text(self) -> str:
        """One line: "12 changes in 5 rows, 2 new rows, 1 conflict and 3 rows missing from the
        workbook", each count in its own plural form, joined the locale's way."""
        changes = self.changes
        updated = changes.of("update")
        values = sum(len(r.fields) for r in updated)
        parts = []
        if updated:
            #: %1 a number of changed values ("12 changes"), %2 of rows ("5 rows").
            parts.append(self.tr("%1 in %2").replace("%2", self.tr(
                "%n row(s)", None, len(updated))).replace("%1", self.tr(
                    "%n change(s)", None, values)))
        if added := len(changes.of("add")):
            parts.append(self.tr("%n new row(s)", None, added))
        if conflicts := len(changes.conflicts):
            parts.append(self.tr("%n conflict(s)", None, conflicts))
        if missing := len(changes.of("delete")):
            parts.append(self.tr("%n row(s) missing from the workbook", None, missing))
        if organisations := len(changes.new_organisations):
            parts.append(self.tr("%n organisation(s) not in the register", None, organisations))
        return QLocale().createSeparatedList(parts)

    def _add_tree(self, layout: QVBoxLayout) -> None:
        changes = self.changes
        self.model = ChangeModel(changes, self)
        tree = self.tree = ChangeTree(objectName="importChanges")
        tree.setModel(self.model)
        tree.setUniformRowHeights(True)  # 10,000 rows: no row is measured on its own
        tree.setAllColumnsShowFocus(True)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.setAccessibleName(self.tr("What the import would change"))
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(False)
        tree.share_width()

        label = QLabel(self.tr("&What the import would change:"))
        label.setBuddy(tree)
        hint = QLabel(self.tr("Space ticks or unticks the choice on the current line."))
        hint.setWordWrap(True)
        self.next_conflict_button = QPushButton(self.tr("&Next conflict"))
        self.next_conflict_button.setAutoDefault(False)
        self.next_conflict_button.setToolTip(self.tr("Go to the next conflict (F3)"))
        self.next_conflict_button.setEnabled(bool(self.model.conflicts))
        self.next_conflict_button.clicked.connect(self.next_conflict)
        for keys, step in ((QKeySequence(Qt.Key.Key_F3), 1),
                           (QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F3), -1)):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(lambda s=step: self.next_conflict(s))
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(hint, 1)
        top.addWidget(self.next_conflict_button)
        layout.addLayout(top)
        layout.addWidget(tree, 1)

        # Everything open, unless there are more rows than a person reads: then the sheets,
        # and the rows with a conflict.
        if len(changes.rows) <= EXPAND_ALL:
            tree.expandAll()
        else:
            for sheet in self.model.sheets():
                tree.setExpanded(self.model.index_of(sheet), True)
            for node in self.model.conflicts:
                tree.setExpanded(self.model.index_of(node.parent), True)
        first = self.model.index(0, NAME)
        if self.model.conflicts:  # the decisions first
            first = self.model.index_of(self.model.conflicts[0])
        tree.setCurrentIndex(first)
        tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_organisations(self, layout: QVBoxLayout) -> None:
        names = self.changes.new_organisations
        if not names:
            return
        listing = self.organisations = QListWidget(objectName="importOrganisations")
        listing.setAccessibleName(self.tr("New organisations"))
        for name, create in names.items():
            item = QListWidgetItem(self.tr("Create the organisation “%1”").replace("%1", name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if create else Qt.CheckState.Unchecked)
            listing.addItem(item)
        listing.setCurrentRow(0)
        _fit_rows(listing, 4)
        label = QLabel(self.tr("New &organisations: the workbook names them, the register does "
                               "not have them. Only the ticked ones are created."))
        label.setWordWrap(True)
        label.setBuddy(listing)
        layout.addWidget(label)
        layout.addWidget(listing)

    def _add_problems(self, layout: QVBoxLayout) -> None:
        listing = self.problems_list = QListWidget(objectName="importProblems")
        listing.setWordWrap(True)
        listing.setAccessibleName(self.tr("Problems"))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        for problem in self.changes.problems:
            item = QListWidgetItem(icon, problem.message())
            item.setToolTip(problem.message())
            listing.addItem(item)
        listing.setCurrentRow(0)
        label = QLabel(self.tr("&Problems:"))
        label.setBuddy(listing)
        layout.addWidget(label)
        layout.addWidget(listing, 1)
        listing.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_warnings(self, layout: QVBoxLayout) -> None:
        self.warnings_button: QToolButton | None = None
        self.warnings_list: QListWidget | None = None
        warnings = self.changes.warnings
        if not warnings:
            return
        button = self.warnings_button = QToolButton(objectName="importWarningsToggle")
        button.setText(self.tr("%n cell(s) not &read: show why", None, len(warnings)))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        listing = self.warnings_list = QListWidget(objectName="importWarnings")
        listing.setWordWrap(True)
        listing.setAccessibleName(self.tr("Cells not read"))
        listing.addItems([w.message() for w in warnings])
        listing.setVisible(False)
        _fit_rows(listing, 5)
        button.toggled.connect(self._show_warnings)
        self._show_warnings(False)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(listing, 0 if self.can_apply or self.changes.problems else 1)

    def _show_warnings(self, shown_: bool) -> None:
        if self.warnings_button is None or self.warnings_list is None:
            return
        closed = Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow
        self.warnings_button.setArrowType(Qt.ArrowType.DownArrow if shown_ else closed)
        self.warnings_list.setVisible(shown_)

    def _add_buttons(self, layout: QVBoxLayout) -> None:
        if self.can_apply:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                       | QDialogButtonBox.StandardButton.Cancel)
            self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
            self.apply_button.setText(self.tr("&Apply"))
            buttons.accepted.connect(self.accept)
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        if self.apply_button is not None:
            # Once in the dialog: then Enter anywhere applies again after Tab passed Cancel.
            self.apply_button.setDefault(True)

    def _size_for_screen(self) -> None:
        """Room for the tree on the screen there is; a short message gets a small window."""
        screen = self.screen()
        available = screen.availableGeometry() if screen is not None else None
        if self.tree is None and self.problems_list is None:
            self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())
            return
        width, height = (1000, 680) if self.tree is not None else (720, 420)
        if available is not None:
            width = min(width, available.width() * 9 // 10)
            height = min(height, available.height() * 9 // 10)
        self.resize(width, height)

    # --- conflicts -------------------------------------------------------------------------------

    def next_conflict(self, step: int = 1) -> None:
        """Put the cursor on the next conflict after the current line (``step=-1``: the one
        before), round the end of the list."""
        if self.model is None or self.tree is None or not self.model.conflicts:
            return
        conflicts = self.model.conflicts
        here = self.model.node(self.tree.currentIndex()).id
        if step > 0:
            target = next((n for n in conflicts if n.id > here), conflicts[0])
        else:
            target = next((n for n in reversed(conflicts) if n.id < here), conflicts[-1])
        index = self.model.index_of(target)
        self.tree.scrollTo(index)
        self.tree.setCurrentIndex(index)
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- the answer ------------------------------------------------------------------------------

    def accept(self) -> None:
        """Apply: the decisions into the change set, then close.  Without an Apply button (a
        change set with problems, or with nothing in it) nothing is written."""
        if self.can_apply and self.model is not None:
            self.model.write_back()
            if self.organisations is not None:
                for i in range(self.organisations.count()):
                    item = self.organisations.item(i)
                    self.changes.new_organisations[item.data(Qt.ItemDataRole.UserRole)] = \
                        item.checkState() == Qt.CheckState.Checked
            super().accept()
        else:
            super().reject()
