"""Exports that go wrong: a target that must not be replaced, a killed exporter, a file-size limit,
a long file name, and a plan edited by another program while it is exported.

Real files in temp folders, real child processes (killed with SIGKILL, limited with RLIMIT_FSIZE,
editing the plan), workbooks read back with openpyxl.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lcplanner.core.document import PlanDocument
from lcplanner.export.writer import ExportError, export_workplan

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
TEMP = re.compile(r"^\.~lcplanner-export-(\d+)-[a-z0-9]{6}\.tmp$")
POSIX = pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals and resource limits")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _temporaries(folder: Path) -> list[str]:
    """Every temporary an export could leave: ours, and the old ``.<stem>.*.xlsx.tmp`` ones."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _cli(*args: str | Path, preexec_fn=None) -> subprocess.CompletedProcess[str]:
    # Under a file-size limit only the export should write: no byte-code caches on the way.
    env = {**ENV, "PYTHONDONTWRITEBYTECODE": "1"} if preexec_fn else ENV
    return subprocess.run([sys.executable, "-m", "lcplanner.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=180, env=env,
                          preexec_fn=preexec_fn)


def _refused(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 4, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    return result.stderr


def _is_workbook(path: Path) -> bool:
    content = path.read_bytes()  # by content: openpyxl refuses a name not ending in .xlsx
    return content[:4] == b"PK\x03\x04" and bool(load_workbook(io.BytesIO(content)).sheetnames)


def _generated(path: Path, actions: int) -> Path:
    spec = importlib.util.spec_from_file_location("lc_generate", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    return generate.make_plan(path, actions)


@pytest.fixture(scope="module")
def big_plan(tmp_path_factory) -> Path:
    """A generated plan big enough that its export takes a second or two."""
    return _generated(tmp_path_factory.mktemp("big") / "big.lcplan", 3000)


# --- 11: a target that is the plan, another plan, or not a workbook ------------------------------

def test_cli_refuses_the_plan_itself_however_spelled(demo_file):
    before = _digest(demo_file)
    folder = demo_file.parent
    (folder / "x").mkdir()
    for spelling in (demo_file, folder / "x" / ".." / demo_file.name):
        for extra in ((), ("--force",)):  # the open plan is never replaced, even when forced
            message = _refused(_cli("export", demo_file, "-o", spelling, *extra))
            assert demo_file.name in message and "plan" in message
            assert _digest(demo_file) == before
    relative = subprocess.run([sys.executable, "-m", "lcplanner.cli", "export", demo_file.name,
                               "-o", f"x/../{demo_file.name}"], cwd=folder, capture_output=True,
                              text=True, timeout=180, env=ENV)
    _refused(relative)
    assert _digest(demo_file) == before and _temporaries(folder) == []
    PlanDocument.open(demo_file, read_only=True).close()  # still a plan


def test_cli_refuses_plan_files_and_non_workbooks_unless_forced(demo_file, tmp_path):
    other_plan = tmp_path / "other.lcplan"
    other_plan.write_bytes(demo_file.read_bytes())
    notes = tmp_path / "notes.xlsx"
    notes.write_bytes(b"the minutes of the last workshop, not a workbook")
    csv = tmp_path / "budget.csv"
    csv.write_text("year;amount\n2026;100\n", encoding="utf-8")
    for target in (other_plan, notes, csv):
        before = _digest(target)
        message = _refused(_cli("export", demo_file, "-o", target))
        assert target.name in message and "--force" in message
        assert _digest(target) == before
    message = _refused(_cli("export", demo_file, "-o", tmp_path / "new.LCPLAN"))
    assert ".lcplan" in message and not (tmp_path / "new.LCPLAN").exists()
    for target in (other_plan, notes, csv):
        forced = _cli("export", demo_file, "-o", target, "--force")
        assert forced.returncode == 0, forced.stderr
        assert _is_workbook(target)
    assert _temporaries(tmp_path) == []


def test_an_existing_workbook_or_empty_file_is_replaced_without_force(demo_file, tmp_path):
    target = tmp_path / "workplan.xlsx"
    assert _cli("export", demo_file, "-o", target, "--lang", "en").returncode == 0
    again = _cli("export", demo_file, "-o", target, "--lang", "tr")
    assert again.returncode == 0, again.stderr
    assert load_workbook(target).sheetnames[1] == "Kapak"
    empty = tmp_path / "empty.xlsx"
    empty.touch()
    assert _cli("export", demo_file, "-o", empty).returncode == 0 and _is_workbook(empty)


def test_api_refuses_unless_forced(demo_file, tmp_path):
    doc = PlanDocument.open(demo_file, read_only=True)
    try:
        before = _digest(demo_file)
        for force in (False, True):
            with pytest.raises(ExportError) as caught:
                export_workplan(doc, demo_file, force=force)
            assert caught.value.exit_code == 4 and demo_file.name in caught.value.message()
        assert _digest(demo_file) == before
        text = tmp_path / "report.xlsx"
        text.write_text("a letter", encoding="utf-8")
        with pytest.raises(ExportError) as caught:
            export_workplan(doc, text)
        assert "--force" not in caught.value.message()  # the window has no --force
        assert text.read_text(encoding="utf-8") == "a letter"
        export_workplan(doc, text, force=True)
        assert _is_workbook(text)
    finally:
        doc.close()


def test_the_window_shows_the_refusal(qtbot, demo_file, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    from lcplanner.ui import export_dialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda _parent, _title, text, *a: shown.append(text)))
    doc = PlanDocument.open(demo_file, read_only=True)
    window = QMainWindow()
    qtbot.addWidget(window)
    try:
        target = tmp_path / "letter.xlsx"
        target.write_bytes(b"Dear council,")
        runner = export_dialog.export_from_window(window, doc, target, "en")
        assert runner is not None
        with qtbot.waitSignal(runner.done, timeout=30000) as done:
            pass
        ok, message = done.args
        assert not ok and "letter.xlsx" in message and shown == [message]
        assert target.read_bytes() == b"Dear council,"
    finally:
        doc.close()


# --- 12: temporaries: our name, and the ones a killed export left behind --------------------------

def test_the_temporary_is_named_as_ours_and_short(demo_file, tmp_path):
    target = tmp_path / ("w" * 200 + ".xlsx")
    seen: list[list[str]] = []
    doc = PlanDocument.open(demo_file, read_only=True)
    try:
        export_workplan(doc, target, progress=lambda done, total: seen.append(
            [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]))
    finally:
        doc.close()
    names = {name for names in seen for name in names}
    assert len(names) == 1, names
    name = names.pop()
    match = TEMP.match(name)
    assert match and int(match.group(1)) == os.getpid() and len(name) < 48
    assert _temporaries(tmp_path) == [] and _is_workbook(target)


_EXPORT_CHILD = """
import sys
from lcplanner.core.document import PlanDocument
from lcplanner.export.writer import export_workplan
doc = PlanDocument.open(sys.argv[1], read_only=True)
export_workplan(doc, sys.argv[2])
"""


@POSIX
def test_exports_killed_midway_leave_nothing_after_the_next_export(big_plan, tmp_path):
    target = tmp_path / "workplan.xlsx"
    for _round in range(5):
        known = set(_temporaries(tmp_path))
        child = subprocess.Popen([sys.executable, "-c", _EXPORT_CHILD, str(big_plan), str(target)],
                                 env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while set(_temporaries(tmp_path)) <= known and child.poll() is None:
            assert time.monotonic() < deadline, "the export never wrote its temporary"
            time.sleep(0.005)
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL, "the export ended before the kill"
        left = _temporaries(tmp_path)
        assert left and set(left) != known  # the kill left its temporary behind
        assert not target.exists()
    doc = PlanDocument.open(big_plan, read_only=True)
    try:
        report = export_workplan(doc, target)
    finally:
        doc.close()
    assert report.actions == 3000
    assert _temporaries(tmp_path) == [] and sorted(p.name for p in tmp_path.iterdir()) == [target.name]
    assert _is_workbook(target)


@POSIX
def test_temporaries_of_running_exports_and_foreign_files_are_kept(demo_file, tmp_path):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    try:
        live = [f".~lcplanner-export-{sleeper.pid}-abc123.tmp", f".~lcplanner-export-{os.getpid()}-zz9zz9.tmp"]
        stale = [f".~lcplanner-export-{dead.pid}-dead00.tmp"]
        old = f".~lcplanner-export-{sleeper.pid}-old000.tmp"
        foreign = [".~lcplanner-export-notes.tmp", "report.tmp", ".~lock.workplan.xlsx#",
                   f".~lcplanner-export-{dead.pid}-toolong1.tmp"]
        for name in [*live, *stale, old, *foreign]:
            (tmp_path / name).write_bytes(b"partial")
        day_ago = time.time() - 25 * 3600
        os.utime(tmp_path / old, (day_ago, day_ago))
        (tmp_path / "folder.tmp").mkdir()
        doc = PlanDocument.open(demo_file, read_only=True)
        try:
            export_workplan(doc, tmp_path / "workplan.xlsx")
        finally:
            doc.close()
        left = {p.name for p in tmp_path.iterdir()}
        assert set(live) <= left and set(foreign) <= left and "folder.tmp" in left
        assert not set(stale) & left and old not in left
        assert _is_workbook(tmp_path / "workplan.xlsx")
    finally:
        sleeper.kill()
        sleeper.wait()


# --- 13: a file-size limit, a full disk, a long name -----------------------------------------------

def _limit(size: int):
    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return apply


@POSIX
@pytest.mark.parametrize("fraction", [0.75, 0.1], ids=["while-zipping", "while-streaming-sheets"])
def test_file_size_limit_gives_one_line_and_keeps_the_old_workbook(demo_file, tmp_path, fraction):
    target = tmp_path / "workplan.xlsx"
    assert _cli("export", demo_file, "-o", target, "--lang", "en").returncode == 0
    before, size = _digest(target), target.stat().st_size
    result = _cli("export", demo_file, "-o", target, "--lang", "tr",
                  preexec_fn=_limit(int(size * fraction)))
    assert result.returncode == 4, result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "workplan.xlsx" in result.stderr and "seek" not in result.stderr
    assert ".tmp" not in result.stderr and result.stdout == ""
    assert _digest(target) == before and _temporaries(tmp_path) == []


def test_a_full_disk_names_the_file(demo_file, tmp_path, monkeypatch):
    import errno

    from lcplanner.export import writer

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer.os, "fsync", full)
    target = tmp_path / "workplan.xlsx"
    doc = PlanDocument.open(demo_file, read_only=True)
    try:
        with pytest.raises(ExportError) as caught:
            export_workplan(doc, target)
    finally:
        doc.close()
    assert "disk is full" in caught.value.message() and "workplan.xlsx" in caught.value.message()
    assert not target.exists() and _temporaries(tmp_path) == []


def test_a_249_byte_file_name_exports(demo_file, tmp_path):
    name = "a" * 244 + ".xlsx"
    assert len(name.encode()) == 249
    result = _cli("export", demo_file, "-o", tmp_path / name)
    assert result.returncode == 0, result.stderr
    assert _is_workbook(tmp_path / name) and _temporaries(tmp_path) == []


# --- 14: a plan edited by another program during the export ---------------------------------------

_EDITOR_CHILD = """
import sys, time
from pathlib import Path
from lcplanner.core.document import PlanDocument
doc = PlanDocument.open(sys.argv[1])
stop = Path(sys.argv[2])
print("ready", flush=True)
n, deadline = 0, time.monotonic() + 120
while not stop.exists() and time.monotonic() < deadline and n < 5000:
    doc.add_action("BB1", f"Added while exporting {n}")
    n += 1
doc.close()
print(n, flush=True)
"""


def _bb1_counts(path: Path) -> tuple[int, int]:
    """(actions of BB1 on the Summary sheet, data rows on the BB1 sheet)."""
    wb = load_workbook(path, read_only=True)
    try:
        summary = wb["Summary"]
        header = [c.value for c in next(summary.iter_rows(min_row=6, max_row=6))]  # the table
        row = next(r for r in summary.iter_rows(min_row=7, values_only=True) if r[0] == "BB1")
        in_summary = row[header.index("Actions")]
        sheet = wb[next(n for n in wb.sheetnames if n.startswith("BB1 "))]
        rows = sum(1 for r in sheet.iter_rows(min_row=2, values_only=True) if r and r[0])
    finally:
        wb.close()
    return in_summary, rows


def test_export_while_another_program_edits_is_consistent(tmp_path):
    plan = _generated(tmp_path / "edited.lcplan", 400)
    stop = tmp_path / "stop"
    editor = subprocess.Popen([sys.executable, "-c", _EDITOR_CHILD, str(plan), str(stop)],
                              env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert editor.stdout is not None and editor.stdout.readline().strip() == "ready"
        counts: list[tuple[int, int]] = []
        long_lived = PlanDocument.open(plan, read_only=True)  # like the window's document
        try:
            for i in range(12):
                fresh = PlanDocument.open(plan, read_only=True)  # like `lcplanner export`
                try:
                    target = tmp_path / f"workplan{i}.xlsx"
                    export_workplan(fresh if i % 2 else long_lived, target, lang="en")
                finally:
                    fresh.close()
                counts.append(_bb1_counts(target))
        finally:
            long_lived.close()
    finally:
        stop.touch()
        out, err = editor.communicate(timeout=60)
    assert editor.returncode == 0, err
    added = int(out.split()[-1])
    assert added > 0 and len({summary for summary, _rows in counts}) > 1, (added, counts)
    assert [s for s, rows in counts if s != rows] == [], counts
