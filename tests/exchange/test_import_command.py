"""`lcplanner import` as installed: dry run, JSON, apply with a kept copy, exit codes, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from lcplanner.core.document import PlanDocument
from test_cli import run  # tests/ is on the path (its conftest.py), as for badfiles and hostile

DATA = Path(__file__).resolve().parents[1] / "data"


def exported(tmp_path: Path) -> tuple[Path, Path]:
    plan, book = tmp_path / "plan.lcplan", tmp_path / "plan.xlsx"
    run("demo", plan, "--lang", "en")
    run("export", plan, "-o", book, "--lang", "en")
    return plan, book


def test_dry_run_json_then_apply_then_nothing_left(tmp_path: Path) -> None:
    plan, book = exported(tmp_path)
    wb = load_workbook(book)
    ws = wb["BB1 Education system"]
    status = next(c.column for c in ws[1] if c.value == "Status")
    ident = next(c.column for c in ws[1] if c.value == "ID (do not edit)")
    uuid = ws.cell(2, ident).value
    ws.cell(2, status).value = "Tamamlandı"  # a status typed in Turkish into an English workbook
    wb.save(book)
    before = plan.read_bytes()
    out = run("import", plan, book, "--dry-run", "--json").stdout
    report = json.loads(out)
    [row] = report["rows"]
    assert row["op"] == "update" and row["sheet"] == "BB1 Education system" and row["row"] == 2
    [field] = row["fields"]
    assert (field["field"], field["cell"], field["new"], field["conflict"]) == (
        "status", f"{ws.cell(2, status).column_letter}2", "done", False)
    assert plan.read_bytes() == before  # a dry run does not touch the plan
    applied = run("import", plan, book).stdout
    assert "before-import" in applied
    assert list(tmp_path.glob("plan.before-import-*.lcplan"))
    doc = PlanDocument.open(plan, read_only=True)
    try:
        assert next(a for a in doc.actions() if a.uuid == uuid).status == "done"
    finally:
        doc.close()
    assert "no changes" in run("import", plan, book).stdout


def test_bad_cells_exit_1_and_name_the_cell(tmp_path: Path) -> None:
    plan, book = exported(tmp_path)
    wb = load_workbook(book)
    ws = wb["Budget"]
    amount = next(c.column for c in ws[1] if c.value == "Amount")
    ws.cell(3, amount).value = "about a million"
    wb.save(book)
    before = plan.read_bytes()
    result = run("import", plan, book, ok=False)
    assert result.returncode == 1
    assert "Sheet Budget, cell G3:" in result.stderr and "about a million" in result.stderr
    assert "nothing was changed" in result.stderr
    assert plan.read_bytes() == before


def test_a_file_that_is_no_workbook_exits_3_in_one_line(tmp_path: Path) -> None:
    plan, _book = exported(tmp_path)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    result = run("import", plan, fake, ok=False)
    assert result.returncode == 3 and len(result.stderr.strip().splitlines()) == 1
    assert "damaged" in result.stderr


def test_foreign_spreadsheet_with_a_saved_mapping(tmp_path: Path) -> None:
    plan = tmp_path / "bolu.lcplan"
    run("new", plan, "--city", "Bolu")
    out = run("import", plan, DATA / "foreign-plan-tr.csv", "--mapping",
              DATA / "foreign-mapping-tr.json").stdout
    assert "8 new row(s)" in out or "8 new rows" in out
    doc = PlanDocument.open(plan, read_only=True)
    try:
        assert len(doc.actions()) == 8 and len(doc.organisations()) == 10
    finally:
        doc.close()
