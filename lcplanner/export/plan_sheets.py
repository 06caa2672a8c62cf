"""The sheets that explain the plan beside the workplan: action details (the long texts, printed
on their own so the workplan prints readably), objectives (the logframe: each objective with its
outcome indicators and its actions, objectives without actions included) and the legend of
every code the workbook uses, in the workbook's language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter
from PySide6.QtCore import QLocale

from ..core import fingerprint as fp
from ..core import framework
from ..core.vocab import ApprovalStatus, FundingSource, MunicipalRole, Role, Sector, Status
from . import labels as L
from .styles import BOLD, HEADER_FILL, HEADER_FONT, SECTION_FONT, TOP, UPWARDS, WRAP

if TYPE_CHECKING:
    from .workbook import WorkplanWriter


def approval_label(w: WorkplanWriter) -> str:
    """The plan's approval status in the workbook's language ("" where the plan has none)."""
    code = w.data.plan.approval_status
    return w.label(ApprovalStatus, code) if code else ""


def approval_text(w: WorkplanWriter) -> str:
    """The approval status with its date: "Approved by the council, 12.03.2027"."""
    status = approval_label(w)
    day = w.data.plan.approved_on
    if status and day is not None:
        locale = QLocale("en_GB") if w.lang == "en" else QLocale(w.lang)
        return w.e(L.APPROVED_ON).replace("%2", locale.toString(day, QLocale.FormatType.ShortFormat)
                                          ).replace("%1", status)
    return status


def version_text(w: WorkplanWriter) -> str:
    plan = w.data.plan
    version, by = plan.version, plan.prepared_by
    if not version and not by:
        return ""
    return w.e(L.VERSION_LINE).replace("%2", by or "–").replace("%1", version or "–")


def guideline_names(w: WorkplanWriter, codes: tuple[str, ...]) -> str:
    names = {g.code: g.name for g in framework.GUIDELINE_AREAS}
    return ", ".join(w.t("Framework", names[c]) if c in names else c for c in codes)


def details(w: WorkplanWriter, name: str) -> None:
    """Each action's long texts, readable in print: description, target groups, key features
    and Guideline areas, notes, risks."""
    ws = w.new_sheet(name, (9, 26, 46, 22, 28, 28, 28))
    ws.freeze_panes = "C2"
    w.header_row(ws, [w.e(h) for h in L.DETAIL_COLUMNS])
    rows = 0
    clean = w.cell
    for code, title, description, groups, features, guidelines, notes, risks in \
            w.data.action_texts():
        both = "\n".join(t for t in (", ".join(features or ()),
                                      guideline_names(w, tuple(guidelines or ()))) if t)
        values = [code, title, description, groups, both, notes, risks]
        w.fit_next_row(ws, values)
        w.append(ws, [clean(ws, v) for v in values])  # the base format: top, wrapped
        rows += 1
        w._tick()
    w.add_table(ws, "ActionDetails", len(L.DETAIL_COLUMNS), rows)


# What each column of the Objectives sheet holds, for the round trip.
OBJECTIVE_FIELDS = ("area", "code", "statement", "benefits", "indicators", "actions", "risks", "uuid")


def objectives(w: WorkplanWriter, name: str) -> None:
    """The logframe: objective → its outcome indicators → its actions, with their risks."""
    ws = w.new_sheet(name, (14, 9, 34, 18, 36, 36, 30, 38))
    ws.freeze_panes = "C2"
    ws.column_dimensions[get_column_letter(len(L.OBJECTIVE_COLUMNS))].hidden = True
    w.header_row(ws, [w.e(h) for h in L.OBJECTIVE_COLUMNS])
    w.prints.sheet("objectives", name, "objective", list(OBJECTIVE_FIELDS), w._headers)
    rows = 0
    for objective in w.data.objectives():
        w.prints.add("objective", objective.uuid, fp.objective_values(objective))
        area = framework.AREA_BY_CODE.get(objective.area)
        where = f"{objective.area} {w.t('Framework', area.short)}" if area else objective.area
        benefits = "\n".join(f"{b} {w.t('Framework', framework.AREA_BY_CODE[b].short)}"
                             if b in framework.AREA_BY_CODE else b for b in objective.benefits)
        indicators = "\n".join(w.indicator_line(i) for i in objective.indicators)
        actions = "\n".join(f"{code} {title}" for code, title, _r in objective.actions) \
            or w.e(L.NO_ACTIONS_FOR_OBJECTIVE)
        risks = "\n".join(f"{code}: {r}" for code, _t, r in objective.actions if r.strip())
        values = [where, objective.code, objective.statement, benefits, indicators, actions,
                  risks, objective.uuid]
        w.fit_next_row(ws, values[:-1])
        w.append(ws, [w.cell(ws, v, align=WRAP if i not in (1, 7) else TOP)
                      for i, v in enumerate(values)])
        rows += 1
    if not rows:
        w.append(ws, [w.cell(ws, w.e(L.NO_ACTIONS))])
    ws.print_area = f"A1:{get_column_letter(len(L.OBJECTIVE_COLUMNS) - 1)}{max(rows, 1) + 1}"
    w.add_table(ws, "Objectives", len(L.OBJECTIVE_COLUMNS), rows)


def legend(w: WorkplanWriter, name: str) -> None:
    """What every code and label of the workbook means, section by section."""
    ws = w.new_sheet(name, (12, 100), title_rows=None)
    w.header_row(ws, [w.e(h) for h in L.LEGEND_COLUMNS])
    titles = L.LEGEND_SECTIONS
    sections: list[tuple[str, list[tuple[str, str]]]] = [
        (titles["areas"], [(a.code, w.t("Framework", a.name)) for a in framework.PLAN_AREAS]),
        (titles["benefits"], [(a.code, w.t("Framework", a.name)) for a in framework.BENEFITS]),
        (titles["features"], [(k.code, w.t("Framework", k.text)) for k in framework.KEY_FEATURES]),
        (titles["guidelines"], [("", w.t("Framework", g.name)) for g in framework.GUIDELINE_AREAS]),
        (titles["statuses"], [("", w.vocab(s)) for s in Status]),
        (titles["roles"], [("", w.vocab(r)) for r in Role]),
        (titles["sources"], [("", w.vocab(f)) for f in FundingSource]),
        (titles["sectors"], [("", w.vocab(s)) for s in Sector]),
    ]
    sections.append((L.MUNICIPAL_ROLES, [("", w.vocab(m)) for m in MunicipalRole]))
    sections.append((L.APPROVAL_STATUSES, [("", w.vocab(m)) for m in ApprovalStatus]))
    for title, entries in sections:
        w.append(ws, [])
        w.append(ws, [w.cell(ws, w.e(title), font=SECTION_FONT, align=w.line_align)])
        for code, meaning in entries:
            w.fit_next_row(ws, [code, meaning])
            w.append(ws, [w.cell(ws, code, font=BOLD, align=TOP), w.cell(ws, meaning, align=WRAP)])


def municipal_role(w: WorkplanWriter, code: str) -> str:
    return w.label(MunicipalRole, code) if code else ""


def responsibilities(w: WorkplanWriter, name: str) -> None:
    """Who does what: for each action its lead and partners (with their roles) and the
    municipality's own role.  A matrix (an organisation a column, its header written upwards)
    where it stays legible; for a long plan one row per organisation and action."""
    d = w.data
    rows = list(d.responsibilities()) if len(d.actions) <= L.MATRIX_ACTIONS else None
    involved: list[int] = []
    if rows is not None:
        seen = {org for _c, _t, _m, lead, partners in rows
                for org in [lead, *(p for p, _r in partners)] if org is not None}
        involved = [o.id for o in d.organisations if o.id in seen]
    if rows is None or len(involved) > L.MATRIX_ORGANISATIONS:
        _responsibility_list(w, name)
        return
    names = {o.id: o.name for o in d.organisations}
    column = {org: i for i, org in enumerate(involved)}
    # An organisation's column holds its role's longest word whole ("Uygulayıcı").
    words = [word for label in [w.e(L.LEADS), *(w.vocab(r) for r in Role)] for word in label.split()]
    width = max(6, max(len(word) for word in words) + 1)
    ws = w.new_sheet(name, (9, 30, 16, *([width] * len(involved))))
    if 55 + width * len(involved) > 195:  # one page wide would print under 8 pt:
        ws.page_setup.fitToWidth = 0  # across as many pages as the organisations need ...
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        ws.page_setup.scale = 80  # ... at 8.8 pt, the code and title repeated on each
        ws.print_title_cols = "A:C"
    ws.freeze_panes = "D2"
    headers = [w.e(h) for h in L.RESPONSIBILITY_COLUMNS] + [names[o] for o in involved]
    w._headers = [w.clean.text(h) for h in headers]
    ws.row_dimensions[1].height = min(409.0, 6.5 * max(len(n) for n in headers[3:] or [""]) + 10)
    w.append(ws, [w.cell(ws, h, font=HEADER_FONT, fill=HEADER_FILL,
                         align=UPWARDS if i >= 3 else WRAP) for i, h in enumerate(w._headers)])
    lead_text = w.e(L.LEADS)
    for code, title, municipal, lead, partners in rows:
        cells: list[Any] = [None] * len(involved)
        for org, role in partners:
            cells[column[org]] = w.label(Role, role)
        if lead is not None:
            cells[column[lead]] = lead_text
        w.fit_next_row(ws, [code, title, municipal_role(w, municipal), *cells])
        w.append(ws, [code, w.cell(ws, title), municipal_role(w, municipal), *cells])
    w.add_table(ws, "Responsibilities", len(headers), len(rows))


def _responsibility_list(w: WorkplanWriter, name: str) -> None:
    d = w.data
    names = {o.id: o.name for o in d.organisations}
    ws = w.new_sheet(name, (34, 9, 34, 18, 18))
    ws.freeze_panes = "B2"
    w.header_row(ws, [w.e(h) for h in L.RESPONSIBILITY_LIST_COLUMNS])
    lines: list[tuple[str, str, str, str, str]] = []
    lead_text = w.e(L.LEADS)
    for code, title, municipal, lead, partners in d.responsibilities():
        role = municipal_role(w, municipal)
        if lead is not None:
            lines.append((names.get(lead, ""), code, title, lead_text, role))
        lines += [(names.get(org, ""), code, title, w.label(Role, kind), role)
                  for org, kind in partners]
    order = {o.name: i for i, o in enumerate(d.organisations)}
    lines.sort(key=lambda line: order.get(line[0], len(order)))  # by organisation, stable
    for line in lines:
        w.append(ws, [w.cell(ws, v) for v in line])
    w.add_table(ws, "Responsibilities", len(L.RESPONSIBILITY_LIST_COLUMNS), len(lines))
