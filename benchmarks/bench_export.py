"""Time the Excel export beside a bare openpyxl write-only dump of the same cell values.

    python benchmarks/bench_export.py [--actions 10000] [--repeat 3]

The baseline writes, in the same run, exactly the values the export puts in its cells (read back
from the exported workbook) with ``Workbook(write_only=True)`` and plain ``ws.append``: no styles,
formats, tables, validation or print settings.  Goal: the export at most 2x the bare dump.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def bare_dump(values: dict[str, list[tuple]], target: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for name, rows in values.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(target)


def measure(plan: Path, repeat: int, folder: Path) -> tuple[float, float, int]:
    from openpyxl import load_workbook

    from lcplanner.core.document import PlanDocument
    from lcplanner.export.writer import export_workplan

    doc = PlanDocument.open(plan, read_only=True)
    ours = []
    try:
        for i in range(repeat):
            start = time.perf_counter()
            report = export_workplan(doc, folder / f"ours{i}.xlsx")
            ours.append(time.perf_counter() - start)
    finally:
        doc.close()
    wb = load_workbook(report.path, read_only=True)
    values = {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    wb.close()
    cells = sum(len(r) for rows in values.values() for r in rows)
    bare = []
    for i in range(repeat):
        start = time.perf_counter()
        bare_dump(values, folder / f"bare{i}.xlsx")
        bare.append(time.perf_counter() - start)
    return statistics.median(ours) * 1000, statistics.median(bare) * 1000, cells


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from generate import make_plan

    from lcplanner.core.demo import build_demo

    folder = Path(tempfile.mkdtemp(prefix="lcplanner-bench-export-"))
    demo = folder / "demo.lcplan"
    build_demo(demo, "tr").close()
    big = make_plan(folder / "big.lcplan", args.actions)
    print(f"LC Planner export benchmark (median of {args.repeat})")
    print(f"{'plan':<24}{'cells':>10}{'export ms':>12}{'bare dump ms':>14}{'ratio':>8}")
    for name, plan in (("demo plan", demo), (f"{args.actions} actions", big)):
        ours, bare, cells = measure(plan, args.repeat, folder)
        print(f"{name:<24}{cells:>10}{ours:>12.0f}{bare:>14.0f}{ours / bare:>8.2f}")


if __name__ == "__main__":
    main()
