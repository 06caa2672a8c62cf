"""Values as people type them in a spreadsheet, turned into what the plan stores.

One cell at a time: what openpyxl gives in read-only ``values_only`` mode (None, str, int, float,
datetime, date, time, bool) or a CSV string.  A planner in İzmir types ``01.09.2026``,
``1.234,50 ₺``, ``%30`` or ``Planlandığı gibi``; a foreign spreadsheet says ``1 September 2026``
or ``$1,000.00``.  Every function returns the stored value or raises :class:`CellValueError`;
the importer adds the sheet and the cell.  Labels are matched in every shipped language, case-
and accent-blind the Turkish way (I/ı/İ/i are one letter here), spaces and punctuation ignored.

Ambiguities, decided once:

* Numbers: with both ``,`` and ``.`` the last one is the decimal mark; a single ``.`` or ``,``
  followed by exactly three digits after 1-3 digits (not ``0``) groups thousands (``12.500`` and
  ``1,234`` are twelve thousand five hundred and one thousand two hundred and thirty-four);
  otherwise it is the decimal mark (``1234,5``, ``0.125``).
* Dates: day first (``01/09/2026`` is 1 September); a two-digit year is 20yy; an int or float
  from 20000 to 80000 is an Excel serial day.
* Percent: ``%``, written or not, means percent; a float/Decimal strictly between 0 and 1, or
  the float 1.0, is a fraction from a %-formatted cell (0.3 -> 30); the int 1 is 1 %.  Text
  without ``%`` strictly between 0 and 1 is a fraction too (``0,3`` -> 30).  Half rounds up.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core import framework
from ..core.errors import PlanError
from ..core.text import clean_block, clean_line, fold
from ..core.validate import MAX_LINE, MAX_TEXT, MAX_YEAR, MIN_YEAR
from ..core.vocab import Vocabulary
from . import typed_labels
from .typed_labels import (KEY_DROP, area_table, guideline_table, key_feature_table, label_key,
                           month_table, name_key, raw_text, vocab_table, yes_no_table)

# Importable from here too, as before the label tables moved to typed_labels.
label_table = typed_labels.label_table
forget_translations = typed_labels.forget_translations

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("1e15")  # the store refuses more (validate.amount)
EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial day 0 in Excel's 1900 system (after its leap bug)
SERIAL_RANGE = (20_000, 80_000)  # serial days read as dates: 1954-10-03 .. 2119-01-10

NOT_A_DATE = QT_TRANSLATE_NOOP("PlanError", "“%1” is not a date (type it as 31.12.2026).")
YEAR_RANGE = QT_TRANSLATE_NOOP("PlanError", "The year %1 is out of range (%2-%3).")
NOT_AN_AMOUNT = QT_TRANSLATE_NOOP("PlanError", "“%1” is not an amount (type it as 1.234,50).")
NEGATIVE = QT_TRANSLATE_NOOP("PlanError", "“%1” is negative; an amount cannot be.")
TOO_LARGE = QT_TRANSLATE_NOOP("PlanError", "The amount %1 is too large.")
NOT_A_PERCENT = QT_TRANSLATE_NOOP("PlanError", "“%1” is not a percentage from 0 to 100.")
NOT_WHOLE = QT_TRANSLATE_NOOP("PlanError", "“%1” is not a whole number from %2 to %3.")
NOT_A_YEAR = QT_TRANSLATE_NOOP("PlanError", "“%1” is not a year from %2 to %3.")
NOT_YES_NO = QT_TRANSLATE_NOOP("PlanError", "“%1” is not yes or no.")
NOT_ONE_OF = QT_TRANSLATE_NOOP("PlanError", "“%1” is not one of: %2.")
NOT_AN_AREA = QT_TRANSLATE_NOOP(
    "PlanError", "“%1” is not a building block or fundamental condition (BB1-BB6, FC1-FC3).")
NOT_A_FRAMEWORK_AREA = QT_TRANSLATE_NOOP(
    "PlanError", "“%1” is not an area of the framework (B1-B3, BB1-BB6, FC1-FC3).")
TOO_LONG = QT_TRANSLATE_NOOP(
    "PlanError", "This text is too long: %1 characters, at most %2 fit here.")


class CellValueError(PlanError):
    """What is wrong with one value; the caller adds the sheet and the cell.

    ``choices`` (English source labels under ``context``) become the last argument: English in
    the log, translated when the message is shown.
    """

    default_text = QT_TRANSLATE_NOOP("PlanError", "“%1” cannot be used here.")

    def __init__(self, text: str | None = None, *args: object, choices: Sequence[str] = (),
                 context: str = "Vocabulary", field: str | None = None) -> None:
        self.value = args[0] if args else None
        self.choices = tuple(choices)
        self.context = context
        if self.choices:
            args = (*args, ", ".join(self.choices))
        super().__init__(text, *args, field=field)

    def shown_args(self) -> tuple[str, ...]:
        shown = super().shown_args()
        if not self.choices:
            return shown
        listed = ", ".join(QCoreApplication.translate(self.context, c) for c in self.choices)
        return (*shown[:-1], listed)


# --- text ----------------------------------------------------------------------------------------

# Invisible characters Word and web pages paste that clean_line/clean_block keep: zero-width
# space, word joiner, BOM, soft hyphen.  (ZWJ/ZWNJ and bidi marks carry meaning in text; keys
# drop them: typed_labels.KEY_DROP.)
_INVISIBLE = str.maketrans({"\u200b": None, "\u2060": None, "\ufeff": None, "\u00ad": None})


def _line(value: object) -> str:
    """One line of a cell's text, cleaned (also how a message quotes the value)."""
    return clean_line(raw_text(value).translate(_INVISIBLE))


