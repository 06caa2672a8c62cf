"""The municipality's role in the action editor and the approval record in the plan properties,
driven as a person does: keys to whatever has the focus, Tab to move on, Ctrl+Z to take back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from lcplanner.core.document import PlanDocument
from person import settle, type_text


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _tab_to(qtbot, target: QWidget, limit: int = 12) -> None:  # type: ignore[no-untyped-def]
    """Tab until ``target`` (or the field it stands for) has the focus: reachable by keyboard."""
    for _ in range(limit):
        focus = _focus()
        if focus is target or target.isAncestorOf(focus) or target.focusProxy() is focus:
            return
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.objectName()} not reached by Tab; at {_focus().objectName()}")


def _choose(qtbot, combo: QComboBox, letters: str) -> None:  # type: ignore[no-untyped-def]
    """Typing on a combo opens its list at the entry; Enter chooses it.  A pause first, as a
    person makes: letters typed within the keyboard interval make one search."""
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClicks(combo, letters)
    assert combo.view().isVisible()
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    settle(qtbot, combo.window())  # offscreen, the closed list keeps the active window a while


def _undo(qtbot, w, redo: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z (Ctrl+Shift+Z) from the navigator: the plan's undo, not a field's own."""
    w.navigator.setFocus()
    qtbot.waitUntil(w.navigator.hasFocus)
    modifiers = Qt.KeyboardModifier.ControlModifier
    if redo:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(w.navigator, Qt.Key.Key_Z, modifiers)


def _wheel(widget: QWidget) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -360), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def active(window):
    window.activateWindow()
    return window


# --- the action editor ---------------------------------------------------------------------------------

def _editor_on_an_unjudged_action(qtbot, w):  # type: ignore[no-untyped-def]
    w.show_area("BB1")
    action = next(a for a in w.doc.actions("BB1") if a.municipal_role == "")
    w.area_page.select_action(action.id)
    editor = w.area_page.editor
    assert editor.action_id == action.id
    qtbot.waitExposed(editor)
    return editor, action


def test_the_municipal_role_is_chosen_from_the_keyboard_and_undone(qtbot, active, demo_file):
    w = active
    assert w.open_path(demo_file)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    editor, action = _editor_on_an_unjudged_action(qtbot, w)
    combo = editor.municipal_role
    assert combo.currentText() == "(not set)" and combo.isEnabled()
    editor.lead.lineEdit().setFocus()
    qtbot.waitUntil(editor.lead.lineEdit().hasFocus)
    _tab_to(qtbot, combo)  # after the lead and the partners
    steps = w.undo_stack.count()
    _choose(qtbot, combo, "c")
    qtbot.waitUntil(lambda: w.doc.action(action.id).municipal_role == "coordinating")
    assert w.undo_stack.count() == steps + 1 and combo.currentText() == "Co-ordinating"
    assert w.undo_action.text() == "&Undo Edit action"
    _choose(qtbot, combo, "f")
    assert w.doc.action(action.id).municipal_role == "accountable"
    assert w.undo_stack.count() == steps + 2
    _undo(qtbot, w)
    assert w.doc.action(action.id).municipal_role == "coordinating"
    assert combo.currentText() == "Co-ordinating"  # the editor reloads from the document
    _undo(qtbot, w)
    assert w.doc.action(action.id).municipal_role == "" and combo.currentText() == "(not set)"
    _undo(qtbot, w, redo=True)
    assert w.doc.action(action.id).municipal_role == "coordinating"
    assert combo.currentText() == "Co-ordinating"


def test_the_role_combo_ignores_the_wheel_without_focus(qtbot, demo_file, window):
    w = window
    assert w.open_path(demo_file)
    editor, action = _editor_on_an_unjudged_action(qtbot, w)
    combo = editor.municipal_role
    w.navigator.setFocus()
    steps, shown = w.undo_stack.count(), combo.currentIndex()
    _wheel(combo)
    assert combo.currentIndex() == shown and not combo.hasFocus()
    assert w.undo_stack.count() == steps and w.doc.action(action.id).municipal_role == ""


def test_a_read_only_plan_shows_the_role_and_does_not_offer_it(qtbot, demo_file, window):
    w = window
    assert w.open_path(demo_file, read_only=True)
    w.show_area("FC1")
    action = w.doc.actions("FC1")[0]
    w.area_page.select_action(action.id)
    combo = w.area_page.editor.municipal_role
    assert action.municipal_role == "accountable"
    assert combo.currentText() == "Full accountability" and not combo.isEnabled()


