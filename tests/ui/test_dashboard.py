"""The monitoring dashboard (issue 15): numbers of the plan, kept current, and its ways out."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lcplanner.core.commands import monitoring
from lcplanner.core.document import PlanDocument
from lcplanner.ui.dashboard import DashboardPage
from lcplanner.ui.monitoring_page import MonitoringPage


@pytest.fixture
def plan(tmp_path, monkeypatch):
    monkeypatch.setattr(monitoring, "today", lambda: dt.date(2027, 5, 4))
    path = tmp_path / "d.lcplan"
    doc = PlanDocument.create(path, "Bolu", period_start=2026, period_end=2028)
    first = doc.add_action("BB1", "Oyun evleri", status="on_track", percent=40)
    doc.add_action("BB1", "Okuma kulüpleri")
    doc.add_action("BB2", "Kütüphane otobüsü", status="delayed", percent=10)
    doc.add_budget_line(first, 2027, "1000", spent="250")
    indicator = doc.add_indicator("Katılımcı", action_id=first, kind="count", baseline="0",
                                  target="200")
    doc.add_measurement(indicator, "2027-03-31", "50")
    doc.close()
    return path


def _open(qtbot, window, path) -> DashboardPage:
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keySequence(QApplication.focusWidget(), QKeySequence("Ctrl+Shift+6"))
    page = window.pages.currentWidget()
    assert isinstance(page, DashboardPage)
    return page


def test_the_dashboard_counts_and_follows_the_plan(qtbot, window, plan):
    page = _open(qtbot, window, plan)
    assert page.summary.text() == (
        "3 actions: 1 on track, 1 delayed, 1 not started, 0 done, 0 cancelled.")
    described = page.bars.accessibleDescription().splitlines()
    assert described[0] == (
        "BB1: On track 1, Delayed 0, Not started 1, Done 0; spent ₺250 of ₺1,000")
    assert page.indicators.rowCount() == 1
    assert page.indicators.index(0, 5).data() == "25%"  # 50 of the way from 0 to 200
    assert page.missing_label.text() == "<b>No update for 2027: 1 action</b>"
    assert page.missing.index(0, 1).data() == "Okuma kulüpleri"
    page.grab()  # paints the bars (a paint error would fail here)
    # an update elsewhere shows here (after the short pause that gathers a burst of edits)
    window.doc.set_progress(window.doc.actions()[1].id, "2027", status="on_track", percent=5)
    qtbot.waitUntil(lambda: page.missing_label.text() == "<b>No update for 2027: 0 actions</b>")
    assert page.summary.text().startswith("3 actions: 2 on track")
    # the period before
    page.period_box.setCurrentIndex(page.period_box.findData("2026"))
    assert page.board.period == "2026" and len(page.board.missing) == 3


def test_a_missing_update_leads_to_the_monitoring_round(qtbot, window, plan):
    page = _open(qtbot, window, plan)
    index = page.missing.index(0, 1)
    page.missing_view.doubleClicked.emit(index)
    round_page = window.pages.currentWidget()
    assert isinstance(round_page, MonitoringPage) and round_page.model.period == "2027"
