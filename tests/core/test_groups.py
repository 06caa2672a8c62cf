"""Breakout groups: three copies edited apart and merged back one after another, and bad copies.

The scenario walks what a workshop does: each group edits its copy (adds, edits, deletes, a move
to another area, partners, budget lines, cards and votes, the plan's vision), then the copies come
back.  Expected: one-sided changes land, codes that collide are renumbered and reported, the same
new organisation becomes one, conflicts are listed and never settled silently.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from lcplanner.core import errors
from lcplanner.core.demo import build_demo
from lcplanner.core.diff import compare, read_state
from lcplanner.core.document import PlanDocument
from lcplanner.core.groups import OtherPlan, apply, group_copy, prepare
from lcplanner.core.merge import Edited
from lcplanner.core.planfile import SCHEMA_VERSION
from lcplanner.core.snapshots import SnapshotDamaged
from test_merge import integrity


@pytest.fixture
def plan(tmp_path):
    doc = build_demo(tmp_path / "plan.lcplan", lang="en")
    yield doc
    doc.close()


def _copy(plan, path):
    info = group_copy(plan, path)
    return info, PlanDocument.open(path)


def test_a_copy_remembers_its_base(plan, tmp_path):
    info, copy = _copy(plan, tmp_path / "table-1.lcplan")
    try:
        assert (info.role, info.name) == ("group", "Copy for a group: table-1.lcplan")
        bases = [s for s in copy.snapshots() if s.role == "base"]
        assert [s.uuid for s in bases] == [info.uuid]
        assert copy.plan().uuid == plan.plan().uuid
        assert compare(read_state(plan), read_state(copy)) == []
    finally:
        copy.close()
    with pytest.raises(errors.FileExists):
        group_copy(plan, tmp_path / "table-1.lcplan")
    with pytest.raises(errors.SameAsOpenPlan):
        group_copy(plan, plan.path)
    assert [s.role for s in plan.snapshots()] == ["group"]  # the refused copies left none


def test_three_groups_merge_into_the_expected_plan(plan, tmp_path):
    a_info, a = _copy(plan, tmp_path / "a.lcplan")
    _b, b = _copy(plan, tmp_path / "b.lcplan")
    _c, c = _copy(plan, tmp_path / "c.lcplan")
    first, doomed, mover, partnered = plan.actions("BB1")[:2] + plan.actions("BB2")[:2]
    top = max(int(x.code.rsplit("-", 1)[1]) for x in plan.actions("BB1"))
    # Group A: a title, a delete, a move, partners, a budget line, a card with votes.
    a.update_action(first.id, title="A: a clearer title")
    a.delete_action(doomed.id)
    a.move_actions_to_area([mover.id], "BB5")
    library = a.add_organisation("Central Library")
    a.set_partners(partnered.id, [(library, "implementer")])
    a.add_budget_line(partnered.id, 2027, Decimal("1234.50"), source="municipal")
    card = a.add_idea("BB3", "Reading corners in parks")
    table = a.add_group("Table A")
    a.set_dots(card, table, 3)
    a_new = a.add_action("BB1", "A: mentoring for new teachers")
    # Group B: another field of the same action, a new action with the same next code, the
    # vision, and the same new organisation as C.
    b.update_action(first.id, status="delayed")
    b_new = b.add_action("BB1", "B: homework clubs")
    b.update_plan(vision="B: a city where everyone learns, at every age")
    b.add_organisation("Science Society")
    # Group C: the same title as A changed (a conflict), the action A deleted edited (a
    # conflict), the same organisation as B in other letters.
    c.update_action(first.id, title="C: another title")
    c.update_action(doomed.id, description="C still wants this")
    c.add_organisation("SCIENCE SOCIETY")
    for group in (a, b, c):
        group.close()

    merged_a = prepare(plan, tmp_path / "a.lcplan")
    assert merged_a.base is not None and merged_a.base.uuid == a_info.uuid
    assert merged_a.result.conflicts == [] and merged_a.result.renumbered == []
    before_a = apply(plan, merged_a)
    assert before_a.role == "merge" and before_a.name == "Before merging a.lcplan"

    merged_b = prepare(plan, tmp_path / "b.lcplan")
    assert merged_b.result.conflicts == []
    assert merged_b.result.renumbered == [("action", f"BB1-{top + 1}", f"BB1-{top + 2}")]
    apply(plan, merged_b)

    merged_c = prepare(plan, tmp_path / "c.lcplan")
    found = {(x.table, x.uuid, x.field, x.reason) for x in merged_c.result.conflicts}
    assert found == {("action", first.uuid, "title", "both"),
                     ("action", doomed.uuid, "", "deleted_by_us")}
    assert [s[0] for s in merged_c.result.same] == ["organisation"]
    # A person decides: C's title typed anew, the deleted action stays deleted.
    merged_c.settle({("action", first.uuid, "title"): Edited("A and C: agreed title"),
                     ("action", doomed.uuid, ""): "ours"})
    apply(plan, merged_c)

    actions = {x.uuid: x for x in plan.actions()}
    assert actions[first.uuid].title == "A and C: agreed title"
    assert actions[first.uuid].status == "delayed"
    assert doomed.uuid not in actions
    assert actions[mover.uuid].area == "BB5"
    codes = {x.title: x.code for x in plan.actions("BB1")}
    assert codes["A: mentoring for new teachers"] == f"BB1-{top + 1}"
    assert codes["B: homework clubs"] == f"BB1-{top + 2}"
    moved = actions[partnered.uuid]
    assert [p.name for p in moved.partners][-1] == "Central Library"
    assert Decimal("1234.50") in [line.amount for line in plan.budget_lines(moved.id)]
    assert plan.plan().vision == "B: a city where everyone learns, at every age"
    names = [o.name for o in plan.organisations()]
    assert names.count("Science Society") == 1 and "SCIENCE SOCIETY" not in names
    idea = next(i for i in plan.ideas("BB3") if i.text == "Reading corners in parks")
    group_ids = {g.name: g.id for g in plan.groups()}
    assert plan.dots(idea.id, group_ids["Table A"]) == 3
    assert a_new and b_new
    roles = [s.role for s in plan.snapshots()]
    assert roles.count("merge") == 3 and roles.count("group") == 3
    integrity(plan.path)

    # Merging a copy again changes nothing.
    again = read_state(plan)
    for path in ("a.lcplan", "b.lcplan"):
        apply(plan, prepare(plan, tmp_path / path))
    assert compare(again, read_state(plan)) == []


def test_a_copy_of_another_plan_is_refused(plan, tmp_path):
    other = build_demo(tmp_path / "other.lcplan", lang="en")
    other.close()
    before = read_state(plan)
    with pytest.raises(OtherPlan) as caught:
        prepare(plan, tmp_path / "other.lcplan")
    assert "other.lcplan" in caught.value.message()
    assert compare(before, read_state(plan)) == []


def test_a_copy_from_a_newer_version_or_damaged_is_refused(plan, tmp_path):
    group_copy(plan, tmp_path / "newer.lcplan")
    con = sqlite3.connect(tmp_path / "newer.lcplan")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(errors.NewerPlan):
        prepare(plan, tmp_path / "newer.lcplan")
    group_copy(plan, tmp_path / "cut.lcplan")
    data = (tmp_path / "cut.lcplan").read_bytes()
    (tmp_path / "cut.lcplan").write_bytes(data[: len(data) // 3])
    with pytest.raises(errors.PlanError):
        prepare(plan, tmp_path / "cut.lcplan")
    (tmp_path / "notes.lcplan").write_text("not a plan")
    with pytest.raises(errors.NotAPlanFile):
        prepare(plan, tmp_path / "notes.lcplan")
    with pytest.raises(errors.SameAsOpenPlan):
        prepare(plan, plan.path)
    assert [s.role for s in plan.snapshots()] == ["group", "group"]  # no merge happened


def test_a_copy_whose_base_is_gone_merges_two_way(plan, tmp_path):
    _info, copy = _copy(plan, tmp_path / "g.lcplan")
    target = plan.actions()[0]
    copy.update_action(target.id, title="Changed in the group")
    new = copy.add_action("BB4", "Only in the group")
    for info in copy.snapshots():
        copy.delete_snapshot(info.id)
    copy.close()
    for info in plan.snapshots():
        plan.delete_snapshot(info.id)
    prepared = prepare(plan, tmp_path / "g.lcplan")
    assert prepared.two_way
    reasons = {(x.table, x.field, x.reason) for x in prepared.result.conflicts}
    assert reasons == {("action", "title", "both"), ("action", "", "only_theirs")}
    apply(plan, prepared)  # every difference was a decision; nothing decided: the plan's side
    assert plan.action(target.id).title == target.title
    assert "Only in the group" not in [x.title for x in plan.actions()]
    prepared = prepare(plan, tmp_path / "g.lcplan")
    new_uuid = next(x.uuid for x in prepared.result.conflicts if x.reason == "only_theirs")
    prepared.settle({("action", new_uuid, ""): "theirs"})
    apply(plan, prepared)
    assert "Only in the group" in [x.title for x in plan.actions()]
    assert new


def test_a_copy_whose_own_base_is_damaged_uses_the_plans(plan, tmp_path):
    info, copy = _copy(plan, tmp_path / "g.lcplan")
    copy.update_action(plan.actions()[0].id, title="From the group")
    copy.close()
    con = sqlite3.connect(tmp_path / "g.lcplan")
    con.execute("UPDATE snapshot_chunk SET data = x'00'")
    con.commit()
    con.close()
    prepared = prepare(plan, tmp_path / "g.lcplan")  # the plan's snapshot of that UUID
    assert prepared.base is not None and prepared.base.uuid == info.uuid
    assert prepared.result.conflicts == []
    plan.delete_snapshot(info.id)
    with pytest.raises(SnapshotDamaged):  # now only the copy's, damaged: refused, not guessed
        prepare(plan, tmp_path / "g.lcplan")


def test_a_copy_of_a_copy_has_one_base(plan, tmp_path):
    _info, first = _copy(plan, tmp_path / "first.lcplan")
    second_info = group_copy(first, tmp_path / "second.lcplan")
    first.close()
    second = PlanDocument.open(tmp_path / "second.lcplan")
    try:
        assert [s.uuid for s in second.snapshots() if s.role == "base"] == [second_info.uuid]
    finally:
        second.close()


def _details(doc, uuid):
    action = next(x for x in doc.actions() if x.uuid == uuid)
    return ([p.name for p in action.partners], [b.amount for b in doc.budget_lines(action.id)],
            [i.name for i in doc.indicators(action_id=action.id)])


def test_an_action_kept_against_a_delete_keeps_its_partners_budget_and_indicators(plan, tmp_path):
    _info, copy = _copy(plan, tmp_path / "g.lcplan")
    target = next(x for x in plan.actions() if x.partners and plan.budget_lines(x.id))
    details = _details(plan, target.uuid)
    assert all(details)
    copy.delete_action(target.id)  # the group deletes it (its details go with it) ...
    copy.close()
    plan.update_action(target.id, notes="Still needed")  # ... the plan edits it
    prepared = prepare(plan, tmp_path / "g.lcplan")
    assert [(x.uuid, x.reason) for x in prepared.result.conflicts] == [
        (target.uuid, "deleted_by_them")]
    apply(plan, prepared)  # kept: the plan's side
    assert _details(plan, target.uuid) == details


def test_an_action_taken_back_from_the_copy_comes_with_its_details(plan, tmp_path):
    _info, copy = _copy(plan, tmp_path / "g.lcplan")
    target = next(x for x in plan.actions() if x.partners and plan.budget_lines(x.id))
    details = _details(plan, target.uuid)
    copy.update_action(target.id, notes="The group still wants it")
    copy.close()
    plan.delete_action(target.id)
    prepared = prepare(plan, tmp_path / "g.lcplan")
    prepared.settle({("action", target.uuid, ""): "theirs"})
    apply(plan, prepared)
    assert _details(plan, target.uuid) == details
    integrity(plan.path)


def test_putting_a_state_whose_updates_collide_replaces_every_row(plan):
    """Two votes swap cards: updating one row at a time would hit the one-vote-per-card-and-
    group key; the savepoint rolls back and the whole state goes in instead."""
    first = plan.add_idea("BB1", "First card")
    second = plan.add_idea("BB1", "Second card")
    table = plan.add_group("Table 9")
    plan.set_dots(first, table, 1)
    plan.set_dots(second, table, 2)
    state = plan.take_state(with_plan=True)
    ids = {r["idea_id"]: r for r in state.tables["vote"]}
    ids[first]["idea_id"], ids[second]["idea_id"] = second, first
    plan.put_state(state)
    assert (plan.dots(first, table), plan.dots(second, table)) == (2, 1)
    assert compare(state.tables, plan.take_state(with_plan=True).tables) == []
    integrity(plan.path)
