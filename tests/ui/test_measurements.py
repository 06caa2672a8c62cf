"""Measurements of an indicator (issue 15): added in the dialog by keyboard, charted, undone by
the window, kept on reopen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lcplanner.core.document import PlanDocument
from lcplanner.ui.date_field import format_date
from lcplanner.ui.measurements_dialog import MeasurementsDialog
from person import type_text


@pytest.fixture
def plan(tmp_path):
    path = tmp_path / "i.lcplan"
    doc = PlanDocument.create(path, "Bolu", period_start=2026, period_end=2028)
    action = doc.add_action("BB1", "Oyun evleri")
    doc.add_indicator("Participants", action_id=action, kind="count", baseline="100",
                      target="400", source="Register")
    doc.close()
    return path


def _dialog(qtbot, window, plan) -> MeasurementsDialog:
    assert window.open_path(plan)
    window.show_area("BB1")
    page = window.area_page
    page.select_action(window.doc.actions()[0].id)
    box = page.editor.indicators
    assert box.measure_button.isEnabled()
    found: list[MeasurementsDialog] = []
    QTest.qWait(0)

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MeasurementsDialog):
            found.append(dialog)
            dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, grab)
    box.measure_button.click()  # the person's way in: the editor's button
    assert found, "the button opens the measurements dialog"
    dialog = MeasurementsDialog(window.commander, window.doc.indicators()[0].id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _add(qtbot, dialog, day: dt.date, value: str) -> None:
    dialog.date.edit.setFocus()
    dialog.date.edit.selectAll()

    type_text(qtbot, format_date(day))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.value
    type_text(qtbot, value)
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)


def test_measurements_typed_charted_undone_and_kept(qtbot, window, plan):
    dialog = _dialog(qtbot, window, plan)
    doc = window.doc
    indicator = doc.indicators()[0]
    _add(qtbot, dialog, dt.date(2026, 12, 31), "120")
    _add(qtbot, dialog, dt.date(2027, 6, 30), "1,234.5")  # English: a thousands separator
    assert [(m.measured_on, m.value, m.source) for m in doc.measurements(indicator.id)] == [
        (dt.date(2026, 12, 31), "120", "Register"), (dt.date(2027, 6, 30), "1234.5", "Register")]
    assert doc.indicator(indicator.id).actual == "1234.5"
    assert [dialog.model.index(r, 1).data() for r in range(2)] == ["120", "1,234.5"]
    assert dialog.chart.points() == [(dt.date(2026, 12, 31), 120.0), (dt.date(2027, 6, 30), 1234.5)]
    dialog.chart.repaint()
    assert dialog.chart.drawn
    # a value that is not a number: the reason, nothing added
    _add(qtbot, dialog, dt.date(2027, 7, 1), "lots")
    assert dialog.error.isVisible() and len(doc.measurements(indicator.id)) == 2
    # Delete removes the selected row
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert [m.value for m in doc.measurements(indicator.id)] == ["1234.5"]
    dialog.close()
    # the window's undo takes the steps back one by one
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keySequence(window, QKeySequence("Ctrl+Z"))
    assert len(doc.measurements(indicator.id)) == 2
    QTest.keySequence(window, QKeySequence("Ctrl+Z"))
    assert doc.indicator(indicator.id).actual == "120"
    QTest.keySequence(window, QKeySequence("Ctrl+Y"))
    window.close_plan()
    again = PlanDocument.open(plan, read_only=True)
    try:
        assert [m.value for m in again.measurements()] == ["120", "1234.5"]
        assert again.indicator(indicator.id).actual == "1234.5"
    finally:
        again.close()
