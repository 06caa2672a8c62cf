"""Read a plan into rows: actions of an area, search, per-area summary, registers.

Plain SQL expressions (SQLAlchemy Core over the ORM tables) rather than ORM object loading: a
10,000-action plan lists an area, searches and sums without building objects that views would throw
away.  Every function takes an open connection and the plan id and returns :mod:`rows` values.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal

from sqlalchemy import Connection, Integer, case, func, select, type_coerce

from . import framework
from .gaps import expressions as gap_expressions
from .model import Action, ActionPartner, BudgetLine, Indicator, Objective, Organisation, Plan
from .rows import (
    ActionRow,
    AreaSummary,
    BudgetLineRow,
    IndicatorRow,
    ObjectiveRow,
    OrganisationRow,
    PartnerRow,
    PlanRow,
)
from .text import sort_key
from .vocab import Status

ZERO = Decimal("0.00")
_A = Action.__table__
_ORG = Organisation.__table__
_CENTS = type_coerce(BudgetLine.amount, Integer)  # sum raw hundredths, convert once


def _money(cents: int | None) -> Decimal:
    return Decimal(int(cents or 0)).scaleb(-2)  # exponent -2: always two places


def plan_row(conn: Connection, plan_id: int) -> PlanRow:
    row = conn.execute(select(Plan.__table__).where(Plan.id == plan_id)).mappings().one()
    return PlanRow(**{k: row[k] for k in PlanRow.__dataclass_fields__})


def organisations(conn: Connection, plan_id: int, lang: str) -> list[OrganisationRow]:
    """The register, sorted by the plan language's collation, with lead and partner counts."""
    leads = dict(conn.execute(select(Action.lead_id, func.count()).where(
        Action.plan_id == plan_id, Action.lead_id.is_not(None)).group_by(Action.lead_id)).all())
    partners = dict(conn.execute(select(ActionPartner.organisation_id, func.count()).where(
        ActionPartner.plan_id == plan_id).group_by(ActionPartner.organisation_id)).all())
    out = [OrganisationRow(id=r.id, uuid=r.uuid, name=r.name, sector=r.sector,
                           contact_person=r.contact_person, email=r.email, phone=r.phone,
                           notes=r.notes, leads=leads.get(r.id, 0), partners_in=partners.get(r.id, 0),
                           row_version=r.row_version)
           for r in conn.execute(select(_ORG).where(Organisation.plan_id == plan_id))]
    key = sort_key(lang)
    out.sort(key=lambda o: key(o.name))
    return out


def objectives(conn: Connection, plan_id: int, area: str | None = None) -> list[ObjectiveRow]:
    counts = select(func.count()).where(Action.objective_id == Objective.id).scalar_subquery()
    query = select(Objective.__table__, counts.label("n")).where(Objective.plan_id == plan_id)
    if area is not None:
        query = query.where(Objective.area == area)
    area_order = {a.code: i for i, a in enumerate(framework.PLAN_AREAS)}
    rows = [ObjectiveRow(id=r.id, uuid=r.uuid, area=r.area, code=r.code, statement=r.statement,
                         benefits=tuple(r.benefits or ()), position=r.position, actions=r.n,
                         row_version=r.row_version)
            for r in conn.execute(query)]
    rows.sort(key=lambda o: (area_order.get(o.area, 99), o.position, o.id))
    return rows


def _action_query(plan_id: int):  # type: ignore[no-untyped-def]
    """Columns in the order of ActionRow's fields (positional unpacking is the fast path)."""
    budget = (select(func.coalesce(func.sum(_CENTS), 0))
              .where(BudgetLine.action_id == Action.id).scalar_subquery())
    indicators = select(func.count()).where(Indicator.action_id == Action.id).scalar_subquery()
    c = _A.c
    return (select(c.id, c.uuid, c.area, c.objective_id, Objective.code, c.code, c.title,
                   c.description, c.target_groups, c.lead_id, _ORG.c.name, c.start_date,
                   c.end_date, c.status, c.priority, c.percent, c.key_features, c.guideline_areas,
                   c.notes, c.risks, c.municipal_role, c.position, budget, indicators, c.row_version)
            .select_from(_A.outerjoin(_ORG, _ORG.c.id == c.lead_id)
                         .outerjoin(Objective.__table__, Objective.id == c.objective_id))
            .where(c.plan_id == plan_id))


def _partners(conn: Connection, action_ids: Sequence[int]) -> dict[int, tuple[PartnerRow, ...]]:
    found: dict[int, list[PartnerRow]] = defaultdict(list)
    query = (select(ActionPartner.action_id, ActionPartner.organisation_id, Organisation.name,
                    ActionPartner.role)
             .join(Organisation, Organisation.id == ActionPartner.organisation_id)
             .order_by(ActionPartner.action_id, ActionPartner.position, ActionPartner.id))
    ids = list(action_ids)
    for start in range(0, len(ids), 900):  # stay below SQLite's bound-parameter limit
        chunk = ids[start:start + 900]
        for action_id, org_id, name, role in conn.execute(
                query.where(ActionPartner.action_id.in_(chunk))).all():
            found[action_id].append(PartnerRow(org_id, name, role))
    return {k: tuple(v) for k, v in found.items()}


