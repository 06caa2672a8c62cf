"""What one cell of a foreign spreadsheet means: a timeframe, organisation names, KPIs, a priority.

A city's plan says "Eylül 2026 - Haziran 2027", "Belediye; Ankara Üniversitesi (Finansör)" or
"Katılımcı sayısı: 500" where LC Planner has two dates, a list of (name, role) and indicators.
Kept apart from :mod:`.foreign`, which walks the sheet and builds the ChangeSet: these turn one
value into what :mod:`.apply` takes (or raise :class:`~.typed.CellValueError`), and back into
the text the mapping wizard's preview shows.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core import framework, validate
from ..core.errors import PlanError
from ..core.text import clean_line, fold
from ..core.vocab import Role, Status
from . import typed
from .changes import shown
from .mapping import Mapping, field_label, guess_area, guess_role, guess_source, guess_status

UNKNOWN_AREA = QT_TRANSLATE_NOOP(
    "PlanError", "\u201c%1\u201d is not a building block or condition: choose what it becomes in "
    "the mapping.")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP(
    "PlanError", "\u201c%1\u201d is not a status: choose what it becomes in the mapping.")
UNKNOWN_SOURCE = QT_TRANSLATE_NOOP("PlanError", "\u201c%1\u201d is not a funding source.")
NOT_TIMEFRAME = QT_TRANSLATE_NOOP(
    "PlanError", "\u201c%1\u201d is not a timeframe (for example 2026\u20132027, September 2026 "
    "\u2013 June 2027, 2026 Q3 \u2013 2027 Q2 or 01.09.2026\u201330.06.2027).")
NOT_PRIORITY = QT_TRANSLATE_NOOP(
    "PlanError", "\u201c%1\u201d is not a priority (a whole number from 1 to 5).")


def blank(value: Any) -> bool:
    """An empty cell, or one that only says so ("-", "\u2014", "...")."""
    return value is None or (isinstance(value, str) and not value.strip(_BLANK_MARKS))


_BLANK_MARKS = " \t\r\n-\u2013\u2014.\u2026"


def cell_text(value: Any) -> str:
    """A cell as one line of text (a header, a value quoted in a message); "" for None."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean_line(str(value))


def cell_value(name: str, value: Any, mapping: Mapping, period: tuple[int, int]) -> Any:
    """A cell's value read as its field says (``period``: the plan's first and last year, for
    "Sürekli"); raises CellValueError."""
    if name in ("area", "status", "budget_source"):
        guessed = {"area": (mapping.area_of, guess_area, UNKNOWN_AREA),
                   "status": (mapping.status_of, guess_status, UNKNOWN_STATUS),
                   "budget_source": (lambda v: None, guess_source, UNKNOWN_SOURCE)}[name]
        code = guessed[0](value) or guessed[1](value)
        if code is None:
            raise typed.CellValueError(guessed[2], cell_text(value))
        return code
    if name == "lead":
        return _names(typed.text_value(value))
    if name == "partners":
        return [_role(text) for text in _names(typed.text_value(value))]
    if name == "timeframe":
        return timeframe(value, period)
    if name == "indicator":
        return _indicators(typed.text_value(value))
    if name in ("start", "end"):
        return typed.date_value(value)  # a date column says more than a timeframe
    if name == "percent":
        return typed.percent_value(value)
    if name == "priority":
        return _priority(value)
    return typed.amount_value(value)  # the budget


def _priority(value: Any) -> int | None:
    try:
        return typed.whole_value(value, 1, 5)
    except PlanError:
        raise typed.CellValueError(NOT_PRIORITY, cell_text(value)) from None


# --- the preview ---------------------------------------------------------------------------------

class Shown(NamedTuple):
    """What a cell becomes in the preview: the value as a person reads it, or the problem."""

    text: str
    problem: bool = False


class PreviewRow(NamedTuple):
    row: int  # the spreadsheet's row number
    cells: dict[str, Shown]  # a key of PREVIEW_COLUMNS -> what it becomes


