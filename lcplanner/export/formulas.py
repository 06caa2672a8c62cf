"""Formulas that carry their computed value: totals that follow an edited cell and still show in
viewers that never calculate.

Why: a total written as a number stays wrong after a planner changes a budget cell; a formula
alone shows as empty (or 0) in viewers that do not recalculate (many phone and web previews,
openpyxl itself).  A spreadsheet file may hold both: the formula and its last value (``<f>`` and
``<v>`` in the cell).  openpyxl writes formulas without the value, so this module adds a cell
value type, :class:`Cached`, and wraps openpyxl's cell writer to write both for such cells; every
other cell goes through openpyxl's writer unchanged.  Spreadsheets recalculate on opening anyway
(``fullCalcOnLoad``), so a value computed here can never stay wrong for long.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import openpyxl.worksheet._writer as _sheet_writer
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell._writer import _set_attributes
from openpyxl.compat import safe_string
from openpyxl.xml.functions import Element, SubElement


class Cached(str):
    """A formula ("=SUM(...)") with the value it computes to."""

    cached: Any

    def __new__(cls, formula: str, cached: Any) -> Cached:
        text = super().__new__(cls, formula)
        text.cached = float(cached) if isinstance(cached, Decimal) else cached
        return text


_plain_write_cell = _sheet_writer.write_cell


def _write_cell(xf: Any, worksheet: Any, cell: Any, styled: Any = None) -> None:
    value = cell._value
    if not isinstance(value, Cached):
        _plain_write_cell(xf, worksheet, cell, styled)
        return
    _value, attributes = _set_attributes(cell, styled)
    if isinstance(value.cached, str):
        attributes["t"] = "str"  # a formula's text result
    element = Element("c", attributes)
    SubElement(element, "f").text = str(value)[1:]
    if value.cached is not None:
        SubElement(element, "v").text = safe_string(value.cached)
    xf.write(element)


_sheet_writer.write_cell = _write_cell  # type: ignore[assignment]


def formula_cell(ws: Any, formula: str, cached: Any) -> WriteOnlyCell:
    """A write-only cell holding ``formula`` and its value ``cached``."""
    cell = WriteOnlyCell(ws, None)
    cell._value = Cached(formula, cached)
    cell.data_type = "f"
    return cell
