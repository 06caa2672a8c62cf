"""Named snapshots of a plan kept inside its file: taken, listed, read, restored, deleted.

A snapshot stores each table's rows of the plan as they are stored (the raw SQLite values),
as compressed JSON, one part per table.  Taking one on a 10,000-action plan reads each table
once and writes about a tenth of the file's size (the rows compress about 10:1), so a file with
a dozen snapshots is not a dozen times larger; copying rows into shadow tables would double it.

A snapshot is input like a file is: a file from outside may hold an altered or hostile one.
It is never read into the plan directly: its rows are first put in a private in-memory database
of the current schema and checked there with the same value rules an opened file passes
(:mod:`values`) and SQLite's own constraints and foreign keys; anything else is a
:class:`SnapshotDamaged` with one line for the person.  The rows then come out typed, as
:meth:`PlanDocument.take_state` gives them, for compare (:mod:`diff`) and merge (:mod:`merge`),
or go into a new plan file (restore).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import Connection, create_engine, delete, func, insert, select, text, update
from sqlalchemy.pool import StaticPool

from . import values
from .errors import NotFound, PlanError
from .model import (TABLES_PARENT_FIRST, Action, Base, Plan, PlanSnapshot, SnapshotChunk,
                    SnapshotPart, content_columns, utcnow)

ROLES = ("named", "group", "base", "merge")
MAX_NAME = 200
# A part expands to at most this many times its stored size, and never past this many bytes:
# a hostile "zip bomb" part is refused before it fills the memory.
MAX_RATIO = 200
MAX_BYTES = 1 << 30
_FORMAT = 1
CHUNK = 256  # rows of one table per chunk, by id range (an edit changes one chunk)
LEVEL = 1  # zlib: 5 times faster than the default level for 15 % more bytes


class SnapshotDamaged(PlanError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "The snapshot “%1” is damaged and cannot be read (%2).")


class SnapshotMissing(NotFound):
    default_text = QT_TRANSLATE_NOOP("PlanError", "The snapshot no longer exists in this plan.")


@dataclass(frozen=True)
class SnapshotInfo:
    """One snapshot as the list shows it."""

    id: int
    uuid: str
    name: str
    role: str
    taken_at: dt.datetime
    schema: int
    actions: int


# --- taking ----------------------------------------------------------------------------------------

def _columns(model: type) -> list[str]:
    return content_columns(model)  # a row's version is bookkeeping, not the plan's state


def take(conn: Connection, plan_id: int, name: str, role: str, schema: int) -> SnapshotInfo:
    """Store the plan's rows now under ``name`` (inside the caller's write transaction).

    Rows go in chunks of :data:`CHUNK` ids; a chunk already stored (the same text) is reused.
    """
    if role not in ROLES:
        raise ValueError(role)
    pieces: list[tuple[str, int, str, bytes]] = []  # table, first id, digest, text
    actions = 0
    for model in TABLES_PARENT_FIRST:
        table = model.__table__.name  # type: ignore[attr-defined]
        columns = _columns(model)
        at = columns.index("id")
        rows = _stored_rows(conn, model, plan_id, columns)
        if model is Action:
            actions = len(rows)
        chunks: dict[int, list[Any]] = {}
        for row in rows:
            chunks.setdefault(row[at] // CHUNK, []).append(row)
        for key, chunk in chunks.items():
            blob = json.dumps({"format": _FORMAT, "table": table, "columns": columns,
                               "rows": chunk}, ensure_ascii=False, separators=(",", ":"),
                              default=_raw_value).encode("utf-8")
            pieces.append((table, key * CHUNK, hashlib.sha256(blob).hexdigest(), blob))
    stored: dict[str, int] = {}
    digests = sorted({p[2] for p in pieces})
    c = SnapshotChunk.__table__.c
    for i in range(0, len(digests), 500):
        found = conn.execute(select(c.id, c.digest).where(c.digest.in_(digests[i:i + 500])))
        stored.update((digest, chunk_id) for chunk_id, digest in found)
    for _table, _first, digest, blob in pieces:
        if digest not in stored:
            stored[digest] = conn.execute(insert(SnapshotChunk).values(
                digest=digest, data=zlib.compress(blob, LEVEL))).inserted_primary_key[0]
    taken_at = utcnow()
    sid = conn.execute(insert(PlanSnapshot).values(
        plan_id=plan_id, name=name, role=role, taken_at=taken_at, schema=schema,
        actions=actions)).inserted_primary_key[0]
    if pieces:
        conn.execute(insert(SnapshotPart), [
            {"snapshot_id": sid, "table_name": table, "first_id": first, "chunk_id": stored[digest]}
            for table, first, digest, _text in pieces])
    uuid = conn.execute(select(PlanSnapshot.uuid).where(PlanSnapshot.id == sid)).scalar_one()
    return SnapshotInfo(sid, uuid, name, role, taken_at, schema, actions)


def _stored_rows(conn: Connection, model: type, plan_id: int, columns: list[str]) -> list[Any]:
    """The plan's rows of one table as SQLite stores them: a file's as they are, a server's
    turned into the same forms (ISO dates, 0/1, JSON text), so a snapshot reads the same."""
    table = model.__table__.name  # type: ignore[attr-defined]
    names = ", ".join(f'"{c}"' for c in columns)
    if conn.dialect.name == "sqlite":  # the sqlite3 connection itself: a third of the time
        raw = conn.connection.driver_connection
        assert raw is not None
        where = "id = ?" if model is Plan else "plan_id = ?"
        return raw.execute(f'SELECT {names} FROM "{table}" WHERE {where} ORDER BY id',
                           (plan_id,)).fetchall()
    where = "id = :p" if model is Plan else "plan_id = :p"
    result = conn.execute(text(f'SELECT {names} FROM "{table}" WHERE {where} ORDER BY id'),
                          {"p": plan_id})  # untyped: the driver's values, no conversions
    return [[_as_stored(v) for v in row] for row in result]


def _as_stored(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    return value


def _raw_value(value: Any) -> Any:
    """A stored value JSON cannot hold as it is (a blob where text belongs): kept as text."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    raise TypeError(type(value).__name__)


