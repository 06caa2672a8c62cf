"""Copies for breakout groups and their merge back: the flow around :mod:`merge`.

A group copy is the plan file copied (SQLite backup API) right after a snapshot of role "group"
is taken in the plan; in the copy that snapshot is marked "base", so the copy carries the state
it started from wherever it travels.  Merging a copy back reads three states (the base, the plan
now, the copy) and merges them by UUID; the plan's own snapshot of that UUID is preferred to the
copy's (the plan's file is ours, the copy came back on a stick).  A copy whose base is gone is
merged two-way: every difference becomes a decision.

A copy is input from outside: it is opened read-only through the same checks as any plan file
(a damaged or foreign file, one from a newer version are refused with their own messages), and
a copy of another plan (another plan UUID) is refused before anything is read.  Nothing is
written to the plan until :func:`apply` runs, which first takes a "merge" snapshot of the plan.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from . import validate
from .diff import REFERENCES, RowDiff, _Side, compare, read_state
from .errors import FileExists, PlanError, SameAsOpenPlan
from .commands.base import Snapshot
from .merge import ORDER, Key, MergeResult, merge
from .planfile import same_file
from .snapshots import SnapshotInfo, SnapshotMissing

CONTEXT = "Groups"
# %1: the copy's file name; snapshot names are stored in the language of the person who made them.
GROUP_NAME = QT_TRANSLATE_NOOP("Groups", "Copy for a group: %1")
MERGE_NAME = QT_TRANSLATE_NOOP("Groups", "Before merging %1")


class OtherPlan(PlanError):
    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "%1 is a copy of another plan (“%2”), not of this one; it was not merged.")


def _named(text: str, name: str) -> str:
    return QCoreApplication.translate(CONTEXT, text).replace("%1", name)


def group_copy(doc: Any, target: str | os.PathLike[str], overwrite: bool = False) -> SnapshotInfo:
    """Write a copy of the plan for a breakout group that remembers its base; the snapshot
    taken in the plan (role "group") is returned."""
    from .document import PlanDocument

    target = Path(target).absolute()
    if same_file(target, doc.path):
        raise SameAsOpenPlan(None, target)
    if target.exists() and not overwrite:
        raise FileExists(None, target)
    info = doc.take_snapshot(_named(GROUP_NAME, target.name), role="group")
    try:
        doc.save_copy(target)
        copy = PlanDocument.open(target)
        try:
            for other in copy.snapshots():  # a copy of a copy: only the newest base counts
                if other.role == "base":
                    copy.mark_snapshot(other.id, "named")
            copy.mark_snapshot(copy.snapshot(info.uuid).id, "base")
        finally:
            copy.close()
    except BaseException:
        try:
            doc.delete_snapshot(info.id)
        except PlanError:
            pass
        raise
    return info


@dataclass
class Prepared:
    """What merging one copy would do, before anything is written."""

    copy: Path
    base: SnapshotInfo | None  # None: two-way (the copy's base is gone)
    result: MergeResult
    ours: dict[str, list[dict[str, Any]]]
    theirs: dict[str, list[dict[str, Any]]]
    base_state: dict[str, list[dict[str, Any]]] | None
    decisions: dict[Key, Any] = field(default_factory=dict)

    @property
    def two_way(self) -> bool:
        return self.base is None

    def changes(self) -> list[RowDiff]:
        """What the plan gets from the merge as it stands, row by row (compare view, CLI)."""
        merged: dict[str, list[dict[str, Any]]] = dict(self.result.state)
        merged["plan"] = [{**self.ours["plan"][0], **(self.result.plan or {})}]
        return compare(self.ours, merged)

    @cached_property
    def _sides(self) -> tuple[_Side, _Side]:
        return _Side(self.ours), _Side(self.theirs)

    def label(self, table: str, uuid: str) -> str:
        """A row of either side as a person recognises it ("BB1-3 · Reading clubs")."""
        for side in self._sides:
            row = side.by_uuid.get(table, {}).get(uuid)
            if row is not None:
                return side.label(table, row)
        return uuid

    def reference(self, field: str, value: Any) -> str | None:
        """A conflict's value of a reference field (a lead) as the row it points to."""
        if field in REFERENCES and isinstance(value, str):
            return self.label(REFERENCES[field], value)
        return None

    def settle(self, decisions: dict[Key, Any], take: str = "ours") -> None:
        """Merge again with a person's decisions (states are kept: no file is read again)."""
        self.decisions = dict(decisions)
        self.result = merge(self.base_state, self.ours, self.theirs, take=take,
                            decisions=self.decisions)


def prepare(doc: Any, copy_path: str | os.PathLike[str], take: str = "ours") -> Prepared:
    """Read a group's copy and merge it in memory against its base (raises PlanError)."""
    from .document import PlanDocument

    copy_path = Path(copy_path).absolute()
    if same_file(copy_path, doc.path):
        raise SameAsOpenPlan(None, copy_path)
    copy = PlanDocument.open(copy_path, read_only=True)
    try:
        ours_plan, their_plan = doc.plan(), copy.plan()
        if ours_plan.uuid != their_plan.uuid:
            raise OtherPlan(None, copy_path.name, their_plan.title)
        base_info, base_state = _base(doc, copy)
        theirs = read_state(copy)
    finally:
        copy.close()
    ours = read_state(doc)
    result = merge(base_state, ours, theirs, take=take)
    return Prepared(copy_path, base_info, result, ours, theirs, base_state)


def _base(doc: Any, copy: Any) -> tuple[SnapshotInfo | None, dict[str, list[dict[str, Any]]] | None]:
    """The copy's base: the plan's snapshot of that UUID, else the copy's own, else none."""
    bases = [s for s in copy.snapshots() if s.role == "base"]
    if not bases:
        return None, None
    theirs = bases[-1]
    try:
        mine = doc.snapshot(theirs.uuid)
    except SnapshotMissing:
        return theirs, copy.snapshot_state(theirs)
    return mine, doc.snapshot_state(mine)


def apply(doc: Any, prepared: Prepared) -> SnapshotInfo:
    """Put the merged state in place (one transaction) after a "merge" snapshot of the plan."""
    result = prepared.result
    if result.plan is not None:
        validate.check_period(result.plan.get("period_start"), result.plan.get("period_end"))
        validate.check_approval(result.plan.get("approval_status", "draft"),
                                result.plan.get("approved_on"))
    before = doc.take_snapshot(_named(MERGE_NAME, prepared.copy.name), role="merge")
    doc.put_state(merged_state(prepared))
    return before


def merged_state(prepared: Prepared) -> Snapshot:
    """The document state the merge result stands for (for put_state and an undo command)."""
    tables = dict(prepared.result.state)
    if prepared.result.plan is not None:
        tables["plan"] = [dict(prepared.result.plan)]
    return Snapshot("all", [], tables, replace=tuple(ORDER))
