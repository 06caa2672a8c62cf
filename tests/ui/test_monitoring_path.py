"""Issue 15's whole path in one window, as a coordinator walks it: two periods of updates typed
in the monitoring round, measurements added, a bar dragged on the timeline and the drag undone,
the dashboard opened; then the plan closed and opened again, and everything is there."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lcplanner.ui.dashboard import DashboardPage
from lcplanner.ui.measurements_dialog import MeasurementsDialog
from lcplanner.ui.monitoring_page import MonitoringPage
from lcplanner.ui.timeline_page import TimelinePage
from person import commit_cell, type_text
from test_measurements import _add
from test_monitoring_round import plan  # noqa: F401 - the fixture: three actions, 4 May 2027


def _key(window, sequence: str) -> None:
    window.activateWindow()
    QTest.keySequence(QApplication.focusWidget() or window, QKeySequence(sequence))


def test_updates_measurements_a_drag_and_the_dashboard_survive_a_reopen(qtbot, window, plan):
    assert window.open_path(plan)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    doc = window.doc
    first, second, third = doc.actions()
    doc.update_action(first.id, start_date=dt.date(2027, 1, 1), end_date=dt.date(2027, 6, 30))
    indicator = doc.add_indicator("Participants", action_id=first.id, kind="count",
                                  baseline="0", target="100")
    window.undo_stack.clear()

    # 1. the monitoring round: last year's, then this year's, by keyboard
    _key(window, "Ctrl+Shift+5")
    page = window.pages.currentWidget()
    assert isinstance(page, MonitoringPage)
    status = [k for k, _t in page.model.columns].index("status")
    for period, letters in (("2026", "O"), ("2027", "D")):
        if page.model.period != period:
            QTest.keySequence(page.table, QKeySequence("Ctrl+PgUp"))
        assert page.model.period == period
        page.table.setFocus()
        page.table.setCurrentIndex(page.model.index(0, status))
        type_text(qtbot, letters)
        qtbot.keyClick(page.table, Qt.Key.Key_Tab)
        type_text(qtbot, "30" if period == "2026" else "55")
        commit_cell(qtbot, page.table)
        QTest.keySequence(page.table, QKeySequence("Ctrl+PgDown"))
    assert [(u.period, u.status, u.percent) for u in doc.progress(first.id)] == [
        ("2026", "on_track", 30), ("2027", "delayed", 55)]

    # 2. measurements
    dialog = MeasurementsDialog(window.commander, indicator, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    _add(qtbot, dialog, dt.date(2026, 12, 31), "20")
    _add(qtbot, dialog, dt.date(2027, 3, 31), "45")
    dialog.close()
    assert doc.indicator(indicator).actual == "45"

    # 3. the timeline: drag the first bar a month on, then undo it
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _key(window, "Ctrl+Shift+4")
    timeline = window.pages.currentWidget()
    assert isinstance(timeline, TimelinePage)
    view = timeline.view
    grab = view.point_of(first.id)
    drop = grab + QPoint(round(31 * view.scale.day_width), 0)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     grab)
    QTest.mouseMove(view.viewport(), drop)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, drop)
    assert doc.action(first.id).start_date == dt.date(2027, 2, 1)
    QTest.keySequence(view, QKeySequence("Ctrl+Z"))
    assert doc.action(first.id).start_date == dt.date(2027, 1, 1)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # a quarter on
    assert doc.action(first.id).start_date == dt.date(2027, 4, 1)

    # 4. the dashboard
    _key(window, "Ctrl+Shift+6")
    board = window.pages.currentWidget()
    assert isinstance(board, DashboardPage)
    assert board.summary.text().startswith("3 actions: 0 on track, 1 delayed, 2 not started")
    assert board.indicators.index(0, 3).data() == "45"
    assert board.missing.rowCount() == 2

    # 5. closed and opened again: all there
    window.close_plan()
    assert window.open_path(plan)
    doc = window.doc
    assert [(u.period, u.status, u.percent) for u in doc.progress(first.id)] == [
        ("2026", "on_track", 30), ("2027", "delayed", 55)]
    assert [m.value for m in doc.measurements(indicator)] == ["20", "45"]
    assert (doc.action(first.id).start_date, doc.action(first.id).end_date) == (
        dt.date(2027, 4, 1), dt.date(2027, 9, 30))
    assert (doc.action(first.id).status, doc.action(first.id).percent) == ("delayed", 55)
    assert doc.progress(second.id) == [] and doc.progress(third.id) == []
