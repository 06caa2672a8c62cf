"""The timeline as a PDF: landscape pages of bars, the plan's whole period across each page,
the rows running on from page to page with the axis repeated at the top of each.

The window's painter (timeline_paint.py) draws on the PDF writer, so the printed timeline is
the one on screen.  The axis shows months, quarters or years, whichever stay readable at the
page's width.  Rendered into memory, then written atomically, as every PDF of the app.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt
from PySide6.QtGui import QPainter

from ..core.timeline import Scale, build_rows
from .pdf import HEADER_PT, Rendered, _Renderer, check_replaceable, ensure_gui_app
from .textdoc import base_font
from .timeline_paint import Look, paint_header, paint_rows

if TYPE_CHECKING:
    from ..core.document import PlanDocument
    from ..core.rows import PlanRow

TITLE = QT_TRANSLATE_NOOP("Pdf", "Timeline")
ROW_PT = 8.0  # the rows' type: readable on A4 landscape, 25 rows and more a page


class _Content:
    """What the page header and the PDF's properties need of the plan."""

    def __init__(self, plan: PlanRow) -> None:
        self.plan = plan


class _TimelineRenderer(_Renderer):
    def timeline(self, doc: PlanDocument, colour_by: str) -> bytes:
        plan = doc.plan()
        rows = build_rows(doc.actions(), doc.objectives(), doc.milestones())
        header = (HEADER_PT * 1.6 + 6) * self.px
        font = base_font(ROW_PT)
        look = Look(font, row_height=ROW_PT * 2.0 * self.px, label_width=self.page.width() * 0.3,
                    header_height=ROW_PT * 4.0 * self.px, colour_by=colour_by, rtl=self.w.rtl,
                    device=self.writer, translate=self.w.texts, locale=self.w.locale)
        chart = self.page.width() - look.label_width
        first = Scale.of("year", plan.period_start, plan.period_end, rows)
        day_width = chart / ((first.last - first.first).days + 1)
        # the finest axis whose marks keep room for their text
        zoom = "month" if day_width * 30 >= look.metrics.horizontalAdvance("MMMM") else \
            "quarter" if day_width * 91 >= look.metrics.horizontalAdvance("Q0 ") else "year"
        scale = Scale(first.first, first.last, day_width)
        body = QRectF(0, header, self.page.width(), self.page.height() - header)
        per_page = max(1, int((body.height() - look.header_height) // look.row_height))
        axis = QRectF(look.label_width, body.top(), chart, look.header_height)
        title = QRectF(0, body.top(), look.label_width, look.header_height)

        def page(start: int) -> Callable[[QPainter], None]:
            def paint(painter: QPainter) -> None:
                paint_header(painter, scale, zoom, 0, axis, look)
                painter.setFont(look.bold)
                painter.drawText(title, int(Qt.AlignmentFlag.AlignLeft
                                            | Qt.AlignmentFlag.AlignVCenter), self.w(TITLE))
                lines = QRectF(0, body.top() + look.header_height, body.width(),
                               min(per_page, len(rows) - start) * look.row_height)
                paint_rows(painter, rows, start, scale, 0, lines, look, today=dt.date.today())
            return paint

        return self._print([page(start) for start in range(0, max(1, len(rows)), per_page)])


def render_timeline(doc: PlanDocument, lang: str | None = None, paper: str = "A4",
                    colour_by: str = "area") -> Rendered:
    """The timeline as a PDF in memory (landscape ``paper``); nothing is written."""
    ensure_gui_app()
    plan = doc.plan()
    renderer = _TimelineRenderer(_Content(plan), lang or plan.language,  # type: ignore[arg-type]
                                 paper, True)
    data = renderer.timeline(doc, colour_by)
    return Rendered(data, renderer.pages, len(doc.actions()), renderer.w.lang)


def write_timeline_pdf(doc: PlanDocument, target: Path, lang: str | None = None,
                       paper: str = "A4", colour_by: str = "area") -> Rendered:
    """Write the timeline PDF; OutputError (one line) when it cannot be."""
    from ..core.outfile import check_target, write_atomically

    target = Path(target).absolute()
    check_target(target)
    check_replaceable(doc, target)
    rendered = render_timeline(doc, lang, paper, colour_by)
    write_atomically(target, lambda fh: fh.write(rendered.data), "pdf",
                     lambda: check_replaceable(doc, target))
    return rendered
