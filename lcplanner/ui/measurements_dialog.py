"""An indicator's measurements over time: a chart against baseline and target, the table of
values (date, value, source, note; edited in place, Delete removes), and a line to add one.

Each addition, edit and removal is one undo step of the window; the indicator's "actual" is
its latest measurement, so every table and export that shows it follows.  Values are typed the
UI language's way ("1.234,5" in Turkish) and checked as the indicator's kind asks.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import PlanError
from ..core.rows import IndicatorRow, MeasurementRow
from ..core.vocab import IndicatorKind
from ..printing.indicator_chart import number, paint_chart
from . import fmt
from .date_field import DateField, format_date, parse_date
from .detail_tables import RowsTableModel

if TYPE_CHECKING:
    from .commander import Commander

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


def shown_value(indicator: IndicatorRow, value: str | None) -> str:
    """A stored value the UI language's way (numbers), or as it is."""
    if value is None:
        return ""
    if indicator.kind == IndicatorKind.YES_NO.value:  # as the editor's indicator table says it
        if value == "yes":
            return QCoreApplication.translate("IndicatorModel", "yes")
        return QCoreApplication.translate("IndicatorModel", "no")
    return fmt.plain_number(value) if IndicatorKind.is_numeric(indicator.kind) else value


def typed_value(indicator: IndicatorRow, text: str) -> Any:
    """What a person typed, as the store takes it: a number read the UI language's way."""
    text = text.strip()
    if text and IndicatorKind.is_numeric(indicator.kind):
        found = fmt.parse_number(text)
        return found if found is not None else text  # the store says why it is not a number
    return text


