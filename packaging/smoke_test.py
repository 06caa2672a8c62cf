"""Smoke-test a frozen build headless: what a facilitator does first, with the built binary.

    python packaging/smoke_test.py dist/lcplanner

Checks: the version; a demo plan created; a Turkish Excel export (Turkish sheet names prove the
compiled translations are inside the bundle); the main window opened offscreen on the plan and
closed cleanly; portable mode (a `portable` file beside the binary keeps settings and logs there);
and the start time of the frozen binary next to running from source.  Exits non-zero on failure.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(binary: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run([str(binary), *args], capture_output=True, text=True, timeout=180,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})
    if result.returncode != 0 or "Traceback" in result.stderr:
        raise SystemExit(f"FAILED: {binary.name} {' '.join(args)}\n{result.stdout}\n{result.stderr}")
    return result


def timed(command: list[str], env: dict[str, str], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, timeout=180, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "lcplanner").resolve()
    binary = bundle / ("lcplanner.exe" if sys.platform == "win32" else "lcplanner")
    work = Path(tempfile.mkdtemp(prefix="lcplanner-smoke-"))
    home = {"XDG_CONFIG_HOME": str(work / "config"), "XDG_STATE_HOME": str(work / "state"),
            "XDG_DATA_HOME": str(work / "data"), "XDG_DOCUMENTS_DIR": str(work / "docs")}

    from lcplanner import __version__

    version = run(binary, "--version", env=home).stdout.strip()
    assert version == f"LC Planner {__version__}", version
    print("version:", version)

    plan = work / "demo.lcplan"
    run(binary, "demo", str(plan), env=home)
    info = run(binary, "info", str(plan), "--json", env=home).stdout
    assert '"BB6"' in info and '"FC3"' in info
    print("demo plan: created and read back")

    workbook = work / "isplani.xlsx"
    run(binary, "export", str(plan), "-o", str(workbook), "--lang", "tr", env=home)
    from openpyxl import load_workbook

    sheets = load_workbook(workbook).sheetnames
    assert sheets[:2] == ["Özet", "Kapak"] and "Temel koşullar" in sheets, sheets
    print("Turkish export:", ", ".join(sheets[:4]), "…")

    run(binary, str(plan), "--quit-after", "ready", env=home)
    print("main window: opened offscreen on the plan and closed")

    old = work / "old.lcplan"
    shutil.copyfile(ROOT / "tests" / "data" / "plan-schema-1.lcplan", old)
    run(binary, str(old), "--quit-after", "ready", env=home)  # upgraded by the bundled Alembic
    assert '"Bolu"' in run(binary, "info", str(old), "--json", env=home).stdout
    assert list(work.glob("old.schema1-backup-*.lcplan"))
    print("migration: a schema-1 plan upgraded inside the bundle, backup kept")

    portable = work / "stick" / "LC Planner"
    shutil.copytree(bundle, portable, symlinks=True)
    (portable / "portable").write_text("")
    portable_binary = portable / binary.name
    run(portable_binary, "--demo", "--quit-after", "ready", env=home)
    settings = list((portable / "settings").rglob("*.ini"))
    logs = list((portable / "logs").glob("lcplanner.log"))
    plans = list((portable / "plans").glob("*.lcplan"))
    assert settings and logs and plans, (settings, logs, plans)
    print("portable mode: settings, logs and the demo plan beside the binary")

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **home}
    frozen = timed([str(binary), str(plan), "--quit-after", "paint"], env)
    source = timed([sys.executable, "-m", "lcplanner", str(plan), "--quit-after", "paint"], env)
    frozen_ready = timed([str(binary), str(plan), "--quit-after", "ready"], env)
    source_ready = timed([sys.executable, "-m", "lcplanner", str(plan), "--quit-after", "ready"], env)
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    print(f"bundle: {sum(p.stat().st_size for p in files) / 1e6:.1f} MB in {len(files)} files")
    print(f"first paint: frozen {frozen:.2f} s, from source {source:.2f} s")
    print(f"plan ready:  frozen {frozen_ready:.2f} s, from source {source_ready:.2f} s")
    print("SMOKE TEST PASSED")


if __name__ == "__main__":
    main()
