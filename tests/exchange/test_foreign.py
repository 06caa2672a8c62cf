"""A spreadsheet LC Planner did not write: a Turkish city's existing plan (made by
tests/data/make_foreign.py) read through its saved mapping, checked row by row; mapping files
saved, loaded and refused; bad cells reported with their sheet and cell."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from lcplanner.core.document import PlanDocument
from lcplanner.core.errors import PlanError
from lcplanner.exchange import foreign
from lcplanner.exchange.foreign import preview, read_foreign, read_table, timeframe
from lcplanner.exchange.mapping import FIELD_NAMES, Mapping, MappingError, guess
from lcplanner.exchange.tables import ImportFileError

DATA = Path(__file__).resolve().parents[1] / "data"
XLSX = DATA / "foreign-plan-tr.xlsx"
CSV = DATA / "foreign-plan-tr.csv"
MAPPING = DATA / "foreign-mapping-tr.json"
SHEET = "Eylem Planı"
HEADERS = ["Sıra No", "Eylem", "Yapı Taşı", "Sorumlu Kurum", "İş Birliği Yapılacak Kurumlar",
           "Süre", "Performans Göstergesi", "Bütçe (TL)", "Durum"]
D = dt.date
ANKARA = "Ankara Üniversitesi"
BELEDIYE = "Bolu Belediyesi"
MEM = "İl Milli Eğitim Müdürlüğü"
HEM = "Halk Eğitim Merkezi"


def _budget(year: int, amount: str) -> list[dict[str, object]]:
    return [{"year": year, "amount": Decimal(amount), "source": "municipal", "confirmed": False}]


# Row by row: (spreadsheet row, values) as the mapping makes them.
EXPECTED: list[tuple[int, dict[str, object]]] = [
    (4, {"code": "1", "title": "Mahalle kütüphanelerinde okuma kulüpleri", "area": "BB2",
         "lead": BELEDIYE, "partners": [("İl Halk Kütüphanesi", "partner"), (ANKARA, "partner")],
         "start_date": D(2026, 9, 1), "end_date": D(2027, 6, 30),
         "indicators": [{"name": "Katılımcı sayısı", "kind": "count", "target": "500"}],
         "budget": _budget(2026, "1250000"), "status": "on_track"}),
    (5, {"code": "2", "title": "Öğretmenler için dijital beceri eğitimi", "area": "BB4",
         "lead": MEM,
         "partners": [(ANKARA, "partner"), ("Bolu Abant İzzet Baysal Üniversitesi", "funder")],
         "start_date": D(2026, 7, 1), "end_date": D(2027, 6, 30),
         "indicators": [{"name": "Eğitim alan öğretmen sayısı", "kind": "count", "target": "300"},
                        {"name": "Memnuniyet oranı", "kind": "rate", "target": "85"}],
         "budget": _budget(2026, "750000"), "status": "not_started"}),
    (6, {"code": "3", "title": "Kadınlara yönelik girişimcilik kursları", "area": "BB3",
         "lead": HEM, "partners": [("Bolu Ticaret ve Sanayi Odası", "partner")],
         "start_date": D(2026, 9, 1), "end_date": D(2027, 6, 30),
         "indicators": [{"name": "Kursu tamamlayan kadın sayısı"}],
         "budget": _budget(2026, "450000.50"), "status": "done"}),
    (8, {"code": "4", "title": "Yaşlılar için dijital okuryazarlık atölyeleri", "area": "BB1",
         "lead": BELEDIYE, "partners": [(HEM, "partner")],
         "start_date": D(2026, 1, 1), "end_date": D(2027, 12, 31),
         "indicators": [{"name": "Atölye sayısı", "kind": "count", "target": "24"}],
         "budget": _budget(2026, "300000"), "status": "on_track"}),
    (9, {"code": "5", "title": "Öğrenme Festivali", "area": "BB6",
         "lead": "Bolu Belediyesi Kültür ve Sosyal İşler Müdürlüğü",
         "partners": [("Sivil Toplum Kuruluşları", "partner")],
         # "Sürekli" (continuous): the plan's whole period
         "start_date": D(2026, 1, 1), "end_date": D(2028, 12, 31),
         "indicators": [{"name": "Ziyaretçi sayısı", "kind": "count", "target": "10000"}],
         "budget": _budget(2026, "2000000"), "status": "on_track"}),
    (10, {"code": "6", "title": "Öğrenen Şehir Koordinasyon Kurulunun kurulması", "area": "FC2",
          "lead": "Bolu Valiliği", "partners": [(BELEDIYE, "partner"), (MEM, "partner")],
          "start_date": D(2026, 1, 1), "end_date": D(2026, 12, 31),
          "indicators": [{"name": "Yılda yapılan toplantı sayısı", "kind": "count",
                          "target": "4"}],
          "status": "done"}),  # "-" in the budget: no budget line
    (11, {"code": "7", "title": "Yetişkin eğitimi ihtiyaç analizi", "area": "BB5",
          "lead": ANKARA, "partners": [(MEM, "partner")],
          "start_date": D(2027, 1, 1), "end_date": D(2027, 12, 31),
          "indicators": [{"name": "Analiz raporu"}], "status": "not_started"}),
    (12, {"code": "8", "title": "Belediye bütçesinde yaşam boyu öğrenme kalemi", "area": "FC3",
          "lead": BELEDIYE, "partners": [(ANKARA, "advisor")],
          "start_date": D(2027, 1, 1), "end_date": D(2028, 12, 31),
          "indicators": [{"name": "Bütçe payı", "kind": "rate", "target": "2"}],
          "budget": _budget(2027, "50000"), "status": "delayed"}),
]
NEW_ORGANISATIONS = {BELEDIYE, "İl Halk Kütüphanesi", ANKARA, MEM,
                     "Bolu Abant İzzet Baysal Üniversitesi", HEM, "Bolu Ticaret ve Sanayi Odası",
                     "Bolu Belediyesi Kültür ve Sosyal İşler Müdürlüğü",
                     "Sivil Toplum Kuruluşları", "Bolu Valiliği"}


@pytest.fixture
def plan(tmp_path: Path):
    document = PlanDocument.create(tmp_path / "p.lcplan", "Bolu", period_start=2026,
                                   period_end=2028)
    yield document
    document.close()


@pytest.fixture
def mapping() -> Mapping:
    return Mapping.load(MAPPING)


def _check_rows(changes, sheet: str) -> None:
    assert changes.problems == [], [p.english() for p in changes.problems]
    assert [(r.row, r.values) for r in changes.rows] == EXPECTED
    for row in changes.rows:
        assert (row.kind, row.op, row.uuid, row.sheet, row.accepted) == (
            "action", "add", None, sheet, True)
        assert row.label == f"{row.values['code']} {row.values['title']}"
    assert set(changes.new_organisations) == NEW_ORGANISATIONS
    assert all(changes.new_organisations.values())
    assert changes.plan_uuid == ""


# --- the mapping ---------------------------------------------------------------------------------

def test_guess_reads_the_turkish_headers():
    found = guess(HEADERS)
    assert found.columns == {
        "Sıra No": "code", "Eylem": "title", "Yapı Taşı": "area", "Sorumlu Kurum": "lead",
        "İş Birliği Yapılacak Kurumlar": "partners", "Süre": "timeframe",
        "Performans Göstergesi": "indicator", "Bütçe (TL)": "budget", "Durum": "status"}
    assert found.problems() == []


@pytest.mark.parametrize(("header", "field"), [
    ("No", "code"), ("#", "code"), ("Action", "title"), ("Faaliyet", "title"),
    ("EYLEM", "title"), ("Lead", "lead"), ("SORUMLU", "lead"), ("Partners", "partners"),
    ("İş birliği", "partners"), ("Paydaşlar", "partners"), ("Ortaklar", "partners"),
    ("Timeframe", "timeframe"), ("Takvim", "timeframe"), ("Zaman", "timeframe"),
    ("KPI", "indicator"), ("Gösterge", "indicator"), ("Budget", "budget"),
    ("Maliyet", "budget"), ("Status", "status"), ("DURUM", "status"), ("Area", "area"),
    ("Alan", "area"), ("Objective", "objective"), ("Hedef", "objective"), ("Amaç", "objective"),
    ("Description", "description"), ("Açıklama", "description"), ("Notes", "notes"),
    ("Notlar", "notes"), ("Hedef Kitle", "target_groups"), ("Başlangıç Tarihi", "start"),
    ("Bitiş Tarihi", "end"), ("Öncelik", "priority"), ("Bütçe Kaynağı", "budget_source"),
    ("Riskler", "risks"), ("Fotoğraf", "ignore"), ("", "ignore"),
])
def test_guess_knows_usual_headers(header, field):
    assert guess([header]).columns.get(header, "ignore") == field


def test_guess_gives_a_field_of_one_column_to_the_first_column_only():
    found = guess(["Eylem", "Faaliyet", "Notlar", "Not"])
    assert found.columns == {"Eylem": "title", "Faaliyet": "ignore", "Notlar": "notes",
                             "Not": "notes"}


def test_the_saved_mapping_is_the_guess_plus_values():
    saved = Mapping.load(MAPPING)
    assert saved.columns == guess(HEADERS).columns
    assert (saved.sheet, saved.header_row, saved.default_area) == (SHEET, 3, "")
    assert saved.areas["Kapsayıcı Eğitim"] == "BB1"
    assert saved.status_of("DEVAM EDİYOR") == "on_track"  # Turkish case folding
    assert saved.field_of("  sorumlu   kurum ") == "lead"


def test_mapping_save_and_load_round_trip(tmp_path):
    original = Mapping(sheet="Sayfa1", header_row=2,
                       columns={"Eylem": "title", "Not": "notes", "Foto": "ignore"},
                       areas={"Eğitim": "BB1"}, statuses={"Bitti": "done"}, default_area="BB2")
    path = tmp_path / "eşleme.json"
    original.save(path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format"] == 1 and "Eğitim" in path.read_text(encoding="utf-8")
    assert Mapping.load(path) == original
    original.save(path)  # replaces the old file
    assert Mapping.load(path) == original


def _bad(tmp_path: Path, content: object) -> str:
    path = tmp_path / "bad.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content),
                        encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        Mapping.load(path)
    assert isinstance(caught.value, PlanError)
    message = caught.value.message()
    assert "\n" not in message and "bad.json" in message
    return message


GOOD = {"format": 1, "sheet": "", "header_row": 1, "columns": {"Eylem": "title"},
        "areas": {}, "statuses": {}, "default_area": ""}


@pytest.mark.parametrize(("content", "says"), [
    ("{not json", "not JSON"),
    (b"\xff\xfe\x00\x01binary", "not an import mapping"),
    ([1, 2], "not an import mapping"),
    ({"columns": {}}, "not an import mapping"),
    ({**GOOD, "format": 2}, "format 2"),
    ({**GOOD, "format": "1"}, "format"),
    ({**GOOD, "colums": {}}, "unknown entry colums"),
    ({**GOOD, "columns": {"Eylem": "başlık"}}, "başlık"),
    ({**GOOD, "columns": ["Eylem", "title"]}, "columns"),
    ({**GOOD, "columns": {"Eylem": 3}}, "columns"),
    ({**GOOD, "header_row": "3"}, "header row"),
    ({**GOOD, "header_row": 0}, "header row"),
    ({**GOOD, "header_row": True}, "header row"),
    ({**GOOD, "sheet": 5}, "sheet"),
    ({**GOOD, "areas": {"Fayda": "B1"}}, "B1"),  # a benefit holds no actions
    ({**GOOD, "default_area": "BB9"}, "BB9"),
    ({**GOOD, "statuses": {"Bitti": "finished"}}, "finished"),
    ({**GOOD, "columns": {"Eylem": "title", "Faaliyet": "title"}}, "Faaliyet"),
])
def test_bad_mapping_files_are_refused(tmp_path, content, says):
    assert says in _bad(tmp_path, content)


def test_a_too_big_or_missing_mapping_file_is_refused(tmp_path):
    assert "too big" in _bad(tmp_path, json.dumps({**GOOD, "sheet": "x" * 1_100_000}))
    with pytest.raises(MappingError, match="does not exist"):
        Mapping.load(tmp_path / "none.json")


def test_every_field_has_a_label():
    from lcplanner.exchange.mapping import field_label

    assert len(set(FIELD_NAMES)) == len(FIELD_NAMES)
    assert all(field_label(name) and field_label(name) != name for name in FIELD_NAMES)


# --- reading the fixtures ------------------------------------------------------------------------

def test_the_turkish_workbook_row_by_row(plan, mapping):
    _check_rows(read_foreign(XLSX, mapping, plan), SHEET)


def test_the_turkish_csv_row_by_row(plan, mapping):
    assert CSV.read_bytes().startswith(b"\xef\xbb\xbf")
    _check_rows(read_foreign(CSV, mapping, plan), CSV.name)


def test_csv_without_bom_and_with_commas(tmp_path, plan, mapping):
    plain = tmp_path / "plan.csv"
    plain.write_bytes(CSV.read_bytes()[3:])
    _check_rows(read_foreign(plain, mapping, plan), "plan.csv")
    import csv

    rows = list(csv.reader(CSV.read_text(encoding="utf-8-sig").splitlines(keepends=True),
                           delimiter=";"))
    commas = tmp_path / "virgul.csv"
    with commas.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    _check_rows(read_foreign(commas, mapping, plan), "virgul.csv")


def test_known_organisations_keep_the_plans_spelling(plan, mapping):
    plan.add_organisation("BOLU BELEDİYESİ")
    changes = read_foreign(XLSX, mapping, plan)
    assert "BOLU BELEDİYESİ" not in changes.new_organisations
    assert BELEDIYE not in changes.new_organisations
    leads = [r.values["lead"] for r in changes.rows]
    assert leads.count("BOLU BELEDİYESİ") == 3


def test_a_mapping_without_area_values_uses_the_default_area(plan):
    found = guess(HEADERS)
    found.sheet, found.header_row = SHEET, 3
    found.columns["Yapı Taşı"] = "ignore"
    found.default_area = "BB2"
    changes = read_foreign(XLSX, found, plan)
    assert changes.problems == []
    assert {r.values["area"] for r in changes.rows} == {"BB2"}
    found.default_area = ""
    changes = read_foreign(XLSX, found, plan)
    assert len(changes.problems) == 8
    assert changes.problems[0].sheet == SHEET and changes.problems[0].cell == "B4"


def test_unmapped_area_and_status_values_are_guessed_or_reported(plan, mapping):
    mapping.areas = {}
    mapping.statuses = {}
    changes = read_foreign(XLSX, mapping, plan)
    # "Yapı Taşı 2", "Temel Koşul 3" and the Turkish status words are known without a mapping;
    # the city's own "Kapsayıcı Eğitim" is not
    assert [(p.cell, p.english()) for p in changes.problems] == [
        ("C8", "Sheet Eylem Planı, cell C8: “Kapsayıcı Eğitim” is not a building block or "
               "condition: choose what it becomes in the mapping.")]
    assert [r.values["status"] for r in changes.rows] == [v["status"] for _, v in EXPECTED]


def _edited(tmp_path: Path, edit) -> Path:
    book = load_workbook(XLSX)
    edit(book[SHEET])
    path = tmp_path / "edited.xlsx"
    book.save(path)
    return path


def test_a_bad_cell_is_a_problem_naming_sheet_and_cell(tmp_path, plan, mapping):
    def edit(sheet):
        sheet["F5"] = "yakında"  # not a timeframe
        sheet["H6"] = "çok para"  # not an amount
        sheet["I9"] = "belki"  # not a status
        sheet["B11"] = None  # no title

    changes = read_foreign(_edited(tmp_path, edit), mapping, plan)
    assert not changes.ok
    found = {(p.sheet, p.cell): p.message() for p in changes.problems}
    assert set(found) == {(SHEET, "F5"), (SHEET, "H6"), (SHEET, "I9"), (SHEET, "B11")}
    assert "yakında" in found[(SHEET, "F5")] and "F5" in found[(SHEET, "F5")]
    assert "çok para" in found[(SHEET, "H6")]
    assert "belki" in found[(SHEET, "I9")]
    assert "no title" in found[(SHEET, "B11")]
    assert len(changes.rows) == 8  # the rows are still shown in a preview


def test_an_action_that_ends_before_it_starts(tmp_path, plan, mapping):
    changes = read_foreign(_edited(tmp_path, lambda s: s.__setitem__("F4", "2027 - 2026")),
                           mapping, plan)
    assert [(p.cell, "ends" in p.english()) for p in changes.problems] == [("F4", True)]


def test_merged_cells_in_the_data_are_refused_by_range(tmp_path, plan, mapping):
    path = _edited(tmp_path, lambda s: s.merge_cells("D5:E5"))
    changes = read_foreign(path, mapping, plan)
    assert changes.rows == []
    assert [(p.sheet, p.cell) for p in changes.problems] == [(SHEET, "D5:E5")]
    assert "D5:E5" in changes.problems[0].message()


def test_a_missing_column_and_a_missing_title_column(plan, mapping):
    mapping.columns["Açıklama"] = "description"
    mapping.columns["Eylem"] = "ignore"
    changes = read_foreign(XLSX, mapping, plan)
    texts = [p.english() for p in changes.problems]
    assert changes.rows == []
    assert any("Açıklama" in t and "row 3" in t for t in texts)
    assert any("title" in t for t in texts)


def test_a_wrong_header_row_or_sheet(plan, mapping):
    mapping.header_row = 2
    assert "Row 2 is empty" in read_foreign(XLSX, mapping, plan).problems[0].english()
    mapping.header_row, mapping.sheet = 3, "Sayfa9"
    assert "Sayfa9" in read_foreign(XLSX, mapping, plan).problems[0].english()


def test_too_many_rows(tmp_path, plan, mapping, monkeypatch):
    monkeypatch.setattr(foreign, "MAX_ROWS", 5)
    changes = read_foreign(XLSX, mapping, plan)
    assert changes.rows == [] and "more than 5 rows" in changes.problems[0].english()


def test_damaged_or_foreign_files_are_refused(tmp_path, plan, mapping):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(XLSX.read_bytes()[:2000])
    with pytest.raises(ImportFileError):
        read_foreign(broken, mapping, plan)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Eylem;Sorumlu\nOkuma;Belediye Başkanlığı\n".encode("iso-8859-9"))
    with pytest.raises(ImportFileError, match="UTF-8"):
        read_foreign(latin, mapping, plan)
    with pytest.raises(ImportFileError):
        read_foreign(tmp_path / "none.xlsx", mapping, plan)


def test_a_simple_english_sheet_with_one_column_each(tmp_path, plan):
    book = Workbook()
    sheet = book.active
    sheet.append(["Action", "Area", "Lead", "Start", "End", "Priority", "% done", "Notes"])
    sheet.append(["Reading clubs", "BB2", "City Library", dt.datetime(2026, 9, 1), "30.06.2027",
                  2, 0.25, "first\nsecond"])
    sheet.append(["", "", "", None, None, None, None, None])
    sheet.append(["Bad priority", "FC1", "Museum; City Library\nSchool", None, None, 9, None, None])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    changes = read_foreign(path, guess(["Action", "Area", "Lead", "Start", "End", "Priority",
                                        "% done", "Notes"]), plan)
    assert changes.rows[0].values == {
        "title": "Reading clubs", "area": "BB2", "lead": "City Library",
        "start_date": D(2026, 9, 1), "end_date": D(2027, 6, 30), "priority": 2, "percent": 25,
        "notes": "first\nsecond"}
    assert [r.row for r in changes.rows] == [2, 4]
    assert [(p.cell, "priority" in p.english()) for p in changes.problems] == [("F4", True)]
    # one lead; the other organisations of the lead's cell become partners, with a warning
    last = changes.rows[1].values
    assert (last["lead"], last["partners"]) == (
        "Museum", [("City Library", "partner"), ("School", "partner")])
    assert [(w.cell, "Museum leads it" in w.english()) for w in changes.warnings] == [("C4", True)]
    assert set(changes.new_organisations) == {"City Library", "Museum", "School"}


# --- the preview and the timeframes --------------------------------------------------------------

def test_the_preview_shows_what_rows_become(plan, mapping):
    table = read_table(XLSX)
    assert table.sheets == [SHEET] and table.header(SHEET, 3) == HEADERS
    rows = preview(table, mapping, plan, limit=3)
    assert [r.row for r in rows] == [4, 5, 6]
    first = rows[0].cells
    assert first["title"].text == "Mahalle kütüphanelerinde okuma kulüpleri"
    assert first["area"].text == "BB2 – Families and communities" and not first["area"].problem
    # the spelling of a new organisation as far as the preview has read
    assert first["partners"].text == "İl Halk Kütüphanesi (Partner), ANKARA ÜNİVERSİTESİ (Partner)"
    assert first["budget"].text == "1250000.00"
    mapping.statuses = {}
    mapping.columns["Süre"] = "start"
    rows = preview(table, mapping, plan, limit=1)
    cell = rows[0].cells["start_date"]
    assert cell.problem and "Eylül 2026" in cell.text


def test_the_header_row_is_found_under_a_title_block():
    table = read_table(XLSX)
    assert foreign.guess_header_row(table, SHEET) == 3
    assert foreign.guess_header_row(read_table(CSV), CSV.name) == 3


def test_distinct_values_for_the_values_table(mapping):
    table = read_table(XLSX)
    assert foreign.distinct_values(table, mapping, "status") == [
        "Devam ediyor", "Başlamadı", "Tamamlandı", "Ertelendi"]
    assert len(foreign.distinct_values(table, mapping, "area")) == 8


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2026-2027", D(2026, 1, 1), D(2027, 12, 31)),
    ("2026", D(2026, 1, 1), D(2026, 12, 31)),
    ("2026 Q3 – 2027 Q2", D(2026, 7, 1), D(2027, 6, 30)),
    ("Eylül 2026 - Haziran 2027", D(2026, 9, 1), D(2027, 6, 30)),
    ("EYLÜL 2026 – HAZİRAN 2027", D(2026, 9, 1), D(2027, 6, 30)),
    ("September 2026 to June 2027", D(2026, 9, 1), D(2027, 6, 30)),
    ("01.09.2026-30.06.2027", D(2026, 9, 1), D(2027, 6, 30)),
    ("2026-09-01 – 2027-06-30", D(2026, 9, 1), D(2027, 6, 30)),
    ("Eylül-Aralık 2026", D(2026, 9, 1), D(2026, 12, 31)),
    ("3. Çeyrek 2026 - 1. Çeyrek 2027", D(2026, 7, 1), D(2027, 3, 31)),
    ("2026-2028 yılları arası", D(2026, 1, 1), D(2028, 12, 31)),
    ("Sürekli", D(2026, 1, 1), D(2028, 12, 31)),
    (2027, D(2027, 1, 1), D(2027, 12, 31)),
    (dt.datetime(2026, 5, 4), D(2026, 5, 4), D(2026, 5, 4)),
])
def test_timeframes_as_people_write_them(text, start, end):
    assert timeframe(text, (2026, 2028)) == (start, end)


@pytest.mark.parametrize("text", ["yakında", "Eylül", "2026-", "Q5 2026", "13.2026"])
def test_not_a_timeframe(text):
    with pytest.raises(PlanError, match="not a timeframe"):
        timeframe(text, (2026, 2028))


# --- applied to the plan -------------------------------------------------------------------------

def test_the_import_applied_to_a_fresh_plan(plan, mapping):
    from lcplanner.exchange import apply

    changes = read_foreign(XLSX, mapping, plan)
    apply.apply_changes(plan, changes)
    actions = sorted(plan.actions(), key=lambda a: int(a.code) if a.code.isdigit() else 0)
    assert len(actions) == len(EXPECTED)
    names = {o.name for o in plan.organisations()}
    assert names == NEW_ORGANISATIONS
    for action, (_row, wanted) in zip(actions, EXPECTED):
        assert (action.code, action.title, action.area) == (
            wanted["code"], wanted["title"], wanted["area"])
        assert action.lead_name == wanted["lead"]
        assert [(p.name, p.role) for p in action.partners] == wanted["partners"]
        assert (action.start_date, action.end_date) == (wanted["start_date"], wanted["end_date"])
        assert action.status == wanted["status"]
        lines = [(b.year, b.amount, b.source) for b in plan.budget_lines(action.id)]
        assert lines == [(b["year"], b["amount"], b["source"])
                         for b in wanted.get("budget", [])]  # type: ignore[union-attr]
        indicators = [i.name for i in plan.indicators(action_id=action.id)]
        assert indicators == [i["name"] for i in wanted["indicators"]]  # type: ignore[index]


def test_the_fixtures_are_what_the_script_makes(tmp_path):
    """make_foreign.py is deterministic: running it again gives the committed bytes."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_foreign", DATA / "make_foreign.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    for maker, committed in ((module.make_xlsx, XLSX), (module.make_csv, CSV),
                             (module.make_mapping, MAPPING)):
        target = tmp_path / committed.name
        maker(target)
        assert target.read_bytes() == committed.read_bytes(), committed.name
