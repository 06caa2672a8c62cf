"""What viewer and editor roles cost (issue 16): reading a 10,000-action server plan and editing
it as the tables' owner (row-level security does not bind it), before and after the database is
protected, and as an editor whom the policies check.

    export LCPLANNER_TEST_POSTGRES="$(scripts/postgres.sh start)"
    python benchmarks/bench_roles.py [--actions 10000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _timed(url: str, label: str) -> None:
    from lcplanner.server.targets import open_document

    doc = open_document(url)
    try:
        reads = []
        for _ in range(5):
            start = time.perf_counter()
            doc.actions()
            reads.append((time.perf_counter() - start) * 1000)
        edits = []
        for n, action in enumerate(doc.actions()[:200]):
            start = time.perf_counter()
            doc.update_action(action.id, title=f"Edited {n}")
            edits.append((time.perf_counter() - start) * 1000)
    finally:
        doc.close()
    print(f"{label:<34} {statistics.median(reads):>10.0f} {statistics.median(edits):>10.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    args = parser.parse_args()
    from generate import make_plan
    from scratch import scratch_database, server_url
    from sqlalchemy import create_engine, text

    from lcplanner.server import roles
    from lcplanner.server.store import engine_of
    from lcplanner.server.targets import publish

    user = f"lcp_bench_{uuid.uuid4().hex[:6]}"
    admin = create_engine(server_url().replace("postgresql://", "postgresql+psycopg://", 1),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{user}" LOGIN'))
    plan_uuid = ""
    try:
        with scratch_database("lcp_roles") as url:
            path = make_plan(Path(tempfile.mkdtemp()) / "plan.lcplan", args.actions)
            target = publish(path, url)
            plan_uuid = target.split("plan=")[1]
            print(f"{args.actions:,} actions; medians in ms")
            print(f"{'who':<34} {'actions()':>10} {'an edit':>10}")
            _timed(target, "owner, no roles yet (baseline)")
            roles.grant(engine_of(url), plan_uuid, user, "editor")
            _timed(target, "owner, database protected")
            at = target.index("://") + 3
            _timed(target[:at] + user + target[target.index("@", at):],
                   "editor, checked by the policies")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{user}"'))
            for kind in ("viewer", "editor"):
                if plan_uuid:
                    conn.execute(text(f'DROP ROLE IF EXISTS "{roles.role_name(plan_uuid, kind)}"'))
        admin.dispose()

if __name__ == "__main__":
    main()
