"""Time the plan store on a large plan, each operation beside a bare sqlite3 baseline in the same run.

    python benchmarks/bench_store.py [--actions 10000] [--repeat 7] [--json OUT]

Each figure is the median of ``repeat`` runs; the ratio is LC Planner's time over the baseline's.
Baselines do the same work with raw ``sqlite3`` and no folding, validation or row objects: open
(connect and read the plan row), list (the actions of one building block with lead name, budget
sum, indicator count and partners), search (LIKE on title and description), edit (one UPDATE
committed with synchronous=FULL) and summary (the same GROUP BY queries).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import make_plan  # noqa: E402

from lcplanner.core.document import PlanDocument  # noqa: E402


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def raw_connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous = FULL")
    return con


def raw_list(con: sqlite3.Connection, area: str) -> list[tuple]:
    rows = con.execute(
        "SELECT a.*, o.name, ob.code, (SELECT coalesce(sum(amount), 0) FROM budget_line b "
        "WHERE b.action_id = a.id), (SELECT count(*) FROM indicator i WHERE i.action_id = a.id) "
        "FROM action a LEFT JOIN organisation o ON o.id = a.lead_id "
        "LEFT JOIN objective ob ON ob.id = a.objective_id WHERE a.area = ? ORDER BY a.position",
        (area,)).fetchall()
    ids = [r[0] for r in rows]
    marks = ",".join("?" * min(len(ids), 900))
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        con.execute(f"SELECT p.action_id, o.name, p.role FROM action_partner p JOIN organisation o "
                    f"ON o.id = p.organisation_id WHERE p.action_id IN ({','.join('?' * len(chunk))})",
                    chunk).fetchall()
    del marks
    return rows


def raw_search(con: sqlite3.Connection, word: str) -> list[tuple]:
    return con.execute("SELECT * FROM action WHERE title LIKE ? OR description LIKE ?",
                       (f"%{word}%", f"%{word}%")).fetchall()


def raw_summary(con: sqlite3.Connection) -> None:
    con.execute("SELECT area, count(*) FROM objective GROUP BY area").fetchall()
    con.execute("SELECT area, status, count(*) FROM action GROUP BY area, status").fetchall()
    con.execute("SELECT area, sum(lead_id IS NULL), sum(start_date IS NULL OR end_date IS NULL), "
                "sum(NOT EXISTS (SELECT 1 FROM indicator i WHERE i.action_id = a.id)), "
                "sum(NOT EXISTS (SELECT 1 FROM budget_line b WHERE b.action_id = a.id AND amount > 0))"
                " FROM action a WHERE status <> 'cancelled' GROUP BY area").fetchall()
    con.execute("SELECT a.area, b.year, sum(b.amount) FROM budget_line b JOIN action a "
                "ON a.id = b.action_id GROUP BY a.area, b.year").fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="lcplanner-bench-"))
    path = make_plan(folder / "big.lcplan", args.actions)
    results: dict[str, tuple[float, float]] = {}

    def open_close() -> None:
        PlanDocument.open(path).close()

    def raw_open() -> None:
        con = sqlite3.connect(path)
        con.execute("SELECT * FROM plan").fetchall()
        con.close()

    def raw_open_checked() -> None:
        con = sqlite3.connect(path)
        con.execute("PRAGMA quick_check").fetchall()
        con.execute("SELECT * FROM plan").fetchall()
        con.close()

    results["open"] = (median_ms(open_close, args.repeat), median_ms(raw_open, args.repeat))
    results["open vs sqlite3 + quick_check"] = (results["open"][0],
                                               median_ms(raw_open_checked, args.repeat))
    doc = PlanDocument.open(path)
    con = raw_connect(path)
    try:
        n_listed = len(doc.actions("BB1"))
        results["list one building block"] = (median_ms(lambda: doc.actions("BB1"), args.repeat),
                                              median_ms(lambda: raw_list(con, "BB1"), args.repeat))
        first_ms = median_ms(lambda: doc.search("kütüphane"), 1)  # builds the folded-text index
        results["first search (builds index)"] = (first_ms, median_ms(
            lambda: raw_search(con, "kütüphane"), args.repeat))
        n_found = len(doc.search("kütüphane"))
        results["search (every later keystroke)"] = (median_ms(lambda: doc.search("kütüphane"), args.repeat),
                             median_ms(lambda: raw_search(con, "kütüphane"), args.repeat))
        counter = iter(range(10**9))

        def edit() -> None:
            doc.update_action(1, title=f"Düzenleme {next(counter)}")

        def raw_edit() -> None:
            # The document holds the write lock; the baseline edits a copy-free row the same way.
            con.execute("UPDATE action SET title = ? WHERE id = 2", (f"raw {next(counter)}",))
            con.commit()

        results["edit (one committed change)"] = (median_ms(edit, args.repeat), 0.0)
        doc.close()
        results["edit (one committed change)"] = (results["edit (one committed change)"][0],
                                                  median_ms(raw_edit, args.repeat))
        doc = PlanDocument.open(path)
        def fresh_summary() -> None:
            doc._summary = None  # as after an edit: the cache is dropped on every change
            doc.summary()

        results["per-area summary"] = (median_ms(fresh_summary, args.repeat),
                                       median_ms(lambda: raw_summary(con), args.repeat))
    finally:
        doc.close()
        con.close()
    print(f"LC Planner store benchmark: {args.actions} actions, {path.stat().st_size / 1e6:.1f} MB, "
          f"median of {args.repeat}; BB1 lists {n_listed} actions, search finds {n_found}")
    print(f"{'operation':<30}{'LC Planner ms':>15}{'sqlite3 ms':>12}{'ratio':>8}")
    for name, (ours, base) in results.items():
        print(f"{name:<30}{ours:>15.2f}{base:>12.2f}{ours / base if base else float('nan'):>8.1f}")
    if args.json:
        args.json.write_text(json.dumps({k: {"lcplanner_ms": a, "sqlite3_ms": b}
                                         for k, (a, b) in results.items()}, indent=2))


if __name__ == "__main__":
    main()
