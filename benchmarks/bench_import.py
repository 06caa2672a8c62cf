"""Time a dry-run import of an exported workbook beside openpyxl reading the same workbook.

    python benchmarks/bench_import.py [--actions 10000] [--repeat 3]

The baseline, measured in the same run, is openpyxl alone reading every cell of every sheet of
the workbook in read-only mode (``load_workbook(read_only=True)``, ``iter_rows(values_only=True)``).
The import reads the sheets that come back (workplans, objectives, indicators, budget,
organisations, partners and the hidden record), parses every cell, reads the plan and compares
three fingerprints per field.  A hundred edits are made first (status, dates, amounts), so the
change set is not empty.  Goal: the dry run at most 2x the baseline.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def openpyxl_read(book: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(book, read_only=True)
    cells = 0
    try:
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells += len(row)
    finally:
        wb.close()
    return cells


def edit(book: Path, count: int = 100) -> None:
    """Statuses and end dates of ``count`` actions, typed as text the way a planner would."""
    from openpyxl import load_workbook

    wb = load_workbook(book)
    ws = next(wb[n] for n in wb.sheetnames if n.startswith("BB1"))
    header = [c.value for c in ws[1]]
    status, end = header.index("Durum") + 1, header.index("Bitiş") + 1
    for row in range(2, min(ws.max_row, count + 1) + 1):
        ws.cell(row, status).value = "Gecikmeli"
        ws.cell(row, end).value = "30.06.2029"
    wb.save(book)


def measure(plan: Path, repeat: int, folder: Path) -> tuple[float, float, int, int]:
    from lcplanner.core.document import PlanDocument
    from lcplanner.exchange.roundtrip import read_edits
    from lcplanner.export.writer import export_workplan

    doc = PlanDocument.open(plan, read_only=True)
    book = folder / f"{plan.stem}.xlsx"
    try:
        export_workplan(doc, book, "tr")
        edit(book)
        ours, bare, rows = [], [], 0
        cells = 0
        for _ in range(repeat):  # interleaved: both see the same machine load
            start = time.perf_counter()
            cells = openpyxl_read(book)
            bare.append(time.perf_counter() - start)
            start = time.perf_counter()
            changes = read_edits(book, doc)
            ours.append(time.perf_counter() - start)
            assert changes.ok, [p.english() for p in changes.problems][:3]
            rows = len(changes.rows)
    finally:
        doc.close()
    return statistics.median(ours) * 1000, statistics.median(bare) * 1000, cells, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from generate import make_plan

    from lcplanner.core.demo import build_demo

    folder = Path(tempfile.mkdtemp(prefix="lcplanner-bench-import-"))
    demo = folder / "demo.lcplan"
    build_demo(demo, "tr").close()
    big = make_plan(folder / "big.lcplan", args.actions)
    print(f"LC Planner dry-run import benchmark (median of {args.repeat})")
    print(f"{'plan':<16}{'cells':>10}{'changed rows':>14}{'import ms':>11}{'openpyxl ms':>13}"
          f"{'ratio':>8}")
    for name, plan in (("demo plan", demo), (f"{args.actions} actions", big)):
        ours, bare, cells, rows = measure(plan, args.repeat, folder)
        print(f"{name:<16}{cells:>10}{rows:>14}{ours:>11.0f}{bare:>13.0f}{ours / bare:>8.2f}")


if __name__ == "__main__":
    main()