# --- the plan properties -------------------------------------------------------------------------------

@pytest.fixture
def properties(qtbot, active, tmp_path: Path):  # type: ignore[no-untyped-def]
    w = active
    path = tmp_path / "cork.lcplan"
    PlanDocument.create(path, "Cork", language="en", currency="EUR").close()
    assert w.open_path(path)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.navigator.setCurrentIndex(w.navigator_model.index(0))
    form = w.overview.properties
    qtbot.waitExposed(form)
    return w, form


def _error_under(form, field: QWidget) -> bool:  # type: ignore[no-untyped-def]
    """The form's message is shown in the row right below ``field``'s."""
    below = form.form.getWidgetPosition(form.error)[0]
    return form.error.isVisible() and below == form.form.getWidgetPosition(field)[0] + 1


def test_the_approval_record_is_typed_in_and_undone_step_by_step(qtbot, properties):
    w, form = properties
    steps = w.undo_stack.count()
    assert form.approval_status.currentText() == "Draft"
    _choose(qtbot, form.approval_status, "a")
    qtbot.waitUntil(lambda: w.doc.plan().approval_status == "approved")
    assert form.approval_status.currentText() == "Approved by the council"
    _tab_to(qtbot, form.approved_on.edit)
    type_text(qtbot, "01/03/2027")  # the British order of the test locale
    _tab_to(qtbot, form.version)
    assert w.doc.plan().approved_on == dt.date(2027, 3, 1)
    type_text(qtbot, "1.0")
    _tab_to(qtbot, form.prepared_by)
    assert w.doc.plan().version == "1.0"
    type_text(qtbot, "Community Development Section")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    plan = w.doc.plan()
    assert (plan.approval_status, plan.approved_on, plan.version, plan.prepared_by) == (
        "approved", dt.date(2027, 3, 1), "1.0", "Community Development Section")
    assert w.undo_stack.count() == steps + 4 and not form.error.isVisible()
    assert w.undo_action.text() == "&Undo Edit plan properties"
    _undo(qtbot, w)
    assert w.doc.plan().prepared_by == "" and form.prepared_by.text() == ""
    _undo(qtbot, w)
    assert w.doc.plan().version == "" and form.version.text() == ""
    _undo(qtbot, w)
    assert w.doc.plan().approved_on is None and form.approved_on.edit.text() == ""
    _undo(qtbot, w)
    assert w.doc.plan().approval_status == "draft" and form.approval_status.currentText() == "Draft"
    for _ in range(4):
        _undo(qtbot, w, redo=True)
    assert w.doc.plan().prepared_by == "Community Development Section"
    assert form.approved_on.edit.text() == "01/03/2027" and form.version.text() == "1.0"


def test_a_date_on_a_draft_is_refused_under_the_date(qtbot, properties):
    w, form = properties
    steps = w.undo_stack.count()
    form.approved_on.edit.setFocus()
    qtbot.waitUntil(form.approved_on.edit.hasFocus)
    type_text(qtbot, "01/03/2027")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _error_under(form, form.approved_on)
    assert "draft plan has no approval date" in form.error.text()
    assert w.doc.plan().approved_on is None and form.approved_on.edit.text() == ""
    assert w.undo_stack.count() == steps
    _choose(qtbot, form.approval_status, "i")  # In consultation: the message goes
    assert w.doc.plan().approval_status == "in_consultation" and not form.error.isVisible()


def test_back_to_draft_with_a_date_is_refused_under_the_status(qtbot, properties):
    w, form = properties
    w.doc.update_plan(approval_status="approved", approved_on=dt.date(2027, 3, 1))
    steps = w.undo_stack.count()
    _choose(qtbot, form.approval_status, "d")
    assert _error_under(form, form.approval_status)
    assert w.doc.plan().approval_status == "approved"
    assert form.approval_status.currentText() == "Approved by the council"  # back as stored
    assert w.undo_stack.count() == steps


def test_a_too_long_version_is_refused_under_the_version(qtbot, properties):
    w, form = properties
    form.version.setFocus()
    qtbot.waitUntil(form.version.hasFocus)
    type_text(qtbot, "Second draft after the public consultation")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _error_under(form, form.version) and "too long" in form.error.text()
    assert w.doc.plan().version == "" and form.version.text() == ""
