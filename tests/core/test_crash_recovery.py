"""Crashes inside a commit: real child processes killed by SIGKILL at a chosen system call.

``strace -e inject=<call>:signal=KILL:when=N`` kills the writer as it enters its N-th ``pwrite64``,
``fdatasync``, ``fsync``, ``unlink`` or ``write`` (a power cut at that point leaves the same bytes
on disk, less what the page cache had not yet written).  A calibration run under ``strace -o``
first counts each call in the part of the run we want to hit, so the kill points are spread over
the commits themselves, including commits that grow the file.

* a stream of edits killed mid-commit leaves a hot journal; the plan opens at the first try with
  every acknowledged edit, the edit in flight all or nothing (item 9 of the review);
* a schema-1 plan killed while it is backed up and migrated opens at the first try, migrated,
  with all its data (item 10);
* ``lcplanner new`` and ``lcplanner demo`` killed anywhere leave no file or a whole plan; a retry
  works and cleans the dead process's temporaries and lock (item 16);
* ``new --force``, ``demo --force`` and "Save a copy as" never replace a plan another process
  holds, nor a plan with itself (item 1).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from lcplanner.core import errors
from lcplanner.core.demo import build_demo
from lcplanner.core.document import PlanDocument
from lcplanner.core.lock import lock_path_for
from lcplanner.core.planfile import REVISIONS, SCHEMA_VERSION
from lcplanner.core.tempfiles import PREFIX

pytestmark = [pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only"),
              pytest.mark.slow]

CHILD = Path(__file__).resolve().parents[1] / "crash_child.py"
SCHEMA_1 = Path(__file__).resolve().parents[1] / "data" / "plan-schema-1.lcplan"
CLI = "import sys; from lcplanner.cli import main; sys.exit(main(sys.argv[1:]))"
TRACED = "pwrite64,write,fsync,fdatasync,ftruncate,unlink"
_SIGKILL = getattr(signal, "SIGKILL", 9)
KILLED = (-_SIGKILL, 128 + _SIGKILL)  # strace dies by the signal that killed its tracee
WORKERS = min(6, 2 * (os.cpu_count() or 1) + 1)  # children wait on fsync half the time

_spec = importlib.util.spec_from_file_location("crash_child", CHILD)
assert _spec is not None and _spec.loader is not None
_child = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_child)
ROUNDS, BATCH = _child.ROUNDS, _child.BATCH  # what the child's edit run does


# --- strace ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def strace() -> list[str]:
    """The start of a strace command line; the tests skip where strace is missing or may not
    trace (ptrace refused, as in some containers)."""
    path = shutil.which("strace")
    if path is None:
        pytest.skip("strace is not installed (apt-get install strace): the crash tests kill "
                    "child processes inside system calls with strace -e inject")
    base = [path, "-f", "-qq"]
    probe = subprocess.run([*base, "-o", os.devnull, "-e", "trace=write",
                            sys.executable, "-c", "pass"],
                           capture_output=True, text=True, timeout=60)
    if probe.returncode != 0:
        pytest.skip(f"strace cannot trace a child here (ptrace refused?): "
                    f"{probe.stderr.strip()[:300]}")
    return base


def _traced(strace: list[str], *options: str) -> list[str]:
    return [*strace, *options, "-e", f"trace={TRACED}"]


def calibrate(strace: list[str], command: Sequence[str], cwd: Path) -> dict[str, tuple[int, int]]:
    """Per traced call, (first, last) invocation numbers after the child's ``MARK`` line.

    Without a MARK the whole run counts.  The same run then repeats call for call, so
    ``when=N`` for N in first..last kills the child inside that part of its work.
    """
    log = cwd / "calibration.strace"
    result = subprocess.run([*_traced(strace, "-o", str(log)), *command], cwd=cwd,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    counts: Counter[str] = Counter()
    at_mark: Counter[str] = Counter()
    for line in log.read_text(errors="replace").splitlines():
        match = re.match(r"\s*(?:\d+\s+)?(\w+)\(", line)  # "<... resumed>" lines do not count
        if not match:
            continue
        counts[match.group(1)] += 1
        if match.group(1) == "write" and '"MARK' in line:
            at_mark = Counter(counts)
    log.unlink()
    return {name: (at_mark[name] + 1, counts[name]) for name in TRACED.split(",")}


def spread(first: int, last: int, k: int) -> list[int]:
    """Up to k invocation numbers spread evenly over first..last (both included)."""
    if last < first or k <= 0:
        return []
    if last - first + 1 <= k:
        return list(range(first, last + 1))
    if k == 1:
        return [(first + last) // 2]
    return sorted({first + round(i * (last - first) / (k - 1)) for i in range(k)})


def kill_points(ranges: dict[str, tuple[int, int]],
                wanted: dict[str, int]) -> list[tuple[str, int]]:
    points = [(call, n) for call, k in wanted.items() for n in spread(*ranges[call], k)]
    assert points, ranges
    return points


def kill_at(strace: list[str], command: Sequence[str], call: str, n: int,
            cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run command and kill it with SIGKILL as it enters its n-th ``call``."""
    return subprocess.run(
        [*_traced(strace, "-o", os.devnull, "-e", f"inject={call}:signal=KILL:when={n}"),
         *command], cwd=cwd, capture_output=True, text=True, timeout=180)


