"""The flowing parts of the PDF as rich text: the cover, a section per area, the organisations.

A section walks an area as a council reads a plan: the area in numbers, then each objective with
the benefits it aims at and its outcome indicators, then its actions, each with every field the
plan holds for it (empty optional fields are left out; a missing lead, date, budget or indicator
is printed as "not set", since that gap is news to a council), and the area's budget at the end.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from ..core import framework
from ..core.colours import AREA_FILLS, text_on, tint
from ..core.rows import ActionRow, IndicatorRow, ObjectiveRow
from ..core.vocab import (
    RATING_LEVELS,
    ApprovalStatus,
    FundingSource,
    IndicatorKind,
    MunicipalRole,
    Role,
    Sector,
    Status,
)
from . import labels as L
from .content import AreaContent, PlanContent
from .html import MUTED, Builder, Cell, esc, iso, user

ZERO = Decimal("0.00")
BODY_PT, SMALL_PT = 10.0, 9.0  # reading type; table type (at print size, never below 9 pt)
H1_PT, H2_PT, H3_PT = 18.0, 13.0, 11.0


class Sections:
    """Builds the rich text of the cover and of the body in one language."""

    def __init__(self, content: PlanContent, words: L.Pdf) -> None:
        self.c = content
        self.w = words
        self.currency = content.plan.currency

    # --- helpers -----------------------------------------------------------------------------

    def _label(self, vocabulary: type, code: str) -> str:
        member = vocabulary.member(code)  # type: ignore[attr-defined]
        return self.w.vocabulary(member.source_label) if member is not None else str(code or "")

    def area_name(self, code: str) -> str:
        area = framework.AREA_BY_CODE.get(code)
        return self.w.framework(area.name) if area else code

    def _not_set(self) -> str:
        return f'<i><span style="color:{MUTED}">{esc(self.w(L.NOT_SET))}</span></i>'

    def _money(self, value: Decimal) -> str:
        return esc(self.w.money(value, self.currency))

    def _whole(self, value: Decimal) -> str:
        """Money in whole units: a year-by-source table of seven columns fits the page."""
        return esc(self.w.money(value, self.currency, places=0))

    def _key_feature(self, code: str) -> str:
        prompt = self.c.prompts.get(code)
        built_in = framework.KEY_FEATURE_BY_CODE.get(code)
        if prompt is not None and prompt.texts:
            text = prompt.texts.get(self.w.lang) or prompt.texts.get(self.c.plan.language) \
                or next(iter(prompt.texts.values()))
        elif built_in is not None:
            text = self.w.framework(built_in.text)
        else:
            return esc(code)  # a code the plan knows no text for: printed as it is
        return esc(self.w(L.CODED, code, iso(text)))

    def _guideline(self, code: str) -> str:
        found = next((g for g in framework.GUIDELINE_AREAS if g.code == code), None)
        return esc(self.w.framework(found.name) if found else code)

    def _indicator_value(self, ind: IndicatorRow, value: str | None, year: int | None) -> str:
        if value is None or value == "":
            shown = ""
        elif ind.kind == IndicatorKind.YES_NO.value:
            shown = self.w(L.YES) if value == "yes" else self.w(L.NO) if value == "no" else value
        elif IndicatorKind.is_numeric(ind.kind):
            shown = self.w.decimal(value)
        else:
            shown = iso(value)
        if shown and ind.unit and ind.kind != IndicatorKind.YES_NO.value:
            shown = self.w(L.WITH_UNIT, shown, iso(ind.unit))
        if year is not None:
            shown = self.w(L.IN_YEAR, shown, self.w.year(year)) if shown else self.w.year(year)
        return esc(shown)

    # --- the cover ---------------------------------------------------------------------------

    def cover(self) -> str:
        p, w, b = self.c.plan, self.w, Builder(self.w.rtl)
        b.add(f'<p style="margin-top:70pt; margin-bottom:6pt; font-size:12pt; color:{MUTED}">'
              f"{esc(w(L.SUBTITLE))}</p>")
        b.heading(user(p.title), 28, space_before=0)
        place = w.place(p.city, p.country)
        b.para(esc(place), size=15, space_after=4)
        b.para(esc(w(L.DATE_RANGE, w.year(p.period_start), w.year(p.period_end))), size=13,
               space_after=18)
        b.table([[Cell("&nbsp;", fill=AREA_FILLS[a.code]) for a in framework.PLAN_AREAS]],
                border="#FFFFFF", space_after=18, padding=2)
        total = sum((s.budget_total for s in self.c.summary.values()), ZERO)
        facts = [
            (L.CITY, user(p.city)), (L.COUNTRY, user(p.country)),
            (L.PERIOD, esc(w(L.DATE_RANGE, w.year(p.period_start), w.year(p.period_end)))),
            (L.APPROVAL, esc(w.vocabulary(ApprovalStatus(p.approval_status).source_label)
                             if ApprovalStatus.member(p.approval_status) else "")),
            (L.APPROVED_ON, esc(w.date(p.approved_on)) if p.approved_on else ""),
            (L.VERSION, user(p.version)), (L.PREPARED_BY, user(p.prepared_by)),
            (L.VISION, user(p.vision)), (L.CURRENCY, user(p.currency)),
            (L.PLAN_LANGUAGE, esc(w.language_name(p.language))),
            (L.N_ORGANISATIONS, esc(w.number(len(self.c.organisations)))),
            (L.N_OBJECTIVES, esc(w.number(self.c.objective_count))),
            (L.N_ACTIONS, esc(w.number(self.c.action_count))),
            (L.TOTAL_BUDGET, self._money(total)),
            (L.EXPORTED, esc(w.moment(self.c.exported))),
            (L.CREATED, esc(w.moment(p.created_at))), (L.UPDATED, esc(w.moment(p.updated_at))),
            (L.IDENTIFIER, esc(p.uuid)),
        ]
        b.table([[Cell(esc(w(label)), head=True), Cell(value or "&nbsp;")]
                 for label, value in facts], space_after=14, padding=4, widths=("30%", "70%"))
        for note in (framework.FRAMEWORK_SOURCE, framework.KEY_FEATURES_NOTE):
            b.para(esc(w.framework(note)), size=SMALL_PT, colour=MUTED)
        return b.text()

    # --- the summary under the temple ------------------------------------------------------------

    def summary_table(self) -> str:
        """Per area: objectives, actions, budget, actions with something missing, status mix."""
        w, b = self.w, Builder(self.w.rtl)
        head = [Cell(esc(w(L.AREA)), head=True)]
        head += [Cell(esc(w(h)), head=True, end=True) for h in
                 (L.OBJECTIVES, L.ACTIONS, L.BUDGET_TOTAL, L.MISSING)]
        head.append(Cell(esc(w(L.STATUS)), head=True))
        rows = []
        sums: list[Any] = [0, 0, ZERO, 0]
        mix: dict[str, int] = defaultdict(int)
        for area in self.c.areas:
            s = self.c.summary.get(area.code)
            if s is None:
                continue
            missing = sum(1 for rows_ in area.actions.values() for a in rows_ if a.missing)
            values = [s.objectives, s.actions, s.budget_total, missing]
            sums = [x + y for x, y in zip(sums, values)]
            for code, n in s.status_counts.items():
                mix[code] += n
            name = esc(w(L.CODED, area.code, w.framework(framework.AREA_BY_CODE[area.code].short)))
            rows.append(self._summary_row(name, values, s.status_counts, bold=False))
        rows.append(self._summary_row(esc(w(L.TOTAL)), sums, mix, bold=True))
        b.table(rows, [head], space_after=0, widths=("22%", "10%", "10%", "15%", "12%", "31%"))
        return b.text()

    def _summary_row(self, name: str, values: list[Any], statuses: dict[str, int],
                     bold: bool) -> list[Cell]:
        w = self.w
        cells = [Cell(name, head=bold)]
        for i, value in enumerate(values):
            text = w.money(value, self.currency, places=0) if i == 2 else w.number(value)
            cells.append(Cell(esc(text), head=bold, end=True))
        shown = [w(L.LABELLED, self._label(Status, code), w.number(n))
                 for code, n in sorted(statuses.items(), key=lambda kv: Status.order(kv[0])) if n]
        cells.append(Cell(esc(" · ".join(shown)) or "&nbsp;", head=bold))
        return cells

    # --- the body ----------------------------------------------------------------------------

    def body(self) -> list[tuple[str, bool]]:
        """The blocks of the body, each (rich text, starts a new page): an area starts a page;
        a heading stays with the action under it (see flow.py)."""
        b = Builder(self.w.rtl)
        for area in self.c.areas:
            known = area.code in framework.PLAN_AREA_CODES
            if not known and not (area.objectives or area.action_count):
                continue
            b.new_page()
            self.area(b, area)
        self.organisations(b)
        b.cut()
        return b.blocks

    def area(self, b: Builder, area: AreaContent) -> None:
        w = self.w
        fill = AREA_FILLS.get(area.code, "#777777")
        b.heading(esc(w(L.CODED, area.code, self.area_name(area.code))), H1_PT, fill=fill,
                  colour=text_on(fill), space_before=0)
        s = self.c.summary.get(area.code)
        facts = [w.objectives(len(area.objectives)), w.actions(area.action_count)]
        if s is not None:
            facts.append(w(L.LABELLED, w(L.BUDGET_TOTAL), w.money(s.budget_total, self.currency)))
            gaps = s.missing_lead + s.missing_indicator + s.missing_budget + s.missing_dates
            if gaps:
                facts.append(w.gaps(gaps))
        level = self.c.levels.get(area.code)
        if level is not None:
            rounded = max(0, min(len(RATING_LEVELS) - 1, round(level)))
            facts.append(w(L.STOCKTAKE, w.vocabulary(RATING_LEVELS[rounded])))
        b.para(" · ".join(esc(f) for f in facts), space_after=8, space_before=3)
        for objective in area.objectives:
            self.objective(b, objective, area.actions.get(objective.id, []))
        loose = area.actions.get(None, [])
        if loose:
            b.heading(esc(w(L.NO_OBJECTIVE)), H2_PT, space_before=10)
            for action in loose:
                self.action(b, action)
        if not area.action_count:
            b.para(esc(w(L.NO_ACTIONS)), colour=MUTED)
        self.area_budget(b, area)
        b.cut()

    def objective(self, b: Builder, objective: ObjectiveRow, actions: list[ActionRow]) -> None:
        w = self.w
        b.heading(esc(w(L.CODED, objective.code, iso(objective.statement))), H2_PT,
                  space_before=10)
        if objective.benefits:
            names = w.join([w(L.CODED, code, self.area_name(code)) for code in objective.benefits])
            b.para(esc(w(L.LABELLED, w(L.BENEFITS), names)), colour=MUTED)
        indicators = self.c.objective_indicators.get(objective.id, [])
        if indicators:
            b.para(f"<b>{esc(w(L.OUTCOME_INDICATORS))}</b>", space_after=2)
            b.add(self.indicator_table(indicators, space_after=8))
        if not actions:
            b.para(esc(w(L.NO_ACTIONS)), colour=MUTED)
        for action in actions:
            self.action(b, action)

    def indicator_table(self, indicators: list[IndicatorRow], space_after: float = 0) -> str:
        """Name (and kind under it), baseline and target with their years, actual, data source."""
        w = self.w
        t = Builder(w.rtl)
        head = [Cell(esc(w(h)), head=True) for h in
                (L.INDICATOR, L.BASELINE, L.TARGET, L.ACTUAL, L.DATA_SOURCE)]
        rows = [[Cell(f"{user(i.name)}<br/><span style=\"color:{MUTED}\">"
                      f"{esc(self._label(IndicatorKind, i.kind))}</span>"),
                 Cell(self._indicator_value(i, i.baseline, i.baseline_year)),
                 Cell(self._indicator_value(i, i.target, i.target_year)),
                 Cell(self._indicator_value(i, i.actual, None)),
                 Cell(user(i.source))] for i in indicators]
        t.table(rows, [head], space_after=space_after, widths=("30%", "17%", "17%", "12%", "24%"))
        return t.text()

    def budget_table(self, action: ActionRow) -> str:
        w = self.w
        t = Builder(w.rtl)
        head = [Cell(esc(w(h)), head=True, end=h == L.AMOUNT) for h in
                (L.YEAR, L.FUNDING_SOURCE, L.CONFIRMED_OR_EXPECTED, L.AMOUNT)]
        rows = [[Cell(esc(w.year(line.year))), Cell(esc(self._label(FundingSource, line.source))),
                 Cell(esc(w(L.CONFIRMED if line.confirmed else L.EXPECTED))),
                 Cell(self._money(line.amount), end=True)]
                for line in self.c.budget.get(action.id, [])]
        t.table(rows, [head], space_after=0, widths=("12%", "30%", "33%", "25%"))
        return t.text()

    def action(self, b: Builder, a: ActionRow) -> None:
        """One action as one table: its title is the header row, repeated if the page turns."""
        w = self.w
        fill = tint(AREA_FILLS.get(a.area, "#777777"), 0.3)
        heading = esc(w(L.CODED, a.code, iso(a.title)))
        title = [Cell(f'<span style="font-size:{H3_PT}pt"><b>{heading}</b></span>', span=4,
                      fill=fill)]

        def label(source: str) -> Cell:
            return Cell(esc(w(source)), width="19%", colour=MUTED)

        def value(text: str, end: bool = False) -> Cell:
            return Cell(text or self._not_set(), width="31%", end=end)

        lines = self.c.budget.get(a.id, [])
        sources = sorted({line.source for line in lines}, key=FundingSource.order)
        rows = [
            [label(L.LEAD), value(user(a.lead_name)),
             label(L.STATUS), value(esc(self._label(Status, a.status)))],
            [label(L.START), value(esc(w.date(a.start_date))),
             label(L.END), value(esc(w.date(a.end_date)))],
            [label(L.PERCENT), value(esc(w.percent(a.percent))),
             label(L.PRIORITY), value(esc(w.number(a.priority)))],
            [label(L.BUDGET_TOTAL), value(self._money(a.budget_total) if lines else ""),
             label(L.FUNDING_SOURCES),
             value(esc(w.join([self._label(FundingSource, s) for s in sources])) or "&nbsp;")],
        ]

        def wide(source: str, html_text: str) -> None:
            rows.append([label(source), Cell(html_text, span=3)])

        for source, text in ((L.DESCRIPTION, a.description), (L.TARGET_GROUPS, a.target_groups)):
            if text.strip():
                wide(source, user(text))
        if a.municipal_role:  # the municipality's own part in it (Cork's plan carries it)
            wide(L.MUNICIPAL_ROLE, esc(self._label(MunicipalRole, a.municipal_role)))
        if a.partners:
            wide(L.PARTNERS, "<br/>".join(
                esc(w(L.WITH_ROLE, iso(p.name), self._label(Role, p.role))) for p in a.partners))
        indicators = self.c.action_indicators.get(a.id, [])
        wide(L.INDICATORS, self.indicator_table(indicators) if indicators else self._not_set())
        if lines:
            wide(L.BUDGET, self.budget_table(a))
        if a.key_features:
            wide(L.KEY_FEATURES, "<br/>".join(self._key_feature(k) for k in a.key_features))
        if a.guideline_areas:
            wide(L.GUIDELINE_AREAS, "<br/>".join(self._guideline(g) for g in a.guideline_areas))
        for source, text in ((L.NOTES, a.notes), (L.RISKS, a.risks)):
            if text.strip():
                wide(source, user(text))
        b.table(rows, [title], space_after=10)
        b.cut()

    def area_budget(self, b: Builder, area: AreaContent) -> None:
        """Year × funding source, with totals: every line of the area's actions, whatever year."""
        w = self.w
        cells: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
        confirmed = expected = ZERO
        for rows in area.actions.values():
            for action in rows:
                for line in self.c.budget.get(action.id, []):
                    cells[line.year][line.source] += line.amount
                    if line.confirmed:
                        confirmed += line.amount
                    else:
                        expected += line.amount
        if not cells:
            return
        sources = sorted({s for by_source in cells.values() for s in by_source},
                         key=FundingSource.order)
        b.heading(esc(w(L.AREA_BUDGET)), H3_PT, space_before=6)
        head = [Cell(esc(w(L.YEAR)), head=True)]
        head += [Cell(esc(self._label(FundingSource, s)), head=True, end=True) for s in sources]
        head.append(Cell(esc(w(L.TOTAL)), head=True, end=True))
        rows = []
        column_totals: dict[str, Decimal] = defaultdict(Decimal)
        for year in sorted(cells):
            row = [Cell(esc(w.year(year)))]
            for s in sources:
                amount = cells[year].get(s, ZERO)
                column_totals[s] += amount
                row.append(Cell(self._whole(amount) if amount else "", end=True))
            row.append(Cell(f"<b>{self._whole(sum(cells[year].values(), ZERO))}</b>", end=True))
            rows.append(row)
        total = [Cell(esc(w(L.TOTAL)), head=True)]
        total += [Cell(self._whole(column_totals[s]), head=True, end=True) for s in sources]
        total.append(Cell(self._whole(confirmed + expected), head=True, end=True))
        rows.append(total)
        b.add(f'<div style="font-size:{SMALL_PT}pt">')
        b.table(rows, [head], space_after=4)
        b.add("</div>")
        split = " · ".join((
            w(L.LABELLED, w(L.TOTAL_CONFIRMED), w.money(confirmed, self.currency)),
            w(L.LABELLED, w(L.TOTAL_EXPECTED), w.money(expected, self.currency))))
        b.para(esc(split), size=SMALL_PT, colour=MUTED)

    def organisations(self, b: Builder) -> None:
        """The register: who leads and partners in what (contact details stay in the file)."""
        w = self.w
        if not self.c.organisations:
            return
        b.new_page()
        b.heading(esc(w(L.ORGANISATIONS)), H1_PT, space_before=0)
        b.para(esc(w(L.PERSONAL_DATA)), size=SMALL_PT, colour=MUTED)
        links = self.c.leads_and_partners()
        head = [Cell(esc(w(h)), head=True) for h in
                (L.ORGANISATION, L.SECTOR, L.LEADS, L.PARTNER_IN, L.NOTES)]
        rows = []
        for org in self.c.organisations:
            leads, partners = links.get(org.id, ([], []))
            rows.append([Cell(user(org.name)),
                         Cell(esc(self._label(Sector, org.sector)) if org.sector else "&nbsp;"),
                         Cell(esc(w.join(leads)) or "&nbsp;"),
                         Cell(esc(w.join(partners)) or "&nbsp;"),
                         Cell(user(org.notes) or "&nbsp;")])
        b.table(rows, [head], widths=("28%", "16%", "14%", "18%", "24%"))
