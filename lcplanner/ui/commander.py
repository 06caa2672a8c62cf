"""The one door through which the GUI changes a plan: document calls wrapped in undo commands.

Widgets call the Commander; it reads the old values, builds a named undo command, runs it and
pushes it on the window's QUndoStack.  A refusal of the document (a validation error, a read-only
plan) becomes the ``failed(message, field)`` signal that the visible editor shows beside the field;
nothing is pushed and nothing changed.  Methods return the new id (adds) or whether it worked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..core.errors import PlanError
from .monitor_commands import MonitoringCommander
from .undo import (
    AddCommand,
    DocCommand,
    MoveCommand,
    PartnersCommand,
    SnapshotCommand,
    UpdateCommand,
    run,
)

if TYPE_CHECKING:
    from ..core.document import PlanDocument


def _changed_only(row: object, fields: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(old, new) for the fields whose value differs from the row's (tuples compare as lists)."""
    old, new = {}, {}
    for key, value in fields.items():
        current = getattr(row, key)
        if isinstance(current, tuple):
            current = list(current)
        if isinstance(value, tuple):
            value = list(value)
        if current != value:
            old[key], new[key] = current, value
    return old, new


class Commander(MonitoringCommander, QObject):
    failed = Signal(str, str)  # translated message, field name ('' when none)
    succeeded = Signal()
    unsent_changed = Signal(str)  # what waits for the server ('' when nothing)

    def __init__(self, doc: PlanDocument, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.stack = stack
        self.last_error = ""  # the message of the last refused edit, for the editor that asked
        # Edits a server could not be reached for, in order: sent again by send_unsent() when
        # the link is back (server_link.py), never dropped without a word.
        self.unsent: list[DocCommand] = []

    def _run(self, command: DocCommand) -> bool:
        from ..core.document import NotSent

        command.on_refused = self._refused  # an undo or redo refused later says so too
        if self.unsent and not self.send_unsent():  # the earlier edits first, in their order
            self._keep(command)
            return False
        try:
            run(self.stack, command)
        except NotSent as exc:
            self._keep(command)
            self._refused(exc)
            return False
        except PlanError as exc:
            self._refused(exc)
            return False
        self.succeeded.emit()
        return True

    def _keep(self, command: DocCommand) -> None:
        self.unsent.append(command)
        self.unsent_changed.emit(self.unsent_text())

    def send_unsent(self) -> bool:
        """Send the kept edits, oldest first; each lands (and goes on the undo stack) or is
        refused with its reason (someone changed the row meanwhile).  False: still no link."""
        from ..core.document import NotSent

        while self.unsent:
            command = self.unsent[0]
            try:
                run(self.stack, command)
            except NotSent:
                return False
            except PlanError as exc:
                self.unsent.pop(0)
                self._refused(exc)
            else:
                self.unsent.pop(0)
                self.succeeded.emit()
            self.unsent_changed.emit(self.unsent_text())
        return True

    def unsent_text(self) -> str:
        """What waits, as the status bar says it ('' when nothing does)."""
        if not self.unsent:
            return ""
        last = self.unsent[-1]
        values = ", ".join(f"“{v}”" for v in getattr(last, "new", {}).values())
        what = self.tr("%1: %2").replace("%1", last.text()).replace("%2", values) if values \
            else last.text()
        return self.tr("%n change(s) not sent to the server yet, the last: %1", None,
                       len(self.unsent)).replace("%1", what)

    def _refused(self, exc: PlanError) -> None:
        self.last_error = exc.message()
        self.failed.emit(self.last_error, exc.field or "")

    def _shown(self, table: str, ident: int, read: Callable[[int], Any]) -> Any:
        """The row as the person was shown it (no round trip to a server, which may be out of
        reach: the edit is then kept and sent later), else as saved now."""
        row = self.doc.seen_row(table, ident)
        return row if row is not None else read(ident)

    def _update(self, text: str, update: Callable[..., None], ident: int, row: object,
                fields: dict[str, Any]) -> bool:
        old, new = _changed_only(row, fields)
        if not new:
            return True
        return self._run(UpdateCommand(self.doc, text, update, ident, old, new))

    def _add(self, text: str, add: Callable[[], int], delete: Callable[[int], Any]) -> int | None:
        command = AddCommand(self.doc, text, add, delete)
        return command.ident if self._run(command) else None

    def macro(self, text: str) -> _Macro:
        """``with commander.macro(tr("Merge organisations")):`` groups commands into one undo step."""
        return _Macro(self.stack, text)

    # --- plan ------------------------------------------------------------------------------------

    def update_plan(self, **fields: Any) -> bool:
        doc = self.doc
        return self._update(self.tr("Edit plan properties"),
                            lambda _i, **f: doc.update_plan(**f), doc.plan_id,
                            self._shown("plan", doc.plan_id, lambda _i: doc.plan()), fields)

    # --- organisations ---------------------------------------------------------------------------

    def add_organisation(self, name: str, **fields: Any) -> int | None:
        doc = self.doc
        return self._add(self.tr("Add organisation"),
                         lambda: doc.add_organisation(name, **fields), doc.delete_organisation)

    def update_organisation(self, org_id: int, **fields: Any) -> bool:
        return self._update(self.tr("Edit organisation"), self.doc.update_organisation, org_id,
                            self._shown("organisation", org_id, self.doc.organisation), fields)

    def delete_organisation(self, org_id: int) -> bool:
        return self._run(SnapshotCommand(self.doc, self.tr("Delete organisation"),
                                         lambda: self.doc.delete_organisation(org_id)))

    def merge_organisations(self, keep_id: int, drop_id: int) -> bool:
        return self._run(SnapshotCommand(self.doc, self.tr("Merge organisations"),
                                         lambda: self.doc.merge_organisations(keep_id, drop_id)))

    def organisation_for(self, name: str) -> int | None:
        """The id of the organisation called ``name``; a new one is created when there is none."""
        found = self.doc.find_organisation(name)
        return found if found is not None else self.add_organisation(name)

    # --- objectives ------------------------------------------------------------------------------

    def add_objective(self, area: str, statement: str, **fields: Any) -> int | None:
        doc = self.doc
        return self._add(self.tr("Add objective"),
                         lambda: doc.add_objective(area, statement, **fields), doc.delete_objective)

    def update_objective(self, objective_id: int, **fields: Any) -> bool:
        return self._update(self.tr("Edit objective"), self.doc.update_objective, objective_id,
                            self._shown("objective", objective_id, self.doc.objective), fields)

    def delete_objective(self, objective_id: int) -> bool:
        return self._run(SnapshotCommand(self.doc, self.tr("Delete objective"),
                                         lambda: self.doc.delete_objective(objective_id)))

    def move_objective(self, objective_id: int, position: int) -> bool:
        """Reorder within the area (Alt+Up/Down in the objective list)."""
        return self._run(MoveCommand(self.doc, self.tr("Move objective"), self.doc.move_objective,
                                     objective_id, position))

    def move_objective_to_area(self, objective_id: int, area: str) -> bool:
        """The objective and all its actions go to the end of another area."""
        return self._run(SnapshotCommand(
            self.doc, self.tr("Move objective to another area"),
            lambda: self.doc.move_objective_to_area(objective_id, area)))

    # --- actions ---------------------------------------------------------------------------------

    def add_action(self, area: str, title: str, objective_id: int | None = None,
                   **fields: Any) -> int | None:
        doc = self.doc
        return self._add(self.tr("Add action"),
                         lambda: doc.add_action(area, title, objective_id=objective_id, **fields),
                         doc.delete_action)

    def update_action(self, action_id: int, **fields: Any) -> bool:
        return self._update(self.tr("Edit action"), self.doc.update_action, action_id,
                            self._shown("action", action_id, self.doc.action), fields)

    def set_lead(self, action_id: int, name: str) -> bool:
        """The lead by name, from the editor or a table cell: a name not yet in the register
        becomes a new organisation (one undo step with the edit); an empty name clears it."""
        name = name.strip()
        if not name:
            return self.update_action(action_id, lead_id=None)
        found = self.doc.find_organisation(name)
        if found is not None and found == self.doc.action(action_id).lead_id:
            return True
        with self.macro(self.tr("Set lead")):
            org_id = found if found is not None else self.add_organisation(name)
            return org_id is not None and self.update_action(action_id, lead_id=org_id)

    def delete_actions(self, action_ids: Sequence[int]) -> bool:
        if not action_ids:
            return True
        text = self.tr("Delete %n action(s)", None, len(action_ids))
        with self.macro(text):
            ok = all(self._run(SnapshotCommand(self.doc, text, lambda i=i: self.doc.delete_action(i)))
                     for i in action_ids)
        return ok

    def move_action(self, action_id: int, position: int) -> bool:
        return self._run(MoveCommand(self.doc, self.tr("Move action"), self.doc.move_action,
                                     action_id, position))

    def move_actions_to_area(self, action_ids: Sequence[int], area: str) -> bool:
        """Actions go to the end of another area, leaving their objective (one undo step)."""
        ids = list(action_ids)
        return bool(ids) and self._run(SnapshotCommand(
            self.doc, self.tr("Move %n action(s) to another area", None, len(ids)),
            lambda: self.doc.move_actions_to_area(ids, area)))

    def set_partners(self, action_id: int, partners: list[tuple[int, str]]) -> bool:
        old = [(p.organisation_id, p.role) for p in self.doc.action(action_id).partners]
        if old == partners:
            return True
        return self._run(PartnersCommand(self.doc, self.tr("Edit partners"), action_id, old,
                                         list(partners)))

    # --- budget lines and indicators -------------------------------------------------------------

    def add_budget_line(self, action_id: int, year: int, amount: Any, **fields: Any) -> int | None:
        doc = self.doc
        return self._add(self.tr("Add budget line"),
                         lambda: doc.add_budget_line(action_id, year, amount, **fields),
                         doc.delete_budget_line)

    def update_budget_line(self, line_id: int, **fields: Any) -> bool:
        return self._update(self.tr("Edit budget line"), self.doc.update_budget_line, line_id,
                            self._shown("budget_line", line_id, self.doc.budget_line), fields)

    def delete_budget_line(self, line_id: int) -> bool:
        return self._run(SnapshotCommand(self.doc, self.tr("Delete budget line"),
                                         lambda: self.doc.delete_budget_line(line_id)))

    def add_indicator(self, name: str, **fields: Any) -> int | None:
        doc = self.doc
        return self._add(self.tr("Add indicator"), lambda: doc.add_indicator(name, **fields),
                         doc.delete_indicator)

    def update_indicator(self, indicator_id: int, **fields: Any) -> bool:
        return self._update(self.tr("Edit indicator"), self.doc.update_indicator, indicator_id,
                            self._shown("indicator", indicator_id, self.doc.indicator), fields)

    def delete_indicator(self, indicator_id: int) -> bool:
        return self._run(SnapshotCommand(self.doc, self.tr("Delete indicator"),
                                         lambda: self.doc.delete_indicator(indicator_id)))

    # --- the workshop: workshops and stakeholders --------------------------------------------------------------

    def add_workshop(self, name: str, **fields: Any) -> int | None:
        doc = self.doc
        return self._add(self.tr("Add workshop"), lambda: doc.add_workshop(name, **fields),
                         doc.delete_workshop)

    def update_workshop(self, workshop_id: int, **fields: Any) -> bool:
        return self._update(self.tr("Edit workshop"), self.doc.update_workshop, workshop_id,
                            self.doc.workshop(workshop_id), fields)

    def delete_workshop(self, workshop_id: int) -> bool:
        return self._run(SnapshotCommand(self.doc, self.tr("Delete workshop"),
                                         lambda: self.doc.delete_workshop(workshop_id)))

    def add_stakeholder(self, name: str, **fields: Any) -> int | None:
        """A stakeholder by organisation name: a new name joins the register (one step)."""
        doc = self.doc
        if not name.strip():
            return self.add_organisation("")  # refused with the register's message; no step
        found = doc.find_organisation(name.strip())
        if found is not None:  # one command, no macro around it
            return self._add(self.tr("Add stakeholder"),
                             lambda: doc.add_stakeholder(found, **fields), doc.delete_stakeholder)
        with self.macro(self.tr("Add stakeholder")):
            org_id = self.add_organisation(name.strip())
            if org_id is None:
                return None
            return self._add(self.tr("Add stakeholder"),
                             lambda: doc.add_stakeholder(org_id, **fields), doc.delete_stakeholder)

    def update_stakeholder(self, stakeholder_id: int, **fields: Any) -> bool:
        return self._update(self.tr("Edit stakeholder"), self.doc.update_stakeholder,
                            stakeholder_id, self.doc.stakeholder(stakeholder_id), fields)

    def delete_stakeholder(self, stakeholder_id: int) -> bool:
        return self._run(SnapshotCommand(self.doc, self.tr("Delete stakeholder"),
                                         lambda: self.doc.delete_stakeholder(stakeholder_id)))

    def set_attendance(self, stakeholder_id: int, workshop_ids: Sequence[int]) -> bool:
        old = list(self.doc.stakeholder(stakeholder_id).present)
        new = sorted(set(workshop_ids))
        if old == new:
            return True
        doc = self.doc
        return self._run(UpdateCommand(
            doc, self.tr("Mark who was present"),
            lambda i, present: doc.set_attendance(i, present), stakeholder_id,
            {"present": old}, {"present": new}))

    # --- stock-take ------------------------------------------------------------------------------

    def set_rating(self, area: str, prompt_code: str = "", **fields: Any) -> bool:
        row = self.doc.rating(area, prompt_code)
        current = {"level": row.level if row else None, "evidence": row.evidence if row else ""}
        old = {k: current[k] for k in fields}
        new = {k: v for k, v in fields.items()}
        if old == new:
            return True
        doc = self.doc
        return self._run(UpdateCommand(
            doc, self.tr("Rate %1").replace("%1", prompt_code or area),
            lambda _i, **f: doc.set_rating(area, prompt_code, **f), 0, old, new))

    def add_initiative(self, area: str, title: str, **fields: Any) -> int | None:
        doc = self.doc
        return self._add(self.tr("Add initiative"),
                         lambda: doc.add_initiative(area, title, **fields), doc.delete_initiative)

    def update_initiative(self, initiative_id: int, **fields: Any) -> bool:
        return self._update(self.tr("Edit initiative"), self.doc.update_initiative,
                            initiative_id, self.doc.initiative(initiative_id), fields)

    def delete_initiative(self, initiative_id: int) -> bool:
        return self._run(SnapshotCommand(self.doc, self.tr("Delete initiative"),
                                         lambda: self.doc.delete_initiative(initiative_id)))

    def replace_prompts(self, prompts: Sequence[tuple[str, str, dict[str, str]]]) -> bool:
        return self._run(SnapshotCommand(self.doc, self.tr("Load prompts"),
                                         lambda: self.doc.replace_prompts(prompts)))

    # --- cards and dots --------------------------------------------------------------------------

    def add_idea(self, area: str, text: str, **fields: Any) -> int | None:
        doc = self.doc
        return self._add(self.tr("Add card"), lambda: doc.add_idea(area, text, **fields),
                         doc.delete_idea)

    def update_idea(self, idea_id: int, **fields: Any) -> bool:
        return self._update(self.tr("Edit card"), self.doc.update_idea, idea_id,
                            self.doc.idea(idea_id), fields)

    def move_idea(self, idea_id: int, area: str) -> bool:
        """To the end of another area's cards; undo puts it back in its place."""
        row = self.doc.idea(idea_id)
        if row.area == area:
            return True
        end = max((i.position for i in self.doc.ideas(area)), default=-1) + 1
        doc = self.doc
        return self._run(UpdateCommand(
            doc, self.tr("Move card"), lambda i, area, position: doc.set_idea_place(i, area, position),
            idea_id, {"area": row.area, "position": row.position}, {"area": area, "position": end}))

    def delete_idea(self, idea_id: int) -> bool:
        return self._run(SnapshotCommand(self.doc, self.tr("Delete card"),
                                         lambda: self.doc.delete_idea(idea_id)))

    def merge_ideas(self, keep_id: int, drop_id: int) -> bool:
        return self._run(SnapshotCommand(self.doc, self.tr("Merge cards"),
                                         lambda: self.doc.merge_ideas(keep_id, drop_id)))

    def add_group(self, name: str, **fields: Any) -> int | None:
        doc = self.doc
        return self._add(self.tr("Add group"), lambda: doc.add_group(name, **fields),
                         doc.delete_group)

    def set_dots(self, idea_id: int, group_id: int, dots: int, old: int | None = None) -> bool:
        """``old``: the dots as the caller just read them (saves reading the card again)."""
        old = self.doc.dots(idea_id, group_id) if old is None else old
        if old == dots:
            return True
        doc = self.doc
        return self._run(UpdateCommand(
            doc, self.tr("Vote"), lambda i, dots: doc.set_dots(i, group_id, dots), idea_id,
            {"dots": old}, {"dots": dots}))

    def vote(self, idea_id: int, group_id: int, step: int) -> bool:
        """+1 / -1 dot (never below zero; beyond the budget the store refuses with a reason)."""
        old = self.doc.dots(idea_id, group_id)
        return self.set_dots(idea_id, group_id, max(0, old + step), old)

    def promote(self, idea_ids: Sequence[int], kind: str, title: str | None = None) -> int | None:
        """Cards become one action or objective, linked to them (one undo step)."""
        doc = self.doc
        delete = doc.delete_action if kind == "action" else doc.delete_objective
        text = self.tr("Turn cards into an action") if kind == "action" else \
            self.tr("Turn cards into an objective")
        return self._add(text, lambda: doc.promote_ideas(list(idea_ids), kind, title), delete)


class _Macro:
    """Context manager around QUndoStack.beginMacro/endMacro."""

    def __init__(self, stack: QUndoStack, text: str) -> None:
        self.stack, self.text = stack, text

    def __enter__(self) -> None:
        self.stack.beginMacro(self.text)

    def __exit__(self, *exc: object) -> None:
        self.stack.endMacro()
