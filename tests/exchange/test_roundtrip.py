"""The round trip: export, edit the cells as a planner does (openpyxl), import, check the plan."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lcplanner.core.demo import build_demo
from lcplanner.core.fingerprint import canon
from lcplanner.exchange.apply import apply_changes
from lcplanner.exchange.roundtrip import read_edits
from lcplanner.export.writer import export_workplan


def column(ws, header: str) -> int:
    for cell in ws[1]:
        if cell.value == header:
            return cell.column
    raise AssertionError(f"no column {header!r} in {ws.title}")


def find_row(ws, col: int, value: object) -> int:
    for row in ws.iter_rows(min_row=2):
        if row[col - 1].value == value:
            return row[0].row
    raise AssertionError(f"{value!r} not in {ws.title}")


@pytest.fixture
def exported(tmp_path: Path):
    doc = build_demo(tmp_path / "plan.lcplan", lang="en")
    book = tmp_path / "plan.xlsx"
    export_workplan(doc, book, "en")
    yield doc, book
    doc.close()


def edit(book: Path, doc) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """A status, a date, an indicator's actual value, a budget amount, a new action row, a
    deleted row and a partner's role, edited in the cells as a planner would."""
    wb = load_workbook(book)
    action = next(a for a in doc.actions() if a.area == "BB1" and a.partners)
    ws = wb["BB1 Education system"]
    r = find_row(ws, column(ws, "ID (do not edit)"), action.uuid)
    ws.cell(r, column(ws, "Status")).value = "Delayed"
    ws.cell(r, column(ws, "End")).value = dt.datetime(2028, 6, 30)
    new_row = ws.max_row + 1
    ws.cell(new_row, column(ws, "Action")).value = "Summer reading festival"
    ws.cell(new_row, column(ws, "Start")).value = "01.07.2027"
    ws.cell(new_row, column(ws, "Lead")).value = action.lead_name.upper()
    ind_ws = wb["Indicators"]
    indicator = next(i for i in doc.indicators() if i.action_id and i.kind == "count")
    ir = find_row(ind_ws, column(ind_ws, "ID (do not edit)"), indicator.uuid)
    ind_ws.cell(ir, column(ind_ws, "Actual")).value = 137
    budget_ws = wb["Budget"]
    line = doc.budget_lines()[0]
    br = find_row(budget_ws, column(budget_ws, "ID (do not edit)"), line.uuid)
    budget_ws.cell(br, column(budget_ws, "Amount")).value = "1.234,50 ₺"
    partners_ws = wb["Partners"]
    partner = action.partners[0]
    pr = next(row[0].row for row in partners_ws.iter_rows(min_row=2)
              if row[0].value == action.code and row[2].value == partner.name)
    new_role = "Funder" if partner.role != "funder" else "Advisor"
    partners_ws.cell(pr, column(partners_ws, "Its role")).value = new_role
    victim = next(a for a in doc.actions() if a.area == "BB2")
    ws2 = wb["BB2 Families and communities"]
    ws2.delete_rows(find_row(ws2, column(ws2, "ID (do not edit)"), victim.uuid))
    wb.save(book)
    return {"action": action, "indicator": indicator, "line": line, "partner": partner,
            "role": new_role.lower(), "victim": victim}


def test_round_trip_brings_back_exactly_the_edits(exported) -> None:
    doc, book = exported
    before = {a.uuid: a for a in doc.actions()}
    e = edit(book, doc)
    changes = read_edits(book, doc)
    assert changes.ok, [p.english() for p in changes.problems]
    assert not changes.conflicts
    deletions = changes.of("delete")
    assert [d.uuid for d in deletions] == [e["victim"].uuid]  # type: ignore[attr-defined]
    assert not deletions[0].accepted  # offered, never by default
    deletions[0].accepted = True
    apply_changes(doc, changes)
    check_applied(doc, e, before)
    again = read_edits(book, doc)
    assert again.ok and again.empty, [(r.kind, r.op, r.label, r.fields) for r in again.rows]


