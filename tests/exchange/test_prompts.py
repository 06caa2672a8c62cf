"""Prompt catalogues from outside: good CSV and xlsx files load, bad ones are refused with one
translated line that names the row (and column) to fix, and never a traceback."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from lcplanner.core import framework
from lcplanner.core.errors import PlanError
from lcplanner.core.resources import resource
from lcplanner.exchange.prompts import MAX_ROWS, PromptFileError, read_prompts

GOOD = [
    ["code", "area", "text_en", "text_tr"],
    ["BB2.1", "BB2", "Community learning spaces", "Toplum öğrenme mekânları"],
    ["BB2.2", "bb2", "Residents take part", "Halk katılıyor"],
    ["FC1.1", "FC1", "City leaders commit", ""],  # one language may be missing
]


def _csv(path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8",
         bom: bool = False) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _refused(path: Path) -> str:
    with pytest.raises(PromptFileError) as caught:
        read_prompts(path)
    assert isinstance(caught.value, PlanError)
    message = caught.value.message()
    assert "\n" not in message and "Traceback" not in message
    return message


EXPECTED = [
    ("BB2.1", "BB2", {"en": "Community learning spaces", "tr": "Toplum öğrenme mekânları"}),
    ("BB2.2", "BB2", {"en": "Residents take part", "tr": "Halk katılıyor"}),
    ("FC1.1", "FC1", {"en": "City leaders commit"}),
]


@pytest.mark.parametrize("delimiter,bom", [(",", False), (";", True), (";", False), (",", True)])
def test_a_good_csv(tmp_path, delimiter, bom):
    path = _csv(tmp_path / "prompts.csv", GOOD, delimiter, bom=bom)
    assert read_prompts(path) == EXPECTED


def test_a_good_xlsx(tmp_path):
    rows = [list(r) for r in GOOD]
    rows.insert(2, [None, None, None, None])  # a blank row between blocks is fine
    path = _xlsx(tmp_path / "prompts.xlsx", rows)
    assert read_prompts(path) == EXPECTED


def test_the_shipped_example_loads_with_every_key_feature():
    prompts = read_prompts(resource("prompts", "key-features-example.csv"))
    assert [(code, area) for code, area, _ in prompts] == [
        (k.code, k.area) for k in framework.KEY_FEATURES]
    assert all(texts["en"] == k.text and texts["tr"] for (_c, _a, texts), k
               in zip(prompts, framework.KEY_FEATURES))


def test_language_columns_are_normalised_and_checked(tmp_path):
    path = _csv(tmp_path / "p.csv", [["Code", "AREA", "TEXT_EN", "text_pt-br"],
                                     ["X.1", "BB1", "One", "Um"]])
    assert read_prompts(path) == [("X.1", "BB1", {"en": "One", "pt_BR": "Um"})]
    bad = _csv(tmp_path / "lang.csv", [["code", "area", "text_english"], ["X.1", "BB1", "One"]])
    message = _refused(bad)
    assert "row 1" in message and "text_english" in message


@pytest.mark.parametrize("header,missing", [
    (["code", "text_en"], "area"),
    (["area", "text_en"], "code"),
    (["code", "area"], "text_en"),
    (["kod", "alan", "metin"], "code"),
])
def test_missing_columns(tmp_path, header, missing):
    path = _csv(tmp_path / "p.csv", [header, ["BB1.1", "BB1", "x"][:len(header)]])
    message = _refused(path)
    assert "row 1" in message and missing in message and "p.csv" in message


def test_missing_columns_in_a_workbook(tmp_path):
    path = _xlsx(tmp_path / "p.xlsx", [["code", "text_en"], ["BB1.1", "Something"]])
    assert "row 1" in _refused(path) and "area" in _refused(path)


def test_an_unknown_area_code(tmp_path):
    rows = [*GOOD, ["X.9", "BB9", "Nowhere", "Hiçbir yer"]]
    message = _refused(_csv(tmp_path / "p.csv", rows))
    assert "row 5" in message and "BB9" in message and "area" in message
    message = _refused(_xlsx(tmp_path / "p.xlsx", rows))
    assert "row 5" in message and "BB9" in message


def test_a_duplicate_code(tmp_path):
    rows = [*GOOD, ["BB2.1", "BB2", "Again", "Yine"]]
    message = _refused(_csv(tmp_path / "p.csv", rows))
    assert "row 5" in message and "BB2.1" in message and "row 2" in message


def test_empty_text_and_empty_code(tmp_path):
    rows = [*GOOD, ["BB3.9", "BB3", "", "  "]]
    message = _refused(_csv(tmp_path / "p.csv", rows))
    assert "row 5" in message and "text_en" in message and "BB3.9" in message
    rows = [*GOOD, ["", "BB3", "Text", ""]]
    message = _refused(_csv(tmp_path / "p.csv", rows))
    assert "row 5" in message and "code" in message


def test_wrong_encoding(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("code,area,text_tr\nBB1.1,BB1,Okul öncesi\nBB1.2,BB1,Yetişkin eğitimi\n"
                     .encode("latin-1", errors="replace"))
    message = _refused(path)
    assert "row 2" in message and "UTF-8" in message


@pytest.mark.parametrize("name,content", [
    ("picture.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64),
])
def test_not_a_spreadsheet(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    message = _refused(path)
    assert name in message


def test_a_damaged_workbook(tmp_path):
    good = _xlsx(tmp_path / "good.xlsx", GOOD)
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(good.read_bytes()[:400])  # cut short: not a zip any more
    assert "damaged.xlsx" in _refused(damaged)
    other = tmp_path / "letter.xlsx"  # a zip, but not a workbook (a Word file, say)
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert "letter.xlsx" in _refused(other)


def test_too_many_rows_and_too_long_cells(tmp_path):
    rows = [["code", "area", "text_en"]] + [[f"P{i}", "BB1", "x"] for i in range(MAX_ROWS + 1)]
    message = _refused(_csv(tmp_path / "many.csv", rows))
    assert f"{MAX_ROWS:,}" in message
    rows = [["code", "area", "text_en"], ["P1", "BB1", "x" * 2_001]]
    message = _refused(_csv(tmp_path / "long.csv", rows))
    assert "row 2" in message and "text_en" in message
    rows = [["code", "area", "text_en"], ["P" * 40, "BB1", "x"]]
    assert "row 2" in _refused(_csv(tmp_path / "code.csv", rows))


def test_empty_and_missing_files(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty.csv" in _refused(empty)
    header_only = _csv(tmp_path / "header.csv", [GOOD[0]])
    assert "header.csv" in _refused(header_only)
    assert "nowhere.csv" in _refused(tmp_path / "nowhere.csv")
    assert tmp_path.name in _refused(tmp_path)  # a folder is no catalogue file


def test_numbers_in_cells_are_read_as_text(tmp_path):
    path = _xlsx(tmp_path / "n.xlsx", [["code", "area", "text_en"], [7.0, "B1", 2026]])
    assert read_prompts(path) == [("7", "B1", {"en": "2026"})]


def test_the_message_is_translated_when_shown(tmp_path):
    """The error keeps its English source and translates at display (PlanError's way)."""
    path = _csv(tmp_path / "p.csv", [*GOOD, ["Z.1", "XX", "t", "t"]])
    with pytest.raises(PromptFileError) as caught:
        read_prompts(path)
    assert caught.value.text.startswith("%1, row %2, column area")
    assert caught.value.field == "area"
