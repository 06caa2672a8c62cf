"""Issue 11, "Done when": a whole workshop run offscreen in the real window, step by step through
the navigator's keys, as a facilitator does it: five stakeholders placed → ratings and initiatives
for three areas → twelve cards in two blocks, one moved, two merged → votes from two groups →
three cards promoted (two to actions, one to an objective) → undo everything → redo everything →
close → reopen: all there, links intact (and shown in the action editor).

Typed text is ASCII: QTest types Latin-1 only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lcplanner.core.document import PlanDocument
from lcplanner.ui.idea_wall import IdeaWallPage
from lcplanner.ui.stakeholders_page import StakeholdersPage
from lcplanner.ui.stocktake_page import StocktakePage
from person import commit_cell, settle, type_text
from wall_keys import add_group, card_id, click_card, type_cards

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)
PEOPLE = ["Bolu Belediyesi", "Halk Egitim Merkezi", "Abant Universitesi", "Ticaret Odasi",
          "Genclik Dernegi"]
# Alt+arrow steps per stakeholder from the middle of the grid (3, 3): (influence, interest)
PLACES = {0: (5, 5), 1: (4, 2), 2: (2, 5), 3: (1, 1)}
RATINGS = {"BB2": [2, 3, 1], "BB3": [0, 1, 0], "FC2": [1, 0, 2]}
INITIATIVES = {"BB2": ("Reading rooms", "Bolu Belediyesi"), "BB3": ("Job fair", "Ticaret Odasi"),
               "FC2": ("City learning board", "Halk Egitim Merkezi")}
BB1 = ["Reading clubs", "Evening classes", "Homework help", "School gardens", "Teacher training",
       "Adult literacy"]
BB2 = ["Family days", "Craft circles", "Book swaps", "Parents cafe", "Story hours",
       "Teaching kitchens"]


def _go(window, sequence: str) -> None:  # type: ignore[no-untyped-def]
    QTest.keySequence(QApplication.focusWidget() or window, QKeySequence(sequence))


def _plan_state(doc) -> dict:  # type: ignore[no-untyped-def]
    """Everything the workshop wrote, by UUID and value (ids change nothing on reopening)."""
    orgs = {o.id: o.name for o in doc.organisations()}
    return {
        "stakeholders": [(s.name, s.influence, s.interest) for s in doc.stakeholders()],
        "ratings": sorted((r.area, r.prompt_code, r.level) for r in doc.ratings()),
        "initiatives": [(i.area, i.title, i.owner_name) for i in doc.initiatives()],
        "cards": [(c.uuid, c.area, c.text, sorted(c.votes.values()), c.dots,
                   sorted((link.kind, link.code) for link in c.links)) for c in doc.ideas()],
        "groups": [(g.uuid, g.name, g.budget, g.spent) for g in doc.groups()],
        "actions": [(a.uuid, a.code, a.area, a.title) for a in doc.actions()],
        "objectives": [(o.uuid, o.code, o.area, o.statement) for o in doc.objectives()],
        "organisations": sorted(orgs.values()),
    }


def _stakeholders(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _go(window, "Ctrl+Shift+1")
    page = window.pages.currentWidget()
    assert isinstance(page, StakeholdersPage)
    for name in PEOPLE:
        page.new_name.setFocus()
        qtbot.keyClicks(page.new_name, name)
        qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    settle(qtbot, window)
    table = page.table
    for row, (influence, interest) in PLACES.items():
        table.setFocus()
        table.setCurrentIndex(page.model.index(row, 0))
        for key, steps in ((Qt.Key.Key_Up, influence - 3), (Qt.Key.Key_Down, 3 - influence),
                           (Qt.Key.Key_Right, interest - 3), (Qt.Key.Key_Left, 3 - interest)):
            for _ in range(max(steps, 0)):
                qtbot.keyClick(table, key, ALT)
    # the fifth by dragging its chip onto the cell (influence 5, interest 1)
    grid, last = page.grid, window.commander.doc.stakeholders()[4]
    chip, target = grid.chip_rect(last.id), grid.cell_rect(5, 1).center()
    assert chip is not None
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     chip.center().toPoint())
    for step in range(1, 6):
        QTest.mouseMove(grid, (chip.center() + (target - chip.center()) * step / 5).toPoint())
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       target.toPoint())


def _stocktake(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _go(window, "Ctrl+Shift+2")
    page = window.pages.currentWidget()
    assert isinstance(page, StocktakePage)
    for area, levels in RATINGS.items():
        page.set_area(area)
        table = page.prompt_table
        table.setFocus()
        for row, level in enumerate(levels):
            table.setCurrentIndex(page.prompts.index(row, 0))
            qtbot.keyClick(table, getattr(Qt.Key, f"Key_{level}"))
        title, owner = INITIATIVES[area]
        table.setCurrentIndex(page.prompts.index(0, 0))
        page.new_initiative.setFocus()
        qtbot.keyClicks(page.new_initiative, title)
        qtbot.keyClick(page.new_initiative, Qt.Key.Key_Return)
        itable = page.initiative_table
        itable.setFocus()
        itable.setCurrentIndex(page.initiatives.index(page.initiatives.rowCount() - 1, 1))
        qtbot.keyClick(itable, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda t=itable: QApplication.focusWidget() is not t)
        QApplication.focusWidget().lineEdit().clear()
        type_text(qtbot, owner)
        commit_cell(qtbot, itable)
        settle(qtbot, window)


def _ideas(qtbot, window) -> IdeaWallPage:  # type: ignore[no-untyped-def]
    _go(window, "Ctrl+Shift+3")
    wall = window.pages.currentWidget()
    assert isinstance(wall, IdeaWallPage)
    doc = window.commander.doc
    type_cards(qtbot, wall, 0, BB1)
    type_cards(qtbot, wall, 1, BB2)
    assert len(doc.ideas()) == 12
    click_card(qtbot, wall, card_id(doc, "School gardens"))  # one moved to the next block
    qtbot.keyClick(wall.view, Qt.Key.Key_Right, ALT)
    add_group(qtbot, wall, "Red", 6)
    add_group(qtbot, wall, "Blue", 6)  # the new group is the one voting
    for text, dots in (("Reading clubs", 3), ("Book swaps", 2), ("Family days", 1)):
        click_card(qtbot, wall, card_id(doc, text))
        qtbot.keyClick(wall.view, getattr(Qt.Key, f"Key_{dots}"))
    wall.voter.setCurrentIndex(0)  # Red
    for text in ("Book swaps", "Evening classes", "Evening classes", "Family days"):
        click_card(qtbot, wall, card_id(doc, text))
        qtbot.keyClick(wall.view, Qt.Key.Key_Plus)
    keep, drop = card_id(doc, "Book swaps"), card_id(doc, "Craft circles")  # two merged
    click_card(qtbot, wall, keep)
    click_card(qtbot, wall, drop, CTRL)
    qtbot.keyClick(wall.view, Qt.Key.Key_M, CTRL)
    for text, keys in (("Reading clubs", CTRL), ("Evening classes", CTRL),
                       ("Family days", CTRL | SHIFT)):
        click_card(qtbot, wall, card_id(doc, text))
        qtbot.keyClick(wall.view, Qt.Key.Key_Return, keys)
    return wall


def test_a_whole_workshop_in_the_window(qtbot, window, tmp_path):
    path = tmp_path / "bolu.lcplan"
    PlanDocument.create(path, "Bolu").close()
    assert window.open_path(path)
    window.resize(1280, 800)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    stack = window.undo_stack
    empty = _plan_state(window.commander.doc)

    _stakeholders(qtbot, window)
    _stocktake(qtbot, window)
    wall = _ideas(qtbot, window)
    doc = window.commander.doc

    # what the room did is in the plan
    done = _plan_state(doc)
    assert done["stakeholders"] == [(n, *PLACES.get(i, (5, 1))) for i, n in enumerate(PEOPLE)]
    assert len([r for r in done["ratings"] if r[0] == "BB2"]) == 3
    assert {r[0] for r in done["ratings"]} == set(RATINGS)
    assert [(a, t, o) for a, t, o in done["initiatives"]] == [
        (area, *INITIATIVES[area]) for area in RATINGS]
    assert len(done["cards"]) == 11  # twelve typed, two merged into one
    moved = next(c for c in doc.ideas() if c.text == "School gardens")
    assert moved.area == "BB2"
    merged = next(c for c in doc.ideas() if c.text.startswith("Book swaps"))
    assert "Craft circles" in merged.text and merged.dots == 3  # Blue 2 + Red 1
    assert [(g.name, g.spent) for g in doc.groups()] == [("Red", 4), ("Blue", 6)]
    actions, objectives = doc.actions(), doc.objectives()
    assert [(a.area, a.title) for a in actions] == [("BB1", "Reading clubs"),
                                                    ("BB1", "Evening classes")]
    assert [(o.area, o.statement) for o in objectives] == [("BB2", "Family days")]
    reading = next(c for c in doc.ideas() if c.text == "Reading clubs")
    assert [(link.kind, link.code) for link in reading.links] == [("action", actions[0].code)]
    assert len(stack.text(stack.index() - 1)) > 0  # each step named for the Edit menu

    # undo everything: the empty plan, on every page; redo everything: the same plan again
    while stack.canUndo():
        window.undo_action.trigger()
    assert _plan_state(doc) == empty
    assert wall.model.shown_ids() == [] and wall.voter.count() == 0
    while stack.canRedo():
        window.redo_action.trigger()
    assert _plan_state(doc) == done

    # close and reopen: everything there, the links intact and shown where the action is edited
    window.close_action.trigger()
    assert window.doc is None
    assert window.open_path(path)
    again = window.commander.doc
    assert _plan_state(again) == done
    action = again.actions()[0]
    assert [c.text for c in again.ideas_of(action_id=action.id)] == ["Reading clubs"]
    objective = again.objectives()[0]
    assert [c.text for c in again.ideas_of(objective_id=objective.id)] == ["Family days"]
    window.show_area("BB1")
    window.area_page.select_action(action.id)
    origin = window.area_page.editor.origin
    assert origin.isVisibleTo(window) and "Reading clubs" in origin.text()
    assert "3 dots" in origin.text()
