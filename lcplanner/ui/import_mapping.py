"""Import a spreadsheet LC Planner did not write: say what its columns and values mean, see what
the first rows become, then import.

The wizard is one dialog: the sheet and its header row (found under a title block by itself),
one list per column choosing the field it becomes (pre-filled from the headers by
:func:`~lcplanner.exchange.mapping.guess`), the values of the area and status columns with the
building block or status each becomes, and a live preview of the first 20 rows, problems in red.
A mapping can be saved and loaded for the next import (and ``lcplanner import --mapping``).
Import reads every row; cells that cannot be read are listed and the dialog stays open, so the
mapping is not lost while the spreadsheet is fixed.  After ``exec()`` is accepted,
:meth:`changes` is the change set to preview and apply, :meth:`mapping` the mapping used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import framework
from ..core.errors import PlanError
from ..core.vocab import Status
from ..exchange import foreign
from ..exchange.changes import ChangeSet
from ..exchange.mapping import (
    AREA_CODES,
    FIELDS,
    MAX_HEADER_ROW,
    Mapping,
    field_label,
    guess,
    guess_area,
    guess_status,
    key,
)
from .file_dialogs import ask_path
from .input_guard import install
from .waiting import busy

if TYPE_CHECKING:
    from ..core.document import PlanDocument

PREVIEW_ROWS = 20
MAX_VALUES = 200  # distinct values of the area or the status column listed for a choice
PROBLEM = QColor("#b00020")


def _escaped(text: str) -> str:
    """A text shown in a label without its & becoming a mnemonic."""
    return text.replace("&", "&&")


class ImportMappingDialog(QDialog):
    """The mapping wizard over one file; ImportFileError (a PlanError) if it cannot be read."""

    def __init__(self, path: str | Path, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.doc = Path(path), doc
        with busy():
            self.table = foreign.read_table(self.path)
        install(QApplication.instance())  # combos and spin boxes ignore a passing wheel
        self._changes: ChangeSet | None = None
        self._building = False
        self._columns: list[tuple[str, QComboBox]] = []  # header, its field
        self._areas: list[tuple[str, QComboBox]] = []  # a value of the area column, its area
        self._statuses: list[tuple[str, QComboBox]] = []
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._refresh_preview)
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self._build()
        self._load_sheet(guess_row=True)
        self.resize(1100, 760)
        (self.sheet_combo if self.sheet_combo.isEnabled() else self.header_spin).setFocus()

    # --- the widgets ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.sheet_combo = self._combo("sheet")
        for name in self.table.sheets:
            self.sheet_combo.addItem(name, name)
        self.sheet_combo.setEnabled(self.table.kind == "xlsx")
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._load_sheet(guess_row=True))
        self.header_spin = QSpinBox(objectName="headerRow")
        self.header_spin.setRange(1, MAX_HEADER_ROW)
        self.header_spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.header_spin.valueChanged.connect(lambda _v: self._load_header())
        top = QHBoxLayout()
        for text, widget in ((self.tr("&Sheet:"), self.sheet_combo),
                             (self.tr("Header &row:"), self.header_spin)):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addStretch(1)
        file_label = QLabel(self.tr("File: %1").replace("%1", self.path.name))
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.columns_box = QGroupBox(self.tr("&Columns: what each one becomes"))
        self.columns_form = QFormLayout()
        self.values_box = QGroupBox(self.tr("Building blocks and s&tatuses of the values"))
        self.values_form = QFormLayout()
        self.default_area = self._area_combo("defaultArea", self.tr("(none: a problem)"))
        self.default_area.currentIndexChanged.connect(self._changed)
        for box, form in ((self.columns_box, self.columns_form),
                          (self.values_box, self.values_form)):
            inner = QWidget()
            inner.setLayout(form)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(inner)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            column = QVBoxLayout(box)
            if box is self.values_box:  # the area of rows without one, above the values
                default = QFormLayout()
                label = QLabel(self.tr("&Area of rows without one:"))
                label.setBuddy(self.default_area)
                default.addRow(label, self.default_area)
                column.addLayout(default)
            column.addWidget(scroll)
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(self.columns_box)
        sides.addWidget(self.values_box)

        self.preview_box = QGroupBox(self.tr("&Preview of the first rows"))
        self.preview_table = QTableWidget(objectName="preview")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setTabKeyNavigation(False)
        self.preview_table.setWordWrap(False)
        QVBoxLayout(self.preview_box).addWidget(self.preview_table)
        self.problems_label = QLabel(objectName="problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(f"color: {PROBLEM.name()};")
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.save_button = self._button(self.tr("Save &mapping…"), self.save_mapping,
                                        QDialogButtonBox.ButtonRole.ActionRole)
        self.load_button = self._button(self.tr("L&oad mapping…"), self.load_mapping,
                                        QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self._button(self.tr("&Import"), self.import_rows,
                                          QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.import_button.setDefault(True)

        sides.setSizes([560, 540])
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(sides)
        body.addWidget(self.preview_box)
        body.setSizes([380, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(file_label)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # never focused by the wheel
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _area_combo(self, name: str, empty: str) -> QComboBox:
        combo = self._combo(name)
        combo.addItem(empty, "")
        for code in AREA_CODES:
            area = framework.AREA_BY_CODE[code]
            combo.addItem(self.tr("%1 \u2013 %2").replace("%1", code).replace(
                "%2", framework.tr_label(area.short)), code)
        return combo

    def _button(self, text: str, slot: Callable[[], None],
                role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.buttons.addButton(button, role)
        return button

    # --- reading the widgets ----------------------------------------------------------------------

    def mapping(self) -> Mapping:
        """The mapping as the dialog shows it."""
        areas = {value: combo.currentData() for value, combo in self._areas if combo.currentData()}
        statuses = {value: combo.currentData() for value, combo in self._statuses
                    if combo.currentData()}
        sheet = (self.sheet_combo.currentData() or "") if self.table.kind == "xlsx" else ""
        return Mapping(sheet=sheet, header_row=self.header_spin.value(),
                       columns={header: combo.currentData() for header, combo in self._columns},
                       areas=areas, statuses=statuses,
                       default_area=self.default_area.currentData() or "")

    def changes(self) -> ChangeSet:
        """The change set Import read (read now if the dialog was not accepted)."""
        if self._changes is None:
            with busy():
                self._changes = foreign.changes_of(self.table, self.mapping(), self.doc)
        return self._changes

    # --- filling the widgets ----------------------------------------------------------------------

    def _sheet(self) -> str:
        return str(self.sheet_combo.currentData() or self.table.sheets[0])

    def _load_sheet(self, guess_row: bool, mapping: Mapping | None = None) -> None:
        if self._building:
            return
        if guess_row:
            with busy():
                row = foreign.guess_header_row(self.table, self._sheet())
            self._building = True
            self.header_spin.setValue(row)
            self._building = False
        self._load_header(mapping)

    def _load_header(self, mapping: Mapping | None = None) -> None:
        """Rebuild the column list for the header row: a loaded mapping's choices, else the
        choices already made for a header of that name, else a guess."""
        if self._building:
            return
        before = mapping or self.mapping()
        headers = self.table.header(self._sheet(), self.header_spin.value())
        guessed = guess(headers)
        self._building = True
        try:
            self._clear(self.columns_form)
            self._columns = []
            for index, header in enumerate(headers):
                if not header or any(key(h) == key(header) for h, _c in self._columns):
                    continue
                combo = self._combo(f"column{index}")
                for name, _label in FIELDS:
                    combo.addItem(field_label(name), name)
                chosen = before.field_of(header)
                if chosen == "ignore" and not any(key(h) == key(header) for h in before.columns):
                    chosen = guessed.field_of(header)
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
                combo.currentIndexChanged.connect(self._column_changed)
                label = QLabel(self.tr("%1: %2").replace("%1", foreign.column_letter(index))
                               .replace("%2", _escaped(header)))
                label.setBuddy(combo)
                self.columns_form.addRow(label, combo)
                self._columns.append((header, combo))
            if not self._columns:
                self.columns_form.addRow(QLabel(self.tr(
                    "Row %1 is empty. Choose the row that holds the column headers.").replace(
                    "%1", str(self.header_spin.value()))))
        finally:
            self._building = False
        self._load_values(before)

    def _column_changed(self) -> None:
        if not self._building:
            self._load_values(self.mapping())

    def _load_values(self, before: Mapping) -> None:
        """Rebuild the values list: each value of the area and status columns with a choice."""
        self._building = True
        try:
            self._clear(self.values_form)
            self._areas, self._statuses = [], []
            mapping = self.mapping()
            self.default_area.setCurrentIndex(max(0, self.default_area.findData(
                before.default_area)))
            for name, found, keep, heading in (
                    ("area", guess_area, self._areas, self.tr("Building blocks and conditions")),
                    ("status", guess_status, self._statuses, self.tr("Statuses"))):
                values = foreign.distinct_values(self.table, mapping, name, MAX_VALUES)
                if not values:
                    continue
                title = QLabel(heading)
                font = title.font()
                font.setBold(True)
                title.setFont(font)
                self.values_form.addRow(title)
                for value in values:
                    combo = (self._area_combo if name == "area" else self._status_combo)(
                        f"{name}Value{len(keep)}", self.tr("(choose)"))
                    chosen = (before.area_of(value) if name == "area" else
                              before.status_of(value)) or found(value) or ""
                    combo.setCurrentIndex(max(0, combo.findData(chosen)))
                    combo.currentIndexChanged.connect(self._changed)
                    row_label = QLabel(_escaped(value))
                    row_label.setBuddy(combo)
                    self.values_form.addRow(row_label, combo)
                    keep.append((value, combo))
        finally:
            self._building = False
        self._fix_tab_order()
        self._changed()

    def _status_combo(self, name: str, empty: str) -> QComboBox:
        combo = self._combo(name)
        combo.addItem(empty, "")
        for status in Status:
            combo.addItem(status.label, status.value)
        return combo

    @staticmethod
    def _clear(form: QFormLayout) -> None:
        while form.rowCount():
            form.removeRow(0)

    def _fix_tab_order(self) -> None:
        # A group box's mnemonic focuses its first child after it in the chain: each box goes
        # before its fields.
        chain: list[QWidget] = [self.sheet_combo, self.header_spin, self.columns_box]
        chain += [combo for _h, combo in self._columns] + [self.values_box, self.default_area]
        chain += [combo for _v, combo in self._areas + self._statuses]
        chain += [self.preview_box, self.preview_table, self.import_button, self.save_button,
                  self.load_button, self.cancel_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --- the preview ------------------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._building:
            self._changes = None
            self._timer.start()

    def _refresh_preview(self) -> None:
        mapping = self.mapping()
        with busy():
            problems = foreign.sheet_problems(self.table, mapping, self.doc)
            rows = foreign.preview(self.table, mapping, self.doc, PREVIEW_ROWS)
        self._show_problems([p.message() for p in problems])
        self.import_button.setEnabled(not problems)
        shown = [c for c in foreign.PREVIEW_COLUMNS if any(c in r.cells for r in rows)]
        table = self.preview_table
        table.clear()
        table.setColumnCount(len(shown))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels([foreign.preview_header(c) for c in shown])
        table.setVerticalHeaderLabels([str(r.row) for r in rows])
        for y, row in enumerate(rows):
            for x, column in enumerate(shown):
                cell = row.cells.get(column)
                if cell is None:
                    continue
                item = QTableWidgetItem(cell.text)
                item.setToolTip(cell.text)
                if cell.problem:
                    item.setForeground(QBrush(PROBLEM))
                table.setItem(y, x, item)
        table.resizeColumnsToContents()
        for x in range(table.columnCount()):
            table.setColumnWidth(x, min(table.columnWidth(x), 320))

    def _show_problems(self, messages: list[str], total: int | None = None) -> None:
        total = len(messages) if total is None else total
        lines = messages[:8]
        if total > len(lines):
            lines.append(self.tr("… and %n more.", "", total - len(lines)))
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))

    # --- the buttons ------------------------------------------------------------------------------

    def import_rows(self) -> None:
        """Read every row; accept when all could be read, else list the problems and stay."""
        self._timer.stop()
        self._changes = None
        changes = self.changes()
        if changes.problems:
            self._changes = None
            self._show_problems([self.tr("%n cell(s) cannot be read. Fix them in the spreadsheet, "
                                         "or choose what their values become, and import again.",
                                         "", len(changes.problems))]
                                + [p.message() for p in changes.problems[:7]],
                                total=len(changes.problems) + 1)
            self.import_button.setFocus()
            return
        if not changes.rows:
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("The sheet has no rows to import under its headers."))
            return
        self.accept()

    def save_mapping(self) -> None:
        start = self.path.with_name(f"{self.path.stem}-mapping.json")
        target = ask_path(self, self.tr("Save mapping"), str(start),
                          self.tr("Import mappings (*.json)"), save=True, suffix="json")
        if target is None:
            return
        try:
            self.mapping().save(target)
        except PlanError as exc:
            QMessageBox.warning(self, self.tr("Save mapping"), exc.message())

    def load_mapping(self) -> None:
        source = ask_path(self, self.tr("Load mapping"), str(self.path.parent),
                          self.tr("Import mappings (*.json);;All files (*)"), save=False)
        if source is None:
            return
        try:
            self.use_mapping(Mapping.load(source))
        except PlanError as exc:
            QMessageBox.warning(self, self.tr("Load mapping"), exc.message())

    def use_mapping(self, mapping: Mapping) -> None:
        """Show a loaded mapping: its sheet (when the file has it), header row and choices."""
        self._building = True
        try:
            try:
                sheet = self.table.sheet(mapping.sheet)
            except PlanError:
                sheet = self._sheet()
            self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(sheet)))
            self.header_spin.setValue(mapping.header_row)
        finally:
            self._building = False
        self._load_sheet(guess_row=False, mapping=mapping)
