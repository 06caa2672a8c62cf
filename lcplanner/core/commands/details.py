"""Commands on an action's details: budget lines and indicators (a mixin of PlanDocument).

Kept apart from :mod:`document` only to keep modules small; the methods use the document's
transaction helpers (``_writing``, ``_reading``, ``_get``, ``_capture``) and follow its rules:
validate first, one committed transaction each, deletes return a Snapshot for undo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func, select

from .. import queries, validate
from ..errors import NotFound, ValidationError
from ..model import Action, BudgetLine, Indicator, Objective
from ..rows import BudgetLineRow, IndicatorRow

if TYPE_CHECKING:
    from .base import Snapshot


class DetailCommands:
    """Budget lines and indicators of actions (and indicators of objectives)."""

    def add_budget_line(self, action_id: int, year: int, amount: Any, **fields: Any) -> int:
        values = validate.clean("budget", {"year": year, "amount": amount, **fields})
        ids: list[int] = []
        with self._writing("budget", ids) as s:
            self._get(s, Action, action_id)
            line = BudgetLine(plan_id=self.plan_id, action_id=action_id, **values)
            s.add(line)
            s.flush()
            ids.append(line.id)
        return ids[0]

    def update_budget_line(self, line_id: int, **fields: Any) -> None:
        values = validate.clean("budget", fields)
        with self._writing("budget", [line_id]) as s:
            line = self._get(s, BudgetLine, line_id)
            for key, value in values.items():
                setattr(line, key, value)

    def delete_budget_line(self, line_id: int) -> "Snapshot":
        return self._delete("budget", BudgetLine, line_id)  # type: ignore[attr-defined]

    def budget_line(self, line_id: int) -> BudgetLineRow:
        with self._reading() as conn:  # type: ignore[attr-defined]
            rows = queries.budget_lines(conn, self.plan_id)  # type: ignore[attr-defined]
        self._seen.note("budget_line", rows)  # type: ignore[attr-defined]
        for row in rows:
            if row.id == line_id:
                return row
        raise NotFound()

    def indicator(self, indicator_id: int) -> IndicatorRow:
        with self._reading() as conn:  # type: ignore[attr-defined]
            rows = queries.indicators(conn, self.plan_id)  # type: ignore[attr-defined]
        self._seen.note("indicator", rows)  # type: ignore[attr-defined]
        for row in rows:
            if row.id == indicator_id:
                return row
        raise NotFound()

    def budget_lines(self, action_id: int | None = None) -> list[BudgetLineRow]:
        with self._reading() as conn:
            rows = queries.budget_lines(conn, self.plan_id, action_id)
        self._seen.note("budget_line", rows)
        return rows

    def _indicator_values(self, values: dict[str, Any], kind: str) -> dict[str, Any]:
        for key in ("baseline", "target", "actual"):
            if key in values:
                values[key] = validate.indicator_value(values[key], kind, key)
        return values

    def add_indicator(self, name: str, *, action_id: int | None = None,
                      objective_id: int | None = None, **fields: Any) -> int:
        if (action_id is None) == (objective_id is None):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "PlanError", "An indicator belongs to one action or one objective."), field="owner")
        values = validate.clean("indicator", {"name": name, **fields})
        values = self._indicator_values(values, values.get("kind", "count"))
        ids: list[int] = []
        with self._writing("indicator", ids) as s:
            owner_model, owner_id = (Action, action_id) if action_id else (Objective, objective_id)
            self._get(s, owner_model, owner_id)  # type: ignore[arg-type]
            top = s.execute(select(func.max(Indicator.position)).where(
                Indicator.action_id == action_id if action_id else
                Indicator.objective_id == objective_id)).scalar()
            ind = Indicator(plan_id=self.plan_id, action_id=action_id, objective_id=objective_id,
                            position=0 if top is None else top + 1, **values)
            s.add(ind)
            s.flush()
            ids.append(ind.id)
            if ind.actual is not None:
                self._record_actual(s, ind, ind.actual)  # type: ignore[attr-defined]
        return ids[0]

    def update_indicator(self, indicator_id: int, **fields: Any) -> None:
        values = validate.clean("indicator", fields)
        with self._writing("indicator", [indicator_id]) as s:
            ind = self._get(s, Indicator, indicator_id)
            kind = values.get("kind", ind.kind)
            if "kind" in values:  # re-check the values already stored against the new kind
                for key in ("baseline", "target", "actual"):
                    values.setdefault(key, getattr(ind, key))
            for key, value in self._indicator_values(values, kind).items():
                setattr(ind, key, value)
            if "actual" in fields:  # not when only re-checked against a new kind
                s.flush()
                self._record_actual(s, ind, ind.actual)  # type: ignore[attr-defined]

    def delete_indicator(self, indicator_id: int) -> "Snapshot":
        return self._delete("indicator", Indicator, indicator_id)  # type: ignore[attr-defined]

    def indicators(self, action_id: int | None = None,
                   objective_id: int | None = None) -> list[IndicatorRow]:
        with self._reading() as conn:
            rows = queries.indicators(conn, self.plan_id, action_id, objective_id)
        self._seen.note("indicator", rows)
        return rows

