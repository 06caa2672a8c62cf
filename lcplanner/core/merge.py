"""Three-way merge of plan states by UUID: a breakout group's copy back into the plan.

``base`` is the state both sides started from, ``ours`` the plan now, ``theirs`` the group's copy.
Per row and field: changed on one side only → that side's value; on both sides to different
values → a :class:`Conflict` (the plan's value stays unless the caller takes theirs); a row edited
on one side and deleted on the other → a conflict too.  Rows are matched by UUID; references by
the UUID they point to.  Rows both sides added for the same thing (an organisation of the same
name, a partner link of the same action and organisation, a rating of the same prompt) become one.
Codes that collide (two groups' BB1-7) are renumbered and reported.  A row whose parent the other
side deleted cannot stay: it is dropped and reported as a conflict.  The plan row's properties
(title, vision, period...) merge field by field like any row, when both states carry them.

Without a base (a copy whose base snapshot is gone) the merge is two-way: nothing tells which side
changed what, so every difference is a conflict, a row only one side has included.

Each conflict is settled by ``take`` ("ours" or "theirs") unless ``decisions`` names it:
``decisions[(table, uuid, field)]`` is "ours", "theirs" or :class:`Edited` (a value a person
typed for a field both sides changed).

The result is a whole state in the plan's ids (new rows numbered after the plan's), which the
document puts in place in one transaction (:meth:`PlanDocument.put_state`): one undo step.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .diff import REFERENCES, State
from .fingerprint import name_key
from .model import TABLES_PARENT_FIRST

ORDER = [m.__table__.name for m in TABLES_PARENT_FIRST if m.__table__.name != "plan"]
NULLABLE = {("action", "lead_id"), ("initiative", "owner_id"), ("action", "objective_id"),
            ("indicator", "action_id"), ("indicator", "objective_id"),
            ("idea_link", "action_id"), ("idea_link", "objective_id")}
# Rows that are the same thing when these values are the same (the store allows one of each).
NATURAL = {"action_partner": ("action_id", "organisation_id"),
           "attendance": ("stakeholder_id", "workshop_id"), "vote": ("idea_id", "group_id"),
           "rating": ("area", "prompt_code"), "prompt": ("code",), "organisation": ("name",),
           "progress_update": ("action_id", "period")}
CODED = {"action": "-", "objective": "-O"}  # tables whose codes must stay unique in a plan
_DELETED = object()
PLAN_SKIPPED = {"id", "uuid", "created_at", "updated_at", "row_version"}
Key = tuple[str, str, str]  # table, uuid, field ("" for a whole row)


@dataclass(frozen=True)
class Edited:
    """A value a person typed to settle a conflict on one field."""

    value: Any


@dataclass(frozen=True)
class Conflict:
    table: str
    uuid: str
    field: str  # "" when one side deleted the row the other edited, or a parent went
    base: Any
    ours: Any
    theirs: Any
    reason: str  # "both", "deleted_by_us", "deleted_by_them", "parent_gone",
    #              "only_ours", "only_theirs" (two-way: a row one side has)

    @property
    def key(self) -> Key:
        return (self.table, self.uuid, self.field)


@dataclass
class MergeResult:
    state: dict[str, list[dict[str, Any]]]
    conflicts: list[Conflict] = field(default_factory=list)
    renumbered: list[tuple[str, str, str]] = field(default_factory=list)  # table, old, new code
    same: list[tuple[str, str, str]] = field(default_factory=list)  # table, their uuid, ours
    plan: dict[str, Any] | None = None  # the plan row's merged properties (None: not merged)


def _by_uuid(state: State) -> dict[str, dict[str, dict[str, Any]]]:
    """Rows by table and UUID, references as the UUIDs they point to, without ids."""
    ids = {t: {r["id"]: r["uuid"] for r in rows} for t, rows in state.items()}
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for table in ORDER:
        rows = {}
        table_rows = state.get(table, [])
        links = [(c, ids.get(t, {})) for c, t in REFERENCES.items()
                 if table_rows and c in table_rows[0]]  # this table's references, found once
        for row in table_rows:
            clean = dict(row)
            del clean["id"]
            clean.pop("plan_id", None)
            for column, targets in links:
                value = clean[column]
                if value is not None:
                    clean[column] = targets.get(value)
            rows[row["uuid"]] = clean
        out[table] = rows
    return out


def _natural(table: str, row: Mapping[str, Any]) -> tuple[Any, ...] | None:
    columns = NATURAL.get(table)
    if columns is None:
        return None
    if table == "organisation":
        return (name_key(row["name"]),)
    return tuple(row.get(c) for c in columns)


class _Settle:
    """Which side a conflict takes: a person's decision, else ``take``."""

    def __init__(self, take: str, decisions: Mapping[Key, Any] | None) -> None:
        if take not in ("ours", "theirs"):
            raise ValueError(take)
        self.take = take
        self.decisions = decisions or {}

    def __call__(self, key: Key, ours: Any, theirs: Any) -> Any:
        """The value kept: ``ours``, ``theirs`` or a typed one (fields only)."""
        choice = self.decisions.get(key, self.take)
        if isinstance(choice, Edited):
            return choice.value
        return theirs if choice == "theirs" else ours


