"""Hostile and altered plan files: no foreign SQL runs, no traceback, no hang, nothing left behind.

Each kind of file from :mod:`hostile` goes through the API (open for editing, open read-only,
read, edit, export) and the CLI (info, check, export, each in a real process with a 10 s limit);
refused files keep their bytes and their folder stays as it was.  Then ``lcplanner rescue``
turns each file that still holds our tables into a clean plan that ``lcplanner check`` passes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hostile import KINDS, REFUSED
from lcplanner.core import errors
from lcplanner.core.document import PlanDocument

LIMIT = 10.0  # seconds any one case may take


def _state(path: Path) -> str:
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        return f"special {stat.S_IFMT(info.st_mode)}"
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory) -> Path:
    from lcplanner.core.demo import build_demo

    path = tmp_path_factory.mktemp("master") / "demo.lcplan"
    build_demo(path, "tr").close()
    return path


def _make(tmp_path: Path, demo_master: Path, name: str) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / f"{name}.lcplan"
    shutil.copyfile(demo_master, path)
    KINDS[name][0](path)
    return path


def clis(*commands: tuple[object, ...], timeout: float = LIMIT) -> list[subprocess.CompletedProcess[str]]:
    """Run `lcplanner` commands side by side (real processes), each within ``timeout``."""
    env = {**{k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")},
           "LANG": "C.UTF-8"}
    started = time.monotonic()
    procs = [subprocess.Popen([sys.executable, "-m", "lcplanner.cli", *map(str, args)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for args in commands]
    results = []
    for args, proc in zip(commands, procs):
        try:
            out, err = proc.communicate(timeout=max(0.1, timeout - (time.monotonic() - started)))
        except subprocess.TimeoutExpired:
            for other in procs:
                other.kill()
            pytest.fail(f"lcplanner {' '.join(map(str, args))} ran over {timeout} s")
        assert "Traceback" not in err, err
        assert len(err.strip().splitlines()) <= 1, err
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


def cli(*args: object, timeout: float = LIMIT) -> subprocess.CompletedProcess[str]:
    return clis(args, timeout=timeout)[0]


@pytest.mark.parametrize("name", list(KINDS))
def test_api_refuses_or_reads_without_running_foreign_sql(tmp_path, demo_master, name):
    path = _make(tmp_path, demo_master, name)
    folder = path.parent
    before, listing = _state(path), _listing(folder)
    started = time.monotonic()
    if KINDS[name][1] == REFUSED:
        for read_only in (False, True):
            with pytest.raises(errors.PlanFileError) as caught:
                PlanDocument.open(path, read_only=read_only)
            message = caught.value.message()
            assert path.name in message and "\n" not in message
        assert _state(path) == before  # not a byte changed, no trigger ran
        assert _listing(folder) == listing  # no lock, journal or temp file left
    else:
        doc = PlanDocument.open(path)
        try:
            actions = doc.actions()
            assert actions and doc.organisations() and doc.summary() and doc.objectives()
            doc.budget_lines(), doc.indicators(), doc.check()
            doc.update_action(actions[0].id, title="Düzenlendi")
            assert doc.action(actions[0].id).title == "Düzenlendi"
            from lcplanner.export.writer import export_workplan

            export_workplan(doc, tmp_path / "out.xlsx")
        finally:
            doc.close()
        assert _listing(folder) == [path.name]  # WAL folded back, lock removed
    assert time.monotonic() - started < LIMIT


@pytest.mark.parametrize("name", list(KINDS))
def test_cli_gives_one_line_and_an_exit_code(tmp_path, demo_master, name):
    path = _make(tmp_path, demo_master, name)
    before, listing = _state(path), _listing(path.parent)
    out = tmp_path / "out.xlsx"
    info, check, export = clis(("info", path), ("check", path), ("export", path, "-o", out))
    if KINDS[name][1] == REFUSED:
        assert info.returncode == check.returncode == export.returncode == 3
        assert path.name in info.stderr
        assert not out.exists()
        assert _state(path) == before
    else:
        assert info.returncode == 0 and export.returncode == 0, (info.stderr, export.stderr)
        assert check.returncode == (1 if name.startswith("unknown") else 0), check.stdout
    assert _listing(path.parent) == (listing if KINDS[name][1] == REFUSED else [path.name])


RESCUABLE = [n for n in KINDS if n != "fifo"]


@pytest.mark.parametrize("name", RESCUABLE)
def test_rescue_makes_a_clean_plan_of_the_good_rows(tmp_path, demo_master, name):
    path = _make(tmp_path, demo_master, name)
    before = _state(path)
    new = tmp_path / "rescued.lcplan"
    result = cli("rescue", path, "-o", new, timeout=30)
    assert result.returncode == 0, result.stderr
    assert _state(path) == before  # the source is only read
    assert cli("check", new).returncode == 0
    doc = PlanDocument.open(new)
    try:
        original = PlanDocument.open(demo_master, read_only=True)
        try:
            want = {a.uuid for a in original.actions()}
            plan_uuid = original.plan().uuid
        finally:
            original.close()
        have = {a.uuid for a in doc.actions()}
        assert doc.plan().uuid == plan_uuid
        lost = want - have
        assert len(lost) <= 1, lost  # at most the one action whose required value was bad
        names = {o.name for o in doc.organisations()}
        assert "Fake Org" not in names  # a view's rows are never read
        # A view in the table's place hides the renamed table: its rows are not ours to guess.
        assert bool(names) == (name != "view_shadows_table")
    finally:
        doc.close()
    con = sqlite3.connect(new)
    objects = {r[0] for r in con.execute("SELECT type FROM sqlite_master")}
    con.close()
    assert objects <= {"table", "index"}  # nothing of the old schema came along


def test_rescue_refuses_to_overwrite_its_source(tmp_path, demo_master):
    path = _make(tmp_path, demo_master, "trigger_wipes_organisations")
    before = _state(path)
    result = cli("rescue", path, "-o", path, "--force")
    assert result.returncode == 3 and _state(path) == before
