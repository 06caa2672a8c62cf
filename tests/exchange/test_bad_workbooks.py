"""Bad workbooks change nothing: each is refused with a message naming the sheet and cell (or
the file), and the plan holds exactly what it held before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lcplanner.core.demo import build_demo
from lcplanner.core.document import PlanDocument
from lcplanner.core.errors import PlanError
from lcplanner.exchange.apply import apply_changes
from lcplanner.exchange.roundtrip import MAX_ROWS, read_edits
from lcplanner.exchange.tables import ImportFileError
from lcplanner.export.writer import export_workplan

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def exported(tmp_path: Path):
    doc = build_demo(tmp_path / "plan.lcplan", lang="en")
    book = tmp_path / "plan.xlsx"
    export_workplan(doc, book, "en")
    yield doc, book
    doc.close()


def state(doc: PlanDocument) -> dict[str, list[dict[str, object]]]:
    return doc.take_state().tables


def id_column(ws) -> int:  # type: ignore[no-untyped-def]
    return next(c.column for c in ws[1] if c.value == "ID (do not edit)")


def refused(doc: PlanDocument, path: Path, expected: str) -> str:
    before = state(doc)
    with pytest.raises(PlanError) as caught:
        read_edits(path, doc)
    message = caught.value.message()
    assert expected in message and "\n" not in message
    assert state(doc) == before
    return message


def problems(doc: PlanDocument, path: Path) -> list[str]:
    """The problems of a workbook that opens but has bad cells; applying it is not possible."""
    before = state(doc)
    changes = read_edits(path, doc)
    assert not changes.ok
    assert state(doc) == before
    return [p.message() for p in changes.problems]


def test_another_plans_workbook_is_refused_unless_taken_as_new_rows(exported, tmp_path) -> None:
    doc, _book = exported
    other = build_demo(tmp_path / "other.lcplan", lang="en")
    foreign = tmp_path / "other.xlsx"
    export_workplan(other, foreign, "en")
    count = len(other.actions())
    other.close()
    message = refused(doc, foreign, "another plan")
    assert "other.xlsx" in message
    before = len(doc.actions())
    changes = read_edits(foreign, doc, as_new=True)
    assert changes.ok and not changes.of("delete") and not changes.of("update")
    assert len([r for r in changes.of("add") if r.kind == "action"]) == count
    apply_changes(doc, changes)
    assert len(doc.actions()) == before + count


def test_a_damaged_workbook(exported, tmp_path) -> None:
    doc, book = exported
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(book.read_bytes()[: book.stat().st_size // 2])
    refused(doc, broken, "damaged")


def test_a_password_protected_workbook(exported, tmp_path) -> None:
    doc, _book = exported
    locked = tmp_path / "locked.xlsx"
    shutil.copy(DATA / "workbook-password.xlsx", locked)
    refused(doc, locked, "password")


def test_a_file_renamed_xlsx(exported, tmp_path) -> None:
    doc, _book = exported
    fake = tmp_path / "notes.xlsx"
    fake.write_text("This is a letter to the council, not a workbook.\n", encoding="utf-8")
    refused(doc, fake, "not an Excel workbook")


def test_a_plan_file_renamed_xlsx(exported, tmp_path) -> None:
    doc, _book = exported
    fake = tmp_path / "plan-copy.xlsx"
    shutil.copy(doc.path, fake)
    refused(doc, fake, "not an Excel workbook")


def test_a_formula_without_a_value_is_named(exported) -> None:
    doc, book = exported
    wb = load_workbook(book)
    ws = wb["Budget"]
    amount = next(c.column for c in ws[1] if c.value == "Amount")
    ws.cell(2, amount).value = "=1000*2"  # openpyxl saves no result with it
    wb.save(book)
    [message] = problems(doc, book)
    assert message.startswith("Sheet Budget, cell G2:") and "formula" in message


def test_merged_cells_are_named(exported) -> None:
    doc, book = exported
    wb = load_workbook(book)
    ws = wb["BB1 Education system"]
    ws.merge_cells("B2:C3")
    wb.save(book)
    assert any(m.startswith("Sheet BB1 Education system, cell B2:") and "B2:C3" in m
               for m in problems(doc, book))


def test_a_date_that_is_not_a_date(exported) -> None:
    doc, book = exported
    wb = load_workbook(book)
    ws = wb["BB2 Families and communities"]
    start = next(c.column for c in ws[1] if c.value == "Start")
    ws.cell(2, start).value = "31.02.2027"
    wb.save(book)
    [message] = problems(doc, book)
    assert message.startswith("Sheet BB2 Families and communities, cell F2:")
    assert "31.02.2027" in message


def test_a_sheet_of_too_many_rows(exported) -> None:
    doc, book = exported
    wb = load_workbook(book)
    ws = wb["BB5 Quality"] if "BB5 Quality" in wb.sheetnames else next(
        wb[n] for n in wb.sheetnames if n.startswith("BB5"))
    title = next(c.column for c in ws[1] if c.value == "Action")
    for row in range(2, 100_002):
        ws.cell(row, title).value = f"Action {row}"
    wb.save(book)
    messages = problems(doc, book)
    assert any(f"{MAX_ROWS:,}" in m for m in messages)


def test_an_altered_record_is_refused(exported) -> None:
    doc, book = exported
    wb = load_workbook(book)
    ws = wb["lcplanner-roundtrip"]
    ws.cell(ws.max_row, 3).value = "tampered"  # a line of fingerprints without its fields
    wb.save(book)
    refused(doc, book, "round-trip record")


def test_a_workbook_not_from_lc_planner_points_to_the_mapping(exported, tmp_path) -> None:
    doc, book = exported
    wb = load_workbook(book)
    del wb["lcplanner-roundtrip"]
    plain = tmp_path / "city-plan.xlsx"
    wb.save(plain)
    refused(doc, plain, "mapping")


def test_a_copied_row_keeps_its_id_twice(exported) -> None:
    doc, book = exported
    wb = load_workbook(book)
    ws = wb["BB1 Education system"]
    ids = id_column(ws)
    ws.cell(ws.max_row + 1, ids).value = ws.cell(2, ids).value
    ws.cell(ws.max_row, 3).value = "A copy"
    wb.save(book)
    assert any("row 2" in m for m in problems(doc, book))


def test_the_missing_id_column(exported) -> None:
    doc, book = exported
    wb = load_workbook(book)
    ws = wb["Budget"]
    ws.cell(1, id_column(ws)).value = "whatever"
    wb.save(book)
    assert any("ID" in m for m in problems(doc, book))


def test_import_error_is_a_plan_error() -> None:
    assert issubclass(ImportFileError, PlanError)
