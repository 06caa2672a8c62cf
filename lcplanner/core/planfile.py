"""Create, open, migrate, lock, back up and close one ``.lcplan`` file (an SQLite database).

Opening checks the file's header bytes before SQLite ever touches it, so an empty file, random
bytes, a renamed spreadsheet, another program's database or a file from a newer LC Planner is
refused with its own error and its bytes stay as they were.  A plan file carries our
``PRAGMA application_id`` and its schema version in ``PRAGMA user_version``; an older file is backed
up with SQLite's backup API and upgraded by the Alembic scripts in :mod:`lcplanner.core.migrations`
inside one transaction.  Commits are durable (rollback journal, ``synchronous=FULL``) and one
writer holds the file at a time (:mod:`lcplanner.core.lock`).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import stat
import struct
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import NullPool, QueuePool

from . import errors
from .lock import PlanLock
from .tempfiles import discard, fsync_folder, temp_beside

log = logging.getLogger(__name__)

# "LCPL" in ASCII: written at byte 68 of every plan file.
APPLICATION_ID = 0x4C43504C
# The schema version this program writes; files with a lower one are migrated on open.
SCHEMA_VERSION = 7
# Alembic revision of each schema version (a new version adds a script and a line here).
REVISIONS = {1: "0001", 2: "0002", 3: "0003", 4: "0004", 5: "0005", 6: "0006", 7: "0007"}
SQLITE_MAGIC = b"SQLite format 3\x00"
ZIP_MAGIC = b"PK\x03\x04"


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)
CHECK_SECONDS = 60  # longest quick_check of an open before the file counts as unusable
BUSY_MS = 3000  # how long an open waits for another program's write to end before saying "busy"


def _read_head(path: Path) -> tuple[bytes, int]:
    """The first 100 bytes and the size of a regular file, read without SQLite.

    A FIFO or device is refused before it is opened (opening a FIFO would wait forever).
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise errors.FileMissing(None, path) from None
    except OSError as exc:
        raise errors.UnreadableFile(None, path, exc.strerror or exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise errors.IsADirectory(None, path)
    if not stat.S_ISREG(info.st_mode):
        raise errors.NotRegularFile(None, path)
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    except OSError as exc:
        raise errors.UnreadableFile(None, path, exc.strerror or exc) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else meanwhile
            raise errors.NotRegularFile(None, path)
        head = os.read(fd, 100)
        size = os.fstat(fd).st_size
    except OSError as exc:
        raise errors.UnreadableFile(None, path, exc.strerror or exc) from exc
    finally:
        os.close(fd)
    return head, size


def _kind(path: Path, head: bytes) -> None:
    """Refuse what is not an LC Planner database at all (bytes only; nothing is written)."""
    if not head:
        raise errors.EmptyFile(None, path)
    if head.startswith(ZIP_MAGIC):
        raise errors.SpreadsheetNotPlan(None, path)
    if not head.startswith(SQLITE_MAGIC):
        raise errors.NotAPlanFile(None, path)
    if len(head) < 100:
        raise errors.CorruptPlan(None, path, "truncated header")
    application_id, = struct.unpack(">i", head[68:72])
    if application_id != APPLICATION_ID:
        raise errors.ForeignDatabase(None, path)


def _version(path: Path, head: bytes, size: int) -> int:
    """Judge the header once SQLite has recovered the file; return its schema version."""
    (page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    page_count, = struct.unpack(">I", head[28:32])
    change_counter, = struct.unpack(">I", head[24:28])
    valid_for, = struct.unpack(">I", head[92:96])
    user_version, = struct.unpack(">i", head[60:64])
    if page_size < 512 or size % page_size:
        raise errors.CorruptPlan(None, path, "truncated")
    if valid_for == change_counter and size < page_count * page_size:
        raise errors.CorruptPlan(None, path, "truncated")
    if user_version > SCHEMA_VERSION:
        raise errors.NewerPlan(None, path, user_version, SCHEMA_VERSION)
    if user_version < 1:
        raise errors.CorruptPlan(None, path, "no schema version")
    return user_version


def _sidecar(path: Path, suffix: str) -> Path:
    return Path(f"{path}{suffix}")


def database_error(exc: BaseException, path: Path) -> errors.PlanFileError:
    """A busy file is busy, not damaged: SQLITE_BUSY/LOCKED get their own message."""
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in text:
        return errors.PlanBusy(None, path)
    return errors.CorruptPlan(None, path, exc)


def _recover(path: Path, head: bytes) -> bool:
    """Let SQLite finish what a crash left: roll back a hot journal, fold a WAL back in.

    This runs before the header is judged, so a plan caught mid-commit opens with its last
    committed state instead of being called damaged.  Returns True when the file must be read
    as immutable (left in WAL mode by another tool, read-only here, nothing pending).
    """
    journal, wal = _sidecar(path, "-journal"), _sidecar(path, "-wal")
    wal_mode = head[18] == 2 or head[19] == 2
    pending = (journal.is_file() and journal.stat().st_size > 0) or wal.exists()
    if not pending and not wal_mode:
        return False
    if not _writable(path):
        if pending:
            raise errors.NeedsRecovery(None, path, (journal if journal.exists() else wal).name)
        return True
    try:
        con = sqlite3.connect(str(path), timeout=BUSY_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise database_error(exc, path) from exc
    try:
        con.execute("PRAGMA trusted_schema = OFF")
        if wal_mode or wal.exists():  # checkpoint and back to our rollback journal
            con.execute("PRAGMA journal_mode = DELETE").fetchone()
        else:  # the first read rolls a hot journal back (SQLite decides whether it is hot)
            con.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as exc:
        raise database_error(exc, path) from exc
    finally:
        con.close()
    return False


def _writable(path: Path) -> bool:
    """A file without any write permission bit counts as read-only, even for an administrator."""
    mode = path.stat().st_mode
    return bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) and os.access(path, os.W_OK) \
        and os.access(path.parent, os.W_OK)


def _connect(path: Path, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    """A connection with our pragmas.  No SQL function of ours is ever registered on it."""
    if read_only:
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        con = sqlite3.connect(f"file:{quote(str(path))}?{flags}", uri=True, timeout=10,
                              check_same_thread=False)
    else:
        con = sqlite3.connect(str(path), timeout=10, check_same_thread=False)
    con.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _begin below)
    # A schema may not call functions that are not marked innocuous (ours never are).
    con.execute("PRAGMA trusted_schema = OFF")
    con.execute("PRAGMA cell_size_check = ON")
    con.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        con.execute("PRAGMA journal_mode = DELETE")
        con.execute("PRAGMA synchronous = FULL")
    return con


def make_engine(path: Path, read_only: bool = False, immutable: bool = False) -> Engine:
    """An engine whose connections have our pragmas; writes use BEGIN IMMEDIATE."""
    engine = create_engine("sqlite+pysqlite://",
                           creator=lambda: _connect(path, read_only, immutable),
                           poolclass=NullPool if read_only else QueuePool)

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        immediate = conn.get_execution_options().get("lc_write") and not read_only
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _check_file(path: Path, version: int, immutable: bool) -> None:
    """The schema is ours (before anything reads a table), SQLite's quick check passes, and
    (for the current schema) every value has the type the model reads."""
    from .trust import verify
    from .values import scan

    try:
        con = _connect(path, read_only=True, immutable=immutable)
    except sqlite3.Error as exc:
        raise database_error(exc, path) from exc
    deadline = time.monotonic() + CHECK_SECONDS
    con.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
    try:
        con.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        verify(con, version, path)
        result = "\n".join(r[0] for r in con.execute("PRAGMA quick_check"))
        if result != "ok":
            log.warning("quick_check of %s: %s", path, result)
            raise errors.CorruptPlan(None, path, result)
        if version == SCHEMA_VERSION:
            scan(con, path)
    except sqlite3.Error as exc:
        raise database_error(exc, path) from exc
    finally:
        con.close()


def _scan_migrated(engine: Engine, path: Path) -> None:
    """The value check of a file just migrated (its old schema lacked today's columns)."""
    from .values import scan

    raw = engine.raw_connection()
    try:
        scan(raw.driver_connection, path)  # type: ignore[arg-type]
    except sqlite3.Error as exc:
        raise database_error(exc, path) from exc
    finally:
        raw.close()


def backup_to(source: sqlite3.Connection, target: Path, purpose: str = "copy") -> None:
    """Copy a live database with SQLite's backup API into a temp file, then rename it to target."""
    tmp = temp_beside(target, purpose)
    try:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        _fsync(tmp)
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except BaseException:
        discard(tmp)
        raise


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | _BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_path_for(path: Path, version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.schema{version}-backup-{stamp}{path.suffix}")


def same_file(a: Path, b: Path) -> bool:
    """Whether two spellings name one file (``x/../plan.lcplan``, links, case on Windows)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


class PlanFile:
    """One open plan file: its engine, its lock, whether it is read-only, and its backup if migrated."""

    def __init__(self, path: Path, engine: Engine, lock: PlanLock | None, read_only: bool,
                 backup: Path | None = None) -> None:
        self.path = path
        self.engine = engine
        self.lock = lock
        self.read_only = read_only
        self.backup = backup

    @classmethod
    def open(cls, path: str | os.PathLike[str], read_only: bool = False,
             lock: PlanLock | None = None, _made_here: bool = False) -> PlanFile:
        """Open an existing plan, migrating it if older; raise a PlanFileError if it is not one.

        ``lock`` is a lock the caller already holds on ``path`` (a plan just created); it is
        released if the open fails.  ``_made_here``: :meth:`create` just wrote the file under
        that lock, so the trust and value checks have nothing to find.
        """
        path = Path(path).absolute()
        try:
            head, _size = _read_head(path)
            _kind(path, head)
            if read_only:
                return cls._open_read_only(path, head)
            if not _writable(path):
                raise errors.PlanReadOnly(None, path)
            lock = lock or PlanLock(path)
            immutable = _recover(path, head)  # under our lock: no other LC Planner writes now
            head, size = _read_head(path)
            version = _version(path, head, size)
            if not _made_here:
                _check_file(path, version, immutable)
            engine = make_engine(path)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        try:
            backup = None
            if version < SCHEMA_VERSION:
                backup = cls._migrate(engine, path, version)
                _scan_migrated(engine, path)
            return cls(path, engine, lock, False, backup)
        except BaseException:
            engine.dispose()
            lock.release()
            raise

    @classmethod
    def _open_read_only(cls, path: Path, head: bytes) -> PlanFile:
        immutable = _recover(path, head)
        head, size = _read_head(path)
        if _version(path, head, size) != SCHEMA_VERSION:
            raise errors.NeedsUpgrade(None, path)
        _check_file(path, SCHEMA_VERSION, immutable)
        return cls(path, make_engine(path, read_only=True, immutable=immutable), None, True)

    @classmethod
    def create(cls, path: str | os.PathLike[str], overwrite: bool = False,
               populate: Callable[[PlanFile], None] | None = None) -> PlanFile:
        """Make a new plan file and open it for writing; ``populate`` fills it before it appears.

        The whole file is built in a temporary file beside the target and renamed into place,
        so a crash leaves either no plan or a complete one.  The target's lock is taken first:
        a plan another window or program holds is never replaced.
        """
        from .model import Base

        path = Path(path).absolute()
        if path.is_dir():
            raise errors.IsADirectory(None, path)
        if path.exists() and not overwrite:
            raise errors.FileExists(None, path)
        if (path.exists() or path.is_symlink()) and not path.is_file():
            raise errors.NotRegularFile(None, path)
        if not path.parent.is_dir():
            raise errors.FileMissing(None, path.parent)
        if not os.access(path.parent, os.W_OK):
            raise errors.PlanReadOnly(None, path)
        lock = PlanLock(path)
        try:
            tmp_path = temp_beside(path, "new")
            try:
                engine = make_engine(tmp_path)
                with engine.begin() as conn:
                    Base.metadata.create_all(conn)
                    conn.exec_driver_sql(
                        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL "
                        "CONSTRAINT alembic_version_pkc PRIMARY KEY)")
                    conn.execute(text("INSERT INTO alembic_version VALUES (:v)"),
                                 {"v": REVISIONS[SCHEMA_VERSION]})
                    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                    conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
                draft = cls(tmp_path, engine, None, False)
                try:
                    if populate is not None:
                        populate(draft)
                finally:
                    draft.close()
                _fsync(tmp_path)
                if path.exists() and not overwrite:
                    raise errors.FileExists(None, path)
                os.replace(tmp_path, path)
                fsync_folder(path.parent)
            except BaseException:
                discard(tmp_path)
                raise
        except BaseException:
            lock.release()
            raise
        return cls.open(path, lock=lock, _made_here=True)

    @staticmethod
    def _migrate(engine: Engine, path: Path, version: int) -> Path:
        """Back up, then upgrade to SCHEMA_VERSION in one transaction; the file is unchanged on error."""
        from alembic import command
        from alembic.config import Config

        backup = backup_path_for(path, version)
        raw = engine.raw_connection()
        try:
            backup_to(raw.driver_connection, backup)  # type: ignore[arg-type]
        finally:
            raw.close()
        config = Config()
        config.set_main_option("script_location", "lcplanner.core:migrations")
        try:
            with engine.execution_options(lc_write=True).begin() as conn:
                config.attributes["connection"] = conn
                command.upgrade(config, REVISIONS[SCHEMA_VERSION])
                conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except Exception as exc:
            raise errors.MigrationFailed(None, path, exc, backup) from exc
        return backup

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        """Write a consistent copy of the live plan to target (backup API, atomic rename).

        The target's lock is taken for the replace: a plan open elsewhere is never replaced.
        """
        target = Path(target).absolute()
        if same_file(target, self.path):
            raise errors.SameAsOpenPlan(None, target)
        if target.is_dir():
            raise errors.IsADirectory(None, target)
        if not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
            raise errors.PlanReadOnly(None, target)
        try:
            lock = PlanLock(target)
        except errors.PlanLocked as exc:
            raise errors.TargetInUse(None, target, exc.holder) from exc
        try:
            raw = self.engine.raw_connection()
            try:
                backup_to(raw.driver_connection, target)  # type: ignore[arg-type]
            finally:
                raw.close()
        finally:
            lock.release()
        return target

    def close(self) -> None:
        """Close connections and release the lock (idempotent)."""
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
