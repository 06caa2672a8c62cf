"""Read a spreadsheet LC Planner did not write (a city's existing plan) through a :class:`Mapping`.

:func:`read_table` opens the file (xlsx or CSV, through :mod:`.tables`' checks) and keeps its
non-blank rows; :func:`preview` shows what the first rows become, for the mapping wizard;
:func:`read_foreign` turns every data row into an added action of a :class:`ChangeSet`, with one
:class:`CellProblem` per cell that cannot be read.  Values are typed the way :mod:`.apply` takes
them (see :func:`changes_of`); organisations are named, never looked up by id, and a name the
plan does not know yet is offered as a new organisation.  What one cell means (a timeframe, names,
KPIs) and how the preview shows it live in :mod:`.foreign_values`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core import validate
from ..core.errors import PlanError
from . import foreign_values, typed
from .changes import CellProblem, ChangeSet, RowChange
from .foreign_values import (PREVIEW_KEY, PreviewRow, Shown, blank, cell_text, cell_value,
                             shown_value)
from .mapping import (AREA_CODES, MULTI_FIELDS, NO_TITLE, TWICE, Mapping, field_label,
                      guess_field, key)
from .tables import OpenWorkbook, csv_rows, kind_of, read_bytes

if TYPE_CHECKING:
    from ..core.document import PlanDocument

MAX_ROWS = 50_000  # data rows of one import

# Importable from here too, as before they moved to foreign_values.
timeframe = foreign_values.timeframe
PREVIEW_COLUMNS = foreign_values.PREVIEW_COLUMNS
preview_header = foreign_values.preview_header

TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "PlanError", "The sheet has more than %1 rows under its headers; at most %1 actions can be "
    "imported at once. Split the file and import the parts one by one.")
MERGED = QT_TRANSLATE_NOOP(
    "PlanError", "The cells %1 are merged. Unmerge them in the spreadsheet (each row needs its own "
    "cells) and import again.")
NO_HEADER = QT_TRANSLATE_NOOP("PlanError", "Row %1 is empty: it cannot be the header row.")
NO_SHEET = QT_TRANSLATE_NOOP("PlanError", "The workbook has no sheet named %1.")
MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "PlanError", "The mapping names the column %1, but the header row (row %2) has no such column.")
NO_TITLE_CELL = QT_TRANSLATE_NOOP("PlanError", "The action has no title.")
NO_AREA = QT_TRANSLATE_NOOP(
    "PlanError",
    "The action has no building block or condition: choose one for it in the mapping.")
ENDS_FIRST = QT_TRANSLATE_NOOP("PlanError", "The action ends (%1) before it starts (%2).")
TOO_LONG = QT_TRANSLATE_NOOP(
    "PlanError", "The cell is too long (%1 characters; at most %2 fit).")
MORE_LEADS = QT_TRANSLATE_NOOP(
    "PlanError", "An action has one lead: %1 leads it, the others are added as partners.")


# --- the file ------------------------------------------------------------------------------------

@dataclass
class Table:
    """An opened spreadsheet: its sheets and, once asked for, a sheet's non-blank rows."""

    name: str  # the file's name
    kind: str  # "xlsx" or "csv"
    sheets: list[str]
    data: bytes = field(repr=False)
    _rows: dict[str, list[tuple[int, list[Any]]]] = field(default_factory=dict, repr=False)
    _merged: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _more: dict[str, bool] = field(default_factory=dict, repr=False)

    def sheet(self, wanted: str = "") -> str:
        """The sheet a mapping means ("" = the first; a CSV file has one, named as the file)."""
        if self.kind == "csv" or not wanted:
            return self.sheets[0]
        if wanted in self.sheets:
            return wanted
        for name in self.sheets:
            if key(name) == key(wanted):
                return name
        raise typed.CellValueError(NO_SHEET, wanted)

    def rows(self, sheet: str) -> list[tuple[int, list[Any]]]:
        """(row number, values) of every row with something in it, trailing empty cells cut."""
        if sheet not in self._rows:
            self._load(sheet)
        return self._rows[sheet]

    def more_rows(self, sheet: str) -> bool:
        """Whether the sheet had more rows than were read (more than an import may take)."""
        self.rows(sheet)
        return self._more[sheet]

    def merged(self, sheet: str) -> list[str]:
        self.rows(sheet)
        return self._merged[sheet]

    def header(self, sheet: str, row: int) -> list[str]:
        """The header texts of a row ("" for an empty cell)."""
        for number, values in self.rows(sheet):
            if number == row:
                return [cell_text(v) for v in values]
            if number > row:
                break
        return []

    def _load(self, sheet: str) -> None:
        limit = MAX_ROWS + 1_000 + 1  # the data rows and a title block of up to 1,000 rows
        kept: list[tuple[int, list[Any]]] = []
        more = False
        if self.kind == "csv":
            source: Iterator[Any] = csv_rows(self.data, self.name)
            merged: list[str] = []
        else:
            book = OpenWorkbook(self.data, self.name)
            merged = book.merged(sheet) if sheet in book.sheetnames else []
            source = book.rows(sheet)
        try:
            for number, values in enumerate(source, start=1):
                cells = list(values)
                while cells and blank(cells[-1]):
                    cells.pop()
                if not cells:
                    continue
                if len(kept) >= limit:
                    more = True
                    break
                kept.append((number, cells))
        finally:
            if self.kind != "csv":
                book.close()
        self._rows[sheet], self._merged[sheet], self._more[sheet] = kept, merged, more


