"""Write an output file (a workbook, a PDF) safely: into a temporary beside it, then rename.

One set of rules for every export, so the Excel and the PDF writer fail alike: a failure at any
point (a full disk, a file-size limit, a folder that is not writable, an error in the middle) leaves
an existing file untouched and no temporary behind, and the caller gets an :class:`OutputError`
with one translated line that names the user's file, never our hidden temporary.  A replaced file
keeps its permission bits: a private (0600) workbook must not become readable by everyone.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import IO

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .errors import PlanError
from .tempfiles import fsync_folder, temp_beside


class OutputError(PlanError):
    """An output file could not be written; nothing at the target changed."""

    default_text = QT_TRANSLATE_NOOP("PlanError", "The file could not be written: %1")
    exit_code = 4  # what `lcplanner export` (and `pdf`) exit with


_FOLDER_MISSING = QT_TRANSLATE_NOOP("PlanError", "The folder %1 does not exist.")
_NOT_A_FOLDER = QT_TRANSLATE_NOOP("PlanError", "%1 is a file, not a folder. Choose another folder.")
_FOLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "PlanError", "The folder %1 cannot be written to. Choose another folder.")
_TARGET_IS_FOLDER = QT_TRANSLATE_NOOP("PlanError", "%1 is a folder, not a file name.")
_NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "PlanError",
    "The file name %1 is too long for the file system of its drive (%2 bytes; at most %3). "
    "Choose a shorter name.")
_PATH_TOO_LONG = QT_TRANSLATE_NOOP(
    "PlanError", "The name or folder path of %1 is too long for this system. Choose a shorter name.")
_DISK_FULL = QT_TRANSLATE_NOOP(
    "PlanError", "The disk is full, so %1 could not be written. Free some space or choose another drive.")
_FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "PlanError",
    "%1 could not be written: the file is larger than the file size limit of this drive or "
    "account (file too large). Choose another drive, or ask your administrator to raise the limit.")
_TARGET_LOCKED = QT_TRANSLATE_NOOP(
    "PlanError", "%1 cannot be replaced: it may be open in Excel. Close it there and try again.")
_WRITE_FAILED = QT_TRANSLATE_NOOP("PlanError", "%1 could not be written: %2")

_NAME_MAX = 255  # bytes (POSIX) or UTF-16 units (Windows) of one name when the system cannot say
_MODE_BITS = 0o777  # what a replaced file passes on; never set-uid, set-gid or sticky bits


def _name_length(name: str) -> int:
    """The length the file system counts: UTF-16 units on Windows, encoded bytes elsewhere."""
    if os.name == "nt":  # pragma: no cover - Windows
        return len(name.encode("utf-16-le")) // 2
    return len(os.fsencode(name))


def _name_max(folder: Path) -> int:
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):  # no pathconf (Windows), or no such folder
        return _NAME_MAX


def check_target(target: Path) -> None:
    """Before any work: raise OutputError (field="path") when target is a folder, its folder is
    missing or not writable, or its name is too long for the file system.

    Checked first so a person learns it before a long export, not after; the write itself still
    reports whatever changed meanwhile.
    """
    limit, length = _name_max(target.parent), _name_length(target.name)
    if length > limit:
        # the name alone: a message shortens a long argument, and the name is what to change
        raise OutputError(_NAME_TOO_LONG, target.name, length, limit, field="path")
    try:
        if stat.S_ISDIR(os.stat(target).st_mode):
            raise OutputError(_TARGET_IS_FOLDER, target, field="path")
    except (FileNotFoundError, NotADirectoryError):
        pass  # a new name (the folder is looked at below)
    except OSError as exc:
        raise os_error(exc, target) from exc
    try:
        folder = os.stat(target.parent)
    except FileNotFoundError:
        raise OutputError(_FOLDER_MISSING, target.parent, field="path") from None
    except NotADirectoryError:  # a file further up the path
        raise OutputError(_FOLDER_MISSING, target.parent, field="path") from None
    except OSError as exc:
        raise os_error(exc, target) from exc
    if not stat.S_ISDIR(folder.st_mode):
        raise OutputError(_NOT_A_FOLDER, target.parent, field="path")
    if not os.access(target.parent, os.W_OK):
        raise OutputError(_FOLDER_READ_ONLY, target.parent, field="path")


def os_error(exc: OSError, target: Path) -> OutputError:
    """The one-line message for an OSError while writing ``target``: the user's file, never ours."""
    code = exc.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", None):
        return OutputError(_DISK_FULL, target, field="path")
    if code == errno.EFBIG:
        return OutputError(_FILE_TOO_LARGE, target, field="path")
    if code == errno.ENAMETOOLONG:
        return OutputError(_PATH_TOO_LONG, target, field="path")
    if code == errno.EROFS or isinstance(exc, PermissionError):
        return OutputError(_FOLDER_READ_ONLY, target.parent, field="path")
    if isinstance(exc, NotADirectoryError):
        return OutputError(_FOLDER_MISSING, target.parent, field="path")
    return OutputError(_WRITE_FAILED, target, exc.strerror or exc, field="path")


def _keep_mode(tmp: Path, target: Path) -> None:
    """Give ``tmp`` the permission bits of the file it will replace (a new file keeps the umask's).

    Where the file system cannot set them (FAT, some network shares), a temporary that is no more
    open than the old file is accepted; one that would expose a private file is refused.
    """
    try:
        info = os.stat(target)
    except OSError:
        return  # nothing to replace: the normal default of a new file
    if not stat.S_ISREG(info.st_mode):
        return
    wanted = stat.S_IMODE(info.st_mode) & _MODE_BITS
    try:
        os.chmod(tmp, wanted)
    except OSError:
        if stat.S_IMODE(os.stat(tmp).st_mode) & _MODE_BITS & ~wanted:
            raise


def _remove(tmp: Path) -> None:
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass  # the next write into this folder removes it (tempfiles.clean_stale)


def write_atomically(target: Path, write: Callable[[IO[bytes]], None], purpose: str,
                     replaceable: Callable[[], None] | None = None) -> None:
    """Call write(fh) on a temporary file beside target (lcplanner.core.tempfiles.temp_beside),
    flush + fsync, call replaceable() again right before the rename if given (it raises to refuse),
    give the temporary the permission bits of the file it replaces (a 0600 file stays 0600; a new
    file gets the normal umask default), os.replace into place, fsync the folder. On any failure:
    remove the temporary, leave an existing target untouched, and raise OutputError with a one-line
    translated message naming the user's target (never the hidden temporary): disk full (ENOSPC/
    EDQUOT), file too large (EFBIG), folder not writable, target locked (PermissionError on replace:
    "may be open in Excel" style), other errors "%1 could not be written: %2". Non-OSError
    exceptions propagate unchanged after cleanup."""
    try:
        tmp = temp_beside(target, purpose)  # first removes what killed writers left there
    except OSError as exc:
        raise os_error(exc, target) from exc
    try:
        with open(tmp, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if replaceable is not None:
            replaceable()  # again: something may have appeared at the target meanwhile
        _keep_mode(tmp, target)
        try:
            os.replace(tmp, target)
        except PermissionError as exc:  # Windows: another program holds the file open
            raise OutputError(_TARGET_LOCKED, target, field="path") from exc
    except BaseException as exc:
        _remove(tmp)
        if isinstance(exc, OSError):
            raise os_error(exc, target) from exc
        raise
    fsync_folder(target.parent)