def parallel(fn: Callable[..., Any], items: Sequence[Any]) -> Iterator[Any]:
    """fn over items, a few at a time, results in order as they come (each runs child processes;
    the caller checks one result while the next children run)."""
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        yield from pool.map(fn, items)


# --- what a plan holds -------------------------------------------------------------------------

def _plain(row: Any, uuids: bool) -> dict[str, Any]:
    data = dataclasses.asdict(row)
    for key in ("created_at", "updated_at") + (() if uuids else ("uuid",)):
        data.pop(key, None)
    return data


def content(doc: PlanDocument, uuids: bool = True) -> dict[str, Any]:
    """Everything a user sees in a plan (without timestamps; without UUIDs for a rebuilt plan)."""
    return {
        "plan": _plain(doc.plan(), uuids),
        "organisations": [_plain(o, uuids) for o in doc.organisations()],
        "objectives": [_plain(o, uuids) for o in doc.objectives()],
        "actions": [_plain(a, uuids) for a in doc.actions()],
        "budget": [_plain(b, uuids) for b in doc.budget_lines()],
        "indicators": [_plain(i, uuids) for i in doc.indicators()],
        "summary": [dataclasses.asdict(s) for s in doc.summary()],
    }


def errors_of(doc: PlanDocument) -> list[Any]:
    return [i for i in doc.check() if i.severity == "error"]


