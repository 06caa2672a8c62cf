"""The progress report's content: what a council and UNESCO's progress-report and award
questions ask, per area, for one reporting period (a year or a quarter).

Per area: each action's latest status and % in the period, what was done (the period's notes),
who reported; the indicators with their values up to the period's end (the trend); the budget
planned and spent in the period's years; the partners involved.  Every update of the period is
listed too, so nothing the plan holds about the period is left out.

The texts the report prints are constants here (context "Report"), translated by each writer
into the report's language: the workbook (export/progress_workbook.py) and the PDF
(printing/progress_pdf.py) say the same things in the same words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from . import framework, periods
from .commands.monitoring import latest_update
from .rows import MeasurementRow, PlanRow, ProgressRow
from .vocab import Status

if TYPE_CHECKING:
    from .document import PlanDocument

CONTEXT = "Report"
TITLE = QT_TRANSLATE_NOOP("Report", "Progress report")
#: %1 the period ("2027", "Q2 2027").
FOR_PERIOD = QT_TRANSLATE_NOOP("Report", "Reporting period: %1")
#: %1 the first day, %2 the last day of the period.
DAYS = QT_TRANSLATE_NOOP("Report", "%1 to %2")
SUMMARY = QT_TRANSLATE_NOOP("Report", "Summary")
ACTIONS = QT_TRANSLATE_NOOP("Report", "Actions")
STATUS_COUNTS = QT_TRANSLATE_NOOP("Report", "Actions by status")
DONE_THIS_PERIOD = QT_TRANSLATE_NOOP("Report", "What was done")
INDICATORS = QT_TRANSLATE_NOOP("Report", "Indicator trends")
BUDGET = QT_TRANSLATE_NOOP("Report", "Budget planned and spent")
PARTNERS = QT_TRANSLATE_NOOP("Report", "Partners involved")
UPDATES = QT_TRANSLATE_NOOP("Report", "Progress updates")
AREA = QT_TRANSLATE_NOOP("Report", "Area")
CODE = QT_TRANSLATE_NOOP("Report", "Code")
ACTION = QT_TRANSLATE_NOOP("Report", "Action")
LEAD = QT_TRANSLATE_NOOP("Report", "Lead")
STATUS = QT_TRANSLATE_NOOP("Report", "Status")
PERCENT = QT_TRANSLATE_NOOP("Report", "% complete")
PERIOD = QT_TRANSLATE_NOOP("Report", "Period")
NOTE = QT_TRANSLATE_NOOP("Report", "What was done")
REPORTED_ON = QT_TRANSLATE_NOOP("Report", "Reported on")
REPORTED_BY = QT_TRANSLATE_NOOP("Report", "Reported by")
INDICATOR = QT_TRANSLATE_NOOP("Report", "Indicator")
OWNER = QT_TRANSLATE_NOOP("Report", "Of")
UNIT = QT_TRANSLATE_NOOP("Report", "Unit")
BASELINE = QT_TRANSLATE_NOOP("Report", "Baseline")
TARGET = QT_TRANSLATE_NOOP("Report", "Target")
LATEST = QT_TRANSLATE_NOOP("Report", "Latest value")
MEASURED_ON = QT_TRANSLATE_NOOP("Report", "Measured on")
TREND = QT_TRANSLATE_NOOP("Report", "Trend")
YEAR = QT_TRANSLATE_NOOP("Report", "Year")
SOURCE = QT_TRANSLATE_NOOP("Report", "Funding source")
PLANNED = QT_TRANSLATE_NOOP("Report", "Planned")
SPENT = QT_TRANSLATE_NOOP("Report", "Spent")
PARTNER_LIST = QT_TRANSLATE_NOOP("Report", "Partners")
TOTAL = QT_TRANSLATE_NOOP("Report", "Total")
NO_UPDATE = QT_TRANSLATE_NOOP("Report", "no update in this period")
NOTHING = QT_TRANSLATE_NOOP("Report", "None in this period.")
MADE = QT_TRANSLATE_NOOP("Report", "Made with LC Planner on %1")
#: A value and the date it was measured, in a trend ("120 (31.12.2026)").
ON_DATE = QT_TRANSLATE_NOOP("Report", "%1 (%2)")
#: The report's title and the plan's ("Progress report: Öğrenen Bolu 2026-2028").
TITLED = QT_TRANSLATE_NOOP("Report", "%1: %2")
#: Spent of planned ("₺450,000 of ₺1,340,000").
SPENT_OF = QT_TRANSLATE_NOOP("Report", "%1 of %2")
#: An area's code and name ("BB1 Education system").
AREA_NAME = QT_TRANSLATE_NOOP("Report", "%1 %2")


@dataclass(frozen=True)
class ActionReport:
    id: int
    area: str
    code: str
    title: str
    lead: str
    partners: tuple[str, ...]
    status: str  # the latest in the period, "" without an update
    percent: int | None
    updates: tuple[ProgressRow, ...]  # the period's, oldest first
    planned: Decimal
    spent: Decimal | None  # None when nothing of its lines was reported spent

    @property
    def notes(self) -> list[tuple[str, str]]:
        """(period, note) of the period's updates that say something."""
        return [(u.period, u.note) for u in self.updates if u.note.strip()]


