"""Hostile text in, literal text out: no formulas, no broken XML, nothing lost but forbidden bytes."""

from __future__ import annotations

import re

import sqlite3

from openpyxl import load_workbook

from lcplanner.core.document import PlanDocument
from lcplanner.export.labels import WORKPLAN_COLUMNS
from lcplanner.export.writer import export_workplan

COL = {key: i for i, (key, _l, _w) in enumerate(WORKPLAN_COLUMNS)}

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
    formulas = [(ws.title, c.value) for ws in wb.worksheets for row in ws.iter_rows()
                for c in row if c.data_type == "f"]
    # no user text becomes a formula: the only formulas are the totals of our own sheets
    assert {title for title, _f in formulas} <= {"Summary", "Cover", "Budget", "Budget by area"}
    assert all(re.match(r"^=(SUMIFS|SUM|SUBTOTAL|IF)\(|^='Summary'!", f) for _t, f in formulas)
    assert not any("cmd" in f or "A1:A9" in f for _t, f in formulas)
    ws = wb["BB2 Families and communities"]
    by_title = {row[2].value: row for row in ws.iter_rows(min_row=2)}
    for title in HOSTILE_TITLES:
        row = by_title[title]  # arrived literally, Arabic and emoji included
        assert row[2].data_type == "s"
        assert row[COL["notes"]].value == LONG  # 30,000 characters intact
        if title[0] in "=+-@":
            assert row[2].quotePrefix
    assert by_title["=1+1"][COL["description"]].value == "bell andvt"  # removed, not replaced
    groups = COL["target_groups"]
    assert by_title["+SUM(A1:A9)"][groups].value == "\tindented"
    assert by_title["+SUM(A1:A9)"][groups].quotePrefix
    assert by_title["-2+3"][groups].value.endswith("return")
    orgs = wb["Organisations"]
    assert orgs["A2"].value == "=cmd()" and orgs["A2"].data_type == "s"
