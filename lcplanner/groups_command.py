"""Snapshots and breakout groups on the command line (the menu entries' twins).

    lcplanner snapshot PLAN NAME           keep the plan as it is now under a name
    lcplanner snapshots PLAN [--json]      list them
    lcplanner group-copy PLAN COPY         a copy for a breakout group that remembers its base
    lcplanner merge PLAN COPY [--dry-run] [--json] [--take ours|theirs]

``merge`` applies what only one side changed and lists the conflicts; without ``--take`` they
keep the plan's value and the exit code is 1, so a script notices; ``--take`` settles them all
one way.  A snapshot of the plan is taken before anything is written.  Exit codes: 0 done,
1 conflicts left as in the plan, 3 a file that cannot be read or is refused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QObject

from . import i18n
from .diff_command import DiffCli, _plain

EXIT_CONFLICTS = 1


class GroupsCli(QObject):
    """The commands' texts (context "GroupsCli")."""

    def __init__(self, lang: str | None = None) -> None:
        super().__init__()
        self._texts = i18n.Texts(lang or i18n.system_language())

    def tr(self, source: str, /, disambiguation: str | None = None, n: int = -1) -> str:
        return self._texts("GroupsCli", source, n)

    def help_texts(self) -> dict[str, str]:
        return {
            "snapshot": self.tr("keep the plan as it is now under a name, inside its file"),
            "snapshots": self.tr("list the snapshots a plan file keeps"),
            "snapshots_json": self.tr("gives the list as JSON, for other programs"),
            "group_copy": self.tr("write a copy of the plan for a breakout group; it remembers "
                                  "the state it started from"),
            "merge": self.tr("merge a breakout group's copy back into the plan"),
            "merge_dry_run": self.tr("only show what the merge would do; the plan is not touched"),
            "merge_json": self.tr("gives the merge's changes and conflicts as JSON"),
            "merge_take": self.tr("settle every conflict with the plan's value (ours) or the "
                                  "copy's (theirs)"),
            "group_force": self.tr("replace the copy if the file exists"),
        }

    def taken(self, n: int) -> str:
        """%1 the snapshot's name, %2 the plan file, %n its actions."""
        return self.tr("Snapshot “%1” of %2 taken (%n action(s)).", None, n)

    def actions(self, n: int) -> str:
        return self.tr("%n action(s)", None, n)

    def none(self) -> str:
        return self.tr("This plan keeps no snapshots.")

    def role(self, role: str) -> str:
        return {"named": self.tr("named"), "group": self.tr("base of a group copy"),
                "base": self.tr("base of this copy"),
                "merge": self.tr("before a merge")}.get(role, role)

    def copied(self) -> str:
        """%1 the copy, %2 the snapshot it remembers."""
        return self.tr("Copy for a group written to %1; it remembers the snapshot “%2”.")

    def base(self, prepared: Any) -> str:
        if prepared.base is None:
            return self.tr("The copy's base snapshot is gone: every difference is a decision "
                           "(two-way).")
        return self.tr("Base: the snapshot “%1”.").replace("%1", prepared.base.name)

    def conflict(self, reason: str) -> str:
        """%1 what the row is, %2 the row, %3 the field, %4 the plan's value, %5 the copy's."""
        return {
            "both": self.tr("Conflict: %1 %2, %3: the plan has “%4”, the copy “%5”."),
            "deleted_by_us": self.tr("Conflict: %1 %2 was deleted in the plan and edited in the copy."),
            "deleted_by_them": self.tr("Conflict: %1 %2 was edited in the plan and deleted in the copy."),
            "parent_gone": self.tr("Left out: %1 %2, what it belongs to was deleted."),
            "only_ours": self.tr("Only in the plan: %1 %2."),
            "only_theirs": self.tr("Only in the copy: %1 %2."),
        }[reason]

    def renumbered(self) -> str:
        return self.tr("Renumbered: %1 is now %2 (the plan already had %1).")

    def same(self) -> str:
        return self.tr("The same %1 in both: %2 (kept once).")

    def changes(self, n: int) -> str:
        return self.tr("%n change(s) from the copy.", None, n)

    def dry_run(self) -> str:
        return self.tr("Dry run: the plan was not changed.")

    def merged(self) -> str:
        return self.tr("Merged. The plan as it was before is kept as the snapshot “%1”.")

    def left(self, n: int) -> str:
        return self.tr("%n conflict(s) kept the plan's value; run again with --take ours or "
                       "--take theirs to settle them.", None, n)

    def nothing(self) -> str:
        return self.tr("Nothing to merge: the plan already holds everything of the copy.")


def add_group_parsers(sub: Any, help_texts: dict[str, str]) -> None:
    h = {**GroupsCli().help_texts(), **help_texts}
    snap = sub.add_parser("snapshot", help=h["snapshot"])
    snap.add_argument("file")
    snap.add_argument("name")
    snaps = sub.add_parser("snapshots", help=h["snapshots"])
    snaps.add_argument("file")
    snaps.add_argument("--json", action="store_true", help=h["snapshots_json"])
    copy = sub.add_parser("group-copy", help=h["group_copy"])
    copy.add_argument("file")
    copy.add_argument("copy")
    copy.add_argument("--force", action="store_true", help=h["group_force"])
    merge = sub.add_parser("merge", help=h["merge"])
    merge.add_argument("file")
    merge.add_argument("copy")
    merge.add_argument("--dry-run", action="store_true", help=h["merge_dry_run"])
    merge.add_argument("--json", action="store_true", help=h["merge_json"])
    merge.add_argument("--take", choices=["ours", "theirs"], help=h["merge_take"])


