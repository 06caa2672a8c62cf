"""Issue 12: a workbook a council can read, read back with openpyxl (and LibreOffice when it is
installed): the print scale of every sheet, totals that are formulas with their values, top
alignment and named fonts, and nothing the plan holds left out (outcome indicators, objectives
without actions, budget lines outside the period, benefits, Guideline areas, risks,
organisation notes, the key features' meaning); no personal data unless asked.
"""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from lcplanner.core import framework
from lcplanner.core.document import PlanDocument
from lcplanner.core.vocab import FundingSource, Sector
from lcplanner.export.labels import PRINTED_COLUMNS, WORKPLAN_COLUMNS
from lcplanner.export.writer import export_workplan
from print_scale import printed_columns, printed_points, scale

COL = {key: i for i, (key, _l, _w) in enumerate(WORKPLAN_COLUMNS)}
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def demo(demo_file):
    doc = PlanDocument.open(demo_file)
    yield doc
    doc.close()


def _export(doc, tmp_path, lang="en", name="w.xlsx", **kwargs):  # type: ignore[no-untyped-def]
    return export_workplan(doc, tmp_path / name, lang=lang, **kwargs).path


@pytest.mark.parametrize("lang", ["en", "tr", "ar"])
def test_every_sheet_prints_at_8_points_or_more_on_a4_landscape(demo, tmp_path, lang):
    """The 17-column workplan printed at 3.6 pt on A4; now each sheet's printed columns are
    chosen so its smallest text prints at 8 pt or more (computed as a spreadsheet prints)."""
    wb = load_workbook(_export(demo, tmp_path, lang))
    shown = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]  # the record is hidden
    points = {ws.title: round(printed_points(ws), 1) for ws in shown}
    assert min(points.values()) >= 8.0, points
    workplan = wb.worksheets[2]
    assert len(printed_columns(workplan)) == PRINTED_COLUMNS  # code .. % complete
    assert scale(workplan) > 0.72
    for ws in shown:
        assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.orientation == "landscape"


def test_totals_are_formulas_that_carry_their_values(demo, tmp_path):
    path = _export(demo, tmp_path)
    formulas, values = load_workbook(path), load_workbook(path, data_only=True)
    summary, cached = formulas["Summary"], values["Summary"]
    header = [c.value for c in summary[6]]
    total_col = header.index("Budget total") + 1
    total_row = 6 + len(framework.PLAN_AREAS) + 1
    assert summary.cell(6, 1).value == "Code" and summary.cell(total_row, 1).value == "Total"
    assert summary.cell(total_row, total_col).value.startswith("=SUBTOTAL(109,")
    store_total = sum((b.amount for b in demo.budget_lines()), Decimal("0.00"))
    assert Decimal(str(cached.cell(total_row, total_col).value)) == store_total
    first_year = header.index("Budget 2026") + 1
    assert summary.cell(7, first_year).value.startswith("=SUMIFS('Budget'!$G:$G,")
    cover = {r[0].value: r[1] for r in formulas["Cover"].iter_rows(min_row=3) if r[0].value}
    assert cover["Total budget"].value.startswith("='Summary'!$")
    cover_values = {r[0]: r[1] for r in values["Cover"].iter_rows(min_row=3, values_only=True)}
    assert Decimal(str(cover_values["Total budget"])) == store_total
    assert formulas.calculation.fullCalcOnLoad  # spreadsheets recalculate on opening


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_an_edited_budget_line_moves_the_summary_and_cover_totals(demo, tmp_path):
    """As a planner does it: change an amount on the Budget sheet, let the spreadsheet
    calculate (LibreOffice, headless), read the totals."""
    path = _export(demo, tmp_path)
    wb = load_workbook(path)
    before = Decimal(str(wb["Budget"]["G2"].value))
    year, area = wb["Budget"]["D2"].value, wb["Budget"]["C2"].value
    wb["Budget"]["G2"].value = float(before + 1000)
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    out = tmp_path / "calc"
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "xlsx", "--outdir", str(out), str(edited)],
                   check=True, capture_output=True, timeout=180)
    calc = load_workbook(out / "edited.xlsx", data_only=True)
    store_total = sum((b.amount for b in demo.budget_lines()), Decimal("0.00"))
    summary = calc["Summary"]
    header = [c.value for c in summary[6]]
    total_row = 6 + len(framework.PLAN_AREAS) + 1
    total = Decimal(str(summary.cell(total_row, header.index("Budget total") + 1).value))
    assert total == store_total + 1000
    row = next(r for r in summary.iter_rows(min_row=7, values_only=True) if r[0] == area)
    assert Decimal(str(row[header.index(f"Budget {year}")])) == \
        sum((b.amount for b in demo.budget_lines() if b.year == year
             and demo.action(b.action_id).area == area), Decimal("0.00")) + 1000
    cover = {r[0]: r[1] for r in calc["Cover"].iter_rows(min_row=3, values_only=True)}
    assert Decimal(str(cover["Total budget"])) == store_total + 1000


