"""A working copy of the plan for one export: one consistent state, and the plan left free for edits.

The workplan shows every row of the plan.  Reading them all into rows first held about 600 MB for a
100,000-action plan; streaming them from the live file instead would keep a read transaction open for
the whole export, and a program editing the plan waits while a read transaction is open.  So the
export copies the file with SQLite's backup API in one step (under the plan's read lock, well under a
second for 150 MB: that is the one moment a writer may wait) and streams from the copy at leisure.

The copy goes into the system temp folder, readable only by this user, named like LC Planner's other
temporaries (``.~lcplanner-snapshot-<pid>-<random>.tmp``) so that one a killed export left behind is
removed by the next export (:func:`~lcplanner.core.tempfiles.clean_stale`).  It is removed when the
export ends, also after an error.  A copy that cannot be made (no room, a file-size limit) raises
:class:`WorkingCopyFailed`, an ``OSError`` the export reports naming the user's workbook; so does a
database error while the copy is read (a temporary folder that fills up under a big sort).
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from ..core import errors
from ..core.planfile import make_engine
from ..core.tempfiles import PREFIX, clean_stale, discard

if TYPE_CHECKING:
    from ..core.document import PlanDocument

PURPOSE = "snapshot"
BUSY_SECONDS = 10.0  # how long the copy waits for another program's commit before "busy"
_BINARY = getattr(os, "O_BINARY", 0)
# SQLite's primary result codes (sqlite3 names them only from Python 3.11 on).
_BUSY, _LOCKED, _NOMEM, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 7, 10, 11, 13, 14, 26

_TOO_LARGE = QT_TRANSLATE_NOOP(
    "PlanError", "a working copy of the plan (%1 MB) would be larger than the file size limit of "
    "this account (file too large). Ask your administrator to raise the limit.")
_NO_ROOM = QT_TRANSLATE_NOOP(
    "PlanError", "the temporary folder %1 has no room for a working copy of the plan (%2 MB). "
    "Free some space there and try again.")
_FAILED = QT_TRANSLATE_NOOP(
    "PlanError", "a working copy of the plan could not be made in the temporary folder %1: %2")
_READ_FULL = QT_TRANSLATE_NOOP(
    "PlanError", "the temporary folder %1 ran out of room while the plan was read. Free some space "
    "there and try again.")
_READ_FAILED = QT_TRANSLATE_NOOP(
    "PlanError", "the working copy of the plan in the temporary folder %1 could not be read: %2")


class WorkingCopyFailed(OSError):
    """The working copy could not be made; ``strerror`` says why, in the UI language.

    An OSError without an errno: the export turns it into "<workbook> could not be written: why".
    """

    def __init__(self, text: str, *args: object) -> None:
        message = QCoreApplication.translate("PlanError", text)
        for i, value in reversed(list(enumerate(args, start=1))):
            message = message.replace(f"%{i}", str(value))
        super().__init__(None, message)


def temp_folder() -> Path:
    return Path(tempfile.gettempdir())


@contextmanager
def working_copy(doc: PlanDocument) -> Iterator[Connection]:
    """A read-only connection to a fresh copy of ``doc``'s plan; the copy is gone afterwards."""
    if doc.closed:
        raise errors.ClosedDocument()
    if doc.file.engine.dialect.name != "sqlite":  # a server: one snapshot of its database
        with doc.consistent(), doc._reading() as conn:
            yield conn
        return
    folder = temp_folder()
    clean_stale(folder)  # what killed exports left there
    size = _size(Path(doc.path))
    _check_room(folder, size)
    path = _new_file(folder)
    try:
        _copy(doc, path)
        engine = make_engine(path, read_only=True, immutable=True)  # nobody else writes it
        try:
            with engine.connect() as conn:  # one connection for the whole export
                yield conn
        except (sqlite3.Error, DBAPIError) as exc:  # a sort spilling into a full folder, too
            error = _read_error(exc, folder, doc)
            if error is None:
                raise  # not the copy's (a caller's own edit of the live plan): unchanged
            raise error from exc
        finally:
            engine.dispose()
    finally:
        discard(path)


def _read_error(exc: sqlite3.Error | DBAPIError, folder: Path,
                doc: PlanDocument) -> Exception | None:
    """What an I/O error of the database while reading the copy means for the person, in one line;
    None for any other error (a constraint, a bug), which is not the copy's to explain.

    SQLite keeps big sorts in temporary files in the same folder as the copy, so a folder that
    fills up during the export shows here, as an error of the database rather than an OSError.
    """
    cause = getattr(exc, "orig", None) or exc
    code = (getattr(cause, "sqlite_errorcode", None) or 0) & 0xFF
    if code == _FULL:
        return WorkingCopyFailed(_READ_FULL, folder)
    if code in (_CORRUPT, _NOTADB):
        return errors.CorruptPlan(None, Path(doc.path), cause)
    if code in (_NOMEM, _IOERR, _CANTOPEN):
        return WorkingCopyFailed(_READ_FAILED, folder, cause)
    return None


def _size(path: Path) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0  # the copy itself will say what is wrong


def _megabytes(size: int) -> int:
    return max(1, round(size / 1_000_000))


def _file_size_limit() -> int | None:
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    try:
        soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    except (OSError, ValueError):
        return None
    return None if soft == resource.RLIM_INFINITY or soft < 0 else soft


def _check_room(folder: Path, size: int) -> None:
    """Refuse before writing when the copy cannot fit (a file-size limit, a full temp folder)."""
    limit = _file_size_limit()
    if limit is not None and size > limit:
        raise WorkingCopyFailed(_TOO_LARGE, _megabytes(size))
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < size:
        raise WorkingCopyFailed(_NO_ROOM, folder, _megabytes(size))


def _new_file(folder: Path) -> Path:
    """A new empty file only this user can read (the plan's content may be private)."""
    for _attempt in range(100):
        path = folder / f"{PREFIX}{PURPOSE}-{os.getpid()}-{secrets.token_hex(3)}.tmp"
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
        except FileExistsError:
            continue
        except OSError as exc:
            raise WorkingCopyFailed(_FAILED, folder, exc.strerror or exc) from exc
        os.close(fd)
        return path
    raise WorkingCopyFailed(_FAILED, folder, "no free name")  # pragma: no cover


def _copy(doc: PlanDocument, target: Path) -> None:
    """Copy the plan into ``target`` in one backup step: one state, read lock held only meanwhile."""
    plan = Path(doc.path)
    deadline = time.monotonic() + BUSY_SECONDS

    def waiting(status: int, _remaining: int, _total: int) -> None:
        if status in (_BUSY, _LOCKED) and time.monotonic() > deadline:
            raise errors.PlanBusy(None, plan)  # another program's commit never ended

    try:
        raw = doc.file.engine.raw_connection()
        try:
            dest = sqlite3.connect(target)
            try:
                raw.driver_connection.backup(dest, progress=waiting)  # type: ignore[union-attr]
                dest.execute("PRAGMA journal_mode = DELETE")  # a plan left in WAL mode, too
            finally:
                dest.close()
        finally:
            raw.close()
    except (sqlite3.Error, DBAPIError) as exc:
        cause = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps opening errors
        code = (getattr(cause, "sqlite_errorcode", None) or 0) & 0xFF
        if code in (_BUSY, _LOCKED):
            raise errors.PlanBusy(None, plan) from exc
        if code in (_CORRUPT, _NOTADB):
            raise errors.CorruptPlan(None, plan, cause) from exc
        raise WorkingCopyFailed(_FAILED, target.parent, cause) from exc
