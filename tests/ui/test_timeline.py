"""The timeline (issue 15): bars dragged and moved by keyboard, each an undo step, kept on reopen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lcplanner.core.commands import monitoring
from lcplanner.core.document import PlanDocument
from lcplanner.ui.timeline_page import TimelinePage


@pytest.fixture
def plan(tmp_path, monkeypatch):
    monkeypatch.setattr(monitoring, "today", lambda: dt.date(2027, 5, 4))
    path = tmp_path / "t.lcplan"
    doc = PlanDocument.create(path, "Bolu", period_start=2026, period_end=2028)
    objective = doc.add_objective("BB1", "Erken çocukluk")
    first = doc.add_action("BB1", "Oyun evleri", objective_id=objective,
                           start_date=dt.date(2027, 1, 1), end_date=dt.date(2027, 6, 30))
    doc.add_milestone(first, "Açılış", dt.date(2027, 3, 1))
    doc.add_action("BB2", "Kütüphane otobüsü", start_date=dt.date(2026, 9, 1),
                   end_date=dt.date(2027, 8, 31))
    doc.add_action("BB2", "Tarihsiz eylem")
    doc.close()
    return path


def _open(qtbot, window, path) -> TimelinePage:
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keySequence(QApplication.focusWidget(), QKeySequence("Ctrl+Shift+4"))
    page = window.pages.currentWidget()
    assert isinstance(page, TimelinePage)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view)
    return page


def test_rows_are_grouped_by_area_and_objective(qtbot, window, plan):
    page = _open(qtbot, window, plan)
    rows = page.view.rows
    assert [(r.kind, r.code or r.area) for r in rows] == [
        ("area", "BB1"), ("objective", "BB1-O1"), ("action", "BB1-1"),
        ("area", "BB2"), ("action", "BB2-1"), ("action", "BB2-2")]
    assert [m.name for m in rows[2].milestones] == ["Açılış"]
    assert page.view.selected == 2  # the first action, ready for the keys
    assert "BB1-1 Oyun evleri" in page.info.text()


def test_drag_a_bar_then_undo_and_reopen(qtbot, window, plan):
    page = _open(qtbot, window, plan)
    view = page.view
    doc = window.doc
    first = doc.actions()[0]
    grab = view.point_of(first.id)
    day = view.scale.day_width
    drop = grab + QPoint(round(31 * day), 0)  # a month later
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     grab)
    QTest.mouseMove(view.viewport(), grab + QPoint(round(10 * day), 0))
    QTest.mouseMove(view.viewport(), drop)
    assert view.ghost is not None and doc.action(first.id).start_date == dt.date(2027, 1, 1)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, drop)
    moved = doc.action(first.id)
    assert moved.start_date == dt.date(2027, 2, 1) and moved.end_date == dt.date(2027, 7, 31)
    # its end stretched by the mouse
    end = view.point_of(first.id, "end")
    further = end + QPoint(round(30 * day), 0)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     end)
    QTest.mouseMove(view.viewport(), further)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, further)
    assert doc.action(first.id).start_date == dt.date(2027, 2, 1)
    assert doc.action(first.id).end_date == dt.date(2027, 8, 30)
    QTest.keySequence(view, QKeySequence("Ctrl+Z"))
    assert doc.action(first.id).end_date == dt.date(2027, 7, 31)
    QTest.keySequence(view, QKeySequence("Ctrl+Z"))
    assert (doc.action(first.id).start_date, doc.action(first.id).end_date) == (
        dt.date(2027, 1, 1), dt.date(2027, 6, 30))
    QTest.keySequence(view, QKeySequence("Ctrl+Y"))
    window.close_plan()
    again = PlanDocument.open(plan, read_only=True)
    try:
        assert again.action(first.id).start_date == dt.date(2027, 2, 1)
    finally:
        again.close()


def test_keys_select_move_stretch_and_zoom(qtbot, window, plan):
    page = _open(qtbot, window, plan)
    view = page.view
    doc = window.doc
    first, second, undated = doc.actions()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # a quarter on
    assert (doc.action(first.id).start_date, doc.action(first.id).end_date) == (
        dt.date(2027, 4, 1), dt.date(2027, 9, 30))
    qtbot.keyClick(view, Qt.Key.Key_Minus)  # zoom out: years
    assert view.zoom == "year" and page.zoom_box.currentData() == "year"
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)  # months
    assert view.zoom == "month"
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # the end a month earlier
    assert doc.action(first.id).end_date == dt.date(2027, 8, 30)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the heading of BB2 is skipped
    assert view.selected_id() == second.id
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # the start a month earlier
    assert doc.action(second.id).start_date == dt.date(2026, 8, 1)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.selected_id() == undated.id
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # no dates: nothing
    assert doc.action(undated.id).start_date is None
    assert window.undo_stack.count() == 3
    QTest.keySequence(view, QKeySequence("Ctrl+Z"))
    assert doc.action(second.id).start_date == dt.date(2026, 9, 1)
    # a stretch that would turn a bar backwards is refused without a step
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(8):
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
    row = doc.action(first.id)
    assert row.start_date <= row.end_date
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter opens the action in its area
    assert window.pages.currentWidget() is window.area_page
    assert window.area_page.current_id() == first.id
