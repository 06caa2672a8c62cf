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
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, insert, inspect, select, text
from sqlalchemy.engine import make_url

from ..core import validate
from ..core.model import Plan
from ..core.planfile import REVISIONS, SCHEMA_VERSION


def engine_of(url: str) -> Engine:
    """An engine on ``url`` through psycopg 3 (``postgresql://`` URLs are taken as they come)."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
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

    def __init__(self, engine: Engine, plan_id: int, read_only: bool = False) -> None:
        self.engine = engine
        self.plan_id = plan_id
        self.read_only = read_only
        self.path = engine.url.render_as_string(hide_password=True)
        self.backup = None

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
        """The plan with ``plan_uuid`` (or the database's only one)."""
        engine = engine_of(url)
        with engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            query = select(Plan.id)
            if plan_uuid is not None:
                query = query.where(Plan.uuid == plan_uuid)
            ids = list(conn.execute(query.order_by(Plan.id)).scalars())
        if version != REVISIONS[SCHEMA_VERSION] or len(ids) != 1:
            engine.dispose()
            raise LookupError(f"{url}: schema {version}, {len(ids)} plan(s)")
        return cls(engine, ids[0], read_only)

    def close(self) -> None:
        self.engine.dispose()
