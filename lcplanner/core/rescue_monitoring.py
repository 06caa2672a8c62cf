"""The rescue's rules for monitoring (schema 6): what of a damaged or altered file's milestones,
progress updates and measurements can be carried into a clean plan.

Same spirit as :mod:`rescue`: a row whose action or indicator did not survive goes, a value out
of range is set to its default, a second update of one action for one period keeps the first.
Kept apart only to keep :mod:`rescue` small.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from . import periods
from .errors import PlanError
from .text import clean_block, clean_line
from .vocab import Reporting, Status

if TYPE_CHECKING:
    from .rescue import _Rescuer

TABLES = frozenset({"milestone", "progress_update", "measurement"})


def fix_plan(row: dict[str, Any]) -> None:
    if row.get("reporting") not in Reporting.codes():
        row["reporting"] = Reporting.YEAR.value


def fix_spent(row: dict[str, Any]) -> None:
    spent = row.get("spent")
    if not (spent is None or (isinstance(spent, Decimal) and spent >= 0)):
        row["spent"] = None


def fix(name: str, row: dict[str, Any], r: _Rescuer) -> dict[str, Any] | None:
    """Apply the model's rules to one monitoring row; None when it cannot be kept."""
    if name == "measurement":
        row["value"] = clean_block(row.get("value") or "")
        ok = r.has("indicator", row.get("indicator_id")) and row["value"] \
            and row.get("measured_on") is not None
        row["source"] = clean_line(row.get("source") or "")
        row["note"] = clean_block(row.get("note") or "")
        return row if ok else None
    if not r.has("action", row.get("action_id")):
        return None
    if name == "milestone":
        row["name"] = clean_line(row.get("name") or "")
        row["done"] = bool(row.get("done"))
        row["position"] = row.get("position") if isinstance(row.get("position"), int) else 0
        return row if row["name"] and row.get("due_on") is not None else None
    try:
        row["period"] = periods.clean(row.get("period") or "")
    except PlanError:
        return None
    key = ("progress", row["action_id"], row["period"])
    if key in r.seen:
        return None
    r.seen.add(key)
    if row.get("status") not in Status.codes():
        row["status"] = Status.NOT_STARTED.value
    row["percent"] = row.get("percent") if row.get("percent") in range(0, 101) else 0
    row["note"] = clean_block(row.get("note") or "")
    row["reported_by"] = clean_line(row.get("reported_by") or "")
    return row