#: The preview's columns: the keys of an action's values (see :func:`.foreign.changes_of`).
PREVIEW_COLUMNS: tuple[str, ...] = (
    "code", "title", "area", "objective", "lead", "partners", "start_date", "end_date", "status",
    "percent", "priority", "budget", "indicators", "description", "target_groups", "notes",
    "risks")
# The field of the mapping whose label heads a preview column, where the names differ.
_FIELD_OF = {"start_date": "start", "end_date": "end", "indicators": "indicator"}
# Where the preview shows a problem of a field whose value has another key.
PREVIEW_KEY = {"start": "start_date", "end": "end_date", "timeframe": "start_date",
               "indicator": "indicators", "budget_source": "budget"}


def preview_header(column: str) -> str:
    """The translated header of a preview column ("Lead organisation")."""
    return field_label(_FIELD_OF.get(column, column))


def shown_value(name: str, value: Any, spelling: Callable[[str], str]) -> str:
    """A value of :func:`.foreign.changes_of` as the preview shows it (``spelling``: the name a
    new organisation gets)."""
    if name == "partners":
        return ", ".join(f"{spelling(n)} ({Role.label_of(r)})" for n, r in value)
    if name == "lead":
        return spelling(value)
    if name == "status":
        return Status.label_of(value)
    if name == "area":
        return f"{value} \u2013 {framework.tr_label(framework.AREA_BY_CODE[value].short)}"
    if name == "budget":
        return shown([line["amount"] for line in value])
    if name == "indicators":
        return "; ".join(i["name"] + (f": {i['target']}" if "target" in i else "") for i in value)
    return shown(value)


# --- organisations and indicators ----------------------------------------------------------------

def _names(text: str | None) -> list[str]:
    """Organisation names of a cell: one a line, or separated by ; or , (not inside brackets)."""
    out: list[str] = []
    for part in re.split(r"[\n;]|,(?![^()]*\))", text or ""):
        name = typed.line_value(re.sub(r"^\s*(?:[-\u2022*\u2013]|\d+[.)])\s+", "", part))
        if name and typed.name_key(name) not in {typed.name_key(n) for n in out}:
            out.append(name)
    return out


def _role(text: str) -> tuple[str, str]:
    """"Name (Funder)" -> (name, "funder"); a bracket that names no role stays in the name."""
    found = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", text)
    role = guess_role(found.group(2)) if found and found.group(1) else None
    return (clean_line(found.group(1)), role) if found and role else (text, "partner")


def _indicators(text: str | None) -> list[dict[str, Any]]:
    """KPIs one a line (or separated by ;): "Name" or "Name: target" ("Katılımcı sayısı: 500")."""
    out: list[dict[str, Any]] = []
    for part in re.split(r"[\n;]", text or ""):
        part = clean_line(re.sub(r"^\s*(?:[-\u2022*\u2013]|\d+[.)])\s+", "", part))
        if not part:
            continue
        name, _colon, target = part.rpartition(":") if ":" in part else (part, "", "")
        indicator: dict[str, Any] = {"name": typed.line_value(name)}
        number = re.fullmatch(r"(%)?\s*([\d.,]+)\s*(%)?\s*(.*)", clean_line(target))
        if number:
            try:
                amount = typed.amount_value(number.group(2))
            except PlanError:
                amount = None
            if amount is not None:
                rate = bool(number.group(1) or number.group(3))
                indicator.update(kind="rate" if rate else "count",
                                 target=format(amount.normalize(), "f"))
                if number.group(4):
                    indicator["unit"] = number.group(4)
                out.append(indicator)
                continue
        if clean_line(target):
            indicator.update(kind="qualitative", target=clean_line(target))
        out.append(indicator)
    return out


# --- timeframes ----------------------------------------------------------------------------------

