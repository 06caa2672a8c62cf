"""Reading a PDF back as a reader's tools do (pypdf): the text of each page, where each piece of it
stands and how large it is printed, and the fonts it uses."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pypdf

INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2068\u2069\u200e\u200f"))  # soft breaks, isolates
ARABIC = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


@dataclass(frozen=True)
class Piece:
    """A run of text as drawn: its size in points and where it starts (points, from bottom left)."""

    text: str
    size: float
    x: float
    y: float


def plain(text: str) -> str:
    """Extracted text as a person reads it: ligatures undone (ﬁ), one space between words."""
    text = unicodedata.normalize("NFKC", text).translate(INVISIBLE)
    return " ".join(text.split())


def logical(visual: str) -> str:
    """Arabic as extracted (shaped forms, in the order they stand on the page) read again in
    writing order: 'ﺔﺤﻔﺼﻟا' -> 'الصفحة'."""
    return plain(visual)[::-1]


class Pdf:
    """A PDF read lazily: each page is extracted once (pypdf takes about 0.1 s a page)."""

    def __init__(self, path: Path) -> None:
        self.reader = pypdf.PdfReader(str(path))
        self.pages = self.reader.pages
        self._texts: dict[int, str] = {}
        self._pieces: dict[int, list[Piece]] = {}

    def __len__(self) -> int:
        return len(self.pages)

    @property
    def texts(self) -> list[str]:
        return [self.text(i) for i in range(len(self))]

    def text(self, index: int) -> str:
        """The page's text in reading order, header first (pypdf's plain extraction)."""
        if index not in self._texts:
            self._texts[index] = plain(self.pages[index].extract_text())
        return self._texts[index]

    def size(self, index: int = 0) -> tuple[float, float]:
        box = self.pages[index].mediabox
        return float(box.width), float(box.height)

    def pieces(self, index: int) -> list[Piece]:
        """The page's runs of text with size and place (slower: ask for the pages needed)."""
        if index not in self._pieces:
            found: list[Piece] = []

            def visit(text, cm, tm, _font, size) -> None:  # type: ignore[no-untyped-def]
                if text.strip():
                    scale = math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])
                    x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                    found.append(Piece(text, size * scale, x, y))

            self.pages[index].extract_text(visitor_text=visit)
            self._pieces[index] = found
        return self._pieces[index]

    def header(self, index: int) -> list[Piece]:
        """The pieces of the page's header line (the highest line of text on the page)."""
        pieces = self.pieces(index)
        top = max(p.y for p in pieces)
        return [p for p in pieces if abs(p.y - top) < 2]

    def fonts(self) -> dict[str, object]:
        """Every font of every page, by name: the font dictionary."""
        found: dict[str, object] = {}
        for page in self.pages:
            resources = page.get("/Resources") or {}
            for font in (resources.get("/Font") or {}).values():
                font = font.get_object()
                found[str(font.get("/BaseFont"))] = font
        return found


def embedded(font: object) -> bool:
    """Whether a font carries its glyphs (FontFile, FontFile2 or FontFile3 in its descriptor)."""
    descriptors = []
    if "/FontDescriptor" in font:  # type: ignore[operator]
        descriptors.append(font["/FontDescriptor"])  # type: ignore[index]
    for descendant in font.get("/DescendantFonts") or []:  # type: ignore[attr-defined]
        descriptors.append(descendant.get_object()["/FontDescriptor"])
    return bool(descriptors) and all(
        any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        for d in descriptors)
