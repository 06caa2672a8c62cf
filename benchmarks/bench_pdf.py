"""Time the plan's PDF beside a bare QPdfWriter that prints the same number of pages of plain text.

    python benchmarks/bench_pdf.py [--repeat 5]

The baseline, in the same run: QPdfWriter on A4 with a QPainter drawing the plan's own texts
(titles, descriptions, indicators, organisations) line after line at 10 pt until as many pages
are full as the PDF has: no rich text layout, tables, temple, colours or fitting.  Goal: the demo
plan's PDF (Turkish, A4) in at most 2 s; the ratio says what the layout costs over bare printing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def plan_lines(doc) -> list[str]:  # type: ignore[no-untyped-def]
    """The plan's texts, one line each (what a bare printout would print)."""
    lines = [doc.plan().title, doc.plan().vision]
    for objective in doc.objectives():
        lines.append(f"{objective.code} {objective.statement}")
    for action in doc.actions():
        lines += [f"{action.code} {action.title}", action.description, action.target_groups,
                  action.lead_name, *(p.name for p in action.partners), action.notes]
    for indicator in doc.indicators():
        lines.append(f"{indicator.name}: {indicator.baseline} -> {indicator.target} "
                     f"{indicator.unit}")
    lines += [org.name for org in doc.organisations()]
    return [line for line in lines if line]


def bare_pdf(lines: list[str], pages: int) -> bytes:
    """``pages`` A4 pages of plain text drawn line by line, the lines repeated as needed."""
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
    from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout.Unit.Millimeter))
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    painter = QPainter(writer)
    painter.setFont(font)
    step = QFontMetricsF(font, writer).lineSpacing()
    height = writer.pageLayout().paintRectPixels(writer.resolution()).height()
    i = 0
    for page in range(pages):
        if page:
            writer.newPage()
        y = step
        while y < height:
            painter.drawText(0, int(y), lines[i % len(lines)][:110])
            y += step
            i += 1
    painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from lcplanner.core.demo import build_demo
    from lcplanner.printing.pdf import ensure_gui_app, render_pdf, write_pdf

    ensure_gui_app()
    folder = Path(tempfile.mkdtemp(prefix="lcplanner-bench-pdf-"))
    doc = build_demo(folder / "demo.lcplan", "tr")
    lines = plan_lines(doc)
    render_pdf(doc, "tr")  # warm up: fonts loaded, catalogues read
    print(f"LC Planner PDF benchmark (median of {args.repeat})")
    print(f"{'what':<30}{'pages':>7}{'PDF ms':>10}{'bare ms':>10}{'ratio':>8}")
    slowest = 0.0
    try:
        for name, lang, paper, poster in (("demo plan, Turkish, A4", "tr", "A4", False),
                                          ("demo plan, Arabic, A4", "ar", "A4", False),
                                          ("temple poster, A3", "tr", "A3", True)):
            ours, pages = [], 0
            for i in range(args.repeat):
                start = time.perf_counter()
                report = write_pdf(doc, folder / f"ours{i}.pdf", lang, paper, poster)
                ours.append(time.perf_counter() - start)
                pages = report.pages
            bare = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                bare_pdf(lines, pages)
                bare.append(time.perf_counter() - start)
            o, b = statistics.median(ours) * 1000, statistics.median(bare) * 1000
            print(f"{name:<30}{pages:>7}{o:>10.0f}{b:>10.0f}{o / b:>8.2f}")
            if not poster:
                slowest = max(slowest, *ours)
        verdict = "met" if slowest <= 2.0 else "MISSED"
        print(f"goal: the demo plan's PDF <= 2000 ms, every run: {verdict} "
              f"(slowest {slowest * 1000:.0f} ms)")
    finally:
        doc.close()


if __name__ == "__main__":
    main()
