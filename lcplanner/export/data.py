"""Everything an export needs, read from the document in one go (plain rows, no live objects).

Reading first, in one read transaction, and writing after keeps that transaction short and
consistent, and lets the workbook be written in a worker thread while the person goes on editing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..core.rows import (
    ActionRow,
    AreaSummary,
    BudgetLineRow,
    IndicatorRow,
    ObjectiveRow,
    OrganisationRow,
    PlanRow,
)

if TYPE_CHECKING:
    from ..core.document import PlanDocument


@dataclass
class ExportData:
    plan: PlanRow
    summary: list[AreaSummary]
    objectives: list[ObjectiveRow]
    actions: list[ActionRow]
    budget_lines: list[BudgetLineRow]
    indicators: list[IndicatorRow]
    organisations: list[OrganisationRow]
    lines_of: dict[int, list[BudgetLineRow]] = field(default_factory=dict)
    indicators_of: dict[int, list[IndicatorRow]] = field(default_factory=dict)

    @classmethod
    def read(cls, doc: PlanDocument) -> ExportData:
        """All rows in one read transaction, so the summary and the sheets show one state.

        Another program may be editing the plan: separate reads could see its edits land in
        between (a summary that does not add up to its sheets).  The transaction only reads
        rows; a writer waits for it, so the grouping below and the workbook happen after it.
        """
        with doc.consistent():
            data = cls(plan=doc.plan(), summary=doc.summary(), objectives=doc.objectives(),
                       actions=doc.actions(), budget_lines=doc.budget_lines(),
                       indicators=doc.indicators(), organisations=doc.organisations())
        lines: dict[int, list[BudgetLineRow]] = defaultdict(list)
        for line in data.budget_lines:
            lines[line.action_id].append(line)
        indicators: dict[int, list[IndicatorRow]] = defaultdict(list)
        for ind in data.indicators:
            if ind.action_id is not None:
                indicators[ind.action_id].append(ind)
        data.lines_of, data.indicators_of = dict(lines), dict(indicators)
        return data

    def actions_by_objective(self, areas: set[str]) -> list[ActionRow]:
        """The actions of these areas grouped by objective (objective order, then plan order)."""
        from ..core.framework import PLAN_AREAS

        area_order = {a.code: i for i, a in enumerate(PLAN_AREAS)}
        order = {o.id: i for i, o in enumerate(self.objectives)}
        last = len(order)
        chosen = [a for a in self.actions if a.area in areas]
        return sorted(chosen, key=lambda a: (area_order.get(a.area, 99),
                                             order.get(a.objective_id, last) if a.objective_id
                                             else last, a.position, a.id))
