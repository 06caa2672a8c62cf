"""Carry out what a person accepted of a :class:`ChangeSet`, as one transaction.

Only the document's commands write (never SQL here): organisations first, then objectives,
actions, partners, budget lines and indicators; deletions last, children first.  Any refusal
(a code already taken, a lead that is also a partner) rolls the whole import back.  The caller
makes it one undo step (:meth:`PlanDocument.take_state` before and after) and keeps a copy of
the file before it (:func:`backup_before`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ..core import fingerprint as fp
from .changes import ChangeSet, RowChange
from .plan_side import read_plan

TEXT_FIELDS = ("code", "title", "description", "target_groups", "status", "percent", "priority",
               "key_features", "guideline_areas", "municipal_role", "notes", "risks",
               "start_date", "end_date")


def backup_before(doc: Any) -> Path:
    """A copy of the plan file next to it, taken before an import (SQLite's backup API)."""
    path = Path(doc.path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-import-{stamp}{path.suffix}")
    doc.save_copy(target)
    return target


def apply_changes(doc: Any, changes: ChangeSet) -> None:
    """Apply the accepted rows, fields and new organisations of ``changes`` (one transaction)."""
    with doc.batch():
        _Applier(doc, changes).run()


def _uuid(row: RowChange) -> dict[str, str]:
    """The UUID a new row brings (a round trip's, so a second import finds it); a foreign
    spreadsheet's rows have none and get a fresh one."""
    return {"uuid": row.uuid} if row.uuid else {}


class _Applier:
    def __init__(self, doc: Any, changes: ChangeSet) -> None:
        self.doc, self.changes = doc, changes
        self.plan = read_plan(doc)
        self.orgs = {fp.name_key(name): ident for ident, name in self.plan.organisations.items()}
        self.objectives = {fp.name_key(code): self.plan.ids["objective"][uuid]
                           for uuid, code in ((u, v["code"]) for u, v in
                                              self.plan.values["objective"].items())}
        self.actions = {key: self.plan.ids["action"][uuid]
                        for key, uuid in self.plan.action_codes.items()}
        self.partner_edits: dict[int, list[RowChange]] = {}
        # codes of rows this import adds, as the workbook wrote them: another plan's rows whose
        # codes are taken here get new codes, and their budget lines follow them, not ours
        self.added_actions: dict[str, int] = {}
        self.added_objectives: dict[str, int] = {}
        self.statements = {fp.name_key(v["statement"]): self.plan.ids["objective"][uuid]
                           for uuid, v in self.plan.values["objective"].items()}

    def rows(self, kind: str, op: str) -> list[RowChange]:
        return [r for r in self.changes.rows if r.kind == kind and r.op == op and r.accepted]

    def run(self) -> None:
        for name, create in self.changes.new_organisations.items():
            if create and fp.name_key(name) not in self.orgs:
                self.orgs[fp.name_key(name)] = self.doc.add_organisation(name)
        for row in self.rows("organisation", "add"):
            if fp.name_key(row.values["name"]) in self.orgs:
                continue  # another plan's register: the same organisation is already ours
            values = {k: v for k, v in row.values.items() if k in fp.FIELDS["organisation"]}
            ident = self.doc.add_organisation(values.pop("name"), **_uuid(row), **values)
            self.orgs[fp.name_key(row.values["name"])] = ident
        for row in self.rows("organisation", "update"):
            self.doc.update_organisation(self.plan.ids["organisation"][row.uuid], **self.taken(row))
        self.objectives_()
        self.actions_()
        self.partners_()
        self.details_()
        for kind, remove in (("indicator", self.doc.delete_indicator),
                             ("budget", self.doc.delete_budget_line),
                             ("action", self.doc.delete_action),
                             ("objective", self.doc.delete_objective),
                             ("organisation", self.doc.delete_organisation)):
            for row in self.rows(kind, "delete"):
                remove(self.plan.ids[kind][row.uuid])

    @staticmethod
    def taken(row: RowChange) -> dict[str, Any]:
        return {f.field: f.new for f in row.fields if f.take}

    def org(self, name: str | None) -> int | None:
        """The register's id of a named organisation; None when it is neither known nor created."""
        return self.orgs.get(fp.name_key(name)) if name else None

    def objectives_(self) -> None:
        for row in self.rows("objective", "add"):
            v = row.values
            code = v.get("code") or ""
            taken = fp.name_key(code) in self.objectives
            ident = self.doc.add_objective(v.get("area") or "BB1", v["statement"], **_uuid(row),
                                           **{k: v[k] for k in ("code", "benefits")
                                              if v.get(k) and not (k == "code" and taken)})
            self.added_objectives[fp.name_key(code)] = ident
            self.objectives[fp.name_key(self.doc.objective(ident).code)] = ident
        for row in self.rows("objective", "update"):
            ident = self.plan.ids["objective"][row.uuid]
            fields = self.taken(row)
            area = fields.pop("area", None)
            if fields:
                self.doc.update_objective(ident, **fields)
            if area:
                self.doc.move_objective_to_area(ident, area)

    def objective_of(self, text: str, area: str | None) -> int | None:
        """An objective by its code, else by its statement; a foreign spreadsheet's statement
        that matches none becomes a new objective of the action's area."""
        key = fp.name_key(text)
        found = self.added_objectives.get(key) or self.objectives.get(key) \
            or self.statements.get(key)
        if found is None and area:
            found = self.doc.add_objective(area, text)
            self.statements[key] = found
        return found

    def action_fields(self, values: dict[str, Any], adding: bool) -> dict[str, Any]:
        out = {k: v for k, v in values.items() if k in TEXT_FIELDS and (v is not None or not adding)}
        if "objective" in values:
            out["objective_id"] = self.objective_of(values["objective"], values.get("area")) \
                if values["objective"] else None
        if "lead" in values:
            lead = self.org(values["lead"])
            if lead is not None or not values["lead"]:
                out["lead_id"] = lead
        for key in ("percent", "priority", "status"):
            if out.get(key) is None:
                out.pop(key, None)
        return out

    def actions_(self) -> None:
        for row in self.rows("action", "add"):
            v = row.values
            fields = self.action_fields(v, adding=True)
            code = fields.get("code") or ""
            if fp.name_key(code) in self.actions:
                del fields["code"]  # taken here (another plan's row): a new code is made
            title = fields.pop("title")
            objective_id = fields.pop("objective_id", None)
            ident = self.doc.add_action(v["area"], title, objective_id, **_uuid(row), **fields)
            self.added_actions[fp.name_key(code)] = ident
            self.actions[fp.name_key(self.doc.action(ident).code)] = ident
            for name, role in v.get("partners", ()):
                org = self.org(name)
                if org is not None and org != fields.get("lead_id"):
                    self.partner_edits.setdefault(ident, []).append(
                        RowChange("partner", "add", row.sheet, row.row, None, "",
                                  values={"organisation": name, "role": role}))
            for line in v.get("budget", ()):
                self.doc.add_budget_line(ident, line["year"], line["amount"],
                                         **{k: line[k] for k in ("source", "confirmed") if k in line})
            for ind in v.get("indicators", ()):
                self.doc.add_indicator(ind["name"], action_id=ident,
                                       **{k: val for k, val in ind.items() if k != "name"})
        for row in self.rows("action", "update"):
            ident = self.plan.ids["action"][row.uuid]
            taken = self.taken(row)
            group = taken.pop("group", None)
            fields = self.action_fields(taken, adding=False)
            if fields:
                self.doc.update_action(ident, **fields)
            if group and group != "FC":  # the sheet it was moved to (a condition: FC1-FC3)
                self.doc.move_actions_to_area([ident], group)

    def partners_(self) -> None:
        links = {uuid: (action_id, org_id) for uuid, action_id, org_id, _r in
                 self.doc.partner_links()}
        for row in self.rows("partner", "add"):
            action = self.action_of(row.values.get("action"))
            if action is not None:
                self.partner_edits.setdefault(action, []).append(row)
        for op in ("update", "delete"):
            for row in self.rows("partner", op):
                if row.uuid in links:
                    self.partner_edits.setdefault(links[row.uuid][0], []).append(row)
        for action_id, edits in self.partner_edits.items():
            current = [(p.organisation_id, p.role) for p in self.doc.action(action_id).partners]
            result = list(current)
            for row in edits:
                if row.op == "add":
                    org = self.org(row.values.get("organisation"))
                    if org is None:
                        continue
                    role = row.values.get("role") or "partner"
                    result = [(o, role if o == org else r) for o, r in result]
                    if org not in [o for o, _r in result]:
                        result.append((org, role))
                    continue
                old_org = links[row.uuid][1]
                index = next((i for i, (o, _r) in enumerate(result) if o == old_org), None)
                if index is None:
                    continue
                if row.op == "delete":
                    del result[index]
                    continue
                fields = self.taken(row)
                org = self.org(fields["organisation"]) if "organisation" in fields else old_org
                if org is None:
                    continue
                result[index] = (org, fields.get("role", result[index][1]))
            if result != current:
                self.doc.set_partners(action_id, result)

    def action_of(self, code: str | None) -> int | None:
        key = fp.name_key(code)
        return self.added_actions.get(key) or self.actions.get(key)

    def details_(self) -> None:
        for row in self.rows("budget", "add"):
            v = row.values
            action = self.action_of(v["action"])
            assert action is not None  # the reader checked the code
            self.doc.add_budget_line(action, v.get("year") or self.doc.plan().period_start,
                                     v["amount"], **_uuid(row),
                                     **{k: v[k] for k in ("source", "confirmed", "spent")
                                        if v.get(k) is not None})
        for row in self.rows("budget", "update"):
            fields = {k: v for k, v in self.taken(row).items() if k != "action"}
            if fields:
                self.doc.update_budget_line(self.plan.ids["budget"][row.uuid], **fields)
        for row in self.rows("indicator", "add"):
            v = dict(row.values)
            owner = v.pop("owner", "")
            action = self.action_of(owner)
            where = {"action_id": action} if action is not None else {
                "objective_id": self.added_objectives.get(fp.name_key(owner))
                or self.objectives[fp.name_key(owner)]}
            name = v.pop("name")
            fields = {k: (val if val != "" or k not in ("baseline", "target", "actual") else None)
                      for k, val in v.items() if val is not None}
            self.doc.add_indicator(name, **_uuid(row), **where, **fields)
        for row in self.rows("indicator", "update"):
            fields = {k: (None if v == "" and k in ("baseline", "target", "actual") else v)
                      for k, v in self.taken(row).items() if k != "owner"}
            if fields:
                self.doc.update_indicator(self.plan.ids["indicator"][row.uuid], **fields)
