"""The whole plan as one state: what an import's undo puts back, and the partner links by UUID.

An import touches many rows of many kinds at once; rather than one inverse command per row, its
undo command keeps the plan's rows before and after (:meth:`take_state`) and puts either back
(:meth:`put_state`), with the same ids and UUIDs.  Mixed into PlanDocument.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..model import ROW_VERSION, TABLES_PARENT_FIRST, ActionPartner, Plan, content_columns
from .base import Snapshot

_KEPT = tuple(m for m in TABLES_PARENT_FIRST if m is not Plan)


class StateCommands:
    """Whole-plan states (undo of an import) and reads the round trip needs."""

    def take_state(self, with_plan: bool = False) -> Snapshot:
        """Every row of the plan, parents first; the plan row itself (its properties) under
        "plan" only ``with_plan`` (a merge's undo puts them back too)."""
        doc: Any = self
        snap = Snapshot("all", [], replace=tuple(m.__table__.name for m in _KEPT))
        if with_plan:
            snap.tables["plan"] = [self.take_plan_row()]
        with doc._reading() as conn:
            for model in _KEPT:
                snap.tables[model.__table__.name] = self._rows(conn, model)
        return snap

    def _rows(self, conn: Any, model: Any) -> list[dict[str, Any]]:
        """The plan's rows of one table by id, as dicts (zip, not row._mapping: a third of the
        time)."""
        doc: Any = self
        table = model.__table__
        result = conn.execute(  # without the row's version: a state is content (model.py)
            select(*(table.c[c] for c in content_columns(model)))
            .where(table.c.plan_id == doc.plan_id).order_by(table.c.id))
        keys = list(result.keys())
        return [dict(zip(keys, row)) for row in result]

    def put_state(self, snapshot: Snapshot) -> None:
        """Make the plan's rows exactly those of ``snapshot`` (one transaction), and its
        properties those of its "plan" row when it has one.

        Only the rows that differ are written (a merge of 500 changes into 10,000 actions
        touches 500 rows, not all): inserts, updates, then deletes, with foreign keys checked
        at commit.  Should an update collide with a unique key a later delete would free,
        the step is rolled back to its savepoint and every row is replaced instead.
        """
        doc: Any = self
        plan = (snapshot.tables.get("plan") or [None])[0]
        with doc._writing("all") as s:
            conn = s.connection()
            if plan is not None:
                conn.execute(update(Plan).where(Plan.id == doc.plan_id).values(
                    **{k: v for k, v in plan.items()
                       if k not in ("id", "uuid", "created_at", "updated_at", ROW_VERSION)},
                    row_version=Plan.row_version + 1))
            if conn.dialect.name == "sqlite":  # a server checks each statement: parents first
                conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            else:  # other plans share the server's tables: a new row may not take their ids
                snapshot = _clear_of_others(conn, doc.plan_id, snapshot)
            try:
                with conn.begin_nested():
                    self._put_changed(conn, snapshot)
            except IntegrityError:
                self._put_all(conn, snapshot)
            follow_ids(conn, [m for m in _KEPT if snapshot.tables.get(m.__table__.name)])
            if plan is not None:  # before changed() is sent: views read the language
                doc.language = plan.get("language", doc.language)
        doc._seen.forget()  # many rows have new versions: each is taken as seen when read again
        doc._search.invalidate()

    def _put_changed(self, conn: Any, snapshot: Snapshot) -> None:
        wanted = {m: {r["id"]: r for r in snapshot.tables.get(m.__table__.name) or ()}
                  for m in _KEPT}
        now = {m: {r["id"]: r for r in self._rows(conn, m)} for m in _KEPT}
        for model in _KEPT:  # parents first
            new = [r for i, r in wanted[model].items() if i not in now[model]]
            if new:
                conn.execute(insert(model.__table__), new)
        for model in _KEPT:
            table = model.__table__
            for ident, row in wanted[model].items():
                old = now[model].get(ident)
                if old is not None and old != row:  # a changed row counts one more version
                    conn.execute(update(table).where(table.c.id == ident).values(
                        **{k: v for k, v in row.items() if old.get(k) != v},
                        row_version=table.c.row_version + 1))
        for model in reversed(_KEPT):  # children first; what a cascade took is already gone
            gone = [i for i in now[model] if i not in wanted[model]]
            for start in range(0, len(gone), 500):
                conn.execute(delete(model).where(model.id.in_(gone[start:start + 500])))

    def _put_all(self, conn: Any, snapshot: Snapshot) -> None:
        doc: Any = self
        for model in reversed(_KEPT):
            conn.execute(delete(model).where(model.plan_id == doc.plan_id))
        for model in _KEPT:
            rows = snapshot.tables.get(model.__table__.name)
            if rows:
                conn.execute(insert(model.__table__), rows)

    def take_plan_row(self) -> dict[str, Any]:
        """The plan row's columns (its properties), as :meth:`take_state` leaves it out."""
        doc: Any = self
        table = Plan.__table__
        with doc._reading() as conn:
            return dict(conn.execute(select(*(table.c[c] for c in content_columns(Plan)))
                                     .where(table.c.id == doc.plan_id)).mappings().one())

    def partner_links(self) -> list[tuple[str, int, int, str]]:
        """(uuid, action id, organisation id, role) of every partner link of the plan."""
        doc: Any = self
        p = ActionPartner.__table__.c
        with doc._reading() as conn:
            return [tuple(r) for r in conn.execute(  # type: ignore[misc]
                select(p.uuid, p.action_id, p.organisation_id, p.role)
                .where(p.plan_id == doc.plan_id).order_by(p.action_id, p.position, p.id))]


def follow_ids(conn: Any, models: list[Any]) -> None:
    """After rows went in with ids of their own (a restore, a merge): a server's id sequences
    move past them, so the next new row does not take one of those ids.  Files need nothing."""
    if conn.dialect.name != "postgresql":
        return
    for model in models:
        name = model.__table__.name
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), "
            f'GREATEST((SELECT max(id) FROM "{name}"), 1))')


def _clear_of_others(conn: Any, plan_id: int, snapshot: Snapshot) -> Snapshot:
    """``snapshot`` with each new row whose id another plan of the database uses given a fresh
    id from the table's sequence, and every reference to it following."""
    from ..diff import REFERENCES

    moved: dict[str, dict[int, int]] = {}
    for model in _KEPT:
        table = model.__table__
        rows = snapshot.tables.get(table.name) or []
        wanted = [r["id"] for r in rows]
        taken: set[int] = set()
        for start in range(0, len(wanted), 1000):
            taken.update(conn.execute(select(table.c.id).where(
                table.c.id.in_(wanted[start:start + 1000]), table.c.plan_id != plan_id)).scalars())
        for ident in sorted(taken):
            moved.setdefault(table.name, {})[ident] = conn.exec_driver_sql(
                f"SELECT nextval(pg_get_serial_sequence('\"{table.name}\"', 'id'))").scalar()
    if not moved:
        return snapshot
    out = Snapshot(snapshot.kind, snapshot.ids, {}, snapshot.replace, snapshot.created)
    for name, rows in snapshot.tables.items():
        fixed = []
        for row in rows:
            row = dict(row)
            if row.get("id") in moved.get(name, {}) and name != "plan":
                row["id"] = moved[name][row["id"]]
            for column, target in REFERENCES.items():
                if row.get(column) in moved.get(target, {}):
                    row[column] = moved[target][row[column]]
            fixed.append(row)
        out.tables[name] = fixed
    return out