def sqlite_checks(path: Path) -> tuple[str, list[Any], int]:
    con = sqlite3.connect(path)
    try:
        return (con.execute("PRAGMA integrity_check").fetchone()[0],
                con.execute("PRAGMA foreign_key_check").fetchall(),
                con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()


def leftovers(folder: Path) -> list[str]:
    """Our temporaries and lock files left in a folder."""
    return sorted(p.name for p in folder.iterdir()
                  if p.name.startswith(PREFIX) or p.name.endswith(".lock"))


def hot_journal(path: Path) -> bool:
    journal = Path(f"{path}-journal")
    return journal.is_file() and journal.stat().st_size > 0


def report(title: str, lines: Sequence[str]) -> None:
    """Shown with ``pytest -s`` (or -rA): what the kills hit."""
    print(f"\n{title}")
    for line in lines:
        print(f"  {line}")


# --- item 9: a hot journal left by a crash in a commit -----------------------------------------

EDITS = ["org"] + [e for i in range(ROUNDS)
                   for e in ([f"long {i}"] + ([f"batch {i}"] if i % 2 else []) + [f"budget {i}"])]


def _landed(doc: PlanDocument) -> list[bool]:
    """For each edit the child makes, in order, whether the plan holds it (a batch: all of it)."""
    titles = Counter(a.title for a in doc.actions())
    assert all(n == 1 for n in titles.values()), titles  # nothing twice
    by_title = {a.title: a for a in doc.actions()}
    landed = []
    for edit in EDITS:
        kind, _, i = edit.partition(" ")
        if kind == "org":
            landed.append(doc.find_organisation("Belediye") is not None)
        elif kind == "long":
            landed.append(edit in by_title)
            if edit in by_title:
                assert len(by_title[edit].description) == 12_000
        elif kind == "batch":
            present = sum(f"batch {i} {j}" in titles for j in range(BATCH))
            assert present in (0, BATCH), f"{present} of the {BATCH} actions of {edit}"
            landed.append(present == BATCH)
        else:
            total = by_title[f"long {i}"].budget_total if f"long {i}" in by_title else 0
            landed.append(total == Decimal(f"{i}.50"))
    return landed


@pytest.fixture(scope="module")
def empty_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "plan.lcplan"
    PlanDocument.create(path, "Eskişehir", period_start=2026, period_end=2028).close()
    return path


@pytest.mark.parametrize("wanted", [
    pytest.param({"pwrite64": 14}, id="pwrite64"),
    pytest.param({"fdatasync": 5, "fsync": 2}, id="fsync"),  # SQLite syncs with fdatasync
    pytest.param({"unlink": 4}, id="unlink"),  # the journal's delete is the commit point
])
def test_crash_inside_a_commit_loses_no_acknowledged_edit(strace, empty_plan, tmp_path, wanted):
    command = [sys.executable, str(CHILD), "edit", "plan.lcplan"]
    calibration = tmp_path / "calibration"
    calibration.mkdir()
    shutil.copyfile(empty_plan, calibration / "plan.lcplan")
    ranges = calibrate(strace, command, calibration)
    points = kill_points(ranges, wanted)

    def kill(point: tuple[str, int]) -> tuple[Path, subprocess.CompletedProcess[str], bool]:
        call, n = point
        folder = tmp_path / f"{call}-{n}"
        folder.mkdir()
        shutil.copyfile(empty_plan, folder / "plan.lcplan")
        result = kill_at(strace, command, call, n, folder)
        return folder, result, hot_journal(folder / "plan.lcplan")

    lines, hot = [], 0
    for (call, n), (folder, result, hot_left) in zip(points, parallel(kill, points)):
        assert result.returncode in KILLED, (call, n, result.returncode, result.stderr)
        acks = [line[4:] for line in result.stdout.splitlines() if line.startswith("ack ")]
        assert acks == EDITS[:len(acks)], acks
        hot += hot_left
        path = folder / "plan.lcplan"
        doc = PlanDocument.open(path)  # the first try, with whatever the kill left
        try:
            landed = _landed(doc)
            # Every edit that returned is kept; nothing after the one in flight is there.
            assert all(landed[:len(acks)]), (call, n, acks, landed)
            assert not any(landed[len(acks) + 1:]), (call, n, acks, landed)
            assert errors_of(doc) == [], (call, n)
            doc.add_organisation("After the crash")  # and the plan takes edits again
        finally:
            doc.close()
        assert not Path(f"{path}-journal").exists()
        assert sqlite_checks(path)[:2] == ("ok", []), (call, n)
        lines.append(f"{call} #{n}: {len(acks)} edits acknowledged"
                     f"{', hot journal left' if hot_left else ''}")
    report(f"edits killed at {len(points)} points ({ranges}), {hot} left a hot journal", lines)
    assert hot >= 1, "no kill left a hot journal: the recovery was never exercised"


# --- item 10: a crash while a schema-1 plan is backed up and migrated --------------------------

@pytest.fixture(scope="module")
def migrated_reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("reference") / "bolu.lcplan"
    shutil.copyfile(SCHEMA_1, path)
    doc = PlanDocument.open(path)
    try:
        return content(doc)
    finally:
        doc.close()


def test_crash_during_migration_opens_migrated_at_the_first_try(strace, tmp_path,
                                                                migrated_reference):
    source = SCHEMA_1
    command = [sys.executable, str(CHILD), "open", "bolu.lcplan"]
    calibration = tmp_path / "calibration"
    calibration.mkdir()
    shutil.copyfile(source, calibration / "bolu.lcplan")
    ranges = calibrate(strace, command, calibration)
    points = kill_points(ranges, {"pwrite64": 10, "fdatasync": 5, "fsync": 3, "unlink": 3,
                                  "write": 1})

    def kill(point: tuple[str, int]) -> tuple[Path, subprocess.CompletedProcess[str], bool, int,
                                              list[str]]:
        call, n = point
        folder = tmp_path / f"{call}-{n}"
        folder.mkdir()
        shutil.copyfile(source, folder / "bolu.lcplan")
        result = kill_at(strace, command, call, n, folder)
        path = folder / "bolu.lcplan"
        with open(path, "rb") as fh:  # the header as the kill left it, before any recovery
            version = int.from_bytes(fh.read(100)[60:64], "big")
        return folder, result, hot_journal(path), version, leftovers(folder)

    lines, hot, schema_1, temps = [], 0, 0, 0
    for (call, n), (folder, result, hot_left, version, left) in zip(points,
                                                                   parallel(kill, points)):
        assert result.returncode in KILLED, (call, n, result.returncode, result.stderr)
        hot += hot_left
        schema_1 += version == 1 or hot_left
        temps += any(name.startswith(PREFIX) for name in left)
        path = folder / "bolu.lcplan"
        doc = PlanDocument.open(path)  # the first try
        try:
            assert content(doc) == migrated_reference, (call, n)
            assert errors_of(doc) == [], (call, n)
        finally:
            doc.close()
        integrity, fks, user_version = sqlite_checks(path)
        assert (integrity, fks, user_version) == ("ok", [], SCHEMA_VERSION), (call, n)
        con = sqlite3.connect(path)
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (REVISIONS[SCHEMA_VERSION],)]
        con.close()
        assert leftovers(folder) == [], (call, n)  # a dead backup's temporary is cleaned
        for backup in folder.glob("bolu.schema1-backup-*.lcplan"):  # any backup is whole
            assert sqlite_checks(backup) == ("ok", [], 1), (call, n, backup.name)
        lines.append(f"{call} #{n}: header schema {version}"
                     f"{', hot journal (mid-migration)' if hot_left else ''}, left {left}")
    report(f"migration killed at {len(points)} points ({ranges}), {hot} mid-migration with a hot "
           f"journal, {schema_1} not yet migrated, {temps} with a backup's temporary", lines)
    assert hot >= 1, "no kill fell inside the migration's transaction"


