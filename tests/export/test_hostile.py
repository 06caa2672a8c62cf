"""Hostile text in, literal text out: no formulas, no broken XML, nothing lost but forbidden bytes."""

from __future__ import annotations

import sqlite3

from openpyxl import load_workbook

from lcplanner.core.document import PlanDocument
from lcplanner.export.writer import export_workplan

HOSTILE_TITLES = ["=1+1", "+SUM(A1:A9)", "-2+3", "@cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")",
                  "مرحبا بالعالم — التعلم مدى الحياة", "Öğrenme 🎉📚👩‍🏫", "İZMİR ışık ĞÜŞÇÖ"]
LONG = ("Uzun not. " * 3000)[:29999] + "!"  # 30,000 characters


def test_hostile_text_stays_literal_and_intact(tmp_path):
    path = tmp_path / "hostile.lcplan"
    doc = PlanDocument.create(path, "Hatay", language="en")
    org = doc.add_organisation("=cmd()")
    ids = [doc.add_action("BB2", title, lead_id=org, notes=LONG) for title in HOSTILE_TITLES]
    doc.close()
    # Text another tool (or an old version) stored without cleaning: control characters, and a
    # tab or carriage return at the very start.
    con = sqlite3.connect(path)
    con.execute("UPDATE action SET description = ? WHERE id = ?", ("\x01bell\x07 and\x0bvt", ids[0]))
    con.execute("UPDATE action SET target_groups = ? WHERE id = ?", ("\tindented", ids[1]))
    con.execute("UPDATE action SET target_groups = ? WHERE id = ?", ("\rreturn", ids[2]))
    con.commit()
    con.close()

    doc = PlanDocument.open(path)
    try:
        report = export_workplan(doc, tmp_path / "hostile.xlsx")
    finally:
        doc.close()
    assert report.removed_characters == 3  # \x01, \x07, \x0b
    wb = load_workbook(report.path)
    formulas = [(ws.title, c.coordinate) for ws in wb.worksheets for row in ws.iter_rows()
                for c in row if c.data_type == "f"]
    assert formulas == []  # no cell of ours starts a formula from user text
    ws = wb["BB2 Families and communities"]
    by_title = {row[2].value: row for row in ws.iter_rows(min_row=2)}
    for title in HOSTILE_TITLES:
        row = by_title[title]  # arrived literally, Arabic and emoji included
        assert row[2].data_type == "s"
        assert row[16].value == LONG  # 30,000 characters intact
        if title[0] in "=+-@":
            assert row[2].quotePrefix
    assert by_title["=1+1"][3].value == "bell andvt"  # removed, not replaced
    assert by_title["+SUM(A1:A9)"][4].value == "\tindented" and by_title["+SUM(A1:A9)"][4].quotePrefix
    assert by_title["-2+3"][4].value.endswith("return")
    orgs = wb["Organisations"]
    assert orgs["A2"].value == "=cmd()" and orgs["A2"].data_type == "s"
