"""The `lcplanner` command: open the GUI, or work on a plan file headless.

``lcplanner [FILE]`` and ``lcplanner --demo`` open the window; ``new``, ``demo``, ``info`` and
``check`` work without a display.  Every failure the user can cause prints one translated line on
stderr and exits non-zero (2 usage, 3 file or plan error, 4 an output that could not be written,
1 an unclean check); never a traceback, not even when the disk behind ``> report.txt`` is full.
Heavy modules (Qt widgets) load only on the GUI path.  Messages follow the system's language
(LC_ALL, LC_MESSAGES, LANG), as the window does; ``--lang`` of new/demo/export is the plan's.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from PySide6.QtCore import QCoreApplication, QObject

from . import __version__, i18n

EXIT_UNCLEAN, EXIT_USAGE, EXIT_PLAN = 1, 2, 3
EXIT_OUTPUT = 4  # a file or the command's output could not be written (OutputError.exit_code)
COMMANDS = ("new", "demo", "info", "check", "export", "rescue", "pdf", "import", "diff",
            "snapshot", "snapshots", "group-copy", "merge", "report", "publish", "take-offline",
            "upgrade-server", "grant", "revoke")


class Cli(QObject):
    """The command line's texts (context "Cli"), one method per message.

    They sit in a class because PySide6's lupdate marks a plural (numerus) only in ``self.tr``
    with a plain-name count.  ``tr`` reads our catalogue directly, with no application object:
    ``lcplanner --help`` is translated before run_gui creates the window's QApplication.
    """

    def __init__(self, lang: str | None = None) -> None:
        super().__init__()
        self._texts = i18n.Texts(lang or i18n.system_language())

    def tr(self, source: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        """Translate in the context "Cli" (lupdate's name for this class)."""
        return self._texts("Cli", source, n)

    def help_texts(self) -> dict[str, str]:
        """Every help text of the parsers, built before them (argparse keeps the strings)."""
        return {
            # argparse's own words on a help page
            "usage": self.tr("usage:"),
            "positionals": self.tr("positional arguments"),
            "options": self.tr("options"),
            "help": self.tr("show this help message and exit"),
            "version": self.tr("show the program's version number and exit"),
            "error": self.tr("lcplanner: error: %1"),
            # lcplanner [FILE]: the window
            "description": self.tr(
                "LC Planner: learning-city action plans for UNESCO GNLC workshops."),
            "epilog": self.tr(
                "Commands (lcplanner COMMAND --help for each):\n"
                "  new FILE --city NAME   create an empty plan\n"
                "  demo FILE              create the demo plan\n"
                "  info FILE [--json]     plan properties and per-area summary\n"
                "  check FILE             integrity and validation report\n"
                "  export FILE -o X.xlsx  write the Excel workplan\n"
                "  pdf FILE -o X.pdf      print the plan (or a temple poster) to PDF\n"
                "  rescue FILE -o NEW     carry a damaged plan's data into a new plan"),
            "gui_file": self.tr("plan file (.lcplan) to open in the window"),
            "gui_demo": self.tr("open a fresh copy of the demo plan"),
            "read_only": self.tr("open the plan read-only"),
            "ui_lang": self.tr("language of the user interface (e.g. tr, en)"),
            "translations": self.tr(
                "preview the .ts files in DIR (a translator's working copy) without rebuilding"),
            # the commands
            "new": self.tr("create an empty plan file"),
            "city": self.tr("city name"),
            "title": self.tr("plan title (default: the city name)"),
            "plan_lang": self.tr("plan language (default: tr)"),
            "start": self.tr("first year of the plan period"),
            "end": self.tr("last year of the plan period"),
            "currency": self.tr("currency code (default: TRY)"),
            "force": self.tr("replace an existing file"),
            "demo": self.tr("create the demo plan file"),
            "demo_lang": self.tr("language of the demo"),
            "info": self.tr("show plan properties and the per-area summary"),
            "json": self.tr("print JSON"),
            "check": self.tr("check integrity and validity"),
            "strict": self.tr("warnings also fail the check"),
            "rescue": self.tr(
                "carry the readable data of a damaged or altered plan into a new, clean plan"),
            "rescue_output": self.tr("the new plan file (.lcplan)"),
            "export": self.tr("write the Excel workplan"),
            "export_output": self.tr("the workbook to write (.xlsx)"),
            "export_lang": self.tr("language of the workbook (default: the plan's language)"),
            "export_force": self.tr(
                "replace the output even if it is a plan file (.lcplan) or not a workbook, or "
                "write it under a name that does not end in .xlsx"),
            "export_contacts": self.tr(
                "include contact persons' phones and e-mails (left out by default: they are "
                "personal data)"),
        }

    def error(self, message: str) -> str:
        return self.tr("lcplanner: error: %1").replace("%1", message)

    def created(self, path: object) -> str:
        return self.tr("Created %1").replace("%1", str(path))

    def created_demo(self, path: object) -> str:
        return self.tr("Created the demo plan %1").replace("%1", str(path))

    def plan_heading(self, title: str, city: str, country: str, start: int, end: int,
                     currency: str, language: str) -> str:
        return (self.tr("%1\n%2, %3, %4-%5, %6, language %7")
                .replace("%1", title).replace("%2", city).replace("%3", country)
                .replace("%4", str(start)).replace("%5", str(end)).replace("%6", currency)
                .replace("%7", language))

    def organisations(self, count: int) -> str:
        return self.tr("Organisations: %1").replace("%1", str(count))

    def area_line(self, code: str, name: str, objectives: int, actions: int, budget: str,
                  currency: str, gaps: int) -> str:
        return (self.tr("%1 %2: objectives %3, actions %4, budget %5 %6, gaps %7")
                .replace("%1", code).replace("%2", name).replace("%3", str(objectives))
                .replace("%4", str(actions)).replace("%5", budget).replace("%6", currency)
                .replace("%7", str(gaps)))

    def issue(self, severity: str, text: str) -> str:
        """One line of the check report."""
        line = self.tr("error: %1") if severity == "error" else self.tr("warning: %1")
        return line.replace("%1", text)

    def check_totals(self, errors: int, warnings: int) -> str:
        return (self.tr("%1 errors, %2 warnings").replace("%1", str(errors))
                .replace("%2", str(warnings)))

    def rescued(self, rows: int, path: object) -> str:
        return self.tr("Rescued %n row(s) into %1.", None, rows).replace("%1", str(path))

    def left_behind(self, rows: int) -> str:
        return self.tr("Left behind %n row(s) that could not be read or broke the plan's rules.",
                       None, rows)

    def cleared(self, values: int) -> str:
        return self.tr("Cleared %n value(s) of the wrong kind.", None, values)

    def exported(self, actions: int, path: object) -> str:
        return self.tr("Exported %n action(s) to %1.", None, actions).replace("%1", str(path))

    def removed(self, characters: int) -> str:
        return self.tr("Removed %n character(s) that a workbook cannot hold "
                       "(control characters).", None, characters)

    def cut(self, texts: int) -> str:
        return self.tr("Cut %n text(s) longer than Excel's 32,767 characters per cell.", None,
                       texts)

    def added_suffix(self) -> str:
        return self.tr("The name had no extension, so .xlsx was added to it.")

    def output_failed(self, exc: OSError) -> str:
        """Why the command's own output (stdout, perhaps a file behind ``>``) could not be written."""
        import errno

        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return self.tr("The disk is full, so the command's output could not be written.")
        return self.tr("The command's output could not be written: %1").replace(
            "%1", str(exc.strerror or exc))

    def cannot_compile(self, where: object, detail: str) -> str:
        return (self.tr("lcplanner: cannot compile the translations in %1: %2")
                .replace("%1", str(where)).replace("%2", detail))

    def no_ts_files(self, where: object) -> str:
        return self.tr("lcplanner: no lcplanner_*.ts files in %1").replace("%1", str(where))


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's help layout with a translated "usage:"."""

    def __init__(self, prog: str, *, usage_prefix: str = "usage:", **kwargs: Any) -> None:
        super().__init__(prog, **kwargs)
        self._usage_prefix = usage_prefix

    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups,
                          f"{self._usage_prefix} " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose help page is all in the person's language (argparse's own words
    included); its subcommands get the same kind of parser."""

    def __init__(self, *args: Any, words: dict[str, str], **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class",
                          functools.partial(_Formatter, usage_prefix=words["usage"]))
        super().__init__(*args, add_help=False, **kwargs)
        self._words = words
        # argparse has no public way to name its two sections
        self._positionals.title = words["positionals"]
        self._optionals.title = words["options"]
        self.add_argument("-h", "--help", action="help", help=words["help"])

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("parser_class", functools.partial(_Parser, words=self._words))
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        """A usage error: the usage, then the line every other error of the command uses
        (argparse's own detail, such as a missing option, stays in English)."""
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, self._words["error"].replace("%1", message) + "\n")


