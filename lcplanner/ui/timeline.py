"""The timeline: every action as a bar over the plan's years, grouped by area and objective.

A painted view (QAbstractScrollArea), not a widget per bar: it paints only the rows on screen,
so a 10,000-action plan paints and scrolls as fast as a small one (benchmarks/bench_timeline.py).
Drag a bar to move it, its ends to stretch it; by keyboard, select with the arrows, then
Shift+Left/Right moves it by a month, quarter or year (the zoom's step), Ctrl+Shift+Left/Right
moves its end and Alt+Shift+Left/Right its start.  Each change is one undo step.  Enter opens
the action in its area.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from ..core import timeline
from ..core.commands.monitoring import today
from ..core.timeline import STEP_MONTHS, Scale, TimelineRow
from ..printing.timeline_paint import Look, paint_header, paint_rows

if TYPE_CHECKING:
    from .commander import Commander

EDGE = 6  # pixels either side of a bar's end that stretch it rather than move it


class TimelineView(QAbstractScrollArea):
    """See the module's docstring.  ``activated(action_id)``: Enter or a double click."""

    activated = Signal(int)
    selectionChanged = Signal(int)  # noqa: N815  # the selected action's id, 0 for none
    zoomChanged = Signal(str)  # noqa: N815  # + and - keys

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setProperty("scrollsThroughTime", True)  # sideways is the time axis, by design
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.commander: Commander | None = None
        self.rows: list[TimelineRow] = []
        self.zoom = "quarter"
        self.colour_by = "area"
        self.scale = Scale(dt.date(2000, 1, 1), dt.date(2000, 12, 31), 1.0)
        self.selected = -1  # index into rows (an action's), -1 for none
        self._drag: tuple[int, str, int] | None = None  # row, part, x where it began
        self.ghost: tuple[int, dt.date, dt.date] | None = None
        self._reload_soon = QTimer(self, singleShot=True, interval=0)
        self._reload_soon.timeout.connect(self.reload)
        self._make_look()

    def _make_look(self) -> None:
        metrics = self.fontMetrics()
        self.look = Look(self.font(), row_height=max(22, metrics.height() + 8),
                         label_width=max(220, metrics.averageCharWidth() * 36),
                         header_height=2 * (metrics.height() + 6), colour_by=self.colour_by,
                         rtl=QGuiApplication.isRightToLeft())

    # --- the document ----------------------------------------------------------------------------

    def set_commander(self, commander: Commander | None) -> None:
        if self.commander is not None:
            self.commander.doc.changed.disconnect(self._on_changed)
        self.commander = commander
        if commander is not None:
            commander.doc.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, kind: str, ids: list) -> None:  # type: ignore[type-arg]
        if kind in ("action", "progress") and ids and not self._reload_soon.isActive() \
                and self.refresh(ids):
            return
        if kind in ("action", "objective", "milestone", "plan", "all", "progress"):
            self._reload_soon.start()  # once per burst of changes

    def refresh(self, action_ids: list[int]) -> bool:
        """Read again the bars of ``action_ids`` only (a drag on a 10,000-action plan); False
        when one moved to another area or objective, which needs the rows rebuilt."""
        if self.commander is None:
            return False
        where = {r.ident: n for n, r in enumerate(self.rows) if r.kind == "action"}
        if any(i not in where for i in action_ids):
            return False  # a new action: rebuild
        found = self.commander.doc.actions(ids=list(action_ids))
        if len(found) != len(set(action_ids)):
            return False  # a deleted one: rebuild
        for action in found:
            old = self.rows[where[action.id]]
            if old.area != action.area or old.code != action.code:
                return False
            self.rows[where[action.id]] = dataclasses.replace(
                old, label=action.title, status=action.status, percent=action.percent,
                start=action.start_date, end=action.end_date)
        self.viewport().update()
        return True

    def reload(self) -> None:
        """Rows from the plan; the same action stays selected."""
        self._reload_soon.stop()
        keep = self.selected_id()
        if self.commander is None:
            self.rows = []
        else:
            doc = self.commander.doc
            plan = doc.plan()
            self.rows = timeline.build_rows(doc.actions(), doc.objectives(), doc.milestones())
            self.scale = Scale.of(self.zoom, plan.period_start, plan.period_end, self.rows)
        self.selected = next((i for i, r in enumerate(self.rows)
                              if r.kind == "action" and r.ident == keep), -1)
        self._update_bars()
        self.viewport().update()

    def set_zoom(self, zoom: str) -> None:
        """"month", "quarter" or "year"; the selected bar stays in view."""
        if zoom not in timeline.ZOOMS or zoom == self.zoom:
            return
        self.zoom = zoom
        self.scale = Scale(self.scale.first, self.scale.last, timeline.DAY_WIDTH[zoom])
        self._update_bars()
        self.ensure_visible()
        self.viewport().update()

    def set_colour_by(self, what: str) -> None:
        self.colour_by = what
        self._make_look()
        self.viewport().update()

    # --- geometry --------------------------------------------------------------------------------

    def _update_bars(self) -> None:
        visible = max(1, int((self.viewport().height() - self.look.header_height)
                             // self.look.row_height))
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, len(self.rows) - visible))
        bar.setPageStep(visible)
        bar.setSingleStep(1)
        chart = max(1, self.viewport().width() - int(self.look.label_width))
        across = self.horizontalScrollBar()
        across.setRange(0, max(0, int(self.scale.width) - chart))
        across.setPageStep(chart)
        across.setSingleStep(int(30 * self.scale.day_width) or 1)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._update_bars()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self._make_look()
            self._update_bars()

    def row_at(self, y: float) -> int:
        """The row index under ``y`` (viewport coordinates), -1 in the header or below."""
        if y < self.look.header_height:
            return -1
        row = self.verticalScrollBar().value() + int((y - self.look.header_height)
                                                     // self.look.row_height)
        return row if 0 <= row < len(self.rows) else -1

    def bar_rect(self, row: int) -> QRectF:
        """Where the row's bar is drawn now (viewport coordinates); empty when undated."""
        item = self.rows[row]
        if item.start is None or item.end is None:
            return QRectF()
        top = self.look.header_height + (row - self.verticalScrollBar().value()) \
            * self.look.row_height
        left = self.look.label_width - self.horizontalScrollBar().value()
        x0 = left + self.scale.x(item.start)
        x1 = left + self.scale.x(item.end + dt.timedelta(days=1))
        return QRectF(x0, top + self.look.row_height * 0.2, max(2.0, x1 - x0),
                      self.look.row_height * 0.6)

    # --- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self.viewport())
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(event.rect(), self.palette().base())
        offset = self.horizontalScrollBar().value()
        head = self.look.header_height
        paint_header(painter, self.scale, self.zoom, offset,
                     QRectF(self.look.label_width, 0, width - self.look.label_width, head),
                     self.look)
        selected = self.rows[self.selected].ident if self.selected >= 0 else None
        paint_rows(painter, self.rows, self.verticalScrollBar().value(), self.scale, offset,
                   QRectF(0, head, width, height - head), self.look, selected, self.ghost,
                   today())
        painter.end()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self.viewport().update()

    # --- selection and keys ----------------------------------------------------------------------

    def selected_id(self) -> int:
        return self.rows[self.selected].ident if 0 <= self.selected < len(self.rows) else 0

    def select_row(self, row: int) -> None:
        if not 0 <= row < len(self.rows) or self.rows[row].kind != "action":
            return
        if row != self.selected:
            self.selected = row
            self.selectionChanged.emit(self.rows[row].ident)
        self.ensure_visible()
        self.viewport().update()

    def select_action(self, action_id: int) -> None:
        for row, item in enumerate(self.rows):
            if item.kind == "action" and item.ident == action_id:
                self.select_row(row)
                return

    def ensure_visible(self) -> None:
        """Scroll so the selected row, and the start of its bar, are on screen."""
        if self.selected < 0:
            return
        bar = self.verticalScrollBar()
        if self.selected < bar.value():
            bar.setValue(self.selected)
        elif self.selected >= bar.value() + bar.pageStep():
            bar.setValue(self.selected - bar.pageStep() + 1)
        item = self.rows[self.selected]
        if item.start is not None:
            across = self.horizontalScrollBar()
            x = int(self.scale.x(item.start))
            if not across.value() <= x <= across.value() + across.pageStep() - 40:
                across.setValue(max(0, x - 40))

    def _step(self, row: int, step: int) -> int:
        """The next action's row from ``row`` in direction ``step`` (headings skipped)."""
        while 0 <= row + step < len(self.rows):
            row += step
            if self.rows[row].kind == "action":
                return row
        return self.selected

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        shift = Qt.KeyboardModifier.ShiftModifier
        ctrl = Qt.KeyboardModifier.ControlModifier
        alt = Qt.KeyboardModifier.AltModifier
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and mods & shift:
            sign = 1 if key == Qt.Key.Key_Right else -1
            part = "end" if mods & ctrl else "start" if mods & alt else "move"
            self.change_selected(sign * STEP_MONTHS[self.zoom], part)
            return
        moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}
        if key in moves:
            start = self.selected if self.selected >= 0 else -1
            self.select_row(self._step(start, moves[key]))
            return
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            page = self.verticalScrollBar().pageStep() * (1 if key == Qt.Key.Key_PageDown else -1)
            target = min(max(0, self.selected + page), len(self.rows) - 1)
            self.select_row(target if self.rows and self.rows[target].kind == "action"
                            else self._step(target, 1 if page > 0 else -1))
            return
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self.rows:
            self.select_row(self._step(-1, 1) if key == Qt.Key.Key_Home
                            else self._step(len(self.rows), -1))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected >= 0:
            self.activated.emit(self.selected_id())
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus) and not mods & ctrl:
            zooms = timeline.ZOOMS
            index = zooms.index(self.zoom) + (-1 if key != Qt.Key.Key_Minus else 1)
            self.set_zoom(zooms[min(max(0, index), len(zooms) - 1)])
            self.zoomChanged.emit(self.zoom)
            return
        super().keyPressEvent(event)

    def change_selected(self, months: int = 0, part: str = "move", days: int = 0) -> bool:
        """Move or stretch the selected action's bar (one undo step); False when it cannot."""
        if self.selected < 0 or self.commander is None:
            return False
        item = self.rows[self.selected]
        dates = timeline.moved(item, months, days, part)
        if dates is None:
            return False
        if not self.commander.set_dates(item.ident, *dates):
            return False
        if not self.refresh([item.ident]):  # now: a key held down steps from there
            self.reload()
        self.ensure_visible()
        return True

    # --- the mouse -------------------------------------------------------------------------------

    def _part_at(self, row: int, x: float) -> str:
        rect = self.bar_rect(row)
        if rect.isEmpty() or not rect.left() - EDGE <= x <= rect.right() + EDGE:
            return ""
        if abs(x - rect.left()) <= EDGE:
            return "start"
        if abs(x - rect.right()) <= EDGE:
            return "end"
        return "move"

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        row = self.row_at(event.position().y())
        if row < 0 or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.select_row(row)
        part = self._part_at(row, event.position().x())
        read_only = self.commander is None or self.commander.doc.read_only
        if part and not read_only:
            self._drag = (row, part, round(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        x = event.position().x()
        if self._drag is None:
            row = self.row_at(event.position().y())
            part = self._part_at(row, x) if row >= 0 else ""
            cursor = Qt.CursorShape.SizeHorCursor if part in ("start", "end") else \
                Qt.CursorShape.OpenHandCursor if part == "move" else Qt.CursorShape.ArrowCursor
            self.viewport().setCursor(cursor)
            return
        row, part, began = self._drag
        days = round((x - began) / self.scale.day_width)
        dates = timeline.moved(self.rows[row], days=days, part=part)
        if dates is not None:
            self.ghost = (self.rows[row].ident, *dates)
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            return super().mouseReleaseEvent(event)
        row, _part, _began = self._drag
        ghost, self._drag, self.ghost = self.ghost, None, None
        item = self.rows[row]
        if ghost is not None and (ghost[1], ghost[2]) != (item.start, item.end) \
                and self.commander is not None and self.commander.set_dates(item.ident, *ghost[1:]):
            if not self.refresh([item.ident]):  # now: the next grab finds the bar there
                self.reload()
        self.viewport().update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        row = self.row_at(event.position().y())
        if row >= 0 and self.rows[row].kind == "action":
            self.activated.emit(self.rows[row].ident)

    def point_of(self, action_id: int, part: str = "move") -> QPoint:
        """Where a person grabs a bar (tests and tools): its middle or one of its ends."""
        row = next(i for i, r in enumerate(self.rows) if r.kind == "action" and r.ident == action_id)
        self.select_row(row)
        rect = self.bar_rect(row)
        x = rect.left() + 1 if part == "start" else rect.right() - 1 if part == "end" \
            else rect.center().x()
        return QPoint(round(x), round(rect.center().y()))
