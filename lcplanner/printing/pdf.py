"""The plan as a PDF: a document (cover, the temple page, a section per area, the organisations)
or a one-page temple wall poster, drawn with Qt's QPdfWriter into memory, then saved atomically.

Rendering into memory first (a QBuffer) means a failure while drawing leaves no half-written
file; :func:`lcplanner.core.outfile.write_atomically` then puts the bytes in place or leaves the
old file as it was.  Qt embeds a subset of every font it draws with, so the PDF shows the same
letters (Turkish ğ ş ı İ, Arabic) on any computer.

The document is portrait: it is read like a report, page after page, and an action's fields sit
as label and value rows that want height rather than width.  The poster is landscape: the temple
is wider than tall, and six columns read from across a room only with room for large type.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLineF,
    QMarginsF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from .. import i18n
from ..core import framework
from . import content as plan_content
from . import labels as L
from .flow import Flow, Piece
from .html import RULE, Builder, esc, iso, user
from .sections import BODY_PT, H1_PT, SMALL_PT, ZERO, Sections
from .temple import Temple
from .textdoc import base_font, make_document

if TYPE_CHECKING:
    from ..core.document import PlanDocument

PAPERS = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3,
          "A1": QPageSize.PageSizeId.A1}
MARGIN_MM = 15.0  # the document's margins (the header sits inside them)
HEADER_PT = 9.0
_gui_app: QGuiApplication | None = None


@dataclass(frozen=True)
class PdfReport:
    """What was written: for the command's and the window's one-line confirmation."""

    path: Path
    pages: int
    actions: int
    language: str
    paper: str
    poster: bool


def ensure_gui_app() -> QGuiApplication:
    """The QGuiApplication that QtGui's text layout needs, made if there is no application yet.

    Fonts, shaping (Arabic joins, Turkish İ) and QPdfWriter work only under a QGuiApplication,
    while the command line starts a bare QCoreApplication so that info and check run on a server
    without Qt's GUI libraries.  So `lcplanner pdf` calls this before cli.py's _command_app: the
    application is made on Qt's "offscreen" platform (unless QT_QPA_PLATFORM says otherwise), so
    no display is needed, with the system language's translators as _command_app installs them.

    Qt allows one application object, and a bare QCoreApplication cannot be turned into a
    QGuiApplication (PySide6 could destroy it, but that destroys every QObject made so far, the
    command line's own texts included): then this raises RuntimeError, a wiring mistake.
    """
    global _gui_app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("printing needs a QGuiApplication: call ensure_gui_app() before a "
                           "QCoreApplication is made (cli._command_app)")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _gui_app = QGuiApplication(["lcplanner"])
    i18n.install(_gui_app)
    return _gui_app


def page_size(paper: str, poster: bool) -> QPageLayout:
    """The page layout of ``paper`` (A4, A3, A1): portrait document, landscape poster."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    orientation = QPageLayout.Orientation.Landscape if poster else QPageLayout.Orientation.Portrait
    scale = QPageSize(PAPERS[paper]).size(QPageSize.Unit.Millimeter).width() / 210.0
    margin = MARGIN_MM * (scale ** 0.5)  # wider margins on larger paper, not proportionally
    return QPageLayout(QPageSize(PAPERS[paper]), orientation,
                       QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)


class _Renderer:
    """One PDF in one language on one paper: lays out every part, then paints the pages."""

    def __init__(self, content: plan_content.PlanContent, lang: str, paper: str,
                 poster: bool) -> None:
        self.c = content
        self.w = L.Pdf(lang)
        self.buffer = QBuffer()
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self.buffer)
        self.writer.setPageLayout(page_size(paper, poster))
        self.writer.setTitle(content.plan.title)
        self.writer.setCreator("LC Planner")
        self.px = self.writer.logicalDpiY() / 72.0
        paint = self.writer.pageLayout().paintRectPixels(self.writer.resolution())
        self.page = QRectF(0, 0, paint.width(), paint.height())
        # Type grows with the paper: 1.0 on A4, about 1.41 on A3 and 2.83 on A1 (the square root
        # of the area, whatever the orientation).
        size = self.writer.pageLayout().fullRect(QPageLayout.Unit.Millimeter)
        self.scale = ((size.width() * size.height()) / (210.0 * 297.0)) ** 0.5
        self.pages = 0

    def doc(self, html: str, points: float, width: float | None = None) -> QTextDocument:
        return make_document(html, self.writer, points, self.w.rtl, width)

    # --- the document ----------------------------------------------------------------------------

    def document(self) -> bytes:
        header = (HEADER_PT * 1.6 + 6) * self.px
        body = QRectF(0, header, self.page.width(), self.page.height() - header)
        sections = Sections(self.c, self.w)
        cover = Flow(body.size(), lambda html, width: self.doc(html, BODY_PT, width))
        cover.add(sections.cover())
        flow = Flow(body.size(), lambda html, width: self.doc(html, BODY_PT, width))
        for html, new_page in sections.body():
            flow.add(html, new_page)
        pages: list[Callable[[QPainter], None]] = [self._pieces(p, body) for p in cover.pages]
        pages += self._glance(body)
        pages += [self._pieces(p, body) for p in flow.pages]
        return self._print(pages)

    def _print(self, pages: list[Callable[[QPainter], None]]) -> bytes:
        """Each page with the header (title, "Page 3 of 24") and what ``paint`` draws."""
        painter = QPainter(self.writer)
        try:
            for number, paint in enumerate(pages, start=1):
                if number > 1:
                    self.writer.newPage()
                self._header(painter, number, len(pages))
                paint(painter)
        finally:
            painter.end()
        self.pages = len(pages)
        return self._bytes()

    @staticmethod
    def _pieces(pieces: list[Piece], body: QRectF) -> Callable[[QPainter], None]:
        def paint(painter: QPainter) -> None:
            for piece in pieces:
                piece.paint(painter, body)
        return paint

    def _glance(self, body: QRectF) -> list[Callable[[QPainter], None]]:
        """The temple page: a heading, the temple, and the per-area table under it.  When the
        table and a temple at readable size do not share one page, the table gets its own."""
        p, w = self.c.plan, self.w
        b = Builder(w.rtl)
        b.heading(esc(w(L.AT_A_GLANCE)), H1_PT, space_before=0)
        total = sum((s.budget_total for s in self.c.summary.values()), ZERO)
        b.para(esc(" · ".join((w(L.DATE_RANGE, w.year(p.period_start), w.year(p.period_end)),
                               w.objectives(self.c.objective_count), w.actions(self.c.action_count),
                               w(L.LABELLED, w(L.TOTAL_BUDGET), w.money(total, p.currency))))),
               space_after=0)
        top = self.doc(b.text(), BODY_PT, body.width())
        table = self.doc(Sections(self.c, w).summary_table(), SMALL_PT, body.width())
        gap = 8 * self.px
        temple = Temple(self.c, w, self.writer)
        room = QRectF(body.x(), body.y() + top.size().height() + gap, body.width(),
                      body.height() - top.size().height() - table.size().height() - 2 * gap)
        together = temple.fits(room.width(), room.height(), 9.0)
        if not together:
            room.setHeight(body.height() - top.size().height() - gap)
        temple.fit(room, 12.0 * self.scale)

        def first(painter: QPainter) -> None:
            self._draw(painter, top, body.topLeft())
            temple.paint(painter, room)
            if together:
                self._draw(painter, table, QRectF(body.x(), room.bottom() + gap, 0, 0).topLeft())

        pages = [first]
        if not together:
            pages.append(lambda painter: self._draw(painter, table, body.topLeft()))
        return pages

    def _draw(self, painter: QPainter, doc: QTextDocument, at: object) -> None:
        painter.save()
        painter.translate(at)  # type: ignore[call-overload]
        doc.drawContents(painter)
        painter.restore()

    def _header(self, painter: QPainter, number: int, total: int) -> None:
        """The plan's title at the start of the line, "Page 3 of 24" at its end, and a rule."""
        font = base_font(HEADER_PT)
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor("#333333"))
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self.w.rtl
                                   else Qt.LayoutDirection.LeftToRight)
        metrics = QFontMetricsF(font, self.writer)
        line = QRectF(0, 0, self.page.width(), metrics.height())
        page_text = self.w.page(number, total)
        room = line.width() - metrics.horizontalAdvance(page_text) - 12 * self.px
        title = iso(metrics.elidedText(self.c.plan.title, Qt.TextElideMode.ElideRight, room))
        # Left and right swap in a right-to-left painter: the title starts where reading does.
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | middle), title)
        painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | middle), page_text)
        painter.setPen(QPen(QColor(RULE), 0.6 * self.px))
        rule_y = line.bottom() + 3 * self.px
        painter.drawLine(QLineF(0, rule_y, self.page.width(), rule_y))
        painter.restore()

    # --- the poster ------------------------------------------------------------------------------

    def poster(self) -> bytes:
        """One page: the title, the place and period, the temple as large as fits, the totals."""
        p, w = self.c.plan, self.w
        s = self.scale
        head = Builder(w.rtl)
        head.add(f'<div align="center"><span style="font-size:{30 * s:.1f}pt"><b>{user(p.title)}'
                 "</b></span></div>")
        period = w(L.DATE_RANGE, w.year(p.period_start), w.year(p.period_end))
        line = " · ".join(x for x in (w.place(p.city, p.country), period) if x)
        head.add(f'<div align="center"><span style="font-size:{15 * s:.1f}pt">{esc(line)}'
                 "</span></div>")
        top = self.doc(head.text(), 15 * s, self.page.width())
        total = sum((x.budget_total for x in self.c.summary.values()), ZERO)
        totals = " · ".join((w.objectives(self.c.objective_count), w.actions(self.c.action_count),
                             w(L.LABELLED, w(L.TOTAL_BUDGET), w.money(total, p.currency, 0))))
        source = " · ".join((w(L.LABELLED, w(L.EXPORTED), w.moment(self.c.exported)),
                             w.framework(framework.FRAMEWORK_SOURCE)))
        foot = Builder(w.rtl)
        foot.add(f'<div align="center"><span style="font-size:{13 * s:.1f}pt"><b>{esc(totals)}'
                 "</b></span></div>")
        foot.add(f'<div align="center"><span style="font-size:{max(9.0, 8 * s):.1f}pt">'
                 f"{esc(source)}</span></div>")  # never under 9 pt, even on an A4 poster
        bottom = self.doc(foot.text(), 10 * s, self.page.width())
        gap = 10 * s * self.px
        room = QRectF(0, top.size().height() + gap, self.page.width(),
                      self.page.height() - top.size().height() - bottom.size().height() - 2 * gap)
        temple = Temple(self.c, w, self.writer)
        temple.fit(room, 24.0 * s, 9.0)
        painter = QPainter(self.writer)
        try:
            self._draw(painter, top, self.page.topLeft())
            temple.paint(painter, room)
            self._draw(painter, bottom, QRectF(0, self.page.height() - bottom.size().height(),
                                               0, 0).topLeft())
        finally:
            painter.end()
        self.pages = 1
        return self._bytes()

    def _bytes(self) -> bytes:
        self.buffer.close()
        data: QByteArray = self.buffer.data()
        return bytes(data.data())


