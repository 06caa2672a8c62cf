"""The workshop in the Excel workplan (issue 11, item 7): the Stock-take and Ideas sheets, read
back with openpyxl; every rating, initiative, card, vote and link is there."""

from __future__ import annotations

from openpyxl import load_workbook

from lcplanner.export.writer import export_workplan


def _rows(ws) -> list[list]:  # type: ignore[no-untyped-def]
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_stocktake_and_ideas_sheets(doc, tmp_path):
    org = doc.add_organisation("Library")
    doc.set_rating("BB2", "BB2.1", level=2, evidence="Five libraries")
    doc.set_rating("FC1", "", level=0)
    doc.add_initiative("BB2", "Reading circles", prompt_code="BB2.1", owner_id=org,
                       reach="300 residents", note="Weekly")
    doc.add_initiative("BB3", "Old scheme", prompt_code="GONE.9")  # a prompt no longer listed
    toy = doc.add_idea("BB1", "Toy library", author="Ayse", group_name="Table 1")
    other = doc.add_idea("BB1", "=SUM(A1)")  # a formula-looking card stays text
    red, blue = doc.add_group("Red", budget=5), doc.add_group("Blue", budget=5)
    doc.set_dots(toy, red, 2)
    doc.set_dots(toy, blue, 3)
    doc.update_idea(toy, impact=80, effort=30)
    action = doc.promote_ideas([toy, other], "action")
    code = doc.action(action).code

    out = tmp_path / "plan.xlsx"
    export_workplan(doc, out, lang="en")
    wb = load_workbook(out)
    stock = _rows(wb["Stock-take"])
    assert stock[0][:6] == ["Area", "Prompt", "Key feature", "Rating", "Evidence",
                            "Existing initiative"]
    rated = next(r for r in stock if r[1] == "BB2.1" and r[3])
    assert rated[3:5] == ["Established", "Five libraries"]
    assert rated[2] == "Community learning spaces: centres, libraries, museums"
    initiative = next(r for r in stock if r[5] == "Reading circles")
    assert initiative[6:9] == ["Library", "300 residents", "Weekly"]
    assert any(r[0].startswith("FC1") and not r[1] and r[3] == "Not in place" for r in stock)
    assert any(r[1] == "GONE.9" and r[5] == "Old scheme" for r in stock)  # nothing dropped
    assert sum(1 for r in stock if r[0].startswith("BB1")) == 4  # every prompt, rated or not

    ideas = _rows(wb["Ideas"])
    assert ideas[0][:5] == ["Area", "Idea", "Author", "Group", "Dots"]
    card = next(r for r in ideas if r[1] == "Toy library")
    assert card[2:10] == ["Ayse", "Table 1", 5, "Blue 3, Red 2", 80, 30, "Quick win",
                          f"action {code}"]
    assert card[10] == doc.idea(toy).uuid
    formula = next(r for r in ideas if r[1] == "=SUM(A1)")
    assert formula[9] == f"action {code}"
    assert wb["Ideas"]["B3"].data_type == "s"  # literal text, never a formula
