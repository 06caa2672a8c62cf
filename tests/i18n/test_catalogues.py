"""The translation catalogues: in sync with the code, complete in Turkish, placeholders kept,
and the compiled .qm files in the package never stale."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "translations"))
import tools  # noqa: E402  (translations/tools.py: the translator's commands)

PLACEHOLDER = re.compile(r"%(\d+|n)")
TS_FILES = sorted((ROOT / "translations").glob("lcplanner_*.ts"))


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def test_there_is_a_turkish_catalogue():
    assert ROOT / "translations" / "lcplanner_tr.ts" in TS_FILES


def test_update_changes_no_ts_file(tmp_path):
    copies = []
    for ts in TS_FILES:
        copy = tmp_path / ts.name
        shutil.copyfile(ts, copy)
        copies.append(copy)
    tools.update(copies)
    for ts, copy in zip(TS_FILES, copies):
        assert copy.read_text(encoding="utf-8") == ts.read_text(encoding="utf-8"), (
            f"{ts.name} is out of date: run python translations/tools.py update")


def test_compiled_catalogues_match_their_sources(tmp_path):
    built = tools.build(tmp_path, TS_FILES)
    for qm in built:
        shipped = ROOT / "lcplanner" / "translations" / qm.name
        assert shipped.exists(), f"{qm.name} missing: run python translations/tools.py build"
        assert shipped.read_bytes() == qm.read_bytes(), (
            f"{qm.name} is stale: run python translations/tools.py build")


def test_turkish_is_finished():
    unfinished = [(ctx, m.findtext("source")) for ctx, m in _messages(TS_FILES[0].with_name(
        "lcplanner_tr.ts")) if m.find("translation").get("type") in ("unfinished", "vanished")
        or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == []


@pytest.mark.parametrize("ts", TS_FILES, ids=[p.stem for p in TS_FILES])
def test_translations_keep_the_placeholders(ts):
    problems = []
    for ctx, message in _messages(ts):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if form and sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append((ctx, source, form))
    assert problems == []


def test_turkish_catalogue_loads_and_translates():
    from lcplanner.i18n import Texts, shipped_languages

    assert "tr" in shipped_languages()
    t = Texts("tr_TR")
    assert t("Framework", "Inclusive learning in the education system") == \
        "Eğitim sistemindeki kapsayıcı öğrenme"
    assert t("Vocabulary", "Not started") == "Başlamadı"
    assert t("Export", "Unknown words stay as they are") == "Unknown words stay as they are"
    assert Texts("en")("Vocabulary", "Not started") == "Not started"
