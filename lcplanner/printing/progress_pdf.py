"""The progress report as a PDF: a summary page, then per area what was done, the indicator
trends, the budget spent and the partners involved.  Same machinery as the plan's PDF (pdf.py):
blocks of rich text laid onto pages by :mod:`flow`, the header with the title and page number,
rendered into memory and written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from ..core import framework, periods
from ..core import report as R
from ..core.vocab import FundingSource, Status
from . import labels as L
from .flow import Flow
from .html import Builder, Cell, esc
from .pdf import HEADER_PT, Rendered, _Renderer, check_replaceable, ensure_gui_app
from .sections import BODY_PT, H1_PT, SMALL_PT

if TYPE_CHECKING:
    from ..core.document import PlanDocument

H2_PT = 13.0


@dataclass(frozen=True)
class _Content:
    """What the page header and the PDF's properties need of the plan."""

    plan: object


class _Words:
    """The report's texts in the PDF's language (core/report.py's constants)."""

    def __init__(self, pdf: L.Pdf) -> None:
        self.pdf = pdf

    def __call__(self, source: str, *args: object) -> str:
        text = self.pdf.texts(R.CONTEXT, source)
        for i, value in reversed(list(enumerate(args, start=1))):
            text = text.replace(f"%{i}", str(value))
        return text

    def status(self, code: str) -> str:
        member = Status.member(code)
        return self.pdf.vocabulary(member.source_label) if member else self(R.NO_UPDATE)

    def period(self, code: str) -> str:
        return periods.label(code, lambda c, s: self.pdf.texts(c, s))

    def value(self, text: str | None) -> str:
        """A stored indicator value the PDF's language's way (numbers, yes and no)."""
        if text in ("yes", "no"):
            return self.pdf(L.YES if text == "yes" else L.NO)
        return "" if text is None else self.pdf.decimal(text)


class _ReportRenderer(_Renderer):
    def report(self, report: R.Report) -> bytes:
        header = (HEADER_PT * 1.6 + 6) * self.px
        body = QRectF(0, header, self.page.width(), self.page.height() - header)
        flow = Flow(body.size(), lambda html, width: self.doc(html, BODY_PT, width))
        for html, new_page in _blocks(report, self.w, _Words(self.w)):
            flow.add(html, new_page)
        return self._print([self._pieces(pieces, body) for pieces in flow.pages])



