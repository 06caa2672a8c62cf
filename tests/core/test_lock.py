"""The plan's write lock against other accounts and against whatever sits at the lock's path.

Other accounts are real: as root, a second Python process drops to ``nobody`` (65534) and opens a
plan in a shared folder.  It drops its rights after its imports, because the interpreter may live
where ``nobody`` cannot read (e.g. pyenv under /root); file access checks use the rights of the
moment, so the open itself runs exactly as ``nobody``'s would.  (A live holder of the same account
is covered in test_planfile.py.)
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from lcplanner.core import errors
from lcplanner.core.document import PlanDocument
from lcplanner.core.lock import lock_path_for


NOBODY = 65534
STALE_HOLDER = {"user": "ayse", "host": "workshop-laptop", "pid": 4_000_000,
                "since": "2026-03-01T09:00:00+03:00", "program": "LC Planner"}

# Imports first, then the drop to nobody; prints one JSON line saying what the open did.
_OPEN_AS_NOBODY = f"""
import json, os, sys
from pathlib import Path
from lcplanner.core import errors
from lcplanner.core.document import PlanDocument
os.setgroups([])
os.setgid({NOBODY})
os.setuid({NOBODY})
path = Path(sys.argv[1])
lock = path.with_name(path.name + ".lock")
try:
    doc = PlanDocument.open(path)
except errors.PlanError as exc:
    print(json.dumps({{"error": type(exc).__name__, "message": exc.english(),
                      "holder": getattr(exc, "holder", None)}}))
else:
    print(json.dumps({{"opened": True, "uid": os.geteuid(), "pid": os.getpid(),
                      "lock_uid": lock.stat().st_uid, "holder": json.loads(lock.read_text())}}))
    doc.close()
"""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _child_env(home: Path) -> dict[str, str]:
    """No USER/LOGNAME, so the child names itself from its uid, as nobody's own session would."""
    env = {k: v for k, v in os.environ.items() if k not in ("USER", "LOGNAME", "LNAME", "USERNAME")}
    return {**env, "HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1"}


@pytest.fixture(scope="module")
def can_be_nobody() -> None:
    """Skip unless this is Linux, we are root, and a child process may really become nobody."""
    if sys.platform != "linux":
        pytest.skip("needs Linux flock semantics and uid switching")
    if os.geteuid() != 0:
        pytest.skip("needs root to run a second process as another account (nobody)")
    probe = subprocess.run(
        [sys.executable, "-c", f"import os\nos.setgroups([])\nos.setgid({NOBODY})\n"
                               f"os.setuid({NOBODY})\nprint(os.geteuid())"],
        capture_output=True, text=True, timeout=60, cwd="/")
    if probe.returncode != 0 or probe.stdout.strip() != str(NOBODY):
        pytest.skip(f"cannot switch a process to nobody here: {probe.stderr.strip()[-300:]}")


@pytest.fixture
def shared_folder(can_be_nobody) -> Iterator[Callable[[int], Path]]:
    """Make a folder every account may write (pytest's tmp is 0700), removed afterwards."""
    made: list[str] = []

    def make(mode: int = 0o777) -> Path:
        folder = tempfile.mkdtemp(prefix="lcplanner-lock-", dir="/tmp")
        made.append(folder)
        os.chmod(folder, mode)
        return Path(folder)

    yield make
    for folder in made:
        shutil.rmtree(folder, ignore_errors=True)


def _shared_plan(folder: Path) -> Path:
    plan = folder / "plan.lcplan"
    PlanDocument.create(plan, "Bolu").close()
    os.chmod(plan, 0o666)
    return plan


def _stale_lock(plan: Path, mode: int = 0o644) -> Path:
    """A lock file left by root's crashed LC Planner: it exists, but no process holds it."""
    lock = lock_path_for(plan)
    lock.write_text(json.dumps(STALE_HOLDER), encoding="utf-8")
    os.chmod(lock, mode)
    return lock


def _open_as_nobody(plan: Path) -> dict[str, object]:
    result = subprocess.run([sys.executable, "-c", _OPEN_AS_NOBODY, str(plan)],
                            capture_output=True, text=True, timeout=120, cwd=plan.parent,
                            env=_child_env(plan.parent))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- another account's lock ----------------------------------------------------------------------

def test_stale_lock_of_another_account_is_taken_over(shared_folder):
    """Root's crash left a 0644 lock nobody may write: nobody replaces it and edits the plan."""
    folder = shared_folder(0o777)
    plan = _shared_plan(folder)
    _stale_lock(plan)
    outcome = _open_as_nobody(plan)
    assert outcome.get("opened"), outcome
    assert outcome["uid"] == NOBODY and outcome["lock_uid"] == NOBODY  # its own, new lock file
    holder = outcome["holder"]
    assert isinstance(holder, dict)
    assert holder["pid"] == outcome["pid"] and holder["user"] != "ayse"
    assert _listing(folder) == ["plan.lcplan"]  # released on close, nothing left behind


