"""Read an edited export back: what the planner changed, what changed in the plan since, and
what conflicts, as a :class:`ChangeSet` for a person to review (nothing is written here).

Rows match by the UUID in their hidden ID column; a row without one is new (it gets a UUID made
from the export and its place, so importing the same workbook twice adds it once); an exported row
missing from the workbook is offered for deletion.  For each field three fingerprints are compared
(:mod:`lcplanner.core.fingerprint`): as exported, as the workbook holds it, as the plan holds it.
"""

from __future__ import annotations

import uuid as uuid_mod
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core import fingerprint as fp
from ..core.text import clean_line
from .changes import KINDS, CellProblem, ChangeSet, FieldChange, RowChange
from .fields import COLUMN_FIELD, READERS, Context, compare_value
from .plan_side import PlanSide, read_plan
from .record import Record, SheetColumns, read_record
from .tables import OpenWorkbook, kind_of, read_bytes, refuse
from .typed import CellValueError, NameMatcher

MAX_ROWS = 50_000  # data rows of one sheet in one import
_NAMESPACE = uuid_mod.UUID("6f1d3c2e-9b7a-4e55-8a51-2f0c7d1e4b90")

OTHER_PLAN = QT_TRANSLATE_NOOP(
    "PlanError", "The workbook %1 was exported from another plan (%2). Import its rows as new "
    "rows instead, or open the plan it came from.")
NOT_XLSX = QT_TRANSLATE_NOOP(
    "PlanError", "The file %1 is not an Excel workbook; a CSV file comes in with a column "
    "mapping: File → Import Workbook asks for one; the command line takes --mapping.")
MISSING_SHEET = QT_TRANSLATE_NOOP(
    "PlanError", "the sheet is missing (renamed or deleted); give it back its name %1 and "
    "import again.")
NO_ID_COLUMN = QT_TRANSLATE_NOOP(
    "PlanError", "the column “%1” (the rows' IDs) is missing; the rows cannot be matched.")
MERGED = QT_TRANSLATE_NOOP("PlanError", "the cells %1 are merged; unmerge them and import again.")
TOO_MANY = QT_TRANSLATE_NOOP(
    "PlanError", "more than %1 rows; import at most %1 rows of a sheet at a time.")
TWICE = QT_TRANSLATE_NOOP(
    "PlanError", "this ID is also in row %1: a copied row must have its ID cell emptied.")
BAD_ID = QT_TRANSLATE_NOOP("PlanError", "“%1” is not an ID of LC Planner; empty the cell for a new row.")
FORMULA = QT_TRANSLATE_NOOP(
    "PlanError", "a formula without a saved result stands where a value is expected; type the "
    "value, or open and save the workbook in Excel or LibreOffice first.")
REQUIRED = QT_TRANSLATE_NOOP("PlanError", "a new row needs a value in the column “%1”.")
NO_ACTION = QT_TRANSLATE_NOOP("PlanError", "the plan has no action with the code “%1”.")
NO_AREA = QT_TRANSLATE_NOOP(
    "PlanError", "say which fundamental condition the new action is under: an objective of "
    "FC1–FC3, or a code starting with FC1, FC2 or FC3.")
# Warnings (the import goes on without the cell) and notes on offered deletions.
DERIVED_CELL = QT_TRANSLATE_NOOP(
    "PlanError", "this column shows what another sheet holds (partners on Partners, budget on "
    "Budget, indicators on Indicators); the edit here was not read.")
GONE = QT_TRANSLATE_NOOP(
    "PlanError", "this row was deleted from the plan after the export; its edits were not "
    "imported.")
CHANGED_SINCE = QT_TRANSLATE_NOOP("Import", "It was changed in the plan after the export.")
ORDER = {kind: i for i, kind in enumerate(KINDS)}
NEEDED = {"action": "title", "objective": "statement", "organisation": "name",
          "partner": "organisation", "budget": "amount", "indicator": "name"}
OWNER = {"partner": "action", "budget": "action", "indicator": "owner"}


