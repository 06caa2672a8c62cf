"""The plan as the round trip compares it: every row of the kinds a workbook carries, by UUID,
with its values in the form fingerprints take (:mod:`lcplanner.core.fingerprint`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..core import fingerprint as fp


@dataclass
class PlanSide:
    ids: dict[str, dict[str, int]] = field(default_factory=dict)  # kind -> uuid -> id
    values: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    shown: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # names as written
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    action_codes: dict[str, str] = field(default_factory=dict)  # folded code -> uuid
    objective_codes: dict[str, str] = field(default_factory=dict)  # folded code -> code
    organisations: dict[int, str] = field(default_factory=dict)  # id -> name

    def put(self, kind: str, uuid: str, ident: int, values: dict[str, Any], label: str,
            shown: dict[str, Any] | None = None) -> None:
        self.ids.setdefault(kind, {})[uuid] = ident
        self.values.setdefault(kind, {})[uuid] = values
        self.labels.setdefault(kind, {})[uuid] = label
        if shown:
            self.shown.setdefault(kind, {})[uuid] = shown

    def shown_value(self, kind: str, uuid: str, name: str) -> Any:
        said = self.shown.get(kind, {}).get(uuid, {})
        return said[name] if name in said else self.values[kind][uuid].get(name)


def read_plan(doc: Any) -> PlanSide:
    """One consistent read of the plan's rows (a writer waits until it ends: reads only)."""
    side = PlanSide()
    for kind in fp.FIELDS:
        side.ids[kind], side.values[kind], side.labels[kind] = {}, {}, {}
    with doc.consistent():
        organisations = doc.organisations()
        objectives = doc.objectives()
        actions = doc.actions()
        links = doc.partner_links()
        lines = doc.budget_lines()
        indicators = doc.indicators()
    side.organisations = {o.id: o.name for o in organisations}
    for o in organisations:
        side.put("organisation", o.uuid, o.id, fp.organisation_values(o), o.name)
    objective_code = {o.id: o.code for o in objectives}
    for o in objectives:
        side.put("objective", o.uuid, o.id, fp.objective_values(o), f"{o.code} {o.statement}")
        side.objective_codes[fp.name_key(o.code)] = o.code
    action_code: dict[int, str] = {}
    for a in actions:
        action_code[a.id] = a.code
        side.put("action", a.uuid, a.id, fp.action_values(a, objective_code.get(
            a.objective_id or 0, "")), f"{a.code} {a.title}", {"lead": a.lead_name})
        side.action_codes[fp.name_key(a.code)] = a.uuid
    for uuid, action_id, org_id, role in links:
        name = side.organisations.get(org_id, "")
        code = action_code.get(action_id, "")
        side.put("partner", uuid, 0, fp.partner_values(code, name, role), f"{code} · {name}",
                 {"organisation": name})
    for line in lines:
        code = action_code.get(line.action_id, "")
        side.put("budget", line.uuid, line.id, fp.budget_values(code, line),
                 f"{code} · {line.year} · {line.amount:.2f}")
    for ind in indicators:
        owner = action_code.get(ind.action_id or 0) if ind.action_id else objective_code.get(
            ind.objective_id or 0, "")
        side.put("indicator", ind.uuid, ind.id, fp.indicator_values(owner or "", ind),
                 f"{owner} · {ind.name}")
    return side