class MeasurementModel(RowsTableModel):
    columns = (
        ("measured_on", QT_TRANSLATE_NOOP("MeasurementTable", "Date")),
        ("value", QT_TRANSLATE_NOOP("MeasurementTable", "Value")),
        ("source", QT_TRANSLATE_NOOP("MeasurementTable", "Source")),
        ("note", QT_TRANSLATE_NOOP("MeasurementTable", "Note")),
    )
    context = "MeasurementTable"

    def __init__(self, commander: Commander, indicator: IndicatorRow, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.commander = commander
        self.indicator = indicator
        commander.doc.changed.connect(self._on_changed)

    def _on_changed(self, kind: str, _ids: list) -> None:  # type: ignore[type-arg]
        if kind in ("measurement", "indicator", "all"):
            self.reload()

    def _load(self) -> list[MeasurementRow]:
        assert self.commander is not None
        return self.commander.doc.measurements(self.indicator.id)

    def data(self, index: Index, role: int = DISPLAY):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row: MeasurementRow = self._rows[index.row()]
        key = self.key(index.column())
        if role == IdRole:
            return row.id
        if role in (DISPLAY, EDIT):
            if key == "measured_on":
                return fmt.date(row.measured_on) if role == DISPLAY else format_date(row.measured_on)
            if key == "value":
                return shown_value(self.indicator, row.value)
            return getattr(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "value":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid() or role != EDIT or self.commander is None:
            return False
        row: MeasurementRow = self._rows[index.row()]
        key = self.key(index.column())
        if key == "measured_on":
            try:
                value = parse_date(str(value))
            except ValueError:
                self.commander.failed.emit(self.tr("%1 is not a date.").replace("%1", str(value)),
                                           key)
                return False
        elif key == "value":
            value = typed_value(self.indicator, str(value))
        return self.commander.update_measurement(row.id, **{key: value})


class ChartView(QWidget):
    """The chart of the dialog's measurements (printing/indicator_chart.py)."""

    def __init__(self, model: MeasurementModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setMinimumHeight(170)
        self.setAccessibleName(self.tr("Chart of the measurements"))
        for signal in (model.modelReset, model.dataChanged):
            signal.connect(self.update)
        self.drawn = False

    def points(self) -> list[tuple[dt.date, float]]:
        out = []
        for r in range(self.model.rowCount()):
            row: MeasurementRow = self.model.row_at(r)
            value = number(row.value)
            if value is not None:
                out.append((row.measured_on, value))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        indicator = self.model.indicator
        self.drawn = paint_chart(painter, QRectF(self.rect()).adjusted(1, 1, -1, -1),
                                 self.points(), number(indicator.baseline),
                                 number(indicator.target), self.font())
        if not self.drawn:
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter),
                             self.tr("No numbers to draw yet: add a measurement below."))
        painter.end()


class MeasurementsDialog(QDialog):
    """See the module's docstring."""

    def __init__(self, commander: Commander, indicator_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measurementsDialog")
        self.commander = commander
        indicator = commander.doc.indicator(indicator_id)
        self.setWindowTitle(self.tr("Measurements of %1").replace("%1", indicator.name))
        self.model = MeasurementModel(commander, indicator, self)
        self.model.reload()
        summary = self.tr("Baseline: %1   Target: %2   Latest: %3").replace(
            "%1", shown_value(indicator, indicator.baseline) or "–").replace(
            "%2", shown_value(indicator, indicator.target) or "–").replace(
            "%3", shown_value(indicator, indicator.actual) or "–")
        self.summary = QLabel(summary, objectName="measurementSummary")
        self.chart = ChartView(self.model)
        self.table = QTableView(objectName="measurementTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Measurements"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.date = DateField(self.tr("Date of the new measurement"), objectName="newDate")
        self.date.set_date(dt.date.today())
        self.value = QLineEdit(objectName="newValue")
        self.value.setAccessibleName(self.tr("New value"))
        self.value.setPlaceholderText(self.tr("Value"))
        self.source = QLineEdit(indicator.source, objectName="newSource")
        self.source.setAccessibleName(self.tr("Source of the new value"))
        self.source.setPlaceholderText(self.tr("Source"))
        self.add_button = QPushButton(self.tr("&Add"), objectName="addMeasurement")
        self.add_button.setDefault(True)  # Enter in the new line adds it, never closes
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="removeMeasurement")
        self.remove_button.setAutoDefault(False)
        date_label = QLabel(self.tr("&New:"))
        date_label.setBuddy(self.date)
        add_row = QHBoxLayout()
        add_row.addWidget(date_label)
        add_row.addWidget(self.date, 2)
        add_row.addWidget(self.value, 1)
        add_row.addWidget(self.source, 2)
        add_row.addWidget(self.add_button)
        self.error = QLabel(objectName="error", wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.table, 2)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove)
        commander.failed.connect(self._show_error)
        read_only = commander.doc.read_only
        for widget in (self.add_button, self.remove_button, self.value, self.source, self.date):
            widget.setEnabled(not read_only)
        # the date, its value, its source: the calendar's buttons stay on Alt+Down and the mouse
        for first, second in ((self.date.edit, self.value), (self.value, self.source),
                              (self.source, self.add_button)):
            QWidget.setTabOrder(first, second)
        self.resize(640, 520)
        self.value.setFocus()

    def add(self) -> None:
        """The new line's date, value and source become a measurement (one undo step)."""
        self.date._finished()  # a date typed but not yet left counts
        if not self.date.hint.isHidden():
            self._show_error(self.date.hint.text() or self.tr("Write a date."), "measured_on")
            return
        value = typed_value(self.model.indicator, self.value.text())
        ident = self.commander.add_measurement(self.model.indicator.id, self.date.date(), value,
                                               source=self.source.text())
        if ident is not None:
            self.value.clear()
            self.error.hide()
            self.value.setFocus()

    def remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        for ident in [self.model.index(r, 0).data(IdRole) for r in rows]:
            self.commander.delete_measurement(ident)

    def _show_error(self, message: str, _field: str) -> None:
        self.error.setText(message)
        self.error.show()

    def done(self, result: int) -> None:
        try:
            self.commander.failed.disconnect(self._show_error)
            self.commander.doc.changed.disconnect(self.model._on_changed)
        except (RuntimeError, PlanError):
            pass
        super().done(result)
