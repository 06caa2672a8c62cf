"""Turkish-aware folding and collation."""

from lcplanner.core.text import clean_block, clean_line, fold, sort_key


def test_turkish_fold_keeps_dotted_and_dotless_i_apart():
    assert fold("İZMİR", "tr") == fold("izmir", "tr") == "izmir"
    assert fold("IŞIK", "tr") == fold("ışık", "tr") == "ışık"
    assert fold("IŞIK", "tr") != fold("işik", "tr")
    assert fold("İZMİR", "en") != "izmir"  # English rules give i + combining dot
    assert fold("Straße", "de") == "strasse"


def test_accent_blind_fold_only_when_asked():
    assert fold("Çağrı Şölen", "tr", accents=False) == "cagri solen"
    assert fold("Çağrı", "tr") == "çağrı"


def test_turkish_collation():
    names = ["Şahin", "Sarı", "Çelik", "Cem", "İnci", "Ilgın", "Zeki", "Ömer", "Orhan"]
    assert sorted(names, key=sort_key("tr")) == [
        "Cem", "Çelik", "Ilgın", "İnci", "Orhan", "Ömer", "Sarı", "Şahin", "Zeki"]


def test_cleaning_pasted_text():
    assert clean_line("  Okul\x0bprojesi\x07 \r\n") == "Okul projesi"
    assert clean_block("Satır 1\x0bSatır 2\r\nSatır 3\x00") == "Satır 1\nSatır 2\nSatır 3"
    assert clean_line("\ud800bad") == "bad"
