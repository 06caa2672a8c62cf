"""Time the whole-state steps issue 14 builds on, on a 10,000-action plan, beside a bare read.

    python benchmarks/bench_merge.py [--actions 10000] [--changes 500]

The baseline, measured in the same run, is sqlite3 alone reading every row of every table of the
plan (``SELECT *``).  Then: taking the plan's state (what a snapshot will copy), comparing two
states by UUID (``lcplanner diff``), merging two copies that each made ``--changes`` edits
(titles, statuses, budget amounts, new actions), and putting the merged state in place (one
transaction).  Then snapshots: the first, a second after one edit (time and how much each adds to the file),
reading one back through its checks, and the whole merge of a group copy as the menu runs it
(reading the three states, merging; then the snapshot before and putting the result in place).
Issue 14's goals: a snapshot <= 0.5 s, a merge of two such copies <= 2 s.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def bare_read(path: Path) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    try:
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
            conn.execute(f"SELECT * FROM '{table}'").fetchall()
    finally:
        conn.close()
    return time.perf_counter() - start


def edit(doc, changes: int, seed: int) -> None:  # type: ignore[no-untyped-def]
    actions = doc.actions()
    lines = doc.budget_lines()
    with doc.batch():
        for i in range(changes):
            k = (i * 7919 + seed) % len(actions)
            kind = i % 4
            if kind == 0:
                doc.update_action(actions[k].id, title=f"Edited {seed}-{i}")
            elif kind == 1:
                doc.update_action(actions[k].id, status=("done", "delayed")[seed % 2])
            elif kind == 2 and lines:
                doc.update_budget_line(lines[k % len(lines)].id, amount=Decimal(1000 + i))
            else:
                doc.add_action("BB2", f"New {seed}-{i}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--changes", type=int, default=500)
    args = parser.parse_args()
    from generate import make_plan

    from lcplanner.core.diff import compare
    from lcplanner.core.document import PlanDocument
    from lcplanner.core.merge import merge

    from lcplanner.core.groups import apply, group_copy, prepare

    folder = Path(tempfile.mkdtemp(prefix="lcplanner-bench-merge-"))
    plan = make_plan(folder / "plan.lcplan", args.actions)
    bare = min(bare_read(plan) for _ in range(3))
    size = plan.stat().st_size
    ours = PlanDocument.open(plan)
    start = time.perf_counter()
    ours.take_snapshot("First")
    first_snapshot = time.perf_counter() - start
    grown_first = ours.path.stat().st_size - size
    ours.update_action(ours.actions()[0].id, title="One edit between two snapshots")
    start = time.perf_counter()
    ours.take_snapshot("Second")
    second_snapshot = time.perf_counter() - start
    grown_second = ours.path.stat().st_size - size - grown_first
    start = time.perf_counter()
    ours.snapshot_state(ours.snapshots()[0])
    read_snapshot = time.perf_counter() - start
    group_copy(ours, folder / "group.lcplan")
    ours.close()
    ours, theirs = PlanDocument.open(plan), PlanDocument.open(folder / "group.lcplan")
    try:
        start = time.perf_counter()
        base = ours.take_state().tables
        take = time.perf_counter() - start
        edit(ours, args.changes, 1)
        edit(theirs, args.changes, 2)
        mine, group = ours.take_state().tables, theirs.take_state().tables
        start = time.perf_counter()
        diffs = compare(base, group)
        compared = time.perf_counter() - start
        start = time.perf_counter()
        result = merge(base, mine, group)
        merged = time.perf_counter() - start
        snapshot = ours.take_state()
        snapshot.tables = result.state
        start = time.perf_counter()
        ours.put_state(snapshot)
        put = time.perf_counter() - start
        theirs.close()
        start = time.perf_counter()
        prepared = prepare(ours, folder / "group.lcplan")
        prepare_time = time.perf_counter() - start
        start = time.perf_counter()
        apply(ours, prepared)
        apply_time = time.perf_counter() - start
    finally:
        ours.close()
        theirs.close()
    print(f"LC Planner state benchmark: {args.actions} actions, {args.changes} changes a side")
    print(f"{'step':<44}{'ms':>9}{'x bare read':>13}")
    print(f"{'bare sqlite3 read of every row':<44}{bare * 1000:>9.0f}{1:>13.2f}")
    for name, seconds in (("take the plan's state", take),
                          (f"compare two states ({len(diffs)} rows)", compared),
                          (f"merge three states ({len(result.conflicts)} conflicts)", merged),
                          ("put the merged state in place", put),
                          ("merge + put (the merge a person waits for)", merged + put),
                          ("snapshot, the first", first_snapshot),
                          ("snapshot after one edit", second_snapshot),
                          ("read a snapshot back (checked)", read_snapshot),
                          ("merge a group copy: read 3 states + merge", prepare_time),
                          ("merge a group copy: snapshot + put", apply_time)):
        print(f"{name:<44}{seconds * 1000:>9.0f}{seconds / bare:>13.2f}")
    print(f"plan file {size / 1e6:.1f} MB; the first snapshot adds {grown_first / 1e6:.1f} MB "
          f"({grown_first / size:.0%}), the second, after one edit, {grown_second / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