# --- listing and deleting ------------------------------------------------------------------------

def listed(conn: Connection, plan_id: int) -> list[SnapshotInfo]:
    """The plan's snapshots, oldest first."""
    s = PlanSnapshot.__table__.c
    rows = conn.execute(select(s.id, s.uuid, s.name, s.role, s.taken_at, s.schema, s.actions)
                        .where(s.plan_id == plan_id).order_by(s.taken_at, s.id))
    return [SnapshotInfo(*r) for r in rows]


def stored_bytes(conn: Connection) -> int:
    """Bytes all snapshots of the file keep (shared chunks counted once)."""
    return int(conn.execute(select(func.coalesce(func.sum(func.length(SnapshotChunk.data)), 0)))
               .scalar_one())


def find(conn: Connection, plan_id: int, key: str) -> SnapshotInfo:
    """A snapshot by UUID, or by name (the newest of that name), as a person types it."""
    found = listed(conn, plan_id)
    for info in found:
        if info.uuid == key:
            return info
    named = [i for i in found if i.name == key]
    if not named:
        folded = key.casefold().strip()
        named = [i for i in found if i.name.casefold().strip() == folded]
    if not named:
        raise SnapshotMissing()
    return named[-1]


def remove(conn: Connection, plan_id: int, snapshot_id: int) -> None:
    done = conn.execute(delete(PlanSnapshot).where(PlanSnapshot.id == snapshot_id,
                                                   PlanSnapshot.plan_id == plan_id))
    if not done.rowcount:
        raise SnapshotMissing()
    conn.execute(delete(SnapshotChunk).where(
        SnapshotChunk.id.not_in(select(SnapshotPart.chunk_id).distinct())))


def rename(conn: Connection, plan_id: int, snapshot_id: int, name: str) -> None:
    done = conn.execute(update(PlanSnapshot).where(PlanSnapshot.id == snapshot_id,
                                                   PlanSnapshot.plan_id == plan_id)
                        .values(name=name))
    if not done.rowcount:
        raise SnapshotMissing()


def set_role(conn: Connection, snapshot_id: int, role: str) -> None:
    conn.execute(update(PlanSnapshot).where(PlanSnapshot.id == snapshot_id).values(role=role))


# --- reading ---------------------------------------------------------------------------------------

