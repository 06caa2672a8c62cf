"""One writer per plan file: an OS lock on a sidecar file that names its holder.

The lock is an advisory OS lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on
``<plan>.lock``.  The OS drops it when the holder's process dies, even by SIGKILL, so a crashed
workshop laptop never leaves a stale lock behind.  ``flock`` locks belong to an open file, so a
second window in the same process is refused too.  The holder writes who it is (user, computer,
process, time) into the file so the refusal can name them.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path

from .errors import PlanLocked, PlanReadOnly

# On Windows the locked byte sits far past the holder's text, so others can still read the text.
_WIN_LOCK_OFFSET = 1 << 30


def lock_path_for(plan_path: Path) -> Path:
    return plan_path.with_name(plan_path.name + ".lock")


def _holder_info() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some service accounts
        user = "?"
    return {
        "user": user,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "program": "LC Planner",
    }


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, path: Path) -> bool:
    """Whether the open lock file is still the one at ``path`` (not unlinked by its last holder)."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def read_holder(plan_path: Path) -> dict[str, object]:
    """What the current holder wrote about itself, or {} if unreadable."""
    try:
        data = json.loads(lock_path_for(plan_path).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


class PlanLock:
    """Holds the write lock of one plan file until :meth:`release`."""

    def __init__(self, plan_path: Path) -> None:
        self.plan_path = plan_path
        self.path = lock_path_for(plan_path)
        self._fd: int | None = None
        for _attempt in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except PermissionError as exc:
                raise PlanReadOnly(None, plan_path) from exc
            if not _try_lock(fd):
                os.close(fd)
                holder = read_holder(plan_path)
                who = f"{holder.get('user', '?')}@{holder.get('host', '?')} (pid {holder.get('pid', '?')})"
                raise PlanLocked(plan_path, who, str(holder.get("since", "?")))
            if _same_file(fd, self.path):
                self._fd = fd
                break
            # The previous holder removed the file between our open and our lock: start again.
            _unlock(fd)
            os.close(fd)
        else:  # pragma: no cover - needs a pathological race
            raise PlanLocked(plan_path, "?", "?")
        payload = json.dumps(_holder_info()).encode("utf-8")
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.ftruncate(self._fd, 0)
        os.write(self._fd, payload)
        os.fsync(self._fd)

    def release(self) -> None:
        """Drop the lock and remove the sidecar file (idempotent)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            # Remove first, then unlock: a waiting opener then creates a fresh file.
            self.path.unlink(missing_ok=True)
        except OSError:
            pass
        try:
            _unlock(fd)
        finally:
            os.close(fd)
