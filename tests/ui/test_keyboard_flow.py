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
