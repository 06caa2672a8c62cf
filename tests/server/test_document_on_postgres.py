"""Issue 16, first step: the document's commands on PostgreSQL do what they do on a file.

One script of edits (the register, objectives, actions with partners, budget lines spent,
indicators and measurements, progress for two periods, milestones, a delete and its undo, a
move between areas and its undo) runs on a .lcplan file and on a server database; the two plans
end up holding the same rows and values, and the dashboard and the progress report read the
same numbers from both."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from lcplanner.core import report
from lcplanner.core.commands import monitoring
from lcplanner.core.document import PlanDocument
from lcplanner.server.store import ServerPlan

VOLATILE = {"id", "uuid", "plan_id", "created_at", "updated_at"}


def script(doc: PlanDocument) -> None:
    city = doc.add_organisation("Bolu Belediyesi", sector="local_government")
    library = doc.add_organisation("Halk Kütüphanesi")
    goal = doc.add_objective("BB1", "Erken çocukluk eğitimine erişim")
    play = doc.add_action("BB1", "Oyun evleri", objective_id=goal, lead_id=city,
                          start_date=dt.date(2026, 3, 1), end_date=dt.date(2027, 6, 30))
    doc.set_partners(play, [(library, "funder")])
    line = doc.add_budget_line(play, 2026, "123456789012.34", source="national")
    doc.update_budget_line(line, spent="98765.43", confirmed=True)
    people = doc.add_indicator("Katılımcı", action_id=play, kind="count", baseline="0",
                               target="400")
    doc.add_measurement(people, "2026-12-31", "120")
    doc.update_indicator(people, actual="150")  # today's measurement
    doc.set_progress(play, "2026", status="on_track", percent=30, note="İki ev")
    doc.set_progress(play, "2027", status="delayed", percent=45, reported_by="Ayşe")
    doc.add_milestone(play, "Açılış", dt.date(2026, 9, 1), done=True)
    clubs = doc.add_action("BB2", "Okuma kulüpleri", lead_id=library, status="on_track")
    doc.update_action(clubs, title="Okuma kulüpleri ve ŞENLİK", percent=20)
    gone = doc.delete_action(clubs)
    doc.restore(gone)  # undo of the delete: the same rows again
    moved = doc.move_actions_to_area([clubs], "BB3")
    doc.restore(moved)
    undone = doc.set_progress(clubs, "2027", percent=60)
    doc.restore(undone)


def state(doc: PlanDocument) -> dict[str, list[dict[str, Any]]]:
    """The plan's rows without the values each store picks itself (keys, UUIDs, times)."""
    out = {}
    for table, rows in doc.take_state().tables.items():
        out[table] = sorted((tuple(sorted((k, str(v)) for k, v in r.items() if k not in VOLATILE
                                          and not k.endswith("_id")))) for r in rows)
    return out


@pytest.fixture
def day(monkeypatch):
    monkeypatch.setattr(monitoring, "today", lambda: dt.date(2027, 5, 4))


def test_the_same_edits_give_the_same_plan_on_a_file_and_on_a_server(day, tmp_path,
                                                                        postgres_url):
    fields = {"period_start": 2026, "period_end": 2028, "language": "tr"}
    on_file = PlanDocument.create(tmp_path / "plan.lcplan", "Bolu", **fields)
    on_server = PlanDocument(ServerPlan.create(postgres_url, "Bolu", **fields))
    try:
        for doc in (on_file, on_server):
            script(doc)
        assert state(on_server) == state(on_file)
        first, second = on_server.actions(), on_file.actions()
        assert [(a.code, a.title, a.status, a.percent, a.budget_total, a.lead_name)
                for a in first] == [(a.code, a.title, a.status, a.percent, a.budget_total,
                                     a.lead_name) for a in second]
        assert on_server.budget_lines()[0].amount == Decimal("123456789012.34")
        assert on_server.dashboard("2027") == on_file.dashboard("2027")
        assert report.build(on_server, "2027").counts() == report.build(on_file, "2027").counts()
        assert [a.title for a in on_server.search("şenlik")] == ["Okuma kulüpleri ve ŞENLİK"]
    finally:
        on_file.close()
        on_server.close()


def test_several_plans_in_one_database(postgres_url):
    first = ServerPlan.create(postgres_url, "Bolu")
    second = ServerPlan.create(postgres_url, "Eskişehir")
    a, b = PlanDocument(first), PlanDocument(second)
    try:
        a.add_action("BB1", "Bolu'nun eylemi")
        b.add_action("BB1", "Eskişehir'in eylemi")
        assert [x.title for x in a.actions()] == ["Bolu'nun eylemi"]
        assert [x.title for x in b.actions()] == ["Eskişehir'in eylemi"]
        assert (a.plan().city, b.plan().city) == ("Bolu", "Eskişehir")
    finally:
        a.close()
        b.close()
