"""The 12 areas of the framework as a strip of coloured chips, each with its mean rating: the
stock-take's way of choosing an area, and the one place that names the rating levels on screen
(the labels themselves are core.vocab.RATING_LEVELS, shared with the export).
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..core import framework
from ..core.vocab import rating_label
from . import area_colours

NOT_RATED = QT_TRANSLATE_NOOP("Stocktake", "not rated")
LEVEL_FILLS = ("#F4C7C3", "#FCE3A6", "#CFE8C9", "#9FD49A")  # pale red .. green, black text
Index = QModelIndex | QPersistentModelIndex
AreaRole = Qt.ItemDataRole.UserRole + 2
LevelRole = Qt.ItemDataRole.UserRole + 3


def level_label(level: int | None) -> str:
    """The translated name of a level (0-3), or "not rated"."""
    return QCoreApplication.translate("Stocktake", NOT_RATED) if level is None \
        else rating_label(level)


def nearest_level(mean: float) -> int:
    """The level a mean rating is closest to (1.5 is "established"; no banker's rounding)."""
    return min(3, max(0, int(mean + 0.5)))


# --- the area strip ------------------------------------------------------------------------------


class _AreaDelegate(QStyledItemDelegate):
    """A chip in the area's colour: the code, and under it the area's mean level."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        fm = option.fontMetrics
        return QSize(fm.horizontalAdvance("BB6") + fm.height() + 8, fm.height() * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        code = index.data(AreaRole)
        rect = QRect(option.rect).adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(area_colours.colour(code))
        painter.setPen(QPen(QColor("#000000") if selected else area_colours.border(code),
                            4 if selected else 1))
        painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
        painter.setPen(area_colours.text_colour(code))
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        top, bottom = rect.adjusted(0, 4, 0, -rect.height() // 2), rect.adjusted(
            0, rect.height() // 2, 0, -4)
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, code)
        painter.setFont(option.font)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, index.data(LevelRole) or "–")
        painter.restore()


class AreaStrip(QListWidget):
    """The 12 areas in a row in their colours; arrows choose, the heading names the area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areaStrip")
        self.setAccessibleName(self.tr("Area"))
        # One row of chips, or more where the row does not fit (presentation type at 1024 px):
        # never a sideways scroll bar; the height follows the rows and the font (_fit_height).
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_AreaDelegate(self))
        for area in framework.AREAS:
            item = QListWidgetItem()
            item.setData(AreaRole, area.code)
            item.setToolTip(self.tr("%1 · %2").replace("%2", framework.tr_label(area.name))
                            .replace("%1", area.code))
            self.addItem(item)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the rows of chips the width holds (one on a laptop)."""
        chip = self.sizeHintForIndex(self.model().index(0, 0))
        step = chip.width() + 2 * self.spacing()
        room = max(self.viewport().width(), step) if self.isVisible() else 10_000
        per_row = max(1, room // step)
        rows = -(-self.count() // per_row)
        height = rows * (chip.height() + 2 * self.spacing()) + 2 * self.frameWidth() + 4
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._fit_height()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.doItemsLayout()
            self._fit_height()

    def set_levels(self, levels: dict[str, float]) -> None:
        locale = QLocale()
        for row in range(self.count()):
            item = self.item(row)
            code = item.data(AreaRole)
            mean = levels.get(code)
            item.setData(LevelRole, None if mean is None else locale.toString(mean, "f", 1))
            name = framework.tr_label(framework.AREA_BY_CODE[code].name)
            level = level_label(None if mean is None else nearest_level(mean))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("%1 %2: %3")
                         .replace("%3", level).replace("%2", name).replace("%1", code))


LOW = 1.5  # an area whose mean level is below this is a place to start


def start_text(levels: dict[str, float]) -> str:
    """"Start here: BB3 (not in place), FC2 (emerging)": the areas rated low, lowest first, each
    a link to its area (the stock-take page and the overview say it alike)."""
    if not levels:
        return QCoreApplication.translate(
            "StocktakePage", "Start here: rate the areas, and those rated low are listed here.")
    order = {a.code: i for i, a in enumerate(framework.AREAS)}
    low = sorted((code for code, mean in levels.items() if mean < LOW),
                 key=lambda c: (levels[c], order[c]))
    if not low:
        return QCoreApplication.translate("StocktakePage", "No area is rated below established.")
    items = [QCoreApplication.translate("StocktakePage", "%1 (%2)", "area code (level)")
             .replace("%2", html.escape(level_label(nearest_level(levels[c]))))
             .replace("%1", f'<a href="{c}">{c}</a>') for c in low]
    return QCoreApplication.translate("StocktakePage", "Start here: %1").replace(
        "%1", QLocale().createSeparatedList(items))
