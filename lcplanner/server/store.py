"""A plan on a PostgreSQL database: what :class:`PlanDocument` needs of a store, as planfile.py
gives it for a file (an Engine, the plan's id, read-only or not, close).

The schema is the one the Alembic scripts build for files, run on the server's connection
(SQLAlchemy picks each engine's words: BIGINT amounts, the period's form).  A database holds
several plans, told apart by their ids; a new database gets the schema when its first plan is
made.  First step of team mode: versions per row, LISTEN/NOTIFY, roles and the window's
"Connect to Server" come next.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, func, insert, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, ProgrammingError

from ..core import validate
from ..core.model import (TABLES_PARENT_FIRST, Plan, PlanSnapshot, SnapshotChunk,
                          SnapshotPart)
from ..core.planfile import REVISIONS, SCHEMA_VERSION
from .errors import (ChoosePlan, NoAccess, NoSuchServerPlan, NotAPlanDatabase,
                     ServerNeedsUpgrade, ServerTooNew, ServerUnreachable)


NOTICE_MAX = 7000  # bytes of a notice's text (PostgreSQL's limit is 8,000)


def shown(url: Any) -> str:
    """A server's URL as messages and the window show it: never its password."""
    return make_url(str(url) if not hasattr(url, "set") else url).set(
        drivername="postgresql").render_as_string(hide_password=True)


def engine_of(url: str) -> Engine:
    """An engine on ``url`` through psycopg 3 (``postgresql://`` URLs are taken as they come)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True)


def upgrade(engine: Engine) -> None:
    """Build or upgrade the schema to this version's, in one transaction."""
    config = Config()
    config.set_main_option("script_location", "lcplanner.core:migrations")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, REVISIONS[SCHEMA_VERSION])


class ServerPlan:
    """One plan of a PostgreSQL database (see the module's docstring)."""

    def __init__(self, engine: Engine, plan_id: int, read_only: bool = False,
                 plan_uuid: str | None = None) -> None:
        from .targets import with_plan

        self.engine = engine
        self.plan_id = plan_id
        self.read_only = read_only
        if plan_uuid is None:
            with engine.connect() as conn:
                plan_uuid = conn.execute(select(Plan.uuid).where(Plan.id == plan_id)).scalar_one()
        # what the window shows and remembers: the plan's URL, never a password
        self.path = with_plan(engine.url.render_as_string(hide_password=False), plan_uuid)
        self.backup = None
        self.viewer_only = False  # read-only because the person is a viewer of the plan
        self.token = uuid.uuid4().hex  # this window's name in its notices (its own are ignored)

    @property
    def channel(self) -> str:
        """The plan's notification channel: every write to it is announced there."""
        return f"lcplanner_plan_{int(self.plan_id)}"

    def announce(self, conn: Connection, kind: str, ids: Sequence[int],
                 written: Mapping[tuple[str, int], int]) -> None:
        """Tell the plan's other windows what this write changed (sent when it commits).

        PostgreSQL keeps a notice under 8,000 bytes: a big change says only "all".
        """
        notice = {"by": self.token, "kind": kind, "ids": list(ids),
                  "rows": [[t, i, v] for (t, i), v in written.items()]}
        payload = json.dumps(notice, separators=(",", ":"))
        if len(payload) > NOTICE_MAX:
            payload = json.dumps({"by": self.token, "kind": "all", "ids": [], "rows": []})
        conn.execute(select(func.pg_notify(self.channel, payload)))

    @classmethod
    def create(cls, url: str, city: str, title: str | None = None, **fields: Any) -> ServerPlan:
        """A new plan on the server (the schema built first when the database is empty)."""
        year = dt.date.today().year  # as PlanDocument.create's defaults for a file
        values = validate.clean("plan", {
            "city": city, "title": title or city, "period_start": year, "period_end": year + 2,
            "language": "tr", "currency": "TRY", **fields})
        validate.check_period(values.get("period_start"), values.get("period_end"))
        engine = engine_of(url)
        if "plan" not in inspect(engine).get_table_names():
            upgrade(engine)
        with engine.begin() as conn:
            plan_id = conn.execute(insert(Plan).values(**values).returning(Plan.id)).scalar_one()
        return cls(engine, plan_id)

    @classmethod
    def open(cls, url: str, plan_uuid: str | None = None, read_only: bool = False) -> ServerPlan:
        """The plan with ``plan_uuid`` (or the database's only one); refused in one line when
        the server cannot be reached, holds no plans, or its schema is not this version's."""
        from .roles import may_edit

        engine = engine_of(url)
        try:
            plan_id, plan_uuid = _plan_id(engine, shown(engine.url), plan_uuid)
            with engine.connect() as conn:
                viewer = not read_only and not may_edit(conn, plan_uuid)
        except BaseException:
            engine.dispose()
            raise
        plan = cls(engine, plan_id, read_only or viewer, plan_uuid)
        plan.viewer_only = viewer
        return plan

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        """The plan as a .lcplan file, ids and UUIDs kept, its snapshots too (to take it
        offline: a group copy whose base a merge back finds).  Read in one snapshot of the
        database; the file is built aside and renamed into place."""
        from ..core.planfile import PlanFile

        def fill(draft: PlanFile) -> None:
            source = self.engine.connect().execution_options(isolation_level="REPEATABLE READ")
            with source, source.begin(), \
                    draft.engine.execution_options(lc_write=True).begin() as out:
                for table, where in _plan_rows(self.plan_id):
                    rows = [dict(r._mapping) for r in source.execute(select(table).where(where))]
                    if rows:
                        out.execute(insert(table), rows)

        PlanFile.create(target, overwrite=True, populate=fill).close()
        return Path(target).absolute()

    def close(self) -> None:
        self.engine.dispose()


