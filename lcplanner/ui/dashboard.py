"""The monitoring dashboard: per area the actions on track, delayed, not started and done, the
money spent against the plan; the indicators against their targets; who has not reported yet.

The numbers come from one call (core/dashboard.py).  The area bars are painted, every bar with
its numbers written beside it (colour never carries the meaning alone).  A double click on an
indicator opens its measurements; on an action without an update, the monitoring round.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QEvent,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTabWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core import framework, periods
from ..core.dashboard import Dashboard, IndicatorProgress, MissingUpdate
from ..core.timeline import STATUS_FILLS
from ..core.vocab import Status
from . import fmt
from .detail_tables import RowsTableModel
from .measurements_dialog import shown_value
from .monitoring_page import fill_periods

if TYPE_CHECKING:
    from .commander import Commander

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
DISPLAY = Qt.ItemDataRole.DisplayRole
SHOWN = ("on_track", "delayed", "not_started", "done")  # cancelled: counted, not drawn


class AreaBars(QWidget):
    """One line per area: code and name, a bar of its actions by status, then spent of planned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: Dashboard | None = None
        self.currency = "TRY"
        self.setAccessibleName(self.tr("Actions and spending per area"))

    def set_board(self, board: Dashboard, currency: str) -> None:
        self.board, self.currency = board, currency
        line = self.fontMetrics().height() + 10
        self.setMinimumHeight(line * (len(board.areas) + 2) + 8)  # headings, areas, legend
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The bars in words (screen readers, tests)."""
        if self.board is None:
            return ""
        lines = []
        for area in self.board.areas:
            counts = ", ".join(f"{Status.label_of(s)} {area.counts[s]}" for s in SHOWN)
            lines.append(self.tr("%1: %2; spent %3 of %4").replace("%1", area.area).replace(
                "%2", counts).replace("%3", fmt.money(area.spent, self.currency, places=0))
                .replace("%4", fmt.money(area.planned, self.currency, places=0)))
        return "\n".join(lines)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        if self.board is None:
            return
        metrics = self.fontMetrics()
        line = metrics.height() + 10
        name_width = max(metrics.horizontalAdvance(f"{a.code}  {framework.tr_label(a.short)}")
                         for a in framework.PLAN_AREAS) + 12
        width = self.width() - name_width - 16
        bar_width, money_width = width * 0.55, width * 0.45 - 12
        texts = [self.tr("%1 of %2").replace(
            "%1", fmt.money(a.spent, self.currency, places=0)).replace(
            "%2", fmt.money(a.planned, self.currency, places=0)) for a in self.board.areas]
        text_width = max(metrics.horizontalAdvance(t) for t in texts) + 8
        room = max(20.0, money_width - text_width - 6)  # the planned bar, its text beside it
        most = max([a.total for a in self.board.areas] + [1])
        most_money = max([a.planned for a in self.board.areas] + [1])
        painter.setPen(self.palette().text().color())
        heads = (self.tr("Actions by status"), self.tr("Spent of planned"))
        painter.drawText(QRectF(name_width, 0, bar_width, line), Qt.AlignmentFlag.AlignVCenter,
                         heads[0])
        x, legend = float(name_width), (len(self.board.areas) + 1) * line
        for status in SHOWN:  # the legend under the bars: which colour is which status
            swatch = metrics.height() * 0.7
            painter.fillRect(QRectF(x, legend + (line - swatch) / 2, swatch, swatch),
                             QColor(STATUS_FILLS[status]))
            label = Status.label_of(status)
            painter.drawText(QRectF(x + swatch + 4, legend, metrics.horizontalAdvance(label) + 4,
                                    line), Qt.AlignmentFlag.AlignVCenter, label)
            x += swatch + metrics.horizontalAdvance(label) + 16
        painter.drawText(QRectF(name_width + bar_width + 12, 0, money_width, line),
                         Qt.AlignmentFlag.AlignVCenter, heads[1])
        for n, area in enumerate(self.board.areas, start=1):
            top = n * line
            info = framework.AREA_BY_CODE[area.area]
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(6, top, name_width - 8, line), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(f"{area.area}  {framework.tr_label(info.short)}",
                                                Qt.TextElideMode.ElideRight, name_width - 8))
            x = float(name_width)
            for status in SHOWN:
                count = area.counts[status]
                if not count:
                    continue
                w = bar_width * 0.85 * count / most
                rect = QRectF(x, top + 4, w, line - 8)
                painter.fillRect(rect, QColor(STATUS_FILLS[status]))
                text = str(count)
                if metrics.horizontalAdvance(text) + 4 < w:
                    painter.setPen(QColor("#FFFFFF") if status != "not_started" else QColor("#000000"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
                x += w
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 4, top, 60, line), Qt.AlignmentFlag.AlignVCenter,
                             str(area.total))
            left = name_width + bar_width + 12
            planned_w = room * float(area.planned / most_money)
            painter.fillRect(QRectF(left, top + 4, planned_w, line - 8), QColor("#E0E0E0"))
            if area.planned:
                spent_w = planned_w * min(1.0, float(area.spent / area.planned))
                painter.fillRect(QRectF(left, top + 4, spent_w, line - 8), QColor("#555555"))
            painter.drawText(QRectF(left + planned_w + 6, top, text_width, line),
                             Qt.AlignmentFlag.AlignVCenter, texts[n - 1])
        painter.end()


class _GivenRows(RowsTableModel):
    """A read-only table of rows the page hands over (from one dashboard call)."""

    given: list = []  # type: ignore[type-arg]

    def set_rows(self, rows: list) -> None:  # type: ignore[type-arg]
        self.given = rows
        self.reload()

    def _load(self) -> list:  # type: ignore[type-arg]
        return self.given

    def editable(self, index: Index) -> bool:
        return False


class TargetsModel(_GivenRows):
    columns = (
        ("owner", QT_TRANSLATE_NOOP("DashboardIndicators", "Of")),
        ("name", QT_TRANSLATE_NOOP("DashboardIndicators", "Indicator")),
        ("baseline", QT_TRANSLATE_NOOP("DashboardIndicators", "Baseline")),
        ("latest", QT_TRANSLATE_NOOP("DashboardIndicators", "Latest")),
        ("target", QT_TRANSLATE_NOOP("DashboardIndicators", "Target")),
        ("share", QT_TRANSLATE_NOOP("DashboardIndicators", "Of the way")),
    )
    context = "DashboardIndicators"

    def data(self, index: Index, role: int = DISPLAY):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row: IndicatorProgress = self._rows[index.row()]
        key = self.key(index.column())
        if role == IdRole:
            return row.id
        if role == DISPLAY:
            if key in ("baseline", "latest", "target"):
                return shown_value(row, getattr(row, key))  # type: ignore[arg-type]
            if key == "share":
                return "" if row.share is None else fmt.percent(round(row.share * 100))
            return getattr(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "latest" and row.measured_on is not None:
                return self.tr("Measured on %1").replace("%1", fmt.date(row.measured_on))
            if key == "name":
                return row.name
        if role == Qt.ItemDataRole.ForegroundRole and key == "share" and row.share is not None:
            return QColor("#1B5E20") if row.share >= 1 else QColor("#B71C1C") if row.share < 0 \
                else None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("baseline", "latest", "target",
                                                                  "share"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class MissingModel(_GivenRows):
    columns = (
        ("code", QT_TRANSLATE_NOOP("DashboardMissing", "Code")),
        ("title", QT_TRANSLATE_NOOP("DashboardMissing", "Action")),
        ("status", QT_TRANSLATE_NOOP("DashboardMissing", "Status now")),
    )
    context = "DashboardMissing"

    def data(self, index: Index, role: int = DISPLAY):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row: MissingUpdate = self._rows[index.row()]
        key = self.key(index.column())
        if role == IdRole:
            return row.action_id
        if role == DISPLAY:
            return Status.label_of(row.status) if key == "status" else getattr(row, key)
        return None


class DashboardPage(QWidget):
    """``roundRequested(period)``: open the monitoring round of the period shown."""

    roundRequested = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commander: Commander | None = None
        self.board: Dashboard | None = None
        self.heading = QLabel(self.tr("<h2>Dashboard</h2>"))
        self.period_box = QComboBox(objectName="dashboardPeriod")
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_box)
        self.summary = QLabel(objectName="dashboardSummary", wordWrap=True)
        self.bars = AreaBars()
        self.indicators = TargetsModel(self)
        self.indicator_view = self._table(self.indicators, "dashboardIndicators",
                                          self.tr("Indicators against their targets"))
        self.missing = MissingModel(self)
        self.missing_view = self._table(self.missing, "dashboardMissing",
                                        self.tr("Actions without an update this period"))
        self.missing_label = QLabel(objectName="missingLabel")
        bar = QHBoxLayout()
        bar.addWidget(period_label)
        bar.addWidget(self.period_box)
        bar.addStretch(1)
        # Two tabs the whole page wide (a projector shows a long indicator's name); Ctrl+Tab
        # goes from one to the other.
        self.lower = QTabWidget(objectName="dashboardTabs")
        self.lower.addTab(self.indicator_view, self.tr("&Indicators against their targets"))
        missing = QWidget()
        column = QVBoxLayout(missing)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.missing_label)
        column.addWidget(self.missing_view)
        self.lower.addTab(missing, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.bars)
        layout.addWidget(self.lower, 1)
        self._refresh_soon = QTimer(self, singleShot=True, interval=150)
        self._refresh_soon.timeout.connect(self.refresh)
        self.period_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.indicator_view.doubleClicked.connect(self._open_indicator)
        self.missing_view.doubleClicked.connect(
            lambda _i: self.roundRequested.emit(self.board.period if self.board else ""))

    @staticmethod
    def _table(model: RowsTableModel, name: str, accessible: str) -> QTableView:
        view = QTableView(objectName=name)
        view.setModel(model)
        view.setAccessibleName(accessible)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        DashboardPage._fit(view)
        return view

    @staticmethod
    def _fit(view: QTableView) -> None:
        """Columns as wide as their heading and a few characters of the type shown now (larger
        in presentation mode); the name takes what is left."""
        model = view.model()
        header = view.horizontalHeader()
        keys = [key for key, _title in model.columns]  # type: ignore[attr-defined]
        chars = view.fontMetrics().averageCharWidth()
        for column, key in enumerate(keys):
            if key in ("name", "title"):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                title = str(model.headerData(column, Qt.Orientation.Horizontal))
                width = {"owner": 7, "code": 6, "status": 12}.get(key, 7)
                header.resizeSection(column, max(chars * width, header.fontMetrics()
                                                 .horizontalAdvance(title) + 12) + 8)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode
            self._fit(self.indicator_view)
            self._fit(self.missing_view)

    def set_commander(self, commander: Commander | None) -> None:
        if self.commander is not None:
            self.commander.doc.changed.disconnect(self._on_changed)
        self.commander = commander
        if commander is not None:
            commander.doc.changed.connect(self._on_changed)
        self._fill_periods()
        self.refresh()

    def _on_changed(self, kind: str, _ids: list) -> None:  # type: ignore[type-arg]
        if kind == "plan":
            self._fill_periods()
        if self.isVisible():
            self._refresh_soon.start()
        else:
            self.board = None  # counted again when shown

    def _fill_periods(self) -> None:
        self.period_box.blockSignals(True)
        keep = self.period_box.currentData()
        self.period_box.clear()
        if self.commander is not None:
            doc = self.commander.doc
            codes = doc.begun_periods()
            fill_periods(self.period_box, codes, keep if keep in codes else doc.current_period())
        self.period_box.blockSignals(False)

    def refresh(self) -> None:
        """Count again (one call to the store) and show it."""
        self._refresh_soon.stop()
        if self.commander is None or self.period_box.currentData() is None:
            return
        doc = self.commander.doc
        self.board = doc.dashboard(self.period_box.currentData())
        currency = doc.plan().currency
        counts = self.board.counts
        self.summary.setText(self.tr(
            "%n action(s): %2 on track, %3 delayed, %4 not started, %5 done, %6 cancelled.",
            None, sum(counts.values()))
            .replace("%2", str(counts["on_track"]))
            .replace("%3", str(counts["delayed"])).replace("%4", str(counts["not_started"]))
            .replace("%5", str(counts["done"])).replace("%6", str(counts["cancelled"])))
        self.bars.set_board(self.board, currency)
        self.indicators.set_rows(self.board.indicators)
        self.missing.set_rows(self.board.missing)
        self.missing_label.setText(self.tr("<b>No update for %1: %n action(s)</b>", None,
                                           len(self.board.missing))
                                   .replace("%1", periods.label(self.board.period)))
        self.lower.setTabText(1, self.tr("&Not reported (%n)", None, len(self.board.missing)))

    def _open_indicator(self, index: QModelIndex) -> None:
        if self.commander is None:
            return
        from .measurements_dialog import MeasurementsDialog

        MeasurementsDialog(self.commander, index.data(IdRole), self).exec()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if self.board is None:
            self.refresh()
