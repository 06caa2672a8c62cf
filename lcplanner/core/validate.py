"""Check and normalise the fields of a command before anything is written.

Each ``clean_*`` function takes the fields a caller passed (a subset, for updates) and returns them
cleaned: text stripped of control characters, codes checked against the framework and the
vocabularies, numbers and dates parsed.  A bad value raises :class:`ValidationError` naming the
field, with a translatable message; checks that need the database (does this organisation belong to
the plan?) live in the document.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from . import framework
from .errors import ValidationError
from .model import CENT
from .text import clean_block, clean_line
from .vocab import (
    ApprovalStatus,
    FundingSource,
    IndicatorKind,
    MunicipalRole,
    Reporting,
    Role,
    Sector,
    Status,
)

MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_LINE = 2_000  # characters of a one-line field (a title, a name)
MAX_TEXT = 100_000  # characters of a text field (a description, notes): ~40 printed pages
MAX_CODE = 32  # an objective's or action's code, a plan's version (the columns hold 32)
_LANG = re.compile(r"^[a-z]{2,3}(_[A-Z][A-Za-z]{1,3})?$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


def _length(text: str, name: str, limit: int) -> str:
    """Refuse, rather than cut, a text past the limit: the person decides what to keep."""
    if len(text) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "PlanError", "This text is too long: %1 characters, at most %2 fit here."),
            f"{len(text):,}", f"{limit:,}", field=name)
    return text


def _unknown(name: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("PlanError", "Unknown field %1."), name, field=name)


def required_line(value: Any, name: str) -> str:
    text = _length(clean_line(value), name, MAX_LINE)
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "This field cannot be empty."),
                              field=name)
    return text


def required_block(value: Any, name: str) -> str:
    """Text that may span lines (a card on the idea wall) and cannot be empty."""
    text = _length(clean_block(value), name, MAX_TEXT)
    if not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "This field cannot be empty."),
                              field=name)
    return text


def year(value: Any, name: str, optional: bool = False) -> int | None:
    if value in (None, "") and optional:
        return None
    try:
        number = int(value)
        if isinstance(value, float) and value != number:
            raise ValueError
    except (TypeError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "%1 is not a year."), value,
                              field=name) from None
    if not MIN_YEAR <= number <= MAX_YEAR:
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "The year %1 is out of range (%2-%3)."),
                              number, MIN_YEAR, MAX_YEAR, field=name)
    return number


def date(value: Any, name: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "%1 is not a date."), value,
                                  field=name) from None
    if not isinstance(value, dt.date):
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "%1 is not a date."), value, field=name)
    year(value.year, name)
    return value


def whole(value: Any, name: str, low: int, high: int) -> int:
    try:
        number = int(value)
        if isinstance(value, (float, Decimal)) and value != number:
            raise ValueError
    except (TypeError, ValueError, InvalidOperation):
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "%1 is not a whole number."), value,
                              field=name) from None
    if not low <= number <= high:
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "The value must be between %1 and %2."),
                              low, high, field=name)
    return number


def decimal(value: Any, name: str) -> Decimal:
    """A finite number from a Decimal, int or canonical string ('1234.5'); floats via str()."""
    try:
        number = Decimal(str(value).strip()) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "%1 is not a number."), value,
                              field=name) from None
    if not number.is_finite() or isinstance(value, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "%1 is not a number."), value,
                              field=name)
    return number


def amount(value: Any, name: str = "amount") -> Decimal:
    number = decimal(value, name)
    if number < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "An amount cannot be negative."),
                              field=name)
    if number >= Decimal("1e15"):
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "The amount %1 is too large."), value,
                              field=name)
    return number.quantize(CENT, rounding=ROUND_HALF_UP)  # commercial rounding, as on invoices


def choice(value: Any, allowed: Iterable[str], name: str) -> str:
    code = getattr(value, "value", value)
    if code not in set(allowed):
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "%1 is not an allowed value here."),
                              value, field=name)
    return str(code)


def codes(values: Any, allowed: Iterable[str], name: str) -> list[str]:
    """A list of distinct codes from ``allowed``, in the order of ``allowed``."""
    if isinstance(values, str):
        values = [values]
    wanted = [getattr(v, "value", v) for v in (values or [])]
    allowed = list(allowed)
    for code in wanted:
        if code not in allowed:
            raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "Unknown code %1."), code,
                                  field=name)
    return [c for c in allowed if c in wanted]


def area(value: Any, name: str = "area") -> str:
    code = str(getattr(value, "code", value)).strip().upper()
    if code not in framework.PLAN_AREA_CODES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("PlanError",
                              "%1 is not a building block or fundamental condition (BB1-BB6, FC1-FC3)."),
            value, field=name)
    return code


def framework_area(value: Any, name: str = "area") -> str:
    """Any of the 12 areas (benefits too): the stock-take covers the whole framework."""
    code = str(getattr(value, "code", value)).strip().upper()
    if code not in framework.AREA_BY_CODE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("PlanError", "%1 is not an area of the framework (B1-B3, BB1-BB6, "
                              "FC1-FC3)."), value, field=name)
    return code


def _optional_id(value: Any, name: str) -> int | None:
    return None if value is None else whole(value, name, 1, 2**62)


def _optional_whole(low: int, high: int) -> Any:
    return lambda v, n: None if v is None or v == "" else whole(v, n, low, high)


def _apply(fields: Mapping[str, Any], cleaners: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in cleaners:
            raise _unknown(key)
        out[key] = cleaners[key](value, key)
    return out


def check_period(start: int | None, end: int | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("PlanError", "The plan period ends (%1) before it starts (%2)."),
            end, start, field="period_end")


def check_dates(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("PlanError", "The end date (%1) is before the start date (%2)."),
            end, start, field="end_date")  # dates: written the UI's way when shown


def check_approval(status: str, approved_on: dt.date | None, name: str = "approved_on") -> None:
    """A draft has not been approved: it carries no approval date.  ``name``: the field the
    person changed (the message goes under it)."""
    if status == ApprovalStatus.DRAFT.value and approved_on is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("PlanError", "A draft plan has no approval date: choose another "
                              "approval status first, or clear the date."), field=name)


def _language(value: Any, name: str) -> str:
    code = clean_line(value).replace("-", "_")
    if not _LANG.match(code):
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "%1 is not a language code."), value,
                              field=name)
    return code


def _currency(value: Any, name: str) -> str:
    code = clean_line(value).upper()
    if not _CURRENCY.match(code):
        raise ValidationError(
            QT_TRANSLATE_NOOP("PlanError", "%1 is not a currency code (three letters, e.g. TRY)."),
            value, field=name)
    return code


def _email(value: Any, name: str) -> str:
    text = clean_line(value)
    if text and not _EMAIL.match(text):
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "%1 is not an e-mail address."), text,
                              field=name)
    return text


def _line(value: Any, name: str) -> str:
    return _length(clean_line(value), name, MAX_LINE)


def _block(value: Any, name: str) -> str:
    return _length(clean_block(value), name, MAX_TEXT)


def _uuid(value: Any, name: str) -> str:
    """A row's UUID as an import brings it (so that importing the same row twice finds it)."""
    import uuid as uuid_mod

    try:
        return str(uuid_mod.UUID(str(value)))
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "This is not a row identifier."),
                              field=name) from None


