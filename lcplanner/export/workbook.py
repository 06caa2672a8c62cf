"""The Excel workplan (openpyxl, write-only mode): cover, summary, one sheet per building block,
the fundamental conditions, timeline, indicators, budget and organisations.

Cells are typed: dates are dates, amounts numbers with the plan's currency format, percentages
percentages, counts integers.  User text goes through :class:`safe.Cleaner` and is never a formula.
Every sheet is print-ready (landscape, fit to width, header rows repeated, header and footer).
Rows are streamed both ways: read from a working copy of the plan a chunk at a time
(:class:`ExportData`) and written in openpyxl's write-only mode, so memory does not grow with the
plan (a 100,000-action plan exports in well under 300 MB).
"""

from __future__ import annotations

import datetime as dt
import warnings
from copy import copy
from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from ..core import framework
from ..core.vocab import FundingSource, IndicatorKind, Role, Sector, Status
from ..i18n import Texts
from . import labels as L
from . import workshop_sheets
from .data import ExportData
from .safe import FORMULA_STARTS, Cleaner, header_footer_text, needs_quote, sheet_title

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F4F6F")
TITLE_FONT = Font(bold=True, size=16)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
Progress = Callable[[int, int], None]
# Workplan columns whose text is short: no wrap style (unstyled cells are openpyxl's fast path).
SHORT = frozenset({"code", "status", "key_features", "uuid"})


