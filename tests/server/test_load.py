"""Issue 16: twenty people editing one server plan at once lose nothing and never deadlock.

benchmarks/bench_load.py starts the client processes (each its own PlanDocument, 500 edits,
one in five on actions all of them edit) and checks every acknowledged edit in the database:
an action's version is one more than the edits acknowledged on it, and each field holds the last
acknowledged value.  The only refusals allowed are the expected conflicts on shared actions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import bench_load  # noqa: E402


def test_twenty_clients_five_hundred_edits_each(postgres_url):
    clients, edits = 20, 500
    plan = bench_load.prepare(postgres_url, clients)
    load = bench_load.run(postgres_url, plan, clients, edits, timeout=900)
    assert load.errors == []  # no deadlock, no failed write, no client that stopped
    assert len(load.acks) + load.conflicts == clients * edits
    assert load.conflicts > 0  # the shared actions did collide ...
    assert len(load.acks) > 0.7 * clients * edits  # ... and every other edit landed
    assert bench_load.lost(postgres_url, plan, load) == []
    print(f"\n{len(load.acks)} edits acknowledged in {load.seconds:.1f} s "
          f"({load.per_second:.0f}/s), p50 {load.percentile(0.5):.1f} ms, "
          f"p99 {load.percentile(0.99):.1f} ms, {load.conflicts} conflicts")
