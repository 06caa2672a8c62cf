"""Values as people type them in a spreadsheet: Turkish and foreign dates, amounts and percentages,
labels in any shipped language, lists of codes or names, organisation names in any case; a bad
value is refused with a message that quotes it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from lcplanner import i18n
from lcplanner.core.errors import PlanError
from lcplanner.core.vocab import (
    ApprovalStatus,
    FundingSource,
    IndicatorKind,
    MunicipalRole,
    Sector,
    Status,
)
from lcplanner.exchange.typed import (
    CellValueError,
    NameMatcher,
    amount_value,
    area_value,
    codes_value,
    date_value,
    guideline_codes,
    key_feature_codes,
    label_table,
    line_value,
    name_key,
    percent_value,
    text_value,
    vocab_value,
    whole_value,
    year_value,
    yes_no_value,
)

SEPT_1 = dt.date(2026, 9, 1)


def _refused(function, value) -> CellValueError:
    """The error a bad value raises; its message quotes the value."""
    with pytest.raises(CellValueError) as caught:
        function(value)
    error = caught.value
    assert isinstance(error, PlanError)
    assert line_value(value) in error.english()
    return error


# --- text ----------------------------------------------------------------------------------------

def test_text_keeps_lines_and_drops_what_word_pastes():
    assert text_value(None) == ""
    assert text_value("First line\x0bsecond\x07 line\x00\u200b  \n") == "First line\nsecond line"
    assert text_value("  - indented item") == "  - indented item"  # as the editors keep it
    assert text_value("a\r\nb\rc") == "a\nb\nc"


@pytest.mark.parametrize(("value", "text"), [
    (12, "12"), (12.0, "12"), (12.5, "12.5"), (0.1, "0.1"), (1e-05, "0.00001"),
    (Decimal("12.50"), "12.50"), (True, "TRUE"),
    (dt.datetime(2026, 9, 1), "2026-09-01"), (dt.datetime(2026, 9, 1, 10, 30), "2026-09-01 10:30"),
    (dt.date(2026, 9, 1), "2026-09-01"), (dt.time(9, 5), "09:05"),
])
def test_text_writes_numbers_and_dates_as_shown(value, text):
    assert text_value(value) == text
    assert line_value(value) == text


def test_line_joins_lines_and_collapses_spaces():
    assert line_value("  Ankara\n  Üniversitesi\t\x07 ") == "Ankara Üniversitesi"
    assert line_value(None) == ""


def test_too_long_text_is_refused_not_cut():
    with pytest.raises(CellValueError) as caught:
        line_value("x" * 2_001)
    assert "2,001" in caught.value.english() and "2,000" in caught.value.english()
    assert len(text_value("y" * 5_000)) == 5_000


# --- dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "01.09.2026", "1.9.2026", "1.9.26", "01/09/2026", "1-9-2026", "2026-09-01",
    "2026-09-01 00:00:00",
    "01.09.2026 14:30", " 01.09.2026\u200b ", "1 Eylül 2026", "1 EYLÜL 2026", "1 eylul 2026",
    "01 Eyl 2026", "1 September 2026", "1 sep 2026", "September 1, 2026", "1-Sep-26",
    "1. September 2026", "1er septembre 2026", "1 de septiembre de 2026", "1 сентября 2026",
    "2026年9月1日",
])
def test_typed_dates(value):
    assert date_value(value) == SEPT_1


@pytest.mark.parametrize(("value", "day"), [
    ("1 Ağustos 2026", dt.date(2026, 8, 1)), ("15 AĞUSTOS 2026", dt.date(2026, 8, 15)),
    ("3 Şubat 2027", dt.date(2027, 2, 3)), ("3 subat 2027", dt.date(2027, 2, 3)),
    ("31 Aralık 2026", dt.date(2026, 12, 31)), ("1 MAYIS 2026", dt.date(2026, 5, 1)),
    ("1 Mayıs 2026", dt.date(2026, 5, 1)), ("29.02.2028", dt.date(2028, 2, 29)),
    ("31/12/99", dt.date(2099, 12, 31)),
])
def test_turkish_month_names_and_edge_days(value, day):
    assert date_value(value) == day


def test_date_cells_and_excel_serial_days():
    assert date_value(dt.datetime(2026, 9, 1, 17, 45)) == SEPT_1
    assert date_value(SEPT_1) == SEPT_1
    assert date_value(46266) == SEPT_1  # Excel's serial day of 1 September 2026
    assert date_value(46266.75) == SEPT_1  # a serial with a time of day
    assert date_value(None) is None
    assert date_value("   ") is None


@pytest.mark.parametrize("value", [
    "31.02.2026", "next spring", "2026-13-01", "1 Foo 2026", "01.09", "2026", 2026, 19999, 80001,
    "32.01.2026", "13/13/2026",
])
def test_not_a_date(value):
    error = _refused(date_value, value)
    assert "31.12.2026" in error.english()  # it says how to type one


def test_dates_out_of_the_plans_years_and_odd_cells():
    with pytest.raises(CellValueError) as caught:
        date_value("01.01.1850")
    assert "1850" in caught.value.english()
    for odd in (True, dt.time(10, 0)):
        with pytest.raises(CellValueError):
            date_value(odd)


# --- amounts -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "amount"), [
    ("1.234,50 ₺", "1234.50"), ("1.234,50 TL", "1234.50"), ("₺1.234", "1234.00"),
    ("1234.5", "1234.50"), ("1,234.50", "1234.50"), ("1 234,50", "1234.50"),
    ("1\u00a0234,50", "1234.50"), ("12.500", "12500.00"), ("1234,5", "1234.50"),
    ("€ 500", "500.00"), ("$1,000.00", "1000.00"), ("500 EUR", "500.00"), ("500 try", "500.00"),
    ("£12", "12.00"), ("1.234.567,89", "1234567.89"), ("1,234,567", "1234567.00"),
    ("0,125", "0.13"), ("1234.500", "1234.50"), ("0", "0.00"), ("+50", "50.00"),
    ("12,345 USD", "12345.00"),
])
def test_typed_amounts(value, amount):
    assert amount_value(value) == Decimal(amount)


@pytest.mark.parametrize(("value", "amount"), [
    (1234, "1234.00"), (1234.5, "1234.50"), (12.345, "12.35"), (0.1, "0.10"), (2.675, "2.68"),
    (Decimal("99.995"), "100.00"), (0, "0.00"),
])
def test_number_cells_round_half_up_to_the_cent(value, amount):
    result = amount_value(value)
    assert result == Decimal(amount)
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize("value", [
    "-5", "(500)", "-₺1.234", -1, -0.5, "abc", "1.23,5", "12 34", "%5", "1,2,3", "₺", "5 apples",
    True, dt.date(2026, 1, 1), float("nan"),
])
def test_not_an_amount(value):
    _refused(amount_value, value)


def test_huge_and_empty_amounts():
    assert amount_value(None) is None
    assert amount_value(" ") is None
    with pytest.raises(CellValueError):
        amount_value(10 ** 16)


# --- percentages, whole numbers, years -----------------------------------------------------------

@pytest.mark.parametrize(("value", "percent"), [
    ("%30", 30), ("30 %", 30), ("30%", 30), ("% 30", 30), ("0,3", 30), ("0.3", 30), ("30", 30),
    (0.3, 30), (30, 30), (30.0, 30), (Decimal("0.3"), 30), (1.0, 100), (1, 1), ("1", 1),
    (0, 0), (100, 100), (0.305, 31), ("%0,5", 1), ("30,5", 31), ("%100", 100),
])
def test_typed_percentages(value, percent):
    assert percent_value(value) == percent


def test_percent_from_a_cell_known_to_be_formatted_as_percent():
    assert percent_value(1, fraction=True) == 100  # Excel stores 100 % as the number 1
    assert percent_value(0.5, fraction=False) == 1  # 0.5 % rounds half up
    assert percent_value(None) is None and percent_value("") is None


@pytest.mark.parametrize("value", [101, "%150", "150", -1, "-%5", "half", 1.5e3, True])
def test_not_a_percentage(value):
    error = _refused(percent_value, value)
    assert "0 to 100" in error.english()


def test_whole_numbers_and_years():
    assert whole_value(3, 1, 5) == 3
    assert whole_value(3.0, 1, 5) == 3
    assert whole_value(" 4 ", 1, 5) == 4
    assert whole_value("1.000", 0, 1000) == 1000  # Turkish thousands
    assert whole_value(None, 1, 5) is None
    for bad in (6, 2.5, "three", "0"):
        error = _refused(lambda v: whole_value(v, 1, 5), bad)
        assert "1 to 5" in error.english()
    assert year_value(2026) == 2026
    assert year_value("2027") == 2027
    assert year_value(2028.0) == 2028
    assert year_value(dt.datetime(2029, 1, 1)) == 2029
    assert year_value("") is None
    for bad in (1899, "2201", "next year", 2026.5):
        _refused(year_value, bad)


# --- yes / no ------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    True, 1, 1.0, "yes", "Yes", "YES", "evet", "Evet", "EVET", "true", "TRUE", "1", "x", "X", "✓",
])
def test_yes(value):
    assert yes_no_value(value) is True


@pytest.mark.parametrize("value", [
    False, 0, "no", "No", "hayır", "Hayır", "HAYIR", "hayir", "false", "0", "✗",
])
def test_no(value):
    assert yes_no_value(value) is False


def test_yes_no_empty_and_wrong():
    assert yes_no_value(None) is None
    assert yes_no_value("  ") is None
    for bad in ("maybe", 2, "evet değil"):
        _refused(yes_no_value, bad)


# --- vocabularies --------------------------------------------------------------------------------

@pytest.mark.parametrize(("vocabulary", "value", "code"), [
    (Status, "on_track", "on_track"),
    (Status, Status.DONE, "done"),
    (Status, "On track", "on_track"),
    (Status, "ON TRACK", "on_track"),
    (Status, "on track", "on_track"),
    # Turkish labels, as translations/lcplanner_tr.ts has them
    (Status, "Planlandığı gibi", "on_track"),
    (Status, "PLANLANDIĞI GİBİ", "on_track"),
    (Status, "planlandigi gibi", "on_track"),
    (Status, "  Gecikmeli ", "delayed"),
    (Status, "İptal edildi", "cancelled"),
    (Status, "iptal edildi", "cancelled"),
    (Status, "IPTAL EDILDI", "cancelled"),
    (Status, "Başlamadı", "not_started"),
    (Sector, "Özel sektör", "private"),
    (Sector, "Private sector", "private"),
    (Sector, "Yerel topluluk", "community"),
    (FundingSource, "Ayni katkı", "in_kind"),
    (FundingSource, "AB/uluslararası", "international"),
    (FundingSource, "EU / international", "international"),
    (IndicatorKind, "Evet / hayır", "yes_no"),
    (ApprovalStatus, "Meclis tarafından onaylandı", "approved"),
    (MunicipalRole, "Eşgüdüm", "coordinating"),
    (MunicipalRole, "Coordinating", "coordinating"),
])
def test_vocabulary_codes_and_labels(qapp, vocabulary, value, code):
    assert vocab_value(vocabulary, value) == code


def test_unknown_label_lists_the_choices(qapp):
    assert vocab_value(Status, None) is None
    assert vocab_value(Status, "") is None
    error = _refused(lambda v: vocab_value(Status, v), "soon-ish")
    assert error.english() == (
        "“soon-ish” is not one of: Not started, On track, Delayed, Done, Cancelled.")
    # The list follows the UI language when the message is shown.
    turkish = i18n.translator("tr")
    qapp.installTranslator(turkish)
    try:
        assert "Planlandığı gibi" in error.message()
        assert "soon-ish" in error.message()
    finally:
        qapp.removeTranslator(turkish)


def test_a_label_of_another_vocabulary_is_refused(qapp):
    _refused(lambda v: vocab_value(Status, v), "Özel sektör")
    _refused(lambda v: vocab_value(Sector, v), "on_track")


# --- areas ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "code"), [
    ("BB1", "BB1"), ("bb1", "BB1"), ("bb 1", "BB1"), ("BB-1", "BB1"),
    ("BB1 Education system", "BB1"),
    ("FC2: Governance", "FC2"), ("fc3", "FC3"), ("Education system", "BB1"),
    ("Inclusive learning in the education system", "BB1"), ("Workplace", "BB3"),
    ("Eğitim sistemi", "BB1"), ("EĞİTİM SİSTEMİ", "BB1"), ("İşyeri", "BB3"), ("isyeri", "BB3"),
    ("Yönetim ve katılım", "FC2"), ("Kaynaklar", "FC3"), ("Güçlü siyasi irade ve bağlılık", "FC1"),
])
def test_areas(qapp, value, code):
    assert area_value(value) == code


def test_benefits_only_when_asked(qapp):
    assert area_value("B1", benefits=True) == "B1"
    assert area_value("Sürdürülebilirlik", benefits=True) == "B3"
    assert area_value("BB6", benefits=True) == "BB6"
    error = _refused(area_value, "B1")
    assert "BB1-BB6" in error.english()
    assert area_value(None) is None and area_value(" ") is None


@pytest.mark.parametrize("value", ["BB7", "BB1.1", "BB12", "FC0", "Sustainability", "Housing", 3])
def test_not_an_area(qapp, value):
    _refused(area_value, value)


# --- lists of codes ------------------------------------------------------------------------------

def test_key_features_by_code(qapp):
    assert key_feature_codes("BB2.3, BB1.1") == ["BB1.1", "BB2.3"]  # the framework's order
    assert key_feature_codes("bb 1.1; fc3.5\nBB1.1") == ["BB1.1", "FC3.5"]  # once each
    assert key_feature_codes("• BB1.2\n• BB1.3") == ["BB1.2", "BB1.3"]
    assert key_feature_codes("BB1.1 Early childhood, BB2.2") == ["BB1.1", "BB2.2"]
    assert key_feature_codes(None) == [] and key_feature_codes(" ") == []


def test_key_features_by_names_holding_commas(qapp):
    assert key_feature_codes(
        "Community learning spaces: centres, libraries, museums, Well-trained educators"
    ) == ["BB2.1", "BB5.3"]
    assert key_feature_codes(
        "Toplum içinde öğrenme mekânları: merkezler, kütüphaneler, müzeler; bb1.2"
    ) == ["BB1.2", "BB2.1"]
    assert key_feature_codes("Paydaş kaynaklarının verimli kullanılması; yeni finansman yolları") \
        == ["FC3.2"]


def test_unknown_key_feature(qapp):
    with pytest.raises(CellValueError) as caught:
        key_feature_codes("BB1.1, BB9.9")
    error = caught.value
    assert error.english().startswith("“BB9.9” is not one of: ")  # the piece that is wrong
    assert "BB1.1" in error.english()  # the codes are listed


def test_guideline_areas(qapp):
    assert guideline_codes("monitor, plan") == ["plan", "monitor"]
    assert guideline_codes("Develop a plan; Sustainable funding") == ["plan", "fund"]
    assert guideline_codes("Plan geliştirme, İzleme ve değerlendirme") == ["plan", "monitor"]
    assert guideline_codes("İZLEME VE DEĞERLENDİRME\nsürdürülebilir finansman") \
        == ["monitor", "fund"]
    error = _refused(guideline_codes, "Plan yapma")
    assert "Develop a plan" in error.english()


def test_codes_from_a_callers_table():
    allowed = label_table([("KF1", "KF1"), ("Öğrenme şenliği", "KF1"), ("KF3", "KF3")])
    assert codes_value("KF3, kf1", allowed) == ["KF1", "KF3"]
    assert codes_value("ÖĞRENME ŞENLİĞİ", allowed) == ["KF1"]
    error = _refused(lambda v: codes_value(v, allowed), "KF2")
    assert "KF1, KF3" in error.english()


# --- organisation names --------------------------------------------------------------------------

@pytest.fixture
def names() -> NameMatcher:
    return NameMatcher({1: "Ankara Üniversitesi", 2: "İstanbul Büyükşehir Belediyesi",
                        3: "Işık Vakfı", 4: "Isparta Halk Eğitim Merkezi", 5: "İzmir"})


@pytest.mark.parametrize(("typed", "ident"), [
    ("Ankara Üniversitesi", 1), ("ANKARA ÜNİVERSİTESİ", 1), ("ankara üniversitesi", 1),
    ("Ankara  Universitesi ", 1), ("ANKARA UNIVERSITESI", 1),
    ("istanbul büyükşehir belediyesi", 2), ("ISTANBUL BUYUKSEHIR BELEDIYESI", 2),
    ("İSTANBUL BÜYÜKŞEHİR BELEDİYESİ", 2),
    ("IŞIK VAKFI", 3), ("ışık vakfı", 3), ("Isik Vakfi", 3),
    ("ISPARTA HALK EĞİTİM MERKEZİ", 4), ("ısparta halk eğitim merkezi", 4),
    ("isparta halk egitim merkezi", 4), ("izmir", 5), ("IZMIR", 5), ("İZMİR", 5),
])
def test_names_match_the_turkish_way(names, typed, ident):
    assert names.match(typed) == ident


def test_unknown_and_added_names(names):
    assert names.match("Ankara Belediyesi") is None
    assert names.match("") is None
    names.add(6, "Çankaya Belediyesi")
    assert names.match("ÇANKAYA BELEDİYESİ") == 6
    assert names.match("Cankaya Belediyesi") == 6


def test_the_closest_spelling_wins():
    names = NameMatcher({1: "Muze", 2: "Müze"})
    assert names.match("Müze") == 2  # exact
    assert names.match("MÜZE") == 2  # same letters, other case
    assert names.match("muze") == 1


def test_name_key():
    assert name_key("  ANKARA   ÜNİVERSİTESİ ") == "ankara universitesi"
    assert name_key("Işık") == name_key("ISIK") == name_key("işik") == "isik"
    assert name_key("Straße") == name_key("STRASSE")
