"""Several people on one plan: an edit made from an older reading of a row is refused.

Every row of a plan's content carries a version (model.ROW_VERSION, schema 7) that goes up by one
at each change.  A document remembers, per row, the version and the row its views were shown
(:class:`SeenRows`); when an edit would change a row whose version in the database is no longer
that one, someone else saved it in between, and the edit is refused with :class:`StaleEdit`,
naming what they changed, instead of silently overwriting it.  The document then tells its views
to read again, so the person sees the other's values and may edit again from them.

A read of a row at the version already known refreshes the row kept (after one's own edit), and a
row read for the first time is added; a read at a newer version does not advance what was seen,
unless :meth:`SeenRows.advance` says so (a conflict, a notification from the server).
SQLAlchemy's ``version_id_col`` adds the same check inside a transaction: two edits that read the
same version at the same time cannot both land.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from . import vocab
from .errors import CONTEXT, PlanError

Key = tuple[str, int]  # (table, id)

# How a message names a row of each table: %1 its code or name.
KINDS = {
    "plan": QT_TRANSLATE_NOOP("PlanError", "the plan's properties"),
    "organisation": QT_TRANSLATE_NOOP("PlanError", "the organisation %1"),
    "objective": QT_TRANSLATE_NOOP("PlanError", "the objective %1"),
    "action": QT_TRANSLATE_NOOP("PlanError", "the action %1"),
    "budget_line": QT_TRANSLATE_NOOP("PlanError", "a budget line of %1"),
    "indicator": QT_TRANSLATE_NOOP("PlanError", "the indicator %1"),
    "milestone": QT_TRANSLATE_NOOP("PlanError", "the milestone %1"),
    "measurement": QT_TRANSLATE_NOOP("PlanError", "the measurement of %1"),
    "progress_update": QT_TRANSLATE_NOOP("PlanError", "the progress of %1"),
}
_ROW = QT_TRANSLATE_NOOP("PlanError", "a row of the plan")

# The fields a message names, by the row's field name (rows.py).
FIELDS = {
    "action_id": QT_TRANSLATE_NOOP("PlanError", "action"),
    "actual": QT_TRANSLATE_NOOP("PlanError", "measured value"),
    "amount": QT_TRANSLATE_NOOP("PlanError", "amount"),
    "approval_status": QT_TRANSLATE_NOOP("PlanError", "approval"),
    "approved_on": QT_TRANSLATE_NOOP("PlanError", "approval date"),
    "area": QT_TRANSLATE_NOOP("PlanError", "area"),
    "baseline": QT_TRANSLATE_NOOP("PlanError", "baseline"),
    "baseline_year": QT_TRANSLATE_NOOP("PlanError", "baseline year"),
    "benefits": QT_TRANSLATE_NOOP("PlanError", "benefits"),
    "city": QT_TRANSLATE_NOOP("PlanError", "city"),
    "code": QT_TRANSLATE_NOOP("PlanError", "code"),
    "confirmed": QT_TRANSLATE_NOOP("PlanError", "confirmed"),
    "contact_person": QT_TRANSLATE_NOOP("PlanError", "contact person"),
    "country": QT_TRANSLATE_NOOP("PlanError", "country"),
    "currency": QT_TRANSLATE_NOOP("PlanError", "currency"),
    "description": QT_TRANSLATE_NOOP("PlanError", "description"),
    "done": QT_TRANSLATE_NOOP("PlanError", "done"),
    "due_on": QT_TRANSLATE_NOOP("PlanError", "due date"),
    "email": QT_TRANSLATE_NOOP("PlanError", "e-mail"),
    "end_date": QT_TRANSLATE_NOOP("PlanError", "end"),
    "guideline_areas": QT_TRANSLATE_NOOP("PlanError", "guideline areas"),
    "key_features": QT_TRANSLATE_NOOP("PlanError", "key features"),
    "kind": QT_TRANSLATE_NOOP("PlanError", "kind"),
    "language": QT_TRANSLATE_NOOP("PlanError", "language"),
    "lead_name": QT_TRANSLATE_NOOP("PlanError", "lead"),
    "measured_on": QT_TRANSLATE_NOOP("PlanError", "date"),
    "municipal_role": QT_TRANSLATE_NOOP("PlanError", "municipality's role"),
    "name": QT_TRANSLATE_NOOP("PlanError", "name"),
    "note": QT_TRANSLATE_NOOP("PlanError", "note"),
    "notes": QT_TRANSLATE_NOOP("PlanError", "notes"),
    "objective_code": QT_TRANSLATE_NOOP("PlanError", "objective"),
    "percent": QT_TRANSLATE_NOOP("PlanError", "% done"),
    "period": QT_TRANSLATE_NOOP("PlanError", "period"),
    "period_end": QT_TRANSLATE_NOOP("PlanError", "last year"),
    "period_start": QT_TRANSLATE_NOOP("PlanError", "first year"),
    "phone": QT_TRANSLATE_NOOP("PlanError", "phone"),
    "prepared_by": QT_TRANSLATE_NOOP("PlanError", "prepared by"),
    "priority": QT_TRANSLATE_NOOP("PlanError", "priority"),
    "reported_by": QT_TRANSLATE_NOOP("PlanError", "reported by"),
    "reported_on": QT_TRANSLATE_NOOP("PlanError", "report date"),
    "reporting": QT_TRANSLATE_NOOP("PlanError", "reporting"),
    "risks": QT_TRANSLATE_NOOP("PlanError", "risks"),
    "sector": QT_TRANSLATE_NOOP("PlanError", "sector"),
    "source": QT_TRANSLATE_NOOP("PlanError", "source"),
    "spent": QT_TRANSLATE_NOOP("PlanError", "spent"),
    "start_date": QT_TRANSLATE_NOOP("PlanError", "start"),
    "statement": QT_TRANSLATE_NOOP("PlanError", "statement"),
    "status": QT_TRANSLATE_NOOP("PlanError", "status"),
    "target": QT_TRANSLATE_NOOP("PlanError", "target"),
    "target_groups": QT_TRANSLATE_NOOP("PlanError", "target groups"),
    "target_year": QT_TRANSLATE_NOOP("PlanError", "target year"),
    "title": QT_TRANSLATE_NOOP("PlanError", "title"),
    "unit": QT_TRANSLATE_NOOP("PlanError", "unit"),
    "value": QT_TRANSLATE_NOOP("PlanError", "value"),
    "vision": QT_TRANSLATE_NOOP("PlanError", "vision"),
    "year": QT_TRANSLATE_NOOP("PlanError", "year"),
}
_SHOWN_MAX = 60  # characters of a value a message quotes
# Fields whose values are codes: a message shows their label in the reader's language.
_CODES: dict[str, type[vocab.Vocabulary]] = {
    "status": vocab.Status, "municipal_role": vocab.MunicipalRole, "sector": vocab.Sector,
    "approval_status": vocab.ApprovalStatus, "reporting": vocab.Reporting,
    "kind": vocab.IndicatorKind}


class StaleEdit(PlanError):
    """Someone else saved the row since this document read it: nothing of the edit was saved."""

    stale = True  # (the window's undo commands test this, not the class: no import of SQLAlchemy)

    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "Someone else changed %1 since you loaded it. Your change was not saved; "
        "you now see their version.")
    _what = QT_TRANSLATE_NOOP("PlanError", "They changed: %1.")
    _pair = QT_TRANSLATE_NOOP("PlanError", "%1 to “%2”")

    def __init__(self, table: str, label: str, changes: Iterable[tuple[str, str]] = ()) -> None:
        self.table, self.label = table, label
        self.changes = tuple(changes)  # (field, value as now saved)
        super().__init__(None, label)

    def _kind(self, translate: Callable[[str], str]) -> str:
        return translate(KINDS.get(self.table, _ROW)).replace("%1", self.label)

    def _changed(self, translate: Callable[[str], str]) -> str:
        def shown(field: str, value: str) -> str:
            code = _CODES[field].member(value) if field in _CODES else None
            if code is None:
                return value
            label = code.source_label
            return label if translate is str else QCoreApplication.translate(vocab.CONTEXT, label)

        pairs = [translate(self._pair).replace("%1", translate(FIELDS.get(f, f)))
                 .replace("%2", shown(f, value)) for f, value in self.changes]
        return translate(self._what).replace("%1", ", ".join(pairs)) if pairs else ""

    def english(self) -> str:
        same = str  # the source texts
        return " ".join(t for t in (self.text.replace("%1", self._kind(same)),
                                    self._changed(same)) if t)

    def message(self) -> str:
        def tr(text: str) -> str:
            return QCoreApplication.translate(CONTEXT, text)

        return " ".join(t for t in (tr(self.text).replace("%1", self._kind(tr)),
                                    self._changed(tr)) if t)


def _shown(value: Any) -> str:
    """A saved value as a message quotes it: dates ISO, lists joined, long text cut."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, tuple):
        value = ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= _SHOWN_MAX else text[:_SHOWN_MAX - 1] + "…"


