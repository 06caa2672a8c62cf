"""Read the workshop part of a plan into rows: stakeholders, prompts, ratings, initiatives, ideas,
votes and groups.  Plain SQL expressions like :mod:`queries`, so a wall of 2,000 cards with their
votes and links is three queries, not 2,000 object loads.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, func, select

from . import framework
from .model import (
    Action,
    Attendance,
    Idea,
    IdeaLink,
    Initiative,
    Objective,
    Organisation,
    Prompt,
    Rating,
    Stakeholder,
    Vote,
    VoterGroup,
    Workshop,
)
from .rows import (
    GroupRow,
    IdeaLinkRow,
    IdeaRow,
    InitiativeRow,
    PromptRow,
    RatingRow,
    StakeholderRow,
    WorkshopRow,
)

_AREA_ORDER = {a.code: i for i, a in enumerate(framework.AREAS)}


def workshops(conn: Connection, plan_id: int) -> list[WorkshopRow]:
    w = Workshop.__table__.c
    return [WorkshopRow(r.id, r.uuid, r.name, r.held_on, r.position) for r in conn.execute(
        select(w.id, w.uuid, w.name, w.held_on, w.position).where(w.plan_id == plan_id)
        .order_by(w.position, w.id))]


def stakeholders(conn: Connection, plan_id: int) -> list[StakeholderRow]:
    s, o = Stakeholder.__table__.c, Organisation.__table__.c
    present: dict[int, list[int]] = defaultdict(list)
    for stakeholder_id, workshop_id in conn.execute(
            select(Attendance.stakeholder_id, Attendance.workshop_id)
            .where(Attendance.plan_id == plan_id).order_by(Attendance.workshop_id)):
        present[stakeholder_id].append(workshop_id)
    query = (select(s.id, s.uuid, s.organisation_id, o.name, o.sector, s.person, s.influence,
                    s.interest, s.notes, s.position)
             .join_from(Stakeholder.__table__, Organisation.__table__, s.organisation_id == o.id)
             .where(s.plan_id == plan_id).order_by(s.position, s.id))
    return [StakeholderRow(*r, present=tuple(present.get(r[0], ()))) for r in conn.execute(query)]


def stored_prompts(conn: Connection, plan_id: int) -> list[PromptRow]:
    p = Prompt.__table__.c
    rows = [PromptRow(r.code, r.area, dict(r.texts or {}), "", r.id, r.position)
            for r in conn.execute(select(p.id, p.code, p.area, p.texts, p.position)
                                  .where(p.plan_id == plan_id))]
    rows.sort(key=lambda r: (_AREA_ORDER.get(r.area, 99), r.position, r.code))
    return rows


def built_in_prompts() -> list[PromptRow]:
    """The key features as prompts, when a plan has loaded none of its own."""
    return [PromptRow(k.code, k.area, {}, k.text, None, i)
            for i, k in enumerate(framework.KEY_FEATURES)]


def ratings(conn: Connection, plan_id: int) -> list[RatingRow]:
    r = Rating.__table__.c
    rows = [RatingRow(*x) for x in conn.execute(
        select(r.id, r.uuid, r.area, r.prompt_code, r.level, r.evidence).where(r.plan_id == plan_id))]
    rows.sort(key=lambda x: (_AREA_ORDER.get(x.area, 99), x.prompt_code))
    return rows


def initiatives(conn: Connection, plan_id: int, area: str | None = None) -> list[InitiativeRow]:
    i, o = Initiative.__table__.c, Organisation.__table__.c
    query = (select(i.id, i.uuid, i.area, i.prompt_code, i.title, i.owner_id,
                    func.coalesce(o.name, ""), i.reach, i.note, i.position)
             .join_from(Initiative.__table__, Organisation.__table__, i.owner_id == o.id,
                        isouter=True)
             .where(i.plan_id == plan_id))
    if area is not None:
        query = query.where(i.area == area)
    rows = [InitiativeRow(*r) for r in conn.execute(query)]
    rows.sort(key=lambda x: (_AREA_ORDER.get(x.area, 99), x.position, x.id))
    return rows


def groups(conn: Connection, plan_id: int) -> list[GroupRow]:
    g, v = VoterGroup.__table__.c, Vote.__table__.c
    spent = dict(conn.execute(select(v.group_id, func.sum(v.dots)).where(v.plan_id == plan_id)
                              .group_by(v.group_id)).all())
    return [GroupRow(r.id, r.uuid, r.name, r.budget, int(spent.get(r.id) or 0), r.position)
            for r in conn.execute(select(g.id, g.uuid, g.name, g.budget, g.position)
                                  .where(g.plan_id == plan_id).order_by(g.position, g.id))]


def ideas(conn: Connection, plan_id: int, area: str | None = None,
          ids: list[int] | None = None) -> list[IdeaRow]:
    """Cards in wall order (area, then position), each with its votes and links."""
    i = Idea.__table__.c
    query = select(i.id, i.uuid, i.area, i.text, i.author, i.group_name, i.impact, i.effort,
                   i.position).where(i.plan_id == plan_id)
    if area is not None:
        query = query.where(i.area == area)
    if ids is not None:
        query = query.where(i.id.in_(ids))
    base = list(conn.execute(query))
    wanted = {r.id for r in base}
    votes: dict[int, dict[int, int]] = defaultdict(dict)
    for idea_id, group_id, dots in conn.execute(
            select(Vote.idea_id, Vote.group_id, Vote.dots).where(Vote.plan_id == plan_id)):
        if idea_id in wanted and dots:
            votes[idea_id][group_id] = dots
    links: dict[int, list[IdeaLinkRow]] = defaultdict(list)
    link, a, o = IdeaLink.__table__.c, Action.__table__.c, Objective.__table__.c
    for link_id, idea_id, action_id, objective_id, action_code, objective_code in conn.execute(
            select(link.id, link.idea_id, link.action_id, link.objective_id, a.code, o.code)
            .join_from(IdeaLink.__table__, Action.__table__, link.action_id == a.id, isouter=True)
            .join(Objective.__table__, link.objective_id == o.id, isouter=True)
            .where(link.plan_id == plan_id).order_by(link.id)):
        if idea_id in wanted:
            kind = "action" if action_id is not None else "objective"
            links[idea_id].append(IdeaLinkRow(link_id, kind, action_id or objective_id,
                                              action_code or objective_code or ""))
    rows = [IdeaRow(*r, votes=votes.get(r.id, {}), links=tuple(links.get(r.id, ())))
            for r in base]
    rows.sort(key=lambda x: (_AREA_ORDER.get(x.area, 99), x.position, x.id))
    return rows


def ideas_of(conn: Connection, plan_id: int, action_id: int | None = None,
             objective_id: int | None = None) -> list[IdeaRow]:
    """The cards an action or objective came from (the editor says where it came from)."""
    link = IdeaLink.__table__.c
    where = link.action_id == action_id if action_id is not None else \
        link.objective_id == objective_id
    ids = list(conn.execute(select(link.idea_id).where(link.plan_id == plan_id, where)).scalars())
    return ideas(conn, plan_id, ids=ids) if ids else []
