"""Time one edit's round trip on a local PostgreSQL server beside the same edit on a .lcplan file
(issue 16): ``update_action`` (a title: one committed transaction, then the changed signal).

    export LCPLANNER_TEST_POSTGRES="$(scripts/postgres.sh start)"
    python benchmarks/bench_server.py [--edits 500] [--actions 1000]

Both plans hold the same generated actions (the file published to the server); p50 and p99
in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _timings(doc, edits: int) -> list[float]:  # type: ignore[no-untyped-def]
    ids = [a.id for a in doc.actions()]
    runs = []
    for n in range(edits):
        start = time.perf_counter()
        doc.update_action(ids[n % len(ids)], title=f"Edited {n}")
        runs.append((time.perf_counter() - start) * 1000)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--actions", type=int, default=1000)
    args = parser.parse_args()
    from generate import make_plan
    from scratch import scratch_database, server_url

    from lcplanner.core.document import PlanDocument
    from lcplanner.server.targets import open_document, publish

    server_url()
    folder = Path(tempfile.mkdtemp(prefix="lcplanner-bench-server-"))
    path = make_plan(folder / "plan.lcplan", args.actions)
    with scratch_database("lcp_bench") as url:
        file_doc = PlanDocument.open(path)
        server_doc = open_document(publish(path, url))  # the same rows, the server's ids
        try:
            results = {"file (SQLite)": _timings(file_doc, args.edits),
                       "server (PostgreSQL, local)": _timings(server_doc, args.edits)}
        finally:
            file_doc.close()
            server_doc.close()
    base = statistics.median(results["file (SQLite)"])
    print(f"{args.edits} edits of an action's title, {args.actions:,} actions")
    print(f"{'store':30} {'p50 ms':>8} {'p99 ms':>8} {'p50 x file':>11}")
    for label, runs in results.items():
        runs.sort()
        p50, p99 = statistics.median(runs), runs[int(len(runs) * 0.99) - 1]
        print(f"{label:30} {p50:8.2f} {p99:8.2f} {p50 / base:11.1f}")


if __name__ == "__main__":
    main()
