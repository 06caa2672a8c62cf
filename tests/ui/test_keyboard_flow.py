"""Keyboard flow between panes (issue 10, item 6): Tab leaves the action table, F6 cycles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_tab_leaves_the_table_and_f6_cycles_the_panes(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_area("BB1")
    page = window.area_page
    page.select_row(0)
    _focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert page.quick_add.hasFocus()  # not the next cell of the table
    qtbot.keyClick(page.quick_add, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert page.table.hasFocus()

    _focus(qtbot, window.navigator)
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert seen == [page.table, page.editor.title, window.navigator]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is page.editor.title  # Shift+F6 goes back


def test_f6_skips_a_hidden_editor(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_area("BB1")
    window.editor_action.trigger()  # F9: the editor is hidden
    page = window.area_page
    assert not page.editor.isVisible()
    _focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_F6)
    assert window.navigator.hasFocus()


def test_a_refused_value_is_explained_under_its_field_in_view(qtbot, window, demo_file):
    """Issue 10, item 9: the message sits at the field, scrolled into view, not at the top."""
    assert window.open_path(demo_file)
    window.resize(1024, 560)
    window.show_area("BB1")
    page = window.area_page
    action = window.doc.actions("BB1")[0]
    page.select_action(action.id)
    editor = page.editor
    qtbot.waitExposed(editor)
    editor.verticalScrollBar().setValue(0)
    field = editor.end.edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, f"01.01.{action.start_date.year - 1}")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    error = editor.error
    assert error.isVisible() and "before the start date" in error.text()
    body = editor.widget()
    below = editor.end.mapTo(body, editor.end.rect().bottomLeft()).y()
    assert 0 <= error.y() - below <= 6  # right under the end date
    shown = editor.viewport().rect()
    where = error.mapTo(editor.viewport(), error.rect().topLeft())
    assert shown.contains(where) and shown.bottom() >= where.y() + error.height() - 1
