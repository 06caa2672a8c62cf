"""The progress report as a workbook: a summary, then one sheet each for the actions, the
indicator trends, the budget and every progress update of the period.

Real dates and numbers (amounts in the plan's currency format, % as percentages), text cells
that are never formulas (:mod:`.safe`), headers the filter and the print repeat, landscape A4
fitted to the width.  The words come from core/report.py's constants in the report's language.
Written beside the target and renamed into place: a failure leaves no half-written file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from PySide6.QtCore import QDate, QLocale

from .. import i18n
from ..core import framework, periods
from ..core import report as R
from ..core.outfile import check_target, write_atomically
from ..core.text import date_format
from ..core.vocab import CURRENCY_SYMBOLS, FundingSource, Status
from .safe import Cleaner, put_cell, sheet_title
from .writer import check_replaceable
from .styles import BODY, BOLD, HEADER_FILL, HEADER_FONT, SECTION_FONT, TITLE_FONT

if TYPE_CHECKING:
    from ..core.document import PlanDocument


class Words:
    """The report's texts in one language (core/report.py's constants, the vocabularies)."""

    def __init__(self, lang: str) -> None:
        self.texts = i18n.Texts(lang)
        self.lang = self.texts.lang
        self.locale = QLocale("en_GB") if self.lang == "en" else QLocale(self.lang)

    def __call__(self, source: str, *args: object) -> str:
        text = self.texts(R.CONTEXT, source)
        for i, value in reversed(list(enumerate(args, start=1))):
            text = text.replace(f"%{i}", str(value))
        return text

    def status(self, code: str) -> str:
        if not code:
            return self(R.NO_UPDATE)
        member = Status.member(code)
        return self.texts("Vocabulary", member.source_label) if member else code

    def source(self, code: str) -> str:
        member = FundingSource.member(code)
        return self.texts("Vocabulary", member.source_label) if member else code

    def area(self, code: str) -> str:
        area = framework.AREA_BY_CODE.get(code)
        return self(R.AREA_NAME, code, self.texts("Framework", area.name)) if area else code

    def period(self, code: str) -> str:
        return periods.label(code, lambda c, s: self.texts(c, s))

    def value(self, text: str | None) -> str:
        """A stored indicator value in a sentence (a trend): numbers the language's way."""
        if text in ("yes", "no"):
            return self.texts("Export", text)
        number = _number(text)
        if isinstance(number, (int, float)):
            places = len(text.split(".")[1]) if text and "." in text else 0
            return self.locale.toString(float(number), "f", places)
        return text or ""

    def date(self, day: dt.date) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), date_format(self.locale))


class _Sheet:
    """Writes cells safely: text never a formula, dates as dates, amounts and % as numbers."""

    def __init__(self, ws: Worksheet, cleaner: Cleaner, money_format: str) -> None:
        self.ws, self.cleaner, self.money = ws, cleaner, money_format

    def put(self, row: int, column: int, value: Any, font: Any = BODY, kind: str = "") -> None:
        put_cell(self.ws, row, column, value, self.cleaner, font,
                 {"money": self.money, "percent": "0%"}.get(kind, ""))

    def table(self, top: int, heads: Sequence[str], widths: Sequence[float],
              rows: Sequence[Sequence[Any]], kinds: Sequence[str] = ()) -> int:
        """A header row at ``top`` and the rows under it; returns the next free row."""
        for column, (head, width) in enumerate(zip(heads, widths), start=1):
            self.put(top, column, head, HEADER_FONT)
            self.ws.cell(row=top, column=column).fill = HEADER_FILL
            letter = get_column_letter(column)
            self.ws.column_dimensions[letter].width = max(
                self.ws.column_dimensions[letter].width or 0, width)
        row = top + 1
        for values in rows:
            for column, value in enumerate(values, start=1):
                kind = kinds[column - 1] if column - 1 < len(kinds) else ""
                self.put(row, column, value, kind=kind)
            row += 1
        return row

    def finish(self, header_row: int, columns: int, last_row: int) -> None:
        """Filter, frozen header, printed header, landscape A4 one page wide."""
        ws = self.ws
        ws.freeze_panes = f"A{header_row + 1}"
        last = max(last_row, header_row)
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(columns)}{last}"
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True


def write_report(target: Path, report: R.Report, lang: str,
                 doc: PlanDocument | None = None) -> int:
    """Write the workbook; returns the number of actions.  Raises OutputError (one line).
    ``doc``: the plan it was read from, which the workbook must never replace."""
    target = Path(target).absolute()
    check_target(target)
    if doc is not None:
        check_replaceable(doc, target)
    words = Words(lang)
    book = Workbook()
    cleaner = Cleaner()
    symbol = CURRENCY_SYMBOLS.get(report.plan.currency, report.plan.currency)
    money = f'#,##0.00 "{symbol}"'
    taken: set[str] = set()

    def sheet(title: str, first: bool = False) -> _Sheet:
        ws = book.active if first else book.create_sheet()
        ws.title = sheet_title(title, taken)
        return _Sheet(ws, cleaner, money)

    _summary(sheet(words(R.SUMMARY), True), report, words)
    _actions(sheet(words(R.ACTIONS)), report, words)
    _indicators(sheet(words(R.INDICATORS)), report, words)
    _budget(sheet(words(R.BUDGET)), report, words)
    _updates(sheet(words(R.UPDATES)), report, words)

    def write(fh: IO[bytes]) -> None:
        book.save(fh)

    write_atomically(target, write, "report",
                     (lambda: check_replaceable(doc, target)) if doc is not None else None)
    return sum(len(a.actions) for a in report.areas)


