"""Deletes that can be undone (a mixin of PlanDocument): what a delete takes, and putting it back.

A delete captures every row it removes before it runs: the row, and whatever the database
removes with it through ``ON DELETE CASCADE`` (found from the model's foreign keys, so a table
added later is captured without a line here), plus rows a caller names that the change alters.
:meth:`restore` puts them back with the same ids and UUIDs, and removes rows the change created
(an update recorded for a period that had none), which is what undo commands build on.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..model import ROW_VERSION, TABLES_PARENT_FIRST, Plan
from .states import follow_ids
from .base import Snapshot

_BY_TABLE = {m.__table__.name: m for m in TABLES_PARENT_FIRST}  # type: ignore[attr-defined]


def cascade(wheres: Mapping[type, Any]) -> dict[type, Any]:
    """``wheres`` with, for each table, the rows a delete of those rows takes along (cascade)."""
    out = dict(wheres)
    for child in TABLES_PARENT_FIRST:
        found = []
        for fk in child.__table__.foreign_keys:  # type: ignore[attr-defined]
            parent = _BY_TABLE.get(fk.column.table.name)
            if fk.ondelete == "CASCADE" and parent in out and parent is not Plan \
                    and parent is not child:
                found.append(fk.parent.in_(select(parent.id).where(out[parent])))
        if found:
            out[child] = or_(out[child], *found) if child in out else or_(*found)
    return out


class UndoableDeletes:
    """``_delete``, ``_capture`` and ``restore`` (see the module's docstring)."""

    def _delete(self, kind: str, model: type, ident: int,
                dependents: Mapping[type, Any] | None = None) -> Snapshot:
        """Delete one row (the database cascades the rest); the snapshot holds all it took.

        ``dependents`` names, per table, other rows the delete changes (not removes), so
        :meth:`restore` can put them back too.
        """
        doc: Any = self
        with doc._writing(kind, [ident]) as s:
            doc._check_seen(doc._get(s, model, ident))  # not a row someone else changed since
            wheres = cascade({model: model.id == ident})  # type: ignore[attr-defined]
            for table, where in (dependents or {}).items():
                wheres[table] = or_(wheres[table], where) if table in wheres else where
            snap = self._capture(s, kind, [ident], wheres)
            s.execute(delete(model).where(model.id == ident))  # type: ignore[attr-defined]
        doc._seen.forget(snap.keys())
        return snap

    def _capture(self, s: Session, kind: str, ids: list[int],
                 wheres: Mapping[type, Any]) -> Snapshot:
        snap = Snapshot(kind, ids)
        conn = s.connection()
        for model in TABLES_PARENT_FIRST:
            if model in wheres:
                table = model.__table__  # type: ignore[attr-defined]
                snap.tables[table.name] = [dict(r._mapping) for r in
                                           conn.execute(select(table).where(wheres[model]))]
        return snap

    def restore(self, snapshot: Snapshot) -> None:
        """Put back what a delete removed, with the same ids and UUIDs (undo of a delete).

        Then says which details came back with it (an action's budget lines, indicators), so
        the tables that show only those kinds reload too.
        """
        self._restore(snapshot)
        doc: Any = self
        for kind, table in (("budget", "budget_line"), ("indicator", "indicator"),
                            ("progress", "progress_update"), ("measurement", "measurement"),
                            ("milestone", "milestone")):
            if snapshot.kind != kind and (snapshot.tables.get(table) or snapshot.created.get(table)):
                doc.changed.emit(kind, [])

    def _restore(self, snapshot: Snapshot) -> None:
        doc: Any = self
        with doc._writing(snapshot.kind, snapshot.ids) as s:
            conn = s.connection()
            for model in reversed(TABLES_PARENT_FIRST):
                table = model.__table__  # type: ignore[attr-defined]
                if table.name in snapshot.replace:
                    conn.execute(delete(model).where(model.plan_id == doc.plan_id))
                elif snapshot.created.get(table.name):
                    conn.execute(delete(model).where(
                        model.id.in_(snapshot.created[table.name]),  # type: ignore[attr-defined]
                        model.plan_id == doc.plan_id))
            # both engines say "insert, or update the row with this id" the same way
            upsert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
            for model in TABLES_PARENT_FIRST:
                rows = snapshot.tables.get(model.__table__.name)  # type: ignore[attr-defined]
                for row in rows or ():
                    stmt = upsert(model.__table__).values(**row)  # type: ignore[attr-defined]
                    put = {k: v for k, v in row.items() if k != "id"}
                    if ROW_VERSION not in row:  # a state's row (no version): one change more
                        put[ROW_VERSION] = model.__table__.c[ROW_VERSION] + 1  # type: ignore
                    conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=put))
            follow_ids(conn, [m for m in TABLES_PARENT_FIRST if snapshot.tables.get(
                m.__table__.name)])  # type: ignore[attr-defined]
        for table, rows in snapshot.tables.items():  # the rows as this document left them
            for row in rows:
                if ROW_VERSION in row:
                    doc._seen.advance(table, row["id"], row[ROW_VERSION], own=True)
                else:  # a state's row, one version more: taken as seen when read again
                    doc._seen.forget([(table, row["id"])])
