"""The PDF's words and values: translations borrowed while the "Pdf" context waits for its
translators still exist, values are written each language's way, and print uses the window's
area colours (one table in core)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from lcplanner.core import colours, framework
from lcplanner.i18n import Texts
from lcplanner.printing import labels as L
from lcplanner.printing.html import PDI, esc, iso
from lcplanner.ui import area_colours


@pytest.mark.parametrize(("source", "borrowed"), sorted(L.BORROWED.items()))
def test_every_borrowed_text_is_translated_where_it_is_borrowed_from(source, borrowed):
    context, other = borrowed
    turkish = Texts("tr")(context, other, 2 if "%n" in other else -1)
    assert turkish != other.replace("%n", "2"), f"{context}/{other} is gone or untranslated"
    assert L.Pdf("tr").tr(source, None, 2 if "%n" in source else -1) == turkish.replace(
        "&P", "%1").replace("&N", "%2")


def test_page_numbers_in_three_languages():
    assert L.Pdf("tr").page(3, 45) == "Sayfa 3 / 45"
    assert L.Pdf("en").page(3, 45) == "Page 3 of 45"
    assert L.Pdf("ar").page(3, 45) == "الصفحة ٣ من ٤٥"


def test_english_plurals_come_from_the_english_catalogue():
    w = L.Pdf("en")
    assert (w.objectives(1), w.actions(2), w.gaps(3)) == ("1 objective", "2 actions", "⚠ 3 gaps")


def test_values_are_written_the_languages_way():
    tr, ar, en = L.Pdf("tr"), L.Pdf("ar"), L.Pdf("en")
    day = dt.date(2026, 2, 1)
    assert tr.date(day) == "01.02.2026" and en.date(day) == "01/02/2026"
    assert tr.percent(30) == "%30" and en.percent(30) == "30%"
    assert tr.money(Decimal("850000"), "TRY") == "₺850.000,00"
    assert tr.year(2026) == "2026" and ar.year(2026) == "٢٠٢٦"  # no thousands separator
    assert tr.decimal("78.5") == "78,5" and en.decimal("1200") == "1,200"
    assert ar.rtl and not tr.rtl
    assert tr.language_name("tr") == "Türkçe" and tr.language_name("en") == "English"
    assert en.place("İzmir", "") == iso("İzmir") and en.place("", "") == ""


def test_user_text_is_escaped_isolated_and_breakable():
    assert esc("<b>A & B</b>\nline") == "&lt;b&gt;A &amp; B&lt;/b&gt;<br/>line"
    assert iso("Okul.\nİkinci") == "\u2068Okul.\u2069\n\u2068İkinci\u2069" and iso("") == ""
    long = esc("https://example.org/a/very/long/path/to/a/report-2025.pdf")
    assert "\u200b" in long and PDI not in long
    assert "\u200b" not in esc("Sürdürülebilir kalkınma")  # ordinary words stay whole


def test_print_uses_the_windows_area_colours():
    assert area_colours._FILLS is colours.AREA_FILLS
    for area in framework.AREAS:
        assert area_colours.colour(area.code).name().upper() == colours.AREA_FILLS[area.code]
        assert area_colours.text_colour(area.code).name().upper() == colours.text_on(
            colours.AREA_FILLS[area.code])
