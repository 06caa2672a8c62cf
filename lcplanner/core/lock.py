"""One writer per plan file: an OS lock on a sidecar file that names its holder.

The lock is an advisory OS lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on
``<plan>.lock``.  The OS drops it when the holder's process dies, even by SIGKILL, so a crashed
workshop laptop never leaves a held lock behind.  ``flock`` locks belong to an open file, so a
second window in the same process is refused too.  The holder writes who it is (user, computer,
process, time) into the file so the refusal can name them.

A crash still leaves the file itself.  If another account left it (so we may not write it), we
lock it through a read-only handle: nobody holding it means it is stale, and we replace it with
our own.  Lock files are created writable for everyone the umask allows, so that another account
can take over without replacing them.  Anything but a regular file at the lock's path (a folder,
a symbolic link, a pipe) is refused, never followed or written.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import stat
import sys
from pathlib import Path

from .errors import LockInTheWay, PlanLocked, PlanReadOnly, StaleLockKept

# On Windows the locked byte sits far past the holder's text, so others can still read the text.
_WIN_LOCK_OFFSET = 1 << 30
# Never follow a symbolic link (a planted link would make us truncate its target) and never wait
# on a pipe that someone named like the lock.  Windows has neither flag.
_SAFE_OPEN = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_MAX_HOLDER_BYTES = 64 * 1024  # a holder's text is a few hundred bytes; never read a huge file


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
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # works on a read-only fd on Linux too
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


def _in_the_way(path: Path) -> bool:
    """Whether something other than a regular file sits at ``path`` (a folder, link, pipe...)."""
    try:
        return not stat.S_ISREG(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False


def read_holder(plan_path: Path) -> dict[str, object]:
    """What the current holder wrote about itself, or {} if unreadable (or not a regular file)."""
    try:
        fd = os.open(lock_path_for(plan_path), os.O_RDONLY | _SAFE_OPEN)
    except OSError:
        return {}
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return {}
        data = json.loads(os.read(fd, _MAX_HOLDER_BYTES).decode("utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}
    finally:
        os.close(fd)


def _who(holder: dict[str, object]) -> str:
    return f"{holder.get('user', '?')}@{holder.get('host', '?')}"


class PlanLock:
    """Holds the write lock of one plan file until :meth:`release`."""

    def __init__(self, plan_path: Path) -> None:
        self.plan_path = plan_path
        self.path = lock_path_for(plan_path)
        self._fd: int | None = None
        for _attempt in range(5):
            opened = self._open()
            if opened is None:  # the holder removed the file as we looked: start again
                continue
            fd, writable = opened
            if not _try_lock(fd):
                os.close(fd)
                holder = read_holder(plan_path)
                raise PlanLocked(plan_path, f"{_who(holder)} (pid {holder.get('pid', '?')})",
                                 str(holder.get("since", "?")))
            current = _same_file(fd, self.path)  # else its holder removed it as we locked it
            if current and writable:
                self._fd = fd
                break
            try:
                if current:  # a stale lock of another account, which we may not write: replace it
                    self._remove_stale()
            finally:
                _unlock(fd)
                os.close(fd)
        else:  # pragma: no cover - needs a pathological race
            raise PlanLocked(plan_path, "?", "?")
        payload = json.dumps(_holder_info()).encode("utf-8")
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.ftruncate(self._fd, 0)
        os.write(self._fd, payload)
        os.fsync(self._fd)

    def _open(self) -> tuple[int, bool] | None:
        """The lock file's fd and whether it is writable; None if it vanished before we opened it.

        A file of another account opens read-only: enough to test its lock, not to hold it.
        """
        if _in_the_way(self.path):
            raise LockInTheWay(None, self.plan_path, self.path)
        writable = True
        try:
            # 0o666 less the umask: another account may take over this file after a crash.
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _SAFE_OPEN, 0o666)
        except PermissionError as exc:
            if not os.path.lexists(self.path):  # we may not create files in the folder
                raise PlanReadOnly(None, self.plan_path) from exc
            writable = False
            try:
                fd = os.open(self.path, os.O_RDONLY | _SAFE_OPEN)
            except FileNotFoundError:
                return None
            except OSError as exc2:  # not even readable: we cannot tell whether it is held
                raise LockInTheWay(None, self.plan_path, self.path) from exc2
        except OSError as exc:  # a folder or link slipped in after the check above
            if _in_the_way(self.path):
                raise LockInTheWay(None, self.plan_path, self.path) from exc
            raise
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise LockInTheWay(None, self.plan_path, self.path)
        return fd, writable

    def _remove_stale(self) -> None:
        """Unlink the stale lock file while we hold its lock, so no one else takes it meanwhile."""
        who = _who(read_holder(self.plan_path))
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:  # e.g. a sticky folder: only the file's owner may remove it
            raise StaleLockKept(None, self.plan_path, who, self.path) from exc

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
