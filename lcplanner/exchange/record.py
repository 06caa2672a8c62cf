"""The hidden sheet an exported workbook carries: which plan, when, which columns, which values.

Read before any other sheet: without it a workbook is not one of ours (a foreign spreadsheet is
imported with a mapping instead); with another plan's identifier it is refused unless the person
imports its rows as new ones.  The sheet may have been altered by hand, so every line is checked
and a bad one refused, naming the cell.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core import fingerprint as fp
from ..export.roundtrip_sheets import FORMAT, MAGIC, RECORD_SHEET
from .changes import CellProblem
from .tables import OpenWorkbook, refuse

MAX_RECORD_ROWS = 2_000_000  # fingerprint lines: more than any plan exports

NO_RECORD = QT_TRANSLATE_NOOP(
    "PlanError", "The workbook %1 was not exported by LC Planner (it has no round-trip record). "
    "A spreadsheet of your own comes in with a column mapping: File → Import Workbook asks "
    "for one; the command line takes --mapping.")
NEWER = QT_TRANSLATE_NOOP(
    "PlanError", "The workbook %1 was exported by a newer LC Planner (format %2). Update LC "
    "Planner to import it.")
BAD_LINE = QT_TRANSLATE_NOOP(
    "PlanError", "the round-trip record was altered here; export the plan again to get a "
    "workbook that can be imported.")


@dataclass
class SheetColumns:
    key: str  # "BB1".."BB6", "FC", "objectives", "indicators", "budget", "organisations", "partners"
    name: str  # the sheet's name in the workbook
    kind: str  # the row kind of fingerprint.FIELDS
    columns: list[tuple[str, str]]  # (header as written, field)


@dataclass
class Record:
    plan: str
    exported: dt.datetime
    language: str
    sheets: list[SheetColumns] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=dict)
    rows: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)  # kind→uuid→f→digest

    def digests(self, kind: str, uuid: str) -> dict[str, str] | None:
        return self.rows.get(kind, {}).get(uuid)


def read_record(book: OpenWorkbook) -> Record:
    """The record of an exported workbook, or a refusal (not ours, newer, altered)."""
    if RECORD_SHEET not in book.sheetnames:
        raise refuse(NO_RECORD, book.name)
    rows = book.rows(RECORD_SHEET)
    head = next(rows, None)
    if not head or head[0] != MAGIC:
        raise refuse(NO_RECORD, book.name)
    if not isinstance(head[1], (int, float)) or head[1] > FORMAT:
        raise refuse(NEWER, book.name, head[1] if len(head) > 1 else "?")
    values: dict[str, Any] = {}
    record = Record("", dt.datetime(2000, 1, 1), "en")
    for number, cells in enumerate(rows, start=2):
        if number > MAX_RECORD_ROWS:
            raise _bad(number)
        tag = cells[0] if cells else None
        try:
            if tag == "rows":
                kind, names = str(cells[1]), record.fields[str(cells[1])]
                rows = record.rows.setdefault(kind, {})
                for line in str(cells[2]).split("\n"):
                    uuid, *digests = line.split(" ")
                    if len(digests) != len(names):
                        raise ValueError
                    rows[uuid] = dict(zip(names, digests))
            elif tag == "fields":
                record.fields[str(cells[1])] = str(cells[2]).split(" ")
            elif tag == "sheet":
                pairs = json.loads(str(cells[4]))
                record.sheets.append(SheetColumns(str(cells[1]), str(cells[2]), str(cells[3]),
                                                  [(str(h), str(f)) for h, f in pairs]))
            elif tag in ("plan", "exported", "language"):
                values[tag] = str(cells[1])
            elif tag is not None:
                raise ValueError
        except (IndexError, KeyError, ValueError, TypeError):
            raise _bad(number) from None
    try:
        record.plan = values["plan"]
        record.exported = dt.datetime.fromisoformat(values["exported"])
        record.language = values.get("language", "en")
    except (KeyError, ValueError):
        raise _bad(1) from None
    for kind in fp.FIELDS:
        record.rows.setdefault(kind, {})
    return record


def _bad(row: int) -> CellProblem:
    return CellProblem(RECORD_SHEET, f"A{row}", BAD_LINE)
