"""The demo plan's monitoring history, made from its actions so it always fits the day it is
built: quarterly reports from each action's start up to today, money spent of past budget
lines, an earlier measurement of each measured indicator, a mid-term milestone per action.

The demo is fictional; this only gives the timeline, the monitoring round, the dashboard and
the progress report something real to show.  Runs inside the demo builder's one batch.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from . import periods
from .commands import monitoring
from .vocab import IndicatorKind

if TYPE_CHECKING:
    from .document import PlanDocument

MIDTERM = {"tr": "Ara değerlendirme", "en": "Mid-term review"}
HUNDRED = Decimal(100)


def add_history(doc: PlanDocument, lang: str) -> None:
    today = monitoring.today()
    current = periods.of(today, "quarter")
    for action in doc.actions():
        if action.start_date and action.end_date:
            middle = action.start_date + (action.end_date - action.start_date) / 2
            doc.add_milestone(action.id, MIDTERM.get(lang, MIDTERM["en"]), middle,
                              done=middle < today)
        _reports(doc, action, current, today)
        for line in doc.budget_lines(action.id):
            if line.year < today.year:
                spent: Decimal | None = line.amount * Decimal("0.9")
            elif line.year == today.year:
                spent = line.amount * action.percent / HUNDRED
            else:
                spent = None
            if spent is not None:
                doc.update_budget_line(line.id, spent=spent.quantize(HUNDRED,
                                                                     rounding=ROUND_HALF_UP))
    for indicator in doc.indicators():
        _earlier_measurement(doc, indicator, today)


def _reports(doc: PlanDocument, action: Any, current: str, today: dt.date) -> None:
    """Quarters from the action's start to the one before today's, its % growing to today's."""
    if action.start_date is None or action.status == "not_started" or action.start_date > today:
        return
    quarters = []
    period = periods.of(action.start_date, "quarter")
    while periods.sort_key(period) < periods.sort_key(current):
        quarters.append(period)
        year, quarter = periods.parse(period)
        period = f"{year + 1}-Q1" if quarter == 4 else f"{year}-Q{(quarter or 0) + 1}"
    lead = action.lead_name
    for n, code in enumerate(quarters, start=1):
        percent = round(action.percent * n / (len(quarters) + 1))
        reported = min(today, periods.bounds(code)[1] + dt.timedelta(days=10))
        doc.set_progress(action.id, code, status="on_track", percent=percent,
                         reported_on=reported, reported_by=lead)


def _earlier_measurement(doc: PlanDocument, indicator: Any, today: dt.date) -> None:
    """Half way from the baseline to today's value, half a year ago."""
    if not IndicatorKind.is_numeric(indicator.kind) or indicator.actual is None \
            or indicator.baseline is None:
        return
    base, now = Decimal(indicator.baseline), Decimal(indicator.actual)
    places = max(-base.as_tuple().exponent, -now.as_tuple().exponent, 0)  # type: ignore[operator]
    middle = ((base + now) / 2).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    doc.add_measurement(indicator.id, today - dt.timedelta(days=182), middle,
                        source=indicator.source)