def _gui_parser(h: dict[str, str]) -> argparse.ArgumentParser:
    parser = _Parser(prog="lcplanner", description=h["description"], epilog=h["epilog"],
                     words=h)
    parser.add_argument("file", nargs="?", help=h["gui_file"])
    parser.add_argument("--demo", action="store_true", help=h["gui_demo"])
    parser.add_argument("--read-only", action="store_true", help=h["read_only"])
    parser.add_argument("--lang", help=h["ui_lang"])
    parser.add_argument("--translations", metavar="DIR", help=h["translations"])
    parser.add_argument("--version", action="version", version=f"LC Planner {__version__}",
                        help=h["version"])
    # For benchmarks and smoke tests: quit at the window's first paint, once the plan is shown,
    # or once its first building block is ready to edit (app.quit_when_ready).
    parser.add_argument("--quit-after", choices=["paint", "ready", "edit"], help=argparse.SUPPRESS)
    return parser


def _command_parser(h: dict[str, str]) -> argparse.ArgumentParser:
    parser = _Parser(prog="lcplanner", words=h)
    sub = parser.add_subparsers(dest="command", required=True)
    new = sub.add_parser("new", help=h["new"])
    new.add_argument("file")
    new.add_argument("--city", required=True, help=h["city"])
    new.add_argument("--title", help=h["title"])
    new.add_argument("--lang", default="tr", help=h["plan_lang"])
    new.add_argument("--start", type=int, help=h["start"])
    new.add_argument("--end", type=int, help=h["end"])
    new.add_argument("--currency", default="TRY", help=h["currency"])
    new.add_argument("--force", action="store_true", help=h["force"])
    demo = sub.add_parser("demo", help=h["demo"])
    demo.add_argument("file")
    demo.add_argument("--lang", default="tr", choices=["tr", "en"], help=h["demo_lang"])
    demo.add_argument("--force", action="store_true", help=h["force"])
    info = sub.add_parser("info", help=h["info"])
    info.add_argument("file")
    info.add_argument("--json", action="store_true", help=h["json"])
    check = sub.add_parser("check", help=h["check"])
    check.add_argument("file")
    check.add_argument("--strict", action="store_true", help=h["strict"])
    rescue = sub.add_parser("rescue", help=h["rescue"])
    rescue.add_argument("file")
    rescue.add_argument("-o", "--output", required=True, help=h["rescue_output"])
    rescue.add_argument("--force", action="store_true", help=h["force"])
    export = sub.add_parser("export", help=h["export"])
    export.add_argument("file")
    export.add_argument("-o", "--output", required=True, help=h["export_output"])
    export.add_argument("--lang", help=h["export_lang"])
    export.add_argument("--force", action="store_true", help=h["export_force"])
    export.add_argument("--contacts", action="store_true", help=h["export_contacts"])
    from .printing.command import add_pdf_parser  # QtCore only: info and check stay headless

    add_pdf_parser(sub, h)
    from .exchange.command import add_import_parser

    add_import_parser(sub, h)
    from .diff_command import add_diff_parser

    add_diff_parser(sub, h)
    from .groups_command import add_group_parsers

    add_group_parsers(sub, h)
    from .report_command import add_report_parser

    add_report_parser(sub, h)
    from .server_command import add_server_parsers

    add_server_parsers(sub, h)
    return parser


