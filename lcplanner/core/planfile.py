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
import os
import sqlite3
import stat
import struct
import tempfile
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import NullPool, QueuePool

from . import errors
from .lock import PlanLock

# "LCPL" in ASCII: written at byte 68 of every plan file.
APPLICATION_ID = 0x4C43504C
# The schema version this program writes; files with a lower one are migrated on open.
SCHEMA_VERSION = 2
# Alembic revision of each schema version (a new version adds a script and a line here).
REVISIONS = {1: "0001", 2: "0002"}
SQLITE_MAGIC = b"SQLite format 3\x00"
ZIP_MAGIC = b"PK\x03\x04"


def _header(path: Path) -> int:
    """Check a file's first bytes without SQLite; return the schema version (user_version)."""
    if not path.exists():
        raise errors.FileMissing(None, path)
    if path.is_dir():
        raise errors.IsADirectory(None, path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        raise errors.UnreadableFile(None, path, exc.strerror or exc) from exc
    if not head:
        raise errors.EmptyFile(None, path)
    if head.startswith(ZIP_MAGIC):
        raise errors.SpreadsheetNotPlan(None, path)
    if not head.startswith(SQLITE_MAGIC):
        raise errors.NotAPlanFile(None, path)
    if len(head) < 100:
        raise errors.CorruptPlan(None, path, "truncated header")
    (page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    page_count, = struct.unpack(">I", head[28:32])
    change_counter, = struct.unpack(">I", head[24:28])
    valid_for, = struct.unpack(">I", head[92:96])
    user_version, = struct.unpack(">i", head[60:64])
    application_id, = struct.unpack(">i", head[68:72])
    if page_size < 512 or size % page_size:
        raise errors.CorruptPlan(None, path, "truncated")
    if valid_for == change_counter and size < page_count * page_size:
        raise errors.CorruptPlan(None, path, "truncated")
    if application_id != APPLICATION_ID:
        raise errors.ForeignDatabase(None, path)
    if user_version > SCHEMA_VERSION:
        raise errors.NewerPlan(None, path, user_version, SCHEMA_VERSION)
    if user_version < 1:
        raise errors.CorruptPlan(None, path, "no schema version")
    return user_version


def _writable(path: Path) -> bool:
    """A file without any write permission bit counts as read-only, even for an administrator."""
    mode = path.stat().st_mode
    return bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) and os.access(path, os.W_OK) \
        and os.access(path.parent, os.W_OK)


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        con = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=10,
                              check_same_thread=False)
    else:
        con = sqlite3.connect(str(path), timeout=10, check_same_thread=False)
    con.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _begin below)
    con.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        con.execute("PRAGMA journal_mode = DELETE")
        con.execute("PRAGMA synchronous = FULL")
    return con


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """An engine whose connections have our pragmas; writes use BEGIN IMMEDIATE."""
    engine = create_engine("sqlite+pysqlite://", creator=lambda: _connect(path, read_only),
                           poolclass=NullPool if read_only else QueuePool)

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        immediate = conn.get_execution_options().get("lc_write") and not read_only
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _temp_beside(target: Path) -> Path:
    """A new empty temp file in target's folder with the permissions a normal new file gets.

    (mkstemp makes files only the owner can read; a plan on a shared folder must not end up so.)
    """
    fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    return Path(tmp)


def backup_to(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database with SQLite's backup API into a temp file, then rename it to target."""
    tmp = _temp_beside(target)
    try:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def backup_path_for(path: Path, version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.schema{version}-backup-{stamp}{path.suffix}")


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
    def open(cls, path: str | os.PathLike[str], read_only: bool = False) -> PlanFile:
        """Open an existing plan, migrating it if older; raise a PlanFileError if it is not one."""
        path = Path(path).absolute()
        version = _header(path)
        if read_only:
            if version != SCHEMA_VERSION:
                raise errors.NeedsUpgrade(None, path)
            engine = make_engine(path, read_only=True)
            cls._check_integrity(engine, path)
            return cls(path, engine, None, True)
        if not _writable(path):
            raise errors.PlanReadOnly(None, path)
        lock = PlanLock(path)
        engine = None
        try:
            engine = make_engine(path)
            cls._check_integrity(engine, path)
            backup = None
            if version < SCHEMA_VERSION:
                backup = cls._migrate(engine, path, version)
            return cls(path, engine, lock, False, backup)
        except BaseException:
            if engine is not None:
                engine.dispose()
            lock.release()
            raise

    @classmethod
    def create(cls, path: str | os.PathLike[str], overwrite: bool = False) -> PlanFile:
        """Make a new, empty plan file (schema only) and open it for writing."""
        from .model import Base

        path = Path(path).absolute()
        if path.is_dir():
            raise errors.IsADirectory(None, path)
        if path.exists() and not overwrite:
            raise errors.FileExists(None, path)
        if not path.parent.is_dir():
            raise errors.FileMissing(None, path.parent)
        if not os.access(path.parent, os.W_OK):
            raise errors.PlanReadOnly(None, path)
        tmp_path = _temp_beside(path)
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
            engine.dispose()
            if path.exists() and not overwrite:
                raise errors.FileExists(None, path)
            os.replace(tmp_path, path)
        except BaseException:
            tmp_path.unlink(missing_ok=True)
            raise
        return cls.open(path)

    @staticmethod
    def _check_integrity(engine: Engine, path: Path) -> None:
        try:
            with engine.connect() as conn:
                result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
                tables = {r[0] for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table'")}
        except Exception as exc:  # sqlite3.DatabaseError and friends, wrapped by SQLAlchemy
            engine.dispose()
            raise errors.CorruptPlan(None, path, getattr(exc, "orig", exc)) from exc
        if result != "ok":
            engine.dispose()
            raise errors.CorruptPlan(None, path, result)
        if not {"plan", "action", "alembic_version"} <= tables:
            engine.dispose()
            raise errors.CorruptPlan(None, path, "tables missing")

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
        """Write a consistent copy of the live plan to target (backup API, atomic rename)."""
        target = Path(target).absolute()
        if target == self.path:
            raise errors.FileExists(None, target)
        if not target.parent.is_dir() or not os.access(target.parent, os.W_OK):
            raise errors.PlanReadOnly(None, target)
        raw = self.engine.raw_connection()
        try:
            backup_to(raw.driver_connection, target)  # type: ignore[arg-type]
        finally:
            raw.close()
        return target

    def close(self) -> None:
        """Close connections and release the lock (idempotent)."""
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