def test_rows_align_to_the_top_and_every_font_has_a_name(demo, tmp_path):
    """Code, status and key features sat at the bottom of their rows ("BB1-1" looked as if it
    belonged to the next action); bold headers had no font name and printed as a serif."""
    wb = load_workbook(_export(demo, tmp_path))
    ws = wb["BB1 Education system"]
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.value not in (None, ""):
                assert cell.alignment.vertical == "top", (cell.coordinate, cell.value)
    for sheet in wb.worksheets:
        for row in sheet.iter_rows(max_row=min(sheet.max_row, 30)):
            for cell in row:
                if cell.value not in (None, "") and cell.has_style:
                    assert cell.font.name, (sheet.title, cell.coordinate)
    header = ws.row_dimensions[1].height
    assert header is None or header >= 15  # a header row is never cut to less than a line


def test_outcome_indicators_and_objectives_without_actions(demo, tmp_path):
    outcome = [(o, i) for o in demo.objectives() for i in demo.indicators() if i.objective_id == o.id]
    assert outcome  # the demo has them (7 of 52)
    empty = demo.add_objective("BB4", "An objective nobody has acted on yet")
    wb = load_workbook(_export(demo, tmp_path))
    shown = [r for r in wb["Indicators"].iter_rows(min_row=2, values_only=True)]
    for objective, indicator in outcome:
        assert any(r[0] == objective.code and r[2] == indicator.name
                   and r[11] == "outcome (objective)" for r in shown), indicator.name
    assert len(shown) == len(demo.indicators())
    rows = {r[1]: r for r in wb["Objectives"].iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {o.code for o in demo.objectives()}
    objective, indicator = outcome[0]
    assert indicator.name in rows[objective.code][4]
    code = demo.objective(empty).code
    assert rows[code][5] == "No actions yet." and rows[code][2].startswith("An objective nobody")
    with_benefits = [o for o in demo.objectives() if o.benefits]
    assert with_benefits and all(b in rows[o.code][3] for o in with_benefits for b in o.benefits)


def test_a_budget_line_outside_the_period_is_counted(tmp_path):
    """A line in 2031 of a 2026–2028 plan: the summary's year columns add up to its total."""
    doc = PlanDocument.create(tmp_path / "p.lcplan", "Bolu", language="en")
    try:
        action = doc.add_action("BB1", "Reading rooms")
        doc.add_budget_line(action, 2026, Decimal("1000"), source="municipal")
        doc.add_budget_line(action, 2031, Decimal("850000"), source="national")
        path = _export(doc, tmp_path)
    finally:
        doc.close()
    wb = load_workbook(path, data_only=True)
    summary = wb["Summary"]
    header = [c.value for c in summary[6]]
    assert "Budget 2031" in header
    bb1 = next(r for r in summary.iter_rows(min_row=7, values_only=True) if r[0] == "BB1")
    years = [i for i, h in enumerate(header) if h and h.startswith("Budget 20")]
    assert sum(Decimal(str(bb1[i])) for i in years) == Decimal(str(bb1[header.index("Budget total")]))
    assert Decimal(str(bb1[header.index("Budget total")])) == Decimal("851000")
    notes = [r[1] for r in wb["Budget"].iter_rows(min_row=2, values_only=True) if r[1]]
    assert any("2031" in n and "outside the plan period" in n for n in notes)
    areas = wb["Budget by area"]
    share = next(r for r in areas.iter_rows(min_row=2, values_only=True)
                 if r[1] == "Municipality's share")
    assert share[-1] == pytest.approx(1000 / 851000)


def test_everything_the_plan_holds_reaches_the_workbook(demo, tmp_path):
    action = next(a for a in demo.actions() if a.area == "BB2")
    demo.update_action(action.id, risks="Rooms may close in winter", guideline_areas=["coordinate"])
    org = demo.organisations()[0]
    demo.update_organisation(org.id, notes="Signed the partnership letter")
    wb = load_workbook(_export(demo, tmp_path))
    row = next(r for r in wb["BB2 Families and communities"].iter_rows(min_row=2, values_only=True)
               if r[0] == action.code)
    assert row[COL["risks"]] == "Rooms may close in winter"
    guideline = next(g for g in framework.GUIDELINE_AREAS if g.code == "coordinate")
    assert row[COL["guideline_areas"]] == guideline.name
    details = next(r for r in wb["Action details"].iter_rows(min_row=2, values_only=True)
                   if r[0] == action.code)
    assert details[2] == action.description and "Rooms may close" in details[6]
    assert guideline.name in details[4]
    orgs = {r[0]: r for r in wb["Organisations"].iter_rows(min_row=2, values_only=True)}
    assert orgs[org.name][4] == "Signed the partnership letter"
    legend = [r for r in wb["Legend"].iter_rows(values_only=True)]
    meanings = {r[0]: r[1] for r in legend if r[0]}
    for feature in framework.KEY_FEATURES:
        assert meanings[feature.code] == feature.text
    for area in (*framework.PLAN_AREAS, *framework.BENEFITS):
        assert meanings[area.code] == area.name


def test_indicator_lines_are_translated_and_units_on_both_sides(demo, tmp_path):
    """Seen: "hayır → evet evet/hayır", "18 → 8 %", "350000 → 5000000 TL"."""
    action = demo.actions()[0]
    demo.add_indicator("Report published", action_id=action.id, kind="yes_no", unit="evet/hayır",
                       baseline="no", target="yes")
    demo.add_indicator("Spending", action_id=action.id, kind="budget", unit="TL",
                       baseline="350000", target="5000000", target_year=2028)
    demo.add_indicator("Drop-out rate", action_id=action.id, kind="rate", unit="%",
                       baseline="18", target="8")
    wb = load_workbook(_export(demo, tmp_path, "tr"))
    ws = next(wb[n] for n in wb.sheetnames if n.startswith(action.area + " "))
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == action.code)
    lines = row[COL["indicators"]].split("\n")
    assert "Report published: hayır → evet" in lines
    assert "Spending: 350.000 TL → 5.000.000 TL (2028)" in lines
    assert "Drop-out rate: 18 % → 8 %" in lines


