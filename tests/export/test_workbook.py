"""The Excel workplan, read back with openpyxl: sheets, typed cells, validation, print settings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from lcplanner.core import framework
from lcplanner.core.document import PlanDocument
from lcplanner.core.vocab import Status
from lcplanner.export.labels import WORKPLAN_COLUMNS
from lcplanner.export.writer import export_workplan

COL = {key: i for i, (key, _label, _w) in enumerate(WORKPLAN_COLUMNS)}
EN_SHEETS = ["Summary", "Cover", "BB1 Education system", "BB2 Families and communities",
             "BB3 Workplace", "BB4 Learning technologies", "BB5 Quality", "BB6 Culture of learning",
             "Fundamental conditions", "Action details", "Objectives", "Timeline", "Indicators",
             "Budget", "Budget by area", "Organisations", "Partners", "Responsibilities", "Legend",
             "Stock-take", "Ideas", "lcplanner-roundtrip"]
SUMMARY_HEADER = 6  # the summary's table starts under the plan's lines


@pytest.fixture
def demo(demo_file):
    doc = PlanDocument.open(demo_file)
    yield doc
    doc.close()


@pytest.fixture
def english(demo, tmp_path):
    report = export_workplan(demo, tmp_path / "workplan.xlsx", lang="en")
    return report, load_workbook(report.path)


def _sheet_of(wb, area: str):
    if area.startswith("FC"):
        return wb["Fundamental conditions"]
    return next(wb[name] for name in wb.sheetnames if name.startswith(area + " "))


def test_sheet_list_and_report(english, demo):
    report, wb = english
    assert wb.sheetnames == EN_SHEETS
    # the round trip's record is the one hidden sheet, never printed
    assert [ws.title for ws in wb.worksheets if ws.sheet_state != "visible"] == [EN_SHEETS[-1]]
    assert report.actions == len(demo.actions()) and report.removed_characters == 0
    for name in wb.sheetnames:
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\")


def test_every_action_once_on_its_sheet_with_its_values(english, demo):
    _report, wb = english
    seen: dict[str, int] = {}
    for action in demo.actions():
        ws = _sheet_of(wb, action.area)
        rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == action.code]
        assert len(rows) == 1, action.code
        row = rows[0]
        seen[action.code] = seen.get(action.code, 0) + 1
        assert row[COL["title"]] == action.title
        assert row[COL["lead"]] == (action.lead_name or None)
        assert row[COL["uuid"]] == action.uuid
        assert row[COL["status"]] == Status(action.status).source_label
        assert row[COL["percent"]] == pytest.approx(action.percent / 100)
        assert row[COL["priority"]] == action.priority
        if action.start_date:
            assert row[COL["start"]] == dt.datetime.combine(action.start_date, dt.time())
        if action.budget_total:
            assert Decimal(str(row[COL["budget"]])) == action.budget_total
        for partner in action.partners:
            assert partner.name in row[COL["partners"]]
    assert set(seen.values()) == {1}
    total_rows = sum(ws.max_row - 1 for ws in wb.worksheets[2:9] if ws.max_row > 1)
    assert total_rows == len(demo.actions())


def test_cells_are_typed_and_formatted(english):
    _report, wb = english
    ws = wb["BB1 Education system"]
    start, budget, percent = (ws.cell(2, COL[k] + 1) for k in ("start", "budget", "percent"))
    assert start.is_date and start.number_format == "dd/mm/yyyy"
    assert budget.data_type == "n" and "₺" in budget.number_format
    assert percent.data_type == "n" and percent.number_format == "0%"
    cover = wb["Cover"]
    values = {r[0]: r[1] for r in cover.iter_rows(min_row=3, values_only=True)}
    assert isinstance(values["Exported at"], dt.datetime)
    assert isinstance(values["Number of actions"], int)


def test_status_validation_hidden_uuid_table_and_frozen_header(english):
    _report, wb = english
    for name in EN_SHEETS[2:9]:
        ws = wb[name]
        status_col = chr(ord("A") + COL["status"])
        validations = ws.data_validations.dataValidation
        assert len(validations) == 1
        rule = validations[0]
        assert rule.type == "list"
        assert all(s.source_label in rule.formula1 for s in Status)
        assert str(rule.sqref).startswith(f"{status_col}2:")
        uuid_col = chr(ord("A") + COL["uuid"])
        assert ws.column_dimensions[uuid_col].hidden
        assert ws.freeze_panes == "D2"
        if ws.max_row > 1:
            (table,) = ws.tables.values()
            last = get_column_letter(len(COL) + 3)  # the fixed columns, then 2026..2028
            assert table.ref == f"A1:{last}{ws.max_row}"
            assert [c.name for c in table.tableColumns][0] == "Code"


def test_summary_totals_equal_the_store(demo, tmp_path):
    """The cached values of the summary's formulas (what a viewer that does not calculate
    shows) equal the store's sums."""
    wb = load_workbook(export_workplan(demo, tmp_path / "w.xlsx", lang="en").path, data_only=True)
    ws = wb["Summary"]
    header = [c.value for c in ws[SUMMARY_HEADER]]
    rows = {r[0]: r for r in ws.iter_rows(min_row=SUMMARY_HEADER + 1, values_only=True) if r[0]}
    summary = {s.area: s for s in demo.summary()}
    total_col = header.index("Budget total")
    for code, s in summary.items():
        row = rows[code]
        assert (row[2], row[3]) == (s.objectives, s.actions)
        assert Decimal(str(row[total_col])).quantize(Decimal("0.01")) == s.budget_total
        for year, amount in s.budget_by_year.items():
            assert Decimal(str(row[header.index(f"Budget {year}")])).quantize(Decimal("0.01")) == amount
    totals = rows["Total"]
    assert totals[3] == sum(s.actions for s in summary.values())
    assert Decimal(str(totals[total_col])).quantize(Decimal("0.01")) == sum(
        (s.budget_total for s in summary.values()), Decimal("0.00"))
    gaps = header.index("Actions with something missing")
    assert totals[gaps] == sum(1 for a in demo.actions() if a.missing)


