"""Time the GUI against a bare PySide6 QMainWindow start measured in the same run.

    python benchmarks/bench_gui.py [--actions 10000] [--repeat 7] [--startup-only] [--importtime]

Start-up figures are whole processes (interpreter start to exit), run offscreen, each the median
of ``repeat`` runs; the commands take turns within every round (bare, app, bare, app...) so a
machine that slows down or speeds up during the run weighs on the baseline and the app alike.

- bare QMainWindow: a 1280x800 QMainWindow that quits at its first paint (the baseline).
- ``lcplanner FILE --quit-after paint``: the app's window at its first paint.
- ``--quit-after ready``: the demo plan open for writing, its overview current and painted.
- ``--quit-after edit``: then the first building block shown as a person opens it to work: the
  action table has rows, an action is selected, the editor is enabled, the page has painted.
- ``lcplanner --demo --quit-after ready``: the same with a fresh demo copy written first.

The app exits non-zero when a state is not reached, and the benchmark stops then: a start-up
that fails cannot pass for a fast one.  Every process gets the same environment: a fresh home
(settings, documents) and bytecode caches in a temporary folder, written by one untimed warm-up
round, as an installed program has them (pip and PyInstaller compile at install, while a
development tree under PYTHONDONTWRITEBYTECODE would recompile the app's modules at every start).
"cpu" is the process's user+system time: steadier than the wall clock on a busy machine.

In-process figures: opening a large plan and showing one building block, one search keystroke
in the area page, and one edit on the large plan.  ``--importtime`` adds Python's own account of
the imports on the way to "ready" (``python -X importtime``): the largest, cumulative.
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

try:
    import resource
except ImportError:  # Windows: no per-process CPU figures
    resource = None  # type: ignore[assignment]

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
            obj.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False
def painted():
    print("bare: paint", flush=True)
    app.quit()
watcher = Watcher()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def child_env() -> dict[str, str]:
    """The one environment of every timed process (baseline and app alike)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPYCACHEPREFIX=os.path.join(_HOME, "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_once(command: list[str]) -> tuple[float, float, float]:
    """(ms to the state, ms to the exit, cpu ms) of one process.

    The state is reached when the process prints its line ("bare: paint", "lcplanner: ready"),
    just before it quits; the exit adds the interpreter's shutdown.  A process that exits
    non-zero or never prints its line stops the benchmark with its stderr.
    """
    before = _children_cpu()
    with tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True,
                                   env=child_env())
        assert process.stdout is not None
        line = process.stdout.readline()
        reached = (time.perf_counter() - start) * 1000
        process.stdout.read()
        code = process.wait(timeout=120)
        exited = (time.perf_counter() - start) * 1000
        if code != 0 or not line.strip():
            errors.seek(0)
            sys.exit(f"{' '.join(command)}: exit {code}, printed {line!r}\n{errors.read()}")
    return reached, exited, (_children_cpu() - before) * 1000


def _children_cpu() -> float:
    if resource is None:
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def startup(commands: dict[str, list[str]], repeat: int) -> dict[str, tuple[float, ...]]:
    """Medians (to the state, to the exit, cpu) per command; an untimed warm-up round first,
    then the commands in turn."""
    for command in commands.values():
        run_once(command)
    samples: dict[str, list[tuple[float, float, float]]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            samples[name].append(run_once(command))
    return {name: tuple(statistics.median(run[i] for run in runs) for i in range(3))
            for name, runs in samples.items()}


def importtime(command: list[str], top: int = 12) -> list[str]:
    """Python's account of the imports of one run (``-X importtime``): the time by package
    (own time of its modules) and the imports the program itself started, with what they pulled
    in (cumulative)."""
    run_once(command)  # bytecode written, as for the timed runs
    result = subprocess.run([command[0], "-X", "importtime", *command[1:]], capture_output=True,
                            text=True, timeout=120, env=child_env())
    rows = []  # (depth, own us, cumulative us, module)
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        own, cumulative, name = line.split("|", 2)
        depth = (len(name) - len(name.lstrip()) - 1) // 2
        rows.append((depth, int(own.split(":")[1]), int(cumulative), name.strip()))
    by_package: dict[str, int] = {}
    for _, own, _, name in rows:
        parts = name.split(".")
        package = ".".join(parts[:2]) if parts[0] == "lcplanner" else parts[0]
        if package in ("shiboken6", "shibokensupport", "signature_bootstrap"):
            package = "PySide6"
        by_package[package] = by_package.get(package, 0) + own
    names = {name for *_, name in rows}
    lines = [f"-X importtime, up to 'ready': {len(rows)} modules, "
             f"{sum(own for _, own, _, _ in rows) / 1000:.0f} ms (importtime's own overhead "
             f"included); alembic imported: {'yes' if 'alembic' in names else 'no'}, "
             f"openpyxl: {'yes' if 'openpyxl' in names else 'no'}",
             "by package (own time of its modules):"]
    for package, own in sorted(by_package.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"{own / 1000:>10.1f} ms  {package}")
    lines.append("the imports the program started (cumulative, with what they pulled in):")
    outer = sorted((r for r in rows if r[0] == 0), key=lambda r: -r[2])[:top]
    for _, _, cumulative, name in outer:
        lines.append(f"{cumulative / 1000:>10.1f} ms  {name}")
    return lines


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
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--startup-only", action="store_true",
                        help="only the start-up processes, not the large plan in-process")
    parser.add_argument("--importtime", action="store_true",
                        help="also print python -X importtime's largest imports up to 'ready'")
    args = parser.parse_args()

    from lcplanner.core.demo import build_demo

    folder = Path(_HOME)
    demo = folder / "demo.lcplan"
    build_demo(demo, "tr").close()
    python = sys.executable
    app = [python, "-m", "lcplanner"]
    commands = {
        "bare QMainWindow: first paint": [python, "-c", BARE],
        "lcplanner: first paint": [*app, str(demo), "--quit-after", "paint"],
        "lcplanner: demo plan ready": [*app, str(demo), "--quit-after", "ready"],
        "lcplanner: BB1 ready to edit": [*app, str(demo), "--quit-after", "edit"],
        "lcplanner --demo (fresh copy) ready": [*app, "--demo", "--quit-after", "ready"],
    }
    timed = startup(commands, args.repeat)
    bare = timed["bare QMainWindow: first paint"]
    print(f"LC Planner GUI benchmark (offscreen; start-up: median of {args.repeat}, "
          f"interleaved; {args.actions} actions for the big plan)")
    print("'to state': process start until it prints that it reached the state (the measure);")
    print("'to exit' adds the interpreter's shutdown; 'cpu': user+system time of the process")
    print(f"{'measure':<38}{'to state':>9}{'x bare':>7}{'to exit':>9}{'x bare':>7}"
          f"{'cpu':>8}{'x bare':>7}")
    for name, row in timed.items():
        cells = "".join(f"{ms:>{9 if i < 2 else 8}.1f}{ms / bare[i]:>7.2f}"
                        for i, ms in enumerate(row))
        print(f"{name:<38}{cells}")
    if not args.startup_only:
        from generate import make_plan

        big = make_plan(folder / "big.lcplan", args.actions)
        print(f"{'in-process':<38}{'ms':>9}")
        for name, ms in in_process(big, max(3, args.repeat // 2)).items():
            print(f"{name:<38}{ms:>9.1f}")
    if args.importtime:
        print()
        print("\n".join(importtime(commands["lcplanner: demo plan ready"])))


if __name__ == "__main__":
    main()
