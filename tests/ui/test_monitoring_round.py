"""The monitoring round (issue 15): updates for two periods typed by keyboard, kept on reopen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lcplanner.core.commands import monitoring
from lcplanner.core.document import PlanDocument
from lcplanner.ui.monitoring_page import MonitoringPage
from person import commit_cell, type_text


@pytest.fixture
def plan(tmp_path, monkeypatch):
    """A plan of 2026-2028 with three actions, on 4 May 2027."""
    monkeypatch.setattr(monitoring, "today", lambda: dt.date(2027, 5, 4))
    path = tmp_path / "m.lcplan"
    doc = PlanDocument.create(path, "Bolu", period_start=2026, period_end=2028)
    lead = doc.add_organisation("Halk Eğitim")
    for title in ("Oyun evleri", "Okuma kulüpleri", "Dijital beceri"):
        doc.add_action("BB1", title, lead_id=lead)
    doc.close()
    return path


def _open(qtbot, window, path):
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keySequence(QApplication.focusWidget(), QKeySequence("Ctrl+Shift+5"))
    page = window.pages.currentWidget()
    assert isinstance(page, MonitoringPage)
    return page


def _type_row(qtbot, table, status_letters: str, percent: str, note: str) -> None:
    """At the status cell of a row: a status by its first letter(s), Tab, %, Tab, a note, Enter."""
    type_text(qtbot, status_letters)  # set at once, no list to open
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to %
    type_text(qtbot, percent)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(qtbot, note)
    commit_cell(qtbot, table)


def test_two_periods_by_keyboard_then_undo_and_reopen(qtbot, window, plan):
    page = _open(qtbot, window, plan)
    model = page.model
    assert page.period_box.currentData() == "2027"  # the period of today
    assert [page.period_box.itemData(i) for i in range(page.period_box.count())] == [
        "2027", "2026"]  # begun periods only, newest first
    qtbot.waitUntil(lambda: page.count.text() == "0 of 3 actions reported for 2027.")
    # last year's round first: the period before by keyboard, as Excel's sheets
    QTest.keySequence(page.table, QKeySequence("Ctrl+PgUp"))
    assert model.period == "2026" and not page.earlier.isEnabled() and page.later.isEnabled()
    status = model.columns.index(("status", model.columns[4][1]))
    page.table.setCurrentIndex(model.index(0, status))
    assert QApplication.focusWidget() is page.table, QApplication.focusWidget()
    _type_row(qtbot, page.table, "O", "20", "Kurulum")  # On track, 20 %
    qtbot.waitUntil(lambda: page.count.text() == "1 of 3 actions reported for 2026.")
    # this year's round
    QTest.keySequence(page.table, QKeySequence("Ctrl+PgDown"))
    assert model.period == "2027"
    page.table.setCurrentIndex(model.index(0, status))
    assert model.index(0, 3).data() == "On track · 20%"  # what it said before
    _type_row(qtbot, page.table, "D", "35", "Bina gecikti")  # Delayed
    page.table.setCurrentIndex(model.index(1, status))
    QTest.keySequence(page.table, QKeySequence("Ctrl+Shift+C"))  # nothing before: no change
    _type_row(qtbot, page.table, "DD", "100", "Bitti")  # D: Delayed, D again: Done
    doc = window.doc
    first, second = doc.actions()[:2]
    assert [(u.period, u.status, u.percent, u.note) for u in doc.progress(first.id)] == [
        ("2026", "on_track", 20, "Kurulum"), ("2027", "delayed", 35, "Bina gecikti")]
    assert (first.status, first.percent) == ("delayed", 35)  # the latest is "now"
    assert (doc.progress(second.id)[0].status, doc.progress(second.id)[0].percent) == (
        "done", 100)
    qtbot.waitUntil(lambda: page.count.text() == "2 of 3 actions reported for 2027.")
    # undo the last note by the window's Ctrl+Z: the update stays, its note goes
    QTest.keySequence(page.table, QKeySequence("Ctrl+Z"))
    assert doc.progress(second.id)[0].note == ""
    # filter: only actions without an update
    page.missing_box.setChecked(True)
    assert [line.action.title for line in model._rows] == ["Dijital beceri"]
    window.close_plan()
    again = PlanDocument.open(plan, read_only=True)
    try:
        assert [(u.period, u.status, u.percent) for u in again.progress(first.id)] == [
            ("2026", "on_track", 20), ("2027", "delayed", 35)]
        assert again.action(second.id).percent == 100
    finally:
        again.close()


def test_a_refused_value_says_why_and_changes_nothing(qtbot, window, plan):
    page = _open(qtbot, window, plan)
    doc = window.doc
    action = doc.actions()[0]
    assert not page.model.setData(page.model.index(0, 5), 140)
    assert doc.progress(action.id) == []
    assert page.error.isVisible() and "100" in page.error.text()


def test_the_rhythm_changes_the_periods_and_is_undoable(qtbot, window, plan):
    page = _open(qtbot, window, plan)
    page.rhythm_box.setFocus()
    qtbot.keyClick(page.rhythm_box, Qt.Key.Key_Down)  # opens the list (never changes it shut)
    view = page.rhythm_box.view()
    qtbot.waitUntil(view.isVisible)
    view.setCurrentIndex(view.model().index(1, 0))  # Every quarter: the open list's choice
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.doc.plan().reporting == "quarter"
    assert page.period_box.currentData() == "2027-Q2"
    assert page.period_box.currentText() == "Q2 2027"
    QTest.keySequence(page.table, QKeySequence("Ctrl+Z"))
    assert window.doc.plan().reporting == "year"
    assert page.period_box.currentData() == "2027"
