"""Peak memory of the headless commands on a big plan, beside a bare Python process.

    python benchmarks/bench_memory.py [--actions 100000] [--plan PATH]

Runs ``lcplanner info``, ``lcplanner check`` and ``lcplanner export`` as real child processes
(``python -m lcplanner.cli``) and reads each one's peak resident memory from ``os.wait4``, which
reports the rusage of that one child (``RUSAGE_CHILDREN`` would be the maximum over all children so
far).  The baseline, measured in the same run, is a bare Python process that imports PySide6.QtCore
and SQLAlchemy, opens the plan with sqlite3 and counts its actions: what any command costs before it
does its work.  Goal: ``lcplanner export`` of a 100,000-action plan peaks at 300 MB or less.

The plan is generated with ``generate.make_plan`` (about 20 s for 100,000 actions) in a temporary
folder, or taken from ``--plan PATH`` when that file exists (and generated there when it does not,
to be reused next time).  Linux and macOS only (``os.wait4``).

A child's peak counts the memory of the process that started it (Linux charges the parent's pages to
a child until it executes its program), so this script imports nothing big itself and generates the
plan in a child process too: its own peak, printed below the table, is far below every figure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOAL_MB = 300.0
BASELINE = """
import sqlite3, sys
from pathlib import Path
import PySide6.QtCore, sqlalchemy
con = sqlite3.connect(Path(sys.argv[1]).absolute().as_uri() + "?mode=ro", uri=True)
print(con.execute("SELECT count(*) FROM action").fetchone()[0])
con.close()
"""


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """(peak resident MB, seconds, exit code, last line of stderr) of one child process."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)  # already reaped: tell Popen
        err.seek(0)
        lines = err.read().decode(errors="replace").strip().splitlines()
    return _megabytes(usage.ru_maxrss), seconds, child.returncode, lines[-1] if lines else ""


def _megabytes(maxrss: int) -> float:
    """ru_maxrss in MB (MiB): it is in kilobytes on Linux, in bytes on macOS."""
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=100_000,
                        help="actions of the generated plan (default 100000)")
    parser.add_argument("--plan", type=Path,
                        help="use this plan file; generated there first if it does not exist")
    args = parser.parse_args()
    if not hasattr(os, "wait4"):
        print("bench_memory needs os.wait4 (Linux or macOS).", file=sys.stderr)
        return 2

    folder = Path(tempfile.mkdtemp(prefix="lcplanner-bench-memory-"))
    try:
        plan = args.plan.absolute() if args.plan else folder / "big.lcplan"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if not plan.exists():
            start = time.perf_counter()
            print(f"generating {args.actions:,} actions into {plan} ...", flush=True)
            subprocess.run([sys.executable, str(HERE / "generate.py"), str(plan), "--actions",
                            str(args.actions)], env=env, check=True, stdout=subprocess.DEVNULL)
            print(f"  {time.perf_counter() - start:.0f} s", flush=True)
        cli = [sys.executable, "-m", "lcplanner.cli"]
        runs = [
            ("bare python (baseline)", [sys.executable, "-c", BASELINE, str(plan)], {0}),
            ("lcplanner info", [*cli, "info", str(plan)], {0}),
            ("lcplanner check", [*cli, "check", str(plan)], {0, 1}),  # 1: the plan has errors
            ("lcplanner export", [*cli, "export", str(plan), "-o", str(folder / "workplan.xlsx")],
             {0}),
        ]
        results = []
        for name, argv, fine in runs:
            peak, seconds, code, last = measure(argv, env)
            if code not in fine:
                print(f"{name} exited with {code}: {last}", file=sys.stderr)
                return 1
            results.append((name, peak, seconds))

        size = plan.stat().st_size / 1_000_000
        baseline = results[0][1]
        print(f"\nLC Planner peak resident memory: {plan.name} ({size:.0f} MB on disk), "
              f"Python {sys.version.split()[0]}, {sys.platform}")
        print(f"{'command':<26}{'peak MB':>10}{'× baseline':>12}{'seconds':>10}")
        for name, peak, seconds in results:
            print(f"{name:<26}{peak:>10.1f}{peak / baseline:>12.2f}{seconds:>10.1f}")
        export_peak = results[-1][1]
        verdict = "met" if export_peak <= GOAL_MB else "MISSED"
        print(f"goal: lcplanner export ≤ {GOAL_MB:.0f} MB: {verdict} ({export_peak:.0f} MB)")
        import resource  # POSIX, like os.wait4

        own = _megabytes(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        print(f"(this script's own peak, a floor under every figure: {own:.1f} MB)")
        return 0 if export_peak <= GOAL_MB else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
