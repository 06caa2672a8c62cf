"""`lcplanner report FILE --period 2027 -o OUT.pdf|OUT.xlsx [--lang]`: the progress report.

The output's name says the format: a PDF (printing/progress_pdf.py) or a workbook
(export/progress_workbook.py).  Without ``--period``, the reporting period of today in the
plan's rhythm.  A period written wrongly is a usage error (exit 2), a plan that cannot be opened
exit 3, an output that cannot be written exit 4, each one line; nothing half-written is left.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from . import i18n

FORMATS = (".pdf", ".xlsx")


class ReportCli(QObject):
    """The command's texts (context "ReportCli"), in the system's language."""

    def __init__(self, lang: str | None = None) -> None:
        super().__init__()
        self._texts = i18n.Texts(lang or i18n.system_language())

    def tr(self, source: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        return self._texts("ReportCli", source, n)

    def help_texts(self) -> dict[str, str]:
        return {
            "report": self.tr("write the progress report of a reporting period (PDF or Excel)"),
            "report_period": self.tr("the period: a year (2027) or a quarter (2027-Q2); default: "
                                     "today's"),
            "report_output": self.tr("the report to write: a .pdf or an .xlsx file"),
            "report_lang": self.tr("language of the report (default: the plan's language)"),
        }

    def bad_period(self, text: str) -> str:
        return self.tr("%1 is not a reporting period: write a year (2027) or a quarter "
                       "(2027-Q2).").replace("%1", text)

    def bad_format(self, path: str) -> str:
        return self.tr("%1: the report is written as a .pdf or an .xlsx file.").replace("%1", path)

    def written(self, actions: int, period: str, path: object) -> str:
        return self.tr("Wrote the progress report for %1 (%n action(s)) to %2.", None,
                       actions).replace("%1", period).replace("%2", str(path))


def _period(text: str) -> str:
    from .core import periods
    from .core.errors import PlanError

    try:
        return periods.clean(text)
    except PlanError:
        raise argparse.ArgumentTypeError(ReportCli().bad_period(text)) from None


def add_report_parser(sub: Any, help_texts: dict[str, str]) -> argparse.ArgumentParser:
    h = {**ReportCli().help_texts(), **help_texts}
    cmd = sub.add_parser("report", help=h["report"])
    cmd.add_argument("file")
    cmd.add_argument("--period", type=_period, help=h["report_period"])
    cmd.add_argument("-o", "--output", required=True, help=h["report_output"])
    cmd.add_argument("--lang", help=h["report_lang"])
    return cmd


def run_report(options: argparse.Namespace, cli: Any) -> int:
    """Write the report; print one line and return 0, or the error line and its code."""
    from .core import periods
    from .server.targets import open_document  # a file or a server URL

    texts = ReportCli()
    target = Path(options.output)
    if target.suffix.lower() not in FORMATS:
        print(cli.error(texts.bad_format(options.output)), file=sys.stderr)
        return 2
    doc = open_document(options.file, read_only=True)  # works while the window edits it
    try:
        period = options.period or doc.current_period()
        lang = options.lang or doc.plan().language
        if target.suffix.lower() == ".pdf":
            from .printing.progress_pdf import write_report_pdf

            actions = write_report_pdf(doc, target, period, lang).actions
        else:
            from .core.report import build
            from .export.progress_workbook import write_report

            actions = write_report(target, build(doc, period), lang, doc)
    finally:
        doc.close()
    print(texts.written(actions, periods.label(period), target.absolute()))
    return 0
