"""What a workbook carries so that its edits can come back (:mod:`lcplanner.exchange.roundtrip`).

Every row kind has its UUID in a hidden last column.  A hidden sheet, written last, records the
plan's identifier, the export time and language, each sheet's columns (header → field, so a
planner may move or insert columns), and per exported row the fingerprints of its fields
(:mod:`lcplanner.core.fingerprint`): on import, a field whose workbook value no longer matches its
fingerprint was edited by the planner; one whose plan value no longer matches changed in the plan.
The Partners sheet, one row per partner of an action, is the place partners are edited.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter
from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core import fingerprint as fp
from ..core.vocab import Role

if TYPE_CHECKING:
    from .workbook import WorkplanWriter

RECORD_SHEET = "lcplanner-roundtrip"  # never translated: the importer looks for this name
FORMAT = 1
ROWS_PER_CELL = 100  # fingerprint lines in one cell (about 27,000 characters; a cell holds 32,767)
MAGIC = "LC Planner round trip"
PARTNER_COLUMNS = (
    ("action", QT_TRANSLATE_NOOP("Export", "Code")),
    ("title", QT_TRANSLATE_NOOP("Export", "Action")),
    ("organisation", QT_TRANSLATE_NOOP("Export", "Organisation")),
    ("role", QT_TRANSLATE_NOOP("Export", "Its role")),
    ("uuid", QT_TRANSLATE_NOOP("Export", "ID (do not edit)")),
)


class Prints:
    """The fingerprints of an export, collected while its sheets are written.

    One line per row goes to a temporary file (spooled in memory while small), not a list: a
    100,000-action export keeps its memory flat, and the record sheet is written from the file
    at the end."""

    def __init__(self) -> None:
        self.sheets: list[list[Any]] = []
        self.lines = tempfile.SpooledTemporaryFile(max_size=256 * 1024, mode="w+",
                                                   encoding="utf-8", newline="\n")

    def sheet(self, key: str, name: str, kind: str, fields: list[str], headers: list[str]) -> None:
        """Which field each column of a sheet holds (by the header as written)."""
        self.sheets.append(["sheet", key, name, kind, json.dumps(list(zip(headers, fields)),
                                                                 ensure_ascii=False)])

    def add(self, kind: str, uuid: str, values: dict[str, Any]) -> None:
        self.lines.write(f"{kind}\t{uuid}\t{fp.digests(kind, values)}\n")

    def add_derived(self, uuid: str, values: dict[str, Any]) -> None:
        digests = " ".join(fp.digest(values.get(k)) for k in fp.DERIVED)
        self.lines.write(f"derived\t{uuid}\t{digests}\n")

    def rows(self) -> Iterator[list[str]]:
        """The recorded rows as ["rows", kind, "uuid digests\\n..."], up to ROWS_PER_CELL rows of
        one kind in a cell: a 10,000-action record is a few hundred cells, not 70,000 rows
        (reading it back costs little next to the sheets).  The file is closed after."""
        self.lines.seek(0)
        kind, chunk = "", []
        try:
            for line in self.lines:
                this, uuid, digests = line.rstrip("\n").split("\t")
                if (this != kind or len(chunk) == ROWS_PER_CELL) and chunk:
                    yield ["rows", kind, "\n".join(chunk)]
                    chunk = []
                kind = this
                chunk.append(f"{uuid} {digests}")
            if chunk:
                yield ["rows", kind, "\n".join(chunk)]
        finally:
            self.lines.close()


def record(w: WorkplanWriter) -> None:
    """The hidden sheet: identity, time, columns and fingerprints (not printed, not shown)."""
    ws = w.wb.create_sheet(RECORD_SHEET)
    ws.sheet_state = "hidden"
    plan = w.data.plan
    ws.append([MAGIC, FORMAT])
    ws.append(["plan", plan.uuid])
    ws.append(["exported", w.exported_at.isoformat()])
    ws.append(["language", w.lang])
    for kind, fields in fp.FIELDS.items():
        ws.append(["fields", kind, " ".join(fields)])
    ws.append(["fields", "derived", " ".join(fp.DERIVED)])
    for row in w.prints.sheets:
        ws.append(row)
    for row in w.prints.rows():
        ws.append(row)


def partners(w: WorkplanWriter, name: str) -> None:
    """One row per partner of an action: where a partner's organisation or role is edited."""
    ws = w.new_sheet(name, (9, 34, 34, 16, 38))
    ws.freeze_panes = "C2"
    ws.column_dimensions[get_column_letter(len(PARTNER_COLUMNS))].hidden = True
    headers = [w.e(h) for _k, h in PARTNER_COLUMNS]
    w.header_row(ws, headers)
    w.prints.sheet("partners", name, "partner", [k for k, _h in PARTNER_COLUMNS], w._headers)
    rows = 0
    for code, title, organisation, role, uuid in w.data.partner_links():
        values = [code, title, organisation, w.label(Role, role), uuid]
        w.fit_next_row(ws, values[:-1])
        w.append(ws, [w.cell(ws, v) for v in values])
        w.prints.add("partner", uuid, fp.partner_values(code, organisation, role))
        rows += 1
    ws.print_area = f"A1:D{rows + 1}"
    w.add_table(ws, "Partners", len(PARTNER_COLUMNS), rows)


def stamp() -> dt.datetime:
    """The export's time, to the second (the cover shows it, the record keeps it)."""
    return dt.datetime.now().replace(microsecond=0)

