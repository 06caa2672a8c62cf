"""Small builders of the rich text (Qt's HTML subset) that QTextDocument lays out into pages.

Qt's text layout mirrors paragraphs for a right-to-left language but not tables: their columns
stay left to right.  So every row is built here, in reading order, and turned round for Arabic;
"end" alignment (numbers) likewise becomes left.  User text always passes :func:`esc`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

RULE = "#B8B8B8"  # table lines: visible on paper, quieter than the text
HEAD_FILL = "#E9E9E9"  # header rows: grey that prints on any printer
MUTED = "#555555"  # secondary text (labels, notes): still 7:1 on white


LONG_WORD = 24  # characters: a longer "word" (a web address, a file path) may break inside
_LONG = re.compile(r"\S{%d,}" % LONG_WORD)
_BREAK_AFTER = re.compile(r"([/._\-?&=@])")
SOFT_BREAK = "\u200b"  # zero-width space: a place to break a line that shows nothing


def _breakable(word: re.Match[str]) -> str:
    """A long word with places to break: after / . _ - and the like, else every 16 letters."""
    text = _BREAK_AFTER.sub(lambda m: m.group(1) + SOFT_BREAK, word.group(0))
    return SOFT_BREAK.join(part if len(part) < LONG_WORD else
                           SOFT_BREAK.join(part[i:i + 16] for i in range(0, len(part), 16))
                           for part in text.split(SOFT_BREAK))


FSI, PDI = "\u2068", "\u2069"  # first-strong isolate ... pop directional isolate


def iso(text: object) -> str:
    """User text set apart for the bidi algorithm, line by line: a Turkish sentence in an
    Arabic PDF keeps its full stop at its own end, and an Arabic name in an English PDF reads
    right to left, whatever surrounds them.  Invisible; Qt lays isolates out (Unicode 6.3)."""
    return "\n".join(f"{FSI}{line}{PDI}" if line else "" for line in str(text or "").split("\n"))


def user(text: object) -> str:
    """User text as rich text: isolated (see :func:`iso`) and escaped (see :func:`esc`)."""
    return esc(iso(text))


def esc(text: object) -> str:
    """User text as rich text: escaped, its line breaks kept, long words made breakable.

    Lines break only between words (a table column is never narrower than its longest word, so
    "Başlangıç" is not cut into "Başlangı / ç"); a web address would then push a table off the
    page, so words longer than LONG_WORD get invisible places to break.
    """
    plain = _LONG.sub(_breakable, str(text or ""))
    return html.escape(plain, quote=True).replace("\n", "<br/>")


@dataclass(frozen=True)
class Cell:
    """One table cell: rich text (already escaped), and how it sits."""

    html: str
    span: int = 1
    width: str = ""  # "30%"
    head: bool = False
    end: bool = False  # numbers: aligned to the end of the line
    fill: str = ""
    colour: str = ""


class Builder:
    """Rich text in one direction: ``rtl`` turns table rows round and ends to the left."""

    def __init__(self, rtl: bool) -> None:
        self.rtl = rtl
        self.parts: list[str] = []
        self.blocks: list[tuple[str, bool]] = []  # (rich text, starts a page): see flow.py
        self._new_page = False

    def add(self, fragment: str) -> None:
        self.parts.append(fragment)

    def text(self) -> str:
        return "".join(self.parts)

    def cut(self) -> None:
        """End a block: what was added since the last cut is kept on one page if it can be."""
        if self.parts:
            self.blocks.append((self.text(), self._new_page))
            self.parts, self._new_page = [], False

    def new_page(self) -> None:
        """The next block starts on a new page."""
        self.cut()
        self._new_page = True

    @property
    def end(self) -> str:
        return "left" if self.rtl else "right"

    @property
    def start(self) -> str:
        return "right" if self.rtl else "left"

    def cell(self, cell: Cell) -> str:
        tag = "th" if cell.head else "td"
        attrs = [f'align="{self.end if cell.end else self.start}"', 'valign="top"']
        if cell.span > 1:
            attrs.append(f'colspan="{cell.span}"')
        if cell.width:
            attrs.append(f'width="{cell.width}"')
        fill = cell.fill or (HEAD_FILL if cell.head else "")
        if fill:
            attrs.append(f'bgcolor="{fill}"')
        body = cell.html
        if cell.colour:
            body = f'<span style="color:{cell.colour}">{body}</span>'
        if cell.head:
            body = f"<b>{body}</b>"
        return f"<{tag} {' '.join(attrs)}>{body}</{tag}>"

    def row(self, cells: Sequence[Cell]) -> str:
        ordered = list(reversed(cells)) if self.rtl else list(cells)
        return "<tr>" + "".join(self.cell(c) for c in ordered) + "</tr>"

    def table(self, rows: Sequence[Sequence[Cell]], head: Sequence[Sequence[Cell]] = (),
              width: str = "100%", border: str = RULE, space_after: float = 6,
              padding: int = 3, widths: Sequence[str] = ()) -> None:
        """A table; ``head`` rows repeat at the top of each page the table runs onto.

        ``widths`` ("30%" or "" per column) go on every row's cells: Qt takes a column's width
        from whichever row it reads first, the repeated header row included.
        """
        if widths:
            head = [_widened(r, widths) for r in head]
            rows = [_widened(r, widths) for r in rows]
        style = (f"border-collapse:collapse; border-color:{border}; border-style:solid; "
                 f"margin-bottom:{space_after}pt")
        self.add(f'<table width="{width}" border="1" cellspacing="0" cellpadding="{padding}" '
                 f'style="{style}">')
        if head:
            self.add("<thead>" + "".join(self.row(r) for r in head) + "</thead>")
        self.add("<tbody>" + "".join(self.row(r) for r in rows) + "</tbody></table>")

    def heading(self, html_text: str, size: float, fill: str = "", colour: str = "",
                space_before: float = 8) -> None:
        """A bold line of ``size`` points: a paragraph, since Qt sizes <h1>…<h3> its own way
        whatever their style says."""
        style = [f"margin-top:{space_before}pt", "margin-bottom:4pt"]
        if fill:
            style.append(f"background-color:{fill}")
        if colour:
            style.append(f"color:{colour}")
        self.add(f'<p style="{"; ".join(style)}"><span style="font-size:{size}pt; '
                 f'font-weight:bold">{html_text}</span></p>')

    def para(self, html_text: str, size: float | None = None, colour: str = "",
             space_after: float = 4, align: str = "", space_before: float = 0) -> None:
        style = [f"margin-top:{space_before}pt; margin-bottom:{space_after}pt"]
        if size:
            style.append(f"font-size:{size}pt")
        if colour:
            style.append(f"color:{colour}")
        extra = f' align="{align}"' if align else ""
        self.add(f'<p style="{"; ".join(style)}"{extra}>{html_text}</p>')


def _widened(row: Sequence[Cell], widths: Sequence[str]) -> list[Cell]:
    """The row's single-column cells with the column's width (spanning cells keep theirs)."""
    out, column = [], 0
    for cell in row:
        if cell.span == 1 and not cell.width and column < len(widths) and widths[column]:
            cell = Cell(cell.html, cell.span, widths[column], cell.head, cell.end, cell.fill,
                        cell.colour)
        out.append(cell)
        column += cell.span
    return out
