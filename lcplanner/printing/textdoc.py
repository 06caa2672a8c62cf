"""QTextDocuments laid out for the PDF device: type in points, direction of the language.

A document measures text with the fonts of the device it will paint on (``setPaintDevice``), so
what was measured is what prints.  Qt decides each paragraph's direction from its first letters;
in an Arabic PDF every paragraph is set right to left instead (``<body dir="rtl">``, which Qt
passes on to every paragraph and table cell), even one that holds a Turkish organisation's name,
so the page reads as one right-to-left document.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QTextDocument, QTextOption

# The family asked for first; Qt falls back per script (DejaVu Sans on Linux carries Latin,
# Turkish and Arabic; Windows and macOS fall back from their own sans fonts).
FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "Helvetica Neue", "sans-serif"]


def base_font(points: float) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    return font


def make_document(html: str, device: QPagedPaintDevice, points: float, rtl: bool,
                  width: float | None = None) -> QTextDocument:
    """A document of ``html`` measured for ``device``, ``width`` device pixels wide if given.

    Device, type and width are set while the document is still empty, so the text is laid out
    once (each of them set later would lay it all out again).
    """
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(base_font(points))
    doc.setDocumentMargin(0)
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word: see html.esc
    if rtl:
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    doc.setDefaultTextOption(option)
    if width is not None:
        doc.setTextWidth(width)
    doc.setHtml(f'<body dir="rtl">{html}</body>' if rtl else html)
    return doc
