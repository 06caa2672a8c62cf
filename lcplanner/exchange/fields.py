"""Each round-trip column's cell read back as the value the plan keeps (typed, then canonical).

A cell may hold what the export wrote (a label in the workbook's language, a date, a number) or
what a planner typed (``1.9.26``, ``%30``, a status in Turkish or English): :mod:`.typed` reads
both.  A reader takes the cell's value and a :class:`Context` (the plan's objective codes, the
workbook's language) and returns the typed value or raises :class:`CellValueError`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core import fingerprint as fp
from ..core import framework
from ..core.vocab import FundingSource, IndicatorKind, MunicipalRole, Role, Sector, Status
from ..export import labels as L
from ..i18n import Texts
from . import typed
from .typed import CellValueError

NO_OBJECTIVE = QT_TRANSLATE_NOOP(
    "PlanError", "the plan has no objective with the code “%1” (write the objective's code, "
    "e.g. BB1-O1).")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("PlanError", "“%1” is not a number.")
NOT_CONFIRMED = QT_TRANSLATE_NOOP("PlanError", "“%1” is neither “%2” nor “%3”.")
_BENEFIT = re.compile(r"\bB[1-3]\b", re.IGNORECASE)


@dataclass
class Context:
    """What reading a cell needs beyond the cell: the plan's objective codes, the workbook's
    language (its labels), and the kind of the indicator being read (its values' type)."""

    language: str
    objective_codes: dict[str, str] = field(default_factory=dict)  # folded code -> code
    kind: str = "count"

    def __post_init__(self) -> None:
        texts = [Texts(self.language), Texts("en")]
        self.no_objective = {fp.name_key(t(L.CONTEXT, L.NO_OBJECTIVE)) for t in texts}
        self.not_set = {fp.name_key(t(L.CONTEXT, L.NOT_SET)) for t in texts}
        self.confirmed = {fp.name_key(t(L.CONTEXT, L.CONFIRMED)) for t in texts}
        self.expected = {fp.name_key(t(L.CONTEXT, L.EXPECTED)) for t in texts}
        self.labels = (texts[0](L.CONTEXT, L.CONFIRMED), texts[0](L.CONTEXT, L.EXPECTED))
        self.area_header = texts[0](L.CONTEXT, "Area")  # a moved row's new area, so named


Reader = Callable[[Any, Context], Any]


def _line(value: Any, ctx: Context) -> str:
    return typed.line_value(value)


def _text(value: Any, ctx: Context) -> str:
    return typed.text_value(value)


def _name(value: Any, ctx: Context) -> str:
    """An organisation named in a cell: compared by its key, kept as written for a new one."""
    return typed.line_value(value)


def _objective(value: Any, ctx: Context) -> str:
    text = typed.line_value(value)
    if not text or fp.name_key(text) in ctx.no_objective:
        return ""
    token = text.split()[0]
    code = ctx.objective_codes.get(fp.name_key(token))
    if code is None:
        raise CellValueError(NO_OBJECTIVE, token)
    return code


def _vocab(vocabulary: Any, empty: bool = False) -> Reader:
    def read(value: Any, ctx: Context) -> str | None:
        code = typed.vocab_value(vocabulary, value)
        return ("" if empty else None) if code is None else code
    return read


def _benefits(value: Any, ctx: Context) -> tuple[str, ...]:
    text = typed.line_value(str(value).replace("\n", " ; ")) if value is not None else ""
    found: list[str] = []
    for part in re.split(r"[;,\n]", text):
        match = _BENEFIT.search(part)
        if match and match.group(0).upper() not in found:
            found.append(match.group(0).upper())
    return tuple(found)


def _area(value: Any, ctx: Context) -> str | None:
    return typed.area_value(value)


def _confirmed(value: Any, ctx: Context) -> bool:
    if isinstance(value, bool):
        return value
    key = fp.name_key(typed.line_value(value))
    if key in ctx.confirmed:
        return True
    if key in ctx.expected or not key:
        return False
    answer = typed.yes_no_value(value)
    if answer is None:
        raise CellValueError(NOT_CONFIRMED, typed.line_value(value), *ctx.labels)
    return answer


def _measure(value: Any, ctx: Context) -> str:
    """An indicator's baseline, target or actual: canonical as the plan stores it."""
    if value is None:
        return ""
    if isinstance(value, str) and fp.name_key(value) in ctx.not_set:
        return ""
    kind = ctx.kind
    if IndicatorKind.is_numeric(kind):
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return fp.number_text(value)
        text = typed.line_value(value).replace("%", "").replace("\u00a0", " ").strip()
        number = _number(text.split(" ")[0] if text else "")
        if number is None:
            raise CellValueError(NOT_A_NUMBER, typed.line_value(value))
        return number
    if kind == IndicatorKind.YES_NO.value:
        answer = typed.yes_no_value(value)
        return "" if answer is None else ("yes" if answer else "no")
    return typed.text_value(value)


def _number(text: str) -> str | None:
    """Canonical text of a number typed either way ("1.234,5", "1,234.5"); "" for nothing,
    None when it is no number."""
    if not text:
        return ""
    number = typed.number_value(text)
    return None if number is None else fp.number_text(number)


def _percent(value: Any, ctx: Context) -> int | None:
    """The workbook's % complete column is formatted as a percentage: a number in it is a
    fraction (Excel stores a typed 30 as 0.3 there); text says itself ("%30", "30 %")."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return typed.percent_value(float(value), fraction=True)
    return typed.percent_value(value)


def _year(value: Any, ctx: Context) -> int | None:
    return typed.year_value(value)


def _whole(low: int, high: int) -> Reader:
    return lambda value, ctx: typed.whole_value(value, low, high)


READERS: dict[str, dict[str, Reader]] = {
    "action": {
        "code": _line, "objective": _objective, "title": _line, "lead": _name,
        "start": lambda v, c: typed.date_value(v), "end": lambda v, c: typed.date_value(v),
        "status": _vocab(Status), "percent": _percent,
        "description": _text, "target_groups": _text, "priority": _whole(1, 5),
        "key_features": lambda v, c: tuple(typed.key_feature_codes(v)),
        "guideline_areas": lambda v, c: tuple(typed.guideline_codes(v)),
        "municipal_role": _vocab(MunicipalRole, empty=True), "notes": _text, "risks": _text,
    },
    "objective": {"area": _area, "code": _line, "statement": _text, "benefits": _benefits},
    "organisation": {"name": _line, "sector": _vocab(Sector, empty=True), "notes": _text,
                     "contact_person": _line, "email": _line, "phone": _line},
    "partner": {"action": _line, "organisation": _name, "role": _vocab(Role)},
    "budget": {"action": _line, "year": _year, "source": _vocab(FundingSource),
               "confirmed": _confirmed, "amount": lambda v, c: typed.amount_value(v),
               "spent": lambda v, c: typed.amount_value(v)},
    "indicator": {"owner": _line, "name": _line, "kind": _vocab(IndicatorKind), "unit": _line,
                  "baseline": _measure, "baseline_year": _year, "target": _measure,
                  "target_year": _year, "actual": _measure, "source": _line},
}
# The workplan's column keys that are fields under another name.
COLUMN_FIELD = {"start": "start_date", "end": "end_date"}
AREAS = {a.code for a in framework.PLAN_AREAS}


def compare_value(kind: str, field_name: str, value: Any) -> Any:
    """The value as fingerprints compare it (an organisation by its name's key)."""
    if (kind, field_name) in (("action", "lead"), ("partner", "organisation")):
        return fp.name_key(value)
    return value
