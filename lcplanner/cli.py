"""The `lcplanner` command: open the GUI, or work on a plan file headless.

``lcplanner [FILE]`` and ``lcplanner --demo`` open the window; ``new``, ``demo``, ``info`` and
``check`` work without a display.  Every failure the user can cause prints one translated line on
stderr and exits non-zero (2 usage, 3 file or plan error, 1 an unclean check); never a traceback.
Heavy modules (Qt widgets) load only on the GUI path.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from . import __version__

EXIT_UNCLEAN, EXIT_USAGE, EXIT_PLAN = 1, 2, 3  # an export error exits with 4 (ExportError)
COMMANDS = ("new", "demo", "info", "check", "export", "rescue")



def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lcplanner",
        description=QCoreApplication.translate("cli", "LC Planner: learning-city action plans for UNESCO GNLC workshops."),
        epilog=QCoreApplication.translate("cli", "Commands (lcplanner COMMAND --help for each):\n"
                  "  new FILE --city NAME   create an empty plan\n"
                  "  demo FILE              create the demo plan\n"
                  "  info FILE [--json]     plan properties and per-area summary\n"
                  "  check FILE             integrity and validation report\n"
                  "  export FILE -o X.xlsx  write the Excel workplan\n"
                  "  rescue FILE -o NEW     carry a damaged plan's data into a new plan"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", help=QCoreApplication.translate("cli", "plan file (.lcplan) to open in the window"))
    parser.add_argument("--demo", action="store_true",
                        help=QCoreApplication.translate("cli", "open a fresh copy of the demo plan"))
    parser.add_argument("--read-only", action="store_true", help=QCoreApplication.translate("cli", "open the plan read-only"))
    parser.add_argument("--lang", help=QCoreApplication.translate("cli", "language of the user interface (e.g. tr, en)"))
    parser.add_argument("--translations", metavar="DIR", help=QCoreApplication.translate(
        "cli", "preview the .ts files in DIR (a translator's working copy) without rebuilding"))
    parser.add_argument("--version", action="version", version=f"LC Planner {__version__}")
    # For benchmarks and smoke tests: quit at the window's first paint, or once the plan is shown.
    parser.add_argument("--quit-after", choices=["paint", "ready"], help=argparse.SUPPRESS)
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lcplanner")
    sub = parser.add_subparsers(dest="command", required=True)
    new = sub.add_parser("new", help=QCoreApplication.translate("cli", "create an empty plan file"))
    new.add_argument("file")
    new.add_argument("--city", required=True, help=QCoreApplication.translate("cli", "city name"))
    new.add_argument("--title", help=QCoreApplication.translate("cli", "plan title (default: the city name)"))
    new.add_argument("--lang", default="tr", help=QCoreApplication.translate("cli", "plan language (default: tr)"))
    new.add_argument("--start", type=int, help=QCoreApplication.translate("cli", "first year of the plan period"))
    new.add_argument("--end", type=int, help=QCoreApplication.translate("cli", "last year of the plan period"))
    new.add_argument("--currency", default="TRY", help=QCoreApplication.translate("cli", "currency code (default: TRY)"))
    new.add_argument("--force", action="store_true", help=QCoreApplication.translate("cli", "replace an existing file"))
    demo = sub.add_parser("demo", help=QCoreApplication.translate("cli", "create the demo plan file"))
    demo.add_argument("file")
    demo.add_argument("--lang", default="tr", choices=["tr", "en"], help=QCoreApplication.translate("cli", "language of the demo"))
    demo.add_argument("--force", action="store_true", help=QCoreApplication.translate("cli", "replace an existing file"))
    info = sub.add_parser("info", help=QCoreApplication.translate("cli", "show plan properties and the per-area summary"))
    info.add_argument("file")
    info.add_argument("--json", action="store_true", help=QCoreApplication.translate("cli", "print JSON"))
    check = sub.add_parser("check", help=QCoreApplication.translate("cli", "check integrity and validity"))
    check.add_argument("file")
    check.add_argument("--strict", action="store_true", help=QCoreApplication.translate("cli", "warnings also fail the check"))
    rescue = sub.add_parser("rescue", help=QCoreApplication.translate(
        "cli", "carry the readable data of a damaged or altered plan into a new, clean plan"))
    rescue.add_argument("file")
    rescue.add_argument("-o", "--output", required=True,
                        help=QCoreApplication.translate("cli", "the new plan file (.lcplan)"))
    rescue.add_argument("--force", action="store_true", help=QCoreApplication.translate("cli", "replace an existing file"))
    export = sub.add_parser("export", help=QCoreApplication.translate("cli", "write the Excel workplan"))
    export.add_argument("file")
    export.add_argument("-o", "--output", required=True,
                        help=QCoreApplication.translate("cli", "the workbook to write (.xlsx)"))
    export.add_argument("--lang", help=QCoreApplication.translate(
        "cli", "language of the workbook (default: the plan's language)"))
    export.add_argument("--force", action="store_true", help=QCoreApplication.translate(
        "cli", "replace the output even if it is a plan file (.lcplan) or not a workbook"))
    return parser


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


def _fail(message: str, code: int) -> int:
    print(QCoreApplication.translate("cli", "lcplanner: error: %1").replace("%1", message), file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `lcplanner` script; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    from .core.errors import PlanError

    try:
        if args and args[0] in COMMANDS:
            options = _command_parser().parse_args(args)
            return {"new": _new, "demo": _demo, "info": _info, "check": _check,
                    "export": _export, "rescue": _rescue}[options.command](options)
        options = _gui_parser().parse_args(args)
        from .app import run_gui

        return run_gui(options)
    except PlanError as exc:  # an export error carries its own exit code (4)
        _log_details(exc)
        return _fail(exc.message(), getattr(exc, "exit_code", EXIT_PLAN))
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), EXIT_PLAN)
    except KeyboardInterrupt:
        return 130


def _new(o: argparse.Namespace) -> int:
    from .core.document import PlanDocument

    fields: dict[str, Any] = {"language": o.lang, "currency": o.currency}
    if o.start is not None:
        fields["period_start"] = o.start
        fields.setdefault("period_end", o.start + 2)
    if o.end is not None:
        fields["period_end"] = o.end
    doc = PlanDocument.create(o.file, o.city, o.title, overwrite=o.force, **fields)
    print(QCoreApplication.translate("cli", "Created %1").replace("%1", str(doc.path)))
    doc.close()
    return 0


def _demo(o: argparse.Namespace) -> int:
    from .core.demo import build_demo

    doc = build_demo(o.file, o.lang, overwrite=o.force)
    print(QCoreApplication.translate("cli", "Created the demo plan %1").replace("%1", str(doc.path)))
    doc.close()
    return 0


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _info(o: argparse.Namespace) -> int:
    from dataclasses import asdict

    from .core.document import PlanDocument
    from .core.framework import AREA_BY_CODE, tr_label

    doc = PlanDocument.open(o.file, read_only=True)
    try:
        plan, summary = doc.plan(), doc.summary()
        n_orgs = len(doc.organisations())
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
               "totals": {"objectives": sum(s.objectives for s in summary),
                          "actions": sum(s.actions for s in summary),
                          "budget_total": str(sum((s.budget_total for s in summary), Decimal("0.00")))}}
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(QCoreApplication.translate("cli", "%1\n%2, %3, %4-%5, %6, language %7")
          .replace("%1", plan.title).replace("%2", plan.city).replace("%3", plan.country)
          .replace("%4", str(plan.period_start)).replace("%5", str(plan.period_end))
          .replace("%6", plan.currency).replace("%7", plan.language))
    print(QCoreApplication.translate("cli", "Organisations: %1").replace("%1", str(n_orgs)))
    for s in summary:
        gaps = s.missing_lead + s.missing_indicator + s.missing_budget + s.missing_dates
        print(QCoreApplication.translate("cli", "%1 %2: objectives %3, actions %4, budget %5 %6, gaps %7")
              .replace("%1", s.area).replace("%2", tr_label(AREA_BY_CODE[s.area].short))
              .replace("%3", str(s.objectives)).replace("%4", str(s.actions))
              .replace("%5", f"{s.budget_total:,.2f}").replace("%6", plan.currency)
              .replace("%7", str(gaps)))
    return 0


def _check(o: argparse.Namespace) -> int:
    from .core.document import PlanDocument

    doc = PlanDocument.open(o.file, read_only=True)
    errors = warnings = 0
    error_label = QCoreApplication.translate("cli", "error")
    warning_label = QCoreApplication.translate("cli", "warning")
    try:
        for issue in doc.iter_check():  # streamed: a million actions print without a big list
            text = QCoreApplication.translate("PlanError", issue.text)
            for n, arg in reversed(list(enumerate(issue.args, start=1))):
                text = text.replace(f"%{n}", arg)
            if issue.severity == "error":
                errors, label = errors + 1, error_label
            else:
                warnings, label = warnings + 1, warning_label
            print(f"{label}: {text}")
    finally:
        doc.close()
    print(QCoreApplication.translate("cli", "%1 errors, %2 warnings").replace("%1", str(errors))
          .replace("%2", str(warnings)))
    if errors or (o.strict and warnings):
        return EXIT_UNCLEAN
    return 0


def _rescue(o: argparse.Namespace) -> int:
    from .core.rescue import rescue

    report = rescue(o.file, o.output, overwrite=o.force)
    kept, dropped, cleared = report.rows_kept, report.rows_dropped, report.cleared  # lupdate
    # reads the count of a plural only when it is a plain name
    print(QCoreApplication.translate("cli", "Rescued %n row(s) into %1.", None, kept)
          .replace("%n", str(kept)).replace("%1", str(report.path)))
    if dropped:
        print(QCoreApplication.translate(
            "cli", "Left behind %n row(s) that could not be read or broke the plan's rules.", None,
            dropped).replace("%n", str(dropped)))
    if cleared:
        print(QCoreApplication.translate(
            "cli", "Cleared %n value(s) of the wrong kind.", None, cleared)
            .replace("%n", str(cleared)))
    return 0


def _export(o: argparse.Namespace) -> int:
    from .core.document import PlanDocument
    from .export.writer import TargetRefused, export_workplan

    doc = PlanDocument.open(o.file, read_only=True)  # works while the window edits the plan
    try:
        report = export_workplan(doc, o.output, o.lang, force=o.force)
    except TargetRefused as exc:  # its command-line wording mentions --force
        return _fail(exc.cli_message(), exc.exit_code)
    finally:
        doc.close()
    actions, removed, cut = report.actions, report.removed_characters, report.truncated_cells
    print(QCoreApplication.translate("cli", "Exported %n action(s) to %1.", None, actions)
          .replace("%n", str(actions)).replace("%1", str(report.path)))
    if removed:
        print(QCoreApplication.translate(
            "cli", "Removed %n character(s) that a workbook cannot hold (control characters).",
            None, removed).replace("%n", str(removed)))
    if cut:
        print(QCoreApplication.translate(
            "cli", "Cut %n text(s) longer than Excel's 32,767 characters per cell.", None,
            cut).replace("%n", str(cut)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