@dataclass(frozen=True)
class IndicatorReport:
    area: str
    owner: str
    name: str
    kind: str
    unit: str
    baseline: str | None
    target: str | None
    trend: tuple[MeasurementRow, ...]  # up to the period's end, oldest first

    @property
    def latest(self) -> MeasurementRow | None:
        return self.trend[-1] if self.trend else None


@dataclass(frozen=True)
class BudgetReport:
    area: str
    code: str
    year: int
    source: str
    planned: Decimal
    spent: Decimal | None


@dataclass(frozen=True)
class AreaReport:
    area: str
    actions: list[ActionReport]
    indicators: list[IndicatorReport]
    budget: list[BudgetReport]

    @property
    def partners(self) -> list[str]:
        """Leads and partners of the actions that reported in the period, each once."""
        seen: dict[str, None] = {}
        for action in self.actions:
            if action.updates:
                for name in (action.lead, *action.partners):
                    if name:
                        seen.setdefault(name, None)
        return list(seen)

    @property
    def planned(self) -> Decimal:
        return sum((b.planned for b in self.budget), Decimal("0.00"))

    @property
    def spent(self) -> Decimal:
        return sum((b.spent or Decimal(0) for b in self.budget), Decimal("0.00"))


@dataclass(frozen=True)
class Report:
    plan: PlanRow
    period: str
    first: dt.date
    last: dt.date
    areas: list[AreaReport]
    made: dt.date = field(default_factory=dt.date.today)

    def counts(self) -> dict[str, int]:
        """Actions by their status in the period ("" for no update)."""
        out = {"": 0, **{s.value: 0 for s in Status}}
        for area in self.areas:
            for action in area.actions:
                out[action.status] = out.get(action.status, 0) + 1
        return out

    @property
    def planned(self) -> Decimal:
        return sum((a.planned for a in self.areas), Decimal("0.00"))

    @property
    def spent(self) -> Decimal:
        return sum((a.spent for a in self.areas), Decimal("0.00"))

    @property
    def updates(self) -> list[tuple[ActionReport, ProgressRow]]:
        return [(a, u) for area in self.areas for a in area.actions for u in a.updates]


def build(doc: PlanDocument, period: str) -> Report:
    """The report of ``period`` ("2027", "2027-Q2") read from ``doc`` in one consistent read."""
    period = periods.clean(period)
    first, last = periods.bounds(period)
    years = set(range(first.year, last.year + 1))
    with doc.consistent():
        plan = doc.plan()
        actions = doc.actions()
        updates: dict[int, list[ProgressRow]] = {}
        for update in doc.progress():
            start, end = periods.bounds(update.period)
            if first <= start and end <= last:
                updates.setdefault(update.action_id, []).append(update)
        lines = doc.budget_lines()
        measurements: dict[int, list[MeasurementRow]] = {}
        for row in doc.measurements():
            if row.measured_on <= last:
                measurements.setdefault(row.indicator_id, []).append(row)
        indicators = doc.indicators()
        objectives = {o.id: o for o in doc.objectives()}
    by_id = {a.id: a for a in actions}
    budget: dict[str, list[BudgetReport]] = {}
    money: dict[int, tuple[Decimal, Decimal | None]] = {}
    for line in lines:
        if line.year not in years or line.action_id not in by_id:
            continue
        owner = by_id[line.action_id]
        budget.setdefault(owner.area, []).append(BudgetReport(
            owner.area, owner.code, line.year, line.source, line.amount, line.spent))
        planned, spent = money.get(line.action_id, (Decimal("0.00"), None))
        if line.spent is not None:
            spent = (spent or Decimal("0.00")) + line.spent
        money[line.action_id] = (planned + line.amount, spent)
    reports: dict[str, list[ActionReport]] = {}
    for action in actions:
        own = sorted(updates.get(action.id, []), key=lambda u: periods.sort_key(u.period))
        latest = latest_update(own)
        planned, spent = money.get(action.id, (Decimal("0.00"), None))
        reports.setdefault(action.area, []).append(ActionReport(
            action.id, action.area, action.code, action.title, action.lead_name,
            tuple(p.name for p in action.partners), latest.status if latest else "",
            latest.percent if latest else None, tuple(own), planned, spent))
    trends: dict[str, list[IndicatorReport]] = {}
    for ind in indicators:
        if ind.action_id is not None and ind.action_id in by_id:
            area, owner = by_id[ind.action_id].area, by_id[ind.action_id].code
        elif ind.objective_id in objectives:
            area, owner = objectives[ind.objective_id].area, objectives[ind.objective_id].code
        else:
            continue
        trends.setdefault(area, []).append(IndicatorReport(
            area, owner, ind.name, ind.kind, ind.unit, ind.baseline, ind.target,
            tuple(measurements.get(ind.id, []))))
    areas = [AreaReport(a.code, reports.get(a.code, []), trends.get(a.code, []),
                        sorted(budget.get(a.code, []), key=lambda b: (b.code, b.year)))
             for a in framework.PLAN_AREAS
             if reports.get(a.code) or trends.get(a.code)]
    return Report(plan, period, first, last, areas)