_MONTHS = {name: number for number, names in enumerate((
    ("ocak", "oca", "january", "jan"), ("subat", "sub", "february", "feb"),
    ("mart", "mar", "march"), ("nisan", "nis", "april", "apr"), ("mayis", "may"),
    ("haziran", "haz", "june", "jun"), ("temmuz", "tem", "july", "jul"),
    ("agustos", "agu", "august", "aug"), ("eylul", "eyl", "september", "sep", "sept"),
    ("ekim", "eki", "october", "oct"), ("kasim", "kas", "november", "nov"),
    ("aralik", "ara", "december", "dec")), start=1) for name in names}
_ALWAYS = {"surekli", "ongoing", "continuous", "her yil", "every year", "plan donemi",
           "throughout", "plan suresince"}
_FILLER = re.compile(r"\b(?:yili|yillari|yil|arasi|donemi|boyunca|year|years|between|from|ve)\b")
_SEPARATOR = re.compile(r"\s*(?:-|/|\bto\b|\bile\b|\buntil\b|\btill\b)\s*")

Period = tuple[dt.date, dt.date]


def timeframe(value: Any, plan_years: tuple[int, int]) -> Period:
    """(start, end) of a timeframe as people write it: "2026", "2026-2027", "2026 Q3 – 2027 Q2",
    "Eylül 2026 - Haziran 2027", "01.09.2026-30.06.2027", a date, "Sürekli" (the plan's whole
    period).  Raises CellValueError."""
    if isinstance(value, dt.datetime):
        return value.date(), value.date()
    if isinstance(value, dt.date):
        return value, value
    text = cell_text(value)
    plain = re.sub(r"[\u2013\u2014\u2212]", "-", fold(text, "tr", accents=False))
    plain = " ".join(_FILLER.sub(" ", plain).split())
    if plain in _ALWAYS:
        return dt.date(plan_years[0], 1, 1), dt.date(plan_years[1], 12, 31)
    whole = _period(plain, None)
    if whole:
        return whole
    for found in _SEPARATOR.finditer(plain):  # the separator that leaves two periods either side
        second = _period(plain[found.end():], None)
        first = _period(plain[:found.start()], second[0].year) if second else None
        if first and second:
            return first[0], second[1]
    raise typed.CellValueError(NOT_TIMEFRAME, text)


def _period(text: str, year: int | None) -> Period | None:
    """The days one side of a timeframe covers: a year, a quarter, a month or a date."""
    if not text:
        return None
    if re.fullmatch(r"\d{4}", text):
        return _span(int(text), 1, 12)
    quarter = (re.fullmatch(r"(\d{4}) ?[/.]? ?q ?([1-4])", text)
               or re.fullmatch(r"q ?([1-4]) ?[/.]? ?(\d{4})", text)
               or re.fullmatch(r"([1-4]) ?\.? ?(?:ceyrek|quarter) (\d{4})", text)
               or re.fullmatch(r"(\d{4}) ([1-4]) ?\.? ?(?:ceyrek|quarter)", text))
    if quarter:
        a, b = quarter.groups()
        y, q = (int(a), int(b)) if len(a) == 4 else (int(b), int(a))
        return _span(y, 3 * q - 2, 3 * q)
    month = re.fullmatch(r"([a-z]+)\.? ?(\d{4})?", text)
    if month and month.group(1) in _MONTHS and (month.group(2) or year):
        number = _MONTHS[month.group(1)]
        return _span(int(month.group(2) or year), number, number)  # type: ignore[arg-type]
    numeric = re.fullmatch(r"(\d{1,2})[./](\d{4})|(\d{4})[./-](\d{1,2})", text)
    if numeric and (numeric.group(1) or numeric.group(4)):
        y = int(numeric.group(2) or numeric.group(3))
        m = int(numeric.group(1) or numeric.group(4))
        return _span(y, m, m) if 1 <= m <= 12 else None
    try:
        day = typed.date_value(text)
    except PlanError:
        return None
    return (day, day) if day else None


def _span(year: int, first: int, last: int) -> Period | None:
    if not validate.MIN_YEAR <= year <= validate.MAX_YEAR:
        return None
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
