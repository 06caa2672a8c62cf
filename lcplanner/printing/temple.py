"""The framework's temple drawn with QPainter: for the PDF's summary page and the wall poster.

Roof: the 3 benefits (with how many objectives aim at each).  Columns: the 6 building blocks.
Steps: the 3 fundamental conditions, widening towards the ground.  Each column and step shows its
code, full name, objectives, actions, budget, gaps and stock-take level, in the area's colour (the
window's colours, from core/colours.py) with black or white text, whichever reads better.

The type is as large as fits: sizes are tried from ``max_pt`` down to ``min_pt`` until every
tile's text fits its tile, also the longest word; the columns then grow to fill the height.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QPolygonF,
    QTextDocument,
    QTextOption,
)

from ..core import framework
from ..core.colours import AREA_FILLS, text_on, tint
from ..core.vocab import RATING_LEVELS
from . import labels as L
from .content import PlanContent
from .html import esc, user
from .textdoc import make_document


@dataclass
class _Tile:
    code: str
    html: str
    doc: QTextDocument | None = None


class Temple:
    """The temple of one plan in one language, fitted into a rectangle of a page."""

    def __init__(self, content: PlanContent, words: L.Pdf, device: QPagedPaintDevice) -> None:
        self.c, self.w, self.device = content, words, device
        self.px = device.logicalDpiY() / 72.0  # device pixels per point
        self.points = 0.0
        self.short = False  # the columns show the areas' short names (narrow paper)
        self.anywhere = False  # a last resort: words may break inside to stay in their tile
        self._texts()

    def _texts(self) -> None:
        self.benefits = [_Tile(a.code, self._benefit(a.code)) for a in framework.BENEFITS]
        self.columns = [_Tile(a.code, self._area(a.code, wide=False))
                        for a in framework.BUILDING_BLOCKS]
        self.steps = [_Tile(a.code, self._area(a.code, wide=True)) for a in framework.CONDITIONS]

    # --- texts ---------------------------------------------------------------------------------

    def _benefit(self, code: str) -> str:
        area = framework.AREA_BY_CODE[code]
        count = self.w.objectives(self.c.benefit_objectives.get(code, 0))
        return (f"<b>{esc(code)}</b><br/>{esc(self.w.framework(area.name))}<br/>"
                f"{esc(count)}")

    def _area(self, code: str, wide: bool) -> str:
        w, area = self.w, framework.AREA_BY_CODE[code]
        s = self.c.summary.get(code)
        facts: list[str] = []
        if s is not None:
            facts += [w.objectives(s.objectives), w.actions(s.actions),
                      w.money(s.budget_total, self.c.plan.currency, places=0)]
            gaps = s.missing_lead + s.missing_indicator + s.missing_budget + s.missing_dates
            if gaps:
                facts.append(w.gaps(gaps))
        level = self.c.levels.get(code)
        if level is not None:
            rounded = max(0, min(len(RATING_LEVELS) - 1, round(level)))
            facts.append(w(L.STOCKTAKE, w.vocabulary(RATING_LEVELS[rounded])))
        title = w.framework(area.short if self.short else area.name)
        name = esc(w(L.CODED, code, title)) if wide else f"<b>{esc(code)}</b><br/>{esc(title)}"
        if wide:
            return f"<b>{name}</b><br/>" + esc(" · ".join(facts))
        return f"{name}<br/><br/>" + "<br/>".join(esc(f) for f in facts)

    # --- layout ----------------------------------------------------------------------------------

    def _lay(self, tiles: list[_Tile], width: float, points: float) -> float | None:
        """Lay the tiles out ``width`` px wide: their tallest height, None if a word overflows."""
        tallest = 0.0
        for tile in tiles:
            colour = text_on(AREA_FILLS[tile.code])
            html = f'<div align="center" style="color:{colour}">{tile.html}</div>'
            tile.doc = make_document(html, self.device, points, self.w.rtl, width)
            if self.anywhere:
                option = tile.doc.defaultTextOption()
                option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
                tile.doc.setDefaultTextOption(option)
            elif tile.doc.idealWidth() > width + 1:
                return None
            tallest = max(tallest, tile.doc.size().height())
        return tallest

    def _geometry(self, rect: QRectF, points: float) -> dict[str, float] | None:
        line = points * 1.25 * self.px
        gap, pad = max(rect.width() * 0.012, line * 0.4), line * 0.45
        n_cols = len(self.columns)
        col_w = (rect.width() - gap * (n_cols - 1)) / n_cols
        band_w = (rect.width() - gap * (len(self.benefits) - 1)) / len(self.benefits)
        inset = rect.width() * 0.03
        band = self._lay(self.benefits, band_w - 2 * pad, points)
        cols = self._lay(self.columns, col_w - 2 * pad, points)
        step_heights = []
        for depth, tile in enumerate(self.steps):
            width = rect.width() - 2 * inset * (len(self.steps) - 1 - depth) - 2 * pad
            found = self._lay([tile], width, points)
            if found is None:
                return None
            step_heights.append(found + 2 * pad)
        if band is None or cols is None:
            return None
        roof = line * 2.6
        need = (roof + band + 2 * pad + gap + cols + 2 * pad + gap
                + sum(step_heights) + gap * (len(self.steps) - 1))
        if need > rect.height():
            return None
        spare = rect.height() - need
        lift = min(spare * 0.15, line * 2)  # a taller roof, then taller columns
        return {"gap": gap, "pad": pad, "col_w": col_w, "band_w": band_w, "inset": inset,
                "roof": roof + lift, "band": band + 2 * pad, "col_text": cols + 2 * pad,
                "cols": cols + 2 * pad + spare - lift,
                "steps": step_heights}  # type: ignore[dict-item]

    def fit(self, rect: QRectF, max_pt: float, min_pt: float = 9.0) -> float:
        """The largest type size (pt), from ``max_pt`` down to ``min_pt``, at which the temple
        fits ``rect``.  The areas' full names are kept unless their short names allow type a
        quarter larger (a poster read from across the room).  As a last resort the type stays
        at ``min_pt`` and words may break (never smaller type)."""
        found: dict[bool, float] = {}
        for short in (False, True):
            self.short = short
            self._texts()
            points = max_pt
            while points >= min_pt:
                if self._geometry(rect, points) is not None:
                    found[short] = points
                    break
                points = round(points - max(0.25, points * 0.05), 2)
            if not short and found.get(False) == max_pt:
                break  # the full names at the largest size: nothing to gain
        if found:
            full = found.get(False, 0.0)
            self.short = found.get(True, 0.0) >= 1.25 * full if full else True
            self._texts()
            self.points = found[self.short]
            return self.points
        self.anywhere = True
        self.points = min_pt
        return min_pt

    def fits(self, width: float, height: float, points: float) -> bool:
        """Whether the temple fits ``width`` × ``height`` px at ``points`` with some names."""
        for short in (False, True):
            if short != self.short:
                self.short = short
                self._texts()
            if self._geometry(QRectF(0, 0, width, height), points) is not None:
                return True
        return False

    def need(self, width: float, points: float) -> float:
        """The least height the temple needs ``width`` px wide at ``points`` (columns at the
        height of their text)."""
        geo = self._geometry(QRectF(0, 0, width, 1e9), points)
        if geo is None:  # a word wider than its column: the caller asks for less type
            return 1e9
        return 1e9 - (geo["cols"] - geo["col_text"])

    # --- painting --------------------------------------------------------------------------------

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the temple into ``rect`` at the size :meth:`fit` chose."""
        points = self.points or self.fit(rect, 12.0)
        geo = self._geometry(rect, points)
        if geo is None:  # too much text even at the smallest type: the columns run long
            geo = self._geometry(QRectF(rect.x(), rect.y(), rect.width(),
                                        self.need(rect.width(), points)), points)
            if geo is None:
                return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self.w.rtl
                                   else Qt.LayoutDirection.LeftToRight)
        x, y, width = rect.x(), rect.y(), rect.width()
        roof = geo["roof"]
        sand = QColor(AREA_FILLS["B2"])
        painter.setPen(QPen(sand.darker(140), max(1.0, 0.8 * self.px)))
        painter.setBrush(QColor(tint(AREA_FILLS["B2"], 0.35)))
        painter.drawPolygon(QPolygonF([QPointF(x, y + roof), QPointF(x + width / 2, y),
                                       QPointF(x + width, y + roof)]))
        self._caption(painter, QRectF(x + width * 0.3, y + roof * 0.45, width * 0.4, roof * 0.5),
                      self.c.plan.city, points)
        y += roof
        self._row(painter, self.benefits, x, y, geo["band_w"], geo["band"], geo)
        y += geo["band"] + geo["gap"]
        self._row(painter, self.columns, x, y, geo["col_w"], geo["cols"], geo)
        y += geo["cols"] + geo["gap"]
        steps: list[float] = geo["steps"]  # type: ignore[assignment]
        for depth, (tile, height) in enumerate(zip(self.steps, steps)):
            inset = geo["inset"] * (len(self.steps) - 1 - depth)
            self._tile(painter, tile, QRectF(x + inset, y, width - 2 * inset, height), geo["pad"])
            y += height + geo["gap"]
        painter.restore()

    def _row(self, painter: QPainter, tiles: list[_Tile], x: float, y: float, w: float, h: float,
             geo: dict[str, float]) -> None:
        order = list(reversed(tiles)) if self.w.rtl else tiles  # BB1 where reading starts
        for i, tile in enumerate(order):
            self._tile(painter, tile, QRectF(x + i * (w + geo["gap"]), y, w, h), geo["pad"])

    def _tile(self, painter: QPainter, tile: _Tile, rect: QRectF, pad: float) -> None:
        fill = QColor(AREA_FILLS[tile.code])
        painter.setPen(QPen(fill.darker(140), max(1.0, 0.8 * self.px)))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, pad * 0.8, pad * 0.8)
        doc = tile.doc
        if doc is None:
            return
        doc.setTextWidth(rect.width() - 2 * pad)
        top = rect.y() + max(pad, (rect.height() - doc.size().height()) / 2)
        painter.save()
        painter.translate(rect.x() + pad, top)
        doc.drawContents(painter)
        painter.restore()

    def _caption(self, painter: QPainter, rect: QRectF, text: str, points: float) -> None:
        doc = make_document(f'<div align="center"><b>{user(text)}</b></div>', self.device,
                            points, self.w.rtl, rect.width())
        painter.save()
        painter.translate(rect.x(), rect.y() + max(0.0, (rect.height() - doc.size().height()) / 2))
        doc.drawContents(painter)
        painter.restore()