def _to_rows(conn: Connection, result: Iterable) -> list[ActionRow]:  # type: ignore[type-arg]
    records = result.all()  # type: ignore[attr-defined]
    partners = _partners(conn, [r[0] for r in records])
    none: tuple[PartnerRow, ...] = ()
    return [ActionRow(
        ident, uuid, area, objective_id, objective_code or "", code, title, description,
        target_groups, lead_id, lead_name or "", partners.get(ident, none), start, end, status,
        priority, percent, tuple(features or ()), tuple(guidelines or ()), notes, risks,
        municipal_role, position, _money(cents), n_indicators, version)
        for (ident, uuid, area, objective_id, objective_code, code, title, description,
             target_groups, lead_id, lead_name, start, end, status, priority, percent, features,
             guidelines, notes, risks, municipal_role, position, cents, n_indicators,
             version) in records]


def actions(conn: Connection, plan_id: int, area: str | None = None,
            ids: Sequence[int] | None = None) -> list[ActionRow]:
    """Actions in display order (area, then position), optionally of one area or given ids."""
    query = _action_query(plan_id)
    if area is not None:
        query = query.where(_A.c.area == area)
    if ids is None:
        return _sorted(_to_rows(conn, conn.execute(query)))
    wanted = list(ids)
    rows: list[ActionRow] = []
    for start in range(0, len(wanted), 900):  # below SQLite's bound-parameter limit
        chunk = wanted[start:start + 900]
        rows.extend(_to_rows(conn, conn.execute(query.where(_A.c.id.in_(chunk)))))
    return _sorted(rows)


def actions_of_organisation(conn: Connection, plan_id: int, org_id: int) -> tuple[
        list[ActionRow], list[ActionRow]]:
    """(actions it leads, actions it partners in) for the organisations register."""
    partnered = select(ActionPartner.action_id).where(ActionPartner.organisation_id == org_id)
    leads = _sorted(_to_rows(conn, conn.execute(
        _action_query(plan_id).where(_A.c.lead_id == org_id))))
    partners = _sorted(_to_rows(conn, conn.execute(
        _action_query(plan_id).where(_A.c.id.in_(partnered)))))
    return leads, partners


def _sorted(rows: list[ActionRow]) -> list[ActionRow]:
    order = {a.code: i for i, a in enumerate(framework.PLAN_AREAS)}
    return sorted(rows, key=lambda r: (order.get(r.area, 99), r.position, r.id))


def budget_lines(conn: Connection, plan_id: int, action_id: int | None = None) -> list[BudgetLineRow]:
    query = select(BudgetLine.__table__).where(BudgetLine.plan_id == plan_id)
    if action_id is not None:
        query = query.where(BudgetLine.action_id == action_id)
    return [BudgetLineRow(id=r.id, uuid=r.uuid, action_id=r.action_id, year=r.year,
                          amount=r.amount, source=r.source, confirmed=bool(r.confirmed),
                          spent=r.spent, row_version=r.row_version)
            for r in conn.execute(query.order_by(BudgetLine.year, BudgetLine.id))]


def indicators(conn: Connection, plan_id: int, action_id: int | None = None,
               objective_id: int | None = None) -> list[IndicatorRow]:
    query = select(Indicator.__table__).where(Indicator.plan_id == plan_id)
    if action_id is not None:
        query = query.where(Indicator.action_id == action_id)
    if objective_id is not None:
        query = query.where(Indicator.objective_id == objective_id)
    return [IndicatorRow(**{k: getattr(r, k) for k in IndicatorRow.__dataclass_fields__})
            for r in conn.execute(query.order_by(Indicator.position, Indicator.id))]


def summary(conn: Connection, plan_id: int) -> list[AreaSummary]:
    """One AreaSummary per building block and condition, in framework order, from grouped SQL."""
    objectives_n = dict(conn.execute(select(Objective.area, func.count()).where(
        Objective.plan_id == plan_id).group_by(Objective.area)).all())
    status: dict[str, dict[str, int]] = defaultdict(dict)
    for area, st, n in conn.execute(select(_A.c.area, _A.c.status, func.count()).where(
            _A.c.plan_id == plan_id).group_by(_A.c.area, _A.c.status)):
        status[area][st] = n
    missing = gap_expressions()
    gaps = {r.area: r for r in conn.execute(  # the one definition of a gap (core/gaps.py)
        # a count of true conditions, in words both engines sum (PostgreSQL sums no booleans)
        select(_A.c.area, *(func.sum(case((missing[kind], 1), else_=0)).label(kind)
                            for kind in missing))
        .where(_A.c.plan_id == plan_id).group_by(_A.c.area))}
    budget: dict[str, dict[int, Decimal]] = defaultdict(dict)
    for area, year, cents in conn.execute(
            select(_A.c.area, BudgetLine.year, func.sum(_CENTS))
            .join(_A, _A.c.id == BudgetLine.action_id)
            .where(BudgetLine.plan_id == plan_id).group_by(_A.c.area, BudgetLine.year)):
        budget[area][year] = _money(cents)
    out = []
    for a in framework.PLAN_AREAS:
        g = gaps.get(a.code)
        by_year = dict(sorted(budget.get(a.code, {}).items()))
        out.append(AreaSummary(
            area=a.code, objectives=objectives_n.get(a.code, 0),
            actions=sum(status.get(a.code, {}).values()), budget_by_year=by_year,
            budget_total=sum(by_year.values(), ZERO),
            status_counts={s: status.get(a.code, {}).get(s, 0) for s in Status.codes()},
            missing_lead=int(g.lead or 0) if g else 0, missing_indicator=int(g.indicator or 0) if g else 0,
            missing_budget=int(g.budget or 0) if g else 0, missing_dates=int(g.dates or 0) if g else 0))
    return out
