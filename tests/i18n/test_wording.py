"""Reviewed wording: the Turkish catalogue's agreed terms and spelling, German key names."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lcplanner.i18n import Texts

TS_DIR = Path(__file__).resolve().parents[2] / "translations"


def _translations(lang: str) -> list[tuple[str, str, str]]:
    """(context, source, translation text) of every message, each plural form on its own."""
    out = []
    for context in ET.parse(TS_DIR / f"lcplanner_{lang}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                out.append((name, source, text))
    return out


@pytest.mark.parametrize(("context", "source", "wanted"), [
    ("Export", "% complete", "Tamamlanma (%)"),
    ("ActionTable", "% done", "Tamamlanma (%)"),
    ("Export", "Target value", "Hedeflenen değer"),
    ("IndicatorTable", "Target value", "Hedeflenen değer"),
    ("Export", "Target year", "Hedef yılı"),
    ("IndicatorTable", "Target year", "Hedef yılı"),
    ("Vocabulary", "Delayed", "Gecikmeli"),
    ("Vocabulary", "Partner", "Paydaş"),
    ("Framework", "Partnerships, international ones included",
     "Uluslararası olanlar dâhil ortaklıklar"),
])
def test_the_compiled_turkish_catalogue_uses_the_agreed_words(context, source, wanted):
    assert Texts("tr")(context, source) == wanted


def test_turkish_spelling_and_terms_everywhere():
    problems = []
    for context, source, text in _translations("tr"):
        if re.search(r"\bdahil", text):
            problems.append((context, source, "dahil -> dâhil"))
        if "Gecikmede" in text or re.search(r"Hedef (değer|yıl)\b", text):
            problems.append((context, source, text))
        if text.startswith("Tamamlanma %"):
            problems.append((context, source, text))
        if re.search(r"\bpartner", source, re.I) and not source.startswith("Partnership") \
                and "paydaş" not in text.lower():
            problems.append((context, source, text))  # a partner is a "paydaş" throughout
    assert problems == []


def test_unesco_document_titles_are_in_typographic_quotes():
    titles = ("Öğrenen Şehirlerin Temel Özellikleri", "Öğrenen Şehirlerin İnşası İçin Kılavuz")
    found = 0
    for _context, _source, text in _translations("tr"):
        for title in titles:
            found += text.count(title)
            assert text.count(title) == text.count(f"“{title}”"), text
    assert found >= 3


def test_command_line_help_lines_describe_what_an_option_does():
    """The help of every option says what it does (önizler, yazar), not an order (önizle)."""
    cli = [(source, text) for context, source, text in _translations("tr") if context == "Cli"]
    preview = next(t for s, t in cli if s.startswith("preview the .ts files"))
    assert preview.endswith("önizler")
    force = next(t for s, t in cli if s.startswith("replace the output even if"))
    assert force.endswith("üzerine yazar")


def test_german_texts_name_the_ctrl_key_strg():
    shown = [(source, text) for _context, source, text in _translations("de") if "Ctrl+" in text]
    assert shown == []
    assert "Strg+Z" in Texts("de")("AreaPage", "Deleted the objective with its actions. "
                                              "Undo with Ctrl+Z.")
