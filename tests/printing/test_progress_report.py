"""The progress report (issue 15): `lcplanner report` as xlsx and PDF, read back with openpyxl
and pypdf, in English and Turkish; bad periods, names and folders refused in one line."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from lcplanner.core import report as R
from lcplanner.core.commands import monitoring
from lcplanner.core.document import PlanDocument
from pdfread import Pdf
from test_cli import run


@pytest.fixture
def plan(tmp_path, monkeypatch):
    """Two actions reporting each quarter of 2027, one that never reports, measurements, money."""
    monkeypatch.setattr(monitoring, "today", lambda: dt.date(2027, 11, 20))
    path = tmp_path / "r.lcplan"
    doc = PlanDocument.create(path, "Bolu", "Öğrenen Bolu", period_start=2026, period_end=2028,
                              language="tr", reporting="quarter")
    city = doc.add_organisation("Bolu Belediyesi")
    library = doc.add_organisation("Halk Kütüphanesi")
    play = doc.add_action("BB1", "Oyun evleri", lead_id=city)
    doc.set_partners(play, [(library, "partner")])
    clubs = doc.add_action("BB2", "Okuma kulüpleri", lead_id=library)
    doc.add_action("BB2", "Kütüphane otobüsü")
    doc.set_progress(play, "2026-Q4", status="on_track", percent=10, note="Hazırlık yapıldı")
    doc.set_progress(play, "2027-Q1", status="on_track", percent=30, note="İki ev açıldı",
                     reported_by="Ayşe")
    doc.set_progress(play, "2027-Q3", status="delayed", percent=45, note="=SUM(A1) bina gecikti")
    doc.set_progress(clubs, "2027-Q2", status="done", percent=100, note="On kulüp")
    doc.add_budget_line(play, 2027, "100000", spent="40000.5")
    doc.add_budget_line(play, 2028, "50000")
    doc.add_budget_line(clubs, 2027, "20000")
    people = doc.add_indicator("Katılımcı", action_id=play, kind="count", baseline="0",
                               target="400", unit="kişi")
    doc.add_measurement(people, "2026-12-31", "50")
    doc.add_measurement(people, "2027-06-30", "180")
    doc.add_measurement(people, "2028-01-31", "999")  # after the period: not in 2027's report
    doc.close()
    return path


def test_the_report_content_of_a_year(plan):
    doc = PlanDocument.open(plan, read_only=True)
    try:
        report = R.build(doc, "2027")
    finally:
        doc.close()
    bb1, bb2 = report.areas
    play = bb1.actions[0]
    assert (play.status, play.percent) == ("delayed", 45)  # Q3, the latest of 2027
    assert [u.period for u in play.updates] == ["2027-Q1", "2027-Q3"]  # 2026-Q4 is not 2027
    assert play.notes == [("2027-Q1", "İki ev açıldı"), ("2027-Q3", "=SUM(A1) bina gecikti")]
    assert (play.planned, play.spent) == (Decimal("100000.00"), Decimal("40000.50"))
    assert bb1.partners == ["Bolu Belediyesi", "Halk Kütüphanesi"]
    assert [m.value for m in bb1.indicators[0].trend] == ["50", "180"]
    assert bb2.actions[1].status == "" and bb2.partners == ["Halk Kütüphanesi"]
    assert report.counts()[""] == 1 and report.counts()["done"] == 1
    assert (report.planned, report.spent) == (Decimal("120000.00"), Decimal("40000.50"))
    quarter = R.build(PlanDocument.open(plan, read_only=True), "2027-Q2")
    assert [a.status for a in quarter.areas[0].actions] == [""]  # nothing reported in Q2


def test_the_workbook_read_back(plan, tmp_path):
    out = tmp_path / "rapor.xlsx"
    done = run("report", plan, "--period", "2027", "-o", out, "--lang", "en")
    assert done.stdout.strip() == (
        f"Wrote the progress report for 2027 (3 actions) to {out}.")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Summary", "Actions", "Indicator trends",
                               "Budget planned and spent", "Progress updates"]
    summary = book["Summary"]
    assert summary["A1"].value == "Progress report: Öğrenen Bolu"
    assert summary["A2"].value == "Reporting period: 2027"
    totals = [c.value for c in summary[10]]
    assert totals[0] == "Total" and totals[1] == 3 and totals[-3:-1] == [120000, 40000.5]
    actions = book["Actions"]
    heads = [c.value for c in actions[1]]
    row = dict(zip(heads, [c.value for c in actions[2]]))
    assert row["Code"] == "BB1-1" and row["Status"] == "Delayed" and row["% complete"] == 0.45
    assert row["What was done"] == "Q1 2027: İki ev açıldı\nQ3 2027: =SUM(A1) bina gecikti"
    assert row["Partners"] == "Halk Kütüphanesi" and row["Spent"] == 40000.5
    assert actions.cell(2, heads.index("% complete") + 1).number_format == "0%"
    never = dict(zip(heads, [c.value for c in actions[4]]))
    assert never["Status"] == "no update in this period"
    trends = book["Indicator trends"]
    trend_row = [c.value for c in trends[2]]
    assert trend_row[4:8] == [0, 400, 180, dt.datetime(2027, 6, 30)]
    assert trend_row[8] == "50 (31/12/2026) → 180 (30/06/2027)"
    updates = book["Progress updates"]
    assert updates.max_row == 1 + 3  # 2027's three updates, not 2026's
    note = updates.cell(3, 7)  # BB1-1's Q3 note: text that starts like a formula stays text
    assert note.value.startswith("=SUM") and note.data_type == "s" and note.quotePrefix
    assert [updates.cell(r, 4).value for r in (2, 3, 4)] == ["Q1 2027", "Q3 2027", "Q2 2027"]


def test_the_pdf_read_back_in_turkish_and_english(plan, tmp_path):
    out = tmp_path / "rapor.pdf"
    run("report", plan, "--period", "2027", "-o", out)  # the plan's language: Turkish
    pdf = Pdf(out)
    text = " ".join(pdf.texts)
    assert "Sayfa 1 /" in pdf.text(0)
    for words in ("Öğrenen Bolu", "Oyun evleri", "İki ev açıldı", "Gecikmeli", "Halk Kütüphanesi",
                  "Bolu Belediyesi", "50 (31.12.2026) → 180 (30.06.2027)"):
        assert words in text, words
    assert "999" not in text and "Hazırlık yapıldı" not in text  # after and before the period
    english = tmp_path / "report.pdf"
    run("report", plan, "--period", "2027-Q3", "-o", english, "--lang", "en")
    text = " ".join(Pdf(english).texts)
    assert "Progress report" in text and "Reporting period: Q3 2027" in text
    assert "Delayed" in text and "İki ev açıldı" not in text  # Q1's note is not Q3's


def test_bad_periods_names_and_folders_change_nothing(plan, tmp_path):
    bad = run("report", plan, "--period", "2027-Q5", "-o", tmp_path / "x.pdf", ok=False)
    assert bad.returncode == 2 and "2027-Q5 is not a reporting period" in bad.stderr
    wrong = run("report", plan, "-o", tmp_path / "x.docx", ok=False)
    assert wrong.returncode == 2 and len(wrong.stderr.strip().splitlines()) == 1
    missing = run("report", tmp_path / "none.lcplan", "-o", tmp_path / "x.pdf", ok=False)
    assert missing.returncode == 3 and len(missing.stderr.strip().splitlines()) == 1
    nowhere = run("report", plan, "-o", tmp_path / "no" / "such" / "x.xlsx", ok=False)
    assert nowhere.returncode == 4 and len(nowhere.stderr.strip().splitlines()) == 1
    itself = run("report", plan, "-o", plan.with_suffix(".xlsx"), ok=False)
    assert itself.returncode == 0  # another name: fine
    notes = tmp_path / "notes.xlsx"
    notes.write_text("not a workbook")
    refused = run("report", plan, "-o", notes, ok=False)
    assert refused.returncode == 4 and notes.read_text() == "not a workbook"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
