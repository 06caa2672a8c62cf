"""The influence/interest grid of the stakeholder page: where each organisation stands.

URBACT's Local Group toolkit places stakeholders on a 2×2 of influence (up) and interest (across):
manage closely, keep satisfied, keep informed, monitor.  Here the 1–5 scores are a 5×5 field with
the quadrant lines through the middle step, so a "3" sits on the line, as it does in the room.
Each stakeholder is a chip with its organisation's name; dragging a chip to another cell sets both
scores in one undo step, and the keyboard does the same: Alt+arrow keys move the selected one by one
step (here and in the table).  The widget only paints and reports; the page runs the Commander.

Painted rather than a QGraphicsView: a few dozen chips, and the text must follow the widget's font
(presentation mode makes it large) without a scene to rescale.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..core.rows import StakeholderRow

CONTEXT = "StakeholderGrid"
STEPS = 5  # influence and interest run 1..5
# (high influence?, high interest?) -> the advice of that quadrant
QUADRANTS: dict[tuple[bool, bool], str] = {
    (True, True): QT_TRANSLATE_NOOP("StakeholderGrid", "Manage closely"),
    (True, False): QT_TRANSLATE_NOOP("StakeholderGrid", "Keep satisfied"),
    (False, True): QT_TRANSLATE_NOOP("StakeholderGrid", "Keep informed"),
    (False, False): QT_TRANSLATE_NOOP("StakeholderGrid", "Monitor"),
}
_TINTS = {(True, True): "#FBD9C2", (True, False): "#DCE7F5", (False, True): "#DDF0DC",
          (False, False): "#EEEEEE"}
_INK = QColor("#202020")


def quadrant_label(high_influence: bool, high_interest: bool) -> str:
    """The translated advice for a quadrant (the overview and exports may reuse it)."""
    return QCoreApplication.translate(CONTEXT, QUADRANTS[(high_influence, high_interest)])


class StakeholderGrid(QWidget):
    """Chips on a 5×5 influence/interest field; reports drops and key moves, changes nothing."""

    placed = Signal(int, int, int)  # stakeholder id, influence, interest (a drop)
    nudged = Signal(int, int, int)  # stakeholder id, influence step, interest step (Alt+arrow)
    chosen = Signal(int)  # stakeholder id clicked or stepped to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholderGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Influence and interest grid"))
        self.setToolTip(self.tr("Drag an organisation to place it. Keyboard: Up/Down choose, "
                                "Alt+arrow keys move it by one step."))
        self.rows: list[StakeholderRow] = []
        self.current: int | None = None
        self.read_only = False
        self._chips: dict[int, QRectF] = {}
        self._more: list[tuple[QRectF, int]] = []
        self._drag: int | None = None
        self._press = QPointF()
        self._drag_pos = QPointF()
        self._dragging = False

    # --- content ---------------------------------------------------------------------------------

    def set_rows(self, rows: list[StakeholderRow]) -> None:
        self.rows = list(rows)
        if self.current not in {r.id for r in self.rows}:
            self.current = None
        self._layout()
        self.update()

    def set_current(self, stakeholder_id: int | None) -> None:
        if stakeholder_id != self.current:
            self.current = stakeholder_id
            self._layout()  # the current chip is always visible, even in a full cell
            self.update()

    # --- geometry --------------------------------------------------------------------------------

    def _line(self) -> int:
        return QFontMetrics(self.font()).height()

    def field(self) -> QRectF:
        """The 5×5 field inside the bands for the quadrant and axis labels."""
        line = self._line()
        return QRectF(self.rect()).adjusted(line * 1.8, line * 1.8, -line * 0.5, -line * 3.4)

    def _mirrored(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def cell_rect(self, influence: int, interest: int) -> QRectF:
        field = self.field()
        w, h = field.width() / STEPS, field.height() / STEPS
        column = STEPS - interest if self._mirrored() else interest - 1
        return QRectF(field.left() + column * w, field.top() + (STEPS - influence) * h, w, h)

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(influence, interest) of the cell under ``pos``; positions outside snap to the edge."""
        field = self.field()
        if field.width() <= 0 or field.height() <= 0:
            return None
        column = int((pos.x() - field.left()) / (field.width() / STEPS))
        column = min(STEPS - 1, max(0, column))
        row = int((pos.y() - field.top()) / (field.height() / STEPS))
        row = min(STEPS - 1, max(0, row))
        interest = STEPS - column if self._mirrored() else column + 1
        return STEPS - row, interest

    def chip_rect(self, stakeholder_id: int) -> QRectF | None:
        """Where a chip is drawn (None when its cell is too full to show it)."""
        return self._chips.get(stakeholder_id)

    def _layout(self) -> None:
        """Chips stacked in their cells; a cell too full shows "+n more" on its last line."""
        self._chips, self._more = {}, []
        by_cell: dict[tuple[int, int], list[StakeholderRow]] = {}
        for row in self.rows:
            by_cell.setdefault((row.influence, row.interest), []).append(row)
        line = self._line()
        for (influence, interest), rows in by_cell.items():
            cell = self.cell_rect(influence, interest).adjusted(4, 4, -4, -4)
            # names wrap onto two lines where the cell has room for all its chips that way
            chip_h = line * 2 + 8 if len(rows) * (line * 2 + 11) <= cell.height() + 3 \
                else line + 8
            fits = max(1, int((cell.height() + 3) // (chip_h + 3)))
            if len(rows) > fits:
                shown = rows[:fits - 1]
                current = next((r for r in rows if r.id == self.current), None)
                if current is not None and current not in shown and fits > 1:
                    shown = [*shown[:-1], current] if shown else [current]
            else:
                shown = rows
            for i, row in enumerate(shown):
                self._chips[row.id] = QRectF(cell.left(), cell.top() + i * (chip_h + 3),
                                             cell.width(), chip_h)
            if len(shown) < len(rows):
                top = cell.top() + len(shown) * (chip_h + 3)
                self._more.append((QRectF(cell.left(), top, cell.width(), line + 8),
                                   len(rows) - len(shown)))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self._layout()
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().changeEvent(event)
        self._layout()  # the font (presentation mode) or direction changed

    # --- painting --------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        field, line = self.field(), self._line()
        self._paint_quadrants(painter, field, line)
        self._paint_axes(painter, field, line)
        painter.setFont(self.font())
        for row in self.rows:
            rect = self._chips.get(row.id)
            if rect is not None and not (self._dragging and row.id == self._drag):
                self._paint_chip(painter, rect, row, row.id == self.current)
        for rect, hidden in self._more:
            painter.setPen(_INK)
            text = self.tr("+%n more", None, hidden)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        if self._dragging and self._drag is not None:
            self._paint_drag(painter)
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _quadrant_rect(self, field: QRectF, high_influence: bool, high_interest: bool) -> QRectF:
        half_w, half_h = field.width() / 2, field.height() / 2
        right = high_interest != self._mirrored()
        return QRectF(field.left() + (half_w if right else 0),
                      field.top() + (0 if high_influence else half_h), half_w, half_h)

    def _paint_quadrants(self, painter: QPainter, field: QRectF, line: int) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for (high_influence, high_interest), _text in QUADRANTS.items():
            rect = self._quadrant_rect(field, high_influence, high_interest)
            painter.fillRect(rect, QColor(_TINTS[(high_influence, high_interest)]))
            band = QRectF(rect.left(), field.top() - line * 1.6, rect.width(), line * 1.5) \
                if high_influence else QRectF(rect.left(), field.bottom() + line * 0.1,
                                              rect.width(), line * 1.5)
            painter.setPen(_INK)
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, painter.fontMetrics().elidedText(
                quadrant_label(high_influence, high_interest), Qt.TextElideMode.ElideRight,
                int(band.width())))
        painter.setPen(QPen(QColor("#B0B0B0"), 1, Qt.PenStyle.DotLine))
        for step in range(1, STEPS):
            x = field.left() + step * field.width() / STEPS
            y = field.top() + step * field.height() / STEPS
            painter.drawLine(QPointF(x, field.top()), QPointF(x, field.bottom()))
            painter.drawLine(QPointF(field.left(), y), QPointF(field.right(), y))
        painter.setPen(QPen(QColor("#606060"), 2))
        painter.drawLine(QPointF(field.center().x(), field.top()),
                         QPointF(field.center().x(), field.bottom()))
        painter.drawLine(QPointF(field.left(), field.center().y()),
                         QPointF(field.right(), field.center().y()))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(field)

    def _paint_axes(self, painter: QPainter, field: QRectF, line: int) -> None:
        painter.setFont(self.font())
        painter.setPen(_INK)
        metrics = painter.fontMetrics()  # a short grid (1024 px, presentation) elides them

        def fitted(text: str, width: float) -> str:
            return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, int(width))

        across = QRectF(field.left(), field.bottom() + line * 1.7, field.width(), line * 1.5)
        painter.drawText(across, Qt.AlignmentFlag.AlignCenter, fitted(self.tr(
            "Interest: low to high (1–5) →", "axis under the grid; the arrow points the way "
            "interest grows (right to left in a right-to-left language)"), across.width()))
        painter.save()
        painter.translate(field.left() - line * 1.6, field.bottom())
        painter.rotate(-90)
        up = QRectF(0, 0, field.height(), line * 1.5)
        painter.drawText(up, Qt.AlignmentFlag.AlignCenter, fitted(self.tr(
            "Influence: low to high (1–5) →", "axis beside the grid, written upwards; the arrow "
            "points up"), up.width()))
        painter.restore()

    def _paint_chip(self, painter: QPainter, rect: QRectF, row: StakeholderRow,
                    current: bool) -> None:
        palette = self.palette()
        fill = palette.color(QPalette.ColorRole.Highlight) if current else QColor("#FFFFFF")
        ink = palette.color(QPalette.ColorRole.HighlightedText) if current else _INK
        painter.setPen(QPen(QColor("#303030"), 2 if current else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(ink)
        text_rect = rect.adjusted(5, 2, -5, -2)
        fm = QFontMetrics(painter.font())
        lines = _wrapped(row.name, fm, int(text_rect.width()),
                         max(1, int(text_rect.height()) // fm.height()))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading,
                         "\n".join(lines))

    def _paint_drag(self, painter: QPainter) -> None:
        row = next((r for r in self.rows if r.id == self._drag), None)
        target = self.cell_at(self._drag_pos)
        if row is None or target is None:
            return
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.cell_rect(*target).adjusted(2, 2, -2, -2))
        size = self._chips.get(row.id, QRectF(0, 0, self.field().width() / STEPS - 8,
                                              self._line() + 8))
        rect = QRectF(0, 0, size.width(), size.height())
        rect.moveCenter(self._drag_pos)
        self._paint_chip(painter, rect, row, True)

    # --- mouse -----------------------------------------------------------------------------------

    def chip_at(self, pos: QPointF) -> int | None:
        for stakeholder_id, rect in self._chips.items():
            if rect.contains(pos):
                return stakeholder_id
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        hit = self.chip_at(event.position())
        if hit is not None:
            self.set_current(hit)
            self.chosen.emit(hit)
        self._drag = hit if not self.read_only else None
        self._press = event.position()
        self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            return super().mouseMoveEvent(event)
        self._drag_pos = event.position()
        if not self._dragging and (self._drag_pos - self._press).manhattanLength() >= 6:
            self._dragging = True
        if self._dragging:
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag, dragging = self._drag, self._dragging
        self._drag, self._dragging = None, False
        if drag is not None and dragging:
            self.drop_at(drag, event.position())
        self.update()

    def drop_at(self, stakeholder_id: int, pos: QPointF) -> None:
        """A chip let go at ``pos``: report the cell (the page makes it one undo step)."""
        cell = self.cell_at(pos)
        row = next((r for r in self.rows if r.id == stakeholder_id), None)
        if cell is None or row is None or self.read_only:
            return
        if cell != (row.influence, row.interest):
            self.placed.emit(stakeholder_id, *cell)

    # --- keys ------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if mods == Qt.KeyboardModifier.AltModifier and self.current is not None:
            step = step_for_key(key, self._mirrored())
            if step is not None:
                if not self.read_only:
                    self.nudged.emit(self.current, *step)
                return
        if mods == Qt.KeyboardModifier.NoModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down,
                                                              Qt.Key.Key_Home, Qt.Key.Key_End):
            self._step_current(key)
            return
        super().keyPressEvent(event)

    def _step_current(self, key: int) -> None:
        ids = [r.id for r in self.rows]
        if not ids:
            return
        if key == Qt.Key.Key_Home or self.current not in ids:
            target = ids[0] if key != Qt.Key.Key_End else ids[-1]
        elif key == Qt.Key.Key_End:
            target = ids[-1]
        else:
            at = ids.index(self.current) + (1 if key == Qt.Key.Key_Down else -1)
            target = ids[max(0, min(len(ids) - 1, at))]
        self.set_current(target)
        self.chosen.emit(target)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            hit = self.chip_at(QPointF(event.pos()))
            row = next((r for r in self.rows if r.id == hit), None)
            if row is not None:
                text = self.tr("%1: influence %2, interest %3")
                text = text.replace("%3", str(row.interest)).replace("%2", str(row.influence))
                QToolTip.showText(event.globalPos(), text.replace("%1", row.name), self)
                return True
        return super().event(event)


def _wrapped(text: str, fm: QFontMetrics, width: int, lines: int) -> list[str]:
    """``text`` in at most ``lines`` lines of ``width`` pixels, broken at spaces; the last line
    elided ("Abant İzzet / Baysal Ünive…")."""
    words, out = text.split(), []
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and fm.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        out.append(fm.elidedText(line, Qt.TextElideMode.ElideRight, width))
    if words:
        out.append(fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return out


def step_for_key(key: int, mirrored: bool) -> tuple[int, int] | None:
    """(influence step, interest step) for an arrow key; across follows the grid's direction."""
    right = 1 if not mirrored else -1
    return {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_Right: (0, right), Qt.Key.Key_Left: (0, -right)}.get(Qt.Key(key))