def read_table(path: str | Path) -> Table:
    """Open an xlsx or CSV file; :class:`~.tables.ImportFileError` for one that cannot be read."""
    data = read_bytes(path)
    name = Path(path).name
    kind = kind_of(data, path)
    if kind == "csv":
        table = Table(name, kind, [name], data)
        table.rows(name)  # a file that is not UTF-8 is refused here, not half-way in a preview
        return table
    with OpenWorkbook(data, name) as book:
        sheets = book.sheetnames
        visible = [s for s in sheets if book.sheet_state(s) == "visible"]
    return Table(name, kind, visible + [s for s in sheets if s not in visible], data)


def column_letter(index: int) -> str:
    """The spreadsheet's letter of a column (0 -> "A", 26 -> "AA")."""
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


# --- a row's cells -------------------------------------------------------------------------------

class _Column(NamedTuple):
    index: int
    header: str
    field: str
    letter: str  # "F"


class _Reader:
    """Turns the rows of one sheet into action values through a mapping."""

    def __init__(self, table: Table, mapping: Mapping, doc: PlanDocument | None) -> None:
        self.table, self.mapping, self.doc = table, mapping, doc
        self.problems: list[CellProblem] = []
        self.new: dict[str, str] = {}  # name_key -> the spelling a new organisation gets
        self._cache: dict[tuple[str, type, Any], tuple[Any, PlanError | None]] = {}
        self._known: dict[str, str] = {}  # a name as written -> the plan's spelling or itself
        try:
            self.sheet = table.sheet(mapping.sheet)
        except PlanError as exc:
            self.sheet = mapping.sheet
            self.problems.append(CellProblem(table.name, "", exc.text, *exc.details))
            self.columns: list[_Column] = []
            return
        self.columns = self._columns()
        if doc is None:  # only the columns are wanted (the values table of the wizard)
            return
        plan = doc.plan()
        self.period = (plan.period_start, plan.period_end)
        self.objectives = {key(o.code): o.code for o in doc.objectives()}
        self.existing = {o.id: o.name for o in doc.organisations()}
        self.matcher = typed.NameMatcher(self.existing)

    def _columns(self) -> list[_Column]:
        row = self.mapping.header_row
        headers = self.table.header(self.sheet, row)
        if not any(headers):
            self.problems.append(CellProblem(self.sheet, "", NO_HEADER, row))
            return []
        columns = [_Column(i, h, self.mapping.field_of(h), column_letter(i))
                   for i, h in enumerate(headers) if h]
        found = {key(c.header) for c in columns}
        for header, chosen in self.mapping.columns.items():
            if chosen != "ignore" and key(header) not in found:
                self.problems.append(CellProblem(self.sheet, "", MISSING_COLUMN, header, row))
        seen: dict[str, _Column] = {}
        for column in columns:
            if column.field in seen and column.field not in MULTI_FIELDS:
                first = seen[column.field]
                self.problems.append(CellProblem(
                    self.sheet, "", TWICE, field_label(column.field),
                    f"{first.header} ({first.letter})", f"{column.header} ({column.letter})"))
            seen.setdefault(column.field, column)
        if "title" not in seen:
            self.problems.append(CellProblem(self.sheet, "", NO_TITLE))
        for merged in self.table.merged(self.sheet):
            if _last_row(merged) >= row:
                self.problems.append(CellProblem(self.sheet, merged, MERGED, merged))
        return [c for c in columns if c.field != "ignore"]

    def data_rows(self) -> list[tuple[int, list[Any]]]:
        return [(n, cells) for n, cells in self.table.rows(self.sheet)
                if n > self.mapping.header_row]

    def sheet_problems(self) -> list[CellProblem]:
        if not self.problems and (len(self.data_rows()) > MAX_ROWS
                                  or self.table.more_rows(self.sheet)):
            self.problems.append(CellProblem(self.sheet, "", TOO_MANY_ROWS, f"{MAX_ROWS:,}"))
        return self.problems

    # --- one row ---------------------------------------------------------------------------------

    def row(self, number: int, cells: list[Any]
            ) -> tuple[dict[str, Any], dict[str, CellProblem], list[CellProblem]] | None:
        """(values, problems by field, warnings) of one row; None for a row with nothing mapped."""
        raw: dict[str, list[tuple[_Column, Any]]] = {}
        for column in self.columns:
            value = cells[column.index] if column.index < len(cells) else None
            if not blank(value):
                raw.setdefault(column.field, []).append((column, value))
        if not raw:
            return None
        values: dict[str, Any] = {}
        problems: dict[str, CellProblem] = {}
        warnings: list[CellProblem] = []

        def place(name: str) -> str:
            column = raw[name][0][0] if name in raw else next(
                (c for c in self.columns if c.field == name), None)
            return f"{column.letter}{number}" if column else ""

        for name, found in raw.items():
            for column, value in found:
                try:
                    self._read(name, value, values, warnings, f"{column.letter}{number}")
                except PlanError as exc:
                    problems.setdefault(name, CellProblem(
                        self.sheet, f"{column.letter}{number}", exc.text, *exc.details))
        if "title" not in values and "title" not in problems:
            problems["title"] = CellProblem(self.sheet, place("title"), NO_TITLE_CELL)
        if "area" not in values and "area" not in problems:
            if self.mapping.default_area in AREA_CODES:
                values["area"] = self.mapping.default_area
            else:
                problems["area"] = CellProblem(self.sheet, place("area") or place("title"),
                                               NO_AREA)
        start, end = values.get("start_date"), values.get("end_date")
        if start and end and end < start and "end" not in problems:
            problems["end"] = CellProblem(self.sheet, place("end") or place("timeframe"),
                                          ENDS_FIRST, end, start)
        if "budget" in values:
            year = start.year if start else self.period[0]
            values["budget"] = [{"year": year, "amount": values["budget"],
                                 "source": values.pop("budget_source", "municipal"),
                                 "confirmed": False}]
        values.pop("budget_source", None)
        if values.get("partners"):
            lead = typed.name_key(values.get("lead", ""))
            kept: dict[str, tuple[str, str]] = {}
            for name, role in values["partners"]:
                if typed.name_key(name) != lead:
                    kept.setdefault(typed.name_key(name), (name, role))
            values["partners"] = list(kept.values())
        return values, problems, warnings

    def _read(self, name: str, value: Any, values: dict[str, Any], warnings: list[CellProblem],
              cell: str) -> None:
        """Put one cell's value into ``values`` (several columns of a field add up)."""
        if name in ("description", "target_groups", "notes", "risks"):
            text = typed.text_value(value)
            values[name] = f"{values[name]}\n{text}" if name in values else text
        elif name in ("title", "objective", "code"):
            text = typed.line_value(value)
            if name == "code" and len(text) > validate.MAX_CODE:
                raise typed.CellValueError(TOO_LONG, f"{len(text):,}", f"{validate.MAX_CODE:,}")
            values[name] = self.objectives.get(key(text), text) if name == "objective" else text
        elif name == "lead":
            names = [self._organisation(n) for n in self._parsed(name, value)]
            if names:
                values["lead"] = names[0]
                if len(names) > 1:
                    warnings.append(CellProblem(self.sheet, cell, MORE_LEADS, names[0]))
                    values.setdefault("partners", []).extend((n, "partner") for n in names[1:])
        elif name == "partners":
            values.setdefault("partners", []).extend(
                (self._organisation(org), role) for org, role in self._parsed(name, value))
        elif name == "timeframe":
            start, end = self._parsed(name, value)
            values.setdefault("start_date", start)
            values.setdefault("end_date", end)
        elif name == "indicator":
            values.setdefault("indicators", []).extend(
                dict(indicator) for indicator in self._parsed(name, value))
        else:
            found = self._parsed(name, value)
            if found is not None and (found or name != "budget"):  # no budget line for 0
                values[f"{name}_date" if name in ("start", "end") else name] = found

    def _parsed(self, name: str, value: Any) -> Any:
        """A cell's value read as its field says, once per distinct value (a status, a lead or a
        timeframe repeats on many rows); raises CellValueError."""
        cache_key = (name, type(value), value)
        found = self._cache.get(cache_key)
        if found is None:
            try:
                found = (cell_value(name, value, self.mapping, self.period), None)
            except PlanError as exc:
                found = (None, exc)
            if len(self._cache) < 100_000:
                self._cache[cache_key] = found
        if found[1] is not None:
            raise found[1]
        return found[0]

    def _organisation(self, name: str) -> str:
        """The plan's spelling of a known organisation, else the name (a new one, once)."""
        if name in self._known:
            return self._known[name]
        found = self.matcher.match(name)
        if found is not None:
            self._known[name] = self.existing[found]
            return self.existing[found]
        self._known[name] = name
        spelled = self.new.setdefault(typed.name_key(name), name)
        if spelled.isupper() and not name.isupper():  # "Ankara Üniversitesi" over all capitals
            self.new[typed.name_key(name)] = name
        return name

    def spelling(self, name: str) -> str:
        return self.new.get(typed.name_key(name), name)