def _limit(text: str, limit: int) -> str:
    if len(text) > limit:
        raise CellValueError(TOO_LONG, f"{len(text):,}", f"{limit:,}")
    return text


def text_value(value: object) -> str:
    """Multi-line text (a description): line breaks kept, control characters out; "" for None."""
    return _limit(clean_block(raw_text(value).translate(_INVISIBLE)), MAX_TEXT)


def line_value(value: object) -> str:
    """One-line text (a title, a name): breaks and control characters out, spaces collapsed."""
    return _limit(_line(value), MAX_LINE)


# --- numbers -------------------------------------------------------------------------------------

_CURRENCY = r"(?:₺|€|\$|£|US\$|TL|TRY|EUR|USD|GBP)"
_MONEY = re.compile(rf"([+\-−]?)\s*(?:{_CURRENCY}\.?\s*)?(.*?)(?:\s*{_CURRENCY}\.?)?", re.I)
_SPACED = re.compile(r"(\d{1,3}(?:[ '’]\d{3})+)(?:([.,])(\d+))?")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}")
_DIGITS = re.compile(r"\d+")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})


def _grouped(text: str, mark: str) -> str | None:
    """"1.234.567" -> "1234567" when every group after the first has three digits."""
    parts = text.split(mark)
    if _THOUSANDS.fullmatch(parts[0]) and all(len(p) == 3 and p.isdigit() for p in parts[1:]):
        return "".join(parts)
    return None


def _number(text: str) -> Decimal | None:
    """A number as typed, with either decimal mark and thousands grouping (see the module's
    rules); None when it is not one."""
    text = text.translate(_SPACES).strip()
    negative = text[:1] == "(" and text[-1:] == ")"  # accountants bracket a negative
    if negative:
        text = text[1:-1].strip()
    if text[:1] in ("+", "-", "−"):
        negative, text = negative or text[0] != "+", text[1:].lstrip()
    if _SPACED.fullmatch(text):  # 1 234,50 and 1'234.50
        text = re.sub(r"[ '’]", "", text)
    last = max(text.rfind(","), text.rfind("."))
    mark = text[last] if last >= 0 else ""
    head, frac = (text[:last], text[last + 1:]) if mark else (text, "0")
    group = "," if mark == "." else "."
    if mark and (mark in head or (len(frac) == 3 and group not in head
                                  and _THOUSANDS.fullmatch(head))):
        head, frac, group = text, "0", mark  # 12.500, 1,234, 1.234.567: thousands only
    if group in head:
        head = _grouped(head, group) or "-"
    if not (_DIGITS.fullmatch(head or "0") and _DIGITS.fullmatch(frac)):
        return None
    number = Decimal(f"{head or 0}.{frac}")
    return -number if negative else number