_app: QCoreApplication | None = None


def _command_app() -> None:
    """A QCoreApplication (no display needed) with the system language's translators: the plan's
    own messages (errors, the check report, area names) translate through it."""
    global _app
    if QCoreApplication.instance() is None:
        _app = QCoreApplication(["lcplanner"])
        i18n.install(_app)


def _log_details(exc: BaseException) -> None:
    """The whole story of a refusal (its one-line message shortens details) goes to the log."""
    import logging

    logging.raiseExceptions = False  # a log that cannot be written (a full disk) stays quiet
    try:
        from .logfile import setup_logging

        setup_logging()
        details = getattr(exc, "details", ())
        log = logging.getLogger("lcplanner.cli")
        log.warning("%s: %s%s", type(exc).__name__, exc, "".join(f"\n  {d}" for d in details))
    except OSError:  # no log folder (a read-only home): the message still reaches the person
        pass


def _fail(t: Cli, message: str, code: int) -> int:
    try:
        print(t.error(message), file=sys.stderr)
    except OSError:  # stderr itself on a full disk: the exit code still tells
        pass
    return code


class _OutputFailed(Exception):
    """Writing the command's output failed; ``__cause__`` is the OSError (a full disk, a pipe)."""


def _out(text: str = "") -> None:
    """print() for the commands' reports: a failure is the output's, not the plan's or a file's."""
    try:
        print(text)
    except OSError as exc:
        raise _OutputFailed from exc


