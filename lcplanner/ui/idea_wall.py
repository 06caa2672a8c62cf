"""The idea wall: the room's ideas captured as cards per area, voted on with dots, placed on an
impact–effort board and turned into objectives and actions (issue 11, items 3–5).

A facilitator drives it on a projector, by keyboard:

- **Capture at the speed of talk.**  Choose the area, type, Enter: the card exists and the cursor
  waits for the next one; author and group stay filled.  The field is emptied with setText (not
  clear()), so Ctrl+Z right after goes to the plan and takes the card back (input_guard).
- **The wall** is one list view painted by a delegate (idea_model): 2,000 cards stay fast.
- **Keys on a card** (wall, board, the board's side list): F2 edits, Delete deletes (Ctrl+Z brings
  it back), Alt+←/→ or Ctrl+Shift+M moves it to another area, Ctrl+M merges the selected cards
  into one, + / − / 0–9 set the chosen group's dots, Ctrl+arrows move it on the board,
  Ctrl+Enter makes an action of the selected cards and Ctrl+Shift+Enter an objective.
- Every change goes through the Commander (one undo step each); a refusal of the store is shown
  in the hint line, in red, and nothing changes.  A read-only plan shows everything and edits
  nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import framework
from ..core.errors import ReadOnlyDocument
from .idea_board import QUADRANTS, BoardPane, ImpactEffortBoard, quadrant_label, stepped
from .idea_model import NOT_PLACED, IdeaModel, IdRole, WallView, ids_of_mime

if TYPE_CHECKING:
    from .commander import Commander

_PLAN_AREAS = [a.code for a in framework.PLAN_AREAS]
_DIGITS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}
_PLUS = {Qt.Key.Key_Plus, Qt.Key.Key_Equal}
_MINUS = {Qt.Key.Key_Minus, Qt.Key.Key_Underscore}
_ARROWS = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0), Qt.Key.Key_Right: (0, 1),
           Qt.Key.Key_Left: (0, -1)}  # (impact, effort) steps
_ENTER = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


class IdeaWallPage(QWidget):
    """Capture, the wall, votes, the impact–effort board and promotion (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commander: Commander | None = None
        self.model = IdeaModel(self)
        self.side_model = IdeaModel(self, headers=False)  # the cards not on the board yet
        self.side_model.set_filter(NOT_PLACED)
        self._stale = False  # the plan changed while the page was hidden: reload when shown
        self._side_stale = False  # the board's side list missed changes while the wall showed
        self._hint_step = -1
        self._build()
        self._editable(False)

    # --- construction ----------------------------------------------------------------------------

    def _build(self) -> None:
        capture = QHBoxLayout()
        self.area = QComboBox(objectName="ideaArea")
        for area in framework.PLAN_AREAS:
            self.area.addItem(self.tr("%1 %2").replace("%1", area.code)
                              .replace("%2", framework.tr_label(area.short)), area.code)
        self.area.setAccessibleName(self.tr("Area of new cards"))
        self.area.setToolTip(self.tr("Alt+Up / Alt+Down in the idea field choose the area too; "
                                     "drop cards here to move them to this area"))
        self.area.setAcceptDrops(True)
        self.area.installEventFilter(self)
        self.capture = QLineEdit(objectName="ideaCapture")
        self.capture.setPlaceholderText(self.tr("Type an idea and press Enter"))
        self.capture.setAccessibleName(self.tr("New card"))
        self.capture.installEventFilter(self)
        self.author = QLineEdit(objectName="ideaAuthor")
        self.author.setPlaceholderText(self.tr("optional"))
        self.author.setAccessibleName(self.tr("Author"))
        self.group = QLineEdit(objectName="ideaGroup")
        self.group.setPlaceholderText(self.tr("optional"))
        self.group.setAccessibleName(self.tr("Group"))
        for field in (self.capture, self.author, self.group):
            field.returnPressed.connect(self._capture)
        # Short rows, so the page fits 1024 pixels in presentation type (issue 11, item 6).
        self.area.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.area.setMinimumContentsLength(10)
        people = QHBoxLayout()
        for row, text, widget, stretch in ((capture, self.tr("&Area:"), self.area, 1),
                                           (capture, self.tr("&Idea:"), self.capture, 3),
                                           (people, self.tr("A&uthor:"), self.author, 1),
                                           (people, self.tr("Gr&oup:"), self.group, 1)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, stretch)

        votes = QHBoxLayout()
        self.voter = QComboBox(objectName="voterGroup")
        self.voter.setAccessibleName(self.tr("Voter group"))
        self.voter.setToolTip(self.tr("Whose dots + / − and the digits set on the selected card"))
        self.voter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.voter.setMinimumContentsLength(8)
        self.new_group = QLineEdit(objectName="newVoterGroup")
        self.new_group.setPlaceholderText(self.tr("Name, then Enter"))
        self.new_group.setAccessibleName(self.tr("New voter group"))
        self.new_group.returnPressed.connect(self._add_group)
        self.budget = QSpinBox(objectName="groupBudget")
        self.budget.setRange(1, 1000)
        self.budget.setValue(5)
        self.budget.setAccessibleName(self.tr("Dots of the new group"))
        self.add_group = QPushButton(self.tr("Add group"), objectName="addVoterGroup")
        self.add_group.clicked.connect(self._add_group)
        for text, widget in ((self.tr("Vo&tes of:"), self.voter),
                             (self.tr("&New group:"), self.new_group),
                             (self.tr("Bu&dget:"), self.budget)):
            label = QLabel(text)
            label.setBuddy(widget)
            votes.addWidget(label)
            votes.addWidget(widget)
        votes.addWidget(self.add_group)
        votes.addStretch(1)
        view_row = QHBoxLayout()
        self.by_dots = QCheckBox(self.tr("&Sort by dots"), objectName="sortByDots")
        self.by_dots.toggled.connect(lambda on: self._refilter())
        self.quadrant = QComboBox(objectName="quadrantFilter")
        self.quadrant.setAccessibleName(self.tr("Show"))
        self.quadrant.addItem(self.tr("All cards"), None)
        self.quadrant.addItem(self.tr("Not on the board yet"), NOT_PLACED)
        for code, _name, _impact, _effort in QUADRANTS:
            self.quadrant.addItem(quadrant_label(code), code)
        self.quadrant.currentIndexChanged.connect(lambda _i: self._refilter())
        show = QLabel(self.tr("&Quadrant:"))
        show.setBuddy(self.quadrant)
        for widget in (self.by_dots, show, self.quadrant):
            view_row.addWidget(widget)
        view_row.addStretch(1)

        self.view = WallView(self.model)
        self.view.setObjectName("ideaWall")
        self.view.setAccessibleName(self.tr("Idea wall"))
        self.view.dropped.connect(self.move_cards)
        self.view.installEventFilter(self)
        self.model.commit = self._commit_text

        self.board = ImpactEffortBoard(self.model)
        self.board.setObjectName("impactEffortBoard")
        self.board.setAccessibleName(self.tr("Impact–effort board"))
        self.board.placeRequested.connect(self.place_cards)
        self.board.chosen.connect(self._board_chosen)
        self.board.installEventFilter(self)
        self.pane = BoardPane(self.board, self.side_model)
        self.side = self.pane.side
        self.side.selectionModel().selectionChanged.connect(self._side_chosen)
        self.side.installEventFilter(self)

        self.tabs = QTabWidget(objectName="ideaTabs")
        self.tabs.addTab(self.view, self.tr("&Wall"))
        self.tabs.addTab(self.pane, self.tr("Impact–effort &board"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.keys = QLabel(self.tr(
            "Enter adds a card. On a card: F2 edit · Delete · Alt+←/→ other area · "
            "Ctrl+M merge · "
            "+ / − or 0–9 dots · Ctrl+arrows on the board · Ctrl+Enter action · "
            "Ctrl+Shift+Enter objective"), objectName="ideaKeys")
        self.keys.setWordWrap(True)
        self.hint = QLabel(objectName="hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        for row in (capture, people, votes, view_row):
            layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.keys)

    # --- feeding ---------------------------------------------------------------------------------

    def set_commander(self, commander: Commander | None) -> None:
        if self.commander is not None:
            self.commander.doc.changed.disconnect(self._on_changed)
            self.commander.stack.indexChanged.disconnect(self._expire_hint)
        self.commander = commander
        if commander is not None:
            commander.doc.changed.connect(self._on_changed)
            commander.stack.indexChanged.connect(self._expire_hint)
        self._editable(commander is not None and not commander.doc.read_only)
        self.reload()

    def _editable(self, on: bool) -> None:
        for widget in (self.area, self.capture, self.author, self.group, self.new_group,
                       self.budget, self.add_group):
            widget.setEnabled(on)
        self.model.editable = self.side_model.editable = self.board.editable = on
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(triggers.EditKeyPressed | triggers.DoubleClicked if on
                                  else triggers.NoEditTriggers)

    def reload(self) -> None:
        """Every card and group again (a plan opened, a promotion, an undo of one)."""
        self._stale = False
        keep = self.selected_ids()
        cards = self.commander.doc.ideas() if self.commander is not None else []
        self.model.set_rows(cards)
        self.side_model.set_rows(cards)
        self._side_stale = False
        self._fill_groups()
        self.select_ids(keep)

    def _on_changed(self, kind: str, ids: list) -> None:  # type: ignore[type-arg]
        if self.commander is None:
            return
        if kind == "idea" and ids:
            groups = self.commander.doc.groups()
            shown = [self.voter.itemData(i) for i in range(self.voter.count())]
            if [g.id for g in groups] != shown:
                self.reload()  # a group came or went: its votes with it
                return
            keep = self.selected_ids()
            rows = self.commander.doc.ideas(ids=list(ids))
            self.model.update_rows(ids, rows)
            if self._on_board():  # else the side list catches up when the board shows
                self.side_model.update_rows(ids, rows)
            else:
                self._side_stale = True
            self._fill_groups(groups)
            if self.selected_ids() != keep:  # rows moved: the same cards stay chosen
                self.select_ids(keep, scroll=False)
        elif kind in ("idea", "all", "action", "objective"):  # codes, links, a promotion
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _fill_groups(self, groups: list | None = None) -> None:  # type: ignore[type-arg]
        """'Red 3/5': each voter group with its dots spent and its budget."""
        if groups is None:
            groups = self.commander.doc.groups() if self.commander is not None else []
        current = self.voter.currentData()
        with QSignalBlocker(self.voter):
            same = [g.id for g in groups] == [self.voter.itemData(i)
                                              for i in range(self.voter.count())]
            if not same:
                self.voter.clear()
            for i, group in enumerate(groups):
                text = self.tr("%1 %2/%3", "voter group: name, dots spent/budget") \
                    .replace("%1", group.name).replace("%2", str(group.spent)) \
                    .replace("%3", str(group.budget))
                if same:
                    self.voter.setItemText(i, text)
                else:
                    self.voter.addItem(text, group.id)
            at = self.voter.findData(current)
            self.voter.setCurrentIndex(at if at >= 0 else (0 if groups else -1))

    # --- hints -----------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        """What the last step did ("Undo with Ctrl+Z"); cleared once another step happens."""
        self.hint.setText(text)
        self.hint.setProperty("problem", False)
        self.hint.setStyleSheet("")
        self._hint_step = self.commander.stack.index() if self.commander is not None else -1

    def warn(self, text: str) -> None:
        """A refusal, in red in the hint line; nothing changed."""
        self.say(text)
        self.hint.setProperty("problem", True)
        self.hint.setStyleSheet("color: #b00020;")

    def _expire_hint(self, index: int) -> None:
        if index != self._hint_step:
            self.hint.clear()

    # --- selection -------------------------------------------------------------------------------

    def _on_board(self) -> bool:
        return self.tabs.currentIndex() == 1

    def selected_ids(self) -> list[int]:
        """The chosen cards, in wall order (the board's choice while the board shows)."""
        if self._on_board():
            return sorted(self.board.selected, key=lambda i: (self.model.row_of(i), i))
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [i for i in (self.model.index(r).data(IdRole) for r in rows) if i is not None]

    def current_id(self) -> int | None:
        """The card + / − and the digits act on: the current card when chosen, else the first."""
        ids = self.selected_ids()
        current = self.view.currentIndex().data(IdRole)
        if not self._on_board() and current in ids:
            return current
        return ids[0] if ids else None

    def select_ids(self, ids: list[int], current: int | None = None, scroll: bool = True) -> None:
        """Choose cards by id on the wall and the board (rows change when cards move)."""
        self.board.selected = set(ids)
        self.board.update()
        selection = QItemSelection()
        for ident in ids:
            row = self.model.row_of(ident)
            if row >= 0:
                selection.select(self.model.index(row), self.model.index(row))
        model = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        model.select(selection, flags.ClearAndSelect)
        target = current if current in ids else (ids[0] if ids else None)
        row = self.model.row_of(target) if target is not None else -1
        if row >= 0:
            model.setCurrentIndex(self.model.index(row), flags.NoUpdate)
            if scroll:
                self.view.scrollTo(self.model.index(row))

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self._side_stale:
            self._side_stale = False
            self.side_model.set_rows(self.model.cards())
        if index == 1:
            rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
            self.board.selected = {self.model.index(r).data(IdRole) for r in rows} - {None}
            self.board.update()
        else:
            self.select_ids(sorted(self.board.selected))

    def _board_chosen(self, ids: list[int]) -> None:
        self.side.clearSelection()
        self.select_ids(ids)

    def _side_chosen(self, *_args: object) -> None:
        rows = sorted(i.row() for i in self.side.selectionModel().selectedIndexes())
        ids = [self.side_model.index(r).data(IdRole) for r in rows]
        self.board.selected = {i for i in ids if i is not None}
        self.board.update()

    # --- keys ------------------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if obj is self.area and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self.model.editable and ids_of_mime(event.mimeData()):  # type: ignore[attr-defined]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif obj is self.area and kind == QEvent.Type.Drop:
            ids = ids_of_mime(event.mimeData())  # type: ignore[attr-defined]
            if ids and self.model.editable:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.move_cards(ids, self.area.currentData())
                return True
        elif kind == QEvent.Type.KeyPress and obj is self.capture:
            return self._capture_key(event)  # type: ignore[arg-type]
        elif kind == QEvent.Type.KeyPress and obj in (self.view, self.board, self.side):
            return self._card_key(event)  # type: ignore[arg-type]
        return super().eventFilter(obj, event)

    def _capture_key(self, event: QKeyEvent) -> bool:
        """Alt+Up / Alt+Down in the idea field: the previous or next area."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == ALT and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            self.area.setCurrentIndex(max(0, min(self.area.count() - 1,
                                                 self.area.currentIndex() + step)))
            return True
        return False

    def _card_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        act: Callable[[], object] | None = None
        if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Delete:
            act = self.delete_selected
        elif mods in (Qt.KeyboardModifier.NoModifier, SHIFT) and key in _PLUS | _MINUS:
            act = lambda: self.vote(1 if key in _PLUS else -1)  # noqa: E731
        elif mods == Qt.KeyboardModifier.NoModifier and key in _DIGITS:
            act = lambda: self.set_dots(_DIGITS[key])  # noqa: E731
        elif mods == ALT and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            act = lambda: self.step_area(-1 if key == Qt.Key.Key_Left else 1)  # noqa: E731
        elif mods == CTRL | SHIFT and key == Qt.Key.Key_M:
            act = self.ask_area
        elif mods == CTRL and key == Qt.Key.Key_M:
            act = self.merge_selected
        elif mods in (CTRL, CTRL | SHIFT) and key in _ENTER:
            act = lambda: self.promote("objective" if mods & SHIFT else "action")  # noqa: E731
        elif mods == CTRL and key in _ARROWS:
            act = lambda: self.step_on_board(*_ARROWS[key])  # noqa: E731
        if act is None:
            return False
        if self.commander is not None and self.commander.doc.read_only:
            self.warn(ReadOnlyDocument().message())
        elif self.commander is not None:
            act()
        return True

    # --- commands --------------------------------------------------------------------------------

    def _capture(self) -> None:
        text = self.capture.text().strip()
        if self.commander is None or not text:
            self.capture.setFocus()
            return
        fields = {k: v for k, v in (("author", self.author.text().strip()),
                                    ("group_name", self.group.text().strip())) if v}
        area = self.area.currentData()
        new_id = self.commander.add_idea(area, text, **fields)
        if new_id is None:
            self.warn(self.commander.last_error)
        else:
            self.capture.setText("")  # setText, not clear(): Ctrl+Z then undoes the card
            self.select_ids([new_id])
            self.say(self.tr("Card added to %1. Type the next one; Ctrl+Z takes it back.")
                     .replace("%1", area))
        self.capture.setFocus()

    def _commit_text(self, ident: int, text: str) -> bool:
        assert self.commander is not None
        ok = self.commander.update_idea(ident, text=text)
        if not ok:
            self.warn(self.commander.last_error)
        return ok

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if self.commander is None or not ids:
            return
        with self.commander.macro(self.tr("Delete %n card(s)", None, len(ids))):
            for ident in ids:
                self.commander.delete_idea(ident)
        self.say(self.tr("Deleted %n card(s). Undo with Ctrl+Z.", None, len(ids)))

    def move_cards(self, ids: list[int], area: str) -> None:
        """Cards to the end of another area (Alt+arrows, the chooser, a drop)."""
        cards = [self.model.card(i) for i in ids]
        ids = [c.id for c in cards if c is not None and c.area != area]
        if self.commander is None or not ids:
            return
        with self.commander.macro(self.tr("Move %n card(s)", None, len(ids))):
            ok = all(self.commander.move_idea(ident, area) for ident in ids)
        if not ok:
            self.warn(self.commander.last_error)
            return
        self.select_ids(ids)
        self.say(self.tr("Moved %n card(s) to %1. Undo with Ctrl+Z.", None, len(ids))
                 .replace("%1", area))

    def step_area(self, step: int) -> None:
        ident = self.current_id()
        card = self.model.card(ident) if ident is not None else None
        if card is None:
            return
        at = _PLAN_AREAS.index(card.area) + step if card.area in _PLAN_AREAS else 0
        if 0 <= at < len(_PLAN_AREAS):
            self.move_cards(self.selected_ids(), _PLAN_AREAS[at])

    def ask_area(self) -> None:
        """Ctrl+Shift+M: another building block or condition from a list."""
        ids = self.selected_ids()
        if not ids:
            return
        names = [self.area.itemText(i) for i in range(self.area.count())]
        name, ok = QInputDialog.getItem(self, self.tr("Move cards"),
                                        self.tr("Move %n card(s) to:", None, len(ids)),
                                        names, 0, False)
        if ok and name in names:
            self.move_cards(ids, _PLAN_AREAS[names.index(name)])

    def merge_selected(self) -> None:
        """The current card (chosen last) goes into the other one: texts and dots combine."""
        ids = self.selected_ids()
        if self.commander is None or len(ids) < 2:
            self.warn(self.tr("Select two cards to merge (Ctrl+click or Shift+arrows)."))
            return
        current = self.current_id()
        keep = next(i for i in ids if i != current) if current in ids else ids[0]
        drops = [i for i in ids if i != keep]
        with self.commander.macro(self.tr("Merge cards")):
            ok = all(self.commander.merge_ideas(keep, drop) for drop in drops)
        if not ok:
            self.warn(self.commander.last_error)
            return
        self.select_ids([keep])
        self.say(self.tr("Merged %n card(s) into one. Undo with Ctrl+Z.", None, len(ids)))

    def _group_for_votes(self) -> tuple[int, int] | None:
        """(card, group) for a vote, or None with a hint saying what is missing."""
        ident, group = self.current_id(), self.voter.currentData()
        if ident is None:
            self.warn(self.tr("Choose a card first."))
            return None
        if group is None:
            self.warn(self.tr("Add a voter group first: its name and its dots."))
            return None
        return ident, group

    def vote(self, step: int) -> None:
        target = self._group_for_votes()
        if target is not None and self.commander is not None:
            self._voted(target, self.commander.vote(*target, step))

    def set_dots(self, dots: int) -> None:
        target = self._group_for_votes()
        if target is not None and self.commander is not None:
            self._voted(target, self.commander.set_dots(*target, dots))

    def _voted(self, target: tuple[int, int], ok: bool) -> None:
        assert self.commander is not None
        if not ok:
            self.warn(self.commander.last_error)
            return
        ident, group = target
        if not self.selected_ids():
            self.select_ids([ident])
        card = self.model.card(ident)
        dots = card.votes.get(group, 0) if card is not None else 0
        self.say(self.tr("%1 has %n dot(s) on this card.", None, dots)
                 .replace("%1", self.voter.currentText()))

    def step_on_board(self, d_impact: int, d_effort: int) -> None:
        ident = self.current_id()
        card = self.model.card(ident) if ident is not None else None
        if card is None or self.commander is None:
            return
        impact, effort = stepped(card, d_impact, d_effort)
        self.place_cards([card.id], impact, effort)

    def place_cards(self, ids: list[int], impact: int, effort: int) -> None:
        """Cards to one place on the board (a drag, a drop, Ctrl+arrows)."""
        if self.commander is None or not ids:
            return
        with self.commander.macro(self.tr("Place %n card(s) on the board", None, len(ids))):
            ok = all(self.commander.update_idea(i, impact=impact, effort=effort) for i in ids)
        if not ok:
            self.warn(self.commander.last_error)
            return
        self.select_ids(ids)
        card = self.model.card(ids[0])
        self.say(self.tr("On the board: impact %1, effort %2 (%3).").replace("%1", str(impact))
                 .replace("%2", str(effort))
                 .replace("%3", quadrant_label(card.quadrant or "") if card else ""))

    def promote(self, kind: str) -> None:
        """The selected cards become one action (or objective) in the first card's area."""
        ids = self.selected_ids()
        if self.commander is None or not ids:
            self.warn(self.tr("Choose the cards to turn into an action or an objective."))
            return
        new_id = self.commander.promote(ids, kind)
        if new_id is None:
            self.warn(self.commander.last_error)
            return
        doc = self.commander.doc
        if kind == "action":
            text = self.tr("%n card(s) became the action %1. Undo with Ctrl+Z.", None, len(ids))
            code = doc.action(new_id).code
        else:
            text = self.tr("%n card(s) became the objective %1. Undo with Ctrl+Z.", None, len(ids))
            code = doc.objective(new_id).code
        self.select_ids(ids)
        self.say(text.replace("%1", code))

    def _add_group(self) -> None:
        name = self.new_group.text().strip()
        if self.commander is None or not name:
            self.new_group.setFocus()
            return
        new_id = self.commander.add_group(name, budget=self.budget.value())
        if new_id is None:
            self.warn(self.commander.last_error)
            return
        self.new_group.setText("")
        self._fill_groups()
        self.voter.setCurrentIndex(self.voter.findData(new_id))
        self.say(self.tr("%1 can spend %n dot(s).", None, self.budget.value()).replace("%1", name))

    def _refilter(self) -> None:
        keep = self.selected_ids()
        self.model.set_filter(self.quadrant.currentData(), self.by_dots.isChecked())
        self.select_ids(keep)