def schema_of(engine: Engine) -> int | None:
    """The database's schema version (None: not an LC Planner database)."""
    with engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return None
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    by_revision = {r: v for v, r in REVISIONS.items()}
    return by_revision.get(revision, SCHEMA_VERSION + 1)  # a revision not known: a newer one


def plans(engine: Engine) -> list[tuple[str, str]]:
    """(UUID, title) of the database's plans, oldest first."""
    with engine.connect() as conn:
        return [(u, t) for u, t in conn.execute(select(Plan.uuid, Plan.title).order_by(Plan.id))]


def _plan_id(engine: Engine, shown: str, plan_uuid: str | None) -> tuple[int, str]:
    """(id, UUID) of the plan to open, after the schema's and the plan's checks."""
    try:
        version = schema_of(engine)
    except OperationalError as exc:
        raise ServerUnreachable(None, shown, getattr(exc, "orig", exc)) from exc
    except ProgrammingError as exc:  # no right to read the plans at all
        raise NoAccess(None, shown) from exc
    if version is None:
        raise NotAPlanDatabase(None, shown)
    if version < SCHEMA_VERSION:
        raise ServerNeedsUpgrade(None, shown, version, SCHEMA_VERSION)
    if version > SCHEMA_VERSION:
        raise ServerTooNew(None, shown, version, SCHEMA_VERSION)
    found = plans(engine)
    if plan_uuid is not None:
        found = [(u, t) for u, t in found if u == plan_uuid]
        if not found:
            raise NoSuchServerPlan(None, shown, plan_uuid)
    if not found:
        raise NotAPlanDatabase(None, shown)
    if len(found) > 1:
        raise ChoosePlan(shown, found)
    with engine.connect() as conn:
        plan_id = conn.execute(select(Plan.id).where(Plan.uuid == found[0][0])).scalar_one()
    return int(plan_id), found[0][0]


def _plan_rows(plan_id: int) -> list[tuple[Any, Any]]:
    """(table, which rows) of everything one plan holds, parents first: its content, then its
    snapshots with their parts and the chunks they use."""
    out: list[tuple[Any, Any]] = []
    for model in TABLES_PARENT_FIRST:
        table = model.__table__
        out.append((table, table.c.id == plan_id if model is Plan else table.c.plan_id == plan_id))
    snap, part = PlanSnapshot.__table__, SnapshotPart.__table__
    mine = select(snap.c.id).where(snap.c.plan_id == plan_id)
    out.append((SnapshotChunk.__table__, SnapshotChunk.__table__.c.id.in_(
        select(part.c.chunk_id).where(part.c.snapshot_id.in_(mine)))))
    out.append((snap, snap.c.plan_id == plan_id))
    out.append((part, part.c.snapshot_id.in_(mine)))
    return out