def test_stale_lock_that_may_not_be_removed_names_who_left_it(shared_folder):
    """In a sticky folder only root may remove root's file: StaleLockKept, everything untouched."""
    folder = shared_folder(0o1777)
    plan = _shared_plan(folder)
    lock = _stale_lock(plan)
    before, lock_before = _digest(plan), lock.read_bytes()
    outcome = _open_as_nobody(plan)
    assert outcome.get("error") == "StaleLockKept", outcome
    message = str(outcome["message"])
    assert "ayse@workshop-laptop" in message and str(lock) in message
    assert lock.read_bytes() == lock_before and lock.stat().st_uid == 0
    assert _digest(plan) == before and _listing(folder) == ["plan.lcplan", "plan.lcplan.lock"]


def test_live_lock_of_another_account_names_its_holder(shared_folder):
    """A running LC Planner of root holds the plan: nobody gets PlanLocked, not read-only."""
    folder = shared_folder(0o777)
    plan = _shared_plan(folder)
    holder = PlanDocument.open(plan)
    try:
        lock = lock_path_for(plan)
        os.chmod(lock, 0o644)  # not writable for nobody, whatever this process's umask
        inode = lock.stat().st_ino
        outcome = _open_as_nobody(plan)
        assert outcome.get("error") == "PlanLocked", outcome
        assert f"pid {os.getpid()}" in str(outcome["holder"])
        assert lock.stat().st_ino == inode  # the live holder's lock file was left alone
        assert json.loads(lock.read_text())["pid"] == os.getpid()
    finally:
        holder.close()


def test_unreadable_lock_of_another_account_is_in_the_way(shared_folder):
    """A lock nobody may even read cannot be tested for a holder: it is reported, not removed."""
    folder = shared_folder(0o777)
    plan = _shared_plan(folder)
    lock = _stale_lock(plan, mode=0o600)
    outcome = _open_as_nobody(plan)
    assert outcome.get("error") == "LockInTheWay", outcome
    assert str(lock) in str(outcome["message"]) and lock.stat().st_uid == 0


@pytest.mark.parametrize("umask", [0o000, 0o002, 0o022, 0o077])
def test_new_lock_file_is_as_writable_as_the_umask_allows(tmp_path, umask):
    """0o666 less the umask, so another account can take the file over after a crash."""
    plan = tmp_path / "plan.lcplan"
    PlanDocument.create(plan, "Bolu").close()
    code = ("import os, stat, sys\nfrom lcplanner.core.document import PlanDocument\n"
            "os.umask(int(sys.argv[2]))\ndoc = PlanDocument.open(sys.argv[1])\n"
            "print(stat.S_IMODE(os.stat(sys.argv[1] + '.lock').st_mode))\ndoc.close()\n")
    result = subprocess.run([sys.executable, "-c", code, str(plan), str(umask)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) == 0o666 & ~umask


# --- something else at the lock's path -----------------------------------------------------------

def _folder(lock: Path, outside: Path) -> None:
    lock.mkdir()
    (lock / "notes.txt").write_text("keep me")


def _pipe(lock: Path, outside: Path) -> None:
    os.mkfifo(lock)


def _link_to_a_file(lock: Path, outside: Path) -> None:
    target = outside / "precious.txt"
    target.write_text("keep me")
    lock.symlink_to(target)


def _dangling_link(lock: Path, outside: Path) -> None:
    lock.symlink_to(outside / "nowhere")


def _link_to_a_folder(lock: Path, outside: Path) -> None:
    lock.symlink_to(outside)


IN_THE_WAY = [_folder, _pipe, _link_to_a_file, _dangling_link, _link_to_a_folder]


def _snapshot(lock: Path, outside: Path) -> tuple[object, ...]:
    st = lock.lstat()
    return (stat.S_IFMT(st.st_mode), st.st_ino, os.readlink(lock) if lock.is_symlink() else None,
            sorted((p.name, p.read_bytes()) for p in outside.iterdir()))


@pytest.mark.skipif(sys.platform == "win32", reason="pipes and symbolic links are POSIX's")
@pytest.mark.parametrize("make", IN_THE_WAY, ids=[f.__name__.strip("_") for f in IN_THE_WAY])
def test_what_is_in_the_way_of_the_lock_is_refused_and_left_alone(tmp_path, make):
    """Never crash on it, follow it, write into it or wait on it: LockInTheWay names it."""
    plan = tmp_path / "plan.lcplan"
    PlanDocument.create(plan, "Bolu").close()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    lock = lock_path_for(plan)
    make(lock, outside)
    before, things = _digest(plan), _snapshot(lock, outside)
    with pytest.raises(errors.LockInTheWay) as caught:
        PlanDocument.open(plan)
    assert str(lock) in caught.value.message() and str(plan) in caught.value.message()
    assert _snapshot(lock, outside) == things and _digest(plan) == before
    assert _listing(tmp_path) == ["elsewhere", "plan.lcplan", "plan.lcplan.lock"]
    PlanDocument.open(plan, read_only=True).close()  # reading needs no lock


def test_window_shows_a_message_when_a_folder_is_in_the_way(window, modal, demo_file):
    """The real main window's open path ends in its error box, not in an escaped exception."""
    lock = lock_path_for(demo_file)
    lock.mkdir()
    modal.next(lambda box: box.accept())
    assert not window.open_path(demo_file)
    modal.check()
    assert modal.kinds == ["QMessageBox"] and modal.icons == [QMessageBox.Icon.Critical]
    with pytest.raises(errors.LockInTheWay) as caught:
        PlanDocument.open(demo_file)
    assert modal.texts == [caught.value.message()]
    assert window.doc is None and lock.is_dir()
