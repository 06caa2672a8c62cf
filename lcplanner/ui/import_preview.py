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

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
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

from ..exchange.changes import ChangeSet
from .change_model import (
    CELL,
    CHOICE,
    COLUMNS,
    DELETE,
    EXPAND_ALL,
    HEADERS,
    NAME,
    NEW,
    OLD,
    TAKE,
    ChangeModel,
)

def _fit_rows(listing: QListWidget, most: int) -> None:
    """A list as high as its items, up to ``most`` lines (then it scrolls)."""
    listing.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    indicator = listing.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)
    line = max(listing.sizeHintForRow(0), listing.fontMetrics().lineSpacing(), indicator) + 4
    rows = min(max(listing.count(), 1), most)
    listing.setFixedHeight(line * rows + 2 * listing.frameWidth() + 2)


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
