"""Many people on one server plan at once (issue 16): N client processes × M edits in parallel.

    export LCPLANNER_TEST_POSTGRES="$(scripts/postgres.sh start)"
    python benchmarks/bench_load.py [--clients 20] [--edits 500]

Each client is a process with its own PlanDocument on the plan.  Four edits in five go to the
client's own actions (title or notes), one in five to a few actions every client edits (their
title), where conflicts are expected: a refused edit is counted, and the client goes on from the
row it now sees.  Afterwards every acknowledged edit is checked in the database: an action's
version is one more than the edits acknowledged on it (none lost, none counted twice), and each
field holds the value of the last acknowledged edit of it.  Prints edits per second, p50/p99 of
an acknowledged edit, and the conflicts; ``tests/server/test_load.py`` runs it and checks it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HOT = 5  # actions every client edits
OWN = 8  # actions of each client alone


@dataclass
class Load:
    clients: int
    edits: int
    seconds: float = 0.0  # from the first client's first edit to the last one's last
    wall: float = 0.0  # with starting the processes
    acks: list[list[Any]] = field(default_factory=list)  # [action id, field, value, version]
    latencies: list[float] = field(default_factory=list)  # ms of each acknowledged edit
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def per_second(self) -> float:
        return len(self.acks) / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p))] if ordered else 0.0


def prepare(url: str, clients: int) -> str:
    """A plan on ``url`` with the shared and own actions; returns its UUID."""
    from lcplanner.core.document import PlanDocument
    from lcplanner.server.store import ServerPlan

    doc = PlanDocument(ServerPlan.create(url, "Loadtown", language="en"))
    try:
        with doc.batch():
            for n in range(HOT + OWN * clients):
                doc.add_action("BB1" if n < HOT else "BB2", f"Action {n}")
        return doc.plan().uuid
    finally:
        doc.close()


def client(url: str, plan_uuid: str, number: int, clients: int, edits: int) -> dict[str, Any]:
    """One person's edits; what was acknowledged, refused and how long each took."""
    import random

    from lcplanner.core.concurrency import StaleEdit
    from lcplanner.core.document import PlanDocument
    from lcplanner.core.errors import PlanError
    from lcplanner.server.store import ServerPlan

    doc = PlanDocument(ServerPlan.open(url, plan_uuid))
    ids = [a.id for a in doc.actions()]
    hot, rest = ids[:HOT], ids[HOT:]
    own = rest[number::clients]
    chance = random.Random(number)
    out: dict[str, Any] = {"acks": [], "latencies": [], "conflicts": 0, "errors": [],
                           "began": time.time()}
    try:
        for n in range(edits):
            shared = chance.random() < 0.2
            ident = chance.choice(hot if shared else own)
            name = "title" if shared or n % 2 else "notes"
            value = f"client {number} edit {n}"
            start = time.perf_counter()
            try:
                doc.update_action(ident, **{name: value})
            except StaleEdit as exc:
                if not shared:  # nobody else edits this client's own actions
                    out["errors"].append(f"own action refused: {exc.english()}")
                out["conflicts"] += 1  # expected on shared rows: the row is now seen as saved
                continue
            except PlanError as exc:
                out["errors"].append(exc.english())
                continue
            out["latencies"].append((time.perf_counter() - start) * 1000)
            out["acks"].append([ident, name, value, doc.last_written[("action", ident)]])
    finally:
        out["ended"] = time.time()
        doc.close()
    return out


def run(url: str, plan_uuid: str, clients: int, edits: int, timeout: float = 600) -> Load:
    """Start the clients at once, wait for all, gather their results."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    load = Load(clients, edits)
    start = time.perf_counter()
    began, ended = [], []
    procs = [subprocess.Popen(
        [sys.executable, __file__, "--client", str(k), "--clients", str(clients),
         "--edits", str(edits), "--url", url, "--plan", plan_uuid],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        for k in range(clients)]
    for proc in procs:
        out, err = proc.communicate(timeout=timeout)
        if proc.returncode != 0:
            load.errors.append(f"client exit {proc.returncode}: {err.strip()[-500:]}")
            continue
        result = json.loads(out)
        load.acks.extend(result["acks"])
        load.latencies.extend(result["latencies"])
        load.conflicts += result["conflicts"]
        load.errors.extend(result["errors"])
        began.append(result["began"])
        ended.append(result["ended"])
    load.wall = time.perf_counter() - start
    load.seconds = max(ended) - min(began) if began else 0.0
    return load


def lost(url: str, plan_uuid: str, load: Load) -> list[str]:
    """Acknowledged edits the database does not show (empty: none lost)."""
    from lcplanner.core.document import PlanDocument
    from lcplanner.server.store import ServerPlan

    doc = PlanDocument(ServerPlan.open(url, plan_uuid, read_only=True))
    try:
        rows = {a.id: a for a in doc.actions()}
    finally:
        doc.close()
    found: list[str] = []
    by_action: dict[int, list[list[Any]]] = {}
    for ack in load.acks:
        by_action.setdefault(ack[0], []).append(ack)
    for ident, acks in by_action.items():
        row = rows[ident]
        if row.row_version != 1 + len(acks):
            found.append(f"action {ident}: version {row.row_version}, "
                         f"{len(acks)} edits acknowledged")
        versions = [a[3] for a in acks]
        if len(set(versions)) != len(versions):
            found.append(f"action {ident}: two edits acknowledged the same version")
        for name in ("title", "notes"):
            last = max((a for a in acks if a[1] == name), key=lambda a: a[3], default=None)
            if last is not None and getattr(row, name) != last[2]:
                found.append(f"action {ident}: {name} {getattr(row, name)!r}, last {last[2]!r}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--client", type=int, default=None)
    parser.add_argument("--url")
    parser.add_argument("--plan")
    args = parser.parse_args()
    if args.client is not None:
        print(json.dumps(client(args.url, args.plan, args.client, args.clients, args.edits)))
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from scratch import scratch_database

    with scratch_database("lcp_load") as url:
        plan = prepare(url, args.clients)
        load = run(url, plan, args.clients, args.edits)
        missing = lost(url, plan, load)
    print(f"{args.clients} clients × {args.edits} edits in {load.seconds:.1f} s "
          f"({load.wall:.1f} s with starting the processes): "
          f"{len(load.acks)} acknowledged ({load.per_second:.0f} edits/s), "
          f"{load.conflicts} refused as conflicts, {len(load.errors)} errors")
    print(f"acknowledged edit: p50 {statistics.median(load.latencies):.1f} ms, "
          f"p99 {load.percentile(0.99):.1f} ms, slowest {max(load.latencies):.1f} ms")
    print("every acknowledged edit present" if not missing else "\n".join(missing[:20]))
    for error in load.errors[:10]:
        print("error:", error)


if __name__ == "__main__":
    main()