class WorkplanWriter:
    """Builds one workbook from ExportData in a language; call :meth:`write` then save."""

    def __init__(self, data: ExportData, lang: str, progress: Progress | None = None) -> None:
        self.data = data
        self.t = Texts(lang)
        self.lang = self.t.lang
        self.clean = Cleaner()
        self.wb = Workbook(write_only=True)
        self.taken: set[str] = set()
        self.tables: set[str] = set()
        self.progress = progress or (lambda done, total: None)
        self.date_format = L.date_format(lang)
        self.money_format = L.money_format(data.plan.currency)
        self._done = 0
        self._headers: list[str] = []
        self._styles: dict[tuple[Any, ...], Any] = {}
        self._vocab: dict[Any, str] = {}
        self._total = 20  # set from the plan's counts when write() has opened the working copy

    # --- small helpers ---------------------------------------------------------------------------

    def e(self, text: str, n: int = -1) -> str:
        """An export label in the export language."""
        return self.t(L.CONTEXT, text, n)

    def label(self, vocabulary: Any, code: object) -> str:
        """The label of a stored code; an unknown code a file brought along is kept as it is."""
        member = vocabulary.member(code)
        return self.vocab(member) if member is not None else str(code or "")

    def vocab(self, member: Any) -> str:
        """A status, sector, role... in the export language (looked up once per member)."""
        label = self._vocab.get(member)
        if label is None:
            label = self._vocab[member] = self.t("Vocabulary", member.source_label)
        return label

    def area_name(self, code: str) -> str:
        return self.t("Framework", framework.AREA_BY_CODE[code].name)

    def _tick(self, amount: int = 1) -> None:
        self._done += amount
        if self._done % 200 < amount or self._done >= self._total:
            self.progress(min(self._done, self._total), self._total)

    def cell(self, ws: Any, value: Any, fmt: str | None = None, font: Font | None = None,
             align: Alignment | None = None, fill: PatternFill | None = None) -> Any:
        """A typed cell; text is cleaned and, when it looks like a formula, kept literal.

        Unstyled plain values go to openpyxl as they are (its fast path); styled cells copy a
        style prepared once per combination instead of hashing style objects for every cell.
        """
        if isinstance(value, str):
            value = self.clean.text(value)
        elif isinstance(value, Decimal):
            value = float(value)
        literal = isinstance(value, str) and value.startswith(("=", *FORMULA_STARTS))
        styled = fmt or font or align or fill
        if not styled and not literal:
            return value
        c = WriteOnlyCell(ws, value)
        if literal:
            c.data_type = "s"  # never a formula, whatever the text starts with
        if styled or literal:
            c._style = copy(self._style(ws, fmt, font, align, fill, literal and needs_quote(value)))
        return c

    def _style(self, ws: Any, fmt: str | None, font: Font | None, align: Alignment | None,
               fill: PatternFill | None, quote: bool) -> Any:
        key = (fmt, id(font), id(align), id(fill), quote)
        style = self._styles.get(key)
        if style is None:
            template = WriteOnlyCell(ws)
            if fmt:
                template.number_format = fmt
            if font:
                template.font = font
            if align:
                template.alignment = align
            if fill:
                template.fill = fill
            if quote:
                template.quotePrefix = True
            style = self._styles[key] = template._style
        return style

    def new_sheet(self, name: str, widths: Iterable[float], paper: str = "9") -> Any:
        """A sheet with column widths and print settings (paper "9" is A4, "8" is A3)."""
        ws = self.wb.create_sheet(sheet_title(name, self.taken))
        ws._lc_widths = list(widths)
        for i, width in enumerate(ws._lc_widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        self._print_setup(ws)
        ws.page_setup.paperSize = paper
        return ws

    @staticmethod
    def append(ws: Any, cells: list[Any]) -> None:
        """Append a row, counting rows (a streamed sheet does not know its own length).

        The row is written out at once, with the height :meth:`fit_next_row` gave it; that
        height is then dropped, or a big plan would keep one object per row until saving.
        """
        ws.append(cells)
        ws._lc_rows = getattr(ws, "_lc_rows", 0) + 1
        ws.row_dimensions.pop(ws._lc_rows, None)

    def fit_next_row(self, ws: Any, values: Iterable[Any], line_height: float = 15.0) -> None:
        """Give the row about to be appended a height for its wrapped text.

        Spreadsheets do not always re-measure rows on opening (LibreOffice does not), so a
        height is written: one line per column width of characters, at most Excel's 409 pt.
        """
        lines = 1
        for value, width in zip(values, ws._lc_widths):
            if isinstance(value, str) and value:
                per_line = max(4, int(width * 1.15))
                count = sum(max(1, -(-len(part) // per_line)) for part in value.split("\n"))
                lines = max(lines, count)
        if lines > 1:
            ws.row_dimensions[getattr(ws, "_lc_rows", 0) + 1].height = min(409.0, lines * line_height)

    def _print_setup(self, ws: Any, title_rows: str | None = "1:1") -> None:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"  # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = False
        if title_rows:
            ws.print_title_rows = title_rows
        ws.oddHeader.center.text = header_footer_text(self.data.plan.title)
        ws.oddHeader.right.text = "&A"  # the sheet's name
        ws.oddFooter.left.text = header_footer_text(self.data.plan.city)
        ws.oddFooter.right.text = self.e(L.PAGE_FOOTER)

    def header_row(self, ws: Any, titles: Iterable[str]) -> None:
        self._headers = [self.clean.text(t) for t in titles]
        self.append(ws, [self.cell(ws, t, font=HEADER_FONT, fill=HEADER_FILL, align=WRAP)
                   for t in self._headers])

    def add_table(self, ws: Any, name: str, columns: int, rows: int, first_row: int = 1) -> None:
        """An Excel Table (filters, banded rows) over the last header row and ``rows`` data rows."""
        if rows < 1:
            return  # Excel refuses a table without a data row
        display = name
        n = 2
        while display in self.tables:
            display, n = f"{name}{n}", n + 1
        self.tables.add(display)
        ref = f"A{first_row}:{get_column_letter(columns)}{first_row + rows}"
        table = Table(displayName=display, ref=ref, autoFilter=AutoFilter(ref=ref))
        names: list[str] = []
        for i, header in enumerate(self._headers[:columns], start=1):
            unique, n = header or f"Column{i}", 2
            while unique.casefold() in {x.casefold() for x in names}:
                unique, n = f"{header} {n}", n + 1
            names.append(unique)
        table.tableColumns = [TableColumn(id=i, name=n) for i, n in enumerate(names, start=1)]
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        with warnings.catch_warnings():  # "add table columns manually": done just above
            warnings.simplefilter("ignore", UserWarning)
            ws.add_table(table)

    def discard(self) -> None:
        """Close the streamed sheets of a workbook that will not be saved (after an error)."""
        for ws in self.wb.worksheets:
            try:
                ws.close()
            except Exception:  # noqa: BLE001 - a half-written sheet may fail to close; ignore
                pass

    # --- the workbook ----------------------------------------------------------------------------

    def write(self) -> Workbook:
        """Write every sheet from one working copy of the plan (removed at the end, also on error)."""
        with self.data.open() as d:
            self.money_format = L.money_format(d.plan.currency)
            self._total = len(d.actions) * 3 + len(d.indicators) + len(d.budget_lines) + 20
            self.cover()
            self.summary()
            for area in framework.BUILDING_BLOCKS:
                self.workplan_sheet(f"{area.code} {self.t('Framework', area.short)}", {area.code})
            self.workplan_sheet(self.e(L.SHEET_CONDITIONS), {a.code for a in framework.CONDITIONS})
            self.timeline()
            self.indicators()
            self.budget()
            self.organisations()
            workshop_sheets.stocktake(self)
            workshop_sheets.ideas(self)
            self.progress(self._total, self._total)
        return self.wb

    def cover(self) -> None:
        plan, d = self.data.plan, self.data
        ws = self.new_sheet(self.e(L.SHEET_COVER), (26, 90))
        self.append(ws, [self.cell(ws, plan.title, font=TITLE_FONT)])
        self.append(ws, [])
        total = sum((s.budget_total for s in d.summary), Decimal("0.00"))
        values = {
            "city": plan.city, "country": plan.country, "vision": plan.vision,
            "period": f"{plan.period_start}–{plan.period_end}",
            "exported": dt.date.today(), "actions": len(d.actions), "budget": total,
            "framework": self.t("Framework", framework.FRAMEWORK_SOURCE),
            "prompts": self.t("Framework", framework.KEY_FEATURES_NOTE),
        }
        formats = {"exported": self.date_format, "actions": "0", "budget": self.money_format}
        for key, label in L.COVER_ROWS:
            self.fit_next_row(ws, [self.e(label), values[key]])
            self.append(ws, [self.cell(ws, self.e(label), font=BOLD, align=TOP),
                       self.cell(ws, values[key], fmt=formats.get(key), align=WRAP)])

    def summary(self) -> None:
        d = self.data
        years = list(range(d.plan.period_start, d.plan.period_end + 1))
        statuses = list(Status)
        headers = [self.e(h) for h in L.SUMMARY_COLUMNS]
        headers += [self.e(L.BUDGET_YEAR).replace("%1", str(y)) for y in years]
        headers += [self.e(L.SUMMARY_TAIL[0])] + [self.vocab(s) for s in statuses]
        headers += [self.e(L.SUMMARY_TAIL[1])]
        ws = self.new_sheet(self.e(L.SHEET_SUMMARY),
                            (8, 40, 11, 10, *([15] * len(years)), 16, *([11] * len(statuses)), 14))
        ws.freeze_panes = "C2"
        self.header_row(ws, headers)
        totals: list[Any] = [0, 0, *([Decimal("0.00")] * len(years)), Decimal("0.00"),
                             *([0] * len(statuses)), 0]
        for s in d.summary:
            numbers: list[Any] = [s.objectives, s.actions,
                                  *(s.budget_by_year.get(y, Decimal("0.00")) for y in years),
                                  s.budget_total, *(s.status_counts.get(st.value, 0) for st in statuses),
                                  d.gaps.get(s.area, 0)]
            totals = [a + b for a, b in zip(totals, numbers)]
            self.append(ws, self._summary_row(ws, [s.area, self.area_name(s.area)], numbers, len(years)))
        self.append(ws, self._summary_row(ws, [self.e(L.TOTAL), ""], totals, len(years), BOLD))
        self.add_table(ws, "Summary", len(headers), len(d.summary))

    def _summary_row(self, ws: Any, head: list[str], numbers: list[Any], n_years: int,
                     font: Font | None = None) -> list[WriteOnlyCell]:
        cells = [self.cell(ws, v, font=font) for v in head]
        for i, value in enumerate(numbers):
            money = 2 <= i <= 2 + n_years
            cells.append(self.cell(ws, value, fmt=self.money_format if money else "0", font=font))
        return cells

    def workplan_sheet(self, name: str, areas: set[str]) -> None:
        d = self.data
        ws = self.new_sheet(name, (w for _k, _l, w in L.WORKPLAN_COLUMNS), paper="8")
        uuid_col = get_column_letter(len(L.WORKPLAN_COLUMNS))
        ws.column_dimensions[uuid_col].hidden = True
        ws.freeze_panes = "D2"
        self.header_row(ws, [self.e(label) for _k, label, _w in L.WORKPLAN_COLUMNS])
        rows = 0
        status_labels = [self.vocab(s) for s in Status]
        for action in d.workplan_actions(areas):
            objective = action.objective
            sources = sorted(action.sources, key=FundingSource.order)
            values = {
                "code": action.code,
                "objective": f"{objective[0]} {objective[1]}" if objective
                else self.e(L.NO_OBJECTIVE),
                "title": action.title, "description": action.description,
                "target_groups": action.target_groups, "lead": action.lead_name,
                "partners": "\n".join(f"{name} ({self.label(Role, role)})"
                                      for name, role in action.partners),
                "start": action.start_date, "end": action.end_date, "budget": action.budget_total,
                "sources": ", ".join(self.label(FundingSource, s) for s in sources),
                "indicators": "\n".join(self._indicator_line(i) for i in action.indicators),
                "status": self.label(Status, action.status),
                "percent": action.percent / 100, "priority": action.priority,
                "key_features": ", ".join(action.key_features), "notes": action.notes,
                "uuid": action.uuid,
            }
            formats = {"start": self.date_format, "end": self.date_format,
                       "budget": self.money_format, "percent": "0%", "priority": "0"}
            self.fit_next_row(ws, [values[key] if key != "uuid" else "" for key, _l, _w in
                                   L.WORKPLAN_COLUMNS])
            self.append(ws, [self.cell(ws, values[key], fmt=formats.get(key),
                                       align=TOP if key in formats else
                                       (None if key in SHORT else WRAP))
                             for key, _label, _w in L.WORKPLAN_COLUMNS])
            rows += 1
            self._tick()
        if not rows:
            self.append(ws, [self.cell(ws, self.e(L.NO_ACTIONS))])
        columns = len(L.WORKPLAN_COLUMNS)
        self.add_table(ws, "Workplan" + "".join(sorted(areas)), columns, rows)
        status_col = get_column_letter([k for k, _l, _w in L.WORKPLAN_COLUMNS].index("status") + 1)
        validation = DataValidation(type="list", formula1='"' + ",".join(
            label.replace('"', "'").replace(",", " ") for label in status_labels) + '"',
            allow_blank=True, showErrorMessage=True)
        validation.add(f"{status_col}2:{status_col}{max(2, rows + 1)}")
        ws.data_validations.append(validation)

    def _indicator_line(self, ind: Any) -> str:
        def value(v: str | None) -> str:
            if v is None:
                return "…"
            if ind.kind == IndicatorKind.YES_NO.value:
                return self.e(L.YES) if v == "yes" else self.e(L.NO)
            return v

        unit = f" {ind.unit}" if ind.unit else ""
        return f"{ind.name}: {value(ind.baseline)} → {value(ind.target)}{unit}"

    def timeline(self) -> None:
        plan = self.data.plan
        by_quarter = plan.period_end - plan.period_start + 1 > 3
        periods: list[tuple[dt.date, dt.date, str]] = []
        for year in range(plan.period_start, plan.period_end + 1):
            steps = 4 if by_quarter else 12
            for k in range(steps):
                first_month = k * (12 // steps) + 1
                start = dt.date(year, first_month, 1)
                last_month = first_month + 12 // steps
                end = dt.date(year + 1, 1, 1) if last_month > 12 else dt.date(year, last_month, 1)
                label = (self.e(L.QUARTER).replace("%1", str(k + 1)).replace("%2", str(year))
                         if by_quarter else f"{first_month:02d}.{year}")
                periods.append((start, end - dt.timedelta(days=1), label))
        ws = self.new_sheet(self.e(L.SHEET_TIMELINE), (11, 40, 12, 12, *([6 if not by_quarter else 8]
                                                                       * len(periods))))
        ws.freeze_panes = "E2"
        self.header_row(ws, [*(self.e(h) for h in L.TIMELINE_COLUMNS), *(p[2] for p in periods)])
        fills = {code: PatternFill("solid", fgColor=colour) for code, colour in L.AREA_COLOURS.items()}
        for code, title, first, last, area in self.data.timeline():
            row = [self.cell(ws, code), self.cell(ws, title),
                   self.cell(ws, first, fmt=self.date_format),
                   self.cell(ws, last, fmt=self.date_format)]
            for start, end, _label in periods:
                active = (first is not None and last is not None
                          and first <= end and last >= start)
                row.append(self.cell(ws, None, fill=fills[area] if active else None))
            self.append(ws, row)
            self._tick()
        self.append(ws, [])
        self.append(ws, [self.cell(ws, self.e(L.LEGEND), font=BOLD)])
        for area in framework.PLAN_AREAS:
            self.append(ws, [self.cell(ws, area.code, fill=fills[area.code]),
                       self.cell(ws, self.area_name(area.code))])

    def indicators(self) -> None:
        ws = self.new_sheet(self.e(L.SHEET_INDICATORS), (11, 34, 34, 12, 10, 11, 10, 11, 10, 11, 26))
        ws.freeze_panes = "C2"
        self.header_row(ws, [self.e(h) for h in L.INDICATOR_COLUMNS])
        count = 0
        for ind in self.data.action_indicators():
            numeric = IndicatorKind.is_numeric(ind.kind)

            def val(v: str | None) -> Any:
                if v is None:
                    return None
                if numeric:
                    return float(Decimal(v))
                if ind.kind == IndicatorKind.YES_NO.value:
                    return self.e(L.YES) if v == "yes" else self.e(L.NO)
                return v

            self.append(ws, [self.cell(ws, ind.code), self.cell(ws, ind.title, align=WRAP),
                       self.cell(ws, ind.name, align=WRAP),
                       self.cell(ws, self.label(IndicatorKind, ind.kind)), self.cell(ws, ind.unit),
                       self.cell(ws, val(ind.baseline)), self.cell(ws, ind.baseline_year, fmt="0"),
                       self.cell(ws, val(ind.target)), self.cell(ws, ind.target_year, fmt="0"),
                       self.cell(ws, val(ind.actual)), self.cell(ws, ind.source, align=WRAP)])
            count += 1
            self._tick()
        self.add_table(ws, "Indicators", len(L.INDICATOR_COLUMNS), count)

    def budget(self) -> None:
        ws = self.new_sheet(self.e(L.SHEET_BUDGET), (11, 40, 8, 22, 18, 18))
        ws.freeze_panes = "C2"
        self.header_row(ws, [self.e(h) for h in L.BUDGET_COLUMNS])
        count = 0
        confirmed, expected = Decimal("0.00"), Decimal("0.00")
        per_year: dict[int, Decimal] = defaultdict(Decimal)
        for code, title, year, source, is_confirmed, amount in self.data.budget():
            self.append(ws, [self.cell(ws, code), self.cell(ws, title),
                       self.cell(ws, year, fmt="0"),
                       self.cell(ws, self.label(FundingSource, source)),
                       self.cell(ws, self.e(L.CONFIRMED if is_confirmed else L.EXPECTED)),
                       self.cell(ws, amount, fmt=self.money_format)])
            count += 1
            per_year[year] += amount
            if is_confirmed:
                confirmed += amount
            else:
                expected += amount
            self._tick()
        self.add_table(ws, "Budget", len(L.BUDGET_COLUMNS), count)
        self.append(ws, [])
        for year in sorted(per_year):
            self.append(ws, [None, self.cell(ws, self.e(L.TOTAL_YEAR).replace("%1", str(year)), font=BOLD),
                       None, None, None, self.cell(ws, per_year[year], fmt=self.money_format)])
        for label, amount in ((L.TOTAL_CONFIRMED, confirmed), (L.TOTAL_EXPECTED, expected),
                              (L.TOTAL, confirmed + expected)):
            self.append(ws, [None, self.cell(ws, self.e(label), font=BOLD), None, None, None,
                       self.cell(ws, amount, fmt=self.money_format, font=BOLD)])

    def organisations(self) -> None:
        d = self.data
        ws = self.new_sheet(self.e(L.SHEET_ORGANISATIONS), (36, 20, 22, 28, 18, 30, 40))
        ws.freeze_panes = "B2"
        self.header_row(ws, [self.e(h) for h in L.ORGANISATION_COLUMNS])
        for org, leads, partners in d.organisation_links():  # a chunk of the register at a time
            sector = self.label(Sector, org.sector)
            partner_in = ", ".join(f"{code} ({self.label(Role, role)})" for code, role in partners)
            self.append(ws, [self.cell(ws, org.name, align=WRAP), self.cell(ws, sector),
                       self.cell(ws, org.contact_person), self.cell(ws, org.email),
                       self.cell(ws, org.phone), self.cell(ws, ", ".join(leads), align=WRAP),
                       self.cell(ws, partner_in, align=WRAP)])
        self.add_table(ws, "Organisations", len(L.ORGANISATION_COLUMNS), len(d.organisations))