def check_applied(doc, e, before) -> None:  # type: ignore[no-untyped-def]
    """The plan holds exactly the edits of :func:`edit`, and nothing else changed."""
    action = doc.action(e["action"].id)  # type: ignore[attr-defined]
    assert action.status == "delayed"
    assert action.end_date == dt.date(2028, 6, 30)
    assert {(p.name, p.role) for p in action.partners} >= {(e["partner"].name, e["role"])}  # type: ignore[attr-defined]
    assert doc.indicator(e["indicator"].id).actual == "137"  # type: ignore[attr-defined]
    assert doc.budget_line(e["line"].id).amount == Decimal("1234.50")  # type: ignore[attr-defined]
    after = {a.uuid: a for a in doc.actions()}
    assert e["victim"].uuid not in after  # type: ignore[attr-defined]
    added = [a for u, a in after.items() if u not in before]
    assert [(a.title, a.area, a.start_date, a.lead_name) for a in added] == [
        ("Summer reading festival", "BB1", dt.date(2027, 7, 1), e["action"].lead_name)]  # type: ignore[attr-defined]
    # nothing else moved: every other action is as it was
    for uuid, row in after.items():
        if uuid in before and uuid != e["action"].uuid:  # type: ignore[attr-defined]
            assert row == before[uuid]


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def summary(changes):  # type: ignore[no-untyped-def]
    return [(r.kind, r.op, r.uuid, r.row, sorted((f.field, canon(f.new), f.conflict)
                                                  for f in r.fields),
             sorted((k, canon(v)) for k, v in r.values.items())) for r in changes.rows]


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_a_workbook_saved_again_by_libreoffice_imports_the_same(exported, tmp_path) -> None:
    doc, book = exported
    before = {a.uuid: a for a in doc.actions()}
    e = edit(book, doc)
    plain = read_edits(book, doc)
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                    str(tmp_path / "resaved"), str(book)],
                   check=True, capture_output=True, timeout=180)
    resaved = tmp_path / "resaved" / book.name
    assert resaved.read_bytes() != book.read_bytes()
    changes = read_edits(resaved, doc)
    assert changes.ok and summary(changes) == summary(plain)
    for row in changes.of("delete"):
        row.accepted = True
    apply_changes(doc, changes)
    check_applied(doc, e, before)
    assert read_edits(resaved, doc).empty


def test_a_field_edited_on_both_sides_is_a_conflict(exported) -> None:
    doc, book = exported
    action = next(a for a in doc.actions() if a.area == "BB3")
    wb = load_workbook(book)
    ws = wb["BB3 Workplace"] if "BB3 Workplace" in wb.sheetnames else next(
        wb[n] for n in wb.sheetnames if n.startswith("BB3"))
    r = find_row(ws, column(ws, "ID (do not edit)"), action.uuid)
    ws.cell(r, column(ws, "Action")).value = "Title from the workbook"
    wb.save(book)
    doc.update_action(action.id, title="Title from the plan")
    changes = read_edits(book, doc)
    [(row, conflict)] = changes.conflicts
    assert (conflict.old, conflict.new) == ("Title from the plan", "Title from the workbook")
    assert conflict.take is False
    apply_changes(doc, changes)
    assert doc.action(action.id).title == "Title from the plan"  # reported, not overwritten
    conflict.take = True
    apply_changes(doc, changes)
    assert doc.action(action.id).title == "Title from the workbook"


def test_an_unknown_lead_is_created_only_when_the_person_agrees(exported) -> None:
    doc, book = exported
    action = next(a for a in doc.actions() if a.area == "BB4")
    wb = load_workbook(book)
    ws = next(wb[n] for n in wb.sheetnames if n.startswith("BB4"))
    r = find_row(ws, column(ws, "ID (do not edit)"), action.uuid)
    ws.cell(r, column(ws, "Lead")).value = "Ilgınova Bilim Derneği"
    wb.save(book)
    registered = len(doc.organisations())
    changes = read_edits(book, doc)
    assert changes.new_organisations == {"Ilgınova Bilim Derneği": False}
    apply_changes(doc, changes)  # not agreed: the register and the lead stay as they were
    assert len(doc.organisations()) == registered
    assert doc.action(action.id).lead_name == action.lead_name
    changes = read_edits(book, doc)
    changes.new_organisations["Ilgınova Bilim Derneği"] = True
    apply_changes(doc, changes)
    assert len(doc.organisations()) == registered + 1
    assert doc.action(action.id).lead_name == "Ilgınova Bilim Derneği"
    assert read_edits(book, doc).empty


def test_an_edit_in_a_column_another_sheet_holds_is_reported_not_lost(exported) -> None:
    doc, book = exported
    action = next(a for a in doc.actions() if a.area == "BB1" and a.partners)
    wb = load_workbook(book)
    ws = wb["BB1 Education system"]
    r = find_row(ws, column(ws, "ID (do not edit)"), action.uuid)
    ws.cell(r, column(ws, "Partners (role)")).value = "Someone new (Funder)"
    wb.save(book)
    changes = read_edits(book, doc)
    assert changes.ok and changes.empty
    [warning] = changes.warnings
    letter = ws.cell(r, column(ws, "Partners (role)")).column_letter
    assert warning.message().startswith(f"Sheet BB1 Education system, cell {letter}{r}:")
    assert "Partners" in warning.message()


