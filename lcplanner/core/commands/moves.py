"""Moving actions and objectives to another building block or condition (a mixin of PlanDocument).

A move changes several rows at once (the area, the position at the end of the new area, the code
when it was numbered automatically, an action's objective, an objective's actions), so it returns
a Snapshot of every row as it was: undo restores them exactly, redo moves again.  A code such as
"BB1-3" is renumbered in the new area ("BB2-7"), since a council reading "BB1-3" under BB2 would
look for it in the wrong sheet; a code a person typed ("LIB-A") is kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from .. import validate
from ..model import Action, Objective

if TYPE_CHECKING:
    from .base import Snapshot


def _automatic(code: str | None, area: str, infix: str) -> bool:
    """Whether ``code`` is one the plan gave ("BB1-3", "BB1-O2") rather than one a person chose."""
    return bool(re.fullmatch(rf"{re.escape(area)}{re.escape(infix)}\d+", code or ""))


class AreaMoves:
    """Move rows between areas; every method returns the Snapshot its undo restores."""

    def move_actions_to_area(self, action_ids: list[int], area: str) -> Snapshot:
        """Move actions to the end of ``area``; they leave their objective (it stays behind)."""
        area = validate.area(area)
        self_: Any = self
        with self_._writing("all", list(action_ids)) as s:
            actions = [self_._get(s, Action, ident) for ident in action_ids]
            snap = self_._capture(s, "all", list(action_ids),
                                  {Action: Action.id.in_(list(action_ids))})
            for action in actions:
                if action.area == area:
                    continue
                self._rehome(s, action, area)
                action.objective_id = None
                s.flush()
        return snap

    def move_objective_to_area(self, objective_id: int, area: str) -> Snapshot:
        """Move an objective with all its actions to the end of ``area``."""
        area = validate.area(area)
        self_: Any = self
        with self_._writing("all", [objective_id]) as s:
            objective = self_._get(s, Objective, objective_id)
            snap = self_._capture(s, "all", [objective_id], {
                Objective: Objective.id == objective_id,
                Action: Action.objective_id == objective_id})
            if objective.area != area:
                old = objective.area
                if _automatic(objective.code, old, "-O"):
                    objective.code = self_._next_code(s, Objective, area, "-O")
                objective.position = self_._next_position(s, Objective, area)
                objective.area = area
                s.flush()
                for action in s.scalars(select(Action).where(Action.objective_id == objective_id)
                                        .order_by(Action.position, Action.id)):
                    self._rehome(s, action, area)
                    s.flush()
        return snap

    def _rehome(self, s: Any, action: Action, area: str) -> None:
        """Give ``action`` the end position (and a fresh automatic code) in ``area``."""
        self_: Any = self
        if _automatic(action.code, action.area, "-"):
            action.code = self_._next_code(s, Action, area, "-")
        action.position = self_._next_position(s, Action, area)
        action.area = area
