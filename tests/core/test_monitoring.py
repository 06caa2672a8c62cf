"""Monitoring in the store: progress per period, measurements, milestones, and their undo."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest

from lcplanner.core import periods
from lcplanner.core.commands import monitoring
from lcplanner.core.document import PlanDocument
from lcplanner.core.errors import ValidationError


@pytest.fixture
def doc(store_doc):  # type: ignore[no-untyped-def]
    """The document's tests run on a plan file and on a PostgreSQL server (issue 16)."""
    return store_doc


@pytest.fixture
def day(monkeypatch):
    """Set the day edits are recorded on: ``day(2027, 5, 4)``."""
    def put(*ymd: int) -> dt.date:
        when = dt.date(*ymd)
        monkeypatch.setattr(monitoring, "today", lambda: when)
        return when
    put(2027, 5, 4)
    return put


def test_periods_name_sort_and_contain_days():
    assert periods.of(dt.date(2027, 5, 4), "year") == "2027"
    assert periods.of(dt.date(2027, 5, 4), "quarter") == "2027-Q2"
    assert periods.bounds("2027-Q4") == (dt.date(2027, 10, 1), dt.date(2027, 12, 31))
    assert periods.bounds("2028-Q1") == (dt.date(2028, 1, 1), dt.date(2028, 3, 31))
    assert periods.of_plan(2026, 2027, "quarter")[:2] == ["2026-Q1", "2026-Q2"]
    assert sorted(["2027", "2027-Q4", "2026", "2027-Q1"], key=periods.sort_key) == [
        "2026", "2027-Q1", "2027-Q4", "2027"]
    assert periods.previous("2027-Q1") == "2026-Q4" and periods.previous("2027") == "2026"
    assert periods.label("2027-Q3") == "Q3 2027"
    for bad in ("27", "2027-Q5", "2027Q1", "", "2027-q1 ; drop"):
        with pytest.raises(ValidationError):
            periods.clean(bad)


def test_updates_for_two_periods_make_the_latest_the_actions_status(doc, day):
    action = doc.add_action("BB1", "Oyun evleri")
    doc.set_progress(action, "2026", status="on_track", percent=20, note="Başladı",
                     reported_by="Ayşe")
    doc.set_progress(action, "2027", status="delayed", percent=35)
    row = doc.action(action)
    assert (row.status, row.percent) == ("delayed", 35)
    history = doc.progress(action)
    assert [(u.period, u.status, u.percent, u.note, u.reported_by) for u in history] == [
        ("2026", "on_track", 20, "Başladı", "Ayşe"), ("2027", "delayed", 35, "", "")]
    assert history[1].reported_on == dt.date(2027, 5, 4)
    # an earlier period edited later does not become "now"
    doc.set_progress(action, "2026", percent=25)
    assert doc.action(action).percent == 35
    with pytest.raises(ValidationError):
        doc.set_progress(action, "2028", status="done")  # not begun on 2027-05-04
    with pytest.raises(ValidationError):
        doc.set_progress(action, "2027", percent=101)
    assert doc.action(action).percent == 35


def test_undo_of_an_update_removes_the_one_it_created_and_restores_the_status(doc, day):
    action = doc.add_action("BB1", "Oyun evleri")
    first = doc.set_progress(action, "2026", status="on_track", percent=20)
    second = doc.set_progress(action, "2026", percent=60)
    doc.restore(second)
    assert [u.percent for u in doc.progress(action)] == [20]
    assert doc.action(action).percent == 20
    doc.restore(first)
    assert doc.progress(action) == []
    assert (doc.action(action).status, doc.action(action).percent) == ("not_started", 0)


def test_an_edit_of_status_elsewhere_is_this_periods_update(doc, day):
    doc.update_plan(reporting="quarter")
    action = doc.add_action("BB1", "Oyun evleri", status="on_track", percent=10)
    assert [(u.period, u.status, u.percent) for u in doc.progress(action)] == [
        ("2027-Q2", "on_track", 10)]
    doc.update_action(action, percent=40)
    assert [(u.period, u.percent) for u in doc.progress(action)] == [("2027-Q2", 40)]
    day(2027, 8, 1)
    doc.update_action(action, status="done", percent=100)
    assert [(u.period, u.status) for u in doc.progress(action)] == [
        ("2027-Q2", "on_track"), ("2027-Q3", "done")]
    assert doc.current_period() == "2027-Q3"


