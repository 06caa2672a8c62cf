"""Make the foreign-import fixtures: a Turkish city's existing action plan, as the city's own
spreadsheet has it (not written by LC Planner), and the saved mapping that imports it.

Run once (``python tests/data/make_foreign.py``) and commit the three files it writes:

- ``foreign-plan-tr.xlsx``: a title row (merged, above the headers), the headers on row 3, eight
  actions with Turkish timeframes, amounts and statuses as people type them, organisations in
  different case ("ANKARA ÜNİVERSİTESİ", "Ankara Üniversitesi"), one blank row between actions;
- ``foreign-plan-tr.csv``: the same rows as Turkish Excel saves "CSV UTF-8" (a BOM, ``;``
  between cells, CRLF line ends);
- ``foreign-mapping-tr.json``: the mapping (columns as guessed, the values of the area column).

The output is byte for byte the same on every run (fixed workbook dates and zip timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[1]))

XLSX = HERE / "foreign-plan-tr.xlsx"
CSV = HERE / "foreign-plan-tr.csv"
MAPPING = HERE / "foreign-mapping-tr.json"
SHEET = "Eylem Planı"
TITLE = "BOLU BELEDİYESİ ÖĞRENEN ŞEHİR EYLEM PLANI 2026–2028"
HEADERS = ["Sıra No", "Eylem", "Yapı Taşı", "Sorumlu Kurum", "İş Birliği Yapılacak Kurumlar",
           "Süre", "Performans Göstergesi", "Bütçe (TL)", "Durum"]

# (Sıra No, Eylem, Yapı Taşı, Sorumlu Kurum, İş Birliği, Süre, Gösterge, Bütçe, Durum); None marks
# the blank row.  The workbook writes Sıra No, and the budget of action 4, as number cells.
ROWS: list[tuple[object, ...] | None] = [
    (1, "Mahalle kütüphanelerinde okuma kulüpleri", "Yapı Taşı 2", "Bolu Belediyesi",
     "İl Halk Kütüphanesi; ANKARA ÜNİVERSİTESİ", "Eylül 2026 - Haziran 2027",
     "Katılımcı sayısı: 500", "1.250.000 TL", "Devam ediyor"),
    (2, "Öğretmenler için dijital beceri eğitimi", "Yapı Taşı 4", "İl Milli Eğitim Müdürlüğü",
     "Ankara Üniversitesi\nBolu Abant İzzet Baysal Üniversitesi (Finansör)",
     "2026 Q3 – 2027 Q2", "Eğitim alan öğretmen sayısı: 300\nMemnuniyet oranı: %85",
     "750.000 ₺", "Başlamadı"),
    (3, "Kadınlara yönelik girişimcilik kursları", "Yapı Taşı 3", "Halk Eğitim Merkezi",
     "Bolu Ticaret ve Sanayi Odası", "01.09.2026-30.06.2027",
     "Kursu tamamlayan kadın sayısı", "450.000,50 TL", "Tamamlandı"),
    None,
    (4, "Yaşlılar için dijital okuryazarlık atölyeleri", "Kapsayıcı Eğitim", "BOLU BELEDİYESİ",
     "Halk Eğitim Merkezi", "2026-2027", "Atölye sayısı: 24", 300000, "Devam ediyor"),
    (5, "Öğrenme Festivali", "Yapı Taşı 6", "Bolu Belediyesi Kültür ve Sosyal İşler Müdürlüğü",
     "Sivil Toplum Kuruluşları", "Sürekli", "Ziyaretçi sayısı: 10.000", "2.000.000 TL",
     "Devam ediyor"),
    (6, "Öğrenen Şehir Koordinasyon Kurulunun kurulması", "Temel Koşul 2", "Bolu Valiliği",
     "Bolu Belediyesi, İl Milli Eğitim Müdürlüğü", "Ocak 2026 - Aralık 2026",
     "Yılda yapılan toplantı sayısı: 4", "-", "Tamamlandı"),
    (7, "Yetişkin eğitimi ihtiyaç analizi", "Yapı Taşı 5", "Ankara Üniversitesi",
     "İl Milli Eğitim Müdürlüğü", "2027", "Analiz raporu", "", "Başlamadı"),
    (8, "Belediye bütçesinde yaşam boyu öğrenme kalemi", "Temel Koşul 3", "Bolu Belediyesi",
     "ankara üniversitesi (Danışman)", "2027 Q1 - 2028 Q4", "Bütçe payı: %2", "50.000 TL",
     "Ertelendi"),
]

AREAS = {"Yapı Taşı 2": "BB2", "Yapı Taşı 3": "BB3", "Yapı Taşı 4": "BB4",
         "Yapı Taşı 5": "BB5", "Yapı Taşı 6": "BB6", "Kapsayıcı Eğitim": "BB1",
         "Temel Koşul 2": "FC2", "Temel Koşul 3": "FC3"}
STATUSES = {"Devam ediyor": "on_track", "Başlamadı": "not_started", "Tamamlandı": "done",
            "Ertelendi": "delayed"}
FIXED = dt.datetime(2026, 3, 1, 9, 0, 0)


def make_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append([TITLE])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(HEADERS)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row in ROWS:
        sheet.append(list(row) if row else [])
    for line in sheet.iter_rows(min_row=4):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet["H8"].number_format = '#,##0 "TL"'  # action 4's budget is a number cell
    for letter, width in zip("ABCDEFGHI", (8, 45, 16, 30, 40, 26, 40, 16, 14)):
        sheet.column_dimensions[letter].width = width
    book.properties.creator = "Bolu Belediyesi"
    book.properties.created = FIXED
    book.properties.modified = FIXED
    raw = io.BytesIO()
    book.save(raw)
    path.write_bytes(_fixed_zip(raw.getvalue()))


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with fixed timestamps, so the file is the same on every run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl writes "now" as modified
                content = _fixed_core(content)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 1, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, content)
    return out.getvalue()


def _fixed_core(xml: bytes) -> bytes:
    import re

    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    return re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + stamp + rb"\g<2>",
                  xml)


def make_csv(path: Path) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([TITLE] + [""] * (len(HEADERS) - 1))
    writer.writerow([""] * len(HEADERS))
    writer.writerow(HEADERS)
    for row in ROWS:
        if row is None:
            writer.writerow([""] * len(HEADERS))
        else:  # Excel writes the number cell as it shows it
            writer.writerow(["300.000 TL" if v == 300000 else v for v in row])
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))


def make_mapping(path: Path) -> None:
    from lcplanner.exchange.mapping import guess

    mapping = guess(HEADERS)
    mapping.sheet = SHEET
    mapping.header_row = 3
    mapping.areas = dict(AREAS)
    mapping.statuses = dict(STATUSES)
    mapping.save(path)


def main() -> None:
    make_xlsx(XLSX)
    make_csv(CSV)
    make_mapping(MAPPING)
    for path in (XLSX, CSV, MAPPING):
        print(path.name, path.stat().st_size)


if __name__ == "__main__":
    main()
