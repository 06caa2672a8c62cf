"""`lcplanner import FILE WORKBOOK [--dry-run] [--json] ...`: bring a workbook's edits into a plan.

An export of this plan comes back by its row IDs (:mod:`.roundtrip`); a spreadsheet LC Planner
did not write needs ``--mapping`` (a mapping saved by the window's Import Spreadsheet, or written
by hand: :mod:`.mapping`).  Without ``--dry-run`` the accepted changes are applied as one
transaction after a copy of the plan file is kept beside it.  Conflicts keep the plan's value
unless ``--take-workbook``; rows missing from the workbook are deleted only with
``--delete-missing``; organisations the register does not know are created only with
``--create-organisations``.  Exit codes: 0 done (or nothing to do), 1 the workbook has problems
(each printed as "Sheet, cell: what"; nothing changed), 3 a file that cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from .. import i18n
from .changes import ChangeSet, shown

EXIT_PROBLEMS = 1


class ImportCli(QObject):
    """The command's texts (context "ImportCli")."""

    def __init__(self, lang: str | None = None) -> None:
        super().__init__()
        self._texts = i18n.Texts(lang or i18n.system_language())

    def tr(self, source: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        return self._texts("ImportCli", source, n)

    def help_texts(self) -> dict[str, str]:
        return {
            "import": self.tr("bring the edits of an exported workbook (or a mapped spreadsheet) "
                              "into the plan"),
            "import_dry_run": self.tr("only show what would change; the plan is not touched"),
            "import_json": self.tr("show the changes as JSON (with --dry-run: for other programs)"),
            "import_mapping": self.tr("a column mapping (.json) for a spreadsheet LC Planner did not write"),
            "import_as_new": self.tr("import the rows of another plan's workbook as new rows"),
            "import_take": self.tr("in a conflict, take the workbook's value (default: keep the plan's)"),
            "import_delete": self.tr("delete the rows missing from the workbook (default: keep them)"),
            "import_create": self.tr("create the organisations the register does not know"),
        }

    def summary(self, changes: ChangeSet) -> list[str]:
        lines = [self.tr("%n row(s) to update", None, len(changes.of("update"))),
                 self.tr("%n new row(s)", None, len(changes.of("add"))),
                 self.tr("%n row(s) missing from the workbook", None, len(changes.of("delete"))),
                 self.tr("%n conflict(s)", None, len(changes.conflicts)),
                 self.tr("%n new organisation(s)", None, len(changes.new_organisations))]
        return lines

    def nothing(self) -> str:
        return self.tr("The workbook holds no changes to the plan.")

    def problems(self, count: int) -> str:
        return self.tr("The workbook has %n problem(s); nothing was changed.", None, count)

    def applied(self, backup: object) -> str:
        return self.tr("Imported. The plan before the import was kept as %1.").replace(
            "%1", str(backup))

    def row_line(self, op: str) -> str:
        """A row's heading: %1 the sheet, %2 the row number, %3 the row (code and title)."""
        if op == "add":
            return self.tr("New row in %1, row %2: %3")
        if op == "delete":
            return self.tr("Not in the workbook (%1): %3 (deleted only with --delete-missing)")
        return self.tr("%1, row %2: %3")

    def field_line(self) -> str:
        return self.tr("  %1 %2: %3 → %4")

    def conflict_line(self) -> str:
        return self.tr("  %1 %2: CONFLICT plan “%3”, workbook “%4”")


def add_import_parser(sub: Any, help_texts: dict[str, str]) -> argparse.ArgumentParser:
    h = {**ImportCli().help_texts(), **help_texts}
    cmd = sub.add_parser("import", help=h["import"])
    cmd.add_argument("file")
    cmd.add_argument("workbook")
    cmd.add_argument("--dry-run", action="store_true", help=h["import_dry_run"])
    cmd.add_argument("--json", action="store_true", help=h["import_json"])
    cmd.add_argument("--mapping", help=h["import_mapping"])
    cmd.add_argument("--as-new", action="store_true", help=h["import_as_new"])
    cmd.add_argument("--take-workbook", action="store_true", help=h["import_take"])
    cmd.add_argument("--delete-missing", action="store_true", help=h["import_delete"])
    cmd.add_argument("--create-organisations", action="store_true", help=h["import_create"])
    return cmd


def read_changes(doc: Any, workbook: str, mapping: str | None, as_new: bool) -> ChangeSet:
    """The change set of a workbook: by its IDs, or through a mapping."""
    if mapping:
        from .foreign import read_foreign
        from .mapping import Mapping

        return read_foreign(Path(workbook), Mapping.load(Path(mapping)), doc)
    from .roundtrip import read_edits

    return read_edits(workbook, doc, as_new=as_new)


def as_json(changes: ChangeSet) -> dict[str, Any]:
    def value(v: Any) -> Any:
        return v if isinstance(v, (int, str, bool)) or v is None else shown(v)

    return {
        "workbook": changes.source, "plan": changes.plan_uuid,
        "exported": changes.exported_at.isoformat() if changes.exported_at else None,
        "rows": [{"kind": r.kind, "op": r.op, "sheet": r.sheet, "row": r.row, "uuid": r.uuid,
                  "label": r.label, "note": r.note,
                  "fields": [{"field": f.field, "column": f.column, "cell": f.cell,
                              "old": value(f.old), "new": value(f.new), "conflict": f.conflict}
                             for f in r.fields],
                  "values": {k: value(v) for k, v in r.values.items()}} for r in changes.rows],
        "new_organisations": list(changes.new_organisations),
        "problems": [p.message() for p in changes.problems],
        "warnings": [w.message() for w in changes.warnings],
    }


def run_import(options: argparse.Namespace, cli: Any) -> int:
    from ..server.targets import open_document  # a file or a server URL
    from .apply import apply_changes, backup_before

    texts = ImportCli()
    doc = open_document(options.file, read_only=options.dry_run)
    try:
        changes = read_changes(doc, options.workbook, options.mapping, options.as_new)
        if options.json:
            print(json.dumps(as_json(changes), ensure_ascii=False, indent=1))
        else:
            _print(changes, texts)
        if changes.problems:
            if not options.json:
                for problem in changes.problems:
                    print(cli.error(problem.message()), file=sys.stderr)
                print(cli.error(texts.problems(len(changes.problems))), file=sys.stderr)
            return EXIT_PROBLEMS
        if options.dry_run or changes.empty:
            return 0
        for row in changes.rows:
            if row.op == "delete":
                row.accepted = options.delete_missing
            for f in row.conflicts:
                f.take = options.take_workbook
        for name in changes.new_organisations:
            changes.new_organisations[name] = changes.new_organisations[name] or \
                options.create_organisations
        backup = backup_before(doc)
        apply_changes(doc, changes)
        if not options.json:
            print(texts.applied(backup))
        return 0
    finally:
        doc.close()


def _print(changes: ChangeSet, texts: ImportCli) -> None:
    if changes.empty and not changes.problems:
        print(texts.nothing())
        return
    print("; ".join(texts.summary(changes)))
    for row in changes.rows:
        print(texts.row_line(row.op).replace("%3", row.label).replace("%2", str(row.row))
              .replace("%1", row.sheet))
        for f in row.fields:
            line = texts.conflict_line() if f.conflict else texts.field_line()
            print(line.replace("%4", shown(f.new, f.field)).replace("%3", shown(f.old, f.field))
                  .replace("%2", f.column).replace("%1", f.cell))
    for warning in changes.warnings:
        print(warning.message())
