"""Find anything in a plan: actions, objectives, organisations and indicators, in every area.

The facilitator types a few letters and the room sees every place they occur.  Matching folds the
plan language's way (Turkish İ/i, I/ı); when nothing matches as typed, it tries again without
accents, so "isikli" typed on a foreign keyboard finds "ışıklı" (and the result says so).
Actions can be narrowed by status, lead and "has gaps".

Actions use the document's :class:`~.search.SearchIndex` (folded once, refreshed per edit);
the other kinds are few and folded into a small cache here that the next change of their kind
empties.  A keystroke over a 10,000-action plan stays within a frame or two (see benchmarks).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import Connection, or_, select

from . import framework
from .gaps import expressions as gap_expressions
from .model import Action, Indicator, Objective, Organisation
from .search import joined, occurrences
from .text import fold

if TYPE_CHECKING:
    from .document import PlanDocument

KINDS = ("action", "objective", "organisation", "indicator")  # the order results are listed in
_AREA_ORDER = {area.code: i for i, area in enumerate(framework.PLAN_AREAS)}


@dataclass(frozen=True)
class Hit:
    """One thing found.  ``area`` is where it lives (None for an organisation); an indicator
    names the action or objective it measures."""

    kind: str
    id: int
    text: str
    code: str = ""
    area: str | None = None
    action_id: int | None = None
    objective_id: int | None = None


@dataclass
class Found:
    hits: list[Hit] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # per kind, before ``limit``
    accent_blind: bool = False  # nothing matched as typed; these match without accents

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Filters:
    """Narrow the actions found; any filter set lists actions only."""

    status: str | None = None
    lead_id: int | None = None
    gaps_only: bool = False

    @property
    def active(self) -> bool:
        return self.status is not None or self.lead_id is not None or self.gaps_only


class Finder:
    """Whole-plan search over one document; caches are emptied by the document's changes."""

    def __init__(self, doc: PlanDocument) -> None:
        self.doc = doc
        self._meta: dict[int, tuple[str, int, str, str, str, int | None]] | None = None
        self._others: dict[tuple[str, bool], tuple[list[Hit], tuple[str, list[int], list[int]]]] = {}
        self._gaps: set[int] | None = None
        doc.changed.connect(self._on_changed)

    def _on_changed(self, kind: str, ids: list) -> None:  # type: ignore[type-arg]
        self._gaps = None
        if kind in ("action", "all", "objective", "budget", "indicator", "plan"):
            if kind == "action" and ids and self._meta is not None:
                self._refresh_meta(ids)
            elif kind != "budget" and kind != "indicator":
                self._meta = None
        if kind != "budget":
            self._others.clear()

    # --- caches ----------------------------------------------------------------------------------

    def _meta_query(self):  # type: ignore[no-untyped-def]
        a = Action.__table__.c
        return select(a.id, a.area, a.position, a.code, a.title, a.status, a.lead_id).where(
            a.plan_id == self.doc.plan_id)

    def _load_meta(self, conn: Connection) -> dict[int, tuple[str, int, str, str, str, int | None]]:
        if self._meta is None:
            self._meta = {r[0]: tuple(r[1:]) for r in conn.execute(self._meta_query())}  # type: ignore[misc]
        return self._meta

    def _refresh_meta(self, ids: list[int]) -> None:
        assert self._meta is not None
        a = Action.__table__.c
        with self.doc._reading() as conn:
            for ident in ids:
                self._meta.pop(ident, None)
            for r in conn.execute(self._meta_query().where(a.id.in_(ids[:900]))):
                self._meta[r[0]] = tuple(r[1:])  # type: ignore[assignment]
        if len(ids) > 900:
            self._meta = None

    def _gap_ids(self, conn: Connection) -> set[int]:
        if self._gaps is None:
            a = Action.__table__.c
            self._gaps = set(conn.execute(select(a.id).where(
                a.plan_id == self.doc.plan_id, or_(*gap_expressions().values()))).scalars())
        return self._gaps

    def _other_texts(self, conn: Connection, accents: bool
                     ) -> tuple[list[Hit], tuple[str, list[int], list[int]]]:
        """Objectives, organisations and indicators: their hits and their folded texts joined
        (as the actions' in :class:`~.search.SearchIndex`)."""
        key = (self.doc.language, accents)
        if key not in self._others:
            pairs = list(self._fold_others(conn, accents))
            self._others[key] = ([hit for _, hit in pairs], joined([text for text, _ in pairs]))
        return self._others[key]

    def _fold_others(self, conn: Connection, accents: bool) -> Iterator[tuple[str, Hit]]:
        lang, plan = self.doc.language, self.doc.plan_id
        o = Objective.__table__.c
        for ident, area, code, statement in conn.execute(
                select(o.id, o.area, o.code, o.statement).where(o.plan_id == plan)
                .order_by(o.position, o.id)):
            yield (fold(f"{code}\n{statement}", lang, accents),
                   Hit("objective", ident, statement, code, area, objective_id=ident))
        g = Organisation.__table__.c
        for ident, name, contact in conn.execute(
                select(g.id, g.name, g.contact_person).where(g.plan_id == plan)):
            yield fold(f"{name}\n{contact}", lang, accents), Hit("organisation", ident, name)
        i = Indicator.__table__.c
        owners = {r[0]: r[1:] for r in conn.execute(
            select(o.id, o.area, o.code).where(o.plan_id == plan))}
        meta = self._load_meta(conn)
        for ident, name, unit, source, action_id, objective_id in conn.execute(
                select(i.id, i.name, i.unit, i.source, i.action_id, i.objective_id)
                .where(i.plan_id == plan).order_by(i.position, i.id)):
            if action_id is not None and action_id in meta:
                area, code = meta[action_id][0], meta[action_id][2]
            else:
                area, code = owners.get(objective_id, (None, ""))
            yield (fold(f"{name}\n{unit}\n{source}", lang, accents),
                   Hit("indicator", ident, name, code, area, action_id, objective_id))

    # --- the search ------------------------------------------------------------------------------

    def find(self, text: str, filters: Filters | None = None, limit: int = 200) -> Found:
        """Everything where every word of ``text`` occurs (all actions when only filters are
        set), actions first in plan order; at most ``limit`` hits per kind are listed."""
        filters = filters or Filters()
        if not text.strip() and not filters.active:
            return Found()
        found = self._find(text, filters, limit, accents=True)
        if not found.total and text.strip():
            found = self._find(text, filters, limit, accents=False)
            found.accent_blind = bool(found.total)
        return found

    def _find(self, text: str, filters: Filters, limit: int, accents: bool) -> Found:
        doc, words = self.doc, fold(text, self.doc.language, accents).split()
        found = Found(counts={kind: 0 for kind in KINDS})
        with doc._reading() as conn:
            meta = self._load_meta(conn)
            ids = doc._search.match(conn, text, doc.language, accents) if words else list(meta)
            gaps = self._gap_ids(conn) if filters.gaps_only else None
            actions = [i for i in ids if i in meta
                       and (filters.status is None or meta[i][4] == filters.status)
                       and (filters.lead_id is None or meta[i][5] == filters.lead_id)
                       and (gaps is None or i in gaps)]
            actions.sort(key=lambda i: (_AREA_ORDER.get(meta[i][0], 99), meta[i][1], i))
            found.counts["action"] = len(actions)
            found.hits = [Hit("action", i, meta[i][3], meta[i][2], meta[i][0], action_id=i)
                          for i in actions[:limit]]
            if filters.active or not words:
                return found
            others, blob = self._other_texts(conn, accents)
            matched: set[int] | None = None
            for word in words:
                hits = occurrences(blob, word)
                matched = hits if matched is None else matched & hits
            for position in sorted(matched or ()):
                hit = others[position]
                found.counts[hit.kind] += 1
                if found.counts[hit.kind] <= limit:
                    found.hits.append(hit)
        found.hits.sort(key=lambda h: KINDS.index(h.kind))  # stable: plan order within a kind
        return found
