"""`lcplanner diff A B [--json]`: what changed from one plan file to another, by UUID.

A and B are plan files (a breakout group's copy, last month's version) or snapshots kept in one
(``FILE@name``: "plan.lcplan@Approved by the council").  Files are opened read-only, so a plan
open in the window can be compared.  The text lists the differences grouped by area: added, removed, and changed rows with
each field's old → new value; ``--json`` gives the same for other programs.  A file that is not
a plan gives cli.py's one line and exit code 3.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from . import i18n
from .core.errors import PlanError

# What a row is, in a sentence ("Added action: BB1-7 · Reading clubs").
KINDS = {
    "plan": QT_TRANSLATE_NOOP("DiffCli", "plan properties"),
    "organisation": QT_TRANSLATE_NOOP("DiffCli", "organisation"),
    "objective": QT_TRANSLATE_NOOP("DiffCli", "objective"),
    "action": QT_TRANSLATE_NOOP("DiffCli", "action"),
    "action_partner": QT_TRANSLATE_NOOP("DiffCli", "partner"),
    "budget_line": QT_TRANSLATE_NOOP("DiffCli", "budget line"),
    "indicator": QT_TRANSLATE_NOOP("DiffCli", "indicator"),
    "workshop": QT_TRANSLATE_NOOP("DiffCli", "workshop"),
    "stakeholder": QT_TRANSLATE_NOOP("DiffCli", "stakeholder"),
    "attendance": QT_TRANSLATE_NOOP("DiffCli", "attendance"),
    "prompt": QT_TRANSLATE_NOOP("DiffCli", "stock-take prompt"),
    "rating": QT_TRANSLATE_NOOP("DiffCli", "rating"),
    "initiative": QT_TRANSLATE_NOOP("DiffCli", "existing initiative"),
    "idea": QT_TRANSLATE_NOOP("DiffCli", "idea card"),
    "voter_group": QT_TRANSLATE_NOOP("DiffCli", "voter group"),
    "vote": QT_TRANSLATE_NOOP("DiffCli", "vote"),
    "idea_link": QT_TRANSLATE_NOOP("DiffCli", "card's link"),
    "milestone": QT_TRANSLATE_NOOP("DiffCli", "milestone"),
    "progress_update": QT_TRANSLATE_NOOP("DiffCli", "progress update"),
    "measurement": QT_TRANSLATE_NOOP("DiffCli", "measurement"),
}


# Fields of the plan's properties, the workshop's and monitoring's rows (no workplan column).
OTHER_FIELDS = {
    "action": QT_TRANSLATE_NOOP("DiffCli", "Action"),
    "approval_status": QT_TRANSLATE_NOOP("DiffCli", "Approval"),
    "approved_on": QT_TRANSLATE_NOOP("DiffCli", "Approved on"),
    "area": QT_TRANSLATE_NOOP("DiffCli", "Area"),
    "author": QT_TRANSLATE_NOOP("DiffCli", "Author"),
    "budget": QT_TRANSLATE_NOOP("DiffCli", "Dots to give"),
    "city": QT_TRANSLATE_NOOP("DiffCli", "City"),
    "code": QT_TRANSLATE_NOOP("DiffCli", "Code"),
    "country": QT_TRANSLATE_NOOP("DiffCli", "Country"),
    "currency": QT_TRANSLATE_NOOP("DiffCli", "Currency"),
    "done": QT_TRANSLATE_NOOP("DiffCli", "Done"),
    "dots": QT_TRANSLATE_NOOP("DiffCli", "Dots"),
    "due_on": QT_TRANSLATE_NOOP("DiffCli", "Due on"),
    "effort": QT_TRANSLATE_NOOP("DiffCli", "Effort"),
    "evidence": QT_TRANSLATE_NOOP("DiffCli", "Evidence"),
    "group": QT_TRANSLATE_NOOP("DiffCli", "Group"),
    "group_name": QT_TRANSLATE_NOOP("DiffCli", "Group"),
    "held_on": QT_TRANSLATE_NOOP("DiffCli", "Date"),
    "idea": QT_TRANSLATE_NOOP("DiffCli", "Idea card"),
    "impact": QT_TRANSLATE_NOOP("DiffCli", "Impact"),
    "indicator": QT_TRANSLATE_NOOP("DiffCli", "Indicator"),
    "influence": QT_TRANSLATE_NOOP("DiffCli", "Influence"),
    "interest": QT_TRANSLATE_NOOP("DiffCli", "Interest"),
    "language": QT_TRANSLATE_NOOP("DiffCli", "Language"),
    "level": QT_TRANSLATE_NOOP("DiffCli", "Rating"),
    "measured_on": QT_TRANSLATE_NOOP("DiffCli", "Measured on"),
    "name": QT_TRANSLATE_NOOP("DiffCli", "Name"),
    "note": QT_TRANSLATE_NOOP("DiffCli", "Note"),
    "notes": QT_TRANSLATE_NOOP("DiffCli", "Notes"),
    "objective": QT_TRANSLATE_NOOP("DiffCli", "Objective"),
    "organisation": QT_TRANSLATE_NOOP("DiffCli", "Organisation"),
    "owner": QT_TRANSLATE_NOOP("DiffCli", "Run by"),
    "percent": QT_TRANSLATE_NOOP("DiffCli", "% complete"),
    "period": QT_TRANSLATE_NOOP("DiffCli", "Period"),
    "period_end": QT_TRANSLATE_NOOP("DiffCli", "Last year"),
    "period_start": QT_TRANSLATE_NOOP("DiffCli", "First year"),
    "person": QT_TRANSLATE_NOOP("DiffCli", "Person"),
    "position": QT_TRANSLATE_NOOP("DiffCli", "Order"),
    "prepared_by": QT_TRANSLATE_NOOP("DiffCli", "Prepared by"),
    "prompt_code": QT_TRANSLATE_NOOP("DiffCli", "Prompt"),
    "reach": QT_TRANSLATE_NOOP("DiffCli", "Reach"),
    "reported_by": QT_TRANSLATE_NOOP("DiffCli", "Reported by"),
    "reported_on": QT_TRANSLATE_NOOP("DiffCli", "Reported on"),
    "reporting": QT_TRANSLATE_NOOP("DiffCli", "Reporting"),
    "source": QT_TRANSLATE_NOOP("DiffCli", "Source"),
    "stakeholder": QT_TRANSLATE_NOOP("DiffCli", "Stakeholder"),
    "status": QT_TRANSLATE_NOOP("DiffCli", "Status"),
    "text": QT_TRANSLATE_NOOP("DiffCli", "Text"),
    "texts": QT_TRANSLATE_NOOP("DiffCli", "Texts"),
    "title": QT_TRANSLATE_NOOP("DiffCli", "Title"),
    "value": QT_TRANSLATE_NOOP("DiffCli", "Value"),
    "version": QT_TRANSLATE_NOOP("DiffCli", "Version"),
    "vision": QT_TRANSLATE_NOOP("DiffCli", "Vision"),
    "workshop": QT_TRANSLATE_NOOP("DiffCli", "Workshop"),
}


# The round trip's names of the row kinds, whose field labels the diff borrows.
ROW_KINDS = {"action_partner": "partner", "budget_line": "budget"}


class DiffCli(QObject):
    """The command's texts (context "DiffCli"), in the system's language."""

    def __init__(self, lang: str | None = None) -> None:
        super().__init__()
        self._texts = i18n.Texts(lang or i18n.system_language())

    def tr(self, source: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        return self._texts("DiffCli", source, n)

    def help_texts(self) -> dict[str, str]:
        return {"diff": self.tr("list what changed from one plan file to another (rows matched "
                                "by their IDs)"),
                "diff_json": self.tr("gives the differences as JSON, for other programs")}

    def kind(self, table: str) -> str:
        return self.tr(KINDS.get(table, table))

    def line(self, op: str) -> str:
        """%1 what the row is (an action), %2 the row (code and title)."""
        return {"added": self.tr("Added %1: %2"), "removed": self.tr("Removed %1: %2")}.get(
            op, self.tr("Changed %1: %2"))

    def field(self) -> str:
        return self.tr("  %1: %2 → %3")

    def field_name(self, table: str, name: str) -> str:
        """A field as the workbook heads its column ("Status"), else its own name."""
        from .exchange.changes import field_label

        kind = ROW_KINDS.get(table, table)
        if kind not in ("action", "objective", "organisation", "partner", "budget", "indicator"):
            other = OTHER_FIELDS.get(name)  # the plan's properties, the workshop's rows
            return self.tr(other) if other else name
        label = field_label(kind, name)
        return self._texts("Export", label) if label else name

    def value(self, name: str, value: Any) -> str:
        """A value as a person reads it: a status by its label in this language."""
        from .exchange.changes import FIELD_VOCAB

        vocabulary = FIELD_VOCAB.get(name)
        if vocabulary is not None and isinstance(value, str) and vocabulary.member(value):
            return self._texts("Vocabulary", vocabulary(value).source_label)
        plain = _plain(value)
        return ", ".join(map(str, plain)) if isinstance(plain, list) else str(
            "" if plain is None else plain)

    def area(self, code: str) -> str:
        if not code:
            return self.tr("The plan, its register and its workshop")
        from .core import framework

        area = framework.AREA_BY_CODE.get(code)
        name = self._texts("Framework", area.name) if area else ""
        return f"{code} {name}".strip()

    def nothing(self) -> str:
        return self.tr("No differences: the two plans hold the same rows and values.")

    def op_name(self, op: str) -> str:
        return {"added": self.tr("Added"), "removed": self.tr("Removed")}.get(
            op, self.tr("Changed"))

    def sheet_title(self) -> str:
        return self.tr("Differences")

    def sheet_heading(self) -> str:
        """%1 the earlier state (a snapshot, a file), %2 the later one."""
        return self.tr("What changed from %1 to %2")

    def sheet_columns(self) -> list[str]:
        return [self.tr("Area"), self.tr("Change"), self.tr("Kind"), self.tr("Row"),
                self.tr("Field"), self.tr("Before"), self.tr("After")]

    def count(self, n: int) -> str:
        return self.tr("%n difference(s).", None, n)


def add_diff_parser(sub: Any, help_texts: dict[str, str]) -> argparse.ArgumentParser:
    h = {**DiffCli().help_texts(), **help_texts}
    cmd = sub.add_parser("diff", help=h["diff"])
    cmd.add_argument("a")
    cmd.add_argument("b")
    cmd.add_argument("--json", action="store_true", help=h["diff_json"])
    return cmd


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class NoSuchSnapshot(PlanError):
    default_text = QT_TRANSLATE_NOOP("PlanError", "The plan %1 keeps no snapshot named “%2”.")


def split_spec(spec: str) -> tuple[str, str | None]:
    """``FILE`` or ``FILE@snapshot``: a path that exists as given is a file, '@' and all."""
    if Path(spec).exists() or "@" not in spec:
        return spec, None
    at = spec.find("@")
    while at != -1:
        if Path(spec[:at]).is_file():
            return spec[:at], spec[at + 1:]
        at = spec.find("@", at + 1)
    path, _at, name = spec.rpartition("@")
    return path, name  # the file's own "does not exist" message follows


def _snapshot(doc: Any, name: str) -> Any:
    from .core.snapshots import SnapshotMissing

    try:
        return doc.snapshot(name)
    except SnapshotMissing:
        raise NoSuchSnapshot(None, doc.path, name) from None


def run_diff(options: argparse.Namespace, cli: Any) -> int:
    from .core.diff import compare, read_state
    from .server.targets import open_document  # a file or a server URL

    texts = DiffCli()
    states = []
    for spec in (options.a, options.b):
        path, name = split_spec(spec)
        doc = open_document(path, read_only=True)
        try:
            if name is None:
                states.append(read_state(doc))
            else:
                states.append(doc.snapshot_state(_snapshot(doc, name)))
        finally:
            doc.close()
    diffs = compare(states[0], states[1])
    if options.json:
        print(json.dumps({"a": options.a, "b": options.b, "differences": [
            {"table": d.table, "uuid": d.uuid, "op": d.op, "area": d.area, "label": d.label,
             "fields": [{"field": f.field, "old": _plain(f.old), "new": _plain(f.new)}
                        for f in d.fields]} for d in diffs]}, ensure_ascii=False, indent=1))
        return 0
    if not diffs:
        print(texts.nothing())
        return 0
    area = None
    for d in diffs:
        if d.area != area:
            area = d.area
            print(f"\n{texts.area(area)}")
        print(texts.line(d.op).replace("%2", d.label).replace("%1", texts.kind(d.table)))
        for f in d.fields:
            print(texts.field().replace("%3", texts.value(f.field, f.new)).replace(
                "%2", texts.value(f.field, f.old)).replace("%1", texts.field_name(d.table, f.field)))
    print(f"\n{texts.count(len(diffs))}")
    return 0