def test_sectors_are_labelled_as_sectors(demo, tmp_path):
    """"private" is both a sector and a funding source: the register showed the funding
    source's label ("Özel" for a company) because the label cache confused the two."""
    org = demo.organisations()[0]
    demo.update_organisation(org.id, sector=Sector.PRIVATE.value)
    demo.update_organisation(demo.organisations()[1].id, sector=Sector.INTERNATIONAL.value)
    wb = load_workbook(_export(demo, tmp_path))  # the budget sheet names funding sources first
    sectors = {r[0]: r[1] for r in wb["Organisations"].iter_rows(min_row=2, values_only=True)}
    assert sectors[org.name] == Sector.PRIVATE.source_label
    assert sectors[demo.organisations()[1].name] == Sector.INTERNATIONAL.source_label
    assert Sector.PRIVATE.source_label != FundingSource.PRIVATE.source_label


def test_contacts_only_when_asked(demo, tmp_path):
    org = next(o for o in demo.organisations() if o.email)
    plain = load_workbook(_export(demo, tmp_path))
    texts = {str(c) for r in plain["Organisations"].iter_rows(values_only=True) for c in r if c}
    assert org.email not in texts and org.phone not in texts
    asked = load_workbook(_export(demo, tmp_path, name="with.xlsx", contacts=True))
    texts = {str(c) for r in asked["Organisations"].iter_rows(values_only=True) for c in r if c}
    assert org.email in texts


def test_the_timeline_prints_by_quarter_with_bars_apart(demo, tmp_path):
    wb = load_workbook(_export(demo, tmp_path, "tr"))
    ws = wb["Zaman çizelgesi"]
    header = [c.value for c in ws[1]]
    assert header[4:8] == ["Ç1 2026", "Ç2 2026", "Ç3 2026", "Ç4 2026"]
    assert len(set(header[4:])) == len(header[4:])  # every quarter told apart
    assert ws.cell(1, 5).alignment.wrap_text  # the header wraps rather than being cut
    bars = [c for row in ws.iter_rows(min_row=2, min_col=5) for c in row
            if c.fill.fgColor.rgb not in (None, "00000000")]
    assert bars and all(c.border.bottom.color.rgb.endswith("FFFFFF") for c in bars)


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_the_turkish_workbook_prints_through_libreoffice(demo, tmp_path):
    """Every sheet converts: LibreOffice prints the Turkish workbook to PDF, and each sheet's
    name (in every page's header) is on at least one page, with Turkish letters intact."""
    from pypdf import PdfReader

    path = _export(demo, tmp_path, "tr", name="isplani.xlsx")
    names = [ws.title for ws in load_workbook(path).worksheets if ws.sheet_state == "visible"]
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(path)],
                   check=True, capture_output=True, timeout=180)
    reader = PdfReader(tmp_path / "pdf" / "isplani.pdf")
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) >= len(names)
    for name in names:
        assert any(name in text for text in pages), name
    title = demo.plan().title
    assert all(title in text for text in pages)  # the plan's title heads every page
    assert any("Sayfa 1 / " in text for text in pages)
    assert any("Başlamadı" in text or "Planlandığı gibi" in text for text in pages)


