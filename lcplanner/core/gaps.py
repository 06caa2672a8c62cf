"""What a workshop still has to fill in for an action: the one definition of a gap.

The navigator's warning mark, the overview's counts, the Excel summary, ``lcplanner check`` and
the window's gap list all count from these SQL expressions, so they cannot disagree.  A gap is a
missing lead, indicator, budget (no line above zero) or date (start or end) of an action that is
not cancelled.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, or_

from .model import Action, BudgetLine, Indicator
from .vocab import Status

KINDS = ("lead", "indicator", "budget", "dates")  # the order in which they are listed


def expressions() -> dict[str, ColumnElement[bool]]:
    """Per gap kind, an SQL condition that is true when the action (``action`` table) lacks it."""
    a = Action.__table__.c
    live = a.status != Status.CANCELLED.value
    return {
        "lead": and_(live, a.lead_id.is_(None)),
        "indicator": and_(live, ~exists().where(Indicator.action_id == a.id)),
        "budget": and_(live, ~exists().where(BudgetLine.action_id == a.id, BudgetLine.amount > 0)),
        "dates": and_(live, or_(a.start_date.is_(None), a.end_date.is_(None))),
    }