def differences(seen: Any, now: Any, edited: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(field, value now) of each field a person wrote that differs between two rows; without
    the row as seen, the values now of the fields the refused edit set (an undo's)."""
    if now is None:
        return []
    if seen is None:
        return [(f, _shown(getattr(now, f))) for f in edited if f in FIELDS and hasattr(now, f)]
    return [(f.name, _shown(getattr(now, f.name))) for f in dataclasses.fields(now)
            if f.name in FIELDS and getattr(seen, f.name, None) != getattr(now, f.name)]


def label_of(table: str, row: Any) -> str:
    """How a message names a row: its code, else its name, title, period or date."""
    if row is None:
        return ""
    for name in ("code", "name", "title", "period", "measured_on"):
        value = getattr(row, name, None)
        if value:
            return str(value)
    return ""


class SeenRows:
    """The version (and the row) of each row a document has shown, to refuse stale edits."""

    def __init__(self) -> None:
        self._rows: dict[Key, tuple[int, Any]] = {}
        self._own: set[Key] = set()  # rows whose known version this document's write left
        self.undoing = False  # inside an undo or redo: only rows as this document left them

    def note(self, table: str, rows: Iterable[Any]) -> None:
        """Rows just read: new ones are added; one at the known version refreshes the row."""
        known = self._rows
        for row in rows:
            version = row.row_version
            if not version:
                continue
            key = (table, row.id)
            had = known.get(key)
            if had is None or had[0] == version:
                known[key] = (version, row)

    def advance(self, table: str, ident: int, version: int, row: Any = None,
                own: bool = False) -> None:
        """The person now sees ``version`` of the row: their own write's, or someone else's
        (a conflict shown, a server's notice)."""
        self._rows[(table, ident)] = (version, row)
        if own:
            self._own.add((table, ident))
        else:
            self._own.discard((table, ident))

    def version(self, table: str, ident: int) -> int | None:
        had = self._rows.get((table, ident))
        return had[0] if had else None

    def row(self, table: str, ident: int) -> Any:
        had = self._rows.get((table, ident))
        return had[1] if had else None

    def forget(self, keys: Iterable[Key] | None = None) -> None:
        """Rows whose version this document no longer knows (all of them: None)."""
        if keys is None:
            self._rows.clear()
            self._own.clear()
            return
        for key in keys:
            self._rows.pop(key, None)
            self._own.discard(key)

    @contextmanager
    def undoing_steps(self) -> Iterator[None]:
        """Inside, a row may be changed only as this document's own last write left it: an
        undo never puts an old value back over someone else's later change."""
        saved, self.undoing = self.undoing, True
        try:
            yield
        finally:
            self.undoing = saved

    def stale(self, key: Key, version: int) -> bool:
        """Whether a write may not change the row ``key`` saved at ``version``."""
        known = self.version(*key)
        if self.undoing and key not in self._own:
            return True
        return known is not None and known != version


def _edited(s: Session, obj: Any) -> list[str]:
    """The fields an edit of ``obj`` sets, by the names rows give them (lead_name, not lead_id)."""
    if obj in s.deleted:
        return []
    state = inspect(obj)
    names = [a.key for a in state.attrs if a.history.has_changes()]
    return [_ROW_NAMES.get(n, n) for n in names]


_ROW_NAMES = {"lead_id": "lead_name", "objective_id": "objective_code"}


def _versioned(obj: Any) -> bool:
    return hasattr(obj, "row_version") and hasattr(obj, "__table__")


def watch(session: Session, seen: SeenRows, refuse: Callable[[str, int, list[str]], None],
          written: dict[Key, int]) -> None:
    """Check each flush of ``session`` against what was seen; collect the versions it writes.

    ``refuse(table, id, fields)`` raises the StaleEdit of a row changed by someone else; ``written``
    receives (table, id) -> the version this transaction leaves (0: deleted).
    """

    flushed: list[Any] = []  # rows this flush inserts or changes

    def before_flush(s: Session, _context: Any, _instances: Any) -> None:
        flushed.clear()
        flushed.extend(o for o in s.new if _versioned(o))
        for obj in list(s.dirty) + list(s.deleted):
            deleted = obj in s.deleted
            if not _versioned(obj) or (not deleted and not s.is_modified(obj)):
                continue
            key = (obj.__table__.name, obj.id)
            if key not in written and seen.stale(key, obj.row_version):  # written: by this write
                refuse(*key, _edited(s, obj))
            if deleted:
                written[key] = 0
            else:
                flushed.append(obj)

    def after_flush(_s: Session, _context: Any) -> None:
        for obj in flushed:  # the versions now saved (an insert's 1, an update's next)
            written[(obj.__table__.name, obj.id)] = obj.row_version
        flushed.clear()

    event.listen(session, "before_flush", before_flush)
    event.listen(session, "after_flush", after_flush)