def test_responsibilities_and_the_municipalitys_role(demo, tmp_path):
    """Who does what (Cork's plan: the municipality's own role per action): a matrix of the
    organisations involved, the lead and each partner's role in its cell."""
    action = next(a for a in demo.actions() if a.partners and a.lead_id)
    demo.update_action(action.id, municipal_role="coordinating")
    wb = load_workbook(_export(demo, tmp_path))
    ws = wb["Responsibilities"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["Code", "Action", "The municipality's role"]
    assert ws.cell(1, 4).alignment.textRotation == 90  # organisation names written upwards
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == action.code)
    assert row[2] == "Co-ordinating"
    assert row[header.index(action.lead_name)] == "Lead"
    for partner in action.partners:
        assert row[header.index(partner.name)] not in (None, "", "Lead")
    involved = {o for a in demo.actions() for o in [a.lead_name, *(p.name for p in a.partners)] if o}
    assert set(header[3:]) == involved
    sheet = next(wb[n] for n in wb.sheetnames if n.startswith(action.area + " "))
    line = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == action.code)
    assert line[COL["municipal_role"]] == "Co-ordinating"


def test_the_cover_carries_the_approval_record_and_the_plans_identity(demo, tmp_path):
    import datetime as dt

    demo.update_plan(approval_status="approved", approved_on=dt.date(2027, 3, 12), version="1.0",
                     prepared_by="Planning office")
    wb = load_workbook(_export(demo, tmp_path))
    cover = {r[0]: r[1] for r in wb["Cover"].iter_rows(min_row=3, values_only=True) if r[0]}
    assert cover["Approval status"] == "Approved by the council"
    assert cover["Date of approval"] == dt.datetime(2027, 3, 12)
    assert cover["Version"] == "1.0" and cover["Prepared by"] == "Planning office"
    assert cover["Plan identifier"] == demo.plan().uuid
    assert isinstance(cover["Exported at"], dt.datetime)
    line = wb["Summary"]["A2"].value
    assert "Approved by the council" in line and "2026–2028" in line
    assert "1.0" in wb["Summary"]["A3"].value


def test_a_wide_responsibility_matrix_prints_across_pages_at_a_readable_size(tmp_path):
    """Twenty-five organisations do not fit one page wide at 8 pt: the matrix then prints
    across pages at 80 %, the code, title and role repeated on each."""
    doc = PlanDocument.create(tmp_path / "p.lcplan", "Bolu", language="en")
    try:
        action = doc.add_action("BB1", "Reading rooms")
        orgs = [doc.add_organisation(f"Organisation {n}") for n in range(25)]
        doc.set_partners(action, [(org, "partner") for org in orgs])
        wb = load_workbook(_export(doc, tmp_path))
    finally:
        doc.close()
    ws = wb["Responsibilities"]
    assert not ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.scale == 80
    assert ws.print_title_cols == "$A:$C"
    assert printed_points(ws) >= 8.0
    assert len([c for c in ws[1] if c.value]) == 3 + 25


def test_each_action_row_has_its_budget_per_year(demo, tmp_path):
    wb = load_workbook(_export(demo, tmp_path))
    ws = wb["BB1 Education system"]
    header = [c.value for c in ws[1]]
    years = {y: header.index(f"Budget {y}") for y in (2026, 2027, 2028)}
    assert min(years.values()) > COL["uuid"]  # after the fixed columns, outside the print area
    for action in (a for a in demo.actions() if a.area == "BB1"):
        row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == action.code)
        for year, column in years.items():
            amount = sum((b.amount for b in demo.budget_lines()
                          if b.action_id == action.id and b.year == year), Decimal("0.00"))
            assert Decimal(str(row[column] or 0)) == amount, (action.code, year)
        assert sum(Decimal(str(row[c] or 0)) for c in years.values()) == action.budget_total
