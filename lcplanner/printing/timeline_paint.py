"""Paint the timeline with a QPainter: the window's view and the PDF call the same code.

A row is a heading (an area, an objective) or an action's bar from its start to its end, its
done part filled, milestones as diamonds (filled when reached), today as a red line.  Colour is
the area's or the status's; the code and title always stand beside it, so colour never carries
meaning alone.  Only the rows asked for are painted: the cost of a frame does not grow with the
plan.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintDevice,
    QPen,
    QPolygonF,
    QTextOption,
)

from ..core import framework
from ..core.colours import AREA_FILLS, tint
from ..core.timeline import STATUS_FILLS, Scale, TimelineRow

CONTEXT = "Timeline"
# %1 the quarter's number: a mark of the axis ("Q2").
QUARTER_MARK = QT_TRANSLATE_NOOP("Timeline", "Q%1")
NO_DATES = QT_TRANSLATE_NOOP("Timeline", "no dates yet")
GRID = QColor("#E2E2E2")
TEXT = QColor("#1A1A1A")
MUTED = QColor("#6B6B6B")
TODAY = QColor("#C62828")
SELECTED = QColor("#FFF3C4")


@dataclass
class Look:
    """How rows are drawn: sizes (device units), font, colour by "area" or "status"."""

    font: QFont
    row_height: float = 24.0
    label_width: float = 300.0
    header_height: float = 40.0
    colour_by: str = "area"
    rtl: bool = False
    device: QPaintDevice | None = None  # a PDF writer: text measured at its resolution
    # (context, source) -> text: the window's language, or a PDF's (labels.Pdf.texts)
    translate: Callable[[str, str], str] = QCoreApplication.translate
    locale: QLocale = field(default_factory=QLocale)

    def __post_init__(self) -> None:
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.metrics = QFontMetricsF(self.font, self.device) if self.device is not None \
            else QFontMetricsF(self.font)
        self._brushes: dict[tuple[str, bool], QBrush] = {}

    def brush(self, row: TimelineRow, light: bool) -> QBrush:
        key = (row.status if self.colour_by == "status" else row.area, light)
        found = self._brushes.get(key)
        if found is None:
            hex_colour = STATUS_FILLS.get(key[0], "#9E9E9E") if self.colour_by == "status" \
                else AREA_FILLS.get(key[0], "#9E9E9E")
            found = QBrush(QColor(tint(hex_colour, 0.35) if light else hex_colour))
            self._brushes[key] = found
        return found


def _label(row: TimelineRow, look: Look) -> str:
    if row.kind == "area":
        area = framework.AREA_BY_CODE.get(row.area)
        name = look.translate(framework.CONTEXT, area.name) if area else ""
        return f"{row.area}  {name}"
    return f"{row.code}  {row.label}" if row.code else row.label


def paint_header(painter: QPainter, scale: Scale, zoom: str, offset: float, rect: QRectF,
                 look: Look) -> None:
    """The axis over ``rect``: years on the first line, months or quarters on the second."""
    painter.save()
    painter.setClipRect(rect)
    painter.fillRect(rect, QColor("#F7F7F7"))
    painter.setFont(look.font)
    locale = look.locale
    half = rect.height() / 2
    for day, kind in scale.ticks(zoom):
        x = rect.left() + scale.x(day) - offset
        if x > rect.right():
            break
        if kind == "year" or zoom != "year":
            painter.setPen(QPen(MUTED if kind == "year" else GRID, 1))
            top = rect.top() if kind == "year" else rect.top() + half
            painter.drawLine(QPointF(x, top), QPointF(x, rect.bottom()))
        if kind == "year":
            painter.setPen(TEXT)
            painter.setFont(look.bold)
            painter.drawText(QRectF(x + 4, rect.top(), look.metrics.horizontalAdvance("00000"),
                                    half), Qt.AlignmentFlag.AlignVCenter, str(day.year))
            painter.setFont(look.font)
        if zoom == "month":
            text = locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
        elif zoom == "quarter":
            text = look.translate(CONTEXT, QUARTER_MARK).replace(
                "%1", str((day.month - 1) // 3 + 1))
        else:
            text = ""
        if text:
            painter.setPen(MUTED)
            painter.drawText(QRectF(x + 3, rect.top() + half,
                                    look.metrics.horizontalAdvance(text) + 6, half),
                             Qt.AlignmentFlag.AlignVCenter, text)
    painter.restore()


def paint_rows(painter: QPainter, rows: Sequence[TimelineRow], first: int, scale: Scale,
               offset: float, rect: QRectF, look: Look, selected: int | None = None,
               ghost: tuple[int, dt.date, dt.date] | None = None,
               today: dt.date | None = None) -> None:
    """Rows ``first`` on, as many as fit ``rect``: labels in the first ``look.label_width``,
    bars right of them, the time axis scrolled by ``offset``.  ``ghost``: (action id, start,
    end) drawn instead of its stored dates, while a bar is dragged."""
    painter.save()
    height = look.row_height
    label = QRectF(rect.left(), rect.top(), look.label_width, rect.height())
    chart = QRectF(label.right(), rect.top(), rect.width() - look.label_width, rect.height())
    count = min(len(rows) - first, int(rect.height() // height) + 2)
    for n in range(max(0, count)):
        row = rows[first + n]
        top = rect.top() + n * height
        if row.kind == "action" and row.ident == selected:
            painter.fillRect(QRectF(rect.left(), top, rect.width(), height), SELECTED)
        elif row.kind == "area":
            painter.fillRect(QRectF(rect.left(), top, rect.width(), height), QColor("#F0F0F0"))
        across = label.width() if row.kind == "action" else rect.width()  # headings span
        _paint_label(painter, row, QRectF(label.left() + 6, top, across - 10, height), look)
        if row.kind == "action":
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(label.right(), top), QPointF(label.right(), top + height))
            painter.setClipRect(chart)
            dates = (ghost[1], ghost[2]) if ghost and ghost[0] == row.ident else (row.start,
                                                                                row.end)
            _paint_bar(painter, row, dates, scale, chart.left() - offset, top, look)
            painter.setClipping(False)

    if today is not None and scale.first <= today <= scale.last:
        x = chart.left() - offset + scale.x(today)
        if chart.left() <= x <= chart.right():
            painter.setPen(QPen(TODAY, 1.5))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
    painter.restore()


def _paint_label(painter: QPainter, row: TimelineRow, box: QRectF, look: Look) -> None:
    painter.setFont(look.bold if row.kind != "action" else look.font)
    painter.setPen(TEXT if row.kind != "objective" else MUTED)
    indent = {"area": 0, "objective": 8, "action": 16}[row.kind]
    box = box.adjusted(0 if look.rtl else indent, 0, -indent if look.rtl else 0, 0)
    label = _label(row, look)
    text = look.metrics.elidedText(label, Qt.TextElideMode.ElideRight, box.width())
    # Each label in its own direction (an English title in an Arabic window ends with its "…"
    # on the right), set where the window's reading starts.
    option = QTextOption(Qt.AlignmentFlag.AlignVCenter | (
        Qt.AlignmentFlag.AlignRight if look.rtl else Qt.AlignmentFlag.AlignLeft))
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if _rtl_text(label)
                            else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    painter.drawText(box, text, option)


def _rtl_text(text: str) -> bool:
    """Whether the first strongly directed letter of ``text`` is written right to left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _paint_bar(painter: QPainter, row: TimelineRow, dates: tuple[dt.date | None, dt.date | None],
               scale: Scale, left: float, top: float, look: Look) -> None:
    start, end = dates
    height = look.row_height
    if start is None or end is None:
        painter.setPen(MUTED)
        painter.setFont(look.font)
        anchor = start or end
        x = left + (scale.x(anchor) if anchor else 0) + 4
        text = look.translate(CONTEXT, NO_DATES)
        painter.drawText(QRectF(x, top, look.metrics.horizontalAdvance(text) + 8, height),
                         Qt.AlignmentFlag.AlignVCenter, text)
        return
    x0 = left + scale.x(start)
    x1 = left + scale.x(end + dt.timedelta(days=1))
    bar = QRectF(x0, top + height * 0.2, max(2.0, x1 - x0), height * 0.6)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(look.brush(row, light=True))
    painter.drawRect(bar)
    if row.percent:
        painter.setBrush(look.brush(row, light=False))
        painter.drawRect(QRectF(bar.left(), bar.top(), bar.width() * row.percent / 100,
                                bar.height()))
    painter.setPen(QPen(QColor("#4A4A4A"), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(bar)
    for stone in row.milestones:
        x = left + scale.x(stone.due_on)
        mid = top + height / 2
        size = height * 0.32
        diamond = QPolygonF([QPointF(x, mid - size), QPointF(x + size, mid),
                             QPointF(x, mid + size), QPointF(x - size, mid)])
        painter.setBrush(QBrush(TEXT) if stone.done else QBrush(QColor("#FFFFFF")))
        painter.setPen(QPen(TEXT, 1.2))
        painter.drawPolygon(diamond)
