"""Temporary files beside a target, named so a person can tell they are LC Planner's, and their cleanup.

Every file LC Planner writes (a new plan, a copy, a backup, a workbook) is written to a temporary
file in the target's folder and renamed into place, so a crash never leaves half a file under the
user's name.  A crash can still leave the temporary behind: it is named
``.~lcplanner-<purpose>-<pid>-<random>.tmp`` (short, so a long target name still fits the file
system's 255 bytes), and the next write into that folder removes those whose process is gone.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from pathlib import Path

PREFIX = ".~lcplanner-"
_NAME = re.compile(r"^\.~lcplanner-([a-z]+)-(\d{1,10})-[0-9a-z]{6}\.tmp(-journal|-wal|-shm)?$")
STALE_AFTER = 24 * 3600  # seconds; a temporary this old is stale even if its pid was reused


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (never signals or stops it)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - os.kill would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    except (OSError, OverflowError):
        return False
    return True


def clean_stale(folder: Path) -> list[Path]:
    """Remove our temporaries in ``folder`` whose writer died (or that are a day old).

    Best effort: a file that cannot be removed is left for the next time.  Returns what went.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or not entry.is_file(follow_symlinks=False):
            continue
        try:
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
            if old or not pid_alive(int(match.group(2))):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def temp_beside(target: Path, purpose: str) -> Path:
    """A new empty file in target's folder with the permissions a normal new file gets.

    (mkstemp makes files only the owner can read; a plan on a shared folder must not end up so.)
    """
    clean_stale(target.parent)
    umask = os.umask(0)
    os.umask(umask)
    for _attempt in range(100):
        path = target.parent / f"{PREFIX}{purpose}-{os.getpid()}-{secrets.token_hex(3)}.tmp"
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666 & ~umask)
        except FileExistsError:
            continue
        os.close(fd)
        return path
    raise FileExistsError(target.parent)  # pragma: no cover - 100 random names all taken


def discard(path: Path) -> None:
    """Remove a temporary and any SQLite journal beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            Path(str(path) + suffix).unlink(missing_ok=True)
        except OSError:
            pass


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
