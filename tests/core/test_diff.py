"""Two states of a plan compared by UUID: added, removed and changed rows, references by what
they point to, whatever the integer ids of each file."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from lcplanner.core.demo import build_demo
from lcplanner.core.diff import REFERENCES, compare, read_state
from lcplanner.core.document import PlanDocument
from test_cli import run  # tests/ is on the path, as for badfiles and hostile


def copies(tmp_path: Path) -> tuple[PlanDocument, PlanDocument]:
    a = build_demo(tmp_path / "a.lcplan", lang="en")
    a.save_copy(tmp_path / "b.lcplan")
    return a, PlanDocument.open(tmp_path / "b.lcplan")


def test_the_same_plan_has_no_differences_whatever_its_ids(tmp_path: Path) -> None:
    a, b = copies(tmp_path)
    state = read_state(a)
    assert compare(state, read_state(b)) == []
    shifted = {table: [{k: (v + 1000 if (k == "id" or k in REFERENCES) and v is not None else v)
                        for k, v in row.items()} for row in rows] for table, rows in state.items()}
    assert compare(state, shifted) == []  # rows match by UUID, references by their target's
    a.close()
    b.close()


def test_added_removed_and_changed_rows_with_their_fields(tmp_path: Path) -> None:
    a, b = copies(tmp_path)
    actions = b.actions()
    first, gone, third = actions[0], actions[1], actions[2]
    b.update_action(first.id, title="Reading clubs", status="done")
    b.delete_action(gone.id)
    new = b.add_action("BB2", "Summer school")
    other = next(o for o in b.organisations() if o.id != third.lead_id)
    b.update_action(third.id, lead_id=other.id)
    b.move_actions_to_area([first.id], "BB3")
    line = next(x for x in b.budget_lines() if x.action_id == first.id)
    b.update_budget_line(line.id, amount="1234.5")
    b.update_plan(title="Plan, second draft")
    diffs = compare(read_state(a), read_state(b))
    by = {(d.table, d.uuid, d.op): d for d in diffs}

    changed = by[("action", first.uuid, "changed")]
    assert changed.area == "BB3"
    fields = {f.field: (f.old, f.new) for f in changed.fields}
    assert fields["title"] == (first.title, "Reading clubs")
    assert fields["status"] == (first.status, "done")
    assert fields["area"] == ("BB1", "BB3")
    lead = by[("action", third.uuid, "changed")]
    assert [(f.field, f.old, f.new) for f in lead.fields] == [
        ("lead", third.lead_name, other.name)]  # by name, not by id
    assert ("action", gone.uuid, "removed") in by
    for p in gone.partners:  # the removed action's details are listed as removed too
        assert any(d.op == "removed" and d.table == "action_partner" and p.name in d.label
                   for d in diffs)
    added = by[("action", b.action(new).uuid, "added")]
    assert (added.area, added.label) == ("BB2", f"{b.action(new).code} · Summer school")
    amount = by[("budget_line", line.uuid, "changed")]
    assert [(f.field, f.new) for f in amount.fields] == [("amount", Decimal("1234.50"))]
    plan = by[("plan", "plan", "changed")]  # one plan row a side: compared whatever its UUID
    assert [(f.field, f.new) for f in plan.fields] == [("title", "Plan, second draft")]
    assert diffs[0].table == "plan"  # the plan and register first, then the areas in order
    areas = [d.area for d in diffs if d.area]
    assert areas == sorted(areas, key=lambda c: (c[:2] != "BB", c))
    a.close()
    b.close()


def test_the_diff_command_in_json_and_text(tmp_path: Path) -> None:
    a, b = copies(tmp_path)
    action = b.actions()[0]
    b.update_action(action.id, status="delayed")
    b_period = b.current_period()
    a.close()
    b.close()
    out = json.loads(run("diff", tmp_path / "a.lcplan", tmp_path / "b.lcplan", "--json").stdout)
    first, update = out["differences"]
    assert first == {
        "table": "action", "uuid": action.uuid, "op": "changed", "area": action.area,
        "label": f"{action.code} · {action.title}",
        "fields": [{"field": "status", "old": action.status, "new": "delayed"}]}
    # the status is this period's progress update too (the demo reports every quarter)
    period = b_period
    assert (update["table"], update["op"], update["area"], update["label"]) == (
        "progress_update", "changed", action.area, f"{action.code} · {period}")
    assert {"field": "status", "old": action.status, "new": "delayed"} in update["fields"]
    text = run("diff", tmp_path / "a.lcplan", tmp_path / "b.lcplan").stdout
    assert "Status: On track → Delayed" in text and "2 differences." in text
    assert f"Changed progress update: {action.code} · {period}" in text
    same = run("diff", tmp_path / "a.lcplan", tmp_path / "a.lcplan").stdout
    assert same.startswith("No differences")
    bad = run("diff", tmp_path / "a.lcplan", tmp_path / "missing.lcplan", ok=False)
    assert bad.returncode == 3 and len(bad.stderr.strip().splitlines()) == 1
