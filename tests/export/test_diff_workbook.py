"""The compare view's workbook: every difference on a line, readable in print, never a formula.

A snapshot and the plan after edits are compared (core.diff), written with the words a Turkish
reader gets, and read back with openpyxl: the lines, the dates as dates, the printed size, the
text that starts like a formula kept as text, and an unwritable folder refused in one line.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
from openpyxl import load_workbook
from print_scale import printed_points

from lcplanner.core.demo import build_demo
from lcplanner.core.diff import compare, read_state
from lcplanner.core.outfile import OutputError
from lcplanner.diff_command import DiffCli
from lcplanner.export.diff_workbook import write_diff


@pytest.fixture
def diffs(tmp_path):
    doc = build_demo(tmp_path / "plan.lcplan", lang="tr")
    try:
        info = doc.take_snapshot("Meclis onayı")
        first, second = doc.actions()[:2]
        doc.update_action(first.id, title="=HYPERLINK(\"http://x\")", start_date=dt.date(2027, 3, 1),
                          end_date=dt.date(2027, 12, 31))
        doc.delete_action(second.id)
        doc.update_plan(vision="Herkes için öğrenme")
        return compare(doc.snapshot_state(info), read_state(doc))
    finally:
        doc.close()


def test_every_difference_is_a_line_and_prints_readably(diffs, tmp_path):
    target = tmp_path / "farklar.xlsx"
    lines = write_diff(target, diffs, DiffCli("tr"), "Meclis onayı", "şimdi")
    ws = load_workbook(target).active
    assert ws.title == "Farklar"
    assert ws["A1"].value == "Meclis onayı ile şimdi arasında ne değişti"
    assert [c.value for c in ws[3]] == ["Alan", "Değişiklik", "Tür", "Satır", "Alan adı", "Önce",
                                         "Sonra"]
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert len(rows) == lines == sum(max(1, len(d.fields)) for d in diffs)
    by_field = {r[4]: r for r in rows if r[4]}
    assert by_field["Vizyon"][6] == "Herkes için öğrenme"
    start = next(r for r in rows if r[4] == "Başlangıç")
    assert start[6] == dt.datetime(2027, 3, 1)  # a date cell, not text
    title = next(r for r in rows if r[4] == "Eylem")
    assert title[6] == "=HYPERLINK(\"http://x\")"
    cell = next(c for row in ws.iter_rows(min_row=4) for c in row if c.value == title[6])
    assert cell.data_type == "s" and cell.quotePrefix  # text, never a formula
    assert any(r[1] == "Kaldırıldı" for r in rows)
    assert printed_points(ws) >= 8.0
    assert ws.freeze_panes == "A4" and ws.print_title_rows.replace("$", "") == "3:3"


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False,
                    reason="an administrator can write to a read-only folder")
def test_a_folder_that_cannot_be_written_is_one_message(diffs, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OutputError) as caught:
            write_diff(folder / "x.xlsx", diffs, DiffCli("en"), "a", "b")
        assert "\n" not in caught.value.message()
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_missing_folder_is_refused_before_any_work(diffs, tmp_path):
    with pytest.raises(OutputError):
        write_diff(tmp_path / "no such folder" / "x.xlsx", diffs, DiffCli("en"), "a", "b")
