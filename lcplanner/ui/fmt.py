"""Show values the way the UI language writes them: dates, numbers, money (QLocale)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

from ..core.text import date_format
from ..core.vocab import CURRENCY_SYMBOLS


def date(value: dt.date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), date_format(locale))


def money(value: Decimal | None, currency: str, locale: QLocale | None = None,
          places: int = 2) -> str:
    """An amount in the UI's way; ``places=0`` rounds to whole units (the temple's narrow
    columns on a projector, where the exact sum is in the tooltip)."""
    if value is None:
        return ""
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    return (locale or QLocale()).toCurrencyString(float(value), symbol, places)


def number(value: int | float | Decimal, locale: QLocale | None = None) -> str:
    if isinstance(value, int):
        return (locale or QLocale()).toString(value)
    return (locale or QLocale()).toString(float(value), "f", 2)


def plain_number(text: str | Decimal, locale: QLocale | None = None) -> str:
    """A stored number ('12.5', '1200') shown with just its own decimals ('12,5', '1.200')."""
    try:
        value = Decimal(str(text))
    except ArithmeticError:
        return str(text)
    places = max(0, -value.as_tuple().exponent) if value.is_finite() else 0  # type: ignore[operator]
    return (locale or QLocale()).toString(float(value), "f", places)


def percent(value: int, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    return f"{loc.toString(value)}{loc.percent()}" if loc.language() != QLocale.Language.Turkish \
        else f"{loc.percent()}{loc.toString(value)}"


def percent_affixes(spin, locale: QLocale | None = None) -> None:  # type: ignore[no-untyped-def]
    """Give a percentage spin box the sign where :func:`percent` writes it."""
    loc = locale or QLocale()
    sample = percent(0, loc)
    sign = loc.percent()
    spin.setPrefix(sign if sample.startswith(sign) else "")
    spin.setSuffix(sign if not sample.startswith(sign) else "")


def parse_number(text: str, locale: QLocale | None = None) -> Decimal | None:
    """Read a number as a person types it in their language ('1.234,50' in Turkish); None if not."""
    loc = locale or QLocale()
    cleaned = "".join(str(text).split())
    for symbol in (*CURRENCY_SYMBOLS.values(), loc.percent()):
        cleaned = cleaned.replace(symbol, "")
    if not cleaned:
        return None
    group, point = loc.groupSeparator(), loc.decimalPoint()
    if group:
        cleaned = cleaned.replace(group, "")
    cleaned = cleaned.replace(point, ".")
    if cleaned.count(".") > 1 or cleaned.count(",") > 0:
        return None
    try:
        value = Decimal(cleaned)
    except ArithmeticError:
        return None
    return value if value.is_finite() else None