def _blocks(report: R.Report, w: L.Pdf, words: _Words) -> list[tuple[str, bool]]:
    plan = report.plan
    b = Builder(w.rtl)
    b.heading(esc(words(R.TITLE)), H1_PT, space_before=0)
    b.para(f"<b>{esc(plan.title)}</b>")  # type: ignore[attr-defined]
    b.para(esc(words(R.FOR_PERIOD, words.period(report.period))) + "<br/>" + esc(
        words(R.DAYS, w.date(report.first), w.date(report.last))))
    b.heading(esc(words(R.SUMMARY)), H2_PT)
    counts = report.counts()
    head = [Cell(esc(words(R.AREA)), head=True), Cell(esc(words(R.ACTIONS)), head=True, end=True)]
    head += [Cell(esc(words.status(s.value)), head=True, end=True) for s in Status]
    head += [Cell(esc(words.status("")), head=True, end=True),
             Cell(esc(words(R.SPENT)), head=True, end=True)]
    rows = []
    currency = plan.currency  # type: ignore[attr-defined]
    for area in report.areas:
        by: dict[str, int] = {}
        for action in area.actions:
            by[action.status] = by.get(action.status, 0) + 1
        rows.append([Cell(esc(area.area)), Cell(w.number(len(area.actions)), end=True)]
                    + [Cell(w.number(by.get(s.value, 0)), end=True) for s in Status]
                    + [Cell(w.number(by.get("", 0)), end=True),
                       Cell(esc(words(R.SPENT_OF, w.money(area.spent, currency, 0),
                                      w.money(area.planned, currency, 0))), end=True)])
    rows.append([Cell(esc(words(R.TOTAL)), head=True),
                 Cell(w.number(sum(counts.values())), head=True, end=True)]
                + [Cell(w.number(counts[s.value]), head=True, end=True) for s in Status]
                + [Cell(w.number(counts[""]), head=True, end=True),
                   Cell(esc(words(R.SPENT_OF, w.money(report.spent, currency, 0),
                                  w.money(report.planned, currency, 0))), head=True, end=True)])
    b.table(rows, [head])
    b.para(esc(words(R.MADE, w.date(report.made))), SMALL_PT)
    for area in report.areas:
        b.new_page()
        name = framework.AREA_BY_CODE[area.area].name
        b.heading(esc(words(R.AREA_NAME, area.area, w.framework(name))), H1_PT, space_before=0)
        b.heading(esc(words(R.DONE_THIS_PERIOD)), H2_PT)
        rows = []
        for a in area.actions:
            notes = "<br/>".join(esc(words(R.TITLED, words.period(p), n)) for p, n in a.notes)
            percent = "" if a.percent is None else w.percent(a.percent)
            rows.append([Cell(esc(a.code)), Cell(f"<b>{esc(a.title)}</b><br/>{esc(a.lead)}"),
                         Cell(esc(words.status(a.status))), Cell(percent, end=True),
                         Cell(notes or "&nbsp;")])
        b.table(rows, [[Cell(esc(words(h)), head=True) for h in
                        (R.CODE, R.ACTION, R.STATUS, R.PERCENT, R.NOTE)]],
                widths=("9%", "31%", "14%", "8%", "38%"))
        b.cut()
        b.heading(esc(words(R.INDICATORS)), H2_PT)
        if area.indicators:
            rows = []
            for ind in area.indicators:
                trend = " → ".join(words(R.ON_DATE, words.value(m.value), w.date(m.measured_on))
                                   for m in ind.trend)
                rows.append([Cell(esc(ind.owner)), Cell(esc(ind.name)),
                             Cell(esc(words.value(ind.baseline)), end=True),
                             Cell(esc(words.value(ind.target)), end=True),
                             Cell(esc(trend) or "&nbsp;")])
            b.table(rows, [[Cell(esc(words(h)), head=True) for h in
                            (R.OWNER, R.INDICATOR, R.BASELINE, R.TARGET, R.TREND)]],
                    widths=("9%", "33%", "11%", "11%", "36%"))
        else:
            b.para(esc(words(R.NOTHING)))
        b.cut()
        b.heading(esc(words(R.BUDGET)), H2_PT)
        if area.budget:
            rows = [[Cell(esc(x.code)), Cell(w.year(x.year), end=True),
                     Cell(esc(w.vocabulary(FundingSource(x.source).source_label)
                              if FundingSource.member(x.source) else x.source)),
                     Cell(esc(w.money(x.planned, currency)), end=True),
                     Cell(esc(w.money(x.spent, currency)), end=True)] for x in area.budget]
            b.table(rows, [[Cell(esc(words(h)), head=True, end=h in (R.PLANNED, R.SPENT))
                            for h in (R.CODE, R.YEAR, R.SOURCE, R.PLANNED, R.SPENT)]])
        else:
            b.para(esc(words(R.NOTHING)))
        b.heading(esc(words(R.PARTNERS)), H2_PT)
        b.para(esc(w.join(area.partners)) if area.partners else esc(words(R.NOTHING)))
        b.cut()
    b.cut()
    return b.blocks


def render_report(doc: PlanDocument, period: str, lang: str | None = None) -> Rendered:
    """The progress report of ``period`` as a PDF in memory; nothing is written."""
    ensure_gui_app()
    content = R.build(doc, period)
    renderer = _ReportRenderer(_Content(content.plan),  # type: ignore[arg-type]
                               lang or content.plan.language, "A4", False)
    data = renderer.report(content)
    return Rendered(data, renderer.pages, sum(len(a.actions) for a in content.areas),
                    renderer.w.lang)


def write_report_pdf(doc: PlanDocument, target: Path, period: str,
                     lang: str | None = None) -> Rendered:
    """Write the progress report PDF; OutputError (one line) when it cannot be."""
    from ..core.outfile import check_target, write_atomically

    target = Path(target).absolute()
    check_target(target)
    check_replaceable(doc, target)
    rendered = render_report(doc, period, lang)
    write_atomically(target, lambda fh: fh.write(rendered.data), "pdf",
                     lambda: check_replaceable(doc, target))
    return rendered
