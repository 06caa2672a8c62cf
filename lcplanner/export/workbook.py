"""The Excel workplan (openpyxl, write-only mode): a one-page summary, the cover, one sheet per
building block and the fundamental conditions, then the sheets a council reads beside them
(action details, objectives, timeline, indicators, budget, organisations, legend, the workshop).

Cells are typed: dates are dates, amounts numbers with the plan's currency format, percentages
percentages, counts integers; totals are formulas that carry their value (:mod:`.formulas`).
User text goes through :class:`safe.Cleaner` and is never a formula.  Every sheet is
print-ready: A4 landscape, its printed columns chosen so the text prints at 8 pt or more, header
rows repeated, header and footer.  Rows are streamed both ways: read from a working copy of the
plan a chunk at a time (:class:`ExportData`) and written in openpyxl's write-only mode, so
memory does not grow with the plan.  The other sheets live in :mod:`.reference_sheets`,
:mod:`.plan_sheets` and :mod:`.workshop_sheets`.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from copy import copy
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from PySide6.QtCore import QLocale, Qt

from ..core import framework
from ..core.vocab import FundingSource, IndicatorKind, Role, Status
from ..i18n import Texts
from . import labels as L
from ..core import fingerprint as fp
from . import plan_sheets, reference_sheets, roundtrip_sheets, workshop_sheets
from .data import ExportData
from .formulas import Cached
from .safe import FORMULA_STARTS, Cleaner, header_footer_text, needs_quote, sheet_title
from .styles import BOLD, HEADER_FILL, HEADER_FONT, RIGHT_TOP, TITLE_FONT, TOP, WRAP

Progress = Callable[[int, int], None]
_STARTS = ("=", *FORMULA_STARTS)
A4, A3 = "9", "8"  # openpyxl's paper size codes
SUMMARY_HEADER_ROW = 6  # title, the plan's line, version, benefits, a blank line, then the table


class _BaseFirst(IndexedList):  # type: ignore[type-arg]
    """The workbook's cell formats, the base one first: a format with nothing set (what a
    column or row dimension carries) is the base too, so LibreOffice, which formats a cell
    without a style of its own by its column's, shows it top-aligned and wrapped as well."""

    def add(self, value: Any) -> int:
        if not any(value):
            return 0
        return int(super().add(value))


def quoted(sheet: str) -> str:
    """A sheet name as a formula refers to it: 'BB1 Education system'!A1."""
    return "'" + sheet.replace("'", "''") + "'"


