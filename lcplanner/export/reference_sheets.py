"""The workbook's reference sheets: timeline, indicators, budget lines, budget by area and the
organisations register.

The timeline prints by quarter (by year for plans over five years) with every header whole and a
white line between neighbouring bars.  The indicators sheet holds every indicator: an objective's
outcome indicators as well as the actions' own.  Budget totals are formulas over the lines (with
their values, :mod:`.formulas`), so an amount edited in the workbook moves every total; a line
outside the plan period is listed and counted, never lost.  Contact persons' phones and e-mails
are personal data: only with ``contacts``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter

from ..core import fingerprint as fp
from ..core import framework
from ..core.vocab import FundingSource, IndicatorKind, Role, Sector
from . import labels as L
from .formulas import Cached
from .styles import BAR_BORDER, BOLD, TOP, WRAP

if TYPE_CHECKING:
    from .workbook import WorkplanWriter

ZERO = Decimal("0.00")


def _periods(w: WorkplanWriter) -> list[tuple[dt.date, dt.date, str]]:
    plan = w.data.plan
    years = plan.period_end - plan.period_start + 1
    periods: list[tuple[dt.date, dt.date, str]] = []
    for year in range(plan.period_start, plan.period_end + 1):
        if years > 5:
            periods.append((dt.date(year, 1, 1), dt.date(year, 12, 31), str(year)))
            continue
        for k in range(4):
            start = dt.date(year, 3 * k + 1, 1)
            end = dt.date(year + 1, 1, 1) if k == 3 else dt.date(year, 3 * k + 4, 1)
            label = w.e(L.QUARTER).replace("%1", str(k + 1)).replace("%2", str(year))
            periods.append((start, end - dt.timedelta(days=1), label))
    return periods


def timeline(w: WorkplanWriter, name: str) -> None:
    periods = _periods(w)
    ws = w.new_sheet(name, (9, 30, 11, 11, *([6] * len(periods))))
    ws.freeze_panes = "E2"
    w.header_row(ws, [*(w.e(h) for h in L.TIMELINE_COLUMNS), *(p[2] for p in periods)])
    fills = {code: PatternFill("solid", fgColor=colour) for code, colour in L.AREA_COLOURS.items()}
    bar_styles = {code: w.cell(ws, None, fill=fill, border=BAR_BORDER)._style
                  for code, fill in fills.items()}  # one shared style per area: no per-cell work
    for code, title, first, last, area in w.data.timeline():
        row = [w.cell(ws, code), w.cell(ws, title),
               w.cell(ws, first, fmt=w.date_format, align=TOP),
               w.cell(ws, last, fmt=w.date_format, align=TOP)]
        style = bar_styles.get(area)
        for start, end, _label in periods:
            if first is not None and last is not None and first <= end and last >= start \
                    and style is not None:
                bar = WriteOnlyCell(ws)
                bar._style = style
                row.append(bar)
            else:
                row.append(None)
        w.fit_next_row(ws, [code, title])
        w.append(ws, row)
        w._tick()
    w.append(ws, [])
    w.append(ws, [w.cell(ws, w.e(L.LEGEND), font=BOLD)])
    for area in framework.PLAN_AREAS:
        w.append(ws, [w.cell(ws, area.code, fill=fills[area.code]),
                      w.cell(ws, w.area_name(area.code))])


# What each column of the Indicators, Budget and Organisations sheets holds (the round trip).
INDICATOR_FIELDS = ("owner", "owner_title", "name", "kind", "unit", "baseline", "baseline_year",
                    "target", "target_year", "actual", "source", "measures", "uuid")
BUDGET_FIELDS = ("action", "title", "area", "year", "source", "confirmed", "amount", "spent",
                 "uuid")
ORGANISATION_FIELDS = ("name", "sector", "leads", "partner_in", "notes")
CONTACT_FIELDS = ("contact_person", "email", "phone")


def fp_measure(value: str | None) -> str:
    return "" if value is None else fp.number_text(value)


def indicators(w: WorkplanWriter, name: str) -> None:
    ws = w.new_sheet(name, (9, 28, 30, 11, 8, 10, 9, 10, 9, 10, 20, 14, 38))
    ws.freeze_panes = "C2"
    ws.column_dimensions[get_column_letter(len(L.INDICATOR_COLUMNS))].hidden = True
    w.header_row(ws, [w.e(h) for h in L.INDICATOR_COLUMNS])
    w.prints.sheet("indicators", name, "indicator", list(INDICATOR_FIELDS), w._headers)
    count = 0
    yes, no = w.e(L.YES), w.e(L.NO)
    measures = {True: w.e(L.OUTCOME), False: w.e(L.OUTPUT)}

    def val(v: str | None, numeric: bool, kind: str) -> Any:
        if v is None:
            return None
        if numeric:
            try:
                return float(Decimal(v))
            except ArithmeticError:
                return v
        if kind == IndicatorKind.YES_NO.value:
            return yes if v == "yes" else no
        return v

    for (code, title, ind_name, kind, unit, baseline, baseline_year, target, target_year, actual,
         source, uuid, of_objective) in w.data.all_indicators():
        numeric = IndicatorKind.is_numeric(kind)
        w.prints.add("indicator", uuid, {
            "owner": code, "name": ind_name, "kind": kind, "unit": unit,
            "baseline": fp_measure(baseline), "baseline_year": baseline_year,
            "target": fp_measure(target), "target_year": target_year,
            "actual": fp_measure(actual), "source": source})
        values = [code, title, ind_name, w.label(IndicatorKind, kind), unit,
                  val(baseline, numeric, kind), baseline_year, val(target, numeric, kind),
                  target_year, val(actual, numeric, kind), source, measures[bool(of_objective)],
                  uuid]
        w.fit_next_row(ws, values[:-1])
        w.append(ws, [w.cell(ws, v, fmt="0" if i in (6, 8) and v is not None else None)
                      for i, v in enumerate(values)])  # the base format: top, wrapped
        count += 1
        w._tick()
    ws.print_area = f"A1:{get_column_letter(len(L.INDICATOR_COLUMNS) - 1)}{count + 1}"
    w.add_table(ws, "Indicators", len(L.INDICATOR_COLUMNS), count)


def budget(w: WorkplanWriter, name: str) -> None:
    """Every budget line (the round trip's rows), then totals per year, confirmed, expected and
    in all as formulas over the lines; lines outside the plan period are named under them."""
    ws = w.new_sheet(name, (9, 34, 8, 7, 20, 16, 16, 16, 38))
    ws.freeze_panes = "C2"
    ws.column_dimensions["I"].hidden = True
    w.header_row(ws, [w.e(h) for h in L.BUDGET_COLUMNS])
    w.prints.sheet("budget", name, "budget", list(BUDGET_FIELDS), w._headers)
    count = 0
    confirmed = expected = spent_total = ZERO
    per_year: dict[int, Decimal] = defaultdict(Decimal)
    plan = w.data.plan
    outside: set[int] = set()
    kinds_text = {True: w.e(L.CONFIRMED), False: w.e(L.EXPECTED)}
    money = w.money_format
    for code, title, area, year, source, is_confirmed, amount, spent, uuid in w.data.budget():
        w.prints.add("budget", uuid, {"action": code, "year": year, "source": source,
                                      "confirmed": bool(is_confirmed), "amount": amount,
                                      "spent": spent})
        w.append(ws, [w.cell(ws, code), w.cell(ws, title), area, year,
                      w.label(FundingSource, source), kinds_text[bool(is_confirmed)],
                      w.cell(ws, amount, fmt=money),
                      w.cell(ws, spent, fmt=money) if spent is not None else None, uuid])
        count += 1
        spent_total += spent or ZERO
        per_year[year] += amount
        w.pivot[(area, year, source)] = w.pivot.get((area, year, source), ZERO) + amount
        if not plan.period_start <= year <= plan.period_end:
            outside.add(year)
        if is_confirmed:
            confirmed += amount
        else:
            expected += amount
        w._tick()
    w.add_table(ws, "Budget", len(L.BUDGET_COLUMNS), count)
    last = count + 1
    amounts, years, kinds = f"$G$2:$G${last}", f"$D$2:$D${last}", f"$F$2:$F${last}"
    w.append(ws, [])
    for year in sorted(per_year):
        w.append(ws, [None, w.cell(ws, w.e(L.TOTAL_YEAR).replace("%1", str(year)), font=BOLD),
                      None, None, None, None, w.cell(ws, Cached(
                          f"=SUMIFS({amounts},{years},{year})", per_year[year]),
                          fmt=w.money_format)])
    for label, amount, kind in ((L.TOTAL_CONFIRMED, confirmed, L.CONFIRMED),
                                (L.TOTAL_EXPECTED, expected, L.EXPECTED), (L.TOTAL, None, None)):
        formula = f"=SUMIFS({amounts},{kinds},\"{_text(w.e(kind))}\")" if kind \
            else f"=SUM({amounts})"
        value = amount if amount is not None else confirmed + expected
        cells = [None, w.cell(ws, w.e(label), font=BOLD), None, None, None, None,
                 w.cell(ws, Cached(formula, value), fmt=w.money_format, font=BOLD)]
        if kind is None:  # the whole: what was spent of it beside
            cells.append(w.cell(ws, Cached(f"=SUM($H$2:$H${last})", spent_total),
                                fmt=w.money_format, font=BOLD))
        w.append(ws, cells)
    for year in sorted(outside):
        w.append(ws, [None, w.cell(ws, w.e(L.OUTSIDE_PERIOD).replace("%1", str(year)).replace(
            "%2", str(plan.period_start)).replace("%3", str(plan.period_end)), align=WRAP)])
    ws.print_area = f"A1:H{ws._lc_rows}"


def _text(label: str) -> str:
    """A label inside a formula's string: quotes doubled."""
    return label.replace('"', '""')


def budget_by_area(w: WorkplanWriter, name: str) -> None:
    """Area × year × funding source, from the Budget sheet's lines by SUMIFS, with the whole
    plan per year and the municipality's share of it."""
    years = w.data.budget_years()
    ws = w.new_sheet(name, (8, 26, 22, *([14] * len(years)), 15))
    ws.freeze_panes = "D2"
    headers = [w.e(h) for h in L.BUDGET_AREA_COLUMNS]
    headers += [w.e(L.BUDGET_YEAR).replace("%1", str(y)) for y in years] + [w.e(L.TOTAL)]
    w.header_row(ws, headers)
    lines = w.sheet_names["budget"]
    ref = "'" + lines.replace("'", "''") + "'!"
    cols = [get_column_letter(4 + i) for i in range(len(years))]
    total_col = get_column_letter(4 + len(years))
    used = {(area, source) for area, _y, source in w.pivot}
    rows = 0

    def row(area: str | None, source: str | None, label: str, area_name: str,
            font: Any = None) -> None:
        nonlocal rows
        r = ws._lc_rows + 1
        cells = [w.cell(ws, area or "", font=font, align=TOP),
                 w.cell(ws, area_name, font=font, align=WRAP), w.cell(ws, label, font=font)]
        total = ZERO
        for col, year in zip(cols, years):
            terms = [f"{ref}$G:$G", f"{ref}$D:$D", str(year)]
            if area:
                terms += [f"{ref}$C:$C", f'"{area}"']
            if source:
                terms += [f"{ref}$E:$E", f'"{_text(w.label(FundingSource, source))}"']
            value = sum((v for (a, y, s), v in w.pivot.items()
                         if y == year and (area is None or a == area)
                         and (source is None or s == source)), ZERO)
            total += value
            cells.append(w.cell(ws, Cached(f"=SUMIFS({','.join(terms)})", value),
                                fmt=w.money_format, font=font))
        cells.append(w.cell(ws, Cached(f"=SUM({cols[0]}{r}:{cols[-1]}{r})", total),
                            fmt=w.money_format, font=font))
        w.append(ws, cells)
        rows += 1

    for area in framework.PLAN_AREAS:
        sources = [f.value for f in FundingSource if (area.code, f.value) in used]
        for source in sources:
            row(area.code, source, w.label(FundingSource, source), w.area_name(area.code))
        if sources:
            row(area.code, None, w.e(L.ALL_SOURCES), w.area_name(area.code), BOLD)
    whole = ws._lc_rows + 1
    row(None, None, w.e(L.ALL_SOURCES), w.e(L.TOTAL), BOLD)
    municipal = ws._lc_rows + 1
    row(None, FundingSource.MUNICIPAL.value, w.label(FundingSource, FundingSource.MUNICIPAL),
        w.e(L.TOTAL), BOLD)
    share = [w.cell(ws, ""), w.cell(ws, w.e(L.MUNICIPAL_SHARE), font=BOLD), None]
    for col, year in zip([*cols, total_col], [*years, None]):
        all_money = sum((v for (_a, y, _s), v in w.pivot.items() if year is None or y == year), ZERO)
        own = sum((v for (_a, y, s), v in w.pivot.items()
                   if (year is None or y == year) and s == FundingSource.MUNICIPAL.value), ZERO)
        cached = float(own / all_money) if all_money else 0.0
        share.append(w.cell(ws, Cached(f"=IF({col}{whole}=0,0,{col}{municipal}/{col}{whole})",
                                       cached), fmt="0%", font=BOLD))
    w.append(ws, share)
    w.add_table(ws, "BudgetByArea", len(headers), rows - 2)


def organisations(w: WorkplanWriter, name: str) -> None:
    d = w.data
    contacts = w.contacts
    widths = [34, 18, 20, 34, 34] + ([20, 26, 16] if contacts else []) + [38]
    ws = w.new_sheet(name, widths)
    ws.freeze_panes = "B2"
    ws.column_dimensions[get_column_letter(len(widths))].hidden = True
    headers = [w.e(h) for h in L.ORGANISATION_COLUMNS]
    fields = list(ORGANISATION_FIELDS)
    if contacts:
        headers += [w.e(h) for h in L.CONTACT_COLUMNS]
        fields += CONTACT_FIELDS
    headers.append(w.e(L.ID_COLUMN))
    w.header_row(ws, headers)
    w.prints.sheet("organisations", name, "organisation", [*fields, "uuid"], w._headers)
    for org, leads, partners in d.organisation_links():  # a chunk of the register at a time
        partner_in = ", ".join(f"{code} ({w.label(Role, role)})" for code, role in partners)
        values = [org.name, w.label(Sector, org.sector), ", ".join(leads), partner_in, org.notes]
        if contacts:
            values += [org.contact_person, org.email, org.phone]
        known = fp.organisation_values(org)
        if not contacts:  # not in the workbook: "-" in the record, never compared
            known = {k: v for k, v in known.items() if k not in CONTACT_FIELDS}
        w.prints.add("organisation", org.uuid, known)
        w.fit_next_row(ws, values)
        w.append(ws, [w.cell(ws, v, align=WRAP) for v in values] + [org.uuid])
    w.add_table(ws, "Organisations", len(headers), len(d.organisations))