def _flush_output() -> None:
    if sys.stdout is None:  # a windowed build (no console) has no stdout at all
        return
    try:
        sys.stdout.flush()  # now: a buffer failing at exit gets Python's "Exception ignored" text
    except OSError as exc:
        raise _OutputFailed from exc


def _drop_output() -> None:
    """Point the broken stdout at the null device, so the interpreter's final flush is quiet."""
    import os

    try:
        fd = sys.stdout.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError, AttributeError):  # not a real file (a test's capture)
        return
    os.dup2(null, fd)
    os.close(null)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `lcplanner` script; returns the exit code.

    Run as the program (no ``argv``), a command creates the QCoreApplication its messages need;
    a caller that passes ``argv`` (a test, a host program) keeps its own Qt set-up.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    t = Cli()  # before any parser: argparse keeps the help texts it is given
    if args and args[0] in COMMANDS:
        if argv is None:  # the program itself; a caller passing argv (a test) keeps its Qt set-up
            if args[0] in ("pdf", "report"):  # laying text out needs a QGuiApplication (no
                from .printing.pdf import ensure_gui_app  # display), before any other Qt app

                ensure_gui_app()
            _command_app()
        return _guarded(t, lambda: _run_command(t, args))
    return _guarded(t, lambda: _run_gui(t, args))


def _guarded(t: Cli, run: Callable[[], int]) -> int:
    """Run, turning every failure the person can cause into one line and an exit code."""
    from .core.errors import PlanError

    try:
        code = run()
        _flush_output()
        return code
    except _OutputFailed as failed:
        _drop_output()
        cause = failed.__cause__
        return _fail(t, t.output_failed(cause if isinstance(cause, OSError) else OSError()),
                     EXIT_OUTPUT)
    except PlanError as exc:  # an output error carries its own exit code (4)
        _log_details(exc)
        return _fail(t, exc.message(), getattr(exc, "exit_code", EXIT_PLAN))
    except OSError as exc:
        return _fail(t, f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), EXIT_PLAN)
    except Exception as exc:  # noqa: BLE001 - only a server's link failing, said in one line
        from sqlalchemy.exc import OperationalError

        if not isinstance(exc, OperationalError):
            raise
        from .server.errors import ConnectionLost

        _log_details(exc)
        return _fail(t, ConnectionLost(None, getattr(exc, "orig", exc)).message(), EXIT_PLAN)
    except KeyboardInterrupt:
        return 130


def _run_command(t: Cli, args: list[str]) -> int:
    options = _command_parser(t.help_texts()).parse_args(args)
    if options.command == "pdf":
        from .printing.command import run_pdf

        return run_pdf(options, t)
    if options.command == "import":
        from .exchange.command import run_import

        return run_import(options, t)
    if options.command == "diff":
        from .diff_command import run_diff

        return run_diff(options, t)
    if options.command == "report":
        from .report_command import run_report

        return run_report(options, t)
    if options.command in ("snapshot", "snapshots", "group-copy", "merge"):
        from .groups_command import run_groups

        return run_groups(options, _out)
    if options.command in ("publish", "take-offline", "upgrade-server", "grant", "revoke"):
        from .server_command import run_server

        return run_server(options, _out)
    return {"new": _new, "demo": _demo, "info": _info, "check": _check,
            "export": _export, "rescue": _rescue}[options.command](options, t)


def _run_gui(t: Cli, args: list[str]) -> int:
    options = _gui_parser(t.help_texts()).parse_args(args)
    from .app import run_gui

    return run_gui(options)


def _new(o: argparse.Namespace, t: Cli) -> int:
    from .core.document import PlanDocument

    fields: dict[str, Any] = {"language": o.lang, "currency": o.currency}
    if o.start is not None:
        fields["period_start"] = o.start
        fields.setdefault("period_end", o.start + 2)
    if o.end is not None:
        fields["period_end"] = o.end
    doc = PlanDocument.create(o.file, o.city, o.title, overwrite=o.force, **fields)
    _out(t.created(doc.path))
    doc.close()
    return 0


def _demo(o: argparse.Namespace, t: Cli) -> int:
    from .core.demo import build_demo

    doc = build_demo(o.file, o.lang, overwrite=o.force)
    _out(t.created_demo(doc.path))
    doc.close()
    return 0