def _last_row(ref: str) -> int:
    return int(re.findall(r"\d+", ref)[-1])


# --- what callers use ----------------------------------------------------------------------------

def sheet_problems(table: Table, mapping: Mapping, doc: PlanDocument) -> list[CellProblem]:
    """What stops the whole sheet: no title column, missing columns, merged cells, too many
    rows (the wizard shows them above the preview)."""
    return _Reader(table, mapping, doc).sheet_problems()


def preview(table: Table, mapping: Mapping, doc: PlanDocument, limit: int = 20
            ) -> list[PreviewRow]:
    """What the first ``limit`` data rows become: per field the value shown, or the problem."""
    reader = _Reader(table, mapping, doc)
    out: list[PreviewRow] = []
    if not reader.columns:
        return out
    for number, cells in reader.data_rows():
        read = reader.row(number, cells)
        if read is None:
            continue
        values, problems, _warnings = read
        cells_shown = {name: Shown(shown_value(name, value, reader.spelling))
                       for name, value in values.items()}
        for name, problem in problems.items():
            # the row is beside it: the text without "Sheet …, cell …"
            cells_shown[PREVIEW_KEY.get(name, name)] = Shown(PlanError.message(problem), True)
        out.append(PreviewRow(number, cells_shown))
        if len(out) >= limit:
            break
    return out


