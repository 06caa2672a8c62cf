"""What the PDF prints, read from one consistent state of the plan.

Everything is read inside :meth:`PlanDocument.consistent`, so the temple's counts and the sections
below them show the same plan even while another window edits it.  The rows are the document's
own frozen values; this module only groups them the way the pages walk them (area, objective,
action).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..core import framework
from ..core.rows import (
    ActionRow,
    AreaSummary,
    BudgetLineRow,
    IndicatorRow,
    ObjectiveRow,
    OrganisationRow,
    PlanRow,
    PromptRow,
)

if TYPE_CHECKING:
    from ..core.document import PlanDocument


@dataclass
class AreaContent:
    """One building block or condition (or an area code a file brought along) with its rows."""

    code: str
    objectives: list[ObjectiveRow] = field(default_factory=list)
    actions: dict[int | None, list[ActionRow]] = field(default_factory=dict)  # by objective id

    @property
    def action_count(self) -> int:
        return sum(len(rows) for rows in self.actions.values())


@dataclass
class PlanContent:
    """The whole plan as the PDF walks it."""

    plan: PlanRow
    summary: dict[str, AreaSummary]
    areas: list[AreaContent]
    budget: dict[int, list[BudgetLineRow]]  # by action id
    action_indicators: dict[int, list[IndicatorRow]]
    objective_indicators: dict[int, list[IndicatorRow]]
    organisations: list[OrganisationRow]
    prompts: dict[str, PromptRow]  # key-feature code -> prompt (the plan's own or built in)
    levels: dict[str, float]  # stock-take: mean rating per area
    benefit_objectives: dict[str, int]  # benefit code -> objectives aiming at it
    exported: dt.datetime

    @property
    def objective_count(self) -> int:
        return sum(len(a.objectives) for a in self.areas)

    @property
    def action_count(self) -> int:
        return sum(a.action_count for a in self.areas)

    def leads_and_partners(self) -> dict[int, tuple[list[str], list[str]]]:
        """Per organisation id, the codes of the actions it leads and those it partners in."""
        found: dict[int, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
        for area in self.areas:
            for rows in area.actions.values():
                for action in rows:
                    if action.lead_id is not None:
                        found[action.lead_id][0].append(action.code)
                    for partner in action.partners:
                        found[partner.organisation_id][1].append(action.code)
        return found


def read(doc: PlanDocument) -> PlanContent:
    """Read everything the PDF shows, in framework order, from one state of the plan."""
    with doc.consistent():
        plan = doc.plan()
        summary = {s.area: s for s in doc.summary()}
        objectives = doc.objectives()
        actions = doc.actions()
        lines = doc.budget_lines()
        indicators = doc.indicators()
        organisations = doc.organisations()
        prompts = {p.code: p for p in doc.prompts()}
        levels = doc.area_levels()
    return PlanContent(
        plan=plan, summary=summary, areas=_areas(objectives, actions),
        budget=_by(lines, "action_id"),
        action_indicators=_by([i for i in indicators if i.action_id is not None], "action_id"),
        objective_indicators=_by([i for i in indicators if i.objective_id is not None],
                                 "objective_id"),
        organisations=organisations, prompts=prompts, levels=levels,
        benefit_objectives=_benefits(objectives),
        exported=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))


def _by(rows: list, key: str) -> dict[int, list]:  # type: ignore[type-arg]
    grouped: dict[int, list] = defaultdict(list)  # type: ignore[type-arg]
    for row in rows:
        grouped[getattr(row, key)].append(row)
    return dict(grouped)


def _areas(objectives: list[ObjectiveRow], actions: list[ActionRow]) -> list[AreaContent]:
    """Building blocks, then conditions, then any other area code (never dropped); in each, the
    objectives in plan order with their actions, then the actions without an objective."""
    areas = {a.code: AreaContent(a.code) for a in framework.PLAN_AREAS}
    for objective in objectives:
        area = areas.setdefault(objective.area, AreaContent(objective.area))
        area.objectives.append(objective)
        area.actions[objective.id] = []
    for action in actions:
        area = areas.setdefault(action.area, AreaContent(action.area))
        key = action.objective_id if action.objective_id in area.actions else None
        area.actions.setdefault(key, []).append(action)
    return list(areas.values())


def _benefits(objectives: list[ObjectiveRow]) -> dict[str, int]:
    counts = {b.code: 0 for b in framework.BENEFITS}
    for objective in objectives:
        for code in set(objective.benefits):
            counts[code] = counts.get(code, 0) + 1
    return counts
