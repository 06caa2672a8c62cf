"""The impact–effort board: a 2×2 field where the room places the wall's cards.

Impact runs up, effort runs right, both 0–100 as the store keeps them (``impact``, ``effort``);
the quadrants are named as facilitators know them (quick wins, major projects, fill-ins,
thankless tasks).  Only placed cards are drawn, as small chips in their area's colour, so a wall of
2,000 cards still paints at once.  A chip is dragged to a new place, a card of the side list (or
several) dropped on the board; the keyboard way (Ctrl+arrows in steps of 10) lives in the page.
The board only *asks* (``placeRequested``): the page turns that into undoable commands.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.rows import IdeaRow
from . import area_colours
from .idea_model import CardDelegate, IdeaModel, card_font, card_size, ids_of_mime, wrapped_lines

CONTEXT = "IdeaBoard"
# (code, translatable name, high impact?, high effort?) in reading order: top row first.
QUADRANTS: tuple[tuple[str, str, bool, bool], ...] = (
    ("quick_win", QT_TRANSLATE_NOOP("IdeaBoard", "Quick wins"), True, False),
    ("major_project", QT_TRANSLATE_NOOP("IdeaBoard", "Major projects"), True, True),
    ("fill_in", QT_TRANSLATE_NOOP("IdeaBoard", "Fill-ins"), False, False),
    ("thankless", QT_TRANSLATE_NOOP("IdeaBoard", "Thankless tasks"), False, True),
)
_TINTS = {"quick_win": "#E3F4E8", "major_project": "#E6EEF9", "fill_in": "#F6F3E4",
          "thankless": "#F7E8E8"}
CHIP_LINES = 2  # lines of a card's text on its chip
STEP = 10  # Ctrl+arrow moves a card this far on the 0–100 scales


def quadrant_label(code: str) -> str:
    """The translated name of a quadrant code ('quick_win', ...)."""
    for key, name, _impact, _effort in QUADRANTS:
        if key == code:
            return QCoreApplication.translate(CONTEXT, name)
    return code


def stepped(card: IdeaRow, d_impact: int, d_effort: int) -> tuple[int, int]:
    """A card's place after one Ctrl+arrow; a card not placed yet starts in the middle."""
    impact = 50 if card.impact is None else card.impact
    effort = 50 if card.effort is None else card.effort
    return (max(0, min(100, impact + d_impact * STEP)), max(0, min(100, effort + d_effort * STEP)))


