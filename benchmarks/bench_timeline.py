"""Time the timeline and the dashboard of a large plan (issue 15), beside bare baselines.

    python benchmarks/bench_timeline.py [--actions 10000] [--steps 200]

Offscreen, a 1280x800 window.  Baselines measured in the same run:

- paint: a bare QAbstractScrollArea that fills and writes as many rows as the timeline shows
  (one rectangle and one line of text each), painted the same way (``viewport().repaint()``);
- dashboard: sqlite3 alone counting the plan's actions by area and status (one GROUP BY).

Figures: building the timeline's rows from the plan (once per change of the plan), one paint
of the timeline (goal <= 100 ms), one scroll step down and one across (each a repaint; goal
<= 16 ms, the median and the slowest of ``--steps``), the dashboard's numbers (goal <= 200 ms)
and the whole dashboard page refreshed (numbers, bars, both tables).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _timed(work, repeat: int = 7) -> float:  # type: ignore[no-untyped-def]
    """The median of ``repeat`` runs, in milliseconds."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--steps", type=int, default=200)
    args = parser.parse_args()
    from generate import make_plan
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication

    app = QApplication(sys.argv[:1])
    from lcplanner.ui.commander import Commander
    from lcplanner.ui.dashboard import DashboardPage
    from lcplanner.ui.timeline_page import TimelinePage
    from PySide6.QtGui import QUndoStack

    from lcplanner.core.document import PlanDocument

    folder = Path(tempfile.mkdtemp(prefix="lcplanner-bench-timeline-"))
    path = make_plan(folder / "plan.lcplan", args.actions)
    doc = PlanDocument.open(path)
    commander = Commander(doc, QUndoStack())

    page = TimelinePage()
    page.resize(1280, 800)
    page.show()
    view = page.view
    start = time.perf_counter()
    page.set_commander(commander)
    first_load = (time.perf_counter() - start) * 1000
    app.processEvents()
    rows_ms = _timed(view.reload, 5)
    shown = int((view.viewport().height() - view.look.header_height) // view.look.row_height) + 1

    class Bare(QAbstractScrollArea):
        def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
            painter = QPainter(self.viewport())
            painter.fillRect(event.rect(), QColor("#FFFFFF"))
            for n in range(shown):
                painter.fillRect(QRectF(300, 40 + n * 24 + 5, 400, 14), QColor("#0072B2"))
                painter.drawText(QRectF(6, 40 + n * 24, 290, 24), 0, f"BB1-{n} a title of a row")
            painter.end()

    bare = Bare()
    bare.resize(view.size())
    bare.show()
    app.processEvents()
    bare_ms = _timed(bare.viewport().repaint, 21)
    paint_ms = _timed(view.viewport().repaint, 21)
    down, across = [], []
    bar, side = view.verticalScrollBar(), view.horizontalScrollBar()
    for step in range(args.steps):
        start = time.perf_counter()
        bar.setValue(bar.value() + 1)
        view.viewport().repaint()
        down.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        side.setValue((side.value() + side.singleStep()) % max(1, side.maximum()))
        view.viewport().repaint()
        across.append((time.perf_counter() - start) * 1000)

    con = sqlite3.connect(path)
    bare_count = _timed(lambda: con.execute(
        "SELECT area, status, count(*) FROM action GROUP BY area, status").fetchall(), 7)
    con.close()
    numbers_ms = _timed(lambda: doc.dashboard("2026"), 7)
    board = DashboardPage()
    board.resize(1280, 800)
    board.set_commander(commander)
    board.show()
    app.processEvents()
    board.period_box.setCurrentIndex(max(0, board.period_box.findData("2026")))
    page_ms = _timed(board.refresh, 5)

    print(f"plan: {args.actions:,} actions, {len(view.rows):,} timeline rows, {shown} on screen")
    print(f"{'step':44} {'ms':>8} {'x bare':>8}")
    print(f"{'bare scroll area, one paint (baseline)':44} {bare_ms:8.2f} {1:8.1f}")
    print(f"{'timeline: first load (rows + scale)':44} {first_load:8.1f}")
    print(f"{'timeline: rows rebuilt after a change':44} {rows_ms:8.1f}")
    print(f"{'timeline: one paint (goal <= 100 ms)':44} {paint_ms:8.2f} {paint_ms / bare_ms:8.1f}")
    for name, runs in (("down", down), ("across", across)):
        median, worst = statistics.median(runs), max(runs)
        print(f"{'timeline: scroll step ' + name + ', median (<= 16)':44} {median:8.2f} "
              f"{median / bare_ms:8.1f}")
        print(f"{'timeline: scroll step ' + name + ', slowest':44} {worst:8.2f} "
              f"{worst / bare_ms:8.1f}")
    print(f"{'sqlite3 GROUP BY area, status (baseline)':44} {bare_count:8.2f} {1:8.1f}")
    print(f"{'dashboard numbers (goal <= 200 ms)':44} {numbers_ms:8.1f} "
          f"{numbers_ms / bare_count:8.1f}")
    print(f"{'dashboard page refreshed':44} {page_ms:8.1f} {page_ms / bare_count:8.1f}")
    doc.close()


if __name__ == "__main__":
    main()
