"""Time the GUI against a bare PySide6 QMainWindow start measured in the same run.

    python benchmarks/bench_gui.py [--actions 10000] [--repeat 5]

Start-up figures are whole processes (interpreter start to exit), each the median of ``repeat``
runs, run offscreen: a bare QMainWindow that quits at its first paint; ``lcplanner FILE`` quitting
at its first paint and once the demo plan is shown ready to edit.  In-process figures: opening a
large plan and showing one building block, and one search keystroke in the area page.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="lcplanner-bench-gui-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_DOCUMENTS_DIR"):
    os.environ[_var] = os.path.join(_HOME, _var.lower())

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
class Watcher(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
watcher = Watcher()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def run_ms(command: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, timeout=120)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def in_process(big: Path, repeat: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from lcplanner.ui.main_window import MainWindow

    results: dict[str, float] = {}
    window = MainWindow()
    window.show()
    app.processEvents()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        window.open_path(big)
        window.show_area("BB1")
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        window.close_plan()
    results["open 10k plan + show BB1"] = statistics.median(times)
    window.open_path(big)
    window.show_area("BB1")
    window.doc.prepare_search()
    search = window.area_page.search
    keystrokes = []
    for word in ("kütüphane", "gönüllü", "şenlik", "İZMİR", "atölye"):
        search.clear()
        app.processEvents()
        for i in range(1, len(word) + 1):
            start = time.perf_counter()
            search.setText(word[:i])  # what one keystroke does: search and filter the table
            app.processEvents()
            keystrokes.append((time.perf_counter() - start) * 1000)
    results["one search keystroke (median)"] = statistics.median(keystrokes)
    search.clear()
    app.processEvents()
    action_id = window.area_page.current_id()
    edits = []
    for i in range(7):
        start = time.perf_counter()
        window.commander.update_action(action_id, title=f"Düzenleme {i}")  # an edit, repainted
        app.processEvents()
        edits.append((time.perf_counter() - start) * 1000)
    results["one edit in the editor, 10k plan"] = statistics.median(edits)
    results["one search keystroke (worst)"] = max(keystrokes)
    window.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from generate import make_plan

    from lcplanner.core.demo import build_demo

    folder = Path(_HOME)
    demo = folder / "demo.lcplan"
    build_demo(demo, "tr").close()
    big = make_plan(folder / "big.lcplan", args.actions)
    python = sys.executable
    bare = run_ms([python, "-c", BARE], args.repeat)
    app = [python, "-m", "lcplanner"]
    rows = [
        ("bare QMainWindow: first paint", bare),
        ("lcplanner: first paint", run_ms([*app, str(demo), "--quit-after", "paint"], args.repeat)),
        ("lcplanner: demo plan ready", run_ms([*app, str(demo), "--quit-after", "ready"], args.repeat)),
        ("lcplanner --demo (fresh copy) ready",
         run_ms([*app, "--demo", "--quit-after", "ready"], args.repeat)),
    ]
    rows += list(in_process(big, max(3, args.repeat // 2)).items())
    print(f"LC Planner GUI benchmark ({args.actions} actions for the big plan; offscreen; "
          f"median of {args.repeat})")
    print(f"{'measure':<40}{'ms':>10}{'x bare start':>14}")
    for name, ms in rows:
        print(f"{name:<40}{ms:>10.1f}{ms / bare:>14.2f}")


if __name__ == "__main__":
    main()