def test_values_typed_the_turkish_way_come_in(exported) -> None:
    doc, book = exported
    action = next(a for a in doc.actions() if a.area == "BB6")
    line = next(b for b in doc.budget_lines() if b.action_id != action.id)
    wb = load_workbook(book)
    ws = next(wb[n] for n in wb.sheetnames if n.startswith("BB6"))
    r = find_row(ws, column(ws, "ID (do not edit)"), action.uuid)
    ws.cell(r, column(ws, "Start")).value = "1.9.26"
    ws.cell(r, column(ws, "End")).value = "30.06.2027"
    ws.cell(r, column(ws, "% complete")).value = "%30"
    ws.cell(r, column(ws, "Status")).value = "GECİKMELİ"
    budget = wb["Budget"]
    br = find_row(budget, column(budget, "ID (do not edit)"), line.uuid)
    budget.cell(br, column(budget, "Amount")).value = "12.500 TL"
    wb.save(book)
    changes = read_edits(book, doc)
    assert changes.ok, [p.english() for p in changes.problems]
    apply_changes(doc, changes)
    got = doc.action(action.id)
    assert (got.start_date, got.end_date, got.percent, got.status) == (
        dt.date(2026, 9, 1), dt.date(2027, 6, 30), 30, "delayed")
    assert doc.budget_line(line.id).amount == Decimal("12500.00")


def test_a_row_moved_to_another_areas_sheet_moves_the_action(exported) -> None:
    doc, book = exported
    action = next(a for a in doc.actions() if a.area == "BB1")
    wb = load_workbook(book)
    source = wb["BB1 Education system"]
    target = wb["BB2 Families and communities"]
    r = find_row(source, column(source, "ID (do not edit)"), action.uuid)
    values = [c.value for c in source[r]]
    source.delete_rows(r)
    target.append(values)
    wb.save(book)
    changes = read_edits(book, doc)
    assert changes.ok, [p.english() for p in changes.problems]
    [row] = [r for r in changes.rows if r.uuid == action.uuid]
    assert [(f.field, f.old, f.new, f.column) for f in row.fields if f.field == "group"] == [
        ("group", "BB1", "BB2", "Area")]
    assert not changes.of("delete")  # moved, not missing
    apply_changes(doc, changes)
    assert doc.action(action.id).area == "BB2"


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_a_formula_saved_with_its_result_gives_the_result(exported, tmp_path) -> None:
    """A planner typed =1000*2 as an amount; a spreadsheet program saved its result with it."""
    doc, book = exported
    line = doc.budget_lines()[0]
    wb = load_workbook(book)
    ws = wb["Budget"]
    r = find_row(ws, column(ws, "ID (do not edit)"), line.uuid)
    ws.cell(r, column(ws, "Amount")).value = "=1000*2"
    wb.save(book)
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                    str(tmp_path / "resaved"), str(book)],
                   check=True, capture_output=True, timeout=180)
    changes = read_edits(tmp_path / "resaved" / book.name, doc)
    assert changes.ok, [p.english() for p in changes.problems]
    [row] = changes.rows
    assert [(f.field, f.new) for f in row.fields] == [("amount", Decimal("2000.00"))]
    apply_changes(doc, changes)
    assert doc.budget_line(line.id).amount == Decimal("2000.00")


def test_money_spent_goes_out_and_comes_back(exported) -> None:
    """Issue 15: a budget line's spent money is a column of the Budget sheet; typed there, it
    comes back; emptied, it is "not reported" again; the status typed on an area sheet is this
    period's progress update."""
    doc, book = exported
    spent = [b for b in doc.budget_lines() if b.spent is not None]
    unreported = next(b for b in doc.budget_lines() if b.spent is None)
    assert spent, "the demo reports spending"
    wb = load_workbook(book)
    budget = wb["Budget"]
    money = column(budget, "Spent")
    first = find_row(budget, column(budget, "ID (do not edit)"), spent[0].uuid)
    assert budget.cell(first, money).value == float(spent[0].spent)
    budget.cell(first, money).value = None
    other = find_row(budget, column(budget, "ID (do not edit)"), unreported.uuid)
    budget.cell(other, money).value = "7.250,75 ₺"
    action = next(a for a in doc.actions() if a.area == "BB1" and a.status != "delayed")
    ws = wb["BB1 Education system"]
    ws.cell(find_row(ws, column(ws, "ID (do not edit)"), action.uuid),
            column(ws, "Status")).value = "Delayed"
    wb.save(book)
    changes = read_edits(book, doc)
    assert changes.ok, [p.english() for p in changes.problems]
    apply_changes(doc, changes)
    assert doc.budget_line(spent[0].id).spent is None
    assert doc.budget_line(unreported.id).spent == Decimal("7250.75")
    now = doc.progress(action.id, doc.current_period())
    assert [u.status for u in now] == ["delayed"] and doc.action(action.id).status == "delayed"
    again = read_edits(book, doc)
    assert again.ok and again.empty  # the plan now says what the workbook says
