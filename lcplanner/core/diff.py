"""Compare two states of a plan by UUID: which rows were added, removed or changed, and how.

A state is every row of a plan, table by table (:meth:`PlanDocument.take_state`, plus the plan
row's properties).  Rows are matched by UUID, never by integer id: two files of one plan (a
breakout group's copy, last month's version) number their rows differently.  For the same reason a
reference to another row (an action's objective, its lead, a partner's organisation) is compared
by the UUID it points to and shown by what a person recognises (a code, a name).  The result is
grouped by area (building block, condition, or "" for the register and the plan itself).

Used by ``lcplanner diff`` now, and by the compare view and the three-way merge next (issue 14).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .model import TABLES_PARENT_FIRST, Plan

# Columns no person compares: keys, the plan's id, bookkeeping times.
SKIPPED = {"id", "plan_id", "created_at", "updated_at", "uuid", "row_version"}
# Foreign keys: column -> table it points to.
REFERENCES = {
    "objective_id": "objective", "lead_id": "organisation", "action_id": "action",
    "organisation_id": "organisation", "owner_id": "organisation", "idea_id": "idea",
    "group_id": "voter_group", "stakeholder_id": "stakeholder", "workshop_id": "workshop",
    "indicator_id": "indicator",
}
# A row's own words, in the order a label takes them.
_LABEL_FIELDS = ("code", "name", "title", "statement", "text", "prompt_code", "year", "period",
                 "measured_on")
ORDER = [m.__table__.name for m in TABLES_PARENT_FIRST]

State = Mapping[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class FieldDiff:
    field: str  # a column; a reference without its "_id" ("objective", "lead")
    old: Any
    new: Any


@dataclass(frozen=True)
class RowDiff:
    table: str
    uuid: str
    op: str  # "added", "removed" or "changed"
    area: str  # "BB1".."FC3", or "" for the plan, the register and the workshop's own rows
    label: str  # how a person recognises the row: "BB1-3 Reading clubs"
    fields: tuple[FieldDiff, ...] = ()


def read_state(doc: Any) -> dict[str, list[dict[str, Any]]]:
    """Every row of the open plan by table, the plan row's properties first."""
    tables = dict(doc.take_state().tables)
    plan = {k: v for k, v in doc.take_plan_row().items()}
    tables[Plan.__table__.name] = [plan]
    return tables


class _Side:
    """One state indexed: rows by id and by UUID per table, labels and areas resolved."""

    def __init__(self, state: State) -> None:
        self.by_id = {t: {r["id"]: r for r in rows} for t, rows in state.items()}
        self.by_uuid = {t: {r["uuid"]: r for r in rows} for t, rows in state.items()}

    def target(self, table: str, ident: Any) -> dict[str, Any] | None:
        return self.by_id.get(table, {}).get(ident) if ident is not None else None

    def value(self, row: Mapping[str, Any], column: str) -> tuple[str, Any]:
        """(field name, comparable value) of a column: a reference by its target's UUID."""
        table = REFERENCES.get(column)
        if table is None:
            return column, row[column]
        target = self.target(table, row[column])
        return column[:-3], (target["uuid"] if target else None)

    def label(self, table: str, row: Mapping[str, Any] | None) -> str:
        if row is None:
            return ""
        if table == "plan":
            return str(row.get("title", ""))
        words = [str(row[f]) for f in _LABEL_FIELDS if row.get(f) not in (None, "")]
        if row.get("action_id") is not None and table != "action":  # a detail: its action's code
            owner = self.target("action", row["action_id"])
            words = [str(owner["code"]) if owner else "", *words]
        if row.get("indicator_id") is not None:  # a measurement: its indicator's label first
            words.insert(0, self.label("indicator", self.target("indicator", row["indicator_id"])))
        if "organisation_id" in row:
            words.append(self.label("organisation", self.target("organisation",
                                                              row["organisation_id"])))
        if table == "indicator" and row.get("objective_id"):
            words.insert(0, self.label("objective", self.target("objective",
                                                               row["objective_id"])))
        text = " · ".join(w for w in words if w)
        return text if len(text) <= 90 else text[:89] + "…"

    def area(self, table: str, row: Mapping[str, Any]) -> str:
        if row.get("area"):
            return str(row["area"])
        for column in ("action_id", "objective_id", "idea_id", "indicator_id"):
            owner = self.target(REFERENCES[column], row.get(column))
            if owner is not None:
                return self.area(REFERENCES[column], owner)
        return ""

    def shown(self, column: str, value: Any, row: Mapping[str, Any]) -> Any:
        """A reference as a person reads it (the target's label); other values as they are."""
        table = REFERENCES.get(column)
        if table is None:
            return value
        return self.label(table, self.target(table, row[column]))


def compare(a: State, b: State) -> list[RowDiff]:
    """What changed from state ``a`` to state ``b``: rows by area, then table order."""
    left, right = _Side(a), _Side(b)
    out: list[RowDiff] = []
    for table in ORDER:
        before, after = left.by_uuid.get(table, {}), right.by_uuid.get(table, {})
        if table == "plan":  # one plan row each side: compared whatever its UUID
            before = {"plan": next(iter(before.values()))} if before else {}
            after = {"plan": next(iter(after.values()))} if after else {}
        for uuid, row in after.items():
            old = before.get(uuid)
            if old is None:
                out.append(RowDiff(table, uuid, "added", right.area(table, row),
                                   right.label(table, row)))
                continue
            fields = _changed(left, right, old, row)
            if fields:
                out.append(RowDiff(table, uuid, "changed", right.area(table, row),
                                   right.label(table, row), fields))
        for uuid, row in before.items():
            if uuid not in after:
                out.append(RowDiff(table, uuid, "removed", left.area(table, row),
                                   left.label(table, row)))
    areas = _area_order()
    return sorted(out, key=lambda d: (areas.get(d.area, len(areas)), ORDER.index(d.table)))


def _changed(left: _Side, right: _Side, old: Mapping[str, Any],
             new: Mapping[str, Any]) -> tuple[FieldDiff, ...]:
    fields = []
    for column in new:
        if column in SKIPPED or column not in old:
            continue
        name, before = left.value(old, column)
        _name, after = right.value(new, column)
        if before != after:
            fields.append(FieldDiff(name, left.shown(column, old[column], old),
                                    right.shown(column, new[column], new)))
    return tuple(fields)


def _area_order() -> dict[str, int]:
    from .framework import PLAN_AREAS

    order = {"": 0}
    for i, area in enumerate(PLAN_AREAS, start=1):
        order[area.code] = i
    return order