def run_groups(options: argparse.Namespace, out: Any) -> int:
    """Run one of the four commands; ``out`` prints a line (cli.py's guarded printer)."""
    from .server.targets import open_document  # a file or a server URL

    texts = GroupsCli()
    read_only = options.command == "snapshots" or (
        options.command == "merge" and options.dry_run)
    doc = open_document(options.file, read_only=read_only)
    try:
        if options.command == "snapshot":
            info = doc.take_snapshot(options.name)
            out(texts.taken(info.actions).replace("%1", info.name).replace("%2", str(doc.path)))
            return 0
        if options.command == "snapshots":
            return _list(doc, options, texts, out)
        if options.command == "group-copy":
            from .core.groups import group_copy

            info = group_copy(doc, options.copy, overwrite=options.force)
            out(texts.copied().replace("%2", info.name).replace("%1", options.copy))
            return 0
        return _merge(doc, options, texts, out)
    finally:
        doc.close()


def _list(doc: Any, options: argparse.Namespace, texts: GroupsCli, out: Any) -> int:
    found = doc.snapshots()
    if options.json:
        out(json.dumps([{"name": s.name, "uuid": s.uuid, "role": s.role,
                         "taken_at": s.taken_at.isoformat(timespec="seconds") + "Z",
                         "schema": s.schema, "actions": s.actions} for s in found],
                       ensure_ascii=False, indent=1))
        return 0
    if not found:
        out(texts.none())
    for s in found:
        local = s.taken_at.replace(tzinfo=dt.timezone.utc).astimezone()
        out(f"{local:%Y-%m-%d %H:%M}  {s.name}  ({texts.role(s.role)}, "
            f"{texts.actions(s.actions)})")
    return 0


def _merge(doc: Any, options: argparse.Namespace, texts: GroupsCli, out: Any) -> int:
    from .core.diff import REFERENCES
    from .core.groups import apply, prepare

    prepared = prepare(doc, options.copy, take=options.take or "ours")
    result = prepared.result
    changes = prepared.changes()
    kinds = DiffCli()
    label = prepared.label

    def shown(field: str, value: Any) -> str:
        """A value as read: a reference by the row it points to (an organisation's name)."""
        target = prepared.reference(field, value)
        return target if target is not None else kinds.value(field, _value(value))

    snapshot = None
    if not options.dry_run and changes:
        snapshot = apply(doc, prepared)
    unsettled = [c for c in result.conflicts if options.take is None]
    if options.json:
        out(json.dumps({
            "plan": options.file, "copy": options.copy,
            "base": {"name": prepared.base.name, "uuid": prepared.base.uuid}
            if prepared.base else None,
            "two_way": prepared.two_way, "applied": snapshot is not None,
            "snapshot_before": snapshot.name if snapshot else None,
            "changes": [{"table": d.table, "uuid": d.uuid, "op": d.op, "area": d.area,
                         "label": d.label, "fields": [
                             {"field": f.field, "old": _plain(f.old), "new": _plain(f.new)}
                             for f in d.fields]} for d in changes],
            "conflicts": [{"table": c.table, "uuid": c.uuid, "label": label(c.table, c.uuid),
                           "field": c.field, "reason": c.reason, "base": _plain(_value(c.base)),
                           "ours": _plain(_value(c.ours)), "theirs": _plain(_value(c.theirs))}
                          for c in result.conflicts],
            "renumbered": [{"table": t, "old": a, "new": b} for t, a, b in result.renumbered],
            "same": [{"table": t, "copy_uuid": a, "plan_uuid": b} for t, a, b in result.same],
        }, ensure_ascii=False, indent=1))
        return EXIT_CONFLICTS if unsettled else 0
    out(texts.base(prepared))
    for c in result.conflicts:
        field = c.field[:-3] if c.field in REFERENCES else c.field
        out(texts.conflict(c.reason).replace("%5", shown(c.field, c.theirs))
            .replace("%4", shown(c.field, c.ours))
            .replace("%3", kinds.field_name(c.table, field))
            .replace("%2", label(c.table, c.uuid)).replace("%1", kinds.kind(c.table)))
    for _table, old, new in result.renumbered:
        out(texts.renumbered().replace("%2", new).replace("%1", old))
    for table, _theirs, ours in result.same:
        out(texts.same().replace("%2", label(table, ours)).replace("%1", kinds.kind(table)))
    if not changes and not result.conflicts:
        out(texts.nothing())
        return 0
    out(texts.changes(len(changes)))
    if options.dry_run:
        out(texts.dry_run())
    elif snapshot is not None:
        out(texts.merged().replace("%1", snapshot.name))
    if unsettled:
        out(texts.left(len(unsettled)))
        return EXIT_CONFLICTS
    return 0


def _value(value: Any) -> Any:
    """A whole row (a deleted one) is shown by nothing: the sentence says what happened."""
    return None if isinstance(value, dict) else value
