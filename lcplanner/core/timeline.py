"""The timeline's content without a widget: rows grouped by area and objective, and the scale
that turns dates into positions.  The window's view and the PDF both draw from here.

Rows are built once per change of the plan (10,000 actions in a few tens of milliseconds); the
painters only look up the rows they show, so painting and scrolling do not grow with the plan.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from . import framework
from .rows import ActionRow, MilestoneRow, ObjectiveRow

ZOOMS = ("month", "quarter", "year")
# Width of one day in pixels (or points) at each zoom: a month about 90, a quarter about 90,
# a year about 110.
DAY_WIDTH = {"month": 3.0, "quarter": 1.0, "year": 0.3}
# Months one keyboard step moves a bar at each zoom (Shift+Left/Right).
STEP_MONTHS = {"month": 1, "quarter": 3, "year": 12}
STATUS_FILLS = {"not_started": "#9E9E9E", "on_track": "#009E73", "delayed": "#D55E00",
                "done": "#0072B2", "cancelled": "#D0D0D0"}


@dataclass(frozen=True)
class TimelineRow:
    """One line of the timeline: an area's heading, an objective's, or an action's bar."""

    kind: str  # "area", "objective" or "action"
    area: str
    label: str
    ident: int = 0  # the action's or objective's id
    code: str = ""
    status: str = ""
    percent: int = 0
    start: dt.date | None = None
    end: dt.date | None = None
    milestones: tuple[MilestoneRow, ...] = field(default=())


def build_rows(actions: list[ActionRow], objectives: list[ObjectiveRow],
               milestones: list[MilestoneRow]) -> list[TimelineRow]:
    """Areas in framework order, each with its objectives' actions, then its own actions."""
    by_action: dict[int, list[MilestoneRow]] = {}
    for stone in milestones:
        by_action.setdefault(stone.action_id, []).append(stone)
    by_area: dict[str, list[ActionRow]] = {}
    for action in actions:
        by_area.setdefault(action.area, []).append(action)
    objective_of: dict[str, list[ObjectiveRow]] = {}
    for objective in objectives:
        objective_of.setdefault(objective.area, []).append(objective)
    out: list[TimelineRow] = []
    for area in framework.PLAN_AREAS:
        rows = by_area.get(area.code, [])
        if not rows:
            continue
        out.append(TimelineRow("area", area.code, area.code))
        grouped: dict[int | None, list[ActionRow]] = {}
        for action in rows:
            grouped.setdefault(action.objective_id, []).append(action)
        heads = [(o.id, o) for o in objective_of.get(area.code, []) if o.id in grouped]
        for key, objective in [*heads, (None, None)]:
            members = grouped.get(key, [])
            if not members:
                continue
            if objective is not None:
                out.append(TimelineRow("objective", area.code, objective.statement,
                                       objective.id, objective.code))
            out.extend(TimelineRow(
                "action", area.code, a.title, a.id, a.code, a.status, a.percent, a.start_date,
                a.end_date, tuple(by_action.get(a.id, ()))) for a in members)
    return out


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months; the 31st becomes the month's last day where needed."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


@dataclass(frozen=True)
class Scale:
    """Dates to positions: ``first`` (a 1 January) is at 0, each day ``day_width`` wide."""

    first: dt.date
    last: dt.date
    day_width: float

    @classmethod
    def of(cls, zoom: str, start_year: int, end_year: int, rows: list[TimelineRow]) -> Scale:
        """The plan's years, widened to every action's dates."""
        years = [start_year, end_year]
        for row in rows:
            years += [d.year for d in (row.start, row.end) if d is not None]
        return cls(dt.date(min(years), 1, 1), dt.date(max(years), 12, 31), DAY_WIDTH[zoom])

    @property
    def width(self) -> float:
        return self.x(self.last + dt.timedelta(days=1))

    def x(self, day: dt.date) -> float:
        return (day - self.first).days * self.day_width

    def day(self, x: float) -> dt.date:
        return self.first + dt.timedelta(days=round(x / self.day_width))

    def ticks(self, zoom: str) -> list[tuple[dt.date, str]]:
        """Where the axis marks a unit and what kind: ("year" | "quarter" | "month")."""
        out: list[tuple[dt.date, str]] = []
        day = self.first
        while day <= self.last:
            kind = "year" if day.month == 1 else "quarter" if day.month in (4, 7, 10) else "month"
            if zoom == "month" or kind != "month" and (zoom == "quarter" or kind == "year"):
                out.append((day, kind))
            day = add_months(day, 1)
        return out


def moved(row: TimelineRow, months: int = 0, days: int = 0, part: str = "move"
          ) -> tuple[dt.date, dt.date] | None:
    """New (start, end) of an action moved or stretched: ``part`` is "move", "start" or "end".
    None when the action has no dates to move, or the change would turn it backwards."""
    if row.start is None or row.end is None:
        return None

    def shift(day: dt.date) -> dt.date:
        return add_months(day, months) + dt.timedelta(days=days)

    start = shift(row.start) if part in ("move", "start") else row.start
    end = shift(row.end) if part in ("move", "end") else row.end
    return (start, end) if start <= end else None
