"""Issue 10's keyboard-only path: nothing but key presses, each sent to whatever has the focus.

New plan (Ctrl+N, its dialog, the save dialog) -> an objective -> five actions by quick add ->
one action filled (lead, two partners, typed dates, a budget line, an indicator) -> Ctrl+F ->
undo five steps -> redo -> close (Ctrl+W) -> reopen from the recent list.  A field that cannot be
reached by Tab, or a key that does something else than a person expects, fails it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from lcplanner.ui.welcome import NewPlanDialog
from person import content, type_text


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifier)


def _keys(sequence: str) -> None:
    QTest.keySequence(_focus(), QKeySequence(sequence))


def _tab_to(qtbot, target: QWidget, backwards: bool = False, limit: int = 60) -> None:
    """Press Tab (Shift+Tab) until ``target`` has the focus: it must be reachable by keyboard."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    for _ in range(limit):
        focus = _focus()
        if focus is target or target.isAncestorOf(focus) or focus.focusProxy() is target:
            return
        _key(qtbot, key, modifier)
    raise AssertionError(f"{target.objectName() or target} not reached by Tab; at {_focus()}")


def _state(doc) -> tuple:  # type: ignore[no-untyped-def]
    return tuple(content(rows) for rows in (doc.objectives(), doc.actions(), doc.organisations(),
                                            doc.budget_lines(), doc.indicators()))


def test_a_plan_built_by_keyboard_alone(qtbot, window, modal, tmp_path):
    QLocale.setDefault(QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey))
    path = tmp_path / "eskisehir.lcplan"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def fill(dialog) -> None:  # the New plan dialog: the city first, Enter accepts
        assert isinstance(dialog, NewPlanDialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                        and dialog.isAncestorOf(QApplication.focusWidget()))
        assert dialog.city.hasFocus(), QApplication.focusWidget()
        type_text(qtbot, "Eskisehir")
        modal.next(save_as)
        _key(qtbot, Qt.Key.Key_Return)

    def save_as(dialog) -> None:  # Qt's save dialog: the file name field has the focus
        assert isinstance(dialog, QFileDialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                        and dialog.isAncestorOf(QApplication.focusWidget()))
        _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, str(path))
        _key(qtbot, Qt.Key.Key_Return)

    modal.next(fill)
    _keys("Ctrl+N")  # runs the dialogs (their own event loops) before it returns
    modal.check()
    qtbot.waitUntil(lambda: window.doc is not None, timeout=5000)
    doc = window.doc
    assert doc.path == path and doc.plan().city == "Eskisehir"
    states: dict[int, tuple] = {0: _state(doc)}
    window.undo_stack.indexChanged.connect(lambda i: states.setdefault(i, _state(doc)))

    # The navigator has the focus: down past the workshop's three steps to BB1, Tab to the new
    # objective field.
    window.activateWindow()  # what a window manager does when a dialog closes (none offscreen)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.navigator.hasFocus()
    for _ in range(4):
        _key(qtbot, Qt.Key.Key_Down)
    page = window.area_page
    assert page.area == "BB1"
    _tab_to(qtbot, page.new_objective)
    type_text(qtbot, "Every child in pre-school")
    _key(qtbot, Qt.Key.Key_Return)
    _tab_to(qtbot, page.quick_add)
    assert "BB1-O1" in page.quick_add.placeholderText()
    titles = [f"Play house {n}" for n in range(1, 6)]
    for title in titles:
        type_text(qtbot, title)
        _key(qtbot, Qt.Key.Key_Return)
    assert [a.title for a in doc.actions("BB1")] == titles
    assert {a.objective_code for a in doc.actions("BB1")} == {"BB1-O1"}

    # Back to the table, up to the first action, F6 into the editor.
    _key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert page.table.hasFocus()
    _key(qtbot, Qt.Key.Key_PageUp)
    first = doc.actions("BB1")[0].id
    assert page.current_id() == first
    _key(qtbot, Qt.Key.Key_F6)
    editor = page.editor
    assert editor.title.hasFocus() and editor.action_id == first

    _tab_to(qtbot, editor.lead)
    type_text(qtbot, "Halk Egitim Merkezi")
    _key(qtbot, Qt.Key.Key_Return)
    _tab_to(qtbot, editor.partners.name)
    for partner in ("Anadolu University", "Tepebasi Municipality"):
        type_text(qtbot, partner)
        _key(qtbot, Qt.Key.Key_Return)  # Enter adds the partner with the chosen role
    _tab_to(qtbot, editor.start.edit)
    type_text(qtbot, "1.3.2027")
    _key(qtbot, Qt.Key.Key_Tab)  # Tab leaves a date field and saves it
    _tab_to(qtbot, editor.end.edit)
    type_text(qtbot, "30062028")
    _key(qtbot, Qt.Key.Key_Tab)
    _tab_to(qtbot, editor.budget.add_button)
    _key(qtbot, Qt.Key.Key_Space)  # a new line; the cursor waits in its amount
    type_text(qtbot, "250000")
    _key(qtbot, Qt.Key.Key_Return)
    _tab_to(qtbot, editor.indicators.new_name)
    type_text(qtbot, "Play houses opened")
    _key(qtbot, Qt.Key.Key_Return)

    row = doc.action(first)
    assert row.lead_name == "Halk Egitim Merkezi"
    assert [p.name for p in row.partners] == ["Anadolu University", "Tepebasi Municipality"]
    assert (row.start_date, row.end_date) == (dt.date(2027, 3, 1), dt.date(2028, 6, 30))
    assert row.budget_total == Decimal("250000.00")
    assert [i.name for i in doc.indicators(action_id=first)] == ["Play houses opened"]
    final = _state(doc)

    # Ctrl+F: the whole plan's search; Enter jumps to the first hit.
    _keys("Ctrl+F")
    type_text(qtbot, "house 3")
    _key(qtbot, Qt.Key.Key_Return)
    third = doc.actions("BB1")[2].id
    assert page.current_id() == third and page.table.hasFocus()

    # Undo five steps (Ctrl+Z in the table), then redo them (Ctrl+Shift+Z).
    top = window.undo_stack.index()
    for _ in range(5):
        _keys("Ctrl+Z")
    assert window.undo_stack.index() == top - 5
    assert _state(doc) == states[top - 5]
    assert doc.indicators(action_id=first) == [] and doc.action(first).budget_total == 0
    for _ in range(5):
        _keys("Ctrl+Shift+Z")
    assert window.undo_stack.index() == top
    assert _state(doc) == final

    # Close (Ctrl+W) and reopen from the recent list with Enter.
    _keys("Ctrl+W")
    assert window.doc is None
    _tab_to(qtbot, window.welcome.recent)
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    assert window.doc is not None and window.doc.path == path
    assert _state(window.doc) == final
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
