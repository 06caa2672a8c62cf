"""A plan named by a file path or by a server URL, wherever a command or the window takes one.

``postgresql://user@host:5432/database?plan=UUID`` names one plan of a server database (the
``plan`` part may be left out when the database holds one).  The password is never part of what
LC Planner stores: libpq's own ways (PGPASSWORD, the ~/.pgpass file) or a prompt give it, and the
connection uses TLS whenever the server offers it (libpq's ``sslmode=prefer``).

Publishing copies a .lcplan file's plan to a server; taking a plan offline writes a group copy of
it (core/groups.py), which `lcplanner merge URL FILE` merges back.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core.errors import PlanFileError

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


class PlanAlreadyOnServer(PlanFileError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "The plan %2 is already on %1: open it there, or take it offline and merge "
        "your file back into it.")


def is_server(target: object) -> bool:
    """Whether ``target`` is a server URL rather than a file's path."""
    return str(target).split("://", 1)[0].lower() in SCHEMES and "://" in str(target)


def split(target: str) -> tuple[str, str | None]:
    """(URL to connect to, the plan's UUID or None): ``?plan=`` is LC Planner's, not libpq's."""
    parts = urlsplit(target)
    query = parse_qsl(parts.query, keep_blank_values=True)
    plan = next((v for k, v in query if k == "plan"), None)
    rest = urlencode([(k, v) for k, v in query if k != "plan"])
    return urlunsplit(parts._replace(query=rest)), plan or None


def with_plan(url: str, plan_uuid: str) -> str:
    """The URL naming one plan (what the window remembers among recent plans: no password)."""
    from sqlalchemy.engine import make_url

    plain = make_url(url)._replace(password=None, drivername="postgresql")  # set() keeps None
    parts = urlsplit(plain.render_as_string(hide_password=False))
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "plan"] + [("plan", plan_uuid)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def open_document(target: str | os.PathLike[str], read_only: bool = False) -> Any:
    """A PlanDocument on a file or on a server plan, refused in one line as files are."""
    from ..core.document import PlanDocument

    if not is_server(target):
        return PlanDocument.open(target, read_only=read_only)
    from .store import ServerPlan

    url, plan = split(str(target))
    return PlanDocument(ServerPlan.open(url, plan, read_only=read_only))


def publish(path: str | os.PathLike[str], url: str) -> str:
    """Copy the plan of a .lcplan file to the server (the schema built when the database is
    new); returns the URL that names it there.  Its UUIDs stay, its ids are the server's."""
    from sqlalchemy import insert, inspect

    from ..core.commands.base import Snapshot
    from ..core.document import PlanDocument
    from ..core.model import Plan
    from .errors import ChoosePlan, NotAPlanDatabase
    from .store import ServerPlan, engine_of, plans, shown, upgrade
    from .store import _plan_id as check_schema

    source = PlanDocument.open(path, read_only=True)
    try:
        state = source.take_state(with_plan=True)
    finally:
        source.close()
    plan_row = dict(state.tables.pop("plan")[0])
    url, _plan = split(url)
    engine = engine_of(url)
    where = shown(engine.url)
    try:
        if "plan" not in inspect(engine).get_table_names():
            upgrade(engine)
        else:
            try:
                check_schema(engine, where, None)
            except (ChoosePlan, NotAPlanDatabase):
                pass  # other plans, or none yet: this one joins them
        if any(u == plan_row["uuid"] for u, _t in plans(engine)):
            raise PlanAlreadyOnServer(None, where, plan_row["uuid"])
        with engine.begin() as conn:
            values = {k: v for k, v in plan_row.items() if k != "id"}
            plan_id = conn.execute(insert(Plan).values(**values).returning(Plan.id)).scalar_one()
    except BaseException:
        engine.dispose()
        raise
    doc = PlanDocument(ServerPlan(engine, plan_id, plan_uuid=plan_row["uuid"]))
    try:
        tables = {t: [{**r, "plan_id": plan_id} for r in rows] for t, rows in state.tables.items()}
        doc.put_state(Snapshot("all", [], tables))
    finally:
        doc.close()
    return with_plan(url, plan_row["uuid"])


def take_offline(target: str, path: str | os.PathLike[str], overwrite: bool = False) -> Path:
    """A .lcplan copy of a server plan for a workshop without network: a group copy, so that
    ``lcplanner merge URL FILE`` merges what was done offline back (three-way)."""
    from ..core.groups import group_copy

    path = Path(path).absolute()
    doc = open_document(target)
    try:
        group_copy(doc, path, overwrite=overwrite)
    finally:
        doc.close()
    return path