class WorkplanWriter:
    """Builds one workbook from ExportData in a language; call :meth:`write` then save.

    ``contacts`` adds the contact persons' names, phones and e-mails to the Organisations
    sheet; they are personal data, so a workbook for the council leaves them out by default.
    """

    def __init__(self, data: ExportData, lang: str, progress: Progress | None = None,
                 contacts: bool = False) -> None:
        self.data = data
        self.t = Texts(lang)
        self.lang = self.t.lang
        self.contacts = contacts
        self.right_to_left = QLocale(self.lang).textDirection() == Qt.LayoutDirection.RightToLeft
        # A line of text in a narrow first column runs on over the next ones: from its right
        # edge in a right-to-left sheet, or it runs off the page.
        self.line_align = RIGHT_TOP if self.right_to_left else TOP
        self.clean = Cleaner()
        self.wb = Workbook(write_only=True)
        self.wb.calculation.fullCalcOnLoad = True  # the cached values are a preview only
        # Every cell aligns to the top and wraps, the unstyled ones too (the workbook's base
        # format says so): a short code beside a wrapped description stays on its first line,
        # and a long text wraps, at no cost per cell (a 10,000-action plan has 700,000 cells).
        # Both places say it: Excel formats a cell without a style by the first cell format,
        # LibreOffice by the "Normal" cell style.
        base = copy(self.wb._cell_styles[0])
        base.alignmentId = self.wb._alignments.add(WRAP)
        self.wb._cell_styles = _BaseFirst([base])
        normal = self.wb._named_styles["Normal"]
        normal.alignment = WRAP
        self.taken: set[str] = set()
        self.tables: set[str] = set()
        self.progress = progress or (lambda done, total: None)
        self.date_format = L.date_format(lang)
        self.money_format = L.money_format(data.plan.currency)
        self.sheet_names: dict[str, str] = {}  # what formulas refer to, set in write()
        self.summary_total = ""  # the cell of the plan's budget total ('Summary'!X16)
        self.pivot: dict[tuple[str, int, str], Decimal] = {}  # (area, year, source) → amount
        self._done = 0
        self._headers: list[str] = []
        self._styles: dict[tuple[Any, ...], Any] = {}
        self._vocab: dict[Any, str] = {}
        self._total = 20  # set from the plan's counts when write() has opened the working copy
        self.prints = roundtrip_sheets.Prints()  # what the round trip compares (hidden sheet)
        self.exported_at = roundtrip_sheets.stamp()

    # --- small helpers ---------------------------------------------------------------------------

    def e(self, text: str, n: int = -1) -> str:
        """An export label in the export language."""
        return self.t(L.CONTEXT, text, n)

    def label(self, vocabulary: Any, code: object) -> str:
        """The label of a stored code; an unknown code a file brought along is kept as it is."""
        member = vocabulary.member(code)
        return self.vocab(member) if member is not None else str(code or "")

    def vocab(self, member: Any) -> str:
        """A status, sector, role... in the export language (looked up once per member).

        Keyed by vocabulary and member: the members are strings, and a sector and a funding
        source that share a code ("private") are equal as strings but not the same label.
        """
        key = (type(member), member)
        label = self._vocab.get(key)
        if label is None:
            label = self._vocab[key] = self.t("Vocabulary", member.source_label)
        return label

    def area_name(self, code: str) -> str:
        return self.t("Framework", framework.AREA_BY_CODE[code].name)

    def _tick(self, amount: int = 1) -> None:
        self._done += amount
        if self._done % 200 < amount or self._done >= self._total:
            self.progress(min(self._done, self._total), self._total)

    def cell(self, ws: Any, value: Any, fmt: str | None = None, font: Font | None = None,
             align: Alignment | None = None, fill: PatternFill | None = None,
             border: Any = None) -> Any:
        """A typed cell; text is cleaned and, when it looks like a formula, kept literal.

        A :class:`Cached` value is a formula of ours with its value.  Unstyled plain values go
        to openpyxl as they are (its fast path); styled cells copy a style prepared once per
        combination instead of hashing style objects for every cell.
        """
        if align is WRAP:
            align = None  # the base format: the fast path below
        if fmt is None and font is None and align is None and fill is None and border is None:
            kind = value.__class__
            if kind is str:
                value = self.clean.text(value)
                if not value.startswith(_STARTS):
                    return value  # openpyxl's fast path: no cell object, no style
            elif kind is not Cached and kind is not Decimal:
                return value
        formula = isinstance(value, Cached)
        if isinstance(value, str) and not formula:
            value = self.clean.text(value)
        elif isinstance(value, Decimal):
            value = float(value)
        literal = not formula and isinstance(value, str) and value.startswith(_STARTS)
        styled = fmt or font or align or fill or border
        if not styled and not literal and not formula:
            return value
        c = WriteOnlyCell(ws, None if formula else value)
        if formula:
            c._value, c.data_type = value, "f"
        if literal:
            c.data_type = "s"  # never a formula, whatever the text starts with
        if styled or literal:  # one style object shared by every cell that looks alike
            c._style = self._style(ws, fmt, font, align, fill, border,
                                   literal and needs_quote(value))
        return c

    def _style(self, ws: Any, fmt: str | None, font: Font | None, align: Alignment | None,
               fill: PatternFill | None, border: Any, quote: bool) -> Any:
        key = (fmt, id(font), id(align), id(fill), id(border), quote)
        style = self._styles.get(key)
        if style is None:
            template = WriteOnlyCell(ws)
            if fmt:
                template.number_format = fmt
            if font:
                template.font = font
            template.alignment = align or WRAP  # a styled cell starts from no alignment
            if fill:
                template.fill = fill
            if border:
                template.border = border
            if quote:
                template.quotePrefix = True
            style = self._styles[key] = template._style
        return style

    def new_sheet(self, name: str, widths: Iterable[float], paper: str = A4,
                  title_rows: str | None = "1:1") -> Any:
        """A sheet with column widths and print settings (A4 landscape unless told)."""
        ws = self.wb.create_sheet(sheet_title(name, self.taken))
        ws._lc_widths = list(widths)
        for i, width in enumerate(ws._lc_widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        self._print_setup(ws, title_rows)
        ws.page_setup.paperSize = paper
        ws.sheet_view.rightToLeft = self.right_to_left  # an Arabic workbook reads from the right
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

    @staticmethod
    def _lines(text: str, width: float) -> int:
        """How many lines ``text`` wraps to in a column ``width`` characters wide: words as
        a spreadsheet wraps them, counting a wide letter as wide (a little too many lines
        rather than a clipped last one)."""
        per_line = max(4.0, width * 1.1 - 1)
        if len(text) * 1.1 <= per_line and "\n" not in text:
            return 1  # most cells: no need to follow the words
        lines = 0
        for paragraph in text.split("\n"):
            used, count = 0.0, 1
            for word in paragraph.split(" "):
                size = len(word) * 1.02  # about a digit wide; capitals, m and w a little more
                if used and used + 1 + size > per_line:
                    count, used = count + 1 + int(size // per_line), size % per_line
                else:
                    used += (1 if used else 0) + size
                    if used > per_line:
                        count += int(used // per_line)
                        used %= per_line
            lines += count
        return lines

    def fit_next_row(self, ws: Any, values: Iterable[Any], line_height: float = 15.0) -> None:
        """Give the row about to be appended a height for its wrapped text.

        Spreadsheets do not always re-measure rows on opening (LibreOffice does not), so a
        height is written: the lines of its tallest cell, at most Excel's 409 pt.
        """
        lines = 1
        for value, width in zip(values, ws._lc_widths):
            if isinstance(value, str) and value:
                lines = max(lines, self._lines(value, width))
        if lines > 1:
            ws.row_dimensions[getattr(ws, "_lc_rows", 0) + 1].height = min(409.0, lines * line_height)

    def _print_setup(self, ws: Any, title_rows: str | None = "1:1") -> None:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.7, bottom=0.7, header=0.3,
                                      footer=0.3)
        ws.print_options.gridLines = False
        if title_rows:
            ws.print_title_rows = title_rows
        ws.oddHeader.center.text = header_footer_text(self.data.plan.title)
        ws.oddHeader.right.text = "&A"  # the sheet's name
        ws.oddFooter.left.text = header_footer_text(self.data.plan.city)
        ws.oddFooter.right.text = self.e(L.PAGE_FOOTER)

    def header_row(self, ws: Any, titles: Iterable[str]) -> None:
        self._headers = [self.clean.text(t) for t in titles]
        self.fit_next_row(ws, self._headers)
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
        self.prints.lines.close()
        for ws in self.wb.worksheets:
            try:
                ws.close()
            except Exception:  # noqa: BLE001 - a half-written sheet may fail to close; ignore
                pass

    def value_text(self, value: str | None, kind: str, unit: str) -> str:
        """An indicator's value as a person reads it in a cell: a number in the workbook
        language's way with its unit, yes or no translated, "not set" for nothing."""
        if value is None or value == "":
            return self.e(L.NOT_SET)
        if kind == IndicatorKind.YES_NO.value:
            return self.e(L.YES) if value == "yes" else self.e(L.NO)
        if IndicatorKind.is_numeric(kind):
            value = L.number_text(value, self.lang)
        return self.e(L.VALUE_UNIT).replace("%1", value).replace("%2", unit).strip() \
            if unit else value

    def indicator_line(self, ind: Any) -> str:
        """"Participants: 120 people → 400 people (2028)" in the workbook's language."""
        kind, unit = ind.kind, ind.unit or ""
        text = self.e(L.INDICATOR_LINE_YEAR if ind.target_year else L.INDICATOR_LINE)
        return (text.replace("%4", str(ind.target_year or "")).replace("%3", self.value_text(
            ind.target, kind, unit)).replace("%2", self.value_text(ind.baseline, kind, unit))
            .replace("%1", ind.name))

    # --- the workbook ----------------------------------------------------------------------------

    def planned_sheets(self) -> list[tuple[str, str]]:
        """(key, name) of every sheet in order; formulas name sheets before they are written."""
        sheets = [("summary", self.e(L.SHEET_SUMMARY)), ("cover", self.e(L.SHEET_COVER))]
        sheets += [(a.code, f"{a.code} {self.t('Framework', a.short)}")
                   for a in framework.BUILDING_BLOCKS]
        sheets += [("FC", self.e(L.SHEET_CONDITIONS)), ("details", self.e(L.SHEET_DETAILS)),
                   ("objectives", self.e(L.SHEET_OBJECTIVES)),
                   ("timeline", self.e(L.SHEET_TIMELINE)),
                   ("indicators", self.e(L.SHEET_INDICATORS)), ("budget", self.e(L.SHEET_BUDGET)),
                   ("budget_areas", self.e(L.SHEET_BUDGET_AREAS)),
                   ("organisations", self.e(L.SHEET_ORGANISATIONS)),
                   ("partners", self.e(L.SHEET_PARTNERS)),
                   ("responsibilities", self.e(L.SHEET_RESPONSIBILITIES)),
                   ("legend", self.e(L.SHEET_LEGEND)), ("stocktake", self.e(L.SHEET_STOCKTAKE)),
                   ("ideas", self.e(L.SHEET_IDEAS))]
        taken: set[str] = set()
        return [(key, sheet_title(name, taken)) for key, name in sheets]

    def write(self) -> Workbook:
        """Write every sheet from one working copy of the plan (removed at the end, also on error)."""
        with self.data.open() as d:
            self.money_format = L.money_format(d.plan.currency)
            self._total = len(d.actions) * 4 + len(d.indicators) + len(d.budget_lines) + 20
            planned = self.planned_sheets()
            self.sheet_names = dict(planned)
            names = iter(name for _key, name in planned)
            self.summary(next(names))
            self.cover(next(names))
            for area in framework.BUILDING_BLOCKS:
                self.workplan_sheet(next(names), {area.code})
            self.workplan_sheet(next(names), {a.code for a in framework.CONDITIONS})
            plan_sheets.details(self, next(names))
            plan_sheets.objectives(self, next(names))
            reference_sheets.timeline(self, next(names))
            reference_sheets.indicators(self, next(names))
            reference_sheets.budget(self, next(names))
            reference_sheets.budget_by_area(self, next(names))
            reference_sheets.organisations(self, next(names))
            roundtrip_sheets.partners(self, next(names))
            plan_sheets.responsibilities(self, next(names))
            plan_sheets.legend(self, next(names))
            workshop_sheets.stocktake(self)
            workshop_sheets.ideas(self)
            roundtrip_sheets.record(self)
            self.progress(self._total, self._total)
        return self.wb

    def plan_line(self) -> str:
        """City · period · approval status (with its date): the summary's second line."""
        plan = self.data.plan
        status = plan_sheets.approval_text(self)
        return (self.e(L.SUMMARY_LINE).replace("%3", status)
                .replace("%2", f"{plan.period_start}–{plan.period_end}").replace("%1", plan.city))

    def summary(self, name: str) -> None:
        """The first printed page: the plan's line, then per area the counts, the budget by year
        (SUMIFS over the Budget sheet, so an edited line moves it), the status mix and the gaps,
        and the totals as formulas."""
        d = self.data
        years = d.budget_years()
        statuses = list(Status)
        headers = [self.e(h) for h in L.SUMMARY_COLUMNS]
        headers += [self.e(L.BUDGET_YEAR).replace("%1", str(y)) for y in years]
        headers += [self.e(L.SUMMARY_TAIL[0])] + [self.vocab(s) for s in statuses]
        headers += [self.e(L.SUMMARY_TAIL[1])]
        widths = (8, 26, 10, 9, *([15] * len(years)), 16, *([10] * len(statuses)), 12)
        ws = self.new_sheet(name, widths, title_rows=None)
        ws.page_setup.fitToHeight = 1  # one page
        ws.print_area = f"A1:{get_column_letter(len(headers))}{SUMMARY_HEADER_ROW + 10}"
        self.append(ws, [self.cell(ws, d.plan.title, font=TITLE_FONT, align=self.line_align)])
        self.append(ws, [self.cell(ws, self.plan_line(), font=BOLD, align=self.line_align)])
        self.append(ws, [self.cell(ws, plan_sheets.version_text(self), align=self.line_align)])
        benefits = "; ".join(f"{b.code} {self.t('Framework', b.name)}" for b in framework.BENEFITS)
        self.append(ws, [self.cell(ws, self.e(L.BENEFITS_LINE).replace("%1", benefits),
                                   align=self.line_align)])
        self.append(ws, [])
        self.header_row(ws, headers)
        budget = quoted(self.sheet_names["budget"])
        year_cols = [get_column_letter(5 + i) for i in range(len(years))]
        total_col = get_column_letter(5 + len(years))
        first = SUMMARY_HEADER_ROW + 1
        by_area = {s.area: s for s in d.summary}
        areas = [a.code for a in framework.PLAN_AREAS]
        for row, code in enumerate(areas, start=first):
            s = by_area.get(code)
            cells = [self.cell(ws, code, align=TOP), self.cell(ws, self.area_name(code), align=WRAP),
                     self.cell(ws, s.objectives if s else 0, fmt="0", align=TOP),
                     self.cell(ws, s.actions if s else 0, fmt="0", align=TOP)]
            amounts = [s.budget_by_year.get(y, Decimal("0.00")) if s else Decimal("0.00")
                       for y in years]
            for col, year, amount in zip(year_cols, years, amounts):
                cells.append(self.cell(ws, Cached(
                    f"=SUMIFS({budget}!$G:$G,{budget}!$C:$C,$A{row},{budget}!$D:$D,{year})",
                    amount), fmt=self.money_format, align=TOP))
            cells.append(self.cell(ws, Cached(
                f"=SUM({year_cols[0]}{row}:{year_cols[-1]}{row})", sum(amounts, Decimal("0.00"))),
                fmt=self.money_format, align=TOP))
            cells += [self.cell(ws, s.status_counts.get(st.value, 0) if s else 0, fmt="0",
                                align=TOP) for st in statuses]
            cells.append(self.cell(ws, d.gaps.get(code, 0), fmt="0", align=TOP))
            self.fit_next_row(ws, [code, self.area_name(code)])
            self.append(ws, cells)
        last = first + len(areas) - 1
        totals = [self.cell(ws, self.e(L.TOTAL), font=BOLD), None]
        for i in range(2, len(headers)):
            col = get_column_letter(i + 1)
            cached = sum(self._summary_number(by_area.get(code), i, years, statuses, code)
                         for code in areas)
            money = 4 <= i <= 4 + len(years)
            totals.append(self.cell(ws, Cached(f"=SUBTOTAL(109,{col}{first}:{col}{last})", cached),
                                    fmt=self.money_format if money else "0", font=BOLD))
        self.append(ws, totals)
        self.summary_total = f"{quoted(name)}!${total_col}${last + 1}"
        self.add_table(ws, "Summary", len(headers), len(areas), first_row=SUMMARY_HEADER_ROW)

    def _summary_number(self, s: Any, i: int, years: list[int], statuses: list[Status],
                        code: str) -> Any:
        """The value of column ``i`` (0-based) of an area's summary row."""
        if i == 2:
            return s.objectives if s else 0
        if i == 3:
            return s.actions if s else 0
        if i < 4 + len(years):
            return s.budget_by_year.get(years[i - 4], Decimal("0.00")) if s else Decimal("0.00")
        if i == 4 + len(years):
            return s.budget_total if s else Decimal("0.00")
        if i < 5 + len(years) + len(statuses):
            return s.status_counts.get(statuses[i - 5 - len(years)].value, 0) if s else 0
        return self.data.gaps.get(code, 0)

    def cover(self, name: str) -> None:
        plan, d = self.data.plan, self.data
        ws = self.new_sheet(name, (26, 90), title_rows=None)
        self.append(ws, [self.cell(ws, plan.title, font=TITLE_FONT, align=self.line_align)])
        self.append(ws, [])
        total = sum((s.budget_total for s in d.summary), Decimal("0.00"))
        values = {
            "city": plan.city, "country": plan.country, "vision": plan.vision,
            "period": f"{plan.period_start}–{plan.period_end}",
            "approval": plan_sheets.approval_label(self),
            "approved_on": plan.approved_on, "version": plan.version,
            "prepared_by": plan.prepared_by,
            "actions": len(d.actions), "budget": Cached(f"={self.summary_total}", total),
            "framework": self.t("Framework", framework.FRAMEWORK_SOURCE),
            "prompts": self.t("Framework", framework.KEY_FEATURES_NOTE),
            "identifier": plan.uuid,
            "exported": self.exported_at,
        }
        formats = {"approved_on": self.date_format, "actions": "0", "budget": self.money_format,
                   "exported": self.date_format + " hh:mm"}
        for key, label in L.COVER_ROWS:
            value = values[key]
            self.fit_next_row(ws, [self.e(label), value])
            self.append(ws, [self.cell(ws, self.e(label), font=BOLD, align=TOP),
                             self.cell(ws, value, fmt=formats.get(key), align=WRAP)])

    def workplan_sheet(self, name: str, areas: set[str]) -> None:
        """One building block (or the conditions): an action per row, grouped by objective.

        The first PRINTED_COLUMNS columns print; the long texts and the row's identity follow
        on screen (the Action details sheet prints those texts)."""
        d = self.data
        years = d.budget_years()  # each row's budget per year, after the fixed columns
        ws = self.new_sheet(name, [*(w for _k, _l, w in L.WORKPLAN_COLUMNS), *([14] * len(years))])
        keys = [k for k, _l, _w in L.WORKPLAN_COLUMNS]
        uuid_col = get_column_letter(len(keys))
        ws.column_dimensions[uuid_col].hidden = True
        ws.freeze_panes = "D2"
        self.header_row(ws, [*(self.e(label) for _k, label, _w in L.WORKPLAN_COLUMNS),
                             *(self.e(L.BUDGET_YEAR).replace("%1", str(y)) for y in years)])
        group = fp.group_of(min(areas))
        self.prints.sheet(group, name, "action", [*keys, *(f"year:{y}" for y in years)],
                          self._headers)
        rows = 0
        formats = {"start": self.date_format, "end": self.date_format,
                   "budget": self.money_format, "percent": "0%", "priority": "0"}
        aligns = [TOP if key in formats else None for key in keys]  # the base format wraps
        printed = keys[:L.PRINTED_COLUMNS]
        for action in d.workplan_actions(areas):
            values = self._workplan_values(action)
            self.prints.add("action", action.uuid, fp.action_values(
                action, action.objective[0] if action.objective else ""))
            self.prints.add_derived(action.uuid, {k: self.clean.text(values[k]) if isinstance(
                values[k], str) else values[k] for k in fp.DERIVED})
            self.fit_next_row(ws, [values[k] if k in printed else "" for k in keys])
            money = self.money_format
            self.append(ws, [*(self.cell(ws, values[key], fmt=formats.get(key), align=align)
                               for key, align in zip(keys, aligns)),
                             *(self.cell(ws, action.budget_by_year[y], fmt=money, align=TOP)
                               if y in action.budget_by_year else None for y in years)])
            rows += 1
            self._tick()
        if not rows:
            self.append(ws, [self.cell(ws, self.e(L.NO_ACTIONS))])
        ws.print_area = f"A1:{get_column_letter(L.PRINTED_COLUMNS)}{rows + 1}"
        self.add_table(ws, "Workplan" + "".join(sorted(areas)), len(keys) + len(years), rows)
        status_col = get_column_letter(keys.index("status") + 1)
        status_labels = [self.vocab(s) for s in Status]
        validation = DataValidation(type="list", formula1='"' + ",".join(
            label.replace('"', "'").replace(",", " ") for label in status_labels) + '"',
            allow_blank=True, showErrorMessage=True)
        validation.add(f"{status_col}2:{status_col}{max(2, rows + 1)}")
        ws.data_validations.append(validation)

    def _workplan_values(self, action: Any) -> dict[str, Any]:
        objective = action.objective
        sources = sorted(action.sources, key=FundingSource.order)
        return {
            "code": action.code,
            "objective": f"{objective[0]} {objective[1]}" if objective else self.e(L.NO_OBJECTIVE),
            "title": action.title, "description": action.description,
            "target_groups": action.target_groups, "lead": action.lead_name,
            "partners": "\n".join(f"{name} ({self.label(Role, role)})"
                                  for name, role in action.partners),
            "start": action.start_date, "end": action.end_date, "budget": action.budget_total,
            "sources": ", ".join(self.label(FundingSource, s) for s in sources),
            "indicators": "\n".join(self.indicator_line(i) for i in action.indicators),
            "status": self.label(Status, action.status),
            "percent": action.percent / 100, "priority": action.priority,
            "key_features": ", ".join(action.key_features),
            "guideline_areas": plan_sheets.guideline_names(self, action.guideline_areas),
            "municipal_role": plan_sheets.municipal_role(self, action.municipal_role),
            "notes": action.notes, "risks": action.risks, "uuid": action.uuid,
        }
