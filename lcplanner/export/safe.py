"""Make user text safe for a workbook: never a formula, never a character XML forbids.

A workshop types or pastes anything.  Text that starts like a formula (``=``, ``+``, ``-``, ``@``,
tab, carriage return) is written as a string cell with Excel's quote prefix, so neither Excel nor
LibreOffice evaluates it, not even after the cell is edited.  Characters that XML 1.0 forbids
(control characters Word pastes, lone surrogates) are removed and counted for the report; all
other text (Turkish, Arabic, emoji, 30,000-character notes) passes unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
EXCEL_CELL_LIMIT = 32767  # characters Excel keeps in one cell
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


class Cleaner:
    """Cleans cell text and counts what it had to remove or cut."""

    def __init__(self) -> None:
        self.removed = 0
        self.truncated = 0
        self._counted: set[str] = set()  # texts already counted (a description prints twice)

    def text(self, value: str | None) -> str:
        if not value:
            return ""
        cleaned, count = _ILLEGAL.subn("", value)
        cut = len(cleaned) > EXCEL_CELL_LIMIT
        if cut:
            cleaned = cleaned[:EXCEL_CELL_LIMIT]
        if (count or cut) and value not in self._counted:
            self._counted.add(value)  # only texts that needed cleaning: few
            self.removed += count
            self.truncated += cut
        return cleaned


def put_cell(ws: Any, row: int, column: int, value: Any, cleaner: Cleaner, font: Any,
             number_format: str = "") -> None:
    """One cell: text cleaned and never a formula, a date as a date, wrapped at the top."""
    from openpyxl.styles import Alignment

    if isinstance(value, str):
        value = cleaner.text(value)
    cell = ws.cell(row=row, column=column, value=value)
    cell.font = font
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if isinstance(value, str):
        cell.data_type = "s"
        if needs_quote(value):
            cell.quotePrefix = True
    elif isinstance(value, dt.date):
        cell.number_format = "yyyy-mm-dd"
    elif number_format and value is not None:
        cell.number_format = number_format


def needs_quote(text: str) -> bool:
    """Would a spreadsheet read this text as the start of a formula?"""
    return text.startswith(FORMULA_STARTS)


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet name: at most 31 characters, none of []:*?/\\ (case-blind unique)."""
    base = _SHEET_FORBIDDEN.sub(" ", _ILLEGAL.sub("", name)).strip().strip("'") or "Sheet"
    base = " ".join(base.split())[:31].rstrip()
    candidate, n = base, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate = base[:31 - len(suffix)].rstrip() + suffix
        n += 1
    taken.add(candidate.casefold())
    return candidate


def header_footer_text(text: str) -> str:
    """Text for an Excel header/footer: '&' starts a code there, so it is doubled."""
    return _ILLEGAL.sub("", text).replace("&", "&&")[:200]
