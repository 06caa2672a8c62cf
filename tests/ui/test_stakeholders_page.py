"""The stakeholder step as a facilitator does it: typed, placed, ticked, undone, redone.

The page runs on a real window's Commander (its undo stack and plan file): five organisations
typed in, placed on the influence/interest grid by Alt+arrow keys and one by dragging, attendance
ticked with Space, every new organisation in the register; undo everything leaves nothing, redo
everything brings the same back.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lcplanner.ui.stakeholder_grid import quadrant_label
from lcplanner.ui.stakeholders_page import StakeholdersPage
from person import commit_cell, open_page, settle, type_text

NAMES = ["Bolu Belediyesi", "Halk Egitim Merkezi", "Abant Izzet Baysal Universitesi",
         "Bolu Ticaret Odasi", "Genclik Dernegi"]


def _page(qtbot, window, tmp_path) -> StakeholdersPage:
    return open_page(qtbot, window, tmp_path, StakeholdersPage)  # type: ignore[return-value]


def _type_enter(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _state(doc) -> list[tuple]:
    return [(s.name, s.person, s.influence, s.interest, s.present) for s in doc.stakeholders()]


def test_stakeholders_typed_placed_ticked_undone_and_redone(qtbot, window, tmp_path):
    page = _page(qtbot, window, tmp_path)
    doc, stack = window.commander.doc, window.undo_stack
    start = stack.index()

    # two workshops: a name, a typed date, Enter
    page.workshop_name.setFocus()
    qtbot.keyClicks(page.workshop_name, "Kick-off")
    page.workshop_date.edit.setFocus()
    qtbot.keyClicks(page.workshop_date.edit, "1.9.2026")
    qtbot.keyClick(page.workshop_date.edit, Qt.Key.Key_Return)
    _type_enter(qtbot, page.workshop_name, "Priorities")
    assert [(w.name, str(w.held_on)) for w in doc.workshops()] == [
        ("Kick-off", "2026-09-01"), ("Priorities", "None")]
    assert page.model.columnCount() == 7  # five fixed columns, one tick column per workshop

    # five stakeholders, typed; each joins the register
    for name in NAMES:
        _type_enter(qtbot, page.new_name, name)
    assert [s.name for s in doc.stakeholders()] == NAMES
    assert {o.name for o in doc.organisations()} >= set(NAMES)
    assert page.new_name.text() == ""
    settle(qtbot, page)  # the completer's popup gives the focus back to the add field first

    # the person, typed into the cell: F2, text, Enter
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not table)
    type_text(qtbot, "Ayse Kaya")
    commit_cell(qtbot, table)
    assert doc.stakeholders()[0].person == "Ayse Kaya"

    # influence by typing a digit into its cell (typing starts the editor and replaces)
    table.setCurrentIndex(page.model.index(1, 3))
    type_text(qtbot, "4")
    commit_cell(qtbot, table)
    assert doc.stakeholders()[1].influence == 4

    # placed by keyboard: select in the table, Alt+arrows (one undo step each)
    moves = {0: [Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Right],
             2: [Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Left],
             3: [Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Right],
             4: [Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Left]}
    for row, keys in moves.items():
        table.setFocus()
        table.setCurrentIndex(page.model.index(row, 0))
        before = stack.index()
        for key in keys:
            qtbot.keyClick(table, key, Qt.KeyboardModifier.AltModifier)
        assert page.grid.current == doc.stakeholders()[row].id
        assert stack.index() - before <= len(keys)  # at most one step per key; none at an edge
    # Alt+Left at interest 1 does nothing (no step)
    before = stack.index()
    qtbot.keyClick(table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert stack.index() == before

    # the grid takes keys too when it has focus
    page.grid.setFocus()
    page.select_stakeholder(doc.stakeholders()[2].id)
    qtbot.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)

    # one placed by dragging its chip: press, move, release over the cell (5, 5)
    grid = page.grid
    moved = doc.stakeholders()[1]
    chip = grid.chip_rect(moved.id)
    assert chip is not None
    target = grid.cell_rect(5, 5).center()
    before = stack.index()
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     chip.center().toPoint())
    for step in range(1, 6):
        point = chip.center() + (target - chip.center()) * step / 5
        QTest.mouseMove(grid, point.toPoint())
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       target.toPoint())
    assert stack.index() == before + 1  # one undo step for the drop
    # and the drop handler, called as a drop would
    grid.drop_at(doc.stakeholders()[4].id, grid.cell_rect(2, 1).center())

    scores = [(s.influence, s.interest) for s in doc.stakeholders()]
    assert scores == [(5, 5), (5, 5), (5, 3), (1, 5), (2, 1)], scores

    # attendance: Space ticks a workshop cell
    kick_off = page.model.columnCount() - 2
    for row in (0, 1, 3):
        table.setFocus()
        table.setCurrentIndex(page.model.index(row, kick_off))
        qtbot.keyClick(table, Qt.Key.Key_Space)
    table.setCurrentIndex(page.model.index(0, kick_off + 1))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    kick_off_id, priorities_id = (w.id for w in doc.workshops())
    present = [s.present for s in doc.stakeholders()]
    assert present == [(kick_off_id, priorities_id), (kick_off_id,), (), (kick_off_id,), ()]
    # Space again unticks
    table.setCurrentIndex(page.model.index(3, kick_off))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert doc.stakeholders()[3].present == ()

    # Delete removes the selected one; the organisation stays in the register
    table.setCurrentIndex(page.model.index(4, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [s.name for s in doc.stakeholders()] == NAMES[:4]
    assert NAMES[4] in {o.name for o in doc.organisations()}
    assert len(grid.rows) == 4

    final = _state(doc)
    final_workshops = [(w.name, w.held_on) for w in doc.workshops()]
    final_orgs = sorted(o.name for o in doc.organisations())

    # undo everything: nothing left of it
    while stack.index() > start:
        stack.undo()
    assert doc.stakeholders() == [] and doc.workshops() == []
    assert not set(NAMES) & {o.name for o in doc.organisations()}
    assert page.model.rowCount() == 0 and page.model.columnCount() == 5 and grid.rows == []

    # redo everything: the same again
    while stack.canRedo():
        stack.redo()
    assert _state(doc) == final
    assert [(w.name, w.held_on) for w in doc.workshops()] == final_workshops
    assert sorted(o.name for o in doc.organisations()) == final_orgs
    assert page.model.rowCount() == 4 and len(grid.rows) == 4


def test_refusals_are_said_at_the_field(qtbot, window, tmp_path):
    page = _page(qtbot, window, tmp_path)
    _type_enter(qtbot, page.new_name, "Bolu Belediyesi")
    # a workshop date that is not a date: explained, nothing added
    page.workshop_name.setText("Round two")
    page.workshop_date.edit.setText("31.02.2026")
    assert page.add_workshop_from_fields() is None
    assert page.hint.isVisible() and "31.02.2026" in page.hint.text()
    assert window.commander.doc.workshops() == []
    # an empty organisation name in the cell is refused with a message, not a traceback
    index = page.model.index(0, 0)
    assert not page.model.setData(index, "   ")
    assert page.hint.isVisible()
    assert window.commander.doc.stakeholders()[0].name == "Bolu Belediyesi"


def test_changing_the_organisation_in_the_cell_uses_the_register(qtbot, window, tmp_path):
    page = _page(qtbot, window, tmp_path)
    doc, stack = window.commander.doc, window.undo_stack
    _type_enter(qtbot, page.new_name, "Bolu Belediyesi")
    before = stack.index()
    assert page.model.setData(page.model.index(0, 0), "Bolu Valiligi")
    assert stack.index() == before + 1  # the new organisation and the change: one step
    assert doc.stakeholders()[0].name == "Bolu Valiligi"
    stack.undo()
    assert doc.stakeholders()[0].name == "Bolu Belediyesi"
    assert "Bolu Valiligi" not in {o.name for o in doc.organisations()}


def test_the_grid_names_its_quadrants_and_maps_positions(qtbot, window, tmp_path):
    page = _page(qtbot, window, tmp_path)
    grid = page.grid
    assert quadrant_label(True, True) == "Manage closely"
    assert quadrant_label(False, False) == "Monitor"
    for influence in range(1, 6):
        for interest in range(1, 6):
            assert grid.cell_at(grid.cell_rect(influence, interest).center()) == (influence,
                                                                                  interest)
    # outside the field snaps to the nearest edge
    assert grid.cell_at(QPointF(-50, -50)) == (5, 1)
    grid.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    field = grid.field()
    assert grid.cell_at(QPointF(field.left() + 2, field.bottom() - 2)) == (1, 5)
    assert isinstance(grid.cell_rect(1, 1).center().toPoint(), QPoint)
