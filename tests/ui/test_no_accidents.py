"""Nothing changes by accident (issue 10, items 1, 3 and 5), tried the way a person does it.

The wheel test walks every combo box and spin box of every page (found in the widget tree, not
listed by hand); the others type real keys into the real window.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QWidget

import pytest


@pytest.fixture
def demo_window(window, demo_file):
    assert window.open_path(demo_file)
    return window


def _plan_state(doc) -> tuple:
    """Everything a wheel could change, as saved in the file."""
    return (doc.plan(), tuple(doc.actions()), tuple(doc.organisations()), tuple(doc.budget_lines()),
            tuple(doc.indicators()), tuple(doc.objectives()))


def _value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    return widget.text()  # a spin box or date edit as shown


def _wheel(widget: QWidget, steps: int = -3) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    global_pos = QPointF(widget.mapToGlobal(centre.toPoint()))
    event = QWheelEvent(centre, global_pos, QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _wheel_targets(page: QWidget) -> list[QWidget]:
    found = page.findChildren(QComboBox) + page.findChildren(QAbstractSpinBox)
    return [w for w in found if w.isVisibleTo(page) and w.isEnabled()
            and not isinstance(w.parentWidget(), QComboBox)]


def _pages(w):
    """Each page as a person reaches it: the overview, an area with an action in the editor
    (with partners, budget lines and indicators), the organisations register."""
    w.navigator.setCurrentIndex(w.navigator_model.index(0))
    yield "overview", w.overview
    w.show_area("BB1")
    page = w.area_page
    rich = max(w.doc.actions("BB1"), key=lambda a: (len(a.partners), a.indicator_count))
    page.select_action(rich.id)
    assert page.editor.action_id == rich.id
    yield "area", page
    w.pages.setCurrentWidget(w.organisations_page)
    yield "organisations", w.organisations_page
    w.find()  # Ctrl+F: the whole plan's search panel with its filters
    from lcplanner.ui.find_panel import FindPanel

    yield "find", w.findChild(FindPanel, "findDock")


def test_the_wheel_over_a_field_without_focus_scrolls_and_changes_nothing(qtbot, demo_window):
    w = demo_window
    w.resize(1024, 600)  # small enough that the editor must scroll
    before, steps = _plan_state(w.doc), w.undo_stack.count()
    walked = 0
    for name, page in _pages(w):
        qtbot.waitExposed(page)
        w.navigator.setFocus()
        for widget in _wheel_targets(page):
            assert not widget.hasFocus()
            shown = _value(widget)
            _wheel(widget)
            _wheel(widget, steps=+3)
            assert _value(widget) == shown, (name, widget.objectName())
            assert not widget.hasFocus(), (name, widget.objectName())  # the wheel gives no focus
            walked += 1
    assert walked >= 12  # combos and spin boxes of the overview, the editor and the register
    assert _plan_state(w.doc) == before and w.undo_stack.count() == steps


def test_the_wheel_over_an_editor_field_scrolls_the_editor(qtbot, demo_window):
    w = demo_window
    w.resize(1024, 500)
    w.show_area("BB1")
    page = w.area_page
    page.select_row(0)
    editor: QScrollArea = page.editor
    qtbot.waitExposed(editor)
    bar = editor.verticalScrollBar()
    assert bar.maximum() > 0, "the editor fits: the test needs it to scroll"
    bar.setValue(0)
    status = editor.findChild(QComboBox, "status")
    _wheel(status, steps=-2)
    assert bar.value() > 0  # the panel moved, not the status


def test_a_focused_combo_still_takes_the_wheel(qtbot, demo_window):
    """Deliberate use stays: click (focus) a combo, then the wheel picks a value."""
    w = demo_window
    w.show_area("BB1")
    w.area_page.select_row(0)
    status = w.area_page.editor.findChild(QComboBox, "status")
    status.setFocus()
    qtbot.waitUntil(status.hasFocus)
    shown = status.currentIndex()
    _wheel(status, steps=-1 if shown < status.count() - 1 else 1)
    assert status.currentIndex() != shown


def test_ctrl_z_after_quick_add_undoes_the_add_not_the_typing(qtbot, demo_window):
    w = demo_window
    w.show_area("BB2")
    page = w.area_page
    field = page.quick_add
    w.activateWindow()  # shortcuts such as the window's Ctrl+Z work in the active window only
    qtbot.waitActive(w)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    count = len(w.doc.actions("BB2"))
    qtbot.keyClicks(field, "Mahalle okuma saatleri")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert len(w.doc.actions("BB2")) == count + 1 and field.text() == ""
    if not field.hasFocus():
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(w.doc.actions("BB2")) == count  # the plan's undo took the add back
    assert field.text() == ""  # and the title did not come back into the field
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert len(w.doc.actions("BB2")) == count  # so Enter adds no duplicate
    QTest.keySequence(field, QKeySequence("Ctrl+Shift+Z"))
    assert len(w.doc.actions("BB2")) == count + 1  # redo brings it back
    qtbot.keyClicks(field, "yarim")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(w.doc.actions("BB2")) == count + 1  # while typing, Ctrl+Z is the field's own


def test_typing_on_a_tabbed_combo_opens_the_list_and_changes_nothing(qtbot, demo_window):
    w = demo_window
    w.show_area("BB1")
    page = w.area_page
    page.select_row(0)
    action_id = page.editor.action_id
    saved = w.doc.action(action_id)
    status = page.editor.findChild(QComboBox, "status")
    status.setFocus()
    qtbot.waitUntil(status.hasFocus)
    steps = w.undo_stack.count()
    for key in ("d", "Down", "c"):
        if key == "Down":
            qtbot.keyClick(status, Qt.Key.Key_Down)
        else:
            qtbot.keyClicks(status, key)
        assert status.view().isVisible()  # the list opened for a choice
        qtbot.keyClick(status.view(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not status.view().isVisible())
    qtbot.keyClick(status, Qt.Key.Key_Tab)
    assert w.doc.action(action_id) == saved and w.undo_stack.count() == steps
    # A real choice still works: open, type, Enter.
    status.setFocus()
    qtbot.keyClicks(status, "d")
    view = status.view()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.doc.action(action_id).status != saved.status or
                    w.undo_stack.count() > steps, timeout=2000)
    assert w.undo_stack.count() == steps + 1


def test_delete_objective_asks_naming_its_actions(qtbot, demo_window, modal):
    from PySide6.QtWidgets import QMessageBox

    w = demo_window
    w.show_area("BB1")
    page = w.area_page
    page.objectives.setCurrentRow(0)
    objective = w.doc.objective(page.current_objective())
    assert objective.actions >= 2
    before = len(w.doc.actions("BB1"))

    modal.next(lambda box: box.button(QMessageBox.StandardButton.No).click())
    page.delete_objective.click()
    modal.check()
    assert f"{objective.code} with its {objective.actions} action" in modal.texts[0]
    assert len(w.doc.actions("BB1")) == before  # No: nothing went

    modal.next(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    page.delete_objective.click()
    modal.check()
    assert len(w.doc.actions("BB1")) == before - objective.actions
    w.undo_stack.undo()
    assert len(w.doc.actions("BB1")) == before and w.doc.objective(objective.id).code == objective.code