def test_measurements_over_time_keep_the_latest_as_actual(doc, day):
    action = doc.add_action("BB1", "Oyun evleri")
    ind = doc.add_indicator("Katılımcı", action_id=action, kind="count", source="Müdürlük")
    doc.add_measurement(ind, dt.date(2026, 12, 31), "120", note="Yıl sonu")
    late = doc.add_measurement(ind, "2027-03-31", "180.0", source="Anket")
    assert doc.indicator(ind).actual == "180"
    rows = doc.measurements(ind)
    assert [(m.measured_on, m.value, m.source, m.note) for m in rows] == [
        (dt.date(2026, 12, 31), "120", "Müdürlük", "Yıl sonu"),
        (dt.date(2027, 3, 31), "180", "Anket", "")]
    with pytest.raises(ValidationError):
        doc.add_measurement(ind, "2027-04-01", "çok")  # a count needs a number
    with pytest.raises(ValidationError):
        doc.add_measurement(ind, None, "5")
    snap = doc.delete_measurement(late)
    assert doc.indicator(ind).actual == "120"
    doc.restore(snap)
    assert doc.indicator(ind).actual == "180"
    # the indicator's own actual field: today's measurement
    doc.update_indicator(ind, actual="200")
    assert doc.measurements(ind)[-1].measured_on == dt.date(2027, 5, 4)
    assert doc.indicator(ind).actual == "200"
    doc.update_indicator(ind, actual="")
    assert doc.indicator(ind).actual == "180" and len(doc.measurements(ind)) == 2


def test_milestones_and_a_deleted_action_come_back_with_all_their_history(doc, day):
    action = doc.add_action("BB1", "Oyun evleri")
    doc.add_milestone(action, "Açılış", dt.date(2027, 9, 1))
    doc.set_progress(action, "2027", status="on_track", percent=50)
    ind = doc.add_indicator("Katılımcı", action_id=action, kind="count")
    doc.add_measurement(ind, "2027-03-31", "80")
    line = doc.add_budget_line(action, 2027, "1000", spent="250.5")
    assert doc.budget_line(line).spent == Decimal("250.50")
    snap = doc.delete_action(action)
    assert doc.milestones() == [] and doc.progress() == [] and doc.measurements() == []
    doc.restore(snap)
    assert [m.name for m in doc.milestones(action)] == ["Açılış"]
    assert [u.percent for u in doc.progress(action)] == [50]
    assert [m.value for m in doc.measurements(ind)] == ["80"]
    with pytest.raises(ValidationError):
        doc.update_budget_line(line, spent="-1")


def test_the_store_refuses_a_period_in_another_form(file_doc, day):
    doc = file_doc  # on a file only: the test reads, rescues or writes the plan file itself
    action = doc.add_action("BB1", "Oyun evleri")
    doc.set_progress(action, "2027", percent=5)
    path = doc.path
    doc.close()
    con = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("UPDATE progress_update SET period = '2027-Q7'")
    con.close()
    again = PlanDocument.open(path)
    assert [u.period for u in again.progress()] == ["2027"]
    again.close()


def test_schema_5_status_percent_and_actual_become_the_first_update_and_measurement(
        tmp_path, data_dir):
    import shutil

    target = tmp_path / "old.lcplan"
    shutil.copyfile(data_dir / "plan-schema-5.lcplan", target)
    before = dt.date.today()
    doc = PlanDocument.open(target)
    try:
        assert doc.file.backup is not None and doc.plan().reporting == "year"
        updates = {doc.action(u.action_id).code: u for u in doc.progress()}
        assert {code: (u.status, u.percent) for code, u in updates.items()} == {
            "BB2-1": ("on_track", 40), "BB2-2": ("delayed", 15), "FC2-1": ("done", 100)}
        first = updates["BB2-1"]
        assert first.period in (str(before.year), str(dt.date.today().year))
        assert first.reported_on in (before, dt.date.today()) and first.note == ""
        assert len({u.uuid for u in updates.values()}) == 3
        (measured,) = doc.measurements()
        assert (measured.value, measured.source) == ("12", "Festival office")
        assert doc.indicator(measured.indicator_id).actual == "12"
        assert {line.spent for line in doc.budget_lines()} == {None}
        # the upgraded plan keeps working: a later period's update becomes "now"
        action = updates["BB2-2"].action_id
        doc.update_action(action, status="on_track")
        assert doc.action(action).status == "on_track"
    finally:
        doc.close()