def _summary(s: _Sheet, report: R.Report, words: Words) -> None:
    plan = report.plan
    s.put(1, 1, words(R.TITLED, words(R.TITLE), plan.title), TITLE_FONT)
    s.put(2, 1, words(R.FOR_PERIOD, words.period(report.period)), SECTION_FONT)
    s.put(3, 1, words(R.DAYS, words.date(report.first), words.date(report.last)))
    s.put(4, 1, words(R.MADE, words.date(report.made)))
    counts = report.counts()
    heads = [words(R.AREA), words(R.ACTIONS)] + [words.status(s.value) for s in Status] + [
        words.status(""), words(R.PLANNED), words(R.SPENT), words(R.PARTNERS)]
    rows = []
    for area in report.areas:
        by_status = {code: 0 for code in counts}
        for action in area.actions:
            by_status[action.status] = by_status.get(action.status, 0) + 1
        rows.append([words.area(area.area), len(area.actions),
                     *[by_status[s.value] for s in Status], by_status[""], area.planned,
                     area.spent, len(area.partners)])
    rows.append([words(R.TOTAL), sum(counts.values()), *[counts[s.value] for s in Status],
                 counts[""], report.planned, report.spent,
                 len({p for a in report.areas for p in a.partners})])
    kinds = ["", ""] + [""] * (len(Status) + 1) + ["money", "money", ""]
    widths = [34, 10] + [12] * (len(Status) + 1) + [16, 16, 12]
    s.put(6, 1, words(R.STATUS_COUNTS), SECTION_FONT)
    end = s.table(7, heads, widths, rows, kinds)
    for column in range(1, len(heads) + 1):
        s.ws.cell(row=end - 1, column=column).font = BOLD
    s.finish(7, len(heads), end - 1)
    s.ws.freeze_panes = None


def _actions(s: _Sheet, report: R.Report, words: Words) -> None:
    heads = [words(R.AREA), words(R.CODE), words(R.ACTION), words(R.LEAD), words(R.PARTNER_LIST),
             words(R.STATUS), words(R.PERCENT), words(R.NOTE), words(R.REPORTED_BY),
             words(R.PLANNED), words(R.SPENT)]
    rows = []
    for area in report.areas:
        for a in area.actions:
            notes = "\n".join(f"{words.period(p)}: {n}" for p, n in a.notes)
            by = ", ".join(dict.fromkeys(u.reported_by for u in a.updates if u.reported_by))
            rows.append([words.area(area.area), a.code, a.title, a.lead, ", ".join(a.partners),
                         words.status(a.status), None if a.percent is None else a.percent / 100,
                         notes, by, a.planned, a.spent])
    kinds = ["", "", "", "", "", "", "percent", "", "", "money", "money"]
    end = s.table(1, heads, [22, 10, 40, 24, 30, 14, 10, 48, 20, 15, 15], rows, kinds)
    s.finish(1, len(heads), end - 1)


def _indicators(s: _Sheet, report: R.Report, words: Words) -> None:
    heads = [words(R.AREA), words(R.OWNER), words(R.INDICATOR), words(R.UNIT), words(R.BASELINE),
             words(R.TARGET), words(R.LATEST), words(R.MEASURED_ON), words(R.TREND)]
    rows = []
    for area in report.areas:
        for ind in area.indicators:
            latest = ind.latest
            trend = " → ".join(words(R.ON_DATE, words.value(m.value), words.date(m.measured_on))
                               for m in ind.trend)
            rows.append([words.area(area.area), ind.owner, ind.name, ind.unit,
                         _number(ind.baseline), _number(ind.target),
                         _number(latest.value) if latest else None,
                         latest.measured_on if latest else None, trend])
    end = s.table(1, heads, [22, 10, 40, 12, 12, 12, 12, 13, 60], rows)
    s.finish(1, len(heads), end - 1)


def _budget(s: _Sheet, report: R.Report, words: Words) -> None:
    heads = [words(R.AREA), words(R.CODE), words(R.YEAR), words(R.SOURCE), words(R.PLANNED),
             words(R.SPENT)]
    rows = [[words.area(b.area), b.code, b.year, words.source(b.source), b.planned, b.spent]
            for area in report.areas for b in area.budget]
    end = s.table(1, heads, [22, 10, 8, 20, 16, 16], rows, ["", "", "", "", "money", "money"])
    s.finish(1, len(heads), end - 1)


def _updates(s: _Sheet, report: R.Report, words: Words) -> None:
    heads = [words(R.AREA), words(R.CODE), words(R.ACTION), words(R.PERIOD), words(R.STATUS),
             words(R.PERCENT), words(R.NOTE), words(R.REPORTED_ON), words(R.REPORTED_BY)]
    rows = [[words.area(a.area), a.code, a.title, words.period(u.period), words.status(u.status),
             u.percent / 100, u.note, u.reported_on, u.reported_by]
            for a, u in report.updates]
    end = s.table(1, heads, [22, 10, 40, 12, 14, 10, 48, 13, 20], rows,
                  ["", "", "", "", "", "percent"])
    s.finish(1, len(heads), end - 1)


def _number(text: str | None) -> Any:
    """A stored indicator value: a number as a number, anything else as its text."""
    if text is None:
        return None
    try:
        value = Decimal(text)
    except ArithmeticError:
        return text
    if not value.is_finite():
        return text
    return int(value) if value == value.to_integral_value() else float(value)