def guess_header_row(table: Table, sheet: str, scan: int = 30) -> int:
    """The row among the first ``scan`` non-blank rows whose texts name the most fields (a
    title block above the headers is usual); 1 when none names any."""
    best, best_count = 1, 0
    for number, cells in table.rows(sheet)[:scan]:
        count = len({guess_field(cell_text(c)) for c in cells if isinstance(c, str)} - {"ignore"})
        if count > best_count:
            best, best_count = number, count
    return best


def distinct_values(table: Table, mapping: Mapping, name: str, limit: int = 500) -> list[str]:
    """The different texts of the column(s) mapped to a field (for the values table), in order."""
    reader = _Reader(table, mapping, None)
    seen: dict[str, str] = {}
    for _number, cells in reader.data_rows():
        for column in reader.columns:
            if column.field == name and column.index < len(cells):
                text = cell_text(cells[column.index])
                if text and key(text) not in seen:
                    seen[key(text)] = text
                    if len(seen) >= limit:
                        return list(seen.values())
    return list(seen.values())


def changes_of(table: Table, mapping: Mapping, doc: PlanDocument,
               progress: Callable[[int, int], None] | None = None) -> ChangeSet:
    """The ChangeSet of a foreign sheet: one added action per data row (blank rows skipped).

    ``values`` of each row: area (code), title, and where the mapping has a column for them
    code, objective (an objective's code or a statement), description, target_groups, notes,
    risks (str), lead (a name), partners ([(name, role code)]), start_date, end_date, status
    (code), percent, priority (int), budget ([{year, amount, source, confirmed}]) and
    indicators ([{name, kind?, target?, unit?}]).  Organisation names are the plan's spelling
    of a known one or the spelling listed in ``new_organisations``.
    """
    changes = ChangeSet(source=table.name)
    reader = _Reader(table, mapping, doc)
    changes.problems.extend(reader.sheet_problems())
    if changes.problems:
        return changes
    rows = reader.data_rows()
    for done, (number, cells) in enumerate(rows, start=1):
        read = reader.row(number, cells)
        if progress is not None and done % 500 == 0:
            progress(done, len(rows))
        if read is None:
            continue
        values, problems, warnings = read
        changes.problems.extend(problems.values())
        changes.warnings.extend(warnings)
        label = " ".join(t for t in (values.get("code", ""), values.get("title", "")) if t)
        changes.rows.append(RowChange(kind="action", op="add", sheet=reader.sheet, row=number,
                                      uuid=None, label=label, values=values))
    for row in changes.rows:  # one spelling per new organisation, chosen after all rows
        if "lead" in row.values:
            row.values["lead"] = reader.spelling(row.values["lead"])
        if "partners" in row.values:
            row.values["partners"] = [(reader.spelling(n), r) for n, r in row.values["partners"]]
    for name in reader.new.values():
        changes.new_organisations[name] = True
    return changes


def read_foreign(path: str | Path, mapping: Mapping, doc: PlanDocument) -> ChangeSet:
    """Read a foreign spreadsheet through a mapping (see :func:`changes_of`)."""
    return changes_of(read_table(path), mapping, doc)
