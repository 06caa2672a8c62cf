"""The workbook's styles, shared by every sheet writer.

Every font names its face: a font without a name falls back to the spreadsheet's default for
bold text, which LibreOffice renders as a serif.  Every data cell is aligned to the top, so a
short code or status sits on the same line as the first line of a wrapped description beside it.
"""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

FACE = "Calibri"  # Excel's default; LibreOffice uses the metric-compatible Carlito
SIZE = 11.0  # body text; the print scale test checks SIZE × scale ≥ 8 pt
BODY = Font(name=FACE, size=SIZE)
BOLD = Font(name=FACE, size=SIZE, bold=True)
HEADER_FONT = Font(name=FACE, size=SIZE, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F4F6F")
TITLE_FONT = Font(name=FACE, size=16, bold=True)
SECTION_FONT = Font(name=FACE, size=13, bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
RIGHT_TOP = Alignment(vertical="top", horizontal="right")
UPWARDS = Alignment(text_rotation=90, vertical="bottom", horizontal="center", wrap_text=True)
# A white line under each timeline bar, so the bars of neighbouring actions stay apart.
BAR_BORDER = Border(top=Side(style="thin", color="FFFFFF"), bottom=Side(style="thin", color="FFFFFF"))