# --- item 16: `lcplanner new` and `lcplanner demo` are atomic ----------------------------------

@pytest.fixture(scope="module")
def demo_reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    doc = build_demo(tmp_path_factory.mktemp("demo") / "demo.lcplan", "tr")
    try:
        return content(doc, uuids=False)
    finally:
        doc.close()


@pytest.mark.parametrize("kind", ["demo", "new"])
def test_new_and_demo_killed_leave_no_file_or_a_whole_plan(strace, tmp_path, kind,
                                                           demo_reference):
    args = ["demo", "plan.lcplan"] if kind == "demo" else ["new", "plan.lcplan", "--city", "Bolu"]
    command = [sys.executable, "-c", CLI, *args]
    calibration = tmp_path / "calibration"
    calibration.mkdir()
    ranges = calibrate(strace, command, calibration)
    # Kills inside the temporary file all look alike: most points go to the syncs, the rename,
    # the lock and the journal deletes around it.
    points = kill_points(ranges, {"pwrite64": 4 if kind == "demo" else 3, "fdatasync": 3,
                                  "fsync": 3, "unlink": 4, "write": 2})

    def kill_and_retry(point: tuple[str, int]) -> dict[str, Any]:
        call, n = point
        folder = tmp_path / f"{call}-{n}"
        folder.mkdir()
        killed = kill_at(strace, command, call, n, folder)
        path = folder / "plan.lcplan"
        existed = path.exists()
        before = path.read_bytes() if existed else b""
        dead_left = leftovers(folder)
        retry = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=180)
        after_retry = leftovers(folder)
        unchanged = existed and path.read_bytes() == before
        return dict(folder=folder, killed=killed, existed=existed, dead_left=dead_left,
                    retry=retry, after_retry=after_retry, unchanged=unchanged)

    lines, whole, absent, temps = [], 0, 0, 0
    for (call, n), run in zip(points, parallel(kill_and_retry, points)):
        where = (call, n)
        killed, retry = run["killed"], run["retry"]
        assert killed.returncode in KILLED, (where, killed.returncode, killed.stderr)
        assert "Traceback" not in retry.stderr, (where, retry.stderr)
        path = run["folder"] / "plan.lcplan"
        if run["existed"]:  # the kill came after the rename: a whole plan, which the retry keeps
            whole += 1
            assert retry.returncode == 3 and len(retry.stderr.strip().splitlines()) == 1, \
                (where, retry.returncode, retry.stderr)
            assert run["unchanged"], where
            # Only the dead process's stale lock may stay until the plan is next opened.
            assert [name for name in run["after_retry"] if name != "plan.lcplan.lock"] == [], \
                (where, run["after_retry"])
        else:
            absent += 1
            temps += any(name.startswith(PREFIX) for name in run["dead_left"])
            assert retry.returncode == 0, (where, retry.stderr)
            assert run["after_retry"] == [], (where, run["dead_left"], run["after_retry"])
        doc = PlanDocument.open(path)  # the first try
        try:
            if kind == "demo":
                assert content(doc, uuids=False) == demo_reference, where
            else:
                assert doc.plan().city == "Bolu" and doc.actions() == [], where
            assert errors_of(doc) == [], where
        finally:
            doc.close()
        assert sqlite_checks(path) == ("ok", [], SCHEMA_VERSION), where
        assert leftovers(run["folder"]) == [], where
        lines.append(f"{call} #{n}: {'whole plan' if run['existed'] else 'no file'} after the "
                     f"kill, left {run['dead_left'] or 'nothing'}")
    report(f"`lcplanner {kind}` killed at {len(points)} points ({ranges}): {absent} left no "
           f"file ({temps} of them a temporary), {whole} a whole plan", lines)
    assert absent >= 1 and whole >= 1 and temps >= 1, (absent, whole, temps)