def test_print_settings(english, demo):
    _report, wb = english
    title = demo.plan().title
    for ws in [w for w in wb.worksheets if w.sheet_state == "visible"]:
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
        if ws.title == "Responsibilities":  # 19 organisations' columns: across pages at 80 %
            assert ws.page_setup.scale == 80 and ws.print_title_cols == "$A:$C"
        else:
            assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.oddHeader.center.text == title.replace("&", "&&")
        assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
        assert ws.oddHeader.right.text == "&A"
    assert wb["BB2 Families and communities"].print_title_rows == "$1:$1"


def test_timeline_indicators_budget_organisations(english, demo):
    _report, wb = english
    timeline = wb["Timeline"]
    header = [c.value for c in timeline[1]]
    assert header[:4] == ["Code", "Action", "Start", "End"] and header[4] == "Q1 2026"
    assert header[-1] == "Q4 2028"  # by quarter, every header whole (the years told apart)
    coloured = sum(1 for c in timeline[2][4:] if c.fill.fgColor.rgb not in (None, "00000000"))
    assert coloured > 0
    indicators = wb["Indicators"]
    assert indicators.max_row - 1 == len(demo.indicators())  # the objectives' outcome ones too
    numeric = [r for r in indicators.iter_rows(min_row=2, values_only=True) if r[3] == "Count"]
    assert numeric and all(isinstance(r[7], (int, float)) for r in numeric)
    budget = wb["Budget"]
    lines = [r for r in budget.iter_rows(min_row=2, values_only=True) if r[0]]
    assert len(lines) == len(demo.budget_lines())
    cached = load_workbook(_report.path, data_only=True)["Budget"]
    totals = {r[1]: r[6] for r in cached.iter_rows(min_row=2, values_only=True) if r[1] and not r[0]}
    assert Decimal(str(totals["Total"])).quantize(Decimal("0.01")) == sum(
        (b.amount for b in demo.budget_lines()), Decimal("0.00"))
    orgs = wb["Organisations"]
    assert orgs.max_row - 1 == len(demo.organisations())


def test_empty_plan_exports_cleanly(tmp_path):
    doc = PlanDocument.create(tmp_path / "empty.lcplan", "Bolu", language="en")
    try:
        report = export_workplan(doc, tmp_path / "empty.xlsx")
    finally:
        doc.close()
    wb = load_workbook(report.path)
    assert wb["BB1 Education system"]["A2"].value == "No actions yet."
    assert report.actions == 0 and report.language == "en"


def test_every_area_sheet_matches_the_framework():
    assert len([n for n in EN_SHEETS if n[:2] == "BB"]) == len(framework.BUILDING_BLOCKS)


def test_turkish_workbook(demo, tmp_path):
    """Exported with --lang tr: Turkish sheet names, headers, statuses, dates and money."""
    report = export_workplan(demo, tmp_path / "isplani.xlsx", lang="tr")
    wb = load_workbook(report.path)
    assert wb.sheetnames[:3] == ["Özet", "Kapak", "BB1 Eğitim sistemi"]
    assert "Temel koşullar" in wb.sheetnames and "Zaman çizelgesi" in wb.sheetnames
    ws = wb["BB1 Eğitim sistemi"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["Kod", "Hedef", "Eylem"] and "Durum" in header
    assert "Başlamadı" in ws.data_validations.dataValidation[0].formula1
    start = ws.cell(2, COL["start"] + 1)
    assert start.is_date and start.number_format == "dd.mm.yyyy"
    assert "₺" in ws.cell(2, COL["budget"] + 1).number_format
    assert ws.oddFooter.right.text == "Sayfa &P / &N"
    assert report.language == "tr"
