"""Three-way merge by UUID: a group's copy comes back into the plan; what only one side changed is
taken, what both changed is a conflict (never settled silently), and nothing is lost or doubled."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lcplanner.core.demo import build_demo
from lcplanner.core.diff import compare
from lcplanner.core import periods
from lcplanner.core.document import PlanDocument
from lcplanner.core.merge import merge


def copies(folder: Path) -> tuple[PlanDocument, PlanDocument, dict]:  # type: ignore[type-arg]
    ours = build_demo(folder / "plan.lcplan", lang="en")
    ours.save_copy(folder / "group.lcplan")
    return ours, PlanDocument.open(folder / "group.lcplan"), ours.take_state().tables


def integrity(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for table, in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND "
                                   "name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"):
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')")]
            if "uuid" in columns:
                total, unique = conn.execute(
                    f"SELECT count(uuid), count(DISTINCT uuid) FROM '{table}'").fetchone()
                assert total == unique, table
    finally:
        conn.close()


def test_edits_on_each_side_come_together_and_conflicts_are_reported(tmp_path: Path) -> None:
    ours, theirs, base = copies(tmp_path)
    a1, a2, a3, a4 = ours.actions()[:4]
    ours.update_action(a1.id, title="Ours: new title")
    theirs.update_action(a1.id, status="done")  # another field of the same row: both kept
    theirs.update_action(a2.id, title="Theirs: new title")
    ours.update_action(a3.id, title="Ours wins?")
    theirs.update_action(a3.id, title="Theirs wins?")  # the same field: a conflict
    theirs.delete_action(a4.id)
    added = theirs.add_action("BB2", "Added by the group")
    clash = ours.add_action("BB2", "Added in the plan")  # both get the same next code
    theirs.move_actions_to_area([a2.id], "BB5")
    line = theirs.budget_lines()[0]
    theirs.update_budget_line(line.id, amount="4321")
    org = theirs.add_organisation("Ilgınova Science Society")
    ours.add_organisation("ILGINOVA SCIENCE SOCIETY")  # the same organisation, typed here too
    theirs.set_partners(added, [(org, "funder")])
    result = merge(base, ours.take_state().tables, theirs.take_state().tables)
    assert [(c.table, c.uuid, c.field, c.ours, c.theirs) for c in result.conflicts] == [
        ("action", a3.uuid, "title", "Ours wins?", "Theirs wins?")]
    snapshot = ours.take_state()
    snapshot.tables = result.state
    ours.put_state(snapshot)  # one transaction: the merge's undo step keeps the state before
    integrity(tmp_path / "plan.lcplan")
    got = {a.uuid: a for a in ours.actions()}
    assert (got[a1.uuid].title, got[a1.uuid].status) == ("Ours: new title", "done")
    assert (got[a2.uuid].title, got[a2.uuid].area) == ("Theirs: new title", "BB5")
    assert got[a3.uuid].title == "Ours wins?"  # the plan's value until someone decides
    assert a4.uuid not in got
    new = got[theirs.action(added).uuid]
    assert new.title == "Added by the group" and [(p.name, p.role) for p in new.partners] == [
        ("ILGINOVA SCIENCE SOCIETY", "funder")]  # one organisation, the plan's spelling
    assert new.code != got[ours.action(clash).uuid].code  # renumbered, and reported:
    assert result.renumbered == [("action", theirs.action(added).code, new.code)]
    assert [b.amount for b in ours.budget_lines() if b.uuid == line.uuid] == [Decimal("4321.00")]
    names = [o.name.casefold() for o in ours.organisations()]
    assert names.count("ılgınova science society") + names.count("ilginova science society") == 1
    again = merge(base, ours.take_state().tables, theirs.take_state().tables)
    assert compare(ours.take_state().tables, again.state) == []  # the same copy twice: no change
    ours.close()
    theirs.close()


EDITS = st.lists(st.tuples(st.sampled_from(["title", "status", "delete", "add", "budget",
                                            "partner", "organisation", "move", "card",
                                            "vote", "report", "measure", "milestone",
                                            "spent"]),
                           st.integers(0, 40), st.integers(0, 1000)), max_size=12)


def run_script(doc: PlanDocument, script: list[tuple[str, int, int]]) -> None:
    from lcplanner.core.errors import PlanError

    for op, pick, n in script:
        actions = doc.actions()
        if not actions:
            return
        action = actions[pick % len(actions)]
        try:
            if op == "title":
                doc.update_action(action.id, title=f"Title {n}")
            elif op == "status":
                doc.update_action(action.id, status=("done", "delayed", "on_track")[n % 3])
            elif op == "delete":
                doc.delete_action(action.id)
            elif op == "add":
                doc.add_action(("BB1", "BB2", "FC1")[n % 3], f"New {n}")
            elif op == "budget":
                doc.add_budget_line(action.id, 2026 + n % 3, Decimal(n))
            elif op == "partner":
                orgs = [o for o in doc.organisations() if o.id != action.lead_id]
                doc.set_partners(action.id, [(orgs[n % len(orgs)].id, "partner")])
            elif op == "organisation":
                doc.add_organisation(f"Association {n % 7}")
            elif op == "move":
                doc.move_actions_to_area([action.id], ("BB3", "BB4")[n % 2])
            elif op == "card":
                doc.add_idea(("BB1", "BB5")[n % 2], f"Card {n}")
            elif op == "vote":
                ideas, groups = doc.ideas(), doc.groups()
                group = groups[n % len(groups)].id if groups else doc.add_group(f"Table {n % 3}")
                if ideas:
                    doc.set_dots(ideas[pick % len(ideas)].id, group, n % 4)
            elif op == "report":  # this quarter's or the one before (issue 15)
                period = doc.current_period()
                doc.set_progress(action.id, period if n % 2 else periods.previous(period),
                                 percent=n % 101, note=f"Report {n}")
            elif op == "measure":
                indicators = doc.indicators()
                if indicators:
                    doc.add_measurement(indicators[pick % len(indicators)].id,
                                        dt.date(2026, 1 + n % 12, 1), str(n))
            elif op == "milestone":
                doc.add_milestone(action.id, f"Step {n}", dt.date(2027, 1 + n % 12, 1))
            elif op == "spent":
                lines = doc.budget_lines()
                if lines:
                    doc.update_budget_line(lines[pick % len(lines)].id, spent=Decimal(n))
        except PlanError:
            pass  # a refused edit (a name taken) changes nothing, as in the window


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(mine=EDITS, group=EDITS, take=st.sampled_from(["ours", "theirs"]))
def test_random_edits_on_two_copies_merge_without_loss(tmp_path_factory, mine, group,
                                                       take) -> None:
    folder = tmp_path_factory.mktemp("merge")
    ours, theirs, base = copies(folder)
    run_script(ours, mine)
    run_script(theirs, group)
    mine_state, their_state = ours.take_state().tables, theirs.take_state().tables
    result = merge(base, mine_state, their_state, take=take)
    snapshot = ours.take_state()
    snapshot.tables = result.state
    ours.put_state(snapshot)  # the store takes it: keys, uniques and checks hold
    integrity(folder / "plan.lcplan")
    merged = {t: {r["uuid"] for r in rows} for t, rows in ours.take_state().tables.items()}
    base_uuids = {t: {r["uuid"] for r in rows} for t, rows in base.items()}
    gone = {(c.table, c.uuid) for c in result.conflicts} | {(t, u) for t, u, _o in result.same}
    for side, other in ((mine_state, their_state), (their_state, mine_state)):
        for table, rows in side.items():
            other_uuids = {r["uuid"] for r in other.get(table, [])}
            for row in rows:
                deleted_there = row["uuid"] in base_uuids.get(table, set()) \
                    and row["uuid"] not in other_uuids
                if not deleted_there and (table, row["uuid"]) not in gone:
                    parent_gone = any(c.reason == "parent_gone" for c in result.conflicts)
                    assert row["uuid"] in merged[table] or parent_gone, (table, row)
    again = merge(base, ours.take_state().tables, their_state, take=take)
    assert compare(ours.take_state().tables, again.state) == []
    ours.close()
    theirs.close()
