"""The monitoring dashboard's numbers, from grouped SQL: per area the actions by status, the
budget planned and spent; every indicator against its target; what has no update this period.

A handful of queries, each one pass over a table, so a 10,000-action plan's dashboard is ready
in well under the 200 ms a page switch may take (benchmarks/bench_timeline.py measures it).
The progress report reads the same numbers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import Connection, Integer, and_, func, select, type_coerce

from . import framework, periods
from .model import Action, BudgetLine, Indicator, Measurement, Objective, ProgressUpdate
from .vocab import IndicatorKind, Status

CLOSED = (Status.DONE.value, Status.CANCELLED.value)  # need no update any more


def _money(cents: int | None) -> Decimal:
    return Decimal(int(cents or 0)).scaleb(-2)


def number(text: str | None) -> Decimal | None:
    """A stored indicator value as a number; None when it is not one (yes/no, a text)."""
    if text is None:
        return None
    try:
        value = Decimal(str(text).strip())
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


@dataclass(frozen=True)
class AreaProgress:
    area: str
    counts: dict[str, int]  # by status code, every status present
    planned: Decimal  # the budget lines' amounts
    spent: Decimal  # what was reported spent of them
    missing: int  # open actions without an update for the period

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class IndicatorProgress:
    id: int
    area: str
    owner: str  # the action's or objective's code
    name: str
    kind: str
    unit: str
    baseline: str | None
    target: str | None
    latest: str | None
    measured_on: dt.date | None
    measurements: int

    @property
    def share(self) -> float | None:
        """How far from baseline to target the latest value is (1.0 reached); None when it
        cannot be said (not numbers, no target, no measurement)."""
        if not IndicatorKind.is_numeric(self.kind):
            return None
        latest, target = number(self.latest), number(self.target)
        base = number(self.baseline) or Decimal(0)
        if latest is None or target is None or target == base:
            return None
        return float((latest - base) / (target - base))


@dataclass(frozen=True)
class MissingUpdate:
    action_id: int
    area: str
    code: str
    title: str
    status: str

    @property
    def id(self) -> int:  # as every row of a table model has
        return self.action_id


@dataclass(frozen=True)
class Dashboard:
    period: str
    areas: list[AreaProgress]
    indicators: list[IndicatorProgress]
    missing: list[MissingUpdate]
    years: list[tuple[int, Decimal, Decimal]] = field(default_factory=list)  # planned, spent

    @property
    def counts(self) -> dict[str, int]:
        out = {s.value: 0 for s in Status}
        for area in self.areas:
            for status, n in area.counts.items():
                out[status] = out.get(status, 0) + n
        return out


def build(conn: Connection, plan_id: int, period: str) -> Dashboard:
    """The dashboard of ``period`` (a reporting period's code)."""
    last_day = periods.bounds(period)[1]
    counts: dict[str, dict[str, int]] = {}
    for area, status, n in conn.execute(
            select(Action.area, Action.status, func.count()).where(Action.plan_id == plan_id)
            .group_by(Action.area, Action.status)):
        counts.setdefault(area, {}).setdefault(status, 0)
        counts[area][status] += n
    cents = type_coerce(BudgetLine.amount, Integer)
    spent = type_coerce(BudgetLine.spent, Integer)
    money = {area: (_money(p), _money(s)) for area, p, s in conn.execute(
        select(Action.area, func.sum(cents), func.sum(spent)).join(
            Action, Action.id == BudgetLine.action_id).where(BudgetLine.plan_id == plan_id)
        .group_by(Action.area))}
    years = [(year, _money(p), _money(s)) for year, p, s in conn.execute(
        select(BudgetLine.year, func.sum(cents), func.sum(spent))
        .where(BudgetLine.plan_id == plan_id).group_by(BudgetLine.year)
        .order_by(BudgetLine.year))]
    reported = select(ProgressUpdate.action_id).where(ProgressUpdate.plan_id == plan_id,
                                                      ProgressUpdate.period == period)
    missing = [MissingUpdate(*row) for row in conn.execute(
        select(Action.id, Action.area, Action.code, Action.title, Action.status).where(
            Action.plan_id == plan_id, Action.status.not_in(CLOSED),
            Action.id.not_in(reported),
            (Action.start_date.is_(None)) | (Action.start_date <= last_day))
        .order_by(Action.position, Action.id))]
    order = {a.code: i for i, a in enumerate(framework.PLAN_AREAS)}
    missing.sort(key=lambda m: order.get(m.area, 99))
    by_area_missing: dict[str, int] = {}
    for item in missing:
        by_area_missing[item.area] = by_area_missing.get(item.area, 0) + 1
    areas = []
    for area in framework.PLAN_AREAS:
        found = counts.get(area.code, {})
        planned, spent_sum = money.get(area.code, (Decimal("0.00"), Decimal("0.00")))
        areas.append(AreaProgress(area.code, {s.value: found.get(s.value, 0) for s in Status},
                                  planned, spent_sum, by_area_missing.get(area.code, 0)))
    return Dashboard(period, areas, _indicators(conn, plan_id), missing, years)


def _indicators(conn: Connection, plan_id: int) -> list[IndicatorProgress]:
    latest = select(Measurement.indicator_id, func.max(Measurement.measured_on).label("on"),
                    func.count().label("n")).where(Measurement.plan_id == plan_id) \
        .group_by(Measurement.indicator_id).subquery()
    rows = conn.execute(
        select(Indicator.id, func.coalesce(Action.area, Objective.area),
               func.coalesce(Action.code, Objective.code), Indicator.name, Indicator.kind,
               Indicator.unit, Indicator.baseline, Indicator.target, Indicator.actual,
               latest.c.on, latest.c.n)
        .outerjoin(Action, and_(Action.id == Indicator.action_id))
        .outerjoin(Objective, Objective.id == Indicator.objective_id)
        .outerjoin(latest, latest.c.indicator_id == Indicator.id)
        .where(Indicator.plan_id == plan_id)
        .order_by(Indicator.position, Indicator.id))
    order = {a.code: i for i, a in enumerate(framework.PLAN_AREAS)}
    out = [IndicatorProgress(i, area or "", owner or "", name, kind, unit, base, target, actual,
                             dt.date.fromisoformat(on) if isinstance(on, str) else on, n or 0)
           for i, area, owner, name, kind, unit, base, target, actual, on, n in rows]
    out.sort(key=lambda p: (order.get(p.area, 99), p.owner))
    return out
