"""`lcplanner pdf FILE -o OUT.pdf [--lang] [--paper A4|A3|A1] [--poster]`: the plan as a PDF.

Declared and run the way cli.py declares and runs `export`.  cli.py wires it so::

    COMMANDS = (..., "pdf")
    add_pdf_parser(sub, h)              # in _command_parser, after the export parser
    "pdf": run_pdf,                     # in _run_command's table
    # in main(), before _command_app(): QtGui needs a QGuiApplication, not a QCoreApplication
    if args[0] == "pdf":
        from .printing.pdf import ensure_gui_app
        ensure_gui_app()

A plan that cannot be opened gives the message and exit code `lcplanner export` gives (3); a PDF
that cannot be written gives one line and exit code 4 (OutputError), nothing left behind.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from .. import i18n

PAPERS = ("A4", "A3", "A1")


class PdfCli(QObject):
    """The command's texts (context "PdfCli"), in the system's language as the rest of the
    command line; plurals are ``self.tr`` calls so lupdate marks them."""

    def __init__(self, lang: str | None = None) -> None:
        super().__init__()
        self._texts = i18n.Texts(lang or i18n.system_language())

    def tr(self, source: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        return self._texts("PdfCli", source, n)

    def help_texts(self) -> dict[str, str]:
        return {
            "pdf": self.tr("write the plan as a PDF document, or its temple as a wall poster"),
            "pdf_output": self.tr("the PDF to write (.pdf)"),
            "pdf_lang": self.tr("language of the PDF (default: the plan's language)"),
            "pdf_paper": self.tr("paper size (default: A4 for the document, A3 for the poster)"),
            "pdf_poster": self.tr("one page with the temple: a wall poster"),
        }

    def written(self, pages: int, path: object) -> str:
        return self.tr("Wrote %n page(s) to %1.", None, pages).replace("%1", str(path))


def _log(exc: BaseException) -> None:
    """The refusal's whole story to the log file (as cli.py logs one), never to the terminal."""
    logging.raiseExceptions = False  # a log that cannot be written (a full disk) stays quiet
    try:
        from ..logfile import setup_logging

        setup_logging()
        details = "".join(f"\n  {d}" for d in getattr(exc, "details", ()))
        log = logging.getLogger("lcplanner.cli")
        log.warning("%s: %s%s", type(exc).__name__, exc, details)
    except OSError:  # no log folder (a read-only home): the message still reaches the person
        pass


def add_pdf_parser(sub: Any, help_texts: dict[str, str]) -> argparse.ArgumentParser:
    """Add the `pdf` subcommand to cli.py's subparsers; ``help_texts`` may override ours."""
    h = {**PdfCli().help_texts(), **help_texts}
    pdf = sub.add_parser("pdf", help=h["pdf"])
    pdf.add_argument("file")
    pdf.add_argument("-o", "--output", required=True, help=h["pdf_output"])
    pdf.add_argument("--lang", help=h["pdf_lang"])
    pdf.add_argument("--paper", choices=PAPERS, type=str.upper, help=h["pdf_paper"])
    pdf.add_argument("--poster", action="store_true", help=h["pdf_poster"])
    return pdf


def run_pdf(options: argparse.Namespace, cli: Any) -> int:
    """Write the PDF; print one line and return 0, or print the error line and return its code.

    ``cli`` is cli.py's Cli (its ``error()`` gives the "lcplanner: error: %1" line every command
    prints).  Errors are reported here as cli.py's guard would, so a caller running the command
    in-process gets the same exit code and line.
    """
    from ..server.targets import open_document  # a file or a server URL
    from ..core.errors import PlanError
    from .pdf import write_pdf

    texts = PdfCli()
    paper = options.paper or ("A3" if options.poster else "A4")
    try:
        doc = open_document(options.file, read_only=True)  # works while the window edits it
        try:
            report = write_pdf(doc, Path(options.output), options.lang, paper, options.poster)
        finally:
            doc.close()
    except PlanError as exc:
        _log(exc)
        print(cli.error(exc.message()), file=sys.stderr)
        return int(getattr(exc, "exit_code", 3))  # 3: cli.py's EXIT_PLAN, a plan error
    print(texts.written(report.pages, report.path))
    return 0