def merge(base: State | None, ours: State, theirs: State, take: str = "ours",
          decisions: Mapping[Key, Any] | None = None) -> MergeResult:
    """Merge ``theirs`` into ``ours`` against ``base`` (None: two-way); see the module's text."""
    settle = _Settle(take, decisions)
    two_way = base is None
    b, o, t = _by_uuid(base or {}), _by_uuid(ours), _by_uuid(theirs)
    result = MergeResult({})
    alias: dict[str, str] = {}  # their uuid -> ours, for rows both added for the same thing
    merged: dict[str, dict[str, dict[str, Any]]] = {}
    revived: set[str] = set()
    for table in ORDER:
        theirs_rows = {alias.get(u, u): _aliased(r, alias) for u, r in t[table].items()}
        ours_natural = {_natural(table, r): u for u, r in o[table].items()}
        for uuid in list(theirs_rows):
            key = _natural(table, theirs_rows[uuid])
            if uuid not in o[table] and uuid not in b[table] and key in ours_natural \
                    and key is not None:
                alias[uuid] = ours_natural[key]
                theirs_rows[ours_natural[key]] = {**theirs_rows.pop(uuid),
                                                  "uuid": ours_natural[key]}
                result.same.append((table, uuid, ours_natural[key]))
        merged[table] = _merge_table(table, b[table], o[table], theirs_rows, settle, result,
                                     two_way, revived)
    _drop_orphans(merged, result)
    _renumber(merged, o, result)
    result.state = _to_rows(merged, ours)
    result.plan = _merge_plan(base, ours, theirs, settle, result)
    return result


def _merge_plan(base: State | None, ours: State, theirs: State, settle: _Settle,
                result: MergeResult) -> dict[str, Any] | None:
    """The plan row's properties merged like a row's fields (both states must carry it)."""
    mine, other = ours.get("plan"), theirs.get("plan")
    if not mine or not other:
        return None
    was = (base or {}).get("plan") or [None]
    strip = (lambda r: {k: v for k, v in r.items() if k not in PLAN_SKIPPED}
             if r is not None else None)
    return _merge_row("plan", mine[0]["uuid"], strip(was[0]), strip(mine[0]), strip(other[0]),
                      settle, result)


def _aliased(row: dict[str, Any], alias: Mapping[str, str]) -> dict[str, Any]:
    if not alias:
        return row
    return {k: (alias.get(v, v) if k in REFERENCES else v) for k, v in row.items()}


def _merge_table(table: str, base: dict[str, dict[str, Any]], ours: dict[str, dict[str, Any]],
                 theirs: dict[str, dict[str, Any]], settle: _Settle, result: MergeResult,
                 two_way: bool = False, revived: set[str] | None = None
                 ) -> dict[str, dict[str, Any]]:
    """One table's rows.  ``revived``: UUIDs of rows one side deleted that stay (a conflict
    settled for the side that kept it); their children, deleted with them by the store's
    cascade and untouched otherwise, stay too (tables come parents first)."""
    revived = set() if revived is None else revived
    out: dict[str, dict[str, Any]] = {}
    for uuid in list(ours) + [u for u in theirs if u not in ours]:  # gone on both: stays gone
        b, o, t = base.get(uuid), ours.get(uuid), theirs.get(uuid)
        if o is not None and t is not None:
            out[uuid] = _merge_row(table, uuid, b, o, t, settle, result)
        elif _one_side(table, uuid, b, o if o is not None else t, o is not None, two_way, settle,
                       result, revived):
            out[uuid] = o if o is not None else t
    return out


def _one_side(table: str, uuid: str, b: dict[str, Any] | None, row: dict[str, Any], mine: bool,
              two_way: bool, settle: _Settle, result: MergeResult, revived: set[str]) -> bool:
    """Whether a row only one side has stays (``mine``: the plan's side has it).

    Added on that side: it stays.  Deleted on the other side and untouched here: it goes,
    unless its parent stays against a delete.  Deleted there and edited here, or (two-way) any
    row one side lacks: a conflict, settled by a decision.
    """
    key = (table, uuid, "")
    if two_way:
        if not mine and _child_of(row, revived):  # its parent was taken from the copy: so is it
            revived.add(uuid)
            return True
        result.conflicts.append(Conflict(table, uuid, "", None, row if mine else None,
                                         None if mine else row,
                                         "only_ours" if mine else "only_theirs"))
        keep = bool(settle(key, mine, not mine))
        if keep and not mine:
            revived.add(uuid)
        return keep
    if b is None:
        return True  # added on that side
    if row == b:
        keep = _child_of(row, revived)  # a parent's delete was refused: it stays too
    else:
        result.conflicts.append(Conflict(table, uuid, "", b, row if mine else None,
                                         None if mine else row,
                                         "deleted_by_them" if mine else "deleted_by_us"))
        keep = bool(settle(key, mine, not mine))
    if keep:
        revived.add(uuid)
    return keep


