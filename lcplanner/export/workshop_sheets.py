"""The workshop in the workplan: a Stock-take sheet and an Ideas sheet.

Stock-take: for every area of the framework and each of its prompts, the rating and its evidence,
then the initiatives that already exist there (owner, reach, note); a rating or initiative under a
prompt the plan no longer lists is kept, under the area as a whole.  Ideas: every card with its
author and group, its dots in total and per group, its place on the impact-effort board and what
it became (actions and objectives by code).  Both read the export's working copy, so they show
the same state as the other sheets; nothing the plan holds about the workshop is left out.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from ..core import framework, workshop_queries
from ..core.vocab import QUADRANTS, RATING_LEVELS
from . import labels as L
from .styles import WRAP

if TYPE_CHECKING:
    from .workbook import WorkplanWriter


def _prompt_text(w: WorkplanWriter, prompt: Any) -> str:
    if prompt.source:
        return w.t("Framework", prompt.source)
    texts = prompt.texts
    return texts.get(w.lang) or texts.get(w.data.plan.language) or next(iter(texts.values()), "")


def stocktake(w: WorkplanWriter) -> None:


    d, plan_id = w.data, w.data.doc.plan_id
    conn = d.conn
    prompts = workshop_queries.stored_prompts(conn, plan_id) or workshop_queries.built_in_prompts()
    ratings = {(r.area, r.prompt_code): r for r in workshop_queries.ratings(conn, plan_id)}
    initiatives: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for ini in workshop_queries.initiatives(conn, plan_id):
        initiatives[(ini.area, ini.prompt_code)].append(ini)
    known = {(p.area, p.code) for p in prompts}
    ws = w.new_sheet(w.e(L.SHEET_STOCKTAKE), (20, 8, 36, 14, 30, 30, 20, 14, 22))
    ws.freeze_panes = "A2"
    w.header_row(ws, [w.e(h) for h in L.STOCKTAKE_COLUMNS])
    rows = 0
    for area in framework.AREAS:
        name = f"{area.code} {w.t('Framework', area.short)}"
        lines = [("", w.e(L.WHOLE_AREA))] + [(p.code, _prompt_text(w, p))
                                               for p in prompts if p.area == area.code]
        orphans = sorted({code for (a, code) in [*ratings, *initiatives]
                          if a == area.code and code and (a, code) not in known})
        lines += [(code, w.e(L.WHOLE_AREA)) for code in orphans]
        for code, text in lines:
            rating = ratings.get((area.code, code))
            found = initiatives.get((area.code, code), [])
            if code == "" and rating is None and not found:
                continue  # no row for an area-as-a-whole nobody rated
            level = rating.level if rating is not None else None
            label = w.t("Vocabulary", RATING_LEVELS[level]) if level is not None \
                and 0 <= level < len(RATING_LEVELS) else ""
            values = [name, code, text, label, rating.evidence if rating else ""]
            w.fit_next_row(ws, values)
            w.append(ws, [w.cell(ws, v, align=WRAP) for v in values] + [None] * 4)
            rows += 1
            for ini in found:
                cells = [name, code, text, "", "", ini.title, ini.owner_name, ini.reach, ini.note]
                w.fit_next_row(ws, cells)
                w.append(ws, [w.cell(ws, v, align=WRAP) for v in cells])
                rows += 1
    w.add_table(ws, "StockTake", len(L.STOCKTAKE_COLUMNS), rows)


def ideas(w: WorkplanWriter) -> None:


    d, plan_id = w.data, w.data.doc.plan_id
    groups = {g.id: g.name for g in workshop_queries.groups(d.conn, plan_id)}
    cards = workshop_queries.ideas(d.conn, plan_id)
    ws = w.new_sheet(w.e(L.SHEET_IDEAS), (20, 44, 14, 14, 7, 22, 8, 8, 16, 20, 38))
    ws.column_dimensions["K"].hidden = True  # the card's identity, for the round trip
    ws.freeze_panes = "C2"
    w.header_row(ws, [w.e(h) for h in L.IDEA_COLUMNS])
    for card in cards:
        area = framework.AREA_BY_CODE.get(card.area)
        where = f"{card.area} {w.t('Framework', area.short)}" if area else card.area
        votes = ", ".join(f"{groups.get(g, '?')} {n}" for g, n in sorted(
            card.votes.items(), key=lambda item: groups.get(item[0], "")))
        quadrant = QUADRANTS.get(card.quadrant or "")
        became = ", ".join(
            w.e(L.BECAME_ACTION if link.kind == "action" else L.BECAME_OBJECTIVE)
            .replace("%1", link.code) for link in card.links)
        values = [where, card.text, card.author, card.group_name, card.dots, votes,
                  card.impact, card.effort, w.t("Vocabulary", quadrant) if quadrant else "",
                  became, card.uuid]
        w.fit_next_row(ws, values)
        w.append(ws, [w.cell(ws, v, align=WRAP if isinstance(v, str) and i in (1, 5, 9) else None)
                      for i, v in enumerate(values)])
    w.add_table(ws, "Ideas", len(L.IDEA_COLUMNS), len(cards))

