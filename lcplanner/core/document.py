"""PlanDocument: the one object that edits a plan.  Commands in, rows out, a signal says what changed.

Every command validates first (:mod:`validate`), then runs as one committed SQLite transaction:
there is no Save and nothing to lose.  Deletes return a :class:`Snapshot` that :meth:`restore` puts
back with the same ids and UUIDs, which is what undo commands in the GUI build on.  Several commands
can share one transaction with :meth:`batch` (a grouped edit, an import, the demo builder).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from . import checks, concurrency, queries, validate
from .commands.base import Snapshot
from .commands.conflicts import ConflictHandling, Stale
from .commands.details import DetailCommands
from .commands.ideas import IdeaCommands
from .commands.monitoring import MonitoringCommands
from .commands.moves import AreaMoves
from .commands.organisations import OrganisationCommands
from .commands.snapshots import SnapshotCommands
from .commands.states import StateCommands
from .commands.stocktake import StocktakeCommands
from .commands.undoing import UndoableDeletes
from .find import Filters, Finder, Found
from .search import SearchIndex
from .errors import (ClosedDocument, NotFound, PlanError, ReadOnlyDocument, ValidationError,
                     ViewerOnly)
from .model import (
    Action,
    ActionPartner,
    Objective,
    Organisation,
    Plan,
    utcnow,
)
from .planfile import PlanFile
from .rows import ActionRow, AreaSummary, Issue, ObjectiveRow, PlanRow


class WriteFailed(PlanError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "The change could not be saved to the plan file: %1")


class ReadFailed(PlanError):
    """A server could not be reached for a read: the view keeps what it showed until the link
    is back (then everything is read again); the window says so, it is not a crash."""

    link_lost = True
    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "The server cannot be reached (%1): what you see may be out of date until "
        "the connection is back.")


class NotSent(WriteFailed):
    """A server could not be reached for the write (or gave up on it for a moment): nothing
    was saved, and the same change may be sent again when the link is back."""

    link_lost = True

    default_text = QT_TRANSLATE_NOOP(
        "PlanError", "The change could not be sent to the server: %1. It is kept and sent when "
        "the connection is back.")


class PlanDocument(OrganisationCommands, DetailCommands, AreaMoves, StocktakeCommands,
                   IdeaCommands, StateCommands, SnapshotCommands, UndoableDeletes,
                   MonitoringCommands, ConflictHandling, QObject):
    """An open plan file and the commands that change it."""

    # (kind, ids): kind is 'plan', 'organisation', 'objective', 'action', 'budget',
    # 'indicator' or 'all'; ids are the touched rows' keys (empty for 'all').
    changed = Signal(str, list)

    def __init__(self, planfile: PlanFile) -> None:
        super().__init__()
        self.file = planfile
        self._write_engine = planfile.engine.execution_options(lc_write=True)
        self._batch: Session | None = None
        self._pinned = threading.local()  # a read transaction of one thread (see consistent())
        self._init_conflicts()
        with planfile.engine.connect() as conn:
            # a file holds one plan; a server database several, and says which (server/store.py)
            self.plan_id: int = getattr(planfile, "plan_id", None) or conn.execute(
                select(func.min(Plan.id))).scalar() or 0
            self.language: str = conn.execute(
                select(Plan.language).where(Plan.id == self.plan_id)).scalar() or "en"
        if not self.plan_id:
            planfile.close()
            raise checks.no_plan_error(planfile.path)
        self._search = SearchIndex(self.plan_id)
        self._finder: Finder | None = None

    # --- life cycle ------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], read_only: bool = False) -> PlanDocument:
        return cls(PlanFile.open(path, read_only=read_only))

    @classmethod
    def create(cls, path: str | os.PathLike[str], city: str, title: str | None = None, *,
               overwrite: bool = False, populate: Callable[[PlanDocument], None] | None = None,
               **fields: Any) -> PlanDocument:
        """A new plan file with one plan; ``fields`` are plan properties (period, language...).

        ``populate`` adds content (the demo) through this document's commands before the file
        appears under its name: a crash leaves no half-made plan.
        """
        year = utcnow().year
        values = {"city": city, "title": title or city, "period_start": year,
                  "period_end": year + 2, "language": "tr", "currency": "TRY", **fields}
        values = validate.clean("plan", values)
        validate.check_period(values["period_start"], values["period_end"])
        validate.check_approval(values.get("approval_status", "draft"), values.get("approved_on"))

        def fill(draft: PlanFile) -> None:
            with draft.engine.execution_options(lc_write=True).begin() as conn:
                conn.execute(insert(Plan).values(**values))
            if populate is not None:
                doc = cls(draft)
                try:
                    populate(doc)
                finally:
                    doc.close()

        return cls(PlanFile.create(path, overwrite=overwrite, populate=fill))

    @property
    def path(self):  # type: ignore[no-untyped-def]
        return self.file.path

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    @property
    def closed(self) -> bool:
        return self._closed

    _closed = False

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.file.close()

    def save_copy(self, target: str | os.PathLike[str]):  # type: ignore[no-untyped-def]
        """A consistent copy of the plan (SQLite backup API); this document stays on its file."""
        self._check_open()
        return self.file.save_copy(target)

    # --- transactions ----------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise ClosedDocument()

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        self._check_open()
        if self._batch is not None:
            yield self._batch.connection()
            return
        pinned = getattr(self._pinned, "conn", None)
        if pinned is not None:
            yield pinned
            return
        try:
            with self.file.engine.connect() as conn:
                yield conn
        except OperationalError as exc:
            if self.file.engine.dialect.name == "sqlite":
                raise
            raise ReadFailed(None, getattr(exc, "orig", exc)) from exc  # a server out of reach

    @property
    def _caching(self) -> bool:
        """Whether cached registers may be used: not inside a batch or a consistent() read."""
        return self._batch is None and getattr(self._pinned, "conn", None) is None

    @contextmanager
    def consistent(self) -> Iterator[PlanDocument]:
        """All reads of this thread inside see one state of the file (one read transaction).

        An export reads every table in here, so edits by another program cannot land between
        two of its reads; a writer waits until the block ends, so keep it to reading rows.
        """
        self._check_open()
        if self._batch is not None or getattr(self._pinned, "conn", None) is not None:
            yield self
            return
        with self.file.engine.connect() as conn:
            if conn.dialect.name != "sqlite":  # a server: one snapshot for the whole block
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                if conn.dialect.name == "sqlite":  # the SHARED lock now, not at the first read
                    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
                self._pinned.conn = conn
                try:
                    yield self
                finally:
                    self._pinned.conn = None

    @contextmanager
    def _writing(self, kind: str, ids: list[int] | None = None,
                 register: bool = True, objectives: bool = True) -> Iterator[Session]:
        """One committed transaction; then ``changed(kind, ids)``.

        ``ids`` may be a list the command appends to (a new row's id is known only after flush).
        ``register=False``: the change leaves the organisations register (and its lead and
        partner counts) as it was, so its cache stays (an edit of a title in a big plan);
        ``objectives=False`` likewise for the objectives and their action counts.
        """
        self._check_open()
        if self.read_only:  # a viewer of a server plan is told why
            raise ViewerOnly() if getattr(self.file, "viewer_only", False) else ReadOnlyDocument()
        ids = [] if ids is None else ids
        if self._batch is not None:
            yield self._batch
            return
        written: dict[concurrency.Key, int] = {}
        try:
            with Session(self._write_engine) as session, session.begin():
                concurrency.watch(session, self._seen, self._refuse, written)
                yield session
                session.execute(update(Plan).where(Plan.id == self.plan_id)
                                .values(updated_at=utcnow()))
                announce = getattr(self.file, "announce", None)  # a server: to other windows
                if announce is not None:
                    session.flush()
                    announce(session.connection(), kind, ids, written)
        except Stale as stale:  # someone else saved the row since it was shown: say what
            raise self._stale_edit(stale.key, stale.edited) from None
        except StaleDataError as exc:  # ... in the very moment this edit read it
            raise self._stale_edit(self._raced(kind, ids)) from exc
        except SQLAlchemyError as exc:
            if isinstance(exc, OperationalError) and self.file.engine.dialect.name != "sqlite":
                raise NotSent(None, getattr(exc, "orig", exc)) from exc  # the link, not the edit
            raise WriteFailed(None, getattr(exc, "orig", exc)) from exc
        self._written(written)
        self._summary = None
        if register:
            self._organisations = None
        if objectives and kind not in ("budget", "indicator", "organisation", "idea", "workshop",
                                       "stocktake"):
            self._objectives = None
        if kind == "action" and ids:
            self._search.invalidate(ids)
        elif kind in ("action", "objective", "plan", "all"):
            self._search.invalidate()
        elif kind == "organisation":
            self._search.invalidate_links()  # a merge or delete moves leads and partners
        self.changed.emit(kind, list(ids))

    @contextmanager
    def batch(self) -> Iterator[PlanDocument]:
        """Run several commands as one transaction: all of them land, or none."""
        if self._batch is not None:
            yield self
            return
        try:
            with self._writing("all") as session:
                self._batch = session
                try:
                    yield self
                finally:
                    self._batch = None
        finally:
            self._search.invalidate()  # reads inside the batch may have seen rolled-back rows

    def _forget_caches(self) -> None:
        """Registers and counts read again at the next ask (after others' changes)."""
        self._summary = self._organisations = self._objectives = None
        self._search.invalidate()

    def _raced(self, kind: str, ids: list[int]) -> concurrency.Key:
        """The row a write raced for: its first id, as the table of its kind."""
        return (self._table_of(kind), ids[0]) if ids else ("plan", self.plan_id)

    def _get(self, session: Session, model: type, ident: int) -> Any:
        obj = session.get(model, ident)
        if obj is None or obj.plan_id != self.plan_id:
            raise NotFound()
        return obj

    # --- plan ------------------------------------------------------------------------------------

    def plan(self) -> PlanRow:
        with self._reading() as conn:
            row = queries.plan_row(conn, self.plan_id)
        self._seen.note("plan", [row])
        return row

    def update_plan(self, **fields: Any) -> None:
        values = validate.clean("plan", fields)
        with self._writing("plan", [self.plan_id]) as s:
            plan = s.get(Plan, self.plan_id)
            validate.check_period(values.get("period_start", plan.period_start),
                                  values.get("period_end", plan.period_end))
            if {"approval_status", "approved_on"} & set(values):  # other edits never hang on it
                validate.check_approval(
                    values.get("approval_status", plan.approval_status),
                    values.get("approved_on", plan.approved_on),
                    "approved_on" if "approved_on" in values else "approval_status")
            for key, value in values.items():
                setattr(plan, key, value)
        self.language = values.get("language", self.language)

    # --- objectives ------------------------------------------------------------------------------

    def _next_code(self, session: Session, model: type, area: str, infix: str) -> str:
        pattern = re.compile(rf"^{re.escape(area)}{re.escape(infix)}(\d+)$")
        used = [int(m.group(1)) for (code,) in session.execute(
            select(model.code).where(model.plan_id == self.plan_id, model.area == area))
            if (m := pattern.match(code or ""))]
        return f"{area}{infix}{max(used, default=0) + 1}"

    def _check_code(self, session: Session, model: type, code: str, except_id: int | None) -> None:
        clash = session.execute(select(model.id).where(
            model.plan_id == self.plan_id, model.code == code, model.id != (except_id or 0))).first()
        if clash:
            raise ValidationError(QT_TRANSLATE_NOOP("PlanError", "The code %1 is already used."),
                                  code, field="code")

    def _next_position(self, session: Session, model: type, area: str) -> int:
        top = session.execute(select(func.max(model.position)).where(
            model.plan_id == self.plan_id, model.area == area)).scalar()
        return 0 if top is None else top + 1

    def add_objective(self, area: str, statement: str, **fields: Any) -> int:
        values = validate.clean("objective", {"area": area, "statement": statement, **fields})
        ids: list[int] = []
        with self._writing("objective", ids) as s:
            if values.get("code"):
                self._check_code(s, Objective, values["code"], None)
            else:
                values["code"] = self._next_code(s, Objective, values["area"], "-O")
            values.setdefault("position", self._next_position(s, Objective, values["area"]))
            obj = Objective(plan_id=self.plan_id, **values)
            s.add(obj)
            s.flush()
            ids.append(obj.id)
        return ids[0]

    def update_objective(self, objective_id: int, **fields: Any) -> None:
        values = validate.clean("objective", fields)
        with self._writing("objective", [objective_id]) as s:
            obj = self._get(s, Objective, objective_id)
            if values.get("code"):
                self._check_code(s, Objective, values["code"], objective_id)
            elif "code" in values:
                del values["code"]
            if "area" in values and values["area"] != obj.area:
                s.execute(update(Action).where(Action.objective_id == objective_id)
                          .values(area=values["area"]))
            for key, value in values.items():
                setattr(obj, key, value)

    def delete_objective(self, objective_id: int) -> Snapshot:
        """Remove an objective with its actions and indicators (one step, one transaction)."""
        return self._delete("objective", Objective, objective_id)

    _objectives: dict[str | None, list[ObjectiveRow]] | None = None

    def objectives(self, area: str | None = None) -> list[ObjectiveRow]:
        """An area's objectives with their action counts; kept until a change that can alter
        them (the editor and the page ask at every edit of a title)."""
        cache = self._objectives if self._caching else None
        if cache is not None and area in cache:
            return list(cache[area])
        with self._reading() as conn:
            rows = queries.objectives(conn, self.plan_id, area)
        self._seen.note("objective", rows)
        if self._caching:
            if self._objectives is None:
                self._objectives = {}
            self._objectives[area] = rows
        return list(rows)

    def objective(self, objective_id: int) -> ObjectiveRow:
        for row in self.objectives():
            if row.id == objective_id:
                return row
        raise NotFound()

    # --- actions ---------------------------------------------------------------------------------

    def _check_action_refs(self, s: Session, values: Mapping[str, Any], area: str) -> None:
        if values.get("objective_id") is not None:
            objective = s.get(Objective, values["objective_id"])
            if objective is None or objective.plan_id != self.plan_id:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "PlanError", "The objective is not part of this plan."), field="objective_id")
            if objective.area != area:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "PlanError", "The objective %1 belongs to another area (%2)."),
                    objective.code, objective.area, field="objective_id")
        if values.get("lead_id") is not None:
            org = s.get(Organisation, values["lead_id"])
            if org is None or org.plan_id != self.plan_id:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "PlanError", "The lead must be an organisation of this plan."), field="lead_id")

    def add_action(self, area: str | None, title: str, objective_id: int | None = None,
                   **fields: Any) -> int:
        """Add an action at the end of its area (area may be None when an objective is given)."""
        raw: dict[str, Any] = {"title": title, "objective_id": objective_id, **fields}
        if area is not None:
            raw["area"] = area
        values = validate.clean("action", raw)
        validate.check_dates(values.get("start_date"), values.get("end_date"))
        ids: list[int] = []
        with self._writing("action", ids) as s:
            if "area" not in values:
                if objective_id is None:
                    validate.area(None)  # raises: an action needs an area or an objective
                values["area"] = self._get(s, Objective, objective_id).area
            self._check_action_refs(s, values, values["area"])
            if values.get("code"):
                self._check_code(s, Action, values["code"], None)
            else:
                values["code"] = self._next_code(s, Action, values["area"], "-")
            values.setdefault("position", self._next_position(s, Action, values["area"]))
            action = Action(plan_id=self.plan_id, **values)
            s.add(action)
            s.flush()
            ids.append(action.id)
            if values.get("status", "not_started") != "not_started" or values.get("percent"):
                self._record_progress(s, action)
        return ids[0]

    def update_action(self, action_id: int, **fields: Any) -> None:
        values = validate.clean("action", fields)
        with self._writing("action", [action_id], register="lead_id" in values,
                           objectives=bool({"objective_id", "area"} & set(values))) as s:
            action = self._get(s, Action, action_id)
            area = values.get("area", action.area)
            if "area" in values and "objective_id" not in values and values["area"] != action.area:
                values["objective_id"] = None  # moving to another area leaves the old objective
            self._check_action_refs(s, values, area)
            validate.check_dates(values.get("start_date", action.start_date),
                                 values.get("end_date", action.end_date))
            if values.get("code"):
                self._check_code(s, Action, values["code"], action_id)
            elif "code" in values:
                del values["code"]
            if area != action.area:
                values["position"] = self._next_position(s, Action, area)
            for key, value in values.items():
                setattr(action, key, value)
            if {"status", "percent"} & set(values):
                s.flush()
                self._record_progress(s, action)

    def set_partners(self, action_id: int, partners: Sequence[tuple[int, str]]) -> None:
        """Replace the partners of an action: (organisation id, role) pairs, in display order."""
        roles = [(int(org_id), validate.role(role)) for org_id, role in partners]
        with self._writing("action", [action_id], objectives=False) as s:
            action = self._get(s, Action, action_id)
            org_ids = [o for o, _ in roles]
            if len(set(org_ids)) != len(org_ids):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "PlanError", "An organisation is listed twice among the partners."),
                    field="partners")
            for org_id in org_ids:
                org = s.get(Organisation, org_id)
                if org is None or org.plan_id != self.plan_id:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "PlanError", "A partner must be an organisation of this plan."),
                        field="partners")
                if org_id == action.lead_id:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "PlanError", "%1 already leads this action."), org.name, field="partners")
            old = {link.organisation_id: link for link in s.scalars(
                select(ActionPartner).where(ActionPartner.action_id == action_id))}
            for org_id, link in old.items():
                if org_id not in org_ids:
                    s.delete(link)
            for position, (org_id, role) in enumerate(roles):
                link = old.get(org_id) or ActionPartner(plan_id=self.plan_id, action_id=action_id,
                                                        organisation_id=org_id)
                link.role, link.position = role, position
                s.add(link)

    def delete_action(self, action_id: int) -> Snapshot:
        return self._delete("action", Action, action_id)

    def move_action(self, action_id: int, position: int) -> int:
        """Move an action to ``position`` among its area's actions; returns its old position."""
        return self._move(Action, "action", action_id, position)

    def move_objective(self, objective_id: int, position: int) -> int:
        return self._move(Objective, "objective", objective_id, position)

    def _move(self, model: type, kind: str, ident: int, position: int) -> int:
        with self._writing(kind, [ident], objectives=kind != "action") as s:
            item = self._get(s, model, ident)
            ids = list(s.scalars(select(model.id).where(
                model.plan_id == self.plan_id, model.area == item.area)
                .order_by(model.position, model.id)))
            old = ids.index(ident)
            ids.remove(ident)
            ids.insert(max(0, min(int(position), len(ids))), ident)
            current = dict(s.execute(select(model.id, model.position).where(model.id.in_(ids))).all())
            changes = [{"i": i, "p": p} for p, i in enumerate(ids) if current.get(i) != p]
            if changes:
                s.connection().execute(
                    model.__table__.update().where(model.__table__.c.id == _bind("i"))
                    .values(position=_bind("p")), changes)
            return old

    def action(self, action_id: int) -> ActionRow:
        with self._reading() as conn:
            found = queries.actions(conn, self.plan_id, ids=[action_id])
        if not found:
            raise NotFound()
        self._seen.note("action", found)
        return found[0]

    def actions(self, area: str | None = None, ids: list[int] | None = None) -> list[ActionRow]:
        with self._reading() as conn:
            rows = queries.actions(conn, self.plan_id, area, ids=ids)
        self._seen.note("action", rows)
        return rows

    def search(self, text: str, area: str | None = None, accents: bool = True) -> list[ActionRow]:
        """Actions whose title, description, lead or partners contain every word of ``text``.

        Case folds the plan language's way (Turkish İ/i, I/ı); ``accents=False`` also ignores
        diacritics.  An empty query finds nothing.
        """
        with self._reading() as conn:
            ids = self._search.match(conn, text, self.language, accents)
            rows = queries.actions(conn, self.plan_id, area, ids=ids) if ids else []
        self._seen.note("action", rows)
        return rows

    def prepare_search(self) -> None:
        """Build the search cache ahead of the first keystroke (about 80 ms per 10,000 actions)."""
        with self._reading() as conn:
            self._search.warm(conn, self.language)

    def find(self, text: str, filters: Filters | None = None, limit: int = 200) -> Found:
        """Whole-plan search: actions, objectives, organisations, indicators (see core/find)."""
        if self._finder is None:
            self._finder = Finder(self)
        return self._finder.find(text, filters, limit)

    def search_ids(self, text: str, accents: bool = True) -> set[int]:
        """Only the ids of :meth:`search` (what a table filter needs on every keystroke)."""
        with self._reading() as conn:
            return set(self._search.match(conn, text, self.language, accents))

    # --- whole-plan views ------------------------------------------------------------------------

    _summary: list[AreaSummary] | None = None

    def summary(self) -> list[AreaSummary]:
        """Per-area numbers; kept until the next change (navigator, overview and export share it)."""
        if self._summary is not None and self._caching:
            return list(self._summary)
        with self._reading() as conn:
            result = queries.summary(conn, self.plan_id)
        if self._caching:
            self._summary = result
        return list(result)

    def check(self) -> list[Issue]:
        """Integrity and validation findings (see :mod:`checks`)."""
        with self._reading() as conn:
            return checks.run(conn, self.plan_id)

    def iter_check(self) -> Iterator[Issue]:
        """The findings one at a time, errors first, from one consistent state (`lcplanner check`)."""
        with self.consistent(), self._reading() as conn:
            yield from checks.iter_issues(conn, self.plan_id)


def _bind(name: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import bindparam

    return bindparam(name)
