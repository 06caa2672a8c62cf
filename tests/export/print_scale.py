"""What size a sheet's text prints at, computed from the workbook as a spreadsheet prints it.

A column of width w (characters of the default 11-pt font) is w·7+5 pixels at 96 dpi, that is
0.75 pt a pixel; with "fit to one page wide" the sheet is scaled so its printed columns fill the
paper between the margins (never enlarged); the smallest font in the printed cells times that
scale is what a council member reads.
"""

from __future__ import annotations

from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.cell import range_boundaries

PAPER_MM = {9: (210, 297), 8: (297, 420)}  # A4, A3 (short side, long side)
DEFAULT_WIDTH = 8.43  # Excel's default column width in characters


def printed_columns(ws) -> list[str]:  # type: ignore[no-untyped-def]
    """The letters of the columns that print: those of the print area (or every used column),
    hidden ones left out."""
    last = ws.max_column
    first = 1
    if ws.print_area:
        area = str(ws.print_area).split("!")[-1].replace("$", "")
        first, _r1, last, _r2 = range_boundaries(area)
    letters = [get_column_letter(i) for i in range(first, last + 1)]
    return [c for c in letters if not ws.column_dimensions[c].hidden]


def scale(ws) -> float:  # type: ignore[no-untyped-def]
    """The print scale (1.0 = 100 %) of a sheet set to fit one page wide, or its fixed scale."""
    setup = ws.page_setup
    if not ws.sheet_properties.pageSetUpPr.fitToPage:
        return (setup.scale or 100) / 100
    short, long = PAPER_MM[int(setup.paperSize or 9)]
    paper_in = (long if setup.orientation == "landscape" else short) / 25.4
    margins = ws.page_margins
    printable_pt = (paper_in - margins.left - margins.right) * 72
    width_pt = sum((ws.column_dimensions[c].width or DEFAULT_WIDTH) * 7 + 5
                   for c in printed_columns(ws)) * 0.75
    return min(1.0, printable_pt / width_pt) if width_pt else 1.0


def smallest_font(ws) -> float:  # type: ignore[no-untyped-def]
    """The smallest font size among the printed columns' non-empty cells."""
    columns = {column_index_from_string(c) for c in printed_columns(ws)}
    sizes = [cell.font.sz or 11.0 for row in ws.iter_rows() for cell in row
             if cell.column in columns and cell.value not in (None, "")]
    return min(sizes, default=11.0)


def printed_points(ws) -> float:  # type: ignore[no-untyped-def]
    return smallest_font(ws) * scale(ws)
