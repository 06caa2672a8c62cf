"""The monitoring round: one row per action, the chosen period's status, %, note and reporter
typed in place, so a coordinator enters sixty updates in minutes without the mouse.

Each cell is one undo step (the Commander's ``set_progress``).  In the status column a letter
sets the status at once; elsewhere typing starts editing, Enter commits and goes to the row below
in the same column, Tab to the next field.  The "Before"
column shows what the action reported for the period before, to copy or to compare.  The
reporting rhythm (years or quarters) is the plan's and is set here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import framework, periods
from ..core.rows import ActionRow, ProgressRow
from ..core.text import fold
from ..core.vocab import Reporting, Status
from . import fmt
from .cell_editing import ActionTableView, CellDelegate
from .column_fit import ColumnFitter
from .detail_tables import RowsTableModel
from .wrap_row import WrapRow

if TYPE_CHECKING:
    from .commander import Commander

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
FIELDS = ("status", "percent", "note", "reported_by")
# The columns by use, most useful first: what stays on a projector's narrow page.
FIT_ORDER = ("code", "title", "status", "percent", "note", "before", "reported_by", "lead",
             "reported_on")


@dataclass(frozen=True)
class Line:
    """One action of the round with its update of the period and of the period before."""

    id: int
    action: ActionRow
    now: ProgressRow | None
    before: ProgressRow | None


class MonitoringModel(RowsTableModel):
    columns = (
        ("code", QT_TRANSLATE_NOOP("MonitoringTable", "Code")),
        ("title", QT_TRANSLATE_NOOP("MonitoringTable", "Action")),
        ("lead", QT_TRANSLATE_NOOP("MonitoringTable", "Lead")),
        ("before", QT_TRANSLATE_NOOP("MonitoringTable", "Before")),
        ("status", QT_TRANSLATE_NOOP("MonitoringTable", "Status")),
        ("percent", QT_TRANSLATE_NOOP("MonitoringTable", "% complete")),
        ("note", QT_TRANSLATE_NOOP("MonitoringTable", "What was done")),
        ("reported_by", QT_TRANSLATE_NOOP("MonitoringTable", "Reported by")),
        ("reported_on", QT_TRANSLATE_NOOP("MonitoringTable", "Reported on")),
    )
    context = "MonitoringTable"

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.period = ""
        self.area: str | None = None
        self.missing_only = False
        self._reload_soon = QTimer(self, singleShot=True, interval=0)
        self._reload_soon.timeout.connect(self.reload)

    def set_commander(self, commander: Commander | None) -> None:
        if self.commander is not None:
            self.commander.doc.changed.disconnect(self._on_changed)
        self.commander = commander
        if commander is not None:
            commander.doc.changed.connect(self._on_changed)
            self.period = commander.doc.current_period()
        self.reload()

    def _on_changed(self, kind: str, ids: list) -> None:  # type: ignore[type-arg]
        if kind in ("action", "progress") and ids and not self._reload_soon.isActive():
            self.refresh(ids)  # a cell's edit or its undo: those rows only (a 10,000-action plan)
        elif kind in ("action", "progress", "all", "plan", "objective", "organisation"):
            self._reload_soon.start()  # once per burst (an undo macro of many steps)

    def refresh(self, action_ids: list[int]) -> None:
        """Read again the rows of ``action_ids`` (the rest stay as they are)."""
        if self.commander is None:
            return
        doc = self.commander.doc
        where = {line.id: n for n, line in enumerate(self._rows)}
        before = periods.previous(self.period)
        for ident in set(action_ids) & set(where):
            own = {u.period: u for u in doc.progress(ident)}
            n = where[ident]
            self._rows[n] = Line(ident, doc.action(ident), own.get(self.period), own.get(before))
            self.dataChanged.emit(self.index(n, 0), self.index(n, len(self.columns) - 1))

    def _load(self) -> list[Line]:
        if self.commander is None or not self.period:
            return []
        doc = self.commander.doc
        now = {u.action_id: u for u in doc.progress(period=self.period)}
        before = {u.action_id: u for u in doc.progress(period=periods.previous(self.period))}
        actions = doc.actions(self.area) if self.area else doc.actions()
        return [Line(a.id, a, now.get(a.id), before.get(a.id)) for a in actions
                if not (self.missing_only and a.id in now)]

    def reported(self) -> tuple[int, int]:
        """(actions with an update for the period, actions shown)."""
        return sum(1 for line in self._rows if line.now is not None), len(self._rows)

    def data(self, index: Index, role: int = DISPLAY):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        line: Line = self._rows[index.row()]
        key = self.key(index.column())
        if role == IdRole:
            return line.id
        if role == DISPLAY:
            return self._display(line, key)
        if role == EDIT:
            if key == "status":
                return line.now.status if line.now else line.action.status
            if key == "percent":
                return line.now.percent if line.now else line.action.percent
            if key in ("note", "reported_by"):
                return getattr(line.now, key) if line.now else ""
            return None
        if role == Qt.ItemDataRole.ForegroundRole and line.now is None and key in FIELDS:
            return QBrush(QColor("#6b6b6b"))
        if role == Qt.ItemDataRole.FontRole and line.now is None and key == "status":
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "title":
                return line.action.title
            if key == "note" and line.now and line.now.note:
                return line.now.note
            if key == "status" and line.now is None:
                return self.tr("No update for this period yet: type to report one.")
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "percent":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, line: Line, key: str) -> str:
        if key == "code":
            return line.action.code
        if key == "title":
            return line.action.title
        if key == "lead":
            return line.action.lead_name
        if key == "before":
            if line.before is None:
                return ""
            return self.tr("%1 · %2").replace("%1", Status.label_of(line.before.status)).replace(
                "%2", fmt.percent(line.before.percent))
        if line.now is None:
            return self.tr("(not reported)") if key == "status" else ""
        if key == "status":
            return Status.label_of(line.now.status)
        if key == "percent":
            return fmt.percent(line.now.percent)
        if key == "reported_on":
            return fmt.date(line.now.reported_on)
        return str(getattr(line.now, key))

    def editable(self, index: Index) -> bool:
        return super().editable(index) and self.key(index.column()) in FIELDS

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid() or role != EDIT or self.commander is None:
            return False
        line: Line = self._rows[index.row()]
        if not self.commander.set_progress(line.id, self.period,
                                           **{self.key(index.column()): value}):
            return False
        self.refresh([line.id])  # now: the next key (a status letter again) reads this one
        return True


def fill_periods(box: QComboBox, codes: list[str], chosen: str) -> None:
    """A period list newest first, by the periods' names, ``chosen`` current (signals as set)."""
    box.clear()
    for code in reversed(codes):
        box.addItem(periods.label(code), code)
    box.setCurrentIndex(max(0, box.findData(chosen)))


