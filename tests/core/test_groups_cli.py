"""The command line of snapshots and breakout groups, run as a person runs it (a subprocess).

snapshot / snapshots / group-copy / merge, and ``diff FILE@snapshot``: outputs read back as
JSON, exit codes checked, and refusals are one line on stderr with the plan left as it was.
"""

from __future__ import annotations

import json
from pathlib import Path

from lcplanner.core.demo import build_demo
from lcplanner.core.diff import compare, read_state
from lcplanner.core.document import PlanDocument
from test_cli import run


def _plan(tmp_path: Path) -> Path:
    build_demo(tmp_path / "plan.lcplan", lang="en").close()
    return tmp_path / "plan.lcplan"


def test_snapshot_list_and_diff_against_now(tmp_path):
    plan = _plan(tmp_path)
    out = run("snapshot", plan, "Approved by the council 2027-03").stdout
    assert "Approved by the council 2027-03" in out and "(44 actions)" in out
    listed = json.loads(run("snapshots", plan, "--json").stdout)
    assert [(s["name"], s["role"], s["actions"]) for s in listed] == [
        ("Approved by the council 2027-03", "named", 44)]
    doc = PlanDocument.open(plan)
    first = doc.actions()[0]
    doc.update_action(first.id, title="Changed since the council")
    doc.close()
    diff = json.loads(run("diff", f"{plan}@Approved by the council 2027-03", plan, "--json").stdout)
    assert [(d["uuid"], d["op"], [(f["field"], f["old"], f["new"]) for f in d["fields"]])
            for d in diff["differences"]] == [
        (first.uuid, "changed", [("title", first.title, "Changed since the council")])]
    text = run("snapshots", plan).stdout
    assert "Approved by the council 2027-03" in text and "named" in text
    missing = run("diff", f"{plan}@No such snapshot", plan, ok=False)
    assert missing.returncode == 3 and "No such snapshot" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1


def test_group_copy_and_merge_with_and_without_take(tmp_path):
    plan = _plan(tmp_path)
    copy = tmp_path / "table-2.lcplan"
    out = run("group-copy", plan, copy).stdout
    assert "table-2.lcplan" in out
    again = run("group-copy", plan, copy, ok=False)
    assert again.returncode == 3 and "exists" in again.stderr
    ours, theirs = PlanDocument.open(plan), PlanDocument.open(copy)
    a, b = ours.actions()[:2]
    ours.update_action(a.id, title="The plan's title")
    theirs.update_action(a.id, title="The group's title")
    status = "delayed" if b.status != "delayed" else "done"
    theirs.update_action(b.id, status=status)
    theirs.add_action("BB6", "From table 2")
    ours.close()
    theirs.close()
    before = PlanDocument.open(plan, read_only=True)
    state = read_state(before)
    before.close()

    dry = run("merge", plan, copy, "--dry-run", "--json", ok=False)
    assert dry.returncode == 1  # a conflict is left
    report = json.loads(dry.stdout)
    assert report["applied"] is False and report["two_way"] is False
    assert [(c["uuid"], c["field"], c["ours"], c["theirs"]) for c in report["conflicts"]] == [
        (a.uuid, "title", "The plan's title", "The group's title")]
    assert {(d["op"], d["table"]) for d in report["changes"]} == {
        ("changed", "action"), ("added", "action"), ("changed", "progress_update")}
    after = PlanDocument.open(plan, read_only=True)
    assert compare(state, read_state(after)) == []  # a dry run writes nothing
    after.close()

    left = run("merge", plan, copy, ok=False)
    assert left.returncode == 1 and "--take" in left.stdout
    doc = PlanDocument.open(plan, read_only=True)
    assert doc.action(a.id).title == "The plan's title" and doc.action(b.id).status == status
    assert "From table 2" in [x.title for x in doc.actions("BB6")]
    assert [s.role for s in doc.snapshots()] == ["group", "merge"]
    doc.close()

    run("merge", plan, copy, "--take", "theirs")
    doc = PlanDocument.open(plan, read_only=True)
    assert doc.action(a.id).title == "The group's title"
    doc.close()
    same = run("merge", plan, copy)
    assert "Nothing to merge" in same.stdout


def test_merge_refuses_a_copy_of_another_plan(tmp_path):
    plan = _plan(tmp_path)
    build_demo(tmp_path / "other.lcplan", lang="en").close()
    result = run("merge", plan, tmp_path / "other.lcplan", ok=False)
    assert result.returncode == 3 and "another plan" in result.stderr
    (tmp_path / "broken.lcplan").write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    result = run("merge", plan, tmp_path / "broken.lcplan", ok=False)
    assert result.returncode == 3 and len(result.stderr.strip().splitlines()) == 1
    doc = PlanDocument.open(plan, read_only=True)
    assert doc.snapshots() == []
    doc.close()
