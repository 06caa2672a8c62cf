"""The idea wall's item model, the delegate that paints its cards, and the view that shows them.

The wall must stay fast with 2,000 cards on a projector, so there is no widget per card: one
QListView (static flow, uniform sizes) shows this model, and :class:`CardDelegate` paints each card.

- **Grouped by area without a custom layout.**  Each area opens with a *header* tile in its full
  colour, its cards follow, and invisible *fillers* pad its last row, so the next area starts on a
  new row.  The model is told how many columns the view has (``set_columns``).
- **Small changes stay small.**  After an edit the model works out the new list of slots and
  compares it with the old one (common start, common end): a card added where its area's last row
  had room takes a filler's row (dataChanged, no new layout of 2,000 rows); otherwise rows are
  inserted or removed; a vote changes one row.  Nothing is reset; the page keeps the selection.
- **Rows are values.**  The model keeps the store's :class:`IdeaRow` dataclasses, never a session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import attrgetter

from PySide6.QtCore import (
    QAbstractItemModel,
    Signal,
    QAbstractListModel,
    QEvent,
    QObject,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontInfo,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..core import framework
from ..core.rows import IdeaRow
from . import area_colours

MIN_TEXT_PX = 18  # the smallest type on a projector (issue 11)
CARD_SCALE = 1.5  # a card's text is this many times the widget's type (at least MIN_TEXT_PX)
TEXT_LINES = 3  # lines of a card's text before it is elided
MIME = "application/x-lcplanner-ideas"
NOT_PLACED = "none"  # the wall filter for cards not on the impact-effort board yet

IdRole = Qt.ItemDataRole.UserRole + 1  # the card's id (None for headers and fillers)
KindRole = Qt.ItemDataRole.UserRole + 2  # 'card', 'header' or 'filler'
AreaRole = Qt.ItemDataRole.UserRole + 3  # the area code of the slot
RowRole = Qt.ItemDataRole.UserRole + 4  # the IdeaRow of a card
CountRole = Qt.ItemDataRole.UserRole + 5  # a header's number of cards shown

Index = QModelIndex | QPersistentModelIndex
_PLACE_ORDER = attrgetter("position", "id")
Slot = tuple  # ('h', area) | ('c', card id) | ('f', area, k): k counts fillers from the end


def card_font(base: QFont) -> QFont:
    """The cards' type: CARD_SCALE times ``base`` and never under MIN_TEXT_PX, so presentation
    mode (which enlarges the window's font) enlarges the cards too."""
    font = QFont(base)
    font.setPixelSize(max(MIN_TEXT_PX, round(QFontInfo(base).pixelSize() * CARD_SCALE)))
    return font


def card_size(base: QFont) -> QSize:
    """One size for every card and tile (uniform sizes keep 2,000 cards cheap to lay out)."""
    fm = QFontMetrics(card_font(base))
    pad = max(8, fm.height() // 3)
    return QSize(fm.averageCharWidth() * 24 + 2 * pad,
                 fm.lineSpacing() * (TEXT_LINES + 1) + 3 * pad + 6)


@dataclass
class WallFilter:
    """What the wall shows: every card, only the cards not placed on the board ('none'), or one
    quadrant ('quick_win', ...); optionally each area's cards sorted by their dots."""

    quadrant: str | None = None  # None: all cards, NOT_PLACED, or a quadrant's code
    by_dots: bool = False

    def shows(self, card: IdeaRow) -> bool:
        if self.quadrant is None:
            return True
        if self.quadrant == NOT_PLACED:
            return card.quadrant is None
        return card.quadrant == self.quadrant


class IdeaModel(QAbstractListModel):
    """Cards grouped by area (``headers=True``: the wall) or a plain list (the board's side
    list)."""

    def __init__(self, parent: QWidget | None = None, headers: bool = True) -> None:
        super().__init__(parent)
        self.headers = headers
        self.columns = 1
        self.filter = WallFilter()
        self.editable = False
        self.commit: Callable[[int, str], bool] | None = None  # saves an edited text
        self._cards: dict[int, IdeaRow] = {}
        self._slots: list[Slot] = []
        self._row_of: dict[Slot, int] = {}
        self._counts: dict[str, int] = {}

    # --- feeding ---------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[IdeaRow]) -> None:
        """Every card of the plan (opening a plan, a promotion, an undo that touched many)."""
        old, self._cards = self._cards, {r.id: r for r in rows}
        self._rebuild([i for i, card in self._cards.items() if old.get(i, card) != card])

    def update_rows(self, ids: Iterable[int], rows: Iterable[IdeaRow]) -> None:
        """Cards ``ids`` as the store now has them (``rows``): changed, added, or gone."""
        fetched = {r.id: r for r in rows}
        changed, moved = [], False
        for ident in ids:
            old, new = self._cards.get(ident), fetched.get(ident)
            if old != new:
                changed.append(ident)
                moved = moved or old is None or new is None or self._place(old) != self._place(new)
            if new is None:
                self._cards.pop(ident, None)
            else:
                self._cards[ident] = new
        if moved:
            self._rebuild(changed)
        else:  # a vote, an edit: the same rows, repainted (no layout of 2,000 cards)
            self._repaint(changed)

    def _place(self, card: IdeaRow) -> tuple:  # type: ignore[type-arg]
        """What decides a card's slot: a vote moves it only when the wall is sorted by dots."""
        return (card.area, card.position, self.filter.shows(card),
                card.dots if self.filter.by_dots else 0)

    def set_columns(self, columns: int) -> None:
        columns = max(1, columns)
        if columns != self.columns:
            self.columns = columns
            self._rebuild()

    def set_filter(self, quadrant: str | None = None, by_dots: bool | None = None) -> None:
        self.filter.quadrant = quadrant
        if by_dots is not None:
            self.filter.by_dots = by_dots
        self._rebuild()

    def card(self, ident: int) -> IdeaRow | None:
        return self._cards.get(ident)

    def cards(self) -> list[IdeaRow]:
        """Every card held (shown or filtered out)."""
        return list(self._cards.values())

    def row_of(self, ident: int) -> int:
        """The row of card ``ident``, -1 when it is not shown."""
        return self._row_of.get(("c", ident), -1)

    def shown_ids(self) -> list[int]:
        return [s[1] for s in self._slots if s[0] == "c"]

    # --- the slots -------------------------------------------------------------------------------

    def _layout(self) -> list[Slot]:
        """The slots in wall order (kept lean: it runs at every added card of 2,000)."""
        by_area: dict[str, list[IdeaRow]] = {}
        shows = None if self.filter.quadrant is None else self.filter.shows
        for card in self._cards.values():
            if shows is None or shows(card):
                group = by_area.get(card.area)
                if group is None:
                    group = by_area[card.area] = []
                group.append(card)
        order = [a.code for a in framework.PLAN_AREAS]
        order += sorted(set(by_area) - set(order))  # an area the framework does not plan in
        slots: list[Slot] = []
        self._counts = {}
        for area in order:
            cards = by_area.get(area, [])
            if self.filter.by_dots:
                cards.sort(key=lambda c: (-c.dots, c.position, c.id))
            else:
                cards.sort(key=_PLACE_ORDER)
            self._counts[area] = len(cards)
            if self.headers:
                slots.append(("h", area))
            slots.extend([("c", c.id) for c in cards])
            if self.headers:
                pad = -(len(cards) + 1) % self.columns
                slots.extend([("f", area, k) for k in range(pad - 1, -1, -1)])
        return slots

    def _rebuild(self, changed: Iterable[int] = ()) -> None:
        """Move from the old slots to the new with the fewest row changes (see the docstring)."""
        counts = self._counts
        old, new = self._slots, self._layout()
        n, m = len(old), len(new)
        start = 0
        while start < n and start < m and old[start] == new[start]:
            start += 1
        end = 0
        while end < n - start and end < m - start and old[n - 1 - end] == new[m - 1 - end]:
            end += 1
        if n == m:  # a filler became a card, or cards changed places: the same rows with new
            self._slots = new  # contents, so the view need not lay out 2,000 cards again
            if n - end > start:
                self.dataChanged.emit(self.index(start), self.index(n - end - 1))
        else:
            if n - end > start:
                self.beginRemoveRows(QModelIndex(), start, n - end - 1)
                self._slots = old[:start] + old[n - end:]
                self.endRemoveRows()
            if m - end > start:
                self.beginInsertRows(QModelIndex(), start, m - end - 1)
                self._slots = new
                self.endInsertRows()
        self._slots = new
        self._row_of = {slot: row for row, slot in enumerate(new)}
        self._repaint(changed, [a for a in self._counts if self._counts[a] != counts.get(a)])

    def _repaint(self, ids: Iterable[int], areas: Iterable[str] = ()) -> None:
        """dataChanged for the cards ``ids`` and the headers of ``areas`` (their counts)."""
        rows = [self._row_of[("c", i)] for i in ids if ("c", i) in self._row_of]
        rows += [self._row_of[("h", a)] for a in areas if ("h", a) in self._row_of]
        for row in rows:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    # --- Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._slots)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._slots):
            return None
        slot = self._slots[index.row()]
        kind = {"h": "header", "c": "card", "f": "filler"}[slot[0]]
        card = self._cards.get(slot[1]) if kind == "card" else None
        if role == KindRole:
            return kind
        if role == AreaRole:
            return card.area if card is not None else slot[1]
        if role == IdRole:
            return slot[1] if kind == "card" else None
        if role == RowRole:
            return card
        if role == CountRole:
            return self._counts.get(slot[1], 0) if kind == "header" else None
        if card is None:
            if kind == "header" and role in (Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.ToolTipRole):
                return framework.tr_label(framework.AREA_BY_CODE[slot[1]].name) \
                    if slot[1] in framework.AREA_BY_CODE else slot[1]
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return card.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        drop = Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        if self._slots[index.row()][0] != "c":
            return drop  # headers and fillers: not chosen by keys or clicks, but a drop target
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | drop
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def setData(self, index: Index, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        ident = index.data(IdRole)
        if role != Qt.ItemDataRole.EditRole or ident is None or self.commit is None:
            return False
        return self.commit(ident, str(value))

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = [i.data(IdRole) for i in indexes if i.data(IdRole) is not None]
        return ideas_mime(ids)

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction


def ideas_mime(ids: list[int]) -> QMimeData:
    """A drag of cards: their ids (within this program only)."""
    mime = QMimeData()
    mime.setData(MIME, QByteArray(",".join(str(i) for i in ids).encode("ascii")))
    return mime


def ids_of_mime(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(MIME):
        return []
    raw = bytes(mime.data(MIME).data()).decode("ascii", "replace")
    return [int(x) for x in raw.split(",") if x.strip().isdigit()]


_WRAPPED: dict[tuple[str, str, int, int], list[str]] = {}  # a repaint of the wall reuses them


def wrapped_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width``; the last one elided."""
    key = (text, font.key(), width, max_lines)
    lines = _WRAPPED.get(key)
    if lines is None:
        if len(_WRAPPED) > 8192:
            _WRAPPED.clear()
        lines = _WRAPPED[key] = _wrap(text, font, width, max_lines)
    return lines


def _wrap(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    fm = QFontMetrics(font)
    text = "\u2028".join(" ".join(p.split()) for p in text.split("\n") if p.strip())
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1 and start + length < len(text):
            rest = " ".join(text[start:].replace("\u2028", " ").split())
            lines.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
        else:
            lines.append(text[start:start + length].replace("\u2028", "").rstrip())
    layout.endLayout()
    return lines


class CardDelegate(QStyledItemDelegate):
    """Paints a card (pale tint, a strip in its area's colour, big text, author and dots) and a
    header tile (the area's full colour, code and name); the size follows the view's font, and
    the text runs from the right in a right-to-left language."""

    width = 0  # the wall widens its cards to fill a row; 0: the size the type needs

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: Index) -> QSize:
        size = card_size(option.font)
        return QSize(max(size.width(), self.width), size.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: Index) -> None:
        kind = index.data(KindRole)
        if kind == "filler":
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = option.rect.adjusted(3, 3, -3, -3)
        font = card_font(option.font)
        pad = max(8, QFontMetrics(font).height() // 3)
        lead = QStyle.visualAlignment(option.direction, Qt.AlignmentFlag.AlignLeft)
        trail = QStyle.visualAlignment(option.direction, Qt.AlignmentFlag.AlignRight)
        if kind == "header":
            self._paint_header(painter, rect, font, pad, index, lead)
        else:
            self._paint_card(painter, option, rect, font, pad, index, (lead, trail))
        painter.restore()

    @staticmethod
    def _text(painter: QPainter, inner: QRect, top: int, height: int, align: Qt.AlignmentFlag,
              text: str) -> None:
        painter.drawText(QRect(inner.left(), top, inner.width(), height),
                         int(align | Qt.AlignmentFlag.AlignVCenter), text)

    def _paint_header(self, painter: QPainter, rect: QRect, font: QFont, pad: int,
                      index: Index, lead: Qt.AlignmentFlag) -> None:
        area = index.data(AreaRole)
        known = area in area_colours.codes()
        fill = area_colours.colour(area) if known else QColor("#888888")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(area_colours.text_on(fill))
        bold = QFont(font)
        bold.setBold(True)
        inner = rect.adjusted(pad, pad, -pad, -pad)
        line = QFontMetrics(font).lineSpacing()
        painter.setFont(bold)
        self._text(painter, inner, inner.top(), line, lead, area)
        painter.setFont(font)
        top = inner.top() + line
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        for text in wrapped_lines(name, font, inner.width(), TEXT_LINES - 1):
            self._text(painter, inner, top, line, lead, text)
            top += line
        count = int(index.data(CountRole) or 0)
        self._text(painter, inner, inner.bottom() - line, line, lead,
                   self.tr("%n card(s)", None, count))

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect,
                    font: QFont, pad: int, index: Index,
                    align: tuple[Qt.AlignmentFlag, Qt.AlignmentFlag]) -> None:
        card: IdeaRow | None = index.data(RowRole)
        if card is None:
            return
        lead, trail = align
        known = card.area in area_colours.codes()
        fill = area_colours.light(card.area) if known else QColor("#eeeeee")
        strip = area_colours.colour(card.area) if known else QColor("#888888")
        painter.setPen(QPen(area_colours.border(card.area) if known else QColor("#666666"), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(strip)
        painter.drawRect(QRect(rect.left() + 1, rect.top() + 1, rect.width() - 1, 6))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
        fm = QFontMetrics(font)
        line = fm.lineSpacing()
        inner = rect.adjusted(pad, pad + 6, -pad, -pad)
        painter.setPen(QColor("#000000"))  # black reads on every pale tint (area_colours.light)
        painter.setFont(font)
        top = inner.top()
        for text in wrapped_lines(card.text, font, inner.width(), TEXT_LINES):
            self._text(painter, inner, top, line, lead, text)
            top += line
        marks = self.marks(card)
        bold = QFont(font)
        bold.setBold(True)
        used = QFontMetrics(bold).horizontalAdvance(marks)
        foot = inner.bottom() - line
        if marks:
            painter.setFont(bold)
            self._text(painter, inner, foot, line, trail, marks)
        who = ", ".join(x for x in (card.author, card.group_name) if x)
        space = inner.width() - used - (pad if marks else 0)
        if who and space > fm.averageCharWidth() * 3:
            painter.setFont(font)
            painter.setPen(QColor("#333333"))
            self._text(painter, inner, foot, line, lead,
                       fm.elidedText(who, Qt.TextElideMode.ElideRight, space))

    # --- editing a card's text in place (F2) ------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setFont(card_font(option.font))
        editor.setAccessibleName(self.tr("Card text"))
        editor.setToolTip(self.tr("Enter saves, Shift+Enter starts a new line, Escape cancels"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        text = editor.toPlainText()
        if text.strip() and text != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, text, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: Index) -> None:
        editor.setGeometry(option.rect.adjusted(3, 9, -3, -3))

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter saves (a card is a line or two, not a letter); Shift+Enter breaks the line."""
        if event.type() == QEvent.Type.KeyPress and isinstance(editor, QPlainTextEdit):
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not \
                    key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(editor, event)

    def marks(self, card: IdeaRow) -> str:
        """What a card's foot says on the right: what it became ("→ BB1-3") and its dots."""
        became = self.tr("→ %1", "what the card became: codes of actions or objectives") \
            .replace("%1", ", ".join(link.code for link in card.links)) if card.links else ""
        dots = self.tr("● %1", "a card's dots").replace("%1", str(card.dots)) if card.dots else ""
        if became and dots:
            return self.tr("%1  %2", "what the card became, then its dots") \
                .replace("%1", became).replace("%2", dots)
        return became or dots


class WallView(QListView):
    """The cards in rows, grouped by area; tells the model how many fit in a row and turns a drop
    of cards on an area's section into ``dropped(ids, area)``."""

    dropped = Signal(list, str)

    def __init__(self, model: IdeaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setViewMode(QListView.ViewMode.IconMode)  # a change repaints its card only:
        # ListMode would lay out all 2,000 cards again at every dataChanged (QListModeViewBase)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # no width flicker
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def card_model(self) -> IdeaModel:
        model = self.model()
        assert isinstance(model, IdeaModel)
        return model

    def fit(self) -> None:
        """Columns that fit the width (each area's header starts a row); the cards widen to fill
        the row, so no strip of the projector is left empty."""
        size = card_size(self.font())
        room = self.viewport().width() - 1
        columns = max(1, room // max(1, size.width() + 2 * self.spacing()))
        delegate = self.itemDelegate()
        assert isinstance(delegate, CardDelegate)
        width = max(size.width(), room // columns - 2 * self.spacing())
        if delegate.width != width:
            delegate.width = width
            self.scheduleDelayedItemsLayout()
        self.card_model().set_columns(columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode: bigger cards
            self.fit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.card_model().editable and ids_of_mime(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self.card_model().editable and ids_of_mime(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        ids = ids_of_mime(event.mimeData())
        if index.isValid() and ids and self.card_model().editable:
            event.acceptProposedAction()
            self.dropped.emit(ids, index.data(AreaRole))
