"""What an import would do to the plan, before it does it: a change set a person reviews.

Both importers (the round trip of our own workbook, a foreign spreadsheet with a mapping) produce
a :class:`ChangeSet`; the preview (GUI dialog, ``lcplanner import --dry-run``) shows it, the person
decides the conflicts, deletions and new organisations by setting the flags here, and
:mod:`.apply` carries out what was accepted as one transaction (one undo step).  Values are typed
as the store keeps them (codes, dates, Decimal amounts, whole percents); :func:`shown` writes one
for a person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.errors import PlanError
from ..core.vocab import (
    FundingSource,
    IndicatorKind,
    MunicipalRole,
    Role,
    Sector,
    Status,
    Vocabulary,
)

Kind = Literal["organisation", "objective", "action", "partner", "budget", "indicator"]
Op = Literal["add", "update", "delete"]
# Children after parents: the order :mod:`.apply` adds and updates in (deletes run backwards).
KINDS: tuple[Kind, ...] = ("organisation", "objective", "action", "partner", "budget", "indicator")


class CellProblem(PlanError):
    """One cell (or row, or sheet) of a workbook that cannot be read as what it should be.

    ``sheet`` and ``cell`` name the place ("BB1 Education system", "F12"); the text says what is
    wrong.  The message reads "Sheet %1, cell %2: <what>"."""

    default_text = QT_TRANSLATE_NOOP("PlanError", "This cell cannot be read.")

    def __init__(self, sheet: str, cell: str, text: str, *args: object) -> None:
        self.sheet, self.cell = sheet, cell
        super().__init__(text, *args)

    def english(self) -> str:
        return _place(self.sheet, self.cell, super().english(), english=True)

    def message(self) -> str:
        return _place(self.sheet, self.cell, super().message())


_AT_CELL = QT_TRANSLATE_NOOP("Import", "Sheet %1, cell %2: %3")
_AT_SHEET = QT_TRANSLATE_NOOP("Import", "Sheet %1: %2")


def _place(sheet: str, cell: str, what: str, english: bool = False) -> str:
    text = _AT_CELL if cell else _AT_SHEET
    if not english:
        text = QCoreApplication.translate("Import", text)
    args = (sheet, cell, what) if cell else (sheet, what)
    for i, value in reversed(list(enumerate(args, start=1))):
        text = text.replace(f"%{i}", value)
    return text


@dataclass
class FieldChange:
    """One field of one row: the plan's value now (``old``) and the workbook's (``new``).

    ``conflict``: the plan's value changed since the export as well, so neither side simply
    wins; ``take`` says whether the workbook's value is applied (the default for a plain
    change; for a conflict it stays False, the plan's value, until a person decides)."""

    field: str
    column: str  # the column's header as the workbook shows it
    cell: str  # "F12"
    old: Any
    new: Any
    conflict: bool = False
    take: bool = True

    def __post_init__(self) -> None:
        if self.conflict:
            self.take = False


@dataclass
class RowChange:
    """A row the import adds, updates or deletes.

    ``values``: for an added row, every value it brings (typed), including references by what
    the workbook names ("lead": an organisation's name, "action": an action's code or UUID);
    for an update, ``fields`` lists the changed fields.  ``accepted``: deletions are offered,
    never made by default; added and updated rows are accepted unless a person says no."""

    kind: Kind
    op: Op
    sheet: str
    row: int  # the spreadsheet's row number; 0 for a row missing from the workbook
    uuid: str | None
    label: str  # how a person recognises the row: "BB1-3 Reading clubs"
    fields: list[FieldChange] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    note: str = ""  # an English source text (context "Import"), e.g. changed in the plan since
    accepted: bool = True

    def __post_init__(self) -> None:
        if self.op == "delete":
            self.accepted = False

    @property
    def conflicts(self) -> list[FieldChange]:
        return [f for f in self.fields if f.conflict]


@dataclass
class ChangeSet:
    """Everything one import found: the rows, the organisations it would create, and the
    problems (any problem: nothing may be applied) and warnings (cells not read, and why)."""

    source: str  # the workbook's file name
    plan_uuid: str = ""  # the plan the workbook was exported from ("" for a foreign file)
    exported_at: dt.datetime | None = None
    rows: list[RowChange] = field(default_factory=list)
    new_organisations: dict[str, bool] = field(default_factory=dict)  # name -> create it?
    problems: list[CellProblem] = field(default_factory=list)
    warnings: list[CellProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def empty(self) -> bool:
        return not self.rows and not self.new_organisations

    def of(self, op: Op) -> list[RowChange]:
        return [r for r in self.rows if r.op == op]

    @property
    def conflicts(self) -> list[tuple[RowChange, FieldChange]]:
        return [(r, f) for r in self.rows for f in r.fields if f.conflict]


# Which vocabulary a field's codes come from: a preview shows "Delayed", not "delayed".
FIELD_VOCAB: dict[str, type[Vocabulary]] = {
    "status": Status, "municipal_role": MunicipalRole, "sector": Sector, "role": Role,
    "source": FundingSource, "kind": IndicatorKind}
# A field's name as the workbook's column is headed (English source, context "Export"); fields
# a person never sees ("group": the sheet, "uuid") have none and are not listed.
FIELD_LABELS: dict[str, str] = {
    "code": "Code", "objective": "Objective", "title": "Action", "lead": "Lead",
    "start_date": "Start", "end_date": "End", "status": "Status", "percent": "% complete",
    "description": "Description", "target_groups": "Target groups", "priority": "Priority",
    "key_features": "Key features", "guideline_areas": "Guideline areas",
    "municipal_role": "The municipality's role", "notes": "Notes", "risks": "Risks",
    "area": "Area", "statement": "Objective", "benefits": "Benefits", "sector": "Sector",
    "organisation": "Organisation", "role": "Its role", "action": "Code", "year": "Year",
    "source": "Funding source", "confirmed": "Confirmed or expected", "amount": "Amount",
    "spent": "Spent",
    "owner": "Code", "unit": "Unit", "baseline": "Baseline", "baseline_year": "Baseline year",
    "target": "Target value", "target_year": "Target year", "actual": "Actual",
    "partners": "Partners (role)", "budget": "Budget total", "indicators": "Indicators",
    "contact_person": "Contact person", "email": "E-mail", "phone": "Phone"}
NAME_LABELS = {"organisation": "Organisation", "indicator": "Indicator"}


def field_label(kind: str, name: str) -> str:
    """The English source of a field's column header ("" for a field not shown)."""
    if name == "name":
        return NAME_LABELS.get(kind, "Organisation")
    return FIELD_LABELS.get(name, "")


def shown(value: Any, field: str = "") -> str:
    """A typed value as a person reads it in a preview: ISO-free dates the locale's way are the
    caller's business; here one plain text per value ("" for nothing), a vocabulary's code by
    its label in the UI language."""
    vocabulary = FIELD_VOCAB.get(field)
    if vocabulary is not None and isinstance(value, str) and vocabulary.member(value) is not None:
        return vocabulary.label_of(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(shown(v) for v in value)
    return str(value)
