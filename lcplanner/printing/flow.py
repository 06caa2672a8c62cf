"""Pages from blocks of rich text: each block stays on one page when it can.

QTextDocument paginates by itself, but it breaks wherever the page ends: an action's table would
start at the foot of one page and go on at the head of the next, its budget rows cut off from
their header.  So the body comes in blocks (an action, with the headings that introduce it), and
a block that fits on a page but not on what is left of this one starts on the next page.  A block
longer than a page starts on a page of its own and runs on, paginated by Qt (its table's header
row repeats on each page).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPainter, QTextDocument


@dataclass(frozen=True)
class Piece:
    """Page ``index`` of a block's document, drawn ``y`` device pixels down a page's body."""

    doc: QTextDocument
    index: int = 0
    y: float = 0.0

    def paint(self, painter: QPainter, body: QRectF) -> None:
        height = body.height()
        painter.save()
        painter.translate(body.x(), body.y() + self.y - self.index * height)
        self.doc.drawContents(painter, QRectF(0, self.index * height, body.width(),
                                              height - self.y))
        painter.restore()


class Flow:
    """Lays blocks onto pages of ``size`` (device pixels); :attr:`pages` lists what each shows."""

    def __init__(self, size: QSizeF, make: Callable[[str, float], QTextDocument]) -> None:
        self.size = size
        self.make = make
        self.pages: list[list[Piece]] = []
        self.y = 0.0  # where the next block starts on the last page

    def add(self, html: str, new_page: bool = False) -> None:
        doc = self.make(html, self.size.width())
        height = _bottom(doc)
        if not self.pages or new_page or (height > self.size.height() - self.y and self.y > 0):
            self._new_page()
        if height <= self.size.height():
            self.pages[-1].append(Piece(doc, 0, self.y))
            self.y += height
            return
        doc.setPageSize(self.size)  # longer than a page: Qt paginates it from this page's top
        count = doc.pageCount()
        self.pages[-1].append(Piece(doc))
        for index in range(1, count):
            self.pages.append([Piece(doc, index)])
        self.y = _bottom(doc) - (count - 1) * self.size.height()

    def _new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0


def _bottom(doc: QTextDocument) -> float:
    """Where the document's text ends (its size may round up to whole pages)."""
    return doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom()
