"""Milestones and money spent in the action editor (issue 15), typed as a person types them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from lcplanner.core.document import PlanDocument
from lcplanner.ui.date_field import format_date
from person import commit_cell, type_text


def _editor(qtbot, window, tmp_path):
    path = tmp_path / "m.lcplan"
    doc = PlanDocument.create(path, "Bolu", period_start=2026, period_end=2028)
    action = doc.add_action("BB1", "Oyun evleri", start_date=dt.date(2027, 1, 1),
                            end_date=dt.date(2027, 12, 31))
    doc.add_budget_line(action, 2027, "1000")
    doc.close()
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_area("BB1")
    window.area_page.select_action(action)
    return window.area_page.editor, action


def test_a_milestone_typed_dated_and_reached_then_undone(qtbot, window, tmp_path):
    editor, action = _editor(qtbot, window, tmp_path)
    box = editor.milestones
    doc = window.doc
    editor.ensureWidgetVisible(box)
    box.new_name.setFocus()
    type_text(qtbot, "Opening day")
    qtbot.keyClick(box.new_name, Qt.Key.Key_Return)
    (stone,) = doc.milestones(action)
    assert (stone.name, stone.due_on, stone.done) == ("Opening day", dt.date(2027, 12, 31), False)
    # the new row's date cell is open: type another date
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                    and QApplication.focusWidget() is not box.new_name)
    type_text(qtbot, format_date(dt.date(2027, 9, 1)))  # replaces the date it shows
    commit_cell(qtbot, box.view)
    assert doc.milestones(action)[0].due_on == dt.date(2027, 9, 1)
    # reached: the check box by keyboard
    box.view.setFocus()
    box.view.setCurrentIndex(box.model.index(0, 2))
    qtbot.keyClick(box.view, Qt.Key.Key_Space)
    assert doc.milestones(action)[0].done
    window.undo_stack.undo()
    assert not doc.milestones(action)[0].done
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert doc.milestones(action) == []
    # the timeline draws what the editor made
    window.undo_stack.redo()
    window.show_area("timeline")
    view = window.pages.currentWidget().view
    row = next(r for r in view.rows if r.kind == "action")
    assert [m.name for m in row.milestones] == ["Opening day"]


def test_money_spent_typed_in_the_budget_table(qtbot, window, tmp_path):
    editor, action = _editor(qtbot, window, tmp_path)
    box = editor.budget
    doc = window.doc
    spent = [k for k, _t in box.model.columns].index("spent")
    assert box.model.index(0, spent).data() == ""  # not reported yet
    box.view.setFocus()
    box.view.setCurrentIndex(box.model.index(0, spent))
    qtbot.keyClick(box.view, Qt.Key.Key_F2)
    type_text(qtbot, "250.5")
    commit_cell(qtbot, box.view)
    assert doc.budget_lines(action)[0].spent == Decimal("250.50")
    box.view.setCurrentIndex(box.model.index(0, spent))
    qtbot.keyClick(box.view, Qt.Key.Key_F2)
    type_text(qtbot, "lots")
    commit_cell(qtbot, box.view)
    assert doc.budget_lines(action)[0].spent == Decimal("250.50")
    assert "lots is not an amount" in editor.error.text()
    window.undo_stack.undo()
    assert doc.budget_lines(action)[0].spent is None
