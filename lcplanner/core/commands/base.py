"""What every command module shares: the snapshot a delete returns for undo."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Snapshot:
    """Rows removed by a delete, by table name, parents first: enough to put them back exactly."""

    kind: str
    ids: list[int]
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # Tables whose rows of the plan are all replaced by the snapshot's (a loaded prompt
    # catalogue): restore deletes what is there first, so rows added since do not stay.
    replace: tuple[str, ...] = ()
    # Rows the change created, by table: restore removes them (undo of an upsert).
    created: dict[str, list[int]] = field(default_factory=dict)

    def keys(self) -> list[tuple[str, int]]:
        """(table, id) of every row it holds or made: rows whose versions a restore changes."""
        return [(t, r["id"]) for t, rows in self.tables.items() for r in rows if "id" in r] + [
            (t, i) for t, ids in self.created.items() for i in ids]