# --- item 1: never replace a plan another process holds, nor the plan itself -------------------

def test_force_and_save_copy_never_replace_a_held_plan(tmp_path):
    held = tmp_path / "held.lcplan"
    PlanDocument.create(held, "Bolu").close()
    child = subprocess.Popen([sys.executable, str(CHILD), "hold", str(held)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stderr is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        before = held.read_bytes()
        lock_before = lock_path_for(held).read_bytes()
        for args in (["new", str(held), "--city", "X", "--force"], ["demo", str(held), "--force"]):
            result = subprocess.run([sys.executable, "-c", CLI, *args], capture_output=True,
                                    text=True, timeout=120)
            assert result.returncode == 3, (args, result.returncode, result.stderr)
            assert len(result.stderr.strip().splitlines()) == 1, result.stderr
            assert "Traceback" not in result.stderr
            assert held.read_bytes() == before, args
            assert lock_path_for(held).read_bytes() == lock_before, args

        mine = PlanDocument.create(tmp_path / "mine.lcplan", "Düzce")
        try:
            with pytest.raises(errors.TargetInUse):
                mine.save_copy(held)
            assert held.read_bytes() == before
            (tmp_path / "x").mkdir()
            own = mine.path.read_bytes()
            with pytest.raises(errors.SameAsOpenPlan):
                mine.save_copy(Path(str(tmp_path) + "/x/../mine.lcplan"))
            assert mine.path.read_bytes() == own
            assert mine.plan().city == "Düzce"
        finally:
            mine.close()
        assert [n for n in leftovers(tmp_path) if n != "held.lcplan.lock"] == []

        out, err = child.communicate("Yeni Dernek\n", timeout=60)  # its next edit still works
        assert child.returncode == 0, err
        assert out.strip().isdigit(), out
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    doc = PlanDocument.open(held)
    try:
        assert doc.find_organisation("Yeni Dernek") is not None
        assert doc.plan().city == "Bolu"
    finally:
        doc.close()