def _parts(conn: Connection, info: SnapshotInfo) -> list[tuple[str, list[str], list[list[Any]]]]:
    """Each chunk's (table, columns, raw rows), decompressed within bounds and shape-checked."""
    out: list[tuple[str, list[str], list[list[Any]]]] = []
    known = {m.__table__.name: set(_columns(m)) for m in TABLES_PARENT_FIRST}  # type: ignore[attr-defined]
    for table, digest, data in conn.execute(
            select(SnapshotPart.table_name, SnapshotChunk.digest, SnapshotChunk.data)
            .join(SnapshotChunk, SnapshotChunk.id == SnapshotPart.chunk_id)
            .where(SnapshotPart.snapshot_id == info.id)
            .order_by(SnapshotPart.table_name, SnapshotPart.first_id)):
        if table not in known:
            raise SnapshotDamaged(None, info.name, f"unknown table {table!r}")
        if not isinstance(data, bytes):
            raise SnapshotDamaged(None, info.name, f"{table}: not stored data")
        try:
            unpack = zlib.decompressobj()
            limit = min(MAX_BYTES, max(1 << 20, MAX_RATIO * len(data)))
            text = unpack.decompress(data, limit)
            if unpack.unconsumed_tail or not unpack.eof:
                raise SnapshotDamaged(None, info.name, f"{table}: too large or cut short")
            if hashlib.sha256(text).hexdigest() != digest:
                raise SnapshotDamaged(None, info.name, f"{table}: altered")
            part = json.loads(text.decode("utf-8"))
        except (zlib.error, UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise SnapshotDamaged(None, info.name, f"{table}: {exc}") from exc
        if not (isinstance(part, dict) and part.get("table") == table
                and isinstance(part.get("columns"), list) and isinstance(part.get("rows"), list)
                and all(isinstance(c, str) for c in part["columns"])
                and set(part["columns"]) <= known[table] and "id" in part["columns"]):
            raise SnapshotDamaged(None, info.name, f"{table}: not a snapshot part")
        if not all(type(row) is list for row in part["rows"]):  # noqa: E721 - exact type
            raise SnapshotDamaged(None, info.name, f"{table}: a row of the wrong shape")
        # A row of the wrong length or a value SQLite cannot bind (a list) fails the insert
        # into the checked copy below: one check, not one per value here.
        out.append((table, part["columns"], part["rows"]))
    if not any(table == "plan" for table, _c, _r in out):
        raise SnapshotDamaged(None, info.name, "no plan row")
    return out


@contextmanager
def _checked(conn: Connection, info: SnapshotInfo) -> Iterator[Connection]:
    """The snapshot's rows in a private in-memory database of this schema, checked."""
    parts = _parts(conn, info)
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.begin() as mem:
            Base.metadata.create_all(mem)
            raw: sqlite3.Connection = mem.connection.driver_connection  # type: ignore[assignment]
            raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            order = {m.__table__.name: i for i, m in enumerate(TABLES_PARENT_FIRST)}  # type: ignore[attr-defined]
            for table, columns, rows in sorted(parts, key=lambda p: order[p[0]]):
                names = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join("?" for _c in columns)
                raw.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
            raw.commit()
            plans = raw.execute("SELECT count(*) FROM plan").fetchone()[0]
            if plans != 1:
                raise SnapshotDamaged(None, info.name, "not one plan row")
            broken = raw.execute("PRAGMA foreign_key_check").fetchone()
            if broken is not None:
                raise SnapshotDamaged(None, info.name, f"{broken[0]} row {broken[1]} has no parent")
            bad = next(values.problems(raw), None)
            if bad is not None:
                raise SnapshotDamaged(None, info.name, f"{bad[1]} row {bad[2]}")
        except sqlite3.Error as exc:  # constraints: a code twice, a negative budget...
            raise SnapshotDamaged(None, info.name, exc) from exc
        with engine.connect() as mem:
            yield mem
    finally:
        engine.dispose()


def state(conn: Connection, info: SnapshotInfo) -> dict[str, list[dict[str, Any]]]:
    """The snapshot's rows by table, typed as take_state gives them, the plan row under "plan"."""
    with _checked(conn, info) as mem:
        out: dict[str, list[dict[str, Any]]] = {}
        for model in TABLES_PARENT_FIRST:
            table = model.__table__  # type: ignore[attr-defined]
            result = mem.execute(select(*(table.c[c] for c in _columns(model)))
                                 .order_by(table.c.id))
            keys = list(result.keys())
            out[table.name] = [dict(zip(keys, row)) for row in result]
        return out


def restore(conn: Connection, info: SnapshotInfo, target: str | Path,
            overwrite: bool = False) -> Path:
    """Write the snapshot as a new plan file at ``target`` (built aside, renamed into place)."""
    from .planfile import PlanFile

    rows = state(conn, info)

    def populate(draft: PlanFile) -> None:
        with draft.engine.execution_options(lc_write=True).begin() as out:
            for model in TABLES_PARENT_FIRST:
                table_rows = rows.get(model.__table__.name)  # type: ignore[attr-defined]
                if table_rows:
                    out.execute(insert(model.__table__), table_rows)  # type: ignore[attr-defined]

    PlanFile.create(target, overwrite=overwrite, populate=populate).close()
    return Path(target).absolute()