def _code(value: Any, name: str) -> str:
    return _length(clean_line(value), name, MAX_CODE)


PLAN_FIELDS = {
    "city": required_line, "country": _line, "title": required_line, "vision": _block,
    "period_start": year, "period_end": year, "currency": _currency, "language": _language,
    "approval_status": lambda v, n: choice(v, ApprovalStatus.codes(), n), "approved_on": date,
    "version": _code, "prepared_by": _line,
    "reporting": lambda v, n: choice(v, Reporting.codes(), n),
}
ORGANISATION_FIELDS = {
    "uuid": _uuid,
    "name": required_line, "sector": lambda v, n: choice(v or "", ("", *Sector.codes()), n),
    "contact_person": _line, "email": _email, "phone": _line, "notes": _block,
}
OBJECTIVE_FIELDS = {
    "uuid": _uuid,
    "area": area, "code": _code,
    "statement": lambda v, n: required_line(_length(clean_block(v), n, MAX_TEXT), n),
    "benefits": lambda v, n: codes(v, [b.code for b in framework.BENEFITS], n),
}
ACTION_FIELDS = {
    "uuid": _uuid,
    "area": area, "objective_id": lambda v, n: None if v is None else whole(v, n, 1, 2**62),
    "code": _code, "title": required_line, "description": _block, "target_groups": _block,
    "lead_id": lambda v, n: None if v is None else whole(v, n, 1, 2**62),
    "start_date": date, "end_date": date,
    "status": lambda v, n: choice(v, Status.codes(), n),
    "priority": lambda v, n: whole(v, n, 1, 5), "percent": lambda v, n: whole(v, n, 0, 100),
    "key_features": lambda v, n: codes(v, [k.code for k in framework.KEY_FEATURES], n),
    "guideline_areas": lambda v, n: codes(v, [g.code for g in framework.GUIDELINE_AREAS], n),
    "notes": _block, "risks": _block,
    "municipal_role": lambda v, n: choice(v or "", ("", *MunicipalRole.codes()), n),
}
BUDGET_FIELDS = {
    "uuid": _uuid,
    "year": year, "amount": amount, "source": lambda v, n: choice(v, FundingSource.codes(), n),
    "confirmed": lambda v, n: bool(v),
    "spent": lambda v, n: None if v in (None, "") else amount(v, n),
}
INDICATOR_FIELDS = {
    "uuid": _uuid,
    "name": required_line, "kind": lambda v, n: choice(v, IndicatorKind.codes(), n), "unit": _line,
    "baseline": lambda v, n: v, "target": lambda v, n: v, "actual": lambda v, n: v,
    "baseline_year": lambda v, n: year(v, n, optional=True),
    "target_year": lambda v, n: year(v, n, optional=True), "source": _line,
}