def _child_of(row: Mapping[str, Any], revived: set[str]) -> bool:
    return bool(revived) and any(row.get(c) in revived for c in REFERENCES if row.get(c))


def _merge_row(table: str, uuid: str, b: dict[str, Any] | None, o: dict[str, Any],
               t: dict[str, Any], settle: _Settle, result: MergeResult) -> dict[str, Any]:
    if o == t:
        return dict(o)  # most rows: the same on both sides
    row = dict(o)
    for column, mine in o.items():
        other = t.get(column, mine)
        if mine == other:
            continue
        was = b.get(column, _DELETED) if b is not None else _DELETED
        if mine == was:
            row[column] = other
        elif other == was:
            continue
        elif column == "position":
            continue  # both sides reordered: the plan's order stays, never a question
        elif column == "code" and table in CODED and b is None:
            continue  # a row of theirs merged before and renumbered then: the plan's code stays
        elif table == "organisation" and column == "name" and name_key(mine) == name_key(other):
            continue  # the same name typed another way: the plan's spelling stays
        else:
            result.conflicts.append(Conflict(table, uuid, column, None if was is _DELETED else was,
                                             mine, other, "both"))
            row[column] = settle((table, uuid, column), mine, other)
    return row


def _drop_orphans(merged: dict[str, dict[str, dict[str, Any]]], result: MergeResult) -> None:
    """A row whose parent the other side deleted goes too (as the store's cascade would)."""
    for table in ORDER:
        rows = merged[table]
        first = next(iter(rows.values()), {})
        links = [(c, t) for c, t in REFERENCES.items() if c in first]
        for uuid, row in list(rows.items()):
            for column, target in links:
                value = row.get(column)
                if value is None or value in merged.get(target, {}):
                    continue
                if (table, column) in (("action", "lead_id"), ("initiative", "owner_id")):
                    row[column] = None  # SET NULL, as the store does
                    continue
                del rows[uuid]
                result.conflicts.append(Conflict(table, uuid, column, None, None, row,
                                                 "parent_gone"))
                break


def _renumber(merged: dict[str, dict[str, dict[str, Any]]],
              ours: dict[str, dict[str, dict[str, Any]]], result: MergeResult) -> None:
    """Codes both sides gave to different rows: the plan's row keeps it, theirs gets the next
    free number of its area (each area's highest number found once, not per collision)."""
    for table, infix in CODED.items():
        rows = merged[table]
        taken = {r["code"] for r in rows.values()}
        tops: dict[str, int] = {}
        used: dict[str, str] = {}
        order = [u for u in rows if u in ours[table]] + [u for u in rows if u not in ours[table]]
        for uuid in order:
            code = rows[uuid]["code"]
            if code in used and used[code] != uuid:
                prefix = rows[uuid]["area"] + infix
                if prefix not in tops:
                    pattern = re.compile(re.escape(prefix) + r"(\d+)$")
                    tops[prefix] = max((int(m.group(1)) for c in taken
                                        if (m := pattern.match(c))), default=0)
                n = tops[prefix] + 1
                while f"{prefix}{n}" in taken:
                    n += 1
                tops[prefix] = n
                new = f"{prefix}{n}"
                taken.add(new)
                result.renumbered.append((table, code, new))
                rows[uuid] = {**rows[uuid], "code": new}
                code = new
            used[code] = uuid


def _to_rows(merged: dict[str, dict[str, dict[str, Any]]], ours: State) -> dict[str, list[dict[str, Any]]]:
    """Back to rows with ids: the plan's rows keep theirs, new rows come after the largest."""
    plan_id = next((r["plan_id"] for rows in ours.values() for r in rows if "plan_id" in r), 1)
    ids: dict[str, dict[str, int]] = {}
    for table in ORDER:
        known = {r["uuid"]: r["id"] for r in ours.get(table, [])}
        top = max(known.values(), default=0)
        table_ids = {}
        for uuid in merged[table]:
            if uuid in known:
                table_ids[uuid] = known[uuid]
            else:
                top += 1
                table_ids[uuid] = top
        ids[table] = table_ids
    out: dict[str, list[dict[str, Any]]] = {}
    for table in ORDER:
        rows = []
        for uuid, row in merged[table].items():
            full = {**row, "id": ids[table][uuid], "plan_id": plan_id}
            for column, target in REFERENCES.items():
                if column in full and full[column] is not None:
                    full[column] = ids[target][full[column]]
            rows.append(full)
        out[table] = sorted(rows, key=lambda r: r["id"])
    return out
