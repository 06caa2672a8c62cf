"""The whole plan as one state: what an import's undo puts back, and the partner links by UUID.

An import touches many rows of many kinds at once; rather than one inverse command per row, its
undo command keeps the plan's rows before and after (:meth:`take_state`) and puts either back
(:meth:`put_state`), with the same ids and UUIDs.  Mixed into PlanDocument.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update

from ..model import TABLES_PARENT_FIRST, ActionPartner, Plan
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
                table = model.__table__
                snap.tables[table.name] = [dict(r._mapping) for r in conn.execute(
                    select(table).where(table.c.plan_id == doc.plan_id).order_by(table.c.id))]
        return snap

    def put_state(self, snapshot: Snapshot) -> None:
        """Make the plan's rows exactly those of ``snapshot`` (one transaction), and its
        properties those of its "plan" row when it has one."""
        doc: Any = self
        plan = (snapshot.tables.get("plan") or [None])[0]
        with doc._writing("all") as s:
            conn = s.connection()
            if plan is not None:
                conn.execute(update(Plan).where(Plan.id == doc.plan_id).values(
                    **{k: v for k, v in plan.items()
                       if k not in ("id", "uuid", "created_at", "updated_at")}))
            for model in reversed(_KEPT):
                conn.execute(delete(model).where(model.plan_id == doc.plan_id))
            for model in _KEPT:
                rows = snapshot.tables.get(model.__table__.name)
                if rows:
                    conn.execute(insert(model.__table__), rows)
            if plan is not None:  # before changed() is sent: views read the language
                doc.language = plan.get("language", doc.language)
        doc._search.invalidate()

    def take_plan_row(self) -> dict[str, Any]:
        """The plan row's columns (its properties), as :meth:`take_state` leaves it out."""
        doc: Any = self
        table = Plan.__table__
        with doc._reading() as conn:
            return dict(conn.execute(select(table).where(table.c.id == doc.plan_id))
                        .mappings().one())

    def partner_links(self) -> list[tuple[str, int, int, str]]:
        """(uuid, action id, organisation id, role) of every partner link of the plan."""
        doc: Any = self
        p = ActionPartner.__table__.c
        with doc._reading() as conn:
            return [tuple(r) for r in conn.execute(  # type: ignore[misc]
                select(p.uuid, p.action_id, p.organisation_id, p.role)
                .where(p.plan_id == doc.plan_id).order_by(p.action_id, p.position, p.id))]
