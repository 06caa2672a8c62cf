"""The idea wall (issue 11, items 3–5), the way a facilitator drives it: typed cards, keys on the
wall, votes from two groups, the impact–effort board by Ctrl+arrows, promotion; then undo and redo
of everything through the window's stack.  Typed text is ASCII (QTest types Latin-1 only)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QUndoStack, QWheelEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from lcplanner.core.document import PlanDocument
from lcplanner.ui.commander import Commander
from lcplanner.ui.idea_model import CardDelegate, IdRole, RowRole, card_font
from lcplanner.ui.idea_wall import IdeaWallPage
from wall_keys import add_group, card_id, click_card, type_cards

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)
BB1 = ["More reading clubs", "Evening classes for parents", "Homework help in libraries",
       "School gardens", "Teacher training on inclusion", "Adult literacy courses"]
BB2 = ["Family learning days", "Grandparents teach crafts", "Neighbourhood book swaps",
       "Parents cafe at schools", "Story hours in parks", "Community kitchens that teach"]


@pytest.fixture
def page(qtbot, window, tmp_path: Path) -> IdeaWallPage:
    path = tmp_path / "p.lcplan"
    PlanDocument.create(path, "Bolu").close()
    assert window.open_path(path)
    wall = IdeaWallPage()
    qtbot.addWidget(wall)
    wall.set_commander(window.commander)
    wall.addActions([window.undo_action, window.redo_action])  # as inside the window
    wall.resize(1280, 800)
    wall.show()
    qtbot.waitExposed(wall)
    wall.testers = [QAbstractItemModelTester(m, FATAL) for m in (wall.model, wall.side_model)]
    return wall


def state(doc) -> tuple:
    """What the wall holds, comparable across undo and redo."""
    return ([(c.uuid, c.area, c.text, c.author, c.impact, c.effort, sorted(c.votes.items()),
              [(link.kind, link.code) for link in c.links]) for c in doc.ideas()],
            [(g.uuid, g.name, g.budget, g.spent) for g in doc.groups()],
            [(a.code, a.title) for a in doc.actions()],
            [(o.code, o.statement) for o in doc.objectives()])


def test_the_whole_wall_by_keyboard(qtbot, window, page):
    doc = window.commander.doc
    type_cards(qtbot, page, 0, BB1)
    page.author.setText("Ayse")  # stays filled for the next cards
    type_cards(qtbot, page, 1, BB2)
    assert [c.area for c in doc.ideas()] == ["BB1"] * 6 + ["BB2"] * 6
    assert [c.text for c in doc.ideas()] == BB1 + BB2
    assert {c.author for c in doc.ideas(area="BB2")} == {"Ayse"}
    assert page.capture.text() == "" and page.capture.hasFocus() and page.author.text() == "Ayse"
    assert page.model.shown_ids() == [c.id for c in doc.ideas()]

    # Ctrl+Z right after a capture takes the card back (the field has nothing of its own to undo)
    qtbot.keyClick(page.capture, Qt.Key.Key_Z, CTRL)
    assert len(doc.ideas()) == 11 and page.model.row_of(card_id(doc, BB2[4])) >= 0
    assert all(c.text != BB2[5] for c in page.model.cards())
    qtbot.keyClick(page.capture, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [c.text for c in doc.ideas()][-1] == BB2[5]

    # move one to the next area by keyboard
    moved = card_id(doc, "School gardens")
    click_card(qtbot, page, moved)
    qtbot.keyClick(page.view, Qt.Key.Key_Right, ALT)
    assert doc.idea(moved).area == "BB2" and page.selected_ids() == [moved]
    assert "Undo with Ctrl+Z" in page.hint.text()

    # two voter groups, typed on the page
    add_group(qtbot, page, "Red", 5)
    add_group(qtbot, page, "Blue", 4)
    assert [(g.name, g.budget) for g in doc.groups()] == [("Red", 5), ("Blue", 4)]
    assert page.voter.currentText() == "Blue 0/4"

    keep, drop = card_id(doc, "More reading"), card_id(doc, "Neighbourhood book")
    click_card(qtbot, page, drop)
    qtbot.keyClick(page.view, Qt.Key.Key_3)  # Blue puts 3 dots
    page.voter.setFocus()
    qtbot.keyClick(page.voter, Qt.Key.Key_Up)  # the guard opens the list; choose Red
    qtbot.keyClick(page.voter.view(), Qt.Key.Key_Up)
    qtbot.keyClick(page.voter.view(), Qt.Key.Key_Return)
    assert page.voter.currentText() == "Red 0/5"
    click_card(qtbot, page, drop)
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    click_card(qtbot, page, keep)
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    qtbot.keyClick(page.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Minus)
    qtbot.keyClick(page.view, Qt.Key.Key_2)
    assert doc.idea(keep).votes == {doc.groups()[0].id: 2}
    assert doc.idea(drop).votes == {doc.groups()[0].id: 1, doc.groups()[1].id: 3}
    assert page.voter.itemText(0) == "Red 3/5" and page.voter.itemText(1) == "Blue 3/4"

    # over-spending: Red has 2 left, 5 on one card is refused, said in red, nothing changes
    before, steps = state(doc), window.undo_stack.index()
    other = card_id(doc, "School gardens")
    click_card(qtbot, page, other)
    qtbot.keyClick(page.view, Qt.Key.Key_5)
    assert state(doc) == before and window.undo_stack.index() == steps
    assert "Red" in page.hint.text() and "5" in page.hint.text()
    assert page.hint.property("problem") is True
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)  # the sixth dot: refused
    assert doc.idea(other).dots == 2 and page.hint.property("problem") is True

    # merge: select two (click, Ctrl+click) and Ctrl+M: the second goes into the first
    click_card(qtbot, page, keep)
    click_card(qtbot, page, drop, CTRL)
    qtbot.keyClick(page.view, Qt.Key.Key_M, CTRL)
    merged = doc.idea(keep)
    assert "More reading clubs" in merged.text and "Neighbourhood book swaps" in merged.text
    assert merged.votes == {doc.groups()[0].id: 3, doc.groups()[1].id: 3}
    assert all(c.id != drop for c in doc.ideas()) and page.model.row_of(drop) == -1
    row = page.model.index(page.model.row_of(keep))
    assert "● 6" in CardDelegate().marks(row.data(RowRole))

    # the impact-effort board by Ctrl+arrows: up twice, left once from the middle
    click_card(qtbot, page, other)
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Left):
        qtbot.keyClick(page.view, key, CTRL)
    assert (doc.idea(other).impact, doc.idea(other).effort) == (70, 40)
    assert doc.idea(other).quadrant == "quick_win"
    qtbot.keyClick(page.view, Qt.Key.Key_B, ALT)  # the board's tab: the card is on it
    assert page.tabs.currentIndex() == 1 and page.board.selected == {other}
    assert [c.id for c in page.board.placed()] == [other]
    assert page.side_model.row_of(other) == -1 and page.side_model.row_of(keep) >= 0
    page.board.setFocus()
    qtbot.keyClick(page.board, Qt.Key.Key_Right, CTRL)  # keys work on the board too
    assert doc.idea(other).effort == 50
    qtbot.keyClick(page.board, Qt.Key.Key_W, ALT)
    assert page.tabs.currentIndex() == 0 and page.selected_ids() == [other]
    qtbot.keyClick(page.view, Qt.Key.Key_Left, CTRL)
    assert doc.idea(other).effort == 40
    page.quadrant.setCurrentIndex(page.quadrant.findData("quick_win"))
    assert page.model.shown_ids() == [other]
    page.quadrant.setCurrentIndex(0)

    # promote: two cards to an action, one to an objective
    first, second = card_id(doc, "Evening classes"), card_id(doc, "Homework help")
    click_card(qtbot, page, first)
    qtbot.keyClick(page.view, Qt.Key.Key_Right, SHIFT)  # the card after it, by Shift+arrow
    assert page.selected_ids() == [first, second]
    qtbot.keyClick(page.view, Qt.Key.Key_Return, CTRL)
    action = doc.actions()[0]
    assert sorted(c.id for c in doc.ideas_of(action_id=action.id)) == sorted([first, second])
    assert action.area == "BB1" and action.title == "Evening classes for parents"
    third = card_id(doc, "Family learning days")
    click_card(qtbot, page, third)
    qtbot.keyClick(page.view, Qt.Key.Key_Return, CTRL | SHIFT)
    objective = doc.objectives()[0]
    assert [c.id for c in doc.ideas_of(objective_id=objective.id)] == [third]
    delegate = CardDelegate()
    for ident, code in ((first, action.code), (second, action.code), (third, objective.code)):
        card = page.model.index(page.model.row_of(ident)).data(RowRole)
        assert f"→ {code}" in delegate.marks(card)

    # undo everything: the empty plan; redo everything: the same state
    done = state(doc)
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert state(doc) == ([], [], [], [])
    assert page.model.shown_ids() == [] and page.voter.count() == 0
    while window.undo_stack.canRedo():
        window.undo_stack.redo()
    assert state(doc) == done
    assert page.model.shown_ids() == [c.id for c in doc.ideas()]
    assert page.voter.itemText(0) == "Red 5/5"


def test_edit_delete_and_the_chooser(qtbot, window, page, modal):
    doc = window.commander.doc
    type_cards(qtbot, page, 2, ["Apprenticeships", "Job fairs"])
    ident = card_id(doc, "Job fairs")
    assert doc.idea(ident).area == "BB3"

    click_card(qtbot, page, ident)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Job fairs for adults")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.idea(ident).text == "Job fairs for adults"

    def choose_fc1(dialog) -> None:
        dialog.setTextValue(dialog.comboBoxItems()[6])
        dialog.accept()

    modal.next(choose_fc1)
    qtbot.keyClick(page.view, Qt.Key.Key_M, CTRL | SHIFT)
    modal.check()
    assert doc.idea(ident).area == "FC1"

    click_card(qtbot, page, ident)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert [c.text for c in doc.ideas()] == ["Apprenticeships"]
    assert "Undo with Ctrl+Z" in page.hint.text()
    window.undo_stack.undo()
    assert doc.idea(ident).text == "Job fairs for adults" and doc.idea(ident).area == "FC1"


def test_the_wheel_does_not_change_the_group(qtbot, page):
    add_group(qtbot, page, "Red", 5)
    add_group(qtbot, page, "Blue", 5)
    page.capture.setFocus()
    shown = page.voter.currentIndex()
    for steps in (-3, 3):
        centre = QPointF(page.voter.width() / 2, page.voter.height() / 2)
        event = QWheelEvent(centre, QPointF(page.voter.mapToGlobal(centre.toPoint())),
                            QPoint(0, 0), QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(page.voter, event)
        assert page.voter.currentIndex() == shown


def test_cards_follow_the_font_and_stay_big(qtbot, page):
    font = page.font()
    assert card_font(font).pixelSize() >= 18
    bigger = type(font)(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    assert card_font(bigger).pixelSize() > card_font(font).pixelSize()


def test_a_read_only_plan_shows_everything_and_edits_nothing(qtbot, tmp_path, settings_dir):
    path = tmp_path / "r.lcplan"
    doc = PlanDocument.create(path, "Bolu")
    ident = doc.add_idea("BB4", "Free wifi in parks")
    doc.close()
    doc = PlanDocument.open(path, read_only=True)
    try:
        page = IdeaWallPage()
        qtbot.addWidget(page)
        page.set_commander(Commander(doc, QUndoStack()))
        page.show()
        assert page.model.shown_ids() == [ident]
        assert not page.capture.isEnabled() and not page.new_group.isEnabled()
        assert page.view.editTriggers() == page.view.EditTrigger.NoEditTriggers
        click_card(qtbot, page, ident)
        qtbot.keyClick(page.view, Qt.Key.Key_Delete)
        qtbot.keyClick(page.view, Qt.Key.Key_Up, CTRL)
        assert [c.text for c in doc.ideas()] == ["Free wifi in parks"]
        assert doc.idea(ident).impact is None and page.hint.property("problem") is True
        assert page.view.model().index(0).data(IdRole) is None  # the header tile first
    finally:
        doc.close()
