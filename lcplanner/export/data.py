"""What the workplan shows, streamed from one consistent state of the plan (never all rows at once).

:meth:`ExportData.read` only notes the document and its plan row (the export's language is chosen
from it).  :meth:`ExportData.open` takes a working copy of the plan (:mod:`.snapshot`: one backup
step; the plan's read lock is held only for the copy, so another program editing the plan waits a
moment at most) and everything comes from that copy, so the summary and the sheets show one state.
Small things are read as lists: the plan row, the per-area summary and gaps, the organisations
register, counts.  What grows with the plan (actions with their partners, budget lines and
indicators) is streamed in the workbook's order, at most :data:`CHUNK` actions at a time with their
details fetched per chunk: a 100,000-action plan exports in bounded memory.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Integer, and_, case, func, literal, or_, select, type_coerce

from ..core import framework, queries
from ..core.model import Action, ActionPartner, BudgetLine, Indicator, Objective, Organisation
from ..core.rows import AreaSummary, OrganisationRow, PlanRow
from .snapshot import working_copy

if TYPE_CHECKING:
    from sqlalchemy import Select

    from ..core.document import PlanDocument

CHUNK = 900  # actions per batch of detail queries (below SQLite's old bound-parameter limit)
ORG_CHUNK = 200  # organisations per batch of lead/partner queries
_A = Action.__table__
_O = Objective.__table__.alias("obj")
_LEAD = Organisation.__table__.alias("lead")
_L = BudgetLine.__table__
_I = Indicator.__table__
_CENTS = type_coerce(BudgetLine.amount, Integer)  # sum raw hundredths, convert once


def _money(cents: int | None) -> Decimal:
    return Decimal(int(cents or 0)).scaleb(-2)  # exponent -2: always two places


def _budget_cents() -> Any:
    """An action's budget in hundredths (all its lines, as the action rows of the window sum it)."""
    return (select(func.coalesce(func.sum(_CENTS), 0)).where(BudgetLine.action_id == _A.c.id)
            .scalar_subquery())


def _area_rank(column: Any) -> Any:
    """Framework order of an area code (building blocks, then conditions; unknown codes last)."""
    return case({a.code: i for i, a in enumerate(framework.PLAN_AREAS)}, value=column, else_=99)


def _unindexed(column: Any) -> Any:
    """``column + 0``: a term SQLite does not look up by index.  Every row has the plan's id, so
    its index would scan the whole table where the ids beside it (organisations, a chunk of
    actions) find the few rows wanted; the file has no statistics to tell the planner so."""
    return column + 0


def _with_objective(joined: Any, plan_id: int) -> Any:
    return joined.outerjoin(_O, and_(_O.c.id == _A.c.objective_id, _O.c.plan_id == plan_id))


def _in_workplan_order(query: Select[Any]) -> Select[Any]:
    """Actions grouped by objective: framework area, then the objective's place in the plan (its
    area, position; actions without one last), then the action's position."""
    return query.order_by(_area_rank(_A.c.area), _O.c.id.is_(None), _area_rank(_O.c.area),
                          _O.c.position, _O.c.id, _A.c.position, _A.c.id)


@dataclass(frozen=True, slots=True)
class RowCount:
    """How many rows of a kind the plan has: ``len()`` of it is what ``len()`` of a list was."""

    n: int = 0

    def __len__(self) -> int:
        return self.n


@dataclass(frozen=True, slots=True)
class WorkplanAction:
    """One line of a building block's sheet: an action with what the line shows of it."""

    uuid: str
    area: str
    code: str
    title: str
    description: str
    target_groups: str
    lead_name: str
    start_date: dt.date | None
    end_date: dt.date | None
    status: str
    priority: int
    percent: int
    key_features: tuple[str, ...]
    notes: str
    risks: str
    guideline_areas: tuple[str, ...]
    municipal_role: str
    budget_total: Decimal
    objective: tuple[str, str] | None  # (code, statement)
    partners: tuple[tuple[str, str], ...]  # (organisation name, role code)
    sources: frozenset[str]  # funding source codes of its budget lines
    indicators: tuple[Any, ...]  # rows with name, kind, unit, baseline, target
    budget_by_year: dict[int, Decimal]  # the amounts of its budget lines per year


@dataclass(frozen=True, slots=True)
class ObjectiveSheetRow:
    """An objective with what the logframe shows of it."""

    uuid: str
    area: str
    code: str
    statement: str
    benefits: tuple[str, ...]
    indicators: tuple[Any, ...]  # rows with name, kind, unit, baseline(_year), target(_year), actual
    actions: tuple[tuple[str, str, str], ...]  # (code, title, risks)


