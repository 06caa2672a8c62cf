"""The document's snapshots: take, list, rename, delete, read and restore (mixed into PlanDocument).

Taking, renaming or deleting a snapshot is not an edit of the plan: no undo command, and the
plan's rows and their ``changed`` signals are untouched (``changed("snapshot", [])`` tells the
snapshot list to reload).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import snapshots, validate
from ..snapshots import SnapshotInfo


class SnapshotCommands:
    """Named states of the plan inside its file."""

    def take_snapshot(self, name: str, role: str = "named") -> SnapshotInfo:
        """Keep the plan as it is now under ``name``; one short write transaction."""
        from ..planfile import SCHEMA_VERSION

        doc: Any = self
        name = _clean_name(name)
        with doc._writing("snapshot", register=False, objectives=False) as s:
            info = snapshots.take(s.connection(), doc.plan_id, name, role, SCHEMA_VERSION)
        return info

    def snapshots(self) -> list[SnapshotInfo]:
        doc: Any = self
        with doc._reading() as conn:
            return snapshots.listed(conn, doc.plan_id)

    def snapshot(self, key: str) -> SnapshotInfo:
        """A snapshot by UUID or name (``FILE@name`` on the command line)."""
        doc: Any = self
        with doc._reading() as conn:
            return snapshots.find(conn, doc.plan_id, key)

    def rename_snapshot(self, snapshot_id: int, name: str) -> None:
        doc: Any = self
        name = _clean_name(name)
        with doc._writing("snapshot", register=False, objectives=False) as s:
            snapshots.rename(s.connection(), doc.plan_id, snapshot_id, name)

    def delete_snapshot(self, snapshot_id: int) -> None:
        doc: Any = self
        with doc._writing("snapshot", register=False, objectives=False) as s:
            snapshots.remove(s.connection(), doc.plan_id, snapshot_id)

    def mark_snapshot(self, snapshot_id: int, role: str) -> None:
        """Give a snapshot another role (a group copy's base)."""
        doc: Any = self
        with doc._writing("snapshot", register=False, objectives=False) as s:
            snapshots.set_role(s.connection(), snapshot_id, role)

    def snapshot_state(self, info: SnapshotInfo) -> dict[str, list[dict[str, Any]]]:
        """The snapshot's rows, checked and typed (raises SnapshotDamaged)."""
        doc: Any = self
        with doc._reading() as conn:
            return snapshots.state(conn, info)

    def restore_snapshot(self, info: SnapshotInfo, target: str | Path,
                         overwrite: bool = False) -> Path:
        """The snapshot as a new plan file; this plan is not changed."""
        doc: Any = self
        with doc._reading() as conn:
            return snapshots.restore(conn, info, target, overwrite=overwrite)


def _clean_name(name: str) -> str:
    """One line, control characters gone, not empty (validate's rules for any name)."""
    return validate.required_line(name, "name")[:snapshots.MAX_NAME]