@dataclass(frozen=True)
class Rendered:
    """A PDF in memory, not yet written anywhere."""

    data: bytes
    pages: int
    actions: int
    language: str


def render_pdf(doc: PlanDocument, lang: str | None = None, paper: str = "A4",
               poster: bool = False) -> Rendered:
    """The PDF in memory (``lang`` default: the plan's language); nothing is written."""
    ensure_gui_app()
    content = plan_content.read(doc)
    renderer = _Renderer(content, lang or content.plan.language, paper, poster)
    data = renderer.poster() if poster else renderer.document()
    return Rendered(data, renderer.pages, content.action_count, renderer.w.lang)


_NOT_PDF_NAME = QT_TRANSLATE_NOOP(
    "PlanError", "%1 is not a PDF file name. Choose a name ending in .pdf.")
_IS_THE_PLAN = QT_TRANSLATE_NOOP(
    "PlanError", "%1 is the plan being printed; the PDF must not replace it. Choose another name.")
_NOT_A_PDF = QT_TRANSLATE_NOOP(
    "PlanError",
    "%1 already exists and is not a PDF, so it was left as it is. Choose another name.")


def check_replaceable(doc: PlanDocument, target: Path) -> None:
    """Refuse a target the PDF must not take: not a .pdf name (a PDF named .txt or .lcplan
    helps nobody), the plan itself or its journal, or an existing file that is not a PDF."""
    from ..core.outfile import OutputError

    plan = Path(doc.path)
    for name in (plan.name + suffix for suffix in ("", "-journal", "-wal", "-shm", ".lock")):
        try:
            if os.path.samefile(target, plan.with_name(name)):
                raise OutputError(_IS_THE_PLAN, target, field="path")
        except OSError:
            continue
    if target.suffix.lower() != ".pdf":
        raise OutputError(_NOT_PDF_NAME, target, field="path")
    try:
        with open(target, "rb") as fh:
            head = fh.read(5)
    except FileNotFoundError:
        return
    except OSError:
        head = b"?"  # unreadable: it cannot be shown to be a PDF
    if head and head != b"%PDF-":
        raise OutputError(_NOT_A_PDF, target, field="path")


def write_pdf(doc: PlanDocument, target: Path, lang: str | None = None, paper: str = "A4",
              poster: bool = False) -> PdfReport:
    """Write the plan (or its temple poster) as a PDF to ``target`` in ``lang`` (default: the
    plan's language) on ``paper`` (A4, A3, A1).  Raises OutputError (exit code 4) when the
    target cannot be written or must not be replaced; nothing is left behind then."""
    from ..core.outfile import check_target, write_atomically

    target = Path(target).absolute()
    check_target(target)
    check_replaceable(doc, target)
    rendered = render_pdf(doc, lang, paper, poster)
    write_atomically(target, lambda fh: fh.write(rendered.data), "pdf",
                     lambda: check_replaceable(doc, target))
    return PdfReport(target, rendered.pages, rendered.actions, rendered.language, paper, poster)