class ExportData:
    """The plan's content for one export; the streams work inside :meth:`open` only."""

    def __init__(self, doc: PlanDocument, plan: PlanRow) -> None:
        self.doc = doc
        self.plan = plan
        self.summary: list[AreaSummary] = []
        self.organisations: list[OrganisationRow] = []
        self.gaps: dict[str, int] = {}  # per area: actions still missing a lead, dates...
        self.actions = self.budget_lines = self.indicators = RowCount()
        self._conn: Connection | None = None

    @classmethod
    def read(cls, doc: PlanDocument) -> ExportData:
        """The document and its plan row; the rows are read in :meth:`open`."""
        return cls(doc, doc.plan())

    @contextmanager
    def open(self) -> Iterator[ExportData]:
        """Take the working copy and read the small things; the copy is removed at the end."""
        with working_copy(self.doc) as conn:
            plan_id = self.doc.plan_id
            self.plan = queries.plan_row(conn, plan_id)
            self.summary = queries.summary(conn, plan_id)
            self.organisations = queries.organisations(conn, plan_id, self.doc.language)
            self.gaps = _gaps(conn, plan_id)
            self.actions, self.budget_lines, self.indicators = (
                RowCount(conn.execute(select(func.count()).where(table.c.plan_id == plan_id))
                         .scalar() or 0) for table in (_A, _L, _I))
            self._conn = conn
            try:
                yield self
            finally:
                self._conn = None

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("ExportData streams only inside open()")
        return self._conn

    # --- streams ---------------------------------------------------------------------------------

    def _stream(self, query: Select[Any]) -> Iterator[Sequence[Any]]:
        """The rows of ``query`` in lists of at most CHUNK (SQLite hands them out as they come)."""
        result = self.conn.execute(query)
        try:
            yield from result.partitions(CHUNK)
        finally:
            result.close()

    def workplan_actions(self, areas: Collection[str]) -> Iterator[WorkplanAction]:
        """The actions of these areas grouped by objective (objective order, then plan order)."""
        plan_id = self.doc.plan_id
        a = _A.c
        query = (select(a.id, a.uuid, a.area, a.code, a.title, a.description, a.target_groups,
                        _LEAD.c.name, a.start_date, a.end_date, a.status, a.priority, a.percent,
                        a.key_features, a.notes, a.risks, a.guideline_areas, a.municipal_role,
                        _budget_cents(),
                        _O.c.id, _O.c.code, _O.c.statement)
                 .select_from(_with_objective(_A.outerjoin(_LEAD, _LEAD.c.id == a.lead_id), plan_id))
                 .where(a.plan_id == plan_id, a.area.in_(sorted(areas))))
        for chunk in self._stream(_in_workplan_order(query)):
            ids = [r[0] for r in chunk]
            partners, indicators = self._partners(ids), self._indicators(ids)
            sources, by_year = self._sources(ids)
            for (ident, uuid, area, code, title, description, target_groups, lead_name, start, end,
                 status, priority, percent, features, notes, risks, guidelines, municipal,
                 cents, objective_id, objective_code, statement) in chunk:
                yield WorkplanAction(
                    uuid, area, code, title, description, target_groups, lead_name or "", start, end,
                    status, priority, percent, tuple(features or ()), notes, risks or "",
                    tuple(guidelines or ()), municipal or "", _money(cents),
                    (objective_code, statement) if objective_id is not None else None,
                    tuple(partners.get(ident, ())), frozenset(sources.get(ident, ())),
                    tuple(indicators.get(ident, ())), by_year.get(ident, {}))

    def action_texts(self) -> Iterator[Sequence[Any]]:
        """(code, title, description, target_groups, key_features, guideline_areas, notes,
        risks) of every action of the plan's areas in workplan order: the Action details sheet
        (one light query; the workplan's details per chunk are not needed there)."""
        plan_id = self.doc.plan_id
        a = _A.c
        query = (select(a.code, a.title, a.description, a.target_groups, a.key_features,
                        a.guideline_areas, a.notes, a.risks)
                 .select_from(_with_objective(_A, plan_id))
                 .where(a.plan_id == plan_id, a.area.in_(sorted(framework.PLAN_AREA_CODES))))
        for chunk in self._stream(_in_workplan_order(query)):
            yield from chunk

    def responsibilities(self) -> Iterator[tuple[str, str, str, int | None,
                                                 list[tuple[int, str]]]]:
        """(code, title, municipal role, lead organisation id, [(partner id, role)]) of every
        action of the plan's areas in workplan order."""
        plan_id = self.doc.plan_id
        a = _A.c
        query = (select(a.id, a.code, a.title, a.municipal_role, a.lead_id)
                 .select_from(_with_objective(_A, plan_id))
                 .where(a.plan_id == plan_id, a.area.in_(sorted(framework.PLAN_AREA_CODES))))
        p = ActionPartner.__table__.c
        for chunk in self._stream(_in_workplan_order(query)):
            ids = [r[0] for r in chunk]
            partners: dict[int, list[tuple[int, str]]] = defaultdict(list)
            for action_id, org_id, kind in self.conn.execute(
                    select(p.action_id, p.organisation_id, p.role).where(p.action_id.in_(ids))
                    .order_by(p.action_id, p.position, p.id)):
                partners[action_id].append((org_id, kind))
            for ident, code, title, municipal, lead in chunk:
                yield code, title, municipal or "", lead, partners.get(ident, [])

    def partner_links(self) -> Iterator[Sequence[Any]]:
        """(action code, action title, organisation name, role, link uuid) of every partner of
        an action of the plan's areas, actions in workplan order: the Partners sheet."""
        plan_id = self.doc.plan_id
        a, p = _A.c, ActionPartner.__table__.c
        query = (select(a.code, a.title, Organisation.name, p.role, p.uuid)
                 .select_from(_with_objective(
                     ActionPartner.__table__.join(_A, a.id == p.action_id)
                     .join(Organisation, Organisation.id == p.organisation_id), plan_id))
                 .where(p.plan_id == plan_id, a.plan_id == plan_id,
                        a.area.in_(sorted(framework.PLAN_AREA_CODES))))
        for chunk in self._stream(_in_workplan_order(query).order_by(p.position, p.id)):
            yield from chunk

    def _partners(self, ids: list[int]) -> dict[int, list[tuple[str, str]]]:
        found: dict[int, list[tuple[str, str]]] = defaultdict(list)
        query = (select(ActionPartner.action_id, Organisation.name, ActionPartner.role)
                 .join(Organisation, Organisation.id == ActionPartner.organisation_id)
                 .where(ActionPartner.action_id.in_(ids))
                 .order_by(ActionPartner.action_id, ActionPartner.position, ActionPartner.id))
        for action_id, name, role in self.conn.execute(query):
            found[action_id].append((name, role))
        return found

    def _sources(self, ids: list[int]) -> tuple[dict[int, set[str]], dict[int, dict[int, Decimal]]]:
        """Per action: its funding sources, and its budget per year (one query for both)."""
        found: dict[int, set[str]] = defaultdict(set)
        years: dict[int, dict[int, Decimal]] = defaultdict(dict)
        line = _L.c
        query = (select(line.action_id, line.source, line.year, func.sum(_CENTS))
                 .where(_unindexed(line.plan_id) == self.doc.plan_id, line.action_id.in_(ids))
                 .group_by(line.action_id, line.source, line.year))
        for action_id, source, year, cents in self.conn.execute(query):
            found[action_id].add(source)
            by_year = years[action_id]
            by_year[year] = by_year.get(year, Decimal("0.00")) + _money(cents)
        return found, years

    def _indicators(self, ids: list[int]) -> dict[int, list[Any]]:
        found: dict[int, list[Any]] = defaultdict(list)
        i = _I.c
        query = (select(i.action_id, i.name, i.kind, i.unit, i.baseline, i.target, i.target_year)
                 .where(_unindexed(i.plan_id) == self.doc.plan_id, i.action_id.in_(ids))
                 .order_by(i.position, i.id))
        for row in self.conn.execute(query):
            found[row.action_id].append(row)
        return found

    def timeline(self) -> Iterator[Any]:
        """(code, title, start_date, end_date, area) of every action of the plan's areas, in order."""
        plan_id = self.doc.plan_id
        a = _A.c
        query = (select(a.code, a.title, a.start_date, a.end_date, a.area)
                 .select_from(_with_objective(_A, plan_id))
                 .where(a.plan_id == plan_id, a.area.in_(sorted(framework.PLAN_AREA_CODES))))
        for chunk in self._stream(_in_workplan_order(query)):
            yield from chunk

    def budget(self) -> Iterator[Any]:
        """(code, title, area, year, source, confirmed, amount, spent, uuid) per budget line:
        actions in workplan order, each one's lines by year."""
        plan_id = self.doc.plan_id
        a, line = _A.c, _L.c
        query = (select(a.code, a.title, a.area, line.year, line.source, line.confirmed,
                        line.amount, line.spent, line.uuid)
                 .select_from(_with_objective(_L.join(_A, a.id == line.action_id), plan_id))
                 .where(line.plan_id == plan_id, a.plan_id == plan_id,
                        a.area.in_(sorted(framework.PLAN_AREA_CODES))))
        for chunk in self._stream(_in_workplan_order(query).order_by(line.year, line.id)):
            yield from chunk

    def all_indicators(self) -> Iterator[Any]:
        """Every indicator of the plan: the outcome indicators of objectives, then those of
        actions, each with its owner's code and title (code, title, name, kind, unit, baseline,
        baseline_year, target, target_year, actual, source, uuid, of_objective)."""
        plan_id = self.doc.plan_id
        a, i, o = _A.c, _I.c, Objective.__table__.c
        fields = (i.name, i.kind, i.unit, i.baseline, i.baseline_year, i.target, i.target_year,
                  i.actual, i.source, i.uuid)
        outcome = (select(o.code, o.statement, *fields, literal(True))
                   .select_from(_I.join(Objective.__table__, o.id == i.objective_id))
                   .where(i.plan_id == plan_id, o.plan_id == plan_id)
                   .order_by(_area_rank(o.area), o.position, o.id, i.position, i.id))
        output = (select(a.code, a.title, *fields, literal(False))
                  .select_from(_with_objective(_I.join(_A, a.id == i.action_id), plan_id))
                  .where(i.plan_id == plan_id, a.plan_id == plan_id))
        for query in (outcome, _in_workplan_order(output).order_by(i.position, i.id)):
            for chunk in self._stream(query):
                yield from chunk

    def objectives(self) -> list[ObjectiveSheetRow]:
        """Every objective in plan order with its outcome indicators and its actions (code,
        title, risks): the logframe.  An objective without actions is there too."""
        plan_id = self.doc.plan_id
        o, i, a = Objective.__table__.c, _I.c, _A.c
        indicators: dict[int, list[Any]] = defaultdict(list)
        for row in self.conn.execute(
                select(i.objective_id, i.name, i.kind, i.unit, i.baseline, i.baseline_year,
                       i.target, i.target_year, i.actual)
                .where(i.plan_id == plan_id, i.objective_id.is_not(None))
                .order_by(i.position, i.id)):
            indicators[row.objective_id].append(row)
        actions: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
        for objective_id, code, title, risks in self.conn.execute(
                select(a.objective_id, a.code, a.title, a.risks)
                .where(a.plan_id == plan_id, a.objective_id.is_not(None))
                .order_by(a.position, a.id)):
            actions[objective_id].append((code, title, risks or ""))
        rows = self.conn.execute(
            select(o.id, o.uuid, o.area, o.code, o.statement, o.benefits)
            .where(o.plan_id == plan_id).order_by(_area_rank(o.area), o.position, o.id))
        return [ObjectiveSheetRow(uuid, area, code, statement, tuple(benefits or ()),
                                  tuple(indicators.get(ident, ())), tuple(actions.get(ident, ())))
                for ident, uuid, area, code, statement, benefits in rows]

    def budget_years(self) -> list[int]:
        """The plan's years and any other year a budget line names (a line outside the period
        still counts in the totals, so the year columns must show it)."""
        line = _L.c
        found = {y for (y,) in self.conn.execute(
            select(line.year).where(line.plan_id == self.doc.plan_id).distinct())}
        return sorted(found | set(range(self.plan.period_start, self.plan.period_end + 1)))

    def organisation_links(self) -> Iterator[tuple[OrganisationRow, list[str],
                                                   list[tuple[str, str]]]]:
        """Each organisation of the register with the codes of the actions it leads and
        (code, role) of those it partners in, both in plan order."""
        plan_id = self.doc.plan_id
        a = _A.c
        order = (_area_rank(a.area), a.position, a.id)
        for start in range(0, len(self.organisations), ORG_CHUNK):
            chunk = self.organisations[start:start + ORG_CHUNK]
            ids = [org.id for org in chunk]
            leads: dict[int, list[str]] = defaultdict(list)
            for lead_id, code in self.conn.execute(select(a.lead_id, a.code).where(
                    _unindexed(a.plan_id) == plan_id, a.lead_id.in_(ids)).order_by(*order)):
                leads[lead_id].append(code)
            partners: dict[int, list[tuple[str, str]]] = defaultdict(list)
            query = (select(ActionPartner.organisation_id, a.code, ActionPartner.role)
                     .select_from(ActionPartner)
                     .join(_A, a.id == ActionPartner.action_id)
                     .join(Organisation, Organisation.id == ActionPartner.organisation_id)
                     .where(_unindexed(a.plan_id) == plan_id, ActionPartner.organisation_id.in_(ids))
                     .order_by(*order, ActionPartner.position, ActionPartner.id))
            for org_id, code, role in self.conn.execute(query):
                partners[org_id].append((code, role))
            for org in chunk:
                yield org, leads.get(org.id, []), partners.get(org.id, [])


def _gaps(conn: Connection, plan_id: int) -> dict[str, int]:
    """Per area, the actions a workshop still has to complete (any gap of core/gaps.py)."""
    from ..core.gaps import expressions

    a = _A.c
    query = (select(a.area, func.count()).where(
        a.plan_id == plan_id, or_(*expressions().values())).group_by(a.area))
    return {area: n for area, n in conn.execute(query)}