# The workshop (schema 3).
WORKSHOP_FIELDS = {"name": required_line, "held_on": date,
                   "position": lambda v, n: whole(v, n, 0, 2**31)}
STAKEHOLDER_FIELDS = {
    "organisation_id": lambda v, n: whole(v, n, 1, 2**62), "person": _line,
    "influence": lambda v, n: whole(v, n, 1, 5), "interest": lambda v, n: whole(v, n, 1, 5),
    "notes": _block,
}
RATING_FIELDS = {"level": _optional_whole(0, 3), "evidence": _block}
INITIATIVE_FIELDS = {
    "area": framework_area, "prompt_code": _code, "title": required_line,
    "owner_id": _optional_id, "reach": _line, "note": _block,
}
IDEA_FIELDS = {
    "area": area, "text": required_block, "author": _line, "group_name": _line,
    "impact": _optional_whole(0, 100), "effort": _optional_whole(0, 100),
}
GROUP_FIELDS = {"name": required_line, "budget": lambda v, n: whole(v, n, 0, 1000)}


def required_date(value: Any, name: str) -> dt.date:
    found = date(value, name)
    if found is None:
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "A date is needed here."), field=name)
    return found


# Monitoring (schema 6).  A period is checked by periods.clean, a value by indicator_value.
PROGRESS_FIELDS = {
    "status": lambda v, n: choice(v, Status.codes(), n),
    "percent": lambda v, n: whole(v, n, 0, 100), "note": _block, "reported_on": date,
    "reported_by": _line,
}
MEASUREMENT_FIELDS = {"measured_on": required_date, "value": lambda v, n: v, "source": _line,
                      "note": _block}
MILESTONE_FIELDS = {"name": required_line, "due_on": required_date,
                    "done": lambda v, n: bool(v), "position": lambda v, n: whole(v, n, 0, 2**31)}


def clean(kind: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Clean the fields of one entity kind ('plan', 'organisation', ...)."""
    table = {"plan": PLAN_FIELDS, "organisation": ORGANISATION_FIELDS,
             "objective": OBJECTIVE_FIELDS, "action": ACTION_FIELDS, "budget": BUDGET_FIELDS,
             "indicator": INDICATOR_FIELDS, "workshop": WORKSHOP_FIELDS,
             "stakeholder": STAKEHOLDER_FIELDS, "rating": RATING_FIELDS,
             "initiative": INITIATIVE_FIELDS, "idea": IDEA_FIELDS, "group": GROUP_FIELDS,
             "progress": PROGRESS_FIELDS, "measurement": MEASUREMENT_FIELDS,
             "milestone": MILESTONE_FIELDS}[kind]
    return _apply(fields, table)


def indicator_value(value: Any, kind: str, name: str) -> str | None:
    """Store an indicator value as text: a canonical number, 'yes'/'no', or free text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if IndicatorKind(kind).numeric:
        number = decimal(value, name)
        text = format(number.normalize(), "f")
        return text
    if kind == IndicatorKind.YES_NO.value:
        if isinstance(value, bool):
            return "yes" if value else "no"
        word = clean_line(value).lower()
        if word in ("yes", "no"):
            return word
        raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "Use yes or no here."), field=name)
    return _length(clean_block(value), name, MAX_TEXT)


def role(value: Any) -> str:
    return choice(value, Role.codes(), "partners")
