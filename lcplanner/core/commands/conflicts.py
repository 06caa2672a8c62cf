"""What a document does when someone else saved a row first (a mixin of PlanDocument).

:mod:`lcplanner.core.concurrency` decides that an edit is stale; here the refusal is made into a
message naming what the other person changed (the row as it was seen, beside the row as it is
now), the row's new version is taken as seen, and the views are told to read again.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select

from .. import queries
from ..concurrency import Key, SeenRows, StaleEdit, differences, label_of
from ..model import Measurement, Milestone, ProgressUpdate
from ..rows import MeasurementRow, MilestoneRow, ProgressRow

# Views re-read on changed(kind, ids): the kind of each table's rows ("all" for the others).
_KINDS = {"plan": "plan", "organisation": "organisation", "objective": "objective",
          "action": "action", "budget_line": "budget", "indicator": "indicator"}
# ... and back: the table of the rows a change of a kind names by id.
_TABLES = {kind: table for table, kind in _KINDS.items()}
_MONITORING = {"milestone": (Milestone, MilestoneRow), "measurement": (Measurement, MeasurementRow),
               "progress_update": (ProgressUpdate, ProgressRow)}


class Stale(Exception):
    """Raised inside a write when a row changed since it was seen; the write rolls back."""

    def __init__(self, key: Key, edited: list[str] | None = None) -> None:
        super().__init__(key)
        self.key, self.edited = key, edited or []


class ConflictHandling:
    """``_seen``, the refusal of stale edits, and the versions an undo expects."""

    _seen: SeenRows
    last_written: dict[Key, int]  # (table, id) -> version the latest write left (0: deleted)

    def _init_conflicts(self) -> None:
        self._seen = SeenRows()
        self.last_written = {}

    def seen_row(self, table: str, ident: int) -> Any:
        """The row as this document's views were last shown it, if known (an edit's "before")."""
        return self._seen.row(table, ident)

    @contextmanager
    def undoing(self) -> Iterator[None]:
        """Writes inside (an undo or redo) change only rows as this document last wrote them:
        refused when someone else changed one since."""
        with self._seen.undoing_steps():
            yield

    @staticmethod
    def _table_of(kind: str) -> str:
        """The table whose rows a change of ``kind`` names by id ("budget": budget lines)."""
        return _TABLES.get(kind, kind)

    def _refuse(self, table: str, ident: int, edited: list[str] | None = None) -> None:
        raise Stale((table, ident), edited)

    def _check_seen(self, obj: Any) -> None:
        """Refuse a change to ``obj`` (a delete) when it is no longer at the version seen."""
        key = (obj.__table__.name, obj.id)
        if self._seen.stale(key, obj.row_version):
            self._refuse(*key)

    def _saved_row(self, table: str, ident: int) -> Any:
        """The row as saved now (None when it is gone)."""
        doc: Any = self
        plan_id = doc.plan_id
        with doc._reading() as conn:
            if table == "plan":
                return queries.plan_row(conn, plan_id)
            if table == "action":
                found = queries.actions(conn, plan_id, ids=[ident])
            elif table == "objective":
                found = queries.objectives(conn, plan_id)
            elif table == "organisation":
                found = queries.organisations(conn, plan_id, doc.language)
            elif table == "budget_line":
                found = queries.budget_lines(conn, plan_id)
            elif table == "indicator":
                found = queries.indicators(conn, plan_id)
            elif table in _MONITORING:
                model, cls = _MONITORING[table]
                found = [cls(**{k: r._mapping[k] for k in cls.__dataclass_fields__})
                         for r in conn.execute(select(*model.__table__.c).where(model.id == ident))]
            else:
                return None
        return next((r for r in found if r.id == ident), None)

    def _stale_edit(self, key: Key, edited: list[str] | None = None) -> StaleEdit:
        """The refusal's message; what was seen becomes the row as saved, the views re-read."""
        doc: Any = self
        table, ident = key
        seen = self._seen.row(table, ident)
        if seen is not None and self._seen.undoing:
            seen = None  # not what an undo started from: name the fields it sets
        now = self._saved_row(table, ident)
        if now is not None:
            self._seen.advance(table, ident, now.row_version, now)
        else:
            self._seen.forget([key])
        row = now or seen
        label = label_of(table, row)
        if table in ("budget_line", "progress_update", "milestone") and row is not None:
            with doc._reading() as conn:  # a detail is named by its action's code
                found = queries.actions(conn, doc.plan_id, ids=[row.action_id])
            label = found[0].code if found else label
        doc._forget_caches()
        kind = _KINDS.get(table, "all")
        doc.changed.emit(kind, [ident] if kind in ("action", "objective", "organisation") else [])
        return StaleEdit(table, label, differences(seen, now, edited or ()))

    def take_notice(self, kind: str, ids: list[int], rows: list[tuple[str, int, int]]) -> None:
        """Someone else's write to this plan on the server (server/notices.py): their rows are
        seen at their versions now, and the views read again, as after one's own edit.  An undo
        of one's own earlier step on those rows is refused from now on (not one's own write)."""
        doc: Any = self
        if doc.closed:
            return
        if kind == "all":
            self._seen.forget()
        known = set()
        for table, ident, version in rows:
            known.add((table, ident))
            if version:
                self._seen.advance(table, ident, version)
            else:
                self._seen.forget([(table, ident)])
        table = self._table_of(kind)  # rows changed without the ORM: seen anew when read
        self._seen.forget([(table, i) for i in ids if (table, i) not in known])
        doc._forget_caches()
        if kind in ("plan", "all"):
            doc.language = doc.plan().language
        doc.changed.emit(kind, list(ids))

    def reread(self) -> None:
        """The views read everything again (the server's link is back; notices may have been
        missed).  What was seen stays: an edit of a row changed meanwhile is still refused."""
        doc: Any = self
        if doc.closed:
            return
        doc._forget_caches()
        doc.changed.emit("all", [])

    def _written(self, written: Mapping[Key, int]) -> None:
        """A write committed: its rows are seen at the versions it left (the row read before is
        outdated; the next read at that version refreshes it)."""
        for (table, ident), version in written.items():
            if version:
                self._seen.advance(table, ident, version, own=True)
            else:
                self._seen.forget([(table, ident)])
        self.last_written = dict(written)