def test_rescue_carries_monitoring_and_drops_what_breaks_its_rules(file_doc, day, tmp_path):
    doc = file_doc  # on a file only: the test reads, rescues or writes the plan file itself
    """Nothing of monitoring is dropped when a plan is rescued; a bad row goes, alone.  (The
    amounts too: the rescue once stored hundredths as amounts, a hundred times too much.)"""
    from lcplanner.core.rescue import rescue

    doc.update_plan(reporting="quarter")
    action = doc.add_action("BB1", "Oyun evleri")
    doc.add_milestone(action, "Açılış", dt.date(2027, 9, 1), done=True)
    doc.set_progress(action, "2027-Q1", status="on_track", percent=30, note="İyi",
                     reported_by="Ali", reported_on=dt.date(2027, 4, 2))
    doc.set_progress(action, "2027-Q2", status="delayed", percent=35)
    ind = doc.add_indicator("Katılımcı", action_id=action, kind="count")
    doc.add_measurement(ind, "2027-03-31", "80", source="Sayım", note="Mart")
    doc.add_budget_line(action, 2027, "1000", spent="250")
    path = doc.path

    def state(d):
        return (d.plan().reporting, d.milestones(), d.progress(), d.measurements(),
                [(line.amount, line.spent) for line in d.budget_lines()], d.action(action).status)

    before = state(doc)
    doc.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA ignore_check_constraints = ON")
    con.execute("INSERT INTO progress_update (plan_id, uuid, action_id, period, status, percent,"
                " note, reported_by) VALUES (1, 'c0ffee00-0000-4000-8000-000000000001', 1, "
                "'2027-Q9', 'done', 100, '', '')")
    con.commit()
    con.close()
    target = tmp_path / "rescued.lcplan"
    rescue(path, target)
    rescued = PlanDocument.open(target)
    try:
        assert state(rescued) == before
    finally:
        rescued.close()


def test_the_dashboard_counts_statuses_spending_indicators_and_missing_updates(doc, day):
    a = doc.add_action("BB1", "Oyun evleri", start_date=dt.date(2026, 1, 1),
                       end_date=dt.date(2027, 12, 31))
    b = doc.add_action("BB1", "Okuma", status="done", percent=100)
    c = doc.add_action("BB2", "Otobüs", start_date=dt.date(2028, 3, 1))  # not begun in 2027
    d = doc.add_action("FC1", "Siyasi irade")
    doc.set_progress(a, "2027", status="delayed", percent=30)
    doc.add_budget_line(a, 2027, "1000", spent="400")
    doc.add_budget_line(b, 2027, "500")
    doc.add_budget_line(c, 2028, "200", spent="0")
    ind = doc.add_indicator("Katılımcı", action_id=a, kind="count", baseline="100", target="300")
    doc.add_measurement(ind, "2027-03-31", "150")
    text = doc.add_indicator("Memnuniyet", action_id=b, kind="qualitative", target="yüksek")
    board = doc.dashboard()
    assert board.period == "2027"
    bb1, bb2 = board.areas[0], board.areas[1]
    assert (bb1.area, bb1.total, bb1.counts["delayed"], bb1.counts["done"]) == ("BB1", 2, 1, 1)
    assert (bb1.planned, bb1.spent) == (Decimal("1500.00"), Decimal("400.00"))
    assert (bb2.planned, bb2.spent, bb2.counts["not_started"]) == (
        Decimal("200.00"), Decimal("0.00"), 1)
    assert board.counts["delayed"] == 1 and sum(board.counts.values()) == 4
    assert board.years == [(2027, Decimal("1500.00"), Decimal("400.00")),
                           (2028, Decimal("200.00"), Decimal("0.00"))]
    # a reported, b done, c not begun: only d lacks an update this period
    assert [m.action_id for m in board.missing] == [d]
    assert next(x for x in board.areas if x.area == "FC1").missing == 1
    shares = {p.id: p for p in board.indicators}
    assert shares[ind].share == pytest.approx(0.25) and shares[ind].measurements == 1
    assert shares[ind].measured_on == dt.date(2027, 3, 31) and shares[ind].owner == "BB1-1"
    assert shares[text].share is None
    assert doc.dashboard("2026").missing[0].action_id == a  # an earlier period had no round
