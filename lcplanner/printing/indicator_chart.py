"""A small line chart of one indicator's measurements over time, painted with a QPainter.

QtCharts is not in the essentials wheel the app ships with, and a chart of a handful of points
against a baseline and a target needs no more than this: the window's measurements dialog and
the progress report's PDF paint the same chart.  Values that are not numbers (a yes/no or a
description) are not drawn; the table beside the chart lists them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from ..core.dashboard import number as stored_number
from ..core.text import date_format

LINE = QColor("#0072B2")
TARGET = QColor("#009E73")
BASELINE = QColor("#6B6B6B")
AXIS = QColor("#BDBDBD")


def number(text: str | None) -> float | None:
    """A stored value as a number to draw, None when it is not one."""
    value = stored_number(text)
    return None if value is None else float(value)


def paint_chart(painter: QPainter, rect: QRectF, points: Sequence[tuple[dt.date, float]],
                baseline: float | None, target: float | None, font: QFont,
                locale: QLocale | None = None) -> bool:
    """Measurements as a line with dots, the baseline and target as dashed lines, the first
    and last date under the axis.  False (nothing painted but a frame) when there are no
    numbers to draw."""
    locale = locale or QLocale()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    painter.setPen(QPen(AXIS, 1))
    painter.drawRect(rect)
    values = [v for _d, v in points] + [v for v in (baseline, target) if v is not None]
    if not points or not values:
        painter.restore()
        return False
    low, high = min(values), max(values)
    if high == low:
        low, high = low - 1, high + 1
    margin = (high - low) * 0.1
    low, high = low - margin, high + margin
    label_width = max(metrics.horizontalAdvance(locale.toString(v, "g", 6))
                      for v in (low, high)) + 8
    plot = rect.adjusted(label_width, metrics.height() / 2 + 4, -10, -metrics.height() - 8)
    first = min(d for d, _v in points)
    last = max(d for d, _v in points)
    span = max(1, (last - first).days)

    def at(day: dt.date, value: float) -> QPointF:
        x = plot.left() + (plot.width() * (day - first).days / span if len(points) > 1
                           else plot.width() / 2)
        return QPointF(x, plot.bottom() - plot.height() * (value - low) / (high - low))

    for value, colour in ((baseline, BASELINE), (target, TARGET)):
        if value is not None:
            y = at(first, value).y()
            painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    painter.setPen(QPen(BASELINE, 1))
    for value in (low + margin, high - margin):
        y = at(first, value).y()
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, label_width - 4,
                                metrics.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         locale.toString(value, "g", 6))
    ordered = sorted(points)
    path = QPainterPath(at(*ordered[0]))
    for day, value in ordered[1:]:
        path.lineTo(at(day, value))
    painter.setPen(QPen(LINE, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setBrush(LINE)
    for day, value in ordered:
        painter.drawEllipse(at(day, value), 3.5, 3.5)
    painter.setPen(QPen(BASELINE, 1))
    bottom = QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height())
    fmt = date_format(locale)

    def text(day: dt.date) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), fmt)

    painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft), text(first))
    if last != first:
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignRight), text(last))
    painter.restore()
    return True