def _jsonable(value: Any) -> Any:
    from decimal import Decimal

    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _workshop_counts(doc: Any) -> dict[str, int]:
    """What the workshop holds, in numbers (``info --json``)."""
    ideas = doc.ideas()
    return {"workshops": len(doc.workshops()), "stakeholders": len(doc.stakeholders()),
            "ratings": sum(1 for r in doc.ratings() if r.level is not None),
            "initiatives": len(doc.initiatives()), "ideas": len(ideas),
            "dots": sum(i.dots for i in ideas), "voter_groups": len(doc.groups()),
            "ideas_promoted": sum(1 for i in ideas if i.links),
            "prompts_loaded": sum(1 for p in doc.prompts() if p.id is not None)}


def _info(o: argparse.Namespace, t: Cli) -> int:
    import json
    from dataclasses import asdict
    from decimal import Decimal

    from .server.targets import open_document  # a file or a server URL
    from .core.framework import AREA_BY_CODE, tr_label

    doc = open_document(o.file, read_only=True)
    try:
        plan, summary = doc.plan(), doc.summary()
        n_orgs = len(doc.organisations())
        workshop = _workshop_counts(doc)
    finally:
        doc.close()
    if o.json:
        areas = []
        for s in summary:
            area = AREA_BY_CODE[s.area]
            entry = _jsonable(asdict(s))
            entry.update(code=s.area, kind=area.kind.value, name=area.name)
            areas.append(entry)
        out = {"plan": _jsonable(asdict(plan)), "organisations": n_orgs, "areas": areas,
               "workshop": workshop,
               "totals": {"objectives": sum(s.objectives for s in summary),
                          "actions": sum(s.actions for s in summary),
                          "budget_total": str(sum((s.budget_total for s in summary), Decimal("0.00")))}}
        _out(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    _out(t.plan_heading(plan.title, plan.city, plan.country, plan.period_start,
                         plan.period_end, plan.currency, plan.language))
    _out(t.organisations(n_orgs))
    for s in summary:
        gaps = s.missing_lead + s.missing_indicator + s.missing_budget + s.missing_dates
        _out(t.area_line(s.area, tr_label(AREA_BY_CODE[s.area].short), s.objectives, s.actions,
                          f"{s.budget_total:,.2f}", plan.currency, gaps))
    return 0


def _check(o: argparse.Namespace, t: Cli) -> int:
    from .server.targets import open_document  # a file or a server URL

    doc = open_document(o.file, read_only=True)
    errors = warnings = 0
    try:
        for issue in doc.iter_check():  # streamed: a million actions print without a big list
            text = QCoreApplication.translate("PlanError", issue.text)
            for n, arg in reversed(list(enumerate(issue.args, start=1))):
                text = text.replace(f"%{n}", arg)
            if issue.severity == "error":
                errors += 1
            else:
                warnings += 1
            _out(t.issue(issue.severity, text))
    finally:
        doc.close()
    _out(t.check_totals(errors, warnings))
    if errors or (o.strict and warnings):
        return EXIT_UNCLEAN
    return 0


def _rescue(o: argparse.Namespace, t: Cli) -> int:
    from .core.rescue import rescue

    report = rescue(o.file, o.output, overwrite=o.force)
    _out(t.rescued(report.rows_kept, report.path))
    if report.rows_dropped:
        _out(t.left_behind(report.rows_dropped))
    if report.cleared:
        _out(t.cleared(report.cleared))
    return 0


def _export(o: argparse.Namespace, t: Cli) -> int:
    from pathlib import Path

    from .server.targets import open_document  # a file or a server URL
    from .export.writer import TargetRefused, export_workplan, workbook_path

    target = workbook_path(o.output)  # "workplan" -> "workplan.xlsx"; "out.txt" is refused below
    doc = open_document(o.file, read_only=True)  # works while the window edits the plan
    try:
        report = export_workplan(doc, target, o.lang, force=o.force, contacts=o.contacts)
    except TargetRefused as exc:  # its command-line wording mentions --force
        # A name the export will not write (out.txt, a plan) exits 4 like every refused output,
        # not 2: argparse's usage errors are about the command's shape, this one about the file.
        return _fail(t, exc.cli_message(), exc.exit_code)
    finally:
        doc.close()
    _out(t.exported(report.actions, report.path))
    if target != Path(o.output):
        _out(t.added_suffix())
    if report.removed_characters:
        _out(t.removed(report.removed_characters))
    if report.truncated_cells:
        _out(t.cut(report.truncated_cells))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