class ImpactEffortBoard(QWidget):
    """Draws the quadrants and the placed cards of ``model``; asks to place and to choose cards."""

    placeRequested = Signal(list, int, int)  # card ids, impact, effort
    chosen = Signal(list)  # card ids clicked on the board

    def __init__(self, model: IdeaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.selected: set[int] = set()
        self.editable = False
        self._drag: tuple[int, QPoint, QPointF] | None = None  # id, press point, chip centre now
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved,
                       model.modelReset, model.layoutChanged):
            signal.connect(self.update)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 480)

    # --- geometry --------------------------------------------------------------------------------

    def _font(self) -> QFont:
        return card_font(self.font())

    def field(self) -> QRect:
        """The 0–100 × 0–100 square's rectangle, with room for the axis names."""
        line = QFontMetrics(self._font()).lineSpacing()
        return self.rect().adjusted(line + 12, 8, -8, -(line + 12))

    def point_of(self, impact: int, effort: int) -> QPointF:
        f = self.field()
        return QPointF(f.left() + f.width() * effort / 100, f.bottom() - f.height() * impact / 100)

    def place_at(self, pos: QPointF | QPoint) -> tuple[int, int]:
        """(impact, effort) of a point on the board, kept inside 0–100."""
        f = self.field()
        effort = round((pos.x() - f.left()) / max(1, f.width()) * 100)
        impact = round((f.bottom() - pos.y()) / max(1, f.height()) * 100)
        return max(0, min(100, impact)), max(0, min(100, effort))

    def _chip(self, centre: QPointF) -> QRectF:
        fm = QFontMetrics(self._font())
        width, height = fm.averageCharWidth() * 16, fm.lineSpacing() * CHIP_LINES + 10
        return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)

    def placed(self) -> list[IdeaRow]:
        """Placed cards in drawing order (selected ones last, on top)."""
        cards = [c for c in self.model.cards() if c.impact is not None and c.effort is not None]
        cards.sort(key=lambda c: (c.id in self.selected, c.area, c.position))
        return cards

    def card_at(self, pos: QPoint) -> int | None:
        for card in reversed(self.placed()):
            if self._chip(self.point_of(card.impact or 0, card.effort or 0)).contains(QPointF(pos)):
                return card.id
        return None

    # --- painting --------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        font = self._font()
        bold = QFont(font)
        bold.setBold(True)
        fm = QFontMetrics(font)
        f = self.field()
        half_w, half_h = f.width() // 2, f.height() // 2
        for code, name, high_impact, high_effort in QUADRANTS:
            cell = QRect(f.left() + (half_w if high_effort else 0),
                         f.top() + (0 if high_impact else half_h), half_w, half_h)
            painter.fillRect(cell, QColor(_TINTS[code]))
            painter.setPen(QColor("#444444"))
            painter.setFont(bold)
            painter.drawText(cell.adjusted(8, 4, -8, -4),
                             int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter),
                             QCoreApplication.translate(CONTEXT, name))
        painter.setPen(QPen(QColor("#888888"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(f.left() + half_w, f.top(), f.left() + half_w, f.bottom())
        painter.drawLine(f.left(), f.top() + half_h, f.right(), f.top() + half_h)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(f)
        painter.setFont(font)
        painter.drawText(QRect(f.left(), f.bottom() + 4, f.width(), fm.lineSpacing() + 4),
                         int(Qt.AlignmentFlag.AlignCenter), self.tr("Effort →"))
        painter.save()
        painter.translate(f.left() - 6, f.top() + f.height() / 2)
        painter.rotate(-90)
        painter.drawText(QRect(-f.height() // 2, -fm.lineSpacing() - 2, f.height(),
                               fm.lineSpacing()), int(Qt.AlignmentFlag.AlignCenter),
                         self.tr("Impact →"))
        painter.restore()
        for card in self.placed():
            centre = self.point_of(card.impact or 0, card.effort or 0)
            if self._drag is not None and self._drag[0] == card.id:
                centre = self._drag[2]
            self._paint_chip(painter, card, centre, font)
        painter.end()

    def _paint_chip(self, painter: QPainter, card: IdeaRow, centre: QPointF, font: QFont) -> None:
        rect = self._chip(centre)
        known = card.area in area_colours.codes()
        painter.setPen(QPen(area_colours.border(card.area) if known else QColor("#666666"), 1))
        painter.setBrush(area_colours.light(card.area) if known else QColor("#eeeeee"))
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(area_colours.colour(card.area) if known else QColor("#888888"))
        painter.drawRect(QRectF(rect.left() + 1, rect.top() + 1, 6, rect.height() - 2))
        if card.id in self.selected:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 6, 6)
        painter.setPen(QColor("#000000"))
        painter.setFont(font)
        inner = rect.adjusted(12, 5, -6, -5).toRect()
        line = QFontMetrics(font).lineSpacing()
        for i, text in enumerate(wrapped_lines(card.text, font, inner.width(), CHIP_LINES)):
            painter.drawText(QRect(inner.left(), inner.top() + i * line, inner.width(), line),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)

    # --- the mouse -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        ident = self.card_at(event.position().toPoint())
        if ident is None:
            return
        self.chosen.emit([ident])
        if self.editable and event.button() == Qt.MouseButton.LeftButton:
            self._drag = (ident, event.position().toPoint(), event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is not None:
            ident, start, _centre = self._drag
            if (event.position().toPoint() - start).manhattanLength() >= \
                    QApplication.startDragDistance():
                self._drag = (ident, start, event.position())
                self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            return
        ident, start, _centre = self._drag
        self._drag = None
        if (event.position().toPoint() - start).manhattanLength() >= \
                QApplication.startDragDistance():
            impact, effort = self.place_at(event.position())
            self.placeRequested.emit([ident], impact, effort)
        self.update()

    # --- drops from the side list ----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.editable and ids_of_mime(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self.editable and ids_of_mime(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        ids = ids_of_mime(event.mimeData())
        if not self.editable or not ids:
            return
        impact, effort = self.place_at(event.position())
        event.acceptProposedAction()
        self.placeRequested.emit(ids, impact, effort)


class BoardPane(QWidget):
    """The board with the cards not placed yet beside it, a list as wide as one card."""

    def __init__(self, board: ImpactEffortBoard, side_model: IdeaModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.side = QListView(objectName="notPlaced")
        self.side.setModel(side_model)
        self.side.setItemDelegate(CardDelegate(self.side))
        self.side.setViewMode(QListView.ViewMode.IconMode)  # a vote repaints one card, as on
        self.side.setFlow(QListView.Flow.TopToBottom)  # the wall (see WallView)
        self.side.setWrapping(False)
        self.side.setMovement(QListView.Movement.Static)
        self.side.setUniformItemSizes(True)
        self.side.setSpacing(3)
        self.side.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.side.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.side.setAccessibleName(self.tr("Cards not on the board yet"))
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        label = QLabel(self.tr("Not on the board &yet:"))
        label.setBuddy(self.side)
        column = QVBoxLayout()
        column.addWidget(label)
        column.addWidget(self.side, 1)
        row = QHBoxLayout(self)
        row.addWidget(board, 1)
        row.addLayout(column)
        self._fit_side()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode: wider cards
            self._fit_side()

    def _fit_side(self) -> None:
        extent = self.side.verticalScrollBar().sizeHint().width()
        self.side.setFixedWidth(card_size(self.side.font()).width() + extent
                                + 2 * self.side.frameWidth() + 2 * self.side.spacing() + 2)
