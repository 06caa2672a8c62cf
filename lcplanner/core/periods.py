"""Reporting periods: a year ("2027") or a quarter ("2027-Q1"), as progress updates store them.

One small module so the monitoring page, the dashboard, the report and the command line agree on
which period a date falls in, how periods sort and what they are called.  A period's code sorts
as text within a kind; across kinds (a plan that went from yearly to quarterly reporting) periods
sort by their last day, then a year after its own fourth quarter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .errors import ValidationError
from .vocab import Reporting

_FORM = re.compile(r"^(\d{4})(?:-Q([1-4]))?$")
CONTEXT = "Periods"
# %1 the quarter's number (1-4), %2 its year: "Q1 2027" ("2027 1. çeyrek" in Turkish).
QUARTER = QT_TRANSLATE_NOOP("Periods", "Q%1 %2")


def parse(code: str) -> tuple[int, int | None]:
    """(year, quarter or None) of a period code; ValidationError for anything else."""
    found = _FORM.match(code.strip()) if isinstance(code, str) else None
    if found is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "PlanError", "%1 is not a reporting period (a year such as 2027, or 2027-Q1)."),
            code, field="period")
    quarter = found.group(2)
    return int(found.group(1)), int(quarter) if quarter else None


def clean(code: object, name: str = "period") -> str:
    """A period code as stored, checked."""
    year, quarter = parse(str(code) if isinstance(code, int) else code)  # type: ignore[arg-type]
    return str(year) if quarter is None else f"{year}-Q{quarter}"


def bounds(code: str) -> tuple[dt.date, dt.date]:
    """The first and the last day of a period."""
    year, quarter = parse(code)
    if quarter is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    first = dt.date(year, 3 * quarter - 2, 1)
    last = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return first, last - dt.timedelta(days=1)


def sort_key(code: str) -> tuple[dt.date, int]:
    """Later periods sort after earlier ones; a year after its own fourth quarter."""
    year, quarter = parse(code)
    return bounds(code)[1], 1 if quarter is None else 0


def of(day: dt.date, reporting: str) -> str:
    """The period ``day`` falls in, for a plan reporting every ``reporting`` (a Reporting code)."""
    if reporting == Reporting.QUARTER.value:
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return str(day.year)


def of_plan(start: int, end: int, reporting: str) -> list[str]:
    """Every period of a plan's years, in order."""
    if reporting == Reporting.QUARTER.value:
        return [f"{year}-Q{q}" for year in range(start, end + 1) for q in range(1, 5)]
    return [str(year) for year in range(start, end + 1)]


def previous(code: str) -> str:
    """The period before ``code`` of the same kind."""
    year, quarter = parse(code)
    if quarter is None:
        return str(year - 1)
    return f"{year - 1}-Q4" if quarter == 1 else f"{year}-Q{quarter - 1}"


def label(code: str, translate: Callable[[str, str], str] | None = None) -> str:
    """A period as people say it, in the interface language (or by ``translate(context,
    source)``, a report's language)."""
    year, quarter = parse(code)
    if quarter is None:
        return str(year)
    text = (translate or QCoreApplication.translate)(CONTEXT, QUARTER)
    return text.replace("%1", str(quarter)).replace("%2", str(year))