def _together(*widgets: QWidget) -> QWidget:
    """A label and its field (and arrows) kept on one line when the row wraps."""
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    return box


class MonitoringTable(ActionTableView):
    """The round's table: in the status column a letter sets the status at once (the first
    status whose name starts with it; the same letter again, the next one), no list to open."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        index = self.currentIndex()
        model = self.model()
        text = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier)
        if index.isValid() and isinstance(model, MonitoringModel) and plain \
                and model.key(index.column()) == "status" and text and text.isalpha() \
                and self.state() == QAbstractItemView.State.NoState and model.editable(index):
            lang = QLocale().name()
            matches = [s.value for s in Status if fold(s.label, lang).startswith(fold(text, lang))]
            if matches:
                current = index.data(EDIT)
                after = matches.index(current) + 1 if current in matches else 0
                model.setData(index, matches[after % len(matches)], EDIT)
                return
        super().keyPressEvent(event)


class MonitoringPage(QWidget):
    """The round of one period (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commander: Commander | None = None
        self.model = MonitoringModel(self)
        self.heading = QLabel(self.tr("<h2>Monitoring round</h2>"))
        self.period_box = QComboBox(objectName="periodBox")
        self.period_box.setAccessibleName(self.tr("Reporting period"))
        self.period_label = QLabel(self.tr("&Period:"))
        self.period_label.setBuddy(self.period_box)
        self.rhythm_box = QComboBox(objectName="reportingBox")
        for member in Reporting:
            self.rhythm_box.addItem(member.label, member.value)
        rhythm_label = QLabel(self.tr("&Reports:"))
        rhythm_label.setBuddy(self.rhythm_box)
        self.area_box = QComboBox(objectName="areaBox")
        self.area_box.addItem(self.tr("All areas"), None)
        for area in framework.PLAN_AREAS:
            self.area_box.addItem(self.tr("%1 %2").replace("%1", area.code).replace(
                "%2", framework.tr_label(area.short)), area.code)
        area_label = QLabel(self.tr("&Area:"))
        area_label.setBuddy(self.area_box)
        self.missing_box = QCheckBox(self.tr("Only actions &without an update"),
                                     objectName="missingOnly")
        self.earlier = QToolButton(objectName="earlierPeriod", arrowType=Qt.ArrowType.LeftArrow)
        self.earlier.setToolTip(self.tr("Earlier period (Ctrl+PgUp)"))
        self.earlier.setAccessibleName(self.tr("Earlier period"))
        self.later = QToolButton(objectName="laterPeriod", arrowType=Qt.ArrowType.RightArrow)
        self.later.setToolTip(self.tr("Later period (Ctrl+PgDown)"))
        self.later.setAccessibleName(self.tr("Later period"))
        self.earlier.clicked.connect(lambda: self.step_period(-1))
        self.later.clicked.connect(lambda: self.step_period(1))
        for keys, step in (("Ctrl+PgUp", -1), ("Ctrl+PgDown", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step_period(s))
        for combo in (self.area_box, self.rhythm_box):  # may shrink; the list shows all
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        bar = WrapRow()  # the choices wrap onto two lines on a projector's narrow page
        for group in ((self.period_label, self.earlier, self.period_box, self.later),
                      (rhythm_label, self.rhythm_box), (area_label, self.area_box),
                      (self.missing_box,)):
            bar.addWidget(_together(*group))
        self.count = QLabel(objectName="reportedCount")
        self.error = QLabel(objectName="error", wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.table = MonitoringTable(objectName="monitoringTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Progress of each action"))
        self.table.setItemDelegate(CellDelegate(self.model.key, lambda: [], self.table))
        self.table.setEditTriggers(self.table.edit_triggers())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        keys = [key for key, _title in self.model.columns]
        self.fitter = ColumnFitter(self.table, [keys.index(k) for k in FIT_ORDER],
                                   keys.index("title"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(bar)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("Status: type its first letter (again for the next one). Other "
                              "cells: type, then Enter goes down, Tab goes right. Ctrl+Shift+C "
                              "copies what the action reported before."),
                      wordWrap=True, objectName="hint")
        layout.addWidget(hint)
        copy = QShortcut(QKeySequence("Ctrl+Shift+C"), self.table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_before)
        self.period_box.currentIndexChanged.connect(self._on_period)
        self.rhythm_box.activated.connect(self._on_rhythm)
        self.area_box.currentIndexChanged.connect(self._on_filter)
        self.missing_box.toggled.connect(self._on_filter)
        self.model.modelReset.connect(self._update_count)
        self.model.dataChanged.connect(self._update_count)

    # --- the document ----------------------------------------------------------------------------

    def set_commander(self, commander: Commander | None) -> None:
        if self.commander is not None:
            self.commander.failed.disconnect(self._show_error)
            self.commander.succeeded.disconnect(self.error.hide)
            self.commander.doc.changed.disconnect(self._on_doc_changed)
        self.commander = commander
        if commander is not None:
            commander.failed.connect(self._show_error)
            commander.succeeded.connect(self.error.hide)
            commander.doc.changed.connect(self._on_doc_changed)
        self.model.set_commander(commander)
        self._fill_periods()
        self._fit_columns()

    def _on_doc_changed(self, kind: str, _ids: list) -> None:  # type: ignore[type-arg]
        if kind in ("plan", "all"):
            self._fill_periods()

    def _fill_periods(self) -> None:
        """The plan's periods that have begun, newest first; the model's period chosen."""
        self.period_box.blockSignals(True)
        self.period_box.clear()
        if self.commander is not None:
            doc = self.commander.doc
            reporting = doc.plan().reporting
            self.rhythm_box.setCurrentIndex(max(0, self.rhythm_box.findData(reporting)))
            begun = doc.begun_periods()
            if self.model.period not in begun:
                self.model.period = doc.current_period()
            fill_periods(self.period_box, begun, self.model.period)
        self.period_box.blockSignals(False)
        self.step_period(0)
        self.model.reload()

    def _fit_columns(self) -> None:
        """Widths in characters of the content, never narrower than the column's heading; in
        presentation type the least useful columns give way (column_fit.py), so the round
        never scrolls sideways on a projector."""
        metrics = self.table.fontMetrics()
        self.table.horizontalHeader().setFont(self.table.font())
        heading = self.table.horizontalHeader().fontMetrics()
        chars = {"code": 7, "title": 28, "lead": 16, "before": 14, "status": 11, "percent": 5,
                 "note": 26, "reported_by": 12, "reported_on": 10}
        status = max(metrics.horizontalAdvance(s.label) for s in Status)
        least = {"status": status, "before": status + metrics.horizontalAdvance(" · 100%")}
        widths = []
        for column, (key, _label) in enumerate(self.model.columns):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widths.append(max(metrics.averageCharWidth() * chars[key],
                              heading.horizontalAdvance(title) + 8, least.get(key, 0)) + 12)
        self.fitter.set_widths(widths, metrics.horizontalAdvance("M" * 10))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode
            self._fit_columns()

    # --- choices ---------------------------------------------------------------------------------

    def set_period(self, code: str) -> None:
        """Show the round of ``code`` (a period of the list)."""
        found = self.period_box.findData(periods.clean(code))
        if found >= 0:
            self.period_box.setCurrentIndex(found)

    def step_period(self, step: int) -> None:
        """The period before (-1) or after (+1) the one shown; the list is newest first."""
        row = self.period_box.currentIndex() - step
        if 0 <= row < self.period_box.count():
            self.period_box.setCurrentIndex(row)
        self.earlier.setEnabled(self.period_box.currentIndex() < self.period_box.count() - 1)
        self.later.setEnabled(self.period_box.currentIndex() > 0)

    def _on_period(self, _row: int) -> None:
        code = self.period_box.currentData()
        if code:
            self.model.period = code
            self.model.reload()
        self.step_period(0)

    def _on_rhythm(self, _row: int) -> None:
        code = self.rhythm_box.currentData()
        if self.commander is not None and code != self.commander.doc.plan().reporting:
            self.commander.update_plan(reporting=code)

    def _on_filter(self) -> None:
        self.model.area = self.area_box.currentData()
        self.model.missing_only = self.missing_box.isChecked()
        self.model.reload()

    def copy_before(self) -> None:
        """The current action reports what it reported the period before (one step)."""
        index = self.table.currentIndex()
        if not index.isValid() or self.commander is None:
            return
        line: Line = self.model.row_at(index.row())
        if line.before is not None:
            self.commander.set_progress(line.id, self.model.period, status=line.before.status,
                                        percent=line.before.percent)

    def _update_count(self, *_args: object) -> None:
        done, shown = self.model.reported()
        self.count.setText(self.tr("%1 of %n action(s) reported for %2.", None, shown)
                           .replace("%1", str(done))
                           .replace("%2", periods.label(self.model.period) if self.model.period
                                    else ""))

    def _show_error(self, message: str, _field: str) -> None:
        if self.isVisible():
            self.error.setText(message)
            self.error.show()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 4))
        self.table.setFocus()
