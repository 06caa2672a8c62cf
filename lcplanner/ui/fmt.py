"""Show values the way the UI language writes them: dates, numbers, money (QLocale)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

CURRENCY_SYMBOLS = {"TRY": "₺", "EUR": "€", "USD": "$", "GBP": "£"}


def date(value: dt.date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    return (locale or QLocale()).toString(QDate(value.year, value.month, value.day),
                                          QLocale.FormatType.ShortFormat)


def money(value: Decimal | None, currency: str, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    return (locale or QLocale()).toCurrencyString(float(value), symbol, 2)


def number(value: int | float | Decimal, locale: QLocale | None = None) -> str:
    if isinstance(value, int):
        return (locale or QLocale()).toString(value)
    return (locale or QLocale()).toString(float(value), "f", 2)


def percent(value: int, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    return f"{loc.toString(value)}{loc.percent()}" if loc.language() != QLocale.Language.Turkish \
        else f"{loc.percent()}{loc.toString(value)}"