def read_edits(path: str | Path, doc: Any, *, as_new: bool = False) -> ChangeSet:
    """What importing the workbook at ``path`` into ``doc`` would change (nothing is written).

    Raises a PlanError (one translated line) for a file that is not an export of this plan; cell
    problems are collected in ``problems`` (any one of them: nothing may be applied)."""
    path = Path(path)
    data = read_bytes(path)
    if kind_of(data, path) != "xlsx":
        raise refuse(NOT_XLSX, path.name)
    with OpenWorkbook(data, path.name) as book:
        record = read_record(book)
        plan_uuid = doc.plan().uuid
        if record.plan != plan_uuid and not as_new:
            raise refuse(OTHER_PLAN, path.name, record.plan)
        reader = _Reader(book, record, read_plan(doc), ChangeSet(path.name, record.plan,
                                                                  record.exported), as_new)
        for sheet in sorted(record.sheets, key=lambda s: ORDER.get(s.kind, 99)):
            reader.sheet(sheet)
        reader.offer_deletions()
        reader.changes.rows.sort(key=lambda r: (ORDER[r.kind], r.op != "add"))
        return reader.changes


class _Reader:
    def __init__(self, book: OpenWorkbook, record: Record, plan: PlanSide, changes: ChangeSet,
                 as_new: bool) -> None:
        self.book, self.record, self.plan, self.changes = book, record, plan, changes
        self.as_new = as_new
        self.ctx = Context(record.language, dict(plan.objective_codes))
        self.seen: dict[str, dict[str, int]] = {kind: {} for kind in fp.FIELDS}
        self.complete: set[str] = set()  # kinds whose every sheet was read (deletions offered)
        self.broken: set[str] = set()
        self.names = NameMatcher(plan.organisations)
        self.new_codes: set[str] = set()  # folded codes of actions the import adds
        self.sheet_of: dict[str, str] = {}

    def problem(self, sheet: str, cell: str, text: str, *args: object) -> None:
        self.changes.problems.append(CellProblem(sheet, cell, text, *args))

    # --- a sheet ---------------------------------------------------------------------------------

    def sheet(self, sc: SheetColumns) -> None:
        self.sheet_of.setdefault(sc.kind, sc.name)
        if sc.name not in self.book.sheetnames:
            self.problem(sc.name, "", MISSING_SHEET, sc.name)
            self.broken.add(sc.kind)
            return
        for ref in self.book.merged(sc.name):
            self.problem(sc.name, ref.split(":")[0], MERGED, ref)
        formulas = self.book.formula_cells(sc.name)
        rows = self.book.rows(sc.name)
        header = next(rows, ()) or ()
        by_header = {clean_line(h): f for h, f in sc.columns}
        columns = [(i, by_header[clean_line(_text(h))]) for i, h in enumerate(header)
                   if clean_line(_text(h)) in by_header]
        id_col = next((i for i, f in columns if f == "uuid"), None)
        if id_col is None:
            header_of_id = next((h for h, f in sc.columns if f == "uuid"), "ID")
            self.problem(sc.name, "", NO_ID_COLUMN, header_of_id)
            self.broken.add(sc.kind)
            return
        self.letters = [_letter(i) for i in range(max(len(header), id_col + 1))]
        self.header_of = {f: h for h, f in sc.columns}
        count = 0
        for number, cells in enumerate(rows, start=2):
            if not any(c is not None and str(c).strip() for c in cells):
                if sc.kind == "budget":
                    break  # the totals under the lines are not lines
                continue
            count += 1
            if count > MAX_ROWS:
                self.problem(sc.name, f"A{number}", TOO_MANY, f"{MAX_ROWS:,}")
                self.broken.add(sc.kind)
                return
            self.row(sc, number, cells, columns, id_col, formulas)
        self.complete.add(sc.kind)

    # --- a row -----------------------------------------------------------------------------------

    def row(self, sc: SheetColumns, number: int, cells: tuple[Any, ...],
            columns: list[tuple[int, str]], id_col: int, formulas: set[tuple[int, int]]) -> None:
        kind = sc.kind
        readers = READERS[kind]
        self.ctx.kind = "count"  # until the row's kind column says
        values: dict[str, Any] = {}
        where: dict[str, tuple[str, str]] = {}  # field -> (cell, header)
        derived: dict[str, Any] = {}
        header_of = self.header_of
        ordered = sorted(columns, key=lambda c: c[1] != "kind")  # an indicator's kind first
        for col, name in ordered:
            value = cells[col] if col < len(cells) else None
            cell = f"{self.letters[col]}{number}"
            if value is None and (number, col + 1) in formulas:
                self.problem(sc.name, cell, FORMULA)
                continue
            if name in fp.DERIVED and kind == "action":
                derived[name] = value.strip() if isinstance(value, str) else value
                where[name] = (cell, header_of.get(name, name))
                continue
            reader = readers.get(name)
            if reader is None:
                continue
            try:
                typed_value = reader(value, self.ctx)
            except CellValueError as exc:
                self.problem(sc.name, cell, exc.text, *exc.details)
                continue
            field_name = COLUMN_FIELD.get(name, name)
            values[field_name] = typed_value
            where[field_name] = (cell, header_of.get(name, name))
            if field_name == "kind" and typed_value:
                self.ctx.kind = typed_value
        if kind == "action":
            values["group"] = sc.key
        raw_id = cells[id_col] if id_col < len(cells) else None
        uuid = "" if self.as_new or raw_id is None else str(raw_id).strip()
        if uuid:
            try:
                uuid = str(uuid_mod.UUID(uuid))
            except ValueError:
                self.problem(sc.name, f"{_letter(id_col)}{number}", BAD_ID, uuid)
                return
            first = self.seen[kind].get(uuid)
            if first is not None:
                self.problem(sc.name, f"{_letter(id_col)}{number}", TWICE, first)
                return
            self.seen[kind][uuid] = number
        recorded = self.record.digests(kind, uuid) if uuid else None
        in_plan = uuid in self.plan.values[kind] if uuid else False
        if kind == "action" and recorded is not None:
            self.check_derived(sc, uuid, derived, where)
        if not uuid or (recorded is None and not in_plan):
            made = str(uuid_mod.uuid5(_NAMESPACE, f"{self.record.plan}|"
                                      f"{self.record.exported.isoformat()}|{sc.key}|{number}"))
            if made in self.plan.values[kind]:  # added by an earlier import of this workbook:
                given = {k: v for k, v in values.items() if v not in (None, "", ())}
                self.compare(sc, number, kind, made, given, where, None)  # blanks: not given
            else:
                self.add(sc, number, kind, made, values, where)
        elif not in_plan:
            if any(fp.digest(compare_value(kind, f, v)) != recorded.get(f)  # type: ignore[union-attr]
                   for f, v in values.items() if f in fp.FIELDS[kind]):
                self.changes.warnings.append(CellProblem(sc.name, f"A{number}", GONE))
        else:
            self.compare(sc, number, kind, uuid, values, where, recorded)

    def check_derived(self, sc: SheetColumns, uuid: str, derived: dict[str, Any],
                      where: dict[str, tuple[str, str]]) -> None:
        said = self.record.digests("derived", uuid)
        if not said:
            return
        for name, value in derived.items():
            if said.get(name) not in (None, fp.NOT_SHOWN) and fp.digest(value) != said[name]:
                self.changes.warnings.append(CellProblem(sc.name, where[name][0], DERIVED_CELL))

    def compare(self, sc: SheetColumns, number: int, kind: str, uuid: str,
                values: dict[str, Any], where: dict[str, tuple[str, str]],
                recorded: dict[str, str] | None) -> None:
        plan_values = self.plan.values[kind][uuid]
        fields: list[FieldChange] = []
        for name in fp.FIELDS[kind]:
            if name not in values:
                continue
            exported = recorded.get(name) if recorded else None
            if exported == fp.NOT_SHOWN:
                continue
            new = values[name]
            in_book = fp.digest(compare_value(kind, name, new))
            in_plan = fp.digest(plan_values.get(name))
            if exported is not None:
                if in_book == exported or in_book == in_plan:
                    continue
                conflict = in_plan != exported
            elif in_book == in_plan:
                continue
            else:
                conflict = False
            if name == "group":  # the row was moved to another area's sheet
                new = self.condition_of(values) if new == "FC" else new
                if new is None:
                    self.problem(sc.name, f"A{number}", NO_AREA)
                    continue
                where[name] = (f"A{number}", self.ctx.area_header)
            cell, header = where.get(name, ("", name))
            fields.append(FieldChange(name, header, cell,
                                      self.plan.shown_value(kind, uuid, name), new, conflict))
            self.note_names(kind, name, new)
        if fields:
            self.changes.rows.append(RowChange(kind, "update", sc.name, number, uuid,  # type: ignore[arg-type]
                                               self.plan.labels[kind][uuid], fields))

    def add(self, sc: SheetColumns, number: int, kind: str, uuid: str, values: dict[str, Any],
            where: dict[str, tuple[str, str]]) -> None:
        needed = NEEDED[kind]
        if not values.get(needed):
            header = next((h for h, f in sc.columns if COLUMN_FIELD.get(f, f) == needed), needed)
            self.problem(sc.name, where.get(needed, (f"A{number}", ""))[0], REQUIRED, header)
            return
        if kind == "action":
            area = values["group"]
            if area == "FC":
                area = self.condition_of(values)
                if area is None:
                    self.problem(sc.name, f"A{number}", NO_AREA)
                    return
            values["area"] = area
            if values.get("code"):
                self.new_codes.add(fp.name_key(values["code"]))
        owner = OWNER.get(kind)
        if owner:
            code = values.get(owner) or ""
            key = fp.name_key(code)
            known = key in self.plan.action_codes or key in self.new_codes or (
                kind == "indicator" and key in self.plan.objective_codes)
            if not known:
                self.problem(sc.name, where.get(owner, (f"A{number}", ""))[0], NO_ACTION, code)
                return
        if kind == "organisation":
            self.names.add(-len(self.changes.rows) - 1, values["name"])
        for name in ("lead", "organisation"):
            if name in values:
                self.note_names(kind, name, values[name])
        label = " ".join(str(values.get(k) or "") for k in ("code", "title", "statement", "name",
                                                             "action", "organisation", "amount")
                         if values.get(k)).strip()
        self.changes.rows.append(RowChange(kind, "add", sc.name, number, uuid, label,  # type: ignore[arg-type]
                                           values=values))

    def condition_of(self, values: dict[str, Any]) -> str | None:
        for text in (values.get("objective") or "", values.get("code") or ""):
            head = text[:3].upper()
            if head in ("FC1", "FC2", "FC3"):
                return head
        return None

    def note_names(self, kind: str, name: str, value: Any) -> None:
        """A lead or partner the register does not know: offered as a new organisation."""
        if (kind, name) not in (("action", "lead"), ("partner", "organisation")) or not value:
            return
        if self.names.match(value) is None and fp.name_key(value) not in {
                fp.name_key(n) for n in self.changes.new_organisations}:
            self.changes.new_organisations[value] = False

    def offer_deletions(self) -> None:
        if self.as_new:
            return
        for kind in fp.FIELDS:
            if kind not in self.complete or kind in self.broken:
                continue
            for uuid, recorded in self.record.rows.get(kind, {}).items():
                if uuid in self.seen[kind] or uuid not in self.plan.values[kind]:
                    continue
                plan_values = self.plan.values[kind][uuid]
                changed = any(fp.digest(plan_values.get(f)) != d for f, d in recorded.items()
                              if d != fp.NOT_SHOWN)
                self.changes.rows.append(RowChange(
                    kind, "delete", self.sheet_of.get(kind, ""), 0, uuid,  # type: ignore[arg-type]
                    self.plan.labels[kind][uuid], note=CHANGED_SINCE if changed else ""))


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))
