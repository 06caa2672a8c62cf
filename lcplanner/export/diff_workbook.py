"""The compare view's list as a workbook: one line per changed field, grouped by area.

Who reads it: a council officer asking "what changed since the approved version".  One sheet, a
header the filter and the print repeat, text cells that are never formulas (:mod:`.safe`), dates
as dates.  The words (column heads, kinds of rows, field names, values) come from the caller's
``words`` object (``DiffCli`` of the diff command, in the UI's language), so this module stays
free of the command line.  Written beside the target and renamed into place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment

from ..core.diff import RowDiff
from ..core.outfile import check_target, write_atomically
from .safe import Cleaner, put_cell
from .styles import BODY, BOLD, HEADER_FILL, HEADER_FONT, TITLE_FONT

WIDTHS = (16, 11, 14, 38, 16, 34, 34)  # area, change, kind, row, field, before, after


def write_diff(target: Path, diffs: Sequence[RowDiff], words: Any, before: str,
               after: str) -> int:
    """Write the workbook; returns the number of lines.  Raises OutputError (one line)."""
    target = Path(target)
    check_target(target)
    book = Workbook()
    ws = book.active
    ws.title = words.sheet_title()[:31]
    cleaner = Cleaner()

    def put(row: int, column: int, value: Any, font: Any = BODY) -> None:
        put_cell(ws, row, column, value, cleaner, font)

    put(1, 1, words.sheet_heading().replace("%1", before).replace("%2", after), TITLE_FONT)
    ws.cell(row=1, column=1).alignment = Alignment(vertical="top")
    heads = words.sheet_columns()
    for column, (head, width) in enumerate(zip(heads, WIDTHS), start=1):
        put(3, column, head, HEADER_FONT)
        ws.cell(row=3, column=column).fill = HEADER_FILL
        ws.column_dimensions[chr(64 + column)].width = width
    row = 4
    for diff in diffs:
        area = words.area(diff.area)
        kind = words.kind(diff.table)
        change = words.op_name(diff.op)
        fields = diff.fields or (None,)
        for number, field in enumerate(fields):
            put(row, 1, area)
            put(row, 2, change, BOLD if number == 0 else BODY)
            put(row, 3, kind)
            put(row, 4, diff.label)
            if field is not None:
                put(row, 5, words.field_name(diff.table, field.field))
                put(row, 6, _cell(words, field.field, field.old))
                put(row, 7, _cell(words, field.field, field.new))
            row += 1
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:G{max(row - 1, 3)}"
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    def write(fh: IO[bytes]) -> None:
        book.save(fh)

    write_atomically(target, write, "diff")
    return row - 4


def _cell(words: Any, field: str, value: Any) -> Any:
    """Dates and numbers stay what they are; everything else as a person reads it."""
    if isinstance(value, (dt.date, int, float)) and not isinstance(value, bool):
        return value
    return words.value(field, value)