def number_value(text: str) -> Decimal | None:
    """A number typed as text, signed or not ("-1.234,5", "12.500", "0,3"); None when it is none.
    An indicator's baseline may be negative where an amount may not."""
    return _number(text)


def _decimal(value: object) -> Decimal | None:
    """A number cell (not text) as a Decimal: floats through their shortest repr (0.1 stays 0.1)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    number = Decimal(repr(value) if isinstance(value, float) else value)
    return number if number.is_finite() else None


def amount_value(value: object) -> Decimal | None:
    """Money to the cent (half up, as on invoices), never negative; currency marks ignored."""
    if value is None:
        return None
    number = _decimal(value)
    if number is None:
        text = _line(value) if type(value) is str else None
        if text == "":
            return None
        money = _MONEY.fullmatch(text) if text else None
        number = _number(money[1] + money[2]) if money and money[2] else None
        if number is None:
            raise CellValueError(NOT_AN_AMOUNT, _line(value))
    if number < 0:
        raise CellValueError(NEGATIVE, _line(value))
    if number >= MAX_AMOUNT:
        raise CellValueError(TOO_LARGE, _line(value))
    return number.quantize(CENT, rounding=ROUND_HALF_UP)


def percent_value(value: object, *, fraction: bool | None = None) -> int | None:
    """A whole percentage 0..100 (see the module's rule for fractions).  ``fraction``: a caller
    that knows the cell's number format says whether a number cell is a fraction (True: Excel
    stores 100 % as the int 1) or a percent (False); text follows its own ``%``."""
    kind = type(value)
    if kind is int and not fraction:
        if 0 <= value <= 100:  # type: ignore[operator]
            return value  # type: ignore[return-value]
        raise CellValueError(NOT_A_PERCENT, _line(value))
    if value is None:
        return None
    number = _decimal(value)
    if number is not None:
        if fraction or (fraction is None and (0 < number < 1 or (kind is float and number == 1))):
            number *= 100
    elif kind is str:
        text = _line(value)
        if not text:
            return None
        signed = text.count("%") == 1 and (text[0] == "%" or text[-1] == "%")
        number = _number(text.strip("%").strip() if signed else text)
        if number is not None and not signed and 0 < number < 1:
            number *= 100
    if number is None or not 0 <= number <= 100:
        raise CellValueError(NOT_A_PERCENT, _line(value))
    return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _whole(value: object, low: int, high: int, message: str) -> int | None:
    if type(value) is int:
        if low <= value <= high:  # type: ignore[operator]
            return value  # type: ignore[return-value]
        raise CellValueError(message, _line(value), low, high)
    if value is None:
        return None
    number = _decimal(value)
    if number is None and type(value) is str:
        if not (text := _line(value)):
            return None
        number = _number(text)
    if number is None or number != number.to_integral_value() or not low <= number <= high:
        raise CellValueError(message, _line(value), low, high)
    return int(number)


def whole_value(value: object, low: int, high: int) -> int | None:
    """A whole number from ``low`` to ``high`` (a priority, a count); 3.0 and "3" are 3."""
    return _whole(value, low, high, NOT_WHOLE)


def year_value(value: object) -> int | None:
    """A year 1900..2200; a date typed in a year column gives its year."""
    if isinstance(value, dt.date):
        value = value.year
    return _whole(value, MIN_YEAR, MAX_YEAR, NOT_A_YEAR)


# --- dates ---------------------------------------------------------------------------------------

_TIME = r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?"
_DAY_FIRST = re.compile(r"(\d{1,2})[./\-](\d{1,2})[./\-](\d{4}|\d{2})" + _TIME)
_YEAR_FIRST = re.compile(r"(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})" + _TIME)
_NAMED = re.compile(r"(\d{1,2})(?:\.|st|nd|rd|th|er)?[\s\-/]*(?:de\s+)?([^\W\d_]{3,}\.?)"
                    r"[\s\-/,.]*(?:de\s+)?(\d{4}|\d{2})", re.I)
_NAMED_MONTH_FIRST = re.compile(r"([^\W\d_]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)
_CJK = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?")


def _in_range(day: dt.date) -> dt.date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise CellValueError(YEAR_RANGE, day.year, MIN_YEAR, MAX_YEAR)
    return day


def _make_date(year: str, month: int | str, day: str, text: str) -> dt.date:
    try:
        return _in_range(dt.date(int(year) + 2000 * (len(year) == 2), int(month), int(day)))
    except ValueError:
        raise CellValueError(NOT_A_DATE, text) from None


def date_value(value: object) -> dt.date | None:
    """A date from a date cell, an Excel serial day or typed text (day first, ISO, month names)."""
    kind = type(value)
    if kind is dt.datetime:
        return _in_range(value.date())  # type: ignore[attr-defined]
    if kind is dt.date:
        return _in_range(value)  # type: ignore[arg-type]
    if value is None:
        return None
    if kind is str:
        return _date_text(_line(value))
    if isinstance(value, dt.date):
        return _in_range(value.date() if isinstance(value, dt.datetime) else value)
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        if SERIAL_RANGE[0] <= value <= SERIAL_RANGE[1]:
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
    raise CellValueError(NOT_A_DATE, _line(value))


def _date_text(shown: str) -> dt.date | None:
    if not shown:
        return None
    text = "".join(c for c in shown if c not in KEY_DROP)  # bidi marks around Arabic
    if found := _DAY_FIRST.fullmatch(text):
        return _make_date(found[3], found[2], found[1], shown)
    if found := _YEAR_FIRST.fullmatch(text) or _CJK.fullmatch(text):
        return _make_date(found[1], found[2], found[3], shown)
    day = month = year = None
    if found := _NAMED.fullmatch(text):
        day, month, year = found[1], found[2], found[3]
    elif found := _NAMED_MONTH_FIRST.fullmatch(text):
        month, day, year = found[1], found[2], found[3]
    number = month_table().get(label_key(month)) if month else None
    if number is None:
        raise CellValueError(NOT_A_DATE, shown)
    return _make_date(year, number, day, shown)  # type: ignore[arg-type]


# --- yes / no ------------------------------------------------------------------------------------

def yes_no_value(value: object) -> bool | None:
    """True or False from a check box, 1/0, or a typed yes/no (evet/hayır, x, ✓) in any language."""
    kind = type(value)
    if kind is bool:
        return value  # type: ignore[return-value]
    if value is None:
        return None
    if kind in (int, float) and value in (0, 1):
        return bool(value)
    if kind is str:
        if not (text := _line(value)):
            return None
        found = yes_no_table().get(label_key(text) or text)
        if found is not None:
            return found
    raise CellValueError(NOT_YES_NO, _line(value))


# --- vocabularies, areas and code lists ----------------------------------------------------------

def vocab_value(vocabulary: type[Vocabulary], value: object) -> str | None:
    """The stored code from a code ("on_track") or a label in any shipped language."""
    if isinstance(value, vocabulary):
        return value.value
    if value is None or value == "":
        return None
    if type(value) is str and value in vocabulary._value2member_map_:
        return value  # type: ignore[return-value]
    text = line_value(value)
    if not text:
        return None
    code = vocab_table(vocabulary).get(label_key(text))
    if code is None:
        raise CellValueError(NOT_ONE_OF, _line(value),
                             choices=[m.source_label for m in vocabulary], context="Vocabulary")
    return code


# "BB1", "bb 1", "BB-1", "BB1 Education system", "FC2: Governance"; not "BB1.1" (a key feature).
_AREA_CODE = re.compile(r"\s*(BB|FC|B)\s*[-.]?\s*(\d)(?![.,]?\d)(?!\w)", re.I)


def area_value(value: object, *, benefits: bool = False) -> str | None:
    """An area's code from its code (with or without its name after it) or its name or short name
    in any shipped language.  Building blocks and conditions; benefits too when asked."""
    if value is None or value == "":
        return None
    allowed = framework.AREA_BY_CODE if benefits else framework.PLAN_AREA_CODES
    if type(value) is str and value in allowed:
        return value  # type: ignore[return-value]
    text = line_value(value)
    if not text:
        return None
    found = _AREA_CODE.match(text)
    code = (found[1] + found[2]).upper() if found else area_table().get(label_key(text))
    if code not in allowed:
        raise CellValueError(NOT_A_FRAMEWORK_AREA if benefits else NOT_AN_AREA, _line(value))
    return code


_LIST_SPLIT = re.compile(r"([,;\n])")
_BULLETS = "•·‣◦▪–—-*"
_FIRST_WORD = re.compile(r"[\s:–—]+|\s-\s*")


def codes_value(value: object, allowed: Mapping[str, str], *, choices: Sequence[str] | None = None,
                context: str = "Vocabulary") -> list[str]:
    """The codes of a list cell ("BB1.1, BB2.3", names separated by , ; or new lines), distinct
    and in the order of ``allowed``'s codes (as the store keeps them).

    ``allowed`` maps :func:`label_key` keys to codes (see :func:`label_table`).  A name holding a
    comma ("centres, libraries, museums") is found whole: the longest run of pieces that is a
    name wins.  ``choices``: the labels an error lists (translated under ``context``); the
    codes by default.
    """
    if value is None:
        return []
    text = clean_block(raw_text(value).translate(_INVISIBLE))
    if not text:
        return []
    parts = _LIST_SPLIT.split(text)
    pieces = [p.strip().lstrip(_BULLETS).strip() for p in parts[::2]]
    found = {allowed.get(label_key(p), "?") for p in pieces if p}
    if "?" in found:  # a name may hold a separator: runs of pieces, longest first
        found = _runs(parts, pieces, allowed, choices, context)
    return [code for code in dict.fromkeys(allowed.values()) if code in found]


def _runs(parts: list[str], pieces: list[str], allowed: Mapping[str, str],
          choices: Sequence[str] | None, context: str) -> set[str]:
    found: set[str] = set()
    count, i = len(pieces), 0
    while i < count:
        if not pieces[i]:
            i += 1
            continue
        for j in range(min(count, i + 8), i, -1):
            code = allowed.get(label_key("".join(parts[2 * i:2 * j - 1])))
            if code is not None:
                found.add(code)
                i = j
                break
        else:
            # "BB1.1 Early childhood care": a code (it has a digit) before a name
            first = _FIRST_WORD.split(pieces[i], maxsplit=1)[0]
            code = allowed.get(label_key(first)) if any(c.isdigit() for c in first) else None
            if code is None:
                listed = choices if choices is not None else list(dict.fromkeys(allowed.values()))
                raise CellValueError(NOT_ONE_OF, clean_line(pieces[i]), choices=listed,
                                     context=context if choices is not None else "")
            found.add(code)
            i += 1
    return found


def guideline_codes(value: object) -> list[str]:
    """The Guidelines' areas of action from their codes or names in any shipped language."""
    return codes_value(value, guideline_table(),
                       choices=[g.name for g in framework.GUIDELINE_AREAS],
                       context=framework.CONTEXT)


def key_feature_codes(value: object) -> list[str]:
    """Key features from their codes ("BB1.1", "bb 1.1") or texts in any shipped language."""
    return codes_value(value, key_feature_table())


# --- organisations -------------------------------------------------------------------------------

class NameMatcher:
    """Find an organisation by its name as typed: exactly, then case-blind the Turkish way, then
    accent-blind (:func:`name_key`).  At each step the first name added wins a shared key."""

    _STEPS = (str, lambda text: fold(text, "tr"), name_key)

    def __init__(self, names: Mapping[int, str]) -> None:
        self._found: tuple[dict[str, int], ...] = ({}, {}, {})
        for ident, name in names.items():
            self.add(ident, name)

    def add(self, ident: int, name: str) -> None:
        """Know one more organisation (one the import has just created)."""
        if text := _line(name):
            for step, found in zip(self._STEPS, self._found, strict=True):
                found.setdefault(step(text), ident)

    def match(self, name: str) -> int | None:
        """The id of the organisation called ``name``, or None."""
        if text := _line(name):
            for step, found in zip(self._STEPS, self._found, strict=True):
                if (ident := found.get(step(text))) is not None:
                    return ident
        return None
